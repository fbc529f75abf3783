"""Build notebooks/04_balancing_act.ipynb and exercises/04_balancing_act.ipynb (no outputs).

Run from the repository root:  .venv/bin/python research/L4/build_notebooks.py
The exercise notebook is generated from korea_course/exercises/lesson04.py (one source of truth).
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[2]
META = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"}}


def md(text: str):
    return new_markdown_cell(text.strip("\n"))


def code(text: str, tags: list[str] | None = None):
    cell = new_code_cell(text.strip("\n"))
    if tags:
        cell.metadata["tags"] = tags
    return cell


# ============================================================================ lesson
LESSON = [
    md("""
# Lesson 4 — Russia's balancing act

*Perspectives, a source read critically, and what came after 2018*

This course grew out of one short commentary: "Russia's role in the Korea puzzle – from a Chinese
perspective", published by China's international broadcaster CGTN around 2018. In this lesson you
test its argument against the evidence gathered in Lessons 1–3 and against what has happened
since it was written. Run the cells in order from the top (Shift+Enter); the explorers need a running kernel.

## Learning objectives

By the end of this lesson you can:

- describe who published the seed article, for whom and from which perspective, and say how that
  shapes what it stresses and leaves out;
- classify claims of a source as confirmed, qualified, contradicted or unverifiable, with evidence;
- compare what China, the United States, Russia, South Korea, North Korea and Japan wanted on
  denuclearisation, sanctions, economic links and security guarantees, and place Russia among them;
- outline the main events since 2018 — summits, vetoes, the 2024 treaty, the troops of 2024 — and
  where sources disagree about them;
- read a coded evidence timeline critically and use it to judge whether Russia still balances
  between the two Koreas.

## Guiding questions

1. Can a commentary from a state broadcaster be a useful source? For what, and with which precautions?
2. Which of the article's claims hold up, which need qualifying, and which have been overtaken by events?
3. On which questions did Russia stand with China, and when did it stand with the United States?
4. When — if ever — did Russia stop balancing between Pyongyang and Seoul?

## Time and prerequisites

- **Time:** 45–60 minutes (about 15 for the source, 10 for the perspectives, 15 for the events
  since 2018, 15 for the evidence timeline), plus the exercise notebook `exercises/04_balancing_act.ipynb`.
- **Prerequisites:** Lesson 0 (how the notebooks, explorers and checks work) and, ideally, Lessons 1–3
  (the Six-Party Talks and the sanctions votes, the debt settlement, the Nine Bridges). You need
  basic pandas: selecting rows and `groupby`.
"""),
    code("""
from korea_course import load_table, new_figure, show_figure
from korea_course.data import sources_table
from korea_course.timeline import draw_timeline, describe_events
from korea_course.explorers.lesson04 import (
    balance_view, balance_explorer, engagement_counts, dprk_share,
    position_matrix, perspectives_explorer,
    verdict_counts, describe_verdicts, draw_verdicts,
    russia_vote_record, describe_vote_record,
)

claims = load_table("article_claims")          # the article's claims, with verdicts
perspectives = load_table("perspectives")      # six parties x four questions, by period
events = load_table("post2018_events")         # dated events 2018-2025
evidence = load_table("balance_evidence")      # Russia's engagement with each Korea, 2000-2024
votes = load_table("unsc_dprk_votes")          # Lesson 1: Security Council texts on the DPRK
print(len(claims), "claims,", len(perspectives), "positions,", len(events), "events,", len(evidence), "evidence items")
"""),
    md("""
## 1. Reading a source critically

### Who speaks, to whom, and from where

Before asking whether an article is right, ask what kind of document it is. The seed text is a
**commentary**, not a news report: it argues a case, names no author and cites no sources. It was
published by **CGTN (China Global Television Network)**, the international arm of the state-owned
China Central Television. When CCTV relaunched its foreign-language channels under the CGTN name at
the turn of 2017, its mission statement promised to report "from a Chinese perspective" (Variety,
4 January 2017). In 2021 the British regulator Ofcom withdrew CGTN's UK licence after concluding that
the Chinese Communist Party held ultimate editorial responsibility for the channel (Reuters,
4 February 2021). The copy we found was carried by the People's Daily app — another state outlet.

So the audience is foreign, English-speaking readers, and the perspective is announced in the title.
That does not make every sentence false. It tells us what to watch for: which actors are shown
favourably, which awkward facts are missing, and whether facts are given with their sources.
Three things stand out. China itself is almost absent, although Beijing and Moscow had presented a
joint plan for the peninsula in July 2017. The United States appears as the party whose quarrel with
Russia decides whether cooperation works. And the one quotation in the text — from a US envoy — comes
without a reference.

### The argument, in our own words

The commentary argues that since 2000 Putin's Russia has regained influence in Northeast Asia by
keeping good relations with **both** Koreas: rebuilding ties with Pyongyang (the Six-Party Talks,
agreements, the settlement of the Soviet-era debt) while deepening economic ties with Seoul
(Moon Jae-in's "Nine Bridges"). Russia, it says, backs denuclearisation and supported the UN
sanctions; the Ukraine crisis drew it closer to Pyongyang; and, seen from Washington, Russia's
cooperation depends on the state of US–Russian relations. It concludes that Russia is a pragmatic
player of realpolitik, "hoping to benefit from either one or maybe even both" Koreas (CGTN, c. 2018).

### Testing its claims

We paraphrased 17 of its claims and checked each against the evidence of this course. The verdicts are:
**confirmed** (the evidence supports it), **qualified** (partly true, or true with an important
correction), **contradicted** (the evidence says otherwise) and **unverifiable** (we could not find
the evidence either way).
"""),
    code("""
fig = new_figure(7, 2.8)
draw_verdicts(fig, verdict_counts(claims))
show_figure(fig, describe_verdicts(verdict_counts(claims)))
"""),
    md("""
Most claims survive, but many only with a correction. Look at four of them.

- **"Finally settled in May 2014."** The debt agreement was signed on 17 September 2012; a
  ratification bill went to the State Duma in February 2014 and Putin signed the law on 5 May 2014
  (Xinhua, 19 September 2012; The Moscow Times, 19 February 2014; China Topix, 6 May 2014). May 2014
  is the ratification, not the settlement — Lesson 2 tells the whole story.
- **"The founding member of the Six-Party Talks in 2003."** Russia was not at the table when China,
  North Korea and the United States met in Beijing in April 2003; it joined when the first six-party
  round opened on 27 August 2003 (Xinhua, 28 August 2003). It was one of six founders, not *the*
  founder — and the idea of a six-party format had been floated by Japan's prime minister in 1998
  (Okano-Heijmans, *Japan Focus*, 2008).
- **"Supported the UNSC sanctions."** True for the years it describes: Russia voted for every DPRK
  sanctions resolution from 1718 (2006) to 2397 (2017), all adopted unanimously. But the sentence has
  been overtaken by events — see section 3.
- **The Sung Kim quotation.** The article has the US envoy say in January 2015 that US–Russian
  "alignment … on the core goal of denuclearization remains as strong as ever". We could not find
  these words. What Sung Kim said on record in Beijing on 29–30 January 2015 was that Russia
  "remains committed to the Six-Party Process and to our shared goal of denuclearization" (US State
  Department transcript, 30 January 2015; Yonhap, 29 January 2015). The substance matches; the
  quoted wording cannot be traced, so we mark it **unverifiable**.

The full table follows; the `evidence` column explains each verdict.
"""),
    code("""
claims[["claim_id", "claim", "verdict", "evidence"]]
"""),
    md("""
> **Try it.** Pick the claim you find most convincing and the one you find weakest. For each, read
> the `evidence` cell and ask: would the verdict change if the article had been written in 2025?
> (Hint: compare the tense of "supported the sanctions" with "continues to attach a high priority".)

## 2. Six perspectives

The Six-Party Talks brought together six governments with different aims. The table
`perspectives.csv` records, with sources, what each wanted on four core questions, and how that
changed. Positions are summarised in our own words; the `position_summary` column is a short label.
Here is denuclearisation across three eras:
"""),
    code("""
position_matrix(perspectives, "denuclearisation")
"""),
    md("""
Read down the columns. In the Six-Party era all six signed the Joint Statement of 19 September 2005,
whose stated goal was the "verifiable denuclearization of the Korean Peninsula in a peaceful manner"
(text via the Nautilus Institute, 20 September 2005). By 2017 the parties disagreed about *how*:
China proposed a "suspension for suspension" — North Korea halting nuclear and missile tests in
exchange for a halt to large US–South Korean exercises — alongside a "dual track" of denuclearisation
and a peace mechanism (Wang Yi, 8 March 2017, via Xinhua). Russia made this its own in a joint
statement with China on 4 July 2017 (TASS; UN document S/2017/613). The United States, by contrast,
aimed to "pressure North Korea into dismantling its nuclear, ballistic missile, and proliferation
programs by tightening economic sanctions" (joint statement of the Secretaries of State and Defense,
26 April 2017). Japan added a condition of its own: no normalisation without resolving the
abductions of its citizens (Japanese Ministry of Foreign Affairs).

By the 2020s the picture has split. North Korea wrote its nuclear status into law in September 2022,
Kim saying the aim was to draw a line so "there can be no bargaining over our nuclear weapons"
(Reuters, 9 September 2022). And in September 2024 Russia's foreign minister declared that the term
"denuclearisation" as applied to North Korea "has lost all meaning. For us, this is a closed issue"
(Reuters, 26 September 2024). On this question Russia moved from the consensus of 2005, through
China's side in 2017, to a position no other party shares.

Use the explorer to compare the other questions. Choose **Sanctions** and then **Security guarantees**.
"""),
    code("""
perspectives_explorer()
"""),
    md("""
> **Try it.** With *Sanctions* and *All periods*, find the two moments when Russia's position changed
> most. Then switch to *Security guarantees*: which promise did Russia make in 2024 that it had avoided
> in 2000? (The 2000 declaration promised only urgent consultation if either side was threatened.)

Where does Russia sit? On **sanctions**, it voted with the United States until 2017 but argued like
China — Putin said North Koreans "will eat grass but will not stop their program as long as they do
not feel safe" (USA Today, 5 September 2017) — and from 2018 it sought relief with China. On **economic
links**, it long promoted itself as the bridge between the Koreas: a railway from the South through the
North to the Trans-Siberian, gas and power lines. On **security guarantees**, it moved from consultation
(2000) and calls for international guarantees (2019) to a mutual-assistance treaty (2024).

## 3. After 2018

The commentary was written at the height of summit diplomacy. Here is what followed, drawn from
`post2018_events.csv`:
"""),
    code("""
categories = ["summit", "un_sanctions", "treaty_military", "economic", "diplomatic"]
fig = new_figure(9, 3.6, layout=None)
draw_timeline(fig, events, categories, title="Russia and the Koreas after 2018")
show_figure(fig, describe_events(events))
"""),
    md("""
### Summits: Vladivostok, Vostochny, Pyongyang

Kim Jong Un first met Putin in Vladivostok on 25 April 2019 — the first Russian–North Korean summit
since Medvedev met Kim Jong Il in 2011 (TASS, 25 April 2019). Putin then still spoke the language of
the six-party era: if North Korea needed security guarantees, "international guarantees will be
necessary". The second summit, at the Vostochny space centre on 13 September 2023, was different in
kind: asked whether Russia would help North Korea build satellites, Putin answered "That's exactly why
we came here" (CNN, 14 September 2023). A month later the White House said North Korea had shipped
"more than 1,000 containers of military equipment and munitions" to Russia (Yonhap, 14 October 2023) —
a US claim that both governments then denied.

On 19 June 2024 Putin visited Pyongyang, his first visit in 24 years, and signed the **Treaty on
Comprehensive Strategic Partnership**. Its **Article 4** says that if either side "enters a state of
war", the other shall "without delay … provide military and other assistance with all means at its
disposal" (text published by KCNA, as quoted by the Chosun Ilbo, 20 June 2024). Moscow insisted it was
"not intended to create a Western-style military alliance" (Russian MFA via Sputnik, 27 June 2024);
Kim called it an alliance.

### Vetoes and the end of the Panel of Experts

On 26 May 2022 China and Russia vetoed a US draft that would have tightened sanctions after a series
of ICBM launches; 13 members had voted for it (UN press release SC/14911). It was the first veto on a
DPRK sanctions text. On 28 March 2024 Russia alone vetoed the renewal of the Panel of Experts that had
monitored the sanctions for the 1718 Committee; China abstained (UN press release SC/15648). The panel's
mandate ran out at the end of April 2024. The sanctions remain in force, but the panel's independent
monitoring and reports have ended. Lesson 1's table of votes shows the break in Russia's record:
"""),
    code("""
record = russia_vote_record(votes)
record
"""),
    code("""
print(describe_vote_record(record))
"""),
    md("""
From 2006 to 2021 Russia voted yes on every text. After 2021 its two yes votes were routine renewals of
the Panel of Experts (2022 and 2023, in Lesson 1's table); its two no votes are the vetoes.

### The treaty's path and the troops

The treaty needed ratifying. The State Duma voted on 24 October 2024, the Federation Council on
6 November, Putin signed on 9 November and Kim on 11 November; the instruments were exchanged in
Moscow on 4 December 2024, when the treaty entered into force and the friendship treaty of 2000
lapsed (Reuters; TASS and Interfax, 5 December 2024). *Sources differ by a day on the North Korean
step*: TASS gives 11 November, when Kim signed the decree; another report gives 12 November, when KCNA
announced it.

Meanwhile North Korean soldiers went to Russia. *Here the sources disagree more.* South Korea's
intelligence service said on 18 October 2024 that the North had decided to send "some 12-thousand"
troops (KBS, 18 October 2024); the Pentagon said on 28 October "around 10,000", up from 3,000 a week
earlier (AP; AFP). In December, as the troops fought in Russia's Kursk region, Seoul counted about
1,100 casualties including at least 100 dead, while President Zelensky said more than 3,000 had been
killed or wounded (Korea JoongAng Daily, 24 December 2024). Moscow and Pyongyang denied or ignored the
deployment until 26–28 April 2025, when General Gerasimov and then KCNA confirmed it (NK News;
Politico). Where numbers differ, the data keep each source's figure in the `note` column:
"""),
    code("""
events.loc[events["event_id"].isin(["p24-nis-troops", "p24-pentagon-troops", "p24-casualties", "p25-dprk-confirms"]),
           ["date", "title", "note"]]
"""),
    md("""
### South Korea and Russia after 2022

Seoul took the other side of the war. On 28 February 2022 it banned exports of strategic items to
Russia and joined moves to cut Russian banks from SWIFT (Reuters, 28 February 2022); a week later
Russia put South Korea on its list of "unfriendly" countries (Newsweek, 7 March 2022). Trade fell by
22.6 % in 2022 — but to 21.15 billion USD, still a large sum (Aju Business Daily, citing KITA,
22 February 2023). After the treaty Seoul said it would reconsider its refusal to arm Ukraine; Putin
replied that this "would be a very big mistake" (Radio Free Asia, 21 June 2024), and in November 2024
President Yoon said Seoul was "not ruling out" weapons for Ukraine (AFP, 7 November 2024). Tense — but
not a rupture: trade continued at a lower level, and the exchanges of 2024 were warnings rather than breaks.

> **Try it.** In the timeline above, find the moment after which you think "balancing" no longer
> describes Russia's policy. Note the date; you will test it in the next section and in the capstone.

## 4. The balance over time

`balance_evidence.csv` turns the history into coded evidence. Each row is an act of Russia that
served one Korea. Two rules decide the coding, and you should question both:

- **The Korea rule.** A row is assigned to the Korea whose position or interest the act served.
  Votes *for* sanctions on the North count for the **ROK** (they produced the outcome Seoul sought);
  vetoes and sanctions-relief drafts count for the **DPRK**. Acts of *distancing* — Seoul's sanctions
  on Russia, Russia's "unfriendly" list — are not rows here; they are in the events table.
- **The weight rule.** 1 = a routine visit, statement or trade figure; 2 = an agreement or
  ratification, a ministerial or envoy visit, a vote for a resolution; 3 = a leader summit, a treaty
  signature, a veto, troops or large-scale arms transfers.

Here are the weights added up by period:
"""),
    code("""
counts = engagement_counts(evidence, measure="weight")
counts.assign(dprk_share=dprk_share(counts).round(2))
"""),
    code("""
view = balance_view(evidence, measure="weight")
fig = new_figure(9, 5.4, layout=None)
view.draw(fig)
show_figure(fig, view.description)
"""),
    md("""
The first two periods look like the balance the commentary describes: leader summits with both
Koreas (Putin in Pyongyang in 2000 and in Seoul in 2001, Roh in Moscow in 2004, Lee in Moscow in 2008,
Putin in Seoul in 2013). In 2014–2017 the weight even leans towards Seoul, mostly because Russia kept
voting for UN sanctions. From 2018 it leans towards Pyongyang, and in 2022–2024 almost all of it does.

Before you trust the picture, notice how it was made. The weights are our judgement; a different rule
(say, counting trade by its value) would give South Korea much more weight. The evidence is what
sources reported, so secret contacts are missing. And one Korea may value an act more than the other.
Use the explorer to test how robust the tilt is: does it survive if you drop the UN votes, or look only
at leader summits?
"""),
    code("""
balance_explorer()
"""),
    md("""
> **Try it.** Select only *Leader summits* and count them per period (*Count as: Number of items*).
> Then select everything except *UN Security Council action*. In which period does the balance flip
> in each case, and does the conclusion change?

## Key points

- The seed article is a 2018 commentary by China's state international broadcaster, written "from a
  Chinese perspective" without sources. Read it as evidence of a viewpoint, and check its facts.
- Of its 17 claims we checked, 7 are confirmed, 8 need qualifying (e.g. the debt was signed in 2012
  and only ratified in May 2014; Russia joined the talks in August 2003), 1 is contradicted by later
  events (Russia's commitment to denuclearisation) and 1 is unverifiable (the Sung Kim quotation).
- Russia's positions moved: from the 2005 consensus on denuclearisation, to China's side in 2017, to
  vetoes (2022, 2024), a mutual-assistance treaty (2024) and calling denuclearisation "a closed issue".
- Sources disagree on details — troop numbers (10,000–12,000; later 15,000 cumulative), casualties,
  a ratification date — and the data keep each value visible.
- By our coded evidence Russia balanced between the Koreas until about 2013, leaned to Seoul in
  2014–2017 through its UN votes, and has tilted heavily towards Pyongyang since 2022 — while trade
  with Seoul continues.

## What comes next

- Do the exercises in `exercises/04_balancing_act.ipynb`, ending with the capstone: *Is Russia still
  balancing between the two Koreas?* You will compute the DPRK's share per period, weigh evidence for
  and against, and write your own conclusion.
- Go back to Lessons 1–3 with the coding rules in mind: which of their events would you add to the
  evidence table, and with what weight?
- Further reading: the UN press releases on the 2022 and 2024 vetoes (SC/14911, SC/15648); the
  Chosun Ilbo's report of the treaty text; the Asan Forum's analysis of the Russia–North Korea
  rapprochement; K. Asmolov and L. Zakharova's Russian view of relations with the two Koreas.

## Sources
"""),
    code("""
sources_table([
    "cgtn-2018-russia-role-korea-puzzle", "variety-2017-01-04-cgtn-relaunch", "reuters-2021-02-04-ofcom-cgtn",
    "xinhua-2012-09-19-debt-write-off", "moscowtimes-2014-02-19-debt-bill", "chinatopix-2014-05-06-debt-law",
    "xinhua-2003-08-27-six-party-talks-begin", "japanfocus-2008-10-03-japan-spoiler",
    "state-2015-01-30-sung-kim-beijing", "yonhap-2015-01-29-sung-kim-russia",
    "nautilus-2005-09-20-joint-statement-text", "xinhua-2017-03-08-double-suspension",
    "tass-2017-07-04-russia-china-initiative", "un-s-2017-613-joint-statement",
    "pacom-2017-04-26-joint-statement-dprk-policy", "mofa-japan-north-korea-relations",
    "reuters-2022-09-09-dprk-nuclear-law", "reuters-2024-09-26-lavrov-closed-issue",
    "usatoday-2017-09-05-putin-eat-grass", "tass-2019-04-25-putin-arrives-vladivostok",
    "tass-2019-04-25-putin-kim-vladivostok", "cnn-2023-09-14-vostochny", "yonhap-2023-10-14-1000-containers",
    "rfa-2024-06-21-putin-warns-seoul", "chosun-2024-06-20-treaty-article4", "sputnik-2024-06-27-zakharova-article4",
    "un-press-sc14911", "un-press-sc15648", "reuters-2024-10-24-duma-ratifies", "tass-2024-12-05-treaty-in-force",
    "interfax-2024-12-05-treaty-in-force", "almayadeen-2024-12-05-treaty-in-effect",
    "kbs-2024-10-18-nis-12000-troops", "ap-2024-10-28-pentagon-10000", "afp-2024-10-28-pentagon-raised-estimate",
    "joongang-2024-12-24-casualties", "nknews-2025-04-26-russia-confirms", "politico-2025-04-28-dprk-confirms",
    "reuters-2022-02-28-rok-bans-strategic-exports-updated", "newsweek-2022-03-07-unfriendly-list",
    "ajupress-2023-02-22-kita-trade-2022", "afp-2024-11-07-yoon-not-ruling-out",
    "asanforum-russo-dprk-rapprochement", "asmolov-zakharova-russia-korea-perspective",
])
"""),
]


# ============================================================================ exercises
def exercise_cells() -> list:
    from korea_course.exercises.lesson04 import exercises

    q = {question.id: question for question in exercises}
    cells = [
        md("""
# Exercises — Lesson 4: Russia's balancing act

How the checks work: in each **answer cell** replace the `____` with your answer and run the cell;
then run the **check cell** below it (`q1.check()`). If you are stuck, remove the `#` before
`q1.hint()` and run it — each new attempt unlocks the next hint; `q1.solution()` shows a worked answer.
Run the setup cell first. Your progress is saved; `progress()` at the end shows it.

The exercises use the tables of the lesson: `claims`, `perspectives`, `events` and `evidence`
(the balance evidence with a `period` column added).
"""),
        code("""
from korea_course import load_table
from korea_course.explorers.lesson04 import assign_period
from korea_course.exercises.lesson04 import exercises

exercises.setup(globals())
claims = load_table("article_claims")
perspectives = load_table("perspectives")
events = load_table("post2018_events")
evidence = load_table("balance_evidence")
evidence["period"] = assign_period(evidence["date"].dt.year)
evidence[["date", "korea", "kind", "title", "weight", "period"]].head()
"""),
        md("## Part A — The source and its claims"),
    ]
    texts = {
        "q1": """
### Question 1 — Who publishes the seed article?

Which description fits CGTN, the publisher of "Russia's role in the Korea puzzle"? Answer with a letter in quotes.

- a) An independent Hong Kong news channel
- b) The international arm of China's state broadcaster (CCTV, in the China Media Group)
- c) A Russian state television channel
- d) A broadcaster funded by the US Congress
""",
        "q2": """
### Question 2 — Classify the article's claims

Give each claim a verdict: `"confirmed"`, `"qualified"`, `"contradicted"` or `"unverifiable"`.
Use the claim names exactly as below (the `claims` table helps).
""",
        "q3": """
### Question 3 — When did the Russia–DPRK treaty enter into force?

Give the date, e.g. `"2001-08-04"` or `"4 August 2001"`.
""",
        "q4": """
### Question 4 — Who vetoed the draft of 26 May 2022?

Choose all that apply (a list of letters): a) China, b) France, c) Russia, d) United Kingdom, e) United States.
""",
        "q5": """
### Question 5 — Who abstained on 28 March 2024?

Russia vetoed the renewal of the Panel of Experts. Which country abstained? Give its name.
""",
        "q6": """
### Question 6 — Put the post-2018 events in order

Order these seven events from earliest to latest (use the names as written):
"Vladivostok summit", "first veto on new sanctions", "Vostochny summit", "veto ending the Panel of Experts",
"Putin in Pyongyang signs the treaty", "treaty enters into force", "Russia confirms North Korean troops".
""",
        "q7": """
### Question 7 — Weighted engagement with the DPRK per period

With pandas, compute a Series: for each `period`, the total `weight` of the DPRK rows of `evidence`.
""",
        "q8": """
### Question 8 — The DPRK's share in 2022–2024

What percentage of Russia's *weighted* engagement in the period 2022–2024 went to the DPRK?
Give a number in percent (e.g. `51.2`). You may compute it in the answer cell. (The period labels
are written with an en dash, "2022–2024": copy one from `evidence["period"].unique()` rather than typing it.)
""",
        "q9": """
### Question 9 — The coding rule

Under the lesson's Korea rule, how is Russia's vote for sanctions resolution 2397 (December 2017) coded?

- a) As engagement with the DPRK
- b) As engagement with the ROK
- c) It is left out of the evidence table
""",
        "q10": """
### Question 10 — Match each proposal to its party

Match each position to China, the United States, South Korea, Japan, North Korea or Russia (a dictionary).
""",
        "q11": """
### Capstone step 1 — The DPRK's weighted share per period

Compute a Series `share_dprk`: for each period, the DPRK's weight divided by the total weight of both
Koreas (a number between 0 and 1; 0.5 means balance).
""",
        "q12": """
### Capstone step 2 — Evidence against "still balancing"

Which of these point **against** the claim that Russia is *still* balancing between the Koreas?
Choose all that apply (a list of letters).

- a) Russia's vetoes of May 2022 and March 2024
- b) Article 4 of the 2024 treaty (military assistance if attacked)
- c) South Korea–Russia trade of about 21 billion USD in 2022
- d) North Korean troops fighting for Russia in Kursk
- e) Lavrov calling denuclearisation a "closed issue" (2024)
- f) Moon Jae-in's state visit to Moscow in June 2018
""",
        "q13": """
### Capstone conclusion — Is Russia still balancing between the two Koreas?

Write your conclusion (at least 80 words) as a string. It is not graded, but it is saved.
Answer in one sentence first; use at least three pieces of dated evidence from the course data;
say what would change your mind; and name one weakness of the lesson's coding (the Korea and
weight rules). Compare it afterwards with the model answer in `q13.solution()`.
""",
    }
    starters = {
        "q2": "claim_verdicts = ____\n# e.g. {\"founding member of the Six-Party Talks\": \"...\", \"debt finally settled in May 2014\": \"...\", \"Russia supported the UNSC sanctions\": \"...\",\n#       \"Russia continues to give denuclearisation high priority\": \"...\", \"Sung Kim's January 2015 quotation\": \"...\", \"Moon at the Vladivostok forum 'last September'\": \"...\"}",
        "q10": "proposal_party = ____\n# keys: \"suspension for suspension (2017)\", \"pressure by tightening sanctions (2017)\", \"nine bridges with Russia (2017)\",\n#       \"no normalisation before the abductions are resolved\", \"a law that puts its nuclear weapons beyond bargaining (2022)\",\n#       \"denuclearisation is a 'closed issue' (2024)\"",
    }
    for qid in [f"q{i}" for i in range(1, 14)]:
        if qid == "q7":
            cells.append(md("## Part B — Working with the data"))
        if qid == "q11":
            cells.append(md("""
## Capstone — Is Russia still balancing between the two Koreas?

The commentary of 2018 ended by calling Russia a pragmatic player "keeping a balanced policy toward the
two Koreas". Assemble the evidence and decide whether that still holds. Step 1 is a calculation, step 2
a judgement about evidence, and the conclusion is yours. Before you start, you may want to run
`balance_explorer()` from the lesson again, or look at `events.sort_values("date").tail(15)`.
"""))
        question = q[qid]
        cells.append(md(texts[qid]))
        starter = starters.get(qid, f"{question.var} = ____")
        cells.append(code(starter, tags=[f"answer-{qid}"]))
        cells.append(code(f"{qid}.check()\n# {qid}.hint()\n# {qid}.solution()"))
    cells.append(md("## Your progress"))
    cells.append(code("progress()"))
    return cells


def write(path: Path, cells: list) -> None:
    nb = new_notebook(cells=cells, metadata=META)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nb.nbformat, nb.nbformat_minor = 4, 5
    nbformat.validate(nb)
    nbformat.write(nb, str(path))
    print("wrote", path.relative_to(ROOT))


def main() -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    write(ROOT / "notebooks" / "04_balancing_act.ipynb", LESSON)
    write(ROOT / "exercises" / "04_balancing_act.ipynb", exercise_cells())


if __name__ == "__main__":
    main()

"""Build notebooks/01_six_party_talks.ipynb and exercises/01_six_party_talks.ipynb (no outputs).

Run from the repository root:  .venv/bin/python research/L1/build_notebooks.py
"""
from __future__ import annotations

import pathlib
import sys

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

KERNEL = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
          "language_info": {"name": "python"}}


def md(text: str):
    return new_markdown_cell(text.strip("\n"))


def code(text: str, tags=None):
    cell = new_code_cell(text.strip("\n"))
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


# =============================================================================== lesson
LESSON = []
LESSON.append(md("""
# Lesson 1 — The Six-Party Talks and the sanctions votes

In the spring of 2003 three countries sat down in Beijing to talk about North Korea's nuclear
programme, and Russia was not one of them. Four months later Russia had a seat at a larger table,
which it kept until the process died in 2009. The commentary that opens this course (CGTN, c. 2018)
calls Russia "the founding member" of the Six-Party Talks and says it "supported" the Security
Council's sanctions. This lesson checks both claims against the record: how Moscow got its seat
and what it did with it, round by round, and how it voted on every Security Council text on the
DPRK from 2006 to 2024, from unanimous votes to vetoes.

## Learning objectives

By the end of this lesson you can:

- explain, with dated evidence, why Russia wanted a seat at the talks in 2003 and how it got one;
- describe the six rounds (2003–2008) and the three agreements of 2005 and 2007, and say what each
  asked of North Korea and what the others promised in return;
- name Russia's concrete contributions: the working group it chaired, its share of the fuel oil and
  its help in moving the frozen Banco Delta Asia funds;
- explain why the talks collapsed between December 2008 and April 2009;
- read Russia's Security Council record on the DPRK and relate its change, from unanimity to veto,
  to the course's idea of *balancing*;
- use pandas to compute meeting lengths, days of negotiation per year, and the days between a test
  and the Council's answer.

## Guiding questions

- Why did a seat at the table matter to Moscow, when China hosted and chaired every meeting?
- What did each agreement ask of North Korea, and what did it get in return?
- What did Russia contribute, and what did it gain?
- Is it right to say that "the talks ran 2003–2007"?
- Russia voted for every sanctions resolution from 2006 to 2017. Why did it veto in 2022 and 2024?

## Time and prerequisites

- **Time:** 45–60 minutes: about 35 minutes to read, run and explore this notebook, and 15–25
  minutes for the exercises in `exercises/01_six_party_talks.ipynb`.
- **Prerequisites:** Lesson 0 (how the course data, the explorers and the checked exercises work)
  and basic pandas: selecting rows, `groupby`, date columns. You need no earlier knowledge of Korean
  affairs.
- **How to work:** run the cells in order from the top (*Run › Run All Cells* is fine). Every figure
  has a text description under it, and every explorer shows a table of what it draws.
"""))
LESSON.append(code("""
from korea_course import load_table, new_figure, show_figure
from korea_course.data import sources_table
from korea_course.explorers.lesson01 import (
    session_table, negotiation_days_per_year, describe_days_per_year, draw_days_per_year,
    process_events, describe_process, draw_process, round_explorer,
    response_lags, describe_lags, draw_lags,
    votes_by_year, russia_vote_summary, describe_votes_by_year, draw_votes_by_year, sanctions_explorer)

sessions = load_table("six_party_sessions")        # 13 meetings, 2003-2008
delegations = load_table("six_party_delegations")  # heads of delegation per meeting
commitments = load_table("six_party_commitments")  # who promised what
context = load_table("six_party_context")          # events around the talks
tests = load_table("dprk_nuclear_tests")           # six tests, 2006-2017 (yields are estimates)
launches = load_table("dprk_missile_launches")     # key long-range launches
votes = load_table("unsc_dprk_votes")              # every Security Council vote on the DPRK since 2006
print(f"{len(sessions)} meetings, {len(commitments)} commitments, {len(votes)} Council votes loaded.")
"""))

LESSON.append(md("""
## 1. How Russia got its seat (2003)

### A crisis that began without Moscow

On 10 January 2003 the DPRK government announced that it was leaving the Treaty on the
Non-Proliferation of Nuclear Weapons and its safeguards agreement with the IAEA. In the same
statement it claimed to have "no intention to produce nuclear weapons" (KCNA, 10 January 2003).
When diplomacy began, it began small. On 23–25 April 2003 China hosted three-party talks in
Beijing: the United States sent Assistant Secretary of State James Kelly, the DPRK sent Ri Gun,
and China's delegation was led by Fu Ying (Acronym Institute documentation; Chinese statement of
25 April 2003). Japan, South Korea and Russia were not in the room.

### From "the fewer the better" to "not without Russia"

Moscow's public line changed during that spring and summer, and the dates matter:

- In April Foreign Minister Igor Ivanov welcomed the Beijing talks and said Russia would help if
  the parties thought its participation necessary (Interfax via China.org.cn).
- On 7 May Deputy Foreign Minister Alexander Losyukov went further. In the first phase, he said,
  "the less participants … the better" (Interfax via People's Daily, 8 May 2003).
- On 11 June the same Losyukov said that no DPRK issue could be resolved "without consideration of
  Russia's interests and its participation" (People's Daily, 12 June 2003).
- At the end of July, according to AFP, Pyongyang dropped its demand for one-to-one talks with
  Washington and accepted a wider format on condition that Russia took part. On 13 August Losyukov
  received North and South Korean envoys, separately, in Moscow. AFP called this Russia's "first
  direct involvement" (AFP, 13 August 2003). The condition is AFP's report; we have no DPRK text
  that states it.

**Why did Moscow want in?** The sources suggest four reasons. This is our reading of them, not a
statement any Russian official made in these words.

1. *Status.* Losyukov's June remark is a claim to be a party whose interests count, and AFP wrote in
   2004 that Russia had "sought to emphasise its role as a major regional power" through the talks
   (Business Recorder/AFP, 10 November 2004).
2. *Proximity.* The DPRK borders Russia. A war, a collapse or a deal struck without Moscow would
   still affect it.
3. *An asset to use.* Moscow had ties to Pyongyang that Washington, Tokyo and Seoul lacked, and a
   multilateral format made those ties useful.
4. *A regional frame.* Russia preferred a regional settlement to a purely US–DPRK bargain. The
   working group it later chaired, on peace and security in Northeast Asia (section 3), fits that
   preference.

The seed commentary's phrase "founding member" is true in a narrow sense: Russia was at the table
from the first six-party round in August 2003. But the process began without Russia, and China, not
Russia, hosted and chaired every meeting.
"""))
LESSON.append(code("""
# The events of 2003 around the talks (context table), with the actors involved
context[context["date"].dt.year == 2003][["date", "date_precision", "title", "actors"]]
"""))
LESSON.append(md("""
(`date_precision` says whether the source gives the day, or only the month or year.)

*Try it:* in how many of the 2003 rows is `RUS` listed as an actor? Change the year to 2007 and look
at the rows about the frozen funds.

## 2. The process, round by round

The talks were held in Beijing, and a Chinese vice foreign minister chaired every meeting: Wang Yi
in rounds 1–3 and Wu Dawei from 2005. Between August 2003 and December 2008 there were 13 meetings:
six rounds, some of them split into sessions, plus three shorter meetings of the heads of
delegation. The table below lists them with their length in days, counting the first and the last
day.
"""))
LESSON.append(code("""
rounds = session_table(sessions)
rounds[["session_id", "label", "start_date", "end_date", "days", "chair", "outcome_document"]]
"""))
LESSON.append(code("""
fig = new_figure(9, 3.2)
draw_process(fig, process_events(sessions, commitments, context), title="The Six-Party Talks, 2003–2009")
show_figure(fig, describe_process(sessions, context))
"""))
LESSON.append(md("""
The timeline has three rows: meetings (squares), the four documents that contain commitments
(stars), and events around the talks (circles). Notice the long empty stretch between November 2005
and December 2006. That is the freeze over the Banco Delta Asia funds, and it is covered in
section 3.

### Three agreements, step by step

The first three rounds produced only chairman's statements. The third one, in June 2004, gave the
process its method: a "step-by-step process of 'words for words' and 'action for action'"
(Chairman's Statement, 26 June 2004). Then came three documents that actually bound the parties:

- **Joint Statement, 19 September 2005.** The six agreed that the goal was "the verifiable
  denuclearization of the Korean Peninsula in a peaceful manner". The DPRK "committed to abandoning
  all nuclear weapons and existing nuclear programs" and to returning to the NPT and IAEA
  safeguards. The United States affirmed that it had no nuclear weapons on the peninsula and no
  intention to attack or invade the DPRK (Joint Statement text). China's chief negotiator Wu Dawei
  called it "the most significant achievement for the past two years or more" (Chinese mission to
  the UN, 19 September 2005). The parties then agreed to proceed by "commitment for commitment,
  action for action" (Chairman's Statement, 11 November 2005).
- **Initial Actions, 13 February 2007**, four months after the first nuclear test. The DPRK would
  shut down and seal the Yongbyon facility, including the reprocessing plant, within 60 days and
  invite the IAEA back. In return it would get emergency energy aid equal to 50,000 tonnes of heavy
  fuel oil (HFO), and up to 1 million tonnes in all once it had declared all its programmes and
  disabled its facilities. Five working groups were set up (Xinhua, 14 February 2007; US State
  Department fact sheet, 13 February 2007; VOA, 20 February 2007).
- **Second-Phase Actions, 3 October 2007.** The DPRK would disable the 5 MW reactor, the
  reprocessing plant and the fuel-rod fabrication facility at Yongbyon and provide "a complete and
  correct declaration of all its nuclear programs" by 31 December 2007. The others would provide aid
  "up to the equivalent of one million tons of HFO (inclusive of the 100,000 tons of HFO already
  delivered)" (ROK Ministry of Foreign Affairs summary, 3 October 2007).

Each step was more concrete and harder to reverse than the one before: first a goal, then stopping
the reactor, then disabling it.
"""))
LESSON.append(code("""
# What the DPRK promised, agreement by agreement
commitments[commitments["party"] == "DPRK"][["agreement", "agreement_date", "commitment"]]
"""))
LESSON.append(md("""
### Explore the rounds

Pick a meeting in the explorer. It shows the dates, the outcome document and the six heads of
delegation, and a ring marks the meeting on the timeline of the whole process. Where the sources
disagree (on dates, for instance), the description says so.
"""))
LESSON.append(code("""
round_explorer()
"""))
LESSON.append(md("""
*Try it:* choose *Round 5, session 2 (Dec 2006)*. Who led Russia's delegation, and what was his
rank? At most other meetings Russia sent a deputy foreign minister. Then choose the last meeting,
in December 2008, and read the note about its dates: the Chairman's Statement gives 8–11 December,
while KBS World gives 8–10 December.

### Days at the table

How much time did the six actually spend together? The bar chart adds up the length of the
meetings by the year they started in.
"""))
LESSON.append(code("""
per_year = negotiation_days_per_year(sessions)
fig = new_figure(7.5, 3.2)
draw_days_per_year(fig, per_year)
show_figure(fig, describe_days_per_year(per_year))
"""))
LESSON.append(md("""
The meetings add up to about two months in five and a half years. Most of the diplomacy happened in
between: in working groups, in bilateral meetings and in capitals. The number is still a useful measure. The busy year, 2005, produced the Joint Statement.
2006 was nearly empty because of the funds dispute and the first nuclear test.

*Try it:* what was the average length of a meeting? (`rounds["days"].mean()`)

## 3. Russia's part

### A working group of its own

The Initial Actions set up five working groups. China's foreign ministry then announced who would
head them: China the group on denuclearization, South Korea the group on economic and energy
cooperation, and **Russia the group on a Northeast Asia Peace and Security Mechanism**. The US–DPRK
and Japan–DPRK groups were run by the two countries concerned (China's foreign ministry, quoted by
Total Wonkerr, 21 February 2007). Russia's group met at the Russian embassy in Beijing in March 2007
under envoy Vladimir Rakhmanin, in Moscow in August 2007 and in Moscow again on 19–20 February 2009.
At that last meeting Russia circulated a second draft of "guiding principles" for peace and
security in the region (Xinhua, March 2007; RIA Novosti, August 2007; Yonhap, February 2009).

This was the least urgent of the five groups and the closest to Moscow's interests. It was about
the shape of regional security after a settlement, not about the reactor. No agreed text came out
of it.
"""))
LESSON.append(code("""
commitments[commitments["working_group_chair"].notna()][["commitment", "working_group_chair"]]
"""))
LESSON.append(md("""
### Fuel oil: Russia's share

Japan refused to provide economic aid (KBS World, October 2007), so the fuel oil came from China,
South Korea, the United States and Russia. Russia's first 50,000 tonnes of
heavy fuel oil were shipped in January 2008: Losyukov expected the delivery to be complete on 20–21
January (RIA Novosti, 12 January 2008), and Rosneft confirmed it had sent 50,000 tonnes (Yonhap). In the July 2008 communiqué the United States and Russia undertook to finish their
remaining shipments by the end of October (Reuters, 12 July 2008). In December 2008 Russia's chief
negotiator Alexei Borodavkin said Moscow expected to deliver "our entire quota of 200,000 metric
tons". Russia kept shipping after Washington said the five had agreed to hold fuel back until
verification moved forward (RIA Novosti and UPI, quoted by North Korean Economy Watch,
25 December 2008). For comparison, the United States had delivered all of its 200,000 tonnes by
mid-December 2008 (Congressional Research Service, R40095). We found no source for the total Russia
actually delivered, so the table records only its quota.
"""))
LESSON.append(code("""
commitments[commitments["quantity"].notna()][["commitment_id", "party", "quantity", "unit", "note"]]
"""))
LESSON.append(md("""
### Moving the frozen funds

Russia's most distinctive contribution came from its banks, not from its diplomats. On 15 September
2005 the US Treasury named Banco Delta Asia, a small bank in Macau, a "primary money laundering
concern" and called it "a willing pawn for the North Korean government" (US Treasury, JS-2720). The
Macau authorities took over the bank and froze 52 DPRK-related accounts (NCNK issue brief).
Pyongyang refused to return to the talks for 13 months.

In March 2007 Washington agreed to release the money, about 25 million US dollars (Xinhua, March
2007). No bank would touch it, however. Losyukov reported that "the Bank of China refuses to accept
the transfer" (Xinhua, 22 March 2007), and the March session stalled. The solution came in June
2007. The funds went from Macau to the Federal Reserve Bank of New York, then to the Central Bank of
Russia, then to Dalkombank in Khabarovsk, where the DPRK held an account, and on 25 June to the
DPRK's Foreign Trade Bank (Xinhua, 23 and 25 June 2007). Russia's finance minister agreed only after
receiving "a letter from the U.S. Treasury guaranteeing that sanctions will not be applied"
(RIA Novosti, 18 June 2007). Deputy Foreign Minister Kislyak described what was left to do as
"bank operators pressing certain buttons" (Reuters, 21 June 2007).

The sources disagree on the amount: most give 25 million dollars, but RIA Novosti wrote "over $23
million" (RIA Novosti, 15 June 2007). The tables keep both. In this episode Russia did a service
that Washington and Pyongyang both needed and that China's banks would not perform. That is
balancing in practice.
"""))
LESSON.append(code("""
context[context["title"].str.contains("funds|Banco Delta|Treasury", case=False)][["date", "title", "note"]]
"""))
LESSON.append(md("""
## 4. Why the talks collapsed

The second phase ran late. The DPRK handed over its declaration in June 2008, six months after the
deadline, and blew up the cooling tower at Yongbyon (Disarmament Diplomacy 88). In July 2008 the
heads of delegation agreed on a *verification mechanism*: experts of the six parties, with visits
to facilities, review of documents and interviews with technical personnel (Press Communiqué,
12 July 2008). The United States removed the DPRK from its list of state sponsors of terrorism on
11 October 2008 (Xinhua, December 2008). But how far verification could go was never settled. The last meeting, on 8–11
December 2008, ended without a protocol: "We were not able to get an agreed verification protocol,"
said the US envoy Christopher Hill (China Daily, 12 December 2008).

The end came in April 2009. The DPRK launched a long-range rocket on 5 April. On 13 April the
Security Council condemned the launch in a presidential statement, a weaker form than the
resolution the United States and Japan had wanted, which China and Russia opposed (AP, 14 April
2009). The next day Pyongyang's foreign ministry declared: "We will never again participate in
these talks and never be bound to any agreement of the six-party talks" (Yonhap, 14 April 2009).

> **Misconception check: "the talks ran 2003–2007."** The big agreements date from 2007, but the
> heads of delegation kept meeting until December 2008, and the DPRK walked out only in April 2009.
> A timeline that stops in 2007 leaves out the verification fight that actually ended the process.
"""))
LESSON.append(code("""
context[context["date"].dt.year >= 2008][["date", "date_precision", "title", "actors"]]
"""))
LESSON.append(md("""
## 5. Russia in the Security Council, 2006–2024

### Tests and the Council's answers

North Korea carried out six nuclear tests between 2006 and 2017. Their yields are **estimates** made
from seismic signals, and the estimates differ a lot. For the 2017 test they range from 50–60
kilotons (Korea Meteorological Administration) to about 250 kilotons (38 North's revised figure).
The table keeps the range and names each estimate's author in the note.
"""))
LESSON.append(code("""
tests[["test_id", "date", "estimated_yield_kt", "yield_low_kt", "yield_high_kt", "dprk_claim"]]
"""))
LESSON.append(md("""
Each test was followed by a resolution. The `trigger` column of the votes table names the test
that each resolution answered, so we can measure how long the Council took.
"""))
LESSON.append(code("""
lags = response_lags(tests, votes)
fig = new_figure(8, 3.6)
draw_lags(fig, lags)
show_figure(fig, describe_lags(lags))
"""))
LESSON.append(md("""
After the first test in October 2006 the Council answered in five days. Resolution 1718 was adopted
under Chapter VII. It banned large-scale arms, nuclear technology and luxury goods, and imposed an
asset freeze and a travel ban (UN press release SC/8853, 14 October 2006). The two tests of 2016
took two and three months: resolution 2321, for example, "took nearly three months to materialize"
(UN Secretary-General, 30 November 2016, via Xinhua). Speed is a rough measure of how hard the
bargaining among the permanent members was.

### From unanimity to veto
"""))
LESSON.append(code("""
fig = new_figure(8.5, 3.4)
draw_votes_by_year(fig, votes)
show_figure(fig, describe_votes_by_year(votes))
"""))
LESSON.append(code("""
russia_vote_summary(votes)
"""))
LESSON.append(md("""
From 2006 to 2023 every resolution on the DPRK passed 15–0, with Russia and China voting in favour.
That includes eleven sanctions resolutions and thirteen renewals of the Panel of Experts, which
monitors the sanctions. Unanimity was often bought with compromise. In July 2006 the United
States and Japan dropped an explicit Chapter VII reference from resolution 1695 "in the face of a
likely Chinese veto" (US Mission to the UN cable, 18 July 2006). After the second test in 2009 Russia's
ambassador Vitaly Churkin called it "very serious" and said it "needs to have a strong response"
(Reuters, 25 May 2009). By 2017 the measures reached far into the DPRK's economy: caps on oil, and
bans on coal, textiles, seafood and workers abroad (resolutions 2371, 2375, 2397).

The break came in two steps:

- **26 May 2022.** China and Russia vetoed a US draft that would have tightened sanctions after a
  series of ICBM launches. It was the first time the permanent members split on a DPRK sanctions
  text since 2006 (UN press release SC/14911; DW, 27 May 2022). Russia's ambassador called the text
  "a path to a dead end" (DW).
- **28 March 2024.** Russia alone vetoed the renewal of the Panel of Experts, with 13 votes in
  favour and China abstaining, so the panel's mandate was not renewed (UN press release SC/15648). Ambassador Vassily Nebenzia said that the panel's work had been "reduced to playing
  along with Western approaches" (MENAFN, 31 March 2024). The United States reminded the Council that
  for 14 years it had renewed the panel unanimously, and it accused Moscow of wanting to silence
  investigations into Russia's own compliance (UN press release SC/15648; US statement). That
  accusation is the US view; Russia rejects it.

### Explore the sanctions timeline

The explorer puts tests, launches and Council votes on one timeline, with Russia's vote shown by the
marker: blue diamonds for "yes", black crosses for vetoes. Filter by years and by the measures a
resolution imposed.
"""))
LESSON.append(code("""
sanctions_explorer()
"""))
LESSON.append(md("""
*Try it:* select only **Oil cap**. In which year did the oil caps arrive, and what had just happened?
Then select only **Panel of Experts**. How many years in a row did Russia vote to renew the panel
before it vetoed it?

### What the record says about balancing

For most of this story Russia balanced in two ways at once. At the United Nations it voted with the
other permanent members, often after watering down the texts. In the region it kept channels open
to Pyongyang: it chaired a working group, delivered fuel oil and moved the frozen funds through its
banks. Both lines served one aim, to stay a party whose interests had to be considered. The vetoes
of 2022 and 2024 mark a tilt towards Pyongyang. They came at a time when, as Jiji Press put it in May
2022, Western countries were "in heightened conflict with Russia and China over the Ukrainian
crisis". The seed commentary already linked Russia's worsening relations with the United States
after 2014 to closer Russia–DPRK ties. Whether 2022–2024 is still "balancing" or the end of it is a
question for Lesson 4. Keep your evidence from this lesson.

## Key points

- Russia was not part of the first, trilateral talks in April 2003. By August it had a seat, after
  saying publicly that no DPRK issue could be settled "without consideration of Russia's interests".
- 13 meetings in Beijing (August 2003 – December 2008), all chaired by China. The three agreements
  (September 2005, February 2007, October 2007) moved from a goal to shutting down Yongbyon to
  disabling it, in exchange for up to 1 million tonnes of heavy fuel oil equivalent.
- Russia chaired the Northeast Asia Peace and Security Mechanism working group, took a
  200,000-tonne share of the fuel oil, and moved the frozen Banco Delta Asia funds in June 2007
  through the New York Fed, its central bank and a Khabarovsk bank.
- The talks did not end in 2007. They broke down over verification in December 2008, and the DPRK
  walked out on 14 April 2009.
- Russia voted for all 24 Security Council resolutions on the DPRK (2006–2023), then vetoed a
  sanctions text with China in May 2022 and, alone, the Panel of Experts in March 2024.
- The yields of the nuclear tests are estimates, and many dates depend on the time zone (New York
  or Pyongyang). The tables keep the sources' differences visible.

## What comes next

- Do the exercises in `exercises/01_six_party_talks.ipynb` (10 questions: order the agreements,
  compute with pandas, a short reflection).
- **Lesson 2 — The debt settlement** follows the money: in 2014 Russia wrote off most of the DPRK's
  Soviet-era debt. The seed commentary puts it at 90 percent of 11 billion US dollars, a figure
  Lesson 2 checks.

## Sources

The sources cited in this lesson (the full list for each row is in its `source_ids` column):
"""))
LESSON_SOURCES = [
    "cgtn-2018-russia-korea-puzzle", "kcna-2003-01-10-npt", "acronym-2003-04-trilateral",
    "china-embassy-bg-2003-04-25-trilateral", "china-org-2003-04-ivanov", "people-2003-05-08-losyukov",
    "people-2003-06-12-losyukov", "afp-2003-08-13-moscow", "brecorder-2004-11-10-russia",
    "worldjpn-2004-06-26-r3-chair", "iri-2005-09-19-joint-statement", "china-un-2005-09-19-r4-concludes",
    "acronym-2005-11-11-r5s1-chair", "china-org-2007-02-14-initial-actions", "state-2007-02-13-initial-actions",
    "voa-2007-02-20-initial-actions", "mofa-kr-2007-10-03-second-phase-summary", "kbs-2008-12-hod-outline",
    "worldjpn-2008-12-11-chair", "totalwonkerr-2007-02-21-working-groups", "csuchen-2007-03-16-neapsm",
    "sputnik-fr-2007-08-21-neapsm", "yonhap-2009-02-neapsm-moscow", "kbs-2007-10-energy",
    "twocircles-ria-2008-01-12-rus-hfo", "reuters-2008-07-12-factbox", "nkeconwatch-2008-12-25-energy",
    "crs-r40095", "treasury-js2720-bda", "ncnk-bda-brief", "eastday-2007-03-23-r6s1-wu",
    "china-org-2007-03-22-r6s1-recess", "xinhua-2007-06-23-transfer", "people-2007-06-25-transfer",
    "rian-2007-06-18-kudrin", "reuters-2007-06-21-kislyak", "rian-2007-06-15-dalkombank", "acronym-dd88-2008",
    "worldjpn-2008-07-12-hod", "chinadaily-2008-12-12-stalemate", "sduniontribune-2009-04-14-prst",
    "yonhap-2009-04-14-walkout", "csis-missilethreat-2017-09", "38north-2017-09-13-250kt", "un-press-sc8853",
    "ecns-2016-12-01-res2321", "usun-cable-2006-07-18-res1695", "reuters-2009-05-25-churkin",
    "un-press-sc14911", "dw-2022-05-27-veto", "nippon-jiji-2022-05-27-veto", "people-2008-12-delisting",
    "japantimes-2016-12-01-res2321", "un-press-sc15648", "menafn-2024-03-31-veto",
    "us-statement-2024-russia-veto",
]
LESSON.append(code("sources_table(" + repr(LESSON_SOURCES).replace("', '", "',\n               '") + ")"))


# =============================================================================== exercises
def exercise_notebook():
    from korea_course.exercises.lesson01 import exercises

    cells = [md("""
# Lesson 1 exercises — The Six-Party Talks and the sanctions votes

Ten questions on the lesson `notebooks/01_six_party_talks.ipynb`. For each one:

1. replace the `____` in the answer cell with your answer and run that cell;
2. run the check cell below it: `q1.check()` says *Correct*, *Partly correct* or *Not right yet*,
   and explains;
3. stuck? Uncomment `q1.hint()` (hints unlock one level at a time, after an attempt) or
   `q1.solution()`.

Your results are saved in your progress file; `progress()` at the end shows where you are. Run the
setup cell first.

## Setup
"""), code("""
from korea_course import load_table
from korea_course.exercises.lesson01 import exercises
exercises.setup(globals())

sessions = load_table("six_party_sessions")
commitments = load_table("six_party_commitments")
tests = load_table("dprk_nuclear_tests")
votes = load_table("unsc_dprk_votes")
""")]
    intro = {
        "q1": "Put these five documents in chronological order, earliest first: `\"Joint Statement\"`, "
              "`\"Second-Phase Actions\"`, `\"Verification communique\"`, `\"Initial Actions\"`, "
              "`\"Third-round Chairman's Statement\"`. Give a list of strings.",
        "q2": "Match each agreement to what the DPRK promised in it. Give a dictionary whose keys are "
              "`\"Joint Statement\"`, `\"Initial Actions\"` and `\"Second-Phase Actions\"` and whose values are "
              "taken from: `\"abandon all nuclear weapons and programs\"`, `\"shut down and seal Yongbyon\"`, "
              "`\"disable Yongbyon and declare all programs\"`.",
        "q3": "Using `sessions`, compute the **days of negotiation per year**: a pandas Series whose index is the "
              "year a meeting started and whose values are the total days spent in meetings that year. A meeting "
              "from the 27th to the 29th counts as three days.",
        "q4": "For each nuclear test, how many days passed until the adopted resolution that answered it? Use "
              "`tests` and `votes` (its `trigger` column names the test, e.g. `nt1`). Give a Series indexed by "
              "`test_id`.",
        "q5": "Which working group did Russia chair? Answer with a letter:\n\n"
              + "\n".join(f"- **{k}**: {v}" for k, v in __import__('korea_course.exercises.lesson01', fromlist=['x']).WORKING_GROUPS.items()),
        "q6": "People often say \"the Six-Party Talks ran 2003–2007\". In which **year** did the six heads of "
              "delegation meet for the last time?",
        "q7": "In how many of the Security Council votes in `votes` did Russia vote **yes**? (A number.)",
        "q8": "On what date did Russia **first** veto a Security Council text on the DPRK? Give the date as a "
              "string `\"YYYY-MM-DD\"`.",
        "q9": "Which of these statements are supported by the lesson's tables? Give a list of letters.\n\n"
              + "\n".join(f"- **{k}**: {v}" for k, v in __import__('korea_course.exercises.lesson01', fromlist=['x']).RUSSIA_ROLE.items()),
        "q10": "**Reflection (not graded).** In 40–120 words: why did a seat at the six-party table matter to "
               "Moscow in 2003, and what did Russia do with it? Use at least one fact from the lesson. Write your "
               "text as a string.",
    }
    placeholder_comment = {
        "q1": "# a list of the five names, earliest first",
        "q2": "# a dict: agreement -> promise",
        "q3": "# a pandas Series: year -> days",
        "q4": "# a pandas Series: test_id -> days",
        "q5": "# a letter, e.g. \"a\"",
        "q6": "# a year",
        "q7": "# a number",
        "q8": "# a date string \"YYYY-MM-DD\"",
        "q9": "# a list of letters, e.g. [\"a\", \"b\"]",
        "q10": "# a string of 40-120 words",
    }
    cells.append(md("## Questions\n\nThe questions follow the order of the lesson: the process (1–3), the tests and votes "
                    "(4, 7, 8), Russia's part (5, 9), a misconception trap (6) and a reflection (10)."))
    for n, q in enumerate(exercises, start=1):
        cells.append(md(f"### Question {n} — {q.title}\n\n{intro[q.id]}"))
        cells.append(code(f"{placeholder_comment[q.id]}\n{q.var} = ____", tags=[f"answer-{q.id}"]))
        cells.append(code(f"{q.id}.check()\n# {q.id}.hint()\n# {q.id}.solution()"))
    cells.append(md("## Your progress\n\nRun this cell to see which questions are done."))
    cells.append(code("progress()"))
    return cells


def write(path: pathlib.Path, cells) -> None:
    nb = new_notebook(cells=cells, metadata=KERNEL)
    nbformat.validate(nb)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))
    print("wrote", path.relative_to(ROOT), len(cells), "cells")


if __name__ == "__main__":
    write(ROOT / "notebooks" / "01_six_party_talks.ipynb", LESSON)
    write(ROOT / "exercises" / "01_six_party_talks.ipynb", exercise_notebook())

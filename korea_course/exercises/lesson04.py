"""Lesson 4 — Russia's balancing act: the exercises (one source of truth).

Questions 1–10 are auto-checked; questions 11–13 are the capstone ("Is Russia still
balancing between the two Koreas?"): two checked steps and a free written conclusion.
The notebook defines ``evidence`` (``balance_evidence`` with a ``period`` column) and
``claims``, ``perspectives`` and ``events`` before the questions.
"""
from __future__ import annotations

import math

import pandas as pd

from ..answers import (ChoiceAnswer, DateAnswer, FrameAnswer, FreeTextAnswer, MatchingAnswer, MultiChoiceAnswer,
                       NameAnswer, NumberAnswer, OrderingAnswer)
from ..checking import ExerciseSet, Misconception, Question
from ..data import cached_on_data, load_table
from ..explorers.lesson04.data import assign_period


# The answer-key helpers below are read by every check (FrameAnswer/NumberAnswer keys and the
# misconception ``matches`` lambdas). ``cached_on_data`` computes each once per version of the
# course data and hands out a copy, so a check no longer re-runs load_table + pivot each time.
@cached_on_data
def _evidence() -> pd.DataFrame:
    ev = load_table("balance_evidence")
    ev["period"] = assign_period(ev["date"].dt.year)
    return ev


@cached_on_data
def _dprk_weight() -> pd.Series:
    ev = _evidence()
    return ev[ev["korea"] == "DPRK"].groupby("period")["weight"].sum()


@cached_on_data
def _total_weight() -> pd.Series:
    """Both Koreas' weights per period (what q7's 'forgot to filter' misconception gives)."""
    return _evidence().groupby("period")["weight"].sum()


@cached_on_data
def _weights() -> pd.DataFrame:
    return _evidence().pivot_table(index="period", columns="korea", values="weight", aggfunc="sum", fill_value=0)


@cached_on_data
def _dprk_share() -> pd.Series:
    w = _weights()
    return w["DPRK"] / w.sum(axis=1)


@cached_on_data
def _rok_share() -> pd.Series:
    """1 − the DPRK's share: what q11's 'South Korea's share' misconception gives."""
    return 1 - _dprk_share()


def _latest_share_percent() -> float:
    return float(_dprk_share().loc["2022–2024"]) * 100


def _same_values(answer, expected: pd.Series, rel_tol: float = 0.01) -> bool:
    """Does a Series have the same labels and (close) values as ``expected``?"""
    try:
        got = {str(k): float(v) for k, v in answer.items()}
        want = {str(k): float(v) for k, v in expected.items()}
    except Exception:
        return False
    return set(got) == set(want) and all(math.isclose(got[k], want[k], rel_tol=rel_tol, abs_tol=1e-9) for k in want)


@cached_on_data
def _counts() -> pd.DataFrame:
    """Number of evidence items per period (rows) and Korea (columns)."""
    return _evidence().groupby(["period", "korea"]).size().unstack(fill_value=0)


def _count_per_period(korea: str | None = "DPRK") -> pd.Series:
    if korea:
        counts = _counts()[korea]
        return counts[counts > 0]  # as ev[ev['korea'] == korea].groupby('period').size(): no empty periods
    return _counts().sum(axis=1)


@cached_on_data
def _count_share() -> pd.Series:
    c = _counts()
    return c["DPRK"] / c.sum(axis=1)


# q2: five claims, judged at the time of writing (c. 2018) from the evidence in the prompt
CLAIMS = {
    "Russia supported the UNSC sanctions": "confirmed",
    "Russia continues to give denuclearisation high priority": "confirmed",
    "Russia made significant contributions to constraining the DPRK's nuclear ambitions": "qualified",
    "Sung Kim's January 2015 quotation": "qualified",
    "Moon at the Vladivostok forum 'last September'": "confirmed",
}
CLAIM_ALIASES = {
    "Russia supported the UNSC sanctions": ["supported the sanctions", "sanctions", "UNSC sanctions"],
    "Russia continues to give denuclearisation high priority": ["denuclearisation", "denuclearization", "priority",
                                                                "high priority"],
    "Russia made significant contributions to constraining the DPRK's nuclear ambitions": [
        "significant contributions", "contributions", "constraining the DPRK"],
    "Sung Kim's January 2015 quotation": ["Sung Kim", "quotation", "Sung Kim quote"],
    "Moon at the Vladivostok forum 'last September'": ["Moon", "EEF", "Moon at the EEF", "Vladivostok forum"],
}
_ALL_RIGHT = dict(CLAIMS)
VERDICTS = ["confirmed", "qualified", "contradicted", "unverifiable"]

# q3: which claims have later events overtaken?
LATER_OPTIONS = {
    "a": "Russia supported the UNSC sanctions",
    "b": "Russia continues to attach a high priority to denuclearisation",
    "c": "Russia is a pragmatic player keeping a balanced policy towards the two Koreas",
    "d": "Russia became 'the founding member' of the Six-Party Talks in 2003",
    "e": "The Ukraine crisis of 2014 drew Russia and the DPRK closer",
    "f": "Moon stressed his Nine Bridges at the Vladivostok forum in September 2017",
}
OVERTAKEN = ["a", "b", "c"]

# q5: a summary of 2024-2025 with three errors
SUMMARY_STATEMENTS = {
    "a": "After Russia's veto ended the UN Panel of Experts, China and Russia joined the new Multilateral "
         "Sanctions Monitoring Team.",
    "b": "The treaty signed in Pyongyang in June 2024 entered into force on 4 December 2024.",
    "c": "Moscow and Pyongyang acknowledged the troop deployment in October 2024, as soon as Seoul's intelligence "
         "service reported it.",
    "d": "Both Moscow and Pyongyang named the 2024 treaty (its Article 4, in Pyongyang's statement) as the basis "
         "for the North Korean troops in Kursk.",
    "e": "Pyongyang has published the number of its soldiers killed in Russia.",
    "f": "In December 2025 President Lee called relations with Russia very important, while Seoul kept taking part "
         "in the sanctions.",
}
SUMMARY_ERRORS = ["a", "c", "e"]

PROPOSALS = {
    "suspension for suspension (2017)": "China",
    "pressure by tightening sanctions (2017)": "United States",
    "nine bridges with Russia (2017)": "South Korea",
    "no normalisation before the abductions are resolved": "Japan",
    "a law that puts its nuclear weapons beyond bargaining (2022)": "North Korea",
    "denuclearisation is a 'closed issue' (2024)": "Russia",
}
PROPOSAL_ALIASES = {
    "suspension for suspension (2017)": ["suspension for suspension", "dual suspension", "double suspension",
                                         "freeze for freeze"],
    "pressure by tightening sanctions (2017)": ["pressure", "tightening sanctions", "maximum pressure"],
    "nine bridges with Russia (2017)": ["nine bridges", "9 bridges"],
    "no normalisation before the abductions are resolved": ["abductions", "no normalisation", "no normalization"],
    "a law that puts its nuclear weapons beyond bargaining (2022)": ["nuclear law", "nuclear forces law", "law"],
    "denuclearisation is a 'closed issue' (2024)": ["closed issue", "a closed issue"],
}
COUNTRY_ALIASES = {
    "China": ["CHN", "PRC", "People's Republic of China", "Beijing"],
    "United States": ["USA", "US", "U.S.", "United States of America", "America", "Washington"],
    "South Korea": ["ROK", "Republic of Korea", "Korea (South)", "Seoul"],
    "Japan": ["JPN", "Tokyo"],
    "North Korea": ["DPRK", "Democratic People's Republic of Korea", "Korea (North)", "Pyongyang"],
    "Russia": ["RUS", "Russian Federation", "Moscow"],
}

EVENT_ORDER = [
    "first veto on new sanctions",
    "Vostochny summit",
    "veto ending the Panel of Experts",
    "Putin in Pyongyang signs the treaty",
    "monitoring team launched",
    "treaty enters into force",
    "Russia confirms North Korean troops",
]
EVENT_ALIASES = {
    "first veto on new sanctions": ["first veto", "May 2022 veto", "2022 veto"],
    "Vostochny summit": ["Vostochny", "cosmodrome"],
    "veto ending the Panel of Experts": ["Panel veto", "Panel of Experts", "2024 veto"],
    "Putin in Pyongyang signs the treaty": ["Putin in Pyongyang", "treaty signed", "Pyongyang 2024"],
    "monitoring team launched": ["monitoring team", "MSMT", "Multilateral Sanctions Monitoring Team"],
    "treaty enters into force": ["entry into force", "in force"],
    "Russia confirms North Korean troops": ["Russia confirms troops", "troops confirmed", "Gerasimov"],
}

AGAINST_OPTIONS = {
    "a": "Russia's vetoes of May 2022 and March 2024",
    "b": "Article 4 of the 2024 treaty (military assistance if attacked)",
    "c": "South Korea-Russia trade of about 21 billion USD in 2022",
    "d": "North Korean troops fighting for Russia in Kursk",
    "e": "Lavrov calling denuclearisation a 'closed issue' (2024)",
    "f": "Moon Jae-in's state visit to Moscow in June 2018",
}

# ------------------------------------------------------------------------------ the notebook around the questions
# (scripts/build_exercises.py builds the exercise notebook from these and the questions below)
INTRO = """\
# Exercises — Lesson 4: Russia's balancing act

How the checks work: in each **answer cell** replace the `____` with your answer and run the cell;
then run the **check cell** below it (`q1.check()`). If you are stuck, remove the `#` before
`q1.hint()` and run it — each new attempt unlocks the next hint; `q1.solution()` shows a worked answer.
Run the setup cell first. Your progress is saved; `progress()` at the end shows it.

The exercises use the tables of the lesson: `claims`, `perspectives`, `events` and `evidence`
(the balance evidence with a `period` column added).
"""

SETUP = """\
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
"""

SECTIONS = {  # Markdown placed before a question
    "q1": "## Part A — The source and its claims",
    "q7": "## Part B — Working with the data",
    "q11": """\
## Capstone — Is Russia still balancing between the two Koreas?

The commentary of 2018 ended by calling Russia a pragmatic player "keeping a balanced policy toward the
two Koreas". Assemble the evidence and decide whether that still holds. Step 1 is a calculation, step 2
a judgement about evidence, and the conclusion is yours. Before you start, you may want to run
`balance_explorer()` from the lesson again, or look at `events.sort_values("date").tail(15)`.
""",
}

exercises = ExerciseSet("04", "Russia's balancing act", intro=INTRO, setup_code=SETUP, sections=SECTIONS,
                        placeholder="", questions=[
    Question(
        "q1", "Who publishes the seed article?", var="publisher_answer", skill="lookup",
        kind=ChoiceAnswer({
            "a": "An independent Hong Kong news channel",
            "b": "The international arm of China's state broadcaster (CCTV, in the China Media Group)",
            "c": "A Russian state television channel",
            "d": "A broadcaster funded by the US Congress",
        }, "b"),
        prompt=("Which description fits CGTN, the publisher of \"Russia's role in the Korea puzzle\"? Answer "
                "with a letter in quotes.\n\n"
                "- a) An independent Hong Kong news channel\n"
                "- b) The international arm of China's state broadcaster (CCTV, in the China Media Group)\n"
                "- c) A Russian state television channel\n"
                "- d) A broadcaster funded by the US Congress"),
        hints=["Level 1: the lesson's section 'Reading a source critically' tells you who CGTN is.",
               "Level 2: Variety (January 2017) describes how CCTV renamed its foreign-language channels; "
               "Ofcom's 2021 decision says who has the final editorial word.",
               "Level 3: the article's own title says 'from a Chinese perspective' — and the channel is state-owned."],
        solution='publisher_answer = "b"',
        explanation="CGTN is the international arm of state-owned CCTV; it describes its mission as reporting "
                    "'from a Chinese perspective', and the UK regulator Ofcom found in 2021 that the Chinese "
                    "Communist Party had ultimate editorial control (Variety 2017; Reuters 2021).",
        misconceptions=[
            Misconception("a", "CGTN is not an independent outlet: look at who owns it (Variety, 2017) and what the UK "
                               "regulator concluded about editorial control in 2021."),
            Misconception("c", "The article is about Russia, but it is not Russian: its title says from whose perspective "
                               "it is written."),
        ]),
    Question(
        "q2", "Judge the claims as of 2018", var="claim_verdicts", skill="weigh evidence",
        kind=MatchingAnswer(CLAIMS, left_aliases=CLAIM_ALIASES, choices=VERDICTS),
        prompt=('Judge five of the commentary\'s claims **as of 2018, when it was written**, from the evidence '
                "below. This is your own judgement: do not look at the `verdict` column of `claims` until you have "
                'checked your answer. Give each claim one of `"confirmed"`, `"qualified"`, `"contradicted"` or '
                '`"unverifiable"` (a dictionary; use the claim names as written).\n\n'
                "| claim | evidence |\n|---|---|\n"
                "| Russia supported the UNSC sanctions | Russia voted yes on every DPRK sanctions resolution from "
                "1718 (2006) to 2397 (2017), all adopted unanimously. In May 2022 it vetoed new sanctions. |\n"
                "| Russia continues to give denuclearisation high priority | Russia-China joint statement, 4 July "
                "2017: a freeze of North Korean tests and of large US-South Korean exercises, as steps towards a "
                "nuclear-free peninsula. Lavrov, September 2024: denuclearisation is \"a closed issue\". |\n"
                "| Russia made significant contributions to constraining the DPRK's nuclear ambitions | Russia voted "
                "for all the sanctions of 2006-2017 and chaired a six-party working group (2007). Putin, September "
                "2017: more sanctions are \"useless and ineffective\". October 2018: Russia, China and the DPRK call "
                "for the sanctions to be revised. |\n"
                "| Sung Kim's January 2015 quotation | The commentary: US-Russian alignment on denuclearization "
                "\"remains as strong as ever\". AP, 13 January 2015, reporting Sung Kim's testimony to the House "
                "Foreign Affairs Committee: the alignment \"remains strong\". KBS World Radio, January 2015: a State "
                "Department spokesperson's comment, in translation, \"as strong as ever\". |\n"
                "| Moon at the Vladivostok forum 'last September' | Moon spoke at the Eastern Economic Forum in "
                "Vladivostok on 7 September 2017. |"),
        placeholder=('# e.g. {"Russia supported the UNSC sanctions": "...", "Russia continues to give '
                     'denuclearisation high priority": "...",\n'
                     '#       "Russia made significant contributions to constraining the DPRK\'s nuclear ambitions": '
                     '"...",\n'
                     "#       \"Sung Kim's January 2015 quotation\": \"...\", \"Moon at the Vladivostok forum 'last "
                     "September'\": \"...\"}"),
        hints=["Level 1: judge each claim against what was known when it was written (c. 2018). Evidence dated after "
               "2018 answers a different question — whether the claim has been overtaken (q3).",
               "Level 2: 'confirmed' means the evidence of the time supports the claim as stated; 'qualified' means "
               "it is true only in part, or true with an important correction.",
               "Level 3: for the quotation, ask whether an original shows the same speaker saying the same words. If "
               "the substance is on record from him but the exact wording only from someone else, the claim needs "
               "qualifying — it is neither confirmed nor beyond checking."],
        solution=("claim_verdicts = {\n"
                  + "".join(f"    {k!r}: {v!r},\n" for k, v in CLAIMS.items()) + "}"),
        explanation="Judged in 2018, the two claims about Russia's policy were true: it had voted for every sanctions "
                    "resolution, and denuclearisation was its stated aim — both were overtaken only later. Its "
                    "'significant contributions' need qualifying: by 2017-2018 Moscow called more sanctions useless "
                    "and asked for them to be revised. The Sung Kim quotation matches the substance of his testimony "
                    "of 13 January 2015, but its exact words are on record only from a State Department "
                    "spokesperson: qualified. Moon's speech is confirmed, and it dates the commentary to 2018.",
        misconceptions=[
            Misconception({**_ALL_RIGHT, "Russia continues to give denuclearisation high priority": "contradicted"},
                          "Lavrov's 'closed issue' came in 2024, six years after the commentary. Judged when it was "
                          "written, the claim matched Russia's stated policy; whether it was later overtaken is a "
                          "separate verdict (q3)."),
            Misconception({**_ALL_RIGHT, "Russia supported the UNSC sanctions": "contradicted"},
                          "The vetoes came in 2022 and 2024, after the article was written. A claim in the past tense "
                          "('supported') is judged against the years it describes — check Russia's votes from 2006 to 2017."),
            Misconception({**_ALL_RIGHT, "Sung Kim's January 2015 quotation": "confirmed"},
                          "The substance is on record from Sung Kim, but are those his words? The fuller wording comes "
                          "from a State Department spokesperson, in translation. A quotation is confirmed only when the "
                          "same speaker is on record with the same words."),
            Misconception({**_ALL_RIGHT, "Sung Kim's January 2015 quotation": "unverifiable"},
                          "It can be checked: AP's report of his testimony of 13 January 2015 has him saying the "
                          "alignment 'remains strong'. The substance is verified; only the exact wording and speaker "
                          "are not — what does that make the claim?"),
            Misconception({**_ALL_RIGHT,
                           "Russia made significant contributions to constraining the DPRK's nuclear ambitions":
                               "confirmed"},
                          "Russia's votes were real contributions, but read the rest of the evidence: by 2017-2018 "
                          "Moscow called more sanctions useless and asked for them to be revised. Does 'significant "
                          "contributions' hold without a correction?"),
        ]),
    Question(
        "q3", "Which claims have been overtaken by events?", var="overtaken", skill="weigh evidence",
        kind=MultiChoiceAnswer(LATER_OPTIONS, OVERTAKEN),
        prompt=("Each claim below comes from the commentary of 2018. Which of them have later events (2019-2026) "
                "**overtaken** — they held, at least in part, when written, but later events have made them untrue? "
                "Choose all that apply (a list of letters). `events` (post2018_events.csv) and the lesson's section "
                "\"Since 2024\" have the record.\n\n"
                + "\n".join(f"- {k}) {v}" for k, v in LATER_OPTIONS.items())),
        hints=["Level 1: a claim about a finished past event cannot be overtaken; later events can only change what a "
               "claim says about a continuing policy or the present.",
               "Level 2: look in `events` for the vetoes, Lavrov's 'closed issue' and the treaty and troops: which "
               "claims speak of Russia's lasting policy?",
               "Level 3: three claims describe a continuing policy — on sanctions, on denuclearisation and on the "
               "balance between the Koreas — and all three changed after 2021."],
        solution='overtaken = ["a", "b", "c"]',
        explanation="The claims about sanctions, denuclearisation and balance describe a continuing policy, and each "
                    "changed after 2021: the vetoes of 2022 and 2024, the 'closed issue' of 2024, the treaty and the "
                    "troops. 'Founding member' was wrong already in 2018 (a correction, not a later change); the "
                    "Ukraine claim was borne out by later events, not overturned; Moon's speech is a past event.",
        misconceptions=[
            Misconception(["a", "b", "c", "e"],
                          "After 2022 Moscow and Pyongyang grew closer still: later events bear claim e out rather "
                          "than make it untrue. Overtaken means made untrue."),
            Misconception(["a", "b", "c", "d"],
                          "'The founding member' was already inaccurate in 2018 (Lesson 1): that is a correction of the "
                          "claim at the time, not something later events changed."),
            Misconception(["a", "b"],
                          "What about the balance between the two Koreas? Look at the events since 2022 — the treaty, "
                          "the troops, Seoul on Russia's 'unfriendly' list."),
        ]),
    Question(
        "q4", "Who vetoed the draft of 26 May 2022?", var="vetoed_by", skill="lookup",
        kind=MultiChoiceAnswer({"a": "China", "b": "France", "c": "Russia", "d": "United Kingdom",
                                "e": "United States"}, ["a", "c"]),
        prompt=("Choose all that apply (a list of letters): a) China, b) France, c) Russia, d) United "
                "Kingdom, e) United States."),
        hints=["Level 1: only the five permanent members can veto; the draft won 13 of 15 votes.",
               "Level 2: read the UN press release SC/14911 (event p22-double-veto): who denounced the sanctions as 'inhumane'?",
               "Level 3: it was the first time a DPRK sanctions text was vetoed — and not by one country alone."],
        solution='vetoed_by = ["a", "c"]',
        explanation="China and Russia both voted no, so the US draft failed despite 13 votes in favour — the first "
                    "veto on a DPRK sanctions text (UN press release SC/14911). In March 2024, when Russia vetoed the "
                    "Panel of Experts, China abstained.",
        misconceptions=[
            Misconception(["c"], "Russia voted no, but it was not alone in May 2022: 13 members voted yes, so two "
                                 "permanent members were against. Compare with March 2024."),
            Misconception(["e"], "The United States wrote the draft; it voted for it."),
        ]),
    Question(
        "q5", "Find the errors in a summary of 2024–2025", var="summary_errors", skill="find the error",
        kind=MultiChoiceAnswer(SUMMARY_STATEMENTS, SUMMARY_ERRORS),
        prompt=("A student summarised what happened after the treaty. Which statements does the record contradict? "
                "Choose all that apply (a list of letters).\n\n"
                + "\n".join(f"- {k}) {v}" for k, v in SUMMARY_STATEMENTS.items())),
        hints=["Level 1: check each statement against `events` and the lesson's section \"Since 2024\"; three are wrong.",
               "Level 2: who are the eleven members of the monitoring team? When did Moscow and Pyongyang confirm "
               "the troops? Whose casualty figures does the lesson give?",
               "Level 3: the `events` rows p24-msmt-launch, p25-russia-confirms, p25-dprk-confirms and "
               "p25-nis-casualties decide statements a, c and e."],
        solution='summary_errors = ["a", "c", "e"]',
        explanation="a) Neither China nor Russia is among the eleven members of the monitoring team (16 October 2024). "
                    "c) Both denied or ignored the reports for six months; they confirmed the troops on 26 and 28 April "
                    "2025. e) Pyongyang gives no numbers; every figure is an estimate by Seoul, Kyiv or Washington. "
                    "The other three are right: the treaty took effect on 4 December 2024, both sides cited it for the "
                    "troops, and Lee spoke of Russia on 3 December 2025.",
        misconceptions=[
            Misconception(["c", "e"],
                          "Statement a is wrong too: look at the members listed in event p24-msmt-launch. China "
                          "abstained on the Panel veto, but it did not join the team that replaced the Panel."),
            Misconception(["a", "e"],
                          "Statement c is wrong too: Moscow and Pyongyang denied or ignored the reports for months. "
                          "When did Gerasimov and KCNA confirm the deployment?"),
            Misconception(["a", "c", "d", "e"],
                          "Statement d is right: Pyongyang's Central Military Commission cited Article 4 and Gerasimov "
                          "credited the partnership treaty (events p25-russia-confirms, p25-dprk-confirms)."),
        ]),
    Question(
        "q6", "Put the events since 2022 in order", var="event_order", skill="lookup",
        kind=OrderingAnswer(EVENT_ORDER, aliases=EVENT_ALIASES),
        prompt=("Order these seven events from earliest to latest (use the names as written):\n"
                '"Vostochny summit", "first veto on new sanctions", "treaty enters into force", "veto ending the '
                'Panel of Experts",\n'
                '"monitoring team launched", "Putin in Pyongyang signs the treaty", "Russia confirms North Korean troops".'),
        hints=["Level 1: use the names exactly as listed in the question; earliest first.",
               "Level 2: `events.sort_values('date')[['date', 'title']]` lists them all.",
               "Level 3: the two vetoes are two years apart, and the monitoring team answered the second one."],
        solution="event_order = " + repr(EVENT_ORDER),
        explanation="May 2022 veto → September 2023 Vostochny → March 2024 Panel veto → June 2024 treaty → October "
                    "2024 monitoring team → December 2024 entry into force → April 2025 Russia confirms the troops.",
        misconceptions=[
            Misconception(["first veto on new sanctions", "veto ending the Panel of Experts", "Vostochny summit",
                           "Putin in Pyongyang signs the treaty", "monitoring team launched", "treaty enters into force",
                           "Russia confirms North Korean troops"],
                          "The two vetoes were not back to back: Kim's visit to the cosmodrome came between them. "
                          "Check the dates in `events`."),
            Misconception(["first veto on new sanctions", "Vostochny summit", "monitoring team launched",
                           "Putin in Pyongyang signs the treaty", "veto ending the Panel of Experts",
                           "treaty enters into force", "Russia confirms North Korean troops"],
                          "The monitoring team was set up because the Panel of Experts had ended: it cannot come before "
                          "the veto that ended the Panel."),
        ]),
    Question(
        "q7", "Weighted engagement with the DPRK per period (pandas)", var="dprk_weight",
        kind=FrameAnswer(_dprk_weight),
        prompt="With pandas, compute a Series: for each `period`, the total `weight` of the DPRK rows of `evidence`.",
        hints=["Level 1: keep only the DPRK rows of `evidence`, then group by `period`.",
               "Level 2: you want the SUM of the `weight` column per period, not the number of rows.",
               "Level 3: filter the DPRK rows, group them by `period`, then add up the `weight` column (not the "
               "number of rows)."],
        solution="dprk_weight = evidence[evidence['korea'] == 'DPRK'].groupby('period')['weight'].sum()",
        explanation="Summing the weights shows the jump: the last period (2022–2024) outweighs all earlier ones "
                    "together, because it holds vetoes, the treaty and the troops (all weight 3).",
        misconceptions=[
            Misconception(None, "You counted the rows; this question asks for the weights (1–3) added up.",
                          code="dprk_weight = evidence[evidence['korea'] == 'DPRK'].groupby('period').size()",
                          matches=lambda s: _same_values(s, _count_per_period("DPRK"))),
            Misconception(None, "Your totals include South Korea too: filter the DPRK rows before grouping.",
                          code="dprk_weight = evidence.groupby('period')['weight'].sum()",
                          matches=lambda s: _same_values(s, _total_weight())),
        ]),
    Question(
        "q8", "The DPRK's share of Russia's engagement in 2022–2024", var="share_2022_percent",
        kind=NumberAnswer(_latest_share_percent, unit="percent", rel_tol=0.01),
        prompt=("What percentage of Russia's *weighted* engagement in the period 2022–2024 went to the DPRK?\n"
                "Give a number in percent (e.g. `51.2`). You may compute it in the answer cell. (The period labels\n"
                'are written with an en dash, "2022–2024": copy one from `evidence["period"].unique()` '
                "rather than typing it.)"),
        hints=["Level 1: share = DPRK weight ÷ (DPRK weight + ROK weight) for the period 2022–2024, times 100.",
               "Level 2: `weights = evidence.pivot_table(index='period', columns='korea', values='weight', "
               "aggfunc='sum', fill_value=0)` gives both columns.",
               "Level 3: in the pivot table take the row of the last period: divide its DPRK value by the row's "
               "total and multiply by 100."],
        solution=("weights = evidence.pivot_table(index='period', columns='korea', values='weight', aggfunc='sum', "
                  "fill_value=0)\nshare_2022_percent = weights.loc['2022–2024', 'DPRK'] / weights.loc['2022–2024'].sum() * 100"),
        explanation="Almost all of Russia's weighted engagement in 2022–2024 went to Pyongyang: by our evidence the "
                    "balance of 2000–2013 has become a tilt.",
        misconceptions=[
            Misconception(0.968, "Give the share as a percentage (multiply the fraction by 100).",
                          matches=lambda x: math.isclose(x * 100, _latest_share_percent(), rel_tol=0.01)),
            Misconception(92.3,
                          "You used the number of items; the question asks for the weighted share (sum of `weight`).",
                          matches=lambda x: math.isclose(x, float(_count_share().loc['2022–2024']) * 100, rel_tol=0.01)),
        ]),
    Question(
        "q9", "How is a vote FOR sanctions coded?", var="coding_answer",
        kind=ChoiceAnswer({"a": "As engagement with the DPRK", "b": "As engagement with the ROK",
                           "c": "It is left out of the evidence table"}, "b"),
        prompt=("Under the lesson's Korea rule, how is Russia's vote for sanctions resolution 2397 (December 2017) coded?\n\n"
                "- a) As engagement with the DPRK\n"
                "- b) As engagement with the ROK\n"
                "- c) It is left out of the evidence table"),
        hints=["Level 1: read the 'Korea rule' in the lesson (section on the balance over time).",
               "Level 2: the rule codes each act by the Korea whose position it served.",
               "Level 3: whose position did new sanctions on Pyongyang serve in 2006–2017?"],
        solution='coding_answer = "b"',
        explanation="Our rule codes a vote for sanctions on the DPRK as ROK-side evidence, because it produced the "
                    "outcome Seoul sought; vetoes and relief drafts count for the DPRK. It is a choice you can "
                    "criticise — the capstone asks you to.",
        misconceptions=[
            Misconception("a", "The vote is ABOUT the DPRK, but did it serve Pyongyang's position? Re-read the Korea rule."),
            Misconception("c", "They are in the table (kind 'un_vote'): count the un_vote rows in `evidence`."),
        ]),
    Question(
        "q10", "Match each proposal to its party", var="proposal_party",
        kind=MatchingAnswer(PROPOSALS, left_aliases=PROPOSAL_ALIASES, right_aliases=COUNTRY_ALIASES),
        prompt="Match each position to China, the United States, South Korea, Japan, North Korea or Russia (a dictionary).",
        placeholder=('# keys: "suspension for suspension (2017)", "pressure by tightening sanctions (2017)", '
                     '"nine bridges with Russia (2017)",\n'
                     '#       "no normalisation before the abductions are resolved", "a law that puts its '
                     'nuclear weapons beyond bargaining (2022)",\n'
                     "#       \"denuclearisation is a 'closed issue' (2024)\""),
        hints=["Level 1: use the perspectives explorer, question by question.",
               "Level 2: `perspectives[['actor', 'position_summary', 'period']]` lists every label.",
               "Level 3: the freeze-for-freeze idea came from Beijing in March 2017; the 'closed issue' remark "
               "from Moscow in September 2024."],
        solution=("proposal_party = {\n" + "".join(f"    {k!r}: {v!r},\n" for k, v in PROPOSALS.items()) + "}"),
        explanation="Each party's signature position: China's freeze-for-freeze, US pressure, Seoul's Nine Bridges, "
                    "Tokyo's abductions, Pyongyang's nuclear law, Moscow's 'closed issue'.",
        misconceptions=[
            Misconception({**PROPOSALS, "suspension for suspension (2017)": "Russia",
                           "denuclearisation is a 'closed issue' (2024)": "China"},
                          "You swapped two neighbours of the DPRK: check who first proposed the freeze-for-freeze "
                          "idea and who made the 2024 remark — Moscow only co-signed the first in July 2017."),
            Misconception({**PROPOSALS, "no normalisation before the abductions are resolved": "South Korea"},
                          "The abductions issue is a different government's condition for normal relations: see "
                          "that ministry's own page in the perspectives table."),
        ]),
    # ------------------------------------------------------------------ capstone
    Question(
        "q11", "Capstone step 1: the DPRK's weighted share per period", var="share_dprk",
        kind=FrameAnswer(_dprk_share, rel_tol=0.01),
        prompt=("Compute a Series `share_dprk`: for each period, the DPRK's weight divided by the total weight of both\n"
                "Koreas (a number between 0 and 1; 0.5 means balance)."),
        hints=["Level 1: build a table of summed weights with periods as rows and the two Koreas as columns.",
               "Level 2: `weights = evidence.pivot_table(index='period', columns='korea', values='weight', "
               "aggfunc='sum', fill_value=0)`",
               "Level 3: divide the DPRK column by each row's total — a sum across the columns, not down them."],
        solution=("weights = evidence.pivot_table(index='period', columns='korea', values='weight', aggfunc='sum', "
                  "fill_value=0)\nshare_dprk = weights['DPRK'] / weights.sum(axis=1)"),
        explanation="Near 0.5 means balance. The share moves around 0.5 until 2013, dips towards Seoul in 2014–2017, "
                    "then climbs steeply — the tilt the lesson's figure shows.",
        misconceptions=[
            Misconception(None, "That is South Korea's share: divide the DPRK column by the total.",
                          code="weights = evidence.pivot_table(index='period', columns='korea', values='weight', "
                               "aggfunc='sum', fill_value=0)\nshare_dprk = weights['ROK'] / weights.sum(axis=1)",
                          matches=lambda s: _same_values(s, _rok_share())),
            Misconception(None, "You counted items; the capstone uses the weights (sum of `weight`).",
                          code="counts = evidence.groupby(['period', 'korea']).size().unstack(fill_value=0)\n"
                               "share_dprk = counts['DPRK'] / counts.sum(axis=1)",
                          matches=lambda s: _same_values(s, _count_share())),
        ]),
    Question(
        "q12", "Capstone step 2: which evidence points AGAINST 'Russia is still balancing'?", var="against",
        kind=MultiChoiceAnswer(AGAINST_OPTIONS, ["a", "b", "d", "e"]),
        prompt=("Which of these point **against** the claim that Russia is *still* balancing between the Koreas?\n"
                "Choose all that apply (a list of letters).\n\n"
                "- a) Russia's vetoes of May 2022 and March 2024\n"
                "- b) Article 4 of the 2024 treaty (military assistance if attacked)\n"
                "- c) South Korea–Russia trade of about 21 billion USD in 2022\n"
                "- d) North Korean troops fighting for Russia in Kursk\n"
                '- e) Lavrov calling denuclearisation a "closed issue" (2024)\n'
                "- f) Moon Jae-in's state visit to Moscow in June 2018"),
        hints=["Level 1: for each item ask: does it show Moscow siding with one Korea against the other, after 2021?",
               "Level 2: one item is from before 2022, so it cannot tell you whether Russia is *still* balancing.",
               "Level 3: one item shows ties with Seoul surviving — that points the other way."],
        solution='against = ["a", "b", "d", "e"]',
        explanation="The vetoes, the mutual-assistance clause, the troops and the 'closed issue' all show Moscow "
                    "siding with Pyongyang. Trade with Seoul (still 21 bn USD in 2022) is the best evidence that some "
                    "balance survives; the 2018 visit is too early to judge the present.",
        misconceptions=[
            Misconception(["a", "b", "c", "d", "e"], "One of your choices shows ties with Seoul surviving the war — "
                                                     "that is evidence FOR some balance, not against it."),
            Misconception(["a", "b", "d", "e", "f"], "One of your choices happened before 2022; it cannot show "
                                                     "whether Russia is balancing now."),
        ]),
    Question(
        "q13", "Capstone conclusion: is Russia still balancing between the two Koreas?", var="conclusion",
        kind=FreeTextAnswer(min_words=80, prompts=[
            "State your answer in one sentence.",
            "Use at least three pieces of evidence from the course data (with dates).",
            "Say what would change your mind, and one weakness of our coding (the Korea and weight rules).",
        ]),
        prompt=("Write your conclusion (at least 80 words) as a string. It is not graded, but it is saved.\n"
                "Answer in one sentence first; use at least three pieces of dated evidence from the course data;\n"
                "say what would change your mind; and name one weakness of the lesson's coding (the Korea and\n"
                "weight rules). Compare it afterwards with the model answer in `q13.solution()`."),
        hints=["Level 1: start from your share table (q11) and your choices in q12.",
               "Level 2: consider both what Russia does (vetoes, treaty, troops) and what it has not cut "
               "(trade, diplomatic channels with Seoul); and what the CGTN article assumed in 2018."],
        solution=('conclusion = ("No longer in the sense of 2000-2013. By our evidence Russia engaged both Koreas '
                  'about equally until 2013, but since 2022 almost all of its weighted engagement has gone to '
                  'Pyongyang: the vetoes of May 2022 and March 2024, the June 2024 treaty with its Article 4, and '
                  'North Korean troops in Kursk. Some balance survives: South Korea-Russia trade was still about 21 '
                  'billion USD in 2022, and Putin warned Seoul rather than breaking with it. A ceasefire in Ukraine '
                  'or a renewed Russia-ROK summit would make me revise this. Our coding counts acts, not their '
                  'importance to each Korea, and the weights are our own judgement.")'),
        explanation="There is no single right answer. Strong conclusions give a clear claim, cite dated evidence "
                    "from at least two tables (balance_evidence, post2018_events, perspectives), separate 'tilted' "
                    "from 'broken off', and reflect on how the Korea and weight rules shape the result."),
])

__all__ = ["exercises"]

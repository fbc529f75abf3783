"""Lesson 4 — Russia's balancing act: the exercises (one source of truth).

Questions 1–11 are auto-checked; questions 10–12 are the capstone ("Is Russia still
balancing between the two Koreas?"): two checked steps computed from the data and a written
argument (a reflection with a rubric for the instructor guide).
The notebook defines ``evidence`` (the balance evidence that ``load_evidence`` assembles from the
course's tables, with a ``period`` column) and ``claims``, ``perspectives`` and ``events``.
"""
from __future__ import annotations

import math

import pandas as pd

from ..answers import (ChoiceAnswer, DateAnswer, FrameAnswer, FreeTextAnswer, Grade, MatchingAnswer,
                       MultiChoiceAnswer, NameAnswer, NumberAnswer, OrderingAnswer)
from ..checking import ExerciseSet, Misconception, Question
from ..data import cached_on_data, load_table
from ..explorers.lesson04.data import (CODINGS, EVIDENCE_TABLES, PERIODS, assign_period, build_evidence,
                                       period_label, tilt)


# The answer-key helpers below are read by every check (FrameAnswer/NumberAnswer keys and the
# misconception ``matches`` lambdas). ``cached_on_data`` computes each once per version of the
# course data and hands out a copy, so a check no longer re-runs load_table + pivot each time.
@cached_on_data
def _evidence() -> pd.DataFrame:
    ev = build_evidence({name: load_table(name) for name in EVIDENCE_TABLES})
    ev["period"] = assign_period(ev["date"].dt.year)
    return ev


def _weights(coding: str = "korea_rule") -> pd.DataFrame:
    """Summed weight per period (rows) and side under ``coding`` (columns DPRK, ROK, neither)."""
    return _weights_by_coding()[coding]


@cached_on_data
def _weights_by_coding() -> dict:
    ev = _evidence()
    return {c: ev.pivot_table(index="period", columns=c, values="weight", aggfunc="sum", fill_value=0)
              .reindex(columns=["DPRK", "ROK", "neither"], fill_value=0) for c in CODINGS}


@cached_on_data
def _shares() -> pd.DataFrame:
    """The DPRK's weighted share of engagement with the two Koreas, per period × coding (q7)."""
    return pd.DataFrame({c: _weights(c)["DPRK"] / (_weights(c)["DPRK"] + _weights(c)["ROK"]) for c in CODINGS})


@cached_on_data
def _shares_with_neither() -> pd.DataFrame:
    """q7's misconception: the items counted for neither Korea left in the total."""
    return pd.DataFrame({c: _weights(c)["DPRK"] / _weights(c).sum(axis=1) for c in CODINGS})


@cached_on_data
def _count_shares() -> pd.DataFrame:
    """Shares by number of items instead of weight (a misconception of q7)."""
    ev = _evidence()
    out = {}
    for c in CODINGS:
        n = ev.groupby(["period", c]).size().unstack(fill_value=0).reindex(columns=["DPRK", "ROK"], fill_value=0)
        out[c] = n["DPRK"] / n.sum(axis=1)
    return pd.DataFrame(out)


PERIOD_OPTIONS = {chr(ord("a") + i): period_label(p) for i, p in enumerate(PERIODS)}


def _most_changed_period() -> str:
    """q5: the period whose DPRK share moves most from the Korea rule to the non-proliferation coding."""
    s = _shares()
    label = (s["nonproliferation"] - s["korea_rule"]).abs().idxmax()
    return next(k for k, v in PERIOD_OPTIONS.items() if v == label)


# q8: statements about the balance, each tested against every coding by a rule on the shares.
def _all_codings(period: str, verdict: str) -> bool:
    return all(tilt(v) == verdict for v in _shares().loc[period])


STATEMENTS = {
    "a": ("2000–2007: roughly balanced (DPRK share between 0.4 and 0.6)", lambda: _all_codings("2000–2007", "balanced")),
    "b": ("2008–2013: tilted towards Seoul (DPRK share 0.4 or less)", lambda: _all_codings("2008–2013", "ROK")),
    "c": ("2014–2017: tilted towards Seoul", lambda: _all_codings("2014–2017", "ROK")),
    "d": ("2018–2021: tilted towards Seoul", lambda: _all_codings("2018–2021", "ROK")),
    "e": ("2022–2025: tilted towards Pyongyang (DPRK share 0.6 or more)", lambda: _all_codings("2022–2025", "DPRK")),
    "f": ("Balanced from 2000 until about 2013",
          lambda: _all_codings("2000–2007", "balanced") and _all_codings("2008–2013", "balanced")),
}


def _robust_statements() -> list[str]:
    return sorted(k for k, (_, holds) in STATEMENTS.items() if holds())


class _DataChoice(ChoiceAnswer):
    """One choice whose right letter is computed from the course data (never stale)."""

    def __init__(self, options, expected):
        self.options = {k.lower(): v for k, v in options.items()}
        self._expected_fn = cached_on_data(expected)
        self.example = f'"{next(iter(self.options))}"'

    @property
    def expected(self) -> str:
        return self._expected_fn().lower()


class _DataMultiChoice(MultiChoiceAnswer):
    """Several choices whose right set is computed from the course data (never stale)."""

    def __init__(self, options, expected):
        self.options = {k.lower(): v for k, v in options.items()}
        self._expected_fn = cached_on_data(expected)
        self.example = '["a", "c"]'

    @property
    def expected(self) -> frozenset:
        return frozenset(e.lower() for e in self._expected_fn())


class _ColumnsAnswer(FrameAnswer):
    """A DataFrame graded column by column as FrameAnswer grades a Series: columns in any order, index
    labels matched (any dash), numbers within a tolerance; k of n cells right."""

    def grade(self, answer) -> Grade:
        expected = self.expected
        columns = {str(c): c for c in answer.columns}
        missing = [str(c) for c in expected.columns if str(c) not in columns]
        cells = expected.size
        if missing:
            return Grade(0, cells, f"Your table has no column {', '.join(repr(m) for m in missing)}: I expect one "
                                   f"column per coding ({', '.join(map(str, expected.columns))}).")
        right, remarks = 0, []
        for column in expected.columns:
            one = FrameAnswer(lambda column=column: expected[column], rel_tol=self.rel_tol)
            grade = one.grade(answer[columns[str(column)]])
            right += grade.right
            if grade.remark and grade.remark not in remarks:
                remarks.append(grade.remark)
        return Grade(right, cells, " ".join(remarks))


def _same_values(answer, expected, rel_tol: float = 0.01) -> bool:
    """Does a Series or DataFrame have the same labels and (close) values as ``expected``?"""
    try:
        if isinstance(expected, pd.DataFrame):
            if not isinstance(answer, pd.DataFrame) or set(map(str, answer.columns)) != set(map(str, expected.columns)):
                return False
            return all(_same_values(answer[c], expected[c], rel_tol) for c in expected.columns)
        got = {str(k): float(v) for k, v in answer.items()}
        want = {str(k): float(v) for k, v in expected.items()}
    except Exception:
        return False
    return set(got) == set(want) and all(math.isclose(got[k], want[k], rel_tol=rel_tol, abs_tol=1e-9) for k in want)


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

# q4: a summary of 2024-2025 with three errors
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


# ------------------------------------------------------------------------------ the notebook around the questions
# (scripts/build_exercises.py builds the exercise notebook from these and the questions below)
INTRO = """\
# Exercises — Lesson 4: Russia's balancing act

How the checks work: in each **answer cell** replace the `____` with your answer and run the cell;
then run the **check cell** below it (`q1.check()`). If you are stuck, remove the `#` before
`q1.hint()` and run it — each new attempt unlocks the next hint; after a first try `q1.solution()` shows a worked answer.
Run the setup cell first. Your progress is saved; `progress()` at the end shows it.

The exercises use the tables of the lesson: `claims`, `perspectives`, `events` and `evidence`
(the balance evidence, assembled from the course's tables, with a `period` column added; the
columns `korea_rule`, `nonproliferation` and `contacts_only` give the side each coding assigns).
"""

SETUP = """\
import pandas as pd
from korea_course import load_table
from korea_course.explorers.lesson04 import assign_period, balance_explorer, load_evidence
from korea_course.exercises.lesson04 import exercises

exercises.setup(globals())
claims = load_table("article_claims")
perspectives = load_table("perspectives")
events = load_table("post2018_events")
evidence = load_evidence()
evidence["period"] = assign_period(evidence["date"].dt.year)
evidence[["date", "kind", "title", "weight", "korea_rule", "nonproliferation", "contacts_only", "period"]].head()
"""

SECTIONS = {  # Markdown placed before a question
    "q1": "## Part A — The source and its claims",
    "q5": """\
## Part B — Working with the evidence

`evidence` has one row per item; `weight` is 1–3. Three columns code each item: `korea_rule` (a vote
for sanctions counts for Seoul), `nonproliferation` (it counts for `"neither"` Korea) and
`contacts_only` (every Council act counts for `"neither"`).
""",
    "q7": """\
## Capstone — Is Russia still balancing between the two Koreas?

The commentary of 2018 ended by calling Russia a pragmatic player "keeping a balanced policy toward the
two Koreas". Decide whether that held, and whether it still holds. Step 1 computes the balance under
every coding, step 2 sorts the conclusions that survive any coding from those that depend on one, and
step 3 is your argument. Run `balance_explorer()` to look at the items behind the numbers.
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
        "q4", "Find the errors in a summary of 2024–2025", var="summary_errors", skill="find the error",
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
        "q5", "Predict, then check: where does the coding matter most?", var="most_changed", skill="predict and check",
        kind=_DataChoice(PERIOD_OPTIONS, _most_changed_period),
        prompt=("**Predict first:** write in a comment which period's DPRK share you expect to change most when you\n"
                "switch from the Korea rule to the non-proliferation coding, and why. **Then check** with\n"
                "`balance_explorer()` (switch the *Coding*) or with pandas, and answer with a letter:\n\n"
                + "\n".join(f"- {k}) {v}" for k, v in PERIOD_OPTIONS.items())),
        placeholder="# My prediction: ... because ...",
        hints=["Level 1: the two codings differ only for Russia's votes FOR Council texts. Where are most of them?",
               "Level 2: count the un_vote rows whose `council` is 'for' in each period: "
               "`evidence[evidence['council'] == 'for'].groupby('period')['weight'].sum()`.",
               "Level 3: a period changes most where those votes are heavy compared with the period's other "
               "evidence: compare the DPRK share per period under both codings."],
        solution=('most_changed = "' + "c" + '"  # 2014–2017: six votes for new sanctions and three renewals, '
                  'against fewer contacts'),
        explanation="2014–2017: Russia voted for six new sanctions resolutions and three Panel renewals while its "
                    "contacts with each Korea were few. Under the Korea rule those votes make the period lean "
                    "towards Seoul; set apart as non-proliferation, the period is roughly balanced. A conclusion "
                    "about 2014–2017 depends on the coding.",
        misconceptions=[
            Misconception("e", "Since 2022 Russia has voted for only two routine renewals; the vetoes count for "
                               "Pyongyang under both codings, so little changes there."),
            Misconception("b", "2008–2013 has several votes, but also many summits with Seoul: the share moves, "
                               "but does it move most? Compare the two shares period by period."),
        ]),
    Question(
        "q6", "Match each proposal to its party", var="proposal_party", skill="lookup",
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
        "q7", "Capstone step 1: the DPRK's share under every coding", var="shares", skill="compute",
        kind=_ColumnsAnswer(_shares, rel_tol=0.01),
        prompt=("Compute a DataFrame `shares`: one row per `period`, one column per coding (`korea_rule`,\n"
                "`nonproliferation`, `contacts_only`), each value the DPRK's weighted share of engagement with\n"
                "the two Koreas: DPRK weight ÷ (DPRK weight + ROK weight), leaving out items counted for `\"neither\"`."),
        hints=["Level 1: for one period and one coding the share is DPRK weight ÷ (DPRK weight + ROK weight); do "
               "it for every period, then for each coding.",
               "Level 2: for one coding `c`: `w = evidence.pivot_table(index='period', columns=c, values='weight', "
               "aggfunc='sum', fill_value=0)`; then `w['DPRK'] / (w['DPRK'] + w['ROK'])`.",
               "Level 3: build a dictionary {coding: that Series} for the three codings and pass it to "
               "`pd.DataFrame(...)`. Under the Korea rule no item is 'neither', so the table has no such column: "
               "use `w.get('neither', 0)` only if you need it."],
        solution=("def dprk_share(c):\n"
                  "    w = evidence.pivot_table(index='period', columns=c, values='weight', aggfunc='sum', fill_value=0)\n"
                  "    return w['DPRK'] / (w['DPRK'] + w['ROK'])\n\n"
                  "shares = pd.DataFrame({c: dprk_share(c) for c in ['korea_rule', 'nonproliferation', "
                  "'contacts_only']})"),
        explanation="0.5 means balance. Read across each row: where all three codings agree, the conclusion does "
                    "not depend on how you code a Council vote; where they disagree, it does.",
        misconceptions=[
            Misconception(None, "Your shares divide by every item's weight, including those counted for neither "
                                "Korea. The balance is between the two Koreas: divide by DPRK + ROK.",
                          code=("def share_of_all(c):\n"
                                "    w = evidence.pivot_table(index='period', columns=c, values='weight', "
                                "aggfunc='sum', fill_value=0)\n"
                                "    return w['DPRK'] / w.sum(axis=1)\n\n"
                                "shares = pd.DataFrame({c: share_of_all(c) for c in ['korea_rule', "
                                "'nonproliferation', 'contacts_only']})"),
                          matches=lambda s: _same_values(s, _shares_with_neither())),
            Misconception(None, "You counted items; the capstone uses the weights (sum of `weight`).",
                          code=("def count_share(c):\n"
                                "    n = evidence.groupby(['period', c]).size().unstack(fill_value=0)\n"
                                "    return n['DPRK'] / (n['DPRK'] + n['ROK'])\n\n"
                                "shares = pd.DataFrame({c: count_share(c) for c in ['korea_rule', "
                                "'nonproliferation', 'contacts_only']})"),
                          matches=lambda s: _same_values(s, _count_shares())),
        ]),
    Question(
        "q8", "Capstone step 2: which conclusions hold under every coding?", var="robust", skill="weigh evidence",
        kind=_DataMultiChoice({k: text for k, (text, _) in STATEMENTS.items()}, _robust_statements),
        prompt=("Which of these statements hold under **all three** codings? Use your `shares` (a share of 0.4 or\n"
                "less tilts towards Seoul, 0.6 or more towards Pyongyang, anything between is roughly balanced).\n"
                "Choose all that apply (a list of letters).\n\n"
                + "\n".join(f"- {k}) {text}" for k, (text, _) in STATEMENTS.items())),
        hints=["Level 1: a statement holds only if it is true in every column of its row in `shares`.",
               "Level 2: `shares.round(2)` — then for each statement read the row it names.",
               "Level 3: the statement about 2000–2013 needs two rows to be balanced under every coding."],
        solution='robust = ["a", "b", "e"]',
        explanation="Three conclusions survive any coding: roughly balanced in 2000–2007, a lean towards Seoul in "
                    "2008–2013 (when Medvedev met Lee Myung-bak four times), and a steep tilt towards Pyongyang "
                    "since 2022. Whether 2014–2021 leaned towards Seoul depends on whether a vote for sanctions "
                    "counts as siding with Seoul — and 'balanced until about 2013' holds under none.",
        misconceptions=[
            Misconception(["a", "b", "c", "e"], "2014–2017 leans towards Seoul only under the Korea rule: look at "
                                                "that row's other two columns."),
            Misconception(["a", "e", "f"], "Check 2008–2013 under each coding: is any of its shares between 0.4 "
                                           "and 0.6?"),
            Misconception(["e"], "The tilt since 2022 is the clearest finding, but it is not the only one that "
                                 "every coding shares: read the earlier rows too."),
        ]),
    Question(
        "q9", "Capstone: your argument — is Russia still balancing between the two Koreas?", var="conclusion",
        skill="reflect",
        kind=FreeTextAnswer(min_words=120, prompts=[
            "State your claim in one sentence.",
            "Name the coding you chose and why; say whether your claim survives the other codings.",
            "Use at least three dated items of evidence from the explorer, and one that cuts against your claim.",
            "Say what the evidence does not measure, and what would change your mind.",
        ]),
        prompt=("Write your argument (at least 120 words) as a string. Choose a coding and say why; gather evidence\n"
                "with `balance_explorer()` (at least three dated items, one of which cuts against your claim);\n"
                "state a claim about whether Russia is still balancing; say whether it survives the other codings,\n"
                "what the evidence does not measure, and what would change your mind. It is not graded\n"
                "automatically; your instructor marks it with a short rubric. Compare it afterwards with\n"
                "`q9.solution()`."),
        hints=["Level 1: start from your `shares` (q7) and the statements that survived in q8.",
               "Level 2: in the explorer, pick the years 2022–2025 and look at the items behind the bars; then "
               "think of what the items do not show (trade by value, Seoul's sanctions on Russia, secret contacts)."],
        solution=('conclusion = ("No: since 2022 Russia has not been balancing. I use the non-proliferation '
                  'coding, because a vote for sanctions served a goal of the Council rather than Seoul. Under it, '
                  'and under the other two codings, almost all of Russia\'s weighted engagement in 2022-2025 went '
                  'to Pyongyang: the vetoes of 26 May 2022 and 28 March 2024, the Vostochny summit of 13 September '
                  '2023, the treaty signed in Pyongyang on 19 June 2024 and the North Korean troops reported from '
                  'October 2024. Against my claim: trade with Seoul was still 21 billion USD in 2022, far more than '
                  'trade with Pyongyang, and Russia warned Seoul rather than breaking with it. Earlier the picture '
                  'depends on the coding: 2000-2007 was balanced under all three, 2008-2013 leaned towards Seoul, '
                  'and 2014-2017 leans towards Seoul only if votes for sanctions count for Seoul. The evidence '
                  'counts reported acts, not their importance, and the weights are a judgement. A new summit with '
                  'Seoul or an end to the military cooperation would change my mind.")'),
        explanation="There is no single right answer. A strong argument makes a clear claim, says which coding it "
                    "uses and whether the claim survives the others, cites dated evidence including some that cuts "
                    "against it, and knows the limits of counting acts.",
        rubric=[
            "Claim (1 point): one clear sentence that answers the question for the present, not only for the past.",
            "Coding (2 points): names the coding and gives a reason; says whether the claim holds under the "
            "other codings (the tilt since 2022 does under all three; 2014–2017 depends on the coding).",
            "Evidence (3 points): at least three dated items from the course data, correctly described; at "
            "least one that cuts against the claim (e.g. trade with Seoul, contacts kept after 2022).",
            "Limits (2 points): says what the evidence does not measure (importance of an act, trade by value, "
            "unreported contacts, the weights as a judgement) and what would change the conclusion.",
            "Clarity (2 points): the argument reads as a whole; sources or tables named where a fact comes from.",
        ]),
])

__all__ = ["exercises"]

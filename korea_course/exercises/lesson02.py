"""Lesson 2 — The debt settlement: the exercise questions (one source of truth).

Answers come from the course data (``debt_settlement_terms``, ``debt_timeline``,
``soviet_debt_writeoffs``, ``russia_dprk_trade``) and the repayment calculator in
``korea_course.explorers.lesson02``; instructors/evidence/lesson-02.md discusses the sources.
"""
from __future__ import annotations

from typing import Any

from ..answers import (DateAnswer, FrameAnswer, FreeTextAnswer, MatchingAnswer, MultiChoiceAnswer, NumberAnswer,
                       OrderingAnswer)
from ..checking import ExerciseSet, Misconception, Question
from ..data import load_table
from ..explorers.lesson02.data import repayment_schedule


def _trade():
    return load_table("russia_dprk_trade")


def _mean_total_by_year():
    return _trade().groupby("year")["total_usd_million"].mean()


def _pv_5_percent_bn() -> float:
    # the sourced remainder, 40 half-yearly instalments, 5 % a year: (1.05) ** -t per payment
    return repayment_schedule(1.09e9, 0, 20, 2, 5.0).present_value_usd / 1e9


def _as_dict(series: Any) -> dict[int, float]:
    return {int(k): float(v) for k, v in series.items()}


def _summed(series: Any) -> bool:
    """The per-year sum of the sources' totals (2014 counted twice, 2015 a 0), and nothing else."""
    try:
        values = _as_dict(series)
        summed = _as_dict(_trade().groupby("year")["total_usd_million"].sum())
        return set(values) == set(summed) and all(abs(values[y] - v) < 1e-6 for y, v in summed.items())
    except Exception:
        return False


def _first_only(series: Any) -> bool:
    try:
        return abs(_as_dict(series).get(2014, 0.0) - 92.34) < 1e-6
    except Exception:
        return False


STEPS = ["Ulan-Ude summit", "agreement signed", "bill submitted to the Duma", "Duma ratification",
         "Federation Council approval", "Putin signs the law"]
STEP_ALIASES = {
    "Ulan-Ude summit": ["Ulan Ude summit", "summit", "Ulan-Ude"],
    "agreement signed": ["agreement", "signing", "signing of the agreement", "agreement signed in Moscow"],
    "bill submitted to the Duma": ["bill submitted", "bill to the Duma", "bill"],
    "Duma ratification": ["Duma ratifies", "State Duma ratification", "Duma"],
    "Federation Council approval": ["Federation Council", "Federation Council approves"],
    "Putin signs the law": ["law signed", "Putin signs law", "law signed by Putin", "signature of the law"],
}
SHARES = {"Cuba": "90 %", "Iraq": "93 %", "Syria": "73 %", "Mongolia (2003)": "98 %"}
SHARE_ALIASES = {v: [v.replace(" ", ""), v.split()[0], f"{v.split()[0]} percent", f"{v.split()[0]}.0"]
                 for v in set(SHARES.values())}

# ------------------------------------------------------------------------------ the notebook around the questions
# (scripts/build_exercises.py builds the exercise notebook from these and the questions below)
INTRO = """\
# Lesson 2 exercises — The debt settlement

These exercises go with `notebooks/02_debt_settlement.ipynb`. Each question has three parts:

1. a short task;
2. an **answer cell** that reads `name = ____`: replace the `____` with your answer and run the cell;
3. a **check cell**: run `qN.check()` to get feedback. `qN.hint()` gives a hint (the next level unlocks
   after you try an answer), `qN.solution()` shows a worked answer.

Your progress is saved as you go; `progress()` at the end shows where you are. Run the setup cell first.

## Setting up
"""

SETUP = """\
from korea_course import load_table
from korea_course.explorers.lesson02 import repayment_schedule
from korea_course.exercises.lesson02 import exercises

exercises.setup(globals())
terms = load_table("debt_settlement_terms")
timeline = load_table("debt_timeline")
writeoffs = load_table("soviet_debt_writeoffs")
trade = load_table("russia_dprk_trade")
"""

SECTIONS = {  # Markdown placed before a question
    "q1": """\
## The questions

Use the tables loaded above (`terms`, `timeline`, `writeoffs`, `trade`) wherever they help: a scratch cell
is fine, as long as you put your final answer in the answer cell.
""",
}
CLOSING = "## Where you are"

exercises = ExerciseSet("02", "The debt settlement", intro=INTRO, setup_code=SETUP, sections=SECTIONS,
                        closing=CLOSING, placeholder="# Your answer for {id}:", questions=[
    Question(
        "q1", "What remained to be repaid", var="remainder_bn",
        kind=NumberAnswer(10.96 * 0.10, unit="billion USD", scale=1e9, rel_tol=0.01),
        prompt="The State Duma put the DPRK's debt at 10.96 billion USD. 90 % was written off. "
               "How much remained to be repaid, in billion USD?",
        hints=["Level 1: 'written off' is the part Russia gives up; the question asks for the other part.",
               "Level 2: the part that remains is (100 % − 90 %) of the total. Multiply the total by that share.",
               "Level 3: multiply the total by the share that was not written off, written as a fraction of 1; "
               "the sources round the result to two decimals."],
        solution="remainder_bn = 10.96 * (1 - 0.90)",
        explanation="Correct: 10 % of 10.96 bn is about 1.1 bn USD. Reuters (19 April 2014) and RIA Novosti give "
                    "1.09 bn for the remainder, to be repaid over 20 years.",
        misconceptions=[
            Misconception(9.864, "That is the part written off — the 90 % Russia gave up. The question asks what is "
                                 "still owed."),
            Misconception(10.96, "That is the whole debt before the write-off. Confusing the total with the "
                                 "remainder is the most common slip in press reports about this deal."),
            Misconception(1096, "Your number looks like millions, but the answer is asked in billions of USD "
                                "(1 billion = 1,000 million)."),
        ]),
    Question(
        "q2", "One instalment", var="instalment_m",
        kind=NumberAnswer(1090 / 40, unit="million USD", scale=1e6, rel_tol=0.01),
        prompt="The remainder, 1.09 billion USD, is repaid in 40 equal half-yearly instalments over 20 years. "
               "How large is one instalment, in million USD?",
        hints=["Level 1: every instalment is the same size, and together they add up to the remainder.",
               "Level 2: divide the remainder by the number of instalments — not by the number of years. "
               "Work in millions: 1.09 billion = 1,090 million.",
               "Level 3: two payments a year for twenty years: divide the remainder, in millions, by that many "
               "payments."],
        solution="instalment_m = 1090 / 40",
        explanation="Correct: 1,090 million / 40 ≈ 27 million USD every six months (RIA Novosti: '40 equal "
                    "half-yearly parts').",
        misconceptions=[
            Misconception(54.5, "You divided by the 20 years: that is what Russia receives per year. There are two "
                                "instalments each year."),
            Misconception(0.02725, "That is the instalment in billions. The answer is asked in millions of USD."),
            Misconception(274, "You divided the whole debt (10.96 bn) by 40. Only the remainder is repaid in "
                               "instalments; the rest was written off."),
        ]),
    Question(
        "q3", "Present value at 5 % a year", var="pv_bn",
        kind=NumberAnswer(_pv_5_percent_bn, unit="billion USD", scale=1e9, rel_tol=0.01),
        prompt="Take 40 instalments of 27.25 million USD, the first six months from now and then every six months. "
               "Discount each payment at 5 % a year: a payment made t years from now is worth payment / 1.05**t "
               "today. What is the present value of all 40 payments, in billion USD? (pandas or plain Python.)",
        hints=["Level 1: the present value is the sum of 40 discounted payments; payment k arrives after k/2 years.",
               "Level 2: payment k (k = 1 … 40) is worth `27.25e6 / 1.05 ** (k / 2)` today; add up the 40 values "
               "(a `sum(...)` over `range(1, 41)`). With pandas, `repayment_schedule(1.09e9, 0, 20, 2, 5)` from the "
               "lesson's explorer module gives the same schedule.",
               "Level 3: the sum is in USD: convert it to billions. It should come out a bit under two-thirds of "
               "the nominal 1.09 bn — if not, check that the exponent counts years, not half-years."],
        solution="pv_bn = sum(27.25e6 / 1.05 ** (k / 2) for k in range(1, 41)) / 1e9",
        explanation="Correct: at 5 % a year the 20-year stream is worth roughly 0.69 bn USD today, about 63 % of "
                    "its nominal 1.09 bn. Money promised for 2030 is worth less than money in hand.",
        misconceptions=[
            Misconception(1.09, "That is the nominal sum, with no discounting. Each later payment must be divided "
                                "by 1.05 raised to the number of years until it is paid."),
            Misconception(0.4676, "You discounted at 5 % per half-year (k instead of k/2 as the exponent). The rate "
                                  "is 5 % a year, and the payments come every six months."),
            Misconception(0.4108, "You discounted the whole 1.09 bn as if it were paid in one sum after 20 years. "
                                  "The payments are spread out, so most of them are discounted less."),
        ]),
    Question(
        "q4", "Spot the errors in a dated claim", var="errors",
        kind=MultiChoiceAnswer({
            "a": "'Moscow and Pyongyang signed a deal on May 5'",
            "b": "'about writing off all DPRK debts'",
            "c": "that the deal is linked to the start of rouble settlements (the ministry's own claim)",
            "d": "that something important happened on 5 May 2014",
        }, ["a", "b"]),
        prompt="In October 2014 Xinhua, quoting ITAR-TASS, wrote: \"Moscow and Pyongyang signed a deal on May 5 "
               "about writing off all DPRK debts to Russia, which has facilitated the launch of ruble-based "
               "accounting.\" Which parts are factually wrong? Give a list of letters.\n\n"
               "- a) 'Moscow and Pyongyang signed a deal on May 5'\n"
               "- b) 'about writing off all DPRK debts'\n"
               "- c) that the deal is linked to the start of rouble settlements (the ministry's own claim)\n"
               "- d) that something important happened on 5 May 2014",
        hints=["Level 1: compare the sentence with `debt_timeline`: who acted on 5 May 2014, and who signed in 2012?",
               "Level 2: check `debt_settlement_terms` too: how much of the debt was written off?",
               "Level 3: two parts are wrong. Ask who acted on 5 May 2014 — both governments, or one president "
               "signing a domestic law? — and whether the agreement wrote off all of the debt."],
        solution='errors = ["a", "b"]',
        explanation="Correct: on 5 May 2014 only the Russian president signed the law ratifying the 2012 "
                    "agreement, and the agreement wrote off 90 % — about 1.09 bn USD stays owed (quoted in "
                    "North Korean Economy Watch, 20 October 2014).",
        misconceptions=[
            Misconception(["a"], "You found one error. Read the sentence again with the deal's terms next to it: "
                                 "what share of the debt was written off?"),
            Misconception(["b"], "You found one error. Now check the date against the timeline: who signed what "
                                 "on 5 May 2014?"),
            Misconception(["a", "b", "d"], "5 May 2014 is a real date in this story — the Russian law was signed "
                                           "then. The error is about what was signed and by whom, not the date."),
        ]),
    Question(
        "q5", "When was the agreement itself signed?", var="signed_on",
        kind=DateAnswer("2012-09-17"),
        prompt="The seed commentary says the debt 'was finally settled in May 2014'. On what date did the two "
               "governments sign the agreement? Write the date as \"YYYY-MM-DD\".",
        hints=["Level 1: look for the row of `debt_timeline` where both RUS and DPRK are actors and an agreement "
               "is signed.",
               "Level 2: `timeline[timeline['step_id'] == 'agreement-signed']` — KCNA and Xinhua agree on the day.",
               "Level 3: it was a Monday in September 2012, the day before Russia's Finance Ministry announced "
               "the write-off — the news reports are dated the day after the signing."],
        solution='signed_on = "2012-09-17"',
        explanation="Correct: the agreement was signed in Moscow on 17 September 2012 (KCNA via Reuters; Xinhua). "
                    "May 2014 is when Russia finished ratifying it — a real step, but not the settlement itself.",
        misconceptions=[
            Misconception("2014-05-05", "That is when Putin signed the Russian law ratifying the agreement — a "
                                        "domestic step. The two governments had signed long before."),
            Misconception("2012-09-18", "That is the day Russia's Finance Ministry announced the write-off and the "
                                        "news reports appeared. The signing was earlier."),
            Misconception("2014-04-18", "That is the State Duma's vote, one step of Russian ratification. The "
                                        "question asks when the governments signed."),
        ]),
    Question(
        "q6", "From talks to law: put the steps in order", var="steps_in_order",
        kind=OrderingAnswer(STEPS, aliases=STEP_ALIASES),
        prompt="Put these six steps in chronological order (a list of the names as written): "
               "'Federation Council approval', 'agreement signed', 'Putin signs the law', 'Ulan-Ude summit', "
               "'Duma ratification', 'bill submitted to the Duma'.",
        hints=["Level 1: talks come before a signature, and a signature before ratification.",
               "Level 2: in Russia a treaty-ratification law passes the State Duma, then the Federation Council, "
               "and only then the president signs it. `debt_timeline.sort_values('date')` shows the dates.",
               "Level 3: sort `debt_timeline` by `date` and give each row one of the six names; only the summit "
               "comes before the signing, and the president's signature ends the ratification."],
        solution='steps_in_order = ["Ulan-Ude summit", "agreement signed", "bill submitted to the Duma", '
                 '"Duma ratification", "Federation Council approval", "Putin signs the law"]',
        explanation="Correct: two and a half years separate the signing (September 2012) from the end of Russian "
                    "ratification (May 2014).",
        misconceptions=[
            Misconception(["Ulan-Ude summit", "agreement signed", "Putin signs the law", "bill submitted to the Duma",
                           "Duma ratification", "Federation Council approval"],
                          "The president signs a ratification law last, after both chambers have passed it — "
                          "not before the bill goes to parliament."),
            Misconception(["Ulan-Ude summit", "agreement signed", "bill submitted to the Duma",
                           "Federation Council approval", "Duma ratification", "Putin signs the law"],
                          "The lower house (State Duma) votes first; the upper house (Federation Council) "
                          "approves afterwards."),
            Misconception(["Ulan-Ude summit", "bill submitted to the Duma", "Duma ratification",
                           "Federation Council approval", "Putin signs the law", "agreement signed"],
                          "Parliament ratifies an agreement that already exists: the signing has to come first."),
        ]),
    Question(
        "q7", "Match debts written off to countries", var="shares",
        kind=MatchingAnswer(SHARES, left_aliases={"Mongolia (2003)": ["Mongolia", "Mongolia 2003"]},
                            right_aliases=SHARE_ALIASES),
        prompt="Using `soviet_debt_writeoffs`, match each country to the share of its debt Russia wrote off: "
               "choose from \"73 %\", \"90 %\", \"93 %\", \"98 %\". Answer with a dictionary such as "
               "{\"Cuba\": \"…\", \"Iraq\": \"…\", \"Syria\": \"…\", \"Mongolia (2003)\": \"…\"}.",
        hints=["Level 1: the column `share_written_off_percent` holds the answer for each `writeoff_id`.",
               "Level 2: `writeoffs.set_index('writeoff_id')['share_written_off_percent']` lists them; use the rows "
               "cuba-2014, iraq-2008, syria-2005 and mongolia-2003.",
               "Level 3: one of the four shares is the same as North Korea's; the two Middle Eastern debtors are "
               "twenty points apart, and Mongolia kept almost nothing. Read each row of the column."],
        solution='shares = {"Cuba": "90 %", "Iraq": "93 %", "Syria": "73 %", "Mongolia (2003)": "98 %"}',
        explanation="Correct: 90 % — North Korea's figure — is common but not a rule; Syria kept more than a quarter "
                    "of its debt (2005), Mongolia almost none (2003).",
        misconceptions=[
            Misconception({"Cuba": "90 %", "Iraq": "73 %", "Syria": "93 %", "Mongolia (2003)": "98 %"},
                          "Two Middle Eastern debtors are swapped. Check the share for iraq-2008 and syria-2005 "
                          "in the table again."),
            Misconception({"Cuba": "90 %", "Iraq": "90 %", "Syria": "90 %", "Mongolia (2003)": "90 %"},
                          "90 % was North Korea's share, not a Russian rule: each settlement was negotiated on its "
                          "own. Read each country's row."),
        ]),
    Question(
        "q8", "Billions, millions and the remainder", var="times_trade",
        kind=NumberAnswer(1.09e9 / 92.34e6, unit="times", rel_tol=0.02),
        prompt="KOTRA put Russia–DPRK trade in 2014 at 92.34 million USD. How many times larger than that year's "
               "trade is the remainder still owed, 1.09 billion USD? (A plain number.)",
        hints=["Level 1: put both amounts in the same unit before dividing.",
               "Level 2: 1.09 billion = 1,090 million. Divide that by 92.34.",
               "Level 3: write the remainder in millions (1 billion = 1,000 million), then divide it by the 2014 "
               "trade in millions."],
        solution="times_trade = 1090 / 92.34",
        explanation="Correct: the remainder alone equals about twelve years of all Russia–DPRK trade at the 2014 "
                    "level — a measure of how large the debt was next to the real economic relationship.",
        misconceptions=[
            Misconception(1.09 / 92.34, "You divided billions by millions without converting: 1.09 billion is "
                                        "1,090 million, not 1.09 million."),
            Misconception(10.96e3 / 92.34, "You used the whole debt (10.96 bn). The question is about the "
                                           "remainder still owed, after the 90 % write-off."),
            Misconception(1.09e9 / 92.34, "You wrote the remainder in dollars but the trade in millions of "
                                          "dollars. Put both in the same unit."),
        ]),
    Question(
        "q9", "A consensus trade figure per year (pandas)", var="total_by_year",
        kind=FrameAnswer(_mean_total_by_year),
        prompt="`trade` holds one row per year and source, and some rows have no total. Make a Series with one "
               "entry per year of the table: the mean of the totals that sources give for that year (a year where "
               "no source gives a total must stay missing, NaN — never 0).",
        hints=["Level 1: group the rows by `year` and summarise the column `total_usd_million`.",
               "Level 2: pandas ignores missing values in a mean; a group with only missing values stays NaN. "
               "Adding up the figures would count 2014 twice.",
               "Level 3: after grouping by `year`, select `total_usd_million` and use the summary that averages "
               "the values (pandas skips missing ones)."],
        solution="total_by_year = trade.groupby('year')['total_usd_million'].mean()",
        explanation="Correct: for 2014 the two totals (KOTRA 92.34, Forbes 93) average to about 92.7 million USD, "
                    "and 2015 stays missing because no source gives a total for it.",
        misconceptions=[
            Misconception(None, "You added the sources' figures up: 2014 is counted twice, and 2015 (no total in "
                                "any source) became 0 instead of missing. Use an average, not a sum.",
                          matches=_summed,
                          code="total_by_year = trade.groupby('year')['total_usd_million'].sum()"),
            Misconception(None, "You kept only the first source's figure for each year, so 2014 ignores the second "
                                "source. Combine all the figures of a year.",
                          matches=_first_only,
                          code="total_by_year = trade.groupby('year')['total_usd_million'].first()"),
        ]),
    Question(
        "q10", "Generosity or strategy?", var="reflection",
        kind=FreeTextAnswer(min_words=40, prompts=[
            "What did Russia give up, in face value and in market value?",
            "What did it gain (Rajin, access, leverage with Pyongyang and Seoul)?",
            "Which of your claims rests on a source, and which is your interpretation?"]),
        prompt="In at least 40 words: was writing off 90 % of the DPRK's debt an act of generosity or of strategy? "
               "Use at least two figures from this lesson and say which are estimates.",
        hints=["Level 1: compare the face value (about 11 bn USD) with the market-rate estimate (about 0.24 bn).",
               "Level 2: list what Moscow got that it did not have before 2012: the Khasan–Rajin link in use, "
               "South Korean interest, a channel to Pyongyang — and what did not happen (the pipeline, the trade "
               "target)."],
        solution='reflection = ("Mostly strategy. Russia gave up a claim of about 11 bn USD at the Soviet rate, but '
                 'at market rates the whole debt was estimated at only about 0.24 bn, and it could not be '
                 'collected anyway. In return it cleared an obstacle to projects such as Khasan-Rajin, where South '
                 'Korean firms ran three trial coal shipments in 2014-2015, and it kept about 1.09 bn to spend '
                 'inside the DPRK on its own terms. The gains were limited: the pipeline was never built and trade '
                 'stayed far below the 1 bn USD target.")',
        explanation="There is no single right answer. Strong answers separate face value from market value, name "
                    "what Russia gained (a usable rail-port link, leverage with both Koreas, a precedent it also "
                    "applied to Cuba) and what stayed on paper, and mark estimates and interpretations as such."),
])

__all__ = ["exercises", "STEPS", "SHARES"]

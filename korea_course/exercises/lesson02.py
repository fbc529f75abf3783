"""Lesson 2 — The debt settlement: the exercise questions (one source of truth).

Answers come from the course data (``debt_settlement_terms``, ``debt_timeline``,
``soviet_debt_writeoffs``, ``russia_dprk_trade``) and the repayment calculator and trade explorer in
``korea_course.explorers.lesson02``; instructors/evidence/lesson-02.md discusses the sources.
"""
from __future__ import annotations

from typing import Any

from ..answers import FrameAnswer, FreeTextAnswer, MultiChoiceAnswer, NumberAnswer, YearAnswer
from ..checking import ExerciseSet, Misconception, Question
from ..data import load_table
from ..explorers.lesson02.data import repayment_schedule, yearly_repayment_m, years_below


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


AFGHAN_OPTIONS = {
    "a": "Vremya Novostei's three amounts add up (written off + still owed = the debt).",
    "b": "Vremya Novostei's own amounts make a share of about 93 %, not 90 %.",
    "c": "The ITAR-TASS figures leave the same 730 million USD to repay.",
    "d": "The ITAR-TASS figures make a share of about 95 %.",
    "e": "Both reports support '90 %' as the exact share written off.",
}


def _first_year_always_below_repayment() -> int:
    """The first year of the run, up to the table's last year, in which every total-trade figure is below
    the deal's yearly repayment (54.5 m USD); years without a figure are skipped, not counted as 0."""
    years = sorted(_trade().dropna(subset=["total_usd_million"])["year"].astype(int).unique())
    below = set(years_below(_trade(), "total_usd_million", yearly_repayment_m()))
    first = None
    for year in reversed(years):
        if year not in below:
            break
        first = year
    if first is None:
        raise ValueError("the latest trade figure is not below the yearly repayment")
    return first


# ------------------------------------------------------------------------------ the notebook around the questions
# (scripts/build_exercises.py builds the exercise notebook from these and the questions below)
INTRO = """\
# Lesson 2 exercises — The debt settlement

These exercises go with `notebooks/02_debt_settlement.ipynb`. Each question has three parts:

1. a short task;
2. an **answer cell** that reads `name = ____`: replace the `____` with your answer and run the cell;
3. a **check cell**: run `qN.check()` to get feedback. `qN.hint()` gives a hint (the next level unlocks
   after you try an answer), and after a first try `qN.solution()` shows a worked answer.

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
        "q1", "What remained to be repaid", var="remainder_bn", skill="compute",
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
            Misconception(9.864, "That is the part written off — the 90 % Russia gave up (the press rounds it to "
                                 "'almost 10 billion'). The question asks what is still owed."),
            Misconception(10.96, "That is the whole debt before the write-off. Confusing the total with the "
                                 "remainder is the most common slip in press reports about this deal."),
            Misconception(1096, "Your number looks like millions, but the answer is asked in billions of USD "
                                "(1 billion = 1,000 million)."),
        ]),
    Question(
        "q2", "Present value at 5 % a year", var="pv_bn", skill="compute",
        kind=NumberAnswer(_pv_5_percent_bn, unit="billion USD", scale=1e9, rel_tol=0.01),
        prompt="The remainder, 1.09 billion USD, is repaid in 40 equal half-yearly instalments over 20 years: "
               "1,090 / 40 = 27.25 million USD each. Take those 40 instalments, the first six months from now and "
               "then every six months. "
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
                    "its nominal 1.09 bn. Money promised over the next twenty years is worth less than money in hand. (No "
                    "source gives the year of the last instalment: about 2034 if payments began after ratification "
                    "in 2014, 2032 if they were counted from the signing in 2012.)",
        misconceptions=[
            Misconception(1.09, "That is the nominal sum, with no discounting. Each later payment must be divided "
                                "by 1.05 raised to the number of years until it is paid."),
            Misconception(0.4676, "You discounted at 5 % per half-year (k instead of k/2 as the exponent). The rate "
                                  "is 5 % a year, and the payments come every six months."),
            Misconception(0.4108, "You discounted the whole 1.09 bn as if it were paid in one sum after 20 years. "
                                  "The payments are spread out, so most of them are discounted less."),
        ]),
    Question(
        "q3", "Spot the errors in a dated claim", var="errors", skill="find the error",
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
        "q4", "Two reports of one write-off", var="true_statements", skill="compare sources",
        kind=MultiChoiceAnswer(AFGHAN_OPTIONS, ["a", "b", "d"]),
        prompt="Russia's 2007 write-off for Afghanistan was reported in two ways. Vremya Novostei (7 August 2007): "
               "the debt was 11.13 billion USD, 10.4 billion was written off, \"or 90 %\", and 730 million USD is "
               "left to repay over 23 years. ITAR-TASS (6 August 2007), quoting Afghanistan's finance minister "
               "earlier: of 11.1 billion, 10.5 billion would be written off. Do the arithmetic, then give the letters "
               "of the statements that hold, as a list.\n\n"
               + "\n".join(f"- {k}) {v}" for k, v in AFGHAN_OPTIONS.items()),
        hints=["Level 1: check each report on its own first: do its amounts add up, and what share do they imply?",
               "Level 2: for Vremya Novostei add 10.4 and 0.73, and divide 10.4 by 11.13. For ITAR-TASS subtract "
               "10.5 from 11.1, and divide 10.5 by 11.1.",
               "Level 3: three statements hold. 10.4 / 11.13 is about 0.93 and 10.5 / 11.1 about 0.95; 11.1 − 10.5 "
               "leaves 0.6 billion. A share that only rounds to 90 % is not 'exactly 90 %'."],
        solution='true_statements = ["a", "b", "d"]',
        explanation="Correct: Vremya Novostei's three amounts agree with each other (10.4 + 0.73 = 11.13), but they "
                    "make 93 %, which the paper itself rounds to '90 %'. The minister's earlier 10.5 of 11.1 billion is "
                    "about 95 % and would leave 0.6 billion, not 730 million: the two reports describe different "
                    "stages or different accounts. Use one report's figures consistently, and say where a "
                    "percentage is rounded — as the course's table does (11.13, 10.4, 93 %).",
        misconceptions=[
            Misconception(["a", "b", "c", "d"], "Check c: 11.1 − 10.5 = 0.6 billion, which is 600 million, not 730 "
                                                "million. The two reports do not leave the same remainder."),
            Misconception(["a", "d"], "Divide 10.4 by 11.13: the share in Vremya Novostei's own figures is about "
                                      "93 %. The '90 %' in its text is rounded."),
            Misconception(["a", "b", "d", "e"], "'90 %' is how the press rounded it; neither report's amounts give "
                                                "exactly 90 % (93 % and about 95 %)."),
            Misconception(["b", "d"], "Add Vremya Novostei's amounts: 10.4 + 0.73 = 11.13, its stated total. That "
                                      "report is internally consistent."),
        ]),
    Question(
        "q5", "What trade could the deal support? Predict, then check", var="from_year", skill="predict and check",
        kind=YearAnswer(_first_year_always_below_repayment),
        prompt="Under the 2012 deal the DPRK owes Russia 1.09 billion USD over 20 years, that is 54.5 million USD a "
               "year. Before you look, predict: from which year on is every figure that the sources give for total "
               "Russia–DPRK trade below that yearly repayment, up to the last year in the table? Then check in the "
               "lesson's trade explorer (measure: total trade; compare with: yearly debt repayment) or in the "
               "`trade` table. Answer with the year.",
        hints=["Level 1: start from the latest year with a figure and go back in time, year by year, as long as "
               "every figure for the year is below the line.",
               "Level 2: `trade.groupby('year')['total_usd_million'].max()` gives the highest figure for each year; "
               "years with no total come out as NaN — skip them, they are missing, not zero.",
               "Level 3: compare that per-year maximum with `1090 / 20`; the answer is the earliest year of the "
               "unbroken run of years below it that reaches the end of the table."],
        solution="highest = trade.groupby('year')['total_usd_million'].max().dropna()\n"
                 "last_above = highest[highest >= 1090 / 20].index.max()  # the last year at or above the line\n"
                 "from_year = int(highest[highest.index > last_above].index.min())",
        explanation="Correct: from 2018 on — 2018, 2019, 2020, 2021, 2023 and 2024 — every recorded figure for all "
                    "Russia–DPRK trade is below the 54.5 million USD a year that the North owes under the deal. On "
                    "paper, the account the remainder is paid into would be a larger flow than all trade: a reason "
                    "to read 'debt for aid' as an economic channel in its own right. No source reports whether any "
                    "instalment was paid, so this compares obligations, not payments.",
        misconceptions=[
            Misconception(2017, "In that year the total (77.9 million USD) was above the yearly repayment; the run "
                                "of years below it starts later."),
            Misconception(2019, "Check the year before: its figure (34 million USD) is already below the yearly "
                                "repayment."),
            Misconception(2023, "The table has no figure for 2022, but the years before that gap are "
                                "below the line too. A gap is missing data, not a break in the run."),
            Misconception(2013, "In 2013 trade (104 million USD) was about twice the yearly repayment. Look for the "
                                "years in which every figure is below the line."),
        ]),
    Question(
        "q6", "A consensus trade figure per year (pandas)", var="total_by_year", skill="compute",
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
        "q7", "Generosity or strategy?", var="reflection", skill="reflect",
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

__all__ = ["exercises", "AFGHAN_OPTIONS"]

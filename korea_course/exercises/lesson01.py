"""Lesson 1 exercises — The Six-Party Talks and the sanctions votes.

The single source of truth for the questions of exercises/01_six_party_talks.ipynb: answers
(computed from the course data where they are numbers), hints, misconceptions and solutions.
"""
from __future__ import annotations

import pandas as pd

from ..answers import (ChoiceAnswer, DateAnswer, FrameAnswer, FreeTextAnswer, MatchingAnswer,
                       MultiChoiceAnswer, NumberAnswer, OrderingAnswer, YearAnswer, value_at)
from ..checking import ExerciseSet, Misconception, Question
from ..data import load_table
from ..explorers.lesson01.data import panel_renewal_years, years_in_a_row


# ------------------------------------------------------------------------------ answer keys from the data
def _sessions() -> pd.DataFrame:
    return load_table("six_party_sessions")


def expected_days_per_year() -> pd.Series:
    s = _sessions()
    days = (s["end_date"] - s["start_date"]).dt.days + 1
    return days.groupby(s["start_date"].dt.year).sum()


def expected_lags() -> pd.Series:
    tests = load_table("dprk_nuclear_tests")
    votes = load_table("unsc_dprk_votes")
    votes = votes[votes["adopted"] == True].copy()  # noqa: E712
    votes["test_id"] = votes["trigger"].str.extract(r"(nt\d)", expand=False)
    merged = tests.merge(votes.dropna(subset=["test_id"]), on="test_id", suffixes=("_test", "_vote"))
    return (merged["date_vote"] - merged["date_test"]).dt.days.set_axis(merged["test_id"])


def expected_panel_years() -> int:
    """Consecutive years, up to the 2024 veto, in which an adopted resolution extended the Panel's mandate."""
    return years_in_a_row(panel_renewal_years(load_table("unsc_dprk_votes")))


def expected_standalone_renewals() -> int:
    """The count a student gets from the stand-alone renewals only (trigger 'panel mandate renewal')."""
    votes = load_table("unsc_dprk_votes")
    return int(((votes["trigger"] == "panel mandate renewal") & votes["adopted"].fillna(False)).sum())


def _days_without_plus_one(s: pd.Series) -> bool:
    """The student's per-year Series equals the right one minus one day per meeting."""
    sessions = _sessions()
    meetings = sessions.groupby(sessions["start_date"].dt.year).size()
    wrong = expected_days_per_year() - meetings
    try:
        return all(int(value_at(s, year, -999)) == int(v) for year, v in wrong.items()) and len(s) == len(wrong)
    except Exception:
        return False


def _counts_meetings(s: pd.Series) -> bool:
    sessions = _sessions()
    meetings = sessions.groupby(sessions["start_date"].dt.year).size()
    try:
        return len(s) == len(meetings) and all(int(value_at(s, y, -999)) == int(v) for y, v in meetings.items())
    except Exception:
        return False


def _all_negative(s: pd.Series) -> bool:
    """The right lags with the sign flipped (test date minus vote date), and nothing else."""
    try:
        expected = expected_lags()
        got = {str(k): float(v) for k, v in s.items()}
        return set(got) == set(map(str, expected.index)) and all(
            got[str(k)] == -float(v) for k, v in expected.items())
    except Exception:
        return False


# ------------------------------------------------------------------------------ questions
AGREEMENTS = ["Third-round Chairman's Statement", "Joint Statement", "Initial Actions", "Second-Phase Actions",
              "Verification communique"]
AGREEMENT_ALIASES = {
    "Third-round Chairman's Statement": ["chairman's statement", "third round chairman's statement",
                                         "chairmans statement", "words for words"],
    "Joint Statement": ["joint statement of the fourth round", "19 september joint statement", "september 2005"],
    "Initial Actions": ["initial actions for the implementation of the joint statement", "february 13 agreement",
                        "13 february agreement"],
    "Second-Phase Actions": ["second phase actions", "october 3 agreement", "3 october agreement"],
    "Verification communique": ["press communique", "july 2008 communique", "verification communiqué"],
}
PROMISES = {"Joint Statement": "abandon all nuclear weapons and programs",
            "Initial Actions": "shut down and seal Yongbyon",
            "Second-Phase Actions": "disable Yongbyon and declare all programs"}
PROMISE_ALIASES = {
    "abandon all nuclear weapons and programs": ["abandon", "abandon all nuclear weapons", "return to the npt"],
    "shut down and seal Yongbyon": ["shut down", "shut down yongbyon", "seal yongbyon", "shutdown"],
    "disable Yongbyon and declare all programs": ["disable", "disable yongbyon", "declare", "disablement"],
}
WORKING_GROUPS = {"a": "Denuclearization of the Korean Peninsula",
                  "b": "Economy and Energy Cooperation",
                  "c": "Northeast Asia Peace and Security Mechanism",
                  "d": "Normalization of DPRK–Japan relations"}
RUSSIA_ROLE = {"a": "Russia chaired one of the five working groups set up in February 2007.",
               "b": "The frozen Banco Delta Asia funds reached the DPRK through Russia's central bank and a bank in Khabarovsk.",
               "c": "One round of the six-party talks was held in Moscow.",
               "d": "Russia abstained on resolution 1718 after the first nuclear test.",
               "e": "Russia promised a share of the heavy fuel oil and completed its shipments.",
               "f": "From 2006 on, Russia often watered down sanctions texts before voting for them.",
               "g": "In 2017 Russia won a longer deadline for sending North Korean workers home."}

# ------------------------------------------------------------------------------ the notebook around the questions
# (scripts/build_exercises.py builds the exercise notebook from these and the questions below)
INTRO = """\
# Lesson 1 exercises — The Six-Party Talks and the sanctions votes

Ten questions on the lesson `notebooks/01_six_party_talks.ipynb`. For each one:

1. replace the `____` in the answer cell with your answer and run that cell;
2. run the check cell below it: `q1.check()` says *Correct*, *Partly correct* or *Not right yet*,
   and explains;
3. stuck? Uncomment `q1.hint()` (hints unlock one level at a time, after an attempt) or
   `q1.solution()` (a worked answer, after a first try).

Your results are saved in your progress file; `progress()` at the end shows where you are. Run the
setup cell first.

## Setup
"""

SETUP = """\
from korea_course import load_table
from korea_course.exercises.lesson01 import exercises
exercises.setup(globals())

sessions = load_table("six_party_sessions")
commitments = load_table("six_party_commitments")
tests = load_table("dprk_nuclear_tests")
votes = load_table("unsc_dprk_votes")
"""

SECTIONS = {  # Markdown placed before a question
    "q1": """\
## Questions

The questions follow the order of the lesson: the process (1–3, 6), the tests and votes (4, 7, 8), Russia's part (5, 9) and a reflection (10). Questions 3, 4 and 7 ask you to compute something that answers a historical question; question 9 asks you to weigh the evidence for claims about Russia.
""",
}
CLOSING = """\
## Your progress

Run this cell to see which questions are done.
"""


exercises = ExerciseSet("01", "The Six-Party Talks and the sanctions votes", intro=INTRO, setup_code=SETUP,
                        sections=SECTIONS, closing=CLOSING, questions=[
    Question(
        "q1", "Put the agreements in order", var="agreement_order", skill="recall",
        kind=OrderingAnswer(AGREEMENTS, aliases=AGREEMENT_ALIASES),
        prompt=('Put these five documents in chronological order, earliest first: `"Joint Statement"`, '
                '`"Second-Phase Actions"`, `"Verification communique"`, `"Initial Actions"`, `"Third-round '
                "Chairman's Statement\"`. Give a list of strings."),
        placeholder="# a list of the five names, earliest first",
        hints=["Level 1: the Initial Actions and the Second-Phase Actions say what they implement — it must be older.",
               "Level 2: look at `commitments.drop_duplicates('agreement')[['agreement', 'agreement_date']]` and at "
               "`sessions[['session_id', 'outcome_document']]`.",
               "Level 3: the third round ended in June 2004; the verification mechanism was agreed in July 2008."],
        solution=('agreement_order = ["Third-round Chairman\'s Statement", "Joint Statement", "Initial Actions",\n'
                  '                   "Second-Phase Actions", "Verification communique"]'),
        explanation="Right: Chairman's Statement (June 2004) → Joint Statement (19 Sep 2005) → Initial Actions "
                    "(13 Feb 2007) → Second-Phase Actions (3 Oct 2007) → verification communique (12 Jul 2008). "
                    "The 2007 documents are called 'for the Implementation of the Joint Statement'.",
        misconceptions=[Misconception(
            ["Third-round Chairman's Statement", "Initial Actions", "Joint Statement", "Second-Phase Actions",
             "Verification communique"],
            "The 'Initial Actions' are first steps of implementing something already agreed. Read the full title "
            "of the February 2007 document: what does it implement?")]),
    Question(
        "q2", "Match each agreement to what the DPRK promised in it", var="dprk_promises", skill="recall",
        kind=MatchingAnswer(PROMISES, right_aliases=PROMISE_ALIASES),
        prompt=("Match each agreement to what the DPRK promised in it. Give a dictionary whose keys are "
                '`"Joint Statement"`, `"Initial Actions"` and `"Second-Phase Actions"` and whose values are '
                'taken from: `"abandon all nuclear weapons and programs"`, `"shut down and seal Yongbyon"`, '
                '`"disable Yongbyon and declare all programs"`.'),
        placeholder="# a dict: agreement -> promise",
        hints=["Level 1: the steps get more concrete over time — a goal first, then stopping the reactor, then "
               "making it hard to restart.",
               "Level 2: `commitments[commitments['party'] == 'DPRK'][['agreement', 'commitment']]` lists them.",
               "Level 3: shutting down and sealing is reversible; disabling is meant to make a restart take a long time."],
        solution=('dprk_promises = {"Joint Statement": "abandon all nuclear weapons and programs",\n'
                  '                 "Initial Actions": "shut down and seal Yongbyon",\n'
                  '                 "Second-Phase Actions": "disable Yongbyon and declare all programs"}'),
        explanation="Right: the 2005 Joint Statement set the goal (abandon all nuclear weapons and programmes); "
                    "the Initial Actions stopped Yongbyon (shut down and seal, IAEA back); the Second-Phase Actions "
                    "asked for disablement and a complete declaration by 31 December 2007.",
        misconceptions=[Misconception(
            {"Joint Statement": "abandon all nuclear weapons and programs",
             "Initial Actions": "disable Yongbyon and declare all programs",
             "Second-Phase Actions": "shut down and seal Yongbyon"},
            "You have the two 2007 steps the wrong way round. A reactor has to be stopped before it can be "
            "disabled — check which verb appears in the February text.")]),
    Question(
        "q3", "Days of negotiation per year", var="days_per_year", skill="compute",
        kind=FrameAnswer(expected_days_per_year),
        prompt=("Using `sessions`, compute the **days of negotiation per year**: a pandas Series whose index "
                "is the year a meeting started and whose values are the total days spent in meetings that "
                "year. A meeting from the 27th to the 29th counts as three days."),
        placeholder="# a pandas Series: year -> days",
        hints=["Level 1: subtract `start_date` from `end_date` for each meeting; `.dt.days` turns the result into numbers.",
               "Level 2: a meeting from the 27th to the 29th lasts three days, not two.",
               "Level 3: work out each meeting's length in days first (both ends counted), then group those "
               "lengths by the year in which each meeting started and add them up."],
        solution=("days = (sessions['end_date'] - sessions['start_date']).dt.days + 1\n"
                  "days_per_year = days.groupby(sessions['start_date'].dt.year).sum()"),
        explanation="Right: 2005 was the busiest year (the 13-day first session of round 4 and the week that "
                    "produced the Joint Statement); there were few days at the table in 2006, the year of the "
                    "first test.",
        misconceptions=[
            Misconception(None, "Each of your numbers is one day short per meeting: a meeting from the 27th to the "
                                "29th lasts three days. Count both ends.",
                          code=("days = (sessions['end_date'] - sessions['start_date']).dt.days\n"
                                "days_per_year = days.groupby(sessions['start_date'].dt.year).sum()"),
                          matches=_days_without_plus_one),
            Misconception(None, "You counted meetings per year, not the days they lasted. Compute each meeting's "
                                "length first, then add the lengths up.",
                          code="days_per_year = sessions.groupby(sessions['start_date'].dt.year).size()",
                          matches=_counts_meetings)]),
    Question(
        "q4", "Days from each test to the resolution that answered it", var="test_to_resolution", skill="compute",
        kind=FrameAnswer(expected_lags),
        prompt=("For each nuclear test, how many days passed until the adopted resolution that answered it? "
                "Use `tests` and `votes` (its `trigger` column names the test, e.g. `nt1`). Give a Series "
                "indexed by `test_id`."),
        placeholder="# a pandas Series: test_id -> days",
        hints=["Level 1: the `trigger` column of `votes` names the test it answered, e.g. 'nuclear test nt1 (…)'.",
               "Level 2: `votes['trigger'].str.extract(r'(nt\\d)', expand=False)` pulls the test id out; then merge "
               "with `tests` on `test_id`.",
               "Level 3: after the merge each row holds both dates (the suffixes tell them apart). Subtract the "
               "earlier from the later, turn the difference into whole days, and index the result by the test id."],
        solution=("votes['test_id'] = votes['trigger'].str.extract(r'(nt\\d)', expand=False)\n"
                  "merged = tests.merge(votes.dropna(subset=['test_id']), on='test_id', suffixes=('_test', '_vote'))\n"
                  "test_to_resolution = (merged['date_vote'] - merged['date_test']).dt.days.set_axis(merged['test_id'])"),
        explanation="Right: 5, 18, 23, 56, 82 and 8 days. The Council answered the first and the sixth test within "
                    "about a week; the two tests of 2016 took two to three months of bargaining; the text of "
                    "November 2016 was negotiated mainly between the United States and China (Japan Times).",
        misconceptions=[Misconception(
            None, "All your numbers are negative: you subtracted the later date from the earlier one. A resolution "
                  "comes after the test it answers.",
            code=("votes['test_id'] = votes['trigger'].str.extract(r'(nt\\d)', expand=False)\n"
                  "merged = tests.merge(votes.dropna(subset=['test_id']), on='test_id', suffixes=('_test', '_vote'))\n"
                  "test_to_resolution = (merged['date_test'] - merged['date_vote']).dt.days.set_axis(merged['test_id'])"),
            matches=_all_negative)]),
    Question(
        "q5", "Russia's working group", var="russia_working_group", skill="lookup",
        kind=ChoiceAnswer(WORKING_GROUPS, "c"),
        prompt="Which working group did Russia chair? Answer with a letter:\n\n"
               + "\n".join(f"- **{k}**: {v}" for k, v in WORKING_GROUPS.items()),
        placeholder='# a letter, e.g. "a"',
        hints=["Level 1: Russia's group dealt with the whole region, not with one pair of countries.",
               "Level 2: `commitments[commitments['working_group_chair'] == 'RUS']`."],
        solution='russia_working_group = "c"',
        explanation="Right: Russia chaired the Northeast Asia Peace and Security Mechanism group; it met in "
                    "Beijing (March 2007) and twice in Moscow (August 2007, February 2009), where Russia circulated "
                    "draft guiding principles.",
        misconceptions=[
            Misconception("a", "The denuclearization group was chaired by the host of the talks, China."),
            Misconception("b", "The energy group, which shared out the fuel oil, was chaired by South Korea.")]),
    Question(
        "q6", "The last year of six-party meetings", var="last_meeting_year", skill="lookup",
        kind=YearAnswer(2008),
        prompt=('People often say "the Six-Party Talks ran 2003–2007". In which **year** did the six heads '
                "of delegation meet for the last time?"),
        placeholder="# a year",
        hints=["Level 1: the last *agreement* and the last *meeting* are not the same thing.",
               "Level 2: find the latest `end_date` in `sessions` (pandas has a method for the largest value) "
               "and read its year."],
        solution="last_meeting_year = sessions['end_date'].max().year",
        explanation="Right: the last meeting was in Beijing on 8–11 December 2008 and ended without a verification "
                    "protocol. The DPRK walked out in April 2009, but no meeting was held that year.",
        misconceptions=[
            Misconception(2007, "2007 is the year of the last big agreements (February and October). Meetings "
                                "went on after them — look at the heads-of-delegation meetings."),
            Misconception(2009, "2009 is when the DPRK announced it would never return; there was no meeting "
                                "that year.")]),
    Question(
        "q7", "Check a claim: fourteen years of unanimous renewals", var="panel_years_in_a_row", skill="compute",
        kind=NumberAnswer(expected_panel_years, unit="years"),
        prompt=("Before Russia's veto of 28 March 2024 the United States told the Council that \"for 14 years\" it "
                "had renewed the mandate of the Panel of Experts unanimously (UN press release SC/15648). Check the "
                "claim with `votes`: do the Council's own records bear out the number? The `measure_tags` "
                "column marks with `panel_of_experts` every text that concerned the Panel: the resolution that created it in 2009, every resolution that extended its "
                "mandate, and the vetoed draft. **In how many consecutive years, up to the veto, did an adopted "
                "resolution extend the Panel's mandate?** (A number; then look at `votes_for` and `russia_vote` "
                "of those rows: was every renewal unanimous?)"),
        placeholder="# a number of years",
        hints=["Level 1: keep the adopted rows whose `measure_tags` contain 'panel_of_experts'; a renewal is not "
               "the resolution that created the Panel.",
               "Level 2: not every renewal was a text of its own. Look at the `trigger` and `main_measures` of "
               "every tagged row: one renewal came inside a sanctions resolution.",
               "Level 3: take the years of the renewals (`.dt.year`), drop duplicates, and check they have no gap "
               "(last year − first year + 1 equals the number of years)."],
        solution=("panel = votes[votes['measure_tags'].fillna('').str.contains('panel_of_experts') & (votes['adopted'] == True)]\n"
                  "renewals = panel[~panel['main_measures'].str.contains('creates the Panel')]\n"
                  "years = sorted(renewals['date'].dt.year.unique())\n"
                  "assert years[-1] - years[0] + 1 == len(years)  # no gap: one renewal every year\n"
                  "panel_years_in_a_row = len(years)"),
        explanation="Right: every year from 2010 to 2023, fourteen years without a gap, and every one of those texts "
                    "passed 15–0 with Russia voting yes. The US claim holds, but only if you count resolution "
                    "2094 "
                    "(March 2013): it renewed the Panel inside a sanctions resolution answering the third nuclear "
                    "test, so a filter on the stand-alone renewals misses 2013. The US statement is one side's "
                    "account; Russia's ambassador said in the same meeting that the Panel's work had been reduced to "
                    "'playing along with Western approaches'.",
        misconceptions=[
            Misconception(13,
                          "You counted the stand-alone renewals only (trigger 'panel mandate renewal'), and they "
                          "are rows, not consecutive years. In 2013 the renewal came inside another resolution: "
                          "look at the tags of the 2013 rows."),
            Misconception(10, "Ten is the unbroken run of stand-alone renewals, which starts after 2013. In 2013 "
                              "the mandate was extended too, inside a sanctions resolution — look at every row tagged "
                              "panel_of_experts, not only at the trigger."),
            Misconception(15, "You counted 2009 as well, but resolution 1874 created the Panel; renewing it began "
                              "the year after."),
            Misconception(16, "That is every tagged row, including the resolution that created the Panel and the "
                              "draft that was vetoed in 2024. Keep only adopted renewals, and count years.")]),
    Question(
        "q8", "Russia's first veto on the DPRK", var="first_veto_date", skill="lookup",
        kind=DateAnswer("2022-05-26"),
        prompt=("On what date did Russia **first** veto a Security Council text on the DPRK? Give the date "
                'as a string `"YYYY-MM-DD"`.'),
        placeholder='# a date string "YYYY-MM-DD"',
        hints=["Level 1: a veto is a 'no' vote by a permanent member.",
               "Level 2: `votes[votes['russia_vote'] == 'no'].sort_values('date')`.",
               "Level 3: take the earlier of the two rows."],
        solution="first_veto_date = votes.loc[votes['russia_vote'] == 'no', 'date'].min().strftime('%Y-%m-%d')",
        explanation="Right: 26 May 2022, together with China, against a US draft answering this year's ICBM "
                    "launches, at a time of what Jiji Press called 'heightened conflict' between the West and Russia and China over Ukraine.",
        misconceptions=[Misconception("2024-03-28", "That is the veto Russia cast alone, on the Panel of Experts. "
                                                     "There was an earlier one, cast together with another "
                                                     "permanent member.")]),
    Question(
        "q9", "What the evidence says about Russia's part", var="russia_role", skill="weigh evidence",
        kind=MultiChoiceAnswer(RUSSIA_ROLE, ["a", "b", "e", "g"]),
        prompt="Which of these statements does the lesson's evidence (its tables and the sources they cite) "
               "support? Give a list of letters.\n\n"
               + "\n".join(f"- **{k}**: {v}" for k, v in RUSSIA_ROLE.items()),
        placeholder='# a list of letters, e.g. ["a", "b"]',
        hints=["Level 1: check the venue column of `sessions`, and the votes on 1718.",
               "Level 2: the context table has a row on the Banco Delta Asia transfer; the commitments table has "
               "working-group chairs and fuel-oil shares (read the `note` of Russia's share).",
               "Level 3: for f and g read the `note` column of `votes` for resolutions 1695, 2270 and 2397: whose "
               "objections does each show, and in which years? A claim with 'often' needs more than two cases."],
        solution='russia_role = ["a", "b", "e", "g"]',
        explanation="Right: Russia chaired the peace-and-security working group, its banks moved the frozen funds in "
                    "June 2007, and it delivered its 200,000 t share of the fuel oil, completing the shipments in "
                    "January 2009 (CRS). In December 2017 it obtained 24 months instead of 12 for sending North "
                    "Korean workers home (Safronkov, via Izvestia). Every round met in Beijing, and Russia voted for "
                    "1718. Statement f goes beyond the evidence: Russia-specific bargaining is on record for 2016 "
                    "(resolution 2270) and 2017 (2397); the earliest case in the tables, resolution 1695 in 2006, "
                    "shows a likely Chinese veto, not a Russian one.",
        misconceptions=[
            Misconception(["a", "b", "c", "e", "g"], "Moscow hosted working-group meetings, not a round of the talks: "
                                                     "check the venue of every row in `sessions`."),
            Misconception(["a", "b", "d", "e", "g"], "Look up resolution 1718 in `votes`: how did Russia vote?"),
            Misconception(["a", "b", "e", "f", "g"], "Statement f says 'often' and 'from 2006 on'. The notes of "
                                                     "`votes` show Russian bargaining in 2016 and 2017 only; in "
                                                     "2006 (resolution 1695) the threat of a veto was China's. "
                                                     "Two cases in two years do not make 'often' since 2006.")]),
    Question(
        "q10", "Reflection: why a seat at the table mattered to Moscow", var="reflection", skill="reflect",
        kind=FreeTextAnswer(min_words=40),
        prompt=("**Reflection (not graded).** In 40–120 words: why did a seat at the six-party table matter "
                "to Moscow in 2003, and what did Russia do with it? Use at least one fact from the lesson. "
                "Write your text as a string."),
        placeholder="# a string of 40-120 words",
        hints=["Level 1: think of the April 2003 talks and who was not in the room.",
               "Level 2: name one thing Russia did inside the process (a working group, the frozen funds, fuel oil) "
               "and say what it gained or risked."],
        solution=('reflection = ("In April 2003 China, the US and North Korea met without Russia, although Moscow had '
                  'ties to Pyongyang. A seat at the table made Russia a recognised player in Northeast Asia; inside '
                  'the talks it chaired the peace-and-security working group, delivered fuel oil and moved the '
                  'frozen Banco Delta Asia funds through its banks — useful to everyone, and a way to keep channels '
                  'to both Koreas and to Washington open.")'),
        explanation="Points to discuss: status and recognition (Losyukov, June 2003: no DPRK issue 'without "
                    "consideration of Russia's interests'); a regional order rather than a bilateral US–DPRK deal "
                    "(the peace-and-security group); practical services (the BDA funds, fuel oil); the limits — "
                    "China hosted and chaired, Russia never shaped the core US–DPRK bargain; and how the 2022 and "
                    "2024 vetoes changed Russia's position."),
])

"""Realistic student answers for every question of every lesson, each with the outcome a
teacher would give: right answers written in other forms, near misses, typical mistakes, the
wrong type. Used by test_answer_corpus.py.

Each entry: (lesson, question, answer, expected status, misconception id or None). An answer
given as ``Code("...")`` is run in the notebook's namespace (the set-up cell's tables) and its
answer variable is checked, as when a student types code in the answer cell. An expected
misconception id of ``ANY_OTHER`` means "any message but a misconception's".
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd


class Code(str):
    """Answer-cell code: run it, then check the question's variable."""


C, P, I, X, R, N = "correct", "partly_correct", "incorrect", "could_not_check", "recorded", "not_attempted"

REFLECTION_OWN = (
    "Partly. Moscow kept doors open to both capitals for years: Putin went to Pyongyang in 2000 and to Seoul in "
    "2001, and in 2013 the Rajin rail link opened before Putin met Park. After 2022 the picture tilts north, with "
    "vetoes, a treaty and troops. Counting events cannot show which ties mattered more, such as trade volumes or "
    "private talks.")
REFLECTION_ECHO = ("balance balance balance the timeline the timeline Russia Russia balances between the two "
                   "Koreas " * 4)
WORD_REPEATED = " ".join(["strategy"] * 45)

STAKES = {"Russia": "a", "North Korea": "b", "United States": "c", "China": "d", "Japan": "e", "South Korea": "f"}
AGREEMENTS = ["Third-round Chairman's Statement", "Joint Statement", "Initial Actions", "Second-Phase Actions",
              "Verification communique"]
PROMISES = {"Joint Statement": "abandon all nuclear weapons and programs",
            "Initial Actions": "shut down and seal Yongbyon",
            "Second-Phase Actions": "disable Yongbyon and declare all programs"}
NINE = ["gas", "railways", "seaports", "electricity", "Arctic shipping routes", "shipbuilding", "job creation",
        "agriculture", "fisheries"]
EIGHT = ["gas", "railways", "seaports", "electricity", "Arctic route", "shipbuilding", "agriculture", "fisheries"]
PROJECTS = {"Railways": "Rajin–Khasan coal shipments", "Seaports": "Slavyanka feasibility study",
            "Electricity": "Northeast Asia super grid", "Shipbuilding": "Zvezda shipyard hulls",
            "Fisheries": "Vladivostok fish-processing cluster", "Gas": "Gazprom–KOGAS pipeline roadmap"}
STOPS = ["Busan", "Wonsan", "Chongjin", "Tumangang", "Khasan", "Vladivostok", "Moscow"]
CLAIMS = {"Russia supported the UNSC sanctions": "confirmed",
          "Russia continues to give denuclearisation high priority": "confirmed",
          "Russia made significant contributions to constraining the DPRK's nuclear ambitions": "qualified",
          "Sung Kim's January 2015 quotation": "qualified",
          "Moon at the Vladivostok forum 'last September'": "confirmed"}
PROPOSALS = {"suspension for suspension (2017)": "China", "pressure by tightening sanctions (2017)": "United States",
             "nine bridges with Russia (2017)": "South Korea",
             "no normalisation before the abductions are resolved": "Japan",
             "a law that puts its nuclear weapons beyond bargaining (2022)": "North Korea",
             "denuclearisation is a 'closed issue' (2024)": "Russia"}
EVENTS = ["first veto on new sanctions", "Vostochny summit", "veto ending the Panel of Experts",
          "Putin in Pyongyang signs the treaty", "monitoring team launched", "treaty enters into force",
          "Russia confirms North Korean troops"]


def swap(items, i, j):
    items = list(items)
    items[i], items[j] = items[j], items[i]
    return items


ENTRIES: list[tuple] = []


def add(lesson: str, qid: str, rows) -> None:
    for row in rows:
        answer, status, *rest = row
        ENTRIES.append((lesson, qid, answer, status, rest[0] if rest else None))


# ============================================================================ lesson 0
add("00", "q1", [
    ("2000-07-19", C), ("19 July 2000", C), ("July 19, 2000", C), ("19th July 2000", C), ("July 19th 2000", C),
    ("19.07.2000", C), ("19/07/2000", C), ("07/19/2000", C), ("2000/07/19", C), ("Wednesday, 19 July 2000", C),
    ("19-Jul-2000", C), ("Jul. 19, 2000", C), ("the 19th of July, 2000", C), (dt.date(2000, 7, 19), C),
    (pd.Timestamp("2000-07-19"), C),
    (Code("first_visit = events.loc[events['event_id'] == '2000-putin-visits-pyongyang', 'date'].iloc[0]"), C),
    ("2000-02-09", I, "q1-m1"), ("9 February 2000", I, "q1-m1"), ("2000-06-19", I, "q1-m2"), ("2000-07-20", I),
    ("2001-07-19", I), ("2000-08-19", I),
    ("July 2000", X), ("2000", X), ("19 July", X), ("during the G8 trip", X), (2000, X), (["2000-07-19"], X),
])
add("00", "q2", [
    ("North Korea", C), ("DPRK", C), ("D.P.R.K.", C), ("Democratic People's Republic of Korea", C),
    ("north korea", C), ("N. Korea", C), ("Korea (North)", C), ("Korea, North", C), ("Pyongyang", C),
    ("the DPRK", C), ("North-Korea", C), ("북한", C), ("КНДР", C), ("  North Korea. ", C),
    ("Russia", I, "q2-m1"), ("Russian Federation", I, "q2-m1"), ("South Korea", I, "q2-m2"), ("ROK", I, "q2-m2"),
    ("China", I), ("United States", I), ("Kim Jong-il", I), ("Japan", I),
    ("", X), (5, X), (["North Korea"], X),
])
Q3_00 = ["Friendship treaty", "First Six-Party round", "Debt agreement signed", "Crimea annexation",
         "Nine Bridges speech", "Vostochny summit"]
add("00", "q3", [
    (Q3_00, C), (tuple(Q3_00), C), (", ".join(Q3_00), C),
    (["2000 treaty", "first round", "debt deal", "crimea", "nine bridges", "vostochny"], C),
    ([s.lower() for s in Q3_00], C),
    (swap(Q3_00, 2, 3), P, "q3-m1"), (swap(Q3_00, 0, 1), P), (swap(Q3_00, 4, 5), P),
    (list(reversed(Q3_00)), I),
    (set(Q3_00), X), (Q3_00[:5], X), (Q3_00 + ["Korean War"], X), (Q3_00[:5] + ["Friendship treaty"], X),
])
add("00", "q4", [
    (Code("recent = events[events['date'].dt.year >= 2014]\nper_kind = recent['category'].value_counts()"), C),
    (Code("per_kind = events[events['date'] >= '2014-01-01']['category'].value_counts()"), C),
    (Code("per_kind = events[events['date'].dt.year >= 2014].groupby('category').size()"), C),
    (Code("per_kind = events[events['date'].dt.year >= 2014]['category'].value_counts().sort_index()"), C),
    (Code("per_kind = events[events['date'].dt.year >= 2014]['category'].value_counts().to_dict()"), C),
    (Code("per_kind = events['category'].value_counts()"), P, "q4-m1"),
    (Code("per_kind = events[events['date'].dt.year >= 2014]['category'].value_counts(normalize=True)"), I, "q4-m2"),
    (Code("per_kind = events[events['date'].dt.year > 2014]['category'].value_counts()"), P),
    (Code("per_kind = events[events['date'].dt.year < 2014]['category'].value_counts()"), I),
    (Code("per_kind = events[events['date'].dt.year >= 2014]"), X), ([5, 3, 2], X), ("summit", X),
])
add("00", "q5", [
    (["a", "c", "e"], C), ("a, c, e", C), (["A", "C", "E"], C), ({"a", "c", "e"}, C), (("e", "a", "c"), C),
    (["Russia has gained influence by balancing between the two Koreas",
      "The Ukraine crisis drew Russia and North Korea closer",
      "Economic links between South Korea and Russia could also benefit North Korea"], C),
    (["a", "b", "c", "e"], P, "q5-m1"), (["a", "c", "d", "e"], P, "q5-m2"), (["a", "c"], P), (["e"], P),
    (["b", "d"], I, "q5-m1"), (["d"], I, "q5-m2"),
    (["a", "z"], X), ("ace", X), (3, X),
])
add("00", "q6", [
    (STAKES, C), ({"RUS": "a", "DPRK": "b", "USA": "c", "PRC": "d", "Japan": "e", "ROK": "f"}, C),
    ({"Russian Federation": "A", "Korea (North)": "B", "U.S.": "C", "People's Republic of China": "D",
      "japan": "E", "Republic of Korea": "F"}, C),
    ({"Russia": "(a)", "North Korea": "(b)", "United States": "(c)", "China": "(d)", "Japan": "(e)",
      "South Korea": "(f)"}, C),
    ({**STAKES, "Russia": "d", "China": "a"}, P, "q6-m1"), ({**STAKES, "Japan": "f", "South Korea": "e"}, P),
    ({"Russia": "a", "China": "d", "Japan": "e"}, P),
    ({"Russia": "b", "North Korea": "c", "United States": "d", "China": "e", "Japan": "f", "South Korea": "a"}, I),
    ({**STAKES, "Russia": "z"}, X), ({**STAKES, "Mars": "a"}, X), (list(STAKES.items()), X),
])
add("00", "q7", [
    ("1995-09-10", C), ("10 September 1995", C), ("September 10, 1995", C), ("10.09.1995", C),
    (dt.date(1995, 9, 10), C), (pd.Timestamp("1995-09-10"), C),
    (Code('notice_by = pd.Timestamp("1996-09-10") - pd.DateOffset(years=1)'), C),
    (Code('notice_by = pd.Timestamp("1996-09-10") - pd.Timedelta(days=366)'), C),
    ("1997-09-10", I, "q7-m1"), ("1996-09-10", I, "q7-m2"), ("10 September 1996", I, "q7-m2"),
    ("2001-09-10", I, "q7-m3"), ("1995-09-07", I), ("1995-09-11", I), ("1961-07-06", I),
    ("1995", X), ("September 1995", X), ("a year before", X), (1995, X),
])
add("00", "q8", [
    ("b", C), ("B", C), ("(b)", C), (" b ", C),
    ("In 2001 Russia recorded understanding for the North's demand without making it its own", C),
    ("a", I, "q8-m1"), ("A", I, "q8-m1"), ("c", I, "q8-m2"),
    ("d", X), ("a and b", X), (["b"], X), (2, X),
])
VERDICTS_00 = {"a": "wrong", "b": "supported", "c": "wrong", "d": "wrong", "e": "contested"}
add("00", "q9", [
    (VERDICTS_00, C), ({k.upper(): v.upper() for k, v in VERDICTS_00.items()}, C),
    ({**VERDICTS_00, "a": "supported"}, P, "q9-m1"),
    ({**VERDICTS_00, "c": "supported"}, P, "q9-m2"), ({**VERDICTS_00, "d": "supported"}, P, "q9-m2"),
    ({**VERDICTS_00, "e": "wrong"}, P, "q9-m3"), ({**VERDICTS_00, "e": "supported"}, P, "q9-m3"),
    ({**VERDICTS_00, "b": "wrong"}, P), ({**VERDICTS_00, "b": "contested"}, P),
    ({"a": "wrong", "b": "supported"}, P),
    ({**VERDICTS_00, "e": "maybe"}, X), ({**VERDICTS_00, "f": "wrong"}, X), (list(VERDICTS_00.items()), X),
    ("wrong", X),
])
add("00", "q10", [
    (REFLECTION_OWN, R),
    (Code('reflection = ("Partly. In the 1990s Moscow dealt almost only with Seoul; from 2000 it rebuilt ties with '
          'Pyongyang while keeping Seoul, and in 2013 a Russian-rebuilt rail link to Rajin opened two months before '
          'Putin met Park Geun-hye in Seoul. After 2022 the balance tips: the 2024 treaty and the troops in Kursk are '
          'with the North only. The timeline counts events, but it cannot show how much each relationship '
          'mattered to Moscow.")'), R),
    ("Yes, Russia balances.", X), (WORD_REPEATED, X), (REFLECTION_ECHO, X), (42, X),
])

# ============================================================================ lesson 1
add("01", "q1", [
    (AGREEMENTS, C), (tuple(AGREEMENTS), C),
    (["chairman's statement", "joint statement", "february 13 agreement", "october 3 agreement",
      "press communique"], C),
    (["Third round Chairman's Statement", "Joint Statement", "Initial Actions", "Second Phase Actions",
      "Verification communiqué"], C),
    (swap(AGREEMENTS, 1, 2), P, "q1-m1"), (swap(AGREEMENTS, 3, 4), P), (swap(AGREEMENTS, 0, 4), P),
    (list(reversed(AGREEMENTS)), P),
    (set(AGREEMENTS), X), (AGREEMENTS[:4], X), (["Joint Statement"] * 5, X),
])
add("01", "q2", [
    (PROMISES, C),
    ({"Joint Statement": "abandon", "Initial Actions": "shut down", "Second-Phase Actions": "disable"}, C),
    ({"Joint Statement": "abandon all nuclear weapons and programmes", "Initial Actions": "shut down and seal Yongbyon",
      "Second-Phase Actions": "disable Yongbyon and declare all programmes"}, C),
    ({"joint statement": "Abandon all nuclear weapons and programs", "initial actions": "Shut down and seal Yongbyon",
      "second phase actions": "Disable Yongbyon and declare all programs"}, C),
    ({"Joint Statement": "abandon all nuclear weapons and programs", "Initial Actions": "disable Yongbyon and declare "
      "all programs", "Second-Phase Actions": "shut down and seal Yongbyon"}, P, "q2-m1"),
    ({"Joint Statement": "shut down", "Initial Actions": "abandon", "Second-Phase Actions": "disable"}, P),
    ({"Joint Statement": "shut down", "Initial Actions": "disable", "Second-Phase Actions": "abandon"}, I),
    ({"Joint Statement": "abandon"}, P),
    ({"Joint Statement": "z", "Initial Actions": "shut down", "Second-Phase Actions": "disable"}, X),
    ({"Joint Statement": 1, "Initial Actions": 2, "Second-Phase Actions": 3}, X), (["abandon", "shut down"], X),
])
DAYS = ("days = (sessions['end_date'] - sessions['start_date']).dt.days + 1\n")
add("01", "q3", [
    (Code(DAYS + "days_per_year = days.groupby(sessions['start_date'].dt.year).sum()"), C),
    (Code(DAYS + "days_per_year = days.groupby(sessions['start_date'].dt.year.astype(str)).sum()"), C),
    (Code(DAYS + "days_per_year = days.groupby(sessions['start_date'].dt.to_period('Y')).sum()"), C),
    (Code(DAYS + "days_per_year = days.groupby(sessions['start_date'].dt.year).sum().to_dict()"), C),
    (Code("s = sessions.assign(days=(sessions['end_date'] - sessions['start_date']).dt.days + 1)\n"
          "days_per_year = s.groupby(s['start_date'].dt.year)[['days']].sum()"), C),
    (Code("days = (sessions['end_date'] - sessions['start_date']).dt.days\n"
          "days_per_year = days.groupby(sessions['start_date'].dt.year).sum()"), I, "q3-m1"),
    (Code("days_per_year = sessions.groupby(sessions['start_date'].dt.year).size()"), I, "q3-m2"),
    (Code(DAYS + "days_per_year = days.groupby(sessions['end_date'].dt.year).sum()"), C),
    (Code(DAYS + "days_per_year = days.groupby(sessions['start_date'].dt.month).sum()"), I),
    (Code(DAYS + "days_per_year = days.groupby(sessions['start_date'].dt.year).mean()"), P),
    (Code("days_per_year = sessions"), X), ([13, 8, 5], X),
])
MERGE = ("votes['test_id'] = votes['trigger'].str.extract(r'(nt\\d)', expand=False)\n"
         "merged = tests.merge(votes.dropna(subset=['test_id']), on='test_id', suffixes=('_test', '_vote'))\n")
add("01", "q4", [
    (Code(MERGE + "test_to_resolution = (merged['date_vote'] - merged['date_test']).dt.days.set_axis(merged['test_id'])"), C),
    (Code(MERGE + "test_to_resolution = merged.set_index('test_id').eval('date_vote - date_test').dt.days"), C),
    ({"nt1": 5, "nt2": 18, "nt3": 23, "nt4": 56, "nt5": 82, "nt6": 8}, C),
    (Code(MERGE + "test_to_resolution = (merged['date_test'] - merged['date_vote']).dt.days.set_axis(merged['test_id'])"), I, "q4-m1"),
    ({"nt1": 5, "nt2": 18, "nt3": 23, "nt4": 56, "nt5": 82, "nt6": 9}, P),
    ({"nt1": -1, "nt2": -2, "nt3": -3, "nt4": -4, "nt5": -5, "nt6": -6}, I),
    ([5, 18, 23, 56, 82, 8], X), (Code(MERGE + "test_to_resolution = merged"), X),
])
add("01", "q5", [
    ("c", C), ("C", C), ("(c)", C), ("Northeast Asia Peace and Security Mechanism", C), (" c ", C),
    ("a", I, "q5-m1"), ("b", I, "q5-m2"), ("d", I), ("Normalization of DPRK-Japan relations", I),
    ("e", X), (3, X), (["c"], X),
])
add("01", "q6", [
    (2008, C), ("2008", C), ("2008.", C), ("December 2008", C), ("Dec 2008", C), ("in 2008", C), (2008.0, C),
    (pd.Timestamp("2008-12-11"), C), (Code("last_meeting_year = sessions['end_date'].max().year"), C),
    (Code("last_meeting_year = sessions['end_date'].max()"), C), ("11 December 2008", C),
    (2007, I, "q6-m1"), ("2007", I, "q6-m1"), (2009, I, "q6-m2"), ("April 2009", I, "q6-m2"), (2003, I),
    ("2003-2008", X), ("two thousand eight", X), (20.08, X), ("8-11 December 2008", X),
])
PANEL = ("panel = votes[votes['measure_tags'].fillna('').str.contains('panel_of_experts') "
         "& (votes['adopted'] == True)]\n")
add("01", "q7", [
    (Code(PANEL + "renewals = panel[~panel['main_measures'].str.contains('creates the Panel')]\n"
                  "panel_years_in_a_row = renewals['date'].dt.year.nunique()"), C),
    (Code(PANEL + "years = panel['date'].dt.year\n"
                  "panel_years_in_a_row = int(years[years > 2009].max() - years[years > 2009].min() + 1)"), C),
    (14, C), ("14", C), ("14 years", C), (14.0, C), ("fourteen", X),
    (Code("panel_years_in_a_row = int(((votes['trigger'] == 'panel mandate renewal') & (votes['adopted'] == True)).sum())"),
     I, "q7-m1"), (13, I, "q7-m1"),
    (10, I, "q7-m2"), (Code(PANEL + "panel_years_in_a_row = panel['date'].dt.year.nunique()"), I, "q7-m3"),
    (16, I, "q7-m4"), (Code("panel_years_in_a_row = int(votes['measure_tags'].fillna('').str.contains('panel').sum())"),
                      I, "q7-m4"),
    (26, I), ("all of them", X), (Code("panel_years_in_a_row = votes['measure_tags']"), X),
])
add("01", "q8", [
    ("2022-05-26", C), ("26 May 2022", C), ("May 26, 2022", C), ("26/05/2022", C), ("05/26/2022", C),
    ("26th May 2022", C), ("Thursday 26 May 2022", C), ("26.05.2022", C),
    (Code("first_veto_date = votes.loc[votes['russia_vote'] == 'no', 'date'].min()"), C),
    ("2024-03-28", I, "q8-m1"), ("28 March 2024", I, "q8-m1"), ("2022-05-27", I), ("2022-06-26", I),
    ("May 2022", X), ("26.5.22", X), (2022, X),
])
add("01", "q9", [
    (["a", "b", "e", "g"], C), ("a,b,e,g", C), ({"a", "b", "e", "g"}, C), (["G", "E", "B", "A"], C),
    (["a", "b", "c", "e", "g"], P, "q9-m1"), (["a", "b", "d", "e", "g"], P, "q9-m2"),
    (["a", "b", "e", "f", "g"], P, "q9-m3"), (["a", "b", "e"], P), (["a"], P),
    (["c", "d", "f"], I),
    (["a", "h"], X), (["a", "b", "e", 5], X),
])
add("01", "q10", [
    (Code('reflection = ("In April 2003 China, the US and North Korea met without Russia, although Moscow had '
          'ties to Pyongyang. A seat at the table made Russia a recognised player in Northeast Asia; inside '
          'the talks it chaired the peace-and-security working group, delivered fuel oil and moved the '
          'frozen Banco Delta Asia funds through its banks.")'), R),
    ("Being excluded from the April 2003 meeting in Beijing showed Moscow it could lose influence over a "
     "neighbour. Inside the six-party process it chaired the peace and security group, shipped heavy fuel oil "
     "and helped move frozen bank funds, which kept it useful to Washington and Pyongyang alike.", R),
    ("It mattered a lot.", X), (WORD_REPEATED, X), (None, X),
])

# ============================================================================ lesson 2
add("02", "q1", [
    (1.096, C), ("1.096", C), (1.09, C), ("1.09 billion", C), ("1,09", C), ("$1.09bn", C), (1_096_000_000, C),
    ("1096 million", C), ("USD 1.1 bn", C), (Code("remainder_bn = 10.96 * (1 - 0.90)"), C), ("1.09 bn USD", C),
    (9.864, I, "q1-m1"), ("9.86 billion", I, "q1-m1"), (10.96, I, "q1-m2"), (1096, I, "q1-m3"), (0.1096, I),
    (1.2, I),
    ("ten percent of the debt", X), ("1.09-1.1", X), (None, X),
])
add("02", "q2", [
    (Code("pv_bn = sum(27.25e6 / 1.05 ** (k / 2) for k in range(1, 41)) / 1e9"), C),
    (Code("pv_bn = sum(27.25 / 1.05 ** (k / 2) for k in range(1, 41)) / 1000"), C),
    (Code("pv_bn = repayment_schedule(1.09e9, 0, 20, 2, 5).present_value_usd / 1e9"), C),
    (Code("pv_bn = round(sum(27.25e6 / 1.05 ** (k / 2) for k in range(1, 41)) / 1e9, 3)"), C),
    (Code("pv_bn = sum(27.25e6 / 1.05 ** (k / 2) for k in range(1, 41))"), C),
    (1.09, I, "q2-m1"), (0.4676, I, "q2-m2"), (0.4108, I, "q2-m3"), (0.5, I), (0.75, I),
    ("about two thirds", X), ([0.69], X),
])
add("02", "q3", [
    (["a", "b"], C), (["b", "a"], C), ("a, b", C), ({"a", "b"}, C), ("A;B", C),
    (["a"], P, "q3-m1"), (["b"], P, "q3-m2"), (["a", "b", "d"], P, "q3-m3"), (["a", "b", "c"], P),
    (["c", "d"], I),
    (["a", "b", "x"], X), ("a and b", X),
])
add("02", "q4", [
    (["a", "b", "d"], C), (["d", "b", "a"], C), ("a, b, d", C), ({"a", "b", "d"}, C), ("A;B;D", C),
    (["a", "b", "c", "d"], P, "q4-m1"), (["a", "d"], P, "q4-m2"), (["a", "b", "d", "e"], P, "q4-m3"),
    (["b", "d"], P, "q4-m4"), (["a"], P), (["c", "e"], I),
    (["a", "b", "z"], X), ("a and b and d", X),
])
add("02", "q5", [
    (2018, C), ("2018", C), ("in 2018", C), (Code("highest = trade.groupby('year')['total_usd_million'].max()\n"
                                             "from_year = 2018"), C),
    (2017, I, "q5-m1"), (2019, I, "q5-m2"), (2023, I, "q5-m3"), (2013, I, "q5-m4"), (2020, I), (2024, I),
    ("from 2018 to 2024", X), ("eighteen", X),
])
add("02", "q6", [
    (Code("total_by_year = trade.groupby('year')['total_usd_million'].mean()"), C),
    (Code("total_by_year = trade.groupby('year').total_usd_million.agg('mean')"), C),
    (Code("total_by_year = trade.pivot_table(index='year', values='total_usd_million', aggfunc='mean', "
          "dropna=False)['total_usd_million'].reindex(sorted(trade['year'].unique()))"), C),
    (Code("total_by_year = trade.groupby('year')['total_usd_million'].sum()"), P, "q6-m1"),
    (Code("total_by_year = trade.groupby('year')['total_usd_million'].first()"), P, "q6-m2"),
    (Code("total_by_year = trade.groupby('year')['total_usd_million'].max()"), P),
    (Code("total_by_year = trade.groupby('year')['total_usd_million'].mean().fillna(0)"), P),
    (Code("total_by_year = trade.groupby('year')['total_usd_million'].count()"), I),
    (Code("total_by_year = trade"), X), (92.7, X),
])
add("02", "q7", [
    (Code('reflection = ("Mostly strategy. Russia gave up a claim of about 11 bn USD at the Soviet rate, but at '
          'market rates the whole debt was estimated at only about 0.24 bn, and it could not be collected anyway. '
          'In return it cleared an obstacle to projects such as Khasan-Rajin and kept about 1.09 bn to spend '
          'inside the DPRK on its own terms.")'), R),
    ("Generosity is the wrong word: a debt nobody could collect cost Moscow little, about 0.24 bn USD at "
     "market rates against a face value near 11 bn. Writing it off bought goodwill in Pyongyang, opened the "
     "Rajin port project and impressed Seoul, although the pipeline and the trade target never came.", R),
    ("Strategy.", X), (WORD_REPEATED, X), (["strategy"] * 50, X),
])


# ============================================================================ lesson 3
add("03", "q1", [
    (Code('nine_sectors = list(bridges["sector"])'), C), (NINE, C), (set(NINE), C), (", ".join(NINE), C),
    (["natural gas", "rail", "ports", "power grid", "Northern Sea Route", "ships", "jobs", "farming", "fishing"], C),
    (["Gas", "Railways", "Seaports", "Electricity", "Arctic shipping routes", "Shipbuilding", "Job creation (labour)",
      "Agriculture", "Fisheries"], C),
    (EIGHT + ["oil"], P, "q1-m1"), (EIGHT, P, "q1-m2"), (EIGHT + ["coal"], P), (EIGHT + ["oil and gas"], P),
    (NINE + ["oil", "coal", "tourism", "finance", "IT"], P), (NINE + ["nuclear power"], P),
    (NINE[:3], P), (["oil"], I), (["tourism", "banking"], I),
    ([], X), (9, X), ([1, 2, 3], X),
])
add("03", "q2", [
    (PROJECTS, C),
    ({"rail": "Rajin-Khasan", "ports": "Slavyanka", "power": "super grid", "ships": "Zvezda",
      "fishing": "fish cluster", "natural gas": "Gazprom-KOGAS"}, C),
    ({k.lower(): v.lower() for k, v in PROJECTS.items()}, C),
    (dict(PROJECTS, Railways=PROJECTS["Seaports"], Seaports=PROJECTS["Railways"]), P, "q2-m1"),
    (dict(PROJECTS, Electricity=PROJECTS["Gas"], Gas=PROJECTS["Electricity"]), P, "q2-m2"),
    (dict(PROJECTS, Shipbuilding=PROJECTS["Fisheries"], Fisheries=PROJECTS["Shipbuilding"]), P),
    ({"Railways": "Rajin-Khasan"}, P),
    ({"Railways": "Slavyanka", "Seaports": "super grid", "Electricity": "Zvezda", "Shipbuilding": "fish cluster",
      "Fisheries": "Gazprom-KOGAS", "Gas": "Rajin-Khasan"}, I),
    (dict(PROJECTS, Railways="Trans-Siberian"), X), (list(PROJECTS.values()), X),
])
BOTH = 'both = trade.dropna(subset=["rok_exports_usd_million", "rok_imports_usd_million"]).set_index("year")\n'
add("03", "q3", [
    (Code(BOTH + 'balance = both["rok_exports_usd_million"] - both["rok_imports_usd_million"]'), C),
    (Code(BOTH + 'balance = (both["rok_exports_usd_million"] - both["rok_imports_usd_million"]).rename(index=str)'), C),
    (Code('t = trade.set_index("year")\nbalance = (t["rok_exports_usd_million"] - t["rok_imports_usd_million"]).dropna()'), C),
    (Code(BOTH + 'balance = both["rok_imports_usd_million"] - both["rok_exports_usd_million"]'), I, "q3-m1"),
    (Code('balance = trade.set_index("year")["rok_exports_usd_million"] - '
          'trade.set_index("year")["rok_imports_usd_million"]'), P, "q3-m2"),
    (Code(BOTH + 'balance = both["rok_exports_usd_million"] + both["rok_imports_usd_million"]'), I),
    (Code(BOTH + 'balance = (both["rok_exports_usd_million"] - both["rok_imports_usd_million"]).round(-2)'), P),
    (Code(BOTH + 'balance = both'), X), (-10200, X),
])
add("03", "q4", [
    (Code('totals = trade.set_index("year")["total_usd_million"]\n'
          'growth = (totals[2022] - totals[2021]) / totals[2021] * 100'), C),
    (-22.6, C), ("-22.6%", C), ("−22,6 %", C), ("-22.64", C), ("minus 22.6 percent", C),
    (Code('totals = trade.set_index("year")["total_usd_million"]\ngrowth = (totals[2022] / totals[2021] - 1) * 100'), C),
    (22.64, I, "q4-m1"), ("22.6%", I, "q4-m1"), (-29.27, I, "q4-m2"), (-0.2264, I), (-20, I), (-2.26, I),
    ("fell by 22.6%", X), ("-22.6 to -23", X),
])
add("03", "q5", [
    (STOPS, C), (["Pusan", "Wŏnsan", "Ch'ongjin", "Tumangang", "Hasan", "Vladivostok", "Moskva"], C),
    ([s.upper() for s in STOPS], C), (" → ".join(STOPS).replace(" → ", ", "), C),
    (swap(STOPS, 3, 4), P, "q5-m1"), (swap(STOPS, 4, 5), P, "q5-m2"), (swap(STOPS, 1, 2), P, "q5-m3"),
    (swap(STOPS, 0, 1), P), (list(reversed(STOPS)), P),
    (set(STOPS), X), (["Busan", "Moscow"], X), (STOPS[:6] + ["Beijing"], X),
    (["Busan", "Seoul", "Pyongyang", "Tumangang", "Khasan", "Vladivostok", "Moscow"], X),
])
add("03", "q6", [
    ("a", C), ("A", C), ("(a)", C),
    ("Seoul suspended its part in 2016, after a North Korean nuclear test — before the Nine Bridges speech.", C),
    ("b", I, "q6-m1"), ("c", I, "q6-m2"), ("d", I, "q6-m3"),
    ("e", X), (1, X),
])
add("03", "q7", [
    ("b", C), ("B", C), ("(b)", C),
    ("a", I, "q7-m1"), ("A)", I, "q7-m1"), ("c", I, "q7-m2"), ("d", I, "q7-m3"),
    ("e", X), (2, X), (["b"], X),
])
add("03", "q8", [
    (Code('reflection = ("Economic links can lower the cost of cooperation and give each side a stake, but the '
          'Nine Bridges show the limits: every land link needed North Korea, and sanctions over its nuclear '
          'tests (2016) and over Russia\'s war (2022) cut the projects that existed.")'), R),
    ("Only up to a point. Trains, pipes and power lines from Russia to the South all had to cross the North, so "
     "each depended on Pyongyang behaving; when it tested bombs in 2016 Seoul itself froze Rajin-Khasan. Ships "
     "and the Arctic route worked better until the 2022 war brought sanctions of a different kind.", R),
    ("Yes.", X), (WORD_REPEATED, X),
])

# ============================================================================ lesson 4
add("04", "q1", [
    ("b", C), ("B", C), (" (b) ", C),
    ("The international arm of China's state broadcaster (CCTV, in the China Media Group)", C),
    ("a", I, "q1-m1"), ("c", I, "q1-m2"), ("d", I), ("A Russian state television channel", I, "q1-m2"),
    ("cgtn", X), (2, X),
])
add("04", "q2", [
    (CLAIMS, C),
    ({"sanctions": "confirmed", "denuclearization": "confirmed", "contributions": "qualified",
      "Sung Kim": "qualified", "Moon": "confirmed"}, C),
    ({k: v.capitalize() for k, v in CLAIMS.items()}, C),
    ({**CLAIMS, "Russia continues to give denuclearisation high priority": "contradicted"}, P, "q2-m1"),
    ({**CLAIMS, "Russia supported the UNSC sanctions": "contradicted"}, P, "q2-m2"),
    ({**CLAIMS, "Sung Kim's January 2015 quotation": "confirmed"}, P, "q2-m3"),
    ({**CLAIMS, "Sung Kim's January 2015 quotation": "unverifiable"}, P, "q2-m4"),
    ({**CLAIMS, "Russia made significant contributions to constraining the DPRK's nuclear ambitions": "confirmed"},
     P, "q2-m5"),
    ({**CLAIMS, "Russia supported the UNSC sanctions": "contradicted",
      "Russia continues to give denuclearisation high priority": "contradicted"}, P),
    ({k: "confirmed" for k in CLAIMS}, P),
    ({k: "unverifiable" for k in list(CLAIMS)[:4]}, I),
    ({**CLAIMS, "Moon at the Vladivostok forum 'last September'": "true"}, X), ({"Putin": "confirmed"}, X),
])
add("04", "q3", [
    (["a", "b", "c"], C), (["c", "b", "a"], C), ("a, b, c", C), ({"a", "b", "c"}, C),
    (["a", "b", "c", "e"], P, "q3-m1"), (["a", "b", "c", "d"], P, "q3-m2"), (["a", "b"], P, "q3-m3"),
    (["a"], P), (["b", "c", "f"], P),
    (["d", "e", "f"], I), (["e"], I),
    (["x"], X), (["sanctions"], X),
])
add("04", "q4", [
    (["a", "c", "e"], C), (["e", "a", "c"], C), ("a, c, e", C), ({"a", "c", "e"}, C),
    (["c", "e"], P, "q4-m1"), (["a", "e"], P, "q4-m2"), (["a", "c", "d", "e"], P, "q4-m3"),
    (["a", "c"], P), (["a", "b", "c", "e"], P),
    (["b", "d", "f"], I), (["f"], I),
    (["z"], X), (["China"], X),
])
add("04", "q5", [
    ("c", C), ("C", C), ("(c)", C),
    ("e", I, "q5-m1"), ("b", I, "q5-m2"), ("a", I),
    ("z", X), (2014, X),
])
add("04", "q6", [
    (PROPOSALS, C),
    ({k: {"China": "PRC", "United States": "USA", "South Korea": "ROK", "Japan": "Japan", "North Korea": "DPRK",
          "Russia": "Russian Federation"}[v] for k, v in PROPOSALS.items()}, C),
    ({k: {"China": "Beijing", "United States": "Washington", "South Korea": "Seoul", "Japan": "Tokyo",
          "North Korea": "Pyongyang", "Russia": "Moscow"}[v] for k, v in PROPOSALS.items()}, C),
    ({k: {"China": "中国", "United States": "U.S.", "South Korea": "S. Korea", "Japan": "日本",
          "North Korea": "Korea (North)", "Russia": "Россия"}[v] for k, v in PROPOSALS.items()}, C),
    ({"dual suspension": "China", "maximum pressure": "US", "nine bridges": "South Korea", "abductions": "Japan",
      "nuclear law": "North Korea", "closed issue": "Russia"}, C),
    ({**PROPOSALS, "suspension for suspension (2017)": "Russia", "denuclearisation is a 'closed issue' (2024)": "China"},
     P, "q6-m1"),
    ({**PROPOSALS, "no normalisation before the abductions are resolved": "South Korea"}, P, "q6-m2"),
    ({**PROPOSALS, "nine bridges with Russia (2017)": "Russia"}, P),
    ({k: "Russia" for k in PROPOSALS}, P),
    ({**PROPOSALS, "suspension for suspension (2017)": "Mars"}, X), ({**PROPOSALS, "nine bridges": "z"}, X),
])
SHARE_FN = ("def dprk_share(c):\n"
            "    w = evidence.pivot_table(index='period', columns=c, values='weight', aggfunc='sum', fill_value=0)\n"
            "    return w['DPRK'] / (w['DPRK'] + w['ROK'])\n")
CODING_NAMES = "['korea_rule', 'nonproliferation', 'contacts_only']"
add("04", "q7", [
    (Code(SHARE_FN + f"shares = pd.DataFrame({{c: dprk_share(c) for c in {CODING_NAMES}}})"), C),
    (Code(SHARE_FN + f"shares = pd.DataFrame({{c: dprk_share(c) for c in {CODING_NAMES}}}).round(3)"), C),
    (Code(SHARE_FN + f"shares = pd.concat([dprk_share(c).rename(c) for c in {CODING_NAMES}], axis=1)"), C),
    (Code("def share_of_all(c):\n"
          "    w = evidence.pivot_table(index='period', columns=c, values='weight', aggfunc='sum', fill_value=0)\n"
          "    return w['DPRK'] / w.sum(axis=1)\n"
          f"shares = pd.DataFrame({{c: share_of_all(c) for c in {CODING_NAMES}}})"), P, "q7-m1"),
    (Code("def count_share(c):\n"
          "    n = evidence.groupby(['period', c]).size().unstack(fill_value=0)\n"
          "    return n['DPRK'] / (n['DPRK'] + n['ROK'])\n"
          f"shares = pd.DataFrame({{c: count_share(c) for c in {CODING_NAMES}}})"), P, "q7-m2"),
    (Code(SHARE_FN + f"shares = pd.DataFrame({{c: 1 - dprk_share(c) for c in {CODING_NAMES}}})"), I),
    (0.5, X),
])
add("04", "q8", [
    (["a", "b", "e"], C), ({"a", "b", "e"}, C), ("a, b, e", C),
    (["a", "b", "c", "e"], P, "q8-m1"), (["a", "e", "f"], P, "q8-m2"), (["e"], P, "q8-m3"), (["a", "b"], P),
    (["c", "d", "f"], I),
    (["a", "z"], X),
])
add("04", "q9", [
    (Code('conclusion = ("Not since 2022. I use the non-proliferation coding: a vote for sanctions served the '
          'Security Council, not Seoul. Under it, and under the Korea rule and contacts only, nearly all of '
          'Russia\'s weighted engagement in 2022-2025 went to Pyongyang: the vetoes of May 2022 and March 2024, '
          'Kim at Vostochny in September 2023, Putin in Pyongyang with the treaty in June 2024 and the troops sent '
          'from October 2024. What cuts against me: trade with Seoul was still about 21 billion USD in 2022, '
          'hundreds of times the trade with the North, and Moscow warned Seoul instead of breaking ties. Earlier '
          'years were different: the early 2000s were balanced, and around 2010 Medvedev met Lee Myung-bak four '
          'times. Counting acts ignores how much each mattered, and the weights are our judgement. A summit with '
          'Seoul or an end to the military cooperation would change my view.")'), R),
    ("Russia is still balancing.", X), (" ".join(["evidence"] * 130), X),
])

# ---------------------------------------------------------------- the blank and other types, for every question
BLANK_AND_TYPES = [(..., N), (None, X)]

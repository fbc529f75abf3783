"""Lesson 1 words: the text descriptions of the lesson's figures and explorers.
"""
from __future__ import annotations

from typing import Sequence

import pandas as pd

from ...data import PARTY_NAMES, date_words
from ...formatting import join_words, year_range
from .data import MEASURE_LABELS, head_changes, russia_vote_summary, session_table, votes_by_year


def describe_days_per_year(per_year: pd.Series) -> str:
    """Text description of the days-at-the-table bar chart."""
    if per_year.empty:
        return "No meetings to show."
    total = int(per_year.sum())
    busiest = int(per_year.idxmax())
    years = [int(y) for y in per_year.index]
    missing = [y for y in range(min(years), max(years) + 1) if y not in years]
    parts = [f"Bar chart of the days the six parties spent in meetings each year, "
             f"{year_range(min(years), max(years))}: "
             + join_words([f"{int(d)} in {int(y)}" for y, d in per_year.items()]) + f" ({total} days in all)."]
    parts.append(f"The busiest year was {busiest} with {int(per_year.max())} days.")
    if missing:
        parts.append(f"There were no meetings in {join_words([str(y) for y in missing])}.")
    return " ".join(parts)


def describe_process(sessions: pd.DataFrame, context: pd.DataFrame) -> str:
    """Text description of the whole process (used for the figure and the explorer)."""
    table = session_table(sessions)
    first, last = table.iloc[0], table.iloc[-1]
    rounds = table["round"].nunique()
    years = sorted(set(table["start_date"].dt.year))
    gap = [y for y in range(years[0], years[-1] + 1) if y not in years]
    walkout = context[context["title"].str.contains("quits", case=False)]
    text = (f"Timeline of the Six-Party Talks: {len(table)} meetings in {rounds} rounds, all in Beijing, from "
            f"{date_words(first['start_date'])} to {date_words(last['end_date'])}, shown with {len(context)} events around them.")
    if gap:
        text += f" No meeting took place in {join_words([str(y) for y in gap])}."
    if not walkout.empty:
        text += f" The last event is the DPRK's walkout on {date_words(walkout.iloc[-1]['date'])}."
    return text


def describe_lags(lags: pd.DataFrame) -> str:
    done = lags.dropna(subset=["days"])
    if done.empty:
        return "No test has a matching resolution."
    fastest, slowest = done.loc[done["days"].idxmin()], done.loc[done["days"].idxmax()]
    items = [f"{r['test_date']:%Y} test → {r['document'].split(' ')[0].replace('S/RES/', 'resolution ')}: {int(r['days'])} days"
             for _, r in done.iterrows()]
    return (f"Bar chart of the days from each of the {len(lags)} DPRK nuclear tests to the Security Council "
            f"resolution that answered it: {join_words(items)}. The fastest answer took {int(fastest['days'])} days "
            f"({fastest['test_date']:%Y}), the slowest {int(slowest['days'])} days ({slowest['test_date']:%B %Y}). "
            f"The median is {int(done['days'].median())} days.")


def describe_votes_by_year(votes: pd.DataFrame) -> str:
    table = votes_by_year(votes)
    summary = russia_vote_summary(votes)
    adopted = votes[votes["adopted"] == True]  # noqa: E712
    vetoes = votes[votes["russia_vote"] == "no"]
    busiest = table["sanctions resolution"].idxmax()
    veto_text = join_words([f"{date_words(r['date'])} ({'with China' if r['china_vote'] == 'no' else 'alone, China abstaining' if r['china_vote'] == 'abstain' else ''})"
                            for _, r in vetoes.sort_values("date").iterrows()])
    return (f"Stacked bar chart of the {len(votes)} Security Council votes on the DPRK by year, {table.index.min()}–"
            f"{table.index.max()}: {int(table['sanctions resolution'].sum())} sanctions resolutions, "
            f"{int(table['panel renewal'].sum())} Panel of Experts renewals and {int(table['vetoed draft'].sum())} vetoed drafts. "
            f"All {len(adopted)} adopted resolutions passed {int(adopted['votes_for'].min())}–0 with Russia in favour. "
            f"The busiest sanctions year was {busiest} with {int(table.loc[busiest, 'sanctions resolution'])} resolutions. "
            f"Russia voted yes {int(summary['yes'])} times and cast {int(summary['no'])} vetoes: {veto_text}."
            + _undated_note(votes))


def _undated_note(votes: pd.DataFrame) -> str:
    """A sentence naming the votes whose day the sources did not give (plotted in their year)."""
    if "date_precision" not in votes:
        return ""
    undated = votes[votes["date_precision"] == "year"]
    if undated.empty:
        return ""
    names = join_words([f"{d.split(' ')[0].replace('S/RES/', '')} ({int(y)})"
                        for d, y in zip(undated["document"], undated["date"].dt.year)])
    if len(undated) == 1:
        return f" The table gives only the year of resolution {names}; it is counted in that year."
    return f" The table gives only the year of resolutions {names}; each is counted in its year."


def describe_sanctions(shown: pd.DataFrame, years: tuple[int, int], measures: Sequence[str]) -> str:
    first, last = sorted(int(y) for y in years)
    n_tests = int((shown["kind"] == "nuclear_test").sum())
    n_launches = int((shown["kind"] == "launch").sum())
    votes = shown[shown["kind"].str.startswith("vote")]
    measure_text = ("all measures" if len(measures) == len(MEASURE_LABELS)
                    else "no measure" if not measures
                    else join_words([MEASURE_LABELS[m].lower() for m in measures]))
    text = (f"Timeline {year_range(first, last)} with {n_tests} nuclear test{'s' if n_tests != 1 else ''}, "
            f"{n_launches} long-range launch{'es' if n_launches != 1 else ''} and {len(votes)} Security Council "
            f"vote{'s' if len(votes) != 1 else ''} involving {measure_text}.")
    if len(votes):
        counts = votes["russia_vote"].value_counts()
        text += (f" Russia voted yes {int(counts.get('yes', 0))} times, vetoed {int(counts.get('no', 0))} and "
                 f"abstained {int(counts.get('abstain', 0))}.")
        vetoes = votes[votes["russia_vote"] == "no"]
        if not vetoes.empty:
            text += " Russian vetoes: " + join_words([date_words(d) for d in vetoes["date"]]) + "."
        last_vote = votes.iloc[-1]
        text += f" The last vote shown is {last_vote['what']} ({date_words(last_vote['date'], last_vote['date_precision'])})."
    else:
        text += " No vote matches these choices."
    return text


def _runs(numbers) -> str:
    """[1, 2, 8, 9, 11] -> '1–2, 8–9 and 11'."""
    numbers = sorted(int(n) for n in numbers)
    runs, start = [], numbers[0]
    for prev, cur in zip(numbers, numbers[1:] + [None]):
        if cur != prev + 1:
            runs.append(f"{start}–{prev}" if prev != start else str(start))
            start = cur
    return join_words(runs)


def describe_delegations(heads: pd.DataFrame, party: str = "RUS") -> str:
    """Text description of the delegations chart: who led ``party``'s delegation when, and at what rank,
    compared with how often the other parties changed their head."""
    changes = head_changes(heads)
    own = heads[heads["party"] == party].sort_values("meeting")
    name = PARTY_NAMES.get(party, party)
    people = [f"{h.split(' ')[-1]} (meeting{'s' if len(g) > 1 else ''} {_runs(g['meeting'])})"
              for h, g in own.groupby("head", sort=False)]
    others = [f"{PARTY_NAMES.get(p, p)} {int(r['people'])} people and {int(r['changes'])} "
              f"change{'s' if int(r['changes']) != 1 else ''}" for p, r in changes.iterrows() if p != party]
    below = own[own["rank"] == "ambassador"]
    text = (f"Chart of the heads of delegation of the six parties at the {heads['meeting'].nunique()} meetings, "
            f"{heads['start_date'].min():%Y}–{heads['start_date'].max():%Y}; the marker gives the rank the title "
            f"shows, and a name marks each new head. {name} sent {int(changes.loc[party, 'people'])} different "
            f"people and changed its head {int(changes.loc[party, 'changes'])} times: {join_words(people)}. "
            f"The others: {join_words(others)}.")
    if not below.empty:
        text += (f" {name}'s head held an ambassador's rank rather than a deputy minister's at "
                 f"{len(below)} meeting{'s' if len(below) != 1 else ''}: "
                 + join_words([f"{r['start_date']:%B %Y} ({r['head']}, {r['title']})" for _, r in below.iterrows()])
                 + ".")
    return text


def describe_meeting_heads(heads: pd.DataFrame, session_id: str, party: str = "RUS") -> str:
    """One sentence comparing ``party``'s head at one meeting with the other heads and with its usual rank."""
    rows = heads[heads["session_id"] == session_id]
    own = rows[rows["party"] == party]
    if own.empty:
        return f"{PARTY_NAMES.get(party, party)}'s head of delegation is not recorded for this meeting."
    r = own.iloc[0]
    usual = heads[heads["party"] == party]["rank"].mode().iloc[0]
    deputies = [PARTY_NAMES.get(p, p) for p in rows.loc[(rows["rank"] == "deputy minister")
                                                        & (rows["party"] != party), "party"]]
    text = f"{PARTY_NAMES.get(party, party)}'s head was {r['head']} ({r['title']}; rank: {r['rank']})"
    text += ", a new head since the previous meeting" if bool(r["new_head"]) else ""
    if r["rank"] != usual and r["rank"] != "title not given":
        text += f", below the {usual} rank {PARTY_NAMES.get(party, party)} sent to most meetings"
    text += "."
    if deputies:
        text += f" Deputy ministers led the delegations of {join_words(deputies)}."
    return text

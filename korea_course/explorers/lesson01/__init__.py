"""Lesson 1 — The Six-Party Talks and the sanctions votes: the round-by-round explorer and the
sanctions explorer (``round_view`` / ``sanctions_view`` and their ``*_explorer`` wrappers).

In the notebook, figures are drawn by ``draw_*`` into a figure made by ``new_figure`` and shown
with ``show_figure(fig, describe_*(…))``.

The lesson's code by concern: ``data`` (tables in, tables out: what exercises import), ``text``
(descriptions and keys), ``style`` (colours, markers and line styles that figures draw and keys
name), ``figures`` (matplotlib). This module holds the views — pure functions, data in, ``View``
out — and the thin ``*_explorer`` wrappers that put controls on them, and re-exports every name
the notebook, the exercises and the tests use.
"""
from __future__ import annotations

from typing import Sequence

import pandas as pd

from ...data import PARTY_NAMES, date_words, load_table, split_multi
from ...formatting import year_range
from ...widgets import Explorer, View, dropdown, multi_picker, year_range_slider
from .data import (
    MEASURE_LABELS, filter_sanctions, negotiation_days_per_year, process_events, response_lags,
    russia_vote_summary, sanctions_events, session_label, session_table, vote_category, votes_by_year,
)
from .style import SANCTION_ROWS
from .text import (
    describe_days_per_year, describe_lags, describe_process, describe_sanctions, describe_votes_by_year,
)
from .figures import draw_days_per_year, draw_lags, draw_process, draw_sanctions, draw_votes_by_year


def round_view(sessions: pd.DataFrame, delegations: pd.DataFrame, commitments: pd.DataFrame,
               context: pd.DataFrame, session_id: str) -> View:
    """The pure model of the round-by-round explorer: one meeting in detail, highlighted in the whole."""
    return _round_view(session_table(sessions), process_events(sessions, commitments, context), delegations,
                       session_id)


def _round_view(table: pd.DataFrame, events: pd.DataFrame, delegations: pd.DataFrame, session_id: str) -> View:
    """round_view on precomputed ``session_table`` and ``process_events`` (the explorer reuses them)."""
    if session_id not in set(table["session_id"]):
        raise ValueError(f"There is no meeting {session_id!r} in the table.")
    row = table[table["session_id"] == session_id].iloc[0]
    position = int(table.index[table["session_id"] == session_id][0]) + 1
    heads = delegations[delegations["session_id"] == session_id].copy()
    heads["country"] = heads["party"].map(PARTY_NAMES)
    heads = heads.sort_values("party")[["country", "head_of_delegation", "title"]]
    russia = delegations[(delegations["session_id"] == session_id) & (delegations["party"] == "RUS")]
    russia_text = (f"{russia.iloc[0]['head_of_delegation']} ({russia.iloc[0]['title']})" if not russia.empty
                   else "not recorded")
    days = int(row["days"])
    description = (f"{row['label']} met in {row['venue'].split(',')[0]} from {date_words(row['start_date'])} to "
                   f"{date_words(row['end_date'])} ({days} day{'s' if days != 1 else ''}), chaired by {row['chair']}. "
                   f"Outcome: {row['outcome_document']}. {row['outcome_summary']} "
                   f"Russia's head of delegation: {russia_text}. "
                   f"It is meeting {position} of {len(table)}; the timeline marks it with a ring among all meetings, "
                   f"agreements and events from 2003 to 2009.")
    if isinstance(row["note"], str) and row["note"]:
        description += f" Note on the sources: {row['note']}"
    summary = (f"<strong>{row['label']}</strong>: {date_words(row['start_date'])} – {date_words(row['end_date'])} "
               f"({days} days). Outcome: <em>{row['outcome_document']}</em>.")
    return View(description=description, table=heads, summary=summary,
                draw=lambda fig: draw_process(fig, events, session_id, title=row["label"]),
                extra={"session_id": session_id, "days": days, "russia_head": russia_text, "position": position})


def round_explorer(sessions: pd.DataFrame | None = None, delegations: pd.DataFrame | None = None,
                   commitments: pd.DataFrame | None = None, context: pd.DataFrame | None = None,
                   start: str = "r4s2") -> Explorer:
    """Pick a round or session: its dates, delegations and outcome, highlighted on the whole timeline."""
    sessions = load_table("six_party_sessions") if sessions is None else sessions
    delegations = load_table("six_party_delegations") if delegations is None else delegations
    commitments = load_table("six_party_commitments") if commitments is None else commitments
    context = load_table("six_party_context") if context is None else context
    table = session_table(sessions)
    events = process_events(sessions, commitments, context)
    options = {r["session_id"]: f"{r['label']} ({r['start_date']:%b %Y})" for _, r in table.iterrows()}
    controls = {"session_id": dropdown(options, "Meeting", value=start)}
    return Explorer("Round-by-round explorer: the Six-Party Talks 2003–2008", controls,
                    lambda session_id: _round_view(table, events, delegations, session_id),
                    clear_figure=False, figsize=(9.0, 3.0),
                    intro="Pick a meeting: its dates, outcome and heads of delegation appear, and the ring marks it "
                          "on the timeline of the whole process.")


def sanctions_view(events: pd.DataFrame, years: tuple[int, int], measures: Sequence[str]) -> View:
    """The pure model of the sanctions explorer."""
    measures = list(measures)
    shown = filter_sanctions(events, years, measures)
    table = shown[["date", "kind", "what", "russia_vote", "measures"]].copy()
    table["date"] = [d.strftime("%Y") if p == "year" else d.strftime("%Y-%m-%d")
                     for d, p in zip(shown["date"], shown["date_precision"])]
    table["kind"] = table["kind"].map({k: s["label"] for k, s in SANCTION_ROWS.items()})
    table["measures"] = table["measures"].map(lambda c: ", ".join(MEASURE_LABELS.get(m, m) for m in split_multi(c)))
    table = table.rename(columns={"russia_vote": "Russia's vote"})
    votes = shown[shown["kind"].str.startswith("vote")]
    summary = (f"<strong>{len(votes)}</strong> Council votes, <strong>{int((shown['kind'] == 'nuclear_test').sum())}</strong> "
               f"tests and <strong>{int((shown['kind'] == 'launch').sum())}</strong> launches, "
               f"{year_range(min(years), max(years))}.")
    return View(description=describe_sanctions(shown, years, measures), table=table, summary=summary,
                draw=lambda fig: draw_sanctions(fig, shown, years),
                extra={"votes": len(votes), "vetoes": int((votes["russia_vote"] == "no").sum()),
                       "tests": int((shown["kind"] == "nuclear_test").sum())})


def sanctions_explorer(tests: pd.DataFrame | None = None, launches: pd.DataFrame | None = None,
                       votes: pd.DataFrame | None = None) -> Explorer:
    """Tests, launches and resolutions on one timeline; filter by years and measures."""
    tests = load_table("dprk_nuclear_tests") if tests is None else tests
    launches = load_table("dprk_missile_launches") if launches is None else launches
    votes = load_table("unsc_dprk_votes") if votes is None else votes
    events = sanctions_events(tests, launches, votes)
    first, last = int(events["date"].dt.year.min()), int(events["date"].dt.year.max())
    controls = {"years": year_range_slider(first, last, description="Years"),
                "measures": multi_picker(MEASURE_LABELS, "Measures", rows=7)}
    return Explorer("Sanctions explorer: tests, launches and Russia's votes", controls,
                    lambda years, measures: sanctions_view(events, years, measures),
                    clear_figure=False, figsize=(9.0, 3.2),
                    intro="Drag the years; pick measures (Ctrl/Cmd-click for several) to keep only the votes that "
                          "imposed them. Vetoed drafts without listed measures always stay.")


__all__ = [
    "PARTY_NAMES", "MEASURE_LABELS", "session_label", "session_table", "negotiation_days_per_year",
    "describe_days_per_year", "draw_days_per_year", "process_events", "describe_process", "draw_process",
    "round_view", "round_explorer", "response_lags", "describe_lags", "draw_lags", "vote_category",
    "votes_by_year", "russia_vote_summary", "describe_votes_by_year", "draw_votes_by_year", "sanctions_events",
    "filter_sanctions", "describe_sanctions", "draw_sanctions", "sanctions_view", "sanctions_explorer",
]

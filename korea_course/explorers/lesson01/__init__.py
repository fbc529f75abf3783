"""Lesson 1 — The Six-Party Talks and the sanctions votes: the delegations explorer and the
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
from ...formatting import marker_key, year_range
from ...widgets import Explorer, View, dropdown, multi_picker, year_range_slider
from .data import (
    MEASURE_LABELS, RANKS, delegation_rank, delegation_table, filter_sanctions, head_changes,
    negotiation_days_per_year, panel_renewal_years, person_name, process_events, response_lags, years_in_a_row,
    russia_vote_summary, sanctions_events, session_label, session_table, vote_category, votes_by_year,
)
from .style import RANK_STYLES, SANCTION_ROWS
from .text import (
    describe_days_per_year, describe_delegations, describe_lags, describe_meeting_heads, describe_process,
    describe_sanctions, describe_votes_by_year,
)
from .figures import (
    draw_days_per_year, draw_delegations, draw_lags, draw_process, draw_sanctions, draw_votes_by_year,
)


def round_view(sessions: pd.DataFrame, delegations: pd.DataFrame, session_id: str) -> View:
    """The pure model of the delegations explorer: one meeting in detail, and who led each delegation
    at every meeting, with the rank their titles give."""
    return _round_view(session_table(sessions), delegation_table(sessions, delegations), session_id)


def _rank_key() -> str:
    """The delegations chart's key, in words: marker shape and colour name of each rank."""
    return "Marker = rank of the head: " + "; ".join(
        f"{marker_key(style['marker'])}{' (white)' if style['color'] == 'white' else ''} {rank}"
        for rank, style in RANK_STYLES.items()) + "."


def _round_view(table: pd.DataFrame, heads: pd.DataFrame, session_id: str, legend: bool = True) -> View:
    """round_view on a precomputed ``session_table`` and ``delegation_table`` (the explorer reuses them)."""
    if session_id not in set(table["session_id"]):
        raise ValueError(f"There is no meeting {session_id!r} in the table.")
    row = table[table["session_id"] == session_id].iloc[0]
    position = int(table.index[table["session_id"] == session_id][0]) + 1
    here = heads[heads["session_id"] == session_id].copy()
    here["country"] = here["party"].map(PARTY_NAMES)
    here = here.sort_values("party")[["country", "head", "title", "rank"]].rename(
        columns={"head": "head_of_delegation"})
    russia = heads[(heads["session_id"] == session_id) & (heads["party"] == "RUS")]
    russia_text = f"{russia.iloc[0]['head']} ({russia.iloc[0]['title']})" if not russia.empty else "not recorded"
    days = int(row["days"])
    description = (f"{row['label']} (meeting {position} of {len(table)}) met in {row['venue'].split(',')[0]} from "
                   f"{date_words(row['start_date'])} to {date_words(row['end_date'])} ({days} "
                   f"day{'s' if days != 1 else ''}), chaired by {row['chair']}. Outcome: {row['outcome_document']}. "
                   f"{row['outcome_summary']} {describe_meeting_heads(heads, session_id)} "
                   f"The grey band marks this meeting. {describe_delegations(heads)}")
    if isinstance(row["note"], str) and row["note"]:
        description += f" Note on the sources: {row['note']}"
    summary = (f"<strong>{row['label']}</strong>: {date_words(row['start_date'])} – {date_words(row['end_date'])} "
               f"({days} days). Russia: <em>{russia_text}</em>." + ("" if legend else f"<br>{_rank_key()}"))
    return View(description=description, table=here, summary=summary,
                draw=lambda fig: draw_delegations(fig, heads, session_id, legend=legend,
                                                  title=f"Heads of delegation; grey band: {row['label']}"),
                extra={"session_id": session_id, "days": days, "russia_head": russia_text, "position": position,
                       "russia_rank": russia.iloc[0]["rank"] if not russia.empty else None})


def round_explorer(sessions: pd.DataFrame | None = None, delegations: pd.DataFrame | None = None,
                   start: str = "r5s2") -> Explorer:
    """Pick a meeting: its dates and outcome, and who led each delegation at what rank, across all meetings."""
    sessions = load_table("six_party_sessions") if sessions is None else sessions
    delegations = load_table("six_party_delegations") if delegations is None else delegations
    table = session_table(sessions)
    heads = delegation_table(sessions, delegations)
    options = {r["session_id"]: f"{r['label']} ({r['start_date']:%b %Y})" for _, r in table.iterrows()}
    controls = {"session_id": dropdown(options, "Meeting", value=start)}
    return Explorer("Delegations explorer: who led each delegation, meeting by meeting", controls,
                    lambda session_id: _round_view(table, heads, session_id, legend=False), figsize=(9.0, 3.6),
                    clear_figure=False,
                    intro="Pick a meeting: its dates and outcome appear, the table lists the six heads of "
                          "delegation with their rank, and the chart shows every head at every meeting.")


def sanctions_view(events: pd.DataFrame, years: tuple[int, int], measures: Sequence[str]) -> View:
    """The pure model of the sanctions explorer."""
    measures = list(measures)
    shown = filter_sanctions(events, years, measures)
    table = shown[["date", "date_precision", "kind", "what", "russia_vote", "measures"]].copy()
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
    "RANKS", "person_name", "delegation_rank", "delegation_table", "head_changes", "describe_delegations",
    "describe_meeting_heads", "draw_delegations", "panel_renewal_years", "years_in_a_row", "round_view", "round_explorer", "response_lags", "describe_lags", "draw_lags", "vote_category",
    "votes_by_year", "russia_vote_summary", "describe_votes_by_year", "draw_votes_by_year", "sanctions_events",
    "filter_sanctions", "describe_sanctions", "draw_sanctions", "sanctions_view", "sanctions_explorer",
]

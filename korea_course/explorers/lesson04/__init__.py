"""Lesson 4 — Russia's balancing act: pure functions and two explorers.

* The **balance explorer** puts Russia's engagement with both Koreas (the evidence that
  ``build_evidence`` assembles from the course's tables) on one timeline, filtered by kind of
  evidence and years, coded one of three ways (``CODINGS``), with counts (or weights) per period,
  so students can see when the balance tilted and which conclusions survive a change of coding.
* The **perspectives explorer** shows, for one core question, the six parties' positions
  (``perspectives``) side by side for a chosen era.

The lesson's code by concern: ``data`` (tables in, tables out: what exercises import), ``text``
(descriptions and keys), ``style`` (colours, markers and line styles that figures draw and keys
name), ``figures`` (matplotlib). This module holds the views — pure functions, data in, ``View``
out — and the thin ``*_explorer`` wrappers that put controls on them, and re-exports every name
the notebook, the exercises and the tests use.
"""
from __future__ import annotations

from typing import Iterable, Sequence

import pandas as pd

from ...data import load_table
from ...formatting import MARKER_WORDS, join_words, year_range
from ...widgets import Explorer, View, dropdown, multi_picker, persistent, year_range_slider
from .data import (
    ACTOR_ORDER, CODINGS, ERAS, EVIDENCE_TABLES, EXCLUDED, KINDS, KOREAS, MEASURES, NO_POSITION, PART_OF, PERIODS,
    QUESTIONS, SIDES, VERDICT_ORDER, assign_period, build_evidence, decimal_year, dprk_share, engagement_counts,
    evidence_coverage, evidence_scope, filter_evidence, load_evidence, overlaps, period_label, period_span,
    position_matrix, positions_for, robust_tilts, russia_vote_record, shares_by_coding, tilt, trade_ratio,
    verdict_counts,
)
from .text import (
    KIND_PHRASES, balance_key, describe_balance, describe_evidence_points, describe_positions,
    describe_verdicts, describe_vote_record, tilt_word,
)
from .figures import _BalancePlot, draw_verdicts


def balance_view(evidence: pd.DataFrame, years: tuple[int, int] = (2000, 2025),
                 kinds: Iterable[str] | None = None, measure: str = "weight", coding: str = "korea_rule",
                 periods: Sequence[tuple[int, int]] = PERIODS, legend: bool = True) -> View:
    """The pure model of the balance explorer.

    ``coding`` decides which side each item counts for (``CODINGS``). ``legend=True`` (a static
    figure in the lesson) draws the two legends in the figure; ``legend=False`` (the explorer)
    leaves them out and puts the same key, in words, in the summary under the controls.
    """
    if coding not in CODINGS:
        raise ValueError(f"coding must be one of {', '.join(CODINGS)}")
    kinds = list(KINDS) if kinds is None else list(kinds)
    years = tuple(sorted(int(y) for y in years))
    shown = filter_evidence(evidence, years, kinds)
    counts = engagement_counts(shown, periods, measure, coding)
    share = dprk_share(counts)
    table = shown[["date", "date_precision", coding, "kind", "title", "weight"]].rename(columns={coding: "counts_for"})
    table["kind"] = table["kind"].map(KINDS)
    chosen = ("all kinds" if set(kinds) == set(KINDS)
              else join_words([KIND_PHRASES[k][1] for k in kinds if k in KIND_PHRASES]) or "no kinds")
    description = (describe_evidence_points(shown, coding) + " "
                   + describe_balance(counts, measure, what=chosen, coding=coding))
    latest = share.dropna()
    tilt_text = f" Latest period shown: {tilt_word(latest.iloc[-1])}." if not latest.empty else ""
    summary = (f"<strong>{len(shown)}</strong> of {len(evidence)} items, {year_range(*years)}, {chosen}; "
               f"{CODINGS[coding]}." + tilt_text)
    if not legend:
        summary += f"<br><span class='course-key'>{balance_key()}</span>"
    return View(description=description, table=table, summary=summary,
                draw=lambda fig: persistent(fig, "balance", lambda f: _BalancePlot(f, periods, legend)).update(
                    shown, counts, measure, years, coding),
                extra={"count": len(shown), "counts": counts, "dprk_share": share, "legend": legend})


def balance_explorer(evidence: pd.DataFrame | None = None) -> Explorer:
    """Both Koreas on one timeline; choose a coding, kinds and years; per-period counts or weights."""
    evidence = load_evidence() if evidence is None else evidence
    first, last = int(evidence["date"].dt.year.min()), int(evidence["date"].dt.year.max())
    controls = {
        "coding": dropdown(CODINGS, "Coding", value="korea_rule"),
        "years": year_range_slider(first, last, description="Years"),
        "kinds": multi_picker(KINDS, "Kinds of evidence", rows=6),
        "measure": dropdown(MEASURES, "Count as", value="weight"),
    }
    return Explorer("Balance explorer: Russia's engagement with the two Koreas", controls,
                    lambda coding, years, kinds, measure: balance_view(evidence, years, kinds, measure, coding,
                                                                       legend=False),
                    figsize=(9.0, 5.0), clear_figure=False,
                    intro="Choose a coding (how a vote in the Security Council counts), years and kinds of "
                          "evidence (Ctrl/Cmd-click for several); switch between counting items and weighting "
                          "them 1–3. The bars compare the periods; the key under the controls names each "
                          "marker shape and the hatching.")


def perspectives_view(perspectives: pd.DataFrame, question: str = "sanctions", era: str = "all") -> View:
    """The pure model of the perspectives explorer (a table, no figure)."""
    table = positions_for(perspectives, question, era)
    russia = table.set_index("actor").loc["RUS", "summary"]
    summary = (f"<strong>{QUESTIONS[question]}</strong> — {ERAS[era]}. Russia: <em>{russia}</em>. "
               "Read across the rows: whose position is closest to Russia's?")
    return View(description=describe_positions(table, question, era),
                table=table[["party", "period", "summary", "position"]],
                summary=summary, extra={"table": table})


def perspectives_explorer(perspectives: pd.DataFrame | None = None) -> Explorer:
    """Pick a question and an era; the six parties' positions side by side."""
    perspectives = load_table("perspectives") if perspectives is None else perspectives
    controls = {
        "question": dropdown(QUESTIONS, "Question", value="sanctions"),
        "era": dropdown(ERAS, "Era", value="all"),
    }
    return Explorer("Perspectives explorer: six parties, four questions", controls,
                    lambda question, era: perspectives_view(perspectives, question, era),
                    with_figure=False, max_rows=6,
                    intro="Pick a question and an era. Arrows (→) show how a party's position changed.")


__all__ = [
    "KOREAS", "SIDES", "CODINGS", "KINDS", "PERIODS", "MEASURES", "EVIDENCE_TABLES", "EXCLUDED", "PART_OF",
    "build_evidence", "load_evidence", "evidence_coverage", "evidence_scope", "shares_by_coding", "robust_tilts",
    "tilt", "trade_ratio", "QUESTIONS", "ACTOR_ORDER", "ERAS", "NO_POSITION",
    "period_label", "assign_period", "filter_evidence", "engagement_counts", "dprk_share", "tilt_word",
    "describe_balance", "describe_evidence_points", "balance_view", "balance_explorer", "balance_key",
    "decimal_year", "MARKER_WORDS", "period_span", "overlaps", "positions_for", "position_matrix",
    "describe_positions", "perspectives_view", "perspectives_explorer", "verdict_counts", "describe_verdicts",
    "draw_verdicts", "russia_vote_record", "describe_vote_record", "VERDICT_ORDER",
]

"""Lesson 0 — orientation: the overview timeline figure, the "balance" explorer (Russia's
dealings with each Korea, year by year), the stakes explorer over ``actors.csv`` and the map
of the lessons to come.

The lesson's code by concern: ``data`` (tables in, tables out: what exercises import), ``text``
(descriptions and keys), ``figures`` (matplotlib). This module holds the views — pure functions,
data in, ``View`` out — and the thin ``*_explorer`` wrappers that put controls on them, and re-
exports every name the notebook, the exercises and the tests use.
"""
from __future__ import annotations

import html
from typing import Sequence

import pandas as pd

from ...data import load_table, split_multi
from ...formatting import join_words, year_range
from ...plotting import EVENT_CATEGORIES
from ...widgets import Explorer, View, dropdown, multi_picker, persistent, year_range_slider
from .data import (
    ACTOR_KINDS, KOREAS, SIX_PARTIES, _category_order, aliases_of, contacts_by_year, involves, stakes_table,
    with_citations,
)
from .text import (
    BALANCE_KEY, LESSONS, describe_contacts, describe_overview, describe_stakes, kind_label, lesson_map,
)
from .figures import _BalancePlot, overview_figure


def balance_view(events: pd.DataFrame, years: tuple[int, int], categories: Sequence[str]) -> View:
    """The pure model behind the balance explorer."""
    categories = list(categories)
    table = contacts_by_year(events, years, categories)
    first, last = int(table.index.min()), int(table.index.max())
    year = events["date"].dt.year
    shown = events[(year >= first) & (year <= last) & events["category"].isin(categories)
                   & (involves(events, "RUS", "DPRK") | involves(events, "RUS", "ROK"))].sort_values("date")
    listing = shown[["date", "title", "category", "actors"]].copy()
    listing["date"] = listing["date"].dt.strftime("%Y-%m-%d")
    listing["with"] = [join_words([k for k in KOREAS if k in split_multi(a)]) for a in shown["actors"]]
    n_north, n_south = int(table["DPRK"].sum()), int(table["ROK"].sum())
    summary = (f"<strong>{n_north}</strong> events with the North, <strong>{n_south}</strong> with the South, "
               f"{year_range(first, last)}.<br><span class='course-key'>{html.escape(BALANCE_KEY)}</span>")
    return View(description=describe_contacts(table, categories), table=listing, summary=summary,
                draw=lambda fig: persistent(fig, "balance", _BalancePlot).update(table),
                extra={"north": n_north, "south": n_south, "table": table})


def balance_explorer(events: pd.DataFrame | None = None) -> Explorer:
    """Year range and kinds of event → bars of events involving Russia with each Korea."""
    events = load_table("events") if events is None else events
    first, last = int(events["date"].dt.year.min()), int(events["date"].dt.year.max())
    order = [c for c in _category_order(events) if c not in ("nuclear_missile",)]
    labels = {c: EVENT_CATEGORIES.get(c, {"label": c})["label"] for c in order}
    default = [c for c in ("summit", "economic", "treaty_military") if c in labels]
    controls = {
        "years": year_range_slider(first, last, description="Years"),
        "categories": multi_picker(labels, "Kinds of event", value=default),
    }
    return Explorer("Balance explorer: Russia's dealings with each Korea", controls,
                    lambda years, categories: balance_view(events, years, categories), clear_figure=False,
                    intro="Counts events in the timeline that list Russia together with North or South Korea. "
                          "Pick the years and the kinds of event (Ctrl/Cmd-click for several).")


def stakes_view(actors: pd.DataFrame, kind: str) -> View:
    table = stakes_table(actors, kind)
    return View(description=describe_stakes(table, kind), table=table,
                summary=f"<strong>{len(table)}</strong> {ACTOR_KINDS.get(kind, kind).lower()}",
                extra={"count": len(table)})


def stakes_explorer(actors: pd.DataFrame | None = None) -> Explorer:
    """Pick a group of actors → their role in the course, what they wanted, and the sources."""
    actors = with_citations(load_table("actors") if actors is None else actors)  # cite once, filter per change
    controls = {"kind": dropdown(ACTOR_KINDS, "Show")}
    return Explorer("Stakes explorer: who wanted what", controls, lambda kind: stakes_view(actors, kind),
                    with_figure=False, max_rows=30,
                    intro="Choose a group; each row says what that party wanted, with the sources behind it.")


__all__ = [
    "SIX_PARTIES", "KOREAS", "ACTOR_KINDS", "overview_figure", "describe_overview", "involves",
    "contacts_by_year", "describe_contacts", "balance_view", "balance_explorer", "stakes_table",
    "with_citations", "BALANCE_KEY", "describe_stakes", "stakes_view", "stakes_explorer", "aliases_of",
    "LESSONS", "lesson_map", "kind_label",
]

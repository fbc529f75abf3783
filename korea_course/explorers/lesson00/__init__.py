"""Lesson 0 — orientation: the overview timeline figure, the background figure of 1990–2002, the
"balance" explorer (Russia's dealings with each Korea, year by year), the six parties' stakes
and the map of the lessons to come.

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
from ...widgets import Explorer, View, multi_picker, persistent, year_range_slider
from .data import (
    ACTOR_KINDS, BACKGROUND_YEARS, KOREAS, LANES, RUSSIA, SIX_PARTIES, _category_order, aliases_of,
    background_events, background_table, contacts_by_year, involves, lane_of, stakes_table, with_russia,
)
from .text import (
    BALANCE_KEY, LESSONS, describe_background, describe_contacts, describe_overview, kind_label, lesson_map,
)
from .figures import _BalancePlot, background_figure, overview_figure


def balance_view(events: pd.DataFrame, years: tuple[int, int], categories: Sequence[str]) -> View:
    """The pure model behind the balance explorer."""
    categories = list(categories)
    table = contacts_by_year(events, years, categories)
    first, last = int(table.index.min()), int(table.index.max())
    year = events["date"].dt.year
    shown = events[(year >= first) & (year <= last) & events["category"].isin(categories)
                   & (with_russia(events, "DPRK") | with_russia(events, "ROK"))].sort_values("date")
    columns = [c for c in ("date", "date_precision", "title", "category", "actors") if c in shown.columns]
    listing = shown[columns].copy()  # the table shows each date at its source's precision
    listing["with"] = [join_words([k for k in KOREAS if k in split_multi(a)]) for a in shown["actors"]]
    n_north, n_south = int(table["DPRK"].sum()), int(table["ROK"].sum())
    span = (int(year.min()), int(year.max()))  # bars for every year the slider can reach
    summary = (f"<strong>{n_north}</strong> events with the North, <strong>{n_south}</strong> with the South, "
               f"{year_range(first, last)}.<br><span class='course-key'>{html.escape(BALANCE_KEY)}</span>")
    return View(description=describe_contacts(table, categories), table=listing, summary=summary,
                draw=lambda fig: persistent(fig, "balance", lambda f: _BalancePlot(f, *span)).update(table),
                extra={"north": n_north, "south": n_south, "table": table})


def balance_explorer(events: pd.DataFrame | None = None, start: int = 2000) -> Explorer:
    """Year range and kinds of event → bars of events involving Russia with each Korea.

    The slider covers the whole timeline and opens on ``start`` to the last year (the years the
    commentary speaks of)."""
    events = load_table("events") if events is None else events
    first, last = int(events["date"].dt.year.min()), int(events["date"].dt.year.max())
    order = [c for c in _category_order(events) if c not in ("nuclear_missile",)]
    labels = {c: EVENT_CATEGORIES.get(c, {"label": c})["label"] for c in order}
    default = [c for c in ("summit", "economic", "treaty_military") if c in labels]
    controls = {
        "years": year_range_slider(first, last, value=(max(first, start), last), description="Years"),
        "categories": multi_picker(labels, "Kinds of event", value=default),
    }
    return Explorer("Balance explorer: Russia's dealings with each Korea", controls,
                    lambda years, categories: balance_view(events, years, categories), clear_figure=False,
                    intro="Counts events in the timeline that list Russia together with North or South Korea. "
                          "Pick the years and the kinds of event (Ctrl/Cmd-click for several).")


__all__ = [
    "SIX_PARTIES", "KOREAS", "RUSSIA", "ACTOR_KINDS", "overview_figure", "describe_overview", "involves",
    "with_russia", "contacts_by_year", "describe_contacts", "balance_view", "balance_explorer", "stakes_table",
    "BALANCE_KEY", "aliases_of", "LESSONS", "lesson_map", "kind_label", "BACKGROUND_YEARS", "LANES", "lane_of",
    "background_events", "background_table", "background_figure", "describe_background",
]

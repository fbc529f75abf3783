"""Lesson 3 — The Nine Bridges: the bridge, map and trade explorers (``bridge_view``,
``map_view``, ``trade_view`` and their ``*_explorer`` wrappers). Citations are computed once
per explorer (``bridge_citations``), not on every change.

The lesson's code by concern: ``data`` (tables in, tables out: what exercises import), ``text``
(descriptions and keys), ``style`` (colours, markers and line styles that figures draw and keys
name), ``figures`` (matplotlib). This module holds the views — pure functions, data in, ``View``
out — and the thin ``*_explorer`` wrappers that put controls on them, and re-exports every name
the notebook, the exercises and the tests use.
"""
from __future__ import annotations

from typing import Mapping, Sequence

import pandas as pd

from ...data import cite, date_words, load_table, split_multi
from ...formatting import LINESTYLE_WORDS, MARKER_WORDS, join_words, marker_symbol, marker_words
from ...widgets import Explorer, View, dropdown, multi_picker, year_range_slider
from .data import (
    BRIDGE_LABELS, BRIDGE_ORDER, COUNTRY_NAMES, EXTENTS, EXTENT_LABELS, SEA_WAYPOINTS, STATUS_ORDER, TRADE_EVENT_IDS,
    TRADE_SERIES,
    bridge_citations, bridge_milestones, bridge_table,
    decimal_year, goods_table, key_trade_events, map_outlines, on_land, route_countries, route_length_km, route_path,
    route_places, route_table, status_counts, trade_balance, trade_frame, trade_growth,
)
from .style import STATUS_STYLE, TRADE_STYLE
from .text import (
    _swatch, describe_bridge, describe_goods, describe_map, describe_overview, describe_trade, map_key_html,
    money_million, trade_key_html,
)
from .figures import _draw_bridge, draw_goods, draw_map, draw_overview, draw_trade


def bridge_view(bridges: pd.DataFrame, milestones: pd.DataFrame, places: pd.DataFrame,
                bridge_id: str, years: tuple[int, int] = (2000, 2025),
                citations: Mapping[str, str] | None = None) -> View:
    """Everything the Nine Bridges explorer shows for one bridge and a span of years.

    ``citations`` (from ``bridge_citations``) saves citing every row again on each change;
    a ``source_ids`` text missing from it is cited on the spot."""
    citations = citations or {}

    def cited(ids) -> str:
        return citations[ids] if isinstance(ids, str) and ids in citations else cite(ids)

    table = bridge_table(bridges).set_index("bridge_id")
    if bridge_id not in table.index:
        raise ValueError(f"There is no bridge called {bridge_id!r}.")
    bridge = table.loc[bridge_id].copy()
    bridge["bridge_id"] = bridge_id
    years = tuple(sorted(int(y) for y in years))
    shown = bridge_milestones(milestones, bridge_id, years)
    names = places.set_index("place_id")["name"]
    where = join_words([names.get(p, p) for p in split_multi(bridge["places"])])
    projects = "".join(f"<li>{p}</li>" for p in split_multi(bridge["flagship_projects"]))
    status = STATUS_STYLE[bridge["status_2022"]]
    symbol, shape = marker_symbol(status["marker"]), marker_words(status["marker"])
    summary = (f"<strong>{int(bridge['position'])}. {bridge['sector']}</strong> — {bridge['proposal']}<br>"
               f"<em>Flagship projects:</em><ul style='margin:0.2em 0'>{projects}</ul>"
               f"<em>Places:</em> {where}. <em>Status by 2022:</em> {status['label']} "
               f"{_swatch(status['color'], symbol)} ({shape} marker in the chart). "
               f"<br><em>Note:</em> {bridge['note']}<br><em>Sources:</em> {cited(bridge['source_ids'])}")
    label = BRIDGE_LABELS[bridge_id]
    out = shown.assign(when=[date_words(d, p) for d, p in zip(shown["date"], shown["date_precision"])],
                       sources=[cited(s) for s in shown["source_ids"]])
    out = out[["when", "milestone", "status", "sources"]]
    return View(description=describe_bridge(bridge, shown, years), table=out, summary=summary,
                draw=lambda fig: _draw_bridge(fig, shown, label, years),
                extra={"count": len(shown), "status_2022": bridge["status_2022"], "places": split_multi(bridge["places"])})


def bridge_explorer(bridges: pd.DataFrame | None = None, milestones: pd.DataFrame | None = None,
                    places: pd.DataFrame | None = None) -> Explorer:
    """Choose a bridge: what was proposed, where, its projects, its milestones over time, sources."""
    bridges = load_table("nine_bridges") if bridges is None else bridges
    milestones = load_table("nine_bridges_milestones") if milestones is None else milestones
    places = load_table("places") if places is None else places
    citations = bridge_citations(bridges, milestones)   # once, not on every change
    options = {b: f"{i}. {BRIDGE_LABELS[b]}" for i, b in enumerate(BRIDGE_ORDER, start=1)}
    controls = {"bridge_id": dropdown(options, "Bridge", value="rail"),
                "years": year_range_slider(2000, 2025, value=(2000, 2025), description="Years")}
    return Explorer("Nine Bridges explorer", controls,
                    lambda bridge_id, years: bridge_view(bridges, milestones, places, bridge_id, years,
                                                         citations),
                    clear_figure=False, figsize=(9.0, 3.6),
                    intro="Pick a bridge to see what was proposed, where, and how its projects moved "
                          "(or stalled) over time; narrow the years to zoom in.")


def map_view(places: pd.DataFrame, routes: pd.DataFrame, route_ids: Sequence[str],
             countries: Sequence[str] = ("ROK", "DPRK", "RUS"), labels: bool = True,
             extent: str = "northeast_asia", outlines: Mapping[str, Mapping[str, list]] | None = None) -> View:
    """The map for chosen routes, countries, labels and frame: routes and places on land, coastlines
    and borders (``outlines`` from ``map_outlines``; read from ``map_lines`` when not given)."""
    if extent not in EXTENTS:
        raise ValueError(f"Unknown map frame {extent!r}.")
    route_ids, countries = list(route_ids), list(countries)
    shown_routes = routes[routes["route_id"].isin(route_ids)]
    shown_places = places[places["country"].isin(countries)]
    table = route_table(shown_routes, places)
    names = ("Names are shown for the places on the chosen routes; the text description lists every place."
             if labels else "Place names are switched off; the text description lists every place.")
    summary = (f"<strong>{len(shown_routes)}</strong> of {len(routes)} routes and <strong>{len(shown_places)}</strong> "
               f"of {len(places)} places shown. Coastlines and borders are real (Natural Earth, simplified); each "
               f"route is drawn as straight lines between its stops (the Northern Sea Route through points at sea), not along the "
               f"track, so straight-line km are lower bounds. {names}<br>{map_key_html()}")
    return View(description=describe_map(places, routes, shown_routes, shown_places, extent), table=table,
                summary=summary,
                draw=lambda fig: draw_map(fig, places, routes, route_ids, countries, labels, extent, outlines),
                extra={"routes": route_ids, "places": list(shown_places["place_id"])})


DEFAULT_MAP_ROUTES = ("trans-siberian", "vladivostok-khasan", "khasan-rajin", "rajin-pohang", "trans-korean-link")


def map_explorer(places: pd.DataFrame | None = None, routes: pd.DataFrame | None = None) -> Explorer:
    """Toggle routes and places on a map with coastlines and borders, drawn offline from the shipped data."""
    places = load_table("places") if places is None else places
    routes = load_table("routes") if routes is None else routes
    outlines = map_outlines(load_table("map_lines"))   # once, not on every change
    route_options = {r["route_id"]: f"{r['name']} [{r['status']}]" for _, r in routes.iterrows()}
    controls = {
        "route_ids": multi_picker(route_options, "Routes", value=[r for r in DEFAULT_MAP_ROUTES if r in route_options],
                                  rows=9),
        "countries": multi_picker(COUNTRY_NAMES, "Places in", rows=3),
        "labels": _checkbox("Show place names", True),
        "extent": dropdown(EXTENT_LABELS, "Frame", value="northeast_asia"),
    }
    return Explorer("Map explorer: routes of the Nine Bridges", controls,
                    lambda route_ids, countries, labels, extent: map_view(places, routes, route_ids, countries,
                                                                          labels, extent, outlines),
                    clear_figure=False, figsize=(7.2, 5.0),
                    intro="Tick routes (Ctrl/Cmd-click for several) and countries; switch the frame to Eurasia to "
                          "see Moscow and the Arctic. Where does Russia touch Korea, and which links could avoid "
                          "North Korean land? The key is under the controls.")


def _checkbox(description: str, value: bool):
    import ipywidgets as widgets

    return widgets.Checkbox(value=value, description=description, indent=False)


def trade_view(trade: pd.DataFrame, events: pd.DataFrame, years: tuple[int, int] = (2005, 2022),
               series: Sequence[str] = ("total_usd_million", "rok_exports_usd_million", "rok_imports_usd_million"),
               show_events: bool = True) -> View:
    """The trade explorer's view: chosen years and series, key events marked."""
    series = [s for s in TRADE_SERIES if s in set(series)]
    frame = trade_frame(trade, years)
    shown = frame.dropna(how="all", subset=list(TRADE_SERIES)[:3]).reset_index()
    table = shown.rename(columns={c: TRADE_SERIES[c] for c in TRADE_SERIES})
    first, last = int(frame.index.min()), int(frame.index.max())
    totals = frame["total_usd_million"].dropna()
    if len(totals) >= 2:
        a, b = int(totals.index[0]), int(totals.index[-1])
        change = (totals.iloc[-1] - totals.iloc[0]) / totals.iloc[0] * 100
        summary = (f"Total trade went from <strong>{money_million(totals.iloc[0])}</strong> ({a}) to "
                   f"<strong>{money_million(totals.iloc[-1])}</strong> ({b}): {change:+.1f}%.")
    else:
        summary = "Fewer than two years with a total in this span."
    summary += "<br>" + trade_key_html(series, show_events)
    return View(description=describe_trade(frame, series, events if show_events else None), table=table,
                summary=summary,
                draw=lambda fig: draw_trade(fig, frame, series, events, show_events),
                extra={"years": (first, last), "series": series, "rows": len(shown)})


def trade_explorer(trade: pd.DataFrame | None = None, institutions: pd.DataFrame | None = None,
                   milestones: pd.DataFrame | None = None) -> Explorer:
    """Year range, exports/imports/total/balance, with the key events marked."""
    trade = load_table("rok_russia_trade") if trade is None else trade
    institutions = load_table("rok_russia_institutions") if institutions is None else institutions
    milestones = load_table("nine_bridges_milestones") if milestones is None else milestones
    events = key_trade_events(institutions, milestones)
    first, last = int(trade["year"].min()), int(trade["year"].max())
    controls = {
        "years": year_range_slider(first, last, value=(2005, last), description="Years"),
        "series": multi_picker(TRADE_SERIES, "Series",
                               value=["total_usd_million", "rok_exports_usd_million", "rok_imports_usd_million"]),
        "show_events": _checkbox("Mark key events", True),
    }
    return Explorer("Trade explorer", controls,
                    lambda years, series, show_events: trade_view(trade, events, years, series, show_events),
                    clear_figure=False, figsize=(9.0, 4.0),
                    intro="Choose years and series; add the balance to see who sells more to whom. "
                          "The key is under the controls.")


__all__ = [
    "BRIDGE_ORDER", "BRIDGE_LABELS", "STATUS_ORDER", "STATUS_STYLE", "EXTENTS", "TRADE_SERIES", "bridge_table",
    "bridge_milestones", "status_counts", "describe_bridge", "bridge_citations", "bridge_view",
    "bridge_explorer", "decimal_year", "map_key_html", "trade_key_html", "describe_overview", "draw_overview",
    "route_places", "route_countries", "route_path", "route_length_km", "describe_map", "draw_map", "map_view",
    "map_outlines", "on_land", "SEA_WAYPOINTS",
    "map_explorer", "trade_frame", "trade_balance", "trade_growth", "key_trade_events", "describe_trade",
    "draw_trade", "trade_view", "trade_explorer", "goods_table", "describe_goods", "draw_goods",
    "TRADE_EVENT_IDS", "TRADE_STYLE", "MARKER_WORDS", "LINESTYLE_WORDS", "marker_words",
]

"""Lesson 3 figures: the explorers' charts (artists built once, then updated) and the static
figures (``draw_overview``, ``draw_goods``).

Speed (CONTRIBUTING.md, "Explorers"): each text the Agg renderer draws costs about 0.1 ms a
glyph on every change, so the explorer figures carry no legend. Their key is HTML in the View's
``summary`` (``text.map_key_html``, ``text.trade_key_html``), which names the marker shape and
line style in words, while the figure keeps those shapes and styles as the second cue. Ticks
are few and short, and place names are drawn only for the places on the chosen routes. The
map's land, coastlines and borders (Natural Earth) are one patch and one line collection per
frame, built once; changing the frame only switches which pair is visible.
"""
from __future__ import annotations

import math
from typing import Iterable, Sequence

import numpy as np
import pandas as pd
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch
from matplotlib.path import Path
from matplotlib.ticker import FormatStrFormatter, FuncFormatter, MaxNLocator, MultipleLocator

from ...plotting import OKABE_ITO
from ...widgets import persistent
from .data import (
    BRIDGE_LABELS, EXTENTS, EXTENT_LABELS, STATUS_ORDER, TRADE_SERIES, bridge_table, decimal_year, route_path,
    route_places,
)
from .style import (
    COUNTRY_STYLE, MAP_AREA_LABELS, MAP_STYLE, ROUTE_KIND_STYLE, ROUTE_STATUS_WIDTH, STATUS_STYLE, TRADE_STYLE,
)


#: Tick positions per frame (longitudes, latitudes): few, short labels keep a redraw cheap.
EXTENT_TICKS = {
    "northeast_asia": ([125, 130, 135, 140, 145], [35, 40, 45, 50]),
    "eurasia": ([30, 60, 90, 120, 150], [30, 45, 60, 75]),
}
#: Label offsets (degrees) where places crowd together (Khasan, Tumangang and Rajin are ~20 km apart).
LABEL_OFFSETS = {"khasan": (0.4, -0.35, "left"), "tumangang": (-0.3, 0.35, "right"), "rajin": (-0.35, -0.15, "right"),
                 "vladivostok": (-0.2, 0.45, "right"), "nakhodka": (0.3, -0.55, "left"),
                 "wonsan": (0.3, -0.3, "left"), "hamhung": (-0.3, 0.1, "right"), "chongjin": (-0.3, -0.3, "right")}
#: In the wide Eurasia frame only these places are named (the Korean ones would overlap).
EURASIA_LABELS = {"moscow", "sabetta", "khabarovsk", "vladivostok", "busan", "sakhalin"}


class _BridgePlot:
    """Milestones of one bridge: x = date (as a decimal year), y = status (built once, then updated)."""

    def __init__(self, fig: Figure):
        fig.subplots_adjust(left=0.14, right=0.98, bottom=0.14, top=0.9)
        self.ax = ax = fig.add_subplot()
        self.path, = ax.plot([], [], color=OKABE_ITO["grey"], linewidth=1.2, drawstyle="steps-post", zorder=2)
        self.points = {}
        for level, status in enumerate(STATUS_ORDER):
            style = STATUS_STYLE[status]
            self.points[status], = ax.plot([], [], linestyle="none", marker=style["marker"], markersize=9,
                                           color=style["color"], markeredgecolor="black", zorder=3,
                                           label=style["label"])
        ax.set_yticks(range(len(STATUS_ORDER)), [STATUS_STYLE[s]["label"] for s in STATUS_ORDER])
        ax.set_ylim(-0.6, len(STATUS_ORDER) - 0.4)
        self.marks = []
        for when, text in (("2017-09-07", "Speech"), ("2022-02-28", "Sanctions")):
            x = decimal_year([when])[0]
            self.marks.append((int(x),
                               ax.axvline(x, color=OKABE_ITO["grey"], linestyle="--", linewidth=1, zorder=1),
                               ax.text(x, len(STATUS_ORDER) - 0.45, f" {text}", fontsize=9, va="top",
                                       clip_on=True)))
        ax.xaxis.set_major_formatter(FormatStrFormatter("%d"))
        self.tick_base = None
        # y given: matplotlib then skips placing the title clear of the tick labels on every draw
        self.title = ax.set_title("", loc="left", y=1.0)

    def update(self, shown: pd.DataFrame, label: str, years: tuple[int, int]) -> None:
        levels = shown["status"].map(STATUS_ORDER.index).to_numpy(dtype=float)
        dates = decimal_year(shown["date"])
        self.path.set_data(dates, levels)
        statuses = shown["status"].to_numpy()
        for status, line in self.points.items():
            mask = statuses == status
            line.set_data(dates[mask], levels[mask])
        self.ax.set_xlim(years[0], years[1] + 1)
        for year, line, text in self.marks:   # a mark outside the span would still cost a draw
            line.set_visible(years[0] <= year <= years[1])
            text.set_visible(years[0] <= year <= years[1])
        # at most about eight year labels, whatever the span (each label is drawn on every change)
        span = years[1] - years[0] + 1
        base = next(b for b in (1, 2, 5, 10) if span / b <= 8)
        if base != self.tick_base:
            self.ax.xaxis.set_major_locator(MultipleLocator(base))
            self.tick_base = base
        self.title.set_text(f"{label}: milestones and their status")


def _draw_bridge(fig: Figure, shown: pd.DataFrame, label: str, years: tuple[int, int]) -> None:
    persistent(fig, "lesson03-bridge", _BridgePlot).update(shown, label, years)


def draw_overview(fig: Figure, bridges: pd.DataFrame, milestones: pd.DataFrame) -> None:
    """One row per bridge (speech order, first at the top), one marker per milestone.

    In a figure without a layout engine (``new_figure(9, 4.2, layout=None)``, about a third
    cheaper to render than constrained layout) it sets margins that fit that size."""
    if fig.get_layout_engine() is None:
        fig.subplots_adjust(left=0.14, right=0.98, bottom=0.16, top=0.9)
    table = bridge_table(bridges)
    ax = fig.add_subplot()
    rows = {b: len(table) - 1 - i for i, b in enumerate(table["bridge_id"])}
    for status in STATUS_ORDER:
        chosen = milestones[milestones["status"] == status]
        style = STATUS_STYLE[status]
        ax.scatter(chosen["date"], chosen["bridge_id"].map(rows), marker=style["marker"], s=55,
                   color=style["color"], edgecolor="black", linewidth=0.5, zorder=3, label=style["label"])
    for when, text, ha in ((pd.Timestamp("2016-03-01"), "Seoul's 2016 sanctions ", "right"),
                           (pd.Timestamp("2017-09-07"), " Speech", "left"),
                           (pd.Timestamp("2022-02-28"), "2022 sanctions", "center")):
        ax.axvline(when, color=OKABE_ITO["grey"], linestyle="--", linewidth=1, zorder=1)
        ax.text(when, len(table) - 0.4, text, fontsize=8, ha=ha, va="bottom")
    ax.set_yticks(list(rows.values()), [f"{i}. {BRIDGE_LABELS[b]}" for i, b in enumerate(table["bridge_id"], start=1)])
    ax.set_ylim(-0.6, len(table) + 0.6)
    ax.grid(axis="y", visible=False)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=len(STATUS_ORDER), fontsize=8, frameon=False)
    ax.set_title("The nine bridges: every dated milestone, by status", loc="left")


def _degrees(hemisphere: str) -> FuncFormatter:
    return FuncFormatter(lambda value, _pos: f"{value:g}°{hemisphere}")


class _MapPlot:
    """Places and routes, every artist built once; toggles only change visibility.

    No legend: the key is HTML (``map_key_html``); countries keep their marker shapes and route
    kinds their line styles, so the figure does not rely on colour."""

    def __init__(self, fig: Figure, places: pd.DataFrame, routes: pd.DataFrame,
                 outlines: dict[str, dict[str, list[np.ndarray]]]):
        fig.subplots_adjust(left=0.08, right=0.95, bottom=0.07, top=0.93)
        self.ax = ax = fig.add_subplot()
        ax.set_facecolor(MAP_STYLE["sea"])
        ax.grid(False)
        # the backdrop: per frame, land (one patch: fill and coastline) and borders (one collection)
        self.backdrops = {}
        for frame, parts in outlines.items():
            rings = [r for r in parts["land"] if len(r) >= 3]
            land = None
            if rings:
                codes = np.concatenate([[Path.MOVETO] + [Path.LINETO] * (len(r) - 2) + [Path.CLOSEPOLY] for r in rings])
                land = ax.add_patch(PathPatch(Path(np.concatenate(rings), codes), facecolor=MAP_STYLE["land"],
                                              edgecolor=MAP_STYLE["coast"], linewidth=0.6, zorder=0.5))
            borders = ax.add_collection(LineCollection(parts["border"], colors=MAP_STYLE["border"], linewidths=0.9,
                                                       linestyles=MAP_STYLE["border_style"], zorder=0.6),
                                        autolim=False)
            names = [ax.text(lon, lat, text, fontsize=8, style="italic" if sea else "normal", ha="center",
                             color=MAP_STYLE["area_text"], zorder=0.7, clip_on=True)
                     for lon, lat, text, sea in MAP_AREA_LABELS.get(frame, ())]
            self.backdrops[frame] = [a for a in (land, borders, *names) if a is not None]
            for artist in self.backdrops[frame]:
                artist.set_visible(False)
        self.route_lines, self.route_stops = {}, {}
        for _, r in routes.iterrows():
            lon, lat = route_path(r, places)
            kind = ROUTE_KIND_STYLE[r["kind"]]
            color = OKABE_ITO["grey"] if r["status"] == "suspended" else kind["color"]
            self.route_lines[r["route_id"]], = ax.plot(lon, lat, linestyle=kind["linestyle"], color=color,
                                                       linewidth=ROUTE_STATUS_WIDTH[r["status"]], zorder=2)
            self.route_stops[r["route_id"]] = set(route_places(r))
        self.place_points, self.place_labels, self.place_where = {}, {}, {}
        for _, p in places.iterrows():
            style = COUNTRY_STYLE[p["country"]]
            self.place_points[p["place_id"]], = ax.plot([p["lon"]], [p["lat"]], linestyle="none",
                                                         marker=style["marker"], markersize=7, color=style["color"],
                                                         markeredgecolor="black", zorder=3)
            dx, dy, ha = LABEL_OFFSETS.get(p["place_id"], (0.3, 0.2, "left"))
            self.place_labels[p["place_id"]] = ax.text(p["lon"] + dx, p["lat"] + dy, p["name"].split(" (")[0],
                                                       fontsize=8, ha=ha, zorder=4, clip_on=True)
            self.place_where[p["place_id"]] = (float(p["lon"]), float(p["lat"]))
        # tick labels say °E / °N, so no axis labels are needed
        ax.xaxis.set_major_formatter(_degrees("E"))
        ax.yaxis.set_major_formatter(_degrees("N"))
        self.extent = None
        self.title = ax.set_title("", loc="left", y=1.0)   # y given: no automatic placement per draw

    def update(self, route_ids: Iterable[str], countries: Iterable[str], places: pd.DataFrame,
               labels: bool, extent: str) -> None:
        route_ids, countries = set(route_ids), set(countries)
        for rid, line in self.route_lines.items():
            line.set_visible(rid in route_ids)
        on_routes = set().union(*(self.route_stops[r] for r in route_ids if r in self.route_stops))
        lon0, lon1, lat0, lat1 = EXTENTS[extent]
        country = places.set_index("place_id")["country"]
        for pid, point in self.place_points.items():
            visible = country[pid] in countries
            point.set_visible(visible)
            lon, lat = self.place_where[pid]
            # named: places on a chosen route, inside the frame (a label off the map still costs a draw)
            self.place_labels[pid].set_visible(visible and labels and pid in on_routes
                                               and lon0 <= lon <= lon1 and lat0 <= lat <= lat1
                                               and (extent != "eurasia" or pid in EURASIA_LABELS))
        if extent != self.extent:
            for frame, artists in self.backdrops.items():
                for artist in artists:
                    artist.set_visible(frame == extent)
            self.ax.set_xlim(lon0, lon1)
            self.ax.set_ylim(lat0, lat1)
            xticks, yticks = EXTENT_TICKS[extent]
            self.ax.set_xticks(xticks)
            self.ax.set_yticks(yticks)
            # equal distances on the ground look roughly equal at the frame's middle latitude
            self.ax.set_aspect(1 / math.cos(math.radians((lat0 + lat1) / 2)), adjustable="box")
            self.title.set_text(f"Routes of the Nine Bridges: {EXTENT_LABELS[extent]}")
            self.extent = extent


def draw_map(fig: Figure, places: pd.DataFrame, routes: pd.DataFrame, route_ids: Iterable[str],
             countries: Iterable[str] = ("ROK", "DPRK", "RUS"), labels: bool = True,
             extent: str = "northeast_asia", outlines: dict[str, dict[str, list[np.ndarray]]] | None = None) -> None:
    """The map: land, coastlines and borders of the chosen frame (``outlines``, from
    ``map_outlines``; read from ``map_lines`` when not given), routes and places on top."""
    if outlines is None:
        from ...data import load_table
        from .data import map_outlines

        outlines = map_outlines(load_table("map_lines"))
    plot = persistent(fig, "lesson03-map", lambda f: _MapPlot(f, places, routes, outlines))
    plot.update(route_ids, countries, places, labels, extent)


class _TradePlot:
    """The trade lines, event lines and labels, built once; a change only sets data and visibility.

    No legend: the key is HTML (``trade_key_html``), and each series keeps its own marker and
    line style in the figure, so it does not rely on colour."""

    def __init__(self, fig: Figure, events: pd.DataFrame):
        fig.subplots_adjust(left=0.1, right=0.98, bottom=0.14, top=0.9)
        self.ax = ax = fig.add_subplot()
        self.lines = {}
        for col, label in TRADE_SERIES.items():
            style = TRADE_STYLE[col]
            self.lines[col], = ax.plot([], [], label=label, linewidth=2, markersize=6, markeredgecolor="black",
                                       **style)
        ax.axhline(0, color=OKABE_ITO["black"], linewidth=0.8)
        self.event_lines, self.event_texts = [], []
        for x, (_, e) in zip(decimal_year(events["date"]), events.iterrows()):
            self.event_lines.append(ax.axvline(x, color=OKABE_ITO["grey"], linestyle="--", linewidth=1, zorder=1))
            self.event_texts.append(ax.text(x - 0.08, 0.98, e["label"], fontsize=8, va="top", ha="right",
                                            rotation=90, transform=ax.get_xaxis_transform(), clip_on=True))
        # few, short tick labels: each one is drawn again on every change
        ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True, steps=[1, 2, 5, 10]))
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
        ax.set_ylabel("USD million")
        ax.set_xlabel("Year")
        self.title = ax.set_title("South Korea–Russia trade in goods", loc="left", y=1.0)   # y: no auto placement

    def update(self, frame: pd.DataFrame, series: Sequence[str], show_events: bool) -> None:
        x = frame.index.to_numpy(dtype=float)
        lows, highs = [0.0], [0.0]
        for col, line in self.lines.items():
            visible = col in series
            line.set_visible(visible)
            if visible:
                y = frame[col].to_numpy(dtype=float)
                line.set_data(x, y)
                if np.isfinite(y).any():
                    lows.append(np.nanmin(y))
                    highs.append(np.nanmax(y))
        first, last = frame.index.min() - 0.5, frame.index.max() + 0.5
        for line, text in zip(self.event_lines, self.event_texts):
            inside = show_events and first <= line.get_xdata()[0] <= last   # a clipped label still costs a draw
            line.set_visible(inside)
            text.set_visible(inside)
        self.ax.set_xlim(first, last)
        pad = (max(highs) - min(lows)) * 0.08 or 1.0
        self.ax.set_ylim(min(lows) - pad, max(highs) + pad * 5)


def draw_trade(fig: Figure, frame: pd.DataFrame, series: Sequence[str], events: pd.DataFrame,
               show_events: bool = True) -> None:
    persistent(fig, "lesson03-trade", lambda f: _TradePlot(f, events)).update(frame, series, show_events)


def draw_goods(fig: Figure, table: pd.DataFrame, year: int = 2018) -> None:
    """Two panels of horizontal bars, one per direction of trade. In a figure without a layout
    engine (``new_figure(9, 3.2, layout=None)``) it sets margins that fit that size."""
    if fig.get_layout_engine() is None:
        fig.subplots_adjust(left=0.215, right=0.97, bottom=0.16, top=0.9, wspace=0.62)
    axes = fig.subplots(1, 2, sharex=True)
    for ax, direction, title, color, hatch in (
            (axes[0], "rok_to_rus", "South Korea → Russia", OKABE_ITO["blue"], "//"),
            (axes[1], "rus_to_rok", "Russia → South Korea", OKABE_ITO["orange"], "..")):
        rows = table[table["direction"] == direction].iloc[::-1]
        bars = ax.barh(rows["goods"], rows["value_usd_million"], color=color, hatch=hatch, edgecolor="black")
        ax.bar_label(bars, [f"{v:,.0f}" for v in rows["value_usd_million"]], padding=2, fontsize=8)
        ax.set_title(f"{title} ({year})", loc="left")
        ax.set_xlabel("USD million")
        ax.grid(axis="y", visible=False)
    axes[0].set_xlim(0, table["value_usd_million"].max() * 1.3)

"""Lesson 3 — The Nine Bridges: pure functions, figures and three explorers.

Pure functions (data in, numbers / text / View out; tested in tests/test_lesson03.py):

- ``bridge_table``, ``bridge_milestones``, ``status_counts``, ``describe_bridge``,
  ``bridge_view``: the nine bridges and what became of each;
- ``describe_overview``: the all-bridges milestone chart;
- ``route_places``, ``route_countries``, ``route_path``, ``route_length_km``, ``map_view``:
  the schematic map drawn from the shipped coordinates;
- ``trade_frame``, ``trade_balance``, ``trade_growth``, ``key_trade_events``,
  ``describe_trade``, ``trade_view``: South Korea–Russia trade by year;
- ``goods_table``, ``describe_goods``: what each side sells the other.

Figures are drawn by ``draw_*`` functions into figures made with ``new_figure`` and shown in
the notebook with ``show_figure(fig, describe_*(…))``. The explorers ``bridge_explorer``,
``map_explorer`` and ``trade_explorer`` are thin ``Explorer`` wrappers around ``bridge_view``,
``map_view`` and ``trade_view``.

Speed (FOUNDATION.md §3; research/bench_findings.md §1): each text the Agg renderer draws costs
about 0.1 ms a glyph on every change, so the explorer figures carry no legend. Their key is HTML
in the View's ``summary`` (``map_key_html``, ``trade_key_html``), which names the marker shape and
line style in words, while the figure keeps those shapes and styles as the second cue. Ticks are
few and short, place names are drawn only for the places on the chosen routes, and citations
are computed once per explorer (``bridge_citations``), not on every change.
"""
from __future__ import annotations

import math
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FormatStrFormatter, FuncFormatter, MaxNLocator, MultipleLocator

from ..answers import value_at
from ..data import PARTY_NAMES, cite, date_words, load_table, split_multi
from ..plotting import OKABE_ITO, join_words
from ..widgets import Explorer, View, dropdown, multi_picker, persistent, year_range_slider

# ------------------------------------------------------------------------------ constants
#: The nine bridges in the order Moon named them on 7 September 2017.
BRIDGE_ORDER = ["gas", "rail", "ports", "power", "arctic", "shipbuilding", "jobs", "agriculture", "fisheries"]
BRIDGE_LABELS = {
    "gas": "Gas", "rail": "Railways", "ports": "Seaports", "power": "Electricity",
    "arctic": "Arctic route", "shipbuilding": "Shipbuilding", "jobs": "Jobs",
    "agriculture": "Agriculture", "fisheries": "Fisheries",
}

#: Statuses from "furthest back" to "furthest on"; each has a colour AND a marker.
STATUS_ORDER = ["suspended", "stalled", "proposed", "agreed", "in_progress", "completed"]
STATUS_STYLE = {
    "suspended": {"label": "Suspended", "color": OKABE_ITO["black"], "marker": "X"},
    "stalled": {"label": "Stalled", "color": OKABE_ITO["vermillion"], "marker": "v"},
    "proposed": {"label": "Proposed", "color": OKABE_ITO["sky_blue"], "marker": "o"},
    "agreed": {"label": "Agreed", "color": OKABE_ITO["blue"], "marker": "s"},
    "in_progress": {"label": "In progress", "color": OKABE_ITO["orange"], "marker": "D"},
    "completed": {"label": "Completed", "color": OKABE_ITO["bluish_green"], "marker": "*"},
}

COUNTRY_NAMES = {code: PARTY_NAMES[code] for code in ("ROK", "DPRK", "RUS")}  # countries on the map
COUNTRY_STYLE = {
    "ROK": {"label": "South Korea", "color": OKABE_ITO["blue"], "marker": "o"},
    "DPRK": {"label": "North Korea", "color": OKABE_ITO["vermillion"], "marker": "^"},
    "RUS": {"label": "Russia", "color": OKABE_ITO["bluish_green"], "marker": "s"},
}
ROUTE_KIND_STYLE = {
    "rail": {"label": "Rail", "linestyle": "-", "color": OKABE_ITO["black"]},
    "gas_pipeline": {"label": "Gas pipeline", "linestyle": "--", "color": OKABE_ITO["orange"]},
    "power_grid": {"label": "Power link", "linestyle": ":", "color": OKABE_ITO["reddish_purple"]},
    "sea_route": {"label": "Sea route", "linestyle": "-.", "color": OKABE_ITO["blue"]},
}
ROUTE_STATUS_WIDTH = {"operating": 3.0, "suspended": 2.0, "proposed": 1.6}

#: Map frames (lon_min, lon_max, lat_min, lat_max).
EXTENTS = {
    "northeast_asia": (123.5, 145.5, 33.5, 50.0),
    "eurasia": (30.0, 150.0, 30.0, 75.0),
}
#: Tick positions per frame (longitudes, latitudes): few, short labels keep a redraw cheap.
EXTENT_TICKS = {
    "northeast_asia": ([125, 130, 135, 140, 145], [35, 40, 45, 50]),
    "eurasia": ([30, 60, 90, 120, 150], [30, 45, 60, 75]),
}
EXTENT_LABELS = {"northeast_asia": "Korea and the Russian Far East", "eurasia": "Eurasia (Moscow to Busan)"}

#: Label offsets (degrees) where places crowd together (Khasan, Tumangang and Rajin are ~20 km apart).
LABEL_OFFSETS = {"khasan": (0.35, 0.25, "left"), "tumangang": (-0.3, 0.35, "right"), "rajin": (-0.3, -0.6, "right"),
                 "vladivostok": (-0.2, 0.45, "right"), "nakhodka": (0.3, -0.55, "left")}

#: In the wide Eurasia frame only these places are named (the Korean ones would overlap).
EURASIA_LABELS = {"moscow", "sabetta", "khabarovsk", "vladivostok", "busan", "sakhalin"}

#: Routes drawn as an arc rather than straight segments (the real route is not shipped).
ARC_ROUTES = {"northern-sea-route"}

#: Dated events marked on the trade chart: (table, id, short label).
TRADE_EVENT_IDS = [
    ("institutions", "visa-waiver-in-force", "Visa waiver"),
    ("milestones", "rail-2016-suspended", "Rajin–Khasan suspended"),
    ("institutions", "eef-speech-2017", "Nine Bridges speech"),
    ("institutions", "state-visit-2018", "Moscow summit"),
    ("institutions", "sanctions-2022-02-28", "Seoul joins sanctions"),
]

TRADE_SERIES = {
    "total_usd_million": "Total trade",
    "rok_exports_usd_million": "South Korean exports",
    "rok_imports_usd_million": "South Korean imports",
    "balance_usd_million": "Balance (exports − imports)",
}
TRADE_STYLE = {
    "total_usd_million": {"color": OKABE_ITO["black"], "marker": "o", "linestyle": "-"},
    "rok_exports_usd_million": {"color": OKABE_ITO["blue"], "marker": "s", "linestyle": "--"},
    "rok_imports_usd_million": {"color": OKABE_ITO["orange"], "marker": "D", "linestyle": "-."},
    "balance_usd_million": {"color": OKABE_ITO["vermillion"], "marker": "v", "linestyle": ":"},
}

# ------------------------------------------------------------------------------ HTML keys
#: A matplotlib marker as (symbol, words), so an HTML key names the shape and not only the colour.
MARKER_WORDS = {"o": ("●", "circle"), "^": ("▲", "triangle"), "s": ("■", "square"), "D": ("◆", "diamond"),
                "v": ("▼", "downward triangle"), "X": ("✖", "cross"), "*": ("★", "star")}
#: A matplotlib line style as (sample, words).
LINESTYLE_WORDS = {"-": ("───", "solid"), "--": ("‒ ‒ ‒", "dashed"), ":": ("·····", "dotted"),
                   "-.": ("‒ · ‒", "dash-dot")}
COLOUR_WORDS = {code.upper(): name.replace("_", " ") for name, code in OKABE_ITO.items()}


def _swatch(color: str, sample: str) -> str:
    """A coloured sample of a marker or line for sighted readers; hidden from screen readers,
    because the words next to it carry the same meaning."""
    return f"<span aria-hidden='true' style='color:{color};font-weight:bold'>{sample}</span>"


def _colour_word(color: str) -> str:
    return COLOUR_WORDS.get(color.upper(), color)


def marker_words(marker: str) -> str:
    """'s' -> 'square' (the words an HTML key uses for a marker)."""
    return MARKER_WORDS.get(marker, (marker, marker))[1]


def map_key_html() -> str:
    """The map's key (HTML, below the controls): marker shape per country, line style per kind of
    route and line width per status, each in words next to a coloured sample."""
    places = ", ".join(f"{_swatch(s['color'], MARKER_WORDS[s['marker']][0])} {_colour_word(s['color'])} "
                       f"{marker_words(s['marker'])} = {s['label']}" for s in COUNTRY_STYLE.values())
    kinds = ", ".join(f"{_swatch(s['color'], LINESTYLE_WORDS[s['linestyle']][0])} {LINESTYLE_WORDS[s['linestyle']][1]} "
                      f"{_colour_word(s['color'])} line = {s['label'].lower()}" for s in ROUTE_KIND_STYLE.values())
    return (f"<em>Key.</em> Places: {places}. Routes: {kinds}. Line width shows the status: thick = operating, "
            "medium and grey = suspended, thin = proposed.")


def trade_key_html(series: Sequence[str], show_events: bool = True) -> str:
    """The trade chart's key (HTML) for the series shown: marker shape and line style in words."""
    if not series:
        return "<em>Key.</em> No series chosen."
    entries = []
    for col in series:
        s = TRADE_STYLE[col]
        symbol, shape = MARKER_WORDS[s["marker"]]
        sample, style = LINESTYLE_WORDS[s["linestyle"]]
        entries.append(f"{_swatch(s['color'], symbol + ' ' + sample)} {_colour_word(s['color'])} {shape}s on a "
                       f"{style} line = {TRADE_SERIES[col]}")
    text = "<em>Key.</em> " + "; ".join(entries) + ". A gap in a line: no figure found for that year."
    if show_events:
        text += " Grey dashed vertical lines mark the key events named on the chart."
    return text


def _money(value: float) -> str:
    """USD million as words: 27340 -> 'USD 27.3 billion', 888.8 -> 'USD 889 million'."""
    if value is None or pd.isna(value):
        return "no figure"
    if abs(value) >= 1000:
        return f"USD {value / 1000:,.1f} billion"
    return f"USD {value:,.0f} million"


# ------------------------------------------------------------------------------ the bridges
def bridge_table(bridges: pd.DataFrame) -> pd.DataFrame:
    """The bridges in the order of Moon's speech, with their ``position`` (1–9)."""
    table = bridges.set_index("bridge_id").loc[[b for b in BRIDGE_ORDER if b in set(bridges["bridge_id"])]]
    table = table.reset_index()
    table.insert(1, "position", range(1, len(table) + 1))
    return table


def bridge_milestones(milestones: pd.DataFrame, bridge_id: str,
                      years: tuple[int, int] | None = None) -> pd.DataFrame:
    """One bridge's milestones in date order, optionally within ``years`` (inclusive)."""
    rows = milestones[milestones["bridge_id"] == bridge_id]
    if years is not None:
        first, last = sorted(int(y) for y in years)
        year = rows["date"].dt.year
        rows = rows[(year >= first) & (year <= last)]
    return rows.sort_values(["date", "milestone_id"]).reset_index(drop=True)


def status_counts(bridges: pd.DataFrame) -> pd.Series:
    """How many bridges ended in each status by 2022 (statuses in STATUS_ORDER)."""
    counts = bridges["status_2022"].value_counts()
    return pd.Series({s: int(counts.get(s, 0)) for s in STATUS_ORDER}, name="bridges")


def milestone_text(row: pd.Series) -> str:
    return f"{date_words(row['date'], row.get('date_precision', 'day'))}: {row['milestone']}"


def describe_bridge(bridge: pd.Series, shown: pd.DataFrame, years: tuple[int, int] | None = None) -> str:
    """Text description of one bridge's milestone chart."""
    label = BRIDGE_LABELS.get(bridge["bridge_id"], bridge["sector"])
    span = f" between {years[0]} and {years[1]}" if years else ""
    if shown.empty:
        return (f"{label} bridge: no milestones{span}. By 2022 its status was "
                f"{STATUS_STYLE[bridge['status_2022']]['label'].lower()}.")
    first, last = shown.iloc[0], shown.iloc[-1]
    counts = shown["status"].value_counts()
    parts = [f"Timeline of the {label.lower()} bridge: {len(shown)} milestone{'s' if len(shown) != 1 else ''}{span}, "
             f"from {date_words(first['date'], first['date_precision'])} to {date_words(last['date'], last['date_precision'])}."]
    parts.append("Statuses: " + join_words([f"{counts[s]} {STATUS_STYLE[s]['label'].lower()}"
                                             for s in STATUS_ORDER if s in counts]) + ".")
    parts.append(f"The latest shown is '{last['milestone']}' ({STATUS_STYLE[last['status']]['label'].lower()}).")
    parts.append(f"Status by 2022: {STATUS_STYLE[bridge['status_2022']]['label'].lower()}.")
    return " ".join(parts)


def decimal_year(dates) -> np.ndarray:
    """Dates as decimal years (2017-09-07 -> 2017.68): a plain number axis with year ticks is
    cheaper to redraw than a date axis."""
    stamps = pd.DatetimeIndex(pd.to_datetime(dates))
    return (stamps.year + (stamps.day_of_year - 1) / np.where(stamps.is_leap_year, 366.0, 365.0)).to_numpy(dtype=float)


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


def bridge_citations(bridges: pd.DataFrame, milestones: pd.DataFrame) -> dict[str, str]:
    """Every citation the bridge explorer can show, computed once: ``source_ids`` text -> short
    citation (``cite``). The tables are fixed while the explorer runs, so the view only looks up."""
    ids = {s for s in pd.concat([bridges["source_ids"], milestones["source_ids"]]).dropna()}
    return {s: cite(s) for s in ids}


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
    symbol, shape = MARKER_WORDS[status["marker"]]
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


# ------------------------------------------------------------------------------ overview figure
def describe_overview(bridges: pd.DataFrame, milestones: pd.DataFrame) -> str:
    """Text description of the all-bridges chart."""
    table = bridge_table(bridges)
    counts = milestones.groupby("bridge_id").size()
    per = [f"{BRIDGE_LABELS[b]} {int(counts.get(b, 0))}" for b in table["bridge_id"]]
    by_status = status_counts(bridges)
    after = milestones[milestones["date"] >= pd.Timestamp("2022-02-28")]
    return (f"Chart with one row per bridge in the order of Moon's speech and one marker per dated milestone "
            f"({len(milestones)} in all), marker shape and colour showing the status. Milestones per bridge: "
            + join_words(per) + ". By 2022: "
            + join_words([f"{n} {STATUS_STYLE[s]['label'].lower()}" for s, n in by_status.items() if n]) + ". "
            f"Only {len(after)} milestones fall after South Korea joined the sanctions on 28 February 2022, "
            f"each of them {' or '.join(sorted({STATUS_STYLE[s]['label'].lower() for s in after['status']}))}.")


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


# ------------------------------------------------------------------------------ the map
def route_places(route: pd.Series) -> list[str]:
    return split_multi(route["place_sequence"])


def _countries_along(place_ids: Iterable[str], country: Mapping[str, str]) -> list[str]:
    out: list[str] = []
    for pid in place_ids:
        c = country[pid]
        if not out or out[-1] != c:
            out.append(c)
    return out


def route_countries(route: pd.Series, places: pd.DataFrame) -> list[str]:
    """Countries a route passes through, in order, without repeats ('ROK', 'DPRK', 'RUS')."""
    return _countries_along(route_places(route), places.set_index("place_id")["country"].to_dict())


def route_path(route: pd.Series, places: pd.DataFrame, n: int = 40) -> tuple[np.ndarray, np.ndarray]:
    """Longitudes and latitudes to draw: straight segments, or an arc for ARC_ROUTES."""
    where = places.set_index("place_id")
    lon = where.loc[route_places(route), "lon"].to_numpy(dtype=float)
    lat = where.loc[route_places(route), "lat"].to_numpy(dtype=float)
    if route["route_id"] in ARC_ROUTES and len(lon) == 2:
        # A quadratic Bézier curve bulging north-east: a reminder that the real route follows
        # the Arctic coast and the Bering Strait, which the course does not ship.
        control = (max(lon) + 25.0, max(lat) + 8.0)
        t = np.linspace(0, 1, n)
        lon = (1 - t) ** 2 * lon[0] + 2 * (1 - t) * t * control[0] + t ** 2 * lon[1]
        lat = (1 - t) ** 2 * lat[0] + 2 * (1 - t) * t * control[1] + t ** 2 * lat[1]
    return lon, lat


def _haversine_km(lat1, lon1, lat2, lon2) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def _length_km(place_ids: Sequence[str], lat: Mapping[str, float], lon: Mapping[str, float]) -> float:
    return sum(_haversine_km(lat[a], lon[a], lat[b], lon[b]) for a, b in zip(place_ids, place_ids[1:]))


def route_length_km(route: pd.Series, places: pd.DataFrame) -> float:
    """Straight-line (great-circle) length through the route's places: a lower bound, not track length."""
    where = places.set_index("place_id")
    return _length_km(route_places(route), where["lat"].to_dict(), where["lon"].to_dict())


def _place_lookup(places: pd.DataFrame) -> dict[str, dict[str, object]]:
    """Column -> {place_id: value} for the place columns the map needs (one set_index per call)."""
    where = places.set_index("place_id")
    return {col: where[col].to_dict() for col in ("name", "country", "lat", "lon")}


def describe_map(places: pd.DataFrame, routes: pd.DataFrame, shown_routes: pd.DataFrame,
                 shown_places: pd.DataFrame, extent: str) -> str:
    lon0, lon1, lat0, lat1 = EXTENTS[extent]
    inside = shown_places[shown_places["lon"].between(lon0, lon1) & shown_places["lat"].between(lat0, lat1)]
    outside = shown_places.drop(inside.index)
    parts = [f"Schematic map ({EXTENT_LABELS[extent]}: longitude {lon0:g}–{lon1:g}° E, latitude "
             f"{lat0:g}–{lat1:g}° N, no coastlines) of {len(inside)} places: "
             + join_words([f"{n} ({COUNTRY_NAMES[c]})" for n, c in zip(inside["name"], inside["country"])]) + "."]
    if len(outside):
        parts.append("Outside this frame: " + join_words(list(outside["name"])) + ".")
    if shown_routes.empty:
        parts.append("No routes are shown.")
    look = _place_lookup(places)
    for name, status, sequence in zip(shown_routes["name"], shown_routes["status"], shown_routes["place_sequence"]):
        ids = split_multi(sequence)
        seq = " → ".join(look["name"][p] for p in ids)
        countries = " → ".join(COUNTRY_NAMES[c] for c in _countries_along(ids, look["country"]))
        parts.append(f"{name} ({status}): {seq}; countries {countries}.")
    return " ".join(parts)


def _degrees(hemisphere: str) -> FuncFormatter:
    return FuncFormatter(lambda value, _pos: f"{value:g}°{hemisphere}")


class _MapPlot:
    """Places and routes, every artist built once; toggles only change visibility.

    No legend: the key is HTML (``map_key_html``); countries keep their marker shapes and route
    kinds their line styles, so the figure does not rely on colour."""

    def __init__(self, fig: Figure, places: pd.DataFrame, routes: pd.DataFrame):
        fig.subplots_adjust(left=0.08, right=0.95, bottom=0.07, top=0.93)
        self.ax = ax = fig.add_subplot()
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
            self.ax.set_xlim(lon0, lon1)
            self.ax.set_ylim(lat0, lat1)
            xticks, yticks = EXTENT_TICKS[extent]
            self.ax.set_xticks(xticks)
            self.ax.set_yticks(yticks)
            # equal distances on the ground look roughly equal at the frame's middle latitude
            self.ax.set_aspect(1 / math.cos(math.radians((lat0 + lat1) / 2)), adjustable="box")
            self.title.set_text(f"Schematic map: {EXTENT_LABELS[extent]}")
            self.extent = extent


def draw_map(fig: Figure, places: pd.DataFrame, routes: pd.DataFrame, route_ids: Iterable[str],
             countries: Iterable[str] = ("ROK", "DPRK", "RUS"), labels: bool = True,
             extent: str = "northeast_asia") -> None:
    plot = persistent(fig, "lesson03-map", lambda f: _MapPlot(f, places, routes))
    plot.update(route_ids, countries, places, labels, extent)


def map_view(places: pd.DataFrame, routes: pd.DataFrame, route_ids: Sequence[str],
             countries: Sequence[str] = ("ROK", "DPRK", "RUS"), labels: bool = True,
             extent: str = "northeast_asia") -> View:
    """The schematic map for chosen routes, countries, labels and frame."""
    if extent not in EXTENTS:
        raise ValueError(f"Unknown map frame {extent!r}.")
    route_ids, countries = list(route_ids), list(countries)
    shown_routes = routes[routes["route_id"].isin(route_ids)]
    shown_places = places[places["country"].isin(countries)]
    look = _place_lookup(places)
    sequences = [split_multi(s) for s in shown_routes["place_sequence"]]
    table = shown_routes.assign(
        places=[" → ".join(look["name"][p] for p in ids) for ids in sequences],
        countries=[" → ".join(COUNTRY_NAMES[c] for c in _countries_along(ids, look["country"])) for ids in sequences],
        straight_line_km=[round(_length_km(ids, look["lat"], look["lon"])) for ids in sequences],
    )[["name", "kind", "status", "places", "countries", "straight_line_km"]]
    names = ("Names are shown for the places on the chosen routes; the text description lists every place."
             if labels else "Place names are switched off; the text description lists every place.")
    summary = (f"<strong>{len(shown_routes)}</strong> of {len(routes)} routes and <strong>{len(shown_places)}</strong> "
               f"of {len(places)} places shown. Lines are straight between places (the Northern Sea Route is an arc): "
               f"a diagram, not a survey map. Straight-line km are lower bounds. {names}<br>{map_key_html()}")
    return View(description=describe_map(places, routes, shown_routes, shown_places, extent), table=table,
                summary=summary,
                draw=lambda fig: draw_map(fig, places, routes, route_ids, countries, labels, extent),
                extra={"routes": route_ids, "places": list(shown_places["place_id"])})


DEFAULT_MAP_ROUTES = ("trans-siberian", "vladivostok-khasan", "khasan-rajin", "rajin-pohang", "trans-korean-link")


def map_explorer(places: pd.DataFrame | None = None, routes: pd.DataFrame | None = None) -> Explorer:
    """Toggle routes and places on an offline schematic map drawn from the shipped coordinates."""
    places = load_table("places") if places is None else places
    routes = load_table("routes") if routes is None else routes
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
                                                                          labels, extent),
                    clear_figure=False, figsize=(7.2, 5.0),
                    intro="Tick routes (Ctrl/Cmd-click for several) and countries; switch the frame to Eurasia to "
                          "see Moscow and the Arctic. Which links need North Korea? The key is under the controls.")


def _checkbox(description: str, value: bool):
    import ipywidgets as widgets

    return widgets.Checkbox(value=value, description=description, indent=False)


# ------------------------------------------------------------------------------ trade
def trade_frame(trade: pd.DataFrame, years: tuple[int, int] | None = None) -> pd.DataFrame:
    """One row per calendar year in the span (missing years as empty rows, so lines break),
    with ``balance_usd_million`` = exports − imports where both are known."""
    table = trade.set_index(trade["year"].astype(int))[list(TRADE_SERIES)[:3]].astype(float)
    first, last = (int(table.index.min()), int(table.index.max())) if years is None else sorted(int(y) for y in years)
    table = table.reindex(range(first, last + 1))
    table.index.name = "year"
    table["balance_usd_million"] = table["rok_exports_usd_million"] - table["rok_imports_usd_million"]
    return table


def trade_balance(trade: pd.DataFrame) -> pd.Series:
    """South Korea's balance (exports − imports, USD million) for the years a source gives both."""
    both = trade.dropna(subset=["rok_exports_usd_million", "rok_imports_usd_million"])
    balance = both.set_index("year")["rok_exports_usd_million"] - both.set_index("year")["rok_imports_usd_million"]
    balance.name = "balance_usd_million"
    return balance


def trade_growth(trade: pd.DataFrame, start: int, end: int, column: str = "total_usd_million") -> float:
    """Percent change of ``column`` from year ``start`` to year ``end``."""
    values = trade.set_index("year")[column]
    a, b = value_at(values, start), value_at(values, end)
    if a is None or b is None or pd.isna(a) or pd.isna(b):
        raise ValueError(f"No {TRADE_SERIES.get(column, column).lower()} figure for {start if pd.isna(a) else end}.")
    return (b - a) / a * 100


def key_trade_events(institutions: pd.DataFrame, milestones: pd.DataFrame) -> pd.DataFrame:
    """The dated events marked on the trade chart (date, label)."""
    lookup = {"institutions": institutions.set_index("item_id")["date"],
              "milestones": milestones.set_index("milestone_id")["date"]}
    rows = [{"date": lookup[table][key], "label": label} for table, key, label in TRADE_EVENT_IDS]
    return pd.DataFrame(rows).sort_values("date").reset_index(drop=True)


def describe_trade(frame: pd.DataFrame, series: Sequence[str], events: pd.DataFrame | None = None) -> str:
    """Text description of the trade chart for the chosen series."""
    if frame.empty:
        return "No years chosen."
    first, last = int(frame.index.min()), int(frame.index.max())
    parts = [f"Line chart of South Korea–Russia trade in goods, {first}–{last}, in million US dollars (Korean figures)."]
    for col in series:
        values = frame[col].dropna()
        name = TRADE_SERIES[col]
        if values.empty:
            parts.append(f"{name}: no figures in these years.")
            continue
        hi, lo = int(values.idxmax()), int(values.idxmin())
        parts.append(f"{name}: figures for {len(values)} of {last - first + 1} years; highest {_money(values[hi])} "
                     f"in {hi}, lowest {_money(values[lo])} in {lo}.")
    gaps = [int(y) for y in frame.index[frame[list(series)].isna().all(axis=1)]] if series else []
    if gaps:
        parts.append(f"No figure for {len(gaps)} year{'s' if len(gaps) != 1 else ''} (gaps in the lines): "
                     + _year_runs(gaps) + ".")
    if events is not None and len(events):
        inside = events[events["date"].dt.year.between(first, last)]
        if len(inside):
            parts.append("Dashed lines mark " + join_words([f"{r['label']} ({r['date']:%b %Y})"
                                                           for _, r in inside.iterrows()]) + ".")
    return " ".join(parts)


def _year_runs(years: Sequence[int]) -> str:
    runs, start = [], None
    years = sorted(years)
    for i, y in enumerate(years):
        if start is None:
            start = y
        if i == len(years) - 1 or years[i + 1] != y + 1:
            runs.append(str(start) if start == y else f"{start}–{y}")
            start = None
    return join_words(runs)


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
        summary = (f"Total trade went from <strong>{_money(totals.iloc[0])}</strong> ({a}) to "
                   f"<strong>{_money(totals.iloc[-1])}</strong> ({b}): {change:+.1f}%.")
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


# ------------------------------------------------------------------------------ goods
def goods_table(goods: pd.DataFrame, year: int = 2018) -> pd.DataFrame:
    """Goods with a value in ``year``, largest first within each direction."""
    rows = goods[(goods["year"] == year) & goods["value_usd_million"].notna()]
    return rows.sort_values(["direction", "value_usd_million"], ascending=[True, False]).reset_index(drop=True)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def describe_goods(table: pd.DataFrame, year: int = 2018) -> str:
    ex = table[table["direction"] == "rok_to_rus"]
    im = table[table["direction"] == "rus_to_rok"]
    return (f"Two bar charts of the main goods traded in {year} (USD million, KOTRA). South Korea sold Russia "
            + join_words([f"{_lower_first(r['goods'])} ({r['value_usd_million']:,.0f})" for _, r in ex.iterrows()])
            + f", together {ex['value_usd_million'].sum():,.0f}. Russia sold South Korea "
            + join_words([f"{_lower_first(r['goods'])} ({r['value_usd_million']:,.0f})" for _, r in im.iterrows()])
            + f", together {im['value_usd_million'].sum():,.0f}: manufactured goods one way, fuels and raw "
              "materials the other.")


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


__all__ = [
    "BRIDGE_ORDER", "BRIDGE_LABELS", "STATUS_ORDER", "STATUS_STYLE", "EXTENTS", "TRADE_SERIES",
    "bridge_table", "bridge_milestones", "status_counts", "describe_bridge", "bridge_citations", "bridge_view",
    "bridge_explorer", "decimal_year", "map_key_html", "trade_key_html",
    "describe_overview", "draw_overview",
    "route_places", "route_countries", "route_path", "route_length_km", "describe_map", "draw_map", "map_view",
    "map_explorer",
    "trade_frame", "trade_balance", "trade_growth", "key_trade_events", "describe_trade", "draw_trade",
    "trade_view", "trade_explorer",
    "goods_table", "describe_goods", "draw_goods",
]

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
"""
from __future__ import annotations

import math
from typing import Iterable, Sequence

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from ..data import cite, load_table, split_multi, date_words
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

COUNTRY_NAMES = {"ROK": "South Korea", "DPRK": "North Korea", "RUS": "Russia"}
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


class _BridgePlot:
    """Milestones of one bridge: x = date, y = status (built once, then updated)."""

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
        for when, text in ((pd.Timestamp("2017-09-07"), "Speech"), (pd.Timestamp("2022-02-28"), "Sanctions")):
            ax.axvline(when, color=OKABE_ITO["grey"], linestyle="--", linewidth=1, zorder=1)
            ax.text(when, len(STATUS_ORDER) - 0.45, f" {text}", fontsize=9, va="top", clip_on=True)
        ax.xaxis.set_major_locator(mdates.YearLocator(base=2))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        self.title = ax.set_title("", loc="left")

    def update(self, shown: pd.DataFrame, label: str, years: tuple[int, int]) -> None:
        levels = shown["status"].map(STATUS_ORDER.index)
        dates = mdates.date2num(pd.to_datetime(shown["date"]))
        self.path.set_data(dates, levels.to_numpy(dtype=float))
        for status, line in self.points.items():
            mask = (shown["status"] == status).to_numpy()
            line.set_data(dates[mask], levels.to_numpy(dtype=float)[mask])
        self.ax.set_xlim(mdates.date2num(pd.Timestamp(f"{years[0]}-01-01")),
                         mdates.date2num(pd.Timestamp(f"{years[1]}-12-31")))
        self.title.set_text(f"{label}: milestones and their status")


def _draw_bridge(fig: Figure, shown: pd.DataFrame, label: str, years: tuple[int, int]) -> None:
    persistent(fig, "lesson03-bridge", _BridgePlot).update(shown, label, years)


def bridge_view(bridges: pd.DataFrame, milestones: pd.DataFrame, places: pd.DataFrame,
                bridge_id: str, years: tuple[int, int] = (2000, 2025)) -> View:
    """Everything the Nine Bridges explorer shows for one bridge and a span of years."""
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
    summary = (f"<strong>{int(bridge['position'])}. {bridge['sector']}</strong> — {bridge['proposal']}<br>"
               f"<em>Flagship projects:</em><ul style='margin:0.2em 0'>{projects}</ul>"
               f"<em>Places:</em> {where}. <em>Status by 2022:</em> {status['label']} ({status['marker']} marker). "
               f"<br><em>Note:</em> {bridge['note']}<br><em>Sources:</em> {cite(bridge['source_ids'])}")
    label = BRIDGE_LABELS[bridge_id]
    out = shown.assign(when=[date_words(d, p) for d, p in zip(shown["date"], shown["date_precision"])],
                       sources=[cite(s) for s in shown["source_ids"]])
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
    options = {b: f"{i}. {BRIDGE_LABELS[b]}" for i, b in enumerate(BRIDGE_ORDER, start=1)}
    controls = {"bridge_id": dropdown(options, "Bridge", value="rail"),
                "years": year_range_slider(2000, 2025, value=(2000, 2025), description="Years")}
    return Explorer("Nine Bridges explorer", controls,
                    lambda bridge_id, years: bridge_view(bridges, milestones, places, bridge_id, years),
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
    """One row per bridge (speech order, first at the top), one marker per milestone."""
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


def route_countries(route: pd.Series, places: pd.DataFrame) -> list[str]:
    """Countries a route passes through, in order, without repeats ('ROK', 'DPRK', 'RUS')."""
    country = places.set_index("place_id")["country"]
    out: list[str] = []
    for pid in route_places(route):
        c = country[pid]
        if not out or out[-1] != c:
            out.append(c)
    return out


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


def route_length_km(route: pd.Series, places: pd.DataFrame) -> float:
    """Straight-line (great-circle) length through the route's places: a lower bound, not track length."""
    where = places.set_index("place_id")
    pts = [(where.at[p, "lat"], where.at[p, "lon"]) for p in route_places(route)]
    return sum(_haversine_km(a[0], a[1], b[0], b[1]) for a, b in zip(pts, pts[1:]))


def describe_map(places: pd.DataFrame, routes: pd.DataFrame, shown_routes: pd.DataFrame,
                 shown_places: pd.DataFrame, extent: str) -> str:
    lon0, lon1, lat0, lat1 = EXTENTS[extent]
    inside = shown_places[shown_places["lon"].between(lon0, lon1) & shown_places["lat"].between(lat0, lat1)]
    outside = shown_places.drop(inside.index)
    parts = [f"Schematic map ({EXTENT_LABELS[extent]}: longitude {lon0:g}–{lon1:g}° E, latitude "
             f"{lat0:g}–{lat1:g}° N, no coastlines) of {len(inside)} places: "
             + join_words([f"{r['name']} ({COUNTRY_NAMES[r['country']]})" for _, r in inside.iterrows()]) + "."]
    if len(outside):
        parts.append("Outside this frame: " + join_words(list(outside["name"])) + ".")
    if shown_routes.empty:
        parts.append("No routes are shown.")
    for _, r in shown_routes.iterrows():
        names = places.set_index("place_id")["name"]
        seq = " → ".join(names[p] for p in route_places(r))
        countries = " → ".join(COUNTRY_NAMES[c] for c in route_countries(r, places))
        parts.append(f"{r['name']} ({r['status']}): {seq}; countries {countries}.")
    return " ".join(parts)


class _MapPlot:
    """Places and routes, every artist built once; toggles only change visibility."""

    def __init__(self, fig: Figure, places: pd.DataFrame, routes: pd.DataFrame):
        fig.subplots_adjust(left=0.07, right=0.74, bottom=0.1, top=0.92)
        self.ax = ax = fig.add_subplot()
        self.route_lines = {}
        for _, r in routes.iterrows():
            lon, lat = route_path(r, places)
            kind = ROUTE_KIND_STYLE[r["kind"]]
            color = OKABE_ITO["grey"] if r["status"] == "suspended" else kind["color"]
            self.route_lines[r["route_id"]], = ax.plot(lon, lat, linestyle=kind["linestyle"], color=color,
                                                       linewidth=ROUTE_STATUS_WIDTH[r["status"]], zorder=2)
        self.place_points, self.place_labels = {}, {}
        for _, p in places.iterrows():
            style = COUNTRY_STYLE[p["country"]]
            self.place_points[p["place_id"]], = ax.plot([p["lon"]], [p["lat"]], linestyle="none",
                                                         marker=style["marker"], markersize=7, color=style["color"],
                                                         markeredgecolor="black", zorder=3)
            dx, dy, ha = LABEL_OFFSETS.get(p["place_id"], (0.3, 0.2, "left"))
            self.place_labels[p["place_id"]] = ax.text(p["lon"] + dx, p["lat"] + dy, p["name"].split(" (")[0],
                                                       fontsize=8, ha=ha, zorder=4, clip_on=True)
        ax.set_xlabel("Longitude (° E)")
        ax.set_ylabel("Latitude (° N)")
        handles = [Line2D([], [], linestyle="none", marker=s["marker"], color=s["color"], markeredgecolor="black",
                          label=s["label"]) for s in COUNTRY_STYLE.values()]
        handles += [Line2D([], [], linestyle=s["linestyle"], color=s["color"], label=s["label"])
                    for s in ROUTE_KIND_STYLE.values()]
        handles += [Line2D([], [], color=OKABE_ITO["black"], linewidth=w, label=f"{st.capitalize()}"
                           + (" (grey)" if st == "suspended" else ""))
                    for st, w in ROUTE_STATUS_WIDTH.items()]
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
        self.title = ax.set_title("", loc="left")

    def update(self, route_ids: Iterable[str], countries: Iterable[str], places: pd.DataFrame,
               labels: bool, extent: str) -> None:
        route_ids, countries = set(route_ids), set(countries)
        for rid, line in self.route_lines.items():
            line.set_visible(rid in route_ids)
        country = places.set_index("place_id")["country"]
        for pid, point in self.place_points.items():
            visible = country[pid] in countries
            point.set_visible(visible)
            self.place_labels[pid].set_visible(visible and labels
                                               and (extent != "eurasia" or pid in EURASIA_LABELS))
        lon0, lon1, lat0, lat1 = EXTENTS[extent]
        self.ax.set_xlim(lon0, lon1)
        self.ax.set_ylim(lat0, lat1)
        # equal distances on the ground look roughly equal at the frame's middle latitude
        self.ax.set_aspect(1 / math.cos(math.radians((lat0 + lat1) / 2)), adjustable="box")
        self.title.set_text(f"Schematic map: {EXTENT_LABELS[extent]}")


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
    table = shown_routes.assign(
        places=[" → ".join(places.set_index("place_id").loc[route_places(r), "name"]) for _, r in shown_routes.iterrows()],
        countries=[" → ".join(COUNTRY_NAMES[c] for c in route_countries(r, places)) for _, r in shown_routes.iterrows()],
        straight_line_km=[round(route_length_km(r, places)) for _, r in shown_routes.iterrows()],
    )[["name", "kind", "status", "places", "countries", "straight_line_km"]]
    summary = (f"<strong>{len(shown_routes)}</strong> of {len(routes)} routes and <strong>{len(shown_places)}</strong> "
               f"of {len(places)} places shown. Lines are straight between places (the Northern Sea Route is an arc): "
               "a diagram, not a survey map. Straight-line km are lower bounds.")
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
                    clear_figure=False, figsize=(8.5, 5.0),
                    intro="Tick routes (Ctrl/Cmd-click for several) and countries; switch the frame to Eurasia to "
                          "see Moscow and the Arctic. Which links need North Korea?")


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
    a, b = values.get(start), values.get(end)
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
    gaps = [int(y) for y in frame.index if frame.loc[y, list(series)].isna().all()] if series else []
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
    def __init__(self, fig: Figure, events: pd.DataFrame):
        fig.subplots_adjust(left=0.1, right=0.98, bottom=0.14, top=0.88)
        self.ax = ax = fig.add_subplot()
        self.lines = {}
        for col, label in TRADE_SERIES.items():
            style = TRADE_STYLE[col]
            self.lines[col], = ax.plot([], [], label=label, linewidth=2, markersize=6, markeredgecolor="black",
                                       **style)
        ax.axhline(0, color=OKABE_ITO["black"], linewidth=0.8)
        self.event_lines, self.event_texts = [], []
        for i, (_, e) in enumerate(events.iterrows()):
            x = e["date"].year + (e["date"].day_of_year - 1) / 365.25
            self.event_lines.append(ax.axvline(x, color=OKABE_ITO["grey"], linestyle="--", linewidth=1, zorder=1))
            self.event_texts.append(ax.text(x - 0.08, 0.98, e["label"], fontsize=8, va="top", ha="right",
                                            rotation=90, transform=ax.get_xaxis_transform(), clip_on=True))
        ax.set_ylabel("USD million")
        ax.set_xlabel("Year")
        self.legend = ax.legend(loc="upper left", fontsize=8, framealpha=0.9)
        self.title = ax.set_title("", loc="left")

    def update(self, frame: pd.DataFrame, series: Sequence[str], show_events: bool) -> None:
        x = frame.index.to_numpy(dtype=float)
        lows, highs = [0.0], [0.0]
        for col, line in self.lines.items():
            visible = col in series
            line.set_visible(visible)
            line.set_label(TRADE_SERIES[col] if visible else f"_{col}")
            if visible:
                y = frame[col].to_numpy(dtype=float)
                line.set_data(x, y)
                if np.isfinite(y).any():
                    lows.append(np.nanmin(y))
                    highs.append(np.nanmax(y))
        for artist in self.event_lines + self.event_texts:
            artist.set_visible(show_events)
        self.ax.set_xlim(frame.index.min() - 0.5, frame.index.max() + 0.5)
        pad = (max(highs) - min(lows)) * 0.08 or 1.0
        self.ax.set_ylim(min(lows) - pad, max(highs) + pad * 5)
        handles = [line for col, line in self.lines.items() if col in series]
        self.legend.remove()
        self.legend = self.ax.legend(handles=handles, loc="upper left", fontsize=8, framealpha=0.9)
        self.title.set_text("South Korea–Russia trade in goods (USD million; gaps = no figure found)")


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
                    intro="Choose years and series; add the balance to see who sells more to whom.")


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
    "bridge_table", "bridge_milestones", "status_counts", "describe_bridge", "bridge_view", "bridge_explorer",
    "describe_overview", "draw_overview",
    "route_places", "route_countries", "route_path", "route_length_km", "describe_map", "draw_map", "map_view",
    "map_explorer",
    "trade_frame", "trade_balance", "trade_growth", "key_trade_events", "describe_trade", "draw_trade",
    "trade_view", "trade_explorer",
    "goods_table", "describe_goods", "draw_goods",
]

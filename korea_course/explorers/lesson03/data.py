"""Lesson 3 data shaping: the nine bridges and their milestones, the routes and their lengths
on the map, the map's coastlines and borders (``map_lines``, from Natural Earth), South
Korea–Russia trade by year and the goods traded.
"""
from __future__ import annotations

import math
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from ...data import PARTY_NAMES, cite, split_multi, value_at


#: The nine bridges in the order Moon named them on 7 September 2017.
BRIDGE_ORDER = ["gas", "rail", "ports", "power", "arctic", "shipbuilding", "jobs", "agriculture", "fisheries"]
BRIDGE_LABELS = {
    "gas": "Gas", "rail": "Railways", "ports": "Seaports", "power": "Electricity",
    "arctic": "Arctic route", "shipbuilding": "Shipbuilding", "jobs": "Jobs",
    "agriculture": "Agriculture", "fisheries": "Fisheries",
}
#: Statuses from "furthest back" to "furthest on" (colour and marker of each: ``style.STATUS_STYLE``).
STATUS_ORDER = ["suspended", "stalled", "proposed", "agreed", "in_progress", "completed"]
COUNTRY_NAMES = {code: PARTY_NAMES[code] for code in ("ROK", "DPRK", "RUS")}  # countries on the map
#: Map frames (lon_min, lon_max, lat_min, lat_max).
EXTENTS = {
    "northeast_asia": (123.5, 145.5, 33.5, 50.0),
    "eurasia": (30.0, 150.0, 30.0, 79.0),
}
EXTENT_LABELS = {"northeast_asia": "Korea and the Russian Far East", "eurasia": "Eurasia (Moscow to Busan)"}
#: Kinds of line in ``map_lines.csv``: closed land rings and international borders.
MAP_FEATURES = ("land", "border")
#: Sea routes drawn through waypoints (lon, lat) between their two ends, because a straight line
#: would cross land: the Northern Sea Route follows Russia's Arctic coast east, through the
#: Bering Strait (beyond 180°, written as 190.5° E) and back south-west to Korea. Schematic: the
#: waypoints only keep the line at sea.
SEA_WAYPOINTS = {
    "northern-sea-route": [(73.0, 73.5), (80.0, 75.5), (104.0, 77.9), (125.0, 75.5), (140.0, 74.6), (160.0, 71.5),
                           (178.0, 70.0), (190.5, 66.0), (180.0, 60.0), (165.0, 52.0), (150.0, 43.5),
                           (141.5, 41.4), (138.5, 40.5), (132.0, 37.0)],
}
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


def decimal_year(dates) -> np.ndarray:
    """Dates as decimal years (2017-09-07 -> 2017.68): a plain number axis with year ticks is
    cheaper to redraw than a date axis."""
    stamps = pd.DatetimeIndex(pd.to_datetime(dates))
    return (stamps.year + (stamps.day_of_year - 1) / np.where(stamps.is_leap_year, 366.0, 365.0)).to_numpy(dtype=float)


def bridge_citations(bridges: pd.DataFrame, milestones: pd.DataFrame) -> dict[str, str]:
    """Every citation the bridge explorer can show, computed once: ``source_ids`` text -> short
    citation (``cite``). The tables are fixed while the explorer runs, so the view only looks up."""
    ids = {s for s in pd.concat([bridges["source_ids"], milestones["source_ids"]]).dropna()}
    return {s: cite(s) for s in ids}


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


def route_path(route: pd.Series, places: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Longitudes and latitudes to draw: straight segments between the stops, through the
    SEA_WAYPOINTS of a sea route whose straight line would cross land."""
    where = places.set_index("place_id")
    lon = where.loc[route_places(route), "lon"].to_numpy(dtype=float)
    lat = where.loc[route_places(route), "lat"].to_numpy(dtype=float)
    waypoints = SEA_WAYPOINTS.get(route["route_id"])
    if waypoints and len(lon) == 2:
        lon = np.array([lon[0], *(w[0] for w in waypoints), lon[1]])
        lat = np.array([lat[0], *(w[1] for w in waypoints), lat[1]])
    return lon, lat


def map_outlines(lines: pd.DataFrame) -> dict[str, dict[str, list[np.ndarray]]]:
    """The map's backdrop per frame: ``{frame: {"land": [ring, ...], "border": [line, ...]}}``,
    each ring or line an (n, 2) array of longitude, latitude in drawing order."""
    out: dict[str, dict[str, list[np.ndarray]]] = {}
    for (frame, feature), rows in lines.groupby(["frame", "feature"], sort=False):
        parts = [g[["lon", "lat"]].to_numpy(dtype=float) for _, g in rows.groupby("part", sort=False)]
        out.setdefault(frame, {f: [] for f in MAP_FEATURES})[feature] = parts
    return out


def on_land(lon: float, lat: float, rings: Sequence[np.ndarray], tolerance: float = 0.0) -> bool:
    """Whether a point lies inside the land rings (even-odd rule, so lakes stay holes), or within
    ``tolerance`` degrees of a coastline — a port's rounded coordinates may fall just offshore."""
    inside = False
    for ring in rings:
        x0, y0, x1, y1 = ring[:-1, 0], ring[:-1, 1], ring[1:, 0], ring[1:, 1]
        crosses = (y0 > lat) != (y1 > lat)
        with np.errstate(divide="ignore", invalid="ignore"):
            x_at = x0 + (lat - y0) * (x1 - x0) / (y1 - y0)
        inside ^= bool(np.count_nonzero(crosses & (lon < x_at)) % 2)
    if inside or tolerance <= 0:
        return inside
    return any(_distance_to_line(lon, lat, ring) <= tolerance for ring in rings)


def _distance_to_line(lon: float, lat: float, line: np.ndarray) -> float:
    """Shortest distance in degrees from a point to a polyline (flat approximation)."""
    a, b = line[:-1], line[1:]
    d = b - a
    length2 = (d ** 2).sum(axis=1)
    t = np.clip(((lon - a[:, 0]) * d[:, 0] + (lat - a[:, 1]) * d[:, 1]) / np.where(length2 > 0, length2, 1), 0, 1)
    nearest = a + d * t[:, None]
    return float(np.sqrt(((nearest - (lon, lat)) ** 2).sum(axis=1)).min())


def _haversine_km(lat1, lon1, lat2, lon2) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def _length_km(place_ids: Sequence[str], lat: Mapping[str, float], lon: Mapping[str, float]) -> float:
    return sum(_haversine_km(lat[a], lon[a], lat[b], lon[b]) for a, b in zip(place_ids, place_ids[1:]))


def route_table(routes: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """The map explorer's table of routes: name, kind, status, the places and countries in order,
    and the straight-line length in km."""
    look = _place_lookup(places)
    sequences = [split_multi(s) for s in routes["place_sequence"]]
    return routes.assign(
        places=[" → ".join(look["name"][p] for p in ids) for ids in sequences],
        countries=[" → ".join(COUNTRY_NAMES[c] for c in _countries_along(ids, look["country"])) for ids in sequences],
        straight_line_km=[round(_length_km(ids, look["lat"], look["lon"])) for ids in sequences],
    )[["name", "kind", "status", "places", "countries", "straight_line_km"]]


def route_length_km(route: pd.Series, places: pd.DataFrame) -> float:
    """Straight-line (great-circle) length through the route's places: a lower bound, not track length."""
    where = places.set_index("place_id")
    return _length_km(route_places(route), where["lat"].to_dict(), where["lon"].to_dict())


def _place_lookup(places: pd.DataFrame) -> dict[str, dict[str, object]]:
    """Column -> {place_id: value} for the place columns the map needs (one set_index per call)."""
    where = places.set_index("place_id")
    return {col: where[col].to_dict() for col in ("name", "country", "lat", "lon")}


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


def goods_table(goods: pd.DataFrame, year: int = 2018) -> pd.DataFrame:
    """Goods with a value in ``year``, largest first within each direction."""
    rows = goods[(goods["year"] == year) & goods["value_usd_million"].notna()]
    return rows.sort_values(["direction", "value_usd_million"], ascending=[True, False]).reset_index(drop=True)

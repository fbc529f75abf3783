"""Lesson 3 words: the text descriptions of the lesson's figures and explorers, and the
explorers' keys in HTML (``map_key_html``, ``trade_key_html``), which name each marker shape
and line style in words next to a coloured sample.
"""
from __future__ import annotations

from typing import Sequence

import pandas as pd

from ...data import date_words, split_multi
from ...formatting import (
    join_words, linestyle_sample, linestyle_words, marker_symbol, marker_words, money, year_range, year_runs,
)
from ...plotting import OKABE_ITO
from .data import (
    BRIDGE_LABELS, COUNTRY_NAMES, EXTENTS, EXTENT_LABELS, STATUS_ORDER, TRADE_SERIES, _countries_along,
    _place_lookup, bridge_table, status_counts,
)
from .style import COUNTRY_STYLE, ROUTE_KIND_STYLE, STATUS_STYLE, TRADE_STYLE


#: The Okabe–Ito colours in words ('#0072B2' -> 'blue'), for the keys.
COLOUR_WORDS = {code.upper(): name.replace("_", " ") for name, code in OKABE_ITO.items()}


def _swatch(color: str, sample: str) -> str:
    """A coloured sample of a marker or line for sighted readers; hidden from screen readers,
    because the words next to it carry the same meaning."""
    return f"<span aria-hidden='true' style='color:{color};font-weight:bold'>{sample}</span>"


def _colour_word(color: str) -> str:
    return COLOUR_WORDS.get(color.upper(), color)


def map_key_html() -> str:
    """The map's key (HTML, below the controls): marker shape per country, line style per kind of
    route and line width per status, each in words next to a coloured sample."""
    places = ", ".join(f"{_swatch(s['color'], marker_symbol(s['marker']))} {_colour_word(s['color'])} "
                       f"{marker_words(s['marker'])} = {s['label']}" for s in COUNTRY_STYLE.values())
    kinds = ", ".join(f"{_swatch(s['color'], linestyle_sample(s['linestyle']))} {linestyle_words(s['linestyle'])} "
                      f"{_colour_word(s['color'])} line = {s['label'].lower()}" for s in ROUTE_KIND_STYLE.values())
    return (f"<em>Key.</em> Places: {places}. Routes: {kinds}. Line width shows the status: thick = operating, "
            "medium and grey = suspended, thin = proposed. Map: beige = land, pale blue = sea, thin grey "
            "dash-dot-dot line = international border (Natural Earth).")


def trade_key_html(series: Sequence[str], show_events: bool = True) -> str:
    """The trade chart's key (HTML) for the series shown: marker shape and line style in words."""
    if not series:
        return "<em>Key.</em> No series chosen."
    entries = []
    for col in series:
        s = TRADE_STYLE[col]
        sample = marker_symbol(s["marker"]) + " " + linestyle_sample(s["linestyle"])
        entries.append(f"{_swatch(s['color'], sample)} {_colour_word(s['color'])} "
                       f"{marker_words(s['marker'], plural=True)} on a {linestyle_words(s['linestyle'])} line = "
                       f"{TRADE_SERIES[col]}")
    text = "<em>Key.</em> " + "; ".join(entries) + ". A gap in a line: no figure found for that year."
    if show_events:
        text += " Grey dashed vertical lines mark the key events named on the chart."
    return text


def money_million(value: float) -> str:
    """An amount given in USD million (the trade tables' unit) in the course's money style:
    27340 -> '27.3 billion USD', 888.8 -> '889 million USD'."""
    return money(None if value is None else value * 1e6)


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


def describe_map(places: pd.DataFrame, routes: pd.DataFrame, shown_routes: pd.DataFrame,
                 shown_places: pd.DataFrame, extent: str) -> str:
    lon0, lon1, lat0, lat1 = EXTENTS[extent]
    inside = shown_places[shown_places["lon"].between(lon0, lon1) & shown_places["lat"].between(lat0, lat1)]
    outside = shown_places.drop(inside.index)
    parts = [f"Map of {EXTENT_LABELS[extent]} (longitude {lon0:g}–{lon1:g}° E, latitude {lat0:g}–{lat1:g}° N) "
             "with land, coastlines and international borders from Natural Earth. "
             + MAP_GEOGRAPHY.get(extent, "")
             + f" {len(inside)} places are marked: "
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


#: What the backdrop of each frame shows, for the text description (the figure draws it from
#: ``map_lines``; these sentences say what a sighted reader sees there).
MAP_GEOGRAPHY = {
    "northeast_asia": (
        "The Korean peninsula reaches south from China; Russia touches North Korea only at the mouth of the Tumen "
        "River in the far north-east, where Khasan (Russia) and Tumangang (North Korea) face each other, with "
        "Rajin a little to the south on the coast. South Korea has no land border except with North Korea. "
        "Vladivostok lies about 130 km north-east of Khasan across the bays of Peter the Great Gulf; the East Sea "
        "(Sea of Japan) separates Korea and Russia's Pacific coast from Japan."),
    "eurasia": (
        "Russia spans the north of the continent from Moscow in the west to the Pacific; China, Mongolia and "
        "Kazakhstan lie to its south, and the Korean peninsula is a small spur at the eastern edge, next to "
        "Vladivostok. Yamal and the Ob bay are on the Arctic coast in the north-west of Siberia."),
}


def describe_trade(frame: pd.DataFrame, series: Sequence[str], events: pd.DataFrame | None = None) -> str:
    """Text description of the trade chart for the chosen series."""
    if frame.empty:
        return "No years chosen."
    first, last = int(frame.index.min()), int(frame.index.max())
    parts = [f"Line chart of South Korea–Russia trade in goods, {year_range(first, last)}, in million US dollars "
             "(Korean figures)."]
    for col in series:
        values = frame[col].dropna()
        name = TRADE_SERIES[col]
        if values.empty:
            parts.append(f"{name}: no figures in these years.")
            continue
        hi, lo = int(values.idxmax()), int(values.idxmin())
        parts.append(f"{name}: figures for {len(values)} of {last - first + 1} years; highest "
                     f"{money_million(values[hi])} in {hi}, lowest {money_million(values[lo])} in {lo}.")
    gaps = [int(y) for y in frame.index[frame[list(series)].isna().all(axis=1)]] if series else []
    if gaps:
        parts.append(f"No figure for {len(gaps)} year{'s' if len(gaps) != 1 else ''} (gaps in the lines): "
                     + year_runs(gaps) + ".")
    if events is not None and len(events):
        inside = events[events["date"].dt.year.between(first, last)]
        if len(inside):
            parts.append("Dashed lines mark " + join_words([f"{r['label']} ({r['date']:%b %Y})"
                                                           for _, r in inside.iterrows()]) + ".")
    return " ".join(parts)


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

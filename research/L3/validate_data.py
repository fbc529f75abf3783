"""Validate the lesson-3 tables: columns, ids, dates, enums, numbers, source and place links.

Run from anywhere; exits non-zero and lists every problem found.
"""
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "course_data"
HERE = Path(__file__).resolve().parent

PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
STATUS = {"proposed", "agreed", "in_progress", "completed", "stalled", "suspended"}
ROUTE_STATUS = {"operating", "proposed", "suspended"}
ROUTE_KIND = {"rail", "gas_pipeline", "power_grid", "sea_route"}
PLACE_KIND = {"capital", "city", "port_city", "border_station", "island_city", "lng_port"}
COUNTRIES = {"RUS", "DPRK", "ROK"}
SOURCE_KIND = {"primary", "press", "analysis", "reference", "commentary"}

TABLES = {
    "nine_bridges.csv": ["bridge_id", "sector", "proposal", "flagship_projects", "places", "status_2022", "source_ids", "note"],
    "nine_bridges_milestones.csv": ["milestone_id", "bridge_id", "date", "milestone", "status", "source_ids", "note"],
    "rok_russia_institutions.csv": ["item_id", "date", "item", "description", "source_ids", "note"],
    "rok_russia_trade.csv": ["year", "total_usd_million", "rok_exports_usd_million", "rok_imports_usd_million", "source_ids", "note"],
    "rok_russia_trade_goods.csv": ["item_id", "direction", "goods", "year", "value_usd_million", "source_ids", "note"],
    "places.csv": ["place_id", "name", "country", "kind", "lat", "lon", "source_ids", "note"],
    "routes.csv": ["route_id", "name", "kind", "status", "place_sequence", "source_ids", "note"],
}

errors = []


def err(msg):
    errors.append(msg)


def read(path, expected=None):
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    if expected and header != expected:
        err(f"{path.name}: header {header} != {expected}")
    for i, r in enumerate(body, start=2):
        if len(r) != len(header):
            err(f"{path.name}:{i}: {len(r)} fields, expected {len(header)}")
    return [dict(zip(header, r)) for r in body]


def multi(value):
    return [] if value == "" else value.split(";")


def check_multi(name, line, field, value, allowed):
    if value != value.strip() or " ;" in value or "; " in value:
        err(f"{name}:{line}: {field} has spaces around ';'")
    for v in multi(value):
        if v not in allowed:
            err(f"{name}:{line}: {field} value {v!r} unknown")


def number(name, line, field, value, lo=None, hi=None, required=False):
    if value == "":
        if required:
            err(f"{name}:{line}: {field} is empty")
        return None
    try:
        x = float(value)
    except ValueError:
        err(f"{name}:{line}: {field}={value!r} is not a number")
        return None
    if x == 0:
        err(f"{name}:{line}: {field} is 0 (missing values must be empty)")
    if lo is not None and x < lo or hi is not None and x > hi:
        err(f"{name}:{line}: {field}={x} outside [{lo}, {hi}]")
    return x


def main():
    sources = read(HERE / "sources.csv", ["id", "title", "publisher", "date", "url", "kind", "notes"])
    source_ids = [s["id"] for s in sources]
    if len(source_ids) != len(set(source_ids)):
        err("sources.csv: duplicate ids")
    for i, s in enumerate(sources, start=2):
        if not SLUG.match(s["id"]):
            err(f"sources.csv:{i}: id {s['id']!r} is not a lower-case slug")
        if s["date"] and not PARTIAL_DATE.match(s["date"]):
            err(f"sources.csv:{i}: date {s['date']!r}")
        if s["kind"] not in SOURCE_KIND:
            err(f"sources.csv:{i}: kind {s['kind']!r}")
        if s["url"] and not s["url"].startswith(("http://", "https://")):
            err(f"sources.csv:{i}: url {s['url']!r}")
    known_sources = set(source_ids)
    used_sources = set()

    t = {name: read(DATA / name, cols) for name, cols in TABLES.items()}
    places = {p["place_id"] for p in t["places.csv"]}
    bridges = {b["bridge_id"] for b in t["nine_bridges.csv"]}

    id_field = {name: cols[0] for name, cols in TABLES.items()}
    for name, rows in t.items():
        ids = [r[id_field[name]] for r in rows]
        if len(ids) != len(set(ids)):
            err(f"{name}: duplicate ids {sorted({x for x in ids if ids.count(x) > 1})}")
        for i, r in enumerate(rows, start=2):
            key = r[id_field[name]]
            if name != "rok_russia_trade.csv" and not SLUG.match(key):
                err(f"{name}:{i}: id {key!r} is not a lower-case slug")
            if not r["source_ids"]:
                err(f"{name}:{i}: no source_ids")
            check_multi(name, i, "source_ids", r["source_ids"], known_sources)
            used_sources.update(multi(r["source_ids"]))
            for field in ("date",):
                if field in r and not PARTIAL_DATE.match(r[field]):
                    err(f"{name}:{i}: {field} {r[field]!r} not ISO (partial)")
            for field, val in r.items():
                if val != val.strip():
                    err(f"{name}:{i}: {field} has leading/trailing spaces")

    if len(bridges) != 9:
        err(f"nine_bridges.csv: {len(bridges)} bridges, expected 9")
    expected_bridges = ["gas", "rail", "ports", "power", "arctic", "shipbuilding", "jobs", "agriculture", "fisheries"]
    if [b["bridge_id"] for b in t["nine_bridges.csv"]] != expected_bridges:
        err("nine_bridges.csv: rows not in the order of Moon's speech")
    for i, b in enumerate(t["nine_bridges.csv"], start=2):
        check_multi("nine_bridges.csv", i, "places", b["places"], places)
        if b["status_2022"] not in STATUS:
            err(f"nine_bridges.csv:{i}: status_2022 {b['status_2022']!r}")
    for i, m in enumerate(t["nine_bridges_milestones.csv"], start=2):
        if m["bridge_id"] not in bridges:
            err(f"milestones:{i}: bridge_id {m['bridge_id']!r}")
        if m["status"] not in STATUS:
            err(f"milestones:{i}: status {m['status']!r}")
    for b in bridges:
        if not any(m["bridge_id"] == b for m in t["nine_bridges_milestones.csv"]):
            err(f"milestones: no milestone for {b}")
    for i, p in enumerate(t["places.csv"], start=2):
        if p["country"] not in COUNTRIES:
            err(f"places:{i}: country {p['country']!r}")
        if p["kind"] not in PLACE_KIND:
            err(f"places:{i}: kind {p['kind']!r}")
        number("places.csv", i, "lat", p["lat"], 30, 75, required=True)
        number("places.csv", i, "lon", p["lon"], 30, 145, required=True)
    for i, r in enumerate(t["routes.csv"], start=2):
        seq = multi(r["place_sequence"])
        if len(seq) < 2:
            err(f"routes:{i}: fewer than two places")
        check_multi("routes.csv", i, "place_sequence", r["place_sequence"], places)
        if r["kind"] not in ROUTE_KIND:
            err(f"routes:{i}: kind {r['kind']!r}")
        if r["status"] not in ROUTE_STATUS:
            err(f"routes:{i}: status {r['status']!r}")
    years = []
    for i, r in enumerate(t["rok_russia_trade.csv"], start=2):
        if not re.fullmatch(r"\d{4}", r["year"]):
            err(f"trade:{i}: year {r['year']!r}")
        years.append(r["year"])
        tot = number("trade", i, "total", r["total_usd_million"], 1, 100000)
        ex = number("trade", i, "exports", r["rok_exports_usd_million"], 1, 100000)
        im = number("trade", i, "imports", r["rok_imports_usd_million"], 1, 100000)
        if None not in (tot, ex, im) and abs(ex + im - tot) > 0.01 * tot:
            err(f"trade:{i}: exports+imports={ex + im} far from total {tot}")
        if tot is None and not r["note"]:
            err(f"trade:{i}: empty total needs a note")
    if years != sorted(years):
        err("trade: years not sorted")
    for i, g in enumerate(t["rok_russia_trade_goods.csv"], start=2):
        if g["direction"] not in {"rok_to_rus", "rus_to_rok"}:
            err(f"goods:{i}: direction {g['direction']!r}")
        if g["year"] and not re.fullmatch(r"\d{4}", g["year"]):
            err(f"goods:{i}: year {g['year']!r}")
        number("goods", i, "value", g["value_usd_million"], 1, 100000)

    unused = known_sources - used_sources
    print(f"{len(sources)} sources, {len(unused)} not cited by any table row (cited only in the fact sheet)")
    for name, rows in t.items():
        print(f"  {name}: {len(rows)} rows")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

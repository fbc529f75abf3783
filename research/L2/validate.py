"""Validate the lesson-2 tables: column counts, unique ids, date patterns,
numbers where numbers are expected, and that every source id exists.

Run: python research/L2/validate.py   (exit code 1 on any problem)
"""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "course_data"
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
ACTORS = {"RUS", "DPRK", "ROK", "USA", "CHN", "JPN", "UN", "UNSC", "IAEA", "EU", "UKR"}

TABLES = {
    "debt_settlement_terms.csv": (["term_id", "term", "value", "unit", "source_ids", "note"], ["term_id"]),
    "debt_timeline.csv": (["step_id", "date", "step", "actors", "source_ids", "note"], ["step_id"]),
    "debt_exchange_rate.csv": (["item_id", "item", "value", "unit", "source_ids", "note"], ["item_id"]),
    "khasan_rajin.csv": (["item_id", "date", "item", "value", "unit", "source_ids", "note"], ["item_id"]),
    "russia_dprk_trade.csv": (["year", "total_usd_million", "russia_exports_usd_million", "russia_imports_usd_million", "source_ids", "note"], ["year", "source_ids"]),
    "soviet_debt_writeoffs.csv": (["writeoff_id", "country", "year", "debt_usd", "share_written_off_percent", "amount_written_off_usd", "source_ids", "note"], ["writeoff_id"]),
}
NUMERIC = {
    "russia_dprk_trade.csv": ["total_usd_million", "russia_exports_usd_million", "russia_imports_usd_million"],
    "soviet_debt_writeoffs.csv": ["debt_usd", "share_written_off_percent", "amount_written_off_usd"],
}
TEXT_UNITS = {"text", "date"}


def read(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def is_number(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


def main() -> int:
    errors: list[str] = []
    s_header, s_rows = read(HERE / "sources.csv")
    if s_header != ["id", "title", "publisher", "date", "url", "kind", "notes"]:
        errors.append(f"sources.csv header {s_header}")
    source_ids = [r[0] for r in s_rows]
    if len(set(source_ids)) != len(source_ids):
        errors.append("duplicate source ids")
    used: set[str] = set()
    for r in s_rows:
        if len(r) != 7:
            errors.append(f"sources.csv row width {r[:1]}")
            continue
        if not SLUG_RE.match(r[0]):
            errors.append(f"bad source slug {r[0]}")
        if r[3] and not DATE_RE.match(r[3]):
            errors.append(f"bad source date {r[0]} {r[3]}")
        if r[5] not in {"primary", "press", "analysis", "reference", "commentary"}:
            errors.append(f"bad kind {r[0]} {r[5]}")
        if not r[4].startswith("http"):
            errors.append(f"missing url {r[0]}")

    for name, (cols, pk) in TABLES.items():
        header, rows = read(DATA / name)
        if header != cols:
            errors.append(f"{name}: header {header}")
            continue
        keys = set()
        for i, r in enumerate(rows, 2):
            if len(r) != len(cols):
                errors.append(f"{name}:{i} has {len(r)} fields")
                continue
            rec = dict(zip(cols, r))
            key = tuple(rec[k] for k in pk)
            if key in keys:
                errors.append(f"{name}:{i} duplicate key {key}")
            keys.add(key)
            if pk == [cols[0]] and not SLUG_RE.match(r[0]):
                errors.append(f"{name}:{i} id not a slug: {r[0]}")
            if not rec["source_ids"]:
                errors.append(f"{name}:{i} no source_ids")
            for sid in rec["source_ids"].split(";"):
                used.add(sid)
                if sid not in source_ids:
                    errors.append(f"{name}:{i} unknown source id {sid}")
            # ids mentioned in notes must exist as well
            for sid in re.findall(r"\(([a-z0-9-]+(?:;[a-z0-9-]+)*)\)", rec["note"]):
                for s in sid.split(";"):
                    if "-" in s and s not in source_ids and re.search(r"\d{4}", s):
                        errors.append(f"{name}:{i} note cites unknown id {s}")
            if "date" in rec and rec["date"] and not DATE_RE.match(rec["date"]):
                errors.append(f"{name}:{i} bad date {rec['date']}")
            if name == "debt_timeline.csv":
                if not rec["date"]:
                    errors.append(f"{name}:{i} timeline step without date")
                for a in rec["actors"].split(";"):
                    if a not in ACTORS:
                        errors.append(f"{name}:{i} unknown actor {a}")
            if "unit" in rec and rec["value"] != "":
                if rec["unit"] not in TEXT_UNITS and not is_number(rec["value"]):
                    errors.append(f"{name}:{i} non-numeric value {rec['value']!r} with unit {rec['unit']}")
            for c in NUMERIC.get(name, []):
                if rec[c] != "" and not is_number(rec[c]):
                    errors.append(f"{name}:{i} {c} not numeric: {rec[c]!r}")
                if rec[c] in {"0", "0.0"}:
                    errors.append(f"{name}:{i} {c} is zero (missing must be empty)")
            if "year" in rec and not re.match(r"^\d{4}$", rec["year"]):
                errors.append(f"{name}:{i} bad year {rec['year']}")

    frag = json.loads((HERE / "datapackage_fragment.json").read_text(encoding="utf-8"))
    names = {res["path"] for res in frag}
    if names != set(TABLES):
        errors.append(f"datapackage fragment paths {sorted(names)}")
    for res in frag:
        if res["path"] in TABLES:
            fields = [f["name"] for f in res["schema"]["fields"]]
            if fields != TABLES[res["path"]][0]:
                errors.append(f"fragment fields differ for {res['path']}")

    unused = set(source_ids) - used
    for e in errors:
        print("ERROR", e)
    print(f"checked {len(TABLES)} tables, {len(source_ids)} sources; "
          f"{len(unused)} sources cited only in notes/fact sheet: {sorted(unused)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

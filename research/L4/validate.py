"""Validate the Lesson 4 tables (run from the repository root).

Checks column counts, unique ids, id slugs, date patterns, enums, weights and that
every source id resolves in research/L4/sources.csv.  Exits non-zero on problems.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PERIOD = re.compile(r"^\d{4}(-\d{4})?$")
SLUG = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
ACTORS = {"RUS", "DPRK", "ROK", "USA", "CHN", "JPN", "UN", "UNSC", "IAEA", "EU", "UKR"}

TABLES = {
    "perspectives.csv": dict(
        header=["perspective_id", "actor", "question", "position", "position_summary", "period", "source_ids", "note"],
        enums={"actor": {"CHN", "USA", "RUS", "ROK", "DPRK", "JPN"},
               "question": {"denuclearisation", "sanctions", "economic_links", "security_guarantees"}},
        dates=[], periods=["period"]),
    "post2018_events.csv": dict(
        header=["event_id", "date", "title", "description", "category", "actors", "source_ids", "note"],
        enums={"category": {"summit", "un_sanctions", "treaty_military", "economic", "diplomatic"}},
        dates=["date"], periods=[]),
    "balance_evidence.csv": dict(
        header=["evidence_id", "date", "korea", "kind", "title", "weight", "source_ids", "note"],
        enums={"korea": {"DPRK", "ROK"}, "kind": {"summit", "agreement", "un_vote", "trade", "military", "visit"},
               "weight": {"1", "2", "3"}},
        dates=["date"], periods=[]),
    "article_claims.csv": dict(
        header=["claim_id", "claim", "verdict", "evidence", "source_ids", "note"],
        enums={"verdict": {"confirmed", "qualified", "contradicted", "unverifiable"}},
        dates=[], periods=[]),
}


def read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def main() -> int:
    problems: list[str] = []
    src_rows = read(ROOT / "research" / "L4" / "sources.csv")
    src_header, src = src_rows[0], src_rows[1:]
    if src_header != ["id", "title", "publisher", "date", "url", "kind", "notes"]:
        problems.append(f"sources.csv header {src_header}")
    ids = [r[0] for r in src]
    if len(ids) != len(set(ids)):
        problems.append("duplicate source ids")
    for r in src:
        if len(r) != 7:
            problems.append(f"sources.csv row width {r[:1]}")
            continue
        if not SLUG.match(r[0]):
            problems.append(f"source id not a slug: {r[0]}")
        if r[3] and not DATE.match(r[3]):
            problems.append(f"source date {r[0]}: {r[3]}")
        if r[5] not in {"primary", "press", "analysis", "reference", "commentary"}:
            problems.append(f"source kind {r[0]}: {r[5]}")
        if not r[4]:
            problems.append(f"source without url: {r[0]}")
    known = set(ids)
    # ids registered by other lessons (e.g. the seed article, registered once by L2)
    external = set()
    for other in sorted((ROOT / "research").glob("L*/sources.csv")):
        if other.parent.name != "L4":
            external |= {r[0] for r in read(other)[1:] if r and r[4]}
    known_all = known | external
    used: set[str] = set()

    for name, spec in TABLES.items():
        rows = read(ROOT / "course_data" / name)
        header, body = rows[0], rows[1:]
        if header != spec["header"]:
            problems.append(f"{name}: header {header}")
            continue
        col = {h: i for i, h in enumerate(header)}
        seen = set()
        for n, r in enumerate(body, start=2):
            if len(r) != len(header):
                problems.append(f"{name}:{n} has {len(r)} fields")
                continue
            rid = r[0]
            if rid in seen:
                problems.append(f"{name}:{n} duplicate id {rid}")
            seen.add(rid)
            if not SLUG.match(rid):
                problems.append(f"{name}:{n} id not a slug {rid}")
            for field, allowed in spec["enums"].items():
                if r[col[field]] not in allowed:
                    problems.append(f"{name}:{n} {field}={r[col[field]]!r}")
            for field in spec["dates"]:
                if not DATE.match(r[col[field]]):
                    problems.append(f"{name}:{n} {field}={r[col[field]]!r}")
            for field in spec["periods"]:
                if not PERIOD.match(r[col[field]]):
                    problems.append(f"{name}:{n} {field}={r[col[field]]!r}")
            if "actors" in col:
                for a in r[col["actors"]].split(";"):
                    if a not in ACTORS:
                        problems.append(f"{name}:{n} unknown actor {a}")
            sids = r[col["source_ids"]]
            if not sids:
                problems.append(f"{name}:{n} no source_ids")
            for s in sids.split(";"):
                if " " in s or s not in known_all:
                    problems.append(f"{name}:{n} unknown source {s!r}")
                used.add(s)
        print(f"{name}: {len(body)} rows")
    borrowed = sorted(used - known)
    print(f"ids borrowed from other lessons: {', '.join(borrowed) or '-'}")
    unused = sorted(known - used)
    print(f"sources.csv: {len(src)} rows; {len(unused)} not cited in tables: {', '.join(unused)}")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

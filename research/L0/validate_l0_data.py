"""Validate lesson 0's tables: column counts, unique ids, date patterns, enums, source ids.

Run from the repository root:  python research/L0/validate_l0_data.py
Exit code 1 on any problem, printing one line per problem.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
CATEGORIES = {"summit", "six_party_talks", "nuclear_missile", "un_sanctions", "economic", "treaty_military", "ukraine_crisis"}
KINDS_SOURCE = {"primary", "press", "analysis", "reference", "commentary"}
KINDS_ACTOR = {"state", "organisation", "person"}
EXPECTED = {
    "research/L0/sources.csv": ["id", "title", "publisher", "date", "url", "kind", "notes"],
    "course_data/events.csv": ["event_id", "date", "title", "description", "category", "actors", "source_ids", "note"],
    "course_data/actors.csv": ["actor_id", "name", "kind", "aliases", "role_in_course", "stake", "source_ids", "note"],
}

problems: list[str] = []


def read(rel: str) -> list[dict[str, str]]:
    path = ROOT / rel
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    if header != EXPECTED[rel]:
        problems.append(f"{rel}: header {header} != {EXPECTED[rel]}")
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            problems.append(f"{rel}:{n}: {len(row)} fields, expected {len(header)}")
            continue
        out.append(dict(zip(header, row)))
    return out


def unique(rel: str, rows: list[dict[str, str]], key: str) -> set[str]:
    seen: set[str] = set()
    for n, row in enumerate(rows, start=2):
        if row[key] in seen:
            problems.append(f"{rel}:{n}: duplicate {key} {row[key]!r}")
        seen.add(row[key])
    return seen


def check_multi(rel: str, n: int, field: str, value: str) -> list[str]:
    if value != value.strip() or " ;" in value or "; " in value or ";;" in value or value.endswith(";"):
        problems.append(f"{rel}:{n}: {field} has stray spaces or empty parts: {value!r}")
    return [v for v in value.split(";") if v]


sources = read("research/L0/sources.csv")
source_ids = unique("research/L0/sources.csv", sources, "id")
for n, row in enumerate(sources, start=2):
    if not SLUG.match(row["id"]):
        problems.append(f"sources:{n}: id not a lower-case slug: {row['id']!r}")
    if row["date"] and not DATE.match(row["date"]):
        problems.append(f"sources:{n}: bad date {row['date']!r}")
    if row["kind"] not in KINDS_SOURCE:
        problems.append(f"sources:{n}: bad kind {row['kind']!r}")
    if row["url"] and not row["url"].startswith("http"):
        problems.append(f"sources:{n}: bad url {row['url']!r}")
    if not row["title"] or not row["publisher"]:
        problems.append(f"sources:{n}: missing title/publisher")

actors = read("course_data/actors.csv")
actor_ids = unique("course_data/actors.csv", actors, "actor_id")
used_sources: set[str] = set()
for n, row in enumerate(actors, start=2):
    if row["kind"] not in KINDS_ACTOR:
        problems.append(f"actors:{n}: bad kind {row['kind']!r}")
    if row["kind"] == "person" and not SLUG.match(row["actor_id"]):
        problems.append(f"actors:{n}: person id not a slug {row['actor_id']!r}")
    if row["kind"] != "person" and not re.match(r"^[A-Z]{2,5}$", row["actor_id"]):
        problems.append(f"actors:{n}: code not upper-case {row['actor_id']!r}")
    check_multi("actors", n, "aliases", row["aliases"])
    for sid in check_multi("actors", n, "source_ids", row["source_ids"]):
        used_sources.add(sid)
        if sid not in source_ids:
            problems.append(f"actors:{n}: unknown source id {sid!r}")
    if not row["source_ids"]:
        problems.append(f"actors:{n}: no source_ids")
    if not row["stake"]:
        problems.append(f"actors:{n}: no stake")

events = read("course_data/events.csv")
unique("course_data/events.csv", events, "event_id")
codes = {a for a in actor_ids if a.isupper()}
for n, row in enumerate(events, start=2):
    if not SLUG.match(row["event_id"]):
        problems.append(f"events:{n}: id not a slug {row['event_id']!r}")
    if not DATE.match(row["date"]):
        problems.append(f"events:{n}: bad date {row['date']!r}")
    elif not ("2000" <= row["date"][:4] <= "2024"):
        problems.append(f"events:{n}: date outside 2000-2024 {row['date']!r}")
    if row["category"] not in CATEGORIES:
        problems.append(f"events:{n}: bad category {row['category']!r}")
    if len(row["title"]) >= 70:
        problems.append(f"events:{n}: title has {len(row['title'])} chars (>= 70)")
    for code in check_multi("events", n, "actors", row["actors"]):
        if code not in codes:
            problems.append(f"events:{n}: unknown actor code {code!r}")
    if not row["source_ids"]:
        problems.append(f"events:{n}: no source_ids")
    for sid in check_multi("events", n, "source_ids", row["source_ids"]):
        used_sources.add(sid)
        if sid not in source_ids:
            problems.append(f"events:{n}: unknown source id {sid!r}")
    # ids cited inside the note must exist too
    for sid in re.findall(r"\(([a-z0-9]+(?:-[a-z0-9]+){2,})\)", row["note"]):
        if sid not in source_ids:
            problems.append(f"events:{n}: note cites unknown source id {sid!r}")

unused = sorted(source_ids - used_sources)
print(f"{len(sources)} sources ({len(unused)} cited only in notes/fact sheet), {len(events)} events, {len(actors)} actors")
if unused:
    print("sources not in any source_ids field:", ", ".join(unused))
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)

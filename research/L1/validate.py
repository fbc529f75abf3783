"""Validate the L1 tables: column counts, unique ids, date patterns, enums,
and that every cited source id exists in research/L1/sources.csv.

Usage: python research/L1/validate.py   (exit code 1 on any problem)
"""
from __future__ import annotations

import csv
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent.parent / "course_data"
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
ACTORS = {"RUS", "DPRK", "ROK", "USA", "CHN", "JPN", "UN", "UNSC", "IAEA", "EU", "UKR"}
TAGS = {"arms_embargo", "luxury_goods", "asset_freeze", "travel_ban", "cargo_inspection", "coal_iron",
        "textiles", "oil_cap", "seafood", "workers", "joint_ventures", "panel_of_experts", "financial"}

TABLES = {
    "six_party_sessions.csv": ("session_id", ["start_date", "end_date"]),
    "six_party_delegations.csv": (None, []),
    "six_party_commitments.csv": ("commitment_id", ["agreement_date"]),
    "dprk_nuclear_tests.csv": ("test_id", ["date"]),
    "dprk_missile_launches.csv": ("launch_id", ["date"]),
    "unsc_dprk_votes.csv": ("vote_id", ["date"]),
    "six_party_context.csv": ("context_id", ["date"]),
}

problems: list[str] = []


def read(path: pathlib.Path) -> tuple[list[str], list[list[str]]]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def check_ids(name, header, rows, key):
    if key is None:
        return
    i = header.index(key)
    ids = [r[i] for r in rows]
    dup = {x for x in ids if ids.count(x) > 1}
    if dup:
        problems.append(f"{name}: duplicate ids {sorted(dup)}")
    for x in ids:
        if not SLUG.match(x):
            problems.append(f"{name}: bad id {x!r}")


def main() -> int:
    sh, srows = read(HERE / "sources.csv")
    src_ids = [r[0] for r in srows]
    if len(set(src_ids)) != len(src_ids):
        problems.append("sources.csv: duplicate ids")
    for r in srows:
        if len(r) != len(sh):
            problems.append(f"sources.csv: wrong column count in {r[:1]}")
        if not SLUG.match(r[0]):
            problems.append(f"sources.csv: bad id {r[0]!r}")
        if r[3] and not DATE.match(r[3]):
            problems.append(f"sources.csv: bad date {r[3]!r} ({r[0]})")
        if not r[4].startswith("http"):
            problems.append(f"sources.csv: missing url ({r[0]})")
        if r[5] not in {"primary", "press", "analysis", "reference", "commentary"}:
            problems.append(f"sources.csv: bad kind {r[5]!r} ({r[0]})")
    known = set(src_ids)
    cited: set[str] = set()

    for name, (key, date_cols) in TABLES.items():
        header, rows = read(DATA / name)
        for r in rows:
            if len(r) != len(header):
                problems.append(f"{name}: wrong column count in row {r[:1]}")
        check_ids(name, header, rows, key)
        for col in date_cols:
            i = header.index(col)
            for r in rows:
                if r[i] and not DATE.match(r[i]):
                    problems.append(f"{name}: bad {col} {r[i]!r}")
        si = header.index("source_ids")
        for r in rows:
            if not r[si]:
                problems.append(f"{name}: row {r[0]} has no source_ids")
            for s in r[si].split(";"):
                cited.add(s)
                if s not in known:
                    problems.append(f"{name}: unknown source id {s!r} in row {r[0]}")
            if " ;" in r[si] or "; " in r[si]:
                problems.append(f"{name}: spaces in source_ids of {r[0]}")

    # table-specific checks
    h, rows = read(DATA / "six_party_sessions.csv")
    ids = {r[0] for r in rows}
    for r in rows:
        if r[3] > r[4]:
            problems.append(f"sessions: {r[0]} starts after it ends")
    h, drows = read(DATA / "six_party_delegations.csv")
    pairs = [(r[0], r[1]) for r in drows]
    if len(set(pairs)) != len(pairs):
        problems.append("delegations: duplicate (session_id, party)")
    for sid, party in pairs:
        if sid not in ids:
            problems.append(f"delegations: unknown session {sid}")
        if party not in ACTORS:
            problems.append(f"delegations: bad party {party}")
    for sid in ids:
        if (sid, "RUS") not in pairs:
            problems.append(f"delegations: no Russian head for {sid}")
    h, crows = read(DATA / "six_party_commitments.csv")
    for r in crows:
        for p in r[3].split(";"):
            if p not in ACTORS:
                problems.append(f"commitments: bad party {p} in {r[0]}")
        if r[5]:
            float(r[5])
    h, vrows = read(DATA / "unsc_dprk_votes.csv")
    for r in vrows:
        rec = dict(zip(h, r))
        if rec["russia_vote"] not in {"yes", "no", "abstain"}:
            problems.append(f"votes: bad russia_vote in {rec['vote_id']}")
        if rec["china_vote"] not in {"yes", "no", "abstain"}:
            problems.append(f"votes: bad china_vote in {rec['vote_id']}")
        if rec["adopted"] not in {"true", "false"}:
            problems.append(f"votes: bad adopted in {rec['vote_id']}")
        for t in filter(None, rec["measure_tags"].split(";")):
            if t not in TAGS:
                problems.append(f"votes: bad tag {t} in {rec['vote_id']}")
        total = sum(int(rec[c]) for c in ("votes_for", "votes_against", "abstentions"))
        if total != 15:
            problems.append(f"votes: {rec['vote_id']} counts add to {total}")
    h, trows = read(DATA / "dprk_nuclear_tests.csv")
    for r in trows:
        rec = dict(zip(h, r))
        lo, est, hi = (float(rec[c]) if rec[c] else None for c in ("yield_low_kt", "estimated_yield_kt", "yield_high_kt"))
        if lo is not None and est is not None and lo > est:
            problems.append(f"tests: low > estimate in {rec['test_id']}")
        if hi is not None and est is not None and hi < est:
            problems.append(f"tests: high < estimate in {rec['test_id']}")
    h, xrows = read(DATA / "six_party_context.csv")
    for r in xrows:
        for p in r[4].split(";"):
            if p not in ACTORS:
                problems.append(f"context: bad actor {p} in {r[0]}")

    # datapackage fragment lists the same columns
    frag = json.loads((HERE / "datapackage_fragment.json").read_text(encoding="utf-8"))
    for res in frag:
        header, _ = read(DATA / res["path"])
        fields = [f["name"] for f in res["schema"]["fields"]]
        if fields != header:
            problems.append(f"fragment: fields of {res['name']} differ from CSV header")

    unused = sorted(known - cited)
    print(f"sources: {len(known)} listed, {len(cited)} cited; uncited: {len(unused)}")
    for u in unused:
        print("  uncited:", u)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        return 1
    print("OK: all L1 tables valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())

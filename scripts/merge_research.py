"""Merge the lessons' research notes into the data package.

Each lesson's table descriptions (research/<lesson>/datapackage_fragment.json, a list of
Frictionless resources) go into course_data/datapackage.json, and its sources
(research/<lesson>/sources.csv) into course_data/sources.csv. Resources already in the
package keep their place; a source id cited by two lessons must describe the same URL.
Idempotent: run it as often as you like.
"""
from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "course_data"
SOURCE_FIELDS = ["id", "title", "publisher", "date", "url", "kind", "notes"]
CORE = ("sources", "events", "actors")  # described in datapackage.json itself


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)


def main() -> int:
    problems: list[str] = []
    package = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    by_name = {r["name"]: r for r in package["resources"]}
    sources: dict[str, dict] = {}
    origin: dict[str, str] = {}
    # research/shared_sources.csv settles sources several lessons cite: it wins over theirs.
    shared = ROOT / "research" / "shared_sources.csv"
    if shared.exists():
        with open(shared, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                sources[row["id"]] = {k: (row.get(k) or "").strip() for k in SOURCE_FIELDS}
                origin[row["id"]] = "shared"
    for folder in sorted((ROOT / "research").glob("L*")):
        fragment = folder / "datapackage_fragment.json"
        if fragment.exists():
            try:
                resources = json.loads(fragment.read_text(encoding="utf-8"))
            except json.JSONDecodeError as exc:
                problems.append(f"{fragment}: not valid JSON ({exc})")
                resources = []
            if isinstance(resources, dict):
                resources = resources.get("resources", [])
            for res in resources:
                if res.get("name") in CORE and res["name"] in by_name:
                    continue  # the core tables are described in datapackage.json directly
                res.setdefault("profile", "tabular-data-resource")
                res.setdefault("format", "csv")
                res.setdefault("encoding", "utf-8")
                by_name[res["name"]] = res
        source_file = folder / "sources.csv"
        if source_file.exists():
            with open(source_file, newline="", encoding="utf-8") as fh:
                for line_no, row in enumerate(csv.DictReader(fh), start=2):
                    sid = (row.get("id") or "").strip()
                    if not sid:
                        problems.append(f"{source_file}, row {line_no}: no id")
                        continue
                    clean = {k: (row.get(k) or "").strip() for k in SOURCE_FIELDS}
                    if origin.get(sid) == "shared":
                        continue
                    if sid in sources and sources[sid]["url"] != clean["url"]:
                        problems.append(f"source id {sid} means {sources[sid]['url']} in {origin[sid]} "
                                        f"but {clean['url']} in {folder.name}")
                        continue
                    if sid not in sources:
                        sources[sid] = clean
                        origin[sid] = folder.name
    order = [r["name"] for r in package["resources"]]
    order += [n for n in by_name if n not in order]
    package["resources"] = [by_name[n] for n in order]
    write_atomic(DATA / "datapackage.json", json.dumps(package, indent=1, ensure_ascii=False) + "\n")
    lines = []
    import io
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=SOURCE_FIELDS, lineterminator="\n")
    writer.writeheader()
    for sid in sorted(sources):
        writer.writerow(sources[sid])
    write_atomic(DATA / "sources.csv", buffer.getvalue())
    print(f"{len(package['resources'])} tables, {len(sources)} sources")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

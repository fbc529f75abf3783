"""The instructors' evidence notes: one per lesson, citing only sources and tables the course ships."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVIDENCE = ROOT / "instructors" / "evidence"
# A source id as course_data/sources.csv spells them: lower case, at least three hyphenated parts.
SOURCE_ID = re.compile(r"`([a-z0-9]+(?:-[a-z0-9]+){2,})`")
TABLE = re.compile(r"`(?:course_data/)?([a-z0-9_]+\.csv)`")
LESSONS = sorted(p.name[:2] for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def _source_ids() -> set[str]:
    with open(ROOT / "course_data" / "sources.csv", newline="", encoding="utf-8") as fh:
        return {row["id"] for row in csv.DictReader(fh)}


def _notes() -> list[Path]:
    return sorted(EVIDENCE.glob("lesson-*.md"))


def test_every_lesson_has_evidence_notes_listed_in_the_index():
    assert LESSONS, "no lesson notebooks found"
    index = (ROOT / "instructors" / "README.md").read_text(encoding="utf-8")
    for nn in LESSONS:
        note = EVIDENCE / f"lesson-{nn}.md"
        assert note.is_file(), f"lesson {nn} has no evidence notes ({note.relative_to(ROOT)})"
        assert f"evidence/lesson-{nn}.md" in index, f"instructors/README.md does not link lesson-{nn}.md"


def test_the_readme_links_the_instructors_folder():
    assert "instructors/README.md" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("note", _notes(), ids=lambda p: p.name)
def test_evidence_notes_cite_known_sources_and_tables(note):
    text = note.read_text(encoding="utf-8")
    cited = set(SOURCE_ID.findall(text))
    assert cited, f"{note.name} cites no source id"
    unknown = sorted(cited - _source_ids())
    assert not unknown, f"{note.name} cites ids missing from course_data/sources.csv: {unknown}"
    tables = {p.name for p in (ROOT / "course_data").glob("*.csv")}
    missing = sorted(set(TABLE.findall(text)) - tables)
    assert not missing, f"{note.name} names tables that course_data/ does not have: {missing}"


def test_the_id_check_can_fail():
    assert SOURCE_ID.findall("see `no-such-source-anywhere` and `2014-05`") == ["no-such-source-anywhere"]
    assert "no-such-source-anywhere" not in _source_ids()

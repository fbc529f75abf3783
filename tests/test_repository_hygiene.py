"""The repository holds only the course: no tracked file speaks of how the course was made.

Data notes, lessons, code and docs describe the evidence ("the UN press release gives no
day"), never its retrieval ("not retrieved", "stored copy"), the tools or people that built
the course, or a machine's paths. This file is the only one allowed to name the phrases.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
THIS_FILE = Path(__file__).resolve().relative_to(ROOT).as_posix()

# Each entry: (what it catches, pattern). Matched case-insensitively, line by line.
FORBIDDEN = [
    ("machine path", r"(?<![\w.~-])/work/|/tmp/bash_jobs|(?<![\w.])/home/[a-z]|(?<![\w.])/Users/[A-Za-z]"),
    ("retrieval talk", r"\bstored (cop(y|ies)|excerpts?|statement|text)\b|\b(not |excerpts? )?retrieved\b"
                       r"|\bexcerpts? (consulted|seen|retrieved)\b|\bthe copy we found\b"),
    ("search talk", r"\blook-ups?\b|\blookups? used\b|\bsearch(ing)? tool\b|\bsearch[ _]log\b|\bsearched (twice|for)\b"),
    ("'we found / could not find'", r"\bwe found( no)?\b|\bwe could not (find|trace)\b|\bnot found in (any|the) (source|look)"),
    ("who built it", r"\bsubagents?\b|\bhelper sessions?\b|\bL[0-4] helper\b|\bthe lead\b(?!-)|\brequests to\b"
                     r"|\bhelpers?_brief\b|\bthe research for this course\b"),
    ("Wikipedia-copy talk", r"\bowiki pointer\b|\b(from|via) (owiki|memim)\b"),
    ("working files that left the repository", r"\bresearch/(L[0-4]|bench_findings|robustness_requests|browser_requests"
                                               r"|readme_instructors|shared_sources)|\bfact_sheet\.md\b|\bnotes_raw\b"
                                               r"|\brequests\.md\b"),
]
PATTERN = re.compile("|".join(f"(?:{p})" for _, p in FORBIDDEN), re.IGNORECASE)
KINDS = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in FORBIDDEN]


def _tracked_text_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    files = []
    for name in out.decode("utf-8").split("\0"):
        if not name or name == THIS_FILE:
            continue
        path = ROOT / name
        if not path.is_file():  # deleted in the working tree but not yet committed
            continue
        data = path.read_bytes()
        if b"\0" in data[:8192]:  # binary
            continue
        files.append(name)
    return files


def _hits(text: str) -> list[tuple[int, str, str]]:
    """(line number, kind, matched words) for every offending line."""
    hits = []
    for n, line in enumerate(text.splitlines(), 1):
        if PATTERN.search(line):
            kind, m = next((k, m) for k, rx in KINDS if (m := rx.search(line)))
            hits.append((n, kind, m.group(0)))
    return hits


@pytest.mark.parametrize("planted", [
    "/work/main/.venv/bin/python", "the stored copy stops early", "UN press release not retrieved",
    "the excerpt retrieved ends here", "49 look-ups used", "lookups used", "found with the search tool",
    "see search_log.md", "the copy we found was a repost", "We found no source", "we could not find it",
    "a subagent wrote it", "the helper session", "Owner: L0 helper", "the lead merges",
    "requests to the L2 team", "docs/HELPERS_BRIEF.md", "the research for this course found",
    "number from owiki pointer", "day from memim.com", "see research/L2/fact_sheet.md",
    "research/bench_findings.md §1", "notes_raw.md",
])
def test_the_pattern_catches_planted_phrases(planted):
    assert PATTERN.search(planted), planted


@pytest.mark.parametrize("innocent", [
    "the course's helper package korea_course", "text helpers", "an irretrievable line",
    "re.search(r'x', s)", "search the table for a row", "the lead-in to the talks",
    "tests/browser: set up in a temporary folder", "owiki-1718-committee", "a dict lookup",
])
def test_the_pattern_spares_ordinary_course_text(innocent):
    assert not PATTERN.search(innocent), innocent


def test_the_scan_sees_the_course_files():
    files = _tracked_text_files()
    for expected in ("README.md", "course_data/events.csv", "korea_course/data.py", "Makefile"):
        assert expected in files
    assert any(f.endswith(".ipynb") for f in files)


def test_no_tracked_file_speaks_of_how_the_course_was_made():
    said = []
    for name in _tracked_text_files():
        text = (ROOT / name).read_text(encoding="utf-8", errors="replace")
        said += [f"{name}:{n}: {kind}: '{hit}'" for n, kind, hit in _hits(text)]
    assert not said, ("These lines speak of how the course was made; say what the evidence is "
                      "instead (e.g. 'the UN press release gives no day'):\n  " + "\n  ".join(said))

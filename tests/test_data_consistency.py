"""The cheapest kind of contradiction between tables: one event given different dates or
actors in two tables.

Rows of the dated tables are compared across tables. Two rows are taken to describe the same
event when they share a source and most of their title words, or share almost all their title
words in the same year. Their dates must then agree to the precision both give ("2014-05" agrees
with "2014-05-05"), and their actors too where both tables list actors. Pairs that look alike
but are different events are listed in DISTINCT with the reason, so a new look-alike pair makes
an author decide which it is.
"""
from __future__ import annotations

import csv
import itertools
import re

import pytest

from korea_course.data import data_dir

# table -> the column that names the event
DATED_TABLES = {
    "events": "title", "six_party_context": "title", "post2018_events": "title", "balance_extra": "title",
    "debt_timeline": "step", "khasan_rajin": "item", "nine_bridges_milestones": "milestone",
    "rok_russia_institutions": "item",
}
SHARED_SOURCE_OVERLAP = 0.35   # title-word overlap (Jaccard) when the rows share a source
SAME_YEAR_OVERLAP = 0.7        # title-word overlap when they share none but fall in the same year
STOPWORDS = set("the a an of in and to on for with its by at as from is was at into".split())

# Look-alike rows that are different events, each with the reason.
DISTINCT = {
    frozenset({"khasan_rajin:trial1-depart", "nine_bridges_milestones:rail-2014-first-pilot"}):
        "the coal left Rajin on one day and arrived in Pohang two days later",
    frozenset({"khasan_rajin:lease-2009", "nine_bridges_milestones:rail-2008-works-begin"}):
        "the lease and the start of the reconstruction are different steps",
}


def _rows():
    rows = []
    for table, column in DATED_TABLES.items():
        path = data_dir() / f"{table}.csv"
        with open(path, newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if not row.get("date"):
                    continue
                key = f"{table}:{row[next(iter(row))]}"
                rows.append({"key": key, "date": row["date"], "title": row[column],
                             "sources": {s for s in row["source_ids"].split(";") if s},
                             "actors": {a for a in (row.get("actors") or "").split(";") if a}})
    return rows


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOPWORDS}


def _overlap(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / max(1, len(wa | wb))


def dates_agree(a: str, b: str) -> bool:
    """Partial dates agree with any full date inside them."""
    short = min(len(a), len(b))
    return a[:short] == b[:short]


def same_event(a: dict, b: dict) -> bool:
    overlap = _overlap(a["title"], b["title"])
    if a["sources"] & b["sources"]:
        return overlap >= SHARED_SOURCE_OVERLAP
    return overlap >= SAME_YEAR_OVERLAP and a["date"][:4] == b["date"][:4]


def contradictions(rows) -> list[str]:
    found = []
    for a, b in itertools.combinations(rows, 2):
        if a["key"].split(":")[0] == b["key"].split(":")[0] or not same_event(a, b):
            continue
        if frozenset({a["key"], b["key"]}) in DISTINCT:
            continue
        if not dates_agree(a["date"], b["date"]):
            found.append(f"{a['key']} ({a['date']}) and {b['key']} ({b['date']}) look like one event "
                         f"('{a['title']}' / '{b['title']}') with different dates")
        elif a["actors"] and b["actors"] and not (a["actors"] <= b["actors"] or b["actors"] <= a["actors"]):
            found.append(f"{a['key']} and {b['key']} look like one event with different actors "
                         f"({';'.join(sorted(a['actors']))} / {';'.join(sorted(b['actors']))})")
    return found


def test_no_event_has_two_dates_or_two_sets_of_actors():
    problems = contradictions(_rows())
    assert not problems, "\n".join(problems)


def test_every_distinct_pair_still_exists():
    keys = {row["key"] for row in _rows()}
    stale = [sorted(pair) for pair in DISTINCT if not pair <= keys]
    assert not stale, f"DISTINCT names rows that no longer exist: {stale}"


@pytest.mark.parametrize("a, b, agree", [("2014-05", "2014-05-05", True), ("2014", "2014-12-31", True),
                                         ("2017-09-06", "2017-09-07", False), ("2013-09", "2013-10-01", False)])
def test_dates_agree_to_the_shared_precision(a, b, agree):
    assert dates_agree(a, b) is agree


def test_a_planted_contradiction_is_caught():
    base = {"sources": {"s1"}, "actors": {"RUS", "DPRK"}}
    rows = [dict(base, key="events:x", date="2013-09-22", title="Khasan-Rajin rail line opened"),
            dict(base, key="nine_bridges_milestones:y", date="2013-09-23", title="Khasan-Rajin rail line opened"),
            dict(base, key="post2018_events:z", date="2013-09-22", title="Khasan-Rajin rail line opened",
                 actors={"USA"})]
    problems = contradictions(rows)
    assert any("different dates" in p for p in problems) and any("different actors" in p for p in problems)


def _mixed_line_endings(raw: bytes) -> bool:
    lines = raw.split(b"\n")[:-1] if raw.endswith(b"\n") else raw.split(b"\n")
    crlf = sum(line.endswith(b"\r") for line in lines)
    return 0 < crlf < len(lines)


def test_each_table_keeps_one_line_ending():
    """An edit that writes some rows with CRLF and others with LF shows every row as changed in the
    next diff and hides the real change; each CSV keeps the ending it has."""
    mixed = [p.name for p in sorted(data_dir().glob("*.csv")) if _mixed_line_endings(p.read_bytes())]
    assert not mixed, f"tables mixing CRLF and LF line endings: {mixed}"
    assert _mixed_line_endings(b"a,b\r\nc,d\ne,f\r\n") and not _mixed_line_endings(b"a\r\nb\r\n")

"""The course data: valid against datapackage.json (our loader and, independently, the
Frictionless library), every row sourced, and broken files named with row and field."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from korea_course import data
from korea_course.data import CourseDataError, load_table

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "course_data"
TABLES = data.table_names()


@pytest.mark.parametrize("name", TABLES)
def test_every_table_loads_with_typed_columns(name):
    table = load_table(name)
    assert len(table) > 0, f"{name} is empty"
    for field in data.resource(name)["schema"]["fields"]:
        assert field.get("description"), f"{name}.{field['name']} has no description"


def test_every_csv_is_described():
    described = {r["path"] for r in data.datapackage()["resources"]}
    on_disk = {p.name for p in DATA.glob("*.csv")}
    assert on_disk <= described, f"undescribed tables: {on_disk - described}"


def test_frictionless_validates_the_package():
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(DATA / "datapackage.json"))
    problems = [f"{task.name}: {err.message}" for task in report.tasks for err in task.errors][:10]
    problems += [err.message for err in report.errors][:5]
    assert report.valid, "\n".join(problems)


def test_package_has_licence_and_sources():
    pkg = data.datapackage()
    assert pkg["licenses"] and pkg["licenses"][0]["name"]
    assert any(r["name"] == "sources" for r in pkg["resources"])


def test_every_cited_source_exists():
    sources = set(load_table("sources", check_sources=False)["id"])
    cited = set()
    for name in TABLES:
        table = load_table(name)
        if name != "sources" and "source_ids" in table:
            for cell in table["source_ids"]:
                cited.update(data.split_multi(cell))
    assert cited <= sources


# ----------------------------------------------------------------------------- broken files
@pytest.fixture
def broken_copy(tmp_path, monkeypatch):
    target = tmp_path / "course_data"
    shutil.copytree(DATA, target)
    monkeypatch.setenv("KOREA_COURSE_DATA", str(target))
    return target


def _rewrite(path: Path, edit):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    edit(rows)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def test_bad_date_is_named_with_file_row_and_field(broken_copy):
    def edit(rows):
        rows[3][rows[0].index("date")] = "20 Aug 2003"
    _rewrite(broken_copy / "events.csv", edit)
    with pytest.raises(CourseDataError, match=r"events.csv, row 4, field 'date'"):
        load_table("events")


def test_unknown_source_is_named(broken_copy):
    def edit(rows):
        rows[2][rows[0].index("source_ids")] = "no-such-source"
    _rewrite(broken_copy / "events.csv", edit)
    with pytest.raises(CourseDataError, match=r"row 3, field 'source_ids'.*no-such-source"):
        load_table("events")


def test_bad_category_and_missing_column(broken_copy):
    def edit(rows):
        rows[5][rows[0].index("category")] = "party"
    _rewrite(broken_copy / "events.csv", edit)
    with pytest.raises(CourseDataError, match=r"row 6, field 'category'.*not one of the allowed values"):
        load_table("events")

    def drop(rows):
        for row in rows:
            del row[-1]
    _rewrite(broken_copy / "actors.csv", drop)
    with pytest.raises(CourseDataError, match=r"actors.csv, row 1 \(header\)"):
        load_table("actors")


def test_ragged_row_duplicate_id_missing_file(broken_copy):
    (broken_copy / "events.csv").write_text((broken_copy / "events.csv").read_text() + "x,2001-01-01\n")
    with pytest.raises(CourseDataError, match=r"events.csv, row \d+: 2 cells"):
        load_table("events")
    shutil.copy(DATA / "events.csv", broken_copy / "events.csv")
    lines = (broken_copy / "events.csv").read_text().splitlines()
    (broken_copy / "events.csv").write_text("\n".join(lines + [lines[1]]) + "\n")
    with pytest.raises(CourseDataError, match=r"repeats row 2"):
        load_table("events")
    (broken_copy / "actors.csv").unlink()
    with pytest.raises(CourseDataError, match=r"actors.csv is missing"):
        load_table("actors")


def test_broken_datapackage_json(broken_copy):
    (broken_copy / "datapackage.json").write_text("{")
    with pytest.raises(CourseDataError, match="not valid JSON"):
        load_table("events")


def test_partial_dates_keep_their_precision():
    events = load_table("events")
    assert str(events["date"].dtype).startswith("datetime64")
    assert set(events["date_precision"]) <= {"day", "month", "year"}


def test_unknown_table_lists_known_ones():
    with pytest.raises(CourseDataError, match="Known tables"):
        load_table("evnts")

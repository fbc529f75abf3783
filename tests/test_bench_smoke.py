"""Smoke test for scripts/bench.py (``make bench``): its explorer driver and check timer run on
one explorer with 3 changes and a one-question exercise set, and the report has the promised
structure. No timing is asserted (the machines are noisy); the benchmark itself is not part of
``make test``."""
from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path

import ipywidgets as widgets
import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("course_bench", ROOT / "scripts" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["course_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_change_plan_covers_every_control_type(bench):
    controls = {
        "years": widgets.IntRangeSlider(value=(2000, 2020), min=2000, max=2020, description="Years"),
        "kinds": widgets.SelectMultiple(options=[("A", "a"), ("B", "b"), ("C", "c")], value=("a", "b", "c"),
                                        description="Kinds"),
        "pick": widgets.Dropdown(options=["x", "y", "z"], value="x", description="Pick"),
        "radio": widgets.RadioButtons(options=["p", "q"], value="p", description="Radio"),
        "toggle": widgets.ToggleButtons(options=["m", "n"], value="m", description="Toggle"),
        "flag": widgets.Checkbox(value=True, description="Flag"),
        "n": widgets.IntSlider(value=5, min=1, max=10, description="N"),
        "rate": widgets.FloatSlider(value=0.5, min=0, max=2, step=0.1, description="Rate"),
    }
    plan = bench.change_plan(controls, min_changes=30)
    assert len(plan) >= 30
    assert {name for name, _ in plan} == set(controls)
    state = {k: c.value for k, c in controls.items()}
    for name, value in plan:  # every planned value is a change a student could make
        assert value != state[name], (name, value)
        controls[name].value = value
        state[name] = controls[name].value
    assert () in [v for n, v in plan if n == "kinds"]  # the empty selection is exercised
    assert len(bench.change_plan(controls, limit=3)) == 3


def test_drive_one_explorer_three_changes(bench):
    from korea_course.timeline import timeline_explorer

    result = bench.drive_explorer(timeline_explorer, name="timeline.timeline_explorer", reps=1, limit=3)
    assert result["problem"] == ""
    assert result["changes_per_rep"] == 3
    assert len(result["wall_ms"]) == 3 and len(result["internal_ms"]) == 3
    assert len(result["naive_ms"]) == 3  # the naive baseline ran over the same changes
    assert set(result["breakdown"]) == {"compute_ms", "draw_ms", "png_ms"}
    assert all(len(v) == 3 for v in result["breakdown"].values())
    assert result["controls"] == {"years": "IntRangeSlider", "categories": "SelectMultiple", "actor": "Dropdown"}
    rows = bench.explorer_rows([result])
    items = [r.item for r in rows]
    assert items[:2] == ["timeline.timeline_explorer median", "timeline.timeline_explorer p95"]
    assert any("naive" in item for item in items)
    for row in rows[:2]:
        assert row.unit == "ms" and row.target.startswith("≤") and row.met in (True, False)


def _one_question_set():
    from korea_course.answers import YearAnswer
    from korea_course.checking import ExerciseSet, Misconception, Question

    q = Question("q1", "The year of the walkout", var="walkout_year", kind=YearAnswer(2009),
                 hints=["Level 1", "Level 2"], solution="walkout_year = 2009", explanation="Right.",
                 misconceptions=[Misconception(2008, "That is the last round, not the walkout.")])
    return ExerciseSet("99", "Smoke", [q])


def test_check_timing_and_report_structure(bench, tmp_path):
    cases, problems = bench.cases_for_set(_one_question_set(), {})
    assert problems == []
    assert [c.label for c in cases][:2] == ["correct", "misconception q1-m1"]
    assert len(cases) == 2 + len(bench.JUNK)
    timed = bench.time_checks(cases, reps=1)
    assert len(timed["evaluate_ms"]) == len(cases) and len(timed["check_ms"]) == len(cases)
    assert timed["unexpected"] == [] and timed["raised"] == []
    assert {c["status"] for c in timed["per_case"]} >= {"correct", "incorrect"}
    rows = bench.check_rows({"99": timed}, {}, [1.0, 2.0])
    labels = [r.item for r in rows]
    assert labels == ["progress.update alone (lock + read + atomic write + fsync)",
                      "lesson 99 Question.evaluate p95", "lesson 99 BoundQuestion.check() p95"]
    rows += bench.suite_rows(None)
    report = bench.build_report(rows, {"checks": timed["per_case"]}, bench.machine_info(), 1.0)
    assert report["targets_total"] == 2 and 0 <= report["targets_met"] <= 2
    markdown = bench.render_markdown(report, rows)
    table = bench.render_table(rows)
    assert table in markdown
    header = table.splitlines()[0]
    assert all(word in header for word in ("Value", "Spread", "Target", "Status"))
    assert len(table.splitlines()) == 2 + len(rows)
    md, js = bench.write_report(report, markdown, tmp_path)
    saved = json.loads(js.read_text())
    assert {"machine", "rows", "raw", "targets_met", "targets_total", "missed"} <= set(saved)
    assert (tmp_path / "latest.md").read_text() == md.read_text()
    assert all({"section", "item", "value", "unit", "target", "met"} <= set(r) for r in saved["rows"])


def test_statistics_and_discovery(bench):
    assert bench.median([3, 1, 2]) == 2
    assert bench.percentile([0, 10], 95) == pytest.approx(9.5)
    assert math.isnan(bench.median([]))
    assert all(p.suffix == ".ipynb" for p in bench.discover_notebooks())
    assert bench.suite_commands()["without browser"][-1] == "--ignore=tests/browser"

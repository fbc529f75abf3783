"""Smoke run of scripts/bench.py (``make bench``): each of its pieces on a small input, and the
report it writes. No timing is asserted (the machines are noisy); the benchmark itself is not
part of ``make test``."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import ipywidgets as widgets
import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("course_bench", ROOT / "scripts" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["course_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_change_plan_changes_every_control_type(bench):
    controls = {
        "years": widgets.IntRangeSlider(value=(2000, 2020), min=2000, max=2020, description="Years"),
        "kinds": widgets.SelectMultiple(options=[("A", "a"), ("B", "b"), ("C", "c")], value=("a", "b", "c"),
                                        description="Kinds"),
        "pick": widgets.Dropdown(options=["x", "y", "z"], value="x", description="Pick"),
        "radio": widgets.RadioButtons(options=["p", "q"], value="p", description="Radio"),
        "flag": widgets.Checkbox(value=True, description="Flag"),
        "n": widgets.IntSlider(value=5, min=1, max=10, description="N"),
        "rate": widgets.FloatSlider(value=0.5, min=0, max=2, step=0.1, description="Rate"),
    }
    plan = bench.change_plan(controls, min_changes=30)
    assert len(plan) >= 30
    assert {name for name, _ in plan} == set(controls)
    for name, value in plan:  # every planned value is a change a student could make
        assert not bench.same(value, controls[name].value), (name, value)
        controls[name].value = value
    assert ("kinds", ()) in plan  # everything deselected is exercised
    assert len(bench.change_plan(controls, limit=3)) == 3


def test_drive_floor_and_timeline_explorers(bench):
    from korea_course.timeline import timeline_explorer

    pooled = {}
    for name, factory in (("floor", bench.floor_explorer), ("timeline.timeline_explorer", timeline_explorer)):
        res = bench.drive_explorer(factory, limit=4)
        assert res["errors"] == [] and len(res["ms"]) == len(res["cpu_ms"]) == 4
        assert len(res["compute_ms"]) == 4 and len(res["png_ms"]) == 4  # the parts were timed too
        pooled[name] = {k: v for k, v in res.items() if k != "controls"} | {"ratios": []}
    assert res["controls"] == {"years": "IntRangeSlider", "categories": "SelectMultiple", "actor": "Dropdown"}
    pooled["timeline.timeline_explorer"]["ratios"] = [1.2, 1.6, 1.4]
    rows = bench.explorer_rows(pooled)
    assert [r.item for r in rows] == ["floor explorer (one line, updated in place) median",
                                      "timeline.timeline_explorer median ÷ floor explorer",
                                      "timeline.timeline_explorer p95"]
    assert [r.target for r in rows] == ["info", "≤ 1.5×", "≤ 50 ms"]
    assert rows[1].value == 1.4 and rows[1].met is True  # the median of the paired ratios


def test_checks_time_every_case_with_its_progress_write(bench, tmp_path, monkeypatch):
    from korea_course.answers import YearAnswer
    from korea_course.checking import ExerciseSet, Misconception, Question

    progress = tmp_path / "progress.json"
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(progress))
    q = Question("q1", "The year of the walkout", var="walkout_year", kind=YearAnswer(2009),
                 hints=["Level 1", "Level 2"], solution="walkout_year = 2009", explanation="Right.",
                 misconceptions=[Misconception(2008, "That is the last round, not the walkout.")])
    exercise_set = ExerciseSet("99", "Smoke", [q])
    namespace: dict = {}
    with bench.display_off():
        exercise_set.setup(namespace)
    assert [v for _, v in bench.check_cases(exercise_set, namespace)][:2] == [2009, 2008]
    timed = bench.time_checks(exercise_set, namespace, reps=2)
    assert len(timed["ms"]) == len(timed["cpu_ms"]) == 2 * (2 + len(bench.JUNK))
    assert json.loads(progress.read_text())["lessons"]["99"]["q1"]["attempts"] >= 4  # solution and misconception, twice
    rows = bench.check_rows({"99": timed, "progress.update": {"ms": [0.5, 0.6], "cpu_ms": [0.1, 0.1]}})
    assert [r.target for r in rows] == ["info", "≤ 5 ms"]


def test_execution_rows_from_real_kernel_runs(bench, tmp_path, monkeypatch):
    """One floor-like and one two-cell notebook through the shared runner, then the ratios."""
    from korea_course.runner import KernelRun, run_in_kernel

    paths = {}
    for name, cells in (("floor", ["import json"]), ("subject", ["x = 1", "print(x + 1)"])):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
        paths[name] = tmp_path / f"{name}.ipynb"
        nbformat.write(nb, str(paths[name]))
    floor, subject = run_in_kernel(paths["floor"]), run_in_kernel(paths["subject"])
    assert floor.error == subject.error == "" and len(subject.cell_s) == 2
    assert subject.seconds > subject.startup_s > 0 and subject.peak_rss_mb > 0
    monkeypatch.setattr(bench, "where_time_goes", lambda path, runs, floor: "(smoke)")  # not a course notebook
    slow = KernelRun("slow", seconds=subject.seconds * 2, cpu_s=subject.cpu_s, peak_rss_mb=subject.peak_rss_mb)
    key = "tests/bench-smoke.ipynb"
    rows = bench.execution_rows({key: [(subject, floor), (subject, floor), (slow, floor)], "other": [(subject, floor)] * 3})
    by_item = {r.item: r for r in rows}
    assert by_item[f"{key} ÷ floor"].value == pytest.approx(subject.seconds / floor.seconds)  # the median pair
    assert by_item["whole course: 2 notebooks ÷ 2 floor kernels"].value == pytest.approx(subject.seconds / floor.seconds)
    assert by_item["whole course: 2 notebooks ÷ 2 floor kernels"].target == "≤ 1.25×"
    assert by_item[f"{key} ÷ floor"].target == "≤ 1.4×" and by_item[f"{key} peak RSS ÷ floor"].target == "≤ 1.2×"


def test_import_figure_and_report(bench, tmp_path):
    ms = bench.import_ms(["korea_course"])
    assert ms >= 0
    rows = bench.import_rows({"korea_course": [ms, ms]}) + [bench.Row("suite", "make test", float("nan"), "s")]
    assert rows[0].target == "≤ 100 ms"
    md = bench.write_report(rows, {"commit": "abc"}, tmp_path)
    text = md.read_text()
    assert "| Section | Figure | Value | Spread | Target | Status | Note |" in text and "n/a" in text
    assert (tmp_path / "latest.md").read_text() == text
    saved = json.loads((tmp_path / "latest.json").read_text())
    assert saved["machine"] == {"commit": "abc"} and saved["rows"][-1]["value"] is None
    assert len(text.splitlines()) >= 2 + len(rows)


def test_where_a_notebooks_time_goes(bench):
    from korea_course.lessons import LESSONS
    from korea_course.runner import KernelRun, code_cells, read

    path = LESSONS[0].notebook
    n = len(code_cells(read(path)))
    note = bench.where_time_goes(path.relative_to(ROOT), [KernelRun("x", cell_s=[0.5] + [0.01] * (n - 1))],
                                 [KernelRun("floor", cell_s=[0.4])])
    assert note.startswith("setup cell 0.50 s (floor's import cell 0.40 s); ") and "explorer cells" in note

"""Every lesson and exercise notebook in JupyterLab: open, Run All, no error and no broken
widget; in each lesson, each explorer operated as a student would (keyboard on a slider,
a dropdown/select) with its figure or text changing. One exercise answered right and wrong."""
from __future__ import annotations

import importlib
import json
import re
import sys

import pytest

from notebook_page import ROOT, SELFTEST_PATH, course_notebooks, operate_explorers, rel, run_all_and_check

pytestmark = pytest.mark.browser

LESSONS = course_notebooks("notebooks")
EXERCISES = course_notebooks("exercises")


@pytest.mark.timeout(120)
def test_lab_selftest_widgets(open_notebook, served_course):
    """The machinery itself, on a generated notebook: widgets render, an explorer reacts."""
    nb = open_notebook(SELFTEST_PATH, "lab")
    run_all_and_check(nb, served_course / SELFTEST_PATH)
    assert nb.page.locator(".jp-OutputArea-output .widget-slider").count() >= 2
    out = nb.page.locator(".jp-OutputArea-output").filter(has_text="kernel prefix:").first.inner_text()
    assert out.split("kernel prefix:", 1)[1].strip() == sys.prefix, "the kernel does not run in the test venv"
    nb.log += operate_explorers(nb, prefer="keyboard")
    assert "keyboard" in nb.log[0], nb.log  # arrow keys move a focused slider in JupyterLab


@pytest.mark.timeout(180)
@pytest.mark.parametrize("path", LESSONS + EXERCISES, ids=rel)
def test_lab_run_all(open_notebook, path):
    nb = open_notebook(rel(path), "lab")
    run_all_and_check(nb, path)
    if path.parent.name == "notebooks":
        nb.log += operate_explorers(nb, prefer="keyboard")


def _exercise_notebook():
    preferred = ROOT / "exercises" / "00_orientation.ipynb"
    if preferred.exists():
        return preferred
    return EXERCISES[0] if EXERCISES else None


def _cell_indices(path):
    """answer-<qid> tag -> (answer cell index, index of the next code cell calling <qid>.check())."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    src = lambda c: "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
    found = {}
    for i, cell in enumerate(cells):
        for tag in cell.get("metadata", {}).get("tags", []):
            if tag.startswith("answer-"):
                qid = tag[len("answer-"):]
                check = next((j for j in range(i + 1, len(cells))
                              if cells[j]["cell_type"] == "code" and f"{qid}.check()" in src(cells[j])), None)
                if check is not None:
                    found[qid] = (i, check)
    return found


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("`", "")).strip()


@pytest.mark.timeout(180)
def test_lab_exercise_feedback(open_notebook):
    """A student types a right answer into one answer cell and a wrong one into another."""
    path = _exercise_notebook()
    if path is None:
        pytest.skip("no exercise notebook yet (exercises/NN_*.ipynb)")
    lesson = path.name[:2]
    exercises = importlib.import_module(f"korea_course.exercises.lesson{lesson}").exercises
    cells = _cell_indices(path)
    graded = [q for q in exercises if q.kind.graded and q.id in cells]
    assert graded, f"{rel(path)}: no graded question with an answer cell and a check cell"
    right = graded[0]
    wrong = next((q for q in graded[1:] if q.misconceptions), None) or next(q for q in graded if q.misconceptions)
    m = wrong.misconceptions[0]
    wrong_code = m.code or f"{wrong.var} = {m.example!r}"

    nb = open_notebook(rel(path), "lab")
    run_all_and_check(nb, path)
    # the wrong answer first: if both go to one question, the right one comes last
    for q, code, expect in ((wrong, wrong_code, ("incorrect", "partly_correct")), (right, right.solution_code, ("correct",))):
        answer_cell, check_cell = cells[q.id]
        nb.type_into_cell(answer_cell, code)
        nb.run_cell(answer_cell)
        status, text = nb.run_check_cell(check_cell)
        assert status in expect, f"{q.id}: typed {code!r}, expected {expect}, got {status}: {text}"
        if expect == ("correct",):
            assert "✔ Correct" in text, text
        else:
            assert "Not right yet" in text or "Partly correct" in text, text
            assert _normal(m.message)[:60] in _normal(text), f"misconception message not shown: {text}"
    problems = nb.problems()
    assert not problems, nb.describe_problems(problems)

"""The exercise notebooks and the one source of truth they come from (the lesson's exercise
module, built by ``scripts/build_exercises.py``):

0. each committed notebook is byte for byte what the script builds, and building is deterministic;

and, run three ways, asserting on the outcomes the checker records in the progress file:

1. as shipped: every question reports "not attempted";
2. with each question's solution filled in: every check passes (reflections are recorded);
3. with each known misconception filled in: each fails with its own message.

Runs 1 and 2 are made once per test session by the ``exercise_runs`` fixture (tests/conftest.py),
which other tests read too; run 3 is made here.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import os
import subprocess
import sys

import nbformat
import pytest

from korea_course.checking import ____
from korea_course.lessons import LESSONS as COURSE_LESSONS
from notebook_runner import ROOT, answer_cells, exercise_notebook, read, run_notebook

LESSONS = [item.number for item in COURSE_LESSONS]
BUILD_SCRIPT = ROOT / "scripts" / "build_exercises.py"
_spec = importlib.util.spec_from_file_location("build_exercises", BUILD_SCRIPT)
build_exercises = sys.modules.setdefault("build_exercises", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(build_exercises)


def exercise_set(lesson):
    return importlib.import_module(f"korea_course.exercises.lesson{lesson}").exercises


def run_variant(lesson, tmp_path, replace):
    progress_file = tmp_path / "progress.json"
    result = run_notebook(exercise_notebook(lesson), replace=replace,
                          env={"KOREA_COURSE_PROGRESS": str(progress_file)})
    saved = json.loads(progress_file.read_text()) if progress_file.exists() else {"lessons": {}}
    return result, saved["lessons"].get(lesson, {})


@pytest.fixture(params=LESSONS)
def lesson(request):
    if exercise_notebook(request.param) is None:
        pytest.fail(f"lesson {request.param} has an exercise module but no exercises/{request.param}_*.ipynb")
    return request.param


# ------------------------------------------------------------------------------ built from the definitions
def test_committed_notebook_is_what_the_script_builds(lesson):
    item = next(i for i in COURSE_LESSONS if i.number == lesson)
    built = build_exercises.notebook_text(item.exercises())
    committed = item.exercise_notebook.read_text(encoding="utf-8")
    assert committed == built, (f"{item.exercise_notebook.name} differs from its definitions in "
                                f"korea_course/exercises/lesson{lesson}.py: edit the module, then run `make exercises`")


def test_building_twice_is_byte_identical():
    for item in COURSE_LESSONS:
        first = build_exercises.notebook_text(item.exercises())
        second = build_exercises.notebook_text(item.exercises())
        assert first == second, item.number
        # what nbformat reads back and writes again is the same file: saving in Jupyter changes nothing
        again = nbformat.writes(nbformat.reads(first, as_version=4))
        again = again if again.endswith("\n") else again + "\n"
        assert again == first, item.number
    # two fresh interpreters with different hash seeds agree with the committed files
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        run = subprocess.run([sys.executable, str(BUILD_SCRIPT), "--check"], env=env, capture_output=True,
                             text=True, timeout=300)
        assert run.returncode == 0, run.stdout + run.stderr


def test_check_mode_names_a_notebook_that_differs(monkeypatch, capsys):
    q = COURSE_LESSONS[-1].exercises().questions[0]
    monkeypatch.setattr(q, "prompt", q.prompt + " (edited)")
    assert build_exercises.stale() == [COURSE_LESSONS[-1].exercise_notebook]
    assert build_exercises.main(["--check"]) == 1
    assert COURSE_LESSONS[-1].exercise_notebook.name in capsys.readouterr().err


def test_notebook_shows_every_part_of_the_definition(lesson):
    ex = exercise_set(lesson)
    nb = read(exercise_notebook(lesson))
    markdown = [c.source for c in nb.cells if c.cell_type == "markdown"]
    assert markdown[0] == ex.intro and nb.cells[1].source == ex.setup_code
    assert "exercises.setup(globals())" in ex.setup_code
    assert markdown[-1] == ex.closing and nb.cells[-1].source == "progress()"
    cells = answer_cells(nb)
    for number, q in enumerate(ex, start=1):
        assert q.prompt.strip(), f"{q.id}: no prompt"
        i = cells[q.id]
        assert nb.cells[i - 1].source == f"### Question {number} — {q.title}\n\n{q.prompt}"
        assert nb.cells[i].source.endswith(f"\n{q.var} = ____") or nb.cells[i].source == f"{q.var} = ____"
        assert nb.cells[i + 1].source == f"{q.id}.check()\n# {q.id}.hint()\n# {q.id}.solution()"
        if q.id in ex.sections:
            assert nb.cells[i - 2].source == ex.sections[q.id]


# ------------------------------------------------------------------------------ run as students would
def test_every_question_has_an_answer_cell_and_a_check(lesson):
    nb = read(exercise_notebook(lesson))
    cells = answer_cells(nb)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    for q in exercise_set(lesson):
        assert q.id in cells, f"{q.id}: no cell tagged answer-{q.id}"
        source = nb.cells[cells[q.id]].source
        assert f"{q.var} = ____" in source, f"{q.id}: the answer cell should read `{q.var} = ____`"
        assert f"{q.id}.check()" in code, f"{q.id}: no {q.id}.check() in the notebook"


def test_as_shipped_everything_is_not_attempted(lesson, exercise_runs):
    run = exercise_runs.shipped[lesson]  # the notebook as shipped, run once per session (conftest.py)
    assert exercise_runs.notebooks[lesson].read_bytes() == exercise_notebook(lesson).read_bytes()
    assert not run.errors, run.errors
    for q in exercise_set(lesson):
        assert run.saved.get(q.id, {}).get("status") == "not_attempted", (q.id, run.saved.get(q.id))
        assert "attempts" not in run.saved.get(q.id, {})


def test_solutions_pass_every_check(lesson, exercise_runs):
    ex = exercise_set(lesson)
    run = exercise_runs.solved[lesson]  # the notebook with every solution, run once per session (conftest.py)
    assert exercise_runs.notebooks[lesson].read_bytes() == exercise_notebook(lesson).read_bytes()
    assert not run.errors, run.errors
    for q in ex:
        expected = "correct" if q.kind.graded else "recorded"
        assert run.saved.get(q.id, {}).get("status") == expected, (q.id, run.saved.get(q.id))


def _misconception_rounds(ex):
    rounds = max((len(q.misconceptions) for q in ex), default=0)
    for k in range(rounds):
        yield k, {q.id: q.misconceptions[k] for q in ex if len(q.misconceptions) > k}


def test_misconceptions_fail_with_their_own_message(lesson, tmp_path):
    ex = exercise_set(lesson)
    graded = [q for q in ex if q.kind.graded]
    assert all(q.misconceptions for q in graded), [q.id for q in graded if not q.misconceptions]
    for k, chosen in _misconception_rounds(ex):
        folder = tmp_path / f"round{k}"
        folder.mkdir()
        replace = {qid: m.code or f"{ex[qid].var} = {m.example!r}" for qid, m in chosen.items()}
        result, saved = run_variant(lesson, folder, replace)
        assert not result.errors, result.errors
        for qid, m in chosen.items():
            entry = saved.get(qid, {})
            assert entry.get("status") in ("incorrect", "partly_correct"), (qid, m.example, entry)
            assert entry.get("misconception") == m.id, (qid, m.example, entry)

"""The exercise notebooks, built three ways from the one source of truth (the lesson's
exercise module), asserting on the outcomes the checker records in the progress file:

1. as shipped: every question reports "not attempted";
2. with each question's solution filled in: every check passes (reflections are recorded);
3. with each known misconception filled in: each fails with its own message.
"""
from __future__ import annotations

import importlib
import json

import pytest

from korea_course.checking import ____
from korea_course.lessons import LESSONS as COURSE_LESSONS
from notebook_runner import answer_cells, exercise_notebook, read, run_notebook

LESSONS = [item.number for item in COURSE_LESSONS]


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


def test_every_question_has_an_answer_cell_and_a_check(lesson):
    nb = read(exercise_notebook(lesson))
    cells = answer_cells(nb)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    for q in exercise_set(lesson):
        assert q.id in cells, f"{q.id}: no cell tagged answer-{q.id}"
        source = nb.cells[cells[q.id]].source
        assert f"{q.var} = ____" in source, f"{q.id}: the answer cell should read `{q.var} = ____`"
        assert f"{q.id}.check()" in code, f"{q.id}: no {q.id}.check() in the notebook"


def test_as_shipped_everything_is_not_attempted(lesson, tmp_path):
    result, saved = run_variant(lesson, tmp_path, {})
    assert not result.errors, result.errors
    for q in exercise_set(lesson):
        assert saved.get(q.id, {}).get("status") == "not_attempted", (q.id, saved.get(q.id))
        assert "attempts" not in saved.get(q.id, {})


def test_solutions_pass_every_check(lesson, tmp_path):
    ex = exercise_set(lesson)
    result, saved = run_variant(lesson, tmp_path, {q.id: q.solution_code for q in ex})
    assert not result.errors, result.errors
    for q in ex:
        expected = "correct" if q.kind.graded else "recorded"
        assert saved.get(q.id, {}).get("status") == expected, (q.id, saved.get(q.id))


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

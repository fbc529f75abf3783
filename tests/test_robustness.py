"""Robustness of the exercise checker, the progress file and the course package as a whole.

(The property-based tests, generated answers for every question, are in test_properties.py.)

(b) Out of order: a check before its answer cell, cells run twice, a kernel restart in the
    middle, the answer variable deleted — each a clear status, never a traceback.
(c) Offline: network access is blocked in every test (tests/conftest.py); every table loads,
    every explorer builds and checks in a real notebook run pass.
(d) The progress file: two processes writing at once lose nothing; truncated and garbage
    files are set aside as ``*.corrupt-*.json`` and reported, and nothing saved afterwards is lost.
(e) Files: running an exercise notebook writes only inside its (temporary) course folder and
    never modifies a notebook.

Four bugs these tests found (an odd status or hint count in a progress file, a lone surrogate in
a reflection, deeply nested JSON garbage: each made check(), hint() or progress() raise) are
fixed in korea_course; the tests below keep them fixed.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import korea_course.checking as checking
import korea_course.progress as progress
from korea_course.explorers import explorer_factories
from korea_course.checking import PLACEHOLDER, STATUS_LABELS, BoundQuestion, Feedback
from korea_course.exercises import all_exercise_sets
from checker_support import feedback_renders as _feedback_renders, hostile
from notebook_runner import ROOT, _shell, answer_cells, exercise_notebook, read

SETS = {ex.lesson: ex for ex in all_exercise_sets()}
QUESTIONS = {f"{ex.lesson}-{q.id}": (ex.lesson, q) for ex in SETS.values() for q in ex}


# ============================================================================ (b) out of order
def _check_cell(nb, qid: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "code" and re.search(rf"^\s*{re.escape(qid)}\.check\(\)", cell.source, re.M):
            return cell.source
    return f"{qid}.check()"


def _run(shell, source: str) -> None:
    """Run one cell as a student would; it must not end in a traceback."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
        outcome = shell.run_cell(source, store_history=False, silent=False)
    assert outcome.success, f"cell raised {outcome.error_in_exec or outcome.error_before_exec!r}:\n{source}\n{buffer.getvalue()[-1500:]}"


def _saved(path: Path, lesson: str) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["lessons"].get(lesson, {}) if path.exists() else {}


LESSONS_WITH_NOTEBOOKS = [n for n in sorted(SETS) if exercise_notebook(n) is not None]


@pytest.mark.parametrize("lesson", LESSONS_WITH_NOTEBOOKS)
def test_cells_out_of_order_run_twice_restart_and_deleted_answers(lesson, fast_progress_file, monkeypatch, shown):
    path = fast_progress_file
    ex = SETS[lesson]
    nb = read(exercise_notebook(lesson))
    answers = answer_cells(nb)
    checks = {q.id: _check_cell(nb, q.id) for q in ex}
    other_cells = [c.source for i, c in enumerate(nb.cells) if c.cell_type == "code" and i not in answers.values()
                   and not re.search(r"^\s*\w+\.(check|hint|solution)\(\)", c.source, re.M)]
    shell = _shell()
    monkeypatch.chdir(exercise_notebook(lesson).parent)
    for source in other_cells:  # the set-up and any exploration cells, progress() included
        _run(shell, source)

    def last(kind=Feedback):
        assert shown and isinstance(shown[-1], kind), shown[-1:]
        _feedback_renders(shown[-1])
        return shown[-1]

    for q in reversed(ex.questions):  # the questions backwards: each check before its answer cell
        want = "correct" if q.kind.graded else "recorded"
        _run(shell, checks[q.id])
        fb = last()
        assert fb.status == "not_attempted" and f"There is no `{q.var}` yet" in fb.body, (q.id, fb.body)
        _run(shell, nb.cells[answers[q.id]].source)  # the answer cell as shipped, twice
        _run(shell, nb.cells[answers[q.id]].source)
        _run(shell, checks[q.id])
        assert last().status == "not_attempted" and "____" in last().body
        assert "attempts" not in _saved(path, lesson).get(q.id, {})
        _run(shell, f"{q.id}.hint()")
        assert last().title.startswith(f"Hint 1 of {len(q.hints)}")
        for _ in range(2):  # the solution cell run twice, then its check twice
            _run(shell, q.solution_code)
        for _ in range(2):
            _run(shell, checks[q.id])
            assert last().status == want, (q.id, last().status, last().body)
        _run(shell, f"{q.id}.hint()")  # an attempt was made: hint 2 unlocks
        assert last().title.startswith(f"Hint 2 of {len(q.hints)}")
        entry = _saved(path, lesson)[q.id]
        assert entry["status"] == want and entry["attempts"] == 2 and entry["hints_shown"] == 2, entry
        _run(shell, f"del {q.var}")  # the answer variable deleted
        _run(shell, checks[q.id])
        fb = last()
        assert fb.status == "not_attempted" and f"There is no `{q.var}` yet" in fb.body
        assert _saved(path, lesson)[q.id]["status"] == want, "deleting the variable must not forget the status"
    _run(shell, "progress()")

    # "kernel restart in the middle": a fresh namespace, the progress file stays
    shell.reset(new_session=True)
    del shown[:]
    for source in other_cells:
        _run(shell, source)
    for q in ex:
        want = "correct" if q.kind.graded else "recorded"
        assert shell.user_ns[q.id]._hints_shown == 2, f"{q.id}: hints seen not restored after a restart"
        _run(shell, checks[q.id])
        fb = last()
        assert fb.status == "not_attempted" and q.var in fb.body
        assert _saved(path, lesson)[q.id]["status"] == want, f"{q.id}: status forgotten after a restart"
        _run(shell, f"{q.id}.hint()")
        assert last().title.startswith(f"Hint 2 of {len(q.hints)}"), "the restored hint level is shown again"
        _run(shell, f"{q.id}.solution()")
        assert q.solution_code in last().code
    assert _saved(path, lesson)[ex.questions[0].id].get("solution_viewed") is True
    assert ex.statuses() == {q.id: ("correct" if q.kind.graded else "recorded") for q in ex}
    _run(shell, "progress()")


@pytest.mark.skipif(not QUESTIONS, reason="no exercise sets yet")
def test_odd_hint_levels_and_no_namespace(fast_progress_file, shown):
    lesson, q = next(iter(QUESTIONS.values()))
    bound = BoundQuestion(q, {}, lesson)
    for level in (0, -1, 99, "2", None, 1.5, "x", checking.PLACEHOLDER, hostile("__int__", "__index__")()):
        bound.hint(level)
        assert isinstance(shown[-1], Feedback)
    bound.check()
    assert shown[-1].status == "not_attempted"
    bound.namespace = None  # not even a namespace
    bound.check()
    assert shown[-1].status == "not_attempted"


# ---------------------------------------------------------------- progress files a checker may meet
WEIRD_ENTRIES = [
    {"status": ["a list"]}, {"status": {"a": "dict"}}, {"status": 5}, {"status": "no_such_status"},
    {"hints_shown": 99}, {"hints_shown": -5}, {"hints_shown": "2"}, {"hints_shown": True}, {"attempts": "many"},
    {"attempts": -3}, {"updated": None}, {},
]


@pytest.mark.parametrize("entry", WEIRD_ENTRIES, ids=lambda e: json.dumps(e))
def test_check_hint_and_progress_survive_odd_saved_entries(entry, fast_progress_file, shown):
    """A progress file of valid structure but odd values (hand-edited, or saved by a lesson
    that later lost a hint): check(), hint(), solution() and progress() still answer in words."""
    if not QUESTIONS:
        pytest.skip("no exercise sets yet")
    lesson, q = next(iter(QUESTIONS.values()))
    fast_progress_file.write_text(json.dumps({"version": 1, "lessons": {lesson: {q.id: entry}}}), encoding="utf-8")
    namespace: dict = {}
    SETS[lesson].setup(namespace)
    bound = namespace[q.id]
    for action in (bound.check, bound.hint, bound.hint, bound.solution, lambda: checking.show_progress(lesson)):
        action()
    namespace[q.var] = PLACEHOLDER
    bound.check()
    assert shown[-1].status in STATUS_LABELS
    assert 0 <= bound._hints_shown <= len(q.hints)
    assert SETS[lesson].statuses()[q.id] in STATUS_LABELS
    for item in shown:
        _feedback_renders(item)


def test_a_reflection_with_a_lone_surrogate_is_saved(fast_progress_file, shown):
    """Text pasted from a broken source can hold a lone surrogate; saving must not crash check()."""
    reflections = [(lesson, q) for lesson, q in QUESTIONS.values() if not q.kind.graded]
    if not reflections:
        pytest.skip("no reflection question yet")
    lesson, q = reflections[0]
    own_words = ("moscow kept channels open with both capitals while trade figures stayed small and uneven; later "
                 "votes treaties troops and vetoes tilted everything northward although seoul still bought russian "
                 "fuel coal naphtha gas through ports railways shipyards fisheries farms jobs quietly until sanctions "
                 "bit harder").split()
    words = (own_words * 3)[: getattr(q.kind, "min_words", 25) + 5]
    text = " ".join(words) + " \ud800 end"
    namespace = {q.var: text}
    bound = BoundQuestion(q, namespace, lesson)
    bound.check()
    assert shown[-1].status == "recorded"
    saved = json.loads(fast_progress_file.read_text(encoding="utf-8"))
    assert "\ud800" in saved["lessons"][lesson][q.id]["reflection"]


# ============================================================================ (c) offline
def test_everything_works_offline(shown, exercise_runs):
    from korea_course.data import table_names, validate_all

    counts = validate_all()
    assert set(counts) == set(table_names()) and all(n > 0 for n in counts.values())
    for name, factory in explorer_factories(include_timeline=False):
        ex = factory()
        assert ex.error == "" and ex.view is not None and ex.view.description, name
    for lesson in LESSONS_WITH_NOTEBOOKS[:1]:  # a check in a real notebook run (the session's, offline too)
        ex = SETS[lesson]
        run = exercise_runs.solved[lesson]
        assert not run.errors, run.errors
        assert all(run.saved[q.id]["status"] in ("correct", "recorded") for q in ex)


# ============================================================================ (d) the progress file
WRITER = textwrap.dedent('''
    import importlib.util, os, sys, time
    spec = importlib.util.spec_from_file_location("course_progress", sys.argv[1])
    progress = importlib.util.module_from_spec(spec); spec.loader.exec_module(progress)
    tag, n, go = sys.argv[2], int(sys.argv[3]), sys.argv[4]
    open(go + "." + tag, "w").close()  # ready
    while not os.path.exists(go):
        time.sleep(0.001)
    for i in range(n):
        assert progress.update("00", f"{tag}{i:03d}", add_attempt=True, status="incorrect", last_answer=str(i))
        if i % 4 == 0:
            assert progress.update("00", "shared", add_attempt=True)
    print("done", tag)
''')


def test_two_processes_writing_at_once_lose_nothing(fast_progress_file, tmp_path, summary):
    path = fast_progress_file
    before = {"version": 1, "lessons": {"01": {"q1": {"status": "correct", "attempts": 3, "reflection": "mine"}},
                                        "00": {"earlier": {"status": "recorded", "reflection": "saved before"}}}}
    path.write_text(json.dumps(before), encoding="utf-8")
    go = tmp_path / "go"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "KOREA_COURSE_PROGRESS"}
    env["KOREA_COURSE_PROGRESS"] = str(path)
    n = 200
    procs = [subprocess.Popen([sys.executable, str(script), str(Path(progress.__file__)), tag, str(n), str(go)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for tag in ("a", "b")]
    deadline = time.monotonic() + 60
    while not all(Path(f"{go}.{tag}").exists() for tag in ("a", "b")):  # both interpreters up and waiting
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs), "a writer did not start"
        time.sleep(0.005)
    started = time.perf_counter()
    go.write_text("go")
    results = [p.communicate(timeout=120) for p in procs]
    seconds = time.perf_counter() - started
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0, err
    saved = json.loads(path.read_text(encoding="utf-8"))
    lesson = saved["lessons"]["00"]
    for tag in ("a", "b"):
        for i in range(n):
            entry = lesson.get(f"{tag}{i:03d}")
            assert entry and entry["attempts"] == 1 and entry["last_answer"] == str(i), (tag, i, entry)
    assert lesson["shared"]["attempts"] == 2 * (n // 4), "an update was lost under concurrency"
    assert saved["lessons"]["01"] == before["lessons"]["01"], "progress saved before was lost"
    assert lesson["earlier"] == before["lessons"]["00"]["earlier"]
    assert not list(path.parent.glob("*.corrupt-*")) and not list(path.parent.glob(".*.tmp"))
    summary("robustness", f"concurrent progress writes: {2 * n + 2 * (n // 4)} in {int(seconds * 1000)} ms, none lost")


GARBAGE = {
    "truncated": None,  # filled from a real file below
    "binary": b"\x00\xff\xfe garbage \x80",
    "not json": b"this is not json",
    "a list": b"[1, 2, 3]",
    "lessons not a dict": b'{"lessons": []}',
    "entry not a dict": b'{"lessons": {"00": {"q1": 5}}}',
    "deep nesting": b"[" * 100_000,
    "empty": b"",
}


@pytest.mark.parametrize("kind", sorted(GARBAGE))
def test_a_damaged_progress_file_is_set_aside_and_reported(kind, tmp_path, monkeypatch, shown):
    path = tmp_path / "my_progress.json"
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(path))
    progress.take_notices()
    for i in range(5):
        progress.update("00", f"old{i}", status="correct", add_attempt=True)
    original = path.read_bytes()
    damaged = original[: len(original) // 2] if kind == "truncated" else GARBAGE[kind]
    path.write_bytes(damaged)
    assert progress.update("00", "new0", status="incorrect", add_attempt=True)
    aside = sorted(tmp_path.glob("my_progress.corrupt-*.json"))
    assert len(aside) == 1, sorted(p.name for p in tmp_path.iterdir())
    assert aside[0].read_bytes() == damaged, "the damaged file must be kept as it was"
    notices = progress.take_notices()
    assert any(aside[0].name in n and "damaged" in n for n in notices), notices
    # the student sees it with the next feedback too (a second damage, reported through check())
    for i in range(1, 20):
        assert progress.update("00", f"new{i}", status="correct", add_attempt=True)
    fresh = json.loads(path.read_text(encoding="utf-8"))["lessons"]["00"]
    assert all(f"new{i}" in fresh for i in range(20)), "something saved after the damage was lost"
    if QUESTIONS:
        lesson, q = next(iter(QUESTIONS.values()))
        path.write_bytes(damaged)
        BoundQuestion(q, {q.var: PLACEHOLDER}, lesson).check()
        assert shown[-1].notices and "damaged" in shown[-1].notices[0]
        assert len(list(tmp_path.glob("my_progress.corrupt-*.json"))) == 2
        assert "Note:" in repr(shown[-1])


# ============================================================================ (e) files
def _inside(path: str, folder: Path) -> bool:
    try:
        Path(os.path.abspath(path)).resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


@pytest.mark.skipif(not LESSONS_WITH_NOTEBOOKS, reason="no exercise notebooks yet")
def test_running_exercise_notebooks_writes_only_inside_the_course_copy(exercise_runs, summary):
    """The session's runs (tests/conftest.py: every exercise notebook as shipped and with its
    solutions, in a copy of the course, KOREA_COURSE_PROGRESS unset) wrote nowhere else."""
    import matplotlib
    from IPython.paths import get_ipython_dir

    runs = exercise_runs
    course = runs.course
    assert sorted(runs.notebooks) == LESSONS_WITH_NOTEBOOKS
    for lesson in LESSONS_WITH_NOTEBOOKS:
        shipped, solved = runs.shipped[lesson], runs.solved[lesson]
        assert not shipped.errors and not solved.errors, (shipped.errors, solved.errors)
    writes = runs.writes
    # the test harness's own state, not the course's: IPython's history database (the in-process
    # shell), matplotlib's font cache
    allowed_outside = [Path(get_ipython_dir()), Path(matplotlib.get_cachedir())]
    outside = [p for p in writes if not _inside(p, course)
               and not any(_inside(p, a) for a in allowed_outside) and "__pycache__" not in p]
    assert not outside, f"files written outside the course copy: {outside}"
    assert runs.progress_file.is_file(), "progress should land in the copy's exercises/"
    for p, digest in runs.hashes_before.items():
        assert hashlib.sha256(p.read_bytes()).hexdigest() == digest, f"{p.name} was modified by running it"
    before, after = runs.repo_before, runs.repo_after
    changed = sorted(str(p.relative_to(ROOT)) for p in set(before) | set(after) if before.get(p) != after.get(p))
    ours = [c for c in changed if any(_inside(w, ROOT / c) for w in writes)]
    assert not ours, f"running the notebooks changed repository files: {ours}"
    if changed:  # another process (an editor, a parallel session) touched them meanwhile; not this run
        summary("robustness", f"note: {len(changed)} repository files changed during the notebook runs "
                              f"by other processes: {changed[:5]}")

"""The instructor edition (`make instructor` = scripts/build_instructor.py).

One build into a temporary folder serves every test here. To prove that a wrong solution
cannot slip into an answer key, the build runs with ONE solution deliberately broken (in this
process only: the kernel checks against the real exercise module): it must exit non-zero
naming exactly that question, while every other answer key passes and the guide is complete.
"""
from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import io
import re
import sys

import pytest

from korea_course.exercises import all_exercise_sets
from notebook_runner import ROOT, notebooks, read

spec = importlib.util.spec_from_file_location("build_instructor", ROOT / "scripts" / "build_instructor.py")
build_instructor = sys.modules.setdefault("build_instructor", importlib.util.module_from_spec(spec))
spec.loader.exec_module(build_instructor)

SETS = {ex.lesson: ex for ex in all_exercise_sets()}
LESSON_NBS = {p.name[:2]: p for p in notebooks("notebooks")}
EXERCISE_NBS = {p.name[:2]: p for p in notebooks("exercises")}
LESSONS = sorted(set(SETS) | set(LESSON_NBS) | set(EXERCISE_NBS))


def _hashes(paths):
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Run the build once; returns (exit code, stderr, stdout, output folder, the broken question or None)."""
    out = tmp_path_factory.mktemp("instructor")
    broken = None
    buildable = [ex for n, ex in sorted(SETS.items()) if n in EXERCISE_NBS]
    graded = [q for ex in buildable for q in ex if q.kind.graded]
    before = _hashes(list(LESSON_NBS.values()) + list(EXERCISE_NBS.values()))
    with pytest.MonkeyPatch.context() as mp:
        if graded:
            q = graded[0]
            lesson = next(ex.lesson for ex in buildable if q in ex.questions)
            broken = (lesson, q)
            mp.setattr(q, "solution_code", f"{q.var} = None  # deliberately wrong (test_instructor)")
        err, std = io.StringIO(), io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(std):
            code = build_instructor.main(["--out", str(out), "--timeout", "120", "--jobs", "3"])
    after = _hashes(before)
    return {"code": code, "stderr": err.getvalue(), "stdout": std.getvalue(), "out": out, "broken": broken,
            "unchanged": before == after}


def _problems(stderr: str) -> list[str]:
    return [line[4:] for line in stderr.splitlines() if line.startswith("  - ")]


def _guide(built) -> str:
    return (built["out"] / "guide.md").read_text(encoding="utf-8")


def _lesson_section(guide: str, number: str) -> str:
    start = guide.index(f'<a id="lesson-{number}"></a>')
    nxt = guide.find('<a id="lesson-', start + 10)
    return guide[start: nxt if nxt > 0 else len(guide)]


# ------------------------------------------------------------------------------ the build and its verdict
def test_a_failing_solution_fails_the_build_with_a_clear_message(built):
    if built["broken"] is None:
        pytest.skip("no graded question yet")
    lesson, q = built["broken"]
    assert built["code"] == 1, built["stdout"] + built["stderr"]
    problems = _problems(built["stderr"])
    assert "NOT valid" in built["stderr"]
    mine = [p for p in problems if p.startswith(f"lesson {lesson} {q.id} ")]
    assert mine and "Could not check" in mine[0] and q.title in mine[0], built["stderr"]
    others = [p for p in problems if not p.startswith(f"lesson {lesson} {q.id} ")]
    assert not others, "problems besides the deliberately broken solution:\n" + "\n".join(others)


def test_every_other_solution_passes_and_every_lesson_is_built(built):
    for number in LESSONS:
        if number in SETS and number in EXERCISE_NBS:
            assert f"lesson {number}: answer key" in built["stdout"], built["stdout"] + built["stderr"]


def test_the_repository_notebooks_are_untouched(built):
    assert built["unchanged"]


# ------------------------------------------------------------------------------ answer keys
@pytest.mark.parametrize("number", [n for n in LESSONS if n in SETS and n in EXERCISE_NBS])
def test_answer_key_notebook_exists_with_solutions_and_passing_checks(built, number):
    path = built["out"] / "answer_keys" / EXERCISE_NBS[number].name
    assert path.is_file(), f"no answer key for lesson {number}"
    nb = read(path)
    cells = {t[len("answer-"):]: c for c in nb.cells for t in c.get("metadata", {}).get("tags", [])
             if t.startswith("answer-")}
    broken = built["broken"]
    for q in SETS[number]:
        assert q.id in cells, q.id
        if broken and broken[1] is q:
            continue
        assert q.solution_code in cells[q.id].source
        assert "____" not in cells[q.id].source
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors, errors
    checks = [c for c in nb.cells if c.cell_type == "code" and re.search(r"^\s*q\w+\.check\(\)", c.source, re.M)]
    assert len(checks) >= len(SETS[number].questions)
    for cell in checks:
        qid = re.search(r"^\s*(q\w+)\.check\(\)", cell.source, re.M).group(1)
        if broken and broken[1].id == qid and broken[0] == number:
            continue
        text = "".join(str(o.get("data", {}).get("text/plain", "")) for o in cell.outputs)
        assert "Correct" in text or "Reflection recorded" in text, (number, qid, text[:200])


# ------------------------------------------------------------------------------ the guide
def test_guide_exists_in_markdown_and_html(built):
    assert (built["out"] / "guide.md").is_file()
    page = (built["out"] / "guide.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    if LESSONS:
        assert "<table>" in page


@pytest.mark.parametrize("number", LESSONS)
def test_guide_has_a_complete_section_per_lesson(built, number):
    guide = _guide(built)
    assert f"(#lesson-{number})" in guide, "missing from the contents"
    part = _lesson_section(guide, number)
    for heading in ("### Learning objectives", "### Timing plan", "#### A 50-minute class", "#### A 90-minute class",
                    "### Discussion prompts", "### Misconceptions the checker recognises", "### Answers"):
        assert heading in part, f"lesson {number}: no '{heading}'"
    ex = SETS.get(number)
    for q in ex or []:
        assert f"#### {q.id} — {q.title}" in part
        quoted = build_instructor._quote(build_instructor._flatten_headings(ex.question_markdown(q)))
        assert q.prompt and quoted in part, f"{q.id}: the question as students read it is not in the guide"
        broken = built["broken"]
        if not (broken and broken[1] is q):
            assert q.solution_code in part
        for m in q.misconceptions:
            assert m.message in part, f"{q.id}: misconception message missing"
        if not q.kind.graded:
            assert q.explanation in part.split("### Misconceptions")[0], f"{q.id}: reflection notes not in discussion"


@pytest.mark.parametrize("number", sorted(LESSON_NBS))
def test_guide_links_each_lessons_evidence_notes(built, number):
    assert (ROOT / "instructors" / "evidence" / f"lesson-{number}.md").is_file()
    assert f"`instructors/evidence/lesson-{number}.md`" in _lesson_section(_guide(built), number)


@pytest.mark.parametrize("number", sorted(LESSON_NBS))
def test_objectives_and_guiding_questions_come_from_the_notebook(built, number):
    text = build_instructor.markdown_text(read(LESSON_NBS[number]))
    part = _lesson_section(_guide(built), number)
    flat = " ".join(part.split())
    objectives = build_instructor.bullets(build_instructor.section(text, "Learning objectives"))
    assert objectives, f"lesson {number}: no bullets under '## Learning objectives'"
    for item in objectives + build_instructor.bullets(build_instructor.section(text, "Guiding questions")):
        assert " ".join(item.split()) in flat, item


@pytest.mark.parametrize("number", LESSONS)
def test_timing_plans_add_up_and_cover_the_lesson_sections(built, number):
    part = _lesson_section(_guide(built), number)
    for length in (50, 90):
        table = part.split(f"#### A {length}-minute class")[1].split("####")[0]
        minutes = [int(m) for m in re.findall(r"^\| \d+:\d\d–\d+:\d\d \| (\d+) \|", table, re.M)]
        assert sum(minutes) == length, (number, length, minutes)
        assert all(m >= 1 for m in minutes), (number, length, minutes)
        if number in LESSON_NBS:
            for s in build_instructor.lesson_sections(read(LESSON_NBS[number])):
                if not s.title.lower().startswith(build_instructor.FRAME_SECTIONS + build_instructor.CLOSING_SECTIONS):
                    in_class = f"Lesson section: {s.title}" in table
                    read_before = re.search(rf"Before class, students read:[^|]*{re.escape(s.title)} \(about", table)
                    assert in_class != bool(read_before), (number, length, s.title)


def test_question_texts_come_from_the_definitions_not_the_notebooks(tmp_path):
    """The guide quotes each question from its definition, even with no exercise notebook at all."""
    for number, ex in sorted(SETS.items()):
        lesson = build_instructor.Lesson(number, ex, lesson_notebook=None, exercise_notebook=None)
        part = build_instructor.lesson_guide(lesson, None, tmp_path)
        for q in ex:
            assert build_instructor._quote(q.prompt) in part, (number, q.id)
            assert f"> **Question {ex.number(q)} — {q.title}**" in part, (number, q.id)
    assert not hasattr(build_instructor, "question_texts")


# ------------------------------------------------------------------------------ pure helpers
@pytest.mark.parametrize("weights,total", [([1, 1, 1], 10), ([5, 0.1, 0.1, 3], 28), ([2.5] * 9, 45), ([1], 7),
                                           ([0, 0], 5), ([1] * 12, 8)])
def test_allocate_gives_whole_minutes_that_add_up(weights, total):
    got = build_instructor.allocate(weights, total)
    assert sum(got) == total and len(got) == len(weights) and all(isinstance(m, int) and m >= 0 for m in got)
    if total >= len(weights):
        assert min(got) >= 1
    if weights and max(weights) > 0:
        assert got[weights.index(max(weights))] == max(got)


def test_plans_keep_each_section_at_its_own_time_and_set_the_rest_before_class():
    sections = [build_instructor.Section("A", words=1500), build_instructor.Section("B", words=300, explorers=2),
                build_instructor.Section("C", words=1200, figures=1)]
    before = build_instructor.reading_before_class(sections, 20)
    assert [s.title for s in before] == ["A"]  # prose only, so it is read before class
    assert sum(s.minutes for s in sections if s not in before) <= 20
    assert build_instructor.reading_before_class(sections, 60) == []


def test_sections_and_bullets_are_parsed():
    text = ("# T\n\n## Learning objectives\n\n- one\n- two\n  continued\n\n```\n## not a heading\n```\n\n"
            "### Sub\n\ntext\n\n## Guiding questions\n\n1. Why?\n2. How?\n")
    assert build_instructor.bullets(build_instructor.section(text, "Learning objectives")) == ["one", "two continued"]
    assert "Sub" in build_instructor.section(text, "learning objectives")
    assert build_instructor.bullets(build_instructor.section(text, "Guiding questions")) == ["Why?", "How?"]
    assert build_instructor.section(text, "Key points") == ""
    assert build_instructor.model_text('x = "A model answer."') == "A model answer."


def test_cli_has_an_output_option():
    with pytest.raises(SystemExit) as stop, contextlib.redirect_stdout(io.StringIO()) as shown:
        build_instructor.main(["--help"])
    assert stop.value.code == 0 and "--out" in shown.getvalue()

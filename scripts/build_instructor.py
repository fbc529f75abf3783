#!/usr/bin/env python3
"""Build the instructor edition of the course into ``instructors/edition/`` (git-ignored).

    python scripts/build_instructor.py [--out DIR] [--lessons 01 03] [--timeout 120] [--no-html]

What it writes:

* ``answer_keys/NN_slug.ipynb`` — each exercise notebook with every answer cell (tagged
  ``answer-qN``) replaced by that question's ``solution_code``, executed in a fresh kernel
  and saved with its outputs. The build checks that every check reported "Correct" (or
  "Reflection recorded" for reflections) by reading the statuses the checker saved in a
  throwaway progress file, so a stale solution can never slip into the answer key.
* ``guide.md`` (and ``guide.html``) — per lesson: learning objectives, a timing plan for a
  50- and a 90-minute class, discussion prompts with notes, the misconceptions the checker
  recognises, and the answers with their explanations. Question texts come from the
  definitions (``Question.prompt``), the same ones ``scripts/build_exercises.py`` builds the
  exercise notebooks from.

Lessons are discovered (``korea_course.exercises.all_exercise_sets()`` and the notebooks in
``notebooks/`` and ``exercises/``), so the build covers whatever lessons exist. It exits with
status 1 and a message naming lesson, question and status when a solution fails its check,
a cell raises, or a lesson's exercise module has no notebook.
"""
from __future__ import annotations

import argparse
import ast
import datetime as _dt
import html
import json
import math
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # a fresh clone works without installing the package
    sys.path.insert(0, str(ROOT))

from korea_course import timing  # noqa: E402  (after the path set-up above)

ANSWER_TAG = "answer-"
FRAME_SECTIONS = ("learning objectives", "guiding questions", "time and prerequisites")
CLOSING_SECTIONS = ("key points", "what comes next", "further reading", "sources")
EXPECTED_STATUS = {True: "correct", False: "recorded"}  # keyed by Question.kind.graded
STATUS_WORDS = {True: "Correct", False: "Reflection recorded"}


class BuildError(Exception):
    """A problem that makes the instructor edition wrong; the message says what to fix."""


# ============================================================================ discovery
@dataclass
class Lesson:
    number: str
    exercises: Any = None  # korea_course.checking.ExerciseSet
    lesson_notebook: Path | None = None
    exercise_notebook: Path | None = None

    @property
    def title(self) -> str:
        if self.lesson_notebook is not None:
            heads = headings(markdown_text(read_notebook(self.lesson_notebook)))
            if heads:
                return heads[0][1]
        if self.exercises is not None:
            return f"Lesson {int(self.number)} — {self.exercises.title}"
        return f"Lesson {self.number}"

    @property
    def anchor(self) -> str:
        return f"lesson-{self.number}"


def discover(root: Path, only: Sequence[str] | None = None) -> list[Lesson]:
    """The lessons of the registry (``korea_course.lessons``), all or ``only`` these numbers."""
    from korea_course.lessons import LESSONS

    numbers = [item.number for item in LESSONS]
    if only:
        wanted = {n.zfill(2) for n in only}
        unknown = wanted - set(numbers)
        if unknown:
            raise BuildError(f"no lesson {', '.join(sorted(unknown))} (found: {', '.join(numbers) or 'none'})")
    chosen = [item for item in LESSONS if not only or item.number in wanted]

    def existing(path: Path) -> Path | None:
        path = root / path.relative_to(ROOT)
        return path if path.exists() else None

    return [Lesson(item.number, item.exercises(), existing(item.notebook), existing(item.exercise_notebook))
            for item in chosen]


# ============================================================================ notebooks as text
def read_notebook(path: Path):
    import nbformat

    return nbformat.read(str(path), as_version=4)


def markdown_text(nb) -> str:
    return "\n\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def _heading_lines(text: str) -> Iterable[tuple[int, int, str]]:
    """(line number, level, title) of each Markdown heading outside code fences."""
    fenced = False
    for number, line in enumerate(text.splitlines()):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        m = re.match(r"^(#{1,6})\s+(.*?)\s*#*\s*$", line)
        if m and not fenced:
            yield number, len(m.group(1)), m.group(2).strip()


def headings(text: str) -> list[tuple[int, str]]:
    return [(level, title) for _, level, title in _heading_lines(text)]


def section(text: str, title: str, level: int = 2) -> str:
    """The body of the first heading of ``level`` whose title starts with ``title`` (case-free)."""
    lines = text.splitlines()
    heads = list(_heading_lines(text))
    for i, (line_no, lev, head) in enumerate(heads):
        if lev == level and head.lower().startswith(title.lower()):
            end = next((n for n, lv, _ in heads[i + 1:] if lv <= level), len(lines))
            return "\n".join(lines[line_no + 1:end]).strip()
    return ""


def bullets(text: str) -> list[str]:
    """Top-level list items of a Markdown block (continuation lines joined)."""
    items: list[str] = []
    for line in text.splitlines():
        m = re.match(r"^(?:[-*+]|\d+[.)])\s+(.*)", line)
        if m:
            items.append(m.group(1).strip())
        elif items and line.startswith((" ", "\t")) and line.strip():
            items[-1] += " " + line.strip()
    return items


def _strip_html_comments(text: str) -> str:
    return re.sub(r"<!--.*?-->", "", text, flags=re.S)


# ============================================================================ timing plan
@dataclass
class Section:
    title: str
    words: int = 0
    code_cells: int = 0
    explorers: int = 0
    figures: int = 0
    try_it: int = 0
    subsections: list[str] = field(default_factory=list)

    @property
    def minutes(self) -> float:
        """What the section takes a student, at the rates the lessons' stated times use
        (``korea_course.timing``)."""
        return (self.words / timing.READING_WORDS_PER_MINUTE + self.figures * timing.MINUTES_PER_FIGURE
                + self.explorers * timing.MINUTES_PER_EXPLORER + self.try_it * timing.MINUTES_PER_TRY_IT)

    @property
    def weight(self) -> float:
        return self.minutes + 0.5


def lesson_sections(nb) -> list[Section]:
    """Every ``##`` section of a lesson notebook with what it contains."""
    sections: list[Section] = []
    current: Section | None = None
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            text = cell.source
            heads = {n: (lev, t) for n, lev, t in _heading_lines(text)}
            for number, line in enumerate(text.splitlines()):
                if number in heads:
                    level, title = heads[number]
                    if level == 2:
                        current = Section(title)
                        sections.append(current)
                        continue
                    if level > 2 and current is not None:
                        current.subsections.append(title)
                if current is not None and number not in heads:
                    current.words += len(re.findall(r"\w+", line))
                    current.try_it += bool(timing.TRY_IT.match(line))
        elif cell.cell_type == "code" and current is not None:
            current.code_cells += 1
            current.explorers += len(re.findall(r"\w+_explorer\(", cell.source))
            current.figures += cell.source.count("show_figure(")
    return sections


def allocate(weights: Sequence[float], total: int, minimum: int = 1) -> list[int]:
    """Whole minutes summing to ``total``, proportional to ``weights`` (largest remainder)."""
    n = len(weights)
    if n == 0:
        return []
    if total < n * minimum:
        minimum = 0
    spare = total - n * minimum
    weight_sum = sum(weights) or n
    shares = [spare * (w if sum(weights) else 1) / weight_sum for w in weights]
    floors = [math.floor(s) for s in shares]
    left = spare - sum(floors)
    order = sorted(range(n), key=lambda i: shares[i] - floors[i], reverse=True)
    for i in order[:left]:
        floors[i] += 1
    return [f + minimum for f in floors]


PLANS = {  # minutes of: opening, teaching, exercises, discussion, wrap-up
    50: {"opening": 5, "teaching": 28, "exercises": 12, "discussion": 0, "wrapup": 5},
    90: {"opening": 8, "teaching": 45, "exercises": 25, "discussion": 8, "wrapup": 4},
}


def question_minutes(q) -> int:
    return timing.MINUTES_PER_QUESTION[q.skill]


def reading_before_class(sections: list[Section], budget: int) -> list[Section]:
    """Sections to set as reading before class so that the rest fits ``budget`` minutes:
    prose-only sections first (they need no explorer in class), later ones before earlier."""
    chosen: list[Section] = []
    in_class = sum(s.minutes for s in sections)
    candidates = sorted(sections, key=lambda s: (s.explorers + s.figures > 0, -sections.index(s)))
    for s in candidates:
        if in_class <= budget or len(chosen) == len(sections) - 1:
            break
        chosen.append(s)
        in_class -= s.minutes
    return [s for s in sections if s in chosen]


def timing_plan(lesson: Lesson, length: int) -> list[tuple[int, str, str]]:
    """Rows (minutes, activity, notes) summing to ``length`` minutes. Sections keep the time
    they take; what does not fit is set as reading before class, and exercises that do not
    fit as homework, so the plan says what to skip rather than squeezing everything."""
    plan = PLANS[length]
    rows: list[tuple[int, str, str]] = []
    sections: list[Section] = []
    if lesson.lesson_notebook is not None:
        sections = [s for s in lesson_sections(read_notebook(lesson.lesson_notebook))
                    if not s.title.lower().startswith(FRAME_SECTIONS + CLOSING_SECTIONS)]
    questions = list(lesson.exercises) if lesson.exercises is not None else []
    teaching = plan["teaching"]
    exercises = plan["exercises"] if questions else 0
    teaching += plan["exercises"] - exercises
    if not sections:  # no lesson notebook (yet): the time goes to the exercises
        exercises, teaching = exercises + teaching, 0
    before = reading_before_class(sections, teaching)
    in_class = [s for s in sections if s not in before]
    opening_note = "Read the objectives aloud; ask the guiding questions and collect first answers."
    if before:
        opening_note += (" Before class, students read: " + "; ".join(
            f"{s.title} (about {math.ceil(s.minutes)} min)" for s in before) + ".")
    rows.append((plan["opening"], "Opening: learning objectives and guiding questions", opening_note))
    section_minutes = [max(1, round(s.minutes)) for s in in_class]
    spare = teaching - sum(section_minutes)
    if spare < 0:  # one long section left: give it the time there is
        section_minutes = allocate([s.weight for s in in_class], teaching)
        spare = 0
    for minutes, s in zip(section_minutes, in_class):
        what = []
        if s.explorers:
            what.append(f"{s.explorers} explorer{'s' if s.explorers > 1 else ''}")
        if s.figures:
            what.append(f"{s.figures} figure{'s' if s.figures > 1 else ''}")
        if s.subsections:
            what.append("sub-sections: " + "; ".join(s.subsections))
        rows.append((minutes, f"Lesson section: {s.title}", ", ".join(what)))
    if questions:
        # in class first the questions that gain most from discussion (the analytical ones),
        # then the others while time is left; the rest is homework
        from korea_course.checking import ANALYTICAL_SKILLS

        chosen, spent = [], 0
        for q in sorted(questions, key=lambda q: q.skill not in ANALYTICAL_SKILLS):
            cost = question_minutes(q)
            if spent + cost <= exercises or not chosen:
                chosen.append(q)
                spent += cost
        chosen = [q for q in questions if q in chosen]
        rest = [q for q in questions if q not in chosen]
        note = "In class: " + ", ".join(q.id for q in chosen) + "."
        if rest:
            note += " As homework: " + ", ".join(q.id for q in rest) + f" (about {sum(map(question_minutes, rest))} min)."
        rows.append((exercises, "Exercises (exercise notebook)", note))
    discussion = plan["discussion"] + spare
    if discussion:
        rows.append((discussion, "Discussion", "Guiding questions and the reflection questions "
                     "(prompts and notes below)."))
    rows.append((plan["wrapup"], "Wrap-up: key points and what comes next",
                 "Students run `progress()`; point to the next lesson."))
    drift = length - sum(r[0] for r in rows)
    if drift:  # rounding never leaves the total off, but guard it: adjust the longest row
        i = max(range(len(rows)), key=lambda k: rows[k][0])
        rows[i] = (rows[i][0] + drift, rows[i][1], rows[i][2])
    return rows


def _clock(minute: int) -> str:
    return f"{minute // 60}:{minute % 60:02d}"


def timing_table(rows: list[tuple[int, str, str]]) -> str:
    lines = ["| Time | Minutes | Activity | Notes |", "|---|---:|---|---|"]
    start = 0
    for minutes, activity, notes in rows:
        lines.append(f"| {_clock(start)}–{_clock(start + minutes)} | {minutes} | {_cell(activity)} | {_cell(notes)} |")
        start += minutes
    lines.append(f"| | **{start}** | **Total** | |")
    return "\n".join(lines)


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


# ============================================================================ questions
def question_text(exercises, q) -> str:
    """What students read for a question (its heading and prompt), from the question's definition."""
    return exercises.question_markdown(q)


def _flatten_headings(markdown: str) -> str:
    """Headings inside quoted student text become bold lines (they would break the guide's outline)."""
    out, fenced = [], False
    for line in markdown.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        m = None if fenced else re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        out.append(f"**{m.group(1)}**" if m else line)
    return "\n".join(out)


def _quote(markdown: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in markdown.strip().splitlines())


def model_text(solution_code: str) -> str | None:
    """The string a reflection's model solution assigns (``var = "…"``), if it is a literal."""
    try:
        tree = ast.parse(solution_code)
        for node in tree.body:
            if isinstance(node, ast.Assign):
                value = ast.literal_eval(node.value)
                if isinstance(value, str):
                    return value
    except Exception:
        return None
    return None


def _fence(text: str, lang: str = "") -> str:
    ticks = "```"
    while ticks in text:
        ticks += "`"
    return f"{ticks}{lang}\n{text.rstrip()}\n{ticks}"


def _expected(q) -> str:
    try:
        text = q.kind.describe_expected()
    except Exception as exc:  # a broken answer key must not stop the guide; it is reported
        raise BuildError(f"{q.id}: describe_expected() failed ({type(exc).__name__}: {exc})") from None
    lines = str(text).splitlines()
    if len(lines) > 40:
        lines = lines[:40] + [f"… ({len(lines) - 40} more lines)"]
    return "\n".join(lines)


def misconception_example(q, m) -> str:
    if getattr(m, "code", ""):
        return m.code
    from korea_course.answers import safe_repr

    return f"{q.var} = {safe_repr(m.example, 300)}"


# ============================================================================ answer keys
def answer_key_notebook(lesson: Lesson):
    """The exercise notebook with every answer cell replaced by its solution, not yet run."""
    import nbformat

    nb = read_notebook(lesson.exercise_notebook)
    by_id = {q.id: q for q in lesson.exercises}
    seen: set[str] = set()
    cells = []
    for cell in nb.cells:
        tags = [t for t in cell.get("metadata", {}).get("tags", []) if t.startswith(ANSWER_TAG)]
        if cell.cell_type == "code" and tags:
            qid = tags[0][len(ANSWER_TAG):]
            q = by_id.get(qid)
            if q is None:
                raise BuildError(f"lesson {lesson.number}: {lesson.exercise_notebook.name} has a cell tagged "
                                 f"{tags[0]} but the exercise module has no question {qid}")
            seen.add(qid)
            cell.source = f"# Answer key ({q.id}): the model solution\n{q.solution_code}"
            cells.append(cell)
            note = f"**Answer key — {q.id}.** {q.explanation}"
            if q.kind.graded:
                note = f"**Answer key — {q.id}.** Expected: {_expected(q).splitlines()[0]}. {q.explanation}"
            cells.append(nbformat.v4.new_markdown_cell(note))
            continue
        cells.append(cell)
    missing = [q.id for q in lesson.exercises if q.id not in seen]
    if missing:
        raise BuildError(f"lesson {lesson.number}: {lesson.exercise_notebook.name} has no answer cell for "
                         f"{', '.join(missing)} (tag the cell 'answer-<id>')")
    banner = nbformat.v4.new_markdown_cell(
        f"> **Instructor edition — answer key for lesson {lesson.number}.** Every answer cell holds the model "
        "solution and every check below ran and passed when this notebook was built "
        f"({_dt.date.today().isoformat()}, `make instructor`). Do not hand this notebook to students.")
    nb.cells = cells[:1] + [banner] + cells[1:]
    return nb


def _kernel_env(progress_file: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["KOREA_COURSE_PROGRESS"] = str(progress_file)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    env.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    return env


def execute_answer_key(lesson: Lesson, out_dir: Path, timeout: int) -> tuple[Path, list[str]]:
    """Run the answer key in a fresh kernel; return where it was saved and the problems found."""
    import nbformat

    from korea_course.runner import run_in_kernel

    nb = answer_key_notebook(lesson)
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="instructor-progress-") as scratch:
        progress_file = Path(scratch) / "progress.json"
        run = run_in_kernel(nb, cwd=lesson.exercise_notebook.parent, env=_kernel_env(progress_file),
                            cell_timeout=timeout, keep_outputs=True)
        if run.error:
            problems.append(f"lesson {lesson.number}: the answer key did not run through: {run.error}")
        saved = {}
        if progress_file.exists():
            try:
                saved = json.loads(progress_file.read_text(encoding="utf-8")).get("lessons", {}).get(lesson.number, {})
            except (OSError, ValueError) as exc:
                problems.append(f"lesson {lesson.number}: could not read the progress the checks saved ({exc})")
    if not problems:
        failed = _check_statuses(lesson, saved)
        problems += failed
        if not failed:  # one message per broken solution is enough
            problems += _check_outputs(lesson, nb)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / lesson.exercise_notebook.name
    nbformat.write(nb, str(target))
    return target, problems


def _check_statuses(lesson: Lesson, saved: dict) -> list[str]:
    """Every question's saved status is "correct" (graded) or "recorded" (reflections)."""
    from korea_course.checking import STATUS_LABELS

    problems = []
    for q in lesson.exercises:
        want = EXPECTED_STATUS[bool(q.kind.graded)]
        entry = saved.get(q.id, {}) if isinstance(saved.get(q.id), dict) else {}
        got = entry.get("status", "no status (the check did not run)")
        if got != want:
            words = STATUS_LABELS[got][1] if got in STATUS_LABELS else str(got)
            problems.append(f"lesson {lesson.number} {q.id} ({q.title}): the solution gave "
                            f"\"{words}\", not \"{STATUS_WORDS[bool(q.kind.graded)]}\".\n"
                            f"    solution: {q.solution_code!r}\n    last answer seen: {entry.get('last_answer', '—')}")
    return problems


def _check_outputs(lesson: Lesson, nb) -> list[str]:
    """Every `qN.check()` cell shows the status words in its output."""
    problems = []
    by_id = {q.id: q for q in lesson.exercises}
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for qid in re.findall(r"^\s*(\w+)\.check\(\)", cell.source, re.M):
            q = by_id.get(qid)
            if q is None:
                continue
            text = "".join(str(o.get("data", {}).get("text/plain", "")) + str(o.get("text", ""))
                           for o in cell.get("outputs", []))
            want = STATUS_WORDS[bool(q.kind.graded)]
            if want not in text:
                problems.append(f"lesson {lesson.number} {qid}: the check's output does not say \"{want}\" "
                                f"(it shows: {text.strip()[:160]!r})")
    return problems


# ============================================================================ the guide
def lesson_guide(lesson: Lesson, key_path: Path | None, out_dir: Path) -> str:
    parts = [f'<a id="{lesson.anchor}"></a>', f"## {lesson.title}", ""]
    files = []
    if lesson.lesson_notebook is not None:
        files.append(f"lesson `notebooks/{lesson.lesson_notebook.name}`")
    if lesson.exercise_notebook is not None:
        files.append(f"exercises `exercises/{lesson.exercise_notebook.name}`")
    evidence = ROOT / "instructors" / "evidence" / f"lesson-{lesson.number}.md"
    if evidence.is_file():
        files.append(f"evidence notes `{evidence.relative_to(ROOT).as_posix()}` (what each source says, "
                     "where sources disagree, what remains uncertain)")
    if key_path is not None:
        files.append(f"answer key [`{key_path.relative_to(out_dir).as_posix()}`]({key_path.relative_to(out_dir).as_posix()})")
    if files:
        parts += ["Files: " + "; ".join(files) + ".", ""]
    lesson_md = ""
    if lesson.lesson_notebook is not None:
        lesson_md = _strip_html_comments(markdown_text(read_notebook(lesson.lesson_notebook)))
    else:
        parts += ["*This lesson has no lesson notebook yet; the plan below covers its exercises only.*", ""]

    # objectives
    parts += ["### Learning objectives", ""]
    objectives = section(lesson_md, "Learning objectives")
    parts += [objectives or "*(The lesson notebook has no “## Learning objectives” section.)*", ""]
    stated = section(lesson_md, "Time and prerequisites")
    if stated:
        parts += ["**Time and prerequisites, as the lesson states them:**", "", stated, ""]

    # timing
    parts += ["### Timing plan", ""]
    for length in (50, 90):
        parts += [f"#### A {length}-minute class", "", timing_table(timing_plan(lesson, length)), ""]

    # discussion
    parts += ["### Discussion prompts", ""]
    guiding = bullets(section(lesson_md, "Guiding questions")) or \
        [line for line in section(lesson_md, "Guiding questions").splitlines() if line.strip()]
    key_points = bullets(section(lesson_md, "Key points"))
    if guiding:
        parts += ["From the lesson's guiding questions:", ""]
        parts += [f"{i}. {g}" for i, g in enumerate(guiding, 1)]
        parts.append("")
        if key_points:
            parts += ["*Notes — points to draw out (the lesson's key points):*", ""]
            parts += [f"- {k}" for k in key_points]
            parts.append("")
    reflections = [q for q in (lesson.exercises or []) if not q.kind.graded]
    for q in reflections:
        parts += [f"**Reflection {q.id} — {q.title}**", ""]
        if q.prompt:
            parts += [_quote(_flatten_headings(q.prompt)), ""]
        parts += [f"*Notes for the discussion:* {q.explanation}", ""]
        if getattr(q, "rubric", None):
            parts += ["*Rubric:*", ""] + [f"- {criterion}" for criterion in q.rubric] + [""]
        model = model_text(q.solution_code)
        if model:
            parts += ["*A model answer:*", "", _quote(model), ""]
    if not guiding and not reflections:
        parts += ["*(No guiding questions or reflections found.)*", ""]

    # misconceptions
    parts += ["### Misconceptions the checker recognises", ""]
    graded = [q for q in (lesson.exercises or []) if q.kind.graded]
    any_m = False
    for q in graded:
        if not q.misconceptions:
            continue
        any_m = True
        parts += [f"**{q.id} — {q.title}**", ""]
        for m in q.misconceptions:
            example = misconception_example(q, m).strip()
            if "\n" in example or "`" in example:
                block = _fence(example, "python").replace("\n", "\n  ")
                parts += [f"- {m.message}", "", "  " + block, ""]
            else:
                parts += [f"- `{example}` → {m.message}"]
        parts.append("")
    if not any_m:
        parts += ["*(None defined.)*", ""]

    # answers
    parts += ["### Answers", ""]
    if lesson.exercises is None:
        parts += ["*(This lesson has no exercises.)*", ""]
    for q in lesson.exercises or []:
        parts += [f"#### {q.id} — {q.title}", ""]
        parts += [_quote(_flatten_headings(question_text(lesson.exercises, q))), ""]
        parts += [f"- **Answer kind:** {q.kind.label}"]
        if q.kind.graded:
            expected = _expected(q)
            if "\n" in expected or len(expected) > 80:
                parts += ["- **Expected:**", "", _fence(expected), ""]
            else:
                parts += [f"- **Expected:** `{expected}`", ""]
        else:
            parts += ["- **Expected:** not graded (a reflection: recorded once it is long enough)", ""]
        parts += ["**Solution:**", "", _fence(q.solution_code, "python"), "", f"**Explanation:** {q.explanation}", ""]
        if q.hints:
            parts += ["**Hints the students see, in order:** " + " · ".join(f"({i}) {h}" for i, h in enumerate(q.hints, 1)),
                      ""]
    return "\n".join(parts)


def build_guide(lessons: list[Lesson], keys: dict[str, Path], out_dir: Path) -> str:
    head = ["# Instructor guide — Russia and the Korean Peninsula", "",
            f"Built by `make instructor` (`scripts/build_instructor.py`) on {_dt.date.today().isoformat()} "
            "from the lesson notebooks and the exercise modules (the single source of truth for answers). "
            "Do not hand this guide to students: it contains the answers.", "",
            "Each lesson below has its learning objectives, a timing plan for a 50- and a 90-minute class "
            "(each section keeps the time it takes; what does not fit is set as reading before class or as "
            "homework), discussion prompts "
            "with notes, the misconceptions the checker recognises (and the feedback students get), and "
            "the answers. The answer-key notebooks in `answer_keys/` were executed and every check passed.", "",
            "## Contents", ""]
    head += [f"- [{lesson.title}](#{lesson.anchor})" for lesson in lessons]
    head.append("")
    return "\n".join(head + [lesson_guide(lesson, keys.get(lesson.number), out_dir) for lesson in lessons]) + "\n"


HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Instructor guide — Russia and the Korean Peninsula</title>
<style>
body {{ font-family: system-ui, sans-serif; line-height: 1.5; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #111; }}
table {{ border-collapse: collapse; margin: 0.5rem 0 1rem; }}
th, td {{ border: 1px solid #999; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }}
pre {{ background: #f4f4f4; padding: 0.5rem; overflow-x: auto; }}
code {{ background: #f4f4f4; }}
blockquote {{ border-left: 4px solid #0072B2; margin: 0.5rem 0; padding: 0 0.8rem; color: #222; }}
h2 {{ border-top: 2px solid #ccc; padding-top: 1rem; margin-top: 2.5rem; }}
</style>
</head>
<body>
{body}
</body>
</html>
"""


def markdown_to_html(text: str) -> str:
    try:
        import mistune

        render = mistune.create_markdown(escape=False, plugins=["table", "strikethrough"])
        body = render(text)
    except Exception:  # no renderer: still a readable page
        body = f"<pre>{html.escape(text)}</pre>"
    return HTML_PAGE.format(body=body)


# ============================================================================ main
def build(out_dir: Path, *, only: Sequence[str] | None = None, timeout: int = 120, with_html: bool = True,
          jobs: int | None = None, root: Path = ROOT, log=print) -> list[str]:
    """Build everything; return the problems found (empty: success)."""
    started = time.perf_counter()
    lessons = discover(root, only)
    if not lessons:
        return ["no lessons found (no korea_course/exercises/lessonNN.py and no notebooks/NN_*.ipynb)"]
    problems: list[str] = []
    runnable: list[Lesson] = []
    for lesson in lessons:
        if lesson.exercises is not None and lesson.exercise_notebook is None:
            problems.append(f"lesson {lesson.number}: korea_course/exercises/lesson{lesson.number}.py exists but "
                            f"there is no exercises/{lesson.number}_*.ipynb")
        elif lesson.exercises is None and lesson.exercise_notebook is not None:
            problems.append(f"lesson {lesson.number}: exercises/{lesson.exercise_notebook.name} exists but "
                            f"korea_course/exercises/lesson{lesson.number}.py defines no `exercises`")
        elif lesson.exercises is None:
            log(f"lesson {lesson.number}: no exercises; guide only")
        else:
            runnable.append(lesson)
    keys: dict[str, Path] = {}
    for lesson, outcome in zip(runnable, _run_all(runnable, out_dir / "answer_keys", timeout, jobs)):
        if isinstance(outcome, BaseException):
            if not isinstance(outcome, BuildError):
                outcome = f"lesson {lesson.number}: the answer key could not be built ({type(outcome).__name__}: {outcome})"
            problems.append(str(outcome))
            continue
        (path, found), seconds = outcome
        keys[lesson.number] = path
        problems += found
        log(f"lesson {lesson.number}: answer key {'FAILED' if found else 'ok'} "
            f"({len(lesson.exercises.questions)} questions, {seconds:.1f} s) -> {path}")
    try:
        guide = build_guide(lessons, keys, out_dir)
    except BuildError as exc:
        problems.append(str(exc))
    else:
        out_dir.mkdir(parents=True, exist_ok=True)
        (out_dir / "guide.md").write_text(guide, encoding="utf-8")
        if with_html:
            (out_dir / "guide.html").write_text(markdown_to_html(guide), encoding="utf-8")
        log(f"guide: {out_dir / 'guide.md'}" + (f" and {out_dir / 'guide.html'}" if with_html else ""))
    log(f"built in {time.perf_counter() - started:.1f} s")
    return problems


def _run_all(lessons: list[Lesson], key_dir: Path, timeout: int, jobs: int | None) -> list:
    """Execute the answer keys, ``jobs`` kernels at a time (default: one per CPU, at most 4).
    Each kernel is driven from its own thread; a failure is returned in place of its result."""
    from concurrent.futures import ThreadPoolExecutor

    def one(lesson: Lesson):
        t0 = time.perf_counter()
        try:
            return execute_answer_key(lesson, key_dir, timeout), time.perf_counter() - t0
        except Exception as exc:  # reported by the caller, lesson by lesson
            return exc

    if not lessons:
        return []
    with ThreadPoolExecutor(max_workers=max(1, jobs or min(os.cpu_count() or 1, 4))) as pool:
        return list(pool.map(one, lessons))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the instructor edition: executed answer-key notebooks "
                                     "and guide.md/guide.html.")
    parser.add_argument("--out", type=Path, default=ROOT / "instructors" / "edition",
                        help="output folder (default: instructors/edition/ in the course folder)")
    parser.add_argument("--lessons", nargs="*", metavar="NN", help="only these lessons (default: all found)")
    parser.add_argument("--timeout", type=int, default=120, help="seconds allowed per notebook cell (default 120)")
    parser.add_argument("--no-html", action="store_true", help="write guide.md only")
    parser.add_argument("--jobs", type=int, default=None,
                        help="answer keys executed at once (default: one per CPU, at most 4)")
    args = parser.parse_args(argv)
    try:
        problems = build(args.out.resolve(), only=args.lessons, timeout=args.timeout, with_html=not args.no_html,
                         jobs=args.jobs)
    except BuildError as exc:
        problems = [str(exc)]
    if problems:
        print("\nThe instructor edition is NOT valid:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        print("Fix the solution (korea_course/exercises/lessonNN.py) or the notebook, then run `make instructor` "
              "again.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Build every exercise notebook (``exercises/NN_*.ipynb``) from the lesson's exercise module.

    python scripts/build_exercises.py            # write the notebooks (``make exercises``)
    python scripts/build_exercises.py --check    # write nothing; exit 1 naming every notebook that differs

The exercise module (``korea_course/exercises/lessonNN.py``) is the one place where a question
is defined: its prompt, answer, hints, misconceptions and solution, and the text around the
questions (``intro``, ``setup_code``, ``sections``, ``closing``). To change a question, edit the
module and run ``make exercises``; never edit an exercise notebook by hand (a test fails when a
committed notebook differs from what this script builds). The lessons come from the registry
``korea_course.lessons``. The build is deterministic: cell ids are derived from the cell's role,
there are no outputs, and running it twice changes nothing.

Each notebook is: the intro (Markdown), the setup code cell, then per question the section
heading placed before it (if any), "### Question N — title" with the prompt, the answer cell
(tagged ``answer-<id>``: the placeholder comment and ``var = ____``) and the check cell
(``qN.check()`` with ``# qN.hint()`` and ``# qN.solution()``); last the closing heading and
``progress()``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # a fresh clone works without installing the package
    sys.path.insert(0, str(ROOT))

import nbformat  # noqa: E402

NOTEBOOK_METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def _markdown(source: str, cell_id: str):
    return nbformat.v4.new_markdown_cell(source, id=cell_id)


def _code(source: str, cell_id: str, tags: Sequence[str] = ()):
    cell = nbformat.v4.new_code_cell(source, id=cell_id)
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


def build_notebook(exercises) -> nbformat.NotebookNode:
    """The exercise notebook of one ``ExerciseSet``, without outputs."""
    if not exercises.intro or not exercises.setup_code:
        raise ValueError(f"lesson {exercises.lesson}: the exercise set needs an intro and setup_code")
    cells = [_markdown(exercises.intro, "intro"), _code(exercises.setup_code, "setup")]
    for q in exercises:
        if q.id in exercises.sections:
            cells.append(_markdown(exercises.sections[q.id], f"{q.id}-section"))
        cells += [_markdown(exercises.question_markdown(q), f"{q.id}-question"),
                  _code(exercises.answer_cell(q), f"{q.id}-answer", tags=[f"answer-{q.id}"]),
                  _code(exercises.check_cell(q), f"{q.id}-check")]
    cells += [_markdown(exercises.closing, "closing"), _code("progress()", "progress")]
    nb = nbformat.v4.new_notebook(cells=cells, metadata=dict(NOTEBOOK_METADATA))
    nb.nbformat, nb.nbformat_minor = 4, 5
    nbformat.validate(nb)
    return nb


def notebook_text(exercises) -> str:
    """The file contents, exactly as ``nbformat.write`` would save them."""
    text = nbformat.writes(build_notebook(exercises))
    return text if text.endswith("\n") else text + "\n"


def targets(only: Sequence[str] | None = None) -> list[tuple[Path, object]]:
    """(notebook path, exercise set) for every lesson of the registry, or ``only`` these numbers."""
    from korea_course.lessons import LESSONS, lesson

    chosen = [lesson(n) for n in only] if only else list(LESSONS)
    return [(item.exercise_notebook, item.exercises()) for item in chosen]


def stale(only: Sequence[str] | None = None) -> list[Path]:
    """The notebooks whose committed file differs from what this script builds."""
    return [path for path, ex in targets(only)
            if not path.exists() or path.read_bytes() != notebook_text(ex).encode("utf-8")]


def write_all(only: Sequence[str] | None = None) -> list[Path]:
    """Write every notebook that differs; return those written."""
    written = []
    for path, ex in targets(only):
        data = notebook_text(ex).encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build exercises/NN_*.ipynb from korea_course/exercises/lessonNN.py.")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 and name the notebooks that differ from the definitions")
    parser.add_argument("--lessons", nargs="*", metavar="NN", help="only these lessons (default: all)")
    args = parser.parse_args(argv)
    try:
        if args.check:
            differ = stale(args.lessons)
            for path in differ:
                print(f"{path.relative_to(ROOT).as_posix()} differs from its definitions "
                      f"(korea_course/exercises/lesson{path.name[:2]}.py); run `make exercises`", file=sys.stderr)
            if not differ:
                print("every exercise notebook matches its definitions")
            return 1 if differ else 0
        written = write_all(args.lessons)
    except (KeyError, ValueError, ImportError) as exc:
        print(f"build_exercises: {exc}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path.relative_to(ROOT).as_posix()}")
    if not written:
        print("every exercise notebook is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())

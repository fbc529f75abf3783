"""The tests' names for the course's notebook runner (``korea_course.runner``), which the
benchmark and the instructor build use too; plus the registry's notebooks by folder."""
from __future__ import annotations

from pathlib import Path

from korea_course.runner import (ANSWER_TAG_PREFIX, ROOT, RunResult, _shell, answer_cells, code_cells,  # noqa: F401
                                 read, run_in_kernel, run_in_process)

run_notebook = run_in_process


def notebooks(folder: str) -> list[Path]:
    """The course's notebooks in ``notebooks/`` or ``exercises/``, from the lesson registry."""
    from korea_course.lessons import exercise_notebooks, lesson_notebooks

    return {"notebooks": lesson_notebooks, "exercises": exercise_notebooks}[folder]()


def exercise_notebook(lesson: str) -> Path | None:
    from korea_course.lessons import lesson as find_lesson

    path = find_lesson(lesson).exercise_notebook
    return path if path.exists() else None

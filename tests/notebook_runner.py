"""Run a notebook's code cells in-process, in a fresh IPython shell namespace.

Used for the exercise builds (as shipped / with solutions / with misconceptions), where a
notebook is run several times: in-process execution takes a fraction of a second, where a
kernel start alone costs about one (the nbval run still executes every notebook in a real
kernel). Cells can be replaced by tag before running.
"""
from __future__ import annotations

import contextlib
import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

import nbformat

ROOT = Path(__file__).resolve().parent.parent
ANSWER_TAG_PREFIX = "answer-"


@dataclass
class RunResult:
    namespace: dict
    outputs: list[str] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(str(path), as_version=4)


def answer_cells(nb) -> dict[str, int]:
    """Question id -> index of the cell tagged ``answer-<id>``."""
    found = {}
    for index, cell in enumerate(nb.cells):
        for tag in cell.get("metadata", {}).get("tags", []):
            if tag.startswith(ANSWER_TAG_PREFIX):
                found[tag[len(ANSWER_TAG_PREFIX):]] = index
    return found


def _shell():
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    shell.reset(new_session=True)
    shell.custom_exceptions = ()
    shell._korea_course_friendly = False
    return shell


def run_notebook(path: Path, *, replace: Mapping[str, str] | None = None, cwd: Path | None = None,
                 env: Mapping[str, str] | None = None, stop_on_error: bool = False) -> RunResult:
    """Execute every code cell; ``replace`` maps question ids to new answer-cell sources."""
    nb = read(path)
    replace = dict(replace or {})
    cells = answer_cells(nb)
    unknown = set(replace) - set(cells)
    if unknown:
        raise KeyError(f"{path.name}: no answer cell for {sorted(unknown)}")
    for qid, source in replace.items():
        nb.cells[cells[qid]].source = source
    shell = _shell()
    result = RunResult(namespace=shell.user_ns)
    old_env = {k: os.environ.get(k) for k in (env or {})}
    old_cwd = Path.cwd()
    os.environ.update(env or {})
    os.chdir(cwd or path.parent)
    try:
        import matplotlib

        matplotlib.use("Agg", force=True)
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            if "skip-execution" in cell.get("metadata", {}).get("tags", []):
                continue
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
                outcome = shell.run_cell(cell.source, store_history=False, silent=False)
            result.outputs.append(buffer.getvalue())
            if not outcome.success:
                error = outcome.error_in_exec or outcome.error_before_exec
                result.errors.append((index, f"{type(error).__name__}: {error}\n{buffer.getvalue()[-2000:]}"))
                if stop_on_error:
                    break
    finally:
        os.chdir(old_cwd)
        for k, v in old_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return result


def notebooks(folder: str) -> list[Path]:
    """The course's notebooks in ``notebooks/`` or ``exercises/``, from the lesson registry."""
    from korea_course.lessons import exercise_notebooks, lesson_notebooks

    return {"notebooks": lesson_notebooks, "exercises": exercise_notebooks}[folder]()


def exercise_notebook(lesson: str) -> Path | None:
    from korea_course.lessons import lesson as find_lesson

    path = find_lesson(lesson).exercise_notebook
    return path if path.exists() else None

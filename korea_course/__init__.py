"""Helpers shared by the notebooks of the course "Russia and the Korean Peninsula".

Modules: ``data`` (typed, validated course tables), ``plotting`` (one accessible style and
text descriptions), ``formatting`` (lists, year ranges, money and figure styles in words),
``widgets`` (the explorer pattern), ``timeline`` (timelines of events), ``answers`` and
``checking`` (auto-checked exercises), ``progress`` (the progress file), ``exercises`` (one
question set per lesson) and ``explorers`` (one package per lesson).

The notebooks import the copy of this package that sits in their own course folder
(``notebooks/korea_course`` and ``exercises/korea_course`` are links to it), so a course
update pulled into a student's folder takes effect without reinstalling anything. If a
different version is also installed in the Python environment, importing says so once.
"""
from __future__ import annotations

__version__ = "0.2.0"

from .checking import install_friendly_errors as _install_friendly_errors  # noqa: E402
from .data import CourseDataError, cite, load_table  # noqa: E402
from .plotting import new_figure, show_figure  # noqa: E402

_install_friendly_errors()  # in a notebook: NameErrors (a skipped cell, a restart) are explained in words


def load_ipython_extension(shell) -> None:  # pragma: no cover - called by IPython
    """``%load_ext korea_course``, or ``c.InteractiveShellApp.extensions = ["korea_course"]`` in the
    kernel's configuration: the explanations are there from kernel start, before any cell ran."""
    _install_friendly_errors()


def shadowed_install_notice() -> str:
    """One sentence if a differently versioned korea-course is installed but this folder's copy is used; else ''."""
    import json
    from importlib import metadata
    from pathlib import Path

    try:
        dist = metadata.distribution("korea-course")
        installed = dist.version
    except Exception:  # not installed, or unreadable metadata: nothing is shadowed
        return ""
    if installed == __version__:
        return ""
    here = Path(__file__).resolve().parent
    try:  # an editable install of this very folder is this copy, not another one
        url = json.loads(dist.read_text("direct_url.json") or "{}").get("url", "")
        if url.startswith("file://") and Path(url[len("file://"):]).resolve() == here.parent:
            return ""
        if Path(str(dist.locate_file("korea_course"))).resolve() == here:
            return ""
    except Exception:
        pass
    return (f"Note: this notebook uses the course package of its own folder ({here.parent.name}, "
            f"version {__version__}), not the different copy installed in this Python (version {installed}).")


def _show_once_in_a_cell(text: str) -> None:
    """Print ``text`` in the output of the cell that runs now, or of the first cell to run if the
    kernel imported the course at start (the IPython extension): never only in the kernel's log."""
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except Exception:  # no IPython at all
        shell = None
    if shell is None or not hasattr(shell, "events"):
        print(text)
        return

    def show(*_args) -> None:
        print(text)
        shell.events.unregister("post_run_cell", show)

    shell.events.register("post_run_cell", show)


_notice = shadowed_install_notice()
if _notice:
    _show_once_in_a_cell(_notice)

__all__ = ["load_table", "cite", "CourseDataError", "new_figure", "show_figure", "shadowed_install_notice",
           "__version__"]

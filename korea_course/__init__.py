"""Helpers shared by the notebooks of the course "Russia and the Korean Peninsula".

Modules: ``data`` (typed, validated course tables), ``plotting`` (one accessible style and
text descriptions), ``formatting`` (lists, year ranges, money and figure styles in words),
``widgets`` (the explorer pattern), ``timeline`` (timelines of events), ``answers`` and
``checking`` (auto-checked exercises), ``progress`` (the progress file), ``exercises`` (one
question set per lesson) and ``explorers`` (one package per lesson).
"""
from .data import CourseDataError, cite, load_table
from .plotting import new_figure, show_figure

from .checking import install_friendly_errors as _install_friendly_errors

__version__ = "0.1.0"
_install_friendly_errors()  # in a notebook: NameErrors (a skipped cell, a restart) are explained in words


def load_ipython_extension(shell) -> None:  # pragma: no cover - called by IPython
    """``%load_ext korea_course``, or ``c.InteractiveShellApp.extensions = ["korea_course"]`` in the
    kernel's configuration: the explanations are there from kernel start, before any cell ran."""
    _install_friendly_errors()
__all__ = ["load_table", "cite", "CourseDataError", "new_figure", "show_figure"]

"""Helpers shared by the notebooks of the course "Russia and the Korean Peninsula".

Modules: ``data`` (typed, validated course tables), ``plotting`` (one accessible style and
text descriptions), ``formatting`` (lists, year ranges, money and figure styles in words),
``widgets`` (the explorer pattern), ``timeline`` (timelines of events), ``answers`` and
``checking`` (auto-checked exercises), ``progress`` (the progress file), ``exercises`` (one
question set per lesson) and ``explorers`` (one package per lesson).
"""
from .data import CourseDataError, cite, load_table
from .plotting import new_figure, show_figure

__version__ = "0.1.0"
__all__ = ["load_table", "cite", "CourseDataError", "new_figure", "show_figure"]

"""Auto-checked exercises in the spirit of Kaggle's learntools.

An exercise module defines each question once (answer, hints, misconceptions, solution)::

    exercises = ExerciseSet("01", "The Six-Party Talks", [
        Question("q1", "Year of the walkout", var="walkout_year", kind=YearAnswer(2009),
                 hints=["…", "…"], solution="walkout_year = 2009", explanation="…",
                 misconceptions=[Misconception(2008, "…")]),
    ])

and the exercise notebook says ``exercises.setup(globals())`` once, then ``q1.check()``,
``q1.hint()`` and ``q1.solution()``. The student's answer is read from the variable named
by ``var``; an untouched ``____`` placeholder (or a missing variable) means "not attempted".
Whatever the student typed, ``check()`` never raises: the worst case is "could not check".

Modules, as learntools splits its checker: ``model`` (questions, misconceptions, results,
exercise sets; pure), ``view`` (feedback HTML, hints and solutions in words, the progress view)
and ``binding`` (the notebook's globals: the blank, the check objects, ``progress()``, the
NameError explanations). The answer kinds are in ``korea_course.answers``; the progress file
in ``korea_course.progress``.
"""
from __future__ import annotations

from ..answers import safe_repr, type_name  # noqa: F401  (importable from here as before)
from .view import display as _show  # everything shown passes here (view.show); tests replace it
from .binding import (PLACEHOLDER, BoundQuestion, ____, bind, install_friendly_errors,  # noqa: E402
                      load_ipython_extension, saved_statuses)
from .model import (ANALYTICAL_SKILLS, DONE_STATUSES, SKILLS, STATUS_LABELS, ExerciseSet,  # noqa: E402
                    Misconception, Question, Result, is_blank, known_status)
from .view import Feedback, name_error_feedback, progress_table, show_progress  # noqa: E402

# Importing the checker (the set-up cell does, first thing) installs the explanations at once, so
# they hold even if a later line of that cell fails.
install_friendly_errors()

__all__ = ["____", "PLACEHOLDER", "Question", "Misconception", "ExerciseSet", "BoundQuestion", "Result",
           "Feedback", "progress_table", "show_progress", "STATUS_LABELS", "SKILLS", "ANALYTICAL_SKILLS",
           "DONE_STATUSES", "install_friendly_errors", "name_error_feedback", "load_ipython_extension"]

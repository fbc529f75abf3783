"""One module per lesson (``lesson00`` … ``lesson04``), each defining ``exercises``:
the single source of truth for that lesson's questions, answers, hints and feedback.
The lessons themselves are listed once, in ``korea_course.lessons``."""
from __future__ import annotations


def all_exercise_sets() -> list:
    """The ExerciseSet of every lesson, in lesson order."""
    from ..lessons import LESSONS

    return [item.exercises() for item in LESSONS]

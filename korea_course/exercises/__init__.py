"""One module per lesson (``lesson00`` … ``lesson04``), each defining ``exercises``:
the single source of truth for that lesson's questions, answers, hints and feedback."""
from __future__ import annotations

import importlib
import pkgutil


def lesson_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("lesson"))


def all_exercise_sets() -> list:
    """The ExerciseSet of every lesson, in lesson order."""
    sets = []
    for name in lesson_modules():
        module = importlib.import_module(f"{__name__}.{name}")
        if hasattr(module, "exercises"):
            sets.append(module.exercises)
    return sets

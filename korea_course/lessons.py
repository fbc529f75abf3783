"""The lessons of the course, in order: the one list that tests, the exercise and instructor
builds and the benchmark read to find notebooks, question sets and explorers.

To add a lesson, add a ``Lesson`` here (see CONTRIBUTING.md for the files it needs).
"""
from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from pathlib import Path

# The course folder (a checkout): notebooks/, exercises/ and course_data/ sit beside the package.
COURSE_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Lesson:
    number: str   # "00" … : the prefix of the notebooks and the suffix of the modules
    slug: str     # the rest of the notebook name
    title: str

    @property
    def name(self) -> str:
        return f"{self.number}_{self.slug}"

    @property
    def notebook(self) -> Path:
        return COURSE_ROOT / "notebooks" / f"{self.name}.ipynb"

    @property
    def exercise_notebook(self) -> Path:
        return COURSE_ROOT / "exercises" / f"{self.name}.ipynb"

    @property
    def exercise_module(self) -> str:
        return f"korea_course.exercises.lesson{self.number}"

    @property
    def explorer_module(self) -> str:
        return f"korea_course.explorers.lesson{self.number}"

    def exercises(self):
        """The lesson's ExerciseSet (its questions, defined once)."""
        return importlib.import_module(self.exercise_module).exercises

    def explorers(self) -> list[tuple[str, object]]:
        """Every ``*_explorer`` function the lesson's explorer package offers, by name: defined in
        the package or one of its modules (``….lesson03`` or ``….lesson03.figures``), not imported
        from elsewhere."""
        module = importlib.import_module(self.explorer_module)
        own = module.__name__
        return [(f"lesson{self.number}.{name}", fn) for name, fn in sorted(vars(module).items())
                if name.endswith("_explorer") and inspect.isfunction(fn)
                and (fn.__module__ == own or fn.__module__.startswith(own + "."))]


LESSONS: tuple[Lesson, ...] = (
    Lesson("00", "orientation", "Orientation: the puzzle, the parties, the timeline"),
    Lesson("01", "six_party_talks", "The Six-Party Talks and the Security Council votes"),
    Lesson("02", "debt_settlement", "The settlement of the DPRK's Soviet-era debt"),
    Lesson("03", "nine_bridges", 'Moon Jae-in\'s "Nine Bridges"'),
    Lesson("04", "balancing_act", "Russia's balancing act"),
)


def lesson(number: str) -> Lesson:
    """The lesson with this number ("02" or "2")."""
    wanted = str(number).zfill(2)
    for item in LESSONS:
        if item.number == wanted:
            return item
    raise KeyError(f"no lesson {number!r}; the lessons are {', '.join(l.number for l in LESSONS)}")


def lesson_notebooks() -> list[Path]:
    return [item.notebook for item in LESSONS]


def exercise_notebooks() -> list[Path]:
    return [item.exercise_notebook for item in LESSONS]


def all_notebooks() -> list[Path]:
    """Every notebook of the course: the lessons, then the exercises."""
    return lesson_notebooks() + exercise_notebooks()

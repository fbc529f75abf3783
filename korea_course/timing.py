"""How long a lesson takes, measured from its own content.

Students read teaching prose at a careful pace, look at each figure and its description, try
each explorer and each "Try it" task, then do the exercises, whose time depends on what each
question asks (``Question.skill``). The rates are the course's stated assumptions; the lesson
notebooks state the totals this module computes (a test keeps them in step), and the
instructor guide plans 50- and 90-minute classes from the same breakdown.

Run ``python -m korea_course.timing`` to print every lesson's estimate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import nbformat

READING_WORDS_PER_MINUTE = 150       # careful reading of prose with dates and names
MINUTES_PER_FIGURE = 1.5             # the figure and its text description
MINUTES_PER_EXPLORER = 4             # trying the controls to answer the lesson's question
MINUTES_PER_TRY_IT = 2               # a small "Try it" task in the lesson
MINUTES_PER_QUESTION = {"recall": 2, "lookup": 3, "compute": 6, "weigh evidence": 6, "find the error": 6,
                        "predict and check": 6, "compare sources": 6, "reflect": 10}

_CODE_SPAN = re.compile(r"```.*?```|`[^`]*`", re.S)
# A "Try it" task is a paragraph that opens with "> **Try it:**" (or "*Try it*").
TRY_IT = re.compile(r"^(?:>\s*)?\*{1,2}Try it\b", re.M)


@dataclass(frozen=True)
class Estimate:
    reading: float
    figures: float
    explorers: float
    try_it: float
    exercises: float

    @property
    def lesson(self) -> int:
        """Minutes for the lesson notebook, rounded to 5."""
        return _round5(self.reading + self.figures + self.explorers + self.try_it)

    @property
    def exercise_set(self) -> int:
        return _round5(self.exercises)

    @property
    def total(self) -> int:
        return self.lesson + self.exercise_set


def _round5(minutes: float) -> int:
    return max(5, int(5 * round(minutes / 5)))


def prose_words(nb) -> int:
    """Words of teaching prose: markdown cells, without code and before the Sources section."""
    words = 0
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        if cell.source.lstrip().lower().startswith("## sources"):
            break
        words += len(_CODE_SPAN.sub(" ", cell.source).split())
    return words


def estimate(lesson) -> Estimate:
    """The estimate for one ``korea_course.lessons.Lesson``."""
    nb = nbformat.read(str(lesson.notebook), as_version=4)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    figures = sum(src.count("show_figure(") for src in code)
    explorers = sum(1 for src in code if re.search(r"_explorer\([^)]*\)\s*$", src.strip()))
    try_it = len(TRY_IT.findall(markdown))
    questions = sum(MINUTES_PER_QUESTION[q.skill] for q in lesson.exercises())
    return Estimate(reading=prose_words(nb) / READING_WORDS_PER_MINUTE, figures=figures * MINUTES_PER_FIGURE,
                    explorers=explorers * MINUTES_PER_EXPLORER, try_it=try_it * MINUTES_PER_TRY_IT,
                    exercises=questions)


def stated_minutes(lesson) -> tuple[int, int] | None:
    """(lesson, exercises) minutes as the notebook states them: "**Time:** about 55 minutes for this
    notebook and 40 minutes for the exercises"."""
    nb = nbformat.read(str(lesson.notebook), as_version=4)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    found = re.search(r"\*\*Time:\*\*\s*about (\d+) minutes for this notebook and (\d+) minutes for the exercises",
                      text)
    return (int(found.group(1)), int(found.group(2))) if found else None


def main() -> None:
    from .lessons import LESSONS

    for item in LESSONS:
        e = estimate(item)
        print(f"Lesson {item.number}: about {e.lesson} minutes for this notebook and {e.exercise_set} minutes for "
              f"the exercises (reading {e.reading:.0f}, figures {e.figures:.0f}, explorers {e.explorers:.0f}, "
              f"try-it {e.try_it:.0f}; exercises {e.exercises:.0f}); stated: {stated_minutes(item)}")


if __name__ == "__main__":
    main()

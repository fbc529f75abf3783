"""Honest time: each lesson states the time its own content takes (korea_course.timing), and at
least a third of each lesson's graded questions ask for analysis rather than recall."""
from __future__ import annotations

import pytest

from korea_course.checking import ANALYTICAL_SKILLS
from korea_course.lessons import LESSONS
from korea_course.timing import estimate, stated_minutes


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda item: item.name)
def test_lesson_states_the_time_its_content_takes(lesson):
    e = estimate(lesson)
    expected = (e.lesson, e.exercise_set)
    assert stated_minutes(lesson) == expected, (
        f"{lesson.notebook.name}: the 'Time and prerequisites' section should say '**Time:** about {e.lesson} "
        f"minutes for this notebook and {e.exercise_set} minutes for the exercises' "
        f"(python -m korea_course.timing shows the breakdown)")


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda item: item.name)
def test_at_least_a_third_of_graded_questions_are_analytical(lesson):
    graded = [q for q in lesson.exercises() if q.kind.graded]
    analytical = [q.id for q in graded if q.skill in ANALYTICAL_SKILLS]
    assert 3 * len(analytical) >= len(graded), (
        f"lesson {lesson.number}: {len(analytical)} of {len(graded)} graded questions are analytical ({analytical})")


def test_reflections_are_marked_as_such():
    for lesson in LESSONS:
        for q in lesson.exercises():
            assert (q.skill == "reflect") == (not q.kind.graded), f"lesson {lesson.number} {q.id}: skill {q.skill}"

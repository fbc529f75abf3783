"""Every question of every lesson, checked without a notebook: the definitions are sound,
each literal misconception fails with its own message, and no message gives the answer away."""
from __future__ import annotations

import importlib

import pytest

from korea_course.answers import DateAnswer, NumberAnswer
from korea_course.checking import ____
from korea_course.exercises import all_exercise_sets

QUESTIONS = [(ex.lesson, q) for ex in all_exercise_sets() for q in ex]
IDS = [f"lesson{lesson}-{q.id}" for lesson, q in QUESTIONS]


@pytest.mark.parametrize("lesson,q", QUESTIONS, ids=IDS)
def test_definition_is_complete(lesson, q):
    assert q.title and q.var.isidentifier(), q.id
    assert q.prompt.strip(), f"{q.id}: no prompt (the text students read in the exercise notebook)"
    assert len(q.hints) >= 2, f"{q.id}: hints come in levels — give at least two"
    assert q.explanation.strip(), q.id
    assert q.var in q.solution_code, f"{q.id}: the solution should assign {q.var}"
    if q.kind.graded:
        assert q.misconceptions, f"{q.id}: every graded question needs at least one misconception"


@pytest.mark.parametrize("lesson,q", QUESTIONS, ids=IDS)
def test_placeholder_and_missing_mean_not_attempted(lesson, q):
    assert q.evaluate(____).status == "not_attempted"


@pytest.mark.parametrize("lesson,q", QUESTIONS, ids=IDS)
def test_literal_misconceptions_fail_with_their_own_message(lesson, q):
    for m in q.misconceptions:
        if m.code:
            continue  # pandas misconceptions are proved by the notebook build
        result = q.evaluate(m.example)
        assert result.status in ("incorrect", "partly_correct"), (q.id, m.example, result)
        assert result.misconception == m.id and result.message == m.message, (q.id, m.example, result)


@pytest.mark.parametrize("lesson,q", QUESTIONS, ids=IDS)
def test_messages_do_not_reveal_the_answer(lesson, q):
    if isinstance(q.kind, (NumberAnswer, DateAnswer)):
        secret = q.kind.describe_expected().split()[0]
        for m in q.misconceptions:
            assert secret not in m.message, f"{q.id}: misconception message reveals {secret}"
        for hint in q.hints[:-1]:
            assert secret not in hint, f"{q.id}: an early hint reveals {secret}"

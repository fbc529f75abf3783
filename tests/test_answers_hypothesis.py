"""Property-based: whatever a student types, every answer kind ends in an outcome, never an
exception, and junk is never "correct"."""
from __future__ import annotations

import math

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from korea_course.answers import (ChoiceAnswer, DateAnswer, FrameAnswer, FreeTextAnswer, MatchingAnswer,
                                  MultiChoiceAnswer, NameAnswer, NameSetAnswer, NumberAnswer, OrderingAnswer,
                                  YearAnswer)
from korea_course.checking import Misconception, Question, STATUS_LABELS


class Hostile:
    """An object whose comparisons, conversions and text all raise."""

    def __eq__(self, other):
        raise RuntimeError("no eq")

    __hash__ = object.__hash__

    def __str__(self):
        raise RuntimeError("no str")

    def __repr__(self):
        raise RuntimeError("no repr")

    def __float__(self):
        raise RuntimeError("no float")

    def __bool__(self):
        raise RuntimeError("no bool")

    def __len__(self):
        raise RuntimeError("no len")

    def __iter__(self):
        raise RuntimeError("no iter")


scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                    st.text(max_size=40), st.binary(max_size=10), st.complex_numbers(), st.dates(), st.datetimes(),
                    st.builds(Hostile), st.just(float("nan")), st.just(10 ** 400), st.just(""), st.just("   "))
junk = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=5), st.tuples(inner, inner),
                                                     st.dictionaries(st.text(max_size=5), inner, max_size=4),
                                                     st.sets(st.integers(), max_size=4)), max_leaves=12)
frames = st.builds(lambda n, m: pd.DataFrame({f"c{i}": range(n) for i in range(m)}),
                   st.integers(0, 4), st.integers(0, 3))
anything = st.one_of(junk, frames, st.builds(lambda xs: pd.Series(xs, dtype=object), st.lists(scalars, max_size=4)))

KINDS = {
    "number": NumberAnswer(1.09, unit="billion USD", scale=1e9),
    "year": YearAnswer(2009),
    "date": DateAnswer("2005-09-19"),
    "name": NameAnswer("North Korea", aliases=["DPRK"]),
    "choice": ChoiceAnswer({"a": "x", "b": "y"}, "a"),
    "multi": MultiChoiceAnswer({"a": "x", "b": "y", "c": "z"}, ["a", "c"]),
    "nameset": NameSetAnswer({"gas": ["natural gas"], "rail": []}),
    "ordering": OrderingAnswer(["one", "two", "three"]),
    "matching": MatchingAnswer({"A": "x", "B": "y"}),
    "frame": FrameAnswer(lambda: pd.Series({2006: 2, 2009: 1})),
    "free": FreeTextAnswer(min_words=3),
}
QUESTIONS = {name: Question("q", "t", var="v", kind=kind, hints=["h1", "h2"], solution="v = 1", explanation="e",
                            misconceptions=[Misconception("zzz", "m")]) for name, kind in KINDS.items()}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=anything, name=st.sampled_from(sorted(KINDS)))
def test_any_object_gets_an_outcome_never_an_exception(value, name):
    result = QUESTIONS[name].evaluate(value)
    assert result.status in STATUS_LABELS
    assert isinstance(result.message, str) and result.message


@settings(max_examples=200, deadline=None)
@given(value=st.one_of(st.none(), st.builds(Hostile), st.lists(st.none(), max_size=3), st.just(float("nan")),
                       st.dictionaries(st.integers(), st.none(), max_size=3), frames))
def test_junk_is_never_correct(value):
    for name, question in QUESTIONS.items():
        assert question.evaluate(value).status != "correct", (name, type(value))


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_numbers_far_from_the_answer_are_not_correct(x):
    q = QUESTIONS["number"]
    right = math.isclose(x, 1.09, rel_tol=0.01) or math.isclose(x / 1e9, 1.09, rel_tol=0.01)
    assert (q.evaluate(x).status == "correct") == right

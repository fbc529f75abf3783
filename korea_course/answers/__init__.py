"""Answer kinds: how to read a student's answer and compare it with the expected one.

Every kind turns whatever the student typed into a normal form with ``read`` (raising
``CannotRead`` with a friendly sentence when it can't) and compares normal forms with
``grade``. ``grade`` returns a ``Grade``: how many parts are right out of how many, plus an
optional remark that never gives away the expected value.

Nothing here may let an exception escape to the student: the checker wraps every call, but
the kinds are written so that arbitrary objects (None, NaN, nested lists, objects whose
``__eq__`` or ``__str__`` raise) end in ``CannotRead`` rather than in a crash.

Modules: ``base`` (the protocol, ``Grade``, ``CannotRead`` and the one comparison path),
``numeric``, ``dates`` and ``names`` (reading numbers, dates and names), and the answer kinds:
``kinds`` (one value, and reflections), ``lists`` (several items) and ``frames`` (pandas results).
"""
from __future__ import annotations

from ..data import value_at  # noqa: F401  (re-exported: exercise modules read answers by label with it)
from .base import AnswerKind, CannotRead, Grade, safe_repr, type_name
from .dates import date_parts, parse_date
from .frames import FrameAnswer
from .kinds import ChoiceAnswer, DateAnswer, FreeTextAnswer, NameAnswer, NumberAnswer, YearAnswer
from .lists import MatchingAnswer, MultiChoiceAnswer, NameSetAnswer, OrderingAnswer
from .names import NameMatcher, fold_text, name_keys, shared_aliases
from .numeric import parse_number

__all__ = [
    "AnswerKind", "CannotRead", "Grade", "NumberAnswer", "YearAnswer", "DateAnswer", "NameAnswer",
    "ChoiceAnswer", "MultiChoiceAnswer", "NameSetAnswer", "OrderingAnswer", "MatchingAnswer",
    "FrameAnswer", "FreeTextAnswer", "NameMatcher", "date_parts", "fold_text", "name_keys", "parse_date",
    "parse_number", "safe_repr", "shared_aliases", "value_at",
]

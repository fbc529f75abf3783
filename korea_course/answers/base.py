"""What every answer kind shares: the normal-form protocol, the one comparison path, and the
readers for "some text" and "a list" that several kinds use.

A kind turns whatever the student typed into a normal form with ``read`` (raising ``CannotRead``
with a friendly sentence when it can't) and compares normal forms with ``grade``, which returns a
``Grade``: how many parts are right out of how many, plus an optional remark that never gives away
the expected value. ``same`` (is this answer the misconception's example?) reads the example as a
student's answer and compares the two normal forms with ``equal``; it never raises.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping


class CannotRead(Exception):
    """The answer is of a form this kind cannot interpret; the message says what to do."""


@dataclass(frozen=True)
class Grade:
    right: int
    total: int
    remark: str = ""

    @property
    def correct(self) -> bool:
        return self.total > 0 and self.right == self.total


def safe_repr(value: Any, limit: int = 60) -> str:
    """A short description of any object, even one whose __repr__ raises."""
    try:
        text = repr(value)
    except Exception:
        text = f"<a {type(value).__name__} object>"
    if not isinstance(text, str):
        text = f"<a {type(value).__name__} object>"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def type_name(value: Any) -> str:
    try:
        return type(value).__name__
    except Exception:  # pragma: no cover - exotic metaclasses
        return "object"


def as_text(value: Any, what: str = "some text") -> str:
    if isinstance(value, str):
        return value
    raise CannotRead(f"I expected {what} in quotes, like \"…\", but got a {type_name(value)}.")


def as_list(value: Any, what: str, ordered: bool = False) -> list:
    """Accept a list, tuple, set, pandas Series/Index or a comma/semicolon separated string.

    With ``ordered``, a set or a dict is refused: Python may list their items in any order.
    """
    if isinstance(value, str):
        parts = [p.strip() for p in re.split(r"[;,\n]", value)]
        return [p for p in parts if p]
    if ordered and isinstance(value, Mapping):
        raise CannotRead("A dictionary {key: value} is not an order. Use square brackets: a list "
                         "[\"first\", \"second\", …].")
    if isinstance(value, (set, frozenset)):
        if ordered:
            raise CannotRead("A set {…} has no order — Python may list its items differently each time — so I "
                             "can't check an order from it. Use square brackets: a list [\"first\", \"second\", …].")
        return list(value)
    if isinstance(value, (list, tuple)):
        return list(value)
    try:
        import pandas as pd

        if isinstance(value, (pd.Series, pd.Index)):
            return list(value)
    except Exception:  # pragma: no cover - pandas always present in the course
        pass
    raise CannotRead(f"I expected {what} — a list like [\"…\", \"…\"] — but got a {type_name(value)}.")


class AnswerKind:
    """Base class. Subclasses set ``expected`` and implement ``read`` and ``grade``; a kind whose
    normal forms are not simply ``==`` overrides ``equal``."""

    label = "answer"
    # A short example of the form the answer should take, shown in "could not check".
    example = ""

    def read(self, value: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def grade(self, answer: Any) -> Grade:  # pragma: no cover - abstract
        raise NotImplementedError

    def same(self, answer: Any, example: Any) -> bool:
        """Does a read ``answer`` count as the same as ``example`` (a misconception's example, written as a
        student would write it)? The example is read like an answer; one this kind cannot read is not the same."""
        try:
            return bool(self.equal(answer, self.read(example)))
        except Exception:
            return False

    def equal(self, a: Any, b: Any) -> bool:
        """Are two normal forms (results of ``read``) the same answer?"""
        return a == b

    def describe_expected(self) -> str:  # used only in solutions and instructor material
        return safe_repr(getattr(self, "expected", None))

    @property
    def graded(self) -> bool:
        return True

"""The answer kinds for one value (a number, a year, a date, a name, a choice) and for reflections;
``lists`` has the kinds made of several items, ``frames`` the pandas one."""
from __future__ import annotations

import datetime as _dt
import math
import re
from typing import Any, Callable, Iterable, Mapping, Sequence

from .base import AnswerKind, CannotRead, Grade, as_text, safe_repr, type_name
from .dates import date_parts, parse_date
from .names import NameMatcher, fold_text
from .numeric import parse_number


# --------------------------------------------------------------------------- numbers and dates
class NumberAnswer(AnswerKind):
    """A number within a tolerance, in a stated unit and scale.

    ``expected`` is given in the question's unit, e.g. 1.09 with ``scale=1e9`` and
    ``unit="billion USD"``. An answer of 1_090_000_000 or "1.09 billion" is understood too.
    """

    label = "number"

    def __init__(self, expected: float | Callable[[], float], *, unit: str = "", scale: float = 1.0,
                 rel_tol: float = 0.01, abs_tol: float = 0.0):
        self._expected = expected
        self.unit = unit
        self.scale = float(scale)
        self.rel_tol = rel_tol
        self.abs_tol = abs_tol
        self.example = f"1.5" + (f"  (in {unit})" if unit else "")

    @property
    def expected(self) -> float:
        return float(self._expected() if callable(self._expected) else self._expected)

    def read(self, value: Any) -> float:
        number, named_scale, _percent = parse_number(value)
        if math.isnan(number):
            raise CannotRead("That is NaN (not a number) — maybe a calculation went wrong above?")
        if math.isinf(number):
            raise CannotRead("That is infinity — maybe a division by zero above?")
        if named_scale is not None:
            number = number * named_scale / self.scale
        return number

    def _close(self, a: float, b: float) -> bool:
        return math.isclose(a, b, rel_tol=self.rel_tol, abs_tol=self.abs_tol)

    def grade(self, answer: float) -> Grade:
        expected = self.expected
        if self._close(answer, expected):
            return Grade(1, 1)
        # The student gave the whole amount (1_090_000_000) where the unit is billions.
        if self.scale != 1 and self._close(answer / self.scale, expected):
            return Grade(1, 1, f"(You gave the full amount; in {self.unit} that is the same.)")
        remark = ""
        if self.unit.startswith("percent") and expected and abs(answer) <= 1 and self._close(answer * 100, expected):
            return Grade(0, 1, "That looks like a fraction (a share out of 1); the question asks for a percentage, "
                               "so multiply it by 100.")
        if self.unit.startswith("percent") and expected and self._close(-answer, expected):
            return Grade(0, 1, "The size is right but the sign is not: is it a rise or a fall?")
        if expected and answer and self.scale == 1 and not self.unit.startswith("percent"):
            ratio = abs(answer / expected)
            for factor in (1e3, 1e6, 1e9):
                if math.isclose(ratio, factor, rel_tol=0.05) or math.isclose(ratio, 1 / factor, rel_tol=0.05):
                    remark = "Your number is off by a factor of a thousand or more: check the unit."
        return Grade(0, 1, remark)

    def equal(self, a: float, b: float) -> bool:
        return self._close(float(a), float(b))

    def describe_expected(self) -> str:
        return f"{self.expected:g} {self.unit}".strip()


class DateAnswer(AnswerKind):
    """A calendar date. ``tolerance_days`` allows for sources that differ by a day."""

    label = "date"
    example = '"2005-09-19"'

    def __init__(self, expected: str | _dt.date, *, tolerance_days: int = 0):
        self.expected = parse_date(expected)
        self.tolerance_days = tolerance_days

    def read(self, value: Any) -> _dt.date:
        return parse_date(value)

    def grade(self, answer: _dt.date) -> Grade:
        if abs((answer - self.expected).days) <= self.tolerance_days:
            return Grade(1, 1)
        if (answer.year, answer.month) == (self.expected.year, self.expected.month):
            return Grade(0, 1, "The year and month are right; the day is not.")
        if answer.year == self.expected.year:
            return Grade(0, 1, "The year is right; the month is not.")
        return Grade(0, 1)

    def describe_expected(self) -> str:
        return self.expected.isoformat()


class YearAnswer(NumberAnswer):
    """A year, read from 2009, "2009", a date or a Timestamp."""

    label = "year"
    example = "2009"

    def __init__(self, expected: int | Callable[[], int]):
        super().__init__(expected, unit="", rel_tol=0, abs_tol=0)

    def read(self, value: Any) -> float:
        if isinstance(value, (str, _dt.date)) or type_name(value) in ("Timestamp", "datetime64", "Period"):
            if isinstance(value, str) and re.search(r"\d{4}\s*[-–/]\s*\d{2,4}\b", value) and not re.search(
                    r"\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?\.?\s*$", value.strip()):
                raise CannotRead(f"{safe_repr(value)} looks like a range of years; give one year, like 2009.")
            try:
                return float(date_parts(value)[0])
            except CannotRead:
                raise CannotRead(f"I couldn't read {safe_repr(value, 40)} as a year. Type four digits, like 2009 "
                                 "(a date such as \"December 2008\" works too).") from None
        number = super().read(value)
        if number != int(number) or not 1000 <= number <= 2100:
            raise CannotRead(f"{safe_repr(value)} doesn't look like a year. Type four digits, like 2009.")
        return number

    def grade(self, answer: float) -> Grade:
        return Grade(int(answer == self.expected), 1)

    def describe_expected(self) -> str:
        return str(int(self.expected))


# --------------------------------------------------------------------------- names
class NameAnswer(AnswerKind):
    """A name with accepted aliases: the question's own, and every alias the shared table
    (``course_data/actors.csv``) gives for it, in any usual romanisation or name order."""

    label = "name"
    example = '"North Korea"'

    def __init__(self, expected: str, aliases: Iterable[str] = ()):
        self.expected = expected
        self.aliases = [a for a in aliases if a]
        self._matcher: NameMatcher | None = None

    @property
    def matcher(self) -> NameMatcher:
        if self._matcher is None:
            self._matcher = NameMatcher({self.expected: self.aliases})
        return self._matcher

    def read(self, value: Any) -> str:
        text = as_text(value, "a name")
        if not fold_text(text):
            raise CannotRead("The answer is empty: type a name in quotes.")
        return text

    def grade(self, answer: str) -> Grade:
        return Grade(int(self.matcher.find(answer) == self.expected), 1)

    def equal(self, a: str, b: str) -> bool:
        return fold_text(a) == fold_text(b) or NameMatcher({b: []}).find(a) == b

    def describe_expected(self) -> str:
        return self.expected


# --------------------------------------------------------------------------- choices
class ChoiceAnswer(AnswerKind):
    """One choice among lettered options; the letter or the option's text both count."""

    label = "choice"

    def __init__(self, options: Mapping[str, str], expected: str):
        self.options = {k.lower(): v for k, v in options.items()}
        if expected.lower() not in self.options:
            raise ValueError(f"expected {expected!r} is not one of the options")
        self.expected = expected.lower()
        self.example = f'"{next(iter(self.options))}"'

    def _key(self, item: Any) -> str:
        text = as_text(item, "a letter")
        key = text.strip().strip("()").strip().lower()
        if key in self.options:
            return key
        folded = fold_text(text)
        for k, option in self.options.items():
            if folded and folded == fold_text(option):
                return k
        raise CannotRead(f"\"{safe_repr(text, 40)[1:-1]}\" is not one of the options "
                         f"({', '.join(self.options)}). Type the letter in quotes, e.g. {self.example}.")

    def read(self, value: Any) -> str:
        return self._key(value)

    def grade(self, answer: str) -> Grade:
        return Grade(int(answer == self.expected), 1)

    def describe_expected(self) -> str:
        return f"{self.expected}) {self.options[self.expected]}"


# --------------------------------------------------------------------------- free text
_COMMON_WORDS = {"a", "an", "and", "the", "of", "to", "in", "on", "is", "it", "that", "this", "was", "be", "for",
                 "i", "my", "what", "which", "why", "how", "with", "as", "by", "at", "or", "not", "do", "does"}


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]


class FreeTextAnswer(AnswerKind):
    """A reflection: not graded, acknowledged and recorded once it has enough words."""

    label = "reflection"
    example = '"In my view …"'

    def __init__(self, min_words: int = 25, prompts: Sequence[str] = ()):
        self.min_words = min_words
        self.prompts = list(prompts)
        self.expected = None

    def read(self, value: Any) -> str:
        text = as_text(value, "your reflection")
        words = _words(text)
        if len(words) < self.min_words:
            n = len(words)
            raise CannotRead(f"Your reflection has {n} word{'s' if n != 1 else ''}; "
                             f"write at least {self.min_words} so it says something you can come back to.")
        if len(set(words)) < self.min_distinct:
            raise CannotRead(f"Your reflection repeats a few words ({len(set(words))} different ones). Write it in "
                             "your own sentences: what you think, and the evidence for it.")
        return text.strip()

    @property
    def min_distinct(self) -> int:
        return max(2, math.ceil(self.min_words / 2))

    def copied_from(self, text: str, sources: Iterable[str]) -> bool:
        """Is the reflection mostly the question's (or the hints') own words?"""
        given = set()
        for source in sources:
            if isinstance(source, str):
                given |= set(_words(source))
        own = set(_words(text)) - given - _COMMON_WORDS
        return len(own) < max(2, math.ceil(self.min_words / 4))

    def grade(self, answer: str) -> Grade:
        return Grade(1, 1)

    @property
    def graded(self) -> bool:
        return False

    def describe_expected(self) -> str:
        return "(not graded)"

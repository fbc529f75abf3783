"""Answer kinds: how to read a student's answer and compare it with the expected one.

Every kind turns whatever the student typed into a normal form with ``read`` (raising
``CannotRead`` with a friendly sentence when it can't) and compares normal forms with
``grade``. ``grade`` returns a ``Grade``: how many parts are right out of how many, plus an
optional remark that never gives away the expected value.

Nothing here may let an exception escape to the student: the checker wraps every call, but
the kinds are written so that arbitrary objects (None, NaN, nested lists, objects whose
``__eq__`` or ``__str__`` raise) end in ``CannotRead`` rather than in a crash.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from dataclasses import dataclass, field
from numbers import Number
from typing import Any, Callable, Iterable, Mapping, Sequence


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


def value_at(series: Any, label: Any, default: Any = None) -> Any:
    """``series[label]`` by label only, else ``default``. (``Series.get(2014)`` on a Series whose
    index is not made of integers falls back to position 2014 and, in pandas 2, warns.)"""
    try:
        return series.loc[label] if label in series.index else default
    except (TypeError, KeyError, AttributeError):
        return default


# --------------------------------------------------------------------------- text helpers
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")


def fold_text(text: str) -> str:
    """Case-, accent-, hyphen- and space-insensitive key ("Kim Jong-il" == "kim jong il")."""
    text = unicodedata.normalize("NFKD", text.translate(_DASHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("&", " and ")
    text = re.sub(r"[^\w]+", " ", text)
    words = [w for w in text.split() if w not in ("the",)]
    return "".join(words)


def _as_text(value: Any, what: str = "some text") -> str:
    if isinstance(value, str):
        return value
    raise CannotRead(f"I expected {what} in quotes, like \"…\", but got a {type_name(value)}.")


def _as_list(value: Any, what: str) -> list:
    """Accept a list, tuple, set, pandas Series/Index or a comma/semicolon separated string."""
    if isinstance(value, str):
        parts = [p.strip() for p in re.split(r"[;,\n]", value)]
        return [p for p in parts if p]
    if isinstance(value, (list, tuple, set, frozenset)):
        return list(value)
    try:
        import pandas as pd

        if isinstance(value, (pd.Series, pd.Index)):
            return list(value)
    except Exception:  # pragma: no cover - pandas always present in the course
        pass
    raise CannotRead(f"I expected {what} — a list like [\"…\", \"…\"] — but got a {type_name(value)}.")


# --------------------------------------------------------------------------- base class
class AnswerKind:
    """Base class. Subclasses set ``expected`` and implement ``read`` and ``grade``."""

    label = "answer"
    # A short example of the form the answer should take, shown in "could not check".
    example = ""

    def read(self, value: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def grade(self, answer: Any) -> Grade:  # pragma: no cover - abstract
        raise NotImplementedError

    def same(self, a: Any, b: Any) -> bool:
        """Do two normal forms count as the same answer (used for misconceptions)?"""
        try:
            return bool(a == b)
        except Exception:
            return False

    def describe_expected(self) -> str:  # used only in solutions and instructor material
        return safe_repr(getattr(self, "expected", None))

    @property
    def graded(self) -> bool:
        return True


# --------------------------------------------------------------------------- numbers
_SCALE_WORDS = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9,
    "trillion": 1e12, "tn": 1e12,
}
_NUMBER_RE = re.compile(
    r"^\s*(?P<sign>[-+−]?)\s*(?:us\$|usd|\$|€|£|rub|₽)?\s*(?P<num>(?:\d[\d,  _']*)?\.?\d+(?:[eE][-+]?\d+)?)"
    r"\s*(?P<scale>[a-zA-Z]+\.?)?\s*(?P<rest>.*)$"
)


def parse_number(value: Any) -> tuple[float, float | None, bool]:
    """Return (number, scale named in the answer or None, was_percent)."""
    if isinstance(value, bool):
        raise CannotRead("True/False is not a number here: type the number itself, e.g. 1.09.")
    if isinstance(value, Number) and not isinstance(value, complex):
        try:
            number = float(value)
        except Exception:
            raise CannotRead(f"I couldn't turn {safe_repr(value)} into a number.") from None
        return number, None, False
    # numpy scalars and 0-d arrays
    if hasattr(value, "item") and type_name(value) not in ("Series", "DataFrame", "ndarray") or (
        type_name(value) == "ndarray" and getattr(value, "ndim", 1) == 0
    ):
        try:
            item = value.item()
        except Exception:
            item = None
        if item is not None and item is not value:
            return parse_number(item)
    if not isinstance(value, str):
        raise CannotRead(f"I expected a number, like 1.09, but got a {type_name(value)}.")
    text = value.strip().replace("−", "-")
    if not text:
        raise CannotRead("The answer is an empty string: type a number, like 1.09.")
    percent = False
    if text.endswith("%") or text.lower().endswith("percent") or text.lower().endswith("per cent"):
        percent = True
        text = re.sub(r"\s*(%|per\s*cent|percent)\s*$", "", text, flags=re.I)
    lower = text.lower()
    for word in ("us dollars", "dollars", "dollar", "usd", "us$", "rubles", "roubles"):
        lower = lower.replace(word, " ")
    match = _NUMBER_RE.match(lower)
    if not match:
        raise CannotRead(f"I couldn't read {safe_repr(value)} as a number. Type digits, like 1.09 or 1090000000.")
    raw = re.sub(r"[,  _']", "", match.group("num"))
    scale_word = (match.group("scale") or "").rstrip(".").lower()
    rest = match.group("rest").strip()
    if rest or (scale_word and scale_word not in _SCALE_WORDS):
        raise CannotRead(f"I couldn't read {safe_repr(value)} as a number. Type digits, like 1.09 or 1090000000.")
    try:
        number = float(raw)
    except ValueError:
        raise CannotRead(f"I couldn't read {safe_repr(value)} as a number.") from None
    if match.group("sign") in ("-", "−"):
        number = -number
    return number, _SCALE_WORDS.get(scale_word) if scale_word else None, percent


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
        if expected and answer and self.scale == 1 and not self.unit.startswith("percent"):
            ratio = abs(answer / expected)
            for factor in (1e3, 1e6, 1e9):
                if math.isclose(ratio, factor, rel_tol=0.05) or math.isclose(ratio, 1 / factor, rel_tol=0.05):
                    remark = "Your number is off by a factor of a thousand or more: check the unit."
        return Grade(0, 1, remark)

    def same(self, a: float, b: Any) -> bool:
        try:
            return self._close(float(a), float(b))
        except Exception:
            return False

    def describe_expected(self) -> str:
        return f"{self.expected:g} {self.unit}".strip()


# --------------------------------------------------------------------------- dates
_MONTHS = {name: i for i, names in enumerate(
    [(), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")]) for name in names}


def parse_date(value: Any) -> _dt.date:
    """Read a date from a date/datetime/Timestamp or a string in any common format.

    Raises CannotRead for ambiguous day/month orders such as 03/04/2007.
    """
    if isinstance(value, bool):
        raise CannotRead("True/False is not a date. Write a date like \"2005-09-19\".")
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if type_name(value) in ("Timestamp", "datetime64"):
        try:
            import pandas as pd

            stamp = pd.Timestamp(value)
            if pd.isna(stamp):
                raise CannotRead("That date is empty (NaT). Write a date like \"2005-09-19\".")
            return stamp.date()
        except CannotRead:
            raise
        except Exception:
            raise CannotRead("I couldn't read that date. Write it like \"2005-09-19\".") from None
    if not isinstance(value, str):
        raise CannotRead(f"I expected a date in quotes, like \"2005-09-19\", but got a {type_name(value)}.")
    text = value.strip().lower().replace(",", " ").replace("th ", " ").replace("st ", " ")
    text = re.sub(r"(\d)(nd|rd) ", r"\1 ", text + " ").strip()
    text = re.sub(r"\s+", " ", text)
    try:
        m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ].*)?", text)
        if m:
            return _dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
        if m:
            a, b, year = int(m[1]), int(m[2]), int(m[3])
            if a > 12 >= b:
                return _dt.date(year, b, a)
            if b > 12 >= a:
                return _dt.date(year, a, b)
            if a == b:
                return _dt.date(year, a, b)
            raise CannotRead(f"\"{value}\" could be read two ways (day/month or month/day). "
                             "Write it as YYYY-MM-DD, e.g. \"2005-09-19\".")
        m = re.fullmatch(r"(\d{1,2}) ([a-z]+)\.? (\d{4})", text)
        if m and m[2] in _MONTHS:
            return _dt.date(int(m[3]), _MONTHS[m[2]], int(m[1]))
        m = re.fullmatch(r"([a-z]+)\.? (\d{1,2}) (\d{4})", text)
        if m and m[1] in _MONTHS:
            return _dt.date(int(m[3]), _MONTHS[m[1]], int(m[2]))
    except ValueError:
        raise CannotRead(f"\"{value}\" is not a real calendar date. Check the day and month.") from None
    raise CannotRead(f"I couldn't read \"{safe_repr(value, 40).strip(chr(39))}\" as a date. "
                     "Write it like \"2005-09-19\" or \"19 September 2005\".")


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

    def same(self, a: _dt.date, b: Any) -> bool:
        try:
            return a == parse_date(b)
        except CannotRead:
            return False

    def describe_expected(self) -> str:
        return self.expected.isoformat()


class YearAnswer(NumberAnswer):
    """A year, read from 2009, "2009", a date or a Timestamp."""

    label = "year"
    example = "2009"

    def __init__(self, expected: int | Callable[[], int]):
        super().__init__(expected, unit="", rel_tol=0, abs_tol=0)

    def read(self, value: Any) -> float:
        if isinstance(value, (_dt.date, _dt.datetime)) or type_name(value) == "Timestamp":
            return float(parse_date(value).year)
        if isinstance(value, str) and not re.fullmatch(r"\s*\d{4}\s*", value):
            return float(parse_date(value).year)
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
    """A name with accepted aliases and romanisation variants."""

    label = "name"
    example = '"North Korea"'

    def __init__(self, expected: str, aliases: Iterable[str] = ()):
        self.expected = expected
        self.accepted = {fold_text(expected)} | {fold_text(a) for a in aliases if a}

    def read(self, value: Any) -> str:
        text = _as_text(value, "a name")
        if not fold_text(text):
            raise CannotRead("The answer is empty: type a name in quotes.")
        return text

    def grade(self, answer: str) -> Grade:
        return Grade(int(fold_text(answer) in self.accepted), 1)

    def same(self, a: str, b: Any) -> bool:
        return isinstance(b, str) and fold_text(a) == fold_text(b)

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
        text = _as_text(item, "a letter")
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

    def same(self, a: str, b: Any) -> bool:
        try:
            return a == self._key(b)
        except CannotRead:
            return False

    def describe_expected(self) -> str:
        return f"{self.expected}) {self.options[self.expected]}"


class MultiChoiceAnswer(ChoiceAnswer):
    """Several choices, order-free. Partly correct when some are right."""

    label = "several choices"

    def __init__(self, options: Mapping[str, str], expected: Iterable[str]):
        self.options = {k.lower(): v for k, v in options.items()}
        self.expected = frozenset(e.lower() for e in expected)
        missing = self.expected - set(self.options)
        if missing:
            raise ValueError(f"expected {sorted(missing)} not among the options")
        self.example = '["a", "c"]'

    def read(self, value: Any) -> frozenset:
        items = _as_list(value, "your choices")
        keys = [self._key(item) for item in items]
        if not keys:
            raise CannotRead("The list is empty: put the letters of your choices in it.")
        return frozenset(keys)

    def grade(self, answer: frozenset) -> Grade:
        right = len(answer & self.expected)
        extra = len(answer - self.expected)
        if extra:
            remark = ("One of your choices does not belong." if extra == 1
                      else f"{extra} of your choices do not belong.")
            return Grade(max(right - extra, 0), len(self.expected), remark)
        if right < len(self.expected):
            return Grade(right, len(self.expected), "Some right choices are still missing.")
        return Grade(right, len(self.expected))

    def same(self, a: frozenset, b: Any) -> bool:
        try:
            return a == frozenset(self._key(x) for x in _as_list(b, "choices"))
        except CannotRead:
            return False

    def describe_expected(self) -> str:
        return ", ".join(f"{k}) {self.options[k]}" for k in sorted(self.expected))


class NameSetAnswer(AnswerKind):
    """Several named items, order-free, each with aliases (e.g. the nine sectors)."""

    label = "list of names"
    example = '["gas", "rail"]'

    def __init__(self, items: Mapping[str, Iterable[str]]):
        self.items = {canon: {fold_text(canon)} | {fold_text(a) for a in aliases} for canon, aliases in items.items()}
        self.expected = frozenset(self.items)

    def _canon(self, text: Any) -> str | None:
        key = fold_text(_as_text(text, "a name"))
        for canon, keys in self.items.items():
            if key in keys:
                return canon
        return None

    def read(self, value: Any) -> tuple[frozenset, int]:
        items = _as_list(value, "names")
        if not items:
            raise CannotRead("The list is empty: put the names in it.")
        canons = [self._canon(item) for item in items]
        return frozenset(c for c in canons if c), sum(c is None for c in canons)

    def grade(self, answer: tuple[frozenset, int]) -> Grade:
        found, unknown = answer
        remark = []
        if unknown:
            remark.append(f"{unknown} of your entries {'is' if unknown == 1 else 'are'} not on the list I expect "
                          "(check spelling, or it may not belong).")
        if len(found) < len(self.expected):
            remark.append(f"{len(self.expected) - len(found)} still missing.")
        return Grade(len(found), len(self.expected), " ".join(remark))

    def same(self, a: tuple, b: Any) -> bool:
        try:
            return a == self.read(b)
        except CannotRead:
            return False

    def describe_expected(self) -> str:
        return ", ".join(sorted(self.expected))


class OrderingAnswer(AnswerKind):
    """Items put in order (e.g. a chronology). Each item may have aliases.

    Partly correct counts the items in the right place.
    """

    label = "ordering"

    def __init__(self, order: Sequence[str], aliases: Mapping[str, Iterable[str]] | None = None):
        self.expected = tuple(order)
        aliases = aliases or {}
        self._keys = {item: {fold_text(item)} | {fold_text(a) for a in aliases.get(item, ())} for item in order}
        self.example = "[" + ", ".join(f'"{x}"' for x in list(order)[:2]) + ", …]"

    def _canon(self, item: Any) -> str:
        key = fold_text(_as_text(item, "an item"))
        for canon, keys in self._keys.items():
            if key in keys:
                return canon
        raise CannotRead(f"I don't recognise {safe_repr(item, 40)} — use the names exactly as listed in the question.")

    def read(self, value: Any) -> tuple:
        items = tuple(self._canon(x) for x in _as_list(value, "the items in order"))
        if len(set(items)) != len(items):
            raise CannotRead("An item appears twice in your list: each should appear once.")
        if set(items) != set(self.expected):
            missing = len(set(self.expected) - set(items))
            raise CannotRead(f"Your list should contain all {len(self.expected)} items exactly once; "
                             f"{missing} {'is' if missing == 1 else 'are'} missing.")
        return items

    def grade(self, answer: tuple) -> Grade:
        right = sum(a == e for a, e in zip(answer, self.expected))
        remark = "" if right == len(self.expected) else f"{right} of {len(self.expected)} items are in the right place."
        return Grade(right, len(self.expected), remark)

    def same(self, a: tuple, b: Any) -> bool:
        try:
            return a == self.read(b)
        except CannotRead:
            return False

    def describe_expected(self) -> str:
        return " → ".join(self.expected)


class MatchingAnswer(AnswerKind):
    """A dict pairing each left item with a right item; k of n pairs right is partly correct."""

    label = "matching"

    def __init__(self, pairs: Mapping[str, str], left_aliases: Mapping[str, Iterable[str]] | None = None,
                 right_aliases: Mapping[str, Iterable[str]] | None = None):
        self.expected = dict(pairs)
        left_aliases, right_aliases = left_aliases or {}, right_aliases or {}
        self._left = {k: {fold_text(k)} | {fold_text(a) for a in left_aliases.get(k, ())} for k in pairs}
        rights = set(pairs.values())
        self._right = {v: {fold_text(v)} | {fold_text(a) for a in right_aliases.get(v, ())} for v in rights}
        first = next(iter(pairs))
        self.example = '{"' + first + '": "…", …}'

    @staticmethod
    def _lookup(table: Mapping[str, set], item: Any) -> str | None:
        if not isinstance(item, str):
            return None
        key = fold_text(item)
        for canon, keys in table.items():
            if key in keys:
                return canon
        return None

    def read(self, value: Any) -> dict:
        if not isinstance(value, Mapping):
            raise CannotRead(f"I expected a dictionary like {self.example}, but got a {type_name(value)}.")
        answer: dict[str, str | None] = {}
        for key, val in list(value.items()):
            left = self._lookup(self._left, key)
            if left is None:
                raise CannotRead(f"I don't recognise the key {safe_repr(key, 40)} — use the names from the question.")
            answer[left] = self._lookup(self._right, val)
        if not answer:
            raise CannotRead("The dictionary is empty: fill in the pairs.")
        return answer

    def grade(self, answer: dict) -> Grade:
        right = sum(answer.get(k) == v for k, v in self.expected.items())
        missing = len(set(self.expected) - set(answer))
        remark = f"{right} of {len(self.expected)} pairs are right." if right < len(self.expected) else ""
        if missing:
            remark += f" {missing} {'item is' if missing == 1 else 'items are'} not matched yet."
        return Grade(right, len(self.expected), remark.strip())

    def same(self, a: dict, b: Any) -> bool:
        try:
            return a == self.read(b)
        except CannotRead:
            return False

    def describe_expected(self) -> str:
        return "; ".join(f"{k} → {v}" for k, v in self.expected.items())


# --------------------------------------------------------------------------- pandas results
class FrameAnswer(AnswerKind):
    """A pandas Series (or DataFrame) computed from the course data.

    ``expected`` is a callable that computes the right result, so the answer key lives
    next to the data and never goes stale. Comparison ignores row order, compares numbers
    with a tolerance, and reports k of n values right.
    """

    label = "pandas result"

    def __init__(self, expected: Callable[[], Any], *, rel_tol: float = 1e-6, check_index_names: bool = False):
        self._expected = expected
        self.rel_tol = rel_tol
        self.check_index_names = check_index_names

    @property
    def expected(self):
        # Computed from the course data once per data version (a check reads it several times).
        if not hasattr(self, "_cached_expected"):
            from .data import cached_on_data

            self._cached_expected = cached_on_data(self._expected)
        return self._cached_expected()

    @property
    def example(self) -> str:
        return "a pandas Series" if self._is_series(self.expected) else "a pandas DataFrame"

    @staticmethod
    def _is_series(obj) -> bool:
        import pandas as pd

        return isinstance(obj, pd.Series)

    def read(self, value: Any):
        import pandas as pd

        expected = self.expected
        if isinstance(expected, pd.Series):
            if isinstance(value, pd.DataFrame) and value.shape[1] == 1:
                value = value.iloc[:, 0]
            if isinstance(value, Mapping):
                value = pd.Series(dict(value))
            if not isinstance(value, pd.Series):
                raise CannotRead(f"I expected a pandas Series (one column of values with an index), "
                                 f"but got a {type_name(value)}.")
        else:
            if not isinstance(value, pd.DataFrame):
                raise CannotRead(f"I expected a pandas DataFrame, but got a {type_name(value)}.")
        return value

    def _values_equal(self, a, b) -> bool:
        try:
            import pandas as pd

            if pd.isna(a) and pd.isna(b):
                return True
        except (TypeError, ValueError):
            pass
        try:
            if isinstance(a, Number) and isinstance(b, Number) and not isinstance(a, bool):
                return math.isclose(float(a), float(b), rel_tol=self.rel_tol, abs_tol=1e-9)
            return bool(a == b) or str(a) == str(b)
        except Exception:
            return False

    def grade(self, answer) -> Grade:
        import pandas as pd

        expected = self.expected
        if isinstance(expected, pd.Series):
            exp_items = {self._key(k): v for k, v in expected.items()}
            try:
                got_items = {self._key(k): v for k, v in answer.items()}
            except Exception:
                return Grade(0, len(exp_items), "I couldn't read the index of your Series.")
            right = sum(k in got_items and self._values_equal(got_items[k], v) for k, v in exp_items.items())
            extra = len(set(got_items) - set(exp_items))
            remark = []
            if len(got_items) != len(exp_items):
                remark.append(f"Your Series has {len(got_items)} entries; I expect {len(exp_items)}.")
            elif set(got_items) != set(exp_items):
                remark.append("The index labels are not the ones I expect — check what you grouped by.")
            if extra and right == len(exp_items):
                return Grade(right - 1 if right else 0, len(exp_items), " ".join(remark))
            return Grade(right, len(exp_items), " ".join(remark))
        # DataFrame: compare shape, columns, then cell values ignoring row order
        if list(map(str, answer.columns)) != list(map(str, expected.columns)):
            missing = set(map(str, expected.columns)) - set(map(str, answer.columns))
            return Grade(0, 1, f"The columns differ from what I expect ({len(missing)} missing).")
        if answer.shape != expected.shape:
            return Grade(0, 1, f"Your table has {answer.shape[0]} rows; I expect {expected.shape[0]}.")
        try:
            a = answer.reset_index(drop=True).astype(str).sort_values(list(answer.columns)).reset_index(drop=True)
            e = expected.reset_index(drop=True).astype(str).sort_values(list(expected.columns)).reset_index(drop=True)
            return Grade(int(a.equals(e)), 1)
        except Exception:
            return Grade(0, 1, "I couldn't compare the values of your table.")

    @staticmethod
    def _key(k):
        if isinstance(k, float) and k.is_integer():
            return int(k)
        if hasattr(k, "item"):
            try:
                return FrameAnswer._key(k.item())
            except Exception:
                return str(k)
        return k

    def same(self, a, b) -> bool:
        try:
            return self.grade(self.read(b)).correct and self.read(b).equals(a)
        except Exception:
            return False

    def describe_expected(self) -> str:
        try:
            return self.expected.to_string()
        except Exception:
            return "(computed from the data)"


# --------------------------------------------------------------------------- free text
class FreeTextAnswer(AnswerKind):
    """A reflection: not graded, acknowledged and recorded once it has enough words."""

    label = "reflection"
    example = '"In my view …"'

    def __init__(self, min_words: int = 25, prompts: Sequence[str] = ()):
        self.min_words = min_words
        self.prompts = list(prompts)
        self.expected = None

    def read(self, value: Any) -> str:
        text = _as_text(value, "your reflection")
        words = len(re.findall(r"\w+", text))
        if words < self.min_words:
            raise CannotRead(f"Your reflection has {words} word{'s' if words != 1 else ''}; "
                             f"write at least {self.min_words} so it says something you can come back to.")
        return text.strip()

    def grade(self, answer: str) -> Grade:
        return Grade(1, 1)

    @property
    def graded(self) -> bool:
        return False

    def describe_expected(self) -> str:
        return "(not graded)"


__all__ = [
    "AnswerKind", "CannotRead", "Grade", "NumberAnswer", "YearAnswer", "DateAnswer", "NameAnswer",
    "ChoiceAnswer", "MultiChoiceAnswer", "NameSetAnswer", "OrderingAnswer", "MatchingAnswer",
    "FrameAnswer", "FreeTextAnswer", "fold_text", "parse_date", "parse_number", "safe_repr", "value_at",
]

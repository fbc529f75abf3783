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

from .data import value_at  # noqa: F401  (re-exported: exercise modules read answers by label with it)


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


# --------------------------------------------------------------------------- text helpers
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")
# British and American spellings of the same word fold together ("programmes" == "programs").
_SPELLINGS = [(re.compile(r"programme"), "program"), (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
              (re.compile(r"(labo|harbo|neighbo|colo|favo)ur"), r"\1r"), (re.compile(r"tre$"), "ter")]


def _fold_word(word: str) -> str:
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


def fold_text(text: str) -> str:
    """Case-, accent-, hyphen-, space- and spelling-insensitive key ("Kim Jong-il" == "kim jong il")."""
    text = unicodedata.normalize("NFKD", text.translate(_DASHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("&", " and ")
    text = re.sub(r"[^\w]+", " ", text)
    words = [_fold_word(w) for w in text.split() if w not in ("the",)]
    return "".join(words)


# ---- names: one matcher for every lesson (aliases from actors.csv, romanisations, name orders)
_TITLES = {"president", "mr", "mrs", "ms", "dr", "chairman", "chair", "leader", "comrade", "lawmaker", "premier",
           "ambassador", "minister", "general", "secretary", "supreme", "envoy", "representative"}
# Korean romanisation systems (McCune–Reischauer, Revised, the spellings people choose) differ in
# a few regular ways; folding them gives one key for "Song Young-gil", "Song Yeong-gil", "Song Yong-gil".
_ROMAN_FOLDS = [("young", "yong"), ("yeo", "yo"), ("eo", "o"), ("eu", "u"), ("oo", "u"), ("ou", "u"), ("ee", "i"),
                ("ch", "j"), ("sh", "s"), ("k", "g"), ("p", "b"), ("t", "d"), ("r", "l"), ("w", "")]


def _roman_key(words: Sequence[str]) -> str:
    key = "".join(words)
    for a, b in _ROMAN_FOLDS:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def name_keys(text: str) -> set[str]:
    """Loose keys of a name: romanisation-folded, in the given order and with the family name moved."""
    if not isinstance(text, str):
        return set()
    if text.count(",") == 1:  # "Song, Young-gil" -> "Young-gil Song"
        last, first = text.split(",")
        text = f"{first} {last}"
    plain = unicodedata.normalize("NFKD", text.translate(_DASHES))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    plain = re.sub(r"['’ʼ`‘]", "", plain).replace("-", "")
    words = [w for w in re.split(r"[^\w]+", plain) if w and w not in ("the",)]
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    if not words:
        return set()
    orders = {tuple(words)}
    if not any(ch.isdigit() for w in words for ch in w):  # names only: "90 %" is not "% 90"
        orders |= {tuple(words[1:] + words[:1]), tuple(words[-1:] + words[:-1])}
    return {_roman_key(order) for order in orders if "".join(order)}


_shared_index_cache: dict[str, Any] = {}


def _shared_index() -> dict[str, tuple[str, ...]]:
    """fold key -> every name of that actor, from course_data/actors.csv (the one shared alias table)."""
    if "index" not in _shared_index_cache:
        index: dict[str, tuple[str, ...]] = {}
        try:
            from .data import load_table, split_multi

            actors = load_table("actors")
            for _, row in actors.iterrows():
                names = tuple(dict.fromkeys([row["name"], *split_multi(row["aliases"]), row["actor_id"]]))
                for name in names:
                    index.setdefault(fold_text(str(name)), names)
        except Exception:  # no course data (a bare install): the question's own aliases still work
            index = {}
        _shared_index_cache["index"] = index
    return _shared_index_cache["index"]


def shared_aliases(names: Iterable[str]) -> list[str]:
    """Every alias the shared table gives for any of ``names`` (empty for names it does not know)."""
    found: list[str] = []
    index = _shared_index()
    for name in names:
        if isinstance(name, str):
            found.extend(index.get(fold_text(name), ()))
    return list(dict.fromkeys(found))


class NameMatcher:
    """Finds which of several canonical items a typed name means.

    Exact keys (``fold_text``) are tried first; then loose keys (romanisations, name orders)
    that point to only one item. Each item's names are widened with the shared alias table.
    """

    def __init__(self, items: Mapping[str, Iterable[str]], shared: bool = True):
        self.exact: dict[str, str] = {}
        loose: dict[str, set[str]] = {}
        for canon, aliases in items.items():
            names = [canon, *[a for a in aliases if isinstance(a, str) and a]]
            if shared:
                names += shared_aliases(names)
            for name in names:
                key = fold_text(name)
                if key:
                    self.exact.setdefault(key, canon)
                for k in name_keys(name):
                    loose.setdefault(k, set()).add(canon)
        self.loose = {k: next(iter(v)) for k, v in loose.items() if len(v) == 1}

    def find(self, text: Any) -> str | None:
        if not isinstance(text, str):
            return None
        key = fold_text(text)
        if key in self.exact:
            return self.exact[key]
        hits = {self.loose[k] for k in name_keys(text) if k in self.loose}
        return hits.pop() if len(hits) == 1 else None


def _as_text(value: Any, what: str = "some text") -> str:
    if isinstance(value, str):
        return value
    raise CannotRead(f"I expected {what} in quotes, like \"…\", but got a {type_name(value)}.")


def _as_list(value: Any, what: str, ordered: bool = False) -> list:
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
    "thousand": 1e3, "thousands": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "mio": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "mrd": 1e9,
    "trillion": 1e12, "tn": 1e12,
}
# Words that may surround a number without changing it: currencies, units, "about".
_NUMBER_WORDS = {
    "us", "usd", "dollar", "dollars", "eur", "euro", "euros", "rub", "rubles", "roubles", "ruble", "rouble",
    "won", "krw", "times", "x", "votes", "vote", "days", "day", "years", "year", "about", "approx",
    "approximately", "around", "roughly", "circa", "ca", "c", "nearly", "almost", "some", "of", "a", "an",
    "tonnes", "tons", "t", "per", "cent", "percent", "pct", "percentage", "points",
}
_NUMBER_SYMBOLS = "$€£₽~≈×%"
_NUMBER_TOKEN = re.compile(
    r"(?P<sign>[-+]\s*|minus\s+)?(?P<num>\d{1,3}(?:[ \u00a0\u202f_'](?:\d{3}))+(?:[.,]\d+)?"
    r"|\d[\d.,]*(?:e[-+]?\d+)?|[.,]\d+(?:e[-+]?\d+)?)")


def _digits_to_float(raw: str) -> float:
    """Read the digits of one number, deciding what a comma or a point means.

    Both present: the last one is the decimal mark ("1.090,5", "1,090.5"). Only commas: one comma
    not followed by exactly three digits is a decimal comma ("1,09", "-22,6", "0,968"); several
    commas, or "1,090", are thousands (the course's English convention). Only points: several
    are thousands ("1.090.000"), one is a decimal point.
    """
    raw = re.sub(r"[ \u00a0\u202f_']", "", raw)
    mantissa, exp = (raw.split("e", 1) + [""])[:2] if "e" in raw else (raw, "")
    commas, points = mantissa.count(","), mantissa.count(".")
    if commas and points:
        decimal_mark = "," if mantissa.rfind(",") > mantissa.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        mantissa = mantissa.replace(thousands, "").replace(decimal_mark, ".")
    elif commas == 1:
        whole, frac = mantissa.split(",")
        if len(frac) != 3 or whole in ("", "0") or len(whole) > 3:
            mantissa = f"{whole}.{frac}"
        else:
            mantissa = whole + frac
    elif commas > 1:
        if not re.fullmatch(r"\d{1,3}(,\d{3})+", mantissa):
            raise ValueError(raw)
        mantissa = mantissa.replace(",", "")
    elif points > 1:
        if not re.fullmatch(r"\d{1,3}(\.\d{3})+", mantissa):
            raise ValueError(raw)
        mantissa = mantissa.replace(".", "")
    return float(mantissa + (f"e{exp}" if exp else ""))


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
    text = value.strip().replace("−", "-").replace("–", "-").lower().rstrip(" .;!")
    if not text:
        raise CannotRead("The answer is an empty string: type a number, like 1.09.")
    unreadable = CannotRead(f"I couldn't read {safe_repr(value)} as one number. Type digits, like 1.09, "
                            "with a unit word if you like (\"1.09 billion\", \"90 %\").")
    matches = list(_NUMBER_TOKEN.finditer(text))
    if len(matches) != 1:
        raise unreadable
    match = matches[0]
    around = (text[: match.start()] + " " + text[match.end():]).replace("u.s.", "us")
    percent = "%" in around or bool(re.search(r"\b(percent|per\s*cent|pct|percentage)\b", around))
    scale = None
    for word in re.findall(r"[a-z]+|[^\sa-z.,;:()]", around):
        if word in _SCALE_WORDS and scale is None and text.find(word, match.end()) >= 0:
            scale = _SCALE_WORDS[word]
        elif word not in _NUMBER_WORDS and word not in _NUMBER_SYMBOLS:
            raise unreadable
    try:
        number = _digits_to_float(match.group("num"))
    except ValueError:
        raise unreadable from None
    if (match.group("sign") or "").strip() in ("-", "minus"):
        number = -number
    return number, scale, percent


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
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
_DATE_FILLERS = {"the", "of", "on", "in", "year", "ad", "ce", "around", "about", "circa", "c", "ca", "date"}
_DATE_EXAMPLE = "Write the day, month and year, like \"2005-09-19\" or \"19 September 2005\"."


def date_parts(value: Any) -> tuple[int, int | None, int | None]:
    """(year, month or None, day or None) from a date object or any common English way of writing one.

    Understands "2005-09-19", "19/09/2005", "19 Sept. 2005", "September 19th, 2005", "the 19th of
    September 2005", "Monday, 19 September 2005", "2005 September 19", "19-Sep-2005", and the
    partial forms "September 2005", "2005-09" and "2005." Raises CannotRead otherwise, and for
    day/month orders that could be read two ways (03/04/2007).
    """
    if isinstance(value, bool):
        raise CannotRead(f"True/False is not a date. {_DATE_EXAMPLE}")
    if isinstance(value, _dt.datetime):
        return value.year, value.month, value.day
    if isinstance(value, _dt.date):
        return value.year, value.month, value.day
    if type_name(value) in ("Timestamp", "datetime64", "Period"):
        try:
            import pandas as pd

            stamp = value.to_timestamp() if type_name(value) == "Period" else pd.Timestamp(value)
            if pd.isna(stamp):
                raise CannotRead(f"That date is empty (NaT). {_DATE_EXAMPLE}")
            return stamp.year, stamp.month, stamp.day
        except CannotRead:
            raise
        except Exception:
            raise CannotRead(f"I couldn't read that date. {_DATE_EXAMPLE}") from None
    if isinstance(value, Number) and not isinstance(value, complex):
        try:
            if float(value).is_integer() and 1000 <= float(value) <= 2100:
                return int(value), None, None
        except Exception:
            pass
        raise CannotRead(f"A number is not a date. {_DATE_EXAMPLE}")
    if not isinstance(value, str):
        raise CannotRead(f"I expected a date in quotes, like \"2005-09-19\", but got a {type_name(value)}.")
    original = value
    text = value.strip().lower().translate(_DASHES)
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"^(\d{4}-\d{1,2}-\d{1,2})[t ]\d{1,2}:\d{2}.*$", r"\1", text)  # a time of day
    try:
        m = re.fullmatch(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\.?", text)
        if m:
            return _checked(int(m[1]), int(m[3]), int(m[4]))
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\.?", text)
        if m:  # dots: always day.month.year (the European order that uses them)
            return _checked(int(m[3]), int(m[2]), int(m[1]))
        m = re.fullmatch(r"(\d{1,2})([-/])(\d{1,2})\2(\d{4})\.?", text)
        if m:
            a, b, year = int(m[1]), int(m[3]), int(m[4])
            if a > 12 >= b:
                return _checked(year, b, a)
            if b > 12 >= a:
                return _checked(year, a, b)
            if a == b:
                return _checked(year, a, b)
            raise CannotRead(f"\"{original.strip()}\" could be read two ways (day/month or month/day). "
                             "Write the month as a word, \"19 September 2005\", or as YYYY-MM-DD, \"2005-09-19\".")
        m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})\.?", text)
        if m and 1 <= int(m[2]) <= 12:
            return int(m[1]), int(m[2]), None
        tokens = [t for t in re.split(r"[\s,/.\-']+", text) if t]
        year = month = day = None
        for token in tokens:
            if token in _MONTHS and month is None:
                month = _MONTHS[token]
            elif re.fullmatch(r"\d{4}", token) and year is None:
                year = int(token)
            elif re.fullmatch(r"\d{1,2}", token) and day is None:
                day = int(token)
            elif token in _WEEKDAYS or token in _DATE_FILLERS:
                continue
            else:
                year = None
                break
        if year is not None and (month is not None or day is None):
            if day is not None:
                return _checked(year, month, day)
            return year, month, None
        if year is None and month is not None and day is not None and len(tokens) == 2:
            raise CannotRead(f"\"{original.strip()}\" has no year: add it, like \"19 September 2005\".")
    except ValueError:
        raise CannotRead(f"\"{original.strip()}\" is not a real calendar date. Check the day and month.") from None
    raise CannotRead(f"I couldn't read \"{safe_repr(original, 40).strip(chr(39))}\" as a date. {_DATE_EXAMPLE}")


def _checked(year: int, month: int, day: int) -> tuple[int, int, int]:
    _dt.date(year, month, day)  # ValueError for 31 February
    return year, month, day


def parse_date(value: Any) -> _dt.date:
    """Read a full calendar date (see ``date_parts``); a month and year alone is not enough."""
    year, month, day = date_parts(value)
    if month is None or day is None:
        what = f"{_month_name(month)} {year}" if month else str(year)
        raise CannotRead(f"\"{what}\" gives {'the month and year' if month else 'only the year'} — the question "
                         f"asks for the day too. {_DATE_EXAMPLE}")
    return _dt.date(year, month, day)


def _month_name(month: int | None) -> str:
    return _dt.date(2000, month, 1).strftime("%B") if month else ""


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
        text = _as_text(value, "a name")
        if not fold_text(text):
            raise CannotRead("The answer is empty: type a name in quotes.")
        return text

    def grade(self, answer: str) -> Grade:
        return Grade(int(self.matcher.find(answer) == self.expected), 1)

    def same(self, a: str, b: Any) -> bool:
        if not isinstance(b, str) or not isinstance(a, str):
            return False
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
    """Several named items, order-free, each with aliases (e.g. the nine sectors).

    Extra entries that are not on the list make the answer partly correct, never correct.
    """

    label = "list of names"
    example = '["gas", "rail"]'

    def __init__(self, items: Mapping[str, Iterable[str]]):
        self.items = {canon: list(aliases) for canon, aliases in items.items()}
        self.expected = frozenset(self.items)
        self.matcher = NameMatcher(self.items)

    def read(self, value: Any) -> tuple[frozenset, frozenset]:
        """(the items recognised, the folded text of the entries not on the list)."""
        items = _as_list(value, "names")
        if not items:
            raise CannotRead("The list is empty: put the names in it.")
        found, unknown = set(), set()
        for item in items:
            text = _as_text(item, "each name")
            canon = self.matcher.find(text)
            if canon:
                found.add(canon)
            elif fold_text(text):
                unknown.add(fold_text(text))
        return frozenset(found), frozenset(unknown)

    def grade(self, answer: tuple[frozenset, frozenset]) -> Grade:
        found, unknown = answer
        total = len(self.expected)
        remark = []
        right = len(found)
        if unknown:
            n = len(unknown)
            remark.append(f"{n} of your entries {'is' if n == 1 else 'are'} not on the list I expect "
                          "(check the spelling, or it may not belong).")
            right = min(right, total - 1)  # extras never make a list correct
        if len(found) < total:
            remark.append(f"{total - len(found)} still missing.")
        return Grade(right, total, " ".join(remark))

    def same(self, a: tuple, b: Any) -> bool:
        try:
            return a == self.read(b)
        except CannotRead:
            return False

    def describe_expected(self) -> str:
        return ", ".join(sorted(self.expected))


class OrderingAnswer(AnswerKind):
    """Items put in order (e.g. a chronology). Each item may have aliases.

    Partly correct counts the items in the right place. A set has no order: "could not check".
    """

    label = "ordering"

    def __init__(self, order: Sequence[str], aliases: Mapping[str, Iterable[str]] | None = None):
        self.expected = tuple(order)
        aliases = aliases or {}
        self.matcher = NameMatcher({item: list(aliases.get(item, ())) for item in order})
        self.example = "[" + ", ".join(f'"{x}"' for x in list(order)[:2]) + ", …]"

    def _canon(self, item: Any) -> str:
        canon = self.matcher.find(_as_text(item, "each item"))
        if canon is None:
            raise CannotRead(f"I don't recognise {safe_repr(item, 40)} — use the names exactly as listed in the "
                             "question.")
        return canon

    def read(self, value: Any) -> tuple:
        items = tuple(self._canon(x) for x in _as_list(value, "the items in order", ordered=True))
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
    """A dict pairing each left item with a right item; k of n pairs right is partly correct.

    A right-hand value that is none of the choices gets "could not check", naming the choices.
    ``choices`` lists further right-hand values a student may give that no pair expects (e.g. a
    verdict that none of the claims deserves); by default the choices are the expected values.
    """

    label = "matching"

    def __init__(self, pairs: Mapping[str, str], left_aliases: Mapping[str, Iterable[str]] | None = None,
                 right_aliases: Mapping[str, Iterable[str]] | None = None, choices: Iterable[str] = ()):
        self.expected = dict(pairs)
        left_aliases, right_aliases = left_aliases or {}, right_aliases or {}
        self._left = NameMatcher({k: list(left_aliases.get(k, ())) for k in pairs})
        self.choices = list(dict.fromkeys([*choices, *pairs.values()]))
        self._right = NameMatcher({v: list(right_aliases.get(v, ())) for v in self.choices})
        first = next(iter(pairs))
        self.example = '{"' + first + '": "…", …}'

    @staticmethod
    def _as_choice_text(value: Any) -> list[str]:
        """A right-hand value as text; a number also as "90 %" (choices such as "90 %")."""
        if isinstance(value, str):
            return [value]
        if isinstance(value, Number) and not isinstance(value, (bool, complex)):
            try:
                text = format(float(value), "g")
            except Exception:
                return []
            return [text, f"{text} %"]
        return []

    def _right_value(self, key: str, value: Any) -> str:
        for text in self._as_choice_text(value):
            canon = self._right.find(text)
            if canon is not None:
                return canon
        choices = ", ".join(f'"{c}"' for c in self.choices)
        raise CannotRead(f"The value for \"{key}\", {safe_repr(value, 40)}, is not one of the choices. "
                         f"Use one of: {choices} (spelled as in the question).")

    def read(self, value: Any) -> dict:
        if not isinstance(value, Mapping):
            raise CannotRead(f"I expected a dictionary like {self.example}, but got a {type_name(value)}.")
        answer: dict[str, str] = {}
        for key, val in list(value.items()):
            left = self._left.find(key)
            if left is None:
                raise CannotRead(f"I don't recognise the key {safe_repr(key, 40)} — use the names from the question.")
            answer[left] = self._right_value(left, val)
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
            years = bool(exp_items) and all(isinstance(k, int) and 1000 <= k <= 2100 for k in exp_items)
            try:
                got_items = {self._key(k, years): v for k, v in answer.items()}
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
    def _key(k, years: bool = False):
        """One form for an index label: 2003, 2003.0, "2003", a Period or (for years) a date all give 2003;
        text labels ignore surrounding spaces and the kind of dash ("2022-2024" == "2022–2024")."""
        if isinstance(k, bool):
            return k
        if type_name(k) == "Period":
            try:
                return int(k.year) if str(k.freqstr).upper().startswith(("Y", "A")) or years else str(k)
            except Exception:
                return str(k)
        if years and (isinstance(k, _dt.date) or type_name(k) in ("Timestamp", "datetime64")):
            try:
                return int(date_parts(k)[0])
            except CannotRead:
                return str(k)
        if isinstance(k, float) and k.is_integer():
            return int(k)
        if isinstance(k, str):
            text = k.strip().translate(_DASHES).replace("-", "–")
            return int(text) if re.fullmatch(r"\d{4}", text) else text
        if hasattr(k, "item") and not isinstance(k, (int, float)):
            try:
                return FrameAnswer._key(k.item(), years)
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
        text = _as_text(value, "your reflection")
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


__all__ = [
    "AnswerKind", "CannotRead", "Grade", "NumberAnswer", "YearAnswer", "DateAnswer", "NameAnswer",
    "ChoiceAnswer", "MultiChoiceAnswer", "NameSetAnswer", "OrderingAnswer", "MatchingAnswer",
    "FrameAnswer", "FreeTextAnswer", "NameMatcher", "date_parts", "fold_text", "name_keys", "parse_date",
    "parse_number", "safe_repr", "shared_aliases", "value_at",
]

"""Reading a calendar date, or a year and month, from a date object or any common English way of
writing one."""
from __future__ import annotations

import datetime as _dt
import re
from numbers import Number
from typing import Any

from .base import CannotRead, safe_repr, type_name
from .names import DASHES

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
    text = value.strip().lower().translate(DASHES)
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

"""Reading one number from what a student typed: digits with either decimal mark, thousands
separators, a sign, scale words ("1.09 billion"), currencies and units around it."""
from __future__ import annotations

import re
from numbers import Number
from typing import Any

from .base import CannotRead, safe_repr, type_name

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

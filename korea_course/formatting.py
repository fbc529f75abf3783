"""Words for numbers and figure styles, in one style for every lesson: lists ("a, b and c"),
year ranges ("2005–2022"), money ("1.09 billion USD") and the marker shapes and line styles
that the figures draw and the text keys name.

Plain Python with no plotting imports, so descriptions and keys can use it anywhere.
"""
from __future__ import annotations

import math
from typing import Sequence


# ------------------------------------------------------------------------------ lists
def join_words(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# ------------------------------------------------------------------------------ years
def year_range(first: int, last: int) -> str:
    """Two years joined by an en dash: (2000, 2007) -> '2000–2007'."""
    return f"{first}–{last}"


def year_span_text(years: Sequence[int]) -> str:
    """The span of some years: '2005–2022', or '2014' for a single year."""
    years = sorted(set(int(y) for y in years))
    if not years:
        return "no years"
    return str(years[0]) if len(years) == 1 else year_range(years[0], years[-1])


def year_runs(years: Sequence[int]) -> str:
    """Years as runs of consecutive years: [2007, 2010, 2011, 2012] -> '2007 and 2010–2012'."""
    runs, start = [], None
    years = sorted(years)
    for i, y in enumerate(years):
        if start is None:
            start = y
        if i == len(years) - 1 or years[i + 1] != y + 1:
            runs.append(str(start) if start == y else year_range(start, y))
            start = None
    return join_words(runs)


# ------------------------------------------------------------------------------ money
_SCALE = {"billion": 1e9, "million": 1e6}


def money(usd: float | None, unit: str | None = None, digits: int | None = None,
          significant: int | None = None) -> str:
    """An amount of US dollars in the course's one style, amount first: '1.09 billion USD'.

    ``unit`` is 'billion' or 'million' (None: billions from one billion up, else millions).
    ``digits`` fixes the decimals (default: 1 for billions, 0 for millions); ``significant``
    writes that many significant digits instead ('10.96', '10', '0.1742'). A missing amount
    reads 'no figure'.
    """
    try:
        usd = float(usd)
    except (TypeError, ValueError):  # None, pd.NA
        return "no figure"
    if math.isnan(usd):
        return "no figure"
    if unit is None:
        unit = "billion" if abs(usd) >= 1e9 else "million"
    if unit not in _SCALE:
        raise ValueError(f"unit must be one of {', '.join(_SCALE)}, not {unit!r}")
    value = usd / _SCALE[unit]
    if significant is not None:
        number = f"{value:.{significant}g}"
    else:
        number = f"{value:,.{(1 if unit == 'billion' else 0) if digits is None else digits}f}"
    return f"{number} {unit} USD"


# ------------------------------------------------------------------------------ markers and lines
#: A matplotlib marker as (symbol, shape in words), so a key names the shape and not only the colour.
MARKER_WORDS = {"o": ("●", "circle"), "^": ("▲", "triangle"), "s": ("■", "square"), "D": ("◆", "diamond"),
                "v": ("▼", "downward triangle"), "X": ("✖", "cross"), "*": ("★", "star")}
#: A matplotlib line style as (sample, words).
LINESTYLE_WORDS = {"-": ("───", "solid"), "--": ("‒ ‒ ‒", "dashed"), ":": ("·····", "dotted"),
                   "-.": ("‒ · ‒", "dash-dot")}


def _plural(word: str) -> str:
    return word + ("es" if word.endswith(("s", "x", "sh", "ch")) else "s")


def marker_words(marker: str, plural: bool = False) -> str:
    """'s' -> 'square' ('squares' with ``plural``): the shape a key names for a marker."""
    word = MARKER_WORDS.get(marker, (marker, marker))[1]
    return _plural(word) if plural else word


def marker_symbol(marker: str) -> str:
    """'s' -> '■': a character that looks like the marker."""
    return MARKER_WORDS.get(marker, (marker, marker))[0]


def marker_key(marker: str, plural: bool = False) -> str:
    """'s' -> '■ square': symbol and words together, as the keys under the explorers write them."""
    return f"{marker_symbol(marker)} {marker_words(marker, plural)}"


def linestyle_words(linestyle: str) -> str:
    """'--' -> 'dashed'."""
    return LINESTYLE_WORDS.get(linestyle, (linestyle, linestyle))[1]


def linestyle_sample(linestyle: str) -> str:
    """'--' -> '‒ ‒ ‒': characters that look like the line style."""
    return LINESTYLE_WORDS.get(linestyle, (linestyle, linestyle))[0]


__all__ = ["join_words", "year_range", "year_span_text", "year_runs", "money", "MARKER_WORDS", "LINESTYLE_WORDS",
           "marker_words", "marker_symbol", "marker_key", "linestyle_words", "linestyle_sample"]

"""The shared words every lesson uses: lists, year ranges, money and figure styles."""
import math

import pandas as pd
import pytest

from korea_course import formatting as F


def test_money_has_one_style_amount_first():
    assert F.money(1.09e9, "billion", digits=2) == "1.09 billion USD"
    assert F.money(27_340e6) == "27.3 billion USD"          # billions from one billion up, one decimal
    assert F.money(888.8e6) == "889 million USD"            # below that, whole millions
    assert F.money(-10_200e6) == "-10.2 billion USD"
    assert F.money(27.4e6, "million", digits=1) == "27.4 million USD"
    assert F.money(10.96e9, "billion", significant=4) == "10.96 billion USD"
    assert F.money(10e9, "billion", significant=4) == "10 billion USD"
    for missing in (None, math.nan, pd.NA):
        assert F.money(missing) == "no figure"
    with pytest.raises(ValueError):
        F.money(1e9, "trillion")


def test_years_and_lists():
    assert F.year_range(2000, 2007) == "2000–2007"
    assert F.year_span_text([2014]) == "2014" and F.year_span_text([2022, 2005, 2010]) == "2005–2022"
    assert F.year_runs([2020, 2007, 2010, 2011]) == "2007, 2010–2011 and 2020"
    assert F.join_words([]) == "" and F.join_words(["a"]) == "a" and F.join_words(["a", "b", "c"]) == "a, b and c"


def test_marker_and_line_words():
    assert F.marker_key("s") == "■ square" and F.marker_key("o", plural=True) == "● circles"
    assert F.marker_words("v", plural=True) == "downward triangles" and F.marker_words("X", plural=True) == "crosses"
    assert F.linestyle_words("--") == "dashed" and F.linestyle_sample(":") == "·····"
    from korea_course.plotting import MARKERS
    used = set(MARKERS[:4]) | {"v", "X", "*"}   # the markers the lessons' keys name
    assert used <= set(F.MARKER_WORDS)

"""Lesson 2 styles: the trade chart's colour and line style per kind of source (its markers are
``plotting.MARKERS`` in order).
"""
from __future__ import annotations

TRADE_COLOURS = ["blue", "vermillion", "bluish_green", "reddish_purple"]
TRADE_LINE_STYLES = ["-", "--", "-.", ":"]

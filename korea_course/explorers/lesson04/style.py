"""Lesson 4 styles: colour AND hatch or marker fill per Korea, a marker per kind of evidence, and
colour AND hatch per verdict (never colour alone).
"""
from __future__ import annotations

from ...plotting import OKABE_ITO


# Colour AND hatch/marker fill carry the Korea (never colour alone).
KOREA_STYLE = {
    "DPRK": {"color": OKABE_ITO["vermillion"], "hatch": "///", "fill": "full"},
    "ROK": {"color": OKABE_ITO["blue"], "hatch": "", "fill": "none"},
    "neither": {"color": OKABE_ITO["grey"], "hatch": "...", "fill": "none"},
}
KIND_MARKERS = {"summit": "o", "agreement": "s", "un_vote": "D", "visit": "^", "military": "X", "economic": "v"}
VERDICT_STYLE = {
    "confirmed": {"color": OKABE_ITO["bluish_green"], "hatch": ""},
    "qualified": {"color": OKABE_ITO["orange"], "hatch": "..."},
    "contradicted": {"color": OKABE_ITO["vermillion"], "hatch": "///"},
    "unverifiable": {"color": OKABE_ITO["grey"], "hatch": "xx"},
}

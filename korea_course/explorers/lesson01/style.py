"""Lesson 1 styles: the rows of the two timelines, each with a label, a colour AND a marker.
"""
from __future__ import annotations

from ...plotting import OKABE_ITO


# Rows of the process timeline: colour AND marker carry the kind.
PROCESS_ROWS = {
    "context": {"label": "Events around the talks", "color": OKABE_ITO["bluish_green"], "marker": "o"},
    "agreement": {"label": "Agreements", "color": OKABE_ITO["vermillion"], "marker": "*"},
    "session": {"label": "Six-party meetings", "color": OKABE_ITO["orange"], "marker": "s"},
}
# Rows of the sanctions timeline.
SANCTION_ROWS = {
    "nuclear_test": {"label": "Nuclear tests", "color": OKABE_ITO["vermillion"], "marker": "^"},
    "launch": {"label": "Long-range launches", "color": OKABE_ITO["orange"], "marker": "v"},
    "vote_yes": {"label": "UNSC: Russia votes yes", "color": OKABE_ITO["blue"], "marker": "D"},
    "vote_no": {"label": "UNSC: Russia vetoes", "color": OKABE_ITO["black"], "marker": "X"},
}
# Ranks of the heads of delegation: colour AND marker carry the rank.
RANK_STYLES = {
    "deputy minister": {"color": OKABE_ITO["blue"], "marker": "s"},
    "special representative": {"color": OKABE_ITO["bluish_green"], "marker": "D"},
    "director-general": {"color": OKABE_ITO["sky_blue"], "marker": "^"},
    "assistant secretary": {"color": OKABE_ITO["reddish_purple"], "marker": "v"},
    "ambassador": {"color": OKABE_ITO["vermillion"], "marker": "o"},
    "title not given": {"color": "white", "marker": "o"},
}
# Rows of the delegations chart, top to bottom.
PARTY_ORDER = ("RUS", "CHN", "USA", "DPRK", "ROK", "JPN")

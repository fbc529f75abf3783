"""Lesson 3 styles: each status, country, kind of route and trade series has a colour AND a
marker or line style, so no figure relies on colour alone.
"""
from __future__ import annotations

from ...plotting import OKABE_ITO


STATUS_STYLE = {
    "suspended": {"label": "Suspended", "color": OKABE_ITO["black"], "marker": "X"},
    "stalled": {"label": "Stalled", "color": OKABE_ITO["vermillion"], "marker": "v"},
    "proposed": {"label": "Proposed", "color": OKABE_ITO["sky_blue"], "marker": "o"},
    "agreed": {"label": "Agreed", "color": OKABE_ITO["blue"], "marker": "s"},
    "in_progress": {"label": "In progress", "color": OKABE_ITO["orange"], "marker": "D"},
    "completed": {"label": "Completed", "color": OKABE_ITO["bluish_green"], "marker": "*"},
}
COUNTRY_STYLE = {
    "ROK": {"label": "South Korea", "color": OKABE_ITO["blue"], "marker": "o"},
    "DPRK": {"label": "North Korea", "color": OKABE_ITO["vermillion"], "marker": "^"},
    "RUS": {"label": "Russia", "color": OKABE_ITO["bluish_green"], "marker": "s"},
}
ROUTE_KIND_STYLE = {
    "rail": {"label": "Rail", "linestyle": "-", "color": OKABE_ITO["black"]},
    "gas_pipeline": {"label": "Gas pipeline", "linestyle": "--", "color": OKABE_ITO["orange"]},
    "power_grid": {"label": "Power link", "linestyle": ":", "color": OKABE_ITO["reddish_purple"]},
    "sea_route": {"label": "Sea route", "linestyle": "-.", "color": OKABE_ITO["blue"]},
}
ROUTE_STATUS_WIDTH = {"operating": 3.0, "suspended": 2.0, "proposed": 1.6}
TRADE_STYLE = {
    "total_usd_million": {"color": OKABE_ITO["black"], "marker": "o", "linestyle": "-"},
    "rok_exports_usd_million": {"color": OKABE_ITO["blue"], "marker": "s", "linestyle": "--"},
    "rok_imports_usd_million": {"color": OKABE_ITO["orange"], "marker": "D", "linestyle": "-."},
    "balance_usd_million": {"color": OKABE_ITO["vermillion"], "marker": "v", "linestyle": ":"},
}
#: The map's backdrop: beige land, darker than the pale blue sea (the routes' colours stay
#: readable on both), grey coastlines, and borders as thin grey dash-dot-dot lines, a style no
#: route uses: land, sea and borders differ in lightness and line style, not in hue alone.
MAP_STYLE = {"sea": "#F2F7FB", "land": "#E6E0CF", "coast": "#8C8C8C", "border": "#5A5A5A",
             "border_style": (0, (5, 1.5, 1, 1.5, 1, 1.5)), "area_text": "#6E6E6E"}
#: Names of countries and seas printed on each frame: (lon, lat, text, is_sea).
MAP_AREA_LABELS = {
    "northeast_asia": [(126.2, 44.8, "CHINA", False), (135.2, 45.4, "RUSSIA", False),
                       (126.6, 40.5, "NORTH KOREA", False), (127.3, 36.0, "SOUTH KOREA", False),
                       (139.6, 36.6, "JAPAN", False), (134.6, 40.2, "East Sea /\nSea of Japan", True)],
    "eurasia": [(95.0, 62.0, "RUSSIA", False), (100.0, 36.0, "CHINA", False), (70.0, 48.5, "KAZAKHSTAN", False)],
}

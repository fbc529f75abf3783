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

"""One plotting style for the course: colour-blind-safe colours, markers, readable fonts,
and a text description for every figure.

Figures are ``matplotlib.figure.Figure`` objects made with ``new_figure`` (not pyplot), so
they are drawn once, where ``show_figure`` puts them, together with their description.
"""
from __future__ import annotations

import io
from typing import Iterable

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .formatting import join_words, year_span_text  # re-exported: older imports keep working

# Okabe & Ito (2008), "Color Universal Design": distinguishable under the common
# colour-vision deficiencies. Black is kept for text and reference lines.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
    "grey": "#999999",
}
PALETTE: list[str] = [OKABE_ITO[k] for k in ("blue", "orange", "bluish_green", "vermillion",
                                             "reddish_purple", "sky_blue", "yellow", "black")]
# Markers carry category too, so nothing depends on colour alone.
MARKERS: list[str] = ["o", "s", "^", "D", "v", "P", "X", "*"]

# The categories of course_data/events.csv, with a fixed colour, marker and plain label
# ("in_sentence": how the label reads mid-sentence, where it differs).
EVENT_CATEGORIES: dict[str, dict[str, str]] = {
    "summit": {"label": "Summits and visits", "in_sentence": "summits and visits", "color": OKABE_ITO["blue"], "marker": "o"},
    "six_party_talks": {"label": "Six-Party Talks", "color": OKABE_ITO["orange"], "marker": "s"},
    "nuclear_missile": {"label": "DPRK tests", "in_sentence": "DPRK tests", "color": OKABE_ITO["vermillion"], "marker": "^"},
    "un_sanctions": {"label": "UN Security Council", "color": OKABE_ITO["reddish_purple"], "marker": "D"},
    "economic": {"label": "Economic ties", "in_sentence": "economic ties", "color": OKABE_ITO["bluish_green"], "marker": "v"},
    "treaty_military": {"label": "Treaties and military", "in_sentence": "treaties and military moves", "color": OKABE_ITO["black"], "marker": "X"},
    "ukraine_crisis": {"label": "Ukraine crisis", "color": OKABE_ITO["sky_blue"], "marker": "P"},
    "diplomatic": {"label": "Diplomacy", "in_sentence": "diplomatic steps", "color": OKABE_ITO["grey"], "marker": "*"},
}

COURSE_RC = {
    "font.size": 11,
    "axes.titlesize": 12,
    "axes.labelsize": 11,
    "xtick.labelsize": 10,
    "ytick.labelsize": 10,
    "legend.fontsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "figure.dpi": 100,
    "savefig.bbox": "standard",
}


def apply_style() -> None:
    """Use the course style for every figure made after this call."""
    matplotlib.rcParams.update(COURSE_RC)


def style_for(categories: Iterable[str]) -> dict[str, dict[str, str]]:
    """Colour, marker and label for each category; unknown ones get the next free style."""
    styles: dict[str, dict[str, str]] = {}
    spare = 0
    for cat in categories:
        if cat in EVENT_CATEGORIES:
            styles[cat] = EVENT_CATEGORIES[cat]
        else:
            styles[cat] = {"label": str(cat).replace("_", " ").capitalize(),
                           "color": PALETTE[spare % len(PALETTE)], "marker": MARKERS[spare % len(MARKERS)]}
            spare += 1
    return styles


def new_figure(width: float = 9.0, height: float = 3.6, dpi: int = 100, layout: str | None = "constrained") -> Figure:
    """A figure with its own Agg canvas: not tracked by pyplot, so it never shows twice.

    Explorers pass ``layout=None`` and fixed margins: constrained layout costs ~30 ms a redraw.
    """
    apply_style()
    fig = Figure(figsize=(width, height), dpi=dpi, layout=layout)
    FigureCanvasAgg(fig)
    return fig


def figure_png(fig: Figure, dpi: int | None = None) -> bytes:
    """The figure as PNG bytes (fast: low zlib compression, the figure's own dpi)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi or fig.dpi, pil_kwargs={"compress_level": 1})
    return buffer.getvalue()


class DescribedFigure:
    """A figure plus its text description; displays as image + 'Text description' paragraph."""

    def __init__(self, fig: Figure, description: str):
        self.fig, self.description = fig, description

    def __repr__(self) -> str:  # plain-text front ends and screen readers get the words
        return f"[Figure] {self.description}"

    def _repr_mimebundle_(self, include=None, exclude=None):
        import base64
        import html

        png = figure_png(self.fig)
        alt = html.escape(self.description, quote=True)
        encoded = base64.b64encode(png).decode("ascii")
        html_text = (f'<figure style="margin:0"><img src="data:image/png;base64,{encoded}" alt="{alt}" '
                     f'style="max-width:100%"><figcaption><strong>Text description:</strong> '
                     f'{html.escape(self.description)}</figcaption></figure>')
        return {"text/html": html_text, "image/png": encoded, "text/plain": repr(self)}, \
               {"image/png": {"alt": self.description}}


def pin_text_positions(ax, *, xlabel_y: float = -0.11, ylabel_x: float = -0.065) -> None:
    """Fixed places (axes coordinates) for the axis labels; titles are pinned with ``y=1.0`` in
    ``set_title``. Left automatic, matplotlib measures every tick label again on each redraw to
    place them; an explorer's axes keep their shape, so fixed places look the same."""
    ax.xaxis.set_label_coords(0.5, xlabel_y)
    ax.yaxis.set_label_coords(ylabel_x, 0.5)


def fixed_layout(fig: Figure, ax, *, left: float | None = None, right: float = 0.2, top: float = 0.38,
                  bottom: float = 0.55) -> None:
    """Fixed margins (in inches) instead of the figure's constrained layout, which costs about a
    third of a static figure's render. ``left=None`` fits the widest y tick label, measured once."""
    fig.set_layout_engine("none")
    width, height = fig.get_size_inches()
    if left is None:
        renderer = fig.canvas.get_renderer()
        widest = max((t.get_window_extent(renderer).width for t in ax.get_yticklabels() if t.get_text()),
                     default=0.0)
        left = widest / fig.dpi + 0.2  # tick mark, padding and a small edge
    # set_position, not subplots_adjust: a figure made with constrained layout keeps a placeholder
    # engine that refuses subplots_adjust
    ax.set_position([left / width, bottom / height, 1 - (left + right) / width, 1 - (top + bottom) / height])


def show_figure(fig: Figure, description: str) -> DescribedFigure:
    """Show a figure with its text description (call as the last line of a cell, or display it)."""
    if not description or not description.strip():
        raise ValueError("every course figure needs a text description")
    return DescribedFigure(fig, description)


__all__ = ["OKABE_ITO", "PALETTE", "MARKERS", "EVENT_CATEGORIES", "apply_style", "style_for", "new_figure",
           "figure_png", "show_figure", "pin_text_positions", "fixed_layout", "DescribedFigure", "join_words", "year_span_text"]

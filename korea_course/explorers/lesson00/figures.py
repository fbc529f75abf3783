"""Lesson 0 figures: the overview timeline, and the balance chart's artists (built once, then updated).
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ...plotting import OKABE_ITO, new_figure
from ...timeline import draw_timeline
from .data import _category_order
from .text import describe_overview


def overview_figure(events: pd.DataFrame) -> tuple[Figure, str]:
    """The whole timeline on one figure, one row per kind of event, and its text description."""
    fig = new_figure(9.5, 3.9, dpi=100, layout=None)
    years = events["date"].dt.year
    draw_timeline(fig, events, _category_order(events), year_range=(int(years.min()), int(years.max())),
                  title="Russia and the two Koreas: key events, 2000–2024")
    return fig, describe_overview(events)


class _BalancePlot:
    """Two bar series (North: solid blue; South: orange with hatching) built once, updated by height."""

    def __init__(self, fig: Figure, first: int = 2000, last: int = 2024):
        fig.subplots_adjust(left=0.07, right=0.98, bottom=0.12, top=0.9)
        self.ax = ax = fig.add_subplot()
        self.years = np.arange(first, last + 1)
        width = 0.4
        self.north = ax.bar(self.years - width / 2, np.zeros(len(self.years)), width, color=OKABE_ITO["blue"],
                            edgecolor="black", linewidth=0.5, label="With North Korea (solid)")
        self.south = ax.bar(self.years + width / 2, np.zeros(len(self.years)), width, color=OKABE_ITO["orange"],
                            edgecolor="black", linewidth=0.5, hatch="///", label="With South Korea (hatched)")
        ax.set_ylabel("events in the timeline")
        # y=1.0 pins the title and set_label_coords the labels: otherwise matplotlib measures every
        # tick label again on each redraw to place them
        ax.set_title("Russia's dealings with each Korea, by year: solid bars = North Korea, hatched = South Korea",
                     loc="left", y=1.0)
        ax.xaxis.set_label_coords(0.5, -0.12)
        ax.yaxis.set_label_coords(-0.045, 0.5)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
        ax.xaxis.set_major_locator(MaxNLocator(integer=True, steps=[1, 2, 5, 10]))  # whole years only
        ax.grid(axis="x", visible=False)

    def update(self, table: pd.DataFrame) -> None:
        north = table["DPRK"].reindex(self.years, fill_value=0).to_numpy()
        south = table["ROK"].reindex(self.years, fill_value=0).to_numpy()
        for bar, h in zip(self.north, north):
            bar.set_height(h)
        for bar, h in zip(self.south, south):
            bar.set_height(h)
        top = max(int(north.max()), int(south.max()), 1)
        self.ax.set_ylim(0, top + 0.8)
        first, last = int(table.index.min()), int(table.index.max())
        self.ax.set_xlim(first - 0.7, last + 0.7)

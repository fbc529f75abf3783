"""Lesson 0 figures: the overview timeline, and the balance chart's artists (built once, then updated).
"""
from __future__ import annotations

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ...plotting import OKABE_ITO, new_figure
from ...timeline import draw_timeline
from .data import BACKGROUND_YEARS, LANES, _category_order, background_events
from .text import describe_background, describe_overview

# One colour and one marker shape per lane of the background figure (never colour alone).
LANE_STYLES = {"south": (OKABE_ITO["orange"], "s"), "north": (OKABE_ITO["blue"], "o"),
               "both": (OKABE_ITO["bluish_green"], "D"), "without": (OKABE_ITO["vermillion"], "X")}


def overview_figure(events: pd.DataFrame) -> tuple[Figure, str]:
    """The whole timeline on one figure, one row per kind of event, and its text description."""
    fig = new_figure(9.5, 3.9, dpi=100, layout=None)
    years = events["date"].dt.year
    first, last = int(years.min()), int(years.max())
    draw_timeline(fig, events, _category_order(events), year_range=(first, last),
                  title=f"Russia and the two Koreas: key events, {first}–{last}")
    return fig, describe_overview(events)


def background_figure(events: pd.DataFrame, years: tuple[int, int] = BACKGROUND_YEARS) -> tuple[Figure, str]:
    """1990-2002 in four lanes: Russia (the USSR until 1991) with the South, with the North, with
    both, and Korean talks that left Russia out; and the figure's text description."""
    table = background_events(events, years)
    fig = new_figure(9.5, 3.7, dpi=100, layout=None)
    fig.subplots_adjust(left=0.25, right=0.98, bottom=0.12, top=0.8)
    ax = fig.add_subplot()
    keys = list(LANES)
    for row_no, key in enumerate(keys):
        rows = table[table["lane"] == key]
        color, marker = LANE_STYLES[key]
        ax.scatter(rows["date"], [row_no] * len(rows), s=70, marker=marker, color=color, edgecolor="black",
                   linewidth=0.6, zorder=3)
    first, last = sorted(int(y) for y in years)
    ax.axvline(pd.Timestamp("2000-01-01"), color="black", linestyle=":", linewidth=1)
    ax.text(pd.Timestamp("2000-02-01"), len(keys) - 0.55, "Putin's first year", fontsize=9, va="bottom")
    ax.set_yticks(range(len(keys)), [LANES[k] for k in keys])
    ax.set_ylim(len(keys) - 0.4, -0.6)  # first lane on top
    ax.set_xlim(pd.Timestamp(year=first, month=1, day=1) - pd.Timedelta(days=60),
                pd.Timestamp(year=last, month=12, day=31) + pd.Timedelta(days=60))
    ax.xaxis.set_major_locator(mdates.YearLocator(2))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.grid(axis="y", visible=False)
    ax.set_title(f"Before the talks, {first}–{last}:\nRussia (the USSR until 1991) with each Korea, and the talks "
                 "it missed", loc="left")
    return fig, describe_background(table)


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

"""Lesson 4 figures: the balance explorer's two panels (built once, then updated) and the
verdict bars.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator, StrMethodFormatter

from ...plotting import fixed_layout, pin_text_positions
from .data import KINDS, KOREA_LABELS, MEASURES, decimal_year, period_label
from .style import KIND_MARKERS, KOREA_STYLE, VERDICT_STYLE


class _BalancePlot:
    """Two panels built once: a three-row timeline (top: DPRK, neither Korea, ROK) and bars per
    period (bottom), for the coding chosen.

    ``legend=False`` (the explorer) leaves the two legends out — the Agg renderer redraws a
    legend on every change, about a quarter of the render — and the key goes into the HTML
    under the figure (``balance_key``). The hatching and the marker shapes stay in the figure,
    and the bar panel's title names the hatching, so the figure never relies on colour alone.
    """

    def __init__(self, fig: Figure, periods: Sequence[tuple[int, int]], legend: bool = True):
        self.periods = list(periods)
        self.legend = legend
        if legend:
            fig.subplots_adjust(left=0.2, right=0.98, bottom=0.1, top=0.93, hspace=0.55)
        else:
            fig.subplots_adjust(left=0.2, right=0.98, bottom=0.09, top=0.92, hspace=0.42)
        self.ax_time = ax = fig.add_subplot(2, 1, 1)
        self.points = {}
        for kind, label in KINDS.items():
            self.points[kind] = ax.scatter([], [], marker=KIND_MARKERS[kind], s=[], facecolors=[],
                                           edgecolors="black", linewidths=0.6, zorder=3, label=label)
        ax.set_yticks([0, 1, 2], [KOREA_LABELS["ROK"], "Neither Korea", KOREA_LABELS["DPRK"]])
        ax.set_ylim(-0.6, 2.6)
        ax.grid(axis="y", visible=False)
        # plain decimal years with whole-year ticks (no date locator to run on every change)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=12, steps=[1, 2, 5, 10], integer=True))
        ax.xaxis.set_major_formatter(StrMethodFormatter("{x:.0f}"))
        ax.set_title("Each item of evidence (marker = kind, size = weight 1–3)", loc="left", y=1.0)
        pin_text_positions(ax)
        if legend:
            handles = [Line2D([], [], linestyle="none", marker=KIND_MARKERS[k], markersize=6, markerfacecolor="white",
                              markeredgecolor="black", label=label) for k, label in KINDS.items()]
            ax.legend(handles=handles, loc="upper left", ncols=3, fontsize=7, frameon=False,
                      bbox_to_anchor=(0, -0.12))
        self.ax_bars = bx = fig.add_subplot(2, 1, 2)
        x = np.arange(len(self.periods))
        width = 0.27
        self.bars = {}
        for offset, korea in ((-width, "DPRK"), (0.0, "neither"), (width, "ROK")):
            style = KOREA_STYLE[korea]
            self.bars[korea] = bx.bar(x + offset, np.zeros(len(x)), width, color=style["color"], hatch=style["hatch"],
                                      edgecolor="black", linewidth=0.6, label=KOREA_LABELS[korea])
        bx.set_xticks(x, [period_label(p) for p in self.periods])
        bx.grid(axis="x", visible=False)  # vertical grid lines between the bar pairs say nothing
        if legend:
            bx.legend(loc="upper left", fontsize=8, frameon=False)
        self.bar_title = bx.set_title("", loc="left", y=1.0)
        pin_text_positions(bx, ylabel_x=-0.065)

    def update(self, shown: pd.DataFrame, counts: pd.DataFrame, measure: str, years: tuple[int, int],
               coding: str = "korea_rule") -> None:
        xs_all = decimal_year(shown["date"])
        side = (shown[coding] if coding in shown else shown["korea"]).to_numpy()
        row_of = {"ROK": 0, "neither": 1, "DPRK": 2}
        sizes_all = 25 + 35 * shown["weight"].to_numpy(dtype=float)
        kinds = shown["kind"].to_numpy()
        for kind, artist in self.points.items():
            mine = kinds == kind
            if not mine.any():
                artist.set_offsets(np.empty((0, 2)))
                artist.set_sizes([])
                artist.set_facecolors([])
                continue
            artist.set_offsets(np.column_stack([xs_all[mine], [row_of[s] for s in side[mine]]]))
            artist.set_sizes(sizes_all[mine])
            artist.set_facecolors([KOREA_STYLE[s]["color"] for s in side[mine]])
        first, last = years
        margin = 60 / 365.25  # two months either side, as before
        self.ax_time.set_xlim(int(first) - margin, int(last) + 1 + margin)
        top = max(int(counts.to_numpy().max()) if counts.size else 0, 1)
        for korea, bars in self.bars.items():
            for bar, value in zip(bars, counts[korea].to_numpy()):
                bar.set_height(value)
        self.ax_bars.set_ylim(0, top * 1.15)
        self.ax_bars.set_ylabel("weight" if measure == "weight" else "items")
        title = f"Per period: {MEASURES[measure].lower()}"
        if not self.legend:  # the second cue, named in the figure itself
            title += " — hatched: DPRK, dotted: neither, plain: ROK"
        self.bar_title.set_text(title)


def draw_verdicts(fig: Figure, counts: pd.Series) -> None:
    """Horizontal bars, one per verdict: colour, hatch and a number label (never colour alone)."""
    ax = fig.add_subplot()
    ax.set_axisbelow(True)
    ys = np.arange(len(counts))[::-1]
    for y, (verdict, n) in zip(ys, counts.items()):
        style = VERDICT_STYLE[verdict]
        ax.barh(y, n, color=style["color"], hatch=style["hatch"], edgecolor="black", linewidth=0.6)
        ax.text(n + 0.1, y, str(int(n)), va="center")
    ax.set_yticks(ys, list(counts.index))
    ax.set_xlabel("number of claims")
    ax.set_xlim(0, max(int(counts.max()), 1) + 1.5)
    ax.grid(axis="y", visible=False)
    ax.set_title("The commentary's claims against the evidence", loc="left")
    fixed_layout(fig, ax)

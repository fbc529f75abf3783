"""Lesson 2 figures: the explorers' charts (artists built once, then updated; no legend, the
key is in the HTML) and ``draw_*`` functions for the static figures.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MultipleLocator

from ...plotting import MARKERS, OKABE_ITO, fixed_layout, pin_text_positions
from .data import (MEASURES, RepaymentPlan, SOURCE_FAMILIES, path_steps, source_spread, value_comparison,
                   writeoff_bars)
from .style import TRADE_COLOURS, TRADE_LINE_STYLES
from .text import _SHORT_STEP, _amount


class _RepaymentPlot:
    def __init__(self, fig: Figure):
        fig.subplots_adjust(left=0.09, right=0.98, bottom=0.15, top=0.9)
        self.ax = ax = fig.add_subplot()
        (self.nominal,) = ax.step([], [], where="post", color=OKABE_ITO["blue"], linewidth=2,
                                  label="Received, nominal (cumulative)")
        (self.pv,) = ax.step([], [], where="post", color=OKABE_ITO["orange"], linewidth=2, linestyle="--",
                             label="Received, present value (cumulative)")
        (self.real,) = ax.step([], [], where="post", color=OKABE_ITO["black"], linewidth=1.4, linestyle=":",
                               label="Real 2012 deal, nominal")
        (self.real_end,) = ax.plot([], [], linestyle="none", marker="X", markersize=9, color=OKABE_ITO["black"])
        ax.set_xlabel("Years after the start of repayment")
        ax.set_ylabel("billion USD")
        ax.set_title("Cumulative repayments: solid = nominal, dashed = present value, dotted = real 2012 deal",
                     loc="left", y=1.0)
        pin_text_positions(ax, xlabel_y=-0.12, ylabel_x=-0.07)

    def update(self, plan: RepaymentPlan, reference: RepaymentPlan) -> None:
        s, r = plan.schedule, reference.schedule
        x = np.concatenate([[0.0], s["year"].to_numpy()])
        self.nominal.set_data(x, np.concatenate([[0.0], s["cumulative_usd"].to_numpy() / 1e9]))
        self.pv.set_data(x, np.concatenate([[0.0], s["cumulative_present_value_usd"].to_numpy() / 1e9]))
        xr = np.concatenate([[0.0], r["year"].to_numpy()])
        self.real.set_data(xr, np.concatenate([[0.0], r["cumulative_usd"].to_numpy() / 1e9]))
        self.real_end.set_data([xr[-1]], [r["cumulative_usd"].iloc[-1] / 1e9])
        top = max(plan.nominal_usd, reference.nominal_usd) / 1e9
        self.ax.set_xlim(0, max(plan.years, reference.years) + 0.5)
        self.ax.set_ylim(0, top * 1.12 if top > 0 else 1)


def _with_gaps(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Insert NaN between points more than a year apart, so no line bridges years without data."""
    if len(x) < 2:
        return x, y
    xs, ys = [x[0]], [y[0]]
    for i in range(1, len(x)):
        if x[i] - x[i - 1] > 1:
            xs.append(np.nan)
            ys.append(np.nan)
        xs.append(x[i])
        ys.append(y[i])
    return np.array(xs), np.array(ys)


class _TradePlot:
    def __init__(self, fig: Figure, milestones: pd.DataFrame):
        fig.subplots_adjust(left=0.08, right=0.98, bottom=0.15, top=0.88)
        self.ax = ax = fig.add_subplot()
        self.lines = {}
        for i, (key, label) in enumerate(SOURCE_FAMILIES.items()):
            (self.lines[key],) = ax.plot([], [], marker=MARKERS[i], linestyle=TRADE_LINE_STYLES[i],
                                         color=OKABE_ITO[TRADE_COLOURS[i]], markersize=7, linewidth=1.3, label=label)
        self.vlines, self.labels = [], []
        for i, r in enumerate(milestones.itertuples()):
            self.vlines.append(ax.axvline(r.x, color=OKABE_ITO["grey"], linewidth=1, linestyle=(0, (2, 2)), zorder=0))
            # a short number, not a rotated label: rotated text is re-rendered on every redraw (slow)
            self.labels.append(ax.text(r.x, 0.99, str(i + 1), transform=ax.get_xaxis_transform(),
                                       fontsize=8, va="top", ha="center", color="#444444"))
        # a grey bar joins the figures that different sources give for the same year
        (self.spread,) = ax.plot([], [], color=OKABE_ITO["grey"], linewidth=5, alpha=0.45, solid_capstyle="butt",
                                 zorder=1)
        # the comparison line (yearly repayment or the trade target), labelled in the chart
        self.reference = ax.axhline(0, color=OKABE_ITO["black"], linewidth=1.4, linestyle=(0, (6, 2, 1, 2)),
                                    visible=False, zorder=2)
        self.reference_label = ax.text(0.01, 0, "", transform=ax.get_yaxis_transform(), fontsize=8, va="bottom",
                                       ha="left", visible=False)
        ax.set_xlabel("Year")
        ax.set_ylabel("million USD")
        ax.xaxis.set_major_locator(MultipleLocator(2))
        # no legend: the key is in the HTML above the chart (trade_key); marker and line style stay here
        self.title = ax.set_title("", loc="left", y=1.0)
        pin_text_positions(ax)

    def update(self, shown: pd.DataFrame, measure: str, years: tuple[int, int], show_milestones: bool,
               reference: tuple[str, float] | None = None) -> None:
        for key, line in self.lines.items():
            rows = shown[shown["family"] == key]
            line.set_data(*_with_gaps(rows["year"].astype(float).to_numpy(), rows[measure].to_numpy(dtype=float)))
        xs, ys = [], []
        for r in source_spread(shown, measure).itertuples():
            xs += [r.year, r.year, np.nan]
            ys += [r.low, r.high, np.nan]
        self.spread.set_data(xs, ys)
        if reference is None:
            self.reference.set_visible(False)
            self.reference_label.set_visible(False)
        else:
            label, level = reference
            self.reference.set_ydata([level, level])
            self.reference.set_visible(True)
            self.reference_label.set_position((0.01, level))
            self.reference_label.set_text(f"{label}: {_amount(level)} million USD")
            self.reference_label.set_visible(True)
        first, last = sorted(years)
        for vline, label in zip(self.vlines, self.labels):
            x = vline.get_xdata()[0]
            visible = show_milestones and first <= x <= last + 1
            vline.set_visible(visible)
            label.set_visible(visible)
        self.ax.set_xlim(first - 0.5, last + 0.5)
        top = float(shown[measure].max()) if not shown.empty else 1.0
        if reference is not None:
            top = max(top, reference[1])
        self.ax.set_ylim(0, top * 1.25)
        self.title.set_text(f"{MEASURES[measure]}, Russia–DPRK (one point per source and year)")


def draw_debt_path(fig: Figure, timeline: pd.DataFrame) -> None:
    """One row per step (earliest at the top), placed by date; shape and colour say who acted."""
    steps = path_steps(timeline)
    ax = fig.add_subplot()
    n = len(steps)
    ys = np.arange(n)[::-1]
    middle = pd.Timestamp("2013-01-01")
    for y, r in zip(ys, steps.itertuples()):
        bilateral = r.bilateral
        ax.scatter([r.date], [y], s=80 if bilateral else 55, marker="o" if bilateral else "s",
                   color=OKABE_ITO["vermillion"] if bilateral else OKABE_ITO["blue"], edgecolor="black",
                   linewidth=0.6, zorder=3)
        label = _SHORT_STEP.get(r.step_id, r.step_id)
        when = r.date.strftime("%b %Y") if r.date_precision == "month" else r.date.strftime("%d %b %Y")
        right = r.date < middle
        ax.text(r.date + pd.Timedelta(days=25 if right else -25), y, f"{label} ({when})",
                ha="left" if right else "right", va="center", fontsize=9)
    ax.axvspan(pd.Timestamp("2014-01-01"), pd.Timestamp("2014-06-30"), color=OKABE_ITO["sky_blue"], alpha=0.15,
               zorder=0)
    ax.text(pd.Timestamp("2014-03-31"), n - 0.4, "Russian ratification", ha="center", va="bottom", fontsize=8,
            style="italic")
    ax.scatter([], [], s=80, marker="o", color=OKABE_ITO["vermillion"], edgecolor="black",
               label="Russia and the DPRK together")
    ax.scatter([], [], s=55, marker="s", color=OKABE_ITO["blue"], edgecolor="black", label="Russian side only")
    ax.set_ylim(-0.8, n + 0.3)
    ax.set_yticks([])
    ax.grid(axis="y", visible=False)
    ax.spines["left"].set_visible(False)
    ax.set_xlim(pd.Timestamp("2011-06-01"), pd.Timestamp("2014-08-01"))
    ax.legend(loc="lower left", frameon=False, fontsize=8)
    ax.set_title("From summit to law: the debt settlement, 2011–2014", loc="left")
    fixed_layout(fig, ax, left=0.1, right=0.1, bottom=0.35)


def draw_value_comparison(fig: Figure, terms: pd.DataFrame, exchange: pd.DataFrame,
                          discount_rate_percent: float = 5.0) -> None:
    bars = value_comparison(terms, exchange, discount_rate_percent)
    ax = fig.add_subplot()
    y = np.arange(len(bars))[::-1]
    for yi, r in zip(y, bars.itertuples()):
        computed = r.kind == "computed"
        ax.barh(yi, r.usd / 1e9, color=OKABE_ITO["sky_blue"] if computed else OKABE_ITO["blue"],
                hatch="//" if computed else None, edgecolor="black", linewidth=0.6)
        ax.text(r.usd / 1e9 + 0.15, yi, f"{r.usd / 1e9:.2f} bn", va="center", fontsize=9)
    ax.set_yticks(y, bars["label"])
    ax.set_xlabel("billion USD")
    ax.set_xlim(0, bars["usd"].max() / 1e9 * 1.18)
    ax.grid(axis="y", visible=False)
    ax.legend(handles=[Patch(facecolor=OKABE_ITO["blue"], edgecolor="black", label="figure from a source"),
                       Patch(facecolor=OKABE_ITO["sky_blue"], hatch="//", edgecolor="black",
                             label="computed in this lesson")], loc="lower right", frameon=False, fontsize=8)
    ax.set_title("Eleven billion 'Soviet dollars': face value and what it was worth", loc="left")
    fixed_layout(fig, ax)


def draw_writeoffs(fig: Figure, writeoffs: pd.DataFrame) -> None:
    rows = writeoff_bars(writeoffs)
    ax = fig.add_subplot()
    y = np.arange(len(rows))
    debt = rows["debt_usd"].fillna(0) / 1e9
    off = rows["amount_written_off_usd"].fillna(0) / 1e9
    ax.barh(y + 0.2, debt, height=0.38, color=OKABE_ITO["grey"], hatch="..", edgecolor="black", linewidth=0.5,
            label="Debt covered (where a source gives it)")
    colours = [OKABE_ITO["vermillion"] if c.startswith("North Korea") else OKABE_ITO["blue"] for c in rows["country"]]
    ax.barh(y - 0.2, off, height=0.38, color=colours, edgecolor="black", linewidth=0.5,
            label="Written off (where a source gives it)")
    for yi, r in zip(y, rows.itertuples()):
        share = "share n/a" if pd.isna(r.share_written_off_percent) else f"{r.share_written_off_percent:g} %"
        ax.text(max(r.size / 1e9, 0) + 0.4, yi, share, va="center", fontsize=8)
    ax.set_yticks(y, rows["label"])
    ax.set_xlabel("billion USD")
    ax.set_xlim(0, rows["size"].max() / 1e9 * 1.15)
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right", frameon=False, fontsize=8)
    ax.set_title("Debts Russia wrote off (North Korea in red; share written off at the right)", loc="left")
    fixed_layout(fig, ax)

"""Lesson 1 figures: ``draw_*`` functions for the static figures, and the explorers' timelines
(artists built once per figure, then updated).
"""
from __future__ import annotations

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ...data import PARTY_NAMES
from ...plotting import OKABE_ITO, pin_text_positions
from ...widgets import persistent
from .data import votes_by_year
from .style import PARTY_ORDER, PROCESS_ROWS, RANK_STYLES, SANCTION_ROWS


def draw_days_per_year(fig: Figure, per_year: pd.Series) -> None:
    ax = fig.add_subplot()
    years = [int(y) for y in per_year.index]
    bars = ax.bar(years, per_year.values, color=OKABE_ITO["orange"], edgecolor="black", hatch="//")
    ax.bar_label(bars, [str(int(v)) for v in per_year.values], padding=2)
    ax.set_xticks(range(min(years), max(years) + 1))
    ax.set_ylabel("Days in meetings")
    ax.set_title("Days at the table per year (all six-party meetings)", loc="left")
    ax.set_ylim(0, per_year.max() * 1.2)


class _ProcessPlot:
    """Timeline of meetings, agreements and context events; artists built once, then updated."""

    def __init__(self, fig: Figure):
        if fig.get_layout_engine() is None:
            fig.subplots_adjust(left=0.24, right=0.98, bottom=0.16, top=0.88)
        self.ax = ax = fig.add_subplot()
        self.points = {}
        for row_no, (kind, style) in enumerate(PROCESS_ROWS.items()):
            self.points[kind] = ax.scatter([], [], s=70 if kind == "agreement" else 42, marker=style["marker"],
                                           color=style["color"], edgecolor="black", linewidth=0.5, zorder=3)
        self.ring = ax.scatter([], [], s=300, facecolor="none", edgecolor="black", linewidth=2.0, zorder=4)
        self.line = ax.axvline(mdates.date2num(pd.Timestamp("2003-08-27")), color="black", linestyle="--",
                               linewidth=1.0, zorder=1, visible=False)
        self.title = ax.set_title("", loc="left")
        ax.set_yticks(range(len(PROCESS_ROWS)), [s["label"] for s in PROCESS_ROWS.values()])
        ax.set_ylim(-0.7, len(PROCESS_ROWS) - 0.3)
        ax.grid(axis="y", visible=False)
        ax.xaxis_date()
        ax.set_xlabel("Year")

    def update(self, events: pd.DataFrame, highlight: str | None = None, title: str = "") -> None:
        for row_no, kind in enumerate(PROCESS_ROWS):
            rows = events[events["kind"] == kind]
            xs = mdates.date2num(rows["date"]) if not rows.empty else np.array([])
            self.points[kind].set_offsets(np.column_stack([xs, np.full(len(xs), row_no)]) if len(xs)
                                          else np.empty((0, 2)))
        target = events[(events["kind"] == "session") & (events["session_id"] == highlight)]
        if highlight and not target.empty:
            x = mdates.date2num(target["date"].iloc[0])
            self.ring.set_offsets([[x, list(PROCESS_ROWS).index("session")]])
            self.line.set_xdata([x, x])
            self.line.set_visible(True)
        else:
            self.ring.set_offsets(np.empty((0, 2)))
            self.line.set_visible(False)
        self.title.set_text(title)
        self.ax.set_xlim(mdates.date2num(pd.Timestamp("2002-12-01")), mdates.date2num(pd.Timestamp("2009-06-30")))


def draw_process(fig: Figure, events: pd.DataFrame, highlight: str | None = None, title: str = "") -> _ProcessPlot:
    plot = persistent(fig, "lesson01:process", _ProcessPlot)
    plot.update(events, highlight, title)
    return plot


def draw_lags(fig: Figure, lags: pd.DataFrame) -> None:
    done = lags.dropna(subset=["days"])
    ax = fig.add_subplot()
    labels = [f"{r['test_date']:%d %b %Y}\n→ {r['document'].split(' ')[0].replace('S/RES/', 'res. ')}"
              for _, r in done.iterrows()]
    bars = ax.barh(range(len(done)), done["days"].astype(float), color=OKABE_ITO["reddish_purple"],
                   edgecolor="black", hatch="..")
    ax.bar_label(bars, [f"{int(d)} days" for d in done["days"]], padding=3)
    ax.set_yticks(range(len(done)), labels)
    ax.invert_yaxis()
    ax.set_xlabel("Days from the test to the resolution")
    ax.set_xlim(0, float(done["days"].max()) * 1.25)
    ax.set_title("How long the Council took to answer each nuclear test", loc="left")


def draw_votes_by_year(fig: Figure, votes: pd.DataFrame) -> None:
    table = votes_by_year(votes)
    ax = fig.add_subplot()
    styles = {"sanctions resolution": (OKABE_ITO["blue"], ""), "panel renewal": (OKABE_ITO["sky_blue"], "//"),
              "vetoed draft": (OKABE_ITO["black"], "xx")}
    bottom = np.zeros(len(table))
    for col, (color, hatch) in styles.items():
        ax.bar(table.index, table[col], bottom=bottom, color=color, hatch=hatch, edgecolor="white" if col == "vetoed draft" else "black",
               label=col.capitalize() + "s")
        bottom += table[col].to_numpy()
    ax.set_xticks(list(table.index), [str(y) if y % 2 == 0 else "" for y in table.index])
    ax.set_ylabel("Votes")
    ax.set_yticks(range(0, int(bottom.max()) + 1))
    ax.set_ylim(0, bottom.max() + 1.2)
    ax.legend(loc="upper left", frameon=False)
    ax.set_title("Security Council votes on the DPRK per year", loc="left")


class _SanctionsPlot:
    def __init__(self, fig: Figure):
        if fig.get_layout_engine() is None:
            fig.subplots_adjust(left=0.26, right=0.98, bottom=0.16, top=0.9)
        self.ax = ax = fig.add_subplot()
        self.points = {}
        for row_no, (kind, style) in enumerate(SANCTION_ROWS.items()):
            self.points[kind] = ax.scatter([], [], s=60 if kind == "vote_no" else 44, marker=style["marker"],
                                           color=style["color"], edgecolor="black", linewidth=0.5, zorder=3)
        ax.set_yticks(range(len(SANCTION_ROWS)), [s["label"] for s in SANCTION_ROWS.values()])
        ax.set_ylim(-0.7, len(SANCTION_ROWS) - 0.3)
        ax.grid(axis="y", visible=False)
        ax.xaxis_date()
        ax.set_xlabel("Year")
        ax.set_title("DPRK tests and launches, and how Russia voted in the Security Council", loc="left")

    def update(self, shown: pd.DataFrame, years: tuple[int, int]) -> None:
        for row_no, kind in enumerate(SANCTION_ROWS):
            rows = shown[shown["kind"] == kind]
            xs = mdates.date2num(rows["date"]) if not rows.empty else np.array([])
            self.points[kind].set_offsets(np.column_stack([xs, np.full(len(xs), row_no)]) if len(xs)
                                          else np.empty((0, 2)))
        first, last = sorted(int(y) for y in years)
        self.ax.set_xlim(mdates.date2num(pd.Timestamp(year=first, month=1, day=1)) - 45,
                         mdates.date2num(pd.Timestamp(year=last, month=12, day=31)) + 45)


def draw_sanctions(fig: Figure, shown: pd.DataFrame, years: tuple[int, int]) -> _SanctionsPlot:
    plot = persistent(fig, "lesson01:sanctions", _SanctionsPlot)
    plot.update(shown, years)
    return plot


class _DelegationsPlot:
    """Who led each delegation at each meeting: built once per figure; a change of meeting only
    moves the grey band and retitles the chart (the rank key is in words under the explorer)."""

    def __init__(self, fig: Figure, heads: pd.DataFrame, legend: bool):
        if fig.get_layout_engine() is None:
            fig.subplots_adjust(left=0.15, right=0.80 if legend else 0.98, bottom=0.2, top=0.88)
        self.ax = ax = fig.add_subplot()
        meetings = heads.drop_duplicates("meeting").sort_values("meeting")
        parties = [p for p in PARTY_ORDER if p in set(heads["party"])]
        self.meeting_of = dict(zip(heads["session_id"], heads["meeting"]))
        for rank, style in RANK_STYLES.items():
            rows = heads[heads["rank"] == rank]
            ys = [len(parties) - 1 - parties.index(p) for p in rows["party"]]
            ax.scatter(rows["meeting"], ys, marker=style["marker"], s=70, color=style["color"], edgecolor="black",
                       linewidth=0.7, zorder=3, label=rank.capitalize())
        # Russia's heads are named where a new one appears (the table under the chart names every
        # party's head at the chosen meeting): each text costs the redraw about a millisecond
        y = len(parties) - 1 - parties.index("RUS")
        own = heads[heads["party"] == "RUS"].sort_values("meeting")
        named = own[own["new_head"] | (own["meeting"] == own["meeting"].min())]
        for i, (_, r) in enumerate(named.iterrows()):
            ax.annotate(r["head"].split(" ")[-1], (r["meeting"], y), xytext=(0, 7 if i % 2 == 0 else -13),
                        textcoords="offset points", ha="center", fontsize=7.5)
        self.band = ax.axvspan(0.55, 1.45, color="0.85", zorder=0, visible=False)
        ax.set_yticks(range(len(parties)), [PARTY_NAMES[p] for p in reversed(parties)])
        ax.set_ylim(-0.7, len(parties) - 0.3)
        # one tick label per year, at its first meeting
        firsts = meetings[~meetings["start_date"].dt.year.duplicated()]
        ax.set_xticks(list(meetings["meeting"]), minor=True)
        ax.set_xticks(list(firsts["meeting"]), [f"{m:%Y}" for m in firsts["start_date"]], fontsize=8)
        ax.set_xlim(0.4, len(meetings) + 0.6)
        ax.grid(axis="y", visible=False)
        if legend:
            ax.legend(title="Rank of the head", loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False,
                      fontsize=8, title_fontsize=8)
        pin_text_positions(ax)
        self.title = ax.set_title("", loc="left", y=1.0)

    def update(self, highlight: str | None, title: str) -> None:
        x = self.meeting_of.get(highlight)
        self.band.set_visible(x is not None)
        if x is not None:
            self.band.set_x(int(x) - 0.45)
            self.band.set_width(0.9)
        self.title.set_text(title or "Heads of delegation at the six-party meetings")


def draw_delegations(fig: Figure, heads: pd.DataFrame, highlight: str | None = None, title: str = "",
                     legend: bool = True) -> None:
    """Who led each delegation at each meeting: one row per party, the marker gives the rank, Russia's
    heads named where a new one appears; a grey band marks the chosen meeting. The explorer calls it on its
    one figure with ``legend=False`` (the key is in words under it), and only the band and title change."""
    plot = persistent(fig, "delegations", lambda f: _DelegationsPlot(f, heads, legend))
    plot.update(highlight, title)



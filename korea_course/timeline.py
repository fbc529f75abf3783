"""Timelines of dated events: filtering, drawing and describing (pure functions), and the
timeline explorer built on them. Works for any table with a date, a category and a title
column, such as ``events.csv``.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Sequence

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from .data import date_text, split_multi
from .formatting import join_words
from .plotting import style_for
from .widgets import Explorer, View, _actor_names, dropdown, multi_picker, persistent, year_range_slider

ALL = "all"


def filter_events(events: pd.DataFrame, years: tuple[int, int] | None = None,
                  categories: Iterable[str] | None = None, actor: str | None = None,
                  *, date_col: str = "date", category_col: str = "category", actors_col: str = "actors") -> pd.DataFrame:
    """Rows within ``years`` (inclusive), of the given categories, involving ``actor`` (or all)."""
    mask = pd.Series(True, index=events.index)
    if years is not None:
        first, last = sorted(int(y) for y in years)
        year = events[date_col].dt.year
        mask &= (year >= first) & (year <= last)
    if categories is not None:
        mask &= events[category_col].isin(list(categories))
    if actor and actor != ALL and actors_col in events:
        mask &= events[actors_col].map(lambda cell: actor in split_multi(cell))
    return events[mask].sort_values(date_col)


class TimelinePlot:
    """A timeline whose artists are built once and then updated (fast redraws).

    One row per category; each event a marker whose shape and colour both encode the
    category; highlighted events get a black ring.
    """

    def __init__(self, fig: Figure, categories: Sequence[str], *, title: str = ""):
        self.categories = list(categories) or ["(none)"]
        self.styles = style_for(self.categories)
        longest = max(len(self.styles[c]["label"]) for c in self.categories)
        fig.subplots_adjust(left=min(0.08 + 0.0115 * longest, 0.4), right=0.98, bottom=0.15, top=0.9)
        self.ax = ax = fig.add_subplot()
        self.points = {}
        for row_no, cat in enumerate(self.categories):
            style = self.styles[cat]
            self.points[cat] = ax.scatter([], [], s=46, marker=style["marker"], color=style["color"],
                                          edgecolor="black", linewidth=0.5, zorder=3, label=style["label"])
        self.rings = ax.scatter([], [], s=220, marker="o", facecolor="none", edgecolor="black",
                                linewidth=1.6, zorder=4)
        ax.set_yticks(range(len(self.categories)), [self.styles[c]["label"] for c in self.categories])
        ax.set_ylim(-0.7, len(self.categories) - 0.3)
        ax.grid(axis="y", visible=False)
        ax.xaxis_date()
        ax.set_xlabel("Year")
        if title:
            ax.set_title(title, loc="left")

    def update(self, events: pd.DataFrame, *, date_col: str = "date", category_col: str = "category",
               highlight: Iterable | None = None, year_range: tuple[int, int] | None = None) -> None:
        highlight = set(highlight or ())
        rings = []
        for row_no, cat in enumerate(self.categories):
            rows = events[events[category_col] == cat]
            xs = mdates.date2num(rows[date_col]) if not rows.empty else []
            self.points[cat].set_offsets(np.column_stack([xs, np.full(len(xs), row_no)]) if len(xs) else
                                         np.empty((0, 2)))
            marked = rows.index.isin(highlight)
            rings += [(x, row_no) for x, m in zip(xs, marked) if m]
        self.rings.set_offsets(np.array(rings) if rings else np.empty((0, 2)))
        if year_range is None and not events.empty:
            years = events[date_col].dt.year
            year_range = (int(years.min()), int(years.max()))
        if year_range:
            self.ax.set_xlim(mdates.date2num(pd.Timestamp(year=int(year_range[0]), month=1, day=1)) - 60,
                             mdates.date2num(pd.Timestamp(year=int(year_range[1]), month=12, day=31)) + 60)


def draw_timeline(fig: Figure, events: pd.DataFrame, categories: Sequence[str], *, date_col: str = "date",
                  category_col: str = "category", title: str = "", highlight: Iterable | None = None,
                  year_range: tuple[int, int] | None = None) -> TimelinePlot:
    """Draw (or, on a figure drawn before with the same categories, update) a timeline."""
    plot = persistent(fig, "timeline:" + "|".join(categories), lambda f: TimelinePlot(f, categories, title=title))
    plot.update(events, date_col=date_col, category_col=category_col, highlight=highlight, year_range=year_range)
    return plot


def describe_events(events: pd.DataFrame, *, date_col: str = "date", category_col: str = "category",
                    title_col: str = "title", what: str = "events", max_named: int = 3) -> str:
    """A text alternative: how many events, when, of which kinds, and the first and last."""
    if events.empty:
        return f"No {what} match the current choices."
    counts = Counter(events[category_col])
    styles = style_for(counts)
    kinds = join_words([f"{n} {styles[c].get('in_sentence', styles[c]['label'])}" for c, n in counts.most_common()])
    years = events[date_col].dt.year
    span = f"{years.min()}" if years.min() == years.max() else f"{years.min()} to {years.max()}"
    ordered = events.sort_values(date_col)
    first, last = ordered.iloc[0], ordered.iloc[-1]
    text = (f"{len(events)} {what} from {span}: {kinds}. "
            f"The first is {first[title_col]} ({first[date_col]:%d %B %Y})")
    if len(events) > 1:
        text += f"; the last is {last[title_col]} ({last[date_col]:%d %B %Y})"
    busiest = years.value_counts()
    if len(events) >= 5:
        top = busiest.sort_index().idxmax() if busiest.max() > 1 else None
        if top is not None:
            text += f". The busiest year shown is {top} with {busiest.max()} {what}"
    return text + "."


def timeline_view(events: pd.DataFrame, years: tuple[int, int], categories: Sequence[str], actor: str = ALL,
                  *, table_columns: Sequence[str] = ("date", "title", "category", "actors")) -> View:
    """The pure model behind the timeline explorer."""
    categories = list(categories)
    shown = filter_events(events, years, categories, actor)
    table = shown[[c for c in table_columns if c in shown.columns]].copy()
    if "date" in table:  # at the precision the source gives ("2014-05", not "2014-05-01")
        precision = shown["date_precision"] if "date_precision" in shown else ["day"] * len(shown)
        table["date"] = [date_text(d, p) for d, p in zip(shown["date"], precision)]
    who = "" if actor in (None, ALL) else f" involving {_actor_names().get(actor, actor)}"
    description = describe_events(shown)
    summary = f"<strong>{len(shown)}</strong> of {len(events)} events{who}, {years[0]}–{years[1]}."
    return View(description=description, table=table, summary=summary,
                draw=lambda fig: draw_timeline(fig, shown, _category_order(events), year_range=years),
                extra={"count": len(shown)})


def _category_order(events: pd.DataFrame) -> list[str]:
    from .plotting import EVENT_CATEGORIES

    present = list(dict.fromkeys(events["category"]))
    return [c for c in EVENT_CATEGORIES if c in present] + [c for c in present if c not in EVENT_CATEGORIES]


def timeline_explorer(events: pd.DataFrame | None = None, actors: Sequence[str] | None = None) -> Explorer:
    """Year range, category and actor filters over ``events.csv``: figure, description, table."""
    from .data import load_table
    from .plotting import EVENT_CATEGORIES

    events = load_table("events") if events is None else events
    first, last = int(events["date"].dt.year.min()), int(events["date"].dt.year.max())
    order = _category_order(events)
    labels = {c: EVENT_CATEGORIES.get(c, {"label": c})["label"] for c in order}
    if actors is None:
        counts = Counter(a for cell in events["actors"] for a in split_multi(cell))
        actors = [a for a, _ in counts.most_common()]
    names = _actor_names()
    actor_options = {ALL: "All actors", **{a: names.get(a, a) for a in actors}}  # names, not codes
    controls = {
        "years": year_range_slider(first, last, description="Years"),
        "categories": multi_picker(labels, "Kinds of event"),
        "actor": dropdown(actor_options, "Involving"),
    }
    return Explorer("Timeline explorer: Russia and the two Koreas", controls,
                    lambda years, categories, actor: timeline_view(events, years, categories, actor),
                    clear_figure=False, intro="Drag the year range, pick kinds of event (Ctrl/Cmd-click for several) and an actor.")


__all__ = ["filter_events", "TimelinePlot", "draw_timeline", "describe_events", "timeline_view", "timeline_explorer", "ALL"]

"""Lesson 0 — orientation: the overview timeline figure, the "balance" explorer (Russia's
dealings with each Korea, year by year), the stakes explorer over ``actors.csv`` and the map
of the lessons to come.

Everything here is a pure function (tables in, numbers / ``View`` / text out) except the
thin ``*_explorer`` wrappers, so tests and notebooks use the same code.
"""
from __future__ import annotations

import html
from collections import Counter
from typing import Iterable, Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..data import cite, load_table, split_multi
from ..plotting import EVENT_CATEGORIES, OKABE_ITO, join_words, new_figure
from ..timeline import draw_timeline
from ..widgets import Explorer, View, dropdown, multi_picker, persistent, year_range_slider

SIX_PARTIES = ("RUS", "DPRK", "ROK", "USA", "CHN", "JPN")
KOREAS = {"DPRK": "North Korea (DPRK)", "ROK": "South Korea (ROK)"}
ACTOR_KINDS = {"six": "The six parties", "state": "All states", "organisation": "Organisations",
               "person": "People", "all": "Everyone"}


IN_SENTENCE = {  # the plain labels of EVENT_CATEGORIES as they read inside a sentence
    "summit": "summits and visits", "six_party_talks": "Six-Party Talks", "nuclear_missile": "DPRK tests",
    "un_sanctions": "UN Security Council actions", "economic": "economic ties",
    "treaty_military": "treaties and military moves", "ukraine_crisis": "Ukraine crisis events",
}


def kind_label(category: str) -> str:
    """The label of a kind of event for use inside a sentence."""
    if category in IN_SENTENCE:
        return IN_SENTENCE[category]
    return EVENT_CATEGORIES.get(category, {"label": str(category).replace("_", " ")})["label"].lower()


def _category_order(events: pd.DataFrame) -> list[str]:
    """Kinds of event in the course's fixed order, then any others in order of appearance."""
    present = list(dict.fromkeys(events["category"]))
    return [c for c in EVENT_CATEGORIES if c in present] + [c for c in present if c not in EVENT_CATEGORIES]


# ------------------------------------------------------------------------------ overview figure
def overview_figure(events: pd.DataFrame) -> tuple[Figure, str]:
    """The whole timeline on one figure, one row per kind of event, and its text description."""
    fig = new_figure(9.5, 3.9, dpi=100, layout=None)
    years = events["date"].dt.year
    draw_timeline(fig, events, _category_order(events), year_range=(int(years.min()), int(years.max())),
                  title="Russia and the two Koreas: key events, 2000–2024")
    return fig, describe_overview(events)


def describe_overview(events: pd.DataFrame) -> str:
    """Text alternative of the overview figure: totals, the mix of kinds, and where events cluster."""
    years = events["date"].dt.year
    counts = Counter(events["category"])
    ordered = events.sort_values("date")
    first, last = ordered.iloc[0], ordered.iloc[-1]
    busiest = years.value_counts().sort_index()
    base = (f"{len(events)} events from {years.min()} to {years.max()}: "
            + join_words([f"{n} {kind_label(c)}" for c, n in counts.most_common()])
            + f". Each kind has its own row, colour and marker. The first event is \"{first['title']}\" "
            f"({first['date']:%d %B %Y}) and the last is \"{last['title']}\" ({last['date']:%d %B %Y}). "
            f"The busiest year is {busiest.idxmax()} with {busiest.max()} events.")
    parts = []
    for label, (first, last) in {"2000–2008": (2000, 2008), "2009–2013": (2009, 2013),
                                 "2014–2021": (2014, 2021), "2022–2024": (2022, 2024)}.items():
        chunk = events[(years >= first) & (years <= last)]
        if chunk.empty:
            continue
        top, n = Counter(chunk["category"]).most_common(1)[0]
        parts.append(f"{label}: {len(chunk)} events, most often {kind_label(top)} ({n})")
    return base + " By period — " + "; ".join(parts) + "."


# ------------------------------------------------------------------------------ balance explorer
def involves(events: pd.DataFrame, *codes: str) -> pd.Series:
    """Boolean mask: rows whose ``actors`` cell lists every one of ``codes``."""
    wanted = set(codes)
    return events["actors"].map(lambda cell: wanted <= set(split_multi(cell))).astype(bool)


def contacts_by_year(events: pd.DataFrame, years: tuple[int, int], categories: Iterable[str]) -> pd.DataFrame:
    """Per year, how many events of the chosen kinds list Russia together with each Korea.

    An event that lists Russia and both Koreas counts on both sides (for example a Russian
    pipeline plan meant to cross the North to reach the South).
    """
    first, last = sorted(int(y) for y in years)
    cats = list(categories)
    year = events["date"].dt.year
    chosen = events[(year >= first) & (year <= last) & events["category"].isin(cats)]
    index = pd.RangeIndex(first, last + 1, name="year")
    table = pd.DataFrame(index=index)
    for code in KOREAS:
        rows = chosen[involves(chosen, "RUS", code)]
        table[code] = rows["date"].dt.year.value_counts().reindex(index, fill_value=0).astype(int)
    return table


def describe_contacts(table: pd.DataFrame, categories: Sequence[str]) -> str:
    """Text alternative of the balance chart."""
    first, last = int(table.index.min()), int(table.index.max())
    span = f"{first}" if first == last else f"{first} to {last}"
    kinds = join_words([kind_label(c) for c in categories]) or "no kinds"
    n_north, n_south = int(table["DPRK"].sum()), int(table["ROK"].sum())
    if n_north + n_south == 0:
        return f"From {span} the timeline has no events of the chosen kinds ({kinds}) that involve Russia and a Korea."
    text = (f"From {span}, counting {kinds}: {n_north} events involve Russia and North Korea "
            f"and {n_south} involve Russia and South Korea.")
    both = [str(y) for y in table.index if table.at[y, "DPRK"] and table.at[y, "ROK"]]
    only_n = [str(y) for y in table.index if table.at[y, "DPRK"] and not table.at[y, "ROK"]]
    only_s = [str(y) for y in table.index if table.at[y, "ROK"] and not table.at[y, "DPRK"]]
    if both:
        text += f" Years with events on both sides: {join_words(both)}."
    if only_n:
        text += f" Only with the North: {join_words(only_n)}."
    if only_s:
        text += f" Only with the South: {join_words(only_s)}."
    return text


# The balance chart's key, in words: the explorer puts it in the HTML under the controls rather
# than in a legend (a legend is laid out and drawn again on every change, about 7 ms of each redraw).
# The hatching stays in the figure and its title names it, so colour is never the only cue.
BALANCE_KEY = ("Key: solid blue bars (left of each pair) = events with North Korea; "
               "orange bars hatched with diagonal lines (right of each pair) = events with South Korea.")


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


def balance_view(events: pd.DataFrame, years: tuple[int, int], categories: Sequence[str]) -> View:
    """The pure model behind the balance explorer."""
    categories = list(categories)
    table = contacts_by_year(events, years, categories)
    first, last = int(table.index.min()), int(table.index.max())
    year = events["date"].dt.year
    shown = events[(year >= first) & (year <= last) & events["category"].isin(categories)
                   & (involves(events, "RUS", "DPRK") | involves(events, "RUS", "ROK"))].sort_values("date")
    listing = shown[["date", "title", "category", "actors"]].copy()
    listing["date"] = listing["date"].dt.strftime("%Y-%m-%d")
    listing["with"] = [join_words([k for k in KOREAS if k in split_multi(a)]) for a in shown["actors"]]
    n_north, n_south = int(table["DPRK"].sum()), int(table["ROK"].sum())
    summary = (f"<strong>{n_north}</strong> events with the North, <strong>{n_south}</strong> with the South, "
               f"{first}–{last}.<br><span class='course-key'>{html.escape(BALANCE_KEY)}</span>")
    return View(description=describe_contacts(table, categories), table=listing, summary=summary,
                draw=lambda fig: persistent(fig, "balance", _BalancePlot).update(table),
                extra={"north": n_north, "south": n_south, "table": table})


def balance_explorer(events: pd.DataFrame | None = None) -> Explorer:
    """Year range and kinds of event → bars of events involving Russia with each Korea."""
    events = load_table("events") if events is None else events
    first, last = int(events["date"].dt.year.min()), int(events["date"].dt.year.max())
    order = [c for c in _category_order(events) if c not in ("nuclear_missile",)]
    labels = {c: EVENT_CATEGORIES.get(c, {"label": c})["label"] for c in order}
    default = [c for c in ("summit", "economic", "treaty_military") if c in labels]
    controls = {
        "years": year_range_slider(first, last, description="Years"),
        "categories": multi_picker(labels, "Kinds of event", value=default),
    }
    return Explorer("Balance explorer: Russia's dealings with each Korea", controls,
                    lambda years, categories: balance_view(events, years, categories), clear_figure=False,
                    intro="Counts events in the timeline that list Russia together with North or South Korea. "
                          "Pick the years and the kinds of event (Ctrl/Cmd-click for several).")


# ------------------------------------------------------------------------------ stakes explorer
def with_citations(actors: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``actors`` with a ``sources`` column: each row's short citation, computed once
    (the stakes explorer then only filters rows on each change instead of citing them again)."""
    out = actors.copy()
    out["sources"] = [cite(s) for s in actors["source_ids"]]
    return out


def stakes_table(actors: pd.DataFrame, kind: str = "six") -> pd.DataFrame:
    """Actors of one kind with their role, stake and (short) sources, in the table's order.

    Uses the ``sources`` column when ``actors`` has one (see ``with_citations``), else cites
    each row's ``source_ids``.
    """
    if kind == "six":
        rows = actors[actors["actor_id"].isin(SIX_PARTIES)]
        rows = rows.set_index("actor_id").loc[[p for p in SIX_PARTIES if p in set(rows["actor_id"])]].reset_index()
    elif kind == "all":
        rows = actors
    elif kind in ("state", "organisation", "person"):
        rows = actors[actors["kind"] == kind]
    else:
        raise ValueError(f"unknown kind of actor {kind!r}; choose one of {', '.join(ACTOR_KINDS)}")
    out = rows[["actor_id", "name", "role_in_course", "stake"]].copy()
    if "sources" in rows.columns:
        out["sources"] = rows["sources"].tolist()
    else:
        out["sources"] = [cite(s) for s in rows["source_ids"]]
    return out.reset_index(drop=True)


def describe_stakes(table: pd.DataFrame, kind: str) -> str:
    if table.empty:
        return f"No actors of this kind ({ACTOR_KINDS.get(kind, kind)})."
    return f"{ACTOR_KINDS.get(kind, kind)}: {len(table)} rows — {join_words(list(table['name']))}."


def stakes_view(actors: pd.DataFrame, kind: str) -> View:
    table = stakes_table(actors, kind)
    return View(description=describe_stakes(table, kind), table=table,
                summary=f"<strong>{len(table)}</strong> {ACTOR_KINDS.get(kind, kind).lower()}",
                extra={"count": len(table)})


def stakes_explorer(actors: pd.DataFrame | None = None) -> Explorer:
    """Pick a group of actors → their role in the course, what they wanted, and the sources."""
    actors = with_citations(load_table("actors") if actors is None else actors)  # cite once, filter per change
    controls = {"kind": dropdown(ACTOR_KINDS, "Show")}
    return Explorer("Stakes explorer: who wanted what", controls, lambda kind: stakes_view(actors, kind),
                    with_figure=False, max_rows=30,
                    intro="Choose a group; each row says what that party wanted, with the sources behind it.")


# ------------------------------------------------------------------------------ names and aliases
def aliases_of(actors: pd.DataFrame, actor_id: str) -> list[str]:
    """The name and every alias of one actor (as listed in actors.csv)."""
    row = actors.loc[actors["actor_id"] == actor_id]
    if row.empty:
        raise KeyError(f"actors.csv has no actor {actor_id!r}")
    row = row.iloc[0]
    return list(dict.fromkeys([row["name"], *split_multi(row["aliases"])]))


# ------------------------------------------------------------------------------ map of the lessons
LESSONS = [
    ("Lesson 1", "The Six-Party Talks and the sanctions votes",
     "How did Russia win a seat at the table in 2003, and how did it vote on the DPRK at the UN?",
     ("six_party_talks", "un_sanctions", "nuclear_missile")),
    ("Lesson 2", "The debt settlement",
     "What did Moscow gain by writing off most of the DPRK's Soviet-era debt?",
     ("economic",)),
    ("Lesson 3", "The Nine Bridges",
     "What did Moon's Nine Bridges offer Russia, and what became of them?",
     ("economic", "summit")),
    ("Lesson 4", "Russia's balancing act",
     "Does the evidence, and what happened after 2018, support the CGTN commentary?",
     ("treaty_military", "ukraine_crisis", "summit")),
]


def lesson_map(events: pd.DataFrame) -> pd.DataFrame:
    """The four lessons to come, their guiding question, and how many timeline events they draw on."""
    rows = []
    for number, title, question, cats in LESSONS:
        labels = join_words([kind_label(c) for c in cats])
        rows.append({"lesson": number, "title": title, "guiding question": question,
                     "kinds of event": labels, "events in the timeline": int(events["category"].isin(cats).sum())})
    return pd.DataFrame(rows)


__all__ = ["SIX_PARTIES", "KOREAS", "ACTOR_KINDS", "overview_figure", "describe_overview", "involves",
           "contacts_by_year", "describe_contacts", "balance_view", "balance_explorer", "stakes_table",
           "with_citations", "BALANCE_KEY",
           "describe_stakes", "stakes_view", "stakes_explorer", "aliases_of", "LESSONS", "lesson_map", "kind_label"]

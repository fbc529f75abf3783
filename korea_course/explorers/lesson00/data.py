"""Lesson 0 data shaping: events that list Russia with each Korea, the background of 1990-2002,
the actors' table, aliases.
"""
from __future__ import annotations

from typing import Iterable

import pandas as pd

from ...data import cite, split_multi
from ...plotting import EVENT_CATEGORIES


SIX_PARTIES = ("RUS", "DPRK", "ROK", "USA", "CHN", "JPN")
KOREAS = {"DPRK": "North Korea (DPRK)", "ROK": "South Korea (ROK)"}
RUSSIA = ("RUS", "USSR")  # the Soviet Union stands for Russia before 1992
ACTOR_KINDS = {"six": "The six parties", "state": "All states", "organisation": "Organisations",
               "person": "People", "all": "Everyone"}
BACKGROUND_YEARS = (1990, 2002)
# The lanes of the background figure, top to bottom: who was at the table, event by event.
LANES = {"south": "Russia and South Korea", "north": "Russia and North Korea", "both": "Russia and both Koreas",
         "without": "Korean talks without Russia"}


def _category_order(events: pd.DataFrame) -> list[str]:
    """Kinds of event in the course's fixed order, then any others in order of appearance."""
    present = list(dict.fromkeys(events["category"]))
    return [c for c in EVENT_CATEGORIES if c in present] + [c for c in present if c not in EVENT_CATEGORIES]


def involves(events: pd.DataFrame, *codes: str) -> pd.Series:
    """Boolean mask: rows whose ``actors`` cell lists every one of ``codes``."""
    wanted = set(codes)
    return events["actors"].map(lambda cell: wanted <= set(split_multi(cell))).astype(bool)


def with_russia(events: pd.DataFrame, code: str) -> pd.Series:
    """Boolean mask: rows that list Russia (or the Soviet Union) together with ``code``."""
    def hit(cell) -> bool:
        listed = set(split_multi(cell))
        return code in listed and bool(listed & set(RUSSIA))
    return events["actors"].map(hit).astype(bool)


def lane_of(actors_cell) -> str | None:
    """Which lane of the background figure an event belongs to, from its actors (None: no lane).

    Russia (or the USSR) with one Korea, with both, or a Korean negotiation that leaves Russia out."""
    listed = set(split_multi(actors_cell))
    russia = bool(listed & set(RUSSIA))
    north, south = "DPRK" in listed, "ROK" in listed
    if russia and north and south:
        return "both"
    if russia and north:
        return "north"
    if russia and south:
        return "south"
    if not russia and (north or south):
        return "without"
    return None


def background_events(events: pd.DataFrame, years: tuple[int, int] = BACKGROUND_YEARS) -> pd.DataFrame:
    """The diplomacy of 1990-2002, one row per event with the lane it belongs to.

    Keeps the events of ``years`` (inclusive) that are summits, diplomatic steps, treaties or
    economic ties and that fall in a lane (see ``lane_of``), in date order, with the date's
    precision so tables show it as the source gives it."""
    first, last = sorted(int(y) for y in years)
    year = events["date"].dt.year
    kinds = ("summit", "diplomatic", "treaty_military", "economic", "six_party_talks")
    chosen = events[(year >= first) & (year <= last) & events["category"].isin(kinds)].copy()
    chosen["lane"] = chosen["actors"].map(lane_of)
    chosen = chosen[chosen["lane"].notna()].sort_values("date")
    columns = ["date", "date_precision", "title", "lane", "actors"]
    return chosen[[c for c in columns if c in chosen.columns]].reset_index(drop=True)


def background_table(events: pd.DataFrame, years: tuple[int, int] = BACKGROUND_YEARS) -> pd.DataFrame:
    """The rows of the background figure as students read them: date (with its precision), the
    event, and its lane in words."""
    table = background_events(events, years)
    out = table[["date", "date_precision", "title"]].copy()
    out["lane"] = table["lane"].map(LANES)
    return out


def contacts_by_year(events: pd.DataFrame, years: tuple[int, int], categories: Iterable[str]) -> pd.DataFrame:
    """Per year, how many events of the chosen kinds list Russia together with each Korea.

    An event that lists Russia and both Koreas counts on both sides (for example a Russian
    pipeline plan meant to cross the North to reach the South). The Soviet Union counts as Russia.
    """
    first, last = sorted(int(y) for y in years)
    cats = list(categories)
    year = events["date"].dt.year
    chosen = events[(year >= first) & (year <= last) & events["category"].isin(cats)]
    index = pd.RangeIndex(first, last + 1, name="year")
    table = pd.DataFrame(index=index)
    for code in KOREAS:
        rows = chosen[with_russia(chosen, code)]
        table[code] = rows["date"].dt.year.value_counts().reindex(index, fill_value=0).astype(int)
    return table


def stakes_table(actors: pd.DataFrame, kind: str = "six") -> pd.DataFrame:
    """Actors of one kind with their role, stake and (short) sources, in the table's order."""
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
    out["sources"] = [cite(s) for s in rows["source_ids"]]
    return out.reset_index(drop=True)


def aliases_of(actors: pd.DataFrame, actor_id: str) -> list[str]:
    """The name and every alias of one actor (as listed in actors.csv)."""
    row = actors.loc[actors["actor_id"] == actor_id]
    if row.empty:
        raise KeyError(f"actors.csv has no actor {actor_id!r}")
    row = row.iloc[0]
    return list(dict.fromkeys([row["name"], *split_multi(row["aliases"])]))

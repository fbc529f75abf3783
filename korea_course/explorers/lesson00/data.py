"""Lesson 0 data shaping: events that list Russia with each Korea, the actors' table, aliases.
"""
from __future__ import annotations

from typing import Iterable

import pandas as pd

from ...data import cite, split_multi
from ...plotting import EVENT_CATEGORIES


SIX_PARTIES = ("RUS", "DPRK", "ROK", "USA", "CHN", "JPN")
KOREAS = {"DPRK": "North Korea (DPRK)", "ROK": "South Korea (ROK)"}
ACTOR_KINDS = {"six": "The six parties", "state": "All states", "organisation": "Organisations",
               "person": "People", "all": "Everyone"}


def _category_order(events: pd.DataFrame) -> list[str]:
    """Kinds of event in the course's fixed order, then any others in order of appearance."""
    present = list(dict.fromkeys(events["category"]))
    return [c for c in EVENT_CATEGORIES if c in present] + [c for c in present if c not in EVENT_CATEGORIES]


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


def aliases_of(actors: pd.DataFrame, actor_id: str) -> list[str]:
    """The name and every alias of one actor (as listed in actors.csv)."""
    row = actors.loc[actors["actor_id"] == actor_id]
    if row.empty:
        raise KeyError(f"actors.csv has no actor {actor_id!r}")
    row = row.iloc[0]
    return list(dict.fromkeys([row["name"], *split_multi(row["aliases"])]))

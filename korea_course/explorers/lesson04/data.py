"""Lesson 4 data shaping: the balance evidence by period and Korea, the six parties' positions
per question and era, the verdicts on the commentary's claims and Russia's Council votes.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from ...data import PARTY_NAMES
from ...formatting import year_range


KOREAS = ("DPRK", "ROK")
KOREA_LABELS = {"DPRK": "North Korea (DPRK)", "ROK": "South Korea (ROK)"}
KINDS = {
    "summit": "Leader summits",
    "agreement": "Agreements and ratifications",
    "un_vote": "UN Security Council action",
    "visit": "Ministerial and envoy visits",
    "military": "Military cooperation",
    "trade": "Trade figures",
}
# The periods the lesson uses: before/after the Six-Party Talks, the 2014 Ukraine crisis,
# the 2018 diplomacy, and the 2022 war.
PERIODS: tuple[tuple[int, int], ...] = ((2000, 2007), (2008, 2013), (2014, 2017), (2018, 2021), (2022, 2024))
MEASURES = {"weight": "Weighted (1–3 per item)", "count": "Number of items"}
QUESTIONS = {
    "denuclearisation": "Denuclearisation",
    "sanctions": "Sanctions",
    "economic_links": "Economic links",
    "security_guarantees": "Security guarantees",
}
ACTOR_ORDER = ("RUS", "CHN", "USA", "ROK", "DPRK", "JPN")
ERAS = {
    "2003-2008": "Six-Party Talks (2003–2008)",
    "2009-2016": "Between the talks and the crisis (2009–2016)",
    "2017-2019": "Crisis and summit diplomacy (2017–2019)",
    "2020-2025": "After the invasion of Ukraine (2020–2025)",
    "all": "All periods",
}
NO_POSITION = "— (no position recorded for this era)"


def period_label(period: tuple[int, int]) -> str:
    return year_range(*period)


def assign_period(years: Iterable[int], periods: Sequence[tuple[int, int]] = PERIODS) -> list[str | None]:
    """The label of the period each year falls in ('2000–2007' …), or None outside them all."""
    labels = []
    for year in years:
        label = None
        for first, last in periods:
            if first <= int(year) <= last:
                label = period_label((first, last))
                break
        labels.append(label)
    return labels


def filter_evidence(evidence: pd.DataFrame, years: tuple[int, int] = (2000, 2024),
                    kinds: Iterable[str] | None = None, korea: str | None = None) -> pd.DataFrame:
    """Rows of ``balance_evidence`` within the years (inclusive), of the given kinds and Korea."""
    first, last = sorted(int(y) for y in years)
    year = evidence["date"].dt.year
    mask = (year >= first) & (year <= last)
    if kinds is not None:
        mask &= evidence["kind"].isin(list(kinds))
    if korea in KOREAS:
        mask &= evidence["korea"] == korea
    return evidence[mask].sort_values("date")


def engagement_counts(evidence: pd.DataFrame, periods: Sequence[tuple[int, int]] = PERIODS,
                      measure: str = "count") -> pd.DataFrame:
    """A table: one row per period, a column per Korea, the number (or summed weight) of items.

    Every period and both Koreas appear, with 0 where there is no evidence (a true zero:
    the table counts rows of our evidence, it does not measure missing data).
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}")
    labels = [period_label(p) for p in periods]
    # numpy rather than assign/groupby/unstack: the explorer calls this on every change.
    years = evidence["date"].dt.year.to_numpy()
    korea = evidence["korea"].to_numpy()
    values = np.ones(len(evidence)) if measure == "count" else evidence["weight"].to_numpy(dtype=float)
    period = np.full(len(evidence), -1)
    for i, (first, last) in enumerate(periods):  # a year belongs to the first period that holds it
        period[(period == -1) & (years >= first) & (years <= last)] = i
    table = np.zeros((len(periods), len(KOREAS)))
    for j, code in enumerate(KOREAS):
        mine = (korea == code) & (period >= 0)
        table[:, j] = np.bincount(period[mine], weights=values[mine], minlength=len(periods))
    return pd.DataFrame(table.astype(int), index=pd.Index(labels, name="period"), columns=list(KOREAS))


def dprk_share(counts: pd.DataFrame) -> pd.Series:
    """The DPRK's share (0–1) of each period's engagement; NaN where a period has none."""
    total = counts.sum(axis=1)
    return (counts["DPRK"] / total.where(total > 0)).rename("dprk_share")


def decimal_year(dates: pd.Series) -> np.ndarray:
    """Dates as decimal years (2018-07-02 → about 2018.5): a plain numeric x axis, cheaper to
    draw than a date axis and labelled with whole years."""
    dates = pd.to_datetime(dates)
    return (dates.dt.year + (dates.dt.day_of_year - 1) / 365.25).to_numpy(dtype=float)


def period_span(period: str) -> tuple[int, int]:
    """'2003-2008' -> (2003, 2008); '2024' -> (2024, 2024)."""
    years = [int(y) for y in re.findall(r"\d{4}", str(period))]
    if not years:
        raise ValueError(f"{period!r} is not a year or a year range")
    return min(years), max(years)


def overlaps(period: str, era: str) -> bool:
    """Does a row's period overlap the era ('all' overlaps everything)?"""
    if era == "all":
        return True
    a, b = period_span(period)
    c, d = period_span(era)
    return a <= d and c <= b


def positions_for(perspectives: pd.DataFrame, question: str, era: str = "all") -> pd.DataFrame:
    """One row per actor (in ACTOR_ORDER) for a question and era, earliest period first.

    Where an actor has several rows in the era they are joined, oldest first; an actor with
    none gets NO_POSITION, so the six are always side by side.
    """
    if question not in QUESTIONS:
        raise ValueError(f"question must be one of {', '.join(QUESTIONS)}")
    if era not in ERAS:
        raise ValueError(f"era must be one of {', '.join(ERAS)}")
    rows = perspectives[(perspectives["question"] == question)
                        & perspectives["period"].map(lambda p: overlaps(p, era))].copy()
    rows["start"] = rows["period"].map(lambda p: period_span(p)[0])
    rows = rows.sort_values(["start", "perspective_id"])
    out = []
    for actor in ACTOR_ORDER:
        mine = rows[rows["actor"] == actor]
        if mine.empty:
            out.append({"actor": actor, "party": PARTY_NAMES[actor], "period": "", "summary": NO_POSITION,
                        "position": "", "source_ids": ""})
            continue
        out.append({"actor": actor, "party": PARTY_NAMES[actor],
                    "period": " → ".join(mine["period"]),
                    "summary": " → ".join(mine["position_summary"]),
                    "position": " Later: ".join(mine["position"]),
                    "source_ids": ";".join(dict.fromkeys(s for cell in mine["source_ids"] for s in cell.split(";")))})
    return pd.DataFrame(out)


def position_matrix(perspectives: pd.DataFrame, question: str,
                    eras: Sequence[str] = ("2003-2008", "2017-2019", "2020-2025")) -> pd.DataFrame:
    """Actors × eras: the position summaries for one question (a compact side-by-side view)."""
    columns = {}
    for era in eras:
        table = positions_for(perspectives, question, era)
        columns[ERAS[era]] = table.set_index("party")["summary"].replace(NO_POSITION, "—")
    return pd.DataFrame(columns)


VERDICT_ORDER = ("confirmed", "qualified", "contradicted", "unverifiable")


def verdict_counts(claims: pd.DataFrame) -> pd.Series:
    """Number of the article's claims per verdict, in a fixed order (zeros kept)."""
    return claims["verdict"].value_counts().reindex(list(VERDICT_ORDER), fill_value=0).rename("claims")


def russia_vote_record(votes: pd.DataFrame) -> pd.DataFrame:
    """From Lesson 1's ``unsc_dprk_votes``: Russia's votes by outcome and era (before/after 2022)."""
    era = np.where(votes["date"].dt.year < 2022, "2006–2021", "2022–2024")
    return pd.crosstab(pd.Series(era, name="era"), votes["russia_vote"].rename("Russia's vote"))

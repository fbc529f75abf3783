"""Lesson 1 data shaping: the six-party meetings and the days at the table, the process timeline,
the days from each nuclear test to the Council's answer, the Security Council record and the
sanctions timeline.
"""
from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd

from ...data import split_multi


MEASURE_LABELS = {
    "arms_embargo": "Arms embargo",
    "luxury_goods": "Luxury goods ban",
    "asset_freeze": "Asset freeze",
    "travel_ban": "Travel ban",
    "cargo_inspection": "Cargo inspection",
    "financial": "Financial measures",
    "coal_iron": "Coal and iron",
    "seafood": "Seafood",
    "textiles": "Textiles",
    "workers": "Overseas workers",
    "joint_ventures": "Joint ventures",
    "oil_cap": "Oil cap",
    "panel_of_experts": "Panel of Experts",
}


def session_label(row: pd.Series) -> str:
    """'Round 4, session 2' or 'Round 6, heads-of-delegation meeting (July 2008)'."""
    if row["session"] == "hod":
        return f"Round {row['round']}, heads-of-delegation meeting ({row['start_date']:%B %Y})"
    rounds_with_sessions = {4, 5, 6}
    if int(row["round"]) in rounds_with_sessions:
        return f"Round {row['round']}, session {row['session']}"
    return f"Round {row['round']}"


def session_table(sessions: pd.DataFrame) -> pd.DataFrame:
    """The sessions in date order with ``days`` (both ends counted) and a readable ``label``."""
    table = sessions.sort_values("start_date").reset_index(drop=True).copy()
    table["days"] = (table["end_date"] - table["start_date"]).dt.days + 1
    table["label"] = [session_label(r) for _, r in table.iterrows()]
    return table


def negotiation_days_per_year(sessions: pd.DataFrame) -> pd.Series:
    """Days spent in six-party meetings per calendar year (a meeting counts for its start year)."""
    table = session_table(sessions)
    per_year = table.groupby(table["start_date"].dt.year)["days"].sum()
    per_year.index.name = "year"
    per_year.name = "days"
    return per_year


def process_events(sessions: pd.DataFrame, commitments: pd.DataFrame, context: pd.DataFrame) -> pd.DataFrame:
    """One long table for the process timeline: meetings, agreements and events around them."""
    table = session_table(sessions)
    meetings = pd.DataFrame({"date": table["start_date"], "kind": "session", "title": table["label"],
                             "session_id": table["session_id"]})
    agreements = (commitments.drop_duplicates("agreement")[["agreement_date", "agreement"]]
                  .rename(columns={"agreement_date": "date", "agreement": "title"}))
    agreements["kind"], agreements["session_id"] = "agreement", None
    ctx = context.rename(columns={})[["date", "title"]].copy()
    ctx["kind"], ctx["session_id"] = "context", None
    events = pd.concat([meetings, agreements, ctx], ignore_index=True)
    return events.sort_values("date").reset_index(drop=True)


def response_lags(tests: pd.DataFrame, votes: pd.DataFrame) -> pd.DataFrame:
    """For each nuclear test, the adopted resolution whose trigger names it, and the days in between."""
    rows = []
    adopted = votes[votes["adopted"] == True]  # noqa: E712 (nullable boolean)
    for _, test in tests.sort_values("date").iterrows():
        answers = adopted[adopted["trigger"].fillna("").str.contains(rf"\b{test['test_id']}\b", regex=True)]
        if answers.empty:
            rows.append({"test_id": test["test_id"], "test_date": test["date"], "vote_id": None,
                         "document": None, "vote_date": pd.NaT, "days": np.nan})
            continue
        first = answers.sort_values("date").iloc[0]
        rows.append({"test_id": test["test_id"], "test_date": test["date"], "vote_id": first["vote_id"],
                     "document": first["document"], "vote_date": first["date"],
                     "days": int((first["date"] - test["date"]).days)})
    lags = pd.DataFrame(rows)
    lags["days"] = lags["days"].astype("Int64")
    return lags


def vote_category(row: pd.Series) -> str:
    """'vetoed draft', 'panel renewal' or 'sanctions resolution'."""
    if not bool(row["adopted"]):
        return "vetoed draft"
    if row["trigger"] == "panel mandate renewal":
        return "panel renewal"
    return "sanctions resolution"


def votes_by_year(votes: pd.DataFrame) -> pd.DataFrame:
    """Votes per year (known dates only) split into sanctions resolutions, panel renewals and vetoed drafts."""
    table = votes.copy()
    table["category"] = [vote_category(r) for _, r in table.iterrows()]
    table["year"] = table["date"].dt.year
    counts = table.groupby(["year", "category"]).size().unstack(fill_value=0)
    for col in ("sanctions resolution", "panel renewal", "vetoed draft"):
        if col not in counts:
            counts[col] = 0
    counts = counts[["sanctions resolution", "panel renewal", "vetoed draft"]]
    return counts.reindex(range(int(table["year"].min()), int(table["year"].max()) + 1), fill_value=0)


def russia_vote_summary(votes: pd.DataFrame) -> pd.Series:
    """How Russia voted: counts of yes / no / abstain (all always present)."""
    return votes["russia_vote"].value_counts().reindex(["yes", "no", "abstain"], fill_value=0)


def sanctions_events(tests: pd.DataFrame, launches: pd.DataFrame, votes: pd.DataFrame) -> pd.DataFrame:
    """Tests, launches and Council votes in one table (date, kind, what, russia_vote, measures)."""
    t = pd.DataFrame({"date": tests["date"], "kind": "nuclear_test",
                      "what": [f"Nuclear test {i[2:]} (estimated {y:g} kt)" if pd.notna(y) else f"Nuclear test {i[2:]}"
                               for i, y in zip(tests["test_id"], tests["estimated_yield_kt"])],
                      "russia_vote": "", "measures": "", "id": tests["test_id"]})
    lz = pd.DataFrame({"date": launches["date"], "kind": "launch", "what": launches["missile"] + " (" + launches["type"] + ")",
                       "russia_vote": "", "measures": "", "id": launches["launch_id"]})
    v = pd.DataFrame({"date": votes["date"],
                      "kind": np.where(votes["russia_vote"] == "no", "vote_no", "vote_yes"),
                      "what": [d if a else f"{d}: not adopted ({f}–{g}–{h})"
                               for d, a, f, g, h in zip(votes["document"], votes["adopted"], votes["votes_for"],
                                                        votes["votes_against"], votes["abstentions"])],
                      "russia_vote": votes["russia_vote"], "measures": votes["measure_tags"].fillna(""),
                      "id": votes["vote_id"], "date_precision": votes.get("date_precision", "day")})
    events = pd.concat([t, lz, v], ignore_index=True)
    events["date_precision"] = events["date_precision"].fillna("day")
    return events.sort_values(["date", "kind"]).reset_index(drop=True)


def filter_sanctions(events: pd.DataFrame, years: tuple[int, int], measures: Iterable[str]) -> pd.DataFrame:
    """Events within ``years``; votes only if they carry one of ``measures`` (votes without tags always stay)."""
    first, last = sorted(int(y) for y in years)
    year = events["date"].dt.year
    keep = (year >= first) & (year <= last)
    chosen = set(measures)
    is_vote = events["kind"].str.startswith("vote")
    has_measure = events["measures"].map(lambda cell: not split_multi(cell) or bool(chosen & set(split_multi(cell))))
    keep &= ~is_vote | has_measure
    return events[keep]


# ------------------------------------------------------------------------------ heads of delegation
# The sources spell some names differently (transliteration, middle initials); one spelling per person.
NAME_SPELLINGS = {
    "Alexandr Alekseyev": "Alexander Alekseyev", "Alexander Alexeyev": "Alexander Alekseyev",
    "Kim Gye-gwan": "Kim Gye Gwan", "Kim Kye Gwan": "Kim Gye Gwan",
    "James A. Kelly": "James Kelly", "Christopher R. Hill": "Christopher Hill",
}
# Ranks, highest first as far as a head of delegation goes; titles the sources give only as a role
# ("chief negotiator") are "title not given".
RANKS = ("deputy minister", "special representative", "director-general", "assistant secretary",
         "ambassador", "title not given")
_ROLE_ONLY = {"head of delegation", "chief negotiator", "chief envoy"}


def person_name(name: str) -> str:
    """One spelling per person (the sources' variants are kept in the table's notes)."""
    return NAME_SPELLINGS.get(str(name).strip(), str(name).strip())


def delegation_rank(title: str) -> str:
    """The rank a head of delegation's title gives, as one of ``RANKS``."""
    text = str(title).strip().lower()
    if not text or text in _ROLE_ONLY:
        return "title not given"
    if ("deputy" in text or "vice" in text) and "minister" in text:
        return "deputy minister"
    if "special representative" in text:
        return "special representative"
    if "director-general" in text:
        return "director-general"
    if "assistant secretary" in text:
        return "assistant secretary"
    if "ambassador" in text or "envoy" in text:
        return "ambassador"
    return "title not given"


def delegation_table(sessions: pd.DataFrame, delegations: pd.DataFrame) -> pd.DataFrame:
    """Every head of delegation at every meeting, in meeting order, with one spelling per person, the
    rank the title gives, and whether the party sent a different head than at its previous meeting."""
    table = session_table(sessions)[["session_id", "label", "start_date"]].reset_index(drop=True)
    table["meeting"] = range(1, len(table) + 1)
    heads = delegations.merge(table, on="session_id", how="inner")
    heads["head"] = heads["head_of_delegation"].map(person_name)
    heads["rank"] = heads["title"].map(delegation_rank)
    heads = heads.sort_values(["party", "meeting"]).reset_index(drop=True)
    previous = heads.groupby("party")["head"].shift()
    heads["new_head"] = previous.notna() & (heads["head"] != previous)
    return heads[["meeting", "session_id", "label", "start_date", "party", "head", "title", "rank",
                  "new_head"]].sort_values(["meeting", "party"]).reset_index(drop=True)


def head_changes(heads: pd.DataFrame) -> pd.DataFrame:
    """Per party: how many different people led its delegation and how often the head changed."""
    summary = heads.groupby("party").agg(people=("head", "nunique"), changes=("new_head", "sum"),
                                         meetings=("meeting", "nunique"))
    summary["changes"] = summary["changes"].astype(int)
    return summary.sort_values(["changes", "people"], ascending=False)


# ------------------------------------------------------------------------------ the Panel of Experts
def panel_renewal_years(votes: pd.DataFrame) -> list[int]:
    """Years in which an adopted resolution extended the Panel of Experts' mandate: every adopted text
    tagged ``panel_of_experts`` except the one that created the Panel (resolution 1874), stand-alone
    renewals and renewals inside a sanctions resolution (2094) alike."""
    tagged = votes["measure_tags"].fillna("").map(lambda cell: "panel_of_experts" in split_multi(cell))
    adopted = votes["adopted"].fillna(False).astype(bool)
    creates = votes["main_measures"].fillna("").str.contains("creates the Panel", case=False)
    return sorted({int(y) for y in votes.loc[tagged & adopted & ~creates, "date"].dt.year})


def years_in_a_row(years: Iterable[int]) -> int:
    """Length of the unbroken run of years that ends with the last one."""
    years = sorted(set(int(y) for y in years))
    if not years:
        return 0
    run = 1
    for earlier, later in zip(reversed(years[:-1]), reversed(years[1:])):
        if later - earlier != 1:
            break
        run += 1
    return run

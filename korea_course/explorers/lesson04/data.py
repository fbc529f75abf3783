"""Lesson 4 data shaping: the balance evidence (assembled from the course's own tables, coded
three ways) by period and side, the six parties' positions per question and era, the verdicts on
the commentary's claims and Russia's Council votes.
"""
from __future__ import annotations

import re
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from ...data import PARTY_NAMES, load_table, split_multi
from ...formatting import year_range


KOREAS = ("DPRK", "ROK")
SIDES = ("DPRK", "ROK", "neither")  # "neither": counted for neither Korea (non-proliferation)
KOREA_LABELS = {"DPRK": "North Korea (DPRK)", "ROK": "South Korea (ROK)", "neither": "Neither Korea"}
KINDS = {
    "summit": "Leader summits",
    "agreement": "Agreements and ratifications",
    "un_vote": "UN Security Council action",
    "visit": "Ministerial and envoy visits, statements",
    "military": "Military cooperation",
    "economic": "Economic projects",
}
# Three ways to code the same evidence. They differ only for the Security Council's texts.
CODINGS = {
    "korea_rule": "Korea rule: a vote for sanctions counts for Seoul",
    "nonproliferation": "Non-proliferation apart: a vote for sanctions counts for neither Korea",
    "contacts_only": "Contacts only: every Council act counts for neither Korea",
}
# The periods the lesson uses: before/after the Six-Party Talks, the 2014 Ukraine crisis,
# the 2018 diplomacy, and the 2022 war.
PERIODS: tuple[tuple[int, int], ...] = ((2000, 2007), (2008, 2013), (2014, 2017), (2018, 2021), (2022, 2025))
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


def filter_evidence(evidence: pd.DataFrame, years: tuple[int, int] = (2000, 2025),
                    kinds: Iterable[str] | None = None, korea: str | None = None,
                    coding: str = "korea_rule") -> pd.DataFrame:
    """Items of the evidence within the years (inclusive), of the given kinds and side (under ``coding``)."""
    first, last = sorted(int(y) for y in years)
    year = evidence["date"].dt.year
    mask = (year >= first) & (year <= last)
    if kinds is not None:
        mask &= evidence["kind"].isin(list(kinds))
    if korea in SIDES:
        mask &= _side_column(evidence, coding) == korea
    return evidence[mask].sort_values("date", kind="stable")


def _side_column(evidence: pd.DataFrame, coding: str) -> pd.Series:
    if coding not in CODINGS:
        raise ValueError(f"coding must be one of {', '.join(CODINGS)}")
    return evidence[coding] if coding in evidence else evidence["korea"]


def engagement_counts(evidence: pd.DataFrame, periods: Sequence[tuple[int, int]] = PERIODS,
                      measure: str = "count", coding: str = "korea_rule") -> pd.DataFrame:
    """A table: one row per period, a column per side (DPRK, ROK, neither), the number (or summed
    weight) of items, with each item given the side ``coding`` assigns it.

    Every period and every side appear, with 0 where there is no evidence (a true zero:
    the table counts items of our evidence, it does not measure missing data).
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}")
    labels = [period_label(p) for p in periods]
    # numpy rather than assign/groupby/unstack: the explorer calls this on every change.
    years = evidence["date"].dt.year.to_numpy()
    side = _side_column(evidence, coding).to_numpy()
    values = np.ones(len(evidence)) if measure == "count" else evidence["weight"].to_numpy(dtype=float)
    period = np.full(len(evidence), -1)
    for i, (first, last) in enumerate(periods):  # a year belongs to the first period that holds it
        period[(period == -1) & (years >= first) & (years <= last)] = i
    table = np.zeros((len(periods), len(SIDES)))
    for j, code in enumerate(SIDES):
        mine = (side == code) & (period >= 0)
        table[:, j] = np.bincount(period[mine], weights=values[mine], minlength=len(periods))
    return pd.DataFrame(table.astype(int), index=pd.Index(labels, name="period"), columns=list(SIDES))


def dprk_share(counts: pd.DataFrame) -> pd.Series:
    """The DPRK's share (0–1) of each period's engagement with the two Koreas (items counted for
    neither Korea are left out); NaN where a period has none."""
    total = counts["DPRK"] + counts["ROK"]
    return (counts["DPRK"] / total.where(total > 0)).rename("dprk_share")


def tilt(share: float) -> str:
    """'DPRK', 'ROK', 'balanced' (a share within 0.4–0.6) or '' (no evidence)."""
    if share != share:
        return ""
    return "DPRK" if share >= 0.6 else "ROK" if share <= 0.4 else "balanced"


def shares_by_coding(evidence: pd.DataFrame, measure: str = "weight",
                     periods: Sequence[tuple[int, int]] = PERIODS) -> pd.DataFrame:
    """The DPRK's share per period (rows) under each coding (columns)."""
    return pd.DataFrame({c: dprk_share(engagement_counts(evidence, periods, measure, c)) for c in CODINGS})


def robust_tilts(evidence: pd.DataFrame, measure: str = "weight",
                 periods: Sequence[tuple[int, int]] = PERIODS) -> pd.Series:
    """Per period: the tilt ('DPRK', 'ROK', 'balanced') if every coding gives the same, else 'depends'."""
    tilts = shares_by_coding(evidence, measure, periods).map(tilt)
    return tilts.apply(lambda row: row.iloc[0] if row.nunique() == 1 else "depends", axis=1).rename("tilt")


# ------------------------------------------------------------------------------ assembling the evidence
# The evidence is derived from the course's own tables, row by row, by stated rules; only items
# no table records come from ``balance_extra``. Every row a rule puts in scope ends up as an item,
# as part of an item (the same visit or the same act reported in several rows), or excluded with
# a reason (``evidence_coverage`` lists them all, and the tests check that none is forgotten).
EVIDENCE_TABLES = ("unsc_dprk_votes", "events", "post2018_events", "rok_russia_institutions", "debt_timeline",
                   "nine_bridges_milestones", "khasan_rajin", "balance_extra")
_ID_COLUMN = {"unsc_dprk_votes": "vote_id", "events": "event_id", "post2018_events": "event_id",
              "rok_russia_institutions": "item_id", "debt_timeline": "step_id",
              "nine_bridges_milestones": "milestone_id", "khasan_rajin": "item_id", "balance_extra": "evidence_id"}
_TITLE_COLUMN = {"events": "title", "post2018_events": "title", "rok_russia_institutions": "item",
                 "debt_timeline": "step", "nine_bridges_milestones": "milestone", "khasan_rajin": "item",
                 "balance_extra": "title"}
# Weight rule: 1 = routine renewal, visit or statement; 2 = vote for new measures, tabled draft,
# agreement or ratification, ministerial or envoy visit; 3 = leader summit, treaty signature, veto,
# troops or large-scale arms transfers.
CATEGORY_CODES = {"summit": ("summit", 3), "diplomatic": ("visit", 2), "treaty_military": ("military", 3),
                  "economic": ("economic", 2), "un_sanctions": ("un_vote", 2)}
# Rows the category rule codes wrongly, or that involve both Koreas: kind, Korea, weight, Council stance.
OVERRIDES = {
    "events:2000-rus-dprk-friendship-treaty": {"kind": "agreement"},
    "events:2008-lee-medvedev-gas-pipeline": {"kind": "summit", "korea": "ROK", "weight": 3,
                                             "title": "Lee Myung-bak-Medvedev summit in Moscow; gas pipeline backed"},
    "events:2011-medvedev-kim-jong-il-ulan-ude": {"korea": "DPRK"},
    "events:2012-soviet-debt-agreement": {"kind": "agreement"},
    "events:2013-putin-park-seoul": {"korea": "ROK"},
    "events:2014-debt-law-signed": {"kind": "agreement"},
    "events:2017-moon-putin-vladivostok": {"korea": "ROK"},
    "events:2024-dprk-troops-to-russia": {"korea": "DPRK", "title": "North Korean troops sent to Russia"},
    "events:2024-treaty-enters-into-force": {"kind": "agreement", "weight": 2,
                                            "title": "The 2024 treaty ratified by both sides and in force"},
    "post2018_events:p18-trilateral-communique": {"kind": "agreement", "council": "against"},
    "post2018_events:p19-draft-relief": {"council": "against"},
    "post2018_events:p23-shoigu": {"weight": 2},
    "post2018_events:p24-closed-issue": {"weight": 1},
    "rok_russia_institutions:visa-waiver-in-force": {"kind": "agreement", "weight": 2},
    "rok_russia_institutions:hamburg-summit-2017": {"kind": "summit", "weight": 3},
    "rok_russia_institutions:osaka-summit-2019": {"kind": "summit", "weight": 3},
    "rok_russia_institutions:nine-bridges-2-0-agreed": {"kind": "agreement", "weight": 2},
    "rok_russia_institutions:interregional-forum-1": {"kind": "visit", "weight": 1},
    "rok_russia_institutions:interregional-forum-2": {"kind": "visit", "weight": 1},
    "rok_russia_institutions:interregional-forum-3": {"kind": "visit", "weight": 1},
    "rok_russia_institutions:lavrov-nine-bridges-2021": {"kind": "visit", "weight": 1},
    "rok_russia_institutions:year-of-exchanges-closes-2021": {"kind": "visit", "weight": 1},
    "debt_timeline:storchak-pyongyang": {"kind": "visit", "weight": 2},
    "debt_timeline:rouble-settlements": {"kind": "economic", "weight": 1},
    "debt_timeline:pobeda-launch": {"kind": "economic", "weight": 2},
    "nine_bridges_milestones:rail-2013-park-g20": {"kind": "summit", "korea": "ROK", "weight": 3,
                                                   "title": "Park Geun-hye-Putin meeting at the G20, St Petersburg"},
}
# Rows that report part of an item already counted: the same visit, the same act or its later steps.
PART_OF = {
    "events:2017-nine-bridges-speech": "events:2017-moon-putin-vladivostok",
    "rok_russia_institutions:eef-speech-2017": "events:2017-moon-putin-vladivostok",
    "rok_russia_institutions:strategic-partnership-2008": "events:2008-lee-medvedev-gas-pipeline",
    "rok_russia_institutions:duma-speech-2018": "events:2018-moon-state-visit-russia",
    "rok_russia_institutions:nine-bridges-2-0-signed": "rok_russia_institutions:nine-bridges-2-0-agreed",
    "nine_bridges_milestones:rail-2018-duma": "events:2018-moon-state-visit-russia",
    "nine_bridges_milestones:rail-2001-kim-putin": "events:2001-kim-jong-il-moscow",
    "khasan_rajin:rail-agreement-2001": "events:2001-kim-jong-il-moscow",
    "nine_bridges_milestones:rail-2013-park-putin": "events:2013-putin-park-seoul",
    "khasan_rajin:park-putin-2013": "events:2013-putin-park-seoul",
    "events:2024-comprehensive-strategic-partnership": "events:2024-putin-visits-pyongyang",
    "events:2024-dprk-troops-in-combat": "events:2024-dprk-troops-to-russia",
    "post2018_events:p24-nis-troops": "events:2024-dprk-troops-to-russia",
    "post2018_events:p24-pentagon-troops": "events:2024-dprk-troops-to-russia",
    "post2018_events:p24-first-casualties": "events:2024-dprk-troops-to-russia",
    "post2018_events:p25-russia-confirms": "events:2024-dprk-troops-to-russia",
    "post2018_events:p25-dprk-confirms": "events:2024-dprk-troops-to-russia",
    "post2018_events:p24-duma": "events:2024-treaty-enters-into-force",
    "post2018_events:p24-federation-council": "events:2024-treaty-enters-into-force",
    "post2018_events:p24-putin-ratifies": "events:2024-treaty-enters-into-force",
    "post2018_events:p24-kim-ratifies": "events:2024-treaty-enters-into-force",
}
_DISTANCING = ("an act of distancing between Russia and Seoul, not engagement: the lesson weighs these "
               "acts beside the evidence")
_TRADE = ("a trade figure, not an act: the lesson compares trade by value (rok_russia_trade, "
          "russia_dprk_trade) beside the evidence")
_SEOUL_OWN = "a decision of Seoul's own, not a contact between Russia and a Korea"
EXCLUDED = {
    "rok_russia_institutions:export-controls-2025-06": _DISTANCING,
    "rok_russia_institutions:rok-no-sanctions-2014": _SEOUL_OWN,
    "rok_russia_institutions:kaesong-closed-2016": _SEOUL_OWN,
    "rok_russia_institutions:committee-established": _SEOUL_OWN,
    "rok_russia_institutions:committee-chair-song": _SEOUL_OWN,
    "rok_russia_institutions:new-northern-strategies-2018": _SEOUL_OWN,
    "rok_russia_institutions:committee-30-year-strategy": _SEOUL_OWN,
    "rok_russia_institutions:year-new-northern-cooperation-2020": _SEOUL_OWN,
    "rok_russia_institutions:anniversary-30-2020": _TRADE,
    "rok_russia_institutions:sanctions-2022-02-28": _DISTANCING,
    "rok_russia_institutions:sanctions-2022-03-07": _DISTANCING,
    "rok_russia_institutions:export-controls-2023-04": _DISTANCING,
    "rok_russia_institutions:export-controls-2024-02": _DISTANCING,
    "rok_russia_institutions:export-controls-2024-09": _DISTANCING,
    "post2018_events:p22-rok-export-controls": _DISTANCING,
    "post2018_events:p22-unfriendly-list": _DISTANCING,
    "post2018_events:p24-seoul-reconsiders": _DISTANCING,
    "events:2023-yoon-warns-at-un": _DISTANCING,
    "post2018_events:p20-rok-trade-25bn": _TRADE,
    "post2018_events:p23-rok-trade-fall": _TRADE,
    "post2018_events:p24-china-own-matter": "a statement by China",
    "post2018_events:p25-msmt-first-report": ("a report by other states on Russia-DPRK military ties, not an act of "
                                              "Russia's: the troop and treaty items carry them"),
    "post2018_events:p25-lee-russia-important": "a statement of Seoul's own, not a contact between Russia and a Korea",
    "post2018_events:p25-seoul-moscow-contacts": ("a contact Seoul reported and Moscow denied: disputed, so not counted "
                                                  "(the lesson discusses it)"),
    "events:2017-russia-china-double-freeze": ("a Russia-China proposal addressed to all parties; the "
                                               "perspectives table records it"),
}
EVIDENCE_FROM = 2000  # the balance is weighed from Putin's first term; Lesson 0 tells the 1990s
_MULTILATERAL = ("the multilateral Six-Party Talks, where Russia met both Koreas at one table "
                 "(Lesson 1)")
_LEADER_WORDS = r"Putin|Medvedev|[Ss]ummit|State Duma|Lavrov|Kim Jong"


def _row_key(table: str, row_id: str) -> str:
    return f"{table}:{row_id}"


def evidence_scope(table: str, row: Mapping) -> bool:
    """Does a row of a course table belong to the balance evidence's scope?

    Every Council text; every row of the dated tables with Russia and a Korea among its actors;
    every South Korea-Russia institution; in the project tables, the rows that name a leader meeting.
    """
    if table in ("unsc_dprk_votes", "rok_russia_institutions", "balance_extra"):
        return True
    if table in ("events", "post2018_events", "debt_timeline"):
        actors = set(split_multi(row.get("actors") or ""))
        return "RUS" in actors and bool(actors & set(KOREAS))
    if table in ("nine_bridges_milestones", "khasan_rajin"):
        return bool(re.search(_LEADER_WORDS, str(row.get(_TITLE_COLUMN[table]) or "")))
    return False


def _vote_item(row: Mapping) -> dict:
    renewal = "renewal" in str(row["trigger"])
    number = re.search(r"\d{4}", str(row["document"]))
    if row["russia_vote"] == "yes":
        what = "renews the Panel of Experts" if renewal else "new measures"
        title = f"Russia votes for resolution {number.group(0) if number else row['document']} ({what})"
        return {"kind": "un_vote", "korea": "ROK", "council": "for", "weight": 1 if renewal else 2, "title": title}
    what = "the renewal of the Panel of Experts" if renewal else "new sanctions"
    return {"kind": "un_vote", "korea": "DPRK", "council": "against", "weight": 3,
            "title": f"Russia vetoes a draft resolution ({what})"}


def _event_item(table: str, row: Mapping) -> dict | None:
    key = _row_key(table, row[_ID_COLUMN[table]])
    override = OVERRIDES.get(key, {})
    if table == "balance_extra":
        item = {"kind": row["kind"], "korea": row["korea"], "weight": int(row["weight"]), "council": ""}
    else:
        category = row.get("category")
        kind, weight = CATEGORY_CODES.get(category, (None, None))
        actors = set(split_multi(row.get("actors") or "")) if "actors" in row else {"ROK"}
        koreas = actors & set(KOREAS)
        if table == "rok_russia_institutions":
            koreas = {"ROK"}
        item = {"kind": kind, "korea": next(iter(koreas)) if len(koreas) == 1 else None, "weight": weight,
                "council": ""}
    item.update({k: v for k, v in override.items()})
    item.setdefault("title", row[_TITLE_COLUMN[table]])
    if not item.get("title"):
        item["title"] = row[_TITLE_COLUMN[table]]
    if item["kind"] is None or item["korea"] is None or item["weight"] is None:
        return None
    return item


def evidence_coverage(tables: Mapping[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """Every in-scope row of the source tables (default: the shipped ones) and what became of it.

    Columns: ``row`` ('table:id'), ``table``, ``status`` ('item', 'part', 'excluded' or 'uncoded'),
    ``item`` (the evidence item it is or belongs to), ``reason`` (for parts and exclusions).
    """
    if tables is None:
        tables = {name: load_table(name) for name in EVIDENCE_TABLES}
    return _assemble(tables)[1]


def build_evidence(tables: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """The balance evidence, assembled from the course tables (``EVIDENCE_TABLES``, as loaded).

    One row per item: ``evidence_id`` (the key of the row it comes from), ``date`` and
    ``date_precision``, ``korea`` (the Korea Russia dealt with; for Council texts, the Korea the
    Korea rule gives), ``kind``, ``council`` ('for' a text on the DPRK, 'against' it, or ''),
    ``title``, ``weight`` (1–3), ``rows`` (every table row that reports the item), ``source_ids``,
    and one column per coding (``CODINGS``) with the side it gives: 'DPRK', 'ROK' or 'neither'.
    A pure function: the tables are not changed.
    """
    return _assemble(tables)[0]


def _assemble(tables: Mapping[str, pd.DataFrame]) -> tuple[pd.DataFrame, pd.DataFrame]:
    items: dict[str, dict] = {}
    coverage = []
    day_index: dict[tuple, str] = {}  # (day, Korea) -> item key: one item per Korea and day
    pending_parts = []
    for table in EVIDENCE_TABLES:
        frame = tables[table]
        for row in frame.to_dict("records"):
            if not evidence_scope(table, row):
                continue
            key = _row_key(table, row[_ID_COLUMN[table]])
            year = pd.Timestamp(row["date"]).year
            if not EVIDENCE_FROM <= year <= PERIODS[-1][1]:
                reason = (f"before {EVIDENCE_FROM}, where the evidence starts (Lesson 0 tells the 1990s)"
                          if year < EVIDENCE_FROM else f"after {PERIODS[-1][1]}, the last full year the periods cover")
                coverage.append({"row": key, "table": table, "status": "excluded", "item": "", "reason": reason})
                continue
            if key in EXCLUDED and EXCLUDED[key]:
                coverage.append({"row": key, "table": table, "status": "excluded", "item": "",
                                 "reason": EXCLUDED[key]})
                continue
            if key in PART_OF:
                pending_parts.append((key, table, row))
                continue
            if table in ("events", "post2018_events") and row.get("category") == "six_party_talks":
                coverage.append({"row": key, "table": table, "status": "excluded", "item": "",
                                 "reason": _MULTILATERAL})
                continue
            item = _vote_item(row) if table == "unsc_dprk_votes" else _event_item(table, row)
            precision = row.get("date_precision", "day")
            if item is None:
                item = {"korea": None}  # no rule codes it: it can only report an item of the same day
            day = (row["date"], item["korea"]) if precision == "day" else None
            same = day_index.get(day) if day else None
            if row.get("category") == "un_sanctions" and precision == "day":
                # a report of a Council vote: the vote is the item, whichever Korea its coding gives
                same = next((k for (d, _), k in day_index.items() if d == row["date"]
                             and items[k]["kind"] == "un_vote"), same)
            if same is None and item["korea"] is None and precision == "day":
                # e.g. a report of a Council vote, or a row of a project table: the item of that day
                same = next((k for (d, _), k in day_index.items() if d == row["date"]), None)
            if same is not None:
                _merge(items[same], key, row)
                coverage.append({"row": key, "table": table, "status": "part", "item": same,
                                 "reason": "the same act, reported on the same day"})
                continue
            if item["korea"] is None:
                coverage.append({"row": key, "table": table, "status": "uncoded", "item": "", "reason": ""})
                continue
            items[key] = {"evidence_id": key, "date": row["date"], "date_precision": precision,
                          "korea": item["korea"], "kind": item["kind"], "council": item.get("council", ""),
                          "title": item["title"], "weight": int(item["weight"]), "rows": [key],
                          "source_ids": list(split_multi(row.get("source_ids") or ""))}
            if day:
                day_index[day] = key
            coverage.append({"row": key, "table": table, "status": "item", "item": key, "reason": ""})
    for key, table, row in pending_parts:
        target = PART_OF[key]
        if target not in items:
            coverage.append({"row": key, "table": table, "status": "uncoded", "item": target, "reason": ""})
            continue
        _merge(items[target], key, row)
        coverage.append({"row": key, "table": table, "status": "part", "item": target,
                         "reason": "a step or report of the same act"})
    rows = []
    for item in items.values():
        record = dict(item, rows=";".join(item["rows"]), source_ids=";".join(dict.fromkeys(item["source_ids"])))
        rows.append(record)
    evidence = pd.DataFrame(rows, columns=["evidence_id", "date", "date_precision", "korea", "kind", "council",
                                           "title", "weight", "rows", "source_ids"])
    evidence["date"] = pd.to_datetime(evidence["date"])
    evidence["weight"] = evidence["weight"].astype(int)
    evidence = evidence.sort_values(["date", "evidence_id"], kind="stable").reset_index(drop=True)
    for coding, column in code_sides(evidence).items():
        evidence[coding] = column
    return evidence, pd.DataFrame(coverage, columns=["row", "table", "status", "item", "reason"])


def _merge(item: dict, key: str, row: Mapping) -> None:
    item["rows"].append(key)
    item["source_ids"].extend(split_multi(row.get("source_ids") or ""))


def code_sides(evidence: pd.DataFrame) -> dict[str, pd.Series]:
    """The side each coding gives every item: 'DPRK', 'ROK' or 'neither'.

    * korea_rule: the Korea in ``korea`` (a vote for a text on the DPRK counts for Seoul, whose
      position it served; a veto or a relief draft for Pyongyang);
    * nonproliferation: a vote for a text counts for neither Korea (it served non-proliferation,
      a goal of the Council's, not engagement with Seoul); vetoes and relief still count for Pyongyang;
    * contacts_only: every Council act (kind ``un_vote``) counts for neither Korea; only contacts,
      agreements, military and economic links count.
    """
    korea = evidence["korea"].astype(object)
    return {
        "korea_rule": korea.copy(),
        "nonproliferation": korea.where(evidence["council"] != "for", "neither"),
        "contacts_only": korea.where(evidence["kind"] != "un_vote", "neither"),
    }


def load_evidence() -> pd.DataFrame:
    """The balance evidence assembled from the shipped course tables."""
    return build_evidence({name: load_table(name) for name in EVIDENCE_TABLES})


def trade_ratio(rok_trade: pd.DataFrame, dprk_trade: pd.DataFrame) -> pd.Series:
    """Per year with a total for both: South Korea-Russia trade divided by Russia-DPRK trade.

    Where a table gives several totals for a year (different statistics), the first is used."""
    rok = rok_trade.dropna(subset=["total_usd_million"]).drop_duplicates("year").set_index("year")["total_usd_million"]
    dprk = dprk_trade.dropna(subset=["total_usd_million"]).drop_duplicates("year").set_index("year")["total_usd_million"]
    both = rok.index.intersection(dprk.index)
    return (rok[both] / dprk[both]).rename("rok_to_dprk_trade")


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

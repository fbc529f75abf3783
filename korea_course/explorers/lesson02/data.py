"""Lesson 2 data shaping: the terms of the 2012 agreement, the repayment schedule (nominal and
present value), the Russia–DPRK trade figures by kind of source, the Khasan–Rajin milestones,
the steps from summit to law, and the bars of the value and write-off figures.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from ...data import date_text, load_table, split_multi


# Which rows of debt_settlement_terms.csv describe "the real deal" used as the reference.
DEAL_TERM_IDS = {
    "total_usd": "total-10-96bn",            # Duma figure (Reuters, 19 Apr 2014)
    "share_written_off_percent": "share-written-off",
    "years": "term-years",
    "per_year": "instalments-frequency",
    "n_instalments": "instalments-number",
    "stated_remainder_usd": "remainder-1-09bn",
}


def _number(terms: pd.DataFrame, term_id: str) -> float:
    rows = terms.loc[terms["term_id"] == term_id, "value"]
    if rows.empty:
        raise KeyError(f"debt_settlement_terms has no row {term_id!r}")
    return float(rows.iloc[0])


def real_deal(terms: pd.DataFrame | None = None) -> dict[str, float]:
    """The terms of the 2012 agreement as the course data gives them (numbers only)."""
    terms = load_table("debt_settlement_terms") if terms is None else terms
    deal = {key: _number(terms, term_id) for key, term_id in DEAL_TERM_IDS.items()}
    for key in ("years", "per_year", "n_instalments"):
        deal[key] = int(deal[key])
    return deal


def totals_by_source(terms: pd.DataFrame) -> pd.DataFrame:
    """The different totals the sources give (one row each), largest first."""
    rows = terms[terms["term"] == "total debt"].copy()
    rows["total_usd"] = rows["value"].astype(float)
    rows["total_bn"] = rows["total_usd"] / 1e9
    return (rows[["term_id", "total_usd", "total_bn", "source_ids", "note"]]
            .sort_values("total_usd", ascending=False).reset_index(drop=True))


def with_date_text(table: pd.DataFrame, column: str = "date") -> pd.DataFrame:
    """A copy with a ``when`` column that writes each date at the precision its source gives
    ('2012-05' for a month, not '2012-05-01'), placed first."""
    out = table.copy()
    precision = out.get(f"{column}_precision", pd.Series("day", index=out.index))
    out.insert(0, "when", [date_text(d, p) for d, p in zip(out[column], precision)])
    return out


@dataclass(frozen=True)
class RepaymentPlan:
    """What a settlement of this shape pays the creditor, instalment by instalment."""

    total_usd: float
    share_written_off_percent: float
    years: float
    per_year: int
    discount_rate_percent: float
    schedule: pd.DataFrame
    written_off_usd: float
    remainder_usd: float
    n_instalments: int
    instalment_usd: float
    nominal_usd: float
    present_value_usd: float

    @property
    def pv_share(self) -> float:
        """Present value as a share of the nominal sum (0–1)."""
        return self.present_value_usd / self.nominal_usd if self.nominal_usd else float("nan")


def repayment_schedule(total_usd: float, share_written_off_percent: float = 90.0, years: float = 20,
                       per_year: int = 2, discount_rate_percent: float = 0.0) -> RepaymentPlan:
    """Equal instalments of the part not written off; nominal and present value.

    Assumptions (state them when you use the numbers): instalments are equal, the first is
    paid one period (1/per_year of a year) after the start, and the discount rate is an
    annual rate compounded per period: a payment at time t years is worth (1 + r)^-t today.
    """
    total_usd = float(total_usd)
    share = float(share_written_off_percent)
    rate = float(discount_rate_percent)
    if not math.isfinite(total_usd) or total_usd <= 0:
        raise ValueError("the total debt must be a positive amount")
    if not 0 <= share <= 100:
        raise ValueError("the share written off must be between 0 and 100 percent")
    if int(per_year) != per_year or not 1 <= int(per_year) <= 12:
        raise ValueError("instalments per year must be a whole number from 1 to 12")
    per_year = int(per_year)
    n_float = float(years) * per_year
    if years <= 0 or abs(n_float - round(n_float)) > 1e-9:
        raise ValueError("years × instalments per year must be a positive whole number of instalments")
    if not math.isfinite(rate) or rate <= -100:
        raise ValueError("the discount rate must be above -100 percent")
    n = int(round(n_float))
    written_off = total_usd * share / 100
    remainder = total_usd - written_off
    instalment = remainder / n
    k = np.arange(1, n + 1)
    t = k / per_year
    factor = (1 + rate / 100) ** (-t)
    payment = np.full(n, instalment)
    pv = payment * factor
    schedule = pd.DataFrame({
        "instalment": k,
        "year": t,
        "payment_usd": payment,
        "cumulative_usd": np.cumsum(payment),
        "discount_factor": factor,
        "present_value_usd": pv,
        "cumulative_present_value_usd": np.cumsum(pv),
    })
    return RepaymentPlan(total_usd, share, float(years), per_year, rate, schedule, written_off, remainder, n,
                         instalment, float(payment.sum()), float(pv.sum()))


def deal_plan(deal: Mapping[str, float], discount_rate_percent: float = 0.0) -> RepaymentPlan:
    return repayment_schedule(deal["total_usd"], deal["share_written_off_percent"], deal["years"],
                              deal["per_year"], discount_rate_percent)


def yearly_table(plan: RepaymentPlan) -> pd.DataFrame:
    """The schedule summed per year of the term, in million USD (for the explorer's table)."""
    s = plan.schedule
    # numpy rather than groupby/agg (the calculator rebuilds this table on every change); the
    # schedule is in time order, so each year of the term is one run of consecutive instalments
    year_no = np.ceil(s["year"].to_numpy() - 1e-9).astype(int)
    years, first = np.unique(year_no, return_index=True)
    last = np.r_[first[1:], len(year_no)] - 1
    paid = np.add.reduceat(s["payment_usd"].to_numpy(), first)
    pv = np.add.reduceat(s["present_value_usd"].to_numpy(), first)
    columns = {"year of term": years,
               "paid (m USD)": paid,
               "cumulative (m USD)": s["cumulative_usd"].to_numpy()[last],
               "present value (m USD)": pv,
               "cumulative present value (m USD)": s["cumulative_present_value_usd"].to_numpy()[last]}
    out = pd.DataFrame(columns)
    out.iloc[:, 1:] = (out.iloc[:, 1:] / 1e6).round(1)
    return out


# What kind of source stands behind each trade row (the note says so too).
SOURCE_FAMILIES = {
    "kotra": "KOTRA (South Korea)",
    "itc": "ITC Trade Map (UN-based)",
    "russia": "Russian official / customs",
    "press": "Press or industry estimate (data not stated)",
}
_FAMILY_OF_SOURCE = {
    "yonhap-2014-05-22-kotra-trade-2013": "kotra",
    "yonhap-2015-kotra-russia-trade-2014": "kotra",
    "kbs-fr-2016-rfa-itc-trade-2015": "itc",
    "yonhap-2020-03-18-trade-2019": "itc",
    "ria-2018-06-14-trade-2017": "russia",
    "tass-2019-04-23-trade-2018": "russia",
    "tass-2021-02-19-trade-2020": "russia",
    "ria-2024-06-ushakov-trade-2023": "russia",
    "rfa-2018-02-21-russia-dprk-trade-2017": "russia",
    "newspim-2022-03-08-russia-dprk-trade-2021": "russia",
    "asiatoday-2022-03-08-russia-dprk-trade-2021": "russia",
    "rtvi-2022-10-trade-far-east": "press",
    "nknews-2025-06-11-russia-dprk-trade-2024": "press",
    "kbs-2025-06-russia-dprk-trade-2024": "press",
}
MEASURES = {
    "total_usd_million": "Total trade",
    "russia_exports_usd_million": "Russian exports to the DPRK",
    "russia_imports_usd_million": "Russian imports from the DPRK",
}
# What the trade chart can be compared with: the lesson asks what trade the debt deal could support.
# The target is the Far East Development Ministry's "1 billion USD a year by 2020" (October 2014).
TRADE_TARGET_M = 1000.0
COMPARE_WITH = {
    "none": "Nothing",
    "repayment": "Yearly debt repayment (remainder ÷ years)",
    "target": "Trade target for 2020 (1 billion USD a year)",
}
# Dated Khasan–Rajin milestones marked on the trade chart, with short labels.
RAJIN_MILESTONES = {
    "opening": "Line opens",
    "trial1-depart": "1st coal trial",
    "trial2": "2nd trial",
    "trial3": "3rd trial",
    "rok-suspension": "Seoul suspends",
}


def source_family(source_ids: str) -> str:
    """The family key ('kotra', 'itc', 'russia', 'press') of a trade row's sources."""
    for sid in split_multi(source_ids):
        if sid in _FAMILY_OF_SOURCE:
            return _FAMILY_OF_SOURCE[sid]
    return "press"


def trade_with_family(trade: pd.DataFrame) -> pd.DataFrame:
    out = trade.copy()
    out["family"] = out["source_ids"].map(source_family)
    return out


def filter_trade(trade: pd.DataFrame, measure: str, years: tuple[int, int], families: Iterable[str]) -> pd.DataFrame:
    """Rows with a value for ``measure`` within ``years`` (inclusive) from the chosen source families."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}")
    t = trade_with_family(trade)
    first, last = sorted(int(y) for y in years)
    mask = t[measure].notna() & t["year"].between(first, last) & t["family"].isin(list(families))
    return t[mask].sort_values(["year", "family"]).reset_index(drop=True)


def yearly_repayment_m(terms: pd.DataFrame | None = None) -> float:
    """What the 2012 deal asks the DPRK to repay each year, in million USD: the sourced remainder
    (1.09 bn) over the sourced term (20 years) = 54.5 million."""
    deal = real_deal(terms)
    return deal["stated_remainder_usd"] / deal["years"] / 1e6


def reference_level(compare_with: str, repayment_m: float) -> float | None:
    """The height of the chart's reference line (million USD), or None for no line."""
    if compare_with not in COMPARE_WITH:
        raise ValueError(f"unknown comparison {compare_with!r}; choose one of {', '.join(COMPARE_WITH)}")
    return {"none": None, "repayment": float(repayment_m), "target": TRADE_TARGET_M}[compare_with]


def source_spread(shown: pd.DataFrame, measure: str) -> pd.DataFrame:
    """Years with more than one figure: how many, lowest, highest and the gap as % of the lowest."""
    values = shown.dropna(subset=[measure]).groupby("year")[measure]
    out = pd.DataFrame({"figures": values.size(), "low": values.min(), "high": values.max()})
    out = out[out["figures"] > 1].reset_index()
    out["spread_percent"] = (out["high"] - out["low"]) / out["low"] * 100
    return out


def years_below(trade: pd.DataFrame, measure: str, level: float) -> list[int]:
    """Years in which every source's figure for ``measure`` is below ``level`` (million USD)."""
    highest = trade.dropna(subset=[measure]).groupby("year")[measure].max()
    return [int(y) for y, v in highest.items() if v < level]


def rajin_milestones(khasan: pd.DataFrame) -> pd.DataFrame:
    """The dated milestones marked on the trade chart, with a decimal year for plotting."""
    rows = khasan[khasan["item_id"].isin(list(RAJIN_MILESTONES))].copy()
    rows["label"] = rows["item_id"].map(RAJIN_MILESTONES)
    rows["x"] = rows["date"].dt.year + (rows["date"].dt.day_of_year - 1) / 365.25
    rows = rows.sort_values("date").reset_index(drop=True)
    rows["number"] = range(1, len(rows) + 1)
    return rows


def path_steps(timeline: pd.DataFrame, start: str = "2011-08-01", end: str = "2014-05-31") -> pd.DataFrame:
    """The steps from the Ulan-Ude summit to the law, marked bilateral or Russian-only."""
    rows = timeline[(timeline["date"] >= pd.Timestamp(start)) & (timeline["date"] <= pd.Timestamp(end))].copy()
    rows["bilateral"] = rows["actors"].map(lambda a: {"RUS", "DPRK"} <= set(split_multi(a)))
    return rows.sort_values("date").reset_index(drop=True)


def value_comparison(terms: pd.DataFrame, exchange: pd.DataFrame, discount_rate_percent: float = 5.0) -> pd.DataFrame:
    """Bars for the 'what was it worth' figure: label, billion USD, sourced or computed, source ids."""
    deal = real_deal(terms)
    plan = deal_plan(deal, discount_rate_percent)
    market = float(exchange.loc[exchange["item_id"] == "market-value-2012", "value"].iloc[0])
    rows = [
        ("Face value at the Soviet rate (2012 agreement)", deal["total_usd"], "sourced", DEAL_TERM_IDS["total_usd"]),
        ("Written off (90 %)", plan.written_off_usd, "computed", ""),
        ("Remainder to be repaid over 20 years", deal["stated_remainder_usd"], "sourced",
         DEAL_TERM_IDS["stated_remainder_usd"]),
        (f"Remainder's present value at {discount_rate_percent:g} % a year", plan.present_value_usd, "computed", ""),
        ("Whole debt at the 2012 market exchange rate (estimate)", market, "sourced", "market-value-2012"),
    ]
    return pd.DataFrame(rows, columns=["label", "usd", "kind", "row_id"])


def writeoff_bars(writeoffs: pd.DataFrame, exclude: Sequence[str] = ("cuba-2013-report",)) -> pd.DataFrame:
    rows = writeoffs[~writeoffs["writeoff_id"].isin(list(exclude))].copy()
    rows["label"] = rows["country"].str.replace(" (DPRK)", "", regex=False) + " " + rows["year"].astype(str)
    rows["size"] = rows[["debt_usd", "amount_written_off_usd"]].max(axis=1)
    return rows.sort_values("size").reset_index(drop=True)

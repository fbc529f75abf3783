"""Lesson 2 words: the text descriptions of the calculator, the trade chart and the lesson's
figures, and the explorers' keys (shown as HTML instead of a legend).
"""
from __future__ import annotations

import math

import pandas as pd

from ...formatting import join_words, linestyle_words, marker_key, money, year_range
from ...plotting import MARKERS
from .data import (MEASURES, RepaymentPlan, SOURCE_FAMILIES, path_steps, source_spread, value_comparison,
                   writeoff_bars)
from .style import TRADE_COLOURS, TRADE_LINE_STYLES


def _amount(x: float) -> str:
    """54.5 → '54.5', 1000 → '1,000' (million USD on the trade chart)."""
    return f"{x:,.1f}".rstrip("0").rstrip(".")


def _bn(x: float) -> str:
    return money(x, "billion", digits=2)


def _m(x: float) -> str:
    return money(x, "million", digits=1)


def describe_repayment(plan: RepaymentPlan, reference: RepaymentPlan | None = None) -> str:
    """A text alternative of the calculator's chart, in full sentences."""
    years = f"{plan.years:g}"
    text = (f"A debt of {_bn(plan.total_usd)} with {plan.share_written_off_percent:g} % written off leaves "
            f"{_bn(plan.remainder_usd)} to repay (written off: {_bn(plan.written_off_usd)}). "
            f"It is paid in {plan.n_instalments} equal instalments of {_m(plan.instalment_usd)}, "
            f"{plan.per_year} a year over {years} years, so the cumulative line climbs in equal steps to "
            f"{_bn(plan.nominal_usd)}.")
    if plan.discount_rate_percent:
        text += (f" Discounted at {plan.discount_rate_percent:g} % a year, those payments are worth "
                 f"{_bn(plan.present_value_usd)} today, {plan.pv_share:.0%} of the nominal sum; the dashed "
                 f"present-value line flattens because later payments count for less.")
    else:
        text += " With a discount rate of 0 % the present value equals the nominal sum."
    if reference is not None:
        same = (math.isclose(plan.nominal_usd, reference.nominal_usd, rel_tol=1e-9)
                and plan.n_instalments == reference.n_instalments)
        if same:
            text += " These are the terms of the real 2012 agreement (dotted black line)."
        else:
            text += (f" For comparison, the real 2012 agreement (dotted black line) pays {_bn(reference.nominal_usd)} "
                     f"in {reference.n_instalments} instalments over {reference.years:g} years, present value "
                     f"{_bn(reference.present_value_usd)} at the same rate.")
    return text


# Keys of the explorers' figures, in words: the explorers put them in the HTML above the figure
# instead of a legend (the Agg renderer lays out and draws a legend again on every change, 9–13 ms
# of each redraw). Line style and marker stay in the figure, so colour is never the only cue.
REPAYMENT_KEY = ("Key: solid blue line = what Russia receives, nominal (cumulative); "
                 "dashed orange line = the same payments in present value (cumulative); "
                 "dotted black line ending in an ✕ = the real 2012 deal, nominal.")


def describe_spread(shown: pd.DataFrame, measure: str) -> str:
    """Where the sources give more than one figure for a year, and how far apart they are."""
    spread = source_spread(shown, measure)
    if spread.empty:
        return "No year in the current choice has figures from more than one source."
    parts = [f"{r.year}: {r.low:g} to {r.high:g}, a gap of {r.spread_percent:.1f} %" for r in spread.itertuples()]
    return "Sources disagree for " + join_words(parts) + "."


def describe_reference(shown: pd.DataFrame, measure: str, label: str, level: float) -> str:
    """How the chosen comparison line relates to the trade figures shown."""
    if shown.empty:
        return f"The line marks {label.lower()}: {_amount(level)} million USD."
    highest = shown.groupby("year")[measure].max()
    below = [str(y) for y, v in highest.items() if v < level]
    above = [str(y) for y, v in highest.items() if v >= level]
    text = f"The horizontal line marks {label.lower()}: {_amount(level)} million USD. "
    if not above:
        text += (f"Every figure shown is below it; the highest, {highest.max():g}, is {level / highest.max():.1f} "
                 f"times smaller.")
    elif not below:
        text += "Every year shown has a figure at or above it."
    else:
        text += (f"Every figure is below it in {join_words(below)}; some figure reaches it in {join_words(above)}.")
    return text


def describe_trade(shown: pd.DataFrame, measure: str, years: tuple[int, int], milestones: pd.DataFrame | None,
                   reference: tuple[str, float] | None = None) -> str:
    what = MEASURES[measure].lower()
    if shown.empty:
        text = f"No source in the current choice gives {what} for {year_range(*years)}."
    else:
        parts = []
        for year, rows in shown.groupby("year"):
            values = [f"{v:g}" + (f" ({SOURCE_FAMILIES[f].split(' (')[0]})" if len(rows) > 1 else "")
                      for v, f in zip(rows[measure], rows["family"])]
            parts.append(f"{year}: {' or '.join(values)}")
        top = shown.loc[shown[measure].idxmax()]
        low = shown.loc[shown[measure].idxmin()]
        fams = join_words(sorted({SOURCE_FAMILIES[f] for f in shown["family"]}))
        text = (f"{MEASURES[measure]} in million USD, {year_range(*years)}, from {fams}: " + "; ".join(parts)
                + f". The highest figure shown is {top[measure]:g} ({int(top['year'])}), the lowest {low[measure]:g} "
                  f"({int(low['year'])}). Years without a point have no source figure; they are not zero.")
        if (shown.groupby("year").size() > 1).any():
            text += " " + describe_spread(shown, measure)
    if reference is not None:
        text += " " + describe_reference(shown, measure, *reference)
    if milestones is not None and not milestones.empty:
        marks = [f"{r.number}: {r.label} ({r.date:%b %Y})" for r in milestones.itertuples()]
        text += " Numbered vertical lines mark Khasan–Rajin milestones — " + join_words(marks) + "."
    return text


def trade_key() -> str:
    """The trade chart's key in words: marker, line style and colour of each kind of source."""
    parts = [f"{marker_key(MARKERS[i], plural=True)} on a {linestyle_words(TRADE_LINE_STYLES[i])} "
             f"{TRADE_COLOURS[i].replace('_', ' ').replace('reddish ', '')} line = {label}"
             for i, label in enumerate(SOURCE_FAMILIES.values())]
    return ("Key: " + "; ".join(parts) + "; thick grey bar = the gap between two sources' figures for one year; "
            "dash-dot black horizontal line = the comparison you chose; dashed grey vertical lines = Khasan–Rajin "
            "milestones (numbered).")


_SHORT_STEP = {
    "ulan-ude-summit": "Ulan-Ude summit",
    "izvestia-report": "Izvestia: 90 % plan",
    "storchak-pyongyang": "Storchak in Pyongyang",
    "agreement-signed": "Agreement signed",
    "writeoff-announced": "Write-off announced",
    "bill-submitted": "Bill to the Duma",
    "duma-committee": "Duma committee",
    "duma-ratifies": "Duma ratifies",
    "federation-council": "Federation Council",
    "law-signed": "Putin signs law",
}


def describe_debt_path(timeline: pd.DataFrame) -> str:
    steps = path_steps(timeline)
    bil = steps[steps["bilateral"]]
    rus = steps[~steps["bilateral"]]

    def fmt(r):
        when = r["date"].strftime("%B %Y") if r["date_precision"] == "month" else f"{r['date']:%d %B %Y}"
        return f"{_SHORT_STEP.get(r['step_id'], r['step_id'])} ({when})"

    return (f"A timeline of {len(steps)} steps from {steps['date'].min():%B %Y} to {steps['date'].max():%B %Y}. "
            f"Red circles are steps taken by Russia and the DPRK together: "
            f"{join_words([fmt(r) for _, r in bil.iterrows()])}. Blue squares are steps on the Russian side only: "
            f"{join_words([fmt(r) for _, r in rus.iterrows()])}. The last joint step is in September 2012; "
            f"everything in 2014 is Russian ratification.")


def describe_value_comparison(terms: pd.DataFrame, exchange: pd.DataFrame, discount_rate_percent: float = 5.0) -> str:
    bars = value_comparison(terms, exchange, discount_rate_percent)
    parts = [f"{r.label}: {_bn(r.usd)} ({'from a source' if r.kind == 'sourced' else 'computed'})"
             for r in bars.itertuples()]
    face, market = bars["usd"].iloc[0], bars["usd"].iloc[-1]
    return (f"A bar chart of {len(bars)} amounts. {'; '.join(parts)}. The market-rate estimate is "
            f"{market / face:.1%} of the face value, smaller even than the remainder Russia asked to be repaid.")


def describe_writeoffs(writeoffs: pd.DataFrame) -> str:
    rows = writeoff_bars(writeoffs).iloc[::-1]

    def one(r) -> str:
        bits = []
        if pd.notna(r.debt_usd):
            bits.append(f"debt {money(r.debt_usd, 'billion', significant=4)}")
        if pd.notna(r.amount_written_off_usd):
            bits.append(f"written off {money(r.amount_written_off_usd, 'billion', significant=4)}")
        if pd.notna(r.share_written_off_percent):
            bits.append(f"{r.share_written_off_percent:g} %")
        return f"{r.label} ({', '.join(bits)})"

    rank = [c.startswith("North Korea") for c in rows["country"]].index(True) + 1 if \
        rows["country"].str.startswith("North Korea").any() else None
    text = (f"Paired horizontal bars for {len(rows)} settlements, largest first: "
            + "; ".join(one(r) for r in rows.itertuples())
            + ". Missing bars mean the sources give no figure.")
    if rank:
        text += f" North Korea's settlement is number {rank} of {len(rows)} by size."
    return text

"""Lesson 2 — the debt settlement: the repayment calculator and the trade / Khasan–Rajin
explorer, with the lesson's figures and their text descriptions.

The lesson's code by concern: ``data`` (tables in, tables out: what exercises import), ``text``
(descriptions and keys), ``style`` (colours, markers and line styles that figures draw and keys
name), ``figures`` (matplotlib). This module holds the views — pure functions, data in, ``View``
out — and the thin ``*_explorer`` wrappers that put controls on them, and re-exports every name
the notebook, the exercises and the tests use.
"""
from __future__ import annotations

import html
from typing import Mapping, Sequence

import ipywidgets as widgets
import pandas as pd
from matplotlib.figure import Figure

from ...data import load_table
from ...formatting import money, year_range
from ...widgets import Explorer, LABEL_STYLE, View, dropdown, multi_picker, persistent, year_range_slider
from .data import (
    COMPARE_WITH, MEASURES, RepaymentPlan, SOURCE_FAMILIES, TRADE_TARGET_M, deal_plan, filter_trade, path_steps,
    rajin_milestones, real_deal, reference_level, repayment_schedule, source_family, source_spread, totals_by_source,
    trade_with_family, value_comparison, with_date_text, writeoff_bars, yearly_repayment_m, yearly_table, years_below,
)
from .text import (
    REPAYMENT_KEY, describe_debt_path, describe_reference, describe_repayment, describe_spread, describe_trade,
    describe_value_comparison, describe_writeoffs, trade_key,
)
from .figures import _RepaymentPlot, _TradePlot, draw_debt_path, draw_value_comparison, draw_writeoffs


def repayment_view(deal: Mapping[str, float], total_bn: float, share_written_off_percent: float, years: int,
                   per_year: int, discount_rate_percent: float) -> View:
    """The pure model behind the repayment calculator."""
    plan = repayment_schedule(total_bn * 1e9, share_written_off_percent, years, per_year, discount_rate_percent)
    reference = deal_plan(deal, discount_rate_percent)
    summary = (f"Russia receives <strong>{money(plan.nominal_usd, 'billion', digits=2)}</strong> nominal in "
               f"{plan.n_instalments} instalments of {money(plan.instalment_usd, 'million', digits=1)}; present "
               f"value at {discount_rate_percent:g} % a year: "
               f"<strong>{money(plan.present_value_usd, 'billion', digits=2)}</strong>."
               f"<br><span class='course-key'>{html.escape(REPAYMENT_KEY)}</span>")

    def draw(fig: Figure) -> None:
        persistent(fig, "repayment", _RepaymentPlot).update(plan, reference)

    return View(description=describe_repayment(plan, reference), draw=draw, table=yearly_table(plan),
                summary=summary, extra={"plan": plan, "reference": reference})


def repayment_explorer(terms: pd.DataFrame | None = None) -> Explorer:
    """Sliders for the deal's terms → schedule, cumulative chart, nominal and present value."""
    deal = real_deal(terms)
    controls = {
        "total_bn": widgets.FloatSlider(value=round(deal["total_usd"] / 1e9, 2), min=1, max=40, step=0.01,
                                        description="Total debt (bn USD)", continuous_update=False,
                                        style=LABEL_STYLE, layout=widgets.Layout(width="420px")),
        "share_written_off_percent": widgets.FloatSlider(value=deal["share_written_off_percent"], min=0, max=100,
                                                         step=1, description="Written off (%)",
                                                         continuous_update=False, style=LABEL_STYLE),
        "years": widgets.IntSlider(value=deal["years"], min=1, max=40, description="Years to repay",
                                   continuous_update=False, style=LABEL_STYLE),
        "per_year": dropdown({1: "1 (yearly)", 2: "2 (half-yearly)", 4: "4 (quarterly)", 12: "12 (monthly)"},
                             "Instalments per year", value=deal["per_year"]),
        "discount_rate_percent": widgets.FloatSlider(value=5.0, min=0, max=15, step=0.5,
                                                     description="Discount rate (% a year)",
                                                     continuous_update=False, style=LABEL_STYLE),
    }
    return Explorer("Repayment calculator", controls, lambda **v: repayment_view(deal, **v), clear_figure=False,
                    intro="Start from the real deal (shown), then change one term at a time and watch the nominal "
                          "and present value of what Russia receives.")


def trade_view(trade: pd.DataFrame, khasan: pd.DataFrame, measure: str, years: tuple[int, int],
               families: Sequence[str], show_milestones: bool = True, compare_with: str = "none",
               milestones: pd.DataFrame | None = None, repayment_m: float | None = None) -> View:
    """The pure model behind the trade explorer: how far the sources disagree, and how trade compares
    with what the debt deal asks the DPRK to repay each year (or with Moscow's trade target).

    ``milestones`` may pass ``rajin_milestones(khasan)`` and ``repayment_m`` ``yearly_repayment_m()``,
    computed once (the explorer does).
    """
    shown = filter_trade(trade, measure, years, families)
    milestones = rajin_milestones(khasan) if milestones is None else milestones
    repayment_m = yearly_repayment_m() if repayment_m is None else repayment_m
    level = reference_level(compare_with, repayment_m)
    reference = None if level is None else (COMPARE_WITH[compare_with].split(" (")[0], level)
    first, last = sorted(years)
    marked = milestones[(milestones["x"] >= first) & (milestones["x"] < last + 1)] if show_milestones else None
    table = shown[["year", measure, "family", "source_ids"]].copy()
    table["family"] = table["family"].map(SOURCE_FAMILIES)
    table = table.rename(columns={measure: f"{MEASURES[measure]} (m USD)", "family": "kind of source"})
    n_years = shown["year"].nunique()
    summary = (f"<strong>{len(shown)}</strong> figures for <strong>{n_years}</strong> years "
               f"({year_range(first, last)}): one point per source, so a year can have two. ")
    if not shown.empty:
        summary += html.escape(describe_spread(shown, measure))
    if reference is not None:
        summary += "<br>" + html.escape(describe_reference(shown, measure, *reference))
    if show_milestones:
        summary += "<br>Milestones: " + "; ".join(f"{r.number} {r.label} ({r.date:%b %Y})"
                                                  for r in milestones.itertuples()) + "."
    summary += f"<br><span class='course-key'>{html.escape(trade_key())}</span>"

    def draw(fig: Figure) -> None:
        plot = persistent(fig, "trade", lambda f: _TradePlot(f, milestones))
        plot.update(shown, measure, (first, last), show_milestones, reference)

    return View(description=describe_trade(shown, measure, (first, last), marked, reference), draw=draw, table=table,
                summary=summary, extra={"count": len(shown), "years": sorted(shown["year"].unique().tolist()),
                                        "spread": source_spread(shown, measure), "level": level})


def trade_explorer(trade: pd.DataFrame | None = None, khasan: pd.DataFrame | None = None,
                   terms: pd.DataFrame | None = None) -> Explorer:
    trade = load_table("russia_dprk_trade") if trade is None else trade
    khasan = load_table("khasan_rajin") if khasan is None else khasan
    milestones = rajin_milestones(khasan)  # fixed: computed once, not on every change
    repayment_m = yearly_repayment_m(terms)
    years = trade["year"].astype(int)
    controls = {
        "measure": dropdown(MEASURES, "Measure", value="total_usd_million"),
        "years": year_range_slider(int(years.min()) - 1, int(years.max()) + 1, description="Years"),
        "families": multi_picker(SOURCE_FAMILIES, "Kinds of source"),
        "compare_with": dropdown(COMPARE_WITH, "Compare with", value="none"),
        "show_milestones": widgets.Checkbox(value=True, description="Mark Khasan–Rajin milestones",
                                            style=LABEL_STYLE, indent=False),
    }
    return Explorer("Trade: how the sources disagree, and what the debt deal could support", controls,
                    lambda **v: trade_view(trade, khasan, milestones=milestones, repayment_m=repayment_m, **v),
                    clear_figure=False,
                    intro="Each point is one source's figure; a grey bar joins two sources' figures for the same "
                          "year. 'Compare with' draws what the DPRK owes Russia each year under the 2012 deal, or "
                          "Moscow's trade target; dashed grey lines are the Khasan–Rajin milestones.")


__all__ = [
    "real_deal", "totals_by_source", "with_date_text", "RepaymentPlan", "repayment_schedule", "deal_plan",
    "describe_repayment", "yearly_table", "repayment_view", "repayment_explorer", "REPAYMENT_KEY", "trade_key",
    "SOURCE_FAMILIES", "MEASURES", "COMPARE_WITH", "TRADE_TARGET_M", "yearly_repayment_m", "reference_level",
    "source_spread", "years_below", "describe_spread", "describe_reference", "source_family", "trade_with_family", "filter_trade", "rajin_milestones",
    "describe_trade", "trade_view", "trade_explorer", "path_steps", "draw_debt_path", "describe_debt_path",
    "value_comparison", "draw_value_comparison", "describe_value_comparison", "writeoff_bars",
    "draw_writeoffs", "describe_writeoffs",
]

"""Lesson 2 — the debt settlement: the repayment calculator, the trade / Khasan–Rajin
explorer, and the lesson's figures with their text descriptions.

Everything here is a pure function (tables in, numbers / ``View`` / text out) except the
thin ``*_explorer`` wrappers, so tests and notebooks can use the same code.
"""
from __future__ import annotations

import html
import math
from dataclasses import dataclass
from typing import Iterable, Mapping, Sequence

import ipywidgets as widgets
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MultipleLocator

from ..data import date_text, load_table, split_multi
from ..plotting import MARKERS, OKABE_ITO, join_words, fixed_layout, pin_text_positions
from ..widgets import LABEL_STYLE, Explorer, View, dropdown, multi_picker, persistent, year_range_slider

# ------------------------------------------------------------------------------ the deal
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


def _bn(x: float) -> str:
    return f"{x / 1e9:.2f} billion USD"


def _m(x: float) -> str:
    return f"{x / 1e6:.1f} million USD"


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


# Keys of the explorers' figures, in words: the explorers put them in the HTML above the figure
# instead of a legend (the Agg renderer lays out and draws a legend again on every change, 9–13 ms
# of each redraw). Line style and marker stay in the figure, so colour is never the only cue.
REPAYMENT_KEY = ("Key: solid blue line = what Russia receives, nominal (cumulative); "
                 "dashed orange line = the same payments in present value (cumulative); "
                 "dotted black line ending in an ✕ = the real 2012 deal, nominal.")
LINE_STYLE_WORDS = {"-": "solid", "--": "dashed", "-.": "dash-dot", ":": "dotted"}
MARKER_WORDS = {"o": "● circles", "s": "■ squares", "^": "▲ triangles", "D": "◆ diamonds"}
TRADE_COLOURS = ["blue", "vermillion", "bluish_green", "reddish_purple"]
TRADE_LINE_STYLES = ["-", "--", "-.", ":"]




class _RepaymentPlot:
    def __init__(self, fig: Figure):
        fig.subplots_adjust(left=0.09, right=0.98, bottom=0.15, top=0.9)
        self.ax = ax = fig.add_subplot()
        (self.nominal,) = ax.step([], [], where="post", color=OKABE_ITO["blue"], linewidth=2,
                                  label="Received, nominal (cumulative)")
        (self.pv,) = ax.step([], [], where="post", color=OKABE_ITO["orange"], linewidth=2, linestyle="--",
                             label="Received, present value (cumulative)")
        (self.real,) = ax.step([], [], where="post", color=OKABE_ITO["black"], linewidth=1.4, linestyle=":",
                               label="Real 2012 deal, nominal")
        (self.real_end,) = ax.plot([], [], linestyle="none", marker="X", markersize=9, color=OKABE_ITO["black"])
        ax.set_xlabel("Years after the start of repayment")
        ax.set_ylabel("billion USD")
        ax.set_title("Cumulative repayments: solid = nominal, dashed = present value, dotted = real 2012 deal",
                     loc="left", y=1.0)
        pin_text_positions(ax, xlabel_y=-0.12, ylabel_x=-0.07)

    def update(self, plan: RepaymentPlan, reference: RepaymentPlan) -> None:
        s, r = plan.schedule, reference.schedule
        x = np.concatenate([[0.0], s["year"].to_numpy()])
        self.nominal.set_data(x, np.concatenate([[0.0], s["cumulative_usd"].to_numpy() / 1e9]))
        self.pv.set_data(x, np.concatenate([[0.0], s["cumulative_present_value_usd"].to_numpy() / 1e9]))
        xr = np.concatenate([[0.0], r["year"].to_numpy()])
        self.real.set_data(xr, np.concatenate([[0.0], r["cumulative_usd"].to_numpy() / 1e9]))
        self.real_end.set_data([xr[-1]], [r["cumulative_usd"].iloc[-1] / 1e9])
        top = max(plan.nominal_usd, reference.nominal_usd) / 1e9
        self.ax.set_xlim(0, max(plan.years, reference.years) + 0.5)
        self.ax.set_ylim(0, top * 1.12 if top > 0 else 1)


def repayment_view(deal: Mapping[str, float], total_bn: float, share_written_off_percent: float, years: int,
                   per_year: int, discount_rate_percent: float) -> View:
    """The pure model behind the repayment calculator."""
    plan = repayment_schedule(total_bn * 1e9, share_written_off_percent, years, per_year, discount_rate_percent)
    reference = deal_plan(deal, discount_rate_percent)
    summary = (f"Russia receives <strong>{plan.nominal_usd / 1e9:.2f} bn USD</strong> nominal in "
               f"{plan.n_instalments} instalments of {plan.instalment_usd / 1e6:.1f} m USD; present value at "
               f"{discount_rate_percent:g} % a year: <strong>{plan.present_value_usd / 1e9:.2f} bn USD</strong>."
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


# ------------------------------------------------------------------------------ trade
# What kind of source stands behind each trade row (the note says so too).
SOURCE_FAMILIES = {
    "kotra": "KOTRA (South Korea)",
    "itc": "ITC Trade Map (UN-based)",
    "russia": "Russian official / customs",
    "press": "Press (source not stated)",
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
    "rtvi-2022-10-trade-far-east": "press",
}
MEASURES = {
    "total_usd_million": "Total trade",
    "russia_exports_usd_million": "Russian exports to the DPRK",
    "russia_imports_usd_million": "Russian imports from the DPRK",
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


def rajin_milestones(khasan: pd.DataFrame) -> pd.DataFrame:
    """The dated milestones marked on the trade chart, with a decimal year for plotting."""
    rows = khasan[khasan["item_id"].isin(list(RAJIN_MILESTONES))].copy()
    rows["label"] = rows["item_id"].map(RAJIN_MILESTONES)
    rows["x"] = rows["date"].dt.year + (rows["date"].dt.day_of_year - 1) / 365.25
    rows = rows.sort_values("date").reset_index(drop=True)
    rows["number"] = range(1, len(rows) + 1)
    return rows


def describe_trade(shown: pd.DataFrame, measure: str, years: tuple[int, int], milestones: pd.DataFrame | None) -> str:
    what = MEASURES[measure].lower()
    if shown.empty:
        text = f"No source in the current choice gives {what} for {years[0]}–{years[1]}."
    else:
        parts = []
        for year, rows in shown.groupby("year"):
            values = [f"{v:g}" + (f" ({SOURCE_FAMILIES[f].split(' (')[0]})" if len(rows) > 1 else "")
                      for v, f in zip(rows[measure], rows["family"])]
            parts.append(f"{year}: {' or '.join(values)}")
        top = shown.loc[shown[measure].idxmax()]
        low = shown.loc[shown[measure].idxmin()]
        fams = join_words(sorted({SOURCE_FAMILIES[f] for f in shown["family"]}))
        text = (f"{MEASURES[measure]} in million USD, {years[0]}–{years[1]}, from {fams}: " + "; ".join(parts)
                + f". The highest figure shown is {top[measure]:g} ({int(top['year'])}), the lowest {low[measure]:g} "
                  f"({int(low['year'])}). Years without a point have no source figure; they are not zero.")
        dup = shown.groupby("year").size()
        if (dup > 1).any():
            text += f" Sources disagree for {join_words([str(y) for y in dup[dup > 1].index])}."
    if milestones is not None and not milestones.empty:
        marks = [f"{r.number}: {r.label} ({r.date:%b %Y})" for r in milestones.itertuples()]
        text += " Numbered vertical lines mark Khasan–Rajin milestones — " + join_words(marks) + "."
    return text


def _with_gaps(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Insert NaN between points more than a year apart, so no line bridges years without data."""
    if len(x) < 2:
        return x, y
    xs, ys = [x[0]], [y[0]]
    for i in range(1, len(x)):
        if x[i] - x[i - 1] > 1:
            xs.append(np.nan)
            ys.append(np.nan)
        xs.append(x[i])
        ys.append(y[i])
    return np.array(xs), np.array(ys)


class _TradePlot:
    def __init__(self, fig: Figure, milestones: pd.DataFrame):
        fig.subplots_adjust(left=0.08, right=0.98, bottom=0.15, top=0.88)
        self.ax = ax = fig.add_subplot()
        self.lines = {}
        for i, (key, label) in enumerate(SOURCE_FAMILIES.items()):
            (self.lines[key],) = ax.plot([], [], marker=MARKERS[i], linestyle=TRADE_LINE_STYLES[i],
                                         color=OKABE_ITO[TRADE_COLOURS[i]], markersize=7, linewidth=1.3, label=label)
        self.vlines, self.labels = [], []
        for i, r in enumerate(milestones.itertuples()):
            self.vlines.append(ax.axvline(r.x, color=OKABE_ITO["grey"], linewidth=1, linestyle=(0, (2, 2)), zorder=0))
            # a short number, not a rotated label: rotated text is re-rendered on every redraw (slow)
            self.labels.append(ax.text(r.x, 0.99, str(i + 1), transform=ax.get_xaxis_transform(),
                                       fontsize=8, va="top", ha="center", color="#444444"))
        ax.set_xlabel("Year")
        ax.set_ylabel("million USD")
        ax.xaxis.set_major_locator(MultipleLocator(2))
        # no legend: the key is in the HTML above the chart (trade_key); marker and line style stay here
        self.title = ax.set_title("", loc="left", y=1.0)
        pin_text_positions(ax)

    def update(self, shown: pd.DataFrame, measure: str, years: tuple[int, int], show_milestones: bool) -> None:
        for key, line in self.lines.items():
            rows = shown[shown["family"] == key]
            line.set_data(*_with_gaps(rows["year"].astype(float).to_numpy(), rows[measure].to_numpy(dtype=float)))
        first, last = sorted(years)
        for vline, label in zip(self.vlines, self.labels):
            x = vline.get_xdata()[0]
            visible = show_milestones and first <= x <= last + 1
            vline.set_visible(visible)
            label.set_visible(visible)
        self.ax.set_xlim(first - 0.5, last + 0.5)
        top = float(shown[measure].max()) if not shown.empty else 1.0
        self.ax.set_ylim(0, top * 1.25)
        self.title.set_text(f"{MEASURES[measure]}, Russia–DPRK (one point per source and year)")


def trade_key() -> str:
    """The trade chart's key in words: marker, line style and colour of each kind of source."""
    parts = [f"{MARKER_WORDS[MARKERS[i]]} on a {LINE_STYLE_WORDS[TRADE_LINE_STYLES[i]]} "
             f"{TRADE_COLOURS[i].replace('_', ' ').replace('reddish ', '')} line = {label}"
             for i, label in enumerate(SOURCE_FAMILIES.values())]
    return "Key: " + "; ".join(parts) + "; dashed grey vertical lines = Khasan–Rajin milestones (numbered)."


def trade_view(trade: pd.DataFrame, khasan: pd.DataFrame, measure: str, years: tuple[int, int],
               families: Sequence[str], show_milestones: bool = True,
               milestones: pd.DataFrame | None = None) -> View:
    """The pure model behind the trade / Khasan–Rajin explorer.

    ``milestones`` may pass ``rajin_milestones(khasan)`` computed once (the explorer does).
    """
    shown = filter_trade(trade, measure, years, families)
    milestones = rajin_milestones(khasan) if milestones is None else milestones
    first, last = sorted(years)
    marked = milestones[(milestones["x"] >= first) & (milestones["x"] < last + 1)] if show_milestones else None
    table = shown[["year", measure, "family", "source_ids"]].copy()
    table["family"] = table["family"].map(SOURCE_FAMILIES)
    table = table.rename(columns={measure: f"{MEASURES[measure]} (m USD)", "family": "kind of source"})
    n_years = shown["year"].nunique()
    summary = (f"<strong>{len(shown)}</strong> figures for <strong>{n_years}</strong> years "
               f"({first}–{last}); {len(trade)} rows in the table.")
    if show_milestones:
        summary += " Milestones: " + "; ".join(f"{r.number} {r.label} ({r.date:%b %Y})"
                                                 for r in milestones.itertuples()) + "."
    summary += f"<br><span class='course-key'>{html.escape(trade_key())}</span>"

    def draw(fig: Figure) -> None:
        plot = persistent(fig, "trade", lambda f: _TradePlot(f, milestones))
        plot.update(shown, measure, (first, last), show_milestones)

    return View(description=describe_trade(shown, measure, (first, last), marked), draw=draw, table=table,
                summary=summary, extra={"count": len(shown), "years": sorted(shown["year"].unique().tolist())})


def trade_explorer(trade: pd.DataFrame | None = None, khasan: pd.DataFrame | None = None) -> Explorer:
    trade = load_table("russia_dprk_trade") if trade is None else trade
    khasan = load_table("khasan_rajin") if khasan is None else khasan
    milestones = rajin_milestones(khasan)  # fixed: computed once, not on every change
    years = trade["year"].astype(int)
    controls = {
        "measure": dropdown(MEASURES, "Measure", value="total_usd_million"),
        "years": year_range_slider(int(years.min()) - 1, int(years.max()) + 1, description="Years"),
        "families": multi_picker(SOURCE_FAMILIES, "Kinds of source"),
        "show_milestones": widgets.Checkbox(value=True, description="Mark Khasan–Rajin milestones",
                                            style=LABEL_STYLE, indent=False),
    }
    return Explorer("Trade and the Khasan–Rajin project", controls,
                    lambda **v: trade_view(trade, khasan, milestones=milestones, **v), clear_figure=False,
                    intro="Pick what to show and which kinds of source to trust; dashed grey lines are the "
                          "Khasan–Rajin milestones, numbered and listed above the chart, where the key also "
                          "names each kind of source's marker and line style.")


# ------------------------------------------------------------------------------ lesson figures
def path_steps(timeline: pd.DataFrame, start: str = "2011-08-01", end: str = "2014-05-31") -> pd.DataFrame:
    """The steps from the Ulan-Ude summit to the law, marked bilateral or Russian-only."""
    rows = timeline[(timeline["date"] >= pd.Timestamp(start)) & (timeline["date"] <= pd.Timestamp(end))].copy()
    rows["bilateral"] = rows["actors"].map(lambda a: {"RUS", "DPRK"} <= set(split_multi(a)))
    return rows.sort_values("date").reset_index(drop=True)


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




def draw_debt_path(fig: Figure, timeline: pd.DataFrame) -> None:
    """One row per step (earliest at the top), placed by date; shape and colour say who acted."""
    steps = path_steps(timeline)
    ax = fig.add_subplot()
    n = len(steps)
    ys = np.arange(n)[::-1]
    middle = pd.Timestamp("2013-01-01")
    for y, r in zip(ys, steps.itertuples()):
        bilateral = r.bilateral
        ax.scatter([r.date], [y], s=80 if bilateral else 55, marker="o" if bilateral else "s",
                   color=OKABE_ITO["vermillion"] if bilateral else OKABE_ITO["blue"], edgecolor="black",
                   linewidth=0.6, zorder=3)
        label = _SHORT_STEP.get(r.step_id, r.step_id)
        when = r.date.strftime("%b %Y") if r.date_precision == "month" else r.date.strftime("%d %b %Y")
        right = r.date < middle
        ax.text(r.date + pd.Timedelta(days=25 if right else -25), y, f"{label} ({when})",
                ha="left" if right else "right", va="center", fontsize=9)
    ax.axvspan(pd.Timestamp("2014-01-01"), pd.Timestamp("2014-06-30"), color=OKABE_ITO["sky_blue"], alpha=0.15,
               zorder=0)
    ax.text(pd.Timestamp("2014-03-31"), n - 0.4, "Russian ratification", ha="center", va="bottom", fontsize=8,
            style="italic")
    ax.scatter([], [], s=80, marker="o", color=OKABE_ITO["vermillion"], edgecolor="black",
               label="Russia and the DPRK together")
    ax.scatter([], [], s=55, marker="s", color=OKABE_ITO["blue"], edgecolor="black", label="Russian side only")
    ax.set_ylim(-0.8, n + 0.3)
    ax.set_yticks([])
    ax.grid(axis="y", visible=False)
    ax.spines["left"].set_visible(False)
    ax.set_xlim(pd.Timestamp("2011-06-01"), pd.Timestamp("2014-08-01"))
    ax.legend(loc="lower left", frameon=False, fontsize=8)
    ax.set_title("From summit to law: the debt settlement, 2011–2014", loc="left")
    fixed_layout(fig, ax, left=0.1, right=0.1, bottom=0.35)


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


def draw_value_comparison(fig: Figure, terms: pd.DataFrame, exchange: pd.DataFrame,
                          discount_rate_percent: float = 5.0) -> None:
    bars = value_comparison(terms, exchange, discount_rate_percent)
    ax = fig.add_subplot()
    y = np.arange(len(bars))[::-1]
    for yi, r in zip(y, bars.itertuples()):
        computed = r.kind == "computed"
        ax.barh(yi, r.usd / 1e9, color=OKABE_ITO["sky_blue"] if computed else OKABE_ITO["blue"],
                hatch="//" if computed else None, edgecolor="black", linewidth=0.6)
        ax.text(r.usd / 1e9 + 0.15, yi, f"{r.usd / 1e9:.2f} bn", va="center", fontsize=9)
    ax.set_yticks(y, bars["label"])
    ax.set_xlabel("billion USD")
    ax.set_xlim(0, bars["usd"].max() / 1e9 * 1.18)
    ax.grid(axis="y", visible=False)
    ax.legend(handles=[Patch(facecolor=OKABE_ITO["blue"], edgecolor="black", label="figure from a source"),
                       Patch(facecolor=OKABE_ITO["sky_blue"], hatch="//", edgecolor="black",
                             label="computed in this lesson")], loc="lower right", frameon=False, fontsize=8)
    ax.set_title("Eleven billion 'Soviet dollars': face value and what it was worth", loc="left")
    fixed_layout(fig, ax)


def describe_value_comparison(terms: pd.DataFrame, exchange: pd.DataFrame, discount_rate_percent: float = 5.0) -> str:
    bars = value_comparison(terms, exchange, discount_rate_percent)
    parts = [f"{r.label}: {r.usd / 1e9:.2f} billion USD ({'from a source' if r.kind == 'sourced' else 'computed'})"
             for r in bars.itertuples()]
    face, market = bars["usd"].iloc[0], bars["usd"].iloc[-1]
    return (f"A bar chart of {len(bars)} amounts. {'; '.join(parts)}. The market-rate estimate is "
            f"{market / face:.1%} of the face value, smaller even than the remainder Russia asked to be repaid.")


def writeoff_bars(writeoffs: pd.DataFrame, exclude: Sequence[str] = ("cuba-2013-report",)) -> pd.DataFrame:
    rows = writeoffs[~writeoffs["writeoff_id"].isin(list(exclude))].copy()
    rows["label"] = rows["country"].str.replace(" (DPRK)", "", regex=False) + " " + rows["year"].astype(str)
    rows["size"] = rows[["debt_usd", "amount_written_off_usd"]].max(axis=1)
    return rows.sort_values("size").reset_index(drop=True)


def draw_writeoffs(fig: Figure, writeoffs: pd.DataFrame) -> None:
    rows = writeoff_bars(writeoffs)
    ax = fig.add_subplot()
    y = np.arange(len(rows))
    debt = rows["debt_usd"].fillna(0) / 1e9
    off = rows["amount_written_off_usd"].fillna(0) / 1e9
    ax.barh(y + 0.2, debt, height=0.38, color=OKABE_ITO["grey"], hatch="..", edgecolor="black", linewidth=0.5,
            label="Debt covered (where a source gives it)")
    colours = [OKABE_ITO["vermillion"] if c.startswith("North Korea") else OKABE_ITO["blue"] for c in rows["country"]]
    ax.barh(y - 0.2, off, height=0.38, color=colours, edgecolor="black", linewidth=0.5,
            label="Written off (where a source gives it)")
    for yi, r in zip(y, rows.itertuples()):
        share = "share n/a" if pd.isna(r.share_written_off_percent) else f"{r.share_written_off_percent:g} %"
        ax.text(max(r.size / 1e9, 0) + 0.4, yi, share, va="center", fontsize=8)
    ax.set_yticks(y, rows["label"])
    ax.set_xlabel("billion USD")
    ax.set_xlim(0, rows["size"].max() / 1e9 * 1.15)
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right", frameon=False, fontsize=8)
    ax.set_title("Debts Russia wrote off (North Korea in red; share written off at the right)", loc="left")
    fixed_layout(fig, ax)


def describe_writeoffs(writeoffs: pd.DataFrame) -> str:
    rows = writeoff_bars(writeoffs).iloc[::-1]

    def one(r) -> str:
        bits = []
        if pd.notna(r.debt_usd):
            bits.append(f"debt {r.debt_usd / 1e9:.4g} bn")
        if pd.notna(r.amount_written_off_usd):
            bits.append(f"written off {r.amount_written_off_usd / 1e9:.4g} bn")
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


__all__ = [
    "real_deal", "totals_by_source", "with_date_text", "RepaymentPlan", "repayment_schedule", "deal_plan", "describe_repayment",
    "yearly_table", "repayment_view", "repayment_explorer", "REPAYMENT_KEY", "trade_key", "SOURCE_FAMILIES", "MEASURES", "source_family",
    "trade_with_family", "filter_trade", "rajin_milestones", "describe_trade", "trade_view", "trade_explorer",
    "path_steps", "draw_debt_path", "describe_debt_path", "value_comparison", "draw_value_comparison",
    "describe_value_comparison", "writeoff_bars", "draw_writeoffs", "describe_writeoffs",
]

"""Lesson 2 — the debt settlement: data facts the prose relies on, the repayment calculator,
the figure descriptions, and both explorers driven from code."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from korea_course import load_table
from korea_course.data import split_multi, sources_table
from korea_course.explorers import lesson02 as L
from korea_course.plotting import figure_png, new_figure


@pytest.fixture(scope="module")
def tables():
    return {name: load_table(name) for name in ("debt_settlement_terms", "debt_timeline", "debt_exchange_rate",
                                                "khasan_rajin", "russia_dprk_trade", "soviet_debt_writeoffs")}


# ------------------------------------------------------------------ data facts used in the prose
def test_every_row_is_sourced(tables):
    for name, table in tables.items():
        assert table["source_ids"].map(lambda s: len(split_multi(s)) > 0).all(), name


def test_disagreeing_totals_are_all_kept(tables):
    totals = L.totals_by_source(tables["debt_settlement_terms"])["total_usd"].tolist()
    assert totals == [11e9, 10.96e9, 10.94e9, 10.9e9]


def test_the_terms_of_the_deal(tables):
    deal = L.real_deal(tables["debt_settlement_terms"])
    assert deal == {"total_usd": 10.96e9, "share_written_off_percent": 90.0, "years": 20, "per_year": 2,
                    "n_instalments": 40, "stated_remainder_usd": 1.09e9}
    assert deal["years"] * deal["per_year"] == deal["n_instalments"]
    text = tables["debt_settlement_terms"].set_index("term_id")["value"]
    assert "Vnesheconombank" in text["account-bank"]
    assert "Foreign Trade Bank" in text["account-location"]
    assert {"health", "education", "energy"} <= set(text["use-of-funds"].replace(",", "").split())


def test_dated_path_2011_to_2014(tables):
    t = tables["debt_timeline"].set_index("step_id")
    day = lambda sid: t.loc[sid, "date"].strftime("%Y-%m-%d")  # noqa: E731
    assert day("ulan-ude-summit") == "2011-08-24"
    assert day("agreement-signed") == "2012-09-17"
    assert t.loc["bill-submitted", "date_precision"] == "month" and day("bill-submitted") == "2014-02-01"
    assert day("duma-ratifies") == "2014-04-18"
    assert day("federation-council") == "2014-04-29"
    assert day("law-signed") == "2014-05-05"
    # the prose: the last joint step is the 2012 signing; 2014 is Russian-only
    steps = L.path_steps(tables["debt_timeline"])
    assert steps.loc[steps["bilateral"], "date"].max() == pd.Timestamp("2012-09-17")
    assert not steps.loc[steps["date"].dt.year == 2014, "bilateral"].any()
    assert steps["date"].is_monotonic_increasing


def test_exchange_rate_disagreement_and_estimate(tables):
    x = tables["debt_exchange_rate"].set_index("item_id")
    assert float(x.loc["storchak-rate-2011", "value"]) == 0.6
    assert float(x.loc["kommersant-rate-2014", "value"]) == 0.67
    assert float(x.loc["market-value-2012", "value"]) == 238e6
    assert "estimate" in x.loc["market-value-2012", "note"].lower()


def test_khasan_rajin_facts(tables):
    k = tables["khasan_rajin"].set_index("item_id")
    assert float(k.loc["line-length", "value"]) == 54
    assert float(k.loc["share-rzd", "value"]) + float(k.loc["share-rason-port", "value"]) == 100
    assert k.loc["opening", "date"] == pd.Timestamp("2013-09-22")
    assert k.loc["trial1-depart", "date"] == pd.Timestamp("2014-11-27")
    assert k.loc["rok-suspension", "date"] == pd.Timestamp("2016-03-08")
    assert "POSCO" in k.loc["consortium", "value"]


def test_trade_never_zero_and_sources_differ(tables):
    trade = tables["russia_dprk_trade"]
    numbers = trade[["total_usd_million", "russia_exports_usd_million", "russia_imports_usd_million"]]
    assert not (numbers == 0).any().any(), "a missing value must be empty, not 0"
    exports_2014 = trade.loc[trade["year"] == 2014, "russia_exports_usd_million"].dropna().tolist()
    assert sorted(exports_2014) == [71.77, 82.17]
    assert trade["total_usd_million"].max() == 104  # 'about 100 million USD at best'
    # Russian customs figures for 2016 and for 2021, when the North's borders were closed; 2022 has none
    by_year = trade.groupby("year")["total_usd_million"].max()
    assert by_year[2016] == 76.84 and by_year[2021] == 0.04 and 2022 not in by_year.index
    closed = trade[trade["year"] == 2021].iloc[0]
    assert pd.isna(closed["russia_exports_usd_million"]) and closed["russia_imports_usd_million"] == 0.04
    assert {L.source_family(trade.loc[trade["year"] == y, "source_ids"].iloc[0]) for y in (2016, 2021)} == {"russia"}
    assert set(trade["source_ids"].map(L.source_family)) == set(L.SOURCE_FAMILIES)


def test_writeoffs_used_in_prose_and_exercises(tables):
    w = tables["soviet_debt_writeoffs"].set_index("writeoff_id")
    assert w.loc["cuba-2014", "debt_usd"] == 35.2e9 and w.loc["cuba-2014", "share_written_off_percent"] == 90
    assert w.loc["iraq-2008", "share_written_off_percent"] == 93
    assert w.loc["syria-2005", "share_written_off_percent"] == 73
    assert w.loc["mongolia-2003", "share_written_off_percent"] == 98
    assert pd.isna(w.loc["libya-2008", "share_written_off_percent"])


def test_writeoff_figures_are_internally_consistent(tables):
    """The amounts in a row agree with each other; where the press rounds, the note says so."""
    w = tables["soviet_debt_writeoffs"].set_index("writeoff_id")
    dprk = w.loc["dprk-2014"]
    terms = tables["debt_settlement_terms"].set_index("term_id")["value"]
    # the DPRK's written-off amount is the Duma's total less its stated remainder, as the lesson says
    assert dprk["amount_written_off_usd"] == 9.87e9
    assert math.isclose(float(terms["total-10-96bn"]) - float(terms["remainder-1-09bn"]), 9.87e9)
    assert "almost 10 bn" in dprk["note"] and "computed" in dprk["note"]
    assert "9.87" in tables["debt_settlement_terms"].set_index("term_id").loc["written-off-10bn", "note"]
    afg = w.loc["afghanistan-2007"]
    assert (afg["debt_usd"], afg["amount_written_off_usd"]) == (11.13e9, 10.4e9)
    assert round(afg["amount_written_off_usd"] / afg["debt_usd"] * 100) == afg["share_written_off_percent"] == 93
    assert "730 m" in afg["note"] and "'90 %'" in afg["note"] and "10.5 of 11.1" in afg["note"]
    assert math.isclose(afg["debt_usd"] - afg["amount_written_off_usd"], 0.73e9)
    for row in w.itertuples():  # no row claims a share its own amounts contradict by more than rounding
        if pd.notna(row.debt_usd) and pd.notna(row.amount_written_off_usd) and pd.notna(row.share_written_off_percent):
            assert abs(row.amount_written_off_usd / row.debt_usd * 100 - row.share_written_off_percent) < 2, \
                row.Index


def test_latest_trade_figure_is_labelled_an_estimate(tables):
    trade = tables["russia_dprk_trade"]
    row = trade[trade["year"] == 2024].iloc[0]
    assert row["total_usd_million"] == 34 and "estimate" in row["note"].lower()
    assert L.source_family(row["source_ids"]) == "press"


# ------------------------------------------------------------------ the trade explorer's questions
def test_yearly_repayment_and_years_below(tables):
    assert math.isclose(L.yearly_repayment_m(tables["debt_settlement_terms"]), 54.5)
    trade = tables["russia_dprk_trade"]
    assert L.years_below(trade, "total_usd_million", 54.5) == [2018, 2019, 2020, 2021, 2023, 2024]
    assert L.reference_level("target", 54.5) == L.TRADE_TARGET_M == 1000
    assert L.reference_level("none", 54.5) is None
    with pytest.raises(ValueError):
        L.reference_level("nonsense", 54.5)


def test_source_spread_measures_the_disagreement(tables):
    shown = L.filter_trade(tables["russia_dprk_trade"], "russia_exports_usd_million", (2013, 2020),
                           list(L.SOURCE_FAMILIES))
    spread = L.source_spread(shown, "russia_exports_usd_million").set_index("year")
    assert list(spread.index) == [2014]
    assert math.isclose(spread.loc[2014, "spread_percent"], (82.17 - 71.77) / 71.77 * 100)
    assert "2014: 71.77 to 82.17, a gap of 14.5 %" in L.describe_spread(shown, "russia_exports_usd_million")


def test_trade_explorer_compares_with_the_repayment_and_the_target():
    ex = L.trade_explorer()
    plot = ex.figure._course_artists["trade"]
    assert not plot.reference.get_visible()
    ex.set(compare_with="repayment")
    assert ex.error == "" and plot.reference.get_visible() and ex.view.extra["level"] == 54.5
    assert "Every figure is below it in 2018, 2019, 2020, 2021, 2023 and 2024" in ex.view.description
    assert "54.5 million USD" in ex.view.summary and "54.5 million USD" in plot.reference_label.get_text()
    ex.set(compare_with="target")
    assert ex.error == "" and ex.figure.axes[0].get_ylim()[1] >= 1000
    assert "times smaller" in ex.view.description
    ex.set(measure="russia_exports_usd_million", compare_with="none")
    assert ex.error == "" and not plot.reference.get_visible()
    assert "gap of 14.5 %" in ex.view.description and "gap of 14.5 %" in ex.view.summary


def test_the_exercise_answers_follow_the_data():
    from korea_course.exercises.lesson02 import exercises

    q = {question.id: question for question in exercises.questions}
    assert q["q5"].kind.expected == 2018
    assert q["q5"].evaluate(2018).status == "correct"
    assert q["q4"].kind.expected == frozenset({"a", "b", "d"})
    assert "2030" not in q["q2"].explanation and "2034" in q["q2"].explanation


# ------------------------------------------------------------------ the repayment calculator
def test_real_deal_schedule():
    plan = L.repayment_schedule(10.96e9, 90, 20, 2, 0)
    assert plan.n_instalments == 40 and len(plan.schedule) == 40
    assert math.isclose(plan.remainder_usd, 1.096e9)
    assert math.isclose(plan.written_off_usd, 9.864e9)
    assert math.isclose(plan.instalment_usd, 27.4e6)
    assert math.isclose(plan.nominal_usd, plan.remainder_usd)
    assert math.isclose(plan.present_value_usd, plan.nominal_usd)  # 0 % discount
    assert list(plan.schedule.columns) == ["instalment", "year", "payment_usd", "cumulative_usd", "discount_factor",
                                           "present_value_usd", "cumulative_present_value_usd"]
    assert plan.schedule["year"].iloc[0] == 0.5 and plan.schedule["year"].iloc[-1] == 20


def test_present_value_matches_plain_python():
    plan = L.repayment_schedule(1.09e9, 0, 20, 2, 5)
    plain = sum(27.25e6 / 1.05 ** (k / 2) for k in range(1, 41))
    assert math.isclose(plan.present_value_usd, plain, rel_tol=1e-12)
    assert 0.6 < plan.pv_share < 0.7  # 'about two-thirds' in the prose


def test_present_value_falls_with_rate_and_term():
    pv = [L.repayment_schedule(10.96e9, 90, 20, 2, r).present_value_usd for r in (0, 2, 5, 10)]
    assert pv == sorted(pv, reverse=True)
    short = L.repayment_schedule(10.96e9, 90, 10, 2, 5).present_value_usd
    long = L.repayment_schedule(10.96e9, 90, 30, 2, 5).present_value_usd
    assert short > long


@pytest.mark.parametrize("args", [(0, 90, 20, 2, 0), (1e9, 120, 20, 2, 0), (1e9, 90, 0, 2, 0),
                                  (1e9, 90, 20, 0, 0), (1e9, 90, 20, 2.5, 0), (1e9, 90, 20, 2, -100),
                                  (1e9, 90, 2.3, 1, 0)])
def test_bad_terms_are_refused_in_words(args):
    with pytest.raises(ValueError):
        L.repayment_schedule(*args)


def test_full_write_off_pays_nothing():
    plan = L.repayment_schedule(1e9, 100, 5, 1, 5)
    assert plan.nominal_usd == 0 and plan.present_value_usd == 0
    assert math.isnan(plan.pv_share)


def test_yearly_table_adds_up():
    plan = L.repayment_schedule(10.96e9, 90, 20, 2, 5)
    table = L.yearly_table(plan)
    assert len(table) == 20
    assert math.isclose(table["paid (m USD)"].sum(), plan.nominal_usd / 1e6, rel_tol=1e-3)


def test_yearly_table_matches_a_groupby_reference():
    import itertools

    import numpy as np

    for total, share, years, per_year, rate in itertools.product([1e9, 10.96e9], [0, 90, 100], [1, 2.5, 20],
                                                                 [1, 2, 4, 12], [0, 5]):
        if abs(years * per_year - round(years * per_year)) > 1e-9:
            continue
        plan = L.repayment_schedule(total, share, years, per_year, rate)
        s = plan.schedule
        year_no = np.ceil(s["year"] - 1e-9).astype(int)
        ref = s.groupby(year_no).agg(paid=("payment_usd", "sum"), cumulative=("cumulative_usd", "last"),
                                     pv=("present_value_usd", "sum"),
                                     cumulative_pv=("cumulative_present_value_usd", "last"))
        ref = (ref / 1e6).round(1).reset_index(names="year of term")
        ref.columns = list(L.yearly_table(plan).columns)
        pd.testing.assert_frame_equal(L.yearly_table(plan), ref)


def test_repayment_description_names_the_numbers(tables):
    deal = L.real_deal(tables["debt_settlement_terms"])
    view = L.repayment_view(deal, 10.96, 90, 20, 2, 5)
    assert "1.10 billion USD" in view.description and "27.4 million USD" in view.description
    assert "real 2012 agreement" in view.description
    other = L.repayment_view(deal, 35.2, 90, 10, 2, 5)
    assert "For comparison" in other.description and "3.52 billion USD" in other.description


# ------------------------------------------------------------------ explorers
def test_repayment_explorer_default_is_the_real_deal():
    ex = L.repayment_explorer()
    assert ex.error == "" and ex.image.value
    plan = ex.view.extra["plan"]
    assert plan.n_instalments == 40 and math.isclose(plan.total_usd, 10.96e9)
    assert "Static view" in ex.static_html()


def test_repayment_explorer_redraws_on_change():
    ex = L.repayment_explorer()
    before_image, before_text = ex.image.value, ex.view.description
    ex.set(discount_rate_percent=10)
    assert ex.error == "" and ex.image.value != before_image and ex.view.description != before_text
    assert "10 % a year" in ex.view.description
    ex.set(years=10, per_year=4)
    assert ex.error == "" and ex.view.extra["plan"].n_instalments == 40
    ex.set(share_written_off_percent=100)
    assert ex.error == "" and ex.view.extra["plan"].nominal_usd == 0
    # speed is measured by scripts/bench.py (`make bench`), never asserted in tests: one redraw per change
    assert len(ex.timings_ms) == 5


def test_explorer_keys_are_in_the_html_not_in_legends():
    """Neither explorer draws a legend (re-laid out on every change); each key is in the summary, in
    words, naming line styles and markers, which stay in the figure (never colour alone)."""
    rep = L.repayment_explorer()
    rep.set(discount_rate_percent=10)
    assert rep.error == "" and rep.figure.axes[0].get_legend() is None
    assert "Key:" in rep.summary_html.value and "Key:" in rep.static_html()
    for words in ("solid", "dashed", "dotted", "✕", "nominal", "present value", "real 2012 deal"):
        assert words in L.REPAYMENT_KEY
    plot = rep.figure._course_artists["repayment"]
    assert (plot.nominal.get_linestyle(), plot.pv.get_linestyle(), plot.real.get_linestyle()) == ("-", "--", ":")
    assert "dashed = present value" in plot.ax.get_title(loc="left")

    trade = L.trade_explorer()
    trade.set(years=(2013, 2020))
    assert trade.error == "" and trade.figure.axes[0].get_legend() is None
    assert "Key:" in trade.summary_html.value
    key = L.trade_key()
    for family in L.SOURCE_FAMILIES.values():
        assert family in key
    for words in ("circles", "squares", "triangles", "diamonds", "solid", "dashed", "dash-dot", "dotted"):
        assert words in key
    styles = {line.get_linestyle() for line in trade.figure._course_artists["trade"].lines.values()}
    markers = {line.get_marker() for line in trade.figure._course_artists["trade"].lines.values()}
    assert len(styles) == 4 and len(markers) == 4  # each kind of source has its own style and marker


def test_trade_view_with_precomputed_milestones_is_the_same(tables):
    trade, khasan = tables["russia_dprk_trade"], tables["khasan_rajin"]
    args = ("total_usd_million", (2012, 2020), list(L.SOURCE_FAMILIES), True)
    plain = L.trade_view(trade, khasan, *args)
    cached = L.trade_view(trade, khasan, *args, milestones=L.rajin_milestones(khasan))
    assert plain.description == cached.description and plain.summary == cached.summary
    pd.testing.assert_frame_equal(plain.table, cached.table)


def test_trade_view_filters_and_describes(tables):
    view = L.trade_view(tables["russia_dprk_trade"], tables["khasan_rajin"], "russia_exports_usd_million",
                        (2013, 2016), ["kotra", "itc"], True)
    assert view.extra["years"] == [2014, 2015]
    assert "Sources disagree for 2014" in view.description
    assert "5: Seoul suspends (Mar 2016)" in view.description
    assert "not zero" in view.description
    none = L.trade_view(tables["russia_dprk_trade"], tables["khasan_rajin"], "total_usd_million",
                        (2015, 2016), ["kotra"], False)
    assert none.extra["count"] == 0 and none.description.startswith("No source")
    with pytest.raises(ValueError):
        L.filter_trade(tables["russia_dprk_trade"], "nonsense", (2013, 2020), ["kotra"])


def test_trade_explorer_redraws_on_change():
    ex = L.trade_explorer()
    assert ex.error == "" and ex.view.extra["count"] == 11  # every total the sources give, 2013-2024
    before = ex.image.value
    ex.set(measure="russia_imports_usd_million")
    assert ex.error == "" and ex.image.value != before
    assert "Russian imports" in ex.view.description
    before = ex.image.value
    ex.set(years=(2018, 2021))
    assert ex.error == "" and ex.image.value != before and ex.view.extra["years"] == [2019, 2020, 2021]
    ex.set(show_milestones=False)
    assert "Khasan" not in ex.view.description
    ex.set(families=())
    assert ex.error == "" and ex.view.extra["count"] == 0


# ------------------------------------------------------------------ lesson figures
def test_figures_draw_and_describe(tables):
    for draw, describe, args in [
        (L.draw_debt_path, L.describe_debt_path, (tables["debt_timeline"],)),
        (L.draw_value_comparison, L.describe_value_comparison,
         (tables["debt_settlement_terms"], tables["debt_exchange_rate"])),
        (L.draw_writeoffs, L.describe_writeoffs, (tables["soviet_debt_writeoffs"],)),
    ]:
        fig = new_figure(10, 4)
        draw(fig, *args)
        assert fig.axes
        # fixed margins instead of the (slower) constrained layout, and everything still inside the figure
        assert type(fig.get_layout_engine()).__name__ != "ConstrainedLayoutEngine"
        png = figure_png(fig)
        assert png
        renderer = fig.canvas.get_renderer()
        ax = fig.axes[0]
        low, high = sorted(ax.get_xlim())
        shown_x = [t for x, t in zip(ax.get_xticks(), ax.get_xticklabels()) if low <= x <= high]
        for item in [*ax.get_yticklabels(), *shown_x, ax.xaxis.label, ax._left_title]:
            if item.get_visible() and item.get_text():
                box = item.get_window_extent(renderer)
                assert box.x0 >= 0 and box.y0 >= 0 and box.x1 <= fig.bbox.width and box.y1 <= fig.bbox.height, \
                    (draw.__name__, item.get_text())
        text = describe(*args)
        assert len(text) > 100 and text.endswith(".")


def test_value_comparison_numbers(tables):
    bars = L.value_comparison(tables["debt_settlement_terms"], tables["debt_exchange_rate"])
    assert bars["usd"].iloc[0] == 10.96e9 and bars["usd"].iloc[-1] == 238e6
    text = L.describe_value_comparison(tables["debt_settlement_terms"], tables["debt_exchange_rate"])
    assert "2.2%" in text


def test_path_description_separates_joint_and_russian_steps(tables):
    text = L.describe_debt_path(tables["debt_timeline"])
    joint, russian = text.split("Blue squares")
    assert "Agreement signed (17 September 2012)" in joint
    assert "Putin signs law (05 May 2014)" in russian


def test_writeoff_description(tables):
    text = L.describe_writeoffs(tables["soviet_debt_writeoffs"])
    assert text.index("Cuba 2014") < text.index("North Korea 2014")
    assert "cuba-2013" not in text and "number 6 of 10" in text


def test_dates_are_shown_at_their_source_precision(tables):
    shown = L.with_date_text(tables["debt_timeline"]).set_index("step_id")["when"]
    assert shown["storchak-pyongyang"] == "2012-05"
    assert shown["payments-suspended"] == "1990"
    assert shown["agreement-signed"] == "2012-09-17"

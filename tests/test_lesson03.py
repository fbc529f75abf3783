"""Lesson 3 — The Nine Bridges: the data facts the prose relies on, the pure functions of
korea_course.explorers.lesson03, and the three explorers driven from code."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from korea_course import load_table
from korea_course.data import split_multi
from korea_course.explorers import lesson03 as l3
from korea_course.plotting import new_figure


@pytest.fixture(scope="module")
def data():
    return {name: load_table(name) for name in (
        "nine_bridges", "nine_bridges_milestones", "rok_russia_institutions", "rok_russia_trade",
        "rok_russia_trade_goods", "places", "routes")}


# ------------------------------------------------------------------------------ data facts
def test_nine_bridges_in_the_order_moon_named_them(data):
    bridges = data["nine_bridges"]
    assert list(bridges["bridge_id"]) == l3.BRIDGE_ORDER
    sectors = " ".join(bridges["sector"]).lower()
    for word in ("gas", "railways", "seaports", "electricity", "arctic", "shipbuilding", "job", "agriculture",
                 "fisheries"):
        assert word in sectors


def test_every_bridge_has_milestones_and_the_speech(data):
    ms = data["nine_bridges_milestones"]
    for b in l3.BRIDGE_ORDER:
        rows = ms[ms["bridge_id"] == b]
        assert len(rows) >= 3, b
        speech = rows[rows["milestone_id"] == f"{b}-2017-eef"]
        assert len(speech) == 1 and speech["date"].iloc[0] == pd.Timestamp("2017-09-07")
        assert speech["status"].iloc[0] == "proposed"


def test_places_and_routes_are_consistent(data):
    places = set(data["places"]["place_id"])
    for cell in data["nine_bridges"]["places"]:
        assert set(split_multi(cell)) <= places
    for cell in data["routes"]["place_sequence"]:
        assert len(split_multi(cell)) >= 2 and set(split_multi(cell)) <= places
    coords = data["places"].set_index("place_id")
    # the coordinates are on the right side of the map (rounded to two decimals)
    assert coords.at["busan", "lat"] < coords.at["seoul", "lat"] < coords.at["pyongyang", "lat"] < coords.at["khasan", "lat"]
    assert coords.at["moscow", "lon"] < coords.at["khabarovsk", "lon"]
    assert all(round(v, 2) == v for v in coords["lat"]) and all(round(v, 2) == v for v in coords["lon"])


def test_dates_the_prose_uses(data):
    inst = data["rok_russia_institutions"].set_index("item_id")
    assert inst.at["visa-waiver-in-force", "date"] == pd.Timestamp("2014-01-01")
    assert inst.at["eef-speech-2017", "date"] == pd.Timestamp("2017-09-07")
    assert inst.at["committee-chair-song", "date"] == pd.Timestamp("2017-08-25")
    assert inst.at["state-visit-2018", "date"] == pd.Timestamp("2018-06-22")
    assert inst.at["interregional-forum-1", "date"] == pd.Timestamp("2018-11-07")
    assert inst.at["sanctions-2022-02-28", "date"] == pd.Timestamp("2022-02-28")
    # the 2.0 action plan was signed, not only agreed in principle (Yonhap, 27 October 2020)
    assert inst.at["nine-bridges-2-0-agreed", "date"] == pd.Timestamp("2019-12-06")
    assert inst.at["nine-bridges-2-0-signed", "date"] == pd.Timestamp("2020-10-27")
    assert "yonhap-2020-10-27-nine-bridges-2-0-signed" in split_multi(inst.at["nine-bridges-2-0-signed", "source_ids"])
    ms = data["nine_bridges_milestones"].set_index("milestone_id")
    assert ms.at["rail-2016-suspended", "status"] == "suspended"
    assert ms.at["rail-2016-suspended", "date"].year == 2016
    assert ms.at["rail-2013-line-completed", "date"] == pd.Timestamp("2013-09-22")
    assert ms.at["rail-2018-groundbreaking", "date"] == pd.Timestamp("2018-12-26")
    ferry = ms.loc["ports-2020-09-ferry"]                        # announced, not reported sailing
    assert ferry["date"] == pd.Timestamp("2020-09") and ferry["status"] == "agreed"


def test_trade_facts(data):
    trade = data["rok_russia_trade"]
    totals = trade.set_index("year")["total_usd_million"]
    assert int(totals.idxmax()) == 2021
    assert totals[2014] > totals[2018] > totals[2017] > totals[2016]   # peak 2014, recovery after 2016
    assert pd.isna(totals[2020])                                       # missing, not zero
    assert (trade[["total_usd_million", "rok_exports_usd_million", "rok_imports_usd_million"]].fillna(1) > 0).all().all()
    assert l3.trade_growth(trade, 2021, 2022) == pytest.approx(-22.6, abs=0.1)   # KITA: -22.6%
    by_year = trade.set_index("year")
    # 2014: Hyundai Research Institute split, which adds up to the total; 2016: KITA imports only
    assert by_year.at[2014, "rok_exports_usd_million"] == 10130 and by_year.at[2014, "rok_imports_usd_million"] == 15670
    assert by_year.at[2016, "rok_imports_usd_million"] == 8600 and pd.isna(by_year.at[2016, "rok_exports_usd_million"])
    for year in (2015, 2017, 2019):                                   # no split in the sources
        assert by_year.loc[year, ["rok_exports_usd_million", "rok_imports_usd_million"]].isna().all()
    balance = l3.trade_balance(trade)
    assert balance[2018] == pytest.approx(-10200)
    assert (balance[[2009, 2013, 2014, 2018, 2021, 2022]] < 0).all()
    assert balance[2014] == pytest.approx(-5540)
    # where all three are given they add up (within rounding)
    both = trade.dropna()
    assert ((both["rok_exports_usd_million"] + both["rok_imports_usd_million"] - both["total_usd_million"]).abs()
            <= 0.01 * both["total_usd_million"]).all()


def test_every_land_route_from_korea_to_russia_crosses_the_north(data):
    routes, places = data["routes"].set_index("route_id", drop=False), data["places"]
    for rid in ("trans-korean-link", "gas-pipeline"):
        countries = l3.route_countries(routes.loc[rid], places)
        assert "DPRK" in countries[1:-1], rid
    assert l3.route_countries(routes.loc["trans-korean-link"], places) == ["ROK", "DPRK", "RUS"]
    assert l3.route_countries(routes.loc["northern-sea-route"], places) == ["RUS", "ROK"]


def test_rail_link_to_russia_runs_up_the_east_coast(data):
    """The planned link is the Donghae line (Wonsan, Hamhung, Chongjin to the Tumen), not the
    western line through Seoul and Pyongyang, which leads to China."""
    routes, places = data["routes"].set_index("route_id", drop=False), data["places"]
    stops = l3.route_places(routes.loc["trans-korean-link"])
    assert stops[0] == "busan" and stops[-2:] == ["tumangang", "khasan"]
    assert {"wonsan", "hamhung", "chongjin"} <= set(stops) and not {"seoul", "pyongyang", "kaesong"} & set(stops)
    lon = places.set_index("place_id")["lon"]
    assert all(lon[p] > 127 for p in stops)                    # east of Seoul (127.0) and Pyongyang (125.8)
    rail = data["nine_bridges"].set_index("bridge_id").at["rail", "places"]
    assert split_multi(rail)[:len(stops)] == stops              # the bridge table agrees with the route


def test_shipbuilding_record_separates_claim_and_deliveries(data):
    ms = data["nine_bridges_milestones"].set_index("milestone_id")
    claim = ms.loc["shipbuilding-2022-shi-suspends"]
    assert "says" in claim["milestone"] and "2020-21" in claim["milestone"]
    assert "reuters-2023-12-26-shi-blocks-corrected" in split_multi(claim["source_ids"])
    later = ms.loc["shipbuilding-2023-12-five-hulls-ending"]
    assert later["date"] == pd.Timestamp("2023-12-26") and later["status"] == "in_progress"


def test_latest_trade_figure_is_exports_only(data):
    trade = data["rok_russia_trade"].set_index("year")
    assert int(trade.index.max()) == 2024
    assert trade.at[2024, "rok_exports_usd_million"] == 4530
    assert pd.isna(trade.at[2024, "total_usd_million"]) and pd.isna(trade.at[2024, "rok_imports_usd_million"])
    assert (4530 - trade.at[2021, "rok_exports_usd_million"]) / trade.at[2021, "rok_exports_usd_million"] < -0.5


# ------------------------------------------------------------------------------ the map's coastlines
@pytest.fixture(scope="module")
def outlines():
    return l3.map_outlines(load_table("map_lines"))


def test_map_lines_are_small_described_and_cover_every_frame(outlines):
    from korea_course import data as course_data

    path = course_data.data_dir() / "map_lines.csv"
    assert path.stat().st_size < 300_000
    assert set(outlines) == set(l3.EXTENTS)
    lines = load_table("map_lines")
    for frame, (lon0, lon1, lat0, lat1) in l3.EXTENTS.items():
        assert len(outlines[frame]["land"]) >= 5 and len(outlines[frame]["border"]) >= 3
        rows = lines[lines["frame"] == frame]                   # the outline reaches past every edge of the frame
        assert rows["lon"].min() < lon0 and rows["lon"].max() > lon1 and rows["lat"].min() < lat0
        for ring in outlines[frame]["land"]:
            assert (ring[0] == ring[-1]).all()                  # land parts are closed rings
    res = course_data.resource("map_lines")
    assert "Natural Earth" in res["description"] and res["licenses"][0]["name"] == "public-domain"
    assert "natural-earth" in set(load_table("sources")["id"])


def test_places_fall_on_land_and_the_sea_stays_sea(data, outlines):
    land = outlines["northeast_asia"]["land"]
    x0, x1, y0, y1 = l3.EXTENTS["northeast_asia"]
    for _, p in data["places"].iterrows():
        if x0 <= p["lon"] <= x1 and y0 <= p["lat"] <= y1:
            # ports sit on the coast: allow about 3 km for rounded coordinates and the simplified outline
            assert l3.on_land(p["lon"], p["lat"], land, tolerance=0.03), p["place_id"]
    for inland in ("seoul", "pyongyang", "khabarovsk", "tumangang", "khasan"):
        where = data["places"].set_index("place_id").loc[inland]
        assert l3.on_land(where["lon"], where["lat"], land), inland
    for lon, lat in ((134.0, 40.0), (130.0, 37.5), (125.0, 36.0), (140.0, 44.0)):   # East Sea, Yellow Sea
        assert not l3.on_land(lon, lat, land, tolerance=0.03), (lon, lat)
    assert l3.on_land(37.62, 55.76, outlines["eurasia"]["land"])                    # Moscow
    nsr = data["routes"].set_index("route_id").loc["northern-sea-route"].copy()
    nsr["route_id"] = "northern-sea-route"
    lon, lat = l3.route_path(nsr, data["places"])
    for x, y in zip(lon[1:-1], lat[1:-1]):                      # the sea route's waypoints are at sea
        if x <= 150:
            assert not l3.on_land(x, y, outlines["eurasia"]["land"]), (x, y)


def test_map_draws_coastlines_and_borders_once_per_frame():
    ex = l3.map_explorer()
    plot = ex.figure._course_artists["lesson03-map"]
    land, borders = plot.backdrops["northeast_asia"][:2]
    assert land.get_visible() and borders.get_visible()
    assert len(land.get_path().vertices) > 1000 and len(borders.get_segments()) >= 3
    assert not any(a.get_visible() for a in plot.backdrops["eurasia"])
    assert "Natural Earth" in ex.view.description and "Tumen" in ex.view.description
    assert "international border" in _plain(ex.view.summary)
    ex.set(extent="eurasia")
    assert ex.error == "" and all(a.get_visible() for a in plot.backdrops["eurasia"])
    assert not land.get_visible()
    ex.set(extent="northeast_asia")
    assert land.get_visible() and plot.backdrops["northeast_asia"][0] is land       # reused, not rebuilt
    assert ex.figure._course_artists["lesson03-map"] is plot


def test_goods_show_complementarity(data):
    table = l3.goods_table(data["rok_russia_trade_goods"], 2018)
    top = table.groupby("direction").first()["goods"]
    assert top["rok_to_rus"] == "Passenger cars" and top["rus_to_rok"] == "Crude oil"
    text = l3.describe_goods(table)
    assert "passenger cars (2,070)" in text and "crude oil (5,850)" in text


# ------------------------------------------------------------------------------ pure functions
def test_bridge_table_and_counts(data):
    table = l3.bridge_table(data["nine_bridges"].sample(frac=1, random_state=3))
    assert list(table["bridge_id"]) == l3.BRIDGE_ORDER and list(table["position"]) == list(range(1, 10))
    counts = l3.status_counts(data["nine_bridges"])
    assert counts.sum() == 9 and list(counts.index) == l3.STATUS_ORDER


def test_bridge_milestones_filter(data):
    ms = data["nine_bridges_milestones"]
    all_rail = l3.bridge_milestones(ms, "rail")
    recent = l3.bridge_milestones(ms, "rail", (2017, 2025))
    assert 0 < len(recent) < len(all_rail)
    assert recent["date"].is_monotonic_increasing and (recent["date"].dt.year >= 2017).all()
    assert l3.bridge_milestones(ms, "rail", (1990, 1995)).empty


def test_describe_bridge_and_empty_span(data):
    view = l3.bridge_view(data["nine_bridges"], data["nine_bridges_milestones"], data["places"], "shipbuilding")
    assert "shipbuilding" in view.description and "suspended" in view.description
    assert view.extra["status_2022"] == "suspended" and len(view.table) == view.extra["count"]
    empty = l3.bridge_view(data["nine_bridges"], data["nine_bridges_milestones"], data["places"], "jobs", (1990, 1995))
    assert empty.extra["count"] == 0 and "no milestones" in empty.description
    with pytest.raises(ValueError):
        l3.bridge_view(data["nine_bridges"], data["nine_bridges_milestones"], data["places"], "bananas")


def test_describe_overview_counts(data):
    text = l3.describe_overview(data["nine_bridges"], data["nine_bridges_milestones"])
    assert f"({len(data['nine_bridges_milestones'])} in all)" in text
    fig = new_figure(9, 4)
    l3.draw_overview(fig, data["nine_bridges"], data["nine_bridges_milestones"])
    assert len(fig.axes) == 1


def test_route_geometry(data):
    routes, places = data["routes"].set_index("route_id", drop=False), data["places"]
    lon, lat = l3.route_path(routes.loc["northern-sea-route"], places)
    assert len(lon) == len(lat) == 2 + len(l3.SEA_WAYPOINTS["northern-sea-route"])   # kept at sea by waypoints
    lon, lat = l3.route_path(routes.loc["trans-korean-link"], places)
    assert len(lon) == len(split_multi(routes.at["trans-korean-link", "place_sequence"]))
    km = l3.route_length_km(routes.loc["khasan-rajin"], places)
    assert 10 < km < 54                                     # straight line shorter than the 54 km track
    assert l3.route_length_km(routes.loc["trans-siberian"], places) < 9288


def test_trade_frame_keeps_gaps(data):
    frame = l3.trade_frame(data["rok_russia_trade"], (2005, 2022))
    assert list(frame.index) == list(range(2005, 2023))
    assert frame.loc[[2007, 2010, 2011, 2020], "total_usd_million"].isna().all()
    assert frame.at[2018, "balance_usd_million"] == pytest.approx(-10200)
    text = l3.describe_trade(frame, ["total_usd_million"])
    assert "2020" in text and "27.3 billion USD in 2021" in text
    with pytest.raises(ValueError):
        l3.trade_growth(data["rok_russia_trade"], 2019, 2020)


def test_key_trade_events(data):
    events = l3.key_trade_events(data["rok_russia_institutions"], data["nine_bridges_milestones"])
    assert len(events) == len(l3.TRADE_EVENT_IDS) and events["date"].is_monotonic_increasing
    assert events["date"].iloc[-1] == pd.Timestamp("2022-02-28")


def test_map_view_filters(data):
    view = l3.map_view(data["places"], data["routes"], ["gas-pipeline"], countries=["ROK"], extent="northeast_asia")
    assert view.extra["places"] == ["seoul", "busan", "pohang"]
    assert "North Korea" in view.description            # the route's countries are still described
    gas = data["routes"].set_index("route_id", drop=False).loc["gas-pipeline"]
    assert list(view.table["straight_line_km"]) == [round(l3.route_length_km(gas, data["places"]))]
    wide = l3.map_view(data["places"], data["routes"], [], extent="eurasia")
    assert "No routes are shown" in wide.description and "Outside this frame" not in wide.description
    with pytest.raises(ValueError):
        l3.map_view(data["places"], data["routes"], [], extent="moon")


# ------------------------------------------------------------------------------ explorers
def test_bridge_explorer_responds():
    ex = l3.bridge_explorer()
    assert ex.error == "" and "railways" in ex.view.description          # meaningful default: railways
    assert "Text description" in ex.widget.snapshot_html
    before_img, before_count = ex.image.value, ex.view.extra["count"]
    ex.set(bridge_id="shipbuilding")
    assert ex.error == "" and ex.image.value != before_img and "shipbuilding" in ex.view.description
    ex.set(bridge_id="rail")
    ex.set(years=(2017, 2025))
    assert ex.error == "" and ex.view.extra["count"] < before_count and "between 2017 and 2025" in ex.view.description


def test_map_explorer_toggles():
    ex = l3.map_explorer()
    assert ex.error == "" and "Trans-Korean" in ex.view.description
    before = ex.image.value
    ex.set(route_ids=("gas-pipeline", "power-link"))
    assert ex.error == "" and ex.image.value != before and ex.view.extra["routes"] == ["gas-pipeline", "power-link"]
    before = ex.image.value
    ex.set(extent="eurasia")
    assert ex.error == "" and ex.image.value != before and "Eurasia" in ex.view.description
    ex.set(countries=("RUS",))
    assert set(ex.view.extra["places"]) == set(load_table("places").query("country == 'RUS'")["place_id"])
    before = ex.image.value
    ex.set(labels=False)
    assert ex.error == "" and ex.image.value != before


def test_trade_explorer_responds():
    ex = l3.trade_explorer()
    assert ex.error == "" and ex.view.extra["years"] == (2005, 2024) and "Visa waiver" in ex.view.description
    before = ex.image.value
    ex.set(series=("balance_usd_million",))
    assert ex.error == "" and ex.image.value != before and "Balance" in ex.view.description
    ex.set(years=(2010, 2016))
    assert ex.view.extra["years"] == (2010, 2016) and "Nine Bridges speech" not in ex.view.description
    before = ex.image.value
    ex.set(show_events=False)
    assert ex.error == "" and ex.image.value != before and "Dashed lines" not in ex.view.description


def test_explorers_stay_responsive():
    ex = l3.bridge_explorer()
    for b in l3.BRIDGE_ORDER:
        ex.set(bridge_id=b)
    assert ex.error == ""
    # speed is measured by `make bench`, never asserted in tests (noisy machines)


# ------------------------------------------------------------------------------ cheap redraws, keys in words
# (legends, off-frame labels and per-row citations cost a redraw its
# time; these tests check the behaviour that keeps them out, never the time itself.)
def _plain(html_text: str) -> str:
    """The words of an HTML key with the coloured samples (aria-hidden) removed."""
    return re.sub(r"<[^>]+>", "", re.sub(r"<span aria-hidden='true'[^>]*>.*?</span>", "", html_text))


def test_decimal_year():
    years = l3.decimal_year(pd.to_datetime(["2017-01-01", "2017-09-07", "2020-12-31"]))
    assert years[0] == 2017.0 and 2017.68 < years[1] < 2017.69 and 2020.99 < years[2] < 2021.0


def test_bridge_explorer_cites_once_not_per_change(monkeypatch):
    ex = l3.bridge_explorer()
    calls = []
    monkeypatch.setattr(l3, "cite", lambda ids, *a, **k: calls.append(ids) or "cited on the spot")
    for b in ("gas", "shipbuilding", "fisheries"):
        ex.set(bridge_id=b)
        assert ex.error == "" and l3.BRIDGE_LABELS[b].lower() in ex.view.description
    ex.set(years=(2015, 2020))
    assert calls == [] and ex.error == ""
    assert "cited on the spot" not in ex.view.summary
    assert ex.view.table["sources"].str.len().gt(0).all()      # every shown milestone still has its sources


def test_bridge_view_with_and_without_precomputed_citations(data):
    args = (data["nine_bridges"], data["nine_bridges_milestones"], data["places"], "rail", (2010, 2020))
    plain = l3.bridge_view(*args)
    cited = l3.bridge_view(*args, citations=l3.bridge_citations(data["nine_bridges"], data["nine_bridges_milestones"]))
    pd.testing.assert_frame_equal(plain.table, cited.table)
    assert plain.summary == cited.summary and plain.description == cited.description
    # the status marker is named in words, not as a matplotlib code
    status = data["nine_bridges"].set_index("bridge_id").at["rail", "status_2022"]
    shape = l3.marker_words(l3.STATUS_STYLE[status]["marker"])
    assert f"{l3.STATUS_STYLE[status]['label']}  ({shape} marker in the chart)" in _plain(plain.summary)
    partial = l3.bridge_view(*args, citations={})                 # missing ids are cited on the spot
    pd.testing.assert_frame_equal(plain.table, partial.table)


def test_trade_explorer_has_no_legend_and_an_html_key():
    ex = l3.trade_explorer()
    plot = ex.figure._course_artists["lesson03-trade"]
    assert plot.ax.get_legend() is None
    key = _plain(ex.view.summary)
    for words in ("circles on a solid line = Total trade", "squares on a dashed line = South Korean exports",
                  "diamonds on a dash-dot line = South Korean imports", "no figure found"):
        assert words in key, words
    assert "Balance" not in key                                   # only the series shown are in the key
    before = ex.image.value
    ex.set(series=("balance_usd_million", "total_usd_million"))
    key = _plain(ex.view.summary)
    assert ex.error == "" and ex.image.value != before and plot.ax.get_legend() is None
    assert "downward triangles on a dotted line = Balance" in key and "exports =" not in key
    ex.set(series=())
    assert ex.error == "" and "No series chosen" in ex.view.summary
    ex.set(years=(2012, 2016))                                    # events outside the span are not drawn
    assert [t.get_text() for t in plot.event_texts if t.get_visible()] == ["Visa waiver", "Rajin–Khasan suspended"]
    assert [line.get_visible() for line in plot.event_lines] == [True, True, False, False, False]
    assert ex.figure._course_artists["lesson03-trade"] is plot   # artists built once


def test_trade_key_marks_every_series_in_words():
    for col, style in l3.TRADE_STYLE.items():
        key = _plain(l3.trade_key_html([col]))
        assert l3.MARKER_WORDS[style["marker"]][1] in key and l3.LINESTYLE_WORDS[style["linestyle"]][1] in key
        assert l3.TRADE_SERIES[col] in key


def test_map_explorer_has_no_legend_and_an_html_key():
    ex = l3.map_explorer()
    plot = ex.figure._course_artists["lesson03-map"]
    assert plot.ax.get_legend() is None
    key = _plain(ex.view.summary)
    for words in ("circle = South Korea", "triangle = North Korea", "square = Russia", "solid black line = rail",
                  "dashed orange line = gas pipeline", "dotted reddish purple line = power link",
                  "dash-dot blue line = sea route", "thick = operating", "grey = suspended", "thin = proposed"):
        assert words in key, words


def test_map_names_only_the_places_on_the_chosen_routes():
    ex = l3.map_explorer()
    plot = ex.figure._course_artists["lesson03-map"]

    def named():
        return {pid for pid, t in plot.place_labels.items() if t.get_visible()}

    # default routes, Northeast Asia frame: every stop inside the frame is named; Moscow (off the
    # map) and Nakhodka and Sakhalin (on no chosen route) are not
    assert named() == {"khabarovsk", "vladivostok", "khasan", "tumangang", "rajin", "pohang", "busan", "wonsan",
                       "hamhung", "chongjin"}
    ex.set(route_ids=("gas-pipeline",))
    assert named() == {"vladivostok", "khasan", "pyongyang", "kaesong", "seoul"}
    assert all(p.get_visible() for p in plot.place_points.values())    # every place is still marked
    assert "Names are shown for the places on the chosen routes" in ex.view.summary
    ex.set(countries=("ROK",))
    assert named() == {"seoul"}
    ex.set(countries=("ROK", "DPRK", "RUS"), route_ids=("trans-siberian", "northern-sea-route"), extent="eurasia")
    assert named() == {"moscow", "khabarovsk", "vladivostok", "sabetta", "busan"}
    ex.set(labels=False)
    assert named() == set() and "switched off" in ex.view.summary and ex.error == ""


@pytest.mark.parametrize("draw, size", [("overview", (9, 4.2)), ("goods", (9, 3.2))])
def test_static_figures_fit_without_constrained_layout(data, draw, size):
    """With ``layout=None`` (cheaper to render) the figure sets its own margins: nothing is cut off."""
    fig = new_figure(*size, layout=None)
    if draw == "overview":
        l3.draw_overview(fig, data["nine_bridges"], data["nine_bridges_milestones"])
    else:
        l3.draw_goods(fig, l3.goods_table(data["rok_russia_trade_goods"], 2018))
    renderer = fig.canvas.get_renderer()
    box = fig.bbox
    for ax in fig.axes:
        tight = ax.get_tightbbox(renderer)
        assert tight.x0 >= box.x0 - 1 and tight.x1 <= box.x1 + 1 and tight.y0 >= box.y0 - 1 and tight.y1 <= box.y1 + 1

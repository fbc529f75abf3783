"""The timeline's pure functions and the timeline explorer, driven from code."""
from __future__ import annotations

import pandas as pd

from korea_course import load_table
from korea_course.timeline import describe_events, filter_events, timeline_explorer, timeline_view


def test_filter_by_years_category_actor():
    events = load_table("events")
    shown = filter_events(events, (2003, 2009), ["six_party_talks"], "RUS")
    assert not shown.empty
    assert shown["date"].dt.year.between(2003, 2009).all()
    assert (shown["category"] == "six_party_talks").all()
    assert shown["actors"].str.contains("RUS").all()
    assert shown["date"].is_monotonic_increasing


def test_description_counts_and_names_first_and_last():
    events = load_table("events")
    text = describe_events(events)
    assert f"{len(events)} events" in text and "first is" in text and "last is" in text
    assert describe_events(events.iloc[0:0]) == "No events match the current choices."


def test_view_is_pure_and_complete():
    events = load_table("events")
    span = (int(events["date"].dt.year.min()), int(events["date"].dt.year.max()))
    view = timeline_view(events, span, list(events["category"].unique()))
    assert view.extra["count"] == len(events)
    assert list(view.table.columns) == ["date", "title", "category", "actors"]


def test_explorer_responds_to_every_control():
    ex = timeline_explorer()
    first_png, first_text = ex.image.value, ex.view.description
    ex.set(years=(2003, 2009))
    assert ex.error == "" and ex.image.value != first_png and ex.view.description != first_text
    assert ex.view.table["date"].str[:4].astype(int).between(2003, 2009).all()
    before = ex.view.extra["count"]
    ex.set(categories=("six_party_talks",))
    assert ex.view.extra["count"] < before
    ex.set(actor="ROK")
    assert "involving South Korea" in ex.view.summary  # a name, not the code ROK
    assert ("South Korea", "ROK") in ex.controls["actor"].options
    ex.set(categories=())
    assert ex.view.extra["count"] == 0 and "No events" in ex.view.description
    assert ex.error == ""


def test_controls_are_labelled_and_static_view_is_meaningful():
    ex = timeline_explorer()
    assert all(c.description for c in ex.controls.values())
    bundle = ex._repr_mimebundle_()
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    assert "application/vnd.jupyter.widget-view+json" in data
    assert "Text description" in data["text/html"] and "<img" in data["text/html"]
    assert "Timeline explorer" in data["text/plain"]


def test_a_failing_compute_keeps_the_last_view():
    ex = timeline_explorer()
    good = ex.view
    ex.compute = lambda **kw: (_ for _ in ()).throw(ValueError("bad choice"))
    ex.set(years=(2001, 2002))
    assert ex.view is good and "could not be shown" in ex.status_html.value and "bad choice" in ex.error


def test_table_dates_keep_the_precision_of_their_source():
    """A row whose source gives only the month shows "2023-09", never "2023-09-01". The table may hold
    no such row (every event may have its day), so one is planted beside the real ones."""
    events = load_table("events")
    planted = events[events["date"].dt.year == 2023].iloc[[0]].copy()
    planted["title"] = "Planted month-only event"
    planted["date"] = pd.Timestamp("2023-09-01")
    planted["date_precision"] = "month"
    events = pd.concat([events, planted], ignore_index=True)
    view = timeline_view(events, (2023, 2023), list(events["category"].unique()))
    dates = dict(zip(view.table["title"], view.table["date"]))
    assert dates["Planted month-only event"] == "2023-09"
    month_only = events[(events["date_precision"] == "month") & (events["date"].dt.year == 2023)]
    for title in month_only["title"]:
        assert len(dates[title]) == 7, (title, dates[title])
    day = events[(events["date_precision"] == "day") & (events["date"].dt.year == 2023)]
    assert not day.empty and all(len(dates[t]) == 10 for t in day["title"])

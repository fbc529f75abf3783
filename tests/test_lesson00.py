"""Lesson 0 (orientation): the data facts the prose relies on, the pure functions of
``korea_course.explorers.lesson00``, the explorers driven from code, and the exercise key."""
from __future__ import annotations

import pandas as pd
import pytest

from korea_course import load_table
from korea_course.data import split_multi, sources_table
from korea_course.explorers import lesson00 as L
from korea_course.exercises.lesson00 import CHRONOLOGY, exercises, kinds_since
from korea_course.timeline import timeline_explorer

DEFAULT_KINDS = ["summit", "economic", "treaty_military"]


@pytest.fixture(scope="module")
def events():
    return load_table("events")


@pytest.fixture(scope="module")
def actors():
    return load_table("actors")


def row(events, event_id):
    found = events.loc[events["event_id"] == event_id]
    assert len(found) == 1, event_id
    return found.iloc[0]


# ------------------------------------------------------------------ the data behind the prose
def test_timeline_size_and_span(events):
    assert 45 <= len(events) <= 70
    assert events["date"].dt.year.min() == 2000 and events["date"].dt.year.max() == 2024


@pytest.mark.parametrize("event_id,date", [
    ("2000-rus-dprk-friendship-treaty", "2000-02-09"),
    ("2000-putin-visits-pyongyang", "2000-07-19"),
    ("2001-putin-kim-dae-jung-seoul", "2001-02-27"),
    ("2003-beijing-trilateral", "2003-04-23"),
    ("2003-six-party-round-1", "2003-08-27"),
    ("2005-six-party-joint-statement", "2005-09-19"),
    ("2009-dprk-quits-six-party-talks", "2009-04-14"),
    ("2012-soviet-debt-agreement", "2012-09-17"),
    ("2014-crimea-annexation", "2014-03-18"),
    ("2017-nine-bridges-speech", "2017-09-07"),
    ("2022-russia-china-veto", "2022-05-26"),
    ("2024-panel-of-experts-veto", "2024-03-28"),
    ("2024-comprehensive-strategic-partnership", "2024-06-19"),
])
def test_dates_quoted_in_the_lesson(events, event_id, date):
    assert row(events, event_id)["date"] == pd.Timestamp(date)


def test_disagreements_the_lesson_mentions_are_in_the_notes(events):
    assert "June, 2000" in row(events, "2000-putin-visits-pyongyang")["note"]
    debt = row(events, "2012-soviet-debt-agreement")["note"]
    assert "10.94" in debt and "10.96" in debt
    ratified = row(events, "2014-debt-law-signed")
    assert ratified["date_precision"] == "month" and ratified["date"] == pd.Timestamp("2014-05-01")


def test_russia_not_at_the_april_2003_talks(events):
    assert "RUS" not in split_multi(row(events, "2003-beijing-trilateral")["actors"])
    assert set(split_multi(row(events, "2003-six-party-round-1")["actors"])) == set(L.SIX_PARTIES)


def test_every_nuclear_test_answered_by_a_unanimous_resolution(events):
    tests = events[events["category"] == "nuclear_missile"]
    assert len(tests[tests["title"].str.contains("nuclear test", case=False)]) == 6
    resolutions = events[(events["category"] == "un_sanctions") & events["title"].str.contains("resolution")]
    assert len(resolutions) == 9  # 1695, 1718, 1874, 2094, 2270, 2321, 2371, 2375, 2397


def test_six_parties_have_sourced_stakes(actors):
    table = L.stakes_table(actors, "six")
    assert list(table["actor_id"]) == list(L.SIX_PARTIES)
    assert table["stake"].str.len().min() > 40
    assert (table["sources"].str.len() > 0).all()


def test_aliases_cover_romanisations(actors):
    assert "Democratic People's Republic of Korea" in L.aliases_of(actors, "DPRK")
    assert {"Kim Jong Il", "Kim Chong-il"} <= set(L.aliases_of(actors, "kim-jong-il"))
    with pytest.raises(KeyError):
        L.aliases_of(actors, "nobody")


def test_every_event_actor_is_a_known_actor(events, actors):
    codes = set(actors["actor_id"])
    for cell in events["actors"]:
        assert set(split_multi(cell)) <= codes, cell


def test_sources_section_resolves():
    import nbformat

    from notebook_runner import ROOT

    nb = nbformat.read(str(ROOT / "notebooks/00_orientation.ipynb"), as_version=4)
    last_code = [c for c in nb.cells if c.cell_type == "code"][-1].source
    assert "sources_table(" in last_code
    ids = [part.split('"')[1] for part in last_code.split(",") if '"' in part]
    assert len(sources_table(ids)) == len(ids) >= 15


# ------------------------------------------------------------------ pure functions
def test_overview_description_matches_the_data(events):
    fig, text = L.overview_figure(events)
    assert text.startswith(f"{len(events)} events from 2000 to 2024")
    assert "Six-Party Talks" in text and "DPRK tests" in text  # acronyms kept
    assert len(fig.axes) == 1


def test_contacts_by_year_counts_and_both_sided_years(events):
    table = L.contacts_by_year(events, (2000, 2024), DEFAULT_KINDS)
    assert list(table.columns) == ["DPRK", "ROK"] and list(table.index) == list(range(2000, 2025))
    both = [y for y in table.index if table.at[y, "DPRK"] and table.at[y, "ROK"]]
    assert both == [2001, 2008, 2011, 2013, 2017, 2024]  # as the lesson's prose says
    assert table.loc[2018, "ROK"] == 1 and table.loc[2018, "DPRK"] == 0
    assert table.loc[2019, "DPRK"] == 1 and table.loc[2019, "ROK"] == 0


def test_adding_un_actions_grows_only_the_north(events):
    base = L.contacts_by_year(events, (2000, 2024), DEFAULT_KINDS)
    more = L.contacts_by_year(events, (2000, 2024), DEFAULT_KINDS + ["un_sanctions"])
    assert more["ROK"].sum() == base["ROK"].sum()
    assert more["DPRK"].sum() > base["DPRK"].sum()


def test_describe_contacts_handles_empty_choice(events):
    table = L.contacts_by_year(events, (2005, 2006), ["economic"])
    assert "no events" in L.describe_contacts(table, ["economic"])


def test_stakes_table_kinds(actors):
    assert len(L.stakes_table(actors, "all")) == len(actors)
    assert set(L.stakes_table(actors, "person")["actor_id"]) >= {"putin", "kim-jong-un", "moon-jae-in"}
    with pytest.raises(ValueError):
        L.stakes_table(actors, "planets")


def test_lesson_map(events):
    table = L.lesson_map(events)
    assert list(table["lesson"]) == ["Lesson 1", "Lesson 2", "Lesson 3", "Lesson 4"]
    assert (table["events in the timeline"] > 0).all()


def test_ukraine_try_it(events):
    shown = events[(events["date"].dt.year >= 2014) & events["category"].isin(["treaty_military", "ukraine_crisis"])]
    assert len(shown) == 7
    common = set.intersection(*(set(split_multi(a)) for a in shown["actors"]))
    assert common == {"RUS"}


# ------------------------------------------------------------------ explorers driven from code
def test_balance_explorer_reacts(events):
    ex = L.balance_explorer(events)
    assert ex.error == "" and ex.view.extra["north"] > ex.view.extra["south"]
    before = ex.image.value
    ex.set(years=(2014, 2024))
    assert ex.error == "" and ex.image.value != before and "2014" in ex.view.description
    ex.set(categories=("summit",))
    assert ex.error == "" and "summits and visits" in ex.view.description
    ex.set(categories=())
    assert ex.error == "" and "no events" in ex.view.description
    # speed is measured by `make bench`, never asserted here (noisy machines); one update per change:
    assert len(ex.timings_ms) == 4


def test_balance_explorer_key_is_in_the_html_not_in_a_legend(events):
    """No legend in the image (it is re-laid out on every change); the key is in the summary and names
    the hatching, which stays in the figure as the second cue (never colour alone)."""
    ex = L.balance_explorer(events)
    for values in ({}, {"years": (2014, 2024)}, {"categories": ("summit",)}):
        ex.set(**values)
        assert ex.error == "" and ex.figure.axes[0].get_legend() is None
        assert L.BALANCE_KEY.split(":")[0] in ex.summary_html.value
    for words in ("solid", "hatched", "North Korea", "South Korea"):
        assert words in L.BALANCE_KEY
    plot = ex.figure._course_artists["balance"]
    assert all(bar.get_hatch() == "///" for bar in plot.south) and not any(bar.get_hatch() for bar in plot.north)
    assert "hatched" in plot.ax.get_title(loc="left")
    assert "hatched" in ex.static_html()


def test_balance_explorer_year_ticks_are_whole_years(events):
    from korea_course.plotting import figure_png

    ex = L.balance_explorer(events)
    ex.set(years=(2018, 2019))
    figure_png(ex.figure)
    labels = [t.get_text() for t in ex.figure.axes[0].get_xticklabels() if t.get_text()]
    assert labels and all(label.lstrip("−-").isdigit() for label in labels)  # no 2018.5


def test_stakes_explorer_cites_once_and_only_filters(actors, monkeypatch):
    calls = []
    real = L.data.cite
    monkeypatch.setattr(L.data, "cite", lambda ids, *a, **k: calls.append(ids) or real(ids, *a, **k))
    ex = L.stakes_explorer(actors)
    assert len(calls) == len(actors)  # each actor's sources cited once, when the explorer is built
    for kind in ("all", "person", "organisation", "six"):
        ex.set(kind=kind)
        assert ex.error == ""
    assert len(calls) == len(actors)  # a change only filters
    monkeypatch.setattr(L.data, "cite", real)
    for kind in L.ACTOR_KINDS:  # the same table as citing on the fly
        pd.testing.assert_frame_equal(L.stakes_table(L.with_citations(actors), kind), L.stakes_table(actors, kind))


def test_stakes_explorer_reacts(actors):
    ex = L.stakes_explorer(actors)
    assert ex.view.extra["count"] == 6
    ex.set(kind="person")
    assert ex.error == "" and ex.view.extra["count"] == (actors["kind"] == "person").sum()
    assert "Vladimir Putin" in ex.view.description


def test_timeline_explorer_on_events(events):
    ex = timeline_explorer(events)
    before = ex.image.value
    ex.set(years=(2022, 2024))
    assert ex.error == "" and ex.image.value != before and ex.view.extra["count"] < len(events)


# ------------------------------------------------------------------ the exercise key
def test_exercise_kinds_and_count():
    kinds = {type(q.kind).__name__ for q in exercises}
    assert len(exercises.questions) >= 6 and len(kinds) >= 4 and "FrameAnswer" in kinds


def test_solutions_are_correct_and_varied_forms_accepted(events):
    ns = {"events": events}
    for q in exercises:
        exec(q.solution_code, ns)
        expected = "correct" if q.kind.graded else "recorded"
        assert q.evaluate(ns[q.var]).status == expected, q.id
    q1, q2, q6, q7 = (exercises[i] for i in ("q1", "q2", "q6", "q7"))
    assert q1.evaluate("19 July 2000").status == "correct"
    for name in ("DPRK", "Democratic People's Republic of Korea", "north korea", "Pyongyang"):
        assert q2.evaluate(name).status == "correct", name
    letters = {"RUS": "a", "DPRK": "b", "USA": "c", "PRC": "d", "Japan": "e", "Republic of Korea": "f"}
    assert q6.evaluate(letters).status == "correct"
    assert q7.evaluate("90%").status == "correct"


def test_q3_chronology_matches_the_data(events):
    titles = {"Friendship treaty": "2000-rus-dprk-friendship-treaty", "First Six-Party round": "2003-six-party-round-1",
              "Debt agreement signed": "2012-soviet-debt-agreement", "Crimea annexation": "2014-crimea-annexation",
              "Nine Bridges speech": "2017-nine-bridges-speech", "Vostochny summit": "2023-kim-putin-vostochny"}
    dates = [row(events, titles[name])["date"] for name in CHRONOLOGY]
    assert dates == sorted(dates)


def test_q4_key_and_explanation(events):
    key = kinds_since(events)
    assert int(key.sum()) == int((events["date"].dt.year >= 2014).sum())
    top = set(key[key == key.max()].index)
    assert top == {"un_sanctions", "summit"}  # the explanation names these two
    shares = key / key.sum()
    result = exercises["q4"].evaluate(shares)
    assert result.status == "incorrect" and result.misconception == "q4-m2"
    whole = events["category"].value_counts()
    assert exercises["q4"].evaluate(whole).misconception == "q4-m1"


def test_checker_never_raises_on_odd_answers():
    odd = [None, 3.5, "", [], {}, object(), pd.DataFrame(), {"Mars": "z"}, ["x"] * 6, float("nan")]
    for q in exercises:
        for value in odd:
            assert q.evaluate(value).status in {"incorrect", "partly_correct", "could_not_check", "not_attempted",
                                                "correct", "recorded"}

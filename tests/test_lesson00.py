"""Lesson 0 (orientation): the data facts the prose relies on, the pure functions of
``korea_course.explorers.lesson00``, the explorers driven from code, and the exercise key."""
from __future__ import annotations

import pandas as pd
import pytest

from korea_course import load_table
from korea_course.data import split_multi, sources_table
from korea_course.explorers import lesson00 as L
from korea_course.exercises.lesson00 import CHRONOLOGY, ESSAY_VERDICTS, TREATY_RENEWAL, exercises, kinds_since, \
    notice_deadline
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
def notebook():
    import nbformat

    from notebook_runner import ROOT

    return nbformat.read(str(ROOT / "notebooks/00_orientation.ipynb"), as_version=4)


def markdown():
    return "\n".join(c.source for c in notebook().cells if c.cell_type == "markdown")


def test_timeline_size_and_span(events):
    assert 60 <= len(events) <= 100
    assert events["date"].dt.year.min() == 1990 and events["date"].dt.year.max() == 2024


@pytest.mark.parametrize("event_id,date", [
    ("1990-gorbachev-roh-san-francisco", "1990-06-04"),
    ("1990-shevardnadze-in-pyongyang", "1990-09-02"),
    ("1990-ussr-rok-diplomatic-relations", "1990-09-30"),
    ("1991-rok-cash-loan-signed", "1991-03-30"),
    ("1992-yeltsin-visits-seoul", "1992-11-19"),
    ("1993-dprk-npt-withdrawal-notice", "1993-03-12"),
    ("1994-russia-proposes-conference", "1994-03-24"),
    ("1994-agreed-framework", "1994-10-21"),
    ("1995-kedo-established", "1995-03-09"),
    ("1996-1961-treaty-renewal-date", TREATY_RENEWAL),
    ("1997-four-party-talks-open", "1997-12-09"),
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
    assert ratified["date_precision"] == "day" and ratified["date"] == pd.Timestamp("2014-05-05")
    assert "local time" in ratified["note"] and "newdaily-2014-05-06-putin-signs-debt-law" in ratified["source_ids"]


def test_days_settled_from_the_record(events):
    assert row(events, "2004-roh-putin-moscow")["date"] == pd.Timestamp("2004-09-21")
    assert set(split_multi(row(events, "2004-roh-putin-moscow")["actors"])) == {"ROK", "RUS"}
    assert row(events, "2023-yoon-warns-at-un")["date"] == pd.Timestamp("2023-09-20")


def test_russia_not_at_the_april_2003_talks(events):
    assert "RUS" not in split_multi(row(events, "2003-beijing-trilateral")["actors"])
    assert set(split_multi(row(events, "2003-six-party-round-1")["actors"])) == set(L.SIX_PARTIES)


def test_what_washington_wanted_in_spring_2003_agrees_with_the_lesson(events):
    """The April row says what Washington demanded (South Korea and Japan); its note gives both sources on
    Russia, as the lesson does, and points to the July row."""
    trilateral = row(events, "2003-beijing-trilateral")
    assert "South Korea and Japan" in trilateral["description"] and "Russia" not in trilateral["description"]
    assert "VOA" in trilateral["note"] and "Korea.net" in trilateral["note"]
    assert "2003-us-accepts-russian-seat" in trilateral["note"]
    assert row(events, "2003-us-accepts-russian-seat")["date"] == pd.Timestamp("2003-07-03")
    text = markdown()
    assert "3 July 2003" in text and "VOA, 22 April 2003" in text
    assert "only in July 2003" not in text  # the old wording that contradicted the table


def test_russia_left_out_of_the_1990s_negotiations(events):
    for event_id in ("1994-agreed-framework", "1995-kedo-established", "1996-four-party-proposal",
                     "1997-four-party-talks-open"):
        listed = set(split_multi(row(events, event_id)["actors"]))
        assert not listed & set(L.RUSSIA), event_id
    assert set(split_multi(row(events, "1995-kedo-established")["actors"])) == {"KEDO", "USA", "ROK", "JPN"}
    assert set(split_multi(row(events, "1994-agreed-framework")["actors"])) == {"USA", "DPRK"}


def test_the_soviet_union_before_1992_and_russia_after(events):
    early = events[events["date"].dt.year < 1992]
    assert early["actors"].map(lambda a: "USSR" in split_multi(a) and "RUS" not in split_multi(a)).all()
    late = events[events["date"].dt.year >= 1992]
    assert not late["actors"].map(lambda a: "USSR" in split_multi(a)).any()


def test_disagreements_of_the_background_are_in_the_notes(events):
    treaty = row(events, "1996-1961-treaty-renewal-date")["note"]
    for words in ("Jamestown", "1995", "Fritsche", "did not formally denounce", "Meduza", "1996"):
        assert words in treaty, words
    loan = row(events, "1991-rok-cash-loan-signed")["note"]
    assert "1.47" in loan and "1.8" in loan
    yeltsin = row(events, "1992-yeltsin-visits-seoul")["note"]
    assert "18-20 November 1992" in yeltsin and "November 1993" in yeltsin and "Kommersant" in yeltsin
    text = markdown()
    assert "1.47 billion" in text and "1.8 billion" in text and "they disagree" in text


def test_five_russian_heads_of_delegation():
    """The lesson says Russia's seat had five heads over the years (the old Try it said two)."""
    delegations = load_table("six_party_delegations")
    surnames = {name.split()[-1].lower().replace("x", "ks") for name in
                delegations.loc[delegations["party"] == "RUS", "head_of_delegation"]}
    assert surnames == {"losyukov", "alekseyev", "razov", "rakhmanin", "borodavkin"}
    text = markdown()
    assert "five\ndifferent heads of delegation" in text or "five different heads of delegation" in text
    assert "Which two Russian diplomats" not in text


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
    last_code = "\n".join(line for line in last_code.splitlines() if not line.strip().startswith("#"))
    assert "sources_table(" in last_code
    ids = [part.split('"')[1] for part in last_code.split(",") if '"' in part]
    assert len(sources_table(ids)) == len(ids) >= 15
    assert len(ids) == len(set(ids))


def test_further_reading_is_scholarship_and_cited():
    sources = load_table("sources").set_index("id")
    reading = ["blank-1994-ssi-russian-policy-korean-crisis", "fritsche-1996-biost-1961-treaty",
               "joo-2001-kjda-russia-korea-summit", "oberdorfer-2001-two-koreas"]
    last_code = [c for c in notebook().cells if c.cell_type == "code"][-1].source
    text = markdown()
    assert text.index("## Further reading") < text.index("## Sources")
    for sid in reading:
        assert sources.at[sid, "kind"] == "scholarship" and sources.at[sid, "url"], sid
        assert f'"{sid}"' in last_code, sid
    for author in ("Blank", "Fritsche", "Joo", "Oberdorfer"):
        assert author in text.split("## Further reading")[1].split("## Sources")[0]


def test_sung_kim_is_quoted_in_the_shared_wording():
    text = " ".join(markdown().split())
    shared = ("The commentary quotes the US envoy Sung Kim in January 2015 as saying that US–Russian \"alignment … "
              "on the core goal of denuclearization remains as strong as ever\". The words trace to his testimony to "
              "the House Foreign Affairs Committee on 13 January 2015")
    assert shared in text
    assert "Serial No. 114-2" in text and "30 January 2015" in text


def test_key_points_preview_lesson_4_neutrally():
    keys = markdown().split("## Key points")[1].split("## What comes next")[0]
    assert "tilt towards Pyongyang" not in keys and "Lesson 4 weighs the full" in " ".join(keys.split())
    assert "no original of the Sung Kim quotation" not in keys


# ------------------------------------------------------------------ pure functions
def test_overview_description_matches_the_data(events):
    fig, text = L.overview_figure(events)
    assert text.startswith(f"{len(events)} events from 1990 to 2024")
    assert "1990–1999: 13 events" in text
    assert "1990–2024" in fig.axes[0].get_title(loc="left")
    assert "Six-Party Talks" in text and "DPRK tests" in text  # acronyms kept
    assert len(fig.axes) == 1


def test_contacts_by_year_counts_and_both_sided_years(events):
    table = L.contacts_by_year(events, (2000, 2024), DEFAULT_KINDS)
    assert list(table.columns) == ["DPRK", "ROK"] and list(table.index) == list(range(2000, 2025))
    both = [y for y in table.index if table.at[y, "DPRK"] and table.at[y, "ROK"]]
    assert both == [2001, 2008, 2011, 2013, 2017, 2024]  # as the lesson's prose says
    assert table.loc[2018, "ROK"] == 1 and table.loc[2018, "DPRK"] == 0
    assert table.loc[2019, "DPRK"] == 1 and table.loc[2019, "ROK"] == 0


def test_the_soviet_union_counts_as_russia(events):
    assert L.with_russia(events, "ROK").sum() > L.involves(events, "RUS", "ROK").sum()
    table = L.contacts_by_year(events, (1990, 1990), ["summit", "diplomatic"])
    assert table.loc[1990, "ROK"] == 3 and table.loc[1990, "DPRK"] == 1


@pytest.mark.parametrize("cell,lane", [
    ("USSR;ROK", "south"), ("RUS;DPRK", "north"), ("RUS;DPRK;ROK;USA", "both"), ("USA;DPRK", "without"),
    ("KEDO;USA;ROK;JPN", "without"), ("DPRK;UNSC;IAEA", "without"), ("RUS;UKR", None), ("", None),
])
def test_lane_of(cell, lane):
    assert L.lane_of(cell) == lane


def test_background_events_and_figure(events):
    table = L.background_events(events)
    assert table["date"].dt.year.between(1990, 2002).all() and table["date"].is_monotonic_increasing
    assert "date_precision" in table.columns  # tables show each date as its source gives it
    before = table[table["date"].dt.year < 2000]
    after = table[table["date"].dt.year >= 2000]
    # what the lesson tells students to look for: Seoul first in the 1990s, Pyongyang from 2000
    assert (before["lane"] == "south").sum() == 5 and (before["lane"] == "north").sum() == 2
    assert (before["lane"] == "without").sum() == 4
    assert (after["lane"] == "north").sum() == 4 and (after["lane"] == "south").sum() == 1
    npt = row(events, "1993-dprk-npt-withdrawal-notice")["title"]
    assert npt not in set(table["title"])  # a withdrawal notice is not a negotiation: no lane
    fig, text = L.background_figure(events)
    assert text.startswith(f"{len(table)} events from 1990 to 2002")
    assert "Before 2000: 5 with the South only and 2 with the North only; from 2000: 1 with the South and 4 " \
           "with the North." in text
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == list(L.LANES.values())
    shapes = {tuple(map(tuple, c.get_paths()[0].vertices.round(3))) for c in fig.axes[0].collections}
    assert len(shapes) == 4  # a different marker shape in each lane, never colour alone
    assert L.describe_background(table.iloc[0:0]).startswith("No events")
    shown = L.background_table(events)
    assert set(shown["lane"]) == set(L.LANES.values())  # words, not the lane codes
    assert list(shown["title"]) == list(table["title"])


def test_nineties_try_it(events):
    """Timeline Try it: in 1990-1999 Soviet and Russian leaders met South Korea's, not North Korea's; from 2000
    Putin went to Pyongyang and to Seoul."""
    summits = events[events["category"] == "summit"]
    nineties = summits[summits["date"].dt.year.between(1990, 1999)]
    assert len(nineties) == 3
    assert all(set(split_multi(a)) & {"ROK"} and "DPRK" not in split_multi(a) for a in nineties["actors"])
    turn = summits[summits["date"].dt.year.between(2000, 2002)]
    assert {"DPRK", "ROK"} <= {k for a in turn["actors"] for k in split_multi(a)}


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


def test_balance_explorer_opens_on_the_years_of_the_commentary(events):
    ex = L.balance_explorer(events)
    years = ex.controls["years"]
    assert years.value == (2000, 2024) and years.min == 1990
    ex.set(years=(1990, 2002))
    assert ex.error == "" and "1990" in ex.view.description
    plot = ex.figure._course_artists["balance"]
    heights = dict(zip(plot.years, (bar.get_height() for bar in plot.south)))
    assert heights[1990] == ex.view.extra["table"].loc[1990, "ROK"] > 0  # the 1990s have bars too
    dates = ex.view.table["date"]
    assert pd.api.types.is_datetime64_any_dtype(dates) and "date_precision" in ex.view.table


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
    ns = {"events": events, "pd": pd}
    for q in exercises:
        exec(q.solution_code, ns)
        expected = "correct" if q.kind.graded else "recorded"
        assert q.evaluate(ns[q.var]).status == expected, q.id
    q1, q2, q6 = (exercises[i] for i in ("q1", "q2", "q6"))
    assert q1.evaluate("19 July 2000").status == "correct"
    for name in ("DPRK", "Democratic People's Republic of Korea", "north korea", "Pyongyang"):
        assert q2.evaluate(name).status == "correct", name
    letters = {"RUS": "a", "DPRK": "b", "USA": "c", "PRC": "d", "Japan": "e", "Republic of Korea": "f"}
    assert q6.evaluate(letters).status == "correct"



def test_at_least_a_third_analytical_and_each_has_hints_misconceptions_and_a_solution():
    from korea_course.checking import ANALYTICAL_SKILLS

    graded = [q for q in exercises if q.kind.graded]
    analytical = [q for q in graded if q.skill in ANALYTICAL_SKILLS]
    assert [q.id for q in analytical] == ["q4", "q7", "q8", "q9"]
    assert 3 * len(analytical) >= len(graded)
    for q in analytical:
        assert len(q.hints) >= 2 and q.solution_code and q.explanation, q.id
        assert q.misconceptions or q.id == "q4", q.id
    assert [q.id for q in exercises if q.skill == "reflect"] == ["q10"]


def test_q7_treaty_notice_is_computed_from_the_renewal_date(events):
    assert notice_deadline() == pd.Timestamp("1995-09-10")
    assert notice_deadline("2001-09-10") == pd.Timestamp("2000-09-10")
    assert row(events, "1996-1961-treaty-renewal-date")["date"] == pd.Timestamp(TREATY_RENEWAL)
    q7 = exercises["q7"]
    assert q7.evaluate("10 September 1995").status == "correct"
    assert q7.evaluate("1996-09-10").misconception == "q7-m2"


def test_q9_verdicts_follow_the_table(events):
    """Each verdict of the essay question rests on a row the hint points to."""
    assert ESSAY_VERDICTS == {"a": "wrong", "b": "supported", "c": "wrong", "d": "wrong", "e": "contested"}
    assert row(events, "1992-yeltsin-visits-seoul")["date"].year == 1992                      # (a) not 1993
    assert row(events, "1994-agreed-framework")["date"] == pd.Timestamp("1994-10-21")        # (b)
    assert "RUS" not in split_multi(row(events, "1995-kedo-established")["actors"])          # (c)
    assert "RUS" not in split_multi(row(events, "1997-four-party-talks-open")["actors"])     # (d)
    assert "Sources disagree" in row(events, "1996-1961-treaty-renewal-date")["note"]        # (e)
    result = exercises["q9"].evaluate({**ESSAY_VERDICTS, "e": "wrong"})
    assert result.status == "partly_correct" and result.misconception == "q9-m3"


def test_reflection_model_answer_has_yakunin_open_the_rajin_link(events):
    solution = exercises["q10"].solution_code
    assert "Yakunin" in solution and "he opened a rail link" not in solution
    assert "Yakunin" in row(events, "2013-khasan-rajin-rail-opens")["description"] + \
        row(events, "2013-khasan-rajin-rail-opens")["note"]


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

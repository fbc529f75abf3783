"""Lesson 1 (Six-Party Talks and the sanctions votes): pure functions on the real data,
the explorers driven from code, the exercise definitions, and the data facts the prose uses."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from korea_course import load_table
from korea_course.checking import ____
from korea_course.data import split_multi, sources
from korea_course.explorers import lesson01 as L
from korea_course.exercises.lesson01 import exercises


@pytest.fixture(scope="module")
def data():
    return {name: load_table(name) for name in (
        "six_party_sessions", "six_party_delegations", "six_party_commitments", "six_party_context",
        "dprk_nuclear_tests", "dprk_missile_launches", "unsc_dprk_votes")}


# ------------------------------------------------------------------------------ data facts the prose relies on
def test_thirteen_meetings_all_in_beijing_chaired_by_china(data):
    s = data["six_party_sessions"]
    assert len(s) == 13
    assert s["venue"].str.startswith("Beijing").all()
    assert s["chair"].str.endswith("(CHN)").all()
    assert s["start_date"].min() == pd.Timestamp("2003-08-27")
    assert s["end_date"].max() == pd.Timestamp("2008-12-11")


def test_every_meeting_has_a_russian_head_and_six_delegations(data):
    d = data["six_party_delegations"]
    counts = d.groupby("session_id")["party"].nunique()
    assert (counts == 6).all() and len(counts) == 13
    rus = d[d["party"] == "RUS"].set_index("session_id")["head_of_delegation"]
    assert rus["r1"] == "Alexander Losyukov" and rus["r5s2"] == "Sergei Razov"
    assert rus["r6hod3"] == "Alexei Borodavkin"


def test_russia_chairs_the_peace_and_security_working_group(data):
    c = data["six_party_commitments"]
    chairs = c.dropna(subset=["working_group_chair"]).set_index("commitment_id")["working_group_chair"]
    assert chairs["ia-wg-neapsm"] == "RUS"
    assert chairs["ia-wg-denuclearization"] == "CHN" and chairs["ia-wg-economy-energy"] == "ROK"


def test_fuel_oil_quantities(data):
    c = data["six_party_commitments"].set_index("commitment_id")
    assert c.loc["ia-five-hfo-initial", "quantity"] == 50_000
    assert c.loc["ia-five-hfo-total", "quantity"] == 1_000_000
    assert c.loc["spa-rus-hfo-share", "quantity"] == 200_000
    # the prose says Russia completed its shipments in January 2009 (CRS, April 2009 update)
    assert "January 2009" in c.loc["spa-rus-hfo-share", "note"]
    assert "crs-r40095-2009-04" in split_multi(c.loc["spa-rus-hfo-share", "source_ids"])


def test_every_panel_renewal_is_tagged_and_2094_is_one(data):
    v = data["unsc_dprk_votes"].set_index("vote_id")
    assert "panel_of_experts" in split_multi(v.loc["r2094", "measure_tags"])
    assert "7 April 2014" in v.loc["r2094", "main_measures"]
    assert v.loc["r2094", "trigger"].startswith("nuclear test nt3")  # a renewal inside a sanctions resolution
    standalone = v[v["trigger"] == "panel mandate renewal"]
    assert all("panel_of_experts" in split_multi(t) for t in standalone["measure_tags"])
    years = L.panel_renewal_years(data["unsc_dprk_votes"])
    assert years == list(range(2010, 2024))  # 14 years in a row, as the US said on 28 March 2024
    assert L.years_in_a_row(years) == 14
    assert L.years_in_a_row([2009, 2011, 2012]) == 2 and L.years_in_a_row([]) == 0


def test_russian_bargaining_is_sourced_only_where_the_prose_claims_it(data):
    v = data["unsc_dprk_votes"].set_index("vote_id")
    assert "tass-2016-03-02-churkin-2270" in split_multi(v.loc["r2270", "source_ids"])
    assert "izvestia-2017-12-22-safronkov-2397" in split_multi(v.loc["r2397", "source_ids"])
    assert "24 months" in v.loc["r2397", "note"] and "Chinese veto" in v.loc["r1695", "note"]


def test_the_2003_seat_story_does_not_contradict_itself():
    events = load_table("events").set_index("event_id")
    trilateral = events.loc["2003-beijing-trilateral"]
    assert "Russia" not in trilateral["description"]  # the disagreement lives in the note
    assert "VOA" in trilateral["note"] and "Korea.net" in trilateral["note"]
    assert events.loc["2003-us-accepts-russian-seat", "date"] == pd.Timestamp("2003-07-03")


def test_further_reading_is_scholarship_and_cited_in_the_lesson():
    import nbformat
    from korea_course.lessons import LESSONS
    lesson = next(item for item in LESSONS if item.number == "01")
    nb = nbformat.read(str(lesson.notebook), as_version=4)
    headings = [c.source.splitlines()[0] for c in nb.cells if c.cell_type == "markdown" and c.source]
    assert headings.index("## Further reading") + 1 == headings.index("## Sources")
    cited = "".join(c.source for c in nb.cells if c.cell_type == "code" and "sources_table(" in c.source)
    known = sources().set_index("id")
    reading = [i for i in re.findall(r"'([a-z0-9.-]+)'", cited) if known.loc[i, "kind"] == "scholarship"]
    assert 3 <= len(reading) <= 5
    assert all(known.loc[i, "url"].startswith("http") and not known.loc[i, "reprint"] for i in reading)


def test_resolution_1718_unanimous_and_all_adopted_texts_unanimous(data):
    v = data["unsc_dprk_votes"].set_index("vote_id")
    assert v.loc["r1718", "votes_for"] == 15 and v.loc["r1718", "russia_vote"] == "yes"
    adopted = v[v["adopted"] == True]  # noqa: E712
    assert len(adopted) == 24
    assert (adopted["votes_for"] == 15).all() and (adopted["russia_vote"] == "yes").all()


def test_the_two_vetoes(data):
    v = data["unsc_dprk_votes"].set_index("vote_id")
    assert v.loc["draft-2022-05-26", ["votes_for", "votes_against", "russia_vote", "china_vote"]].tolist() == [13, 2, "no", "no"]
    assert v.loc["draft-2024-03-28", ["votes_for", "votes_against", "abstentions", "russia_vote", "china_vote"]].tolist() \
        == [13, 1, 1, "no", "abstain"]


def test_disagreements_are_kept_visible(data):
    s = data["six_party_sessions"].set_index("session_id")
    assert "8~10" in s.loc["r6hod3", "note"]
    ctx = data["six_party_context"].set_index("context_id")
    assert "23 million" in ctx.loc["ctx-2007-03-bda-release", "note"]
    tests = data["dprk_nuclear_tests"].set_index("test_id")
    assert "September 2, 2017" in tests.loc["nt6", "note"]
    assert "stimate" in tests.loc["nt6", "note"]  # yields labelled as estimates


def test_all_l1_source_ids_resolve(data):
    known = set(sources()["id"])
    for name, table in data.items():
        for cell in table["source_ids"]:
            assert set(split_multi(cell)) <= known, (name, cell)


# ------------------------------------------------------------------------------ pure functions
def test_session_table_counts_both_ends(data):
    t = L.session_table(data["six_party_sessions"]).set_index("session_id")
    assert t.loc["r1", "days"] == 3       # 27-29 August 2003
    assert t.loc["r4s1", "days"] == 13    # the 'record 13-day talks'
    assert t.loc["r4s2", "label"] == "Round 4, session 2"
    assert t.loc["r1", "label"] == "Round 1"
    assert "heads-of-delegation" in t.loc["r6hod2", "label"]


def test_negotiation_days_per_year(data):
    per_year = L.negotiation_days_per_year(data["six_party_sessions"])
    assert per_year.to_dict() == {2003: 3, 2004: 8, 2005: 23, 2006: 5, 2007: 17, 2008: 7}
    text = L.describe_days_per_year(per_year)
    assert "63 days" in text and "busiest year was 2005" in text


def test_describe_process_mentions_range_and_walkout(data):
    text = L.describe_process(data["six_party_sessions"], data["six_party_context"])
    assert "13 meetings in 6 rounds" in text and "14 April 2009" in text


def test_process_events_has_four_agreements(data):
    ev = L.process_events(data["six_party_sessions"], data["six_party_commitments"], data["six_party_context"])
    assert (ev["kind"] == "agreement").sum() == 4
    assert (ev["kind"] == "session").sum() == 13
    assert ev["date"].is_monotonic_increasing


def test_ranks_and_spellings():
    assert L.delegation_rank("Vice Minister, Ministry of Foreign Affairs") == "deputy minister"
    assert L.delegation_rank("Deputy Minister of Foreign Affairs and Trade") == "deputy minister"
    assert L.delegation_rank("Ambassador, Special Envoy of the Ministry of Foreign Affairs") == "ambassador"
    assert L.delegation_rank("Ambassador to China") == "ambassador"
    assert L.delegation_rank("Chief envoy") == "title not given"  # a role, not a rank
    assert L.delegation_rank("Special Representative for Korean Peninsula Peace and Security Affairs") \
        == "special representative"
    assert L.delegation_rank("Assistant Secretary of State") == "assistant secretary"
    assert L.delegation_rank("") == "title not given"
    assert L.person_name("Alexander Alexeyev") == L.person_name("Alexandr Alekseyev") == "Alexander Alekseyev"


def test_delegation_table_answers_who_led_and_how_often_heads_changed(data):
    heads = L.delegation_table(data["six_party_sessions"], data["six_party_delegations"])
    assert len(heads) == 13 * 6 and heads["meeting"].max() == 13
    changes = L.head_changes(heads)
    assert changes.index[0] == "RUS"  # Russia changed its head more often than anyone
    assert changes.loc["RUS"].to_dict() == {"people": 5, "changes": 6, "meetings": 13}
    assert changes.loc["USA", "people"] == 2 and changes.loc["CHN", "changes"] == 1
    rus = heads[heads["party"] == "RUS"].set_index("session_id")
    assert set(rus.index[rus["rank"] == "ambassador"]) == {"r3", "r5s2", "r6hod1"}
    assert bool(rus.loc["r5s2", "new_head"]) and not bool(rus.loc["r2", "new_head"])
    assert (heads.loc[heads["party"] == "CHN", "rank"] == "deputy minister").all()
    text = L.describe_delegations(heads)
    assert "5 different people" in text and "6 times" in text and "December 2006 (Sergei Razov" in text
    assert "Losyukov (meetings 1–2, 8–9 and 11)" in text


def test_round_view_is_pure_and_complete(data):
    view = L.round_view(data["six_party_sessions"], data["six_party_delegations"], "r5s3")
    assert view.extra["days"] == 6 and view.extra["position"] == 8
    assert view.extra["russia_rank"] == "deputy minister"
    assert "Alexander Losyukov" in view.description and "Initial Actions" in view.description
    assert "a new head since the previous meeting" in view.description
    assert len(view.table) == 6 and "Russia" in set(view.table["country"]) and "rank" in view.table
    razov = L.round_view(data["six_party_sessions"], data["six_party_delegations"], "r5s2")
    assert "below the deputy minister rank" in razov.description
    with pytest.raises(ValueError):
        L.round_view(data["six_party_sessions"], data["six_party_delegations"], "r9")


def test_response_lags(data):
    lags = L.response_lags(data["dprk_nuclear_tests"], data["unsc_dprk_votes"]).set_index("test_id")
    assert lags["days"].tolist() == [5, 18, 23, 56, 82, 8]
    assert lags.loc["nt6", "vote_id"] == "r2375"
    text = L.describe_lags(lags.reset_index())
    assert "5 days" in text and "82 days" in text


def test_votes_by_year_and_summary(data):
    table = L.votes_by_year(data["unsc_dprk_votes"])
    assert int(table["sanctions resolution"].sum()) == 11
    assert int(table["panel renewal"].sum()) == 13
    assert int(table["vetoed draft"].sum()) == 2
    assert table.loc[2017, "sanctions resolution"] == 4
    assert L.russia_vote_summary(data["unsc_dprk_votes"]).to_dict() == {"yes": 24, "no": 2, "abstain": 0}
    text = L.describe_votes_by_year(data["unsc_dprk_votes"])
    assert "26 May 2022 (with China)" in text
    assert "not known" not in text and "only the year" not in text  # every vote now has its day


def test_votes_by_year_names_any_year_only_vote(data):
    """A vote whose source gives only the year is named in the text alternative, not silently placed."""
    votes = data["unsc_dprk_votes"].copy()
    assert (votes["date_precision"] == "day").all()
    votes.loc[votes["vote_id"] == "r2345", "date_precision"] = "year"
    text = L.describe_votes_by_year(votes)
    assert "The table gives only the year of resolution 2345 (2017); it is counted in that year." in text
    votes.loc[votes["vote_id"] == "r2680", "date_precision"] = "year"
    assert "only the year of resolutions 2345 (2017) and 2680 (2023)" in L.describe_votes_by_year(votes)


def test_filter_sanctions_by_year_and_measure(data):
    ev = L.sanctions_events(data["dprk_nuclear_tests"], data["dprk_missile_launches"], data["unsc_dprk_votes"])
    all_measures = list(L.MEASURE_LABELS)
    everything = L.filter_sanctions(ev, (2006, 2024), all_measures)
    assert len(everything) == 6 + 10 + 26
    oil = L.filter_sanctions(ev, (2006, 2024), ["oil_cap"])
    oil_votes = oil[oil["kind"].str.startswith("vote")]
    assert set(oil_votes["id"]) == {"r2375", "r2397", "draft-2022-05-26"}  # the untagged veto always stays
    y2017 = L.filter_sanctions(ev, (2017, 2017), all_measures)
    assert (y2017["kind"] == "nuclear_test").sum() == 1


def test_sanctions_view_description(data):
    ev = L.sanctions_events(data["dprk_nuclear_tests"], data["dprk_missile_launches"], data["unsc_dprk_votes"])
    view = L.sanctions_view(ev, (2006, 2024), list(L.MEASURE_LABELS))
    assert view.extra == {"votes": 26, "vetoes": 2, "tests": 6}
    assert "vetoed 2" in view.description and "28 March 2024" in view.description
    empty = L.sanctions_view(ev, (2007, 2008), [])
    assert empty.extra["votes"] == 0 and "No vote matches" in empty.description


# ------------------------------------------------------------------------------ explorers driven from code
def test_round_explorer_updates():
    ex = L.round_explorer()
    assert ex.error == "" and "Sergei Razov" in ex.view.description  # default: the meeting the lesson discusses
    before = ex.image.value
    ex.set(session_id="r6hod3")
    assert ex.error == "" and ex.image.value != before
    assert "Alexei Borodavkin" in ex.view.description and "8~10" in ex.view.description
    assert "Borodavkin" in ex.table_widget.value and "deputy minister" in ex.table_widget.value


def test_sanctions_explorer_updates():
    ex = L.sanctions_explorer()
    assert ex.error == "" and ex.view.extra["votes"] == 26  # default: everything
    before = ex.image.value
    ex.set(years=(2016, 2017))
    assert ex.error == "" and ex.image.value != before and "2016" in ex.view.description
    assert ex.view.extra["tests"] == 3
    ex.set(measures=("oil_cap",))
    assert ex.error == "" and ex.view.extra["votes"] == 2
    assert "Oil cap" in ex.table_widget.value


def test_static_snapshot_has_text_description():
    ex = L.sanctions_explorer()
    assert "Text description" in ex.static_html()


# ------------------------------------------------------------------------------ the exercises
def test_exercise_set_shape():
    kinds = {type(q.kind).__name__ for q in exercises}
    assert len(exercises.questions) >= 8
    assert len(kinds) >= 5, kinds
    for q in exercises:
        assert len(q.hints) >= 2
        if q.kind.graded:
            assert q.misconceptions


@pytest.mark.parametrize("qid", [q.id for q in exercises])
def test_solutions_are_correct(qid, data):
    q = exercises[qid]
    ns = {"sessions": data["six_party_sessions"].copy(), "commitments": data["six_party_commitments"].copy(),
          "tests": data["dprk_nuclear_tests"].copy(), "votes": data["unsc_dprk_votes"].copy(), "____": ____}
    exec(q.solution_code, ns)
    result = q.evaluate(ns[q.var])
    assert result.status == ("correct" if q.kind.graded else "recorded"), (qid, result)


def test_q7_misconceptions_follow_the_data(data):
    """Each wrong count q7 answers must be what the data gives for that mistake."""
    from korea_course.exercises.lesson01 import expected_standalone_renewals
    v = data["unsc_dprk_votes"]
    q = exercises["q7"]
    examples = {m.id: m.example for m in q.misconceptions}
    standalone = v[(v["trigger"] == "panel mandate renewal") & (v["adopted"] == True)]  # noqa: E712
    standalone_years = sorted(standalone["date"].dt.year.unique())
    tagged = v[v["measure_tags"].fillna("").str.contains("panel_of_experts")]
    assert examples["q7-m1"] == expected_standalone_renewals() == 13
    assert examples["q7-m2"] == L.years_in_a_row(standalone_years) == 10
    assert examples["q7-m3"] == len(set(tagged.loc[tagged["adopted"] == True, "date"].dt.year)) == 15  # noqa: E712
    assert examples["q7-m4"] == len(tagged) == 16
    assert q.evaluate(14).status == "correct" and q.evaluate("14 years").status == "correct"


def test_at_least_a_third_analytical_and_every_skill_set():
    from korea_course.checking import ANALYTICAL_SKILLS
    graded = [q for q in exercises if q.kind.graded]
    assert sum(q.skill in ANALYTICAL_SKILLS for q in graded) * 3 >= len(graded)
    assert {q.id: q.skill for q in exercises}["q10"] == "reflect"
    assert exercises["q7"].skill == "compute" and exercises["q9"].skill == "weigh evidence"


def test_q9_watering_down_is_not_supported_as_stated():
    q = exercises["q9"]
    assert q.evaluate(["a", "b", "e", "g"]).status == "correct"
    wrong = q.evaluate(["a", "b", "e", "f", "g"])
    assert wrong.status == "partly_correct" and wrong.misconception == "q9-m3"


def test_pandas_misconceptions_have_their_own_messages(data):
    for qid in ("q3", "q4"):
        q = exercises[qid]
        for m in q.misconceptions:
            ns = {"sessions": data["six_party_sessions"].copy(), "tests": data["dprk_nuclear_tests"].copy(),
                  "votes": data["unsc_dprk_votes"].copy()}
            exec(m.code, ns)
            result = q.evaluate(ns[q.var])
            assert result.status in ("incorrect", "partly_correct") and result.misconception == m.id, (qid, result)


def test_a_wrong_order_is_partly_correct():
    q = exercises["q1"]
    result = q.evaluate(["Joint Statement", "Third-round Chairman's Statement", "Initial Actions",
                         "Second-Phase Actions", "Verification communique"])
    assert result.status == "partly_correct" and result.right == 3


def test_reflection_is_recorded_not_graded():
    q = exercises["q10"]
    assert q.evaluate("too short").status == "could_not_check"
    text = ("Russia had been left out of the April 2003 meeting in Beijing, so a seat at the six-party table "
            "showed it still counted in Northeast Asia. Inside the talks it chaired the peace and security "
            "working group, shipped fuel oil and moved the frozen Banco Delta Asia money, which kept it useful "
            "to both Washington and Pyongyang.")
    assert q.evaluate(text).status == "recorded"
    assert q.evaluate(" ".join(["word"] * 45)).status == "could_not_check"  # a reflection must look like one


def test_no_hint_before_the_last_reveals_a_number():
    for q in exercises:
        for hint in q.hints[:-1]:
            assert not re.search(r"\b(2008|14|24|2022-05-26)\b", hint), (q.id, hint)

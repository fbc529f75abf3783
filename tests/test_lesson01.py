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


def test_round_view_is_pure_and_complete(data):
    view = L.round_view(data["six_party_sessions"], data["six_party_delegations"], data["six_party_commitments"],
                        data["six_party_context"], "r5s3")
    assert view.extra["days"] == 6 and view.extra["position"] == 8
    assert "Alexander Losyukov" in view.description and "Initial Actions" in view.description
    assert len(view.table) == 6 and "Russia" in set(view.table["country"])
    with pytest.raises(ValueError):
        L.round_view(data["six_party_sessions"], data["six_party_delegations"], data["six_party_commitments"],
                     data["six_party_context"], "r9")


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
    assert "26 May 2022 (with China)" in L.describe_votes_by_year(data["unsc_dprk_votes"])


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
    assert ex.error == "" and "Round 4, session 2" in ex.view.description  # meaningful default
    before = ex.image.value
    ex.set(session_id="r6hod3")
    assert ex.error == "" and ex.image.value != before
    assert "Alexei Borodavkin" in ex.view.description and "8~10" in ex.view.description
    assert "Borodavkin" in ex.table_widget.value


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
            assert not re.search(r"\b(2008|24|2022-05-26)\b", hint), (q.id, hint)

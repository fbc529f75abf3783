"""The checker's own behaviour: answer kinds, outcomes, hints, progress, display."""
from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from korea_course import progress
from korea_course.answers import (ChoiceAnswer, DateAnswer, FrameAnswer, FreeTextAnswer, MatchingAnswer,
                                  MultiChoiceAnswer, NameAnswer, NameSetAnswer, NumberAnswer, OrderingAnswer,
                                  YearAnswer, parse_date)
from korea_course.checking import ____, BoundQuestion, ExerciseSet, Feedback, Misconception, Question


def q(kind, misconceptions=(), **kw):
    return Question("q1", "Test", var="answer", kind=kind, hints=["first", "second", "third"],
                    solution="answer = 1", explanation="Because.", misconceptions=misconceptions, **kw)


@pytest.mark.parametrize("value", [1.09, "1.09", "1.09 billion", "1.09bn", "$1.09 bn", 1_090_000_000,
                                   "1,090,000,000", "1 090 000 000", "US$1.09 billion", "1.1"])
def test_number_with_scale_words(value):
    question = q(NumberAnswer(1.09, unit="billion USD", scale=1e9, rel_tol=0.02))
    assert question.evaluate(value).status == "correct", value


def test_number_misconception_total_vs_remainder_and_millions():
    question = q(NumberAnswer(1.09, unit="billion USD", scale=1e9, rel_tol=0.02), [
        Misconception(11, "That is the whole debt, not what is left after the write-off."),
        Misconception(1090, "Millions, not billions: check the unit."),
    ])
    assert question.evaluate(11).message.startswith("That is the whole debt")
    assert question.evaluate("1090").message.startswith("Millions")
    r = question.evaluate(5)
    assert r.status == "incorrect" and "1.09" not in r.message


@pytest.mark.parametrize("bad", [None, True, [], {}, "eleven-ish", float("nan"), float("inf"), object(), "",
                                 pd.Series([1.0]), 1 + 2j])
def test_number_junk_is_could_not_check(bad):
    assert q(NumberAnswer(1.09)).evaluate(bad).status == "could_not_check"


@pytest.mark.parametrize("text", ["2005-09-19", "19 September 2005", "September 19, 2005", "Sept 19 2005",
                                  "19.09.2005", "19/09/2005", "2005/9/19", "19th September 2005",
                                  dt.date(2005, 9, 19), dt.datetime(2005, 9, 19, 12), pd.Timestamp("2005-09-19")])
def test_dates_in_any_common_format(text):
    assert q(DateAnswer("2005-09-19")).evaluate(text).status == "correct"


def test_ambiguous_date_asks_for_iso():
    r = q(DateAnswer("2007-02-13")).evaluate("03/04/2007")
    assert r.status == "could_not_check" and "YYYY-MM-DD" in r.message


def test_date_targeted_remark():
    assert "year and month are right" in q(DateAnswer("2007-02-13")).evaluate("2007-02-12").message
    assert parse_date("13 Feb 2007") == dt.date(2007, 2, 13)


def test_year_from_date_and_string():
    question = q(YearAnswer(2009))
    for v in (2009, "2009", "April 2009" if False else "14 April 2009", pd.Timestamp("2009-04-14"), 2009.0):
        assert question.evaluate(v).status == "correct", v
    assert question.evaluate(2008).status == "incorrect"
    assert question.evaluate(20.09).status == "could_not_check"


@pytest.mark.parametrize("name", ["Kim Jong-il", "Kim Jong Il", "kim jong il", "KIM JONG-IL", "Kim Chong-il",
                                  " Kim  Jong‑il "])
def test_names_with_romanisation_variants(name):
    question = q(NameAnswer("Kim Jong-il", aliases=["Kim Chong-il"]), [Misconception("Kim Il-sung", "His father.")])
    assert question.evaluate(name).status == "correct"
    assert question.evaluate("Kim Il Sung").message == "His father."


def test_choice_letter_or_text():
    question = q(ChoiceAnswer({"a": "Beijing", "b": "Moscow"}, "a"), [Misconception("b", "Not there.")])
    assert question.evaluate("A").status == "correct"
    assert question.evaluate("beijing").status == "correct"
    assert question.evaluate("(a)").status == "correct"
    assert question.evaluate("b").message == "Not there."
    assert question.evaluate("z").status == "could_not_check"


def test_multichoice_partial_and_extra():
    question = q(MultiChoiceAnswer({"a": "1", "b": "2", "c": "3", "d": "4"}, ["a", "c"]))
    assert question.evaluate(["c", "a"]).status == "correct"
    assert question.evaluate("a, c").status == "correct"
    r = question.evaluate(["a"])
    assert r.status == "partly_correct" and (r.right, r.total) == (1, 2)
    assert question.evaluate(["a", "b"]).status == "incorrect"


def test_ordering_partly_correct():
    question = q(OrderingAnswer(["one", "two", "three"], aliases={"one": ["1st"]}))
    assert question.evaluate(["1st", "two", "three"]).status == "correct"
    r = question.evaluate(["two", "one", "three"])
    assert r.status == "partly_correct" and r.right == 1
    assert question.evaluate(["one", "two"]).status == "could_not_check"


def test_matching_k_of_n():
    question = q(MatchingAnswer({"A": "x", "B": "y", "C": "z"}))
    assert question.evaluate({"a": "X", "B": "y", "c": "z"}).status == "correct"
    r = question.evaluate({"A": "y", "B": "x", "C": "z"})
    assert r.status == "partly_correct" and (r.right, r.total) == (1, 3)
    assert question.evaluate(["A", "x"]).status == "could_not_check"


def test_name_set_order_free_with_aliases():
    question = q(NameSetAnswer({"gas": ["natural gas"], "rail": ["railways"], "ports": ["seaports"]}))
    assert question.evaluate(["Railways", "natural gas", "seaports"]).status == "correct"
    r = question.evaluate(["gas", "rail", "oil"])
    assert r.status == "partly_correct" and r.right == 2 and "not on the list" in r.message


def test_frame_answer_series():
    expected = pd.Series({2006: 2, 2009: 1})
    question = q(FrameAnswer(lambda: expected))
    assert question.evaluate(pd.Series({2009: 1, 2006: 2})).status == "correct"
    assert question.evaluate({2006: 2, 2009: 1}).status == "correct"
    assert question.evaluate(pd.Series({2006: 2, 2009: 5})).status == "partly_correct"
    assert question.evaluate(pd.DataFrame({"a": [1, 2], "b": [3, 4]})).status == "could_not_check"
    assert question.evaluate([2, 1]).status == "could_not_check"


def test_free_text_is_recorded_not_graded():
    question = q(FreeTextAnswer(min_words=5))
    assert question.evaluate("Too short").status == "could_not_check"
    r = question.evaluate("Russia wanted a seat because it feared exclusion.")
    assert r.status == "recorded"


def test_bound_question_reads_namespace_and_records(tmp_path, monkeypatch, capsys):
    path = tmp_path / "p.json"
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(path))
    ns = {}
    ex = ExerciseSet("99", "Test", [q(YearAnswer(2009), [Misconception(2008, "Close: the last round.")])])
    ex.setup(ns)
    q1 = ns["q1"]
    q1.check()  # variable missing: not attempted, no traceback
    assert q1.last_result.status == "not_attempted"
    ns["answer"] = ns["____"]
    q1.check()
    assert q1.last_result.status == "not_attempted"
    ns["answer"] = 2008
    q1.check()
    assert q1.last_result.message == "Close: the last round."
    ns["answer"] = "2009"
    q1.check()
    saved = json.loads(path.read_text())["lessons"]["99"]["q1"]
    assert saved["status"] == "correct" and saved["attempts"] == 2 and saved["ever_correct"]


def test_hints_unlock_one_level_per_attempt(capsys, monkeypatch):
    ns = {}
    shown = []
    monkeypatch.setattr("korea_course.checking._show", lambda obj: shown.append(repr(obj)))
    ExerciseSet("98", "T", [q(YearAnswer(2009))]).setup(ns)
    q1 = ns["q1"]
    q1.hint()
    assert "Hint 1 of 3" in shown[-1] and "first" in shown[-1]
    q1.hint()  # no attempt since: same hint, with a nudge
    assert "Hint 1 of 3" in shown[-1] and "unlock hint 2" in shown[-1]
    ns["answer"] = 2000
    q1.check()
    q1.hint()
    assert "Hint 2 of 3" in shown[-1]
    q1.check(); q1.hint(); q1.check(); q1.hint()
    assert "last hint" in shown[-1]
    q1.hint(level=9)
    assert "not unlocked" in shown[-1]
    q1.hint(level="x")
    assert "not unlocked" in shown[-1]


def test_feedback_meaning_in_words_not_colour():
    for status in ("correct", "incorrect", "partly_correct", "not_attempted", "could_not_check", "recorded"):
        fb = Feedback(status, "Title", "Body")
        html_text = fb._repr_html_()
        word = repr(fb).split(":")[0]
        assert word.split(" ", 1)[1] in html_text  # the words are in the HTML, not only a colour
        assert "role=\"status\"" in html_text


def test_progress_corrupt_file_is_set_aside(tmp_path, monkeypatch):
    path = tmp_path / "my_progress.json"
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(path))
    path.write_text("{not json")
    assert progress.update("00", "q1", status="correct")
    aside = list(tmp_path.glob("my_progress.corrupt-*.json"))
    assert len(aside) == 1 and aside[0].read_text() == "{not json"
    assert any("damaged" in n for n in progress.take_notices())
    assert json.loads(path.read_text())["lessons"]["00"]["q1"]["status"] == "correct"


def test_progress_outside_course_is_memory_only(tmp_path, monkeypatch):
    monkeypatch.delenv("KOREA_COURSE_PROGRESS")
    monkeypatch.chdir(tmp_path)
    assert progress.update("00", "q1", status="correct") is False
    assert list(tmp_path.iterdir()) == []
    assert progress.progress_path() is None


def test_every_answer_kind_compares_a_misconception_example_the_way_it_reads_an_answer():
    """One comparison path (AnswerKind.same): the example is read like a student's answer."""
    from korea_course.answers import NameAnswer, NumberAnswer, YearAnswer

    money = NumberAnswer(1.09, unit="billion USD", scale=1e9)
    assert money.same(money.read(1.09), "1.09 billion") and money.same(money.read("1,09"), 1.09)
    assert not money.same(money.read(1.09), 10.96) and not money.same(money.read(1.09), "not a number")
    year = YearAnswer(2009)
    assert year.same(year.read("April 2009"), 2009) and not year.same(year.read(2008), 2009)
    name = NameAnswer("North Korea", aliases=["DPRK"])
    assert name.same(name.read("dprk"), "North Korea")

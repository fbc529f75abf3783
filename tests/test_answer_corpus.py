"""The answer corpus (tests/answer_corpus.py): realistic student answers for every question of
every lesson, each graded as a teacher would — right answers in other forms are correct, near
misses partly correct or not right, forms that cannot be read get "could not check" with
words that say what to change.

Also: every misconception message is proved by an answer that shows it, and shown NOT to fire
on the right answer and on two other wrong answers of the corpus.

The size of the corpus and its outcome counts are shown at the end of the test run.
"""
from __future__ import annotations

import collections
import copy

import nbformat
import pandas as pd
import pytest

from answer_corpus import BLANK_AND_TYPES, ENTRIES, Code
from korea_course.answers import ChoiceAnswer, DateAnswer, NameAnswer, NumberAnswer, YearAnswer
from korea_course.checking import PLACEHOLDER
from korea_course.exercises import all_exercise_sets
from notebook_runner import exercise_notebook

SETS = {ex.lesson: ex for ex in all_exercise_sets()}
QUESTIONS = [(ex.lesson, q) for ex in SETS.values() for q in ex]
CORPUS = list(ENTRIES) + [(lesson, q.id, answer, status, None)
                          for lesson, q in QUESTIONS for answer, status in BLANK_AND_TYPES]
OBSERVED: collections.Counter = collections.Counter()
RUN: set[int] = set()


def _setup_source(lesson: str) -> str:
    """The notebook's set-up cell without the setup() call: the tables a student's code can use."""
    nb = nbformat.read(str(exercise_notebook(lesson)), as_version=4)
    first = next(c.source for c in nb.cells if c.cell_type == "code")
    return "\n".join(line for line in first.splitlines() if "setup(" not in line)


_NAMESPACES: dict[str, dict] = {}


def namespace(lesson: str) -> dict:
    if lesson not in _NAMESPACES:
        ns: dict = {}
        exec(_setup_source(lesson), ns)
        _NAMESPACES[lesson] = ns
    return {k: (v.copy() if isinstance(v, (pd.DataFrame, pd.Series)) else v) for k, v in _NAMESPACES[lesson].items()}


def answer_value(lesson: str, q, answer):
    if isinstance(answer, Code):
        ns = namespace(lesson)
        exec(str(answer), ns)
        return ns[q.var]
    if answer is ...:
        return PLACEHOLDER
    return copy.deepcopy(answer)


def evaluate(lesson: str, qid: str, answer):
    q = SETS[lesson][qid]
    return q, q.evaluate(answer_value(lesson, q, answer), lesson)


def _secret(q) -> list[str]:
    if isinstance(q.kind, (DateAnswer, YearAnswer)):
        return [q.kind.describe_expected()]
    if isinstance(q.kind, NumberAnswer):
        return [f"{q.kind.expected:g}"]
    if isinstance(q.kind, NameAnswer):
        return [q.kind.expected]
    return []


def _entry_id(i: int, entry) -> str:
    lesson, qid, answer, status, _m = entry
    text = ("code:" + answer.splitlines()[-1]) if isinstance(answer, Code) else repr(answer)
    return f"{i:03d}-{lesson}-{qid}-{status}-{text[:40]}"


@pytest.mark.parametrize("index", range(len(CORPUS)), ids=[_entry_id(i, e) for i, e in enumerate(CORPUS)])
def test_corpus_answer_gets_the_teachers_outcome(index):
    lesson, qid, answer, want, misconception = CORPUS[index]
    q, result = evaluate(lesson, qid, answer)
    OBSERVED[result.status] += 1
    RUN.add(index)
    assert result.status == want, (lesson, qid, answer, result.status, result.message)
    assert result.message.strip()
    assert not result.message.startswith("Something about this answer"), result.message  # a specific word
    if want in ("incorrect", "partly_correct"):
        # a misconception fires only on the answers it describes
        assert result.misconception == misconception, (lesson, qid, answer, result.misconception, result.message)
        for secret in _secret(q):
            assert secret.lower() not in result.message.lower(), (q.id, secret, result.message)


def test_corpus_covers_every_question_with_every_kind_of_answer():
    by_question = collections.defaultdict(set)
    for lesson, qid, _answer, status, _m in ENTRIES:
        by_question[(lesson, qid)].add(status)
    for lesson, q in QUESTIONS:
        statuses = by_question[(lesson, q.id)]
        if q.kind.graded:
            assert {"correct", "could_not_check"} <= statuses, (lesson, q.id, statuses)
            assert statuses & {"incorrect", "partly_correct"}, (lesson, q.id, statuses)
        else:
            assert {"recorded", "could_not_check"} <= statuses, (lesson, q.id, statuses)


# ---------------------------------------------------------------- each misconception, for and against
MISCONCEPTIONS = [(lesson, q, m) for lesson, q in QUESTIONS for m in q.misconceptions]


def _showing(lesson, q, m):
    if m.code:
        return Code(m.code)
    return m.example


@pytest.mark.parametrize("lesson,q,m", MISCONCEPTIONS, ids=[m.id and f"{lesson}-{m.id}" for lesson, q, m in MISCONCEPTIONS])
def test_misconception_fires_only_on_the_answer_it_describes(lesson, q, m):
    _q, shows = evaluate(lesson, q.id, _showing(lesson, q, m))
    assert shows.misconception == m.id and shows.message == m.message, (m.id, shows)
    _q, right = evaluate(lesson, q.id, Code(q.solution_code))
    assert right.status in ("correct", "recorded") and right.misconception is None, right
    others = [answer for les, qid, answer, status, mid in ENTRIES
              if les == lesson and qid == q.id and status in ("incorrect", "partly_correct") and mid != m.id]
    wrong_options = len(getattr(q.kind, "options", ())) - 2 if isinstance(q.kind, ChoiceAnswer) else 2
    # two other wrong answers (a three-way choice has only one other wrong option)
    assert len(others) >= min(2, wrong_options), f"{m.id}: the corpus needs other wrong answers to test it against"
    for answer in others:
        _q, result = evaluate(lesson, q.id, answer)
        assert result.misconception != m.id, (m.id, answer, result.message)


@pytest.fixture(scope="module", autouse=True)
def _report(summary):
    """The corpus's size and outcomes, for the end of the terminal report (conftest ``summary``)."""
    yield
    expected = collections.Counter(status for *_rest, status, _m in CORPUS)
    line = (f"{len(CORPUS)} answers ({len(ENTRIES)} written for the questions, {len(CORPUS) - len(ENTRIES)} blanks "
            f"and None) over {len(QUESTIONS)} questions of {len(SETS)} lessons; expected outcomes "
            f"{dict(sorted(expected.items()))}")
    if len(RUN) == len(CORPUS):
        line += f"; observed {dict(sorted(OBSERVED.items()))}"
    summary("answer corpus (test_answer_corpus.py)", line)

"""Property-based tests of the exercise checker (Hypothesis): the one property-based suite.

(1) For EVERY question of EVERY exercise set, generated answers (wrong types, None, NaN, huge
    numbers, empty and odd strings, nested containers, DataFrames of the wrong shape, objects
    whose __eq__/__str__/__repr__/__bool__/__len__… raise) never make an exception escape
    ``Question.evaluate`` or ``BoundQuestion.check()``, and junk is never "correct" — with no
    progress file and with a real one on disk (every write survives). At least 10,000 answers
    per run: each question's test asserts its share (``MIN_PER_QUESTION`` x the questions
    >= ``TARGET_ANSWERS``); the totals are shown at the end of the run (conftest ``summary``).
(2) For EVERY answer kind, on a question of its own: any object gets an outcome in words, never
    an exception; junk is never correct; a number is correct exactly when it is within 1 % of
    the answer (in the unit or the scaled unit).
"""
from __future__ import annotations

import collections
import datetime as dt
import decimal
import fractions
import json
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import korea_course.checking as checking
import korea_course.progress as progress
from korea_course.answers import (ChoiceAnswer, DateAnswer, FrameAnswer, FreeTextAnswer, MatchingAnswer,
                                  MultiChoiceAnswer, NameAnswer, NameSetAnswer, NumberAnswer, OrderingAnswer,
                                  YearAnswer)
from korea_course.checking import (PLACEHOLDER, STATUS_LABELS, BoundQuestion, Feedback, Misconception, Question,
                                   Result)
from korea_course.exercises import all_exercise_sets
from checker_support import Boom, feedback_renders, hostile

SETS = {ex.lesson: ex for ex in all_exercise_sets()}
QUESTIONS = {f"{ex.lesson}-{q.id}": (ex.lesson, q) for ex in SETS.values() for q in ex}
TARGET_ANSWERS = 10_000
# every question's test generates at least its share of the target (the disk test comes on top)
MIN_PER_QUESTION = math.ceil(TARGET_ANSWERS / max(len(QUESTIONS), 1))
BATCH = 8  # values per Hypothesis example: the engine's per-example cost is paid once per batch
# Each drawn value is checked as it is and once more inside a container (a list, a dict or a
# tuple, in turn): two answers per draw, the engine's per-draw cost paid once.
WRAPPERS = [lambda v: [v], lambda v: {"answer": v}, lambda v: (v, None)]
ANSWERS_PER_DRAW = 2
DISK_ANSWERS = 320  # answers checked against a real progress file (slower: a locked, atomic write each)
# a margin of ~10 % over the target: Hypothesis discards a few examples (filters, overruns)
PER_QUESTION = max(100, math.ceil((TARGET_ANSWERS * 1.1 - DISK_ANSWERS) / max(len(QUESTIONS), 1)))


@pytest.fixture
def memory_progress(monkeypatch, tmp_path):
    """No progress file at all: outside a course folder and no KOREA_COURSE_PROGRESS (a real mode)."""
    monkeypatch.delenv("KOREA_COURSE_PROGRESS", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(progress, "_memory", {"version": progress.SCHEMA_VERSION, "lessons": {}})
    assert progress.progress_path() is None


# ============================================================================ (1) every question of the course
RAISING = ["__eq__", "__ne__", "__lt__", "__str__", "__repr__", "__bool__", "__len__", "__iter__", "__float__",
           "__int__", "__index__", "__format__", "__contains__", "__getitem__"]
HOSTILE_CLASSES = [hostile(d) for d in RAISING] + [hostile(*RAISING), hostile("__hash__", "__eq__"),
                                                   hostile("__getattr__"), hostile(*RAISING, "__getattr__")]


class ClassRaises:
    """Even isinstance() fails on this one."""

    @property
    def __class__(self):
        raise Boom("__class__")


class HugeLen:
    def __len__(self):
        return 2 ** 100


class EqReturnsHostile:
    def __eq__(self, other):
        return hostile("__bool__")()

    __hash__ = object.__hash__


class EvilStr(str):
    """A string whose methods raise."""

    def strip(self, *args):
        raise Boom("strip")

    def lower(self):
        raise Boom("lower")

    def casefold(self):
        raise Boom("casefold")

    def translate(self, table):
        raise Boom("translate")

    def __eq__(self, other):
        raise Boom("__eq__")

    __hash__ = str.__hash__


class EvilDict(dict):
    def items(self):
        raise Boom("items")

    def keys(self):
        raise Boom("keys")


class EvilList(list):
    def __iter__(self):
        raise Boom("__iter__")

    def __len__(self):
        raise Boom("__len__")


def _nested(depth: int) -> list:
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


def _self_referential_list() -> list:
    x: list = [1]
    x.append(x)
    return x


def _self_referential_dict() -> dict:
    d: dict = {}
    d["me"] = d
    return d


def _generator():
    yield from range(3)


def _safe_build(factory):
    try:
        return factory()
    except Exception:
        return None


# Strings that are never a right answer: no digits, no letters (punctuation, symbols, spaces,
# control characters, lone surrogates) or fixed oddities.
ODD_STRINGS = ["", " ", "\t\n ", "None", "none", "null", "nan", "NaN", "inf", "-inf", "1e999", "-1e999", "1e-999x",
               "____", "'", '"', "[]", "{}", "()", "\x00", "\u200b", "\u202e\u202d", "\ufeff", "🙂" * 50,
               "\ud800", "a\udfffz", "zzqx " * 3, "x" * 100_000, " " * 10_000, "\n" * 500, "Ünïcödé ẞ zzq",
               "<script>alert(1)</script>", "`rm -rf /`", "%s%s%n", "{0}{1}", "\\x00\\n", "=1+1",
               "0000-00-00", "2024-13-45", "31/02/2000x", "99/99/9999", "$", "%", "bn", "billion", "()()",
               ".", "-", "+", "_", ",,,", "1,2,3x", "--5", "1..2", "--"]  # no single letters: "e" can be an option
NONWORD_CHARS = list("!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~ \t\n\r\x0b\x0c\x00\x07\x1b\x7f") + [
    "\u00a0", "\u00ab", "\u00bb", "\u00a7", "\u00b6", "\u2013", "\u2014", "\u2026", "\u2018", "\u201d", "\u2022",
    "\u20ac", "\u20bd", "\u00a3", "\u00a5", "\u2030", "\u2192", "\u221e", "\u2212", "\u3000", "\u3001", "\u300c",
    "\u200b", "\u200d", "\u200e", "\u202e", "\u2066", "\ufeff", "\ufffd", "\ud800", "\udbff", "\udc00", "\udfff",
    "\U0001f642", "\U0001f1f0\U0001f1f7", "\u2764\ufe0f", "\u0301", "\u0308", "\u20dd"]
nonword_text = st.lists(st.sampled_from(NONWORD_CHARS), max_size=30).map("".join)
huge_ints = st.one_of(st.integers(min_value=10 ** 15), st.integers(max_value=-(10 ** 15)),
                      st.sampled_from([10 ** 400, -(10 ** 400), 2 ** 63, -(2 ** 63) - 1]))
huge_floats = st.one_of(st.floats(min_value=1e15, allow_infinity=True), st.floats(max_value=-1e15, allow_infinity=True),
                        st.sampled_from([math.nan, -math.nan, math.inf, -math.inf, 1.7976931348623157e308]))
junk_scalars = st.one_of(
    st.none(), st.booleans(), huge_ints, huge_floats, st.sampled_from(ODD_STRINGS), nonword_text,
    st.binary(max_size=20), st.builds(bytearray, st.binary(max_size=5)), st.complex_numbers(min_magnitude=1e15),
    st.sampled_from([complex(math.nan, 1), decimal.Decimal("NaN"), decimal.Decimal("sNaN"), decimal.Decimal("1e999999"),
                     decimal.Decimal("-Infinity"), fractions.Fraction(10 ** 30, 3)]),
    st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.datetime(1, 1, 1, 0, 0),
                     dt.datetime(9999, 12, 31, 23, 59, tzinfo=dt.timezone.utc), dt.timedelta(days=3), dt.time(12, 0)]),
    st.sampled_from([np.float64("nan"), np.float32("inf"), np.int64(-(2 ** 63)), np.uint64(2 ** 64 - 1),
                     np.datetime64("NaT"), np.timedelta64("NaT"), np.bool_(True), np.array(np.nan),
                     np.array([]), np.zeros((2, 3)), np.array(["a", "b"]), np.array([None, np.nan], dtype=object),
                     np.str_(""), np.bytes_(b"x")]),
    st.sampled_from([pd.NA, pd.NaT, pd.Timestamp.min, pd.Timestamp.max, pd.Timedelta(days=-1), pd.Interval(0, 1),
                     pd.Period("1066-10", freq="M"), pd.Categorical(["x", "y"]), pd.Index([]), pd.array([None], dtype="Int64")]),
    st.sampled_from([None, ..., NotImplemented, object(), type, int, str, math, len, print, lambda: 1, range(10 ** 12),
                     slice(1, 2), ValueError("boom"), KeyboardInterrupt, _generator(), iter([1, 2]), Boom]),
    st.builds(lambda cls: cls(), st.sampled_from(HOSTILE_CLASSES)),
    st.builds(ClassRaises), st.builds(HugeLen), st.builds(EqReturnsHostile),
    st.builds(EvilStr, st.sampled_from(["zzq", "", "  ", "____"])),
)
junk_values = st.recursive(
    junk_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.tuples(inner, inner), st.sets(st.sampled_from([None, 10 ** 20, "--", b"x"]), max_size=3),
        st.frozensets(st.sampled_from([None, 10 ** 20, "--"]), max_size=3),
        st.dictionaries(st.one_of(st.sampled_from(["", "--", None, 10 ** 20, b"k"]), nonword_text), inner, max_size=3),
        st.builds(EvilDict, st.dictionaries(nonword_text, inner, max_size=2)),
        st.builds(EvilList, st.lists(inner, max_size=2)),
        st.builds(lambda xs: _safe_build(lambda: pd.Series(xs, dtype=object)), st.lists(inner, max_size=4)),
    ),
    max_leaves=8,
) | st.sampled_from([_nested(3000), _self_referential_list(), _self_referential_dict(), [PLACEHOLDER], (PLACEHOLDER,),
                     {"": PLACEHOLDER}])


def _expected_shape(q):
    if not isinstance(q.kind, FrameAnswer):
        return None
    try:
        expected = q.kind.expected
        return (len(expected),) if isinstance(expected, pd.Series) else tuple(expected.shape)
    except Exception:
        return None


def wrong_frames(q) -> st.SearchStrategy:
    """DataFrames and Series whose shape differs from the question's expected result."""
    shape = _expected_shape(q)
    cells = st.one_of(st.none(), huge_floats, st.sampled_from(ODD_STRINGS[:12]),
                      st.builds(lambda cls: cls(), st.sampled_from(HOSTILE_CLASSES[:4])))

    def frame(rows, cols, values, index_kind):
        def make():
            data = {f"c{j}" if index_kind != 2 else "same": [values[(i + j) % len(values)] if values else None
                                                           for i in range(rows)] for j in range(cols)}
            df = pd.DataFrame(data)
            if index_kind == 1:
                df.index = pd.MultiIndex.from_tuples([(i, "x") for i in range(rows)]) if rows else df.index
            if index_kind == 3:
                df.columns = pd.MultiIndex.from_tuples([("a", f"b{j}") for j in range(cols)]) if cols else df.columns
            return df
        return _safe_build(make)

    def series(rows, values):
        return _safe_build(lambda: pd.Series([values[i % len(values)] if values else None for i in range(rows)],
                                             index=[f"--{i}" for i in range(rows)], dtype=object))

    frames = st.builds(frame, st.integers(0, 6), st.integers(0, 4), st.lists(cells, max_size=4), st.integers(0, 3))
    serieses = st.builds(series, st.integers(0, 8), st.lists(cells, min_size=1, max_size=4))
    strategy = st.one_of(frames, serieses)
    if shape is not None:
        strategy = strategy.filter(lambda obj: obj is None or (
            (len(obj),) != shape if isinstance(obj, pd.Series) or len(shape) == 1 else tuple(obj.shape) != shape))
    return strategy


def near_misses(q) -> st.SearchStrategy:
    """Answers of the right type built from the question's own vocabulary (may even be right)."""
    kind = q.kind
    words: list = []
    for attr in ("options", "items", "expected"):
        value = getattr(kind, attr, None)
        if isinstance(value, dict):
            words += [str(k) for k in value] + [str(v) for v in value.values() if isinstance(v, str)]
        elif isinstance(value, (list, tuple, frozenset, set)):
            words += [str(v) for v in value]
        elif isinstance(value, str):
            words.append(value)
    words = [w for w in words if w][:30] or ["x"]
    vocab = st.sampled_from(words)
    mixed = st.one_of(vocab, vocab.map(str.upper), vocab.map(lambda w: f"  {w}  "), vocab.map(lambda w: w[:-1] or "?"),
                      st.text(max_size=12))
    out = [mixed, st.lists(mixed, max_size=6), st.dictionaries(mixed, mixed, max_size=5),
           st.integers(-10 ** 6, 10 ** 6), st.floats(allow_nan=False, allow_infinity=False), st.dates(),
           st.from_regex(r"\A-?\d{1,12}(\.\d{1,4})?( ?(bn|billion|million|m|%|k))?\Z"),
           st.from_regex(r"\A\d{1,2} (January|Sept|Dec\.|may) \d{4}\Z"), st.from_regex(r"\A\d{1,2}/\d{1,2}/\d{4}\Z")]
    if isinstance(kind, FrameAnswer):
        def perturbed(drop, add, scale, as_frame):
            def make():
                expected = kind.expected.copy()
                if drop and len(expected):
                    expected = expected.iloc[1:]
                if add and isinstance(expected, pd.Series):
                    expected.loc["--extra"] = 0
                if scale != 1:
                    expected = expected.apply(lambda v: v * scale if isinstance(v, (int, float)) else v)
                return expected.to_frame() if as_frame and isinstance(expected, pd.Series) else expected
            return _safe_build(make)
        out.append(st.builds(perturbed, st.booleans(), st.booleans(), st.sampled_from([1, 2, -1, 0.5]), st.booleans()))
    return st.one_of(*out)


_ANSWER_STRATEGIES: dict[int, st.SearchStrategy] = {}


def answers_for(q) -> st.SearchStrategy:
    """("junk", value) — never right — or ("near", value) — the right type, any value."""
    if id(q) not in _ANSWER_STRATEGIES:
        junk = st.one_of(junk_values, wrong_frames(q)).map(lambda v: ("junk", v))
        near = near_misses(q).map(lambda v: ("near", v))
        _ANSWER_STRATEGIES[id(q)] = st.one_of(junk, junk, near)
    return _ANSWER_STRATEGIES[id(q)]


def _assert_outcome(lesson, q, label, value, result) -> None:
    assert isinstance(result, Result), type(result)
    assert result.status in STATUS_LABELS, result.status
    assert isinstance(result.message, str) and result.message.strip(), "an outcome needs words"
    assert "Traceback" not in result.message
    if label == "junk":
        assert result.status != "correct", f"{lesson} {q.id}: junk {checking.safe_repr(value)} was marked correct"


def _one_answer(lesson, q, bound, namespace, shown, label, value, counts: collections.Counter) -> None:
    counts["answers"] += 1
    try:
        result = q.evaluate(value, lesson)
        counts["evaluate"] += 1
        _assert_outcome(lesson, q, label, value, result)
        counts[f"outcome {result.status}"] += 1
        namespace[q.var] = value
        del shown[:]
        bound.check()
        counts["check"] += 1
    except AssertionError:
        raise
    except Exception:
        counts["escaped"] += 1
        raise
    assert bound.last_result is not None and bound.last_result.status in STATUS_LABELS
    if label == "junk":
        assert bound.last_result.status != "correct"
    assert len(shown) == 1 and isinstance(shown[0], Feedback)
    feedback_renders(shown[0])


def _assert_counts(counts: collections.Counter, at_least: int, summary) -> None:
    """Every generated answer went through evaluate() and check(), none escaped, enough of them."""
    summary.count("property-based checker tests (test_properties.py): generated answers",
                  {k: v for k, v in counts.items() if k != "escaped"})
    assert counts["escaped"] == 0
    assert counts["check"] == counts["evaluate"] == counts["answers"], counts
    assert counts["answers"] >= at_least, counts


SETTINGS = dict(deadline=None, database=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                                       HealthCheck.large_base_example, HealthCheck.function_scoped_fixture])


def _memoise_expected(monkeypatch, q) -> None:
    """A FrameAnswer recomputes its expected result from the data on every use (2-5 times a
    check, 5-20 ms each); the same value, computed once, keeps thousands of checks fast."""
    if isinstance(q.kind, FrameAnswer):
        value = q.kind.expected
        monkeypatch.setattr(q.kind, "_expected", lambda: value.copy())


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("key", sorted(QUESTIONS))
def test_generated_answers_never_escape_and_junk_is_never_correct(key, memory_progress, shown, monkeypatch, summary,
                                                                  record_property):
    lesson, q = QUESTIONS[key]
    counts: collections.Counter = collections.Counter()
    _memoise_expected(monkeypatch, q)
    namespace: dict = {}
    bound = BoundQuestion(q, namespace, lesson)

    @settings(max_examples=math.ceil(PER_QUESTION / BATCH / ANSWERS_PER_DRAW), **SETTINGS)
    @given(cases=st.lists(answers_for(q), min_size=BATCH, max_size=BATCH))
    def run(cases):
        for i, (label, value) in enumerate(cases):
            _one_answer(lesson, q, bound, namespace, shown, label, value, counts)
            _one_answer(lesson, q, bound, namespace, shown, label, WRAPPERS[i % len(WRAPPERS)](value), counts)

    run()
    summary("property-based checker tests (test_properties.py): generated answers",
            f"{len(QUESTIONS)} questions of {len(SETS)} exercise sets, at least {MIN_PER_QUESTION} answers each "
            f"(target {TARGET_ANSWERS:,} in all); no exception escaped, no junk was correct")
    record_property("generated_answers", counts["answers"])
    _assert_counts(counts, MIN_PER_QUESTION, summary)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.skipif(not QUESTIONS, reason="no exercise sets yet")
def test_generated_answers_with_a_real_progress_file(fast_progress_file, shown, monkeypatch, summary):
    """The same answers through check() with a progress file on disk: every write survives them."""
    counts: collections.Counter = collections.Counter()
    bound_by_key = {}
    for _lesson, q in QUESTIONS.values():
        _memoise_expected(monkeypatch, q)

    @settings(max_examples=math.ceil(DISK_ANSWERS / BATCH), **SETTINGS)
    @given(data=st.data())
    def run(data):
        for _ in range(BATCH):
            key = data.draw(st.sampled_from(sorted(QUESTIONS)))
            lesson, q = QUESTIONS[key]
            if key not in bound_by_key:
                namespace: dict = {}
                bound_by_key[key] = (BoundQuestion(q, namespace, lesson), namespace)
            bound, namespace = bound_by_key[key]
            label, value = data.draw(answers_for(q))
            _one_answer(lesson, q, bound, namespace, shown, label, value, counts)

    run()
    saved = json.loads(fast_progress_file.read_text(encoding="utf-8"))
    assert progress._valid(saved)
    assert not list(fast_progress_file.parent.glob("*.corrupt-*")), "the checker damaged its own progress file"
    _assert_counts(counts, 1, summary)



# ============================================================================ (2) every answer kind
class Hostile:
    """An object whose comparisons, conversions and text all raise."""

    def __eq__(self, other):
        raise RuntimeError("no eq")

    __hash__ = object.__hash__

    def __str__(self):
        raise RuntimeError("no str")

    def __repr__(self):
        raise RuntimeError("no repr")

    def __float__(self):
        raise RuntimeError("no float")

    def __bool__(self):
        raise RuntimeError("no bool")

    def __len__(self):
        raise RuntimeError("no len")

    def __iter__(self):
        raise RuntimeError("no iter")


kind_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
                         st.text(max_size=40), st.binary(max_size=10), st.complex_numbers(), st.dates(), st.datetimes(),
                         st.builds(Hostile), st.just(float("nan")), st.just(10 ** 400), st.just(""), st.just("   "))
kind_junk = st.recursive(kind_scalars, lambda inner: st.one_of(st.lists(inner, max_size=5), st.tuples(inner, inner),
                                                               st.dictionaries(st.text(max_size=5), inner, max_size=4),
                                                               st.sets(st.integers(), max_size=4)), max_leaves=12)
small_frames = st.builds(lambda n, m: pd.DataFrame({f"c{i}": range(n) for i in range(m)}),
                         st.integers(0, 4), st.integers(0, 3))
anything = st.one_of(kind_junk, small_frames,
                     st.builds(lambda xs: pd.Series(xs, dtype=object), st.lists(kind_scalars, max_size=4)))

KINDS = {
    "number": NumberAnswer(1.09, unit="billion USD", scale=1e9),
    "year": YearAnswer(2009),
    "date": DateAnswer("2005-09-19"),
    "name": NameAnswer("North Korea", aliases=["DPRK"]),
    "choice": ChoiceAnswer({"a": "x", "b": "y"}, "a"),
    "multi": MultiChoiceAnswer({"a": "x", "b": "y", "c": "z"}, ["a", "c"]),
    "nameset": NameSetAnswer({"gas": ["natural gas"], "rail": []}),
    "ordering": OrderingAnswer(["one", "two", "three"]),
    "matching": MatchingAnswer({"A": "x", "B": "y"}),
    "frame": FrameAnswer(lambda: pd.Series({2006: 2, 2009: 1})),
    "free": FreeTextAnswer(min_words=3),
}
KIND_QUESTIONS = {name: Question("q", "t", var="v", kind=kind, hints=["h1", "h2"], solution="v = 1", explanation="e",
                                 misconceptions=[Misconception("zzz", "m")]) for name, kind in KINDS.items()}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=anything, name=st.sampled_from(sorted(KINDS)))
def test_any_object_gets_an_outcome_never_an_exception(value, name):
    result = KIND_QUESTIONS[name].evaluate(value)
    assert result.status in STATUS_LABELS
    assert isinstance(result.message, str) and result.message


@settings(max_examples=200, deadline=None)
@given(value=st.one_of(st.none(), st.builds(Hostile), st.lists(st.none(), max_size=3), st.just(float("nan")),
                       st.dictionaries(st.integers(), st.none(), max_size=3), small_frames))
def test_junk_is_never_correct(value):
    for name, question in KIND_QUESTIONS.items():
        assert question.evaluate(value).status != "correct", (name, type(value))


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_numbers_far_from_the_answer_are_not_correct(x):
    q = KIND_QUESTIONS["number"]
    right = math.isclose(x, 1.09, rel_tol=0.01) or math.isclose(x / 1e9, 1.09, rel_tol=0.01)
    assert (q.evaluate(x).status == "correct") == right

"""Robustness of the exercise checker, the progress file and the course package as a whole.

(a) Property-based: for EVERY question of EVERY exercise set, generated answers (wrong types,
    None, NaN, huge numbers, empty and odd strings, nested containers, DataFrames of the
    wrong shape, objects whose __eq__/__str__/__repr__/__bool__/__len__… raise) never make
    an exception escape ``Question.evaluate`` or ``BoundQuestion.check()``, and junk is never
    "correct". At least 10,000 answers per run (counted; the last test prints the figures).
(b) Out of order: a check before its answer cell, cells run twice, a kernel restart in the
    middle, the answer variable deleted — each a clear status, never a traceback.
(c) Offline: network access is blocked in this module (autouse guard); every table loads,
    every explorer builds and checks run.
(d) The progress file: two processes writing at once lose nothing; truncated and garbage
    files are set aside as ``*.corrupt-*.json`` and reported, and nothing saved afterwards is lost.
(e) Files: running an exercise notebook writes only inside its (temporary) course folder and
    never modifies a notebook.

Four bugs these tests found (an odd status or hint count in a progress file, a lone surrogate in
a reflection, deeply nested JSON garbage: each made check(), hint() or progress() raise) are
fixed in korea_course; the tests below keep them fixed.
"""
from __future__ import annotations

import collections
import contextlib
import datetime as dt
import decimal
import fractions
import hashlib
import importlib
import io
import json
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.request
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import korea_course.checking as checking
import korea_course.progress as progress
from korea_course.answers import FrameAnswer
from korea_course.explorers import explorer_factories
from korea_course.checking import PLACEHOLDER, STATUS_LABELS, BoundQuestion, Feedback, Result
from korea_course.exercises import all_exercise_sets
from notebook_runner import ROOT, _shell, answer_cells, exercise_notebook, read, run_notebook

SETS = {ex.lesson: ex for ex in all_exercise_sets()}
QUESTIONS = {f"{ex.lesson}-{q.id}": (ex.lesson, q) for ex in SETS.values() for q in ex}
TARGET_ANSWERS = 10_000
BATCH = 8  # values per Hypothesis example: the engine's per-example cost is paid once per batch
# Each drawn value is checked as it is and once more inside a container (a list, a dict or a
# tuple, in turn): two answers per draw, the engine's per-draw cost paid once.
WRAPPERS = [lambda v: [v], lambda v: {"answer": v}, lambda v: (v, None)]
ANSWERS_PER_DRAW = 2
DISK_ANSWERS = 320  # answers checked against a real progress file (slower: a locked, atomic write each)
# a margin of ~10 % over the target: Hypothesis discards a few examples (filters, overruns)
PER_QUESTION = max(100, math.ceil((TARGET_ANSWERS * 1.1 - DISK_ANSWERS) / max(len(QUESTIONS), 1)))
COUNTS: collections.Counter = collections.Counter()
STATUSES: collections.Counter = collections.Counter()
QUESTIONS_RUN: set[str] = set()


# ============================================================================ (c) the network guard
LOCAL_HOSTS = {"127.0.0.1", "::1", "localhost", "0.0.0.0", ""}


class NetworkBlocked(OSError):
    """Raised instead of reaching the network: the course must work offline."""


def _is_local(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    if isinstance(address, tuple) and address:
        if address[0] is None:  # getaddrinfo(None, port): this machine's own addresses
            return True
        host = address[0].decode() if isinstance(address[0], bytes) else str(address[0])
        return host in LOCAL_HOSTS or host.startswith("127.")
    return False


def install_network_guard(monkeypatch) -> None:
    """Block socket connections and name resolution for anything but this machine."""
    real_connect, real_connect_ex, real_sendto = socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto
    real_getaddrinfo = socket.getaddrinfo

    def connect(self, address):
        if self.family == getattr(socket, "AF_UNIX", object()) or _is_local(address):
            return real_connect(self, address)
        raise NetworkBlocked(f"network access blocked in tests: connect to {address!r}")

    def connect_ex(self, address):
        if self.family == getattr(socket, "AF_UNIX", object()) or _is_local(address):
            return real_connect_ex(self, address)
        raise NetworkBlocked(f"network access blocked in tests: connect_ex to {address!r}")

    def sendto(self, data, *args):
        address = args[-1]
        if self.family == getattr(socket, "AF_UNIX", object()) or _is_local(address):
            return real_sendto(self, data, *args)
        raise NetworkBlocked(f"network access blocked in tests: sendto {address!r}")

    def getaddrinfo(host, *args, **kwargs):
        if _is_local((host,)):
            return real_getaddrinfo(host, *args, **kwargs)
        raise NetworkBlocked(f"network access blocked in tests: resolving {host!r}")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", lambda host: getaddrinfo(host)[0][4][0])


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    install_network_guard(monkeypatch)


@pytest.fixture
def shown(monkeypatch):
    """Everything the checker displays (instead of IPython's display)."""
    items: list = []
    monkeypatch.setattr(checking, "_show", items.append)
    return items


@pytest.fixture
def memory_progress(monkeypatch, tmp_path):
    """No progress file at all: outside a course folder and no KOREA_COURSE_PROGRESS (a real mode)."""
    monkeypatch.delenv("KOREA_COURSE_PROGRESS", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(progress, "_memory", {"version": progress.SCHEMA_VERSION, "lessons": {}})
    assert progress.progress_path() is None


def _feedback_renders(item) -> None:
    """What a front end does with a displayed object: its text and HTML forms."""
    assert isinstance(repr(item), str)
    if hasattr(item, "_repr_html_"):
        assert isinstance(item._repr_html_(), str)


# ============================================================================ (a) generated answers
class Boom(Exception):
    """What the hostile objects raise."""


def _raiser(name):
    def method(self, *args, **kwargs):
        raise Boom(name)
    method.__name__ = name
    return method


def hostile(*dunders: str) -> type:
    """A class whose given special methods raise."""
    namespace = {d: _raiser(d) for d in dunders}
    if "__hash__" not in dunders:
        namespace["__hash__"] = object.__hash__
    return type("Hostile_" + "_".join(d.strip("_") for d in dunders), (), namespace)


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


def _one_answer(lesson, q, bound, namespace, shown, label, value) -> None:
    COUNTS["answers"] += 1
    try:
        result = q.evaluate(value, lesson)
        COUNTS["evaluate"] += 1
        _assert_outcome(lesson, q, label, value, result)
        STATUSES[result.status] += 1
        namespace[q.var] = value
        del shown[:]
        bound.check()
        COUNTS["check"] += 1
    except AssertionError:
        raise
    except Exception:
        COUNTS["escaped"] += 1
        raise
    assert bound.last_result is not None and bound.last_result.status in STATUS_LABELS
    if label == "junk":
        assert bound.last_result.status != "correct"
    assert len(shown) == 1 and isinstance(shown[0], Feedback)
    _feedback_renders(shown[0])


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
def test_generated_answers_never_escape_and_junk_is_never_correct(key, memory_progress, shown, monkeypatch):
    lesson, q = QUESTIONS[key]
    _memoise_expected(monkeypatch, q)
    namespace: dict = {}
    bound = BoundQuestion(q, namespace, lesson)

    @settings(max_examples=math.ceil(PER_QUESTION / BATCH / ANSWERS_PER_DRAW), **SETTINGS)
    @given(cases=st.lists(answers_for(q), min_size=BATCH, max_size=BATCH))
    def run(cases):
        for i, (label, value) in enumerate(cases):
            _one_answer(lesson, q, bound, namespace, shown, label, value)
            _one_answer(lesson, q, bound, namespace, shown, label, WRAPPERS[i % len(WRAPPERS)](value))

    run()
    QUESTIONS_RUN.add(key)


def _fast_tmp() -> Path | None:
    """A RAM-backed folder when there is one (a progress write fsyncs; tmpfs makes that cheap)."""
    shm = Path("/dev/shm")
    return shm if shm.is_dir() and os.access(shm, os.W_OK) else None


@pytest.fixture
def fast_progress_file(monkeypatch, tmp_path):
    folder = Path(tempfile.mkdtemp(prefix="course-progress-", dir=_fast_tmp() or tmp_path))
    path = folder / "my_progress.json"
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(path))
    yield path
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.skipif(not QUESTIONS, reason="no exercise sets yet")
def test_generated_answers_with_a_real_progress_file(fast_progress_file, shown, monkeypatch):
    """The same answers through check() with a progress file on disk: every write survives them."""
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
            _one_answer(lesson, q, bound, namespace, shown, label, value)

    run()
    saved = json.loads(fast_progress_file.read_text(encoding="utf-8"))
    assert progress._valid(saved)
    assert not list(fast_progress_file.parent.glob("*.corrupt-*")), "the checker damaged its own progress file"
    QUESTIONS_RUN.add("disk")


# ============================================================================ (b) out of order
def _check_cell(nb, qid: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "code" and re.search(rf"^\s*{re.escape(qid)}\.check\(\)", cell.source, re.M):
            return cell.source
    return f"{qid}.check()"


def _run(shell, source: str) -> None:
    """Run one cell as a student would; it must not end in a traceback."""
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
        outcome = shell.run_cell(source, store_history=False, silent=False)
    assert outcome.success, f"cell raised {outcome.error_in_exec or outcome.error_before_exec!r}:\n{source}\n{buffer.getvalue()[-1500:]}"


def _saved(path: Path, lesson: str) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["lessons"].get(lesson, {}) if path.exists() else {}


LESSONS_WITH_NOTEBOOKS = [n for n in sorted(SETS) if exercise_notebook(n) is not None]


@pytest.mark.parametrize("lesson", LESSONS_WITH_NOTEBOOKS)
def test_cells_out_of_order_run_twice_restart_and_deleted_answers(lesson, fast_progress_file, monkeypatch, shown):
    path = fast_progress_file
    ex = SETS[lesson]
    nb = read(exercise_notebook(lesson))
    answers = answer_cells(nb)
    checks = {q.id: _check_cell(nb, q.id) for q in ex}
    other_cells = [c.source for i, c in enumerate(nb.cells) if c.cell_type == "code" and i not in answers.values()
                   and not re.search(r"^\s*\w+\.(check|hint|solution)\(\)", c.source, re.M)]
    shell = _shell()
    monkeypatch.chdir(exercise_notebook(lesson).parent)
    for source in other_cells:  # the set-up and any exploration cells, progress() included
        _run(shell, source)

    def last(kind=Feedback):
        assert shown and isinstance(shown[-1], kind), shown[-1:]
        _feedback_renders(shown[-1])
        return shown[-1]

    for q in reversed(ex.questions):  # the questions backwards: each check before its answer cell
        want = "correct" if q.kind.graded else "recorded"
        _run(shell, checks[q.id])
        fb = last()
        assert fb.status == "not_attempted" and f"There is no `{q.var}` yet" in fb.body, (q.id, fb.body)
        _run(shell, nb.cells[answers[q.id]].source)  # the answer cell as shipped, twice
        _run(shell, nb.cells[answers[q.id]].source)
        _run(shell, checks[q.id])
        assert last().status == "not_attempted" and "____" in last().body
        assert "attempts" not in _saved(path, lesson).get(q.id, {})
        _run(shell, f"{q.id}.hint()")
        assert last().title.startswith(f"Hint 1 of {len(q.hints)}")
        for _ in range(2):  # the solution cell run twice, then its check twice
            _run(shell, q.solution_code)
        for _ in range(2):
            _run(shell, checks[q.id])
            assert last().status == want, (q.id, last().status, last().body)
        _run(shell, f"{q.id}.hint()")  # an attempt was made: hint 2 unlocks
        assert last().title.startswith(f"Hint 2 of {len(q.hints)}")
        entry = _saved(path, lesson)[q.id]
        assert entry["status"] == want and entry["attempts"] == 2 and entry["hints_shown"] == 2, entry
        _run(shell, f"del {q.var}")  # the answer variable deleted
        _run(shell, checks[q.id])
        fb = last()
        assert fb.status == "not_attempted" and f"There is no `{q.var}` yet" in fb.body
        assert _saved(path, lesson)[q.id]["status"] == want, "deleting the variable must not forget the status"
    _run(shell, "progress()")

    # "kernel restart in the middle": a fresh namespace, the progress file stays
    shell.reset(new_session=True)
    del shown[:]
    for source in other_cells:
        _run(shell, source)
    for q in ex:
        want = "correct" if q.kind.graded else "recorded"
        assert shell.user_ns[q.id]._hints_shown == 2, f"{q.id}: hints seen not restored after a restart"
        _run(shell, checks[q.id])
        fb = last()
        assert fb.status == "not_attempted" and q.var in fb.body
        assert _saved(path, lesson)[q.id]["status"] == want, f"{q.id}: status forgotten after a restart"
        _run(shell, f"{q.id}.hint()")
        assert last().title.startswith(f"Hint 2 of {len(q.hints)}"), "the restored hint level is shown again"
        _run(shell, f"{q.id}.solution()")
        assert q.solution_code in last().code
    assert _saved(path, lesson)[ex.questions[0].id].get("solution_viewed") is True
    assert ex.statuses() == {q.id: ("correct" if q.kind.graded else "recorded") for q in ex}
    _run(shell, "progress()")


@pytest.mark.skipif(not QUESTIONS, reason="no exercise sets yet")
def test_odd_hint_levels_and_no_namespace(fast_progress_file, shown):
    lesson, q = next(iter(QUESTIONS.values()))
    bound = BoundQuestion(q, {}, lesson)
    for level in (0, -1, 99, "2", None, 1.5, "x", checking.PLACEHOLDER, hostile("__int__", "__index__")()):
        bound.hint(level)
        assert isinstance(shown[-1], Feedback)
    bound.check()
    assert shown[-1].status == "not_attempted"
    bound.namespace = None  # not even a namespace
    bound.check()
    assert shown[-1].status == "not_attempted"


# ---------------------------------------------------------------- progress files a checker may meet
WEIRD_ENTRIES = [
    {"status": ["a list"]}, {"status": {"a": "dict"}}, {"status": 5}, {"status": "no_such_status"},
    {"hints_shown": 99}, {"hints_shown": -5}, {"hints_shown": "2"}, {"hints_shown": True}, {"attempts": "many"},
    {"attempts": -3}, {"updated": None}, {},
]


@pytest.mark.parametrize("entry", WEIRD_ENTRIES, ids=lambda e: json.dumps(e))
def test_check_hint_and_progress_survive_odd_saved_entries(entry, fast_progress_file, shown):
    """A progress file of valid structure but odd values (hand-edited, or saved by a lesson
    that later lost a hint): check(), hint(), solution() and progress() still answer in words."""
    if not QUESTIONS:
        pytest.skip("no exercise sets yet")
    lesson, q = next(iter(QUESTIONS.values()))
    fast_progress_file.write_text(json.dumps({"version": 1, "lessons": {lesson: {q.id: entry}}}), encoding="utf-8")
    namespace: dict = {}
    SETS[lesson].setup(namespace)
    bound = namespace[q.id]
    for action in (bound.check, bound.hint, bound.hint, bound.solution, lambda: checking.show_progress(lesson)):
        action()
    namespace[q.var] = PLACEHOLDER
    bound.check()
    assert shown[-1].status in STATUS_LABELS
    assert 0 <= bound._hints_shown <= len(q.hints)
    assert SETS[lesson].statuses()[q.id] in STATUS_LABELS
    for item in shown:
        _feedback_renders(item)


def test_a_reflection_with_a_lone_surrogate_is_saved(fast_progress_file, shown):
    """Text pasted from a broken source can hold a lone surrogate; saving must not crash check()."""
    reflections = [(lesson, q) for lesson, q in QUESTIONS.values() if not q.kind.graded]
    if not reflections:
        pytest.skip("no reflection question yet")
    lesson, q = reflections[0]
    own_words = ("moscow kept channels open with both capitals while trade figures stayed small and uneven; later "
                 "votes treaties troops and vetoes tilted everything northward although seoul still bought russian "
                 "fuel coal naphtha gas through ports railways shipyards fisheries farms jobs quietly until sanctions "
                 "bit harder").split()
    words = (own_words * 3)[: getattr(q.kind, "min_words", 25) + 5]
    text = " ".join(words) + " \ud800 end"
    namespace = {q.var: text}
    bound = BoundQuestion(q, namespace, lesson)
    bound.check()
    assert shown[-1].status == "recorded"
    saved = json.loads(fast_progress_file.read_text(encoding="utf-8"))
    assert "\ud800" in saved["lessons"][lesson][q.id]["reflection"]


# ============================================================================ (c) offline
def test_the_network_guard_blocks_remote_hosts_and_allows_this_machine():
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1: never routable
    with pytest.raises(OSError):
        urllib.request.urlopen("http://example.com/", timeout=1)
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("pypi.org", 443)
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    client = socket.create_connection(server.getsockname(), timeout=2)
    client.close()
    server.close()
    left, right = socket.socketpair()
    left.sendall(b"ok")
    assert right.recv(2) == b"ok"
    left.close()
    right.close()


def test_everything_works_offline(tmp_path, monkeypatch, shown):
    from korea_course.data import table_names, validate_all

    with pytest.raises(NetworkBlocked):  # the guard is on for this test
        socket.create_connection(("198.51.100.7", 443), timeout=1)
    counts = validate_all()
    assert set(counts) == set(table_names()) and all(n > 0 for n in counts.values())
    for name, factory in explorer_factories(include_timeline=False):
        ex = factory()
        assert ex.error == "" and ex.view is not None and ex.view.description, name
    for lesson in LESSONS_WITH_NOTEBOOKS[:1]:  # a check in a real notebook run
        monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(tmp_path / "p.json"))
        ex = SETS[lesson]
        result = run_notebook(exercise_notebook(lesson), replace={q.id: q.solution_code for q in ex})
        assert not result.errors, result.errors
        saved = _saved(tmp_path / "p.json", lesson)
        assert all(saved[q.id]["status"] in ("correct", "recorded") for q in ex)


# ============================================================================ (d) the progress file
WRITER = textwrap.dedent('''
    import importlib.util, os, sys, time
    spec = importlib.util.spec_from_file_location("course_progress", sys.argv[1])
    progress = importlib.util.module_from_spec(spec); spec.loader.exec_module(progress)
    tag, n, go = sys.argv[2], int(sys.argv[3]), sys.argv[4]
    open(go + "." + tag, "w").close()  # ready
    while not os.path.exists(go):
        time.sleep(0.001)
    for i in range(n):
        assert progress.update("00", f"{tag}{i:03d}", add_attempt=True, status="incorrect", last_answer=str(i))
        if i % 4 == 0:
            assert progress.update("00", "shared", add_attempt=True)
    print("done", tag)
''')


def test_two_processes_writing_at_once_lose_nothing(fast_progress_file, tmp_path):
    path = fast_progress_file
    before = {"version": 1, "lessons": {"01": {"q1": {"status": "correct", "attempts": 3, "reflection": "mine"}},
                                        "00": {"earlier": {"status": "recorded", "reflection": "saved before"}}}}
    path.write_text(json.dumps(before), encoding="utf-8")
    go = tmp_path / "go"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "KOREA_COURSE_PROGRESS"}
    env["KOREA_COURSE_PROGRESS"] = str(path)
    n = 200
    procs = [subprocess.Popen([sys.executable, str(script), str(Path(progress.__file__)), tag, str(n), str(go)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for tag in ("a", "b")]
    deadline = time.monotonic() + 60
    while not all(Path(f"{go}.{tag}").exists() for tag in ("a", "b")):  # both interpreters up and waiting
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs), "a writer did not start"
        time.sleep(0.005)
    started = time.perf_counter()
    go.write_text("go")
    results = [p.communicate(timeout=120) for p in procs]
    seconds = time.perf_counter() - started
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0, err
    saved = json.loads(path.read_text(encoding="utf-8"))
    lesson = saved["lessons"]["00"]
    for tag in ("a", "b"):
        for i in range(n):
            entry = lesson.get(f"{tag}{i:03d}")
            assert entry and entry["attempts"] == 1 and entry["last_answer"] == str(i), (tag, i, entry)
    assert lesson["shared"]["attempts"] == 2 * (n // 4), "an update was lost under concurrency"
    assert saved["lessons"]["01"] == before["lessons"]["01"], "progress saved before was lost"
    assert lesson["earlier"] == before["lessons"]["00"]["earlier"]
    assert not list(path.parent.glob("*.corrupt-*")) and not list(path.parent.glob(".*.tmp"))
    COUNTS["concurrent_writes"] = 2 * n + 2 * (n // 4)
    COUNTS["concurrent_ms"] = int(seconds * 1000)


GARBAGE = {
    "truncated": None,  # filled from a real file below
    "binary": b"\x00\xff\xfe garbage \x80",
    "not json": b"this is not json",
    "a list": b"[1, 2, 3]",
    "lessons not a dict": b'{"lessons": []}',
    "entry not a dict": b'{"lessons": {"00": {"q1": 5}}}',
    "deep nesting": b"[" * 100_000,
    "empty": b"",
}


@pytest.mark.parametrize("kind", sorted(GARBAGE))
def test_a_damaged_progress_file_is_set_aside_and_reported(kind, tmp_path, monkeypatch, shown):
    path = tmp_path / "my_progress.json"
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(path))
    progress.take_notices()
    for i in range(5):
        progress.update("00", f"old{i}", status="correct", add_attempt=True)
    original = path.read_bytes()
    damaged = original[: len(original) // 2] if kind == "truncated" else GARBAGE[kind]
    path.write_bytes(damaged)
    assert progress.update("00", "new0", status="incorrect", add_attempt=True)
    aside = sorted(tmp_path.glob("my_progress.corrupt-*.json"))
    assert len(aside) == 1, sorted(p.name for p in tmp_path.iterdir())
    assert aside[0].read_bytes() == damaged, "the damaged file must be kept as it was"
    notices = progress.take_notices()
    assert any(aside[0].name in n and "damaged" in n for n in notices), notices
    # the student sees it with the next feedback too (a second damage, reported through check())
    for i in range(1, 20):
        assert progress.update("00", f"new{i}", status="correct", add_attempt=True)
    fresh = json.loads(path.read_text(encoding="utf-8"))["lessons"]["00"]
    assert all(f"new{i}" in fresh for i in range(20)), "something saved after the damage was lost"
    if QUESTIONS:
        lesson, q = next(iter(QUESTIONS.values()))
        path.write_bytes(damaged)
        BoundQuestion(q, {q.var: PLACEHOLDER}, lesson).check()
        assert shown[-1].notices and "damaged" in shown[-1].notices[0]
        assert len(list(tmp_path.glob("my_progress.corrupt-*.json"))) == 2
        assert "Note:" in repr(shown[-1])


# ============================================================================ (e) files
_AUDIT = {"on": False, "writes": []}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_PATH_EVENTS = {"os.rename": (0, 1), "os.remove": (0,), "os.rmdir": (0,), "os.mkdir": (0,), "os.truncate": (0,),
                "os.chmod": (0,), "os.utime": (0,), "os.symlink": (0, 1), "os.link": (0, 1), "shutil.rmtree": (0,),
                "shutil.copyfile": (1,), "shutil.move": (1,), "sqlite3.connect": (0,)}


def _audit(event, args):
    if not _AUDIT["on"]:
        return
    try:
        if event == "open":
            path, mode, flags = args
            if isinstance(path, int):
                return
            if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (isinstance(flags, int) and flags & _WRITE_FLAGS):
                _AUDIT["writes"].append((event, os.fspath(path)))
        elif event in _PATH_EVENTS:
            for i in _PATH_EVENTS[event]:
                if i < len(args) and isinstance(args[i], (str, bytes, os.PathLike)):
                    _AUDIT["writes"].append((event, os.fsdecode(args[i])))
    except Exception:  # an audit hook must never break the code it watches
        pass


sys.addaudithook(_audit)


def _repo_files() -> dict[Path, str]:
    out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True)
    if out.returncode != 0:  # not a git checkout: every file but the environment
        names = [p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*") if p.is_file()
                 and not {".venv", ".git", "__pycache__", ".hypothesis"} & set(p.relative_to(ROOT).parts)]
    else:
        names = [n for n in out.stdout.decode().split("\0") if n]
    files = {}
    for name in names:
        p = ROOT / name
        if p.is_file() and "__pycache__" not in p.parts:
            files[p] = hashlib.sha256(p.read_bytes()).hexdigest()
    return files


def _inside(path: str, folder: Path) -> bool:
    try:
        Path(os.path.abspath(path)).resolve().relative_to(folder.resolve())
        return True
    except ValueError:
        return False


@pytest.mark.skipif(not LESSONS_WITH_NOTEBOOKS, reason="no exercise notebooks yet")
def test_running_exercise_notebooks_writes_only_inside_the_course_copy(tmp_path, monkeypatch):
    scratch = Path(tempfile.mkdtemp(prefix="course-copy-", dir=_fast_tmp() or tmp_path))  # RAM: fsyncs are cheap
    try:
        _run_copies(scratch / "course", monkeypatch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _run_copies(course: Path, monkeypatch) -> None:
    shutil.copytree(ROOT / "exercises", course / "exercises",
                    ignore=shutil.ignore_patterns("my_progress*", "*.lock", "*.corrupt-*"))
    shutil.copytree(ROOT / "course_data", course / "course_data")
    monkeypatch.delenv("KOREA_COURSE_PROGRESS", raising=False)  # the default place: the copy's exercises/
    notebooks = {n: course / "exercises" / exercise_notebook(n).name for n in LESSONS_WITH_NOTEBOOKS}
    nb_hashes = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in notebooks.values()}
    before = _repo_files()
    _AUDIT["writes"].clear()
    _AUDIT["on"] = True
    try:
        for lesson, path in notebooks.items():
            shipped = run_notebook(path)
            solved = run_notebook(path, replace={q.id: q.solution_code for q in SETS[lesson]})
            assert not shipped.errors and not solved.errors, (shipped.errors, solved.errors)
    finally:
        _AUDIT["on"] = False
    after = _repo_files()
    writes = sorted({p for _, p in _AUDIT["writes"]})
    import matplotlib
    from IPython.paths import get_ipython_dir

    # the test harness's own state, not the course's: IPython's history database (the in-process
    # shell), matplotlib's font cache
    allowed_outside = [Path(get_ipython_dir()), Path(matplotlib.get_cachedir())]
    outside = [p for p in writes if not _inside(p, course)
               and not any(_inside(p, a) for a in allowed_outside) and "__pycache__" not in p]
    assert not outside, f"files written outside the course copy: {outside}"
    assert (course / "exercises" / "my_progress.json").is_file(), "progress should land in the copy's exercises/"
    for p, digest in nb_hashes.items():
        assert hashlib.sha256(p.read_bytes()).hexdigest() == digest, f"{p.name} was modified by running it"
    changed = sorted(str(p.relative_to(ROOT)) for p in set(before) | set(after) if before.get(p) != after.get(p))
    ours = [c for c in changed if any(_inside(w, ROOT / c) for w in writes)]
    assert not ours, f"running the notebooks changed repository files: {ours}"
    if changed:  # another process (an editor, a parallel session) touched them meanwhile; not this run
        print(f"note: {len(changed)} repository files changed during the run by other processes: {changed[:5]}")


# ============================================================================ the figures
def test_generated_answer_count_and_figures(capsys, record_property):
    """Runs last: at least 10,000 answers were generated and no exception escaped."""
    expected = set(QUESTIONS) | ({"disk"} if QUESTIONS else set())
    if not QUESTIONS_RUN >= expected:
        pytest.skip("the generating tests were not all selected in this run")
    record_property("generated_answers", COUNTS["answers"])
    with capsys.disabled():
        print(f"\n[robustness] {COUNTS['answers']} generated answers over {len(QUESTIONS)} questions of "
              f"{len(SETS)} exercise sets; evaluate() {COUNTS['evaluate']} times, check() {COUNTS['check']} times; "
              f"exceptions escaped: {COUNTS['escaped']}; outcomes: {dict(STATUSES)}"
              + (f"; concurrent progress writes: {COUNTS['concurrent_writes']} in {COUNTS['concurrent_ms']} ms, "
                 "none lost" if COUNTS["concurrent_writes"] else ""))
    assert COUNTS["escaped"] == 0
    assert COUNTS["answers"] >= TARGET_ANSWERS, COUNTS
    assert COUNTS["check"] == COUNTS["answers"]

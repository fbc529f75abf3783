"""The checker grades like a teacher, and a student's progress is never lost or misplaced.

One test (or a group) per situation students meet: progress paths that are folders, devices,
symlinks, missing or read-only folders, two kernels; answers written the way people write
them; calls with arguments the methods do not take; a kernel restart before the set-up cell;
`___` typed for the blank; misconceptions that must not fire; solutions and hints that must
not replace a first try; reflections that must be one.
"""
from __future__ import annotations

import io
import contextlib
import datetime as dt
import json
import os
import re
import stat

import pandas as pd
import pytest

import korea_course.checking as checking
import korea_course.progress as progress
from korea_course.answers import (DateAnswer, FrameAnswer, MatchingAnswer, NameAnswer, NumberAnswer, YearAnswer,
                                  parse_date, parse_number)
from korea_course.checking import PLACEHOLDER, BoundQuestion, ExerciseSet, Feedback, Misconception, Question
from korea_course.exercises import all_exercise_sets
from notebook_runner import _shell

SETS = {ex.lesson: ex for ex in all_exercise_sets()}


@pytest.fixture
def shown(monkeypatch):
    items: list = []
    monkeypatch.setattr(checking, "_show", items.append)
    return items


@pytest.fixture(autouse=True)
def _fresh_progress_state(monkeypatch):
    monkeypatch.setattr(progress, "_pending", {})
    monkeypatch.setattr(progress, "_state", {"problem": None})
    progress.take_notices()


def bound(lesson, qid, namespace=None):
    q = SETS[lesson][qid]
    return BoundQuestion(q, {} if namespace is None else namespace, lesson)


def text_of(item) -> str:
    return repr(item) + (item._repr_html_() if hasattr(item, "_repr_html_") else "")


# ============================================================================ data loss
def test_a_progress_path_that_is_a_folder_is_never_renamed_progress_goes_inside(tmp_path, monkeypatch):
    folder = tmp_path / "my folder"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(folder))
    assert progress.update("00", "q1", status="correct")
    assert folder.is_dir() and (folder / "notes.txt").read_text() == "mine"
    assert not list(tmp_path.glob("*corrupt*"))
    assert json.loads((folder / "my_progress.json").read_text())["lessons"]["00"]["q1"]["status"] == "correct"


def test_a_progress_path_that_is_a_device_or_pipe_is_left_alone_and_the_student_told_each_time(tmp_path, monkeypatch,
                                                                                              shown):
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(pipe))
    ns = {"walked_out": "North Korea"}
    q2 = bound("00", "q2", ns)
    for _ in range(2):
        q2.check()
        assert shown[-1].status == "correct"
        assert any("could not be saved" in n for n in shown[-1].notices), shown[-1].notices
    assert stat.S_ISFIFO(os.stat(pipe).st_mode), "the pipe must stay a pipe"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]
    checking.show_progress("00")
    assert "NOT SAVED" in shown[-2].body and "Saved in" not in shown[-2].body
    if os.path.exists("/dev/null"):
        monkeypatch.setenv("KOREA_COURSE_PROGRESS", "/dev/null")
        assert progress.update("00", "q1", status="correct") is False
        assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_missing_folder_is_created_and_the_progress_saved(tmp_path, monkeypatch, shown):
    path = tmp_path / "not" / "yet" / "there" / "my_progress.json"
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(path))
    bound("00", "q2", {"walked_out": "DPRK"}).check()
    assert shown[-1].status == "correct" and not shown[-1].notices
    assert json.loads(path.read_text())["lessons"]["00"]["q2"]["status"] == "correct"
    checking.show_progress("00")
    assert f"Saved in {path}" in shown[-2].body


def test_a_read_only_folder_is_reported_every_time_and_progress_shows_the_fresh_state(tmp_path, monkeypatch, shown):
    path = tmp_path / "exercises" / "my_progress.json"
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(path))
    assert progress.update("00", "q2", status="incorrect", add_attempt=True)
    stale = path.read_text()

    real_mkstemp = progress.tempfile.mkstemp
    folder = {"writable": False}

    def mkstemp(*args, **kwargs):  # as a read-only folder does (root ignores chmod)
        if not folder["writable"]:
            raise PermissionError(13, "Permission denied")
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(progress.tempfile, "mkstemp", mkstemp)
    q2 = bound("00", "q2", {"walked_out": "North Korea"})
    for _ in range(2):
        q2.check()
        assert shown[-1].status == "correct"
        assert any("could not be saved" in n and "Permission denied" in n for n in shown[-1].notices)
    assert path.read_text() == stale
    checking.show_progress("00")
    summary, table = shown[-2], shown[-1]
    assert "NOT SAVED" in summary.body and "Saved in" not in summary.body
    assert "Correct" in table.loc["q2", "status"] and table.loc["q2", "attempts"] == 3
    folder["writable"] = True  # the folder is writable again: what was kept in memory is written
    assert progress.update("00", "q3", status="incorrect")
    saved = json.loads(path.read_text())["lessons"]["00"]
    assert saved["q2"]["status"] == "incorrect"  # q2's pending change is written with q2's next save
    assert progress.update("00", "q2", hints_shown=1)
    saved = json.loads(path.read_text())["lessons"]["00"]
    assert saved["q2"]["status"] == "correct" and saved["q2"]["attempts"] == 3


def test_a_symlinked_progress_file_is_followed_and_the_link_kept(tmp_path, monkeypatch):
    real = tmp_path / "elsewhere" / "progress-real.json"
    real.parent.mkdir()
    real.write_text(json.dumps({"version": 1, "lessons": {"01": {"q1": {"status": "correct", "attempts": 1}}}}))
    link = tmp_path / "exercises" / "my_progress.json"
    link.parent.mkdir()
    link.symlink_to(real)
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(link))
    assert progress.update("00", "q2", status="correct", add_attempt=True)
    assert link.is_symlink() and os.readlink(link) == str(real)
    data = json.loads(real.read_text())["lessons"]
    assert data["00"]["q2"]["status"] == "correct" and data["01"]["q1"]["status"] == "correct"


def test_two_kernels_never_lower_the_hints_seen(tmp_path, monkeypatch, shown):
    path = tmp_path / "my_progress.json"
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(path))
    ns_a, ns_b = {}, {}
    kernel_a, kernel_b = bound("00", "q1", ns_a), bound("00", "q1", ns_b)  # both opened before any hint
    kernel_a.hint()
    for answer in ("2000-01-01", "2000-01-02"):
        ns_a["first_visit"] = answer
        kernel_a.check()
        kernel_a.hint()
    assert json.loads(path.read_text())["lessons"]["00"]["q1"]["hints_shown"] == 3
    kernel_b.hint()  # the other kernel still thinks no hint was seen
    entry = json.loads(path.read_text())["lessons"]["00"]["q1"]
    assert entry["hints_shown"] == 3 and entry["attempts"] == 2
    assert "Hint 3 of 3" in shown[-1].title
    progress.update("00", "q1", status="not_attempted")  # looking again never undoes an attempt
    assert json.loads(path.read_text())["lessons"]["00"]["q1"]["status"] == "incorrect"


HINT_WRITER = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location("course_progress", sys.argv[1])
progress = importlib.util.module_from_spec(spec); spec.loader.exec_module(progress)
for i in range(int(sys.argv[3])):
    assert progress.update("00", "q1", add_attempt=True, hints_shown=int(sys.argv[2]), status="incorrect")
"""


def test_two_processes_at_once_keep_the_larger_hint_count_and_every_attempt(tmp_path, monkeypatch):
    import subprocess
    import sys

    path = tmp_path / "my_progress.json"
    script = tmp_path / "writer.py"
    script.write_text(HINT_WRITER)
    env = dict(os.environ, KOREA_COURSE_PROGRESS=str(path))
    n = 60
    procs = [subprocess.Popen([sys.executable, str(script), progress.__file__, str(hints), str(n)], env=env,
                              stderr=subprocess.PIPE, text=True) for hints in (3, 1)]
    for p in procs:
        _out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    # the kernel that saw one hint writes last: the count still does not go down
    last = subprocess.run([sys.executable, str(script), progress.__file__, "1", "1"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert last.returncode == 0, last.stderr
    entry = json.loads(path.read_text())["lessons"]["00"]["q1"]
    assert entry["hints_shown"] == 3 and entry["attempts"] == 2 * n + 1


# ============================================================================ right answers marked wrong
@pytest.mark.parametrize("text,date", [
    ("19 August 2005", dt.date(2005, 8, 19)), ("August 1st, 2005", dt.date(2005, 8, 1)),
    ("1st August 2005", dt.date(2005, 8, 1)), ("Aug. 21st 2005", dt.date(2005, 8, 21)),
    ("the 2nd of August 2005", dt.date(2005, 8, 2)), ("Tuesday, 23rd August 2005", dt.date(2005, 8, 23)),
    ("2005 August 19", dt.date(2005, 8, 19)), ("19-Aug-2005", dt.date(2005, 8, 19)),
    ("19.08.2005", dt.date(2005, 8, 19)), ("08/19/2005", dt.date(2005, 8, 19)),
])
def test_dates_in_august_and_with_ordinals(text, date):
    assert parse_date(text) == date


def test_a_month_and_year_is_not_a_date_and_the_message_asks_for_the_day():
    question = Question("q1", "When was it signed?", var="signed_on", kind=DateAnswer("2012-09-17"),
                        hints=["Look at the timeline."], solution='signed_on = "2012-09-17"', explanation="Correct.",
                        prompt="On what date was the agreement signed?")
    result = question.evaluate("September 2012")
    assert result.status == "could_not_check" and "day" in result.message


@pytest.mark.parametrize("answer", ["December 2008", "2008.", "Dec 2008", "in 2008", "11 December 2008",
                                    pd.Timestamp("2008-12-11"), pd.Period("2008", "Y")])
def test_a_year_with_a_month_or_punctuation(answer):
    assert YearAnswer(2008).read(answer) == 2008
    assert SETS["01"]["q6"].evaluate(answer).status == "correct"


@pytest.mark.parametrize("text,number", [("1,09", 1.09), ("-22,6", -22.6), ("0,968", 0.968), ("1.090,5", 1090.5),
                                         ("1,090,000", 1090000), ("1 090 000", 1090000), ("27,25", 27.25)])
def test_decimal_commas_where_unambiguous(text, number):
    assert parse_number(text)[0] == pytest.approx(number)


@pytest.mark.parametrize("lesson,qid,answer", [
    ("02", "q1", "1,09"), ("03", "q4", "-22,6"), ("03", "q4", "−22,6 %"), ("02", "q2", "0,69"),
    ("02", "q1", "$1.09bn"), ("03", "q4", "-22,6 per cent"), ("02", "q1", "USD 1,09 bn"),
])
def test_numbers_with_decimal_commas_units_and_currency_words(lesson, qid, answer):
    assert SETS[lesson][qid].evaluate(answer).status == "correct"


@pytest.mark.parametrize("answer", ["Song Young-gil", "Song Yeong-gil", "Song Yong-gil", "Young-gil Song",
                                    "Song, Young-gil", "송영길"])
def test_romanisations_name_orders_and_native_scripts(answer):
    from korea_course.answers import NameAnswer
    from korea_course.checking import Question

    song = Question("q", "First chair of the northern committee", var="chair", hints=["Level 1: a lawmaker."],
                    solution='chair = "Song Young-gil"', explanation="Song Young-gil.",
                    kind=NameAnswer("Song Young-gil", aliases=["Song Young gil", "Song Yong-gil", "Song Young-kil"]))
    assert song.evaluate(answer).status == "correct"


@pytest.mark.parametrize("lesson,qid,answers", [
    ("00", "q2", ["Korea (North)", "Korea, North", "Pyongyang", "DPRK", "북한", "КНДР"]),
])
def test_country_names_are_the_same_in_every_lesson(lesson, qid, answers):
    for answer in answers:
        assert SETS[lesson][qid].evaluate(answer).status == "correct", answer
    # lesson 4 names countries on the right of a matching question
    china = [SETS["04"]["q6"].kind._right.find(name) for name in ("Beijing", "PRC", "中国", "Китай")]
    assert china == ["China"] * 4


def test_one_shared_alias_table_serves_every_name_question():
    """Every state named in any lesson's name or matching question takes every alias of actors.csv."""
    from korea_course.data import load_table, split_multi

    actors = load_table("actors").set_index("name")
    q9 = SETS["04"]["q6"].kind
    for state in ("China", "United States", "South Korea", "Japan", "North Korea", "Russia"):
        for alias in split_multi(actors.loc[state, "aliases"]):
            assert q9._right.find(alias) == state, (state, alias)
    assert q9._right.find("People's Republic of China") == "China"
    assert SETS["00"]["q6"].kind._left.find("Republic of Korea") == "South Korea"


def test_an_ordering_given_as_a_set_could_not_be_checked_with_words():
    question = SETS["03"]["q5"]
    stops = ["Busan", "Wonsan", "Chongjin", "Tumangang", "Khasan", "Vladivostok", "Moscow"]
    result = question.evaluate(set(stops))
    assert result.status == "could_not_check"
    assert "set" in result.message and "[" in result.message
    assert question.evaluate(frozenset(stops)).status == "could_not_check"


def test_a_kitchen_sink_list_of_sectors_is_partly_correct_never_correct():
    nine = ["gas", "railways", "seaports", "electricity", "Arctic shipping routes", "shipbuilding", "job creation",
            "agriculture", "fisheries"]
    sink = nine + ["oil", "coal", "tourism", "finance", "IT"]
    result = SETS["03"]["q1"].evaluate(sink)
    assert result.status == "partly_correct" and "not on the list" in result.message
    assert result.misconception is None  # the student typed oil among many: not the "oil" misconception


@pytest.mark.parametrize("value", ["z", "Mars", "ninety", 17])
def test_a_matching_value_outside_the_choices_says_so(value):
    pairs = dict(SETS["04"]["q6"].kind.expected)
    first = next(iter(pairs))
    result = SETS["04"]["q6"].evaluate({**pairs, first: value})
    assert result.status == "could_not_check"
    assert "not one of the choices" in result.message and "China" in result.message


def test_a_matching_in_the_course_spelling_or_with_short_names_or_numbers():
    promises = SETS["01"]["q2"].kind.expected
    british = {k: v.replace("programs", "programmes") for k, v in promises.items()}
    assert SETS["01"]["q2"].evaluate(british).status == "correct"
    proposals = {k: ("S. Korea" if v == "South Korea" else v) for k, v in SETS["04"]["q6"].kind.expected.items()}
    assert SETS["04"]["q6"].evaluate(proposals).status == "correct"
    pairs = SETS["04"]["q6"].kind.expected
    assert SETS["04"]["q6"].evaluate(dict(pairs)).status == "correct"
    first, second = list(pairs)[:2]
    r = SETS["04"]["q6"].evaluate({**pairs, first: pairs[second], second: pairs[first]})
    assert r.status == "partly_correct" and (r.right, r.total) == (len(pairs) - 2, len(pairs))


def test_a_per_year_series_indexed_by_strings_or_periods():
    q3 = SETS["01"]["q3"]
    right = q3.kind.expected
    assert q3.evaluate(right.rename(index=str)).status == "correct"
    assert q3.evaluate(right.set_axis(pd.PeriodIndex([str(y) for y in right.index], freq="Y"))).status == "correct"
    assert q3.evaluate(right.set_axis(pd.to_datetime([f"{y}-12-31" for y in right.index]))).status == "correct"
    q10 = SETS["04"]["q7"]
    assert q10.evaluate(q10.kind.expected.rename(index=lambda p: p.replace("–", "-"))).status == "correct"


# ============================================================================ no tracebacks
def test_arguments_the_methods_do_not_take_get_words(tmp_path, monkeypatch, shown):
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(tmp_path / "p.json"))
    ns: dict = {}
    SETS["00"].setup(ns)
    ns["q2"].check("North Korea")
    assert shown[-1].status == "correct" and "needs nothing in the brackets" in shown[-1].notices[0]
    ns["q2"].solution(1)
    assert isinstance(shown[-1], Feedback)
    ns["progress"]("00")
    ns["progress"](1)
    ns["progress"]("lesson nine")
    assert any("There is no lesson" in n for n in shown[-2].notices)
    ns["q2"].check("a", "b")
    assert shown[-1].status == "could_not_check"


def _run_cell(shell, source: str, store_history: bool = False) -> str:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
        shell.run_cell(source, store_history=store_history)
    return buffer.getvalue()


def test_after_a_kernel_restart_a_check_before_the_setup_cell_says_run_the_first_cell(monkeypatch, shown):
    shell = _shell()  # a fresh kernel: no explanation installed, nothing defined
    assert not shell.custom_exceptions
    shell.extension_manager.load_extension("korea_course")  # what the kernel's start-up (or an import) does
    try:
        printed = _run_cell(shell, "q7.check()")
        assert "Traceback" not in printed
        assert shown and "set-up cell" in shown[-1].body and "first" in shown[-1].body
        assert "`q7` is not defined yet" in shown[-1].title
        printed = _run_cell(shell, "progress()")
        assert "Traceback" not in printed and "set-up cell" in shown[-1].body
        printed = _run_cell(shell, "answer = _____")
        assert "blank" in shown[-1].body and "Traceback" not in printed
    finally:
        shell.extension_manager.unload_extension("korea_course")


def test_importing_the_course_installs_the_explanations(monkeypatch, shown):
    shell = _shell()
    import korea_course

    korea_course._install_friendly_errors()  # what `import korea_course` does in a kernel
    assert shell.custom_exceptions == (NameError,)


def test_three_underscores_are_not_an_answer(tmp_path, monkeypatch, shown):
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(tmp_path / "p.json"))
    shell = _shell()
    shell.run_cell("from korea_course.exercises.lesson00 import exercises\nexercises.setup(globals())",
                   store_history=True)
    shell.run_cell("'an earlier output'", store_history=True)
    shell.run_cell("# Your answer:\nwalked_out = ___", store_history=True)
    shell.run_cell("q2.check()", store_history=True)
    assert shown[-1].status == "not_attempted" and "`___`" in shown[-1].body
    assert "attempts" not in progress.entry("00", "q2")
    shell.run_cell("walked_out = 'North Korea'", store_history=True)
    shell.run_cell("q2.check()", store_history=True)
    assert shown[-1].status == "correct"


# ============================================================================ misconceptions only where they apply
def test_the_oil_message_needs_oil():
    eight = ["gas", "railways", "seaports", "electricity", "Arctic route", "shipbuilding", "agriculture", "fisheries"]
    q1 = SETS["03"]["q1"]
    assert q1.evaluate(eight + ["oil"]).message.startswith("One entry, oil")
    for other in (eight + ["coal"], eight + ["tourism"]):
        assert "oil" not in q1.evaluate(other).message


def test_the_summed_message_needs_a_sum():
    q9 = SETS["02"]["q6"]
    trade = q9.kind.expected  # means; build the other aggregates from the same table
    from korea_course.data import load_table

    t = load_table("russia_dprk_trade").groupby("year")["total_usd_million"]
    assert q9.evaluate(t.sum()).message.startswith("You added the sources' figures up")
    for other in (t.max(), t.mean().fillna(0), trade * 2):
        assert not q9.evaluate(other).message.startswith("You added"), other


@pytest.mark.parametrize("lesson,qid,fraction", [("03", "q4", None)])
def test_a_fraction_where_a_percentage_is_asked_gets_a_specific_message(lesson, qid, fraction):
    q = SETS[lesson][qid]
    value = fraction if fraction is not None else q.kind.expected / 100
    result = q.evaluate(value)
    assert result.status == "incorrect"
    assert "percentage" in result.message and "100" in result.message, result.message


# ============================================================================ the thinking is not skipped
def test_the_solution_asks_for_a_try_first(tmp_path, monkeypatch, shown):
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(tmp_path / "p.json"))
    ns: dict = {}
    SETS["00"].setup(ns)
    ns["q2"].solution()
    assert "Try q2 first" in shown[-1].title and not shown[-1].code and "confirm=True" in shown[-1].body
    assert "solution_viewed" not in progress.entry("00", "q2")
    ns["q2"].solution(confirm=True)
    assert shown[-1].code == SETS["00"]["q2"].solution_code
    ns["walked_out"] = "Russia"
    ns["q3"].solution()
    assert not shown[-1].code
    ns["chronology"] = ["Crimea annexation"]
    ns["q3"].check()
    ns["q3"].solution()
    assert shown[-1].code == SETS["00"]["q3"].solution_code


def _normalise(code: str) -> str:
    return re.sub(r"\s+", "", code).replace('"', "'")


@pytest.mark.parametrize("lesson,q", [(ex.lesson, q) for ex in SETS.values() for q in ex],
                         ids=[f"{ex.lesson}-{q.id}" for ex in SETS.values() for q in ex])
def test_the_last_hint_guides_without_giving_the_answer(lesson, q):
    last = q.hints[-1]
    for line in q.solution_code.splitlines():
        if "=" in line:
            right_side = _normalise(line.split("=", 1)[1])
            if len(right_side) > 6:
                assert right_side not in _normalise(last), (q.id, line)
    secrets = []
    if isinstance(q.kind, (DateAnswer, YearAnswer)):
        secrets = [q.kind.describe_expected()]
        if isinstance(q.kind, DateAnswer):
            d = q.kind.expected
            secrets.append(f"{d.day} {d.strftime('%B')} {d.year}")
    elif isinstance(q.kind, NumberAnswer):
        secrets = [f"{q.kind.expected:g}"]
    elif isinstance(q.kind, NameAnswer):
        secrets = [q.kind.expected, *q.kind.aliases]
    elif isinstance(q.kind, MatchingAnswer):
        secrets = [", ".join(f"{k} {v}" for k, v in list(q.kind.expected.items())[:2])]
    for secret in secrets:
        assert secret.lower() not in last.lower(), (q.id, secret, last)


def test_a_reflection_must_look_like_one():
    q8 = SETS["00"]["q10"]
    assert q8.evaluate(" ".join(["balance"] * 40)).status == "could_not_check"
    copied = (q8.prompt + " ") * 2
    result = q8.evaluate(copied)
    assert result.status == "could_not_check" and "own words" in result.message
    assert q8.evaluate(q8.solution_code.split("(", 1)[1].rsplit(")", 1)[0].replace('"', "")).status == "recorded"


def test_nothing_shown_by_default_reveals_the_key(tmp_path, monkeypatch, shown):
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(tmp_path / "p.json"))
    for lesson, ex in SETS.items():
        ns: dict = {}
        ex.setup(ns)
        for q in ex:
            if not isinstance(q.kind, (DateAnswer, YearAnswer, NumberAnswer, NameAnswer)):
                continue
            secret = q.kind.describe_expected().split()[0] if not isinstance(q.kind, NameAnswer) else q.kind.expected
            b = ns[q.id]
            b.check()  # not attempted: the message about the blank
            b.hint()
            texts = [repr(b), repr(q), repr(q.kind)] + [text_of(item) for item in shown[-2:]]
            for text in (re.sub(r" at 0x[0-9a-f]+", "", t) for t in texts):
                assert secret not in text, (lesson, q.id, secret, text[:200])


def test_in_a_real_kernel_configured_to_load_the_course_a_restart_needs_no_setup_for_words(tmp_path):
    """With ``c.InteractiveShellApp.extensions = ["korea_course"]`` in the kernel's configuration
    (IPYTHONDIR here; ``<venv>/etc/ipython`` for a whole environment), a check run before the
    set-up cell of a freshly (re)started kernel gets words, not a NameError traceback."""
    import nbformat

    from korea_course.runner import kernel_env, run_in_kernel

    profile = tmp_path / "ipython" / "profile_default"
    profile.mkdir(parents=True)
    (profile / "ipython_kernel_config.py").write_text('c.InteractiveShellApp.extensions = ["korea_course"]\n')
    # the kernel reports the NameError as an error (the tag lets the run go on); what the student
    # reads is the friendly text, with no traceback
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("q7.check()", metadata={"tags": ["raises-exception"]})])
    env = kernel_env(tmp_path / "progress.json", {"IPYTHONDIR": str(tmp_path / "ipython"), "MPLBACKEND": "Agg"})
    run = run_in_kernel(nb, cwd=tmp_path, env=env, keep_outputs=True)
    outputs = nb.cells[0].outputs
    texts = " ".join(str(o.get("data", {}).get("text/plain", "")) + str(o.get("text", ""))
                     + " ".join(o.get("traceback", []) or []) for o in outputs)
    assert not run.error, run.error
    assert "set-up cell" in texts, texts
    assert "Traceback" not in texts

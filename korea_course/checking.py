"""Auto-checked exercises in the spirit of Kaggle's learntools.

An exercise module defines each question once (answer, hints, misconceptions, solution)::

    exercises = ExerciseSet("01", "The Six-Party Talks", [
        Question("q1", "Year of the walkout", var="walkout_year", kind=YearAnswer(2009),
                 hints=["…", "…"], solution="walkout_year = 2009", explanation="…",
                 misconceptions=[Misconception(2008, "…")]),
    ])

and the exercise notebook says ``exercises.setup(globals())`` once, then ``q1.check()``,
``q1.hint()`` and ``q1.solution()``. The student's answer is read from the variable named
by ``var``; an untouched ``____`` placeholder (or a missing variable) means "not attempted".
Whatever the student typed, ``check()`` never raises: the worst case is "could not check".
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Sequence

from . import progress as _progress
from .answers import AnswerKind, CannotRead, FreeTextAnswer, safe_repr, type_name


class _Placeholder:
    """The blank a student replaces. Its repr is the blank itself."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "____"

    def __bool__(self) -> bool:
        return False


____ = _Placeholder()
PLACEHOLDER = ____

# status -> (symbol, words). Meaning is always carried by the words, never by colour alone.
STATUS_LABELS = {
    "correct": ("✔", "Correct"),
    "partly_correct": ("◐", "Partly correct"),
    "incorrect": ("✘", "Not right yet"),
    "not_attempted": ("○", "Not attempted yet"),
    "could_not_check": ("?", "Could not check"),
    "recorded": ("✎", "Reflection recorded"),
}
DONE_STATUSES = {"correct", "recorded"}
_STATUS_COLOURS = {  # Okabe–Ito tones, paired with the symbol and words above
    "correct": "#009E73", "partly_correct": "#E69F00", "incorrect": "#D55E00",
    "not_attempted": "#999999", "could_not_check": "#0072B2", "recorded": "#56B4E9",
}


@dataclass
class Misconception:
    """A typical wrong answer and the message that addresses it.

    ``example`` is a concrete answer showing the misconception (the tests fill it in and
    expect ``message``); ``matches`` optionally widens it to a rule over the read answer.
    The message must not reveal the expected answer. For pandas answers give ``code``
    (e.g. ``"per_year = events.groupby('category').size()"``) and a ``matches`` rule.
    """

    example: Any
    message: str
    matches: Callable[[Any], bool] | None = None
    id: str = ""
    code: str = ""  # answer-cell code showing it, when ``example`` has no literal form (pandas results)


@dataclass
class Result:
    status: str
    message: str
    question: str = ""
    lesson: str = ""
    misconception: str | None = None
    right: int | None = None
    total: int | None = None
    answer_text: str = ""

    @property
    def symbol(self) -> str:
        return STATUS_LABELS[self.status][0]

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status][1]


class Feedback:
    """Displays a message as HTML, with a plain-text form for other front ends."""

    def __init__(self, status: str, title: str, body: str = "", code: str = "", notices: Sequence[str] = ()):
        self.status, self.title, self.body, self.code = status, title, body, code
        self.notices = list(notices)

    def __repr__(self) -> str:
        symbol, words = STATUS_LABELS.get(self.status, ("", ""))
        lines = [f"{symbol} {words}: {self.title}".strip(" :") if words else self.title]
        if self.body:
            lines.append(self.body)
        if self.code:
            lines.append(self.code)
        lines += [f"Note: {n}" for n in self.notices]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        symbol, words = STATUS_LABELS.get(self.status, ("ℹ", ""))
        colour = _STATUS_COLOURS.get(self.status, "#0072B2")
        head = f"<strong>{html.escape(symbol)} {html.escape(words)}</strong>" if words else ""
        title = html.escape(self.title)
        parts = [f'<div class="course-feedback course-feedback-{self.status}" role="status" '
                 f'style="border-left:6px solid {colour};padding:0.4em 0.8em;margin:0.3em 0">'
                 f'<p style="margin:0">{head}{": " if head and title else ""}{title}</p>']
        if self.body:
            parts.append(f'<p style="margin:0.3em 0 0 0">{_inline_markup(self.body)}</p>')
        if self.code:
            parts.append(f'<pre style="margin:0.4em 0 0 0">{html.escape(self.code)}</pre>')
        for note in self.notices:
            parts.append(f'<p style="margin:0.3em 0 0 0"><em>Note:</em> {html.escape(note)}</p>')
        parts.append("</div>")
        return "".join(parts)


def _inline_markup(text: str) -> str:
    """Escape text, then turn `code` spans into <code> (the only markup messages use)."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text)).replace("\n", "<br>")


def _show(obj: Any) -> None:
    try:
        from IPython.display import display

        display(obj)
    except Exception:  # pragma: no cover - no IPython: plain print is the fallback
        print(repr(obj))


# What a question asks students to do. The analytical ones (weigh evidence, compute something that
# answers a historical question, find the error in a claim, predict then check with an explorer,
# compare two sources) should be at least a third of each lesson's graded questions.
SKILLS = ("recall", "lookup", "compute", "weigh evidence", "find the error", "predict and check",
          "compare sources", "reflect")
ANALYTICAL_SKILLS = ("compute", "weigh evidence", "find the error", "predict and check", "compare sources")


class Question:
    """One exercise question: the single source of truth for its answer and feedback."""

    def __init__(self, id: str, title: str, *, var: str, kind: AnswerKind, hints: Sequence[str],
                 solution: str, explanation: str, misconceptions: Iterable[Misconception] = (),
                 prompt: str = "", placeholder: str | None = None, skill: str = "recall",
                 rubric: Sequence[str] = ()):
        if not hints:
            raise ValueError(f"{id}: at least one hint is required")
        if skill not in SKILLS:
            raise ValueError(f"{id}: skill {skill!r} is not one of {', '.join(SKILLS)}")
        self.skill = skill  # what the question asks students to do (see SKILLS)
        self.rubric = list(rubric)  # criteria for marking a written answer (the instructor guide prints them)
        self.id, self.title, self.var, self.kind = id, title, var, kind
        self.hints = list(hints)
        self.solution_code = solution.strip()
        self.explanation = explanation
        # what the exercise notebook shows: ``prompt`` is the Markdown under the question's heading,
        # ``placeholder`` the comment line(s) above ``var = ____`` (None: the exercise set's default)
        self.prompt = prompt.strip("\n")
        self.placeholder = placeholder
        self.misconceptions = list(misconceptions)
        for index, m in enumerate(self.misconceptions, start=1):
            m.id = m.id or f"{id}-m{index}"

    # --------------------------------------------------------------- pure evaluation
    def evaluate(self, value: Any, lesson: str = "") -> Result:
        """Grade one answer. Never raises (bar KeyboardInterrupt)."""
        try:
            return self._evaluate(value, lesson)
        except Exception as exc:  # a last line of defence: the student sees words, not a traceback
            return Result("could_not_check", f"Something about this answer ({type_name(exc)}) confused the checker. "
                          f"Try writing it like this: {self.kind.example}", self.id, lesson)

    def _evaluate(self, value: Any, lesson: str) -> Result:
        if _is_blank(value):
            return Result("not_attempted", f"Replace the `____` in `{self.var} = ____` with your answer, "
                          f"run that cell, then run this check again.", self.id, lesson)
        try:
            answer = self.kind.read(value)
        except CannotRead as problem:
            return Result("could_not_check", str(problem), self.id, lesson)
        answer_text = safe_repr(value, 200)
        if isinstance(self.kind, FreeTextAnswer) and self.kind.copied_from(
                str(answer), [self.prompt, self.title, *self.kind.prompts, *self.hints]):
            return Result("could_not_check", "Most of your reflection repeats the words of the question or the hints. "
                          "Answer it in your own words: say what you think and which evidence supports it.",
                          self.id, lesson)
        if not self.kind.graded:
            return Result("recorded", "Thank you — your reflection is saved in your progress file. "
                          "It is not graded; compare it with the discussion in `" + self.id + ".solution()`.",
                          self.id, lesson, answer_text=str(answer))
        grade = self.kind.grade(answer)
        if grade.correct:
            message = self.explanation + (f" {grade.remark}" if grade.remark else "")
            return Result("correct", message, self.id, lesson, None, grade.right, grade.total, answer_text)
        status = "partly_correct" if grade.total > 1 and grade.right > 0 else "incorrect"
        for m in self.misconceptions:
            if self._shows(m, answer):
                return Result(status, m.message, self.id, lesson, m.id, grade.right, grade.total, answer_text)
        if status == "partly_correct" and f"of {grade.total}" not in grade.remark:
            message = f"{grade.right} of {grade.total} right. {grade.remark}"
        else:
            message = grade.remark or "That is not the answer I expect."
        message += f" Look again, or ask `{self.id}.hint()` for a nudge."
        return Result(status, message.strip(), self.id, lesson, None, grade.right, grade.total, answer_text)

    def _shows(self, m: Misconception, answer: Any) -> bool:
        try:
            if m.matches is not None and m.matches(answer):
                return True
            return self.kind.same(answer, m.example)
        except Exception:
            return False


def _is_blank(value: Any) -> bool:
    try:
        return value is PLACEHOLDER or value is Ellipsis or type(value).__name__ == "_Placeholder"
    except Exception:
        return False


_MISSING = object()
_HISTORY_BLANK = object()  # the answer variable was set to `_`, `__` or `___` (IPython's output history)


class BoundQuestion:
    """A question tied to a notebook's namespace: what ``q1`` is in the notebook."""

    def __init__(self, question: Question, namespace: dict, lesson: str):
        self.question, self.namespace, self.lesson = question, namespace, lesson
        self.last_result: Result | None = None
        saved = _progress.entry(lesson, question.id)
        shown = saved.get("hints_shown")
        # a hand-edited or older progress file may hold anything here: keep it within the hints there are
        valid = isinstance(shown, int) and not isinstance(shown, bool)
        self._hints_shown = min(max(shown, 0), len(question.hints)) if valid else 0
        self._attempts_since_hint = 0
        self._attempts = 0

    def __repr__(self) -> str:
        return (f"Question {self.question.id} ({self.question.title}). Set `{self.question.var}`, then run "
                f"{self.question.id}.check(); {self.question.id}.hint() gives a hint, "
                f"{self.question.id}.solution() the answer.")

    @property
    def id(self) -> str:
        return self.question.id

    def current_answer(self) -> Any:
        try:
            value = self.namespace.get(self.question.var, _MISSING)
        except Exception:
            return _MISSING
        if value is not _MISSING and self._assigned_output_history():
            return _HISTORY_BLANK
        return value

    def _assigned_output_history(self) -> bool:
        """Was the answer cell last run as ``var = ___`` or ``var = __`` (IPython's output history, not the
        blank)? A single ``_`` (the last output) can be meant, so it is graded as usual."""
        try:
            cells = self.namespace.get("In")
            if not isinstance(cells, list):
                return False
            pattern = re.compile(rf"^[ \t]*{re.escape(self.question.var)}[ \t]*=[ \t]*(.*?)[ \t]*(#.*)?$", re.M)
            for source in reversed(cells[-200:]):
                if not isinstance(source, str):
                    continue
                found = pattern.findall(source)
                if found:
                    return bool(re.fullmatch(r"_{2,3}", found[-1][0]))
        except Exception:
            return False
        return False

    def result(self) -> Result:
        """Evaluate the current answer without displaying or recording anything."""
        value = self.current_answer()
        if value is _HISTORY_BLANK:
            return Result("not_attempted", f"`{self.question.var}` is set to underscores that are not the blank: "
                          f"`__` and `___` are Jupyter's memory of earlier outputs. Replace them with your "
                          f"answer, e.g. `{self.question.var} = {self.question.kind.example}`, run that cell, "
                          f"then check again.", self.question.id, self.lesson)
        if value is _MISSING:
            return Result("not_attempted", f"There is no `{self.question.var}` yet. Run the cell above that sets "
                          f"`{self.question.var} = …` (after replacing the `____`), then check again.",
                          self.question.id, self.lesson)
        return self.question.evaluate(value, self.lesson)

    def check(self, *args: Any, **kwargs: Any) -> None:
        """Check the answer variable. (An answer passed in the brackets is checked instead.)"""
        notices = []
        if args or kwargs:
            value = args[0] if args else next(iter(kwargs.values()))
            notices.append(f"`{self.id}.check()` needs nothing in the brackets: it reads `{self.question.var}`. "
                           f"I checked the value you gave; next time put it in the answer cell, "
                           f"`{self.question.var} = …`, run that cell, then `{self.id}.check()`.")
            result = self.question.evaluate(value, self.lesson) if len(args) + len(kwargs) == 1 else Result(
                "could_not_check", f"Give one answer, in the answer cell: `{self.question.var} = …`.",
                self.question.id, self.lesson)
            self.last_result = result
        else:
            result = self.last_result = self.result()
        if result.status != "not_attempted":
            self._attempts_since_hint += 1
            self._attempts += 1
            fields: dict[str, Any] = {"status": result.status, "misconception": result.misconception}
            if result.status == "recorded":
                fields["reflection"] = result.answer_text
            elif result.answer_text:
                fields["last_answer"] = result.answer_text
            if result.status == "correct":
                fields["ever_correct"] = True
            _progress.update(self.lesson, self.question.id, add_attempt=True, **fields)
        else:
            _progress.update(self.lesson, self.question.id, status=_previous_or_blank(self.lesson, self.question.id))
        title = self.question.title
        if result.status == "partly_correct" and result.right is not None:
            title = f"{title} — {result.right} of {result.total}"
        _show(Feedback(result.status, title, result.message, notices=notices + _progress.take_notices()))

    def hint(self, level: int | None = None) -> None:
        hints = self.question.hints
        n = len(hints)
        if level is not None:
            try:
                level = int(level)
            except Exception:
                level = 0
            if not 1 <= level <= max(self._hints_shown, 1):
                _show(Feedback("info", f"Hint {safe_repr(level)} is not unlocked. You can see hints 1 to "
                               f"{max(self._hints_shown, 1)} of {n}."))
                return
            _show(Feedback("info", f"Hint {level} of {n}", hints[level - 1]))
            return
        extra = ""
        saved = _progress.entry(self.lesson, self.question.id).get("hints_shown")
        if isinstance(saved, int) and not isinstance(saved, bool):  # another kernel may have shown more
            self._hints_shown = max(self._hints_shown, min(saved, n))
        if self._hints_shown == 0:
            self._hints_shown = 1
        elif self._hints_shown < n and self._attempts_since_hint > 0:
            self._hints_shown += 1
        elif self._hints_shown < n:
            extra = (f"Try an answer and run `{self.id}.check()` to unlock hint {self._hints_shown + 1} of {n}. "
                     "Here is your latest hint again:")
        else:
            extra = (f"That was the last hint ({n} of {n}). Try an answer with it; after that "
                     f"`{self.id}.solution()` shows a worked answer.")
        self._attempts_since_hint = 0
        _progress.update(self.lesson, self.question.id, hints_shown=self._hints_shown)
        body = (extra + "\n" if extra else "") + hints[self._hints_shown - 1]
        _show(Feedback("info", f"Hint {self._hints_shown} of {n}", body, notices=_progress.take_notices()))

    def _attempted(self) -> bool:
        if self._attempts:
            return True
        saved = _progress.entry(self.lesson, self.question.id)
        attempts = saved.get("attempts")
        return (isinstance(attempts, int) and not isinstance(attempts, bool) and attempts > 0) or \
            saved.get("solution_viewed") is True or saved.get("ever_correct") is True

    def solution(self, *args: Any, confirm: bool = False, **kwargs: Any) -> None:
        """The worked answer — after a first attempt, or with ``solution(confirm=True)``."""
        if confirm is not True and not self._attempted():
            _show(Feedback("info", f"Try {self.id} first",
                           f"You learn more from a first try, even a wrong one: set `{self.question.var}`, run "
                           f"`{self.id}.check()`, and ask `{self.id}.hint()` if you are stuck. If you still want the "
                           f"worked answer now, run `{self.id}.solution(confirm=True)`."))
            return
        _progress.update(self.lesson, self.question.id, solution_viewed=True)
        _show(Feedback("info", f"Solution to {self.id}: {self.question.title}", self.question.explanation,
                       code=self.question.solution_code, notices=_progress.take_notices()))


class _ProgressCommand:
    """``progress()`` in a notebook: this lesson's table; ``progress("01")`` another lesson's."""

    def __init__(self, lesson: str):
        self.lesson = lesson

    def __repr__(self) -> str:
        return "progress: run `progress()` to see your progress in this course."

    def __call__(self, lesson: Any = None, *args: Any, **kwargs: Any) -> None:
        from .exercises import all_exercise_sets

        if lesson is None:
            show_progress(self.lesson)
            return
        known = [ex.lesson for ex in all_exercise_sets()]
        text = str(lesson).strip() if isinstance(lesson, (str, int)) and not isinstance(lesson, bool) else ""
        text = text.zfill(2) if text.isdigit() else text
        if text in known:
            show_progress(text)
        else:
            show_progress(self.lesson, notices=[f"There is no lesson {safe_repr(lesson, 20)}; the lessons are "
                                                f"{', '.join(known)}. Showing this lesson ({self.lesson})."])


def _known_status(status: Any) -> str:
    """A saved status if it is one we know, else "not_attempted" (files can be hand-edited)."""
    return status if isinstance(status, str) and status in STATUS_LABELS else "not_attempted"


def _previous_or_blank(lesson: str, qid: str) -> str:
    return _known_status(_progress.entry(lesson, qid).get("status"))


class ExerciseSet:
    """All questions of one lesson's exercise notebook, and the rest of that notebook's text.

    ``scripts/build_exercises.py`` builds ``exercises/NN_*.ipynb`` from it: ``intro`` (Markdown:
    the title and how the checks work), the ``setup_code`` cell (which calls
    ``exercises.setup(globals())``), then per question the ``sections`` Markdown placed before it
    (if any), its heading ("### Question N — title") and ``prompt``, its answer cell (the
    placeholder comment and ``var = ____``) and its check cell; last ``closing`` and ``progress()``.
    ``placeholder`` is the answer cells' comment unless a question gives its own ("" for none;
    ``{id}`` becomes the question's id).
    """

    def __init__(self, lesson: str, title: str, questions: Sequence[Question], *, intro: str = "",
                 setup_code: str = "", sections: dict[str, str] | None = None, closing: str = "## Your progress",
                 placeholder: str = "# Your answer:"):
        ids = [q.id for q in questions]
        if len(set(ids)) != len(ids):
            raise ValueError(f"lesson {lesson}: duplicate question ids")
        self.lesson, self.title, self.questions = lesson, title, list(questions)
        self.intro, self.setup_code, self.closing = intro.strip("\n"), setup_code.strip("\n"), closing.strip("\n")
        self.sections = {qid: text.strip("\n") for qid, text in (sections or {}).items()}
        unknown = set(self.sections) - set(ids)
        if unknown:
            raise ValueError(f"lesson {lesson}: sections placed before unknown questions {sorted(unknown)}")
        self.placeholder = placeholder

    def number(self, question: Question) -> int:
        """The question's number in the notebook (1, 2, …: its place in the set)."""
        return next(i for i, q in enumerate(self.questions, start=1) if q is question)

    def heading(self, question: Question) -> str:
        return f"### Question {self.number(question)} — {question.title}"

    def question_markdown(self, question: Question) -> str:
        """What students read above the answer cell: the heading and the prompt."""
        return self.heading(question) + (f"\n\n{question.prompt}" if question.prompt else "")

    def answer_cell(self, question: Question) -> str:
        comment = self.placeholder if question.placeholder is None else question.placeholder
        comment = comment.replace("{id}", question.id).strip("\n")
        return (f"{comment}\n" if comment else "") + f"{question.var} = ____"

    @staticmethod
    def check_cell(question: Question) -> str:
        qid = question.id
        return f"{qid}.check()\n# {qid}.hint()\n# {qid}.solution()"

    def __iter__(self):
        return iter(self.questions)

    def __getitem__(self, qid: str) -> Question:
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(qid)

    def setup(self, namespace: dict) -> None:
        """Put ``____`` and q1, q2 … into the notebook and say what is ready."""
        namespace["____"] = PLACEHOLDER
        for q in self.questions:
            namespace[q.id] = BoundQuestion(q, namespace, self.lesson)
        namespace["progress"] = _ProgressCommand(self.lesson)
        install_friendly_errors()
        _show(Feedback("info", f"Exercises for lesson {self.lesson} ({self.title}) are ready",
                       f"{len(self.questions)} questions: " + ", ".join(q.id for q in self.questions)
                       + ". Run `progress()` at any time to see where you are.",
                       notices=_progress.take_notices()))

    def statuses(self) -> dict[str, str]:
        saved = _progress.load()["lessons"].get(self.lesson, {})
        return {q.id: _known_status(saved.get(q.id, {}).get("status")) for q in self.questions}


# ------------------------------------------------------------------------------ progress view
def progress_table(lesson: str | None = None):
    """A DataFrame of every question of the course (or one lesson) with its saved status."""
    import pandas as pd

    from .exercises import all_exercise_sets

    saved = _progress.load()["lessons"]
    rows = []
    for ex in all_exercise_sets():
        if lesson is not None and ex.lesson != lesson:
            continue
        for q in ex.questions:
            entry = saved.get(ex.lesson, {}).get(q.id, {})
            status = _known_status(entry.get("status"))
            rows.append({"lesson": ex.lesson, "question": q.id, "title": q.title,
                         "status": f"{STATUS_LABELS[status][0]} {STATUS_LABELS[status][1]}",
                         "done": status in DONE_STATUSES,
                         "attempts": _count(entry.get("attempts")),
                         "hints_seen": _count(entry.get("hints_shown"))})
    return pd.DataFrame(rows, columns=["lesson", "question", "title", "status", "done", "attempts", "hints_seen"])


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def show_progress(lesson: str | None = None, notices: Sequence[str] = ()) -> None:
    """Show this lesson's questions and a one-line summary per lesson of the whole course."""
    table = progress_table()
    notices = list(notices) + _progress.take_notices()
    where = _progress.progress_path()
    problem = _progress.last_problem()
    if where is None:
        saved_in = "Not saved to disk (this notebook is outside the course folder): kept until the kernel restarts."
    elif problem:
        saved_in = (f"NOT SAVED: the last change could not be written ({problem}). It is kept in memory until "
                    "the kernel restarts.")
    else:
        saved_in = f"Saved in {where}."
    if table.empty:
        _show(Feedback("info", "No exercises found", saved_in, notices=notices))
        return
    summary = table.groupby("lesson")["done"].agg(["sum", "count"])
    lines = [f"Lesson {les}: {int(r['sum'])} of {int(r['count'])} done" for les, r in summary.iterrows()]
    total_done, total = int(table["done"].sum()), len(table)
    _show(Feedback("info", f"Course progress: {total_done} of {total} questions done", "\n".join(lines) + "\n" + saved_in,
                   notices=notices))
    if lesson is not None:
        _show(table[table["lesson"] == lesson].drop(columns=["done"]).set_index("question"))


# ------------------------------------------------------------------------------ friendlier errors
def install_friendly_errors() -> None:
    """Explain NameErrors (usually a skipped cell) in words before the short error line."""
    try:
        from IPython import get_ipython
    except Exception:  # pragma: no cover
        return
    shell = get_ipython()
    if shell is None or getattr(shell, "_korea_course_friendly", False):
        return

    def on_name_error(self, etype, value, tb, tb_offset=None):
        try:
            _show(name_error_feedback(str(value)))
        except Exception:  # pragma: no cover - the explanation must never hide the error itself
            self.showtraceback(exception_only=True)

    shell.set_custom_exc((NameError,), on_name_error)
    shell._korea_course_friendly = True


def name_error_feedback(error_text: str) -> Feedback:
    """Words for a NameError: a check object, the blank, or a variable of a skipped cell."""
    match = re.search(r"name '(\w+)' is not defined", error_text)
    name = match.group(1) if match else "a name"
    if re.fullmatch(r"q\d+|progress|exercises", name):
        body = (f"`{name}` is made by the set-up cell, the first code cell of the notebook "
                "(`exercises.setup(globals())`). After a kernel restart it has to run again: run the first cell "
                "(or Run › Run All Above), then run this cell again. Your saved progress is still there.")
    elif re.fullmatch(r"_{4,}", name):
        body = (f"`{name}` is the blank to replace: put your answer in its place (the blank is exactly four "
                "underscores, `____`, and only exists after the set-up cell has run).")
    else:
        body = ("This usually means a cell above was skipped or the kernel was restarted. Use Run › Run All "
                "Above (or run the cells above this one in order), then run this cell again.")
    return Feedback("could_not_check", f"`{name}` is not defined yet", body)


def load_ipython_extension(shell) -> None:  # pragma: no cover - called by IPython
    """``%load_ext korea_course.checking`` (or the kernel's ``extensions`` setting) installs the
    explanations at kernel start, so even a check run before the set-up cell gets words."""
    install_friendly_errors()


# Importing the checker (the set-up cell does, first thing) installs the explanations at once, so
# they hold even if a later line of that cell fails.
install_friendly_errors()


__all__ = ["____", "PLACEHOLDER", "Question", "Misconception", "ExerciseSet", "BoundQuestion", "Result",
           "Feedback", "progress_table", "show_progress", "STATUS_LABELS"]

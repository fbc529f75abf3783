"""What the checker shows: feedback as HTML (with a plain-text form), the words for hints, solutions
and errors, and the progress view.

Every status is shown by a symbol and words; its colour (Okabe–Ito tones, safe for colour-blind
readers) only repeats them. The look is set in ``_STYLES``, in one place. Everything displayed
goes through ``show``, which hands it to ``korea_course.checking._show``: the one name a test or
another front end replaces to capture the output.
"""
from __future__ import annotations

import html
import re
import sys
from typing import Any, Sequence

from .. import progress as _progress
from ..answers import safe_repr
from .model import DONE_STATUSES, STATUS_LABELS, ExerciseSet, Question, Result, known_status

_STATUS_COLOURS = {  # Okabe–Ito tones, paired with the symbol and words of STATUS_LABELS
    "correct": "#009E73", "partly_correct": "#E69F00", "incorrect": "#D55E00",
    "not_attempted": "#999999", "could_not_check": "#0072B2", "recorded": "#56B4E9",
}
_INFO_COLOUR = "#0072B2"
# Style attributes rather than a stylesheet: each output carries its own look, in any front end.
_STYLES = {
    "box": "border-left:6px solid {colour};padding:0.4em 0.8em;margin:0.3em 0",
    "title": "margin:0",
    "text": "margin:0.3em 0 0 0",
    "code": "margin:0.4em 0 0 0",
}


def display(obj: Any) -> None:
    """The default output: IPython's display, or a plain print without IPython."""
    try:
        from IPython.display import display as ipython_display

        ipython_display(obj)
    except Exception:  # pragma: no cover - no IPython: plain print is the fallback
        print(repr(obj))


def show(obj: Any) -> None:
    """Show ``obj`` through ``korea_course.checking._show`` (``display`` unless replaced)."""
    sys.modules[__package__]._show(obj)


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
        box = _STYLES["box"].format(colour=_STATUS_COLOURS.get(self.status, _INFO_COLOUR))
        head = f"<strong>{html.escape(symbol)} {html.escape(words)}</strong>" if words else ""
        title = html.escape(self.title)
        parts = [f'<div class="course-feedback course-feedback-{self.status}" role="status" style="{box}">'
                 f'<p style="{_STYLES["title"]}">{head}{": " if head and title else ""}{title}</p>']
        if self.body:
            parts.append(f'<p style="{_STYLES["text"]}">{_inline_markup(self.body)}</p>')
        if self.code:
            parts.append(f'<pre style="{_STYLES["code"]}">{html.escape(self.code)}</pre>')
        for note in self.notices:
            parts.append(f'<p style="{_STYLES["text"]}"><em>Note:</em> {html.escape(note)}</p>')
        parts.append("</div>")
        return "".join(parts)


def _inline_markup(text: str) -> str:
    """Escape text, then turn `code` spans into <code> (the only markup messages use)."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text)).replace("\n", "<br>")


# ------------------------------------------------------------------------------ the words of each display
def result_feedback(question: Question, result: Result, notices: Sequence[str] = ()) -> Feedback:
    title = question.title
    if result.status == "partly_correct" and result.right is not None:
        title = f"{title} — {result.right} of {result.total}"
    return Feedback(result.status, title, result.message, notices=notices)


def hint_feedback(hints: Sequence[str], level: int, lead: str = "", notices: Sequence[str] = ()) -> Feedback:
    """Hint ``level`` (from 1) of ``hints``, after an optional sentence ``lead``."""
    body = (lead + "\n" if lead else "") + hints[level - 1]
    return Feedback("info", f"Hint {level} of {len(hints)}", body, notices=notices)


def hint_locked(level: Any, unlocked: int, n: int) -> Feedback:
    return Feedback("info", f"Hint {safe_repr(level)} is not unlocked. You can see hints 1 to {unlocked} of {n}.")


def try_first(question: Question) -> Feedback:
    qid, var = question.id, question.var
    return Feedback("info", f"Try {qid} first",
                    f"You learn more from a first try, even a wrong one: set `{var}`, run `{qid}.check()`, and ask "
                    f"`{qid}.hint()` if you are stuck. If you still want the worked answer now, run "
                    f"`{qid}.solution(confirm=True)`.")


def solution_feedback(question: Question, notices: Sequence[str] = ()) -> Feedback:
    return Feedback("info", f"Solution to {question.id}: {question.title}", question.explanation,
                    code=question.solution_code, notices=notices)


def ready_feedback(exercises: ExerciseSet, notices: Sequence[str] = ()) -> Feedback:
    return Feedback("info", f"Exercises for lesson {exercises.lesson} ({exercises.title}) are ready",
                    f"{len(exercises.questions)} questions: " + ", ".join(q.id for q in exercises.questions)
                    + ". Run `progress()` at any time to see where you are.", notices=notices)


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


# ------------------------------------------------------------------------------ progress view
def progress_table(lesson: str | None = None):
    """A DataFrame of every question of the course (or one lesson) with its saved status."""
    import pandas as pd

    from ..exercises import all_exercise_sets

    saved = _progress.load()["lessons"]
    rows = []
    for ex in all_exercise_sets():
        if lesson is not None and ex.lesson != lesson:
            continue
        for q in ex.questions:
            entry = saved.get(ex.lesson, {}).get(q.id, {})
            status = known_status(entry.get("status"))
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
        show(Feedback("info", "No exercises found", saved_in, notices=notices))
        return
    summary = table.groupby("lesson")["done"].agg(["sum", "count"])
    lines = [f"Lesson {les}: {int(r['sum'])} of {int(r['count'])} done" for les, r in summary.iterrows()]
    total_done, total = int(table["done"].sum()), len(table)
    show(Feedback("info", f"Course progress: {total_done} of {total} questions done",
                  "\n".join(lines) + "\n" + saved_in, notices=notices))
    if lesson is not None:
        show(table[table["lesson"] == lesson].drop(columns=["done"]).set_index("question"))

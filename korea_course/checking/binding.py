"""The checker in a notebook: ``exercises.setup(globals())`` puts the blank ``____``, one check object
per question (``q1`` …) and ``progress`` into the notebook's globals; the check objects read the
answer variables, record attempts, hints and solutions in the progress file (``progress.py``) and
show feedback (``view``). ``install_friendly_errors`` (also an IPython extension) explains
NameErrors in words.

Whatever the student typed, ``check()`` never raises: the worst case is "could not check".
"""
from __future__ import annotations

import re
from typing import Any

from .. import progress as _progress
from ..answers import safe_repr
from . import view
from .model import ExerciseSet, Question, Result, known_status
from .view import show


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

_MISSING = object()
_HISTORY_BLANK = object()  # the answer variable was set to `_`, `__` or `___` (IPython's output history)


def bind(exercises: ExerciseSet, namespace: dict) -> None:
    """Put ``____``, q1, q2 … and ``progress`` into the notebook's globals and say what is ready."""
    namespace["____"] = PLACEHOLDER
    for q in exercises.questions:
        namespace[q.id] = BoundQuestion(q, namespace, exercises.lesson)
    namespace["progress"] = _ProgressCommand(exercises.lesson)
    install_friendly_errors()
    show(view.ready_feedback(exercises, notices=_progress.take_notices()))


def saved_statuses(exercises: ExerciseSet) -> dict[str, str]:
    saved = _progress.load()["lessons"].get(exercises.lesson, {})
    return {q.id: known_status(saved.get(q.id, {}).get("status")) for q in exercises.questions}


def _previous_or_blank(lesson: str, qid: str) -> str:
    return known_status(_progress.entry(lesson, qid).get("status"))


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
        show(view.result_feedback(self.question, result, notices=notices + _progress.take_notices()))

    def hint(self, level: int | None = None) -> None:
        hints = self.question.hints
        n = len(hints)
        if level is not None:
            try:
                level = int(level)
            except Exception:
                level = 0
            if not 1 <= level <= max(self._hints_shown, 1):
                show(view.hint_locked(level, max(self._hints_shown, 1), n))
                return
            show(view.hint_feedback(hints, level))
            return
        lead = ""
        saved = _progress.entry(self.lesson, self.question.id).get("hints_shown")
        if isinstance(saved, int) and not isinstance(saved, bool):  # another kernel may have shown more
            self._hints_shown = max(self._hints_shown, min(saved, n))
        if self._hints_shown == 0:
            self._hints_shown = 1
        elif self._hints_shown < n and self._attempts_since_hint > 0:
            self._hints_shown += 1
        elif self._hints_shown < n:
            lead = (f"Try an answer and run `{self.id}.check()` to unlock hint {self._hints_shown + 1} of {n}. "
                    "Here is your latest hint again:")
        else:
            lead = (f"That was the last hint ({n} of {n}). Try an answer with it; after that "
                    f"`{self.id}.solution()` shows a worked answer.")
        self._attempts_since_hint = 0
        _progress.update(self.lesson, self.question.id, hints_shown=self._hints_shown)
        show(view.hint_feedback(hints, self._hints_shown, lead, notices=_progress.take_notices()))

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
            show(view.try_first(self.question))
            return
        _progress.update(self.lesson, self.question.id, solution_viewed=True)
        show(view.solution_feedback(self.question, notices=_progress.take_notices()))


class _ProgressCommand:
    """``progress()`` in a notebook: this lesson's table; ``progress("01")`` another lesson's."""

    def __init__(self, lesson: str):
        self.lesson = lesson

    def __repr__(self) -> str:
        return "progress: run `progress()` to see your progress in this course."

    def __call__(self, lesson: Any = None, *args: Any, **kwargs: Any) -> None:
        from ..exercises import all_exercise_sets

        if lesson is None:
            view.show_progress(self.lesson)
            return
        known = [ex.lesson for ex in all_exercise_sets()]
        text = str(lesson).strip() if isinstance(lesson, (str, int)) and not isinstance(lesson, bool) else ""
        text = text.zfill(2) if text.isdigit() else text
        if text in known:
            view.show_progress(text)
        else:
            view.show_progress(self.lesson, notices=[f"There is no lesson {safe_repr(lesson, 20)}; the lessons are "
                                                     f"{', '.join(known)}. Showing this lesson ({self.lesson})."])


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
            show(view.name_error_feedback(str(value)))
        except Exception:  # pragma: no cover - the explanation must never hide the error itself
            self.showtraceback(exception_only=True)

    shell.set_custom_exc((NameError,), on_name_error)
    shell._korea_course_friendly = True


def load_ipython_extension(shell) -> None:  # pragma: no cover - called by IPython
    """``%load_ext korea_course.checking`` (or the kernel's ``extensions`` setting) installs the
    explanations at kernel start, so even a check run before the set-up cell gets words."""
    install_friendly_errors()

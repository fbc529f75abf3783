"""The checker's model: questions, misconceptions, results and exercise sets.

Pure: no IPython, no HTML, no progress file. ``Question.evaluate`` grades one value and never
raises; ``ExerciseSet`` holds a lesson's questions and the text its exercise notebook is built
from. The notebook-facing methods of ``ExerciseSet`` (``setup``, ``statuses``) hand over to
``binding``, imported only when they are called.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from ..answers import AnswerKind, CannotRead, FreeTextAnswer, safe_repr, type_name

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

# What a question asks students to do. The analytical ones (weigh evidence, compute something that
# answers a historical question, find the error in a claim, predict then check with an explorer,
# compare two sources) should be at least a third of each lesson's graded questions.
SKILLS = ("recall", "lookup", "compute", "weigh evidence", "find the error", "predict and check",
          "compare sources", "reflect")
ANALYTICAL_SKILLS = ("compute", "weigh evidence", "find the error", "predict and check", "compare sources")


def known_status(status: Any) -> str:
    """A saved status if it is one we know, else "not_attempted" (files can be hand-edited)."""
    return status if isinstance(status, str) and status in STATUS_LABELS else "not_attempted"


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


def is_blank(value: Any) -> bool:
    """Is ``value`` the notebook's untouched blank? That is ``binding.____`` (recognised by its class, so a
    blank from a reloaded copy of the package counts too) or ``...``."""
    try:
        return value is Ellipsis or type(value).__name__ == "_Placeholder"
    except Exception:
        return False


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

    def evaluate(self, value: Any, lesson: str = "") -> Result:
        """Grade one answer. Never raises (bar KeyboardInterrupt)."""
        try:
            return self._evaluate(value, lesson)
        except Exception as exc:  # a last line of defence: the student sees words, not a traceback
            return Result("could_not_check", f"Something about this answer ({type_name(exc)}) confused the checker. "
                          f"Try writing it like this: {self.kind.example}", self.id, lesson)

    def _evaluate(self, value: Any, lesson: str) -> Result:
        if is_blank(value):
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

    # ---------------------------------------------------------------- in the notebook (see binding)
    def setup(self, namespace: dict) -> None:
        """Put ``____`` and q1, q2 … into the notebook and say what is ready."""
        from .binding import bind

        bind(self, namespace)

    def statuses(self) -> dict[str, str]:
        """Each question's saved status (from the progress file)."""
        from .binding import saved_statuses

        return saved_statuses(self)

"""The answer kinds made of several items: choices, names, an order, pairs."""
from __future__ import annotations

from numbers import Number
from typing import Any, Iterable, Mapping, Sequence

from .base import AnswerKind, CannotRead, Grade, as_list, as_text, safe_repr, type_name
from .kinds import ChoiceAnswer
from .names import NameMatcher, fold_text


class MultiChoiceAnswer(ChoiceAnswer):
    """Several choices, order-free. Partly correct when some are right."""

    label = "several choices"

    def __init__(self, options: Mapping[str, str], expected: Iterable[str]):
        self.options = {k.lower(): v for k, v in options.items()}
        self.expected = frozenset(e.lower() for e in expected)
        missing = self.expected - set(self.options)
        if missing:
            raise ValueError(f"expected {sorted(missing)} not among the options")
        self.example = '["a", "c"]'

    def read(self, value: Any) -> frozenset:
        items = as_list(value, "your choices")
        keys = [self._key(item) for item in items]
        if not keys:
            raise CannotRead("The list is empty: put the letters of your choices in it.")
        return frozenset(keys)

    def grade(self, answer: frozenset) -> Grade:
        right = len(answer & self.expected)
        extra = len(answer - self.expected)
        if extra:
            remark = ("One of your choices does not belong." if extra == 1
                      else f"{extra} of your choices do not belong.")
            return Grade(max(right - extra, 0), len(self.expected), remark)
        if right < len(self.expected):
            return Grade(right, len(self.expected), "Some right choices are still missing.")
        return Grade(right, len(self.expected))

    def describe_expected(self) -> str:
        return ", ".join(f"{k}) {self.options[k]}" for k in sorted(self.expected))


class NameSetAnswer(AnswerKind):
    """Several named items, order-free, each with aliases (e.g. the nine sectors).

    Extra entries that are not on the list make the answer partly correct, never correct.
    """

    label = "list of names"
    example = '["gas", "rail"]'

    def __init__(self, items: Mapping[str, Iterable[str]]):
        self.items = {canon: list(aliases) for canon, aliases in items.items()}
        self.expected = frozenset(self.items)
        self.matcher = NameMatcher(self.items)

    def read(self, value: Any) -> tuple[frozenset, frozenset]:
        """(the items recognised, the folded text of the entries not on the list)."""
        items = as_list(value, "names")
        if not items:
            raise CannotRead("The list is empty: put the names in it.")
        found, unknown = set(), set()
        for item in items:
            text = as_text(item, "each name")
            canon = self.matcher.find(text)
            if canon:
                found.add(canon)
            elif fold_text(text):
                unknown.add(fold_text(text))
        return frozenset(found), frozenset(unknown)

    def grade(self, answer: tuple[frozenset, frozenset]) -> Grade:
        found, unknown = answer
        total = len(self.expected)
        remark = []
        right = len(found)
        if unknown:
            n = len(unknown)
            remark.append(f"{n} of your entries {'is' if n == 1 else 'are'} not on the list I expect "
                          "(check the spelling, or it may not belong).")
            right = min(right, total - 1)  # extras never make a list correct
        if len(found) < total:
            remark.append(f"{total - len(found)} still missing.")
        return Grade(right, total, " ".join(remark))

    def describe_expected(self) -> str:
        return ", ".join(sorted(self.expected))


class OrderingAnswer(AnswerKind):
    """Items put in order (e.g. a chronology). Each item may have aliases.

    Partly correct counts the items in the right place. A set has no order: "could not check".
    """

    label = "ordering"

    def __init__(self, order: Sequence[str], aliases: Mapping[str, Iterable[str]] | None = None):
        self.expected = tuple(order)
        aliases = aliases or {}
        self.matcher = NameMatcher({item: list(aliases.get(item, ())) for item in order})
        self.example = "[" + ", ".join(f'"{x}"' for x in list(order)[:2]) + ", …]"

    def _canon(self, item: Any) -> str:
        canon = self.matcher.find(as_text(item, "each item"))
        if canon is None:
            raise CannotRead(f"I don't recognise {safe_repr(item, 40)} — use the names exactly as listed in the "
                             "question.")
        return canon

    def read(self, value: Any) -> tuple:
        items = tuple(self._canon(x) for x in as_list(value, "the items in order", ordered=True))
        if len(set(items)) != len(items):
            raise CannotRead("An item appears twice in your list: each should appear once.")
        if set(items) != set(self.expected):
            missing = len(set(self.expected) - set(items))
            raise CannotRead(f"Your list should contain all {len(self.expected)} items exactly once; "
                             f"{missing} {'is' if missing == 1 else 'are'} missing.")
        return items

    def grade(self, answer: tuple) -> Grade:
        right = sum(a == e for a, e in zip(answer, self.expected))
        remark = "" if right == len(self.expected) else f"{right} of {len(self.expected)} items are in the right place."
        return Grade(right, len(self.expected), remark)

    def describe_expected(self) -> str:
        return " → ".join(self.expected)


class MatchingAnswer(AnswerKind):
    """A dict pairing each left item with a right item; k of n pairs right is partly correct.

    A right-hand value that is none of the choices gets "could not check", naming the choices.
    ``choices`` lists further right-hand values a student may give that no pair expects (e.g. a
    verdict that none of the claims deserves); by default the choices are the expected values.
    """

    label = "matching"

    def __init__(self, pairs: Mapping[str, str], left_aliases: Mapping[str, Iterable[str]] | None = None,
                 right_aliases: Mapping[str, Iterable[str]] | None = None, choices: Iterable[str] = ()):
        self.expected = dict(pairs)
        left_aliases, right_aliases = left_aliases or {}, right_aliases or {}
        self._left = NameMatcher({k: list(left_aliases.get(k, ())) for k in pairs})
        self.choices = list(dict.fromkeys([*choices, *pairs.values()]))
        self._right = NameMatcher({v: list(right_aliases.get(v, ())) for v in self.choices})
        first = next(iter(pairs))
        self.example = '{"' + first + '": "…", …}'

    @staticmethod
    def _as_choice_text(value: Any) -> list[str]:
        """A right-hand value as text; a number also as "90 %" (choices such as "90 %")."""
        if isinstance(value, str):
            return [value]
        if isinstance(value, Number) and not isinstance(value, (bool, complex)):
            try:
                text = format(float(value), "g")
            except Exception:
                return []
            return [text, f"{text} %"]
        return []

    def _right_value(self, key: str, value: Any) -> str:
        for text in self._as_choice_text(value):
            canon = self._right.find(text)
            if canon is not None:
                return canon
        choices = ", ".join(f'"{c}"' for c in self.choices)
        raise CannotRead(f"The value for \"{key}\", {safe_repr(value, 40)}, is not one of the choices. "
                         f"Use one of: {choices} (spelled as in the question).")

    def read(self, value: Any) -> dict:
        if not isinstance(value, Mapping):
            raise CannotRead(f"I expected a dictionary like {self.example}, but got a {type_name(value)}.")
        answer: dict[str, str] = {}
        for key, val in list(value.items()):
            left = self._left.find(key)
            if left is None:
                raise CannotRead(f"I don't recognise the key {safe_repr(key, 40)} — use the names from the question.")
            answer[left] = self._right_value(left, val)
        if not answer:
            raise CannotRead("The dictionary is empty: fill in the pairs.")
        return answer

    def grade(self, answer: dict) -> Grade:
        right = sum(answer.get(k) == v for k, v in self.expected.items())
        missing = len(set(self.expected) - set(answer))
        remark = f"{right} of {len(self.expected)} pairs are right." if right < len(self.expected) else ""
        if missing:
            remark += f" {missing} {'item is' if missing == 1 else 'items are'} not matched yet."
        return Grade(right, len(self.expected), remark.strip())

    def describe_expected(self) -> str:
        return "; ".join(f"{k} → {v}" for k, v in self.expected.items())

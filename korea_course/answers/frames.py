"""The answer kind for pandas results computed from the course data."""
from __future__ import annotations

import datetime as _dt
import math
import re
from numbers import Number
from typing import Any, Callable, Mapping

from .base import AnswerKind, CannotRead, Grade, type_name
from .dates import date_parts
from .names import DASHES


class FrameAnswer(AnswerKind):
    """A pandas Series (or DataFrame) computed from the course data.

    ``expected`` is a callable that computes the right result, so the answer key lives
    next to the data and never goes stale. Comparison ignores row order, compares numbers
    with a tolerance, and reports k of n values right.
    """

    label = "pandas result"

    def __init__(self, expected: Callable[[], Any], *, rel_tol: float = 1e-6, check_index_names: bool = False):
        self._expected = expected
        self.rel_tol = rel_tol
        self.check_index_names = check_index_names

    @property
    def expected(self):
        # Computed from the course data once per data version (a check reads it several times).
        if not hasattr(self, "_cached_expected"):
            from ..data import cached_on_data

            self._cached_expected = cached_on_data(self._expected)
        return self._cached_expected()

    @property
    def example(self) -> str:
        return "a pandas Series" if self._is_series(self.expected) else "a pandas DataFrame"

    @staticmethod
    def _is_series(obj) -> bool:
        import pandas as pd

        return isinstance(obj, pd.Series)

    def read(self, value: Any):
        import pandas as pd

        expected = self.expected
        if isinstance(expected, pd.Series):
            if isinstance(value, pd.DataFrame) and value.shape[1] == 1:
                value = value.iloc[:, 0]
            if isinstance(value, Mapping):
                value = pd.Series(dict(value))
            if not isinstance(value, pd.Series):
                raise CannotRead(f"I expected a pandas Series (one column of values with an index), "
                                 f"but got a {type_name(value)}.")
        else:
            if not isinstance(value, pd.DataFrame):
                raise CannotRead(f"I expected a pandas DataFrame, but got a {type_name(value)}.")
        return value

    def _values_equal(self, a, b) -> bool:
        try:
            import pandas as pd

            if pd.isna(a) and pd.isna(b):
                return True
        except (TypeError, ValueError):
            pass
        try:
            if isinstance(a, Number) and isinstance(b, Number) and not isinstance(a, bool):
                return math.isclose(float(a), float(b), rel_tol=self.rel_tol, abs_tol=1e-9)
            return bool(a == b) or str(a) == str(b)
        except Exception:
            return False

    def grade(self, answer) -> Grade:
        import pandas as pd

        expected = self.expected
        if isinstance(expected, pd.Series):
            exp_items = {self._key(k): v for k, v in expected.items()}
            years = bool(exp_items) and all(isinstance(k, int) and 1000 <= k <= 2100 for k in exp_items)
            try:
                got_items = {self._key(k, years): v for k, v in answer.items()}
            except Exception:
                return Grade(0, len(exp_items), "I couldn't read the index of your Series.")
            right = sum(k in got_items and self._values_equal(got_items[k], v) for k, v in exp_items.items())
            extra = len(set(got_items) - set(exp_items))
            remark = []
            if len(got_items) != len(exp_items):
                remark.append(f"Your Series has {len(got_items)} entries; I expect {len(exp_items)}.")
            elif set(got_items) != set(exp_items):
                remark.append("The index labels are not the ones I expect — check what you grouped by.")
            if extra and right == len(exp_items):
                return Grade(right - 1 if right else 0, len(exp_items), " ".join(remark))
            return Grade(right, len(exp_items), " ".join(remark))
        # DataFrame: compare shape, columns, then cell values ignoring row order
        if list(map(str, answer.columns)) != list(map(str, expected.columns)):
            missing = set(map(str, expected.columns)) - set(map(str, answer.columns))
            return Grade(0, 1, f"The columns differ from what I expect ({len(missing)} missing).")
        if answer.shape != expected.shape:
            return Grade(0, 1, f"Your table has {answer.shape[0]} rows; I expect {expected.shape[0]}.")
        try:
            a = answer.reset_index(drop=True).astype(str).sort_values(list(answer.columns)).reset_index(drop=True)
            e = expected.reset_index(drop=True).astype(str).sort_values(list(expected.columns)).reset_index(drop=True)
            return Grade(int(a.equals(e)), 1)
        except Exception:
            return Grade(0, 1, "I couldn't compare the values of your table.")

    @staticmethod
    def _key(k, years: bool = False):
        """One form for an index label: 2003, 2003.0, "2003", a Period or (for years) a date all give 2003;
        text labels ignore surrounding spaces and the kind of dash ("2022-2024" == "2022–2024")."""
        if isinstance(k, bool):
            return k
        if type_name(k) == "Period":
            try:
                return int(k.year) if str(k.freqstr).upper().startswith(("Y", "A")) or years else str(k)
            except Exception:
                return str(k)
        if years and (isinstance(k, _dt.date) or type_name(k) in ("Timestamp", "datetime64")):
            try:
                return int(date_parts(k)[0])
            except CannotRead:
                return str(k)
        if isinstance(k, float) and k.is_integer():
            return int(k)
        if isinstance(k, str):
            text = k.strip().translate(DASHES).replace("-", "–")
            return int(text) if re.fullmatch(r"\d{4}", text) else text
        if hasattr(k, "item") and not isinstance(k, (int, float)):
            try:
                return FrameAnswer._key(k.item(), years)
            except Exception:
                return str(k)
        return k

    def equal(self, a, b) -> bool:
        return self.grade(b).correct and b.equals(a)

    def describe_expected(self) -> str:
        try:
            return self.expected.to_string()
        except Exception:
            return "(computed from the data)"

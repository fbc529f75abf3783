"""Helpers of the checker's robustness tests (test_properties.py, test_robustness.py)."""
from __future__ import annotations


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


def feedback_renders(item) -> None:
    """What a front end does with a displayed object: its text and HTML forms."""
    assert isinstance(repr(item), str)
    if hasattr(item, "_repr_html_"):
        assert isinstance(item._repr_html_(), str)

"""Lesson explorers: one module per lesson (``lesson01`` …), each a set of pure functions
(data in, ``View`` out) and thin ``Explorer`` wrappers around them."""


import importlib
import inspect
import pkgutil


def explorer_factories(include_timeline: bool = True) -> list[tuple[str, object]]:
    """Every ``*_explorer`` function of every lesson module (``"lesson02.trade_explorer"``, fn),
    plus the shared timeline explorer: what tests and the benchmark drive."""
    found = []
    if include_timeline:
        from ..timeline import timeline_explorer

        found.append(("timeline.timeline_explorer", timeline_explorer))
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("lesson"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for name, fn in sorted(vars(module).items()):
            if name.endswith("_explorer") and inspect.isfunction(fn) and fn.__module__ == module.__name__:
                found.append((f"{info.name}.{name}", fn))
    return found

"""Lesson explorers: one package per lesson (``lesson00`` …), split by concern — ``data``
(data shaping), ``text`` (descriptions and keys), ``style`` (colours, markers, line styles),
``figures`` (matplotlib) — with the views (data in, ``View`` out) and thin ``Explorer``
wrappers in the package itself. The lessons themselves are listed once, in
``korea_course.lessons``."""


def explorer_factories(include_timeline: bool = True) -> list[tuple[str, object]]:
    """Every ``*_explorer`` function of every lesson (``"lesson02.trade_explorer"``, fn),
    plus the shared timeline explorer: what tests and the benchmark drive."""
    from ..lessons import LESSONS

    found = []
    if include_timeline:
        from ..timeline import timeline_explorer

        found.append(("timeline.timeline_explorer", timeline_explorer))
    for item in LESSONS:
        found += item.explorers()
    return found

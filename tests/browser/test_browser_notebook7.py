"""The same smoke run in Notebook 7 (/notebooks/<path>): open, Run All, no error and no broken
widget; in each lesson the explorers rendered (figure and text) and the first one reacts to a
slider moved with the mouse (Notebook 7 ignores arrow keys on a focused slider)."""
from __future__ import annotations

import pytest

from notebook_page import SELFTEST_PATH, course_notebooks, operate_explorers, rel, run_all_and_check

pytestmark = pytest.mark.browser

NOTEBOOKS = course_notebooks("notebooks") + course_notebooks("exercises")


def assert_explorers_rendered(nb) -> int:
    roots = nb.explorer_roots()
    count = roots.count()
    assert count >= 1, f"{nb.path} (Notebook 7): no explorer rendered"
    with_figure = nb.page.locator(".jp-OutputArea-output > .widget-vbox img").count()
    assert with_figure >= 1, f"{nb.path} (Notebook 7): no explorer figure (Image widget) rendered"
    return count


@pytest.mark.timeout(120)
def test_notebook7_selftest_widgets(open_notebook, served_course):
    nb = open_notebook(SELFTEST_PATH, "notebook7")
    run_all_and_check(nb, served_course / SELFTEST_PATH)
    assert_explorers_rendered(nb)
    nb.log += operate_explorers(nb, prefer="mouse")


@pytest.mark.timeout(180)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=rel)
def test_notebook7_run_all(open_notebook, path):
    nb = open_notebook(rel(path), "notebook7")
    run_all_and_check(nb, path)
    if path.parent.name == "notebooks":
        assert_explorers_rendered(nb)
        nb.log += operate_explorers(nb, prefer="mouse", limit=1)

"""Accessibility: labelled controls and text descriptions in every explorer, figures shown with
their descriptions, colours that stay apart under colour-vision deficiencies (or a second cue),
and feedback that carries its meaning in words.

(The heading outline of every notebook is checked in test_notebook_policy.py; the colour-vision
simulation is korea_course.colour_vision.)
"""
from __future__ import annotations

import ast
import html
import pkgutil
import re

import ipywidgets as widgets
import numpy as np
import pytest

from korea_course.checking import STATUS_LABELS, Feedback
from korea_course.colour_vision import MACHADO_2009, MIN_DELTA_E, closest_pair, delta_e, linear_to_lab
from korea_course.plotting import EVENT_CATEGORIES, MARKERS, PALETTE
from korea_course.widgets import Explorer, View
from korea_course.explorers import explorer_factories
from notebook_runner import notebooks, read


# ============================================================================ explorers
FACTORIES = explorer_factories()  # from korea_course.explorers


def build(name: str) -> Explorer:
    """A fresh explorer: a test that operates its controls changes nothing another test sees."""
    return dict(FACTORIES)[name]()


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]{2,}", text))


def _another_value(control):
    """A different, valid value for a control (what one click or keypress would give)."""
    if isinstance(control, widgets.SelectMultiple):
        values = [v for _, v in control.options] if control.options and isinstance(control.options[0], tuple) \
            else list(control.options)
        return tuple(values[:1]) if tuple(control.value) != tuple(values[:1]) else tuple(values[:2])
    if isinstance(control, (widgets.Dropdown, widgets.RadioButtons, widgets.ToggleButtons, widgets.Select)):
        values = [o[1] if isinstance(o, tuple) else o for o in control.options]
        others = [v for v in values if v != control.value]
        return others[0] if others else control.value
    if isinstance(control, (widgets.IntRangeSlider, widgets.FloatRangeSlider)):
        low, high = control.value
        return (low, low) if high > low else (control.min, control.max)
    if isinstance(control, (widgets.Checkbox, widgets.ToggleButton)):
        return not control.value
    if hasattr(control, "min") and hasattr(control, "max"):
        return control.min if control.value != control.min else control.max
    return control.value


def test_explorers_are_discovered():
    lessons = {name.split(".")[0] for name, _ in FACTORIES if name.startswith("lesson")}
    import korea_course.explorers as package

    modules = {m.name for m in pkgutil.iter_modules(package.__path__) if m.name.startswith("lesson")}
    assert lessons == modules, f"explorer modules without a *_explorer function: {sorted(modules - lessons)}"


@pytest.mark.parametrize("name", [n for n, _ in FACTORIES])
def test_every_control_has_a_visible_label(name):
    ex = build(name)
    assert ex.controls, f"{name}: an explorer without controls"
    labels = []
    for key, control in ex.controls.items():
        label = str(getattr(control, "description", "") or "").strip()
        assert label and _words(label) >= 1, f"{name}: control {key!r} has no label (description)"
        assert isinstance(control, widgets.ValueWidget) and type(control).__module__.startswith("ipywidgets"), \
            f"{name}: control {key!r} is not a standard (keyboard-operable) ipywidgets control"
        if hasattr(control, "style") and hasattr(control.style, "description_width"):
            assert control.style.description_width == "initial", f"{name}: label of {key!r} may be cut off"
        labels.append(label.casefold())
    assert len(set(labels)) == len(labels), f"{name}: two controls share a label: {labels}"


@pytest.mark.parametrize("name", [n for n, _ in FACTORIES])
def test_every_view_has_a_text_description_before_and_after_each_change(name):
    ex = build(name)
    assert ex.title.strip()

    def assert_described(when: str):
        assert ex.error == "", f"{name} {when}: {ex.error}"
        text = ex.view.description.strip()
        assert text and _words(text) >= 3, f"{name} {when}: the text description is empty or not a sentence: {text!r}"
        assert "Text description:" in ex.description_html.value and html.escape(text)[:40] in ex.description_html.value
        if ex.figure is not None:
            assert ex.image.value, f"{name} {when}: no figure"
            # The Image widget cannot carry alt text (a tooltip on it breaks rendering in
            # ipywidgets 8: see tests/browser); the figure's text alternative is the
            # "Text description" shown right under it, in the same explorer box.
            parts = list(ex.widget.children)
            assert parts.index(ex.description_html) == parts.index(ex.image) + 1, f"{name}: description not under the figure"

    assert_described("as opened")
    snapshot = ex.static_html()  # what a page without a live kernel shows
    assert "Text description:" in snapshot
    if ex.figure is not None:
        alts = re.findall(r'<img [^>]*alt="([^"]*)"', snapshot)
        assert alts and all(a.strip() for a in alts), f"{name}: the static image has no alt text"
    start = ex.values()
    for key, control in ex.controls.items():
        new = _another_value(control)
        if new == control.value:
            continue
        control.value = new
        assert_described(f"after changing {key!r}")
    ex.set(**start)  # back as it was
    assert_described("after resetting")


def test_an_explorer_failure_is_reported_in_words():
    def compute(n):
        if n > 1:
            raise ValueError("no data for that choice")
        return View(description="One point, shown as a dot.")

    ex = Explorer("Failing", {"n": widgets.IntSlider(value=1, min=1, max=3, description="Number")}, compute,
                  with_figure=False)
    ex.set(n=2)
    assert ex.error and "role='alert'" in ex.status_html.value
    assert "could not be shown" in ex.status_html.value and "no data for that choice" in ex.status_html.value
    assert ex.view.description == "One point, shown as a dot."  # the last good view stays, described


# ============================================================================ figures in notebooks
ALL_NOTEBOOKS = notebooks("notebooks") + notebooks("exercises")


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)
            and (getattr(n.func, "id", None) == name or getattr(n.func, "attr", None) == name)]


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: p.name)
def test_figures_are_shown_with_a_description_computed_from_the_data(path):
    """Extends test_notebook_policy: each show_figure(fig, description) gets a description that is
    computed (not a typed-in string), and is the cell's last expression or display()ed, so the
    image and its text description actually appear."""
    for index, cell in enumerate(read(path).cells):
        if cell.cell_type != "code" or "show_figure(" not in cell.source:
            continue
        where = f"{path.name} cell {index}"
        try:
            tree = ast.parse(cell.source)
        except SyntaxError as exc:
            pytest.fail(f"{where}: not valid Python ({exc})")
        shown = _calls(tree, "show_figure")
        displayed = {id(arg) for call in _calls(tree, "display") for arg in call.args}
        last = tree.body[-1] if tree.body else None
        for call in shown:
            args = list(call.args) + [k.value for k in call.keywords if k.arg == "description"]
            assert len(args) >= 2, f"{where}: show_figure needs (fig, description)"
            description = args[1]
            assert not (isinstance(description, ast.Constant) or isinstance(description, ast.JoinedStr)), \
                f"{where}: describe the figure with a function of the data (e.g. describe_…(table)), not typed-in text"
            is_last = isinstance(last, ast.Expr) and last.value is call
            assert is_last or id(call) in displayed, f"{where}: show_figure(...) must be the last line (or display()ed)"


# ============================================================================ colours
# The simulation lives in korea_course.colour_vision (Machado, Oliveira & Fernandes 2009).
STYLE_SETS = {
    "PALETTE[:7] (with MARKERS)": [(f"PALETTE[{i}]", c, MARKERS[i]) for i, c in enumerate(PALETTE[:7])],
    "EVENT_CATEGORIES": [(k, v["color"], v["marker"]) for k, v in EVENT_CATEGORIES.items()],
}


def test_the_simulation_is_sound():
    for name, m in MACHADO_2009.items():
        assert np.allclose(m @ np.ones(3), np.ones(3), atol=1e-5), f"{name}: white must stay white"
    assert np.allclose(linear_to_lab(np.ones(3)), [100, 0, 0], atol=1e-3)
    assert np.allclose(linear_to_lab(np.zeros(3)), [0, 0, 0], atol=1e-6)
    # a red and an olive lie on a red-green confusion line: nearly equal for protanopes and
    # deuteranopes (ΔE ~14 and ~13 of ~94), still far apart for tritanopes
    normal = delta_e("#FF0000", "#808000", None)
    for kind in ("protanopia", "deuteranopia"):
        assert delta_e("#FF0000", "#808000", kind) < normal / 4
    assert delta_e("#FF0000", "#808000", "tritanopia") > normal * 0.8
    # blue and bluish green collapse for tritanopes (ΔE ~17 of ~70), not for the others
    normal = delta_e("#0072B2", "#009E73", None)
    assert delta_e("#0072B2", "#009E73", "tritanopia") < normal / 3
    assert delta_e("#0072B2", "#009E73", "protanopia") > normal * 0.7
    # a clash is two close colours with the same marker; a second marker tells them apart
    same = [("a", "#FF0000", "o"), ("b", "#808000", "o")]
    assert closest_pair(same, "protanopia", min_delta_e=20).clashes
    assert not closest_pair(same, None, min_delta_e=20).clashes
    assert not closest_pair([("a", "#FF0000", "o"), ("b", "#808000", "s")], "protanopia", min_delta_e=20).clashes
    assert closest_pair(same, "protanopia").delta_e == pytest.approx(delta_e("#FF0000", "#808000", "protanopia"))


@pytest.mark.parametrize("deficiency", [None, *MACHADO_2009], ids=lambda d: d or "normal")
@pytest.mark.parametrize("set_name", sorted(STYLE_SETS))
def test_category_styles_stay_distinguishable(set_name, deficiency, summary, record_property):
    styles = STYLE_SETS[set_name]
    assert len({c.upper() for _, c, _ in styles}) == len(styles), f"{set_name}: a colour is used twice"
    closest = closest_pair(styles, deficiency)
    assert closest.delta_e < float("inf")
    vision = deficiency or "normal"
    note = "" if closest.delta_e >= MIN_DELTA_E else "  (below 10: told apart by marker)"
    summary("accessibility: minimum ΔE76 between category colours (Machado 2009, severity 1.0)",
            f"{set_name:27} {vision:13} min ΔE {closest.delta_e:5.1f}  {closest.first} vs {closest.second}{note}")
    record_property(f"min_delta_e[{set_name}|{vision}]", round(closest.delta_e, 1))
    assert not closest.clashes, f"{set_name} under {deficiency or 'normal vision'}: " + "; ".join(closest.clashes)


# ============================================================================ feedback in words
def test_every_status_has_words_and_a_symbol():
    words = [w for _, w in STATUS_LABELS.values()]
    symbols = [s for s, _ in STATUS_LABELS.values()]
    for status, (symbol, text) in STATUS_LABELS.items():
        assert symbol.strip(), status
        assert _words(text) >= 1, f"{status}: the label needs words, not only a symbol or a colour"
    assert len(set(words)) == len(words) and len(set(symbols)) == len(symbols)


@pytest.mark.parametrize("status", sorted(STATUS_LABELS))
def test_feedback_shows_the_words_in_html_and_text(status):
    symbol, text = STATUS_LABELS[status]
    fb = Feedback(status, "Question title", "Some `code` and a sentence.", code="x = 1", notices=["A notice."])
    page = fb._repr_html_()
    assert html.escape(text) in page and html.escape(symbol) in page
    assert 'role="status"' in page
    plain = repr(fb)
    assert text in plain and "Question title" in plain and "Note: A notice." in plain
    # the colour bar is decoration: strip every style attribute and the meaning is still there
    assert html.escape(text) in re.sub(r'style="[^"]*"', "", page)


# ------------------------------------------------------------------ tables students read
def test_explorer_tables_show_names_not_codes_and_dates_at_their_precision():
    import pandas as pd

    from korea_course.widgets import readable_table, table_html

    raw = pd.DataFrame({"date": pd.to_datetime(["2001-01-01", "2013-09-22"]), "date_precision": ["year", "day"],
                        "category": ["six_party_talks", "summit"], "actors": ["RUS;DPRK", "ROK"],
                        "status": ["in_progress", "done"], "source_ids": ["a", "b"]})
    shown = readable_table(raw)
    assert list(shown["date"]) == ["2001", "2013-09-22"]
    assert list(shown["category"]) == ["Six-Party Talks", "Summits and visits"]
    assert list(shown["actors"]) == ["Russia, North Korea", "South Korea"]
    assert list(shown["status"]) == ["in progress", "done"]
    assert "date_precision" not in table_html(raw) and "sources" in shown.columns
    for name, factory in FACTORIES:
        html_text = table_html(factory().view.table)
        codes = re.findall(r"<td>([a-z]+(?:_[a-z]+)+)</td>", html_text)
        assert not codes, f"{name}: codes shown to students: {codes}"
        assert "_precision" not in html_text, name

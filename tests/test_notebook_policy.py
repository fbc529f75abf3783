"""House rules for every notebook: committed without outputs, the Carpentries-style frame
(objectives, questions, time, key points), a proper heading outline, no helper code pasted
into notebooks, and every figure shown with a text description."""
from __future__ import annotations

import re

import pytest

from notebook_runner import notebooks, read

LESSONS = notebooks("notebooks")
EXERCISES = notebooks("exercises")
ALL = LESSONS + EXERCISES


def _markdown(nb) -> str:
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def _headings(nb) -> list[tuple[int, str]]:
    found = []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        in_code = False
        for line in cell.source.splitlines():
            if line.startswith("```"):
                in_code = not in_code
            m = re.match(r"^(#{1,6})\s+(.*)", line)
            if m and not in_code:
                found.append((len(m.group(1)), m.group(2).strip()))
    return found


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    nb = read(path)
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.get("outputs") or c.get("execution_count"))]
    assert not dirty, f"{path.name}: cells {dirty} carry outputs; strip them (nbstripout)"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_heading_outline(path):
    heads = _headings(read(path))
    assert heads and heads[0][0] == 1, f"{path.name}: should open with one # title"
    assert sum(1 for level, _ in heads if level == 1) == 1, f"{path.name}: only one # title"
    for (prev, _), (level, text) in zip(heads, heads[1:]):
        assert level <= prev + 1, f"{path.name}: heading '{text}' skips a level"


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_frame(path):
    titles = [t.lower() for _, t in _headings(read(path))]
    for needed in ("learning objectives", "guiding questions", "time and prerequisites", "key points",
                   "what comes next", "sources"):
        assert any(t.startswith(needed) for t in titles), f"{path.name}: no '## {needed.capitalize()}' section"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_no_helper_code_in_notebooks(path):
    for i, cell in enumerate(read(path).cells):
        if cell.cell_type == "code":
            assert not re.search(r"^\s*(def|class) ", cell.source, re.M), \
                f"{path.name} cell {i}: define functions in the korea_course package, not in a notebook"


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_figures_have_descriptions(path):
    for i, cell in enumerate(read(path).cells):
        if cell.cell_type == "code" and ("plt." in cell.source or "new_figure(" in cell.source):
            assert "show_figure(" in cell.source, f"{path.name} cell {i}: show figures with show_figure(fig, description)"
            assert "plt.show" not in cell.source


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_lesson_has_two_explorers(path):
    code = "\n".join(c.source for c in read(path).cells if c.cell_type == "code")
    assert len(re.findall(r"\w+_explorer\(", code)) >= 2, f"{path.name}: at least two explorers"


def _literal_source_ids(nb) -> list[str]:
    """String ids passed literally to ``sources_table([...])`` or ``cite("...")`` in code cells."""
    import ast

    found = []
    for cell in nb.cells:
        if cell.cell_type != "code" or not ("sources_table(" in cell.source or "cite(" in cell.source):
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                    "sources_table", "cite"):
                for arg in node.args:
                    items = arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]
                    found += [n.value for n in items if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    return found


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.name)
def test_every_cited_source_id_exists(path):
    from korea_course.data import load_table

    known = set(load_table("sources")["id"])
    ids = _literal_source_ids(read(path))
    assert ids, f"{path.name}: no sources_table([...]) of the lesson's sources"
    unknown = [i for i in ids if i not in known]
    assert not unknown, f"{path.name}: cites source ids that sources.csv does not have: {unknown}"


def test_make_strip_clears_outputs_and_leaves_clean_notebooks_alone(tmp_path):
    import subprocess
    import sys

    import nbformat

    from notebook_runner import ROOT

    ran = read(LESSONS[0])
    ran.cells[1].execution_count = 3
    ran.cells[1].outputs = [nbformat.v4.new_output("stream", text="hello")]
    dirty, clean = tmp_path / "ran.ipynb", tmp_path / "clean.ipynb"
    nbformat.write(ran, str(dirty))
    clean.write_bytes(LESSONS[0].read_bytes())
    before = clean.stat().st_mtime_ns
    subprocess.run([sys.executable, str(ROOT / "scripts" / "strip_notebooks.py"), str(dirty), str(clean)], check=True)
    stripped = read(dirty)
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in stripped.cells if c.cell_type == "code")
    assert [c.source for c in stripped.cells] == [c.source for c in read(LESSONS[0]).cells]
    assert clean.stat().st_mtime_ns == before, "a notebook without outputs was rewritten"

"""How fast the course feels, measured against its own floor (``make bench``).

Sections (each reports medians and spreads over repetitions, as ratios against a floor or
baseline measured in the SAME run, because the machine is noisy):

execution  every notebook in notebooks/ and exercises/, each from a fresh kernel, against the
           floor: a notebook whose one cell imports pandas, matplotlib, ipywidgets and
           korea_course. Target: whole course <= 1.5 x (number of notebooks x floor).
memory     peak resident memory (VmHWM) of each notebook's kernel vs the floor kernel (<= 1.2 x).
explorers  every ``*_explorer`` of every lesson (and the timeline explorer) driven from code
           through ~30+ value changes generated from its controls' types; time from the change
           to the end of the callback. Target: median <= 50 ms, p95 <= 100 ms. Baseline in the
           same run: the same views drawn the naive way (a new pyplot figure + savefig each change).
checks     ``Question.evaluate`` and ``BoundQuestion.check()`` (display patched out) for every
           question with its correct answer, every misconception and junk. Target: p95 <= 5 ms.
imports    importing korea_course (and each lesson's modules) on top of the bare libraries, in a
           fresh subprocess (<= 100 ms extra; median of >= 5 runs).
suite      (only with --with-suite or BENCH_WITH_SUITE=1) wall time of the ``make test`` pytest
           run, without and with tests/browser.

Writes bench-results/bench-<time>.{md,json} and bench-results/latest.{md,json}. The exit code is
0 unless ``--fail-on-miss`` is given and a target is missed (timings are never asserted in tests).
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import gc
import importlib
import inspect
import io
import json
import math
import os
import pkgutil
import platform
import queue
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(ROOT / "tests") not in sys.path:
    sys.path.append(str(ROOT / "tests"))  # notebook_runner
os.environ.setdefault("MPLBACKEND", "Agg")

NOTEBOOK_DIRS = ("notebooks", "exercises")
FLOOR_SOURCE = "import pandas, matplotlib, ipywidgets, korea_course"
BARE_IMPORTS = "import pandas, matplotlib, ipywidgets"
# what any notebook that draws a figure loads too (import matplotlib alone does not load these)
BARE_PLOT_IMPORTS = BARE_IMPORTS + "; import matplotlib.figure, matplotlib.backends.backend_agg"

# Targets (the issue: "Performance benchmark: how fast the course feels").
COURSE_EXEC_FACTOR = 1.5      # whole course <= 1.5 x (n notebooks x floor)
EXPLORER_MEDIAN_MS = 50.0
EXPLORER_P95_MS = 100.0
CHECK_P95_MS = 5.0
IMPORT_EXTRA_MS = 100.0
MEMORY_FACTOR = 1.2
MIN_CHANGES = 30
FLOOR_EVERY = 4  # run the floor notebook again after every 4 notebooks
JUNK: tuple[tuple[str, Any], ...] = (("None", None), ("empty string", ""), ("empty list", []), ("object()", object()))


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ============================================================================ statistics
def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolation percentile (q in 0..100); NaN for no values."""
    data = sorted(float(v) for v in values)
    if not data:
        return math.nan
    if len(data) == 1:
        return data[0]
    pos = (len(data) - 1) * q / 100.0
    lo, hi = math.floor(pos), math.ceil(pos)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def median(values: Sequence[float]) -> float:
    return percentile(values, 50)


def summarize(values: Sequence[float]) -> dict[str, float]:
    """n, median, p95, min, max and IQR of a sample."""
    vals = [float(v) for v in values]
    return {"n": len(vals), "median": median(vals), "p95": percentile(vals, 95),
            "min": min(vals) if vals else math.nan, "max": max(vals) if vals else math.nan,
            "iqr": percentile(vals, 75) - percentile(vals, 25) if vals else math.nan}


# ============================================================================ report rows
@dataclass
class Row:
    """One reported figure, with its target and whether it is met (None: information only)."""

    section: str
    item: str
    value: float
    unit: str
    spread: str = ""
    target: str = "—"
    met: bool | None = None
    note: str = ""

    def shown_value(self) -> str:
        if self.value is None or (isinstance(self.value, float) and math.isnan(self.value)):
            return "n/a"
        if self.unit == "×":
            return f"{self.value:.2f}×"
        if self.unit in ("ms",):
            return f"{self.value:.1f} ms"
        if self.unit == "s":
            return f"{self.value:.2f} s"
        if self.unit == "MB":
            return f"{self.value:.0f} MB"
        return f"{self.value:g} {self.unit}".strip()

    def status(self) -> str:
        return {True: "met", False: "MISSED", None: "info"}[self.met]


def fmt_spread(values: Sequence[float], unit: str, digits: int = 1) -> str:
    vals = [float(v) for v in values]
    if not vals:
        return ""
    s = summarize(vals)
    return f"n={s['n']}, {s['min']:.{digits}f}–{s['max']:.{digits}f} {unit}".strip()


# ============================================================================ discovery
def discover_notebooks(root: Path = ROOT) -> list[Path]:
    """Every lesson and exercise notebook (``NN_*.ipynb``) that exists now."""
    found: list[Path] = []
    for folder in NOTEBOOK_DIRS:
        found += sorted((root / folder).glob("[0-9][0-9]_*.ipynb"))
    return found


def lesson_module_names(package: str) -> list[str]:
    """``lessonNN`` submodules of ``korea_course.<package>`` (explorers or exercises)."""
    pkg = importlib.import_module(f"korea_course.{package}")
    return sorted(m.name for m in pkgutil.iter_modules(pkg.__path__) if m.name.startswith("lesson"))


@dataclass
class ExplorerSpec:
    name: str            # e.g. "lesson02.trade_explorer"
    factory: Callable | None
    problem: str = ""    # why it cannot be driven (import error, required arguments)


def discover_explorers() -> list[ExplorerSpec]:
    """``*_explorer`` functions defined in each ``korea_course.explorers.lessonNN``, plus the timeline."""
    specs: list[ExplorerSpec] = []
    for name in lesson_module_names("explorers"):
        full = f"korea_course.explorers.{name}"
        try:
            module = importlib.import_module(full)
        except Exception as exc:  # a lesson being written may not import yet: report it
            specs.append(ExplorerSpec(f"{name} (module)", None, f"import failed: {type(exc).__name__}: {exc}"))
            continue
        for fname, fn in inspect.getmembers(module, inspect.isfunction):
            if fname.endswith("_explorer") and fn.__module__ == full:
                specs.append(_spec(f"{name}.{fname}", fn))
    from korea_course.timeline import timeline_explorer

    specs.append(_spec("timeline.timeline_explorer", timeline_explorer))
    return specs


def _spec(name: str, fn: Callable) -> ExplorerSpec:
    required = [p.name for p in inspect.signature(fn).parameters.values()
                if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD,
                                                                       p.KEYWORD_ONLY)]
    if required:
        return ExplorerSpec(name, None, f"needs arguments {required}; give them defaults to benchmark it")
    return ExplorerSpec(name, fn)


# ============================================================================ explorers
def _option_values(control) -> list:
    values = getattr(control, "_options_values", None)
    if values is None:
        values = [o[1] if isinstance(o, tuple) and len(o) == 2 else o for o in control.options]
    return list(values)


def _sweep(lo: float, hi: float, step: float | None, n: int, integer: bool) -> list:
    if hi <= lo:
        return [lo]
    out = []
    for i in range(n):
        x = lo + (hi - lo) * i / (n - 1)
        if step:
            x = lo + round((x - lo) / step) * step
        x = int(round(x)) if integer else round(min(max(x, lo), hi), 10)
        if x not in out:
            out.append(x)
    return out


def control_values(control) -> list:
    """Values a student might pick, generated from the control's type (ending at its start value)."""
    import ipywidgets as w

    start = control.value
    values: list = []
    if isinstance(control, (w.IntRangeSlider, w.FloatRangeSlider)):
        integer = isinstance(control, w.IntRangeSlider)
        lo, hi, step = control.min, control.max, control.step or (1 if integer else (control.max - control.min) / 100)
        span = hi - lo
        for frac, positions in ((0.5, 3), (0.25, 4), (0.1, 3)):
            width = max(step, span * frac)
            for k in range(positions):
                a = lo + (span - width) * k / max(positions - 1, 1)
                b = a + width
                if integer:
                    a, b = int(round(a)), int(round(b))
                else:
                    a, b = lo + round((a - lo) / step) * step, lo + round((b - lo) / step) * step
                values.append((min(max(a, lo), hi), min(max(b, lo), hi)))
        values.append((lo, lo + (step if integer else step)))  # a one-step window
    elif isinstance(control, w.SelectMultiple):
        opts = _option_values(control)
        values += [(o,) for o in opts]
        half = max(1, len(opts) // 2)
        values += [tuple(opts[:half]), tuple(opts[half:])]
        values += [tuple(o for o in opts if o != left) for left in opts[:3]]
        values.append(())  # everything deselected: the explorer must cope
    elif isinstance(control, (w.Dropdown, w.RadioButtons, w.ToggleButtons, w.Select, w.SelectionSlider)):
        values += _option_values(control)
    elif isinstance(control, (w.Checkbox, w.ToggleButton)):
        values += [not start, start, not start, start]
        return values
    elif isinstance(control, (w.IntSlider, w.BoundedIntText)):
        values += _sweep(control.min, control.max, control.step, 8, True)
    elif isinstance(control, (w.FloatSlider, w.FloatLogSlider, w.BoundedFloatText)):
        if isinstance(control, w.FloatLogSlider):
            values += [control.base ** e for e in _sweep(control.min, control.max, None, 8, False)]
        else:
            values += _sweep(control.min, control.max, control.step, 8, False)
    else:
        return []  # free text and other controls: not driven
    values.append(start)
    return values


def change_plan(controls: dict, min_changes: int = MIN_CHANGES, limit: int | None = None) -> list[tuple[str, Any]]:
    """(control name, value) pairs: one control at a time, each swept and set back to its start;
    repeated (reversed) until at least ``min_changes`` of them change a value (a value equal to the
    current one fires nothing and is left out). ``limit`` caps the plan."""
    state = {name: c.value for name, c in controls.items()}
    passes = [[(name, v) for name, c in controls.items() for v in control_values(c)], _reversed_pass(controls)]
    if not passes[0]:
        return []
    plan: list[tuple[str, Any]] = []
    rnd = 0
    while len(plan) < min_changes and rnd < 20:
        for name, value in passes[rnd % 2]:
            if _same(state[name], value):
                continue
            plan.append((name, value))
            state[name] = value
        rnd += 1
    return plan[:limit] if limit else plan


def _reversed_pass(controls: dict) -> list[tuple[str, Any]]:
    out = []
    for name, c in controls.items():
        vals = control_values(c)
        if vals:
            vals = list(reversed(vals[:-1])) + [vals[-1]]
        out += [(name, v) for v in vals]
    return out


def _same(a, b) -> bool:
    try:
        return bool(a == b) if not isinstance(a, (tuple, list)) else tuple(a) == tuple(b)
    except Exception:
        return False


def apply_plan(explorer, plan: Sequence[tuple[str, Any]], measure: Callable[[], list] | None = None) -> dict:
    """Set each value on the explorer's control; time from the assignment to the callback's end.

    Only assignments that fired the callback count (a value equal to the current one does not).
    Returns wall timings (assignment to return), the explorer's own ``timings_ms`` and errors.
    """
    explorer.timings_ms.clear()
    wall: list[float] = []
    cpu: list[float] = []  # CPU time of the same span: what a quiet machine would show (noise-robust)
    errors: list[str] = []
    counter = measure or (lambda: explorer.timings_ms)
    for name, value in plan:
        control = explorer.controls[name]
        before = len(counter())
        c0, t0 = time.process_time(), time.perf_counter()
        try:
            control.value = value
        except Exception as exc:  # an invalid generated value: note it, go on
            errors.append(f"{name}={value!r}: could not set ({type(exc).__name__}: {exc})")
            continue
        dt, dc = (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000
        if len(counter()) > before:
            wall.append(dt)
            cpu.append(dc)
            if getattr(explorer, "error", ""):
                errors.append(f"{name}={value!r}: {explorer.error}")
    return {"wall_ms": wall, "cpu_ms": cpu, "internal_ms": list(explorer.timings_ms), "errors": errors}


def _naive_handler(explorer, sink: list) -> Callable:
    """The naive way: a new pyplot figure, drawn and saved with savefig, on every change."""
    import matplotlib.pyplot as plt

    size, dpi = explorer.figure.get_size_inches(), explorer.figure.dpi

    def handler(_change=None):
        start = time.perf_counter()
        view = explorer.compute(**explorer.values())
        fig = plt.figure(figsize=size, dpi=dpi)
        try:
            if view.draw is not None:
                view.draw(fig)
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png")
        finally:
            plt.close(fig)
        explorer.image.value = buffer.getvalue()
        explorer.description_html.value = view.description
        sink.append((time.perf_counter() - start) * 1000)

    return handler


@contextlib.contextmanager
def _breakdown(explorer, into: dict):
    """Time the parts of each update: the pure compute, the View's draw, and the PNG render."""
    import korea_course.widgets as kw

    compute, png = explorer.compute, kw.figure_png

    def timed_compute(**values):
        t0 = time.perf_counter()
        view = compute(**values)
        into["compute_ms"].append((time.perf_counter() - t0) * 1000)
        draw = getattr(view, "draw", None)
        if draw is not None:
            def timed_draw(fig):
                t1 = time.perf_counter()
                draw(fig)
                into["draw_ms"].append((time.perf_counter() - t1) * 1000)
            view.draw = timed_draw
        return view

    def timed_png(fig, *a, **k):
        t0 = time.perf_counter()
        out = png(fig, *a, **k)
        into["png_ms"].append((time.perf_counter() - t0) * 1000)
        return out

    explorer.compute, kw.figure_png = timed_compute, timed_png
    try:
        yield
    finally:
        explorer.compute, kw.figure_png = compute, png


def drive_explorer(factory: Callable, *, name: str = "", reps: int = 1, min_changes: int = MIN_CHANGES,
                   limit: int | None = None, baseline: bool = True) -> dict:
    """Build the explorer ``reps`` times and drive it through its change plan; optionally the naive
    baseline over the same plan. Returns a dict (see keys below); never raises for explorer errors."""
    result: dict[str, Any] = {"name": name, "reps": reps, "changes_per_rep": 0, "wall_ms": [], "cpu_ms": [],
                              "internal_ms": [],
                              "rep_medians_ms": [], "build_ms": [], "errors": [], "controls": {},
                              "with_figure": None, "clear_figure": None,
                              "naive_ms": [], "naive_cpu_ms": [], "naive_rep_medians_ms": [], "problem": "",
                              "breakdown": {"compute_ms": [], "draw_ms": [], "png_ms": []}}
    for rep in range(reps):
        gc.collect()
        t0 = time.perf_counter()
        try:
            ex = factory()
        except Exception as exc:
            result["problem"] = f"building it failed: {type(exc).__name__}: {exc}"
            return result
        result["build_ms"].append((time.perf_counter() - t0) * 1000)
        if rep == 0:
            result["controls"] = {k: type(c).__name__ for k, c in ex.controls.items()}
            result["with_figure"] = ex.figure is not None
            result["clear_figure"] = ex.clear_figure
        plan = change_plan(ex.controls, min_changes, limit)
        result["changes_per_rep"] = len(plan)
        if not plan:
            result["problem"] = "no control could be driven"
            return result
        with _breakdown(ex, result["breakdown"]):
            run = apply_plan(ex, plan)
        result["wall_ms"] += run["wall_ms"]
        result["cpu_ms"] += run["cpu_ms"]
        result["internal_ms"] += run["internal_ms"]
        result["rep_medians_ms"].append(median(run["wall_ms"]))
        result["errors"] += [e for e in run["errors"] if e not in result["errors"]]
        if baseline and ex.figure is not None:
            # the same explorer, rewired: its controls now call the naive handler
            fresh = factory()
            for control in fresh.controls.values():
                control.unobserve(fresh._on_change, names="value")
            sink: list[float] = []
            handler = _naive_handler(fresh, sink)
            for control in fresh.controls.values():
                control.observe(handler, names="value")
            naive = apply_plan(fresh, plan, measure=lambda: sink)
            result["naive_ms"] += naive["wall_ms"]
            result["naive_cpu_ms"] += naive["cpu_ms"]
            result["naive_rep_medians_ms"].append(median(naive["wall_ms"]))
            del fresh
        del ex
    return result


def floor_explorer():
    """The cheapest explorer with a figure the course can build: one year-range slider, one line
    updated in place (``persistent``), a five-row table. Every explorer is compared with it."""
    import numpy as np
    import pandas as pd

    from korea_course.widgets import Explorer, View, persistent, year_range_slider

    years = np.arange(2000, 2025)
    frame = pd.DataFrame({"year": years, "value": np.sin(years / 3.0) * 10 + 20})

    class _Line:
        def __init__(self, fig):
            self.ax = fig.add_subplot()
            (self.line,) = self.ax.plot([], [], marker="o")
            self.ax.set_xlabel("Year")

        def update(self, shown):
            self.line.set_data(shown["year"], shown["value"])
            self.ax.set_xlim(shown["year"].min() - 0.5, shown["year"].max() + 0.5)
            self.ax.set_ylim(0, 35)

    def compute(years):
        shown = frame[(frame["year"] >= years[0]) & (frame["year"] <= years[1])]
        return View(description=f"{len(shown)} points from {years[0]} to {years[1]}.", table=shown.head(5),
                    draw=lambda fig: persistent(fig, "line", _Line).update(shown))

    return Explorer("Floor explorer", {"years": year_range_slider(2000, 2024)}, compute, clear_figure=False)


def merge_explorer_results(into: dict | None, new: dict) -> dict:
    """Pool one repetition's result into the running one (lists are concatenated)."""
    if into is None:
        return new
    for key, value in new.items():
        if key == "breakdown":
            for k, v in value.items():
                into["breakdown"][k] += v
        elif key == "errors":
            into["errors"] += [e for e in value if e not in into["errors"]]
        elif isinstance(value, list):
            into[key] += value
        elif key == "reps":
            into["reps"] += value
        elif key == "problem" and value and not into["problem"]:
            into["problem"] = value
    return into


def run_explorers(specs: Sequence[ExplorerSpec], reps: int, min_changes: int, naive_reps: int) -> tuple[dict, list[dict]]:
    """Repetition by repetition: the floor explorer, then every explorer (noise hits all alike).
    The naive baseline runs in every repetition for the timeline, in ``naive_reps`` for the others."""
    floor: dict | None = None
    results: dict[str, dict | None] = {sp.name: None for sp in specs}
    for rep in range(reps):
        floor = merge_explorer_results(floor, drive_explorer(floor_explorer, name="floor", reps=1,
                                                             min_changes=min_changes, baseline=False))
        for sp in specs:
            naive = sp.name.startswith("timeline.") or rep < naive_reps
            res = drive_explorer(sp.factory, name=sp.name, reps=1, min_changes=min_changes, baseline=naive)
            results[sp.name] = merge_explorer_results(results[sp.name], res)
        log(f"explorers rep {rep + 1}/{reps} done; floor explorer median {median(floor['wall_ms']):.0f} ms")
    return floor, [r for r in results.values() if r is not None]


def explorer_rows(results: Iterable[dict], problems: Iterable[ExplorerSpec] = (), floor: dict | None = None) -> list[Row]:
    rows: list[Row] = []
    floor_med = math.nan
    if floor and floor["wall_ms"]:
        fs = summarize(floor["wall_ms"])
        floor_med = fs["median"]
        bd = " / ".join(f"{k[:-3]} {median(v):.0f}" for k, v in floor["breakdown"].items() if v)
        rows.append(Row("explorers", "floor explorer (one line, persistent) median", floor_med, "ms",
                        f"n={fs['n']}, p95 {fs['p95']:.0f} ms", "info (the floor)", None,
                        f"CPU time median {median(floor['cpu_ms']):.0f} ms; wall medians: {bd} ms"))
    for spec in problems:
        rows.append(Row("explorers", spec.name, math.nan, "ms", target="drivable", met=False, note=spec.problem))
    for r in results:
        if r["problem"] and not r["wall_ms"]:
            rows.append(Row("explorers", r["name"], math.nan, "ms", target="drivable", met=False, note=r["problem"]))
            continue
        s = summarize(r["wall_ms"])
        spread = f"n={s['n']} ({r['reps']}×{r['changes_per_rep']}), rep medians " + \
                 "/".join(f"{m:.0f}" for m in r["rep_medians_ms"]) + " ms"
        bd = r.get("breakdown", {})
        parts = [f"{k[:-3]} {median(v):.0f}" for k, v in bd.items() if v]
        note = ("wall medians: " + " / ".join(parts) + " ms" if parts else "")
        if r.get("cpu_ms"):
            c = summarize(r["cpu_ms"])
            note = f"CPU time median {c['median']:.0f} / p95 {c['p95']:.0f} ms; " + note
        if r.get("build_ms"):
            note += f"; built (first view) in {median(r['build_ms']):.0f} ms"
            note += "; clear_figure=True" if r.get("clear_figure") else ""
        if r["errors"]:
            note += f"; ERRORS on {len(r['errors'])} values, e.g. {r['errors'][0]}"
        if not math.isnan(floor_med) and r.get("with_figure"):
            spread += f"; {s['median'] / floor_med:.1f}× floor explorer"
        rows.append(Row("explorers", f"{r['name']} median", s["median"], "ms", spread,
                        f"≤ {EXPLORER_MEDIAN_MS:.0f} ms", s["median"] <= EXPLORER_MEDIAN_MS, note))
        rows.append(Row("explorers", f"{r['name']} p95", s["p95"], "ms", f"max {s['max']:.0f} ms",
                        f"≤ {EXPLORER_P95_MS:.0f} ms", s["p95"] <= EXPLORER_P95_MS))
        if r["errors"]:
            rows.append(Row("explorers", f"{r['name']} values that raised", len(r["errors"]), "", "", "none", False,
                            "; ".join(r["errors"][:3])))
        if r["naive_ms"]:
            n = summarize(r["naive_ms"])
            ratio = s["median"] / n["median"] if n["median"] else math.nan
            main = r["name"].startswith("timeline.")
            rows.append(Row("explorers", f"{r['name']} naive baseline median", n["median"], "ms",
                            f"n={n['n']}, p95 {n['p95']:.0f} ms", "info (new figure + savefig per change)", None,
                            f"CPU time median {median(r['naive_cpu_ms']):.0f} ms"))
            rows.append(Row("explorers", f"{r['name']} ÷ naive (median)", ratio, "×", "",
                            "< 1 (faster than naive)" if main else "info", (ratio < 1) if main else None))
    return rows


# ============================================================================ checks
@dataclass
class CheckCase:
    lesson: str
    question: Any          # korea_course.checking.Question
    label: str             # "correct", "misconception q1-m1", "junk None"
    value: Any
    expect: tuple[str, ...]  # acceptable statuses (a sanity check, not a test)


def prepare_namespace(lesson: str, progress_file: Path) -> tuple[dict, str]:
    """The exercise notebook run as shipped (setup and data cells) in-process: its namespace."""
    from notebook_runner import exercise_notebook, run_notebook

    path = exercise_notebook(lesson)
    if path is None:
        return {}, f"no exercises/{lesson}_*.ipynb: solutions run in an empty namespace"
    with _display_silenced():
        result = run_notebook(path, env={"KOREA_COURSE_PROGRESS": str(progress_file)})
    note = f"notebook errors: {result.errors[0][1][:120]}" if result.errors else ""
    return result.namespace, note


def cases_for_set(exercise_set, namespace: dict | None = None) -> tuple[list[CheckCase], list[str]]:
    """Correct answer (from the solution code), each misconception, and junk, for every question."""
    ns = dict(namespace or {})
    cases: list[CheckCase] = []
    problems: list[str] = []
    lesson = exercise_set.lesson
    for q in exercise_set.questions:
        right = ("correct",) if q.kind.graded else ("recorded", "could_not_check")
        try:
            exec(compile(q.solution_code, f"<solution {lesson}/{q.id}>", "exec"), ns)
            cases.append(CheckCase(lesson, q, "correct", ns[q.var], right))
        except Exception as exc:
            problems.append(f"{q.id} solution did not run: {type(exc).__name__}: {exc}")
        for m in q.misconceptions:
            if m.code:
                try:
                    exec(compile(m.code, f"<misconception {m.id}>", "exec"), ns)
                    value = ns[q.var]
                except Exception as exc:
                    problems.append(f"{m.id} code did not run: {type(exc).__name__}: {exc}")
                    continue
            else:
                value = m.example
            cases.append(CheckCase(lesson, q, f"misconception {m.id}", value, ("incorrect", "partly_correct")))
        for label, junk in JUNK:
            cases.append(CheckCase(lesson, q, f"junk {label}", junk,
                                   ("could_not_check", "incorrect", "partly_correct", "not_attempted", "recorded")))
    return cases, problems


@contextlib.contextmanager
def _display_silenced():
    """IPython's display replaced by a no-op (what check() shows is not what is measured)."""
    import IPython.display as ipd

    original = ipd.display
    ipd.display = lambda *a, **k: None
    try:
        yield
    finally:
        ipd.display = original


def time_checks(cases: Sequence[CheckCase], reps: int = 5) -> dict:
    """Time ``Question.evaluate`` and ``BoundQuestion.check()`` on every case, ``reps`` times each."""
    from korea_course.checking import BoundQuestion

    out: dict[str, Any] = {"evaluate_ms": [], "check_ms": [], "evaluate_cpu_ms": [], "check_cpu_ms": [],
                           "per_case": [], "unexpected": [], "raised": []}
    with _display_silenced():
        for case in cases:
            q = case.question
            ev, ck, evc, ckc = [], [], [], []
            status = None
            for _ in range(reps):
                c0, t0 = time.process_time(), time.perf_counter()
                try:
                    res = q.evaluate(case.value, case.lesson)
                    status = res.status
                except BaseException as exc:  # evaluate promises never to raise
                    out["raised"].append(f"{case.lesson}/{q.id} {case.label}: evaluate raised {type(exc).__name__}")
                    break
                ev.append((time.perf_counter() - t0) * 1000)
                evc.append((time.process_time() - c0) * 1000)
            bound = BoundQuestion(q, {q.var: case.value}, case.lesson)
            for _ in range(reps):
                c0, t0 = time.process_time(), time.perf_counter()
                try:
                    bound.check()
                except BaseException as exc:
                    out["raised"].append(f"{case.lesson}/{q.id} {case.label}: check raised {type(exc).__name__}")
                    break
                ck.append((time.perf_counter() - t0) * 1000)
                ckc.append((time.process_time() - c0) * 1000)
            out["evaluate_cpu_ms"] += evc
            out["check_cpu_ms"] += ckc
            if status is not None and status not in case.expect:
                out["unexpected"].append(f"{case.lesson}/{q.id} {case.label}: {status}")
            out["evaluate_ms"] += ev
            out["check_ms"] += ck
            out["per_case"].append({"lesson": case.lesson, "question": q.id, "case": case.label,
                                    "kind": type(q.kind).__name__, "status": status,
                                    "evaluate_median_ms": median(ev), "check_median_ms": median(ck),
                                    "evaluate_max_ms": max(ev, default=math.nan),
                                    "check_max_ms": max(ck, default=math.nan)})
    return out


def time_progress_update(n: int = 30) -> list[float]:
    """What one saved check costs on this disk: ``progress.update`` (lock, read, atomic write, fsync)."""
    from korea_course import progress

    out = []
    for i in range(n):
        t0 = time.perf_counter()
        progress.update("bench", f"q{i % 5}", add_attempt=True, status="incorrect", last_answer=str(i))
        out.append((time.perf_counter() - t0) * 1000)
    return out


def check_rows(per_lesson: dict[str, dict], notes: dict[str, list[str]] | None = None,
               progress_ms: Sequence[float] = ()) -> list[Row]:
    rows: list[Row] = []
    if progress_ms:
        ps = summarize(progress_ms)
        rows.append(Row("checks", "progress.update alone (lock + read + atomic write + fsync)", ps["median"], "ms",
                        f"n={ps['n']}, p95 {ps['p95']:.1f} ms", "info (part of every check())", None))
    notes = notes or {}
    for lesson, res in per_lesson.items():
        extra = list(notes.get(lesson, []))
        if res["unexpected"]:
            extra.append(f"{len(res['unexpected'])} unexpected statuses, e.g. {res['unexpected'][0]}")
        if res["raised"]:
            extra.append(f"RAISED: {res['raised'][0]}")
        for what in ("evaluate", "check"):
            vals = res[f"{what}_ms"]
            if not vals:
                rows.append(Row("checks", f"lesson {lesson} {what} p95", math.nan, "ms", target=f"≤ {CHECK_P95_MS:g} ms",
                                met=None, note="; ".join(extra) or "no cases"))
                continue
            s = summarize(vals)
            slow = max(res["per_case"], key=lambda c: c[f"{what}_median_ms"] if not math.isnan(c[f"{what}_median_ms"]) else -1)
            label = "Question.evaluate" if what == "evaluate" else "BoundQuestion.check()"
            cpu = res.get(f"{what}_cpu_ms") or []
            note = (f"CPU time p95 {percentile(cpu, 95):.1f} ms; " if cpu else "") + \
                f"slowest: {slow['question']} {slow['case']} ({slow['kind']}) {slow[f'{what}_median_ms']:.1f} ms"
            if what == "check" and extra:
                note += "; " + "; ".join(extra)
            rows.append(Row("checks", f"lesson {lesson} {label} p95", s["p95"], "ms",
                            f"n={s['n']}, median {s['median']:.2f} ms, max {s['max']:.1f} ms",
                            f"≤ {CHECK_P95_MS:g} ms", s["p95"] <= CHECK_P95_MS, note))
    return rows


# ============================================================================ notebook execution
def kernel_env(progress_file: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["KOREA_COURSE_PROGRESS"] = str(progress_file)
    env.pop("MPLBACKEND", None)  # the kernel uses its own (inline) backend, as for a student
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    return env


def vm_hwm_kb(pid: int | None) -> float:
    """Peak resident set size of a process in kB (VmHWM), or NaN when unknown."""
    if not pid:
        return math.nan
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except OSError:
        pass
    try:  # no /proc: psutil (installed with jupyter) gives the current RSS only
        import psutil

        return psutil.Process(pid).memory_info().rss / 1024
    except Exception:
        return math.nan


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU time a process has used so far (from /proc/<pid>/stat), NaN if unknown."""
    if not pid:
        return math.nan
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return math.nan


def cell_kind(index: int, source: str) -> str:
    """A rough label for a code cell, to say where a notebook's time goes."""
    if index == 0:
        return "setup"
    if "_explorer(" in source:
        return "explorer"
    if "show_figure(" in source:
        return "figure"
    if ".check()" in source:
        return "check"
    return "other"


def execute_notebook(path: Path, *, cell_timeout: float = 120.0, progress_file: Path | None = None,
                     poll: float = 0.1, startup_timeout: float = 60.0) -> dict:
    """Run every code cell of ``path`` in a fresh kernel (cwd = its folder), polling for each
    execute reply every ``poll`` s (a blocking wait can hang with widgets).

    Returns total seconds (kernel start to last reply), startup seconds, cell count, the kernel's
    VmHWM in kB after the last cell, and an error string ("" when every cell ran).
    """
    import nbformat
    from jupyter_client import KernelManager

    nb = nbformat.read(str(path), as_version=4)
    cells = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()
             and "skip-execution" not in c.get("metadata", {}).get("tags", [])]
    own_progress = progress_file is None
    if own_progress:
        progress_file = Path(tempfile.mkdtemp(prefix="bench-progress-")) / "progress.json"
    result = {"notebook": str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path), "total_s": math.nan,
              "startup_s": math.nan, "cells": len(cells), "vmhwm_kb": math.nan, "error": "", "cell_s": [],
              "cpu_s": math.nan, "cell_cpu_s": [], "cell_kinds": [cell_kind(i, c.source) for i, c in enumerate(cells)]}
    km = KernelManager(kernel_name="python3")
    t0 = time.perf_counter()
    kernel_log = open(progress_file.with_suffix(".kernel.log"), "ab")  # kernel chatter, not the report
    km.start_kernel(cwd=str(path.parent), env=kernel_env(progress_file), stderr=kernel_log)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=startup_timeout)
        result["startup_s"] = time.perf_counter() - t0
        pid = getattr(km.provisioner, "pid", None) or getattr(getattr(km.provisioner, "process", None), "pid", None)
        cpu_before = cpu_seconds(pid)
        for index, cell in enumerate(cells):
            c0 = time.perf_counter()
            msg_id = kc.execute(cell.source, store_history=True, allow_stdin=False, stop_on_error=True)
            reply = _poll_reply(km, kc, msg_id, cell_timeout, poll)
            result["cell_s"].append(time.perf_counter() - c0)
            cpu_now = cpu_seconds(pid)
            result["cell_cpu_s"].append(cpu_now - cpu_before)
            cpu_before = cpu_now
            if isinstance(reply, str):
                result["error"] = f"cell {index + 1}: {reply}"
                break
            content = reply["content"]
            if content.get("status") == "error" and "raises-exception" not in cell.get("metadata", {}).get("tags", []):
                result["error"] = f"cell {index + 1}: {content.get('ename')}: {content.get('evalue', '')[:200]}"
                break
        result["total_s"] = time.perf_counter() - t0
        result["cpu_s"] = cpu_seconds(pid)  # the kernel's CPU time from its start: noise-robust
        result["vmhwm_kb"] = vm_hwm_kb(pid)
    except Exception as exc:
        result["error"] = result["error"] or f"{type(exc).__name__}: {exc}"
    finally:
        kc.stop_channels()
        with contextlib.suppress(Exception):
            km.shutdown_kernel(now=True)
        kernel_log.close()
        if own_progress:
            shutil.rmtree(progress_file.parent, ignore_errors=True)
    return result


def _poll_reply(km, kc, msg_id: str, timeout: float, poll: float):
    deadline = time.perf_counter() + timeout
    while True:
        _drain_iopub(kc)
        try:
            msg = kc.get_shell_msg(timeout=poll)
        except queue.Empty:
            if time.perf_counter() > deadline:
                with contextlib.suppress(Exception):
                    km.interrupt_kernel()
                return f"timed out after {timeout:g} s"
            if not km.is_alive():
                return "the kernel died"
            continue
        if msg.get("parent_header", {}).get("msg_id") == msg_id and msg.get("msg_type") == "execute_reply":
            _drain_iopub(kc)
            return msg


def _drain_iopub(kc) -> None:
    while True:
        try:
            kc.get_iopub_msg(timeout=0)
        except queue.Empty:
            return


def write_floor_notebook(folder: Path) -> Path:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(FLOOR_SOURCE)]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = folder / "floor.ipynb"
    nbformat.write(nb, str(path))
    return path


def run_execution(notebooks: Sequence[Path], reps: int, cell_timeout: float, workdir: Path) -> dict:
    """Floor and every notebook, interleaved repetition by repetition (noise hits all alike)."""
    floor_dir = Path(tempfile.mkdtemp(prefix="floor-", dir=workdir))  # outside the repository
    floor = write_floor_notebook(floor_dir)
    runs: dict[str, list[dict]] = {"floor": []}
    try:
        for rep in range(reps):
            order = list(notebooks) if rep % 2 == 0 else list(reversed(notebooks))
            sequence = []  # the floor again every FLOOR_EVERY notebooks: more floor samples, spread in time
            for i, nb in enumerate(order):
                if i % FLOOR_EVERY == 0:
                    sequence.append(floor)
                sequence.append(nb)
            for path in sequence or [floor]:
                key = "floor" if path == floor else str(path.relative_to(ROOT))
                progress = workdir / f"progress-{rep}-{path.stem}.json"
                r = execute_notebook(path, cell_timeout=cell_timeout, progress_file=progress)
                runs.setdefault(key, []).append(r)
                log(f"exec rep {rep + 1}/{reps} {key}: {r['total_s']:.2f} s, "
                    f"{r['vmhwm_kb'] / 1024:.0f} MB{' ERROR ' + r['error'] if r['error'] else ''}")
    finally:
        shutil.rmtree(floor_dir, ignore_errors=True)
    return runs


def execution_rows(runs: dict[str, list[dict]]) -> list[Row]:
    rows: list[Row] = []
    floor = [r["total_s"] for r in runs.get("floor", []) if not r["error"]]
    floor_med = median(floor)
    floor_mem = median([r["vmhwm_kb"] for r in runs.get("floor", []) if not r["error"]]) / 1024
    rows.append(Row("execution", "floor (fresh kernel + import cell)", floor_med, "s", fmt_spread(floor, "s", 2),
                    "info (the floor)", None, FLOOR_SOURCE))
    floor_cpu = median([r["cpu_s"] for r in runs.get("floor", []) if not r["error"] and not math.isnan(r["cpu_s"])])
    rows[-1].note += f"; kernel CPU time {floor_cpu:.2f} s"
    names = [k for k in runs if k != "floor"]
    total, total_cpu, failed = 0.0, 0.0, []
    for key in names:
        ok = [r["total_s"] for r in runs[key] if not r["error"]]
        errs = [r["error"] for r in runs[key] if r["error"]]
        if errs:
            failed.append(key)
        med = median(ok) if ok else math.nan
        total += med if ok else 0.0
        ratio = med / floor_med if floor_med else math.nan
        startup = median([r["startup_s"] for r in runs[key] if not math.isnan(r["startup_s"])])
        cpu = [r["cpu_s"] for r in runs[key] if not r["error"] and not math.isnan(r["cpu_s"])]
        total_cpu += median(cpu) if cpu else 0.0
        note = f"{runs[key][0]['cells']} cells; kernel ready after {startup:.2f} s"
        if cpu:
            note += f"; kernel CPU time {median(cpu):.2f} s ({median(cpu) / floor_cpu:.2f}× floor)"
        per_cell = [r["cell_s"] for r in runs[key] if r.get("cell_s") and not r["error"]]
        if per_cell:
            n_cells = min(len(c) for c in per_cell)
            meds = [median([c[i] for c in per_cell]) for i in range(n_cells)]
            per_cpu = [r["cell_cpu_s"] for r in runs[key] if r.get("cell_cpu_s") and not r["error"]]
            cmeds = [median([c[i] for c in per_cpu]) for i in range(n_cells)] if per_cpu else [math.nan] * n_cells
            kinds = runs[key][0].get("cell_kinds") or []
            if kinds and per_cpu:
                by_kind: dict[str, list[float]] = {}
                for i in range(min(n_cells, len(kinds))):
                    by_kind.setdefault(kinds[i], []).append(cmeds[i])
                note += "; kernel CPU by cell kind: " + ", ".join(
                    f"{k} {sum(v):.2f} s ({len(v)})" for k, v in sorted(by_kind.items(), key=lambda kv: -sum(kv[1])))
            slow = sorted(range(n_cells), key=lambda i: -meds[i])[:2]
            note += "; slowest code cells: " + ", ".join(f"#{i + 1} {meds[i]:.2f} s (CPU {cmeds[i]:.2f} s)"
                                                         for i in slow)
        if errs:
            note += f"; ERROR in {len(errs)} of {len(runs[key])} runs: {errs[0]}"
        rows.append(Row("execution", key, med, "s", fmt_spread(ok, "s", 2) + f"; {ratio:.2f}× floor",
                        f"info (≤ {COURSE_EXEC_FACTOR:g}× floor on average)", False if errs else None, note))
    if names:
        budget = COURSE_EXEC_FACTOR * len(names) * floor_med
        ratio = total / (len(names) * floor_med) if floor_med else math.nan
        rows.append(Row("execution", f"whole course ({len(names)} notebooks) ÷ ({len(names)} × floor)", ratio, "×",
                        f"sum of medians {total:.1f} s vs budget {budget:.1f} s", f"≤ {COURSE_EXEC_FACTOR:g}×",
                        (ratio <= COURSE_EXEC_FACTOR) and not failed,
                        f"failing notebooks: {', '.join(failed)}" if failed else ""))
        if floor_cpu:
            cpu_ratio = total_cpu / (len(names) * floor_cpu)
            rows.append(Row("execution", "whole course by kernel CPU time (noise-robust estimate)", cpu_ratio, "×",
                            f"sum of CPU medians {total_cpu:.1f} s vs {len(names)} × floor {floor_cpu:.2f} s",
                            f"info (same {COURSE_EXEC_FACTOR:g}× budget)", None,
                            "CPU time excludes waiting for a busy CPU; wall time is the target figure"))
    else:
        rows.append(Row("execution", "whole course", math.nan, "×", "", f"≤ {COURSE_EXEC_FACTOR:g}×", None,
                        "no notebooks yet"))
    # memory, from the same kernels
    rows.append(Row("memory", "floor kernel peak RSS (VmHWM)", floor_mem, "MB",
                    fmt_spread([r["vmhwm_kb"] / 1024 for r in runs.get("floor", [])], "MB", 0), "info (the floor)", None))
    for key in names:
        mems = [r["vmhwm_kb"] / 1024 for r in runs[key] if not r["error"] and not math.isnan(r["vmhwm_kb"])]
        med = median(mems) if mems else math.nan
        ratio = med / floor_mem if floor_mem and mems else math.nan
        rows.append(Row("memory", f"{key} peak RSS ÷ floor", ratio, "×", f"median {med:.0f} MB; " +
                        fmt_spread(mems, "MB", 0), f"≤ {MEMORY_FACTOR:g}×",
                        None if math.isnan(ratio) else ratio <= MEMORY_FACTOR))
    return rows


# ============================================================================ imports
IMPORT_CHILD = r"""
import importlib, json, sys, time
t = time.perf_counter()
{bare}
bare = time.perf_counter() - t
t = time.perf_counter()
import korea_course
out = {{"bare_s": bare, "korea_course_s": time.perf_counter() - t, "modules": {{}}}}
for name in sys.argv[1:]:
    t = time.perf_counter()
    try:
        importlib.import_module(name)
        out["modules"][name] = time.perf_counter() - t
    except Exception as exc:
        out["modules"][name] = repr(exc)
print("BENCH-JSON " + json.dumps(out))
"""


def import_child(modules: Sequence[str] = (), bare: str = BARE_IMPORTS) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env["MPLBACKEND"] = "Agg"
    code = IMPORT_CHILD.format(bare=bare)
    proc = subprocess.run([sys.executable, "-c", code, *modules], cwd=str(ROOT), env=env, capture_output=True,
                          text=True, timeout=120)
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH-JSON "):
            return json.loads(line[len("BENCH-JSON "):])
    raise RuntimeError(f"import child failed: {proc.stderr[-500:]}")


def run_imports(runs: int) -> dict:
    """Per lesson: korea_course, then that lesson's explorers and exercises modules, each in a
    fresh subprocess after the bare libraries, ``runs`` times (interleaved)."""
    lessons = sorted({n[len("lesson"):] for n in lesson_module_names("explorers") + lesson_module_names("exercises")})
    groups = {lesson: [f"korea_course.{pkg}.lesson{lesson}" for pkg in ("explorers", "exercises")
                       if f"lesson{lesson}" in lesson_module_names(pkg)] for lesson in lessons}
    out: dict[str, Any] = {"korea_course_ms": [], "bare_ms": [], "lessons": {k: {"extra_ms": [], "modules": {}}
                                                                              for k in groups}, "errors": [],
                            "korea_course_on_plot_ms": [], "bare_plot_ms": []}
    for run in range(runs):
        res = import_child((), BARE_PLOT_IMPORTS)
        out["bare_plot_ms"].append(res["bare_s"] * 1000)
        out["korea_course_on_plot_ms"].append(res["korea_course_s"] * 1000)
        for lesson, mods in (groups or {"": []}).items():
            res = import_child(mods)
            out["bare_ms"].append(res["bare_s"] * 1000)
            out["korea_course_ms"].append(res["korea_course_s"] * 1000)
            if not lesson:
                continue
            extra = res["korea_course_s"]
            for name, val in res["modules"].items():
                if isinstance(val, str):
                    out["errors"].append(f"{name}: {val}")
                    continue
                extra += val
                out["lessons"][lesson]["modules"].setdefault(name, []).append(val * 1000)
            out["lessons"][lesson]["extra_ms"].append(extra * 1000)
        log(f"imports run {run + 1}/{runs}: korea_course {out['korea_course_ms'][-1]:.0f} ms")
    return out


def import_rows(res: dict) -> list[Row]:
    """Judged against the libraries a notebook that draws a figure loads anyway.

    ``import matplotlib`` alone does not load ``matplotlib.figure`` and the Agg backend (about
    200 ms); every lesson draws figures, as does any notebook with ``import matplotlib.pyplot``.
    So the target row counts those two modules as part of the bare libraries, and the plain
    "on top of pandas, matplotlib, ipywidgets" figure is reported beside it for transparency.
    """
    rows = [Row("imports", f"bare libraries ({BARE_IMPORTS[7:]})", median(res["bare_ms"]), "ms",
                fmt_spread(res["bare_ms"], "ms", 0), "info (the floor)", None)]
    kc = res["korea_course_ms"]
    mpl_extra = 0.0
    if res.get("korea_course_on_plot_ms"):
        mpl_extra = median(res["bare_plot_ms"]) - median(res["bare_ms"])
        rows.append(Row("imports", "matplotlib.figure + backend_agg (loaded by any notebook that draws)", mpl_extra,
                        "ms", "", "info (part of the floor for the target)", None))
        kp = res["korea_course_on_plot_ms"]
        rows.append(Row("imports", "import korea_course on top of bare + matplotlib.figure/backend_agg", median(kp), "ms",
                        fmt_spread(kp, "ms", 0), f"≤ {IMPORT_EXTRA_MS:.0f} ms", median(kp) <= IMPORT_EXTRA_MS))
    rows.append(Row("imports", "import korea_course on top of pandas, matplotlib, ipywidgets only", median(kc), "ms",
                    fmt_spread(kc, "ms", 0), "info" if mpl_extra else f"≤ {IMPORT_EXTRA_MS:.0f} ms",
                    None if mpl_extra else median(kc) <= IMPORT_EXTRA_MS,
                    "includes matplotlib's own figure machinery" if mpl_extra else ""))
    for lesson, data in res["lessons"].items():
        if not data["extra_ms"]:
            continue
        mods = ", ".join(f"{n.split('.')[-2]} {median(v):.0f} ms" for n, v in data["modules"].items())
        med = median(data["extra_ms"]) - mpl_extra
        rows.append(Row("imports", f"lesson {lesson}: korea_course + its modules (extra on the plotting floor)", med,
                        "ms", fmt_spread([v - mpl_extra for v in data["extra_ms"]], "ms", 0),
                        f"≤ {IMPORT_EXTRA_MS:.0f} ms", med <= IMPORT_EXTRA_MS, mods))
    if res["errors"]:
        rows.append(Row("imports", "module import errors", len(res["errors"]), "", "", "none", False, res["errors"][0]))
    return rows


# ============================================================================ test suite
def suite_commands() -> dict[str, list[str] | None]:
    """The ``make test`` pytest run, without and (if tests/browser exists) with the browser part."""
    dirs = [d for d in NOTEBOOK_DIRS if any((ROOT / d).glob("*.ipynb"))]
    base = [sys.executable, "-m", "pytest", "-q", "tests", *dirs, "--nbval-lax", "--nbval-current-env",
            "--nbval-cell-timeout=120", "--timeout=600"]
    browser = ROOT / "tests" / "browser"
    return {"without browser": base + ["--ignore=tests/browser"],
            "with browser": base if browser.is_dir() else None}


def run_suite(reps: int) -> dict:
    out: dict[str, Any] = {}
    for label, cmd in suite_commands().items():
        if cmd is None:
            out[label] = {"wall_s": [], "note": "n/a: tests/browser does not exist"}
            continue
        out[label] = {"wall_s": [], "exit": [], "summary": "", "cmd": " ".join(cmd[1:])}
        for rep in range(reps):
            env = dict(os.environ, MPLBACKEND="Agg",
                       KOREA_COURSE_PROGRESS=str(Path(tempfile.mkdtemp(prefix="bench-suite-")) / "progress.json"))
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, cwd=str(ROOT), env=env, capture_output=True, text=True)
            out[label]["wall_s"].append(time.perf_counter() - t0)
            out[label]["exit"].append(proc.returncode)
            lines = [ln for ln in proc.stdout.splitlines() if ln.strip()]
            out[label]["summary"] = lines[-1][:160] if lines else proc.stderr[-160:]
            log(f"suite {label} rep {rep + 1}/{reps}: {out[label]['wall_s'][-1]:.1f} s, exit {proc.returncode}")
    return out


def suite_rows(res: dict | None) -> list[Row]:
    if res is None:
        return [Row("suite", "make test (pytest)", math.nan, "s", "", "info", None,
                    "skipped: pass --with-suite (or BENCH_WITH_SUITE=1) to time the test suite")]
    rows = []
    for label, data in res.items():
        if not data["wall_s"]:
            rows.append(Row("suite", f"make test, {label}", math.nan, "s", "", "info", None, data.get("note", "")))
            continue
        failed = any(data["exit"])
        rows.append(Row("suite", f"make test, {label}", median(data["wall_s"]), "s", fmt_spread(data["wall_s"], "s", 1),
                        "info (no target)", None,
                        ("FAILED: " if failed else "") + data["summary"]))
    return rows


# ============================================================================ the report
def render_table(rows: Sequence[Row]) -> str:
    """A markdown table: every figure with its target and whether it is met."""
    head = "| Section | Figure | Value | Spread | Target | Status | Note |\n|---|---|---|---|---|---|---|"
    lines = [head]
    for r in rows:
        cells = [r.section, r.item, r.shown_value(), r.spread, r.target, r.status(), r.note]
        lines.append("| " + " | ".join(str(c).replace("|", "/").replace("\n", " ") for c in cells) + " |")
    return "\n".join(lines)


def tree_fingerprint() -> str:
    """A hash of what the bench measures (package, notebooks, data), to notice edits made mid-run."""
    import hashlib

    digest = hashlib.sha1()
    for pattern in ("korea_course/**/*.py", "notebooks/*.ipynb", "exercises/[0-9]*.ipynb", "course_data/*"):
        for path in sorted(ROOT.glob(pattern)):
            with contextlib.suppress(OSError):
                digest.update(str(path.relative_to(ROOT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def machine_info() -> dict:
    info = {"python": sys.version.split()[0], "platform": platform.platform(), "cpus": os.cpu_count(),
            "tree_start": tree_fingerprint(),
            "when": _dt.datetime.now().isoformat(timespec="seconds")}
    with contextlib.suppress(Exception):
        info["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=str(ROOT), capture_output=True,
                                        text=True).stdout.strip()
    with contextlib.suppress(Exception):
        info["loadavg_start"] = os.getloadavg()
    return info


def build_report(rows: Sequence[Row], raw: dict, info: dict, seconds: float) -> dict:
    targets = [r for r in rows if r.met is not None]
    return {"machine": info, "bench_seconds": seconds,
            "targets_met": sum(1 for r in targets if r.met), "targets_total": len(targets),
            "missed": [f"{r.section}: {r.item}" for r in targets if not r.met],
            "rows": [asdict(r) for r in rows], "raw": raw}


def render_markdown(report: dict, rows: Sequence[Row]) -> str:
    m = report["machine"]
    lines = ["# Course benchmark", "",
             f"{m.get('when')} · commit {m.get('commit', '?')} · Python {m.get('python')} · {m.get('cpus')} CPUs · "
             f"load at start {', '.join(f'{x:.2f}' for x in m.get('loadavg_start', ()))}, at end "
             f"{', '.join(f'{x:.2f}' for x in m.get('loadavg_end', ()))} · bench took "
             f"{report['bench_seconds']:.0f} s", "",
             f"**{report['targets_met']} of {report['targets_total']} targets met.** Ratios are against floors and "
             "baselines measured in this same run.", ""]
    busy = [x for x in (m.get("loadavg_start", (0,))[0], m.get("loadavg_end", (0,))[0]) if x > (m.get("cpus") or 1)]
    if busy:
        lines += [f"> **The machine was busy** (load average {max(busy):.1f} on {m.get('cpus')} CPUs): absolute "
                  "milliseconds are inflated; the ratios against the floors of this run are the figures to trust.", ""]
    if m.get("tree_start") and m.get("tree_end") and m["tree_start"] != m["tree_end"]:
        lines += ["> **The course changed while the bench ran** (package, notebooks or data were edited): "
                  "figures mix two versions; run it again.", ""]
    lines += [render_table(rows), ""]
    if report["missed"]:
        lines += ["## Missed", ""] + [f"- {x}" for x in report["missed"]] + [""]
    return "\n".join(lines)


def _jsonable(obj):
    if isinstance(obj, float) and (math.isnan(obj) or math.isinf(obj)):
        return None
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, (str, int, float, bool)) or obj is None:
        return obj
    return repr(obj)


def write_report(report: dict, markdown: str, out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    md, js = out_dir / f"bench-{stamp}.md", out_dir / f"bench-{stamp}.json"
    md.write_text(markdown, encoding="utf-8")
    js.write_text(json.dumps(_jsonable(report), indent=1), encoding="utf-8")
    shutil.copyfile(md, out_dir / "latest.md")
    shutil.copyfile(js, out_dir / "latest.json")
    return md, js


# ============================================================================ main
SECTIONS = ("execution", "explorers", "checks", "imports")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, default=3, help="repetitions per notebook and per explorer (>= 3 for the report)")
    ap.add_argument("--check-reps", type=int, default=5, help="timings per check case")
    ap.add_argument("--import-runs", type=int, default=5, help="fresh subprocesses per import measurement")
    ap.add_argument("--naive-reps", type=int, default=1,
                    help="repetitions of the naive baseline for explorers other than the timeline (which gets --reps)")
    ap.add_argument("--min-changes", type=int, default=MIN_CHANGES, help="value changes per explorer and repetition")
    ap.add_argument("--cell-timeout", type=float, default=120.0, help="seconds per notebook cell")
    ap.add_argument("--only", default="", help=f"comma-separated subset of {','.join(SECTIONS)}")
    ap.add_argument("--with-suite", action="store_true", default=os.environ.get("BENCH_WITH_SUITE", "") not in ("", "0"),
                    help="also time the make-test pytest runs (slow); BENCH_WITH_SUITE=1 does the same")
    ap.add_argument("--suite-reps", type=int, default=1)
    ap.add_argument("--out", type=Path, default=ROOT / "bench-results")
    ap.add_argument("--fail-on-miss", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()] or list(SECTIONS)
    unknown = set(chosen) - set(SECTIONS) - {"suite"}
    if unknown:
        ap.error(f"unknown sections {sorted(unknown)}")
    if "suite" in chosen:
        args.with_suite = True

    started = time.perf_counter()
    info = machine_info()
    workdir = Path(tempfile.mkdtemp(prefix="bench-"))
    # Nothing the bench does may write the repository's progress file.
    os.environ["KOREA_COURSE_PROGRESS"] = str(workdir / "progress-bench.json")
    rows: list[Row] = []
    raw: dict[str, Any] = {"settings": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}}
    try:
        if "execution" in chosen:
            notebooks = discover_notebooks()
            log(f"execution: floor + {len(notebooks)} notebooks × {args.reps} repetitions")
            runs = run_execution(notebooks, args.reps, args.cell_timeout, workdir)
            raw["execution"] = runs
            rows += execution_rows(runs)
        if "explorers" in chosen:
            specs = discover_explorers()
            runnable = [sp for sp in specs if sp.factory is not None]
            log(f"explorers: floor + {len(runnable)} explorers × {args.reps} repetitions (interleaved)")
            floor, results = run_explorers(runnable, args.reps, args.min_changes, args.naive_reps)
            raw["explorers"] = {"floor": floor, "explorers": results}
            rows += explorer_rows(results, [s for s in specs if s.factory is None], floor)
        if "checks" in chosen:
            from korea_course.exercises import all_exercise_sets

            per_lesson, notes = {}, {}
            for ex in all_exercise_sets():
                log(f"checks: lesson {ex.lesson}")
                ns, note = prepare_namespace(ex.lesson, workdir / f"progress-checks-{ex.lesson}.json")
                cases, problems = cases_for_set(ex, ns)
                per_lesson[ex.lesson] = time_checks(cases, args.check_reps)
                notes[ex.lesson] = [n for n in [note, *problems] if n]
            progress_ms = time_progress_update()
            raw["checks_progress_update_ms"] = progress_ms
            raw["checks"] = {k: {"per_case": v["per_case"], "unexpected": v["unexpected"], "raised": v["raised"],
                                 "notes": notes.get(k, [])} for k, v in per_lesson.items()}
            rows += check_rows(per_lesson, notes, progress_ms) or [Row("checks", "exercise sets", math.nan, "ms", "",
                                                          f"≤ {CHECK_P95_MS:g} ms", None, "no exercise modules yet")]
        if "imports" in chosen:
            log(f"imports: {args.import_runs} runs")
            res = run_imports(args.import_runs)
            raw["imports"] = res
            rows += import_rows(res)
        if args.with_suite:
            res = run_suite(args.suite_reps)
            raw["suite"] = res
            rows += suite_rows(res)
        else:
            rows += suite_rows(None)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    with contextlib.suppress(Exception):
        info["loadavg_end"] = os.getloadavg()
    info["tree_end"] = tree_fingerprint()
    report = build_report(rows, raw, info, time.perf_counter() - started)
    markdown = render_markdown(report, rows)
    md, js = write_report(report, markdown, args.out)
    print(markdown)
    print(f"Report: {md.relative_to(ROOT) if md.is_relative_to(ROOT) else md} and {js.name} (latest.md, latest.json)")
    return 1 if args.fail_on_miss and report["missed"] else 0


if __name__ == "__main__":
    sys.exit(main())

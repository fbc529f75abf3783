"""How fast the course feels, each figure a ratio against a floor measured in the same run
(``make bench``). The machine is shared and noisy, so every notebook and explorer run comes
right after a floor run of its own, a ratio is the median of those paired ratios over the
repetitions, and CPU times (what an idle machine would show) are reported beside wall times.

execution  every lesson and exercise notebook (the lesson registry) in a fresh kernel, against
           the floor: a one-cell notebook importing what the course imports. Whole course
           <= 1.25 x its ten floor kernels; no notebook above 1.4 x. Peak memory <= 1.2 x floor.
explorers  every explorer driven through 30+ value changes generated from its controls, against
           a one-line floor explorer: median <= 1.5 x floor explorer, p95 <= 50 ms.
checks     ``check()`` (the progress write included, display switched off) on every question with
           its solution, each misconception and junk: p95 <= 5 ms.
imports    ``korea_course`` plus one lesson's modules, in a fresh interpreter, on top of the
           plotting floor (pandas, matplotlib with its figure machinery, ipywidgets): <= 100 ms.
suite      (--with-suite) wall time of the ``make test`` pytest run; information only.

Writes bench-results/bench-<time>.{md,json} and bench-results/latest.{md,json}; exits 1 on a
missed target only with --fail-on-miss.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("MPLBACKEND", "Agg")

from korea_course.lessons import LESSONS, all_notebooks  # noqa: E402
from korea_course.runner import code_cells, read, run_in_kernel, run_in_process, kernel_env  # noqa: E402

FLOOR_SOURCE = "import pandas, matplotlib, ipywidgets, korea_course"
PLOT_FLOOR = "import pandas, matplotlib, ipywidgets, matplotlib.figure, matplotlib.backends.backend_agg"
COURSE_RATIO, NOTEBOOK_RATIO, MEMORY_RATIO = 1.25, 1.4, 1.2
EXPLORER_RATIO, EXPLORER_P95_MS = 1.5, 50.0
CHECK_P95_MS, IMPORT_EXTRA_MS = 5.0, 100.0
JUNK = (None, "", [], object())


LOADS: list[float] = []  # the 1-minute load average, sampled at every log line


def log(msg: str) -> None:
    LOADS.append(os.getloadavg()[0])
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def p95(values: Sequence[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) > 1 else values[0]


def spread(values: Sequence[float], unit: str, digits: int = 1) -> str:
    return f"n={len(values)}, {min(values):.{digits}f}–{max(values):.{digits}f} {unit}" if values else ""


@dataclass
class Row:
    """One reported figure; ``met`` is None for information, else whether its target is met."""

    section: str
    item: str
    value: float
    unit: str
    spread: str = ""
    target: str = "info"
    met: bool | None = None
    note: str = ""


def judged(section: str, item: str, value: float, unit: str, limit: float, spread_: str = "", note: str = "") -> Row:
    shown = f"≤ {limit:g}×" if unit == "×" else f"≤ {limit:g} {unit}"
    return Row(section, item, value, unit, spread_, shown, bool(value <= limit), note)


# ============================================================================ execution
def run_execution(reps: int, cell_timeout: float, workdir: Path) -> dict[str, list[tuple]]:
    """Per repetition, each notebook right after a floor kernel of its own (ten notebooks, ten
    floor kernels), the order reversed every other repetition: a slow spell of the shared
    machine hits a notebook and its floor alike. Returns {notebook: [(run, its floor run), …]}."""
    import nbformat

    floor = workdir / "floor.ipynb"
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_SOURCE)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, str(floor))
    notebooks = [p for p in all_notebooks() if p.exists()]
    runs: dict[str, list[tuple]] = {}
    for rep in range(reps):
        for path in notebooks if rep % 2 == 0 else notebooks[::-1]:
            key = path.relative_to(ROOT).as_posix()
            pair = [run_in_kernel(p, env=kernel_env(workdir / f"progress-{rep}-{p.stem}.json"),
                                  cell_timeout=cell_timeout) for p in (floor, path)]
            runs.setdefault(key, []).append((pair[1], pair[0]))
            log(f"exec {rep + 1}/{reps} {key}: {pair[1].seconds:.2f} s, floor {pair[0].seconds:.2f} s"
                + (f" ERROR {pair[1].error or pair[0].error}" if pair[1].error or pair[0].error else ""))
    return runs


def where_time_goes(path: Path, runs: list, floor: list) -> str:
    """A notebook's median cell times by kind, against the floor's one import cell."""
    cells = code_cells(read(ROOT / path))
    n = min(len(r.cell_s) for r in runs)
    med = [statistics.median(r.cell_s[i] for r in runs) for i in range(n)]
    kinds: dict[str, list[float]] = {}
    for i in range(1, n):
        src = cells[i][1].source
        kind = "explorer" if "_explorer(" in src else "figure" if "figure(" in src else "other"
        kinds.setdefault(kind, []).append(med[i])
    slowest = max(range(n), key=med.__getitem__)
    return (f"setup cell {med[0]:.2f} s (floor's import cell {statistics.median(r.cell_s[0] for r in floor):.2f} s); "
            + ", ".join(f"{len(v)} {k} cells {sum(v):.2f} s" for k, v in sorted(kinds.items()))
            + f"; slowest cell {cells[slowest][0] + 1} ({med[slowest]:.2f} s)")


def execution_rows(runs: dict[str, list[tuple]]) -> list[Row]:
    """Each notebook: the median of its runs' ratios to their own floor kernel. The whole
    course: per repetition, all notebooks over all their floor kernels; the median of those."""
    floor = [f for pairs in runs.values() for _, f in pairs if not f.error]
    floor_cpu = statistics.median(r.cpu_s for r in floor)
    floor_mb = statistics.median(r.peak_rss_mb for r in floor)
    rows = [Row("execution", "floor: fresh kernel + import cell", statistics.median(r.seconds for r in floor), "s",
                spread([r.seconds for r in floor], "s", 2),
                note=f"`{FLOOR_SOURCE}`; kernel ready after {statistics.median(r.startup_s for r in floor):.2f} s; "
                     f"kernel CPU {floor_cpu:.2f} s"),
            Row("memory", "floor kernel peak RSS (VmHWM)", floor_mb, "MB", spread([r.peak_rss_mb for r in floor], "MB", 0))]
    failed = sorted(key for key, pairs in runs.items() if any(r.error or f.error for r, f in pairs))
    reps = min(len(pairs) for pairs in runs.values())
    whole = [sum(pairs[i][0].seconds for pairs in runs.values()) / sum(pairs[i][1].seconds for pairs in runs.values())
             for i in range(reps)]
    whole_cpu = sum(statistics.median(r.cpu_s for r, _ in pairs) for pairs in runs.values()) / (len(runs) * floor_cpu)
    for key, pairs in runs.items():
        ok = [(r, f) for r, f in pairs if not (r.error or f.error)]
        if not ok:
            rows.append(Row("execution", f"{key} ÷ floor", float("nan"), "×", target=f"≤ {NOTEBOOK_RATIO:g}×", met=False,
                            note=f"ERROR: {next(r.error or f.error for r, f in pairs)}"))
            continue
        ratios = [r.seconds / f.seconds for r, f in ok]
        cpu = statistics.median(r.cpu_s for r, _ in ok)
        note = (f"{statistics.median(r.seconds for r, _ in ok):.2f} s; kernel CPU {cpu / floor_cpu:.2f}× floor; "
                + where_time_goes(Path(key), [r for r, _ in ok], [f for _, f in ok]))
        if key in failed:
            note += f"; ERROR in {len(pairs) - len(ok)} runs: {next(r.error or f.error for r, f in pairs if r.error or f.error)}"
        rows.append(judged("execution", f"{key} ÷ floor", statistics.median(ratios), "×", NOTEBOOK_RATIO,
                           f"n={len(ratios)}, ratios {min(ratios):.2f}–{max(ratios):.2f}", note))
        rows[-1].met = rows[-1].met and key not in failed
        rows.append(judged("memory", f"{key} peak RSS ÷ floor", statistics.median(r.peak_rss_mb for r, _ in ok) / floor_mb,
                           "×", MEMORY_RATIO, spread([r.peak_rss_mb for r, _ in ok], "MB", 0)))
    n = len(runs)
    rows.append(judged("execution", f"whole course: {n} notebooks ÷ {n} floor kernels", statistics.median(whole), "×",
                       COURSE_RATIO, f"n={len(whole)} repetitions, {min(whole):.2f}–{max(whole):.2f}×",
                       f"by kernel CPU time (noise-robust): {whole_cpu:.2f}×"
                       + (f"; failing: {', '.join(failed)}" if failed else "")))
    rows[-1].met = rows[-1].met and not failed
    return rows


# ============================================================================ explorers
def control_values(control) -> list:
    """Values a student might pick, from the control's type, ending at its start value."""
    import ipywidgets as w

    start, out = control.value, []
    if isinstance(control, (w.IntRangeSlider, w.FloatRangeSlider)):
        lo, hi = control.min, control.max
        cast = int if isinstance(control, w.IntRangeSlider) else float
        for width in (0.5, 0.25, 0.1):
            for k in range(3):
                a = lo + (hi - lo) * (1 - width) * k / 2
                out.append((cast(round(a)) if cast is int else a, cast(round(a + (hi - lo) * width)) if cast is int
                            else a + (hi - lo) * width))
        out.append((lo, lo + control.step))
    elif isinstance(control, w.SelectMultiple):
        opts = [o[1] if isinstance(o, tuple) else o for o in control.options]
        out += [(o,) for o in opts] + [tuple(opts[: len(opts) // 2 or 1]), ()]
    elif isinstance(control, (w.Dropdown, w.RadioButtons, w.ToggleButtons, w.Select, w.SelectionSlider)):
        out += [o[1] if isinstance(o, tuple) else o for o in control.options]
    elif isinstance(control, (w.Checkbox, w.ToggleButton)):
        out += [not start, start]
    elif isinstance(control, (w.IntSlider, w.FloatSlider)):
        cast = int if isinstance(control, w.IntSlider) else float
        out += [cast(control.min + (control.max - control.min) * k / 7) for k in range(8)]
    return out + [start] if out else []


def same(a, b) -> bool:
    return tuple(a) == tuple(b) if isinstance(a, (tuple, list)) else a == b


def change_plan(controls: dict, min_changes: int = 30, limit: int | None = None) -> list[tuple[str, Any]]:
    """(control, value) pairs, one control at a time, swept forwards then backwards until at
    least ``min_changes`` of them change a value (setting the current value fires nothing)."""
    sweep = [(name, v) for name, c in controls.items() for v in control_values(c)]
    state = {name: c.value for name, c in controls.items()}
    plan: list[tuple[str, Any]] = []
    for round_ in range(20):
        if len(plan) >= min_changes or not sweep:
            break
        for name, value in (sweep if round_ % 2 == 0 else sweep[::-1]):
            if not same(value, state[name]):
                plan.append((name, value))
                state[name] = value
    return plan[:limit] if limit else plan


def floor_explorer():
    """The cheapest explorer with a figure: one year-range slider, one line updated in place."""
    import numpy as np
    import pandas as pd

    from korea_course.widgets import Explorer, View, persistent, year_range_slider

    years = np.arange(2000, 2025)
    frame = pd.DataFrame({"year": years, "value": np.sin(years / 3.0) * 10 + 20})

    class Line:
        def __init__(self, fig):
            self.ax = fig.add_subplot()
            (self.line,) = self.ax.plot([], [], marker="o")
            self.ax.set(xlabel="Year", ylim=(0, 35))

        def update(self, shown):
            self.line.set_data(shown["year"], shown["value"])
            self.ax.set_xlim(shown["year"].min() - 0.5, shown["year"].max() + 0.5)

    def compute(years):
        shown = frame[frame["year"].between(*years)]
        return View(f"{len(shown)} points from {years[0]} to {years[1]}.", table=shown.head(5),
                    draw=lambda fig: persistent(fig, "line", Line).update(shown))

    return Explorer("Floor explorer", {"years": year_range_slider(2000, 2024)}, compute, clear_figure=False)


def drive_explorer(factory: Callable, min_changes: int = 30, limit: int | None = None) -> dict:
    """Build the explorer and drive it through its change plan: wall ms from each assignment to
    the end of its callback, with the compute and PNG parts, and any error it reported."""
    import korea_course.widgets as kw

    gc.collect()
    ex = factory()
    out: dict[str, Any] = {"ms": [], "cpu_ms": [], "compute_ms": [], "png_ms": [], "errors": [],
                           "controls": {k: type(c).__name__ for k, c in ex.controls.items()}}
    compute, png = ex.compute, kw.figure_png

    def timed(fn, into):
        def wrapper(*a, **k):
            t0 = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                out[into].append((time.perf_counter() - t0) * 1000)
        return wrapper

    ex.compute, kw.figure_png = timed(compute, "compute_ms"), timed(png, "png_ms")
    try:
        for name, value in change_plan(ex.controls, min_changes, limit):
            fired = len(ex.timings_ms)
            c0, t0 = time.process_time(), time.perf_counter()
            ex.controls[name].value = value
            if len(ex.timings_ms) > fired:
                out["ms"].append((time.perf_counter() - t0) * 1000)
                out["cpu_ms"].append((time.process_time() - c0) * 1000)
                if ex.error:
                    out["errors"].append(f"{name}={value!r}: {ex.error}")
    finally:
        kw.figure_png = png
    return out


def run_explorers(reps: int, min_changes: int) -> dict[str, dict]:
    """Per repetition, every explorer right after a floor-explorer run of its own (a slow spell
    hits both). Returns each explorer's pooled timings plus "ratios": its median over its
    floor's median, one per repetition; "floor" pools every floor run."""
    from korea_course.explorers import explorer_factories

    pooled: dict[str, dict] = {}

    def drive(name, factory):
        try:
            res = drive_explorer(factory, min_changes)
        except Exception as exc:
            res = {"ms": [], "errors": [f"failed: {type(exc).__name__}: {exc}"]}
        into = pooled.setdefault(name, {"ms": [], "cpu_ms": [], "compute_ms": [], "png_ms": [], "errors": [],
                                        "ratios": []})
        for key in into:
            into[key] += res.get(key, [])
        return statistics.median(res["ms"]) if res["ms"] else float("nan")

    for rep in range(reps):
        for name, factory in explorer_factories():
            floor_ms = drive("floor", floor_explorer)
            ms = drive(name, factory)
            pooled[name]["ratios"].append(ms / floor_ms)
        log(f"explorers {rep + 1}/{reps}: floor explorer median {statistics.median(pooled['floor']['ms']):.1f} ms")
    return pooled


def explorer_rows(pooled: dict[str, dict]) -> list[Row]:
    floor = pooled.pop("floor")
    rows = [Row("explorers", "floor explorer (one line, updated in place) median", statistics.median(floor["ms"]), "ms",
                spread(floor["ms"], "ms"), note=f"p95 {p95(floor['ms']):.1f} ms; CPU time median "
                f"{statistics.median(floor['cpu_ms']):.1f} ms, p95 {p95(floor['cpu_ms']):.1f} ms; compute "
                f"{statistics.median(floor['compute_ms']):.1f} ms, PNG {statistics.median(floor['png_ms']):.1f} ms")]
    for name, r in pooled.items():
        ratios = [x for x in r["ratios"] if x == x]
        if not r["ms"] or not ratios:
            rows.append(Row("explorers", name, float("nan"), "ms", target="drivable", met=False, note=r["errors"][0]))
            continue
        med = statistics.median(r["ms"])
        parts = (f"median {med:.1f} ms (CPU {statistics.median(r['cpu_ms']):.1f} ms); compute "
                 f"{statistics.median(r['compute_ms']):.1f} ms"
                 + (f", PNG {statistics.median(r['png_ms']):.1f} ms" if r["png_ms"] else ", no figure"))
        if r["errors"]:
            parts += f"; ERRORS on {len(r['errors'])} values, e.g. {r['errors'][0]}"
        rows.append(judged("explorers", f"{name} median ÷ floor explorer", statistics.median(ratios), "×",
                           EXPLORER_RATIO, f"n={len(ratios)} repetitions, {min(ratios):.2f}–{max(ratios):.2f}×", parts))
        rows.append(judged("explorers", f"{name} p95", p95(r["ms"]), "ms", EXPLORER_P95_MS,
                           f"n={len(r['ms'])}, max {max(r['ms']):.0f} ms",
                           f"CPU time p95 {p95(r['cpu_ms']):.1f} ms (what an idle machine would show)"))
        rows[-1].met = rows[-1].met and not r["errors"]
    return rows


# ============================================================================ checks
@contextlib.contextmanager
def display_off():
    """What check() shows is not what is measured: IPython's display becomes a no-op."""
    import IPython.core.display_functions as df
    import IPython.display as ipd

    saved = ipd.display, df.display
    ipd.display = df.display = lambda *a, **k: None
    try:
        yield
    finally:
        ipd.display, df.display = saved


def check_cases(exercise_set, namespace: dict) -> list[tuple[Any, Any]]:
    """(question, value): its solution's value, each misconception's, and junk."""
    cases = []
    ns = dict(namespace)
    for q in exercise_set.questions:
        exec(compile(q.solution_code, f"<solution {q.id}>", "exec"), ns)
        cases.append((q, ns[q.var]))
        for m in q.misconceptions:
            if m.code:
                exec(compile(m.code, f"<misconception {m.id}>", "exec"), ns)
            cases.append((q, ns[q.var] if m.code else m.example))
        cases += [(q, junk) for junk in JUNK]
    return cases


def time_checks(exercise_set, namespace: dict, reps: int) -> dict[str, list[float]]:
    """Wall and CPU ms per ``check()`` of each case, ``reps`` times, the progress file written each time."""
    out: dict[str, list[float]] = {"ms": [], "cpu_ms": []}
    with display_off():
        for q, value in check_cases(exercise_set, namespace):
            namespace[q.var] = value
            for _ in range(reps):
                c0, t0 = time.process_time(), time.perf_counter()
                namespace[q.id].check()
                out["ms"].append((time.perf_counter() - t0) * 1000)
                out["cpu_ms"].append((time.process_time() - c0) * 1000)
    return out


def run_checks(reps: int, workdir: Path) -> dict[str, list[float]]:
    from korea_course import progress

    timed = {}
    for lesson in LESSONS:
        if not lesson.exercise_notebook.exists():
            continue
        env = {"KOREA_COURSE_PROGRESS": str(workdir / f"progress-checks-{lesson.number}.json")}
        with display_off():  # the notebook as shipped: its data cells and its q1, q2 … (setup)
            run = run_in_process(lesson.exercise_notebook, env=env)
        os.environ.update(env)
        timed[lesson.number] = time_checks(lesson.exercises(), run.namespace, reps)
        log(f"checks lesson {lesson.number}: {len(timed[lesson.number]['ms'])} timings")
    writes: dict[str, list[float]] = {"ms": [], "cpu_ms": []}
    for i in range(50):
        c0, t0 = time.process_time(), time.perf_counter()
        progress.update("bench", f"q{i % 5}", add_attempt=True, status="incorrect", last_answer=str(i))
        writes["ms"].append((time.perf_counter() - t0) * 1000)
        writes["cpu_ms"].append((time.process_time() - c0) * 1000)
    timed["progress.update"] = writes
    return timed


def check_rows(timed: dict[str, dict[str, list[float]]]) -> list[Row]:
    writes = timed.pop("progress.update")
    rows = [Row("checks", "progress.update alone (lock, read, atomic write, fsync)", statistics.median(writes["ms"]),
                "ms", spread(writes["ms"], "ms", 2), note=f"p95 {p95(writes['ms']):.2f} ms, CPU time p95 "
                f"{p95(writes['cpu_ms']):.2f} ms (the rest is waiting for the disk); part of every check()")]
    for lesson, t in timed.items():
        rows.append(judged("checks", f"lesson {lesson} check() p95", p95(t["ms"]), "ms", CHECK_P95_MS,
                           spread(t["ms"], "ms", 2), f"median {statistics.median(t['ms']):.2f} ms; CPU time p95 "
                           f"{p95(t['cpu_ms']):.2f} ms"))
    return rows


# ============================================================================ imports
IMPORT_CHILD = """
import importlib, sys, time
{floor}
t = time.perf_counter()
for name in sys.argv[1:]:
    importlib.import_module(name)
print("BENCH-MS", (time.perf_counter() - t) * 1000)
"""


def import_ms(modules: Sequence[str], floor: str = PLOT_FLOOR) -> float:
    """ms to import ``modules`` in a fresh interpreter that has imported ``floor`` already."""
    env = dict(os.environ, MPLBACKEND="Agg", PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-c", IMPORT_CHILD.format(floor=floor), *modules], cwd=str(ROOT),
                          env=env, capture_output=True, text=True, timeout=120)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("BENCH-MS ")]
    if not lines:
        raise RuntimeError(f"importing {modules} failed: {proc.stderr[-400:]}")
    return float(lines[0].split()[1])


def run_imports(runs: int) -> dict[str, list[float]]:
    groups = {"korea_course": ["korea_course"]}
    for lesson in LESSONS:
        groups[f"lesson {lesson.number}"] = ["korea_course", lesson.explorer_module, lesson.exercise_module]
    out: dict[str, list[float]] = {name: [] for name in groups}
    for run in range(runs):
        for name, modules in groups.items():
            out[name].append(import_ms(modules))
        log(f"imports {run + 1}/{runs}")
    return out


def import_rows(res: dict[str, list[float]]) -> list[Row]:
    return [judged("imports", f"{name}{' (with its explorer and exercise modules)' if name != 'korea_course' else ''}"
                   " on top of the plotting floor", statistics.median(ms), "ms", IMPORT_EXTRA_MS, spread(ms, "ms", 0),
                   f"floor: `{PLOT_FLOOR}`") for name, ms in res.items()]


# ============================================================================ suite and report
def suite_rows(reps: int) -> list[Row]:
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests", "notebooks", "exercises",
           "--nbval-lax", "--nbval-current-env", "--nbval-cell-timeout=120", "--timeout=600"]
    rows = []
    for label, extra in (("without browser", ["--ignore=tests/browser"]), ("with browser", [])):
        times, last = [], ""
        for _ in range(reps):
            env = dict(os.environ, MPLBACKEND="Agg",
                       KOREA_COURSE_PROGRESS=str(Path(tempfile.mkdtemp(prefix="bench-suite-")) / "progress.json"))
            t0 = time.perf_counter()
            proc = subprocess.run(cmd + extra, cwd=str(ROOT), env=env, capture_output=True, text=True)
            times.append(time.perf_counter() - t0)
            last = ("FAILED: " if proc.returncode else "") + (proc.stdout.strip().splitlines() or [""])[-1][:160]
            log(f"suite {label}: {times[-1]:.0f} s, exit {proc.returncode}")
        rows.append(Row("suite", f"make test, {label}", statistics.median(times), "s", spread(times, "s", 0), note=last))
    return rows


def shown(row: Row) -> str:
    if row.value != row.value:  # NaN
        return "n/a"
    return f"{row.value:.2f}×" if row.unit == "×" else f"{row.value:.{2 if row.unit == 's' else 1}f} {row.unit}"


def render(rows: Sequence[Row], info: dict) -> str:
    targets = [r for r in rows if r.met is not None]
    missed = [r for r in targets if not r.met]
    lines = ["# Course benchmark", "",
             " · ".join(f"{k} {v}" for k, v in info.items()), "",
             f"**{len(targets) - len(missed)} of {len(targets)} targets met.** Each ratio compares a run with a floor "
             "run right before it, in this same run; a ratio is the median over repetitions.", ""]
    if max(LOADS, default=0) > (os.cpu_count() or 1):
        lines += [f"> The machine was busy (load average up to {max(LOADS):.1f} on {os.cpu_count()} CPUs): absolute "
                  "milliseconds are inflated by waiting for a CPU or the disk; the CPU-time figures in the notes show "
                  "the work itself.", ""]
    lines += ["| Section | Figure | Value | Spread | Target | Status | Note |", "|---|---|---|---|---|---|---|"]
    for r in rows:
        status = {True: "met", False: "MISSED", None: "info"}[r.met]
        cells = [r.section, r.item, shown(r), r.spread, r.target, status, r.note]
        lines.append("| " + " | ".join(str(c).replace("|", "/") for c in cells) + " |")
    if missed:
        lines += ["", "## Missed", ""] + [f"- {r.section}: {r.item}: {shown(r)} ({r.target}). {r.note}" for r in missed]
    return "\n".join(lines) + "\n"


def write_report(rows: Sequence[Row], info: dict, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    md = out_dir / f"bench-{stamp}.md"
    md.write_text(render(rows, info), encoding="utf-8")
    data = {"machine": info, "rows": [asdict(r) | {"value": None if r.value != r.value else r.value} for r in rows]}
    (out_dir / f"bench-{stamp}.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    shutil.copyfile(md, out_dir / "latest.md")
    shutil.copyfile(out_dir / f"bench-{stamp}.json", out_dir / "latest.json")
    return md


SECTIONS = ("execution", "explorers", "checks", "imports", "suite")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exec-reps", type=int, default=7, help="fresh-kernel runs of each notebook (default 7)")
    ap.add_argument("--reps", type=int, default=5, help="runs of each explorer, 30+ changes each (default 5)")
    ap.add_argument("--check-reps", type=int, default=5, help="timings per check case")
    ap.add_argument("--import-runs", type=int, default=11, help="fresh interpreters per import figure")
    ap.add_argument("--min-changes", type=int, default=30, help="value changes per explorer and run")
    ap.add_argument("--cell-timeout", type=float, default=120.0)
    ap.add_argument("--only", default="execution,explorers,checks,imports", help=f"a subset of {','.join(SECTIONS)}")
    ap.add_argument("--with-suite", action="store_true", help="also time the make-test pytest run (slow)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench-results")
    ap.add_argument("--fail-on-miss", action="store_true")
    args = ap.parse_args(argv)
    chosen = {s.strip() for s in args.only.split(",") if s.strip()} | ({"suite"} if args.with_suite else set())
    if chosen - set(SECTIONS):
        ap.error(f"unknown sections {sorted(chosen - set(SECTIONS))}")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    info = {"when": time.strftime("%Y-%m-%d %H:%M"), "commit": commit.strip(), "python": platform.python_version(),
            "cpus": os.cpu_count()}
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="bench-"))
    os.environ["KOREA_COURSE_PROGRESS"] = str(workdir / "progress.json")  # never the repository's
    rows: list[Row] = []
    try:
        if "execution" in chosen:
            rows += execution_rows(run_execution(args.exec_reps, args.cell_timeout, workdir))
        if "explorers" in chosen:
            rows += explorer_rows(run_explorers(args.reps, args.min_changes))
        if "checks" in chosen:
            rows += check_rows(run_checks(args.check_reps, workdir))
        if "imports" in chosen:
            rows += import_rows(run_imports(args.import_runs))
        if "suite" in chosen:
            rows += suite_rows(1)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    info["load average during the run"] = f"{min(LOADS, default=0):.1f}–{max(LOADS, default=0):.1f}"
    info["bench took"] = f"{time.perf_counter() - started:.0f} s"
    md = write_report(rows, info, args.out)
    print(md.read_text(encoding="utf-8"))
    return 1 if args.fail_on_miss and any(r.met is False for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())

"""Run a course notebook's code cells: the one runner of the tests, the benchmark and the
instructor build (nbval, run by ``make test``, is the other way notebooks are executed).

Two modes:

``run_in_process``  every code cell in one fresh IPython shell in this process. A fraction of a
                    second per notebook (no kernel start): the exercise-build tests run the
                    notebooks as shipped, with solutions and with misconceptions this way.
``run_in_kernel``   a fresh Jupyter kernel, as a student gets. Per-cell wall and CPU times, the
                    kernel's peak memory, and (``keep_outputs``) the outputs written into the
                    notebook. It polls for each execute reply instead of blocking on it: with
                    widget cells a blocking wait can hang for good (nbclient issue 312).

Both skip cells tagged ``skip-execution``; ``run_in_kernel`` tolerates an error in a cell tagged
``raises-exception``. Only the test tools import this module (the course never does), and it
imports nbformat and jupyter_client only when called.
"""
from __future__ import annotations

import contextlib
import io
import os
import queue
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

ROOT = Path(__file__).resolve().parent.parent
ANSWER_TAG_PREFIX = "answer-"


def read(path: Path):
    import nbformat

    return nbformat.read(str(path), as_version=4)


def _tags(cell) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def code_cells(nb) -> list[tuple[int, object]]:
    """(index, cell) of every code cell that is run: not empty, not tagged ``skip-execution``."""
    return [(i, c) for i, c in enumerate(nb.cells)
            if c.cell_type == "code" and c.source.strip() and "skip-execution" not in _tags(c)]


def answer_cells(nb) -> dict[str, int]:
    """Question id -> index of the cell tagged ``answer-<id>``."""
    return {tag[len(ANSWER_TAG_PREFIX):]: i for i, cell in enumerate(nb.cells)
            for tag in _tags(cell) if tag.startswith(ANSWER_TAG_PREFIX)}


def with_answers(nb, replace: Mapping[str, str] | None):
    """``nb`` with the answer cells of the given question ids replaced by new sources."""
    cells = answer_cells(nb)
    unknown = set(replace or {}) - set(cells)
    if unknown:
        raise KeyError(f"no answer cell for {sorted(unknown)}")
    for qid, source in (replace or {}).items():
        nb.cells[cells[qid]].source = source
    return nb


@contextlib.contextmanager
def _environment(env: Mapping[str, str] | None, cwd: Path):
    old_env = {k: os.environ.get(k) for k in (env or {})}
    old_cwd = Path.cwd()
    os.environ.update(env or {})
    os.chdir(cwd)
    try:
        yield
    finally:
        os.chdir(old_cwd)
        for k, v in old_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# ============================================================================ in process
@dataclass
class RunResult:
    namespace: dict
    outputs: list[str] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)


def _shell():
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    shell.reset(new_session=True)
    shell.custom_exceptions = ()
    shell._korea_course_friendly = False
    return shell


def run_in_process(path: Path, *, replace: Mapping[str, str] | None = None, cwd: Path | None = None,
                   env: Mapping[str, str] | None = None, stop_on_error: bool = False) -> RunResult:
    """Execute every code cell in a fresh shell namespace (Agg backend, output captured);
    ``replace`` maps question ids to new answer-cell sources."""
    try:
        nb = with_answers(read(path), replace)
    except KeyError as exc:
        raise KeyError(f"{path.name}: {exc.args[0]}") from None
    shell = _shell()
    result = RunResult(namespace=shell.user_ns)
    with _environment(env, cwd or path.parent):
        import matplotlib

        matplotlib.use("Agg", force=True)
        for index, cell in code_cells(nb):
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
                outcome = shell.run_cell(cell.source, store_history=False, silent=False)
            result.outputs.append(buffer.getvalue())
            if not outcome.success:
                error = outcome.error_in_exec or outcome.error_before_exec
                result.errors.append((index, f"{type(error).__name__}: {error}\n{buffer.getvalue()[-2000:]}"))
                if stop_on_error:
                    break
    return result


# ============================================================================ in a kernel
@dataclass
class KernelRun:
    """One notebook run in a fresh kernel. Times in seconds; ``error`` is "" when every cell ran."""

    name: str
    seconds: float = float("nan")        # kernel start to the last reply
    startup_s: float = float("nan")      # kernel start to ready
    cell_s: list[float] = field(default_factory=list)
    cell_cpu_s: list[float] = field(default_factory=list)
    cpu_s: float = float("nan")          # the kernel's CPU time, start to end (robust to a busy machine)
    peak_rss_mb: float = float("nan")    # the kernel's VmHWM
    error: str = ""


def kernel_env(progress_file: Path | None = None, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This environment for a kernel: the course importable from this checkout, progress written
    to ``progress_file``, the kernel's own (inline) matplotlib backend as a student has."""
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    if progress_file is not None:
        env["KOREA_COURSE_PROGRESS"] = str(progress_file)
    env.update(extra or {})
    return env


def _proc(pid: int | None, what: str) -> float:
    """The kernel's CPU seconds ("cpu") or peak RSS in MB ("rss") from /proc; NaN elsewhere."""
    try:
        if what == "cpu":
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError, TypeError):
        pass
    return float("nan")


def run_in_kernel(notebook, *, cwd: Path | None = None, env: Mapping[str, str] | None = None,
                  cell_timeout: float = 120.0, startup_timeout: float = 60.0, poll: float = 0.1,
                  keep_outputs: bool = False) -> KernelRun:
    """Run ``notebook`` (a path or a NotebookNode) in a fresh ``python3`` kernel, cell by cell,
    stopping at the first error. ``env`` defaults to ``kernel_env()`` with progress written to a
    throwaway file. ``keep_outputs`` writes outputs and execution counts into the notebook."""
    import nbformat
    from jupyter_client import KernelManager

    path = Path(notebook) if isinstance(notebook, (str, Path)) else None
    nb = read(path) if path else notebook
    run = KernelRun(name=path.name if path else nb.metadata.get("title", "notebook"))
    cwd = cwd or (path.parent if path else Path.cwd())
    with tempfile.TemporaryDirectory(prefix="course-kernel-") as scratch:
        env = dict(env) if env is not None else kernel_env(Path(scratch) / "progress.json")
        km = KernelManager(kernel_name="python3")
        t0 = time.perf_counter()
        with open(Path(scratch) / "kernel.log", "wb") as log:
            km.start_kernel(cwd=str(cwd), env=env, stderr=log)
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=startup_timeout)
            run.startup_s = time.perf_counter() - t0
            pid = getattr(km.provisioner, "pid", None) or getattr(getattr(km.provisioner, "process", None), "pid", None)
            cpu = _proc(pid, "cpu")
            for index, cell in code_cells(nb):
                c0 = time.perf_counter()
                msg_id = kc.execute(cell.source, store_history=True, allow_stdin=False, stop_on_error=True)
                outputs = [] if keep_outputs else None
                reply = _poll_reply(km, kc, msg_id, cell_timeout, poll, outputs)
                run.cell_s.append(time.perf_counter() - c0)
                now = _proc(pid, "cpu")
                run.cell_cpu_s.append(now - cpu)
                cpu = now
                if keep_outputs:
                    cell.outputs = [nbformat.from_dict(o) for o in outputs]
                    if not isinstance(reply, str):
                        cell.execution_count = reply["content"].get("execution_count")
                if isinstance(reply, str):
                    run.error = f"cell {index + 1}: {reply}"
                    break
                content = reply["content"]
                if content.get("status") == "error" and "raises-exception" not in _tags(cell):
                    run.error = f"cell {index + 1}: {content.get('ename')}: {content.get('evalue', '')[:300]}"
                    break
            run.seconds = time.perf_counter() - t0
            run.cpu_s, run.peak_rss_mb = _proc(pid, "cpu"), _proc(pid, "rss")
        except Exception as exc:
            run.error = run.error or f"{type(exc).__name__}: {exc}"
        finally:
            kc.stop_channels()
            with contextlib.suppress(Exception):
                km.shutdown_kernel(now=True)
    return run


def _poll_reply(km, kc, msg_id: str, timeout: float, poll: float, outputs: list | None):
    """The execute reply to ``msg_id`` (or a string saying why there is none), gathering the
    cell's outputs from iopub into ``outputs`` on the way (until the kernel is idle again)."""
    deadline = time.perf_counter() + timeout
    idle = False
    while True:
        idle = _drain_iopub(kc, msg_id, outputs) or idle
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
            settle = time.perf_counter() + 5.0
            while outputs is not None and not idle and time.perf_counter() < settle:
                idle = _drain_iopub(kc, msg_id, outputs, wait=poll)
            return msg


def _drain_iopub(kc, msg_id: str, outputs: list | None, wait: float = 0) -> bool:
    """Read what iopub holds (waiting up to ``wait`` s for the first message); keep the outputs
    of ``msg_id`` in ``outputs``. True when the kernel said it is idle after ``msg_id``."""
    from nbformat.v4 import output_from_msg

    idle = False
    while True:
        try:
            msg = kc.get_iopub_msg(timeout=wait)
        except queue.Empty:
            return idle
        wait = 0
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if kind == "status":
            idle = idle or content.get("execution_state") == "idle"
        elif outputs is None:
            continue
        elif kind == "clear_output":
            outputs.clear()
        elif kind in ("stream", "display_data", "execute_result", "error"):
            out = output_from_msg(msg)
            if kind == "stream" and outputs and outputs[-1].get("output_type") == "stream" \
                    and outputs[-1].get("name") == out.get("name"):
                outputs[-1]["text"] += out["text"]
            else:
                outputs.append(out)

"""Shared test set-up: nothing a test does may touch the repository's progress file, nothing
reaches the network, figures use the Agg backend, and tests/ is importable (notebook_runner).

Also shared:

``exercise_runs``  every exercise notebook run ONCE per test session in process, as shipped and
                   with its solutions filled in, in a temporary copy of the course, with every
                   file write recorded. The tests that need such a run read its outcome here.
``summary``        figures a test wants shown (generated answers, colour distances, …) go to the
                   end of the terminal report, not into a test of their own.
``shown``, ``fast_progress_file``  what the checker displays, and a private progress file on
                   a RAM disk where there is one.
"""
from __future__ import annotations

import collections
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(autouse=True)
def _private_progress_file(tmp_path, monkeypatch):
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(tmp_path / "progress-under-test.json"))
    yield


# ============================================================================ offline
# The course must work offline: nothing in a test may reach the network. Kernels started by
# nbval talk over local ZMQ sockets and the browser tests use 127.0.0.1, which stay allowed.
_LOCAL = {"127.0.0.1", "::1", "localhost", "0.0.0.0", ""}


class NetworkBlocked(OSError):
    """Raised instead of reaching the network."""


def _local(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) and address else ""
    if host is None:  # getaddrinfo(None, port): this machine's own addresses
        return True
    host = host.decode() if isinstance(host, bytes) else str(host)
    return host in _LOCAL or host.startswith("127.")


def _guard_works() -> str:
    """'' when remote hosts are blocked and this machine is not; else what is wrong."""
    for attempt in (lambda: socket.create_connection(("192.0.2.1", 80), timeout=1),  # TEST-NET-1
                    lambda: socket.getaddrinfo("pypi.org", 443), lambda: socket.gethostbyname("pypi.org")):
        try:
            attempt()
            return "a remote host was reachable"
        except NetworkBlocked:
            pass
        except OSError as exc:
            return f"a remote host was refused by something else than the guard: {exc!r}"
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        socket.create_connection(server.getsockname(), timeout=2).close()
        left, right = socket.socketpair()
        left.sendall(b"ok")
        ok = right.recv(2) == b"ok"
        left.close()
        right.close()
    except OSError as exc:
        return f"this machine was blocked: {exc!r}"
    finally:
        server.close()
    return "" if ok else "a local socket pair lost data"


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    patches = pytest.MonkeyPatch()
    real = {name: getattr(socket.socket, name) for name in ("connect", "connect_ex", "sendto")}
    real_getaddrinfo = socket.getaddrinfo

    def guard(name):
        def method(self, *args):
            address = args[-1]
            if self.family == getattr(socket, "AF_UNIX", object()) or _local(address):
                return real[name](self, *args)
            raise NetworkBlocked(f"network access blocked in tests: {name} to {address!r}")
        return method

    def getaddrinfo(host, *args, **kwargs):
        if _local((host,)):
            return real_getaddrinfo(host, *args, **kwargs)
        raise NetworkBlocked(f"network access blocked in tests: resolving {host!r}")

    for name in real:
        patches.setattr(socket.socket, name, guard(name))
    patches.setattr(socket, "getaddrinfo", getaddrinfo)
    patches.setattr(socket, "gethostbyname", lambda host: getaddrinfo(host, None)[0][4][0])
    problem = _guard_works()
    if problem:
        patches.undo()
        pytest.exit(f"the offline guard of tests/conftest.py does not work: {problem}", returncode=3)
    yield
    patches.undo()


# ============================================================================ the terminal summary
_SUMMARY = pytest.StashKey[dict]()


class Summary:
    """Lines and counts per section, printed at the end of the run (``pytest_terminal_summary``)."""

    def __init__(self):
        self.lines: dict[str, list[str]] = collections.defaultdict(list)
        self.counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)

    def __call__(self, section: str, line: str) -> None:
        self.lines[section].append(line)

    def count(self, section: str, counts) -> None:
        self.counts[section].update(counts)


def pytest_configure(config):
    config.stash[_SUMMARY] = Summary()


@pytest.fixture(scope="session")
def summary(pytestconfig) -> Summary:
    return pytestconfig.stash[_SUMMARY]


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    report = config.stash.get(_SUMMARY, None)
    if report is None:
        return
    for section in sorted(set(report.lines) | set(report.counts)):
        terminalreporter.write_sep("-", section)
        if report.counts.get(section):
            counts = sorted(report.counts[section].items())
            terminalreporter.write_line("  " + ", ".join(f"{k}: {v}" for k, v in counts))
        for line in sorted(set(report.lines.get(section, []))):
            terminalreporter.write_line("  " + line)


# ============================================================================ the checker's display, progress files
@pytest.fixture
def shown(monkeypatch):
    """Everything the checker displays (instead of IPython's display)."""
    import korea_course.checking as checking

    items: list = []
    monkeypatch.setattr(checking, "_show", items.append)
    return items


def fast_tmp() -> Path | None:
    """A RAM-backed folder when there is one (a progress write fsyncs; tmpfs makes that cheap)."""
    shm = Path("/dev/shm")
    return shm if shm.is_dir() and os.access(shm, os.W_OK) else None


@pytest.fixture
def fast_progress_file(monkeypatch, tmp_path):
    folder = Path(tempfile.mkdtemp(prefix="course-progress-", dir=fast_tmp() or tmp_path))
    path = folder / "my_progress.json"
    monkeypatch.setenv("KOREA_COURSE_PROGRESS", str(path))
    yield path
    shutil.rmtree(folder, ignore_errors=True)


# ============================================================================ every exercise notebook, run once
# File writes are recorded by an audit hook (it cannot be removed, so it is added once and
# records only while ``_AUDIT["on"]``).
_AUDIT = {"on": False, "writes": []}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_PATH_EVENTS = {"os.rename": (0, 1), "os.remove": (0,), "os.rmdir": (0,), "os.mkdir": (0,), "os.truncate": (0,),
                "os.chmod": (0,), "os.utime": (0,), "os.symlink": (0, 1), "os.link": (0, 1), "shutil.rmtree": (0,),
                "shutil.copyfile": (1,), "shutil.move": (1,), "sqlite3.connect": (0,)}


def _audit(event, args):
    if not _AUDIT["on"]:
        return
    try:
        if event == "open":
            path, mode, flags = args
            if isinstance(path, int):
                return
            if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (isinstance(flags, int) and flags & _WRITE_FLAGS):
                _AUDIT["writes"].append((event, os.fspath(path)))
        elif event in _PATH_EVENTS:
            for i in _PATH_EVENTS[event]:
                if i < len(args) and isinstance(args[i], (str, bytes, os.PathLike)):
                    _AUDIT["writes"].append((event, os.fsdecode(args[i])))
    except Exception:  # an audit hook must never break the code it watches
        pass


sys.addaudithook(_audit)


def repo_files(root: Path) -> dict[Path, str]:
    """Every file of the checkout (tracked or not, not ignored) and its SHA-256."""
    out = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=root, capture_output=True)
    if out.returncode != 0:  # not a git checkout: every file but the environment
        names = [p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()
                 and not {".venv", ".git", "__pycache__", ".hypothesis"} & set(p.relative_to(root).parts)]
    else:
        names = [n for n in out.stdout.decode().split("\0") if n]
    files = {}
    for name in names:
        p = root / name
        if p.is_file() and "__pycache__" not in p.parts:
            files[p] = hashlib.sha256(p.read_bytes()).hexdigest()
    return files


@dataclass
class NotebookRun:
    errors: list            # (cell index, message) of every cell that raised
    saved: dict             # the lesson's entries in the progress file right after the run


@dataclass
class ExerciseRuns:
    """Every exercise notebook run once as shipped and once with its solutions, lesson by lesson,
    in a copy of the course (``course``) with KOREA_COURSE_PROGRESS unset, so progress goes to
    the default place, the copy's ``exercises/my_progress.json``."""

    course: Path
    notebooks: dict[str, Path] = field(default_factory=dict)      # lesson -> the copy's notebook
    hashes_before: dict[Path, str] = field(default_factory=dict)  # the copies' notebooks, before
    shipped: dict[str, NotebookRun] = field(default_factory=dict)
    solved: dict[str, NotebookRun] = field(default_factory=dict)
    writes: list[str] = field(default_factory=list)               # every path written meanwhile
    repo_before: dict[Path, str] = field(default_factory=dict)
    repo_after: dict[Path, str] = field(default_factory=dict)

    @property
    def progress_file(self) -> Path:
        return self.course / "exercises" / "my_progress.json"


@pytest.fixture(scope="session")
def exercise_runs(_no_network, tmp_path_factory):
    from korea_course.exercises import all_exercise_sets
    from korea_course.lessons import LESSONS
    from notebook_runner import ROOT, run_in_process

    sets = {ex.lesson: ex for ex in all_exercise_sets()}
    scratch = Path(tempfile.mkdtemp(prefix="course-copy-", dir=fast_tmp() or tmp_path_factory.getbasetemp()))
    runs = ExerciseRuns(course=scratch / "course")
    shutil.copytree(ROOT / "exercises", runs.course / "exercises",
                    ignore=shutil.ignore_patterns("my_progress*", "*.lock", "*.corrupt-*"))
    shutil.copytree(ROOT / "course_data", runs.course / "course_data")
    for item in LESSONS:
        if item.number in sets and item.exercise_notebook.exists():
            runs.notebooks[item.number] = runs.course / "exercises" / item.exercise_notebook.name
    runs.hashes_before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in runs.notebooks.values()}

    def saved(lesson):
        if not runs.progress_file.exists():
            return {}
        return json.loads(runs.progress_file.read_text(encoding="utf-8"))["lessons"].get(lesson, {})

    runs.repo_before = repo_files(ROOT)
    _AUDIT["writes"].clear()
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("KOREA_COURSE_PROGRESS", raising=False)
        _AUDIT["on"] = True
        try:
            for lesson, path in runs.notebooks.items():
                result = run_in_process(path)
                runs.shipped[lesson] = NotebookRun(result.errors, saved(lesson))
                result = run_in_process(path, replace={q.id: q.solution_code for q in sets[lesson]})
                runs.solved[lesson] = NotebookRun(result.errors, saved(lesson))
        finally:
            _AUDIT["on"] = False
    runs.writes = sorted({p for _, p in _AUDIT["writes"]})
    runs.repo_after = repo_files(ROOT)
    yield runs
    shutil.rmtree(scratch, ignore_errors=True)

"""Real-browser tests: every notebook opened, run and operated in JupyterLab and Notebook 7.

Session-wide: one ``jupyter lab`` started with JupyterLab's own test configuration
(``jupyter_server_test_config.py``, which calls galata's ``configure_jupyter_server``) over a
COPY of notebooks/, exercises/ and course_data/; it serves Notebook 7 too. The browser is
Debian's Chromium driven by Playwright through ``executable_path`` (``playwright install`` is
never run). The Playwright fixtures have pytest-playwright's names and shapes
(``browser_type_launch_args``, ``browser_context_args``, ``browser``, ``context``, ``page``);
the plugin itself is not used because its session-long ``playwright`` fixture would keep the
sync API's event loop alive for the tests after these, where ``asyncio.run`` then fails.

Without Chromium (or Playwright) the tests skip with the reason, except when ``CI=true``: then
they fail, so CI can never pass by skipping them. ``scripts/install_browser.sh`` (run by
``make test``) installs Chromium where it can.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from notebook_page import ROOT, SELFTEST_PATH, JupyterServer, NotebookPage

HERE = Path(__file__).resolve().parent
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
TIMINGS_FILE = ROOT / "test-artifacts" / "browser-timings.json"
_timings: dict = {"server_start_s": None, "browser_start_s": None, "tests": {}}


def unavailable(reason: str):
    """Skip locally; fail on CI (CI=true) so a missing browser can never pass silently."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and the browser tests cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


# ------------------------------------------------------------------ early clean-up
# While Playwright's sync API is alive the main thread counts as running an asyncio loop, so a
# later test calling asyncio.run() (nbclient, nbconvert) would fail: browser and server close
# right after the last browser test (and at session end, whichever is first).
_closers: list = []


def _close_all() -> None:
    while _closers:
        try:
            _closers.pop()()
        except Exception as exc:  # clean-up must not hide the test outcome
            print(f"browser-test clean-up: {exc}")


def _is_browser_test(item) -> bool:
    return item is not None and Path(str(item.path)).resolve().is_relative_to(HERE)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    if _is_browser_test(item) and not _is_browser_test(nextitem):
        _close_all()
    return result


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives a real browser (tests/browser)")


# ------------------------------------------------------------------ Playwright (pytest-playwright's shapes)
@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        unavailable(f"no Chromium at {path} (run `bash scripts/install_browser.sh` as root on Debian/Ubuntu, "
                    "or set CHROMIUM=/path/to/chromium)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        unavailable("the `playwright` package is not installed (pip install -r requirements-test.lock)")
    return path


@pytest.fixture(scope="session")
def browser_type_launch_args(chromium_path) -> dict:
    """Debian's Chromium, headless, with nothing that reaches the network."""
    return {"executable_path": chromium_path, "headless": True, "timeout": 60_000,
            "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                     "--disable-background-networking", "--disable-component-update", "--disable-dev-shm-usage"]}


@pytest.fixture(scope="session")
def browser_context_args() -> dict:
    return {"viewport": {"width": 1280, "height": 900}}


@pytest.fixture(scope="session")
def browser(browser_type_launch_args):
    """One headless Chromium for the session (a fresh temporary profile, Playwright's default)."""
    from playwright.sync_api import sync_playwright

    t0 = time.monotonic()
    pw = sync_playwright().start()
    _closers.append(pw.stop)
    try:
        launched = pw.chromium.launch(**browser_type_launch_args)
    except Exception as exc:
        _close_all()
        unavailable(f"Chromium at {browser_type_launch_args['executable_path']} did not start: {exc}")
    _closers.append(launched.close)
    _timings["browser_start_s"] = round(time.monotonic() - t0, 2)
    yield launched
    _close_all()


@pytest.fixture
def context(browser, browser_context_args):
    ctx = browser.new_context(**browser_context_args)
    ctx.set_default_timeout(30_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context):
    return context.new_page()


# ------------------------------------------------------------------ the course in a Jupyter server
SELFTEST_CELLS = [
    ("markdown", "# Browser self-test\nA plain slider and an explorer built with `korea_course.widgets`."),
    ("code", "import sys\nimport ipywidgets as widgets\n"
             "from korea_course.widgets import Explorer, View, year_range_slider, dropdown, multi_picker"),
    ("code", "plain = widgets.IntSlider(value=5, min=0, max=10, description='Plain')\nplain"),
    ("code", "def demo_view(years, kind, picks):\n"
             "    def draw(fig):\n"
             "        fig.clear()\n"
             "        fig.add_subplot().plot([years[0], years[1]], [0, len(picks)], marker='o')\n"
             "    return View(description=f'Years {years[0]} to {years[1]}; kind {kind}; {len(picks)} picked.',\n"
             "                draw=draw, summary=f'<strong>{kind}</strong>')\n"
             "\n"
             "Explorer('Self-test explorer', {'years': year_range_slider(2000, 2020),\n"
             "                                'kind': dropdown({'a': 'Alpha', 'b': 'Beta'}, 'Kind'),\n"
             "                                'picks': multi_picker(['x', 'y', 'z'], 'Picks')}, demo_view)"),
    ("code", "print('kernel prefix:', sys.prefix)"),
]


@pytest.fixture(scope="session")
def served_course(tmp_path_factory, chromium_path) -> Path:
    """notebooks/, exercises/, course_data/ copied with outputs cleared (nothing can write back
    into the repository; an execution count can only mean this run executed the cell), plus a
    self-test notebook with a plain slider and an explorer that checks the machinery itself."""
    import nbformat

    root = tmp_path_factory.mktemp("served-course")
    for name in ("notebooks", "exercises", "course_data"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns(
            ".ipynb_checkpoints", "my_progress*.json", "*.lock", "__pycache__", "*.corrupt-*"))
    for path in root.glob("*/*.ipynb"):
        nb = nbformat.read(str(path), as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
        nbformat.write(nb, str(path))
    selftest = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell(src) if kind == "code" else nbformat.v4.new_markdown_cell(src)
        for kind, src in SELFTEST_CELLS])
    selftest.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    (root / SELFTEST_PATH).parent.mkdir(parents=True)
    nbformat.write(selftest, str(root / SELFTEST_PATH))
    return root


@pytest.fixture(scope="session")
def jupyter(tmp_path_factory, served_course) -> JupyterServer:
    """``jupyter lab --config jupyter_server_test_config.py`` on a free port of 127.0.0.1, with
    throwaway Jupyter folders; the kernels get the course from this checkout and a temporary
    progress file, and no test-run settings (MPLBACKEND=Agg would hide the figures)."""
    base = tmp_path_factory.mktemp("jupyter-server")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("JUPYTER", "PYTEST_", "KOREA_COURSE_")) and k != "MPLBACKEND"}
    env.update({f"JUPYTER_{d.upper()}_DIR": str(base / d) for d in ("config", "data", "runtime")})
    env.update({"JUPYTERLAB_GALATA_ROOT_DIR": str(served_course), "JUPYTERLAB_SETTINGS_DIR": str(base / "settings"),
                "JUPYTER_PLATFORM_DIRS": "1", "PYDEVD_DISABLE_FILE_VALIDATION": "1",
                "KOREA_COURSE_PROGRESS": str(base / "progress" / "progress.json"),
                "KOREA_COURSE_DATA": str(served_course / "course_data"),
                "PATH": str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", ""),
                "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)})
    log_path = base / "server.log"
    with open(log_path, "wb") as log:  # the child keeps its own copy of the descriptor
        proc = subprocess.Popen([sys.executable, "-m", "jupyter", "lab", "--config", str(HERE / "jupyter_server_test_config.py"),
                                 f"--ServerApp.port={port}"], cwd=served_course, env=env, stdout=log,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    server = JupyterServer(f"http://127.0.0.1:{port}", proc, log_path)
    _closers.append(server.stop)
    server.wait_ready(timeout=90)
    _timings["server_start_s"] = round(server.started_in, 2)
    yield server
    _close_all()


@pytest.fixture
def open_notebook(context, jupyter, request):
    """``open_notebook(path, ui)`` -> an opened NotebookPage (``ui`` "lab" or "notebook7") in
    this test's browser context; at the end a screenshot, and its sessions deleted by id."""
    opened: list[NotebookPage] = []
    t0 = time.monotonic()

    def _open(path: str, ui: str = "lab") -> NotebookPage:
        opened.append(NotebookPage(context.new_page(), jupyter, path, ui))
        return opened[-1].open(timeout=60)

    yield _open
    for nb in opened:
        if nb.page.url.startswith(jupyter.url):
            nb.screenshot(SCREENSHOTS / f"{nb.ui}--{nb.path.replace('/', '--').removesuffix('.ipynb')}.png")
        jupyter.delete_sessions(nb.path)
        _timings["tests"][request.node.nodeid.split("::", 1)[-1]] = {
            "total_s": round(time.monotonic() - t0, 2), **nb.timings, **({"operated": nb.log} if nb.log else {})}


def pytest_terminal_summary(terminalreporter):
    if not _timings["tests"]:
        return
    total = round(sum(t["total_s"] for t in _timings["tests"].values()), 1)
    terminalreporter.write_sep("-", "browser timings")
    terminalreporter.write_line(f"browser tests: server start {_timings['server_start_s']} s, browser start "
                                f"{_timings['browser_start_s']} s, {len(_timings['tests'])} notebook tests in {total} s")
    for name, t in _timings["tests"].items():
        detail = ", ".join(f"{k} {v}" for k, v in t.items() if k not in ("total_s", "operated"))
        terminalreporter.write_line(f"  {t['total_s']:6.1f} s  {name}  ({detail})")
    try:
        TIMINGS_FILE.parent.mkdir(parents=True, exist_ok=True)
        TIMINGS_FILE.write_text(json.dumps({**_timings, "notebook_tests_total_s": total}, indent=1))
    except OSError:
        pass


@pytest.fixture(scope="session", autouse=True)
def _fresh_screenshots():
    """Screenshots of this run only (the folder is git-ignored)."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    yield

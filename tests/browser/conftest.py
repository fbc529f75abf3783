"""Real-browser tests: every notebook opened, run and operated in JupyterLab and Notebook 7.

Set-up (session-wide): one ``jupyter lab`` server on 127.0.0.1 (it also serves Notebook 7's
/tree and /notebooks) over a COPY of notebooks/, exercises/ and course_data/, and one headless
Debian Chromium driven by Playwright (``executable_path``; no ``playwright install``).

Without Chromium (or Playwright) the tests skip with the reason, except when ``CI=true``:
then they fail, so CI can never pass by skipping them. ``scripts/install_browser.sh`` (run by
``make test``) installs Chromium where it can.
"""
from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from jupyter_harness import (CHROMIUM_ARGS, ROOT, SELFTEST_PATH, JupyterServer, NotebookPage, copy_course,
                             write_selftest_notebook)

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
TIMINGS_FILE = ROOT / "test-artifacts" / "browser-timings.json"

_timings: dict = {"server_start_s": None, "browser_start_s": None, "tests": {}}
_session_start = time.monotonic()


def on_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def unavailable(reason: str):
    """Skip locally; fail on CI (CI=true) so a missing browser can never pass silently."""
    if on_ci():
        pytest.fail(f"CI=true and the browser tests cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


# ------------------------------------------------------------------ early clean-up
# The browser and the server are session-wide (one start for all browser tests) but must not
# outlive them: while Playwright's sync API is alive the main thread counts as running an
# asyncio loop, so any later test calling asyncio.run() (nbclient, nbconvert) would fail.
# They are closed right after the last browser test (and at session end, whichever is first).
_closers: list = []


def _close_all() -> None:
    while _closers:
        close = _closers.pop()
        try:
            close()
        except Exception as exc:  # clean-up must not hide the test outcome
            print(f"browser-test clean-up: {exc}")


def _is_browser_test(item) -> bool:
    return item is not None and Path(str(item.path)).resolve().parent == Path(__file__).resolve().parent


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    if _is_browser_test(item) and not _is_browser_test(nextitem):
        _close_all()
    return result


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives a real browser (tests/browser)")


# ------------------------------------------------------------------ session fixtures
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
def served_course(tmp_path_factory, chromium_path) -> Path:
    """notebooks/, exercises/, course_data/ copied (nothing can write back into the repository),
    plus a small self-test notebook with an explorer, so the browser machinery is checked even
    before any lesson exists."""
    root = copy_course(tmp_path_factory.mktemp("served-course"))
    write_selftest_notebook(root / SELFTEST_PATH)
    return root


@pytest.fixture(scope="session")
def jupyter(tmp_path_factory, served_course):
    server = JupyterServer(base=tmp_path_factory.mktemp("jupyter-server"), root_dir=served_course)
    _closers.append(server.stop)
    server.start(timeout=90)
    _timings["server_start_s"] = round(server.started_in, 2)
    yield server
    _close_all()


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    t0 = time.monotonic()
    pw = sync_playwright().start()
    _closers.append(pw.stop)
    try:
        # a fresh temporary profile per launch (Playwright's default for launch())
        browser = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS, headless=True,
                                     timeout=60_000)
    except Exception as exc:
        _close_all()
        unavailable(f"Chromium at {chromium_path} did not start: {exc}")
    _closers.append(browser.close)
    _timings["browser_start_s"] = round(time.monotonic() - t0, 2)
    yield browser
    _close_all()


@pytest.fixture
def open_notebook(browser, jupyter, request):
    """``open_notebook(path, ui)`` -> an opened NotebookPage in a fresh browser context (a
    shared context made no measurable difference to the load time); at the end: a
    screenshot, the notebook's sessions/kernels deleted by id, the context closed."""
    opened: list[tuple[NotebookPage, object]] = []

    def _open(path: str, ui: str = "lab") -> NotebookPage:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(30_000)
        opened.append((None, context))
        nb = NotebookPage(context.new_page(), jupyter, path, ui)
        opened[-1] = (nb, context)
        nb.open(timeout=60)
        return nb

    t0 = time.monotonic()
    yield _open
    for nb, context in opened:
        if nb is not None:
            name = f"{nb.ui}--{nb.path.replace('/', '--').removesuffix('.ipynb')}.png"
            if nb.page.url.startswith(jupyter.url):
                nb.screenshot(SCREENSHOTS / name)
            nb.close()
        try:
            context.close()
        except Exception as exc:
            print(f"closing a browser context: {exc}")
        if nb is None:
            continue
        _timings["tests"][request.node.nodeid.split("::", 1)[-1]] = {
            "total_s": round(time.monotonic() - t0, 2), **nb.timings, **({"operated": nb.log} if nb.log else {})}


def pytest_terminal_summary(terminalreporter):
    if not _timings["tests"]:
        return
    total = round(sum(t["total_s"] for t in _timings["tests"].values()), 1)
    lines = [f"browser tests: server start {_timings['server_start_s']} s, browser start "
             f"{_timings['browser_start_s']} s, {len(_timings['tests'])} notebook tests in {total} s"]
    for name, t in _timings["tests"].items():
        detail = ", ".join(f"{k} {v}" for k, v in t.items() if k not in ("total_s", "operated"))
        lines.append(f"  {t['total_s']:6.1f} s  {name}  ({detail})")
    terminalreporter.write_sep("-", "browser timings")
    for line in lines:
        terminalreporter.write_line(line)
    try:
        TIMINGS_FILE.parent.mkdir(parents=True, exist_ok=True)
        TIMINGS_FILE.write_text(json.dumps({**_timings, "notebook_tests_total_s": total}, indent=1))
    except OSError:
        pass


@pytest.fixture(scope="session", autouse=True)
def _fresh_screenshots():
    """Screenshots of this run only (the folder is git-ignored)."""
    if SCREENSHOTS.exists():
        shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    yield

"""A throwaway Jupyter server and the browser-side steps the browser tests share.

Facts this relies on (measured here, see the team's jupyter-testing notes): JupyterLab 4.6
shows a "Select Kernel" dialog unless ``autoStartDefaultKernel`` is on; its kernel indicator
says "idle" before the kernel exists, so readiness is read from ``/api/sessions``; ``?reset``
drops restored tabs; autosave must be off (we also serve a copy, so nothing can reach the
repository's notebooks); news/update checks are off (no network).
"""
from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# the server is on 127.0.0.1: never send its requests through a proxy from the environment
_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))
COPIED_DIRS = ("notebooks", "exercises", "course_data")
SELFTEST_PATH = "_browser_selftest/widgets_selftest.ipynb"


def course_notebooks(folder: str) -> list[Path]:
    """The course's notebooks in notebooks/ or exercises/, from the lesson registry."""
    from korea_course.lessons import exercise_notebooks, lesson_notebooks

    return {"notebooks": lesson_notebooks, "exercises": exercise_notebooks}[folder]()


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


# User settings (JUPYTERLAB_SETTINGS_DIR) for both JupyterLab and Notebook 7.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker": {
        "autoStartDefaultKernel": True,
        # every cell stays in the DOM, so the checks below see every output
        "windowingMode": "none",
        "kernelShutdown": False,
    },
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False, "confirmClosingDocument": False},
    "@jupyterlab/apputils-extension/notification": {"checkForUpdates": False, "fetchNews": "false"},
    "@jupyterlab/extensionmanager-extension/plugin": {"enabled": False, "disclaimed": True},
}

SERVER_CONFIG = {
    "LabApp": {"news_url": None, "check_for_updates_class": "jupyterlab.NeverCheckForUpdate",
               "extension_manager": "readonly"},
    "ServerApp": {"jpserver_extensions": {"jupyter_lsp": False}},  # no language-server scan
    "KernelSpecManager": {"ensure_native_kernel": True},
}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_course(dest: Path) -> Path:
    """A copy of the parts of the repository the notebooks need (the server's root).

    The copied notebooks are cleared of outputs and execution counts (as committed, by
    policy), so "every cell has an execution count" can only mean "this run executed it"."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in COPIED_DIRS:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns(
                ".ipynb_checkpoints", "my_progress*.json", "*.lock", "__pycache__", "*.corrupt-*"))
    for nb_path in dest.glob("*/*.ipynb"):
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        for cell in nb.get("cells", []):
            if cell.get("cell_type") == "code":
                cell["outputs"], cell["execution_count"] = [], None
        nb_path.write_text(json.dumps(nb, indent=1, ensure_ascii=False), encoding="utf-8")
    return dest


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


def write_selftest_notebook(path: Path) -> None:
    """A small notebook with a plain slider and a ``korea_course`` explorer: it checks the
    browser machinery even where no lesson exists yet."""
    nb = {"nbformat": 4, "nbformat_minor": 5,
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
                       "language_info": {"name": "python"}},
          "cells": [{"cell_type": kind, "id": f"selftest-{i}", "metadata": {}, "source": src,
                     **({"outputs": [], "execution_count": None} if kind == "code" else {})}
                    for i, (kind, src) in enumerate(SELFTEST_CELLS)]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(nb, indent=1), encoding="utf-8")


@dataclass
class JupyterServer:
    """``jupyter lab`` on 127.0.0.1 serving ``root_dir`` (also /tree and /notebooks: Notebook 7)."""

    base: Path  # a temporary folder for everything the server writes
    root_dir: Path
    port: int = 0
    token: str = ""
    proc: subprocess.Popen | None = None
    env: dict = field(default_factory=dict)
    started_in: float = 0.0
    log_path: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 90.0, attempts: int = 3) -> "JupyterServer":
        """Start and wait until /api/status answers; a new free port if the chosen one was
        taken in between (port_retries=0: the server never wanders off to another port)."""
        for attempt in range(attempts):
            try:
                return self._start(timeout)
            except RuntimeError:
                if attempt == attempts - 1 or "already in use" not in self.log_tail():
                    raise
                self.port = 0

    def _start(self, timeout: float) -> "JupyterServer":
        self.port = self.port or free_port()
        self.token = self.token or secrets.token_hex(16)
        dirs = {name: self.base / name for name in ("config", "data", "runtime", "workspaces", "settings")}
        for d in dirs.values():
            d.mkdir(parents=True, exist_ok=True)
        for plugin, values in LAB_SETTINGS.items():
            path = dirs["settings"] / f"{plugin}.jupyterlab-settings"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(values))
        venv_bin = str(Path(sys.executable).parent)
        # the kernel inherits this: no test-run settings (MPLBACKEND=Agg from `make test` would
        # stop figures from showing), the course's variables set below
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("JUPYTER", "PYTEST_", "KOREA_COURSE_")) and k != "MPLBACKEND"}
        env.update({
            "JUPYTER_CONFIG_DIR": str(dirs["config"]),
            # a throwaway user data dir; the venv's share/jupyter (lab static assets, widget
            # extension, kernel spec) stays on the data path through sys.prefix
            "JUPYTER_DATA_DIR": str(dirs["data"]),
            "JUPYTER_RUNTIME_DIR": str(dirs["runtime"]),
            "JUPYTERLAB_WORKSPACES_DIR": str(dirs["workspaces"]),
            "JUPYTERLAB_SETTINGS_DIR": str(dirs["settings"]),
            "JUPYTER_PLATFORM_DIRS": "1",
            "KOREA_COURSE_PROGRESS": str(self.base / "progress" / "progress.json"),
            "KOREA_COURSE_DATA": str(self.root_dir / "course_data"),
            "PATH": venv_bin + os.pathsep + env.get("PATH", ""),
            # the course package is importable even when it is not pip-installed in the venv
            "PYTHONPATH": str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""),
            "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        })
        if not (self.root_dir / "course_data" / "datapackage.json").is_file():
            env.pop("KOREA_COURSE_DATA")
        (self.base / "progress").mkdir(exist_ok=True)
        (dirs["config"] / "jupyter_server_config.json").write_text(json.dumps(SERVER_CONFIG))
        self.env = env
        cmd = [sys.executable, "-m", "jupyter", "lab", "--no-browser",
               "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}", "--ServerApp.port_retries=0",
               f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={self.root_dir}"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            cmd.append("--allow-root")
        self.log_path = self.base / "server.log"
        t0 = time.monotonic()
        with open(self.log_path, "wb") as log:  # the child keeps its own copy of the descriptor
            self.proc = subprocess.Popen(cmd, cwd=self.root_dir, env=env, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = t0 + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                self.api("GET", "/api/status", timeout=2)
                self.started_in = time.monotonic() - t0
                return self
            except (urllib.error.URLError, ConnectionError, OSError):
                time.sleep(0.2)
        self.stop()
        raise TimeoutError(f"jupyter lab did not answer within {timeout:.0f} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except Exception:
            return "(no server log)"

    # ---------------------------------------------------------------- REST
    def api(self, method: str, path: str, body=None, timeout: float = 10):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Authorization": f"token {self.token}",
                                              "Content-Type": "application/json"})
        with _LOCAL.open(req, timeout=timeout) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None

    def sessions(self) -> list[dict]:
        return self.api("GET", "/api/sessions")

    def session_for(self, path: str) -> dict | None:
        for s in self.sessions():
            if s.get("path") == path or s.get("notebook", {}).get("path") == path:
                return s
        return None

    def wait_kernel_idle(self, path: str, timeout: float = 60.0) -> dict:
        """Until the notebook's kernel exists, is idle and the page is connected to it."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            last = self.session_for(path)
            kernel = (last or {}).get("kernel") or {}
            if kernel.get("execution_state") == "idle" and kernel.get("connections", 0) >= 1:
                return last
            time.sleep(0.25)
        raise TimeoutError(f"kernel for {path} not idle+connected within {timeout:.0f} s; last session: {last}")

    def delete_session(self, session: dict | None) -> None:
        """Delete a session and its kernel by id (quietly: they may be gone already)."""
        if not session:
            return
        for method, path in (("DELETE", f"/api/sessions/{session['id']}"),
                             ("DELETE", f"/api/kernels/{(session.get('kernel') or {}).get('id')}")):
            try:
                self.api(method, path, timeout=10)
            except Exception:
                pass

    def delete_sessions_for(self, path: str) -> None:
        try:
            for s in self.sessions():
                if s.get("path") == path:
                    self.delete_session(s)
        except Exception:
            pass

    def stop(self) -> None:
        try:
            for s in self.sessions():
                self.delete_session(s)
        except Exception:
            pass
        if self.proc is None or self.proc.poll() is not None:
            return
        try:  # jupyter-server's documented shutdown, then signals to its process group
            self.api("POST", "/api/shutdown", timeout=5)
            self.proc.wait(timeout=15)
        except Exception:
            pass
        for sig in (signal.SIGTERM, signal.SIGKILL):  # only the group this fixture started
            if self.proc.poll() is not None:
                break
            try:
                os.killpg(self.proc.pid, sig)
                self.proc.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass


# ==================================================================== browser side
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]

# Outputs that mean a cell or a widget failed (each check returns {"cell", "kind", "text"}).
_PROBLEMS_JS = r"""
() => {
  const cells = [...document.querySelectorAll('.jp-Notebook .jp-Cell')];
  const problems = [];
  const reprRe = /\b[A-Z]\w*\((children|value|options|layout|description|index|format)=/;
  const excRe = /Traceback \(most recent call last\)|^\s*\w*(Error|Exception)\b.*$/m;
  const errLineRe = /^\s*[A-Z]\w*(Error|Exception)(: |$)/m;  // "ValueError: …" printed as text
  cells.forEach((cell, i) => {
    const code = cell.querySelector('.jp-InputArea .cm-content');
    const first = code ? (code.innerText.split('\n').find(l => l.trim()) || '').slice(0, 100) : '';
    const add = (kind, el) => problems.push({cell: i, first, kind, text: (el.innerText || el.textContent || '').slice(0, 1500)});
    cell.querySelectorAll('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]').forEach(el => {
      if (excRe.test(el.textContent)) add('error output', el);
    });
    // a text output is one element with both classes (older versions nest them)
    cell.querySelectorAll('.jp-OutputArea-output.jp-RenderedText, .jp-OutputArea-output .jp-RenderedText').forEach(el => {
      if (el.closest('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')) return;
      const t = el.textContent;
      if (/Traceback \(most recent call last\)/.test(t)) add('traceback in text output', el);
      else if (errLineRe.test(t)) add('error in text output', el);
      else if (/Error displaying widget/.test(t)) add('widget failed: Error displaying widget', el);
      else if (reprRe.test(t)) add('widget not rendered (plain-text repr shown)', el);
    });
    cell.querySelectorAll('.jp-OutputArea-output').forEach(el => {
      if (/Error displaying widget/.test(el.textContent) && !el.matches('.jp-RenderedText') && !el.querySelector('.jp-RenderedText')) add('widget failed: Error displaying widget', el);
      if (/Static view \(run the notebook to use the controls\)/.test(el.textContent)) add('widget not rendered (static snapshot shown)', el);
    });
    cell.querySelectorAll('.jupyter-widgets-error-widget').forEach(el =>  // its <pre> (the JS error) is hidden
      problems.push({cell: i, first, kind: 'widget failed: .jupyter-widgets-error-widget',
                     text: el.textContent.replace(/\s+\n/g, '\n').trim().slice(0, 1500)}));
    cell.querySelectorAll('.course-feedback-could_not_check').forEach(el => add('checker could not check', el));
    cell.querySelectorAll('.jp-OutputArea-output [role="alert"]').forEach(el => {
      if (/could not be shown/.test(el.textContent)) add('explorer error', el);
    });
  });
  return problems;
}
"""

_PROMPTS_JS = r"""
() => [...document.querySelectorAll('.jp-Notebook .jp-Cell')].map(c =>
   c.classList.contains('jp-CodeCell') ? ((c.querySelector('.jp-InputArea-prompt') || {}).textContent || '').trim() : null)
"""

# done = nothing queued or running and either every code cell ran or an error stopped the run
_RUN_DONE_JS = r"""
() => {
  const ps = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')].map(e => e.textContent);
  if (ps.some(p => p.includes('*'))) return false;
  if (ps.every(p => /\[\d+\]/.test(p))) return true;
  return !!document.querySelector('.jp-Notebook .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
         && ps.some(p => /\[\d+\]/.test(p));
}
"""


class NotebookPage:
    """One notebook open in JupyterLab (``ui="lab"``) or Notebook 7 (``ui="notebook7"``)."""

    def __init__(self, page, server: JupyterServer, path: str, ui: str = "lab"):
        self.page, self.server, self.path, self.ui = page, server, path, ui
        self.console_errors: list[str] = []
        self.timings: dict[str, float] = {}
        self.session: dict | None = None
        self.log: list[str] = []  # what was operated (kept in test-artifacts/browser-timings.json)
        page.on("console", lambda m: self.console_errors.append(m.text[:500]) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.console_errors.append(f"pageerror: {e}"[:500]))

    def _mark(self, name: str, since: float) -> None:
        self.timings[name] = round(time.monotonic() - since, 2)

    @property
    def url(self) -> str:
        quoted = urllib.parse.quote(self.path)
        if self.ui == "lab":
            return f"{self.server.url}/lab/tree/{quoted}?reset&token={self.server.token}"
        return f"{self.server.url}/notebooks/{quoted}?token={self.server.token}"

    def open(self, timeout: float = 60.0) -> "NotebookPage":
        t0 = time.monotonic()
        self.page.goto(self.url, wait_until="domcontentloaded", timeout=timeout * 1000)
        self.page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=timeout * 1000)
        self._mark("open", t0)
        self.session = self.server.wait_kernel_idle(self.path, timeout=timeout)
        self._mark("kernel_idle", t0)
        return self

    def menu(self, top: str, item: str, timeout: float = 15.0) -> None:
        self.page.click(f'.lm-MenuBar-itemLabel:text-is("{top}")', timeout=timeout * 1000)
        self.page.click(f'.lm-Menu-itemLabel:text-is("{item}")', timeout=timeout * 1000)

    def run_all(self, timeout: float = 150.0) -> None:
        t0 = time.monotonic()
        self.menu("Run", "Run All Cells")
        try:
            self.page.wait_for_function(_RUN_DONE_JS, timeout=timeout * 1000, polling=250)
        except Exception as exc:
            raise AssertionError(f"{self.path} ({self.ui}): Run All did not finish within {timeout:.0f} s; "
                                 f"prompts: {self.prompts()}") from exc
        self._mark("run_all", t0)
        self.wait_widgets_settled()
        self._mark("settled", t0)

    def prompts(self) -> list:
        return self.page.evaluate(_PROMPTS_JS)

    def unexecuted_code_cells(self) -> list[int]:
        return [i for i, p in enumerate(self.prompts()) if p is not None and not re.search(r"\[\d+\]", p)]

    def wait_widgets_settled(self, timeout: float = 20.0, quiet: float = 0.75) -> None:
        """Until the rendered widget count stops changing (widget views render after the output)."""
        deadline = time.monotonic() + timeout
        last, stable_since = None, time.monotonic()
        while time.monotonic() < deadline:
            count = self.page.evaluate("() => document.querySelectorAll('.jp-OutputArea-output .jupyter-widgets').length")
            if count != last:
                last, stable_since = count, time.monotonic()
            elif time.monotonic() - stable_since >= quiet:
                return
            time.sleep(0.15)

    def problems(self) -> list[dict]:
        # a failed widget shows its JavaScript error only after a click on it
        collapsed = self.page.locator(".jupyter-widgets-error-widget.icon-error")
        for _ in range(min(collapsed.count(), 20)):
            try:
                collapsed.first.click(timeout=3000)
                self.page.wait_for_timeout(100)
            except Exception:
                break
        return self.page.evaluate(_PROBLEMS_JS)

    def widget_count(self) -> int:
        return self.page.evaluate("() => document.querySelectorAll('.jp-OutputArea-output .jupyter-widgets').length")

    def screenshot(self, path: Path) -> None:
        """The whole notebook: the viewport is made as tall as the notebook's content first."""
        path.parent.mkdir(parents=True, exist_ok=True)
        t0 = time.monotonic()
        try:
            self.page.evaluate("() => { window.scrollTo(0, 0); document.querySelectorAll("
                               "'.jp-WindowedPanel-outer, .jp-NotebookPanel-notebook').forEach(e => e.scrollTop = 0); }")
            height = self.page.evaluate(
                "() => { const n = document.querySelector('.jp-WindowedPanel-outer') "
                "|| document.querySelector('.jp-Notebook'); return n ? n.scrollHeight : 0; }")
            size = self.page.viewport_size or {"width": 1280, "height": 900}
            if height:
                self.page.set_viewport_size({"width": size["width"], "height": int(min(max(height + 250, size["height"]), 15000))})
                self.page.wait_for_timeout(300)
            self.page.screenshot(path=str(path), timeout=30000)
            self.page.set_viewport_size(size)
            self._mark("screenshot", t0)
        except Exception as exc:  # a screenshot is a by-product: never the reason a test fails
            print(f"screenshot of {self.path} failed: {exc}")

    def close(self) -> None:
        """Delete this notebook's session and kernel by id."""
        sessions = [self.session] if self.session else []
        try:
            sessions += [s for s in self.server.sessions() if s.get("path") == self.path]
        except Exception:
            pass
        for s in sessions:
            self.server.delete_session(s)

    def describe_problems(self, problems: list[dict]) -> str:
        lines = [f"{self.path} ({self.ui}): {len(problems)} problem(s)"]
        for p in problems:
            lines.append(f"- cell {p['cell'] + 1} (`{p.get('first', '')}`): {p['kind']}:\n    "
                         + p["text"][:800].replace("\n", "\n    "))
        errors = self.relevant_console_errors()
        if errors:
            lines.append("browser console errors: " + " | ".join(errors[:5]))
        return "\n".join(lines)

    # seen on every page here and harmless: the LSP status probe (jupyter_lsp is off) and two
    # Notebook 7 start-up errors (settings schema, a file-browser command it does not have)
    _CONSOLE_NOISE = ("status of 404", "reading 'schema'", "'filebrowser:open-path' not registered")

    def relevant_console_errors(self) -> list[str]:
        return [e for e in self.console_errors if not any(n in e for n in self._CONSOLE_NOISE)]

    # ---------------------------------------------------------------- typing and running one cell
    def cell(self, index: int):
        return self.page.locator(".jp-Notebook .jp-Cell").nth(index)

    def prompt(self, index: int) -> str:
        return (self.cell(index).locator(".jp-InputArea-prompt").first.text_content() or "").strip()

    def type_into_cell(self, index: int, code: str) -> None:
        """Replace the cell's text as a student would: click into it, select all, type.

        ``insert_text`` types the text in one input event, so the editor's bracket
        auto-closing and auto-indent cannot add characters."""
        cell = self.cell(index)
        cell.scroll_into_view_if_needed(timeout=10000)
        editor = cell.locator(".cm-content").first
        editor.click()
        self.page.keyboard.press("ControlOrMeta+a")
        self.page.keyboard.insert_text(code)
        shown = self.page.evaluate("el => (el.cmView && el.cmView.view && el.cmView.view.state) ? el.cmView.view.state.doc.toString() : el.innerText",
                                   editor.element_handle())
        if shown.strip() != code.strip():
            raise AssertionError(f"cell {index}: typed {code!r} but the editor shows {shown!r}")

    def run_cell(self, index: int, timeout: float = 60.0) -> str:
        """Run one cell with Shift+Enter from its editor; wait for its new execution count."""
        cell = self.cell(index)
        before = self.prompt(index)
        cell.scroll_into_view_if_needed(timeout=10000)
        cell.locator(".cm-content").first.click()
        self.page.keyboard.press("Shift+Enter")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            now = self.prompt(index)
            if now != before and re.search(r"\[\d+\]", now):
                self.wait_widgets_settled(timeout=5, quiet=0.3)
                return now
            self.page.wait_for_timeout(100)
        raise AssertionError(f"{self.path}: cell {index} did not run within {timeout:.0f} s (prompt {self.prompt(index)!r})")

    def run_check_cell(self, index: int) -> tuple[str, str]:
        """Run a ``qN.check()`` cell; return the feedback's status (from its CSS class) and text."""
        self.run_cell(index)
        box = self.cell(index).locator(".course-feedback").first
        box.wait_for(timeout=10000)
        classes = box.get_attribute("class") or ""
        status = next((c[len("course-feedback-"):] for c in classes.split() if c.startswith("course-feedback-")), "")
        return status, box.inner_text()

    # ---------------------------------------------------------------- explorers
    def explorer_roots(self):
        """Top-level widget boxes in outputs (an ``Explorer`` is a VBox: controls, figure, text)."""
        return self.page.locator(".jp-OutputArea-output > .widget-vbox")

    @staticmethod
    def explorer_state(root) -> dict:
        """What a student sees change: the figure (Image src) and the HTML texts, not the controls."""
        return root.evaluate("""el => ({
            img: [...el.querySelectorAll('img')].map(i => i.src).join(' | '),
            text: [...el.querySelectorAll('.widget-html-content')].map(h => h.innerText).join('\\n')})""")

    def wait_state_change(self, root, before: dict, timeout: float = 20.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            now = self.explorer_state(root)
            if now != before:
                # a new figure arrives with its text in one message burst; let it finish
                self.page.wait_for_timeout(200)
                return self.explorer_state(root)
            self.page.wait_for_timeout(100)
        return self.explorer_state(root)

    def move_slider(self, root, prefer: str = "keyboard") -> dict:
        """Move the first slider handle of ``root`` as a student would.

        Keyboard first (focus + arrow key: works in JupyterLab). If the handle's value did not
        change (Notebook 7 ignores the arrow keys), drag the handle with the mouse. A click on
        the track is no substitute: on a range slider set to its full extent the whole track
        is the draggable "connect" bar, and a click there moves nothing.
        """
        handle = root.locator(".noUi-handle").first
        handle.scroll_into_view_if_needed(timeout=10000)
        now, top = float(handle.get_attribute("aria-valuenow")), float(handle.get_attribute("aria-valuemax"))
        key = "ArrowRight" if now < top else "ArrowLeft"
        if prefer == "keyboard":
            handle.focus()
            self.page.keyboard.press(key)
            self.page.wait_for_timeout(150)
            after = float(handle.get_attribute("aria-valuenow"))
            if after != now:
                return {"how": f"keyboard {key}", "from": now, "to": after}
        handle.scroll_into_view_if_needed(timeout=10000)
        track = root.locator(".noUi-base").first.bounding_box()
        box = handle.bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        dx = max(track["width"] * 0.15, 12) * (1 if key == "ArrowRight" else -1)
        self.page.mouse.move(x, y)
        self.page.mouse.down()
        self.page.mouse.move(x + dx / 2, y, steps=4)
        self.page.mouse.move(x + dx, y, steps=4)
        self.page.mouse.up()
        self.page.wait_for_timeout(150)
        after = float(handle.get_attribute("aria-valuenow"))
        return {"how": f"mouse drag by {dx:+.0f} px", "from": now, "to": after}

    @staticmethod
    def change_select(root) -> dict | None:
        """Pick another option of the first dropdown (or select a single item of a multi-select)."""
        for selector, multiple in (("select:not([multiple])", False), ("select[multiple]", True)):
            sel = root.locator(selector)
            if sel.count() == 0:
                continue
            sel = sel.first
            sel.scroll_into_view_if_needed(timeout=10000)
            options = sel.evaluate("s => [...s.options].map(o => [o.value, o.selected])")
            if len(options) < 2:
                continue
            if multiple:
                choice = [options[0][0]] if not (options[0][1] and sum(o[1] for o in options) == 1) else [options[1][0]]
            else:
                choice = [next(v for v, selected in options if not selected)]
            sel.select_option(choice)
            return {"how": f"select {choice}", "multiple": multiple}
        return None


# ==================================================================== shared checks
_TOLERATE_TAGS = {"raises-exception", "skip-execution"}
_TOLERATE_MARKERS = ("# NBVAL_RAISES_EXCEPTION", "# NBVAL_SKIP")


def cells_allowed_to_fail(source: Path) -> set[int]:
    """Cells meant to raise (or not to run in tests): tags or nbval marker comments."""
    nb = json.loads(source.read_text(encoding="utf-8"))
    allowed = set()
    for i, cell in enumerate(nb.get("cells", [])):
        if cell.get("cell_type") != "code":
            continue
        src = "".join(cell.get("source", "")) if isinstance(cell.get("source"), list) else cell.get("source", "")
        first = src.lstrip().splitlines()[0].strip() if src.strip() else ""
        if _TOLERATE_TAGS & set(cell.get("metadata", {}).get("tags", [])) or first in _TOLERATE_MARKERS:
            allowed.add(i)
    return allowed


def run_all_and_check(nb: NotebookPage, source: Path) -> None:
    """Run All, then: every code cell executed and no error or broken widget anywhere."""
    nb.run_all()
    allowed = cells_allowed_to_fail(source)
    problems = [p for p in nb.problems()
                if not (p["cell"] in allowed and p["kind"] in ("error output", "traceback in text output",
                                                                  "error in text output"))]
    assert not problems, nb.describe_problems(problems)
    missing = [i for i in nb.unexecuted_code_cells() if i not in allowed]
    if missing:
        note = ""
        if any(i < missing[0] for i in allowed):
            note = (" Run All stops at the first error, also in a cell tagged raises-exception (unlike nbval), "
                    "so a student's Run All would stop there too.")
        raise AssertionError(f"{nb.path} ({nb.ui}): code cells {[i + 1 for i in missing]} (1-based) did not run."
                             f"{note} Prompts: {nb.prompts()}")


def explorer_title(root) -> str:
    try:
        return root.locator(".widget-html-content").first.inner_text(timeout=2000).splitlines()[0][:80]
    except Exception:
        return "(untitled)"


def operate_explorers(nb: NotebookPage, prefer: str = "keyboard", limit: int | None = None) -> list[str]:
    """Change one control of each explorer (``limit``: only the first n) as a student would and
    assert that its figure or text changed. Returns a line per explorer for the report."""
    roots = nb.explorer_roots().filter(has_text="Text description:")
    count = roots.count()
    assert count >= 1, f"{nb.path} ({nb.ui}): no explorer (widget box with a 'Text description:') was rendered"
    log, operated = [], 0
    for i in range(count if limit is None else min(count, limit)):
        root = roots.nth(i)
        title = explorer_title(root)
        actions = []
        if root.locator(".noUi-handle").count():
            actions += [lambda r=root: nb.move_slider(r, prefer)] * 2
        if root.locator("select").count():
            actions.insert(1 if actions else 0, lambda r=root: nb.change_select(r))
        if not actions:
            log.append(f"explorer {i} '{title}': no slider or select to operate")
            continue
        tried = []
        for attempt, act in enumerate(actions[:3]):
            before = nb.explorer_state(root)
            t0 = time.monotonic()
            done = act()
            after = nb.wait_state_change(root, before, timeout=20 if attempt == 0 else 10)
            tried.append(done)
            if after != before:
                operated += 1
                log.append(f"explorer {i} '{title}': {done} -> output changed in {time.monotonic() - t0:.2f} s")
                break
        else:
            raise AssertionError(f"{nb.path} ({nb.ui}): explorer {i} '{title}' showed the same figure and text "
                                 f"after {tried}; browser console: {nb.relevant_console_errors()[-3:]}")
    assert operated >= 1, f"{nb.path} ({nb.ui}): no explorer could be operated: {log}"
    problems = nb.problems()
    assert not problems, nb.describe_problems(problems)
    return log

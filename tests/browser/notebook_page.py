"""What the browser tests do in a notebook page, on top of Playwright: a handle on the test
server's REST API, a page object for one notebook in JupyterLab or Notebook 7, and the shared
checks (Run All without an error or a broken widget; every explorer operated).

Facts this relies on (measured here): JupyterLab's kernel indicator says "idle" before the
kernel exists, so readiness is read from ``/api/sessions``; ``?reset`` drops restored tabs;
Notebook 7 ignores arrow keys on a focused slider (a mouse drag works).
"""
from __future__ import annotations

import json
import re
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# the server is on 127.0.0.1: never send its requests through a proxy from the environment
_LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))
SELFTEST_PATH = "_browser_selftest/widgets_selftest.ipynb"


def course_notebooks(folder: str) -> list[Path]:
    """The course's notebooks in notebooks/ or exercises/, from the lesson registry."""
    from korea_course.lessons import exercise_notebooks, lesson_notebooks

    return {"notebooks": lesson_notebooks, "exercises": exercise_notebooks}[folder]()


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@dataclass
class JupyterServer:
    """The running test server (started by the ``jupyter`` fixture; no token, see the config)."""

    url: str
    proc: subprocess.Popen
    log_path: Path
    started_in: float = 0.0

    def api(self, method: str, path: str, timeout: float = 10):
        req = urllib.request.Request(self.url + path, method=method)
        with _LOCAL.open(req, timeout=timeout) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None

    def wait_ready(self, timeout: float) -> None:
        t0 = time.monotonic()
        while time.monotonic() - t0 < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                self.api("GET", "/api/status", timeout=2)
                self.started_in = time.monotonic() - t0
                return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        raise TimeoutError(f"jupyter lab did not answer within {timeout:.0f} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def sessions(self, path: str | None = None) -> list[dict]:
        return [s for s in self.api("GET", "/api/sessions") if path is None or s.get("path") == path]

    def wait_kernel_idle(self, path: str, timeout: float = 60.0) -> None:
        """Until the notebook's kernel exists, is idle and the page is connected to it."""
        deadline, last = time.monotonic() + timeout, None
        while time.monotonic() < deadline:
            last = next(iter(self.sessions(path)), None)
            kernel = (last or {}).get("kernel") or {}
            if kernel.get("execution_state") == "idle" and kernel.get("connections", 0) >= 1:
                return
            time.sleep(0.25)
        raise TimeoutError(f"kernel for {path} not idle+connected within {timeout:.0f} s; last session: {last}")

    def delete_sessions(self, path: str | None = None) -> None:
        """Delete the sessions (of ``path``, else all) and their kernels by id, quietly."""
        try:
            for s in self.sessions(path):
                self.api("DELETE", f"/api/sessions/{s['id']}")
                if (s.get("kernel") or {}).get("id"):
                    try:
                        self.api("DELETE", f"/api/kernels/{s['kernel']['id']}")
                    except urllib.error.HTTPError:
                        pass  # gone with its session
        except Exception as exc:
            print(f"deleting sessions: {exc}")

    def stop(self) -> None:
        """The server's documented shutdown, then SIGTERM to the process this fixture started."""
        self.delete_sessions()
        if self.proc.poll() is None:
            try:
                self.api("POST", "/api/shutdown", timeout=5)
                self.proc.wait(timeout=15)
            except Exception:
                self.proc.terminate()
                try:
                    self.proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.proc.kill()


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
        self.log: list[str] = []  # what was operated (kept in test-artifacts/browser-timings.json)
        page.on("console", lambda m: self.console_errors.append(m.text[:500]) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.console_errors.append(f"pageerror: {e}"[:500]))

    def _mark(self, name: str, since: float) -> None:
        self.timings[name] = round(time.monotonic() - since, 2)

    @property
    def url(self) -> str:
        quoted = urllib.parse.quote(self.path)
        return f"{self.server.url}/lab/tree/{quoted}?reset" if self.ui == "lab" else f"{self.server.url}/notebooks/{quoted}"

    def open(self, timeout: float = 60.0) -> "NotebookPage":
        t0 = time.monotonic()
        self.page.goto(self.url, wait_until="domcontentloaded", timeout=timeout * 1000)
        self.page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=timeout * 1000)
        self._mark("open", t0)
        self.server.wait_kernel_idle(self.path, timeout=timeout)
        self._mark("kernel_idle", t0)
        return self

    def run_all(self, timeout: float = 150.0) -> None:
        t0 = time.monotonic()
        self.page.click('.lm-MenuBar-itemLabel:text-is("Run")')
        self.page.click('.lm-Menu-itemLabel:text-is("Run All Cells")')
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
            count = self.page.locator(".jp-OutputArea-output .jupyter-widgets").count()
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

    def describe_problems(self, problems: list[dict]) -> str:
        lines = [f"{self.path} ({self.ui}): {len(problems)} problem(s)"]
        lines += [f"- cell {p['cell'] + 1} (`{p.get('first', '')}`): {p['kind']}:\n    "
                  + p["text"][:800].replace("\n", "\n    ") for p in problems]
        if self.relevant_console_errors():
            lines.append("browser console errors: " + " | ".join(self.relevant_console_errors()[:5]))
        return "\n".join(lines)

    # seen on every page here and harmless: the LSP status probe (jupyter_lsp is off) and two
    # Notebook 7 start-up errors (settings schema, a file-browser command it does not have)
    _CONSOLE_NOISE = ("status of 404", "reading 'schema'", "'filebrowser:open-path' not registered")

    def relevant_console_errors(self) -> list[str]:
        return [e for e in self.console_errors if not any(n in e for n in self._CONSOLE_NOISE)]

    def screenshot(self, path: Path) -> None:
        """The whole notebook: the viewport is made as tall as the notebook's content first."""
        path.parent.mkdir(parents=True, exist_ok=True)
        t0 = time.monotonic()
        try:
            height = self.page.evaluate("() => { const n = document.querySelector('.jp-WindowedPanel-outer') "
                                        "|| document.querySelector('.jp-Notebook'); n && (n.scrollTop = 0); "
                                        "return n ? n.scrollHeight : 0; }")
            size = self.page.viewport_size
            self.page.set_viewport_size({"width": size["width"], "height": int(min(max(height + 250, size["height"]), 15000))})
            self.page.wait_for_timeout(300)
            self.page.screenshot(path=str(path), timeout=30000)
            self.page.set_viewport_size(size)
            self._mark("screenshot", t0)
        except Exception as exc:  # a screenshot is a by-product: never the reason a test fails
            print(f"screenshot of {self.path} failed: {exc}")

    # ---------------------------------------------------------------- typing and running one cell
    def cell(self, index: int):
        return self.page.locator(".jp-Notebook .jp-Cell").nth(index)

    def prompt(self, index: int) -> str:
        return (self.cell(index).locator(".jp-InputArea-prompt").first.text_content() or "").strip()

    def type_into_cell(self, index: int, code: str) -> None:
        """Replace the cell's text as a student would: click into it, select all, type (in one
        input event, so the editor's bracket auto-closing and auto-indent add nothing)."""
        editor = self.cell(index).locator(".cm-content").first
        editor.click()
        self.page.keyboard.press("ControlOrMeta+a")
        self.page.keyboard.insert_text(code)
        shown = editor.evaluate("el => el.cmView ? el.cmView.view.state.doc.toString() : el.innerText")
        assert shown.strip() == code.strip(), f"cell {index}: typed {code!r} but the editor shows {shown!r}"

    def run_cell(self, index: int, timeout: float = 60.0) -> str:
        """Run one cell with Shift+Enter from its editor; wait for its new execution count."""
        before = self.prompt(index)
        self.cell(index).locator(".cm-content").first.click()
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
        status = next((c[len("course-feedback-"):] for c in (box.get_attribute("class") or "").split()
                       if c.startswith("course-feedback-")), "")
        return status, box.inner_text()

    # ---------------------------------------------------------------- explorers
    def explorer_roots(self):
        """Explorers: top-level widget boxes in outputs (controls, figure, text) with a text description."""
        return self.page.locator(".jp-OutputArea-output > .widget-vbox").filter(has_text="Text description:")

    @staticmethod
    def explorer_state(root) -> dict:
        """What a student sees change: the figure (Image src) and the HTML texts, not the controls."""
        return root.evaluate("""el => ({
            img: [...el.querySelectorAll('img')].map(i => i.src).join(' | '),
            text: [...el.querySelectorAll('.widget-html-content')].map(h => h.innerText).join('\\n')})""")

    def wait_state_change(self, root, before: dict, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.explorer_state(root) != before:
                self.page.wait_for_timeout(200)  # a new figure arrives with its text in one burst
                break
            self.page.wait_for_timeout(100)
        return self.explorer_state(root)

    def move_slider(self, root, prefer: str = "keyboard") -> dict:
        """Move the first slider handle of ``root``: focus + arrow key (JupyterLab), else a mouse
        drag of the handle (a click on the track is no substitute: on a range slider at its full
        extent the whole track is the draggable bar, and a click there moves nothing)."""
        handle = root.locator(".noUi-handle").first
        handle.scroll_into_view_if_needed(timeout=10000)
        now, top = float(handle.get_attribute("aria-valuenow")), float(handle.get_attribute("aria-valuemax"))
        key = "ArrowRight" if now < top else "ArrowLeft"
        if prefer == "keyboard":
            handle.focus()
            self.page.keyboard.press(key)
            self.page.wait_for_timeout(150)
            if float(handle.get_attribute("aria-valuenow")) != now:
                return {"how": f"keyboard {key}", "from": now, "to": float(handle.get_attribute("aria-valuenow"))}
        track, box = root.locator(".noUi-base").first.bounding_box(), handle.bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        dx = max(track["width"] * 0.15, 12) * (1 if key == "ArrowRight" else -1)
        self.page.mouse.move(x, y)
        self.page.mouse.down()
        self.page.mouse.move(x + dx / 2, y, steps=4)
        self.page.mouse.move(x + dx, y, steps=4)
        self.page.mouse.up()
        self.page.wait_for_timeout(150)
        return {"how": f"mouse drag by {dx:+.0f} px", "from": now, "to": float(handle.get_attribute("aria-valuenow"))}

    @staticmethod
    def change_select(root) -> dict | None:
        """Pick another option of the first dropdown (or select a single item of a multi-select)."""
        for selector, multiple in (("select:not([multiple])", False), ("select[multiple]", True)):
            if root.locator(selector).count() == 0:
                continue
            sel = root.locator(selector).first
            sel.scroll_into_view_if_needed(timeout=10000)
            options = sel.evaluate("s => [...s.options].map(o => [o.value, o.selected])")
            if len(options) < 2:
                continue
            if multiple:
                only_first = options[0][1] and sum(o[1] for o in options) == 1
                choice = [options[1][0] if only_first else options[0][0]]
            else:
                choice = [next(v for v, selected in options if not selected)]
            sel.select_option(choice)
            return {"how": f"select {choice}", "multiple": multiple}
        return None


# ==================================================================== shared checks
def cells_allowed_to_fail(source: Path) -> set[int]:
    """Cells meant to raise (or not to run in tests): tags or nbval marker comments."""
    nb = json.loads(source.read_text(encoding="utf-8"))
    allowed = set()
    for i, cell in enumerate(nb.get("cells", [])):
        src = "".join(cell.get("source", ""))
        first = src.lstrip().splitlines()[0].strip() if src.strip() else ""
        if cell.get("cell_type") == "code" and ({"raises-exception", "skip-execution"} & set(cell.get("metadata", {}).get(
                "tags", [])) or first in ("# NBVAL_RAISES_EXCEPTION", "# NBVAL_SKIP")):
            allowed.add(i)
    return allowed


def run_all_and_check(nb: NotebookPage, source: Path) -> None:
    """Run All, then: every code cell executed and no error or broken widget anywhere."""
    nb.run_all()
    allowed = cells_allowed_to_fail(source)
    problems = [p for p in nb.problems() if not (p["cell"] in allowed and p["kind"] in (
        "error output", "traceback in text output", "error in text output"))]
    assert not problems, nb.describe_problems(problems)
    missing = [i for i in nb.unexecuted_code_cells() if i not in allowed]
    if missing:
        note = (" Run All stops at the first error, also in a cell tagged raises-exception (unlike nbval), so a "
                "student's Run All would stop there too.") if any(i < missing[0] for i in allowed) else ""
        raise AssertionError(f"{nb.path} ({nb.ui}): code cells {[i + 1 for i in missing]} (1-based) did not run."
                             f"{note} Prompts: {nb.prompts()}")


def operate_explorers(nb: NotebookPage, prefer: str = "keyboard", limit: int | None = None) -> list[str]:
    """Change one control of each explorer (``limit``: only the first n) as a student would and
    assert that its figure or text changed. Returns a line per explorer for the report."""
    roots = nb.explorer_roots()
    count = roots.count()
    assert count >= 1, f"{nb.path} ({nb.ui}): no explorer (widget box with a 'Text description:') was rendered"
    log, operated = [], 0
    for i in range(count if limit is None else min(count, limit)):
        root = roots.nth(i)
        title = (root.locator(".widget-html-content").first.inner_text(timeout=2000).splitlines() or ["?"])[0][:80]
        actions = [lambda r=root: nb.move_slider(r, prefer)] * 2 if root.locator(".noUi-handle").count() else []
        if root.locator("select").count():
            actions.insert(1 if actions else 0, lambda r=root: nb.change_select(r))
        if not actions:
            log.append(f"explorer {i} '{title}': no slider or select to operate")
            continue
        tried = []
        for attempt, act in enumerate(actions[:3]):
            before, t0 = nb.explorer_state(root), time.monotonic()
            tried.append(act())
            if nb.wait_state_change(root, before, timeout=20 if attempt == 0 else 10) != before:
                operated += 1
                log.append(f"explorer {i} '{title}': {tried[-1]} -> output changed in {time.monotonic() - t0:.2f} s")
                break
        else:
            raise AssertionError(f"{nb.path} ({nb.ui}): explorer {i} '{title}' showed the same figure and text "
                                 f"after {tried}; browser console: {nb.relevant_console_errors()[-3:]}")
    assert operated >= 1, f"{nb.path} ({nb.ui}): no explorer could be operated: {log}"
    problems = nb.problems()
    assert not problems, nb.describe_problems(problems)
    return log

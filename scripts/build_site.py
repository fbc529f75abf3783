"""Build the web edition: every lesson and exercise notebook, executed, as static HTML pages.

    python scripts/build_site.py [--out _site] [--repo OWNER/REPO] [--ref main] [--hub-url URL]

Each notebook runs top to bottom in a fresh kernel whose working folder is the notebook's own
folder (as for a student), so its figures, their text descriptions and the explorers' static
views are in the page. Interactive widgets cannot work without a kernel: each explorer shows
the static snapshot of its first view, and any other control is replaced by one sentence. The
pages use nbconvert with the template in ``scripts/site_template`` (no JavaScript, nothing
loaded from another site). Every page links to the index, its neighbours, "launch on Binder"
and "open on your hub".

Why nbconvert and not Jupyter Book: nbconvert is already installed with JupyterLab (no new
dependency to pin and keep working), builds offline, and one template covers what the course
needs: a page per notebook and an index.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import queue
import re
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_DIR = Path(__file__).resolve().parent / "site_template"
NOTEBOOK_NAME = re.compile(r"^\d\d_.*\.ipynb$")
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
WIDGET_NOTE = ("<p class='course-static-note'><em>An interactive control is here when the notebook runs "
               "(launch it on Binder or open it on your hub to use it).</em></p>")
SITE_TITLE = "Russia and the Korean Peninsula"


@dataclass
class Page:
    source: Path  # the notebook
    folder: str  # "notebooks" or "exercises"
    title: str = ""
    summary: str = ""
    seconds: float = 0.0

    @property
    def rel(self) -> str:
        return f"{self.folder}/{self.source.name}"

    @property
    def html_name(self) -> str:
        kind = "lesson" if self.folder == "notebooks" else "exercises"
        return f"{kind}-{self.source.stem}.html"

    @property
    def kind(self) -> str:
        return "Lesson" if self.folder == "notebooks" else "Exercises"


def course_notebooks(root: Path = ROOT) -> list[Page]:
    pages = []
    for folder in ("notebooks", "exercises"):
        pages += [Page(p, folder) for p in sorted((root / folder).glob("*.ipynb")) if NOTEBOOK_NAME.match(p.name)]
    return pages


# ------------------------------------------------------------------------------ execution
def _kernel_env(progress_file: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["KOREA_COURSE_PROGRESS"] = str(progress_file)  # never the repository's progress file
    env.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    return env


def execute(nb, cwd: Path, *, cell_timeout: float = 180.0, progress_file: Path, log) -> list[str]:
    """Run every code cell in one fresh kernel, collecting outputs into the cells; polls for
    each reply (a blocking wait for the reply of a widget cell can hang). Returns errors."""
    from jupyter_client import KernelManager
    from nbformat.v4 import output_from_msg

    errors: list[str] = []
    km = KernelManager(kernel_name="python3")
    km.start_kernel(cwd=str(cwd), env=_kernel_env(progress_file), stderr=log, stdout=log)
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=90)
        count = 0
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            cell.outputs = []
            tags = cell.get("metadata", {}).get("tags", [])
            if not cell.source.strip() or "skip-execution" in tags:
                cell.execution_count = None
                continue
            count += 1
            cell.execution_count = count
            msg_id = kc.execute(cell.source, store_history=True, allow_stdin=False, stop_on_error=False)
            deadline = time.monotonic() + cell_timeout
            reply, idle, clear_pending = None, False, False
            while reply is None or not idle:
                if time.monotonic() > deadline:
                    with contextlib.suppress(Exception):
                        km.interrupt_kernel()
                    errors.append(f"cell {index + 1}: no reply within {cell_timeout:g} s")
                    return errors
                got = False
                while True:  # everything the kernel has published so far
                    try:
                        msg = kc.get_iopub_msg(timeout=0)
                    except queue.Empty:
                        break
                    got = True
                    if msg.get("parent_header", {}).get("msg_id") != msg_id:
                        continue
                    kind, content = msg["msg_type"], msg["content"]
                    if kind == "status" and content.get("execution_state") == "idle":
                        idle = True
                    elif kind == "clear_output":
                        if content.get("wait"):
                            clear_pending = True
                        else:
                            cell.outputs = []
                    elif kind in ("stream", "display_data", "execute_result", "error"):
                        if clear_pending:
                            cell.outputs, clear_pending = [], False
                        out = output_from_msg(msg)
                        if kind == "stream" and cell.outputs and cell.outputs[-1].get("output_type") == "stream" \
                                and cell.outputs[-1].get("name") == out.name:
                            cell.outputs[-1].text += out.text
                        else:
                            cell.outputs.append(out)
                if reply is None:
                    try:
                        shell = kc.get_shell_msg(timeout=0 if got else 0.05)
                    except queue.Empty:
                        if not km.is_alive():
                            errors.append(f"cell {index + 1}: the kernel died")
                            return errors
                        continue
                    if shell.get("parent_header", {}).get("msg_id") == msg_id and shell["msg_type"] == "execute_reply":
                        reply = shell
                elif not got:
                    time.sleep(0.02)
            if reply["content"].get("status") == "error" and "raises-exception" not in tags:
                content = reply["content"]
                errors.append(f"cell {index + 1}: {content.get('ename')}: {content.get('evalue', '')[:300]}")
    finally:
        kc.stop_channels()
        with contextlib.suppress(Exception):
            km.shutdown_kernel(now=True)
    return errors


def make_static(nb) -> None:
    """Widgets cannot run on a static page: keep the explorers' HTML snapshot (their text/html),
    replace any other control by a sentence, and drop the saved widget state (which would make
    nbconvert load the widget manager from another site)."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for out in cell.outputs:
            data = out.get("data")
            if not data or WIDGET_MIME not in data:
                continue
            del data[WIDGET_MIME]
            if not data.get("text/html"):
                data["text/html"] = WIDGET_NOTE
                data.pop("text/plain", None)


# ------------------------------------------------------------------------------ page data
def _first_heading_and_text(nb) -> tuple[str, str]:
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        lines = cell.source.strip().splitlines()
        if lines and lines[0].startswith("# "):
            title = lines[0][2:].strip()
            paragraph = []
            for line in lines[1:]:
                if not line.strip():
                    if paragraph:
                        break
                    continue
                if line.startswith("#") or line.startswith("*"):
                    if paragraph:
                        break
                    continue
                paragraph.append(line.strip())
            return title, " ".join(paragraph)
    return "", ""


def _plain(markdown_text: str) -> str:
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", markdown_text)
    return re.sub(r"[*_`]", "", text)


def links_for(page: Page, repo: str, ref: str, hub_url: str) -> dict[str, str]:
    owner_repo = repo.strip("/")
    binder = (f"https://mybinder.org/v2/gh/{owner_repo}/{ref}?urlpath="
              + urllib.parse.quote(f"lab/tree/{page.rel}", safe=""))
    repo_name = owner_repo.split("/")[-1]
    if hub_url:
        query = urllib.parse.urlencode({"repo": f"https://github.com/{owner_repo}", "branch": ref,
                                        "urlpath": f"lab/tree/{repo_name}/{page.rel}"})
        hub = f"{hub_url.rstrip('/')}/hub/user-redirect/git-pull?{query}"
    else:
        hub = f"hub.html#{page.source.stem}-{page.folder}"
    return {"binder": binder, "hub": hub, "source": f"https://github.com/{owner_repo}/blob/{ref}/{page.rel}"}


def render_page(nb, page: Page, pages: list[Page], links: dict[str, str], version: str) -> str:
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(extra_template_basedirs=[str(TEMPLATE_DIR.parent)], template_name=TEMPLATE_DIR.name,
                            exclude_input_prompt=True, exclude_output_prompt=True, embed_images=True)
    i = pages.index(page)
    resources = {"metadata": {"name": f"{page.kind}: {page.title}"},
                 "site": {"title": SITE_TITLE, "page_title": page.title, "kind": page.kind, "links": links,
                          "version": version, "notebook": page.rel, "css": _site_css(),
                          "prev": ({"href": pages[i - 1].html_name, "title": f"{pages[i - 1].kind}: {pages[i - 1].title}"}
                                   if i > 0 else None),
                          "next": ({"href": pages[i + 1].html_name, "title": f"{pages[i + 1].kind}: {pages[i + 1].title}"}
                                   if i + 1 < len(pages) else None)}}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body


def render_index(pages: list[Page], repo: str, ref: str, hub_url: str, version: str) -> str:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)), autoescape=True)
    lessons = [p for p in pages if p.folder == "notebooks"]
    exercises = {p.source.name: p for p in pages if p.folder == "exercises"}
    rows = [{"lesson": p, "exercises": exercises.get(p.source.name),
             "links": links_for(p, repo, ref, hub_url)} for p in lessons]
    extra = [p for p in pages if p.folder == "exercises" and p.source.name not in {r["lesson"].source.name for r in rows}]
    return env.get_template("site_index.html.j2").render(title=SITE_TITLE, rows=rows, extra=extra, version=version,
                                                         repo=repo, ref=ref, css=_site_css())


def render_hub_page(pages: list[Page], repo: str, ref: str, version: str) -> str:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)), autoescape=True)
    owner_repo = repo.strip("/")
    repo_name = owner_repo.split("/")[-1]
    items = []
    for p in pages:
        query = urllib.parse.urlencode({"repo": f"https://github.com/{owner_repo}", "branch": ref,
                                        "urlpath": f"lab/tree/{repo_name}/{p.rel}"})
        items.append({"page": p, "anchor": f"{p.source.stem}-{p.folder}",
                      "link": f"https://YOUR-HUB/hub/user-redirect/git-pull?{query}"})
    return env.get_template("site_hub.html.j2").render(title=SITE_TITLE, items=items, version=version,
                                                       css=_site_css())


def _site_css() -> str:
    return (TEMPLATE_DIR / "static" / "site.css").read_text(encoding="utf-8")


def _version() -> str:
    text = (ROOT / "korea_course" / "__init__.py").read_text(encoding="utf-8")
    m = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.M)
    return m.group(1) if m else "unknown"


# ------------------------------------------------------------------------------ main
def build(out: Path, repo: str, ref: str, hub_url: str, only: list[str] | None = None,
          cell_timeout: float = 180.0) -> tuple[list[Page], list[str]]:
    import nbformat

    pages = course_notebooks()
    if only:
        pages = [p for p in pages if any(o in p.rel for o in only)]
    if not pages:
        return [], ["no notebooks found in notebooks/ or exercises/"]
    version = _version()
    problems: list[str] = []
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob("*.html"):
        stale.unlink()
    notebooks = {}
    with tempfile.TemporaryDirectory(prefix="site-build-") as scratch:
        for page in pages:
            nb = nbformat.read(str(page.source), as_version=4)
            page.title, page.summary = _first_heading_and_text(nb)
            page.title = page.title or page.source.stem
            page.summary = _plain(page.summary)
            t0 = time.monotonic()
            with open(Path(scratch) / f"{page.source.stem}-{page.folder}.log", "ab") as log:
                errors = execute(nb, page.source.parent, cell_timeout=cell_timeout,
                                 progress_file=Path(scratch) / f"progress-{page.folder}-{page.source.stem}.json", log=log)
            page.seconds = time.monotonic() - t0
            problems += [f"{page.rel}: {e}" for e in errors]
            make_static(nb)
            notebooks[page.rel] = nb
            print(f"  executed {page.rel} in {page.seconds:.1f} s" + (f" ({len(errors)} error(s))" if errors else ""),
                  flush=True)
    for page in pages:
        text = render_page(notebooks[page.rel], page, pages, links_for(page, repo, ref, hub_url), version)
        (out / page.html_name).write_text(text, encoding="utf-8")
    (out / "index.html").write_text(render_index(pages, repo, ref, hub_url, version), encoding="utf-8")
    (out / "hub.html").write_text(render_hub_page(pages, repo, ref, version), encoding="utf-8")
    (out / ".nojekyll").write_text("")  # GitHub Pages: serve the files as they are
    return pages, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "_site"), help="output folder (default: _site)")
    parser.add_argument("--repo", default=os.environ.get("SITE_REPO", "OWNER/REPO"),
                        help="GitHub OWNER/REPO for the Binder and hub links (default: $SITE_REPO or OWNER/REPO)")
    parser.add_argument("--ref", default=os.environ.get("SITE_REF", "main"), help="branch or tag for the links")
    parser.add_argument("--hub-url", default=os.environ.get("SITE_HUB_URL", ""),
                        help="your JupyterHub's address (e.g. https://hub.example.edu); without it the "
                             "'open on your hub' links go to a page explaining how to make the link")
    parser.add_argument("--only", nargs="*", help="build only the notebooks whose path contains one of these")
    parser.add_argument("--cell-timeout", type=float, default=180.0)
    args = parser.parse_args(argv)
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", args.repo):
        print(f"--repo must look like OWNER/REPO, not {args.repo!r}", file=sys.stderr)
        return 2
    if args.hub_url and not re.match(r"^https?://", args.hub_url):
        print(f"--hub-url must start with https:// (got {args.hub_url!r})", file=sys.stderr)
        return 2
    out = Path(args.out)
    t0 = time.monotonic()
    print(f"Building the web edition into {out} ...", flush=True)
    pages, problems = build(out, args.repo, args.ref, args.hub_url, args.only, args.cell_timeout)
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    print(f"{len(pages)} pages, index.html and hub.html in {time.monotonic() - t0:.0f} s", flush=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

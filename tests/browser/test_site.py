"""The web edition (``make site``) in the real browser: every page loads without a console
error or a failed request, every link inside the site leads to a page (and anchor) that
exists, every image is drawn, and axe-core finds no critical or serious accessibility
violation (colour contrast is not asked of a coloured sample that is hidden from assistive
technology next to words saying the same: WCAG 1.4.3 exempts decoration).

The site tested is ``$KOREA_COURSE_SITE`` when set (``make test`` builds ``_site`` first and
passes it), else one built here into a temporary folder. axe-core comes from npm into the
git-ignored ``.site-deps/`` (``make site-deps``); ``$AXE_CORE_JS`` may point elsewhere.
"""
from __future__ import annotations

import functools
import http.server
import importlib.util
import os
import re
import sys
import threading
import urllib.parse
from pathlib import Path

import pytest

from notebook_page import ROOT

AXE_JS = Path(os.environ.get("AXE_CORE_JS", ROOT / ".site-deps" / "node_modules" / "axe-core" / "axe.min.js"))
BLOCKING_IMPACTS = {"critical", "serious"}


def unavailable(reason: str):
    """Skip locally; fail on CI (CI=true), as the other browser tests do."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true and the site test cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


def _build_site_module():
    spec = importlib.util.spec_from_file_location("build_site", ROOT / "scripts" / "build_site.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_site", module)  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    given = os.environ.get("KOREA_COURSE_SITE")
    if given:
        path = Path(given)
        assert (path / "index.html").is_file(), f"KOREA_COURSE_SITE={given} has no index.html (run `make site`)"
        return path
    out = tmp_path_factory.mktemp("site")
    _, problems = _build_site_module().build(out, "OWNER/REPO", "main", "")
    assert not problems, problems
    return out


@pytest.fixture(scope="session")
def site_url(site_dir):
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.is_file():
        unavailable(f"axe-core is not installed at {AXE_JS} (run `make site-deps`)")
    return AXE_JS.read_text(encoding="utf-8")


def site_pages(site_dir: Path) -> list[str]:
    return sorted(p.name for p in site_dir.glob("*.html"))


def test_every_notebook_has_a_page_linked_from_the_index(site_dir):
    module = _build_site_module()
    expected = {p.html_name for p in module.course_notebooks()}
    assert expected, "no course notebooks found"
    pages = set(site_pages(site_dir))
    assert expected <= pages, f"missing pages: {sorted(expected - pages)}"
    index = (site_dir / "index.html").read_text(encoding="utf-8")
    linked = set(re.findall(r'href="([^"#?]+\.html)"', index))
    assert expected <= linked, f"not linked from the index: {sorted(expected - linked)}"
    for name in expected:
        text = (site_dir / name).read_text(encoding="utf-8")
        assert "Launch on Binder" in text and "Open on your hub" in text, name
        assert "<script" not in text, f"{name} loads a script (the web edition needs none)"
        assert "application/vnd.jupyter.widget" not in text, f"{name} still holds a live widget"
        # built where another version of the package is installed: the pages would tell readers so
        assert "not the different copy installed" not in text, f"{name} was built beside another installed version"


def test_pages_load_cleanly_with_working_links_and_images_and_no_serious_axe_violation(
        browser, site_dir, site_url, axe_source):
    pages = site_pages(site_dir)
    assert "index.html" in pages and len(pages) >= 3
    ids: dict[str, set[str]] = {}
    links: list[tuple[str, str, str, str]] = []  # page, href, target page, fragment
    problems: list[str] = []
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        for name in pages:
            page = context.new_page()
            console, failed = [], []
            page.on("console", lambda msg, c=console: c.append(msg.text) if msg.type == "error" else None)
            page.on("pageerror", lambda exc, c=console: c.append(f"page error: {exc}"))
            page.on("requestfailed", lambda req, f=failed: f.append(f"{req.url} ({req.failure})"))
            page.on("response", lambda resp, f=failed: f.append(f"{resp.url} (HTTP {resp.status})")
                    if resp.status >= 400 else None)
            response = page.goto(site_url + name, wait_until="load")
            assert response is not None and response.ok, f"{name}: HTTP {response and response.status}"
            problems += [f"{name}: console error: {m}" for m in console]
            problems += [f"{name}: failed request: {m}" for m in failed]
            # images: every <img> decoded and drawn
            broken = page.evaluate("""() => [...document.images]
                .filter(img => !(img.complete && img.naturalWidth > 0))
                .map(img => (img.getAttribute('src') || '').slice(0, 80))""")
            problems += [f"{name}: broken image {src}" for src in broken]
            n_images = page.evaluate("() => document.images.length")
            # links: inside the site they must lead to an existing page and anchor (checked at the end)
            ids[name] = set(page.evaluate("() => [...document.querySelectorAll('[id]')].map(e => e.id)"))
            for href in page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"):
                parsed = urllib.parse.urlsplit(href)
                if parsed.scheme in ("http", "https"):
                    if parsed.scheme != "https" or not parsed.netloc:
                        problems.append(f"{name}: external link is not https: {href}")
                elif parsed.scheme or parsed.netloc:
                    problems.append(f"{name}: unexpected link {href}")
                else:
                    links.append((name, href, urllib.parse.unquote(parsed.path) or name, parsed.fragment))
            # accessibility: axe-core, injected into the page (no network needed)
            page.add_script_tag(content=axe_source)
            result = page.evaluate("""async () => {
                const r = await axe.run(document, {resultTypes: ['violations']});
                // A coloured sample hidden from assistive technology beside words that say the
                // same (a chart key's line or marker sample) is decoration: WCAG 1.4.3 exempts it.
                const decorative = n => n.target.length === 1 && document.querySelector(n.target[0]) !== null
                    && document.querySelector(n.target[0]).closest('[aria-hidden="true"]') !== null;
                return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.filter(n => !(v.id === 'color-contrast' && decorative(n)))
                                      .slice(0, 3).map(n => n.target.join(' ') + ': ' + n.html.slice(0, 120))}))
                    .filter(v => v.nodes.length > 0);
            }""")
            for v in result:
                if v["impact"] in BLOCKING_IMPACTS:
                    problems.append(f"{name}: axe {v['impact']} {v['id']} ({v['help']}): " + " | ".join(v["nodes"]))
            if name.startswith("lesson-"):
                assert n_images > 0, f"{name}: a lesson page without any figure"
            page.close()
    finally:
        context.close()
    assert links, "no link inside the site was found"
    for name, href, target, fragment in links:
        if target not in ids:
            problems.append(f"{name}: link to a missing page {href}")
        elif fragment and fragment not in ids[target] and urllib.parse.unquote(fragment) not in ids[target]:
            problems.append(f"{name}: link to a missing anchor {href}")
    assert not problems, "\n".join(problems)

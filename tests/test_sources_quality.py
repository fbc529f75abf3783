"""Sources are originals where one exists: mirrors and aggregators only as marked reprints, no
AI-written encyclopedia at all, and every data row backed by at least one original."""
from __future__ import annotations

from urllib.parse import urlparse

import pytest

from korea_course import data
from korea_course.data import load_table

# Wikipedia, its mirrors and proxy copies of other sites' pages.
MIRROR_DOMAINS = {
    "wikipedia.org", "wikipedia-on-ipfs.org", "ipfs.dweb.link", "wikiwand.com", "memim.com", "owiki.org",
    "mickopedia.org", "piglix.com", "abcdef.wiki", "frwiki.wiki", "qaz.wiki", "search.com.vn", "zxc.wiki",
    "wikide.org", "wiki2.org", "mediated.wiki", "the-uncensored-wiki.com", "jcvignoli.com", "mdbrecords.com",
    "zhongyishudian.com", "lunomusy.com.tr", "p.rst.im", "initialnews.com", "duckproxy.com",
}
# Aggregators, blog and forum reposts, document-sharing sites and other copies of someone else's page.
AGGREGATOR_DOMAINS = {
    "urdupoint.com", "pakistanpoint.com", "paperzz.com", "menafn.com", "brecorder.com", "oananews.org",
    "spacewar.com", "chinatopix.com", "1913intel.com", "lbo-talk.org", "blogspot.com", "wordpress.com",
    "windowstorussia.com", "twocircles.net", "rusreality.com", "survincity.com", "socialnews.xyz",
    "canindia.com", "samajweekly.co.uk", "wefornews.com", "247newsupdate.com", "eurasiareview.com",
    "infosurhoy.com", "dailyfinland.fi", "kenyanwallstreet.com", "usasiajournal.com", "progressivegazette.com",
    "theglobaldispatch.com", "townhall.com", "pledgetimes.com", "globebanner.com", "csuchen.de",
    "studylib.net", "docslib.org", "scribd.com", "vdocuments.site", "vdocuments.net", "lawglobalhub.com",
    "tedmontgomery.com", "derechos.org", "seenthis.net", "skepticreview.com", "fortunecity.ws", "ipsikor.org",
    "globalsecurity.org", "congressionalresearch.com", "afghan-web.com", "defence-industries.com",
    "swedenherald.com", "flowfm927.com", "scoop.co.nz", "peoplesdaily.pdnews.cn", "customstoday.com.pk",
    "domain-b.com", "ww2facts.net", "news-pravda.com",
}
# AI-written encyclopedias and their copies: not allowed at all, not even as a reprint.
AI_MARKERS = ("grokipedia", "web-production-4e80b.up.railway.app")

# Rows whose only sources are reprints because no original page could be traced. The list can only
# shrink: a row that gains an original must be taken off it (the test below fails until it is).
REPRINT_ONLY_ROWS = {
    ("six_party_context", "ctx-2004-11-09-relaunch"),
    ("six_party_context", "ctx-2009-02-19-neapsm"),
    ("debt_exchange_rate", "conversion-method"),
    ("debt_settlement_terms", "terms-basis"),
    ("nine_bridges_milestones", "rail-2019-major-projects-blocked"),
    ("rok_russia_institutions", "nine-bridges-2-0-agreed"),
}


def _domain_in(url: str, domains: set[str]) -> str | None:
    host = (urlparse(url).hostname or "").lower().rstrip(".")
    for d in domains:
        if host == d or host.endswith("." + d):
            return d
    return None


@pytest.fixture(scope="module")
def sources():
    return load_table("sources", check_sources=False).set_index("id")


def test_reprint_field_is_described_and_typed():
    fields = {f["name"]: f for f in data.resource("sources")["schema"]["fields"]}
    assert "reprint" in fields, "sources.csv needs a 'reprint' field in datapackage.json"
    assert fields["reprint"]["type"] == "boolean"
    assert "reprint" in fields["reprint"].get("description", "").lower()
    assert fields["reprint"].get("constraints", {}).get("required") is True


def test_reprint_cells_are_filled(sources):
    assert sources["reprint"].notna().all()


def test_mirror_and_aggregator_domains_only_as_marked_reprints(sources):
    bad = []
    for sid, row in sources.iterrows():
        hit = _domain_in(row["url"], MIRROR_DOMAINS | AGGREGATOR_DOMAINS)
        if hit and not row["reprint"]:
            bad.append(f"{sid} ({hit})")
    assert not bad, "copies not marked as reprint: " + ", ".join(bad)


def test_reprints_say_what_they_reprint(sources):
    vague = [sid for sid, row in sources[sources["reprint"]].iterrows() if len(str(row["notes"] or "")) < 25]
    assert not vague, f"reprints whose notes do not say what they reproduce: {vague}"


def test_no_ai_written_encyclopedia(sources):
    bad = [sid for sid, row in sources.iterrows()
           if any(m in " ".join(str(v) for v in (sid, *row.values)).lower() for m in AI_MARKERS)]
    assert not bad, f"AI-written encyclopedia pages are not allowed as sources: {bad}"


def _rows_without_original(sources) -> set[tuple[str, str]]:
    copies = {sid for sid, row in sources.iterrows()
              if row["reprint"] or _domain_in(row["url"], MIRROR_DOMAINS | AGGREGATOR_DOMAINS)}
    missing = set()
    for name in data.table_names():
        if name == "sources":
            continue
        table = load_table(name)
        if "source_ids" not in table:
            continue
        for _, row in table.iterrows():
            ids = data.split_multi(row["source_ids"])
            if ids and all(i in copies for i in ids):
                missing.add((name, str(row.iloc[0])))
    return missing


def test_every_row_has_an_original_source(sources):
    missing = _rows_without_original(sources)
    new = sorted(missing - REPRINT_ONLY_ROWS)
    assert not new, f"rows whose only sources are mirrors or reprints: {new}"
    fixed = sorted(REPRINT_ONLY_ROWS - missing)
    assert not fixed, f"these rows now have an original source; take them off REPRINT_ONLY_ROWS: {fixed}"


def test_checks_catch_a_planted_copy(sources):
    """The domain check is live: an unmarked Wikipedia or UrduPoint page is caught."""
    assert _domain_in("https://en.wikipedia.org/wiki/Khasan", MIRROR_DOMAINS) == "wikipedia.org"
    assert _domain_in("https://www.urdupoint.com/en/world/x.html", AGGREGATOR_DOMAINS) == "urdupoint.com"
    assert _domain_in("https://press.un.org/en/2024/sc15648.doc.htm", MIRROR_DOMAINS | AGGREGATOR_DOMAINS) is None

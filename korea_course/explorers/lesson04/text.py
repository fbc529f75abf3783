"""Lesson 4 words: tilt in plain words, the text descriptions of the figures and explorers, and
the balance figure's key in words (``balance_key``).
"""
from __future__ import annotations

import html

import pandas as pd

from ...formatting import join_words, marker_key
from .data import CODINGS, ERAS, KINDS, KOREA_LABELS, NO_POSITION, QUESTIONS, dprk_share
from .style import KIND_MARKERS


# Plural phrases for the text descriptions.
KIND_PHRASES = {
    "summit": ("leader summit", "leader summits"),
    "agreement": ("agreement or ratification", "agreements and ratifications"),
    "un_vote": ("UN Security Council action", "UN Security Council actions"),
    "visit": ("ministerial or envoy visit or statement", "ministerial and envoy visits and statements"),
    "military": ("act of military cooperation", "acts of military cooperation"),
    "economic": ("economic project", "economic projects"),
}


def kind_phrase(kind: str, n: int) -> str:
    one, many = KIND_PHRASES[kind]
    return f"{n} {one if n == 1 else many}"


def tilt_word(share: float) -> str:
    """Plain words for a DPRK share: balanced within 40–60 %, else tilted towards one Korea."""
    if share != share:  # NaN
        return "no evidence"
    if share >= 0.6:
        return "tilted towards the DPRK"
    if share <= 0.4:
        return "tilted towards the ROK"
    return "roughly balanced"


def describe_balance(counts: pd.DataFrame, measure: str = "count", *, what: str = "", coding: str = "") -> str:
    """A text alternative for the per-period bars: totals, each period and its tilt."""
    unit = "points of weight" if measure == "weight" else "items"
    totals = counts.sum()
    if totals.sum() == 0:
        return "No evidence matches the current choices."
    share = dprk_share(counts)
    neither = "neither" in counts and totals["neither"] > 0
    parts = []
    for period, row in counts.iterrows():
        extra = f", neither {row['neither']}" if neither else ""
        parts.append(f"{period}: DPRK {row['DPRK']}, ROK {row['ROK']}{extra} ({tilt_word(share[period])})")
    how = f" Coding: {CODINGS[coding]}." if coding in CODINGS else ""
    intro = (f"Russia's engagement with the two Koreas{(' — ' + what) if what else ''}, in {unit} per period.{how} "
             f"In total DPRK {totals['DPRK']}, ROK {totals['ROK']}"
             + (f", neither Korea {totals['neither']}" if neither else "") + ". ")
    return intro + "; ".join(parts) + "."


def describe_evidence_points(shown: pd.DataFrame, coding: str = "korea_rule") -> str:
    """A text alternative for the timeline of evidence items (one row per side)."""
    if shown.empty:
        return "No evidence items match the current choices."
    side = shown[coding] if coding in shown else shown["korea"]
    by_side = side.value_counts()
    kinds = shown.groupby("kind").size().sort_values(ascending=False)
    kind_text = join_words([kind_phrase(k, int(n)) for k, n in kinds.items()])
    first, last = shown.iloc[0], shown.iloc[-1]
    neither = f", neither Korea {by_side.get('neither', 0)}" if by_side.get("neither", 0) else ""
    return (f"{len(shown)} evidence items from {first['date'].year} to {last['date'].year} "
            f"(DPRK {by_side.get('DPRK', 0)}, ROK {by_side.get('ROK', 0)}{neither}): {kind_text}. "
            f"Earliest: {first['title']} ({side.iloc[0]}, {first['date'].year}); "
            f"latest: {last['title']} ({side.iloc[-1]}, {last['date'].year}).")


def balance_key(html_markup: bool = True) -> str:
    """The balance figure's key in words (used instead of in-figure legends in the explorer)."""
    shapes = "; ".join(f"{marker_key(KIND_MARKERS[k])} = {KIND_PHRASES[k][1]}" for k in KINDS)
    text = ("Key — top panel: one marker per item of evidence; its row and colour give the side the coding "
            f"gives it (upper row, vermillion = {KOREA_LABELS['DPRK']}; middle row, grey = neither Korea "
            f"(non-proliferation); lower row, blue = {KOREA_LABELS['ROK']}), "
            f"its shape the kind ({shapes}) and its size the weight (small = 1, large = 3). "
            f"Bottom panel: hatched vermillion bars (///) = {KOREA_LABELS['DPRK']}; dotted grey bars (...) = "
            f"neither Korea; plain blue bars = {KOREA_LABELS['ROK']}.")
    return html.escape(text) if html_markup else text


def describe_positions(table: pd.DataFrame, question: str, era: str) -> str:
    """A text alternative of the side-by-side table, with Russia's place among the six."""
    recorded = table[table["summary"] != NO_POSITION]
    missing = table[table["summary"] == NO_POSITION]["party"].tolist()
    parts = [f"{r['party']}: {r['summary']}" for _, r in recorded.iterrows()]
    text = (f"{QUESTIONS[question]}, {ERAS[era].lower()}: positions recorded for {len(recorded)} of 6 parties. "
            + "; ".join(parts) + ".")
    if missing:
        text += f" No position recorded for {join_words(missing)}."
    return text


def describe_verdicts(counts: pd.Series) -> str:
    total = int(counts.sum())
    parts = join_words([f"{int(n)} {v}" for v, n in counts.items()])
    return f"Of the {total} claims of the CGTN commentary in the table: {parts}."


def describe_vote_record(record: pd.DataFrame) -> str:
    parts = []
    for era, row in record.iterrows():
        parts.append(f"{era}: " + join_words([f"{int(n)} {vote}" for vote, n in row.items() if n]))
    return "Russia's votes on Security Council texts on the DPRK, " + "; ".join(parts) + "."

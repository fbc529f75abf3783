"""Lesson 0 words: kinds of event in a sentence, the figures' text descriptions, the balance
chart's key and the map of the lessons to come.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

import pandas as pd

from ...formatting import join_words
from ...plotting import EVENT_CATEGORIES
from .data import LANES


IN_SENTENCE = {  # the plain labels of EVENT_CATEGORIES as they read inside a sentence
    "summit": "summits and visits", "six_party_talks": "Six-Party Talks", "nuclear_missile": "DPRK tests",
    "un_sanctions": "UN Security Council actions", "economic": "economic ties",
    "treaty_military": "treaties and military moves", "ukraine_crisis": "Ukraine crisis events",
    "diplomatic": "diplomatic steps",
}


def kind_label(category: str) -> str:
    """The label of a kind of event for use inside a sentence."""
    if category in IN_SENTENCE:
        return IN_SENTENCE[category]
    return EVENT_CATEGORIES.get(category, {"label": str(category).replace("_", " ")})["label"].lower()


def describe_overview(events: pd.DataFrame) -> str:
    """Text alternative of the overview figure: totals, the mix of kinds, and where events cluster."""
    years = events["date"].dt.year
    counts = Counter(events["category"])
    ordered = events.sort_values("date")
    first, last = ordered.iloc[0], ordered.iloc[-1]
    busiest = years.value_counts().sort_index()
    base = (f"{len(events)} events from {years.min()} to {years.max()}: "
            + join_words([f"{n} {kind_label(c)}" for c, n in counts.most_common()])
            + f". Each kind has its own row, colour and marker. The first event is \"{first['title']}\" "
            f"({first['date']:%d %B %Y}) and the last is \"{last['title']}\" ({last['date']:%d %B %Y}). "
            f"The busiest year is {busiest.idxmax()} with {busiest.max()} events.")
    parts = []
    for label, (first, last) in {"1990–1999": (1990, 1999), "2000–2008": (2000, 2008), "2009–2013": (2009, 2013),
                                 "2014–2021": (2014, 2021), "2022–2024": (2022, 2024)}.items():
        chunk = events[(years >= first) & (years <= last)]
        if chunk.empty:
            continue
        top, n = Counter(chunk["category"]).most_common(1)[0]
        parts.append(f"{label}: {len(chunk)} events, most often {kind_label(top)} ({n})")
    return base + " By period — " + "; ".join(parts) + "."


def describe_contacts(table: pd.DataFrame, categories: Sequence[str]) -> str:
    """Text alternative of the balance chart."""
    first, last = int(table.index.min()), int(table.index.max())
    span = f"{first}" if first == last else f"{first} to {last}"
    kinds = join_words([kind_label(c) for c in categories]) or "no kinds"
    n_north, n_south = int(table["DPRK"].sum()), int(table["ROK"].sum())
    if n_north + n_south == 0:
        return f"From {span} the timeline has no events of the chosen kinds ({kinds}) that involve Russia and a Korea."
    text = (f"From {span}, counting {kinds}: {n_north} events involve Russia and North Korea "
            f"and {n_south} involve Russia and South Korea.")
    both = [str(y) for y in table.index if table.at[y, "DPRK"] and table.at[y, "ROK"]]
    only_n = [str(y) for y in table.index if table.at[y, "DPRK"] and not table.at[y, "ROK"]]
    only_s = [str(y) for y in table.index if table.at[y, "ROK"] and not table.at[y, "DPRK"]]
    if both:
        text += f" Years with events on both sides: {join_words(both)}."
    if only_n:
        text += f" Only with the North: {join_words(only_n)}."
    if only_s:
        text += f" Only with the South: {join_words(only_s)}."
    return text


# The balance chart's key, in words: the explorer puts it in the HTML under the controls rather
# than in a legend (a legend is laid out and drawn again on every change, about 7 ms of each redraw).
# The hatching stays in the figure and its title names it, so colour is never the only cue.
BALANCE_KEY = ("Key: solid blue bars (left of each pair) = events with North Korea; "
               "orange bars hatched with diagonal lines (right of each pair) = events with South Korea.")


def describe_background(table: pd.DataFrame) -> str:
    """Text alternative of the background figure: each lane's events and years, before and from 2000."""
    if table.empty:
        return "No events of 1990–2002 in the timeline."
    years = table["date"].dt.year
    first, last = int(years.min()), int(years.max())
    parts = [f"{len(table)} events from {first} to {last}, one row per lane"]
    for key, label in LANES.items():
        rows = table[table["lane"] == key]
        if rows.empty:
            parts.append(f"{label}: none")
            continue
        spread = sorted(set(int(y) for y in rows["date"].dt.year))
        parts.append(f"{label}: {len(rows)} ({join_words([str(y) for y in spread])})")
    text = "; ".join(parts) + "."
    before, after = table[years < 2000], table[years >= 2000]
    text += (f" Before 2000: {int((before['lane'] == 'south').sum())} with the South only and "
             f"{int((before['lane'] == 'north').sum())} with the North only; from 2000: "
             f"{int((after['lane'] == 'south').sum())} with the South and {int((after['lane'] == 'north').sum())} "
             f"with the North.")
    return text


LESSONS = [
    ("Lesson 1", "The Six-Party Talks and the sanctions votes",
     "How did Russia win a seat at the table in 2003, and how did it vote on the DPRK at the UN?",
     ("six_party_talks", "un_sanctions", "nuclear_missile")),
    ("Lesson 2", "The debt settlement",
     "What did Moscow gain by writing off most of the DPRK's Soviet-era debt?",
     ("economic",)),
    ("Lesson 3", "The Nine Bridges",
     "What did Moon's Nine Bridges offer Russia, and what became of them?",
     ("economic", "summit")),
    ("Lesson 4", "Russia's balancing act",
     "Does the evidence, and what happened after 2018, support the CGTN commentary?",
     ("treaty_military", "ukraine_crisis", "summit")),
]


def lesson_map(events: pd.DataFrame) -> pd.DataFrame:
    """The four lessons to come, their guiding question, and how many timeline events they draw on."""
    rows = []
    for number, title, question, cats in LESSONS:
        labels = join_words([kind_label(c) for c in cats])
        rows.append({"lesson": number, "title": title, "guiding question": question,
                     "kinds of event": labels, "events in the timeline": int(events["category"].isin(cats).sum())})
    return pd.DataFrame(rows)

"""Lesson 4 — Russia's balancing act: pure functions and two explorers.

* The **balance explorer** puts Russia's engagement with both Koreas (``balance_evidence``)
  on one timeline, filtered by kind of evidence and years, with counts (or weights) per
  period, so students can see when and how the balance tilted.
* The **perspectives explorer** shows, for one core question, the six parties' positions
  (``perspectives``) side by side for a chosen era.

Every explorer is a thin wrapper over a pure ``*_view`` function that tests call directly.
"""
from __future__ import annotations

import html
import re
from typing import Iterable, Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator, StrMethodFormatter

from ..data import PARTY_NAMES, load_table
from ..plotting import OKABE_ITO, join_words, fixed_layout, pin_text_positions
from ..widgets import Explorer, View, dropdown, multi_picker, persistent, year_range_slider

# ------------------------------------------------------------------------------ constants
KOREAS = ("DPRK", "ROK")
KOREA_LABELS = {"DPRK": "North Korea (DPRK)", "ROK": "South Korea (ROK)"}
# Colour AND hatch/marker fill carry the Korea (never colour alone).
KOREA_STYLE = {
    "DPRK": {"color": OKABE_ITO["vermillion"], "hatch": "///", "fill": "full"},
    "ROK": {"color": OKABE_ITO["blue"], "hatch": "", "fill": "none"},
}
KINDS = {
    "summit": "Leader summits",
    "agreement": "Agreements and ratifications",
    "un_vote": "UN Security Council action",
    "visit": "Ministerial and envoy visits",
    "military": "Military cooperation",
    "trade": "Trade figures",
}
KIND_MARKERS = {"summit": "o", "agreement": "s", "un_vote": "D", "visit": "^", "military": "X", "trade": "v"}
# The marker shapes in words (with a matching symbol) for the key under the explorer's figure.
MARKER_WORDS = {"o": "● circle", "s": "■ square", "D": "◆ diamond", "^": "▲ triangle",
                "X": "✖ cross", "v": "▼ upside-down triangle"}
# The periods the lesson uses: before/after the Six-Party Talks, the 2014 Ukraine crisis,
# the 2018 diplomacy, and the 2022 war.
PERIODS: tuple[tuple[int, int], ...] = ((2000, 2007), (2008, 2013), (2014, 2017), (2018, 2021), (2022, 2024))
MEASURES = {"weight": "Weighted (1–3 per item)", "count": "Number of items"}
# Plural phrases for the text descriptions.
KIND_PHRASES = {
    "summit": ("leader summit", "leader summits"),
    "agreement": ("agreement or ratification", "agreements and ratifications"),
    "un_vote": ("UN Security Council action", "UN Security Council actions"),
    "visit": ("ministerial or envoy visit", "ministerial and envoy visits"),
    "military": ("act of military cooperation", "acts of military cooperation"),
    "trade": ("trade figure", "trade figures"),
}


def kind_phrase(kind: str, n: int) -> str:
    one, many = KIND_PHRASES[kind]
    return f"{n} {one if n == 1 else many}"

QUESTIONS = {
    "denuclearisation": "Denuclearisation",
    "sanctions": "Sanctions",
    "economic_links": "Economic links",
    "security_guarantees": "Security guarantees",
}
ACTOR_ORDER = ("RUS", "CHN", "USA", "ROK", "DPRK", "JPN")
ERAS = {
    "2003-2008": "Six-Party Talks (2003–2008)",
    "2009-2016": "Between the talks and the crisis (2009–2016)",
    "2017-2019": "Crisis and summit diplomacy (2017–2019)",
    "2020-2025": "After the invasion of Ukraine (2020–2025)",
    "all": "All periods",
}
NO_POSITION = "— (no position recorded for this era)"


def period_label(period: tuple[int, int]) -> str:
    return f"{period[0]}–{period[1]}"


# ------------------------------------------------------------------------------ balance: pure
def assign_period(years: Iterable[int], periods: Sequence[tuple[int, int]] = PERIODS) -> list[str | None]:
    """The label of the period each year falls in ('2000–2007' …), or None outside them all."""
    labels = []
    for year in years:
        label = None
        for first, last in periods:
            if first <= int(year) <= last:
                label = period_label((first, last))
                break
        labels.append(label)
    return labels


def filter_evidence(evidence: pd.DataFrame, years: tuple[int, int] = (2000, 2024),
                    kinds: Iterable[str] | None = None, korea: str | None = None) -> pd.DataFrame:
    """Rows of ``balance_evidence`` within the years (inclusive), of the given kinds and Korea."""
    first, last = sorted(int(y) for y in years)
    year = evidence["date"].dt.year
    mask = (year >= first) & (year <= last)
    if kinds is not None:
        mask &= evidence["kind"].isin(list(kinds))
    if korea in KOREAS:
        mask &= evidence["korea"] == korea
    return evidence[mask].sort_values("date")


def engagement_counts(evidence: pd.DataFrame, periods: Sequence[tuple[int, int]] = PERIODS,
                      measure: str = "count") -> pd.DataFrame:
    """A table: one row per period, a column per Korea, the number (or summed weight) of items.

    Every period and both Koreas appear, with 0 where there is no evidence (a true zero:
    the table counts rows of our evidence, it does not measure missing data).
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}")
    labels = [period_label(p) for p in periods]
    # numpy rather than assign/groupby/unstack: the explorer calls this on every change.
    years = evidence["date"].dt.year.to_numpy()
    korea = evidence["korea"].to_numpy()
    values = np.ones(len(evidence)) if measure == "count" else evidence["weight"].to_numpy(dtype=float)
    period = np.full(len(evidence), -1)
    for i, (first, last) in enumerate(periods):  # a year belongs to the first period that holds it
        period[(period == -1) & (years >= first) & (years <= last)] = i
    table = np.zeros((len(periods), len(KOREAS)))
    for j, code in enumerate(KOREAS):
        mine = (korea == code) & (period >= 0)
        table[:, j] = np.bincount(period[mine], weights=values[mine], minlength=len(periods))
    return pd.DataFrame(table.astype(int), index=pd.Index(labels, name="period"), columns=list(KOREAS))


def dprk_share(counts: pd.DataFrame) -> pd.Series:
    """The DPRK's share (0–1) of each period's engagement; NaN where a period has none."""
    total = counts.sum(axis=1)
    return (counts["DPRK"] / total.where(total > 0)).rename("dprk_share")


def tilt_word(share: float) -> str:
    """Plain words for a DPRK share: balanced within 40–60 %, else tilted towards one Korea."""
    if share != share:  # NaN
        return "no evidence"
    if share >= 0.6:
        return "tilted towards the DPRK"
    if share <= 0.4:
        return "tilted towards the ROK"
    return "roughly balanced"


def describe_balance(counts: pd.DataFrame, measure: str = "count", *, what: str = "") -> str:
    """A text alternative for the per-period bars: totals, each period and its tilt."""
    unit = "points of weight" if measure == "weight" else "items"
    totals = counts.sum()
    if totals.sum() == 0:
        return "No evidence matches the current choices."
    share = dprk_share(counts)
    parts = []
    for period, row in counts.iterrows():
        parts.append(f"{period}: DPRK {row['DPRK']}, ROK {row['ROK']} ({tilt_word(share[period])})")
    intro = (f"Russia's engagement with the two Koreas{(' — ' + what) if what else ''}, in {unit} per period. "
             f"In total DPRK {totals['DPRK']}, ROK {totals['ROK']}. ")
    return intro + "; ".join(parts) + "."


def describe_evidence_points(shown: pd.DataFrame) -> str:
    """A text alternative for the two-row timeline of evidence items."""
    if shown.empty:
        return "No evidence items match the current choices."
    by_korea = shown.groupby("korea").size()
    kinds = shown.groupby("kind").size().sort_values(ascending=False)
    kind_text = join_words([kind_phrase(k, int(n)) for k, n in kinds.items()])
    first, last = shown.iloc[0], shown.iloc[-1]
    return (f"{len(shown)} evidence items from {first['date'].year} to {last['date'].year} "
            f"(DPRK {by_korea.get('DPRK', 0)}, ROK {by_korea.get('ROK', 0)}): {kind_text}. "
            f"Earliest: {first['title']} ({first['korea']}, {first['date'].year}); "
            f"latest: {last['title']} ({last['korea']}, {last['date'].year}).")


def decimal_year(dates: pd.Series) -> np.ndarray:
    """Dates as decimal years (2018-07-02 → about 2018.5): a plain numeric x axis, cheaper to
    draw than a date axis and labelled with whole years."""
    dates = pd.to_datetime(dates)
    return (dates.dt.year + (dates.dt.day_of_year - 1) / 365.25).to_numpy(dtype=float)


def balance_key(html_markup: bool = True) -> str:
    """The balance figure's key in words (used instead of in-figure legends in the explorer)."""
    shapes = "; ".join(f"{MARKER_WORDS[KIND_MARKERS[k]]} = {KIND_PHRASES[k][1]}" for k in KINDS)
    text = ("Key — top panel: one marker per item of evidence; its row and colour give the Korea "
            f"(upper row, vermillion = {KOREA_LABELS['DPRK']}; lower row, blue = {KOREA_LABELS['ROK']}), "
            f"its shape the kind ({shapes}) and its size the weight (small = 1, large = 3). "
            f"Bottom panel: hatched vermillion bars (///) = {KOREA_LABELS['DPRK']}; "
            f"plain blue bars = {KOREA_LABELS['ROK']}.")
    return html.escape(text) if html_markup else text




class _BalancePlot:
    """Two panels built once: a two-row timeline (top) and bars per period (bottom).

    ``legend=False`` (the explorer) leaves the two legends out — the Agg renderer redraws a
    legend on every change, about a quarter of the render — and the key goes into the HTML
    under the figure (``balance_key``). The hatching and the marker shapes stay in the figure,
    and the bar panel's title names the hatching, so the figure never relies on colour alone.
    """

    def __init__(self, fig: Figure, periods: Sequence[tuple[int, int]], legend: bool = True):
        self.periods = list(periods)
        self.legend = legend
        if legend:
            fig.subplots_adjust(left=0.2, right=0.98, bottom=0.1, top=0.93, hspace=0.55)
        else:
            fig.subplots_adjust(left=0.2, right=0.98, bottom=0.09, top=0.92, hspace=0.42)
        self.ax_time = ax = fig.add_subplot(2, 1, 1)
        self.points = {}
        for kind, label in KINDS.items():
            self.points[kind] = ax.scatter([], [], marker=KIND_MARKERS[kind], s=[], facecolors=[],
                                           edgecolors="black", linewidths=0.6, zorder=3, label=label)
        ax.set_yticks([0, 1], [KOREA_LABELS["ROK"], KOREA_LABELS["DPRK"]])
        ax.set_ylim(-0.6, 1.6)
        ax.grid(axis="y", visible=False)
        # plain decimal years with whole-year ticks (no date locator to run on every change)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=12, steps=[1, 2, 5, 10], integer=True))
        ax.xaxis.set_major_formatter(StrMethodFormatter("{x:.0f}"))
        ax.set_title("Each item of evidence (marker = kind, size = weight 1–3)", loc="left", y=1.0)
        pin_text_positions(ax)
        if legend:
            handles = [Line2D([], [], linestyle="none", marker=KIND_MARKERS[k], markersize=6, markerfacecolor="white",
                              markeredgecolor="black", label=label) for k, label in KINDS.items()]
            ax.legend(handles=handles, loc="upper left", ncols=3, fontsize=7, frameon=False,
                      bbox_to_anchor=(0, -0.12))
        self.ax_bars = bx = fig.add_subplot(2, 1, 2)
        x = np.arange(len(self.periods))
        width = 0.38
        self.bars = {}
        for offset, korea in ((-width / 2, "DPRK"), (width / 2, "ROK")):
            style = KOREA_STYLE[korea]
            self.bars[korea] = bx.bar(x + offset, np.zeros(len(x)), width, color=style["color"], hatch=style["hatch"],
                                      edgecolor="black", linewidth=0.6, label=KOREA_LABELS[korea])
        bx.set_xticks(x, [period_label(p) for p in self.periods])
        bx.grid(axis="x", visible=False)  # vertical grid lines between the bar pairs say nothing
        if legend:
            bx.legend(loc="upper left", fontsize=8, frameon=False)
        self.bar_title = bx.set_title("", loc="left", y=1.0)
        pin_text_positions(bx, ylabel_x=-0.065)

    def update(self, shown: pd.DataFrame, counts: pd.DataFrame, measure: str, years: tuple[int, int]) -> None:
        xs_all = decimal_year(shown["date"])
        is_dprk = (shown["korea"] == "DPRK").to_numpy()
        sizes_all = 25 + 35 * shown["weight"].to_numpy(dtype=float)
        kinds = shown["kind"].to_numpy()
        for kind, artist in self.points.items():
            mine = kinds == kind
            if not mine.any():
                artist.set_offsets(np.empty((0, 2)))
                artist.set_sizes([])
                artist.set_facecolors([])
                continue
            artist.set_offsets(np.column_stack([xs_all[mine], np.where(is_dprk[mine], 1, 0)]))
            artist.set_sizes(sizes_all[mine])
            artist.set_facecolors([KOREA_STYLE["DPRK" if d else "ROK"]["color"] for d in is_dprk[mine]])
        first, last = years
        margin = 60 / 365.25  # two months either side, as before
        self.ax_time.set_xlim(int(first) - margin, int(last) + 1 + margin)
        top = max(int(counts.to_numpy().max()) if counts.size else 0, 1)
        for korea, bars in self.bars.items():
            for bar, value in zip(bars, counts[korea].to_numpy()):
                bar.set_height(value)
        self.ax_bars.set_ylim(0, top * 1.15)
        self.ax_bars.set_ylabel("weight" if measure == "weight" else "items")
        title = f"Per period: {MEASURES[measure].lower()}"
        if not self.legend:  # the second cue, named in the figure itself
            title += " — hatched bars: DPRK, plain bars: ROK"
        self.bar_title.set_text(title)


def balance_view(evidence: pd.DataFrame, years: tuple[int, int] = (2000, 2024),
                 kinds: Iterable[str] | None = None, measure: str = "weight",
                 periods: Sequence[tuple[int, int]] = PERIODS, legend: bool = True) -> View:
    """The pure model of the balance explorer.

    ``legend=True`` (a static figure in the lesson) draws the two legends in the figure;
    ``legend=False`` (the explorer) leaves them out and puts the same key, in words, in the
    summary under the controls.
    """
    kinds = list(KINDS) if kinds is None else list(kinds)
    years = tuple(sorted(int(y) for y in years))
    shown = filter_evidence(evidence, years, kinds)
    counts = engagement_counts(shown, periods, measure)
    share = dprk_share(counts)
    table = shown[["date", "korea", "kind", "title", "weight"]].copy()
    table["date"] = table["date"].dt.strftime("%Y-%m-%d")
    chosen = ("all kinds" if set(kinds) == set(KINDS)
              else join_words([KIND_PHRASES[k][1] for k in kinds if k in KIND_PHRASES]) or "no kinds")
    description = describe_evidence_points(shown) + " " + describe_balance(counts, measure, what=chosen)
    latest = share.dropna()
    tilt = f" Latest period shown: {tilt_word(latest.iloc[-1])}." if not latest.empty else ""
    summary = (f"<strong>{len(shown)}</strong> of {len(evidence)} items, {years[0]}–{years[1]}, {chosen}." + tilt)
    if not legend:
        summary += f"<br><span class='course-key'>{balance_key()}</span>"
    return View(description=description, table=table, summary=summary,
                draw=lambda fig: persistent(fig, "balance", lambda f: _BalancePlot(f, periods, legend)).update(
                    shown, counts, measure, years),
                extra={"count": len(shown), "counts": counts, "dprk_share": share, "legend": legend})


def balance_explorer(evidence: pd.DataFrame | None = None) -> Explorer:
    """Both Koreas on one timeline; filter by kind and years; per-period counts or weights."""
    evidence = load_table("balance_evidence") if evidence is None else evidence
    first, last = int(evidence["date"].dt.year.min()), int(evidence["date"].dt.year.max())
    controls = {
        "years": year_range_slider(first, last, description="Years"),
        "kinds": multi_picker(KINDS, "Kinds of evidence", rows=6),
        "measure": dropdown(MEASURES, "Count as", value="weight"),
    }
    return Explorer("Balance explorer: Russia's engagement with the two Koreas", controls,
                    lambda years, kinds, measure: balance_view(evidence, years, kinds, measure, legend=False),
                    figsize=(9.0, 4.6), clear_figure=False,
                    intro="Choose years and kinds of evidence (Ctrl/Cmd-click for several); switch between "
                          "counting items and weighting them 1–3. The bars compare the periods; the key "
                          "under the controls names each marker shape and the hatching.")


# ------------------------------------------------------------------------------ perspectives: pure
def period_span(period: str) -> tuple[int, int]:
    """'2003-2008' -> (2003, 2008); '2024' -> (2024, 2024)."""
    years = [int(y) for y in re.findall(r"\d{4}", str(period))]
    if not years:
        raise ValueError(f"{period!r} is not a year or a year range")
    return min(years), max(years)


def overlaps(period: str, era: str) -> bool:
    """Does a row's period overlap the era ('all' overlaps everything)?"""
    if era == "all":
        return True
    a, b = period_span(period)
    c, d = period_span(era)
    return a <= d and c <= b


def positions_for(perspectives: pd.DataFrame, question: str, era: str = "all") -> pd.DataFrame:
    """One row per actor (in ACTOR_ORDER) for a question and era, earliest period first.

    Where an actor has several rows in the era they are joined, oldest first; an actor with
    none gets NO_POSITION, so the six are always side by side.
    """
    if question not in QUESTIONS:
        raise ValueError(f"question must be one of {', '.join(QUESTIONS)}")
    if era not in ERAS:
        raise ValueError(f"era must be one of {', '.join(ERAS)}")
    rows = perspectives[(perspectives["question"] == question)
                        & perspectives["period"].map(lambda p: overlaps(p, era))].copy()
    rows["start"] = rows["period"].map(lambda p: period_span(p)[0])
    rows = rows.sort_values(["start", "perspective_id"])
    out = []
    for actor in ACTOR_ORDER:
        mine = rows[rows["actor"] == actor]
        if mine.empty:
            out.append({"actor": actor, "party": PARTY_NAMES[actor], "period": "", "summary": NO_POSITION,
                        "position": "", "source_ids": ""})
            continue
        out.append({"actor": actor, "party": PARTY_NAMES[actor],
                    "period": " → ".join(mine["period"]),
                    "summary": " → ".join(mine["position_summary"]),
                    "position": " Later: ".join(mine["position"]),
                    "source_ids": ";".join(dict.fromkeys(s for cell in mine["source_ids"] for s in cell.split(";")))})
    return pd.DataFrame(out)


def position_matrix(perspectives: pd.DataFrame, question: str,
                    eras: Sequence[str] = ("2003-2008", "2017-2019", "2020-2025")) -> pd.DataFrame:
    """Actors × eras: the position summaries for one question (a compact side-by-side view)."""
    columns = {}
    for era in eras:
        table = positions_for(perspectives, question, era)
        columns[ERAS[era]] = table.set_index("party")["summary"].replace(NO_POSITION, "—")
    return pd.DataFrame(columns)


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


def perspectives_view(perspectives: pd.DataFrame, question: str = "sanctions", era: str = "all") -> View:
    """The pure model of the perspectives explorer (a table, no figure)."""
    table = positions_for(perspectives, question, era)
    russia = table.set_index("actor").loc["RUS", "summary"]
    summary = (f"<strong>{QUESTIONS[question]}</strong> — {ERAS[era]}. Russia: <em>{russia}</em>. "
               "Read across the rows: whose position is closest to Russia's?")
    return View(description=describe_positions(table, question, era),
                table=table[["party", "period", "summary", "position"]],
                summary=summary, extra={"table": table})


def perspectives_explorer(perspectives: pd.DataFrame | None = None) -> Explorer:
    """Pick a question and an era; the six parties' positions side by side."""
    perspectives = load_table("perspectives") if perspectives is None else perspectives
    controls = {
        "question": dropdown(QUESTIONS, "Question", value="sanctions"),
        "era": dropdown(ERAS, "Era", value="all"),
    }
    return Explorer("Perspectives explorer: six parties, four questions", controls,
                    lambda question, era: perspectives_view(perspectives, question, era),
                    with_figure=False, max_rows=6,
                    intro="Pick a question and an era. Arrows (→) show how a party's position changed.")


# ------------------------------------------------------------------------------ claims and events
VERDICT_ORDER = ("confirmed", "qualified", "contradicted", "unverifiable")
VERDICT_STYLE = {
    "confirmed": {"color": OKABE_ITO["bluish_green"], "hatch": ""},
    "qualified": {"color": OKABE_ITO["orange"], "hatch": "..."},
    "contradicted": {"color": OKABE_ITO["vermillion"], "hatch": "///"},
    "unverifiable": {"color": OKABE_ITO["grey"], "hatch": "xx"},
}


def verdict_counts(claims: pd.DataFrame) -> pd.Series:
    """Number of the article's claims per verdict, in a fixed order (zeros kept)."""
    return claims["verdict"].value_counts().reindex(list(VERDICT_ORDER), fill_value=0).rename("claims")


def describe_verdicts(counts: pd.Series) -> str:
    total = int(counts.sum())
    parts = join_words([f"{int(n)} {v}" for v, n in counts.items()])
    return f"Of the {total} claims we checked in the CGTN commentary: {parts}."




def draw_verdicts(fig: Figure, counts: pd.Series) -> None:
    """Horizontal bars, one per verdict: colour, hatch and a number label (never colour alone)."""
    ax = fig.add_subplot()
    ax.set_axisbelow(True)
    ys = np.arange(len(counts))[::-1]
    for y, (verdict, n) in zip(ys, counts.items()):
        style = VERDICT_STYLE[verdict]
        ax.barh(y, n, color=style["color"], hatch=style["hatch"], edgecolor="black", linewidth=0.6)
        ax.text(n + 0.1, y, str(int(n)), va="center")
    ax.set_yticks(ys, list(counts.index))
    ax.set_xlabel("number of claims")
    ax.set_xlim(0, max(int(counts.max()), 1) + 1.5)
    ax.grid(axis="y", visible=False)
    ax.set_title("The commentary's claims against the evidence", loc="left")
    fixed_layout(fig, ax)


def russia_vote_record(votes: pd.DataFrame) -> pd.DataFrame:
    """From Lesson 1's ``unsc_dprk_votes``: Russia's votes by outcome and era (before/after 2022)."""
    era = np.where(votes["date"].dt.year < 2022, "2006–2021", "2022–2024")
    return pd.crosstab(pd.Series(era, name="era"), votes["russia_vote"].rename("Russia's vote"))


def describe_vote_record(record: pd.DataFrame) -> str:
    parts = []
    for era, row in record.iterrows():
        parts.append(f"{era}: " + join_words([f"{int(n)} {vote}" for vote, n in row.items() if n]))
    return "Russia's votes on Security Council texts on the DPRK, " + "; ".join(parts) + "."


__all__ = [
    "KOREAS", "KINDS", "PERIODS", "MEASURES", "QUESTIONS", "ACTOR_ORDER", "ERAS", "NO_POSITION",
    "period_label", "assign_period", "filter_evidence", "engagement_counts", "dprk_share", "tilt_word",
    "describe_balance", "describe_evidence_points", "balance_view", "balance_explorer", "balance_key",
    "decimal_year", "MARKER_WORDS",
    "period_span", "overlaps", "positions_for", "position_matrix", "describe_positions",
    "perspectives_view", "perspectives_explorer", "verdict_counts", "describe_verdicts", "draw_verdicts",
    "russia_vote_record", "describe_vote_record", "VERDICT_ORDER",
]

"""Lesson 1 — The Six-Party Talks and the sanctions votes: pure functions and two explorers.

Pure functions (data in, numbers / text / View out; tested in tests/test_lesson01.py):

- ``session_table``, ``negotiation_days_per_year``: the rounds and the days spent at the table;
- ``process_events``, ``describe_process``, ``round_view``: the round-by-round timeline;
- ``response_lags``: days from each nuclear test to the resolution that answered it;
- ``votes_by_year``, ``russia_vote_summary``: the Security Council record;
- ``sanctions_events``, ``filter_sanctions``, ``sanctions_view``: the sanctions timeline.

Figures are drawn by ``draw_*`` functions into a figure made by ``new_figure`` and shown in
the notebook with ``show_figure(fig, describe_*(…))``. The explorers ``round_explorer`` and
``sanctions_explorer`` are thin ``Explorer`` wrappers around ``round_view`` and
``sanctions_view``.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..data import PARTY_NAMES, date_words, load_table, split_multi
from ..plotting import OKABE_ITO, join_words
from ..widgets import Explorer, View, dropdown, multi_picker, persistent, year_range_slider

# ------------------------------------------------------------------------------ constants

MEASURE_LABELS = {
    "arms_embargo": "Arms embargo",
    "luxury_goods": "Luxury goods ban",
    "asset_freeze": "Asset freeze",
    "travel_ban": "Travel ban",
    "cargo_inspection": "Cargo inspection",
    "financial": "Financial measures",
    "coal_iron": "Coal and iron",
    "seafood": "Seafood",
    "textiles": "Textiles",
    "workers": "Overseas workers",
    "joint_ventures": "Joint ventures",
    "oil_cap": "Oil cap",
    "panel_of_experts": "Panel of Experts",
}

# Rows of the round-by-round timeline: colour AND marker carry the kind.
PROCESS_ROWS = {
    "context": {"label": "Events around the talks", "color": OKABE_ITO["bluish_green"], "marker": "o"},
    "agreement": {"label": "Agreements", "color": OKABE_ITO["vermillion"], "marker": "*"},
    "session": {"label": "Six-party meetings", "color": OKABE_ITO["orange"], "marker": "s"},
}

# Rows of the sanctions timeline.
SANCTION_ROWS = {
    "nuclear_test": {"label": "Nuclear tests", "color": OKABE_ITO["vermillion"], "marker": "^"},
    "launch": {"label": "Long-range launches", "color": OKABE_ITO["orange"], "marker": "v"},
    "vote_yes": {"label": "UNSC: Russia votes yes", "color": OKABE_ITO["blue"], "marker": "D"},
    "vote_no": {"label": "UNSC: Russia vetoes", "color": OKABE_ITO["black"], "marker": "X"},
}

_TEST_ID = re.compile(r"\bnt\d\b")
_LAUNCH_ID = re.compile(r"\bml-[0-9-]+\b")




# ------------------------------------------------------------------------------ the rounds
def session_label(row: pd.Series) -> str:
    """'Round 4, session 2' or 'Round 6, heads-of-delegation meeting (July 2008)'."""
    if row["session"] == "hod":
        return f"Round {row['round']}, heads-of-delegation meeting ({row['start_date']:%B %Y})"
    rounds_with_sessions = {4, 5, 6}
    if int(row["round"]) in rounds_with_sessions:
        return f"Round {row['round']}, session {row['session']}"
    return f"Round {row['round']}"


def session_table(sessions: pd.DataFrame) -> pd.DataFrame:
    """The sessions in date order with ``days`` (both ends counted) and a readable ``label``."""
    table = sessions.sort_values("start_date").reset_index(drop=True).copy()
    table["days"] = (table["end_date"] - table["start_date"]).dt.days + 1
    table["label"] = [session_label(r) for _, r in table.iterrows()]
    return table


def negotiation_days_per_year(sessions: pd.DataFrame) -> pd.Series:
    """Days spent in six-party meetings per calendar year (a meeting counts for its start year)."""
    table = session_table(sessions)
    per_year = table.groupby(table["start_date"].dt.year)["days"].sum()
    per_year.index.name = "year"
    per_year.name = "days"
    return per_year


def describe_days_per_year(per_year: pd.Series) -> str:
    """Text description of the days-at-the-table bar chart."""
    if per_year.empty:
        return "No meetings to show."
    total = int(per_year.sum())
    busiest = int(per_year.idxmax())
    years = [int(y) for y in per_year.index]
    missing = [y for y in range(min(years), max(years) + 1) if y not in years]
    parts = [f"Bar chart of the days the six parties spent in meetings each year, {min(years)}–{max(years)}: "
             + join_words([f"{int(d)} in {int(y)}" for y, d in per_year.items()]) + f" ({total} days in all)."]
    parts.append(f"The busiest year was {busiest} with {int(per_year.max())} days.")
    if missing:
        parts.append(f"There were no meetings in {join_words([str(y) for y in missing])}.")
    return " ".join(parts)


def draw_days_per_year(fig: Figure, per_year: pd.Series) -> None:
    ax = fig.add_subplot()
    years = [int(y) for y in per_year.index]
    bars = ax.bar(years, per_year.values, color=OKABE_ITO["orange"], edgecolor="black", hatch="//")
    ax.bar_label(bars, [str(int(v)) for v in per_year.values], padding=2)
    ax.set_xticks(range(min(years), max(years) + 1))
    ax.set_ylabel("Days in meetings")
    ax.set_title("Days at the table per year (all six-party meetings)", loc="left")
    ax.set_ylim(0, per_year.max() * 1.2)


def process_events(sessions: pd.DataFrame, commitments: pd.DataFrame, context: pd.DataFrame) -> pd.DataFrame:
    """One long table for the process timeline: meetings, agreements and events around them."""
    table = session_table(sessions)
    meetings = pd.DataFrame({"date": table["start_date"], "kind": "session", "title": table["label"],
                             "session_id": table["session_id"]})
    agreements = (commitments.drop_duplicates("agreement")[["agreement_date", "agreement"]]
                  .rename(columns={"agreement_date": "date", "agreement": "title"}))
    agreements["kind"], agreements["session_id"] = "agreement", None
    ctx = context.rename(columns={})[["date", "title"]].copy()
    ctx["kind"], ctx["session_id"] = "context", None
    events = pd.concat([meetings, agreements, ctx], ignore_index=True)
    return events.sort_values("date").reset_index(drop=True)


def describe_process(sessions: pd.DataFrame, context: pd.DataFrame) -> str:
    """Text description of the whole process (used for the figure and the explorer)."""
    table = session_table(sessions)
    first, last = table.iloc[0], table.iloc[-1]
    rounds = table["round"].nunique()
    years = sorted(set(table["start_date"].dt.year))
    gap = [y for y in range(years[0], years[-1] + 1) if y not in years]
    walkout = context[context["title"].str.contains("quits", case=False)]
    text = (f"Timeline of the Six-Party Talks: {len(table)} meetings in {rounds} rounds, all in Beijing, from "
            f"{date_words(first['start_date'])} to {date_words(last['end_date'])}, shown with {len(context)} events around them.")
    if gap:
        text += f" No meeting took place in {join_words([str(y) for y in gap])}."
    if not walkout.empty:
        text += f" The last event is the DPRK's walkout on {date_words(walkout.iloc[-1]['date'])}."
    return text


class _ProcessPlot:
    """Timeline of meetings, agreements and context events; artists built once, then updated."""

    def __init__(self, fig: Figure):
        if fig.get_layout_engine() is None:
            fig.subplots_adjust(left=0.24, right=0.98, bottom=0.16, top=0.88)
        self.ax = ax = fig.add_subplot()
        self.points = {}
        for row_no, (kind, style) in enumerate(PROCESS_ROWS.items()):
            self.points[kind] = ax.scatter([], [], s=70 if kind == "agreement" else 42, marker=style["marker"],
                                           color=style["color"], edgecolor="black", linewidth=0.5, zorder=3)
        self.ring = ax.scatter([], [], s=300, facecolor="none", edgecolor="black", linewidth=2.0, zorder=4)
        self.line = ax.axvline(mdates.date2num(pd.Timestamp("2003-08-27")), color="black", linestyle="--",
                               linewidth=1.0, zorder=1, visible=False)
        self.title = ax.set_title("", loc="left")
        ax.set_yticks(range(len(PROCESS_ROWS)), [s["label"] for s in PROCESS_ROWS.values()])
        ax.set_ylim(-0.7, len(PROCESS_ROWS) - 0.3)
        ax.grid(axis="y", visible=False)
        ax.xaxis_date()
        ax.set_xlabel("Year")

    def update(self, events: pd.DataFrame, highlight: str | None = None, title: str = "") -> None:
        for row_no, kind in enumerate(PROCESS_ROWS):
            rows = events[events["kind"] == kind]
            xs = mdates.date2num(rows["date"]) if not rows.empty else np.array([])
            self.points[kind].set_offsets(np.column_stack([xs, np.full(len(xs), row_no)]) if len(xs)
                                          else np.empty((0, 2)))
        target = events[(events["kind"] == "session") & (events["session_id"] == highlight)]
        if highlight and not target.empty:
            x = mdates.date2num(target["date"].iloc[0])
            self.ring.set_offsets([[x, list(PROCESS_ROWS).index("session")]])
            self.line.set_xdata([x, x])
            self.line.set_visible(True)
        else:
            self.ring.set_offsets(np.empty((0, 2)))
            self.line.set_visible(False)
        self.title.set_text(title)
        self.ax.set_xlim(mdates.date2num(pd.Timestamp("2002-12-01")), mdates.date2num(pd.Timestamp("2009-06-30")))


def draw_process(fig: Figure, events: pd.DataFrame, highlight: str | None = None, title: str = "") -> _ProcessPlot:
    plot = persistent(fig, "lesson01:process", _ProcessPlot)
    plot.update(events, highlight, title)
    return plot


def round_view(sessions: pd.DataFrame, delegations: pd.DataFrame, commitments: pd.DataFrame,
               context: pd.DataFrame, session_id: str) -> View:
    """The pure model of the round-by-round explorer: one meeting in detail, highlighted in the whole."""
    return _round_view(session_table(sessions), process_events(sessions, commitments, context), delegations,
                       session_id)


def _round_view(table: pd.DataFrame, events: pd.DataFrame, delegations: pd.DataFrame, session_id: str) -> View:
    """round_view on precomputed ``session_table`` and ``process_events`` (the explorer reuses them)."""
    if session_id not in set(table["session_id"]):
        raise ValueError(f"There is no meeting {session_id!r} in the table.")
    row = table[table["session_id"] == session_id].iloc[0]
    position = int(table.index[table["session_id"] == session_id][0]) + 1
    heads = delegations[delegations["session_id"] == session_id].copy()
    heads["country"] = heads["party"].map(PARTY_NAMES)
    heads = heads.sort_values("party")[["country", "head_of_delegation", "title"]]
    russia = delegations[(delegations["session_id"] == session_id) & (delegations["party"] == "RUS")]
    russia_text = (f"{russia.iloc[0]['head_of_delegation']} ({russia.iloc[0]['title']})" if not russia.empty
                   else "not recorded")
    days = int(row["days"])
    description = (f"{row['label']} met in {row['venue'].split(',')[0]} from {date_words(row['start_date'])} to "
                   f"{date_words(row['end_date'])} ({days} day{'s' if days != 1 else ''}), chaired by {row['chair']}. "
                   f"Outcome: {row['outcome_document']}. {row['outcome_summary']} "
                   f"Russia's head of delegation: {russia_text}. "
                   f"It is meeting {position} of {len(table)}; the timeline marks it with a ring among all meetings, "
                   f"agreements and events from 2003 to 2009.")
    if isinstance(row["note"], str) and row["note"]:
        description += f" Note on the sources: {row['note']}"
    summary = (f"<strong>{row['label']}</strong>: {date_words(row['start_date'])} – {date_words(row['end_date'])} "
               f"({days} days). Outcome: <em>{row['outcome_document']}</em>.")
    return View(description=description, table=heads, summary=summary,
                draw=lambda fig: draw_process(fig, events, session_id, title=row["label"]),
                extra={"session_id": session_id, "days": days, "russia_head": russia_text, "position": position})


def round_explorer(sessions: pd.DataFrame | None = None, delegations: pd.DataFrame | None = None,
                   commitments: pd.DataFrame | None = None, context: pd.DataFrame | None = None,
                   start: str = "r4s2") -> Explorer:
    """Pick a round or session: its dates, delegations and outcome, highlighted on the whole timeline."""
    sessions = load_table("six_party_sessions") if sessions is None else sessions
    delegations = load_table("six_party_delegations") if delegations is None else delegations
    commitments = load_table("six_party_commitments") if commitments is None else commitments
    context = load_table("six_party_context") if context is None else context
    table = session_table(sessions)
    events = process_events(sessions, commitments, context)
    options = {r["session_id"]: f"{r['label']} ({r['start_date']:%b %Y})" for _, r in table.iterrows()}
    controls = {"session_id": dropdown(options, "Meeting", value=start)}
    return Explorer("Round-by-round explorer: the Six-Party Talks 2003–2008", controls,
                    lambda session_id: _round_view(table, events, delegations, session_id),
                    clear_figure=False, figsize=(9.0, 3.0),
                    intro="Pick a meeting: its dates, outcome and heads of delegation appear, and the ring marks it "
                          "on the timeline of the whole process.")


# ------------------------------------------------------------------------------ tests and votes
def response_lags(tests: pd.DataFrame, votes: pd.DataFrame) -> pd.DataFrame:
    """For each nuclear test, the adopted resolution whose trigger names it, and the days in between."""
    rows = []
    adopted = votes[votes["adopted"] == True]  # noqa: E712 (nullable boolean)
    for _, test in tests.sort_values("date").iterrows():
        answers = adopted[adopted["trigger"].fillna("").str.contains(rf"\b{test['test_id']}\b", regex=True)]
        if answers.empty:
            rows.append({"test_id": test["test_id"], "test_date": test["date"], "vote_id": None,
                         "document": None, "vote_date": pd.NaT, "days": np.nan})
            continue
        first = answers.sort_values("date").iloc[0]
        rows.append({"test_id": test["test_id"], "test_date": test["date"], "vote_id": first["vote_id"],
                     "document": first["document"], "vote_date": first["date"],
                     "days": int((first["date"] - test["date"]).days)})
    lags = pd.DataFrame(rows)
    lags["days"] = lags["days"].astype("Int64")
    return lags


def describe_lags(lags: pd.DataFrame) -> str:
    done = lags.dropna(subset=["days"])
    if done.empty:
        return "No test has a matching resolution."
    fastest, slowest = done.loc[done["days"].idxmin()], done.loc[done["days"].idxmax()]
    items = [f"{r['test_date']:%Y} test → {r['document'].split(' ')[0].replace('S/RES/', 'resolution ')}: {int(r['days'])} days"
             for _, r in done.iterrows()]
    return (f"Bar chart of the days from each of the {len(lags)} DPRK nuclear tests to the Security Council "
            f"resolution that answered it: {join_words(items)}. The fastest answer took {int(fastest['days'])} days "
            f"({fastest['test_date']:%Y}), the slowest {int(slowest['days'])} days ({slowest['test_date']:%B %Y}). "
            f"The median is {int(done['days'].median())} days.")


def draw_lags(fig: Figure, lags: pd.DataFrame) -> None:
    done = lags.dropna(subset=["days"])
    ax = fig.add_subplot()
    labels = [f"{r['test_date']:%d %b %Y}\n→ {r['document'].split(' ')[0].replace('S/RES/', 'res. ')}"
              for _, r in done.iterrows()]
    bars = ax.barh(range(len(done)), done["days"].astype(float), color=OKABE_ITO["reddish_purple"],
                   edgecolor="black", hatch="..")
    ax.bar_label(bars, [f"{int(d)} days" for d in done["days"]], padding=3)
    ax.set_yticks(range(len(done)), labels)
    ax.invert_yaxis()
    ax.set_xlabel("Days from the test to the resolution")
    ax.set_xlim(0, float(done["days"].max()) * 1.25)
    ax.set_title("How long the Council took to answer each nuclear test", loc="left")


def vote_category(row: pd.Series) -> str:
    """'vetoed draft', 'panel renewal' or 'sanctions resolution'."""
    if not bool(row["adopted"]):
        return "vetoed draft"
    if row["trigger"] == "panel mandate renewal":
        return "panel renewal"
    return "sanctions resolution"


def votes_by_year(votes: pd.DataFrame) -> pd.DataFrame:
    """Votes per year (known dates only) split into sanctions resolutions, panel renewals and vetoed drafts."""
    table = votes.copy()
    table["category"] = [vote_category(r) for _, r in table.iterrows()]
    table["year"] = table["date"].dt.year
    counts = table.groupby(["year", "category"]).size().unstack(fill_value=0)
    for col in ("sanctions resolution", "panel renewal", "vetoed draft"):
        if col not in counts:
            counts[col] = 0
    counts = counts[["sanctions resolution", "panel renewal", "vetoed draft"]]
    return counts.reindex(range(int(table["year"].min()), int(table["year"].max()) + 1), fill_value=0)


def russia_vote_summary(votes: pd.DataFrame) -> pd.Series:
    """How Russia voted: counts of yes / no / abstain (all always present)."""
    return votes["russia_vote"].value_counts().reindex(["yes", "no", "abstain"], fill_value=0)


def describe_votes_by_year(votes: pd.DataFrame) -> str:
    table = votes_by_year(votes)
    summary = russia_vote_summary(votes)
    adopted = votes[votes["adopted"] == True]  # noqa: E712
    vetoes = votes[votes["russia_vote"] == "no"]
    busiest = table["sanctions resolution"].idxmax()
    veto_text = join_words([f"{date_words(r['date'])} ({'with China' if r['china_vote'] == 'no' else 'alone, China abstaining' if r['china_vote'] == 'abstain' else ''})"
                            for _, r in vetoes.sort_values("date").iterrows()])
    return (f"Stacked bar chart of the {len(votes)} Security Council votes on the DPRK by year, {table.index.min()}–"
            f"{table.index.max()}: {int(table['sanctions resolution'].sum())} sanctions resolutions, "
            f"{int(table['panel renewal'].sum())} Panel of Experts renewals and {int(table['vetoed draft'].sum())} vetoed drafts. "
            f"All {len(adopted)} adopted resolutions passed {int(adopted['votes_for'].min())}–0 with Russia in favour. "
            f"The busiest sanctions year was {busiest} with {int(table.loc[busiest, 'sanctions resolution'])} resolutions. "
            f"Russia voted yes {int(summary['yes'])} times and cast {int(summary['no'])} vetoes: {veto_text}."
            + _undated_note(votes))


def _undated_note(votes: pd.DataFrame) -> str:
    """A sentence naming the votes whose day the sources did not give (plotted in their year)."""
    if "date_precision" not in votes:
        return ""
    undated = votes[votes["date_precision"] == "year"]
    if undated.empty:
        return ""
    names = join_words([f"{d.split(' ')[0].replace('S/RES/', '')} ({int(y)})"
                        for d, y in zip(undated["document"], undated["date"].dt.year)])
    if len(undated) == 1:
        return f" The day of resolution {names} is not known; it is counted in its year."
    return f" The days of resolutions {names} are not known; each is counted in its year."


def draw_votes_by_year(fig: Figure, votes: pd.DataFrame) -> None:
    table = votes_by_year(votes)
    ax = fig.add_subplot()
    styles = {"sanctions resolution": (OKABE_ITO["blue"], ""), "panel renewal": (OKABE_ITO["sky_blue"], "//"),
              "vetoed draft": (OKABE_ITO["black"], "xx")}
    bottom = np.zeros(len(table))
    for col, (color, hatch) in styles.items():
        ax.bar(table.index, table[col], bottom=bottom, color=color, hatch=hatch, edgecolor="white" if col == "vetoed draft" else "black",
               label=col.capitalize() + "s")
        bottom += table[col].to_numpy()
    ax.set_xticks(list(table.index), [str(y) if y % 2 == 0 else "" for y in table.index])
    ax.set_ylabel("Votes")
    ax.set_yticks(range(0, int(bottom.max()) + 1))
    ax.set_ylim(0, bottom.max() + 1.2)
    ax.legend(loc="upper left", frameon=False)
    ax.set_title("Security Council votes on the DPRK per year", loc="left")


# ------------------------------------------------------------------------------ sanctions explorer
def sanctions_events(tests: pd.DataFrame, launches: pd.DataFrame, votes: pd.DataFrame) -> pd.DataFrame:
    """Tests, launches and Council votes in one table (date, kind, what, russia_vote, measures)."""
    t = pd.DataFrame({"date": tests["date"], "kind": "nuclear_test",
                      "what": [f"Nuclear test {i[2:]} (estimated {y:g} kt)" if pd.notna(y) else f"Nuclear test {i[2:]}"
                               for i, y in zip(tests["test_id"], tests["estimated_yield_kt"])],
                      "russia_vote": "", "measures": "", "id": tests["test_id"]})
    lz = pd.DataFrame({"date": launches["date"], "kind": "launch", "what": launches["missile"] + " (" + launches["type"] + ")",
                       "russia_vote": "", "measures": "", "id": launches["launch_id"]})
    v = pd.DataFrame({"date": votes["date"],
                      "kind": np.where(votes["russia_vote"] == "no", "vote_no", "vote_yes"),
                      "what": [d if a else f"{d}: not adopted ({f}–{g}–{h})"
                               for d, a, f, g, h in zip(votes["document"], votes["adopted"], votes["votes_for"],
                                                        votes["votes_against"], votes["abstentions"])],
                      "russia_vote": votes["russia_vote"], "measures": votes["measure_tags"].fillna(""),
                      "id": votes["vote_id"], "date_precision": votes.get("date_precision", "day")})
    events = pd.concat([t, lz, v], ignore_index=True)
    events["date_precision"] = events["date_precision"].fillna("day")
    return events.sort_values(["date", "kind"]).reset_index(drop=True)


def filter_sanctions(events: pd.DataFrame, years: tuple[int, int], measures: Iterable[str]) -> pd.DataFrame:
    """Events within ``years``; votes only if they carry one of ``measures`` (votes without tags always stay)."""
    first, last = sorted(int(y) for y in years)
    year = events["date"].dt.year
    keep = (year >= first) & (year <= last)
    chosen = set(measures)
    is_vote = events["kind"].str.startswith("vote")
    has_measure = events["measures"].map(lambda cell: not split_multi(cell) or bool(chosen & set(split_multi(cell))))
    keep &= ~is_vote | has_measure
    return events[keep]


def describe_sanctions(shown: pd.DataFrame, years: tuple[int, int], measures: Sequence[str]) -> str:
    first, last = sorted(int(y) for y in years)
    n_tests = int((shown["kind"] == "nuclear_test").sum())
    n_launches = int((shown["kind"] == "launch").sum())
    votes = shown[shown["kind"].str.startswith("vote")]
    measure_text = ("all measures" if len(measures) == len(MEASURE_LABELS)
                    else "no measure" if not measures
                    else join_words([MEASURE_LABELS[m].lower() for m in measures]))
    text = (f"Timeline {first}–{last} with {n_tests} nuclear test{'s' if n_tests != 1 else ''}, "
            f"{n_launches} long-range launch{'es' if n_launches != 1 else ''} and {len(votes)} Security Council "
            f"vote{'s' if len(votes) != 1 else ''} involving {measure_text}.")
    if len(votes):
        counts = votes["russia_vote"].value_counts()
        text += (f" Russia voted yes {int(counts.get('yes', 0))} times, vetoed {int(counts.get('no', 0))} and "
                 f"abstained {int(counts.get('abstain', 0))}.")
        vetoes = votes[votes["russia_vote"] == "no"]
        if not vetoes.empty:
            text += " Russian vetoes: " + join_words([date_words(d) for d in vetoes["date"]]) + "."
        last_vote = votes.iloc[-1]
        text += f" The last vote shown is {last_vote['what']} ({date_words(last_vote['date'], last_vote['date_precision'])})."
    else:
        text += " No vote matches these choices."
    return text


class _SanctionsPlot:
    def __init__(self, fig: Figure):
        if fig.get_layout_engine() is None:
            fig.subplots_adjust(left=0.26, right=0.98, bottom=0.16, top=0.9)
        self.ax = ax = fig.add_subplot()
        self.points = {}
        for row_no, (kind, style) in enumerate(SANCTION_ROWS.items()):
            self.points[kind] = ax.scatter([], [], s=60 if kind == "vote_no" else 44, marker=style["marker"],
                                           color=style["color"], edgecolor="black", linewidth=0.5, zorder=3)
        ax.set_yticks(range(len(SANCTION_ROWS)), [s["label"] for s in SANCTION_ROWS.values()])
        ax.set_ylim(-0.7, len(SANCTION_ROWS) - 0.3)
        ax.grid(axis="y", visible=False)
        ax.xaxis_date()
        ax.set_xlabel("Year")
        ax.set_title("DPRK tests and launches, and how Russia voted in the Security Council", loc="left")

    def update(self, shown: pd.DataFrame, years: tuple[int, int]) -> None:
        for row_no, kind in enumerate(SANCTION_ROWS):
            rows = shown[shown["kind"] == kind]
            xs = mdates.date2num(rows["date"]) if not rows.empty else np.array([])
            self.points[kind].set_offsets(np.column_stack([xs, np.full(len(xs), row_no)]) if len(xs)
                                          else np.empty((0, 2)))
        first, last = sorted(int(y) for y in years)
        self.ax.set_xlim(mdates.date2num(pd.Timestamp(year=first, month=1, day=1)) - 45,
                         mdates.date2num(pd.Timestamp(year=last, month=12, day=31)) + 45)


def draw_sanctions(fig: Figure, shown: pd.DataFrame, years: tuple[int, int]) -> _SanctionsPlot:
    plot = persistent(fig, "lesson01:sanctions", _SanctionsPlot)
    plot.update(shown, years)
    return plot


def sanctions_view(events: pd.DataFrame, years: tuple[int, int], measures: Sequence[str]) -> View:
    """The pure model of the sanctions explorer."""
    measures = list(measures)
    shown = filter_sanctions(events, years, measures)
    table = shown[["date", "kind", "what", "russia_vote", "measures"]].copy()
    table["date"] = [d.strftime("%Y") if p == "year" else d.strftime("%Y-%m-%d")
                     for d, p in zip(shown["date"], shown["date_precision"])]
    table["kind"] = table["kind"].map({k: s["label"] for k, s in SANCTION_ROWS.items()})
    table["measures"] = table["measures"].map(lambda c: ", ".join(MEASURE_LABELS.get(m, m) for m in split_multi(c)))
    table = table.rename(columns={"russia_vote": "Russia's vote"})
    votes = shown[shown["kind"].str.startswith("vote")]
    summary = (f"<strong>{len(votes)}</strong> Council votes, <strong>{int((shown['kind'] == 'nuclear_test').sum())}</strong> "
               f"tests and <strong>{int((shown['kind'] == 'launch').sum())}</strong> launches, "
               f"{min(years)}–{max(years)}.")
    return View(description=describe_sanctions(shown, years, measures), table=table, summary=summary,
                draw=lambda fig: draw_sanctions(fig, shown, years),
                extra={"votes": len(votes), "vetoes": int((votes["russia_vote"] == "no").sum()),
                       "tests": int((shown["kind"] == "nuclear_test").sum())})


def sanctions_explorer(tests: pd.DataFrame | None = None, launches: pd.DataFrame | None = None,
                       votes: pd.DataFrame | None = None) -> Explorer:
    """Tests, launches and resolutions on one timeline; filter by years and measures."""
    tests = load_table("dprk_nuclear_tests") if tests is None else tests
    launches = load_table("dprk_missile_launches") if launches is None else launches
    votes = load_table("unsc_dprk_votes") if votes is None else votes
    events = sanctions_events(tests, launches, votes)
    first, last = int(events["date"].dt.year.min()), int(events["date"].dt.year.max())
    controls = {"years": year_range_slider(first, last, description="Years"),
                "measures": multi_picker(MEASURE_LABELS, "Measures", rows=7)}
    return Explorer("Sanctions explorer: tests, launches and Russia's votes", controls,
                    lambda years, measures: sanctions_view(events, years, measures),
                    clear_figure=False, figsize=(9.0, 3.2),
                    intro="Drag the years; pick measures (Ctrl/Cmd-click for several) to keep only the votes that "
                          "imposed them. Vetoed drafts without listed measures always stay.")


__all__ = ["PARTY_NAMES", "MEASURE_LABELS", "session_label", "session_table", "negotiation_days_per_year",
           "describe_days_per_year", "draw_days_per_year", "process_events", "describe_process", "draw_process",
           "round_view", "round_explorer", "response_lags", "describe_lags", "draw_lags", "vote_category",
           "votes_by_year", "russia_vote_summary", "describe_votes_by_year", "draw_votes_by_year",
           "sanctions_events", "filter_sanctions", "describe_sanctions", "draw_sanctions", "sanctions_view",
           "sanctions_explorer"]

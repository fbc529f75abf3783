"""Write lesson 0's notebooks (no outputs, no execution counts) with nbformat.

Run from the repository root:  .venv/bin/python research/L0/build_notebooks.py
Writes notebooks/00_orientation.ipynb and exercises/00_orientation.ipynb.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[2]
KERNEL = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
          "language_info": {"name": "python"}}


def md(text: str):
    return new_markdown_cell(text.strip("\n"))


def code(text: str, tags: list[str] | None = None):
    cell = new_code_cell(text.strip("\n"))
    if tags:
        cell.metadata["tags"] = tags
    return cell


# ====================================================================== the lesson
LESSON = [
    md("""
# Lesson 0 — Orientation: Russia between Pyongyang and Seoul

Since 2000, Russia has dealt with both Korean states at once: it signed a new treaty with
North Korea and sent its president to Pyongyang, while courting South Korean investment and
technology. This course asks how — and how far — Moscow has balanced between the two, using
a commentary published by China's state broadcaster CGTN around 2018 as its starting point.
This first lesson shows you how the course works, sets out that commentary's argument, introduces
the six parties to the Korean nuclear talks, and lets you explore the timeline of events from
2000 to 2024 that every later lesson draws on.

**Run the cells in order, from top to bottom** (Shift + Enter runs a cell and moves to the next).

## Learning objectives

By the end of this lesson you will be able to:

- run the course's notebooks, use its interactive explorers and check your answers in an exercise notebook;
- state in your own words the argument of the CGTN commentary the course is built around, and name three of its claims that later lessons test;
- name the six parties of the Korean nuclear talks and say, with a source, what each wanted;
- find events of 2000–2024 on the course timeline and in the table `events.csv`, including their sources;
- say what each of the four lessons that follow will examine.

## Guiding questions

- What would it mean for Russia to "balance" between North and South Korea — and how could we tell?
- Who were the six parties to the talks on North Korea's nuclear programme, and what did each want?
- Which events since 2000 fit the picture of a balancing Russia, and which complicate it?

## Time and prerequisites

- **Estimated time: 45–60 minutes** — about 25 minutes of reading, 20 minutes with the explorers and the
  *Try it* tasks, and a few minutes for the summary. The exercise notebook
  (`exercises/00_orientation.ipynb`) takes another 20–30 minutes.
- **Prerequisites:** none in Korean or Russian history. You need to be able to open a Jupyter notebook.
  Some Python helps, but every code cell is ready to run; the few lines of `pandas` are explained as they come.
"""),
    code("""
from korea_course import cite, load_table, show_figure
from korea_course.data import sources_table
from korea_course.explorers.lesson00 import (balance_explorer, lesson_map, overview_figure, stakes_explorer,
                                             stakes_table)
from korea_course.timeline import timeline_explorer

events = load_table("events")   # the timeline, 2000–2024
actors = load_table("actors")   # states, organisations and people, with their stakes
print(f"Loaded {len(events)} events and {len(actors)} actors.")
"""),
    md("""
## How to use this course

### Cells, the kernel and running order

A notebook is a column of **cells**. Text cells, like this one, explain; **code cells** (grey, with
`[ ]:` beside them) run Python when you select them and press **Shift + Enter**. The *kernel* is the
Python process behind the notebook: it remembers what earlier cells defined, which is why order
matters. The cell above loaded two tables, `events` and `actors`; the cells below use them.

If something looks wrong — a `NameError`, a missing table, an odd result — the usual cause is a skipped
or re-ordered cell. Choose **Kernel › Restart Kernel and Run All Cells** (JupyterLab) and the notebook
runs again from a clean start. Nothing you do here can damage the course files: the data are read,
never changed.

### Data you can check

Every fact in the course lives in a table in the folder `course_data/`, and every row names its sources
in a `source_ids` column that points to `sources.csv`. Here are the first rows of the timeline:
"""),
    code("""
events[["date", "title", "category", "actors"]].head()
"""),
    md("""
Each event has a `category` (summits, Six-Party Talks, DPRK tests, UN Security Council actions, economic
ties, treaties and military moves, and the Ukraine crisis) and a list of `actors` written as codes such as
`RUS;DPRK`. When a source gives only a month, the date is stored as the first of that month and the column
`date_precision` says `month`, so nothing looks more precise than the evidence behind it.

To see who supports a row, pass its `source_ids` to `cite`:
"""),
    code("""
visit = events.loc[events["event_id"] == "2000-putin-visits-pyongyang"].iloc[0]
print(visit["title"], "—", visit["date"].date())
print("Sources:", cite(visit["source_ids"]))
print("Note:", visit["note"])
"""),
    md("""
The note shows something you will meet often in this course: **sources disagree**. A Russian embassy web
page dates Putin's first visit to Pyongyang to June 2000, while every report written at the time —
People's Daily (20 July 2000), ABC News and the Dong-A Ilbo (19 July 2000) — puts it on 19–20 July.
Where sources differ, the course keeps both visible in the `note` column rather than silently choosing.

> **Try it:** change `"2000-putin-visits-pyongyang"` in the cell above to `"2012-soviet-debt-agreement"`
> and run it again. How many different totals for the debt does the note mention?

### Explorers

Some cells show an **explorer**: a small app with controls (sliders, lists, menus), a figure, a
**text description** of that figure, and a table of the rows behind it. Every change redraws the figure.
The text description says in words what the figure shows, for screen-reader users and for anyone who
prefers text; use it to check your own reading of the picture. If you open a notebook that has been run
elsewhere (for example as a web page), an explorer appears as a still snapshot: run the notebook to use
the controls.

### Exercises, hints and your progress

Each lesson has an exercise notebook in the folder `exercises/`. A question gives you a cell such as
`first_visit = ____`: replace the `____` with your answer, run the cell, then run the check below it,
`q1.check()`. The checker answers in words, never only in colour: *Correct*, *Partly correct* (for
example 4 of 6 right), *Not right yet* (with a message aimed at the most likely slip, which never gives
the answer away), *Not attempted yet*, or *Could not check* (when it cannot read what you typed — it
will tell you the form it expects). `q1.hint()` gives a hint; the next, more specific hint unlocks after
your next attempt. `q1.solution()` shows a worked answer. `progress()` shows where you are in the
lesson and in the whole course; it is saved in a small file, `exercises/my_progress.json`, inside the
course folder.
"""),
    md("""
## The argument of the seed article

### Who wrote it, and for whom

The course grew out of a short commentary, *Russia's role in the Korea puzzle – from a Chinese
perspective*, published by CGTN around 2018 (CGTN, c. 2018). CGTN is the international arm of China's
state broadcaster CCTV, relaunched under that name at the start of 2017 (Variety, 4 January 2017). Keep that in mind: this is an
opinion piece by a state-owned outlet of one of the six parties, written for an international audience.
That does not make it wrong — but it is a source to question, not a textbook.

### The argument in brief

In our own words: the commentary argues that since Vladimir Putin first took office in 2000, Russia has
rebuilt its weight in Northeast Asia by dealing with both Korean states rather than choosing between
them — in its words, "by balancing both countries on the Korean Peninsula". Towards the North, Moscow
restored political ties, took part in the Six-Party Talks from 2003, supported UN sanctions against the
North's nuclear and missile programmes, and wrote off most of the Soviet-era debt; the author adds that
the quarrel with Washington over Ukraine has drawn Moscow and Pyongyang closer. Towards the South, the
two economies are described as complementary — Korean capital and technology for Russian energy and raw
materials — and President Moon Jae-in's offer of "Nine Bridges" of cooperation is welcomed as something
that could also draw the North in. The piece ends by calling Russia "a pragmatic player in the game of
realpolitik" that keeps a balanced policy towards the two Koreas, "hoping to benefit from either one or
maybe even both" (CGTN, c. 2018).

### Claims the course will test

Three of the commentary's statements do not survive a close look unchanged, and later lessons return
to each:

1. **"Founding member" of the Six-Party Talks.** Russia was left out of the first, three-party meeting of
   China, North Korea and the United States in Beijing in April 2003 (Dong-A Ilbo, 22 April 2003).
   Washington at first opposed a Russian seat as economically motivated and dropped its objection only in
   July 2003 (Korea.net, 4 July 2003); Pyongyang then said it wanted talks "with Russia's participation"
   (PBS NewsHour, 31 July 2003). Russia sat at the table from the first six-party round in August 2003 —
   but it came in late, not as a founder. *(Lesson 1.)*
2. **The debt "finally settled in May 2014".** The agreement writing off 90 percent of the debt was
   signed in Moscow on 17 September 2012 (Xinhua, 18 September 2012); May 2014 is when Putin signed the
   law ratifying it (RIA Novosti, 20 October 2014). *(Lesson 2.)*
3. **A quotation from the US envoy Sung Kim, January 2015,** that US–Russian "alignment … on the core
   goal of denuclearization remains as strong as ever". We could not find these words in any original
   from Sung Kim. In January 2015 he did say that "Russians remain very much committed to
   denuclearization" (Yonhap, 29 January 2015), and AP reported him testifying that the two countries'
   alignment "remains strong" (AP, January 2015); the closest wording comes from a State Department
   spokesperson's comment of the same month, reported in translation (KBS World Radio, January 2015).
   *(Lesson 4.)*

And one claim has simply aged: the commentary says Russia *supported* the UN sanctions. It did, in every
vote from 2006 to 2017 — but in May 2022 Russia and China vetoed new sanctions (teleSUR, 27 May 2022),
and in March 2024 a Russian veto ended the UN panel that monitored them (UN press release SC/15648,
28 March 2024).
"""),
    md("""
## The six parties and their stakes

From 2003 to 2008 the talks on North Korea's nuclear programme brought together six states: China, host of
every round in Beijing; the two Koreas; the United States; Japan; and Russia
(People's Daily, 27 August 2003). In September 2005 they agreed on a common goal, "the verifiable
denuclearization of the Korean Peninsula in a peaceful manner" (Joint Statement of 19 September 2005) —
but each came to the table wanting something different. The table below gives, for each party, one
sentence on its stake, with the sources behind it (from `actors.csv`):
"""),
    code("""
stakes_table(actors, "six")[["name", "stake", "sources"]]
"""),
    md("""
Notice how the stakes pull in different directions. The United States wanted the North's programme
dismantled completely and verifiably, offering security assurances only in return; North Korea wanted security guarantees and an
end to what it called US "hostile policy"; Japan would not normalise relations until the abductions of
its citizens were settled (The Japan Times, 4 March 2007). Russia's stake is the most economic of the six:
a seat at the table, and rail, gas and power links that would run from Russia *through* the North *to*
the South — which only works if Moscow stays on good terms with both Koreas (TASS, 6 September 2017).
That is the balancing the commentary describes.

The explorer below shows the same table for other groups: states beyond the six, organisations such as the
UN Security Council, and the people who appear in the course.
"""),
    code("""
stakes_explorer(actors)
"""),
    md("""
> **Try it:** choose *People* in the explorer. Which two Russian diplomats led Russia's delegation to the
> Six-Party Talks, and which of them headed it when the Joint Statement of 2005 was agreed?

## Twenty-five years on one line

### The whole timeline

The figure places all the events of the course on one line, one row per kind of event, each kind with its
own colour *and* marker shape. The text under it describes what it shows.
"""),
    code("""
fig, text = overview_figure(events)
show_figure(fig, text)
"""),
    md("""
Three phases stand out. From 2000 to 2008 the picture is one of **diplomacy**: Putin's visits to
Pyongyang (2000) and Seoul (2001), Kim Jong-il's trips to Russia, and the rounds of the Six-Party Talks.
From 2006 to 2017 come **tests and sanctions**: six North Korean nuclear tests, each answered by the UN
Security Council, with Russia voting yes each time. And from 2014, and much more after 2022, the
**Ukraine crisis** and a run of **treaties and military moves** between Moscow and Pyongyang: the 2024
treaty of mutual assistance (AFP, 19 June 2024) and North Korean troops fighting in Russia's Kursk region
(Korea Herald, 13 November 2024).

### Explore the timeline

Use the timeline explorer to zoom in. The table under the figure lists the events shown; each row's sources
are in `events.csv`.
"""),
    code("""
timeline_explorer(events)
"""),
    md("""
> **Try it:**
> 1. Narrow the years to 2014–2024 and keep only *Treaties and military* and *Ukraine crisis*. How many
>    events remain, and which actors appear in all of them?
> 2. Reset the years, select all kinds (Ctrl/Cmd-click), and choose *ROK* under *Involving*. In which
>    years did Russian and South Korean leaders meet?

The same questions can be asked in code. This line lists the Ukraine-crisis events:
"""),
    code("""
events.loc[events["category"] == "ukraine_crisis", ["date", "title"]]
"""),
    md("""
### Counting Russia's dealings with each Korea

If Russia balances between the two Koreas, we might expect to see it dealing with both, year after year.
The balance explorer counts, for each year, the events in the timeline that list Russia **together with**
North Korea (solid bars) and Russia together with South Korea (hatched bars). It starts with summits,
economic ties and treaties; add or remove kinds to see how the picture changes.
"""),
    code("""
balance_explorer(events)
"""),
    md("""
Read the chart with care. Up to 2018 there are several years with bars on both sides — 2001 (Putin in
Seoul seven months after Pyongyang), 2008 and 2011 (a gas pipeline planned to cross the North to reach the
South), 2013 (the rail link to Rajin, then Putin in Seoul) and 2017 (Moon's Nine Bridges). After 2018
Russia's summits are with the North only — Vladivostok 2019, Vostochny 2023, Pyongyang 2024; the two
"South Korean" events of 2024 are reports by Seoul's intelligence service on North Korean troops sent to
Russia. Two cautions:

- **An event that lists Russia and both Koreas counts on both sides.** The pipeline plans, for example,
  involved all three.
- **Counting events is not measuring influence.** A single treaty may matter more than five meetings; and
  the timeline holds only the events this course selected. Lessons 2 and 3 add trade figures and project
  data to the count.

> **Try it:** add *UN Security Council* to the kinds of event. The North Korean bars grow but the South
> Korean ones do not. Why? (Look at the `actors` of those rows in the table: who is listed, and in what role?)

## A map of the lessons to come

Each of the next four lessons takes one part of the commentary's argument and tests it against the data.
The table shows the question each asks and how many timeline events it draws on.
"""),
    code("""
lesson_map(events)
"""),
    md("""
- **Lesson 1 — The Six-Party Talks and the sanctions votes.** How Russia won its seat in 2003 and what it
  did with it, round by round, until the North walked out in April 2009 — and how Russia voted on every
  Security Council resolution on North Korea since 2006.
- **Lesson 2 — The debt settlement.** The write-off of 90 percent of the North's Soviet-era debt, the
  "debt for aid" remainder, the Khasan–Rajin railway, and what Moscow gained — with a repayment calculator.
- **Lesson 3 — The Nine Bridges.** President Moon's offer of cooperation in gas, rail, ports, power, the
  Arctic route, shipbuilding, jobs, farming and fisheries, and what became of each "bridge".
- **Lesson 4 — Russia's balancing act.** Reading the commentary critically, comparing six perspectives on
  Russia's role, and asking whether "balancing" still describes Moscow's policy after 2022.

## Key points

- The course tests one argument: that since 2000 Russia has gained influence by **balancing between
  Pyongyang and Seoul** — an argument made by a Chinese state broadcaster around 2018.
- Every fact sits in a table in `course_data/` with its sources; where sources disagree, the `note`
  column keeps both versions visible.
- The six parties wanted different things: security guarantees (North Korea), verifiable dismantling (the
  United States), calm on its border (China), the abductions settled (Japan), reconciliation and Eurasian
  links (South Korea), and — for Russia — a seat at the table plus rail and gas routes through the North to
  the South.
- The timeline shows three phases — diplomacy (2000–2008), tests and sanctions (2006–2017), and a tilt
  towards Pyongyang after 2014 and especially 2022.
- Some of the commentary's claims need correcting: Russia joined the talks late, the debt deal was signed
  in 2012 (ratified in 2014), and the Sung Kim quotation could not be traced to an original.

## What comes next

Open the exercise notebook `exercises/00_orientation.ipynb` and check your understanding with eight
questions, from a date to a short reflection; run `progress()` at the end to see your status. Then go on
to **Lesson 1 — The Six-Party Talks and the sanctions votes**, which follows Russia from its late entry
into the talks in 2003 to its votes — and vetoes — at the UN Security Council.

## Sources

Every source cited in this lesson, from `course_data/sources.csv`:
"""),
    code("""
sources_table([
    "cgtn-2018-russia-role-korea-puzzle", "variety-2017-01-04-cgtn-relaunch",
    "people-daily-2000-07-20-joint-declaration", "abc-2000-07-19-putin-first-visit",
    "donga-2000-07-19-energy-cooperation", "mid-ru-dprk-embassy-bilateral-relations",
    "donga-2003-04-22-trilateral", "korea-net-2003-07-04-six-way-talks", "pbs-2003-07-31-multilateral-talks",
    "people-2003-08-27-r1-opens", "state-2005-09-19-joint-statement", "japantimes-2007-03-04-abduction-probe",
    "xinhua-2012-09-18-russia-writes-off-90pct", "ria-2014-10-20-rouble-settlements",
    "yonhap-2015-01-29-sung-kim-russia", "ap-2015-01-russia-still-supportive", "kbs-2015-01-state-dept-de",
    "tass-2017-09-06-putin-trilateral", "telesur-2022-05-27-veto", "un-press-sc15648",
    "afp-2024-06-19-putin-kim-deal", "koreaherald-2024-11-13-troops-combat",
])
"""),
]


# ====================================================================== the exercises
def exercise_cells():
    from korea_course.exercises.lesson00 import exercises

    cells = [
        md("""
# Exercises for Lesson 0 — Orientation

Eight questions on the orientation lesson, from a date to a short reflection.

## How the checks work

1. Run the set-up cell below once (it loads the data and prepares the checks).
2. For each question, replace the `____` in the answer cell with your answer and run that cell.
3. Run the check cell under it: `q1.check()` tells you *Correct*, *Partly correct*, *Not right yet*,
   *Not attempted yet* or *Could not check*, always in words.
4. Stuck? Remove the `#` in front of `q1.hint()` and run it; a more specific hint unlocks after your next
   attempt. `q1.solution()` shows a worked answer.
5. `progress()` at the end shows your status for this lesson and the whole course.

You may use the tables `events` and `actors` (the same as in the lesson) to find or compute answers.
"""),
        code("""
from korea_course import load_table
from korea_course.exercises.lesson00 import exercises

events = load_table("events")
actors = load_table("actors")
exercises.setup(globals())
"""),
        md("## Questions"),
    ]
    for number, q in enumerate(exercises, start=1):
        cells.append(md(f"### Question {number} — {q.title}\n\n{q.prompt}"))
        cells.append(code(f"# Your answer:\n{q.var} = ____", tags=[f"answer-{q.id}"]))
        cells.append(code(f"{q.id}.check()\n# {q.id}.hint()\n# {q.id}.solution()"))
    cells.append(md("## Your progress"))
    cells.append(code("progress()"))
    return cells


EXTRA_PROMPTS = {
    "q1": 'Write the date in quotes, e.g. `"2005-09-19"` or `"19 September 2005"`; a date taken from the '
          "`events` table works too.",
    "q2": 'Write the name in quotes, e.g. `"Japan"`.',
    "q3": "Answer with a Python list of the six names, as written in the question, e.g. "
          '`["Friendship treaty", ...]`.',
    "q4": "Write your pandas code in the answer cell; the last line should assign the Series to `per_kind`.",
    "q5": 'Answer with a list of letters, e.g. `["a", "b"]`.',
    "q6": 'Answer with a dictionary, e.g. `{"Russia": "a", ...}`; full party names or codes such as `"DPRK"` '
          "both work.",
    "q7": "A number is enough, e.g. `75`.",
    "q8": "Write your answer as a string in quotes (at least 40 words). It is recorded, not graded; compare it "
          "with the discussion in `q8.solution()`.",
}


def main() -> None:
    lesson = new_notebook(cells=LESSON, metadata=KERNEL)
    nbformat.write(lesson, ROOT / "notebooks/00_orientation.ipynb")
    ex = new_notebook(cells=exercise_cells(), metadata=KERNEL)
    from korea_course.exercises.lesson00 import exercises

    by_title = {f"— {q.title}": q.id for q in exercises}
    for cell in ex.cells:
        if cell.cell_type == "markdown" and cell.source.startswith("### Question"):
            first_line = cell.source.splitlines()[0]
            for title, qid in by_title.items():
                if first_line.endswith(title) and qid in EXTRA_PROMPTS:
                    cell.source += "\n\n" + EXTRA_PROMPTS[qid]
    nbformat.write(ex, ROOT / "exercises/00_orientation.ipynb")
    print("wrote notebooks/00_orientation.ipynb and exercises/00_orientation.ipynb")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(ROOT))
    main()

"""Build notebooks/03_nine_bridges.ipynb and exercises/03_nine_bridges.ipynb (no outputs).

Run from the repository root: .venv/bin/python research/L3/build_notebooks.py
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[2]

META = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def md(text: str):
    return new_markdown_cell(text.strip("\n"))


def code(text: str, tags=()):
    cell = new_code_cell(text.strip("\n"))
    if tags:
        cell.metadata["tags"] = list(tags)
    return cell


# ==========================================================================================
# The lesson
# ==========================================================================================
LESSON = [
    md("""
# Lesson 3 — The Nine Bridges: South Korea, Russia and the road through the North

In September 2017 South Korea's new president, Moon Jae-in, stood on a stage in Vladivostok and
proposed "nine bridges" of cooperation with Russia. This lesson follows those bridges from the
speech to the sanctions of 2022, and asks what they tell us about the way Moscow deals with the
two Koreas.

*Run the cells in order, from the top (Run › Run All Cells works too). Text descriptions follow
every figure and every explorer.*
"""),
    md("""
## Learning objectives

By the end of this lesson you can:

- name the nine sectors Moon proposed on 7 September 2017 and explain why the two economies looked complementary;
- show on a map why the land bridges — rail, gas and electricity — could not be built without North Korea;
- read a trade table with gaps, and compute growth and a trade balance with pandas;
- explain what stalled the bridges (South Korea's own sanctions on the North in 2016, its sanctions on Russia in 2022) and handle sources that disagree;
- connect the case to Russia's balancing between Pyongyang and Seoul.
"""),
    md("""
## Guiding questions

1. Why did Seoul and Moscow think their economies fitted together?
2. Which bridges could be built without Pyongyang, and which could not?
3. What did the sanctions of 2016 and 2022 do to the plan?
4. What does the episode say about Russia's balancing between the two Koreas?
"""),
    md("""
## Time and prerequisites

- **Time:** 45–60 minutes (about 55 with the "Try it" prompts), plus the exercise notebook
  `exercises/03_nine_bridges.ipynb` (30–40 minutes).
- **Before this lesson:** Lesson 0 (orientation: who is who, the timeline). Lesson 2 on the
  Soviet debt and the Khasan–Rajin railway helps but is not required.
- **Python:** selecting columns, `set_index`, simple arithmetic on columns. Everything else is
  done for you by the course package.
"""),
    code("""
from korea_course import load_table, new_figure, show_figure
from korea_course.data import sources_table
from korea_course.explorers import lesson03 as l3

bridges = load_table("nine_bridges")
milestones = load_table("nine_bridges_milestones")
institutions = load_table("rok_russia_institutions")
trade = load_table("rok_russia_trade")
goods = load_table("rok_russia_trade_goods")
places = load_table("places")
routes = load_table("routes")
print(f"{len(bridges)} bridges, {len(milestones)} milestones, {len(trade)} years of trade, "
      f"{len(places)} places and {len(routes)} routes loaded.")
"""),
    md("""
## 1. A speech in Vladivostok (about 5 minutes)

Moon Jae-in took office on 10 May 2017 (Xinhua, 25 August 2017). Within weeks he had a plan for
the "North": a presidential committee on northern economic cooperation, created by decree in
August 2017 and chaired by Song Young-gil, a lawmaker who had been Moon's envoy to Russia
(Yonhap, 25 August 2017). Putin had invited Moon to the Eastern Economic Forum when they first
met at the G20 in Hamburg in July (Office of the President, 7 July 2017).

On 6 September 2017 the two presidents met in Vladivostok and set targets of USD 30 billion of
trade and a million visits a year by 2020 (Korea.net, 7 September 2017). The next day Moon gave
the forum's keynote. "I suggest we realize simultaneous cooperation by placing nine bridges
between Russia and South Korea," he said, and listed them: gas, railway, seaports, electricity,
Arctic shipping routes, shipbuilding, job creation, agriculture and fisheries (Yonhap,
7 September 2017). He called them the "royal road to the future" (Korea.net, 7 September 2017).

The timing matters. Days before, North Korea had carried out its sixth nuclear test, and Moon
argued that developing the Russian Far East together might help resolve the nuclear issue
peacefully: if the North saw its neighbours succeed through cooperation, it would see that joining
was in its interest (Yonhap, 7 September 2017; Sputnik Brasil, 10 September 2017).
The table below lists the bridges in the order he named them.
"""),
    code("""
l3.bridge_table(bridges)[["position", "sector", "proposal", "status_2022"]]
"""),
    md("""
### Reading the list critically

Not every source gives the same nine. Korea.net's own summary of the speech names only six
sectors; a Yonhap report of October 2018 lists eight and leaves out jobs; Sputnik (2019) calls that
bridge "labor"; and Russia's foreign minister, in 2021, spoke of "oil and gas" and left jobs out
altogether (TASS, 27 October 2021). The course uses Moon's own list, quoted by Yonhap on the day.
Even the date differs: the presidential committee's timeline puts the keynote on 6 September —
the day of the summit — while Korea.net and TASS give the 7th. The `note` column keeps these
disagreements visible.

> **Try it:** run `bridges[["sector", "note"]]` in a new cell. Which bridge is the least
> documented, and how can you tell from the notes?
"""),
    md("""
## 2. Two economies that seemed to fit (about 8 minutes)

The case for the bridges was complementarity. The commentary that opens this course puts it in
one line: "the ROK offering economic investment and advanced technology, and Russia providing
natural resources and raw materials" (CGTN, c. 2018). The Korea International Trade Association
described the same fit in terms of interests: Russia wants to develop its Far East and Siberia,
Korea wants secure energy and a way into Eurasian markets (KITA, 7 September 2020). Moon added a
personal note: Vladivostok reminded him of his home town Busan, where Russian fishing boats unload
at Gamcheon harbour (Korea.net, 7 September 2017).

What each side actually sold shows the fit — and its limit. The figure uses KOTRA's figures for
2018, the year trade came closest to its old peak.
"""),
    code("""
goods_2018 = l3.goods_table(goods, 2018)
fig = new_figure(9, 3.2)
l3.draw_goods(fig, goods_2018)
show_figure(fig, l3.describe_goods(goods_2018))
"""),
    md("""
South Korea sold manufactured goods — cars above all — and bought fuels and raw materials. The
flows were uneven: in 2018 South Korea's deficit with Russia reached a record of about USD 10.8
billion, roughly half of it crude oil (E2News citing KOTRA, 2019). Most of that trade ran
through the Russian Far East, though the share depends on whom you ask: "more than a third"
(South Korea's foreign ministry, November 2018), "almost 38 percent" (Russia's Far East minister,
November 2018) or "more than 40 percent" (Putin's message to the 2019 forum, Roscongress).

> **Try it:** in which direction would a working gas pipeline have pushed this balance?
"""),
    md("""
## 3. The bridges one by one (about 12 minutes)

The chart shows every dated milestone in the course data, one row per bridge. Marker shape *and*
colour show the status at that step, from "proposed" to "completed", or back to "stalled" and
"suspended".
"""),
    code("""
fig = new_figure(9, 4.2)
l3.draw_overview(fig, bridges, milestones)
show_figure(fig, l3.describe_overview(bridges, milestones))
"""),
    md("""
Three groups stand out.

- **Energy links — gas and electricity.** Gazprom and the Korean gas company KOGAS had talked
  about a pipeline since 2003; in 2011 Dmitry Medvedev and Kim Jong-il agreed on a commission
  for transit through the North, for a line of about 1,100 km carrying up to 10 bcm a year
  (ITAR-TASS, 24 August 2011), and the companies signed a roadmap (Gazprom, October 2011).
  Moon's super-grid idea was similar for power: the state utility KEPCO discussed a seabed cable
  with Russia's Far East minister in November 2017 (Yonhap, 8 November 2017). Neither was built.
  As an energy manager put it in 2013: "We can't transmit power through wifi, so they [North
  Korea] should be in this mix" (World Energy Council, 15 October 2013).
- **Transport — railways, seaports and the Arctic route.** The railway had a head start (section 4).
  The ports bridge produced a feasibility study for the port of Slavyanka (Yonhap, 15 October
  2018). The Arctic route worked, thanks to ships: the first of fifteen ice-breaking LNG carriers
  built by Daewoo (DSME) for Russia's Yamal LNG was named in June 2017 and carried a cargo to
  South Korea through the Northern Sea Route that summer (Offshore Energy, June 2017; Gas
  Processing, August 2017).
- **Industry and food — shipbuilding, jobs, agriculture, fisheries.** These needed no North Korean
  territory. Samsung Heavy Industries built hulls for Russia's Zvezda yard from 2019, until it
  suspended the work in February 2022 because of US and South Korean sanctions (gCaptain,
  19 June 2025). Fisheries got a memorandum and a planned processing cluster in Vladivostok
  (Yonhap, 6 November 2017; SeafoodSource, 16 January 2018). Jobs is the bridge the sources say
  least about.

Use the explorer to look at one bridge at a time: what was proposed, where, its projects, each
milestone with its source, and its status by 2022.
"""),
    code("""
l3.bridge_explorer(bridges, milestones, places)
"""),
    md("""
> **Try it:** choose *Shipbuilding*, then *Gas*. Which one moved further before 2022, and why
> did the one that needed North Korea stall earlier?
"""),
    md("""
## 4. The rail blueprint: Busan to Europe, through the North (about 10 minutes)

The Trans-Siberian Railway runs about 9,300 km from Moscow to Vladivostok (sources give 9,288,
9,289 or 9,313 km). South Korea's dream was to join it. "I have long dreamed of connecting our
railroads," Park Geun-hye told Putin in 2013 (Kremlin, 6 September 2013), and Moon told the State
Duma in June 2018 that he hoped the Trans-Siberian would "extend all the way to the southern port
city of Busan" (The Korea Herald, 21 June 2018).

Part of the line already existed. Kim Jong-il and Putin agreed in 2001 to rebuild the 54 km from
the Russian border station of Khasan to the North Korean port of Rajin; Russian Railways, through
a joint venture it held 70 percent of, reopened it in September 2013 (Railway Gazette, September
2013). South Korean firms — POSCO, Korail and Hyundai Merchant Marine — then ran three pilot
shipments of Russian coal: by train to Rajin, by ship to Pohang (KBS, 29 November 2014; UPI,
16 November 2015). At the 2018 summit the two presidents agreed joint research to extend that line
into South Korea and to connect the two railway systems (Korea.net, 23 June 2018), and in December
the two Koreas held a symbolic groundbreaking for reconnecting their railways at Panmun station in
Kaesong (Global Times, 26 December 2018).

The map below is drawn only from the coordinates shipped with the course (rounded to about a
kilometre); lines are straight between places, so it is a diagram, not a survey map.
"""),
    code("""
l3.map_explorer(places, routes)
"""),
    md("""
Which countries does each route cross? The course package works it out from `places.csv`:
"""),
    code("""
routes.assign(countries=[" → ".join(l3.route_countries(r, places)) for _, r in routes.iterrows()],
              straight_line_km=[round(l3.route_length_km(r, places)) for _, r in routes.iterrows()]
              )[["name", "status", "countries", "straight_line_km"]]
"""),
    md("""
Every land route from South Korea to Russia — rail, the gas pipeline, an overland power line —
passes through North Korea. Only the sea routes, a seabed cable, and the industries that need no
link at all avoid it. The straight-line distances are lower bounds: the rebuilt Khasan–Rajin track
is 54 km, more than twice its straight line.

> **Try it:** in the map explorer, switch on the gas pipeline and the power link, then switch to
> the Eurasia frame. Which links could be built if Pyongyang said no?
"""),
    md("""
## 5. Trade in numbers (about 8 minutes)

Trade is the simplest measure of whether the bridges carried anything. The table has one row per
year for which a Korean source gives a figure; missing values stay empty, never zero. The
explorer breaks its lines where there is no figure and marks key events.
"""),
    code("""
l3.trade_explorer(trade, institutions, milestones)
"""),
    md("""
Trade peaked at about USD 25.8 billion in 2014, collapsed to 13.4 billion in 2016 after the
Crimea crisis and the fall of oil prices, recovered strongly after the speech, and reached its
highest value in the series, about 27.3 billion, in 2021 — still short of the 30 billion target
(Yonhap, 24 January 2019 and 21 February 2023). Let pandas do the arithmetic:
"""),
    code("""
print(f"2016 → 2018: {l3.trade_growth(trade, 2016, 2018):+.1f}%")
print(f"2021 → 2022: {l3.trade_growth(trade, 2021, 2022):+.1f}%")
l3.trade_balance(trade)
"""),
    md("""
### Why the numbers disagree

For 2017 South Korea's embassy counts USD 19.0 billion (+41%), Putin's statement of June 2018
19.2 billion (+27%), and Putin, opening the talks, simply "$20 billion". For 2018 the embassy
counts 24.8 billion, KOTRA 24.88, and a Russian deputy prime minister "nearly $25 billion". The
figures come from different bodies on each side, were given at different times, and are rounded
differently. The course keeps one value per year and puts the others in the `note` column —
never silently choosing.

> **Try it:** run `trade.loc[trade["year"] == 2018, "note"].item()` to read the other figures.
"""),
    md("""
## 6. What stalled the bridges (about 7 minutes)

**2016, before the speech.** After North Korea's nuclear test of January 2016 and a long-range
launch in February, Seoul shut the Kaesong industrial complex and, in March, suspended its part
in the Rajin–Khasan project as one of its own sanctions; Russia called the move regrettable (Voice
of America, 10 February 2016; The Korea Times, March 2016). So the railway bridge Moon proposed in
2017 was already cut at its most advanced point.

**2018–2019, hope and limits.** The summits of 2018 produced research agreements and a symbolic
groundbreaking, but sanctions on North Korea still barred foreign investment there (CGTN, 22 June
2018). By November 2019 the
committee's chair said the uncertainty on the peninsula did not allow a number of major projects
(Sputnik, 13 November 2019). In December the two sides agreed to prepare an updated action plan,
"Action Plan 2.0", for the 30th anniversary of relations in 2020, adding a joint investment fund
and health care (Sputnik, 6 December 2019). No source found confirms it was formally adopted; the
pandemic then slowed everything (TASS, 23 March 2021).

**2022, the break with Russia.** Four days after Russia invaded Ukraine on 24 February 2022 (KITA,
26 April 2024), Seoul banned exports of
strategic items to Russia and joined the SWIFT measures, saying it "decided to actively participate
in the international community's efforts, including economic sanctions" (Reuters, 28 February
2022). Russia's ambassador blamed "strong outside pressure" (Reuters, 28 February 2022). In 2014,
after Crimea, Seoul had imposed no sanctions of its own (Intersection Project, 17 May 2016).
"""),
    code("""
after = institutions[institutions["date"] >= "2022-01-01"]
after.assign(when=after["date"].dt.strftime("%Y-%m"))[["when", "item", "description"]]
"""),
    md("""
Trade fell by about a fifth in 2022 and the shipbuilding contracts were frozen, then cancelled.
What survived longest were the bridges that never needed North Korea — and they were stopped by
a crisis on the other side of Eurasia.
"""),
    md("""
## 7. What the bridges tell us about Russia's balancing (about 5 minutes)

Russia gained from both sides of the peninsula. It rebuilt the Khasan–Rajin line with its own
money and kept a majority stake in it; when the Security Council tightened sanctions on the North
in March 2016, Moscow pressed for Siberian coal to keep moving through Rajin before it voted for
resolution 2270 (The Korea Times, March 2016). At the same time it courted South Korean capital,
ships and technology for its Far East, and its foreign minister still put "high hopes" in the
Nine Bridges in 2021 (TASS, 23 March 2021). The CGTN commentary says simply that Russia "is also
happy to see these things happen" — a three-way economy with Russia at the junction.

Read the sources with their authors in mind: Yonhap and Korea.net carry Seoul's framing, TASS and
Sputnik Moscow's, CGTN a Chinese view. An analysis from 2019 found that two years on "few results
have been achieved" (Zakharova, 10 December 2019).

> **Try it (discussion):** can economic links change a security problem, or do they only follow
> it? You will write a short answer in the exercise notebook (question 11).
"""),
    md("""
## Key points

- On 7 September 2017 Moon proposed nine bridges with Russia: gas, railways, seaports,
  electricity, Arctic shipping routes, shipbuilding, job creation, agriculture and fisheries.
- The logic was complementarity — Korean capital and technology, Russian energy and raw
  materials — plus the hope that shared prosperity would draw North Korea in.
- Every land bridge (rail, gas pipeline, overland power) needed North Korea; the Khasan–Rajin link
  had already been suspended by Seoul in 2016 over the North's nuclear test.
- Trade recovered after 2016 and peaked in 2021, but the USD 30 billion target was never met;
  sources differ on the yearly figures, so keep them side by side.
- The sea and industry bridges worked best, until South Korea joined the sanctions on Russia in
  February 2022.
- Russia used the bridges to court Seoul while keeping its own projects with Pyongyang — a case of
  the balancing this course is about.
"""),
    md("""
## What comes next

- Practise with `exercises/03_nine_bridges.ipynb`: eleven questions, from naming the bridges to
  computing the trade balance, with hints.
- Lesson 4 puts the three cases — the Six-Party Talks, the debt settlement and the Nine Bridges —
  side by side, reads the CGTN commentary critically and looks at what came after 2022.
"""),
    md("""
## Sources

The sources cited in this lesson (publisher, title, date, address); the data tables cite many
more in their `source_ids` columns.
"""),
    code("""
sources_table([
    "yonhap-2017-09-07-moon-nine-bridges", "sputnik-brasil-2017-09-10-moon-nine-bridges",
    "korea-net-2017-09-07-moon-eef-address", "cgtn-2018-06-22-putin-moon-press-conference",
    "kita-2024-04-26-losing-russian-market",
    "korea-net-2017-09-07-moon-eef-keynote", "korea-net-2017-09-07-vladivostok-summit",
    "xinhua-2017-08-25-song-young-gil-named", "yonhap-2017-08-25-song-young-gil-named",
    "cheongwadae-2017-07-07-hamburg-summit", "bukbang-about-committee", "tass-2021-10-27-lavrov-year-of-exchanges",
    "cgtn-2018-russia-role-korea-puzzle", "kita-2020-09-07-korea-russia-30-years",
    "e2news-2019-kotra-korea-russia-trade-2018", "mofa-kr-2018-11-08-fm-meets-kozlov-pohang",
    "rt-2018-11-pohang-vladivostok-ferry", "roscongress-2019-09-06-second-forum",
    "itartass-2011-08-24-ulan-ude-gas-commission", "gazprom-2011-10-kogas-roadmap",
    "koreaherald-2017-11-08-kepco-russia-grid", "worldenergy-2013-10-15-north-korea-super-grid",
    "koreaherald-2018-10-15-slavyanka-study", "offshore-energy-2017-06-first-icebreaking-lng-carrier",
    "gasprocessingnews-2017-08-first-nsr-voyage", "gcaptain-2025-06-19-samsung-cancels-zvezda",
    "koreaherald-2017-11-06-maritime-cooperation-mou", "seafoodsource-2018-01-16-fish-processing-cluster",
    "kremlin-2013-09-06-putin-park-meeting", "koreaherald-2018-06-21-moon-duma-speech",
    "railwaygazette-2013-09-rail-link-completed", "kbs-2014-11-29-first-coal-arrives",
    "upi-2015-11-16-rajin-third-shipment", "korea-net-2018-06-23-moscow-summit",
    "globaltimes-2018-12-26-groundbreaking-ceremony", "yonhap-2019-01-24-korea-russia-trade-2018",
    "yonhap-2023-02-21-kita-trade-2022", "voa-2016-02-10-kaesong-suspended",
    "koreatimes-2016-03-rajin-khasan-suspended", "sputnik-2019-11-13-30-year-strategy",
    "sputnik-2019-12-06-action-plan-update", "tass-2021-03-23-lavrov-nine-bridges",
    "reuters-2022-02-28-rok-bans-strategic-exports", "reuters-2022-02-28-rok-bans-strategic-exports-updated",
    "intersection-2016-05-17-rok-no-sanctions", "zakharova-2019-12-10-new-northern-policy",
])
"""),
]

# ==========================================================================================
# The exercises
# ==========================================================================================
QUESTIONS = {
    "q1": ("Question 1 — The nine sectors",
           "Put the nine sectors Moon named in Vladivostok into a list of strings, in any order. Common "
           "alternative names are accepted (\"rail\" for railways, \"labour\" for job creation, …).",
           "# a list of nine strings"),
    "q2": ("Question 2 — Match bridges to projects",
           "Make a dictionary that pairs each bridge with its project. Bridges: Railways, Seaports, Electricity, "
           "Shipbuilding, Fisheries, Gas. Projects: \"Gazprom–KOGAS pipeline roadmap\", \"Zvezda shipyard hulls\", "
           "\"Slavyanka feasibility study\", \"Vladivostok fish-processing cluster\", \"Northeast Asia super grid\", "
           "\"Rajin–Khasan coal shipments\".",
           "# {\"Railways\": \"…\", \"Seaports\": \"…\", …}"),
    "q3": ("Question 3 — South Korea's trade balance",
           "Using `trade`, compute South Korea's trade balance with Russia (exports minus imports, USD million) as a "
           "pandas Series indexed by year, **only for the years where both exports and imports are known**. "
           "You may write several lines; the last one must set `balance`.",
           "# balance = exports - imports, for the years with both figures"),
    "q4": ("Question 4 — The fall of 2022",
           "By how many percent did total trade change from 2021 to 2022? Give a number (a fall is negative), "
           "computed from `trade`.",
           "# percent change from 2021 to 2022"),
    "q5": ("Question 5 — From Busan to Moscow by rail",
           "Put these stops of the hoped-for rail route in order, from south to Moscow: \"Khasan\", \"Moscow\", "
           "\"Seoul\", \"Tumangang\", \"Busan\", \"Vladivostok\", \"Pyongyang\".",
           "# a list of the seven stops in order"),
    "q6": ("Question 6 — A misconception trap",
           "Which statement about the Rajin–Khasan logistics project is true? Answer with a letter.\n\n"
           "- a) Seoul suspended its part in 2016, after a North Korean nuclear test — before the Nine Bridges "
           "speech.\n- b) It was stopped by South Korea's 2022 sanctions on Russia.\n- c) South Korean trains "
           "carried goods across the DMZ to Khasan.\n- d) It was launched at the 2018 inter-Korean groundbreaking "
           "in Kaesong.",
           "# \"a\", \"b\", \"c\" or \"d\""),
    "q7": ("Question 7 — Visa-free travel",
           "In which year did the South Korea–Russia visa waiver enter into force?",
           "# a year"),
    "q8": ("Question 8 — The date of the speech",
           "On which date did Moon give the Nine Bridges keynote? Write it as \"YYYY-MM-DD\".",
           "# a date as a string"),
    "q9": ("Question 9 — What South Korea buys from Russia",
           "Which of these were among South Korea's main imports **from** Russia in 2018? Give a list of letters.\n\n"
           "- a) Crude oil\n- b) Naphtha\n- c) Coal\n- d) Passenger cars\n- e) Cosmetics\n- f) Natural gas (LNG)",
           "# e.g. [\"a\", \"c\"]"),
    "q10": ("Question 10 — The first chair",
            "Who was the first chair of the Presidential Committee on Northern Economic Cooperation?",
            "# a name in quotes"),
    "q11": ("Question 11 — Reflection",
            "Can economic links change a security problem, or do they only follow it? Answer in at least 40 words, "
            "using evidence from the lesson (which bridges needed North Korea; 2016; 2022; what Russia gained). "
            "This answer is saved, not graded; compare it with `q11.solution()` afterwards.",
            "# a string of at least 40 words"),
}


def exercise_cells(exercises) -> list:
    cells = [
        md("""
# Lesson 3 exercises — The Nine Bridges

How the checks work:

1. Run the setup cell below once.
2. For each question, replace the `____` in the answer cell with your answer and run that cell.
3. Run the check cell under it: `q1.check()` tells you whether the answer is right, partly right or
   not yet right, with a targeted message.
4. Stuck? `q1.hint()` gives a hint (the next one unlocks after another try); `q1.solution()` shows a
   worked answer.

Run `progress()` at the end to see where you are. Your progress is saved in a small file in the
course folder.
"""),
        code("""
from korea_course import load_table
from korea_course.exercises.lesson03 import exercises

exercises.setup(globals())
bridges = load_table("nine_bridges")
milestones = load_table("nine_bridges_milestones")
trade = load_table("rok_russia_trade")
places = load_table("places")
"""),
    ]
    for q in exercises:
        title, text, comment = QUESTIONS[q.id]
        cells.append(md(f"### {title}\n\n{text}"))
        cells.append(code(f"{comment}\n{q.var} = ____", tags=[f"answer-{q.id}"]))
        cells.append(code(f"{q.id}.check()\n# {q.id}.hint()\n# {q.id}.solution()"))
    cells.append(md("### Your progress"))
    cells.append(code("progress()"))
    return cells


def write(nb, path: Path) -> None:
    nb.metadata.update(META)
    nbformat.validate(nb)
    path.parent.mkdir(exist_ok=True)
    nbformat.write(nb, str(path))
    print(f"wrote {path.relative_to(ROOT)} ({len(nb.cells)} cells)")


def main() -> None:
    import sys

    sys.path.insert(0, str(ROOT))
    from korea_course.exercises.lesson03 import exercises

    missing = [q.id for q in exercises if q.id not in QUESTIONS]
    assert not missing, missing
    # exercise headings must not skip a level: title (#) then ### needs a ## in between
    ex_cells = exercise_cells(exercises)
    ex_cells.insert(2, md("## Questions"))
    write(new_notebook(cells=LESSON), ROOT / "notebooks" / "03_nine_bridges.ipynb")
    write(new_notebook(cells=ex_cells), ROOT / "exercises" / "03_nine_bridges.ipynb")


if __name__ == "__main__":
    main()

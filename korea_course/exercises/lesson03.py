"""Lesson 3 — The Nine Bridges: the exercises (single source of truth).

Used by exercises/03_nine_bridges.ipynb (``exercises.setup(globals())``) and by the tests.
Expected values that come from the data are computed from the course tables, so they never
go stale.
"""
from __future__ import annotations

from ..answers import (ChoiceAnswer, FrameAnswer, FreeTextAnswer, MatchingAnswer, NameSetAnswer, NumberAnswer,
                       OrderingAnswer)
from ..checking import ExerciseSet, Misconception, Question
from ..data import load_table
from ..explorers.lesson03.data import trade_balance, trade_growth


def _trade():
    return load_table("rok_russia_trade")


def _negated_balance(s) -> bool:
    """Imports minus exports for every year with both figures, and nothing else."""
    try:
        expected = trade_balance(_trade())
        got = {int(k): float(v) for k, v in s.items()}
        return set(got) == set(map(int, expected.index)) and all(
            abs(got[int(k)] + float(v)) < 1e-6 for k, v in expected.items())
    except Exception:
        return False


SECTORS = {
    "gas": ["natural gas", "LNG", "gas pipeline", "pipeline gas"],
    "railways": ["railway", "rail", "railroad", "railroads", "rail links"],
    "seaports": ["seaport", "ports", "port", "shipping ports", "harbours", "harbors"],
    "electricity": ["electric power", "power", "power grid", "grid", "electricity grid", "super grid"],
    "Arctic shipping routes": ["Arctic shipping route", "Arctic route", "Arctic routes", "Arctic shipping",
                               "Northern Sea Route", "NSR", "Arctic", "Arctic shipping routes (Northern Sea Route)"],
    "shipbuilding": ["ships", "shipyards", "ship building"],
    "job creation": ["jobs", "job", "labour", "labor", "employment", "jobs creation", "Job creation (labour)"],
    "agriculture": ["farming", "agri", "agricultural"],
    "fisheries": ["fishery", "fishing", "fish"],
}
_EIGHT = ["gas", "railways", "seaports", "electricity", "Arctic route", "shipbuilding", "agriculture", "fisheries"]

PROJECTS = {
    "Railways": "Rajin–Khasan coal shipments",
    "Seaports": "Slavyanka feasibility study",
    "Electricity": "Northeast Asia super grid",
    "Shipbuilding": "Zvezda shipyard hulls",
    "Fisheries": "Vladivostok fish-processing cluster",
    "Gas": "Gazprom–KOGAS pipeline roadmap",
}
PROJECT_ALIASES = {
    "Rajin–Khasan coal shipments": ["Rajin-Khasan", "Rajin Khasan", "Khasan-Rajin", "Rajin–Khasan", "coal shipments"],
    "Slavyanka feasibility study": ["Slavyanka", "Slavyanka port", "Slavyanka study"],
    "Northeast Asia super grid": ["super grid", "supergrid", "Northeast Asia supergrid", "NEA super grid"],
    "Zvezda shipyard hulls": ["Zvezda", "Zvezda hulls", "Zvezda shipyard"],
    "Vladivostok fish-processing cluster": ["fish-processing cluster", "fish cluster", "fish processing cluster"],
    "Gazprom–KOGAS pipeline roadmap": ["Gazprom-KOGAS", "Gazprom KOGAS", "Gazprom–KOGAS", "pipeline roadmap",
                                       "Gazprom-KOGAS roadmap"],
}
BRIDGE_ALIASES = {"Railways": ["rail", "railway"], "Seaports": ["ports", "port", "seaport"],
                  "Electricity": ["power", "electric power"], "Shipbuilding": ["ships"],
                  "Fisheries": ["fishing", "fishery"], "Gas": ["natural gas"]}

STOPS = ["Busan", "Wonsan", "Chongjin", "Tumangang", "Khasan", "Vladivostok", "Moscow"]
STOP_ALIASES = {"Busan": ["Pusan"], "Wonsan": ["Wŏnsan"], "Chongjin": ["Ch'ongjin", "Chŏngjin", "Cheongjin"],
                "Tumangang": ["Tumangang-dong", "Tumangan"], "Khasan": ["Hasan", "Xasan"], "Moscow": ["Moskva"]}

_swapped = dict(PROJECTS, Railways=PROJECTS["Seaports"], Seaports=PROJECTS["Railways"])
_grid_gas = dict(PROJECTS, Electricity=PROJECTS["Gas"], Gas=PROJECTS["Electricity"])

RAJIN_KHASAN = {
    "a": "Seoul suspended its part in 2016, after a North Korean nuclear test — before the Nine Bridges speech.",
    "b": "It was stopped by South Korea's 2022 sanctions on Russia.",
    "c": "South Korean trains carried goods across the DMZ to Khasan.",
    "d": "It was launched at the 2018 inter-Korean groundbreaking in Kaesong.",
}
SHIPBUILDING = {
    "a": "Samsung Heavy stopped all its work for Zvezda in February 2022, as it says.",
    "b": "Samsung Heavy kept delivering blocks and equipment for five carriers into late 2023, with Seoul's approval; "
         "the later contracts stopped earlier — in February 2022 by the company's own account.",
    "c": "The Reuters report shows that Samsung Heavy broke South Korea's sanctions on Russia.",
    "d": "The two sources contradict each other, so neither can be used.",
}


def _letters(options: dict) -> str:
    return "\n".join(f"- {k}) {v}" for k, v in options.items())

# ------------------------------------------------------------------------------ the notebook around the questions
# (scripts/build_exercises.py builds the exercise notebook from these and the questions below)
INTRO = """\
# Lesson 3 exercises — The Nine Bridges

How the checks work:

1. Run the setup cell below once.
2. For each question, replace the `____` in the answer cell with your answer and run that cell.
3. Run the check cell under it: `q1.check()` tells you whether the answer is right, partly right or
   not yet right, with a targeted message.
4. Stuck? `q1.hint()` gives a hint (the next one unlocks after another try); after a first try
   `q1.solution()` shows a worked answer.

Run `progress()` at the end to see where you are. Your progress is saved in a small file in the
course folder.
"""

SETUP = """\
from korea_course import load_table
from korea_course.exercises.lesson03 import exercises

exercises.setup(globals())
bridges = load_table("nine_bridges")
milestones = load_table("nine_bridges_milestones")
trade = load_table("rok_russia_trade")
places = load_table("places")
routes = load_table("routes")
"""

SECTIONS = {  # Markdown placed before a question
    "q1": "## Questions\n\nQuestions 1–2 check the basics; 3–7 ask you to compute, predict and check with the "
          "lesson's explorers, find an error and compare two sources; 8 is a short reflection.",
}
CLOSING = "### Your progress"

exercises = ExerciseSet("03", "The Nine Bridges", intro=INTRO, setup_code=SETUP, sections=SECTIONS, closing=CLOSING,
                        questions=[
    Question(
        "q1", "The nine sectors Moon named", var="nine_sectors", skill="recall",
        kind=NameSetAnswer(SECTORS),
        prompt=("Put the nine sectors Moon named in Vladivostok into a list of strings, in any order. Common "
                'alternative names are accepted ("rail" for railways, "labour" for job creation, …).'),
        placeholder="# a list of nine strings",
        hints=[
            "Level 1: Moon listed them in one sentence in Vladivostok on 7 September 2017. Energy, transport, "
            "industry and food are all there.",
            "Level 2: The table `bridges` (loaded above) has one row per bridge; look at its `sector` column.",
            "Level 3: Four are about energy and transport links (two of them travel by land), two about ships and "
            "the sea route in the north, three about people, farms and the sea's catch.",
        ],
        solution='nine_sectors = list(bridges["sector"])',
        explanation="Moon's list: gas, railways, seaports, electricity, Arctic shipping routes, shipbuilding, "
                    "job creation, agriculture and fisheries (Yonhap, 7 September 2017). Order did not matter here.",
        misconceptions=[
            Misconception(_EIGHT + ["oil"],
                          "One entry, oil, is not on Moon's list: a Russian account from 2021 speaks of 'oil and gas', "
                          "but Moon named gas only. The bridge you are missing is about people rather than a "
                          "commodity."),
            Misconception(_EIGHT,
                          "Eight of nine. The missing bridge is the least documented one: it is not a good or a "
                          "route but about people and work in the Russian Far East."),
        ]),
    Question(
        "q2", "Match bridges to projects", var="projects", skill="lookup",
        kind=MatchingAnswer(PROJECTS, left_aliases=BRIDGE_ALIASES, right_aliases=PROJECT_ALIASES),
        prompt=("Make a dictionary that pairs each bridge with its project. Bridges: Railways, Seaports, "
                'Electricity, Shipbuilding, Fisheries, Gas. Projects: "Gazprom–KOGAS pipeline roadmap", '
                '"Zvezda shipyard hulls", "Slavyanka feasibility study", "Vladivostok fish-processing '
                'cluster", "Northeast Asia super grid", "Rajin–Khasan coal shipments".'),
        placeholder='# {"Railways": "…", "Seaports": "…", …}',
        hints=[
            "Level 1: Ask what each project built, moved or studied — not which words appear in its name.",
            "Level 2: Open the Nine Bridges explorer in the lesson and read each bridge's flagship projects, or look "
            "at `bridges[['sector', 'flagship_projects']]`.",
            "Level 3: The coal went by train from Russia to a North Korean port; the study was about building a "
            "terminal on the sea; the super grid links power systems; the pipeline roadmap was signed by two gas "
            "companies.",
        ],
        solution="projects = {\n"
                 + "".join(f'    "{k}": "{v}",\n' for k, v in PROJECTS.items()) + "}",
        explanation="Rajin–Khasan moved Russian coal by rail (railways); Slavyanka is a port study (seaports); the "
                    "super grid is electricity; Samsung Heavy built hulls for Zvezda (shipbuilding); the Vladivostok "
                    "cluster is fisheries; Gazprom and KOGAS signed the pipeline roadmap in 2011 (gas).",
        misconceptions=[
            Misconception(_swapped,
                          "Two pairs are swapped because the names mislead: Rajin is a port, but the Rajin–Khasan "
                          "project rebuilt 54 km of track and ran coal trains across the border. Match by what was "
                          "built or moved."),
            Misconception(_grid_gas,
                          "Energy projects swapped: a 'grid' carries electricity, a pipeline roadmap is about gas. "
                          "Both would cross North Korea, which is why they are easy to confuse."),
        ]),
    Question(
        "q3", "South Korea's trade balance with Russia", var="balance", skill="compute",
        kind=FrameAnswer(lambda: trade_balance(_trade())),
        prompt=("Using `trade`, compute South Korea's trade balance with Russia (exports minus imports, USD "
                "million) as a pandas Series indexed by year, **only for the years where both exports and "
                "imports are known**. You may write several lines; the last one must set `balance`."),
        placeholder="# balance = exports - imports, for the years with both figures",
        hints=[
            "Level 1: The balance is exports minus imports, from South Korea's point of view. Only some years have "
            "both figures.",
            "Level 2: Drop the years where exports or imports are missing "
            "(`trade.dropna(subset=[...])`), set `year` as the index, then subtract the two columns.",
            "Level 3: keep only the rows where both columns have a figure, make `year` the index, then take "
            "imports away from exports.",
        ],
        solution='both = trade.dropna(subset=["rok_exports_usd_million", "rok_imports_usd_million"]).set_index("year")\n'
                 'balance = both["rok_exports_usd_million"] - both["rok_imports_usd_million"]',
        explanation="South Korea ran a deficit in most years with both figures — over 10 billion USD in 2018 — "
                    "because it buys far more fuel than it sells cars and machines (Korean figures via Yonhap, "
                    "KOTRA and KITA).",
        misconceptions=[
            Misconception(None, "The signs are reversed: you computed imports minus exports. A deficit (buying more "
                                "than selling) should come out negative.",
                          code='both = trade.dropna(subset=["rok_exports_usd_million", "rok_imports_usd_million"])'
                               '.set_index("year")\nbalance = both["rok_imports_usd_million"] - '
                               'both["rok_exports_usd_million"]',
                          matches=lambda s: _negated_balance(s)),
            Misconception(None, "Your Series keeps the years without export or import figures, so it is full of "
                                "NaN. A missing figure is not a zero and not a balance: drop those years first.",
                          code='balance = trade.set_index("year")["rok_exports_usd_million"] - '
                               'trade.set_index("year")["rok_imports_usd_million"]',
                          matches=lambda s: bool(s.isna().any())),
        ]),
    Question(
        "q4", "What did 2022 do to trade?", var="growth", skill="compute",
        kind=NumberAnswer(lambda: trade_growth(_trade(), 2021, 2022), unit="percent", rel_tol=0.01),
        prompt=("Seoul joined the sanctions on Russia on 28 February 2022. By how many percent did total trade "
                "change from 2021 to 2022? Compute it from `trade` and give a number (a fall is negative). Then look "
                "at the last row of `trade`: what happened to South Korea's exports by 2024?"),
        placeholder="# percent change from 2021 to 2022",
        hints=[
            "Level 1: Percent change = (new − old) / old × 100. Here 'old' is 2021 and 'new' is 2022.",
            "Level 2: `totals = trade.set_index('year')['total_usd_million']`, then use `totals[2021]` and "
            "`totals[2022]`.",
            "Level 3: subtract the 2021 total from the 2022 total, divide by the 2021 total and multiply by 100 — "
            "a fall gives a negative number.",
        ],
        solution='totals = trade.set_index("year")["total_usd_million"]\n'
                 'growth = (totals[2022] - totals[2021]) / totals[2021] * 100',
        explanation="Trade fell by about 22.6% in the first year of the war, the KITA figure quoted in the press "
                    "(−22.6%); exports fell faster than imports (−36.6%), because cars and parts could no longer be "
                    "sold. The fall went on: exports were 4.53 billion USD in 2024, less than half the 10.0 billion "
                    "USD of 2021 (KITA, August 2025). Imports, mostly fuels, fell less in 2022 (−14.6%)",
        misconceptions=[
            Misconception(22.64, "The size is right but the sign is not: trade fell, so the change is negative."),
            Misconception(-29.27, "You divided by the 2022 value. A percent change is measured against the starting "
                                  "year."),
        ]),
    Question(
        "q5", "Predict, then check: the railway to Russia", var="route_order", skill="predict and check",
        kind=OrderingAnswer(STOPS, aliases=STOP_ALIASES),
        prompt=("**Predict first:** a train from Busan to Moscow must cross North Korea. Would the line run through "
                "Seoul and Pyongyang, or up the east coast? Write your guess down. **Then check** with the map "
                "explorer in the lesson (route *Proposed Trans-Korean rail link*) or with `places` and `routes`, and "
                'put these stops in order from Busan to Moscow: "Khasan", "Moscow", "Wonsan", "Tumangang", "Busan", '
                '"Vladivostok", "Chongjin".'),
        placeholder="# a list of the seven stops in order",
        hints=[
            "Level 1: The link surveyed by the two Koreas in December 2018 to reach Russia is the east-coast line; "
            "the western line through Pyongyang ends at Sinuiju, on the Chinese border.",
            "Level 2: `places.set_index('name').loc[['Wonsan', 'Chongjin', 'Tumangang', 'Khasan'], ['country', "
            "'lat', 'lon']]` — going north up the coast the latitudes grow; the countries run ROK, DPRK, Russia.",
            "Level 3: The two border stations face each other across the Tumen river; the North Korean one comes "
            "first going north, then the Russian one, then the line to Vladivostok and on to Moscow.",
        ],
        solution="route_order = " + repr(STOPS),
        explanation="Busan → Wonsan → Chongjin → Tumangang (DPRK) → Khasan (Russia) → Vladivostok → Moscow. The line "
                    "meant to reach the Trans-Siberian is the east-coast (Donghae) line: the two Koreas surveyed its "
                    "800 km in the North, from Mount Kumgang via Wonsan, Hamhung and Chongjin to the Tumen, in "
                    "December 2018 (Korea.net, 7 December 2018; KBS, 9 and 12 December 2018). The western line "
                    "through Pyongyang (Kaesong to Sinuiju) leads to China. On the map, Russia touches North Korea "
                    "only at the mouth of the Tumen: every land route from the South must cross the North.",
        misconceptions=[
            Misconception(["Busan", "Wonsan", "Chongjin", "Khasan", "Tumangang", "Vladivostok", "Moscow"],
                          "Check which country each border station belongs to (`places`, column `country`): "
                          "coming from the south, the train reaches the North Korean bank of the Tumen first."),
            Misconception(["Busan", "Wonsan", "Chongjin", "Tumangang", "Vladivostok", "Khasan", "Moscow"],
                          "One Russian stop is misplaced: the border station lies on the Tumen, south-west of the "
                          "Far East's main port. Look at the latitudes in `places` or at the map."),
            Misconception(["Busan", "Chongjin", "Wonsan", "Tumangang", "Khasan", "Vladivostok", "Moscow"],
                          "The two North Korean ports are swapped: going north up the coast, Wonsan (about 39° N) "
                          "comes long before Chongjin (about 42° N)."),
        ]),
    Question(
        "q6", "Find the error: what stopped the Rajin–Khasan project?", var="rajin_khasan", skill="find the error",
        kind=ChoiceAnswer(RAJIN_KHASAN, "a"),
        prompt=("A student writes: *\"The Nine Bridges' railway plan worked until 2022, when Seoul's sanctions on "
                "Russia stopped the Rajin–Khasan coal shipments.\"* Check the claim against the milestones, then "
                "choose the statement that is true. Answer with a letter.\n\n" + _letters(RAJIN_KHASAN)),
        placeholder='# "a", "b", "c" or "d"',
        hints=[
            "Level 1: Look at the railways bridge in the Nine Bridges explorer and read the dates.",
            "Level 2: `milestones[milestones.bridge_id == 'rail'][['date', 'milestone', 'status']]` lists every "
            "step. Which year has status 'suspended'?",
            "Level 3: The trains ran only on the 54 km between Khasan and Rajin; the coal then went by ship to Pohang.",
        ],
        solution='rajin_khasan = "a"',
        explanation="Seoul suspended the project in March 2016 in its unilateral sanctions after the North's January "
                    "2016 nuclear test (Korea Times) — eighteen months before Moon's speech. The student's date and "
                    "cause are both wrong: the Nine Bridges inherited a link that was already cut, because of North "
                    "Korea, not Russia.",
        misconceptions=[
            Misconception("b", "That is the student's error: the project had already been suspended years earlier, "
                               "because of North Korea, not Russia. Check the milestone dates."),
            Misconception("c", "No train crossed the DMZ: the 54 km line ran from Russia to a North Korean port, and "
                               "the coal reached South Korea by ship."),
            Misconception("d", "The 2018 ceremony was about inter-Korean lines and was symbolic; the Rajin–Khasan line "
                               "had been rebuilt by Russia years before."),
        ]),
    Question(
        "q7", "Compare two sources: when did the shipbuilding bridge stop?", var="shipbuilding_reading",
        skill="compare sources",
        kind=ChoiceAnswer(SHIPBUILDING, "b"),
        prompt=("Two sources on the shipbuilding bridge. **Source 1:** Samsung Heavy Industries, in its 2024–25 "
                "stock-exchange filings and its arbitration with the Russian yard Zvezda, says it suspended the work "
                "in February 2022 because of sanctions (gCaptain, 19 June 2025). **Source 2:** a Samsung Heavy "
                "spokesperson told Reuters on 26 December 2023 that the company was finishing the blocks and "
                "equipment for five of the 15 carriers, delivered to Zvezda with the South Korean government's "
                "approval, and had not started on the other ten. Read both with "
                "`milestones[milestones.bridge_id == 'shipbuilding']`, then choose the reading that fits both. "
                "Answer with a letter.\n\n" + _letters(SHIPBUILDING)),
        placeholder='# "a", "b", "c" or "d"',
        hints=[
            "Level 1: Ask who says what, when, and why. A company in a dispute over advance payments has a reason "
            "to date its stop early.",
            "Level 2: The two sources speak of different contracts: the first five carriers (2019 contract) and the "
            "later ones (ten carriers in 2020, seven tankers in 2021).",
            "Level 3: Deliveries with the government's approval are not a breach of sanctions; and two sources "
            "that cover different parts of the work can both be right.",
        ],
        solution='shipbuilding_reading = "b"',
        explanation="Both can be true because they are about different contracts: Samsung Heavy went on delivering "
                    "blocks and equipment for the first five carriers, with Seoul's approval, into late 2023 "
                    "(Reuters, 26 December 2023), while work on the 2020–21 contracts stopped — in February 2022 by "
                    "the company's own account, given in its dispute with Zvezda, which cancelled those contracts in "
                    "June 2024 (gCaptain, 19 June 2025). 'Suspended in February 2022' is a party's claim, not the "
                    "whole record.",
        misconceptions=[
            Misconception("a", "That takes one party's claim for the whole record. Source 2 shows deliveries for five "
                               "carriers going on into late 2023: the February 2022 date is about the later contracts."),
            Misconception("c", "The deliveries had the South Korean government's approval (source 2): nothing in the "
                               "sources says they broke Seoul's sanctions."),
            Misconception("d", "They do not contradict each other once you see that they speak of different "
                               "contracts: the first five carriers and the later ten carriers and seven tankers."),
        ]),
    Question(
        "q8", "Reflection: can economic links change a security problem?", var="reflection", skill="reflect",
        kind=FreeTextAnswer(min_words=40),
        prompt=("Can economic links change a security problem, or do they only follow it? Answer in at least "
                "40 words, using evidence from the lesson (which bridges needed North Korea; 2016; 2022; "
                "what Russia gained). This answer is saved, not graded; compare it with `q8.solution()` afterwards."),
        placeholder="# a string of at least 40 words",
        hints=[
            "Level 1: Moon argued that if North Korea saw its neighbours prosper together, it would want to join. "
            "What did the record of the bridges show?",
            "Level 2: Use evidence: which bridges needed North Korea, what happened in 2016 and 2022, and what Russia "
            "gained from each Korea. Then say what would have to change for the argument to work.",
        ],
        solution='reflection = ("Economic links can lower the cost of cooperation and give each side a stake, but the '
                 'Nine Bridges show the limits: every land link needed North Korea, and sanctions over its nuclear '
                 'tests (2016) and over Russia\'s war (2022) cut the projects that existed. Links followed security, '
                 'not the other way round; for Russia they were a way to keep both Koreas close.")',
        explanation="Points to weigh: the land bridges (rail, gas, power) all cross the DPRK; Seoul itself suspended "
                    "Rajin–Khasan in 2016 over the North's tests; the sea bridges (Arctic route, ships) worked until "
                    "2022; and Russia's interest was in keeping ties with both Koreas.",
        misconceptions=[]),
])

__all__ = ["exercises"]

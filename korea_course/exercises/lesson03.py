"""Lesson 3 — The Nine Bridges: the exercises (single source of truth).

Used by exercises/03_nine_bridges.ipynb (``exercises.setup(globals())``) and by the tests.
Expected values that come from the data are computed from the course tables, so they never
go stale.
"""
from __future__ import annotations

from ..answers import (ChoiceAnswer, DateAnswer, FrameAnswer, FreeTextAnswer, MatchingAnswer, MultiChoiceAnswer,
                       NameAnswer, NameSetAnswer, NumberAnswer, OrderingAnswer, YearAnswer, value_at)
from ..checking import ExerciseSet, Misconception, Question
from ..data import load_table
from ..explorers.lesson03 import trade_balance, trade_growth


def _trade():
    return load_table("rok_russia_trade")


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

STOPS = ["Busan", "Seoul", "Pyongyang", "Tumangang", "Khasan", "Vladivostok", "Moscow"]
STOP_ALIASES = {"Busan": ["Pusan"], "Pyongyang": ["P'yongyang", "Pyeongyang"], "Tumangang": ["Tumangang-dong", "Tumangan"],
                "Khasan": ["Hasan", "Xasan"], "Moscow": ["Moskva"]}

_swapped = dict(PROJECTS, Railways=PROJECTS["Seaports"], Seaports=PROJECTS["Railways"])
_grid_gas = dict(PROJECTS, Electricity=PROJECTS["Gas"], Gas=PROJECTS["Electricity"])

IMPORT_OPTIONS = {"a": "Crude oil", "b": "Naphtha", "c": "Coal", "d": "Passenger cars", "e": "Cosmetics",
                  "f": "Natural gas (LNG)"}

exercises = ExerciseSet("03", "The Nine Bridges", [
    Question(
        "q1", "The nine sectors Moon named", var="nine_sectors",
        kind=NameSetAnswer(SECTORS),
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
        "q2", "Match bridges to projects", var="projects",
        kind=MatchingAnswer(PROJECTS, left_aliases=BRIDGE_ALIASES, right_aliases=PROJECT_ALIASES),
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
        "q3", "South Korea's trade balance with Russia", var="balance",
        kind=FrameAnswer(lambda: trade_balance(_trade())),
        hints=[
            "Level 1: The balance is exports minus imports, from South Korea's point of view. Only some years have "
            "both figures.",
            "Level 2: Drop the years where exports or imports are missing "
            "(`trade.dropna(subset=[...])`), set `year` as the index, then subtract the two columns.",
            "Level 3: `both = trade.dropna(subset=['rok_exports_usd_million', 'rok_imports_usd_million'])"
            ".set_index('year')`, then subtract `both['rok_imports_usd_million']` from `both['rok_exports_usd_million']`.",
        ],
        solution='both = trade.dropna(subset=["rok_exports_usd_million", "rok_imports_usd_million"]).set_index("year")\n'
                 'balance = both["rok_exports_usd_million"] - both["rok_imports_usd_million"]',
        explanation="South Korea ran a deficit in most years with both figures — over USD 10 billion in 2018 — "
                    "because it buys far more fuel than it sells cars and machines (Korean figures via Yonhap, "
                    "KOTRA and KITA).",
        misconceptions=[
            Misconception(None, "The signs are reversed: you computed imports minus exports. A deficit (buying more "
                                "than selling) should come out negative.",
                          code='both = trade.dropna(subset=["rok_exports_usd_million", "rok_imports_usd_million"])'
                               '.set_index("year")\nbalance = both["rok_imports_usd_million"] - '
                               'both["rok_exports_usd_million"]',
                          matches=lambda s: abs(float(value_at(s, 2018, 0)) - 10200) < 1),
            Misconception(None, "Your Series keeps the years without export or import figures, so it is full of "
                                "NaN. A missing figure is not a zero and not a balance: drop those years first.",
                          code='balance = trade.set_index("year")["rok_exports_usd_million"] - '
                               'trade.set_index("year")["rok_imports_usd_million"]',
                          matches=lambda s: bool(s.isna().any())),
        ]),
    Question(
        "q4", "How much did trade fall in 2022?", var="growth",
        kind=NumberAnswer(lambda: trade_growth(_trade(), 2021, 2022), unit="percent", rel_tol=0.01),
        hints=[
            "Level 1: Percent change = (new − old) / old × 100. Here 'old' is 2021 and 'new' is 2022.",
            "Level 2: `totals = trade.set_index('year')['total_usd_million']`, then use `totals[2021]` and "
            "`totals[2022]`.",
            "Level 3: `growth = (totals[2022] - totals[2021]) / totals[2021] * 100` — a fall gives a negative number.",
        ],
        solution='totals = trade.set_index("year")["total_usd_million"]\n'
                 'growth = (totals[2022] - totals[2021]) / totals[2021] * 100',
        explanation="Trade fell by about 22.6% in the first year of the war, close to the KITA figure quoted in "
                    "the press (−22.6%); exports fell faster than imports.",
        misconceptions=[
            Misconception(22.64, "The size is right but the sign is not: trade fell, so the change is negative."),
            Misconception(-29.27, "You divided by the 2022 value. A percent change is measured against the starting "
                                  "year."),
        ]),
    Question(
        "q5", "From Busan to Moscow by rail", var="route_order",
        kind=OrderingAnswer(STOPS, aliases=STOP_ALIASES),
        hints=[
            "Level 1: Start at Moon's home port in the south and go north, then west along the Trans-Siberian.",
            "Level 2: Use the map explorer (route 'Proposed inter-Korean / Trans-Korean rail link') or "
            "`places[['name', 'country', 'lat', 'lon']]`: a train meets the countries in the order ROK, DPRK, Russia.",
            "Level 3: The two border stations face each other across the Tumen river; the North Korean one comes first "
            "going north, then the Russian one, then the line to Vladivostok and on to Moscow.",
        ],
        solution="route_order = " + repr(STOPS),
        explanation="Busan → Seoul → Pyongyang → Tumangang (DPRK) → Khasan (Russia) → Vladivostok → Moscow: "
                    "every land route from the South to the Trans-Siberian must cross North Korea.",
        misconceptions=[
            Misconception(["Busan", "Seoul", "Pyongyang", "Khasan", "Tumangang", "Vladivostok", "Moscow"],
                          "Check which country each border station belongs to (`places`, column `country`): "
                          "coming from the south, the train reaches the North Korean bank of the Tumen first."),
            Misconception(["Busan", "Seoul", "Pyongyang", "Tumangang", "Vladivostok", "Khasan", "Moscow"],
                          "One Russian stop is misplaced: the border station lies on the Tumen, far south of the "
                          "Far East's main port. Look at the latitudes in `places`."),
        ]),
    Question(
        "q6", "A misconception trap: the Rajin–Khasan project", var="rajin_khasan",
        kind=ChoiceAnswer({
            "a": "Seoul suspended its part in 2016, after a North Korean nuclear test — before the Nine Bridges speech.",
            "b": "It was stopped by South Korea's 2022 sanctions on Russia.",
            "c": "South Korean trains carried goods across the DMZ to Khasan.",
            "d": "It was launched at the 2018 inter-Korean groundbreaking in Kaesong.",
        }, "a"),
        hints=[
            "Level 1: Look at the railways bridge in the Nine Bridges explorer and read the dates.",
            "Level 2: `milestones[milestones.bridge_id == 'rail'][['date', 'milestone', 'status']]` lists every "
            "step. Which year has status 'suspended'?",
            "Level 3: The trains ran only on the 54 km between Khasan and Rajin; the coal then went by ship to Pohang.",
        ],
        solution='rajin_khasan = "a"',
        explanation="Seoul suspended the project in March 2016 in its unilateral sanctions after the North's January "
                    "2016 nuclear test (Korea Times) — eighteen months before Moon's speech. The Nine Bridges "
                    "inherited a link that was already cut.",
        misconceptions=[
            Misconception("b", "Not 2022: the project had already been suspended years earlier, because of North "
                               "Korea, not Russia. Check the milestone dates."),
            Misconception("c", "No train crossed the DMZ: the 54 km line ran from Russia to a North Korean port, and "
                               "the coal reached South Korea by ship."),
            Misconception("d", "The 2018 ceremony was about inter-Korean lines and was symbolic; the Rajin–Khasan line "
                               "had been rebuilt by Russia years before."),
        ]),
    Question(
        "q7", "When did visa-free travel start?", var="visa_year",
        kind=YearAnswer(2014),
        hints=[
            "Level 1: The agreement was signed during Putin's visit to Seoul, but signing is not entry into force.",
            "Level 2: Look in `load_table('rok_russia_institutions')` for the rows about the visa waiver.",
            "Level 3: It entered into force on the first day of the year after it was signed.",
        ],
        solution="visa_year = 2014",
        explanation="Signed in Seoul on 13 November 2013, in force on 1 January 2014 (Russian embassy; Russian MFA): "
                    "visits of up to 60 days without a visa.",
        misconceptions=[
            Misconception(2013, "That is the year it was signed. A treaty starts to apply when it enters into force."),
        ]),
    Question(
        "q8", "The date of the Nine Bridges speech", var="speech_date",
        kind=DateAnswer("2017-09-07"),
        hints=[
            "Level 1: The speech was the keynote at the plenary of the 3rd Eastern Economic Forum in Vladivostok.",
            "Level 2: The forum ran for two days in early September 2017; Moon met Putin on the first day.",
            "Level 3: The keynote was on the second day of the forum. Write the date as YYYY-MM-DD.",
        ],
        solution='speech_date = "2017-09-07"',
        explanation="7 September 2017 (Korea.net, Yonhap). The presidential committee's own timeline gives the 6th — "
                    "the day of the Moon–Putin summit — a disagreement kept in the data.",
        misconceptions=[
            Misconception("2017-09-06", "That is the day of the summit with Putin (and the date in the committee's "
                                        "timeline); the keynote came the day after."),
        ]),
    Question(
        "q9", "What does South Korea buy from Russia?", var="imports_from_russia",
        kind=MultiChoiceAnswer(IMPORT_OPTIONS, ["a", "b", "c", "f"]),
        hints=[
            "Level 1: Think of what each economy has: Russia fuels and raw materials, Korea manufactured goods.",
            "Level 2: `load_table('rok_russia_trade_goods')` lists goods with a `direction`; `rus_to_rok` means "
            "Russia sells to South Korea.",
            "Level 3: Four of the six are fuels or made from oil; two are things Korean factories make.",
        ],
        solution='imports_from_russia = ["a", "b", "c", "f"]',
        explanation="In 2018 South Korea's main imports from Russia were crude oil, naphtha, coal and LNG (KOTRA); "
                    "cars and cosmetics went the other way.",
        misconceptions=[
            Misconception(["a", "d", "f"], "Passenger cars travel the other way: they are South Korea's largest "
                                           "export to Russia. Check the `direction` column.",
                          matches=lambda ans: "d" in ans),
            Misconception(["a", "b", "e"], "Cosmetics are a Korean export that grew fast in 2018, not an import. "
                                           "Check the `direction` column.",
                          matches=lambda ans: "e" in ans),
        ]),
    Question(
        "q10", "Who first chaired the committee?", var="first_chair",
        kind=NameAnswer("Song Young-gil", aliases=["Song Young gil", "Song Yong-gil", "Song Young-kil", "Song"]),
        hints=[
            "Level 1: The Presidential Committee on Northern Economic Cooperation was set up in August 2017.",
            "Level 2: Its first chair was a Democratic Party lawmaker who had been Moon's special envoy to Russia.",
            "Level 3: Look in `load_table('rok_russia_institutions')` at the row `committee-chair-song`.",
        ],
        solution='first_chair = "Song Young-gil"',
        explanation="Song Young-gil, a four-term lawmaker named on 25 August 2017 (Yonhap, Xinhua); the committee's "
                    "own timeline dates his appointment 28 August.",
        misconceptions=[
            Misconception("Kwon Goo-hoon", "Kwon Goo-hoon chaired the committee later (from 2019); the question asks "
                                           "for the first chair.",
                          matches=lambda ans: "kwon" in ans.lower()),
            Misconception("Moon Jae-in", "The president named the chair but did not chair the committee himself.",
                          matches=lambda ans: "moon" in ans.lower()),
        ]),
    Question(
        "q11", "Reflection: can economic links change a security problem?", var="reflection",
        kind=FreeTextAnswer(min_words=40),
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

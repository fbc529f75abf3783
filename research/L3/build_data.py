"""Write the lesson-3 tables into course_data/. Run from anywhere.

The facts and their sources are documented in research/L3/fact_sheet.md; every source id
used here exists in research/L3/sources.csv (checked by validate_data.py).
"""
import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "course_data"


def write(name, fields, rows):
    OUT.mkdir(exist_ok=True)
    path = OUT / name
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(fields)
        for r in rows:
            assert len(r) == len(fields), (name, r)
            w.writerow(["" if v is None else v for v in r])
    print(f"wrote {path.relative_to(ROOT)} ({len(rows)} rows)")


EEF = "korea-net-2017-09-07-moon-eef-address;yonhap-2017-09-07-moon-nine-bridges"

# ---------------------------------------------------------------------------------------
# places.csv  (coordinates rounded to 2 decimals, i.e. about 1 km; schematic use only)
# ---------------------------------------------------------------------------------------
PLACES = [
    ("vladivostok", "Vladivostok", "RUS", "port_city", 43.13, 131.90, "f8-vladivostok-location",
     "43 08 N, 131 54 E rounded. Host city of the Eastern Economic Forum; eastern end of the Trans-Siberian."),
    ("nakhodka", "Nakhodka", "RUS", "port_city", 42.82, 132.87, "jp-nakhodka-city-profile",
     "42 49 N, 132 52 E rounded (city). Weak mirror source; Wikipedia-derived copies put Nakhodka Bay at 42 48 25 N, 132 53 36 E."),
    ("khasan", "Khasan", "RUS", "border_station", 42.43, 130.65, "wiki-mirror-khasan;wiki-mirror-khasan-piglix",
     "42 25 42 N, 130 38 44 E rounded. Only Russian settlement on the border with North Korea; rail bridge over the Tumen to Tumangang."),
    ("tumangang", "Tumangang", "DPRK", "border_station", 42.42, 130.60, "wiki-tumangang-2023;kcna-2025-05-29-tumangang-station",
     "42 25 18 N, 130 36 09 E rounded. North Korean border station across the Tumen from Khasan."),
    ("rajin", "Rajin (Rason)", "DPRK", "port_city", 42.34, 130.39, "wiki-mirror-rajin",
     "42 20 24 N, 130 23 23 E rounded. Port in the Rason special economic zone; also romanised Naseon in ROK sources."),
    ("pyongyang", "Pyongyang", "DPRK", "capital", 39.03, 125.75, "worldatlas-where-is-north-korea;loc-2016-03-22-pyongyang-maps",
     "WorldAtlas 39.03385 N, 125.75432 E (used); Library of Congress blog 39 1 10 N, 125 44 17 E (39.02, 125.74). Sources differ by about 1-2 km."),
    ("kaesong", "Kaesong", "DPRK", "city", 37.97, 126.55, "wiki-mirror-kaesong",
     "37 58 N, 126 33 E. Panmun station (groundbreaking of 26 Dec 2018) is in Kaesong."),
    ("seoul", "Seoul", "ROK", "capital", 37.57, 126.98, "seoul-gov-ja-about-seoul",
     "37 34 N, 126 59 E (Seoul Metropolitan Government), rounded."),
    ("busan", "Busan", "ROK", "port_city", 35.08, 129.10, "ports-com-busan-location",
     "Port of Busan 35 05 N, 129 06 E. Moon's home town; southern end of the hoped-for rail link to Europe."),
    ("pohang", "Pohang", "ROK", "port_city", 36.03, 129.37, "wiki-mirror-pohang-lt;ports-com-pohang-location",
     "City 36.03222 N, 129.365 E (used); the port is given as 36 01 N, 129 25 E. Host of the first interregional forum (Nov 2018); POSCO steelworks received the Rajin coal."),
    ("moscow", "Moscow", "RUS", "capital", 55.76, 37.62, "scienceanswers-moscow-coordinates",
     "55.7558 N, 37.6173 E rounded. Western end of the Trans-Siberian (schematic)."),
    ("sakhalin", "Sakhalin (Yuzhno-Sakhalinsk)", "RUS", "island_city", 46.97, 142.73, "wiki-mirror-yuzhno-sakhalinsk",
     "46 58 N, 142 44 E. The island's capital is used as a schematic marker for Sakhalin gas and LNG."),
    ("sabetta", "Sabetta (Yamal LNG)", "RUS", "lng_port", 71.27, 72.07, "grokipedia-sabetta;rosmorport-2013-sabetta-named",
     "About 71.27 N, 72.07 E from a weak (AI-written) source; Rosmorport confirms the port is on the Ob bay of the Kara Sea, Yamal. Schematic marker only."),
    ("khabarovsk", "Khabarovsk", "RUS", "city", 48.47, 135.10, "wiki-mirror-khabarovsk-tr",
     "48 28 N, 135 06 E rounded. On the Trans-Siberian, 8,523 km from Moscow (same source)."),
]

# ---------------------------------------------------------------------------------------
# routes.csv
# ---------------------------------------------------------------------------------------
ROUTES = [
    ("trans-siberian", "Trans-Siberian Railway (schematic)", "rail", "operating", "moscow;khabarovsk;vladivostok",
     "torussia-trans-siberian-railway;iastoppers-trans-siberian-longest;jrank-trans-siberian-railroad",
     "Drawn as straight segments through three nodes only. Length Moscow-Vladivostok: 9,289 km (torussia), 9,288 km (IAS Toppers), 9,313 km (JRank)."),
    ("vladivostok-khasan", "Vladivostok-Khasan line", "rail", "operating", "vladivostok;khasan",
     "wiki-mirror-khasan-piglix",
     "Russian line from Vladivostok to the border at Khasan (schematic straight line)."),
    ("khasan-rajin", "Khasan-Tumangang-Rajin railway", "rail", "operating", "khasan;tumangang;rajin",
     "railwaygazette-2013-09-rail-link-completed;rzd-2011-10-13-rajin-khasan-demonstration-train;koreatimes-2016-03-rajin-khasan-suspended",
     "54 km dual-gauge line rebuilt by Russian Railways, reopened 22 Sept 2013. Russia-DPRK traffic; South Korea suspended its part of the logistics project in March 2016."),
    ("rajin-pohang", "Rajin-Pohang coal shipments (Rajin-Khasan project)", "sea_route", "suspended", "rajin;pohang",
     "kbs-2014-11-29-first-coal-arrives;upi-2015-11-16-rajin-third-shipment;koreatimes-2016-03-rajin-khasan-suspended",
     "Three pilot shipments of Russian coal (Nov 2014, Apr 2015, Nov 2015) on Chinese-flagged ships; suspended by Seoul in March 2016."),
    ("trans-korean-link", "Proposed inter-Korean / Trans-Korean rail link to the Trans-Siberian", "rail", "proposed",
     "busan;seoul;kaesong;pyongyang;rajin;tumangang;khasan",
     "koreaherald-2018-06-21-moon-duma-speech;korea-net-2018-06-23-moscow-summit;globaltimes-2018-12-26-groundbreaking-ceremony",
     "Schematic only: real lines (e.g. along the east coast) are not drawn because no coordinates are shipped for them. Symbolic groundbreaking at Panmun station (Kaesong) on 26 Dec 2018; no through service."),
    ("gas-pipeline", "Proposed Russia-DPRK-ROK gas pipeline", "gas_pipeline", "proposed", "vladivostok;khasan;pyongyang;kaesong;seoul",
     "itartass-2011-08-24-ulan-ude-gas-commission;rusmininfo-2012-06-20-pipeline-2017;gazprom-2011-10-kogas-roadmap",
     "Schematic: sources give only 'via North Korea', about 1,100 km of which about 700 km in the DPRK, 10-12 bcm a year (another source: 20 bcm). Alignment never fixed."),
    ("power-link", "Proposed Russia-Korea power link (Northeast Asia super grid)", "power_grid", "proposed", "vladivostok;seoul",
     "koreaherald-2017-11-08-kepco-russia-grid;korea-net-2018-06-23-moscow-summit;kepco-northeast-asia-supergrid",
     "Schematic straight line. Sources discuss both an overland grid via the DPRK (joint research agreed June 2018) and a seabed DC cable (KEPCO, Nov 2017); no landing point given."),
    ("northern-sea-route", "Northern Sea Route: Yamal LNG to Korea (schematic)", "sea_route", "operating", "sabetta;busan",
     "gasprocessingnews-2017-08-first-nsr-voyage;reuters-2018-11-12-georgiy-brusilov",
     "Drawn as an arc: the real route runs along Russia's Arctic coast and through the Bering Strait. Arc7 carriers sail it eastwards in summer only."),
    ("pohang-vladivostok-ferry", "Proposed Pohang-Vladivostok ferry", "sea_route", "proposed", "pohang;vladivostok",
     "rt-2018-11-pohang-vladivostok-ferry",
     "Announced as 'to open soon' by the mayor of Pohang at the first interregional forum (Nov 2018); no later source found on its operation."),
]

# ---------------------------------------------------------------------------------------
# nine_bridges.csv  (rows in the order of Moon's speech)
# ---------------------------------------------------------------------------------------
BRIDGES = [
    ("gas", "Gas",
     "Buy more Russian gas and join Russian energy development projects; long term a pipeline from Russia through North Korea.",
     "Russia-DPRK-ROK gas pipeline (Gazprom-KOGAS roadmap 2011);LNG from Sakhalin and Yamal;joint research on a gas link agreed June 2018",
     "sakhalin;vladivostok;pyongyang;seoul;sabetta", "stalled",
     f"{EEF};rusmininfo-2012-06-20-pipeline-2017;korea-net-2018-06-23-moscow-summit;keia-2023-01-04-2022-in-review-russia",
     "1st in Moon's list. Moon: South Korea is 'the world's second-largest importer of gas'. Pipeline never built; LNG imports from Russia fell 36.1% by volume in Jan-Nov 2022 (KEIA)."),
    ("rail", "Railways",
     "Connect the Trans-Korean Railway to the Trans-Siberian so that freight can run from Busan to Europe; this needs a line through North Korea.",
     "Rajin-Khasan logistics project (POSCO, Korail, Hyundai Merchant Marine);TSR-TKR joint research agreed June 2018;inter-Korean rail reconnection (groundbreaking 26 Dec 2018)",
     "busan;seoul;kaesong;pyongyang;rajin;tumangang;khasan;vladivostok;moscow", "stalled",
     f"{EEF};koreaherald-2018-06-21-moon-duma-speech;korea-net-2018-06-23-moscow-summit;koreatimes-2016-03-rajin-khasan-suspended;sputnik-2019-11-13-30-year-strategy",
     "2nd in Moon's list ('railway'). The Rajin-Khasan pilot had already been suspended by Seoul in March 2016; the 2018 groundbreaking was symbolic."),
    ("ports", "Seaports",
     "Korean investment in modernising ports of the Russian Far East and shipping links between them and Korean ports.",
     "Slavyanka port feasibility study (Ministry of Oceans and Fisheries, to Sept 2019);Hyundai E&C-Berkut MOU on Slavyanka (Oct 2017);Pohang-Vladivostok ferry plan",
     "vladivostok;nakhodka;busan;pohang", "proposed",
     f"{EEF};koreaherald-2018-10-15-slavyanka-study;maritime-executive-2018-10-18-slavyanka;rt-2018-11-pohang-vladivostok-ferry",
     "3rd in Moon's list. Sources found report studies and memoranda only; no source found reporting construction (absence of evidence, not proof)."),
    ("power", "Electricity",
     "Link the Russian and Korean grids as part of a Northeast Asia 'super grid' (Moon's proposal at the same forum).",
     "Northeast Asia super grid;KEPCO seabed DC cable idea (Nov 2017);joint research on an electricity link agreed June 2018",
     "vladivostok;seoul", "stalled",
     f"{EEF};koreaherald-2017-11-08-kepco-russia-grid;korea-net-2018-06-23-moscow-summit;sputnik-2019-11-13-30-year-strategy;asian-power-kepco-en-skoltech-mou",
     "4th in Moon's list. KEPCO called a preliminary study 'feasible economically and technically' (Nov 2017); no link built."),
    ("arctic", "Arctic shipping routes (Northern Sea Route)",
     "Use Korean ships and ports for Arctic shipping along Russia's Northern Sea Route.",
     "Arc7 ice-breaking LNG carriers for Yamal LNG (15 built by DSME);first LNG voyage to South Korea via the Northern Sea Route (Aug 2017)",
     "busan;sabetta", "suspended",
     f"{EEF};koreaherald-2017-06-04-first-icebreaking-lng-carrier;gasprocessingnews-2017-08-first-nsr-voyage;offshore-energy-2024-01-02-shi-suspends-zvezda-blocks",
     "5th in Moon's list ('Arctic shipping routes'). The Yamal carriers were delivered; new Arctic work stopped after the 2022 sanctions."),
    ("shipbuilding", "Shipbuilding",
     "Korean shipyards build specialised ships for Russian projects and cooperate with Russian yards.",
     "DSME Arc7 LNG carriers for Yamal (order 2014, first named June 2017);Samsung Heavy Industries hulls for Zvezda shipyard (Arctic LNG 2)",
     "vladivostok;busan", "suspended",
     f"{EEF};korea-net-2014-07-23-dsme-yamal-order;gcaptain-2025-06-19-samsung-cancels-zvezda",
     "6th in Moon's list. SHI suspended work in Feb 2022 citing US and South Korean sanctions; the contracts were later cancelled (2024-2025)."),
    ("jobs", "Job creation (labour)",
     "Create jobs through joint industrial projects in the Russian Far East.",
     "Korean industrial complex at Nadezhdinskaya near Vladivostok;jobs promised by the Vladivostok fish-processing cluster (2,360)",
     "vladivostok", "proposed",
     f"{EEF};yonhap-2021-08-23-yeo-morgulov;seafoodsource-2018-01-16-fish-processing-cluster;sputnik-2019-12-06-action-plan-update",
     "7th in Moon's list ('job creation'). Named 'labor' by Sputnik (2019) and 'creation of industrial complexes' (2021); missing from Yonhap's 2018 list and Lavrov's 2021 list. Least documented bridge."),
    ("agriculture", "Agriculture",
     "Korean farming and food investment in the Russian Far East (Primorye).",
     "MOU on joint agricultural research in Primorye (June 2016);Korean company investment in farming and food in Russia",
     "vladivostok", "in_progress",
     f"{EEF};fftc-2016-06-mafra-siberia-mou;ians-2018-06-22-putin-moon-statement",
     "8th in Moon's list. Putin (June 2018): over 150 Korean companies invest in Russia, including in agriculture and food. No flagship reported complete."),
    ("fisheries", "Fisheries",
     "Fish processing and logistics in the Russian Far East with Korean investment, shipping via Busan.",
     "MOU on maritime cooperation incl. a seafood processing facility (Nov 2017);Vladivostok fishing-port and processing cluster (USD 133 m planned to 2022)",
     "vladivostok;busan", "agreed",
     f"{EEF};koreaherald-2017-11-06-maritime-cooperation-mou;seafoodsource-2018-01-16-fish-processing-cluster",
     "9th in Moon's list. Moon recalled Russian fishing ships in Busan's Gamcheon harbour. No source found on completion."),
]

# ---------------------------------------------------------------------------------------
# nine_bridges_milestones.csv
# ---------------------------------------------------------------------------------------
M = []


def ms(mid, bridge, date, text, status, src, note=""):
    M.append((mid, bridge, date, text, status, src, note))


# the speech: one row per bridge
for b in ("gas", "rail", "ports", "power", "arctic", "shipbuilding", "jobs", "agriculture", "fisheries"):
    ms(f"{b}-2017-eef", b, "2017-09-07", "Moon names this sector as one of the nine bridges at the 3rd Eastern Economic Forum, Vladivostok", "proposed", EEF,
       "The presidential committee's own timeline dates the keynote to 6 Sept (bukbang-about-committee); the summit was on 6 Sept, the speech on 7 Sept." if b == "gas" else "")

# gas
ms("gas-2003-gazprom-kogas", "gas", "2003-05-12", "Gazprom and KOGAS sign a five-year cooperation agreement, including study of gas deliveries to Korea", "agreed", "gazprom-2011-10-kogas-roadmap")
ms("gas-2006-intergovernmental", "gas", "2006-10-17", "Russia and the ROK sign an intergovernmental agreement on cooperation in the gas industry", "agreed", "gazprom-2011-10-kogas-roadmap")
ms("gas-2008-mou", "gas", "2008-09-29", "Gazprom and KOGAS sign an MOU on gas supplies from Russia to Korea", "agreed", "gazprom-2011-10-kogas-roadmap", "A 2011 source says the 2008 deal foresaw at least 10 bcm a year.")
ms("gas-2011-ulan-ude", "gas", "2011-08-24", "Medvedev and Kim Jong-il agree on a commission for gas transit to South Korea via the DPRK (about 1,100 km, up to 10 bcm a year)", "agreed", "itartass-2011-08-24-ulan-ude-gas-commission")
ms("gas-2011-roadmap", "gas", "2011-09", "Gazprom and KOGAS sign a roadmap for pipeline gas via North Korea; deliveries hoped for from 2017", "agreed", "rusmininfo-2012-06-20-pipeline-2017;gazprom-2011-10-kogas-roadmap",
   "Volume 10 bcm, later 12 bcm (rusmininfo); about 20 bcm in another source (survincity-2013-pipeline-gazprom-builder).")
ms("gas-2018-joint-research", "gas", "2018-06-22", "Moon and Putin agree joint research on gas, rail and electricity links as a start to three-way cooperation", "agreed", "korea-net-2018-06-23-moscow-summit;cgtn-2018-06-22-putin-moon-press-conference")
ms("gas-2018-gazprom-resumes", "gas", "2018-06", "Gazprom resumes talks with South Korea on a pipeline through North Korea (talks suspended since 2011)", "in_progress", "oreanda-2018-09-russia-korea-trade-7-months")
ms("gas-2022-lng-imports-fall", "gas", "2022", "South Korean imports of Russian LNG fall 36.1% by volume (Jan-Nov, year on year) after the invasion of Ukraine", "stalled", "keia-2023-01-04-2022-in-review-russia")

# rail
ms("rail-2001-kim-putin", "rail", "2001-08", "Kim Jong-il and Putin agree to rebuild the Khasan-Rajin line as part of a hoped-for Trans-Korean Railway", "agreed", "railwaygazette-2013-09-rail-link-completed")
ms("rail-2008-works-begin", "rail", "2008-10", "Reconstruction of the Tumangang-Rajin line begins", "in_progress", "railwaygazette-2013-09-rail-link-completed",
   "KBS dates the Russian-DPRK joint venture to July 2008; Railway Gazette says RasonKonTrans leased the line in Aug 2009.")
ms("rail-2011-demo-train", "rail", "2011-10-13", "Demonstration train runs from Rajin to Khasan; end of the first stage of reconstruction", "in_progress", "rzd-2011-10-13-rajin-khasan-demonstration-train")
ms("rail-2013-line-completed", "rail", "2013-09-22", "Ceremony marks completion of the 54 km Khasan-Rajin line", "completed", "railwaygazette-2013-09-rail-link-completed;kbs-de-2013-09-khasan-rajin",
   "Cost: more than 5.5 bn roubles for the line plus 3.5 bn for the port terminal (Railway Gazette) vs about USD 400 m (KBS).")
ms("rail-2013-park-g20", "rail", "2013-09-06", "Park Geun-hye tells Putin she has 'long dreamed of connecting our railroads' (G20, St Petersburg)", "proposed", "kremlin-2013-09-06-putin-park-meeting")
ms("rail-2013-park-putin", "rail", "2013-11", "Park Geun-hye and Putin agree that South Korean firms may join the Rajin-Khasan project", "agreed", "xinhua-2014-11-24-test-transport")
ms("rail-2014-first-pilot", "rail", "2014-11-29", "First pilot shipment of Russian coal via Khasan-Rajin arrives in Pohang", "in_progress", "kbs-2014-11-29-first-coal-arrives;xinhua-2014-11-24-test-transport;kbs-2014-11-rajin-khasan-pilot-shipment;customstoday-2014-11-rajin-pilot",
   "About 40,000 t (KBS) vs about 40,500 t (Xinhua); Customs Today says 4,500 t. POSCO then imported 2 mt of Russian coal a year via Vladivostok (KBS).")
ms("rail-2015-third-pilot", "rail", "2015-11", "Third and final pilot shipment of the Rajin-Khasan project", "in_progress", "upi-2015-11-16-rajin-third-shipment")
ms("rail-2016-suspended", "rail", "2016-03", "Seoul suspends the Rajin-Khasan project as part of unilateral sanctions after the North's Jan 2016 nuclear test", "suspended", "koreatimes-2016-03-rajin-khasan-suspended",
   "Russia called the move 'regrettable'.")
ms("rail-2018-duma", "rail", "2018-06-21", "Moon tells the State Duma he hopes the Trans-Siberian will reach Busan", "proposed", "koreaherald-2018-06-21-moon-duma-speech;kbs-2018-06-21-moon-duma-speech")
ms("rail-2018-joint-research", "rail", "2018-06-22", "Summit agrees technical exchanges and joint research to extend the Khasan-Rajin (Naseon) line to Korea and link the TSR and TKR", "agreed", "korea-net-2018-06-23-moscow-summit")
ms("rail-2018-groundbreaking", "rail", "2018-12-26", "The two Koreas hold a groundbreaking ceremony for reconnecting railways and roads at Panmun station, Kaesong", "agreed", "globaltimes-2018-12-26-groundbreaking-ceremony;straitstimes-2018-12-26-groundbreaking;ians-2018-12-26-groundbreaking-guests;globaltimes-2018-12-13-groundbreaking-agreed",
   "Called symbolic by the press; Russian, Chinese, Mongolian and UN officials attended.")
ms("rail-2019-major-projects-blocked", "rail", "2019-11-13", "Committee chair Kwon Goo-hoon says uncertainty on the peninsula does not allow a number of major projects", "stalled", "sputnik-2019-11-13-30-year-strategy")

# ports
ms("ports-2017-hyundai-berkut", "ports", "2017-10", "Hyundai Engineering & Construction signs an MOU with the Russian firm Berkut on developing Slavyanka port", "agreed", "koreaherald-2018-10-15-slavyanka-study")
ms("ports-2018-slavyanka-study", "ports", "2018-10-15", "South Korea's oceans ministry announces a feasibility study on Slavyanka port, to run until Sept 2019", "in_progress", "koreaherald-2018-10-15-slavyanka-study;maritime-executive-2018-10-18-slavyanka")
ms("ports-2018-ferry", "ports", "2018-11", "Pohang's mayor says a direct Pohang-Vladivostok ferry will open soon", "proposed", "rt-2018-11-pohang-vladivostok-ferry")

# power
ms("power-2013-super-grid-debate", "power", "2013-10-15", "Industry leaders say North Korea is the key uncertainty for a Northeast Asian super grid", "proposed", "worldenergy-2013-10-15-north-korea-super-grid")
ms("power-2017-kepco-galushka", "power", "2017-11-07", "KEPCO's chief and Russia's Far East minister discuss a seabed DC cable between the two grids", "proposed", "koreaherald-2017-11-08-kepco-russia-grid")
ms("power-2018-joint-research", "power", "2018-06-22", "Summit agrees joint research on an electricity link", "agreed", "korea-net-2018-06-23-moscow-summit")

# arctic
ms("arctic-2014-dsme-order", "arctic", "2014-07-08", "DSME signs contracts for nine Arc7 ice-breaking LNG carriers for Yamal LNG (6 Teekay, 3 MOL)", "agreed", "korea-net-2014-07-23-dsme-yamal-order",
   "Value 'some KRW 5 trillion' and 'more than KRW 2.8 trillion' in the same article.")
ms("arctic-2017-first-carrier-named", "arctic", "2017-06-03", "The first ice-breaking LNG carrier, Christophe de Margerie, is named in St Petersburg", "completed", "offshore-energy-2017-06-first-icebreaking-lng-carrier;koreaherald-2017-06-04-first-icebreaking-lng-carrier")
ms("arctic-2017-first-nsr-voyage", "arctic", "2017-08", "Christophe de Margerie starts the first LNG cargo voyage through the Northern Sea Route, Norway to South Korea", "completed", "gasprocessingnews-2017-08-first-nsr-voyage")
ms("arctic-2018-eighth-carrier", "arctic", "2018-11-12", "The eighth Arc7 carrier leaves DSME for Sabetta; seven more expected", "in_progress", "reuters-2018-11-12-georgiy-brusilov;reuters-2018-11-21-arc7-table")

# shipbuilding
ms("shipbuilding-2019-zvezda", "shipbuilding", "2019", "Samsung Heavy Industries and Russia's Zvezda shipyard begin cooperation on Arc7 LNG carriers for Arctic LNG 2", "agreed", "offshore-energy-2024-01-02-shi-suspends-zvezda-blocks;gcaptain-2025-06-19-samsung-cancels-zvezda",
   "TradeWinds dates the 15-ship deal to 2020 (USD 5.7 bn).")
ms("shipbuilding-2020-further-contracts", "shipbuilding", "2020", "SHI signs further contracts with Zvezda (2020 and 2021) for 10 LNG carriers and 7 shuttle tankers, about USD 3.5 bn", "agreed", "gcaptain-2025-06-19-samsung-cancels-zvezda;tradewinds-zvezda-cancels-shi-contracts",
   "KRW 4.85 trn (USD 3.53 bn) per TradeWinds.")
ms("shipbuilding-2022-shi-suspends", "shipbuilding", "2022-02", "SHI suspends work on the Zvezda vessels, citing US and South Korean sanctions", "suspended", "gcaptain-2025-06-19-samsung-cancels-zvezda")
ms("shipbuilding-2022-hanwha-sovcomflot", "shipbuilding", "2022", "Three Arc7 carriers ordered by Sovcomflot at DSME (Hanwha Ocean) are cancelled after the 2022 sanctions", "suspended", "offshore-energy-2024-01-02-shi-suspends-zvezda-blocks;tradewinds-2023-08-30-shi-contract-cancellation",
   "Who cancelled differs: Hanwha Ocean citing non-payment (Offshore Energy) vs Sovcomflot (TradeWinds). Exact year not stated.")
ms("shipbuilding-2023-frozen", "shipbuilding", "2023-08-30", "SHI says work on the remaining 10 of 15 Zvezda hulls is frozen", "stalled", "tradewinds-2023-08-30-shi-contract-cancellation")
ms("shipbuilding-2024-arbitration", "shipbuilding", "2024-07", "After Zvezda terminates the contracts, SHI files for arbitration in Singapore", "suspended", "gcaptain-2025-06-19-samsung-cancels-zvezda")
ms("shipbuilding-2025-shi-cancels", "shipbuilding", "2025-06", "SHI cancels the Zvezda contracts from its side and plans to claim damages", "suspended", "gcaptain-2025-06-19-samsung-cancels-zvezda",
   "Cancellation: the status list has no 'cancelled', so 'suspended' is used.")

# jobs
ms("jobs-2018-fish-cluster-jobs", "jobs", "2018-01-16", "Korean investors in a Vladivostok fish-processing cluster say they expect to create 2,360 jobs", "proposed", "seafoodsource-2018-01-16-fish-processing-cluster",
   "Announced 'this summer' (2017) according to the article.")
ms("jobs-2021-nadezhdinskaya", "jobs", "2021-08-23", "Seoul asks for progress on a large Korean industrial complex at Nadezhdinskaya near Vladivostok", "proposed", "yonhap-2021-08-23-yeo-morgulov;sputnik-2021-08-23-yeo-morgulov")

# agriculture
ms("agriculture-2000-primorye-lease", "agriculture", "2000-01", "A Korean agrarian association leases about 7,000 ha in Primorye's Anuchinsky district for 50 years", "agreed", "ng-2000-02-01-primorye-land-lease")
ms("agriculture-2016-mafra-mou", "agriculture", "2016-06-02", "Korea's agriculture ministry signs an MOU with Russia on joint agricultural research in Primorye", "agreed", "fftc-2016-06-mafra-siberia-mou")
ms("agriculture-2018-korean-investment", "agriculture", "2018-06-22", "Putin says over 150 Korean companies invest in Russia, including in food production and agriculture", "in_progress", "ians-2018-06-22-putin-moon-statement")

# fisheries
ms("fisheries-2017-maritime-mou", "fisheries", "2017-11-06", "Korea's oceans ministry and Russia's Far East ministry sign an MOU incl. support for a seafood processing facility", "agreed", "koreaherald-2017-11-06-maritime-cooperation-mou")
ms("fisheries-2018-vladivostok-cluster", "fisheries", "2018-01-16", "Korean firms and the Port of Busan plan USD 133 m to 2022 for a fishing port and processing cluster in Vladivostok", "agreed", "seafoodsource-2018-01-16-fish-processing-cluster")

# ---------------------------------------------------------------------------------------
# rok_russia_institutions.csv
# ---------------------------------------------------------------------------------------
INST = [
    ("diplomatic-relations-1990", "1990-09-30", "Diplomatic relations", "Seoul and Moscow (then the USSR) establish diplomatic relations.", "sputnik-2019-06-28-factbox-russia-rok;kita-2020-09-07-korea-russia-30-years", ""),
    ("strategic-partnership-2008", "2008-09", "Strategic cooperative partnership", "Relations upgraded to a 'strategic cooperative partnership' during President Lee Myung-bak's visit to Russia.", "rus-or-kr-korea-russia-relations-overview", ""),
    ("visa-waiver-signed", "2013-11-13", "Visa waiver agreement signed", "Agreement on the mutual abolition of visa requirements signed in Seoul during Putin's visit.", "russian-embassy-visa-waiver-agreement-2013;obozrevatel-2014-01-visa-free-russia-korea", ""),
    ("visa-waiver-in-force", "2014-01-01", "Visa waiver in force", "Citizens may visit without a visa for up to 60 days per stay (at most 90 days in 180); not for work or study.", "russian-embassy-visa-waiver-agreement-2013;mid-ru-2013-12-09-visa-waiver-entry-into-force;obozrevatel-2014-01-visa-free-russia-korea",
     "KITA links the rise in visitors (about 30,000 in 1990, 770,000 in 2019) to the waiver."),
    ("kaesong-closed-2016", "2016-02-10", "Kaesong Industrial Complex suspended", "Seoul halts the last big inter-Korean economic project after the North's nuclear test and rocket launch; in March it also suspends the Rajin-Khasan project.", "voa-2016-02-10-kaesong-suspended;koreatimes-2016-03-rajin-khasan-suspended", ""),
    ("rok-no-sanctions-2014", "2014", "No South Korean sanctions after Crimea", "Seoul criticised the annexation of Crimea but imposed no sanctions of its own on Russia.", "intersection-2016-05-17-rok-no-sanctions", "Contrast with 2022."),
    ("hamburg-summit-2017", "2017-07-07", "First Moon-Putin meeting (Hamburg G20)", "Putin invites Moon as guest of honour to the 3rd Eastern Economic Forum.", "cheongwadae-2017-07-07-hamburg-summit;sputnik-2019-06-28-factbox-russia-rok", ""),
    ("committee-established", "2017-08", "Presidential Committee on Northern Economic Cooperation", "Committee created by presidential decree (approved at a Cabinet meeting on Monday 21 Aug 2017) to lead cooperation with Russia, China and possibly North Korea.", "yonhap-2017-08-25-song-young-gil-named;xinhua-2017-08-25-song-young-gil-named;bukbang-about-committee",
     "The committee's own timeline lists 26 June 2017 (committee 'established to supervise' northern cooperation) and 25 Aug 2017 (rules for its foundation and operation)."),
    ("committee-chair-song", "2017-08-25", "Song Young-gil named chair", "Moon names Democratic Party lawmaker Song Young-gil, earlier his special envoy to Russia, to chair the committee.", "yonhap-2017-08-25-song-young-gil-named;xinhua-2017-08-25-song-young-gil-named;bukbang-about-committee",
     "The committee's timeline says Song was appointed on 28 Aug 2017."),
    ("vladivostok-summit-2017", "2017-09-06", "Moon-Putin summit in Vladivostok", "Targets: USD 30 bn trade and over 1 million visits a year by 2020; working group on an FTA with the Eurasian Economic Union.", "korea-net-2017-09-07-vladivostok-summit;sputnik-2017-09-06-moon-trilateral-projects", ""),
    ("eef-speech-2017", "2017-09-07", "Nine Bridges speech at the 3rd Eastern Economic Forum", "Moon proposes 'nine bridges' of cooperation and a Northeast Asia super grid.", f"{EEF};korea-net-2017-09-07-moon-eef-keynote;kremlin-2017-09-07-eef-plenary;cgtn-2018-russia-role-korea-puzzle",
     "bukbang-about-committee dates the keynote to 6 Sept."),
    ("new-northern-strategies-2018", "2018-06", "Strategies and Priority Projects of the New Northern Policy", "The committee publishes its strategy and priority projects with the ministries.", "bukbang-chairman-message", ""),
    ("duma-speech-2018", "2018-06-21", "Moon addresses the State Duma", "First South Korean president to address the Duma; hopes the Trans-Siberian will reach Busan.", "koreaherald-2018-06-21-moon-duma-speech;kbs-2018-06-21-moon-duma-speech", ""),
    ("state-visit-2018", "2018-06-22", "State visit and Moscow summit", "First state visit by a South Korean president since 1999 (21-23 June). Joint statement of 32 clauses; joint research on rail, electricity and gas links; innovation platform MOU.",
     "kremlin-2018-06-22-talks-restricted-format;korea-net-2018-06-23-moscow-summit;trend-2018-06-21-moon-state-visit;globaltimes-2018-06-19-moon-visit-dates;asiatoday-2018-06-26-trilateral-cooperation;hankyoreh-2018-06-21-moon-russian-media-interview", "Before the visit Moon named railways, natural gas and electricity as the fields where three-way cooperation could start quickly (interview of 20 June)."),
    ("interregional-forum-1", "2018-11-07", "1st Korea-Russia interregional cooperation forum (Pohang)", "Forum of 17 South Korean and 9 Russian Far East regional governments, 7-9 Nov 2018; Moon speaks on 8 Nov; 'Pohang Declaration'.",
     "mofa-kr-2018-11-08-fm-meets-kozlov-pohang;cheongwadae-2018-11-08-pohang-forum-remarks;yonhap-2018-11-08-pohang-forum;yonhap-2019-09-05-local-cooperation-forum;investvostok-2018-11-pohang-forum",
     "When it was agreed differs: Moon visiting Russia in 2017 (Yonhap 2019) vs signed by Putin and Moon on 22 June 2018 (gvidon-2019-09-second-forum-announcement)."),
    ("osaka-summit-2019", "2019-06-29", "Moon-Putin summit in Osaka (G20)", "Talks on an FTA in services and investment and the 'Nine Bridges'.", "cheongwadae-2019-06-29-osaka-summit;sputnik-2019-06-28-factbox-russia-rok",
     "Blue House: 12:36-1:29 a.m. on 29 June local time; Sputnik: 'on Friday' (28 June)."),
    ("interregional-forum-2", "2019-09-06", "2nd interregional forum (Vladivostok)", "Held during the 5th Eastern Economic Forum; 'Vladivostok Declaration'.", "yonhap-2019-09-06-vladivostok-declaration;roscongress-2019-09-06-second-forum",
     "Participants: 6 South Korean local governments (Yonhap) vs 7 provinces and cities (Roscongress); 11 Russian regions in both."),
    ("committee-30-year-strategy", "2019-11-13", "Committee plans a 30-year strategy", "Kwon Goo-hoon: over 140 events planned for the 2020 anniversary; uncertainty on the peninsula blocks major projects.", "sputnik-2019-11-13-30-year-strategy", ""),
    ("nine-bridges-2-0-agreed", "2019-12-06", "Nine Bridges action plan 2.0 agreed in principle", "Seoul and Moscow agree to update the joint action plan by early 2020 ('Action Plan 2.0'), adding a joint investment fund, technology cooperation and health care.", "sputnik-2019-12-06-action-plan-update",
     "No source found confirming the formal adoption of the 2.0 plan in 2020."),
    ("year-new-northern-cooperation-2020", "2020-02-12", "2020 declared 'Year of New Northern Cooperation'", "Committee chair presents a 30-year economic cooperation strategy with Russia and Mongolia.", "kric-2020-02-13-year-of-new-northern-cooperation;sputnik-2020-01-20-motie-nine-bridges", ""),
    ("anniversary-30-2020", "2020-09-30", "30th anniversary of diplomatic relations", "KITA report: trade grew from USD 888.8 m (1990) to USD 22.34 bn (2019).", "kita-2020-09-07-korea-russia-30-years;sputnik-2019-06-28-factbox-russia-rok", "Date is the anniversary of 30 Sept 1990."),
    ("lavrov-nine-bridges-2021", "2021-03-23", "Lavrov reaffirms the Nine Bridges", "Pandemic delayed the USD 30 bn trade and 1 million visits targets.", "tass-2021-03-23-lavrov-nine-bridges", ""),
    ("year-of-exchanges-closes-2021", "2021-10-27", "Closing of the Year of mutual exchanges", "Lavrov lists the Nine Bridges among priorities.", "tass-2021-10-27-lavrov-year-of-exchanges", ""),
    ("interregional-forum-3", "2021-11-03", "3rd interregional forum (Ulsan)", "3-5 Nov 2021, motto on 30 years of relations, the Far East and the Arctic.", "narfu-2021-third-interregional-forum;sputnik-2020-09-29-lavrov-trade",
     "NArFU's account says the 2019 forum was postponed, which contradicts Yonhap's report of the 2nd forum in Sept 2019."),
    ("sanctions-2022-02-28", "2022-02-28", "South Korea joins sanctions: strategic exports banned, SWIFT", "Ban on exports of strategic items listed by the four multilateral export-control regimes; joins moves to cut Russian banks from SWIFT.",
     "reuters-2022-02-28-rok-bans-strategic-exports;kbs-2022-02-28-strategic-materials-ban;yonhap-2022-02-28-strategic-materials-ban;reuters-2022-02-28-rok-bans-strategic-exports-updated",
     "Russia's ambassador blamed 'strong outside pressure'."),
    ("sanctions-2022-03-07", "2022-03-07", "Further financial sanctions", "Restrictions on Russia's central bank, sovereign wealth fund and Rossiya Bank; export controls extended to Belarus.", "exportcompliancedaily-2022-03-08-rok-sanctions", ""),
    ("export-controls-2023-04", "2023-04", "Export-control list widened to 798 items", "From 57 to 798 items, incl. industrial and construction equipment.", "rbc-ukraine-2024-02-rok-export-controls;kita-2024-04-26-losing-russian-market", ""),
    ("export-controls-2024-02", "2024-02-24", "Export-control list widened to 1,159 items", "682 items added (announced Dec 2023), incl. batteries, heavy equipment and cars over 2,000 cc.", "kedglobal-2024-02-20-rok-export-controls", ""),
    ("export-controls-2024-09", "2024-09", "Export-control list widened to 1,402 items", "243 further items added.", "koreapro-2024-10-14-export-loopholes", ""),
]

# ---------------------------------------------------------------------------------------
# rok_russia_trade.csv   (USD million; Korean sources unless noted)
# ---------------------------------------------------------------------------------------
TRADE = [
    (1990, 888.8, None, None, "kita-2020-09-07-korea-russia-30-years;monthly-chosun-2020-09-10-kita-30-years", "Trade with the USSR."),
    (1992, 190, 120, 70, "ajunews-2010-09-29-mosf-korea-russia-20-years;hankyung-2010-09-29-mosf-korea-russia-20-years", "Imports 70 (Aju) vs 75 (Hankyung), both citing the same ministry report."),
    (2000, 2800, None, None, "ajunews-2010-09-29-mosf-korea-russia-20-years", ""),
    (2005, 7800, 3864, 3936, "ajunews-2010-09-29-mosf-korea-russia-20-years;hankyung-2007-02-25-kotra-trade-2006", ""),
    (2006, 9750, 5179, 4572, "hankyung-2007-02-25-kotra-trade-2006", "Exports + imports = 9,751."),
    (2008, 18100, None, None, "ajunews-2010-09-29-mosf-korea-russia-20-years;hankyung-2010-09-29-mosf-korea-russia-20-years", "Peak before the global financial crisis."),
    (2009, 9980, 4190, 5790, "hankyung-2010-09-29-mosf-korea-russia-20-years;ajunews-2010-09-29-mosf-korea-russia-20-years", "KOTRA gives 2009 exports as USD 4.1 bn (kotra-2019-04-08-russia-korea-trade-overview)."),
    (2012, 22400, None, None, "kotra-2019-04-08-russia-korea-trade-overview", "Putin (13 Nov 2013) gave USD 25 bn for 2012 (kremlin-2013-11-13-business-dialogue), probably from Russian statistics."),
    (2013, 22650, 11150, 11490, "kotra-2019-04-08-russia-korea-trade-overview", "Exports + imports = 22,640 (rounding)."),
    (2014, 25800, None, None, "yonhap-2019-01-24-korea-russia-trade-2018", "Record year; KOTRA: trade deficit of about USD 5.5 bn."),
    (2015, 16000, None, None, "yonhap-2019-01-24-korea-russia-trade-2018", "KITA: exports fell 53.7% (koreaherald-2017-03-09-kita-exports-russia)."),
    (2016, 13400, None, None, "yonhap-2019-01-24-korea-russia-trade-2018", "Russian trade representative: USD 13.69 bn for Jan-Nov 2016 alone (gazeta-2017-02-13-trade-2016) - Russian and Korean statistics differ."),
    (2017, 19000, None, None, "yonhap-2019-01-24-korea-russia-trade-2018;cheongwadae-2018-11-08-pohang-forum-remarks", "+41% (Korean figures). Putin: +27% to USD 19.2 bn (ians-2018-06-22-putin-moon-statement) and 'worth $20 billion' (kremlin-2018-06-22-talks-restricted-format)."),
    (2018, 24800, 7300, 17500, "yonhap-2019-01-24-korea-russia-trade-2018;e2news-2019-kotra-korea-russia-trade-2018;sputnik-2019-09-24-trutnev-trade-2018", "ROK embassy figures (used). KOTRA: total 24,880, exports 7,010 (+1.1%), imports 17,830 (e2news-2019-kotra-korea-russia-trade-2018). Trutnev: 'nearly $25 billion', +29% (sputnik-2019-09-24-trutnev-trade-2018)."),
    (2019, 22340.64, None, None, "monthly-chosun-2020-09-10-kita-30-years;kita-2020-09-07-korea-russia-30-years", ""),
    (2020, None, None, None, "wunionnews-2020-korea-russia-trade-covid", "No full-year figure found. Jan-Apr 2020: USD 6,660 m, down 11% (ROK embassy)."),
    (2021, 27340, 9980, 17360, "yonhap-2023-02-21-kita-trade-2022;hankookilbo-2023-02-22-kita-trade-2022;ajupress-2023-02-22-kita-trade-2022;sputnik-2022-06-06-korean-companies-russia", "Highest in the series. Sputnik: 'exceeded $27 billion' (sputnik-2022-06-06-korean-companies-russia)."),
    (2022, 21150, 6330, 14820, "ajupress-2023-02-22-kita-trade-2022;hankookilbo-2023-02-22-kita-trade-2022;koreatimes-2023-04-17-exports-russia-neighbours", "-22.6%; exports -36.6% (cars and parts = 70.4% of the fall). Korea Times rounds to 6.3 bn, -37% (koreatimes-2023-04-17-exports-russia-neighbours)."),
]

GOODS = [
    ("rok-exp-cars-2018", "rok_to_rus", "Passenger cars", 2018, 2070, "e2news-2019-kotra-korea-russia-trade-2018", "Largest export item; +49.9%."),
    ("rok-exp-auto-parts-2018", "rok_to_rus", "Auto parts", 2018, 1090, "e2news-2019-kotra-korea-russia-trade-2018", ""),
    ("rok-exp-resins-2018", "rok_to_rus", "Synthetic resins", 2018, 310, "e2news-2019-kotra-korea-russia-trade-2018", ""),
    ("rok-exp-construction-equipment-2018", "rok_to_rus", "Construction machinery", 2018, 250, "e2news-2019-kotra-korea-russia-trade-2018", ""),
    ("rok-exp-cosmetics-2018", "rok_to_rus", "Cosmetics", 2018, 160, "e2news-2019-kotra-korea-russia-trade-2018;yonhap-2019-01-24-korea-russia-trade-2018", "+63%, 5th export item."),
    ("rok-exp-phones-2017", "rok_to_rus", "Mobile phones, cars and construction equipment (record sales, H1 2017)", 2017, None, "tass-2017-09-06-kita-exports-2017;kita-2020-09-07-korea-russia-30-years", "Samsung topped the Russian phone market in 2019 (KITA)."),
    ("rok-exp-structure-shift", "rok_to_rus", "Clothing and video equipment until 2000; cars and parts after 2005", None, None, "hankyung-2010-09-29-mosf-korea-russia-20-years", ""),
    ("rus-exp-crude-2018", "rus_to_rok", "Crude oil", 2018, 5850, "e2news-2019-kotra-korea-russia-trade-2018", "Largest import item; +100.5%."),
    ("rus-exp-naphtha-2018", "rus_to_rok", "Naphtha", 2018, 3550, "e2news-2019-kotra-korea-russia-trade-2018", ""),
    ("rus-exp-bituminous-coal-2018", "rus_to_rok", "Bituminous coal", 2018, 2880, "e2news-2019-kotra-korea-russia-trade-2018", ""),
    ("rus-exp-natural-gas-2018", "rus_to_rok", "Natural gas (LNG)", 2018, 970, "e2news-2019-kotra-korea-russia-trade-2018", ""),
    ("rus-exp-anthracite-2018", "rus_to_rok", "Anthracite", 2018, 560, "e2news-2019-kotra-korea-russia-trade-2018", ""),
    ("rus-exp-energy-volumes-2017", "rus_to_rok", "Crude oil 12.5 mt, LNG nearly 2 mt, coal 26 mt a year", None, None, "ians-2018-06-22-putin-moon-statement", "Putin, 22 June 2018; year not stated."),
    ("rus-exp-metals-1990s", "rus_to_rok", "Steel products, aluminium, ferro-alloys and scrap (crude oil rising after 2000)", None, None, "hankyung-2010-09-29-mosf-korea-russia-20-years", ""),
    ("rus-exp-food-metals", "rus_to_rok", "After hydrocarbons: food and agricultural raw materials, then metals", 2018, None, "oreanda-2018-09-russia-korea-trade-7-months", "Russian trade representative, Sept 2018."),
    ("rus-share-prewar", "rus_to_rok", "Russia's share of ROK imports before the war: anthracite 40.8%, uranium 33.9%, naphtha 23.4%, bituminous coal 16.3%, natural gas 6.7%", None, None, "nvp-2023-03-30-russia-trade-2022", "Year of the shares not stated (pre-sanctions)."),
]


def main():
    write("places.csv", ["place_id", "name", "country", "kind", "lat", "lon", "source_ids", "note"], PLACES)
    write("routes.csv", ["route_id", "name", "kind", "status", "place_sequence", "source_ids", "note"], ROUTES)
    write("nine_bridges.csv", ["bridge_id", "sector", "proposal", "flagship_projects", "places", "status_2022", "source_ids", "note"], BRIDGES)
    rows = sorted(M, key=lambda r: (r[2], r[0]))
    write("nine_bridges_milestones.csv", ["milestone_id", "bridge_id", "date", "milestone", "status", "source_ids", "note"], rows)
    write("rok_russia_institutions.csv", ["item_id", "date", "item", "description", "source_ids", "note"], sorted(INST, key=lambda r: (r[1], r[0])))
    write("rok_russia_trade.csv", ["year", "total_usd_million", "rok_exports_usd_million", "rok_imports_usd_million", "source_ids", "note"], TRADE)
    write("rok_russia_trade_goods.csv", ["item_id", "direction", "goods", "year", "value_usd_million", "source_ids", "note"], GOODS)


if __name__ == "__main__":
    main()

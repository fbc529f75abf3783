"""Write research/L3/datapackage_fragment.json (Frictionless resources for lesson 3)."""
import json
from pathlib import Path

PARTIAL = r"^\d{4}(-\d{2}(-\d{2})?)?$"
STATUS = ["proposed", "agreed", "in_progress", "completed", "stalled", "suspended"]
SRC = {"name": "source_ids", "type": "string", "description": "';'-separated ids from sources.csv", "constraints": {"required": True}}
NOTE = {"name": "note", "type": "string", "description": "Caveats, disagreements between sources (citing source ids), estimates"}
BRIDGES = ["gas", "rail", "ports", "power", "arctic", "shipbuilding", "jobs", "agriculture", "fisheries"]


def res(name, title, description, fields, pk):
    return {
        "name": name,
        "path": f"{name}.csv",
        "title": title,
        "description": description,
        "format": "csv",
        "encoding": "utf-8",
        "schema": {"fields": fields, "primaryKey": pk},
    }


R = [
    res("nine_bridges", "Moon Jae-in's Nine Bridges (2017)",
        "The nine sectors of South Korea-Russia cooperation that President Moon Jae-in proposed at the 3rd Eastern Economic Forum (Vladivostok, 7 Sept 2017), in the order he named them, with what was proposed, flagship projects and their state by 2022.",
        [
            {"name": "bridge_id", "type": "string", "description": "Short slug of the bridge", "constraints": {"required": True, "unique": True, "enum": BRIDGES}},
            {"name": "sector", "type": "string", "description": "Sector as named in English sources"},
            {"name": "proposal", "type": "string", "description": "What was proposed, in brief"},
            {"name": "flagship_projects", "type": "string", "description": "';'-separated flagship projects or agreements"},
            {"name": "places", "type": "string", "description": "';'-separated place_ids from places.csv", "constraints": {"pattern": "^[a-z0-9-]+(;[a-z0-9-]+)*$"}},
            {"name": "status_2022", "type": "string", "description": "State of the bridge by 2022 (after the sanctions)", "constraints": {"enum": STATUS}},
            SRC, NOTE,
        ], ["bridge_id"]),
    res("nine_bridges_milestones", "Nine Bridges: milestones",
        "Dated milestones of each bridge from precursors (2001 onwards) through the 2017 speech, the 2018 state visit and the 2019 action-plan update to the 2022 sanctions and after.",
        [
            {"name": "milestone_id", "type": "string", "description": "Slug: <bridge>-<year>-<what>", "constraints": {"required": True, "unique": True}},
            {"name": "bridge_id", "type": "string", "description": "Bridge (nine_bridges.bridge_id)", "constraints": {"required": True, "enum": BRIDGES}},
            {"name": "date", "type": "string", "description": "ISO date; YYYY-MM or YYYY where the source gives no day", "constraints": {"required": True, "pattern": PARTIAL}},
            {"name": "milestone", "type": "string", "description": "What happened"},
            {"name": "status", "type": "string", "description": "State of the bridge's project after this milestone", "constraints": {"required": True, "enum": STATUS}},
            SRC, NOTE,
        ], ["milestone_id"]),
    res("rok_russia_institutions", "South Korea-Russia: institutions, summits and agreements",
        "Institutions and dated events framing the Nine Bridges: the presidential committee, summits, the interregional forum, the visa waiver, the action-plan update and South Korea's sanctions and export controls from 2022.",
        [
            {"name": "item_id", "type": "string", "description": "Slug", "constraints": {"required": True, "unique": True}},
            {"name": "date", "type": "string", "description": "ISO date; YYYY-MM or YYYY where the source gives no day", "constraints": {"required": True, "pattern": PARTIAL}},
            {"name": "item", "type": "string", "description": "Short name"},
            {"name": "description", "type": "string", "description": "What it was"},
            SRC, NOTE,
        ], ["item_id"]),
    res("rok_russia_trade", "South Korea-Russia trade in goods by year",
        "Bilateral trade in goods as reported by Korean sources (KITA, KOTRA, the ROK embassy in Moscow, the finance ministry) via news reports. Exports and imports are South Korea's. Years without a source are absent; values a source does not give are empty. Other sources' values are in note.",
        [
            {"name": "year", "type": "year", "description": "Calendar year", "constraints": {"required": True, "unique": True}},
            {"name": "total_usd_million", "type": "number", "description": "Exports plus imports", "unit": "million USD (current)"},
            {"name": "rok_exports_usd_million", "type": "number", "description": "South Korean exports to Russia (USSR in 1990)", "unit": "million USD (current)"},
            {"name": "rok_imports_usd_million", "type": "number", "description": "South Korean imports from Russia", "unit": "million USD (current)"},
            SRC, NOTE,
        ], ["year"]),
    res("rok_russia_trade_goods", "What South Korea and Russia sell each other",
        "Main goods in each direction, with values where a source gives them (mostly KOTRA figures for 2018).",
        [
            {"name": "item_id", "type": "string", "description": "Slug", "constraints": {"required": True, "unique": True}},
            {"name": "direction", "type": "string", "description": "rok_to_rus = South Korean exports; rus_to_rok = Russian exports to South Korea", "constraints": {"required": True, "enum": ["rok_to_rus", "rus_to_rok"]}},
            {"name": "goods", "type": "string", "description": "Goods"},
            {"name": "year", "type": "year", "description": "Year of the value, if any"},
            {"name": "value_usd_million", "type": "number", "description": "Value in that year", "unit": "million USD"},
            SRC, NOTE,
        ], ["item_id"]),
    res("places", "Places for the Nine Bridges map",
        "Cities, ports and border stations with coordinates for a schematic map. Coordinates are rounded to two decimals (about 1 km) and come from gazetteer-type pages (several of them Wikipedia copies, used only for this purpose).",
        [
            {"name": "place_id", "type": "string", "description": "Slug", "constraints": {"required": True, "unique": True}},
            {"name": "name", "type": "string", "description": "Name in English"},
            {"name": "country", "type": "string", "description": "Actor code of the country", "constraints": {"enum": ["RUS", "DPRK", "ROK"]}},
            {"name": "kind", "type": "string", "description": "Kind of place", "constraints": {"enum": ["capital", "city", "port_city", "border_station", "island_city", "lng_port"]}},
            {"name": "lat", "type": "number", "description": "Latitude, decimal degrees north (rounded)", "unit": "degree", "constraints": {"required": True, "minimum": -90, "maximum": 90}},
            {"name": "lon", "type": "number", "description": "Longitude, decimal degrees east (rounded)", "unit": "degree", "constraints": {"required": True, "minimum": -180, "maximum": 180}},
            SRC, NOTE,
        ], ["place_id"]),
    res("routes", "Routes for the Nine Bridges map (schematic)",
        "Existing and proposed links drawn as straight segments (or an arc for the Northern Sea Route) between places in order. Schematic only: real alignments are not shipped.",
        [
            {"name": "route_id", "type": "string", "description": "Slug", "constraints": {"required": True, "unique": True}},
            {"name": "name", "type": "string", "description": "Name"},
            {"name": "kind", "type": "string", "description": "Kind of link", "constraints": {"enum": ["rail", "gas_pipeline", "power_grid", "sea_route"]}},
            {"name": "status", "type": "string", "description": "State of the link", "constraints": {"enum": ["operating", "proposed", "suspended"]}},
            {"name": "place_sequence", "type": "string", "description": "';'-separated place_ids in order along the route", "constraints": {"required": True, "pattern": "^[a-z0-9-]+(;[a-z0-9-]+)*$"}},
            SRC, NOTE,
        ], ["route_id"]),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("datapackage_fragment.json")
    out.write_text(json.dumps(R, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(R)} resources)")

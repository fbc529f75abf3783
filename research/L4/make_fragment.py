"""Write research/L4/datapackage_fragment.json (Frictionless resources for L4 tables)."""
import json
from pathlib import Path

PARTIAL = r"^\d{4}(-\d{2}(-\d{2})?)?$"
SRC = {"name": "source_ids", "type": "string",
       "description": "Semicolon-separated ids of rows in sources.csv (no spaces).",
       "constraints": {"required": True}}
NOTE = {"name": "note", "type": "string", "description": "Caveats, disagreements between sources, estimates (may be empty)."}

resources = [
    {
        "name": "perspectives", "path": "perspectives.csv",
        "title": "Six parties' positions on the core Korean questions",
        "description": "What each of the six parties of the Six-Party Talks wanted on denuclearisation, sanctions, economic links and security guarantees, by period, summarised in the course's own words. More than one row per actor and question where the position changed.",
        "schema": {"fields": [
            {"name": "perspective_id", "type": "string", "description": "Stable id: actor, question, start year.", "constraints": {"required": True, "unique": True}},
            {"name": "actor", "type": "string", "description": "Actor code.", "constraints": {"required": True, "enum": ["CHN", "USA", "RUS", "ROK", "DPRK", "JPN"]}},
            {"name": "question", "type": "string", "description": "Core question.", "constraints": {"required": True, "enum": ["denuclearisation", "sanctions", "economic_links", "security_guarantees"]}},
            {"name": "position", "type": "string", "description": "The position in one or two sentences (paraphrase, not a quotation).", "constraints": {"required": True}},
            {"name": "position_summary", "type": "string", "description": "A 2-5 word label for the position.", "constraints": {"required": True}},
            {"name": "period", "type": "string", "description": "Year or year range (YYYY or YYYY-YYYY) the position applies to.", "constraints": {"required": True, "pattern": r"^\d{4}(-\d{4})?$"}},
            SRC, NOTE], "primaryKey": ["perspective_id"]},
    },
    {
        "name": "post2018_events", "path": "post2018_events.csv",
        "title": "Russia and the two Koreas after 2018",
        "description": "Dated events 2018-2025: summits, Security Council vetoes and the end of the Panel of Experts, the 2024 treaty and its ratification, North Korean troops in Russia, South Korea-Russia relations after 2022.",
        "schema": {"fields": [
            {"name": "event_id", "type": "string", "description": "Stable id (p + two-digit year + slug).", "constraints": {"required": True, "unique": True}},
            {"name": "date", "type": "string", "description": "ISO date; YYYY-MM where the source gives no day.", "constraints": {"required": True, "pattern": PARTIAL}},
            {"name": "title", "type": "string", "description": "Short title.", "constraints": {"required": True}},
            {"name": "description", "type": "string", "description": "One or two sentences in the course's own words."},
            {"name": "category", "type": "string", "description": "Kind of event.", "constraints": {"required": True, "enum": ["summit", "un_sanctions", "treaty_military", "economic", "diplomatic"]}},
            {"name": "actors", "type": "string", "description": "Semicolon-separated actor codes (see actors.csv)."},
            SRC, NOTE], "primaryKey": ["event_id"]},
    },
    {
        "name": "balance_evidence", "path": "balance_evidence.csv",
        "title": "Evidence of Russia's engagement with each Korea, 2000-2024",
        "description": "A coded timeline of Russian acts that drew Russia closer to, or served the position of, one of the two Koreas. Korea rule: votes FOR sanctions on the DPRK are coded ROK (they served the outcome Seoul sought); vetoes and sanctions-relief drafts are coded DPRK. Weight rule: 1 = routine visit, statement or trade figure; 2 = agreement, ratification, ministerial or envoy visit, vote for a resolution or tabled draft; 3 = leader summit, treaty signature, veto, troops or large-scale arms transfers. Distancing acts (sanctions on Russia, the 'unfriendly' list) are in post2018_events, not here.",
        "schema": {"fields": [
            {"name": "evidence_id", "type": "string", "description": "Stable id: b-korea-year-slug.", "constraints": {"required": True, "unique": True}},
            {"name": "date", "type": "string", "description": "ISO date; YYYY-MM or YYYY where the source gives no day (trade figures are for a calendar year).", "constraints": {"required": True, "pattern": PARTIAL}},
            {"name": "korea", "type": "string", "description": "The Korea whose position or interest the act served.", "constraints": {"required": True, "enum": ["DPRK", "ROK"]}},
            {"name": "kind", "type": "string", "description": "Kind of evidence.", "constraints": {"required": True, "enum": ["summit", "agreement", "un_vote", "trade", "military", "visit"]}},
            {"name": "title", "type": "string", "description": "Short title.", "constraints": {"required": True}},
            {"name": "weight", "type": "integer", "description": "Significance 1-3 by the weight rule in the table description.", "constraints": {"required": True, "minimum": 1, "maximum": 3}},
            SRC, NOTE], "primaryKey": ["evidence_id"]},
    },
    {
        "name": "article_claims", "path": "article_claims.csv",
        "title": "The seed commentary's claims checked against the evidence",
        "description": "The main claims of CGTN's c. 2018 commentary 'Russia's role in the Korea puzzle - from a Chinese perspective', paraphrased, with a verdict and the evidence in the course's own words.",
        "schema": {"fields": [
            {"name": "claim_id", "type": "string", "description": "Stable id.", "constraints": {"required": True, "unique": True}},
            {"name": "claim", "type": "string", "description": "The claim, paraphrased (short quoted fragments in single quotes).", "constraints": {"required": True}},
            {"name": "verdict", "type": "string", "description": "Verdict against the evidence.", "constraints": {"required": True, "enum": ["confirmed", "qualified", "contradicted", "unverifiable"]}},
            {"name": "evidence", "type": "string", "description": "The evidence for the verdict, in the course's own words.", "constraints": {"required": True}},
            {"name": "source_ids", "type": "string", "description": "The seed article's id first, then the evidence sources.", "constraints": {"required": True}},
            NOTE], "primaryKey": ["claim_id"]},
    },
]
Path(__file__).with_name("datapackage_fragment.json").write_text(json.dumps(resources, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", len(resources), "resources")

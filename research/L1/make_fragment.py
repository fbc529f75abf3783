"""Write research/L1/datapackage_fragment.json (Frictionless resources for the L1 tables)."""
import json, pathlib
HERE = pathlib.Path(__file__).resolve().parent
DATEP = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ACT = "(RUS|DPRK|ROK|USA|CHN|JPN|UN|UNSC|IAEA|EU|UKR)"
ACTP = f"^{ACT}(;{ACT})*$"
SRCP = r"^[a-z0-9][a-z0-9._-]*(;[a-z0-9][a-z0-9._-]*)*$"
TAGS = ["arms_embargo","luxury_goods","asset_freeze","travel_ban","cargo_inspection","coal_iron","textiles","oil_cap","seafood","workers","joint_ventures","panel_of_experts","financial"]
TAGP = "^(" + "|".join(TAGS) + ")(;(" + "|".join(TAGS) + "))*$"

def f(name, type_, desc, **c):
    d = {"name": name, "type": type_, "description": desc}
    unit = c.pop("unit", None)
    if unit: d["unit"] = unit
    if c: d["constraints"] = c
    return d
def sid(desc="Stable slug."): return f(desc and "x" or "x","string",desc)
src = f("source_ids", "string", "Semicolon-separated ids of rows of sources.csv supporting this row.", required=True, pattern=SRCP)
note = f("note", "string", "Caveats: disagreements between sources (citing both), estimates, inferences.")

def res(name, title, desc, fields, pk, fks=None):
    r = {"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv", "encoding": "utf-8",
         "title": title, "description": desc, "schema": {"fields": fields, "primaryKey": pk}}
    if fks: r["schema"]["foreignKeys"] = fks
    return r

R = []
R.append(res("six_party_sessions", "Six-Party Talks: rounds and sessions 2003-2008",
  "One row per round, session or heads-of-delegation meeting of the Six-Party Talks (Beijing, August 2003 to December 2008), with chair and outcome document.",
  [f("session_id","string","Stable id: r<round>, r<round>s<session>, or r6hod<n> for heads-of-delegation meetings.", required=True, pattern=r"^r\d(s\d|hod\d)?$"),
   f("round","integer","Round number (1-6).", required=True, minimum=1, maximum=6),
   f("session","string","Session (phase) within the round: 1, 2, 3, or hod for a heads-of-delegation meeting.", required=True, enum=["1","2","3","hod"]),
   f("start_date","date","First day of the meeting.", required=True),
   f("end_date","date","Last day of the meeting (as given by the outcome document).", required=True),
   f("venue","string","Place of the meeting."),
   f("chair","string","Who chaired (all chairs were Chinese vice foreign ministers)."),
   f("outcome_document","string","Closing document and its date."),
   f("outcome_summary","string","What was agreed, in the course's own words."),
   src, note], ["session_id"]))
R.append(res("six_party_delegations", "Six-Party Talks: heads of delegation",
  "Head of each party's delegation at each session, as named by the outcome document or contemporary reports.",
  [f("session_id","string","Session (six_party_sessions.session_id).", required=True),
   f("party","string","Actor code of the delegation.", required=True, enum=["CHN","DPRK","JPN","ROK","RUS","USA"]),
   f("head_of_delegation","string","Name as spelled in the cited source.", required=True),
   f("title","string","Title as given in the cited source."),
   src, note], ["session_id","party"],
  [{"fields":["session_id"],"reference":{"resource":"six_party_sessions","fields":["session_id"]}}]))
R.append(res("six_party_commitments", "Six-Party Talks: commitments by party",
  "What each party (or group of parties) undertook in the Joint Statement (2005), Initial Actions (Feb 2007), Second-Phase Actions (Oct 2007) and the July 2008 communique, including working-group chairs and heavy-fuel-oil quantities.",
  [f("commitment_id","string","Stable slug (prefix = agreement).", required=True),
   f("agreement","string","Agreement in which the commitment was made.", required=True, enum=["Joint Statement of the Fourth Round","Initial Actions","Second-Phase Actions","Press Communique of the Heads of Delegation Meeting"]),
   f("agreement_date","date","Date of the agreement.", required=True),
   f("party","string","Actor code(s) of the committing party; several codes = a joint commitment.", required=True, pattern=ACTP),
   f("commitment","string","The commitment, paraphrased.", required=True),
   f("quantity","number","Quantity where the commitment has one (joint totals for joint rows).", unit="see unit column"),
   f("unit","string","Unit of quantity (t HFO = tonnes of heavy fuel oil; t HFO equivalent; days; facilities)."),
   f("working_group_chair","string","For working-group rows: actor code(s) chairing the group.", pattern=ACTP),
   src, note], ["commitment_id"]))
R.append(res("dprk_nuclear_tests", "DPRK nuclear tests 2006-2017",
  "The six underground nuclear tests with estimated yields. All yields are ESTIMATES from seismic data; ranges keep the spread between estimates.",
  [f("test_id","string","nt1 ... nt6.", required=True, pattern=r"^nt\d$"),
   f("date","date","Date of the test (Korea time).", required=True),
   f("site","string","Test site."),
   f("estimated_yield_kt","number","Estimate used by the course (see note for whose).", unit="kt TNT", minimum=0),
   f("yield_low_kt","number","Lowest estimate in the sources consulted.", unit="kt TNT", minimum=0),
   f("yield_high_kt","number","Highest estimate in the sources consulted.", unit="kt TNT", minimum=0),
   f("dprk_claim","string","What the DPRK said it tested."),
   src, note], ["test_id"]))
R.append(res("dprk_missile_launches", "Key DPRK long-range launches 2006-2023",
  "Selected long-range missile and satellite launches used on the sanctions timeline (not a complete list).",
  [f("launch_id","string","ml-<date>.", required=True, pattern=r"^ml-[0-9-]+$"),
   f("date","date","Date of launch (Korea time).", required=True),
   f("missile","string","Missile or rocket name as given by the sources.", required=True),
   f("type","string","Kind of launch."),
   note, src], ["launch_id"]))
R.append(res("unsc_dprk_votes", "UN Security Council votes on the DPRK 2006-2024",
  "Every Security Council resolution on the DPRK from 1695 (2006), including Panel of Experts renewals, and the vetoed drafts of 26 May 2022 and 28 March 2024, with Russia's and China's votes.",
  [f("vote_id","string","r<resolution number> or draft-<date>.", required=True, pattern=r"^(r\d{4}|draft-\d{4}-\d{2}-\d{2})$"),
   f("date","string","Date of the vote (New York time); YYYY where the day was not found.", required=True, pattern=DATEP),
   f("document","string","Resolution symbol, or a description for vetoed drafts.", required=True),
   f("adopted","boolean","Whether the text was adopted.", required=True),
   f("votes_for","integer","Votes in favour.", minimum=0, maximum=15),
   f("votes_against","integer","Votes against (a permanent member's no vote is a veto).", minimum=0, maximum=15),
   f("abstentions","integer","Abstentions.", minimum=0, maximum=15),
   f("russia_vote","string","Russia's vote: yes, no (veto) or abstain.", required=True, enum=["yes","no","abstain"]),
   f("china_vote","string","China's vote: yes, no (veto) or abstain.", required=True, enum=["yes","no","abstain"]),
   f("trigger","string","What the vote answered; test and launch ids (nt*, ml-*) refer to the other tables."),
   f("main_measures","string","Main measures, paraphrased."),
   f("measure_tags","string","Semicolon-separated measure categories.", pattern=TAGP),
   src, note], ["vote_id"]))
R.append(res("six_party_context", "Events around the Six-Party Talks 2003-2009",
  "Events around the talks: the April 2003 trilateral, the NPT withdrawal, the 2005 suspension, the Banco Delta Asia dispute and the funds transfer through Russia, the working group chaired by Russia, and the April 2009 walkout.",
  [f("context_id","string","ctx-<date>-<slug>.", required=True),
   f("date","string","Date (YYYY-MM-DD, or YYYY-MM).", required=True, pattern=DATEP),
   f("title","string","Short title.", required=True),
   f("description","string","One or two sentences in the course's own words."),
   f("actors","string","Semicolon-separated actor codes.", pattern=ACTP),
   src, note], ["context_id"]))
(HERE / "datapackage_fragment.json").write_text(json.dumps(R, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
print("wrote", len(R), "resources")

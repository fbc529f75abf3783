"""Write the L1 course-data tables and research/L1/sources.csv.

Run from anywhere:  python research/L1/build_tables.py
All values come from the sources listed in sources_data.py (ids in source_ids).
"""
from __future__ import annotations

import csv
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DATA = ROOT / "course_data"
sys.path.insert(0, str(HERE))
from sources_data import SOURCES  # noqa: E402


def write(path: pathlib.Path, header: list[str], rows: list[tuple]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for r in rows:
            if len(r) != len(header):
                raise ValueError(f"{path.name}: row has {len(r)} fields, expected {len(header)}: {r[:2]}")
            w.writerow(["" if v is None else v for v in r])


# ---------------------------------------------------------------------------
# six_party_sessions.csv
# ---------------------------------------------------------------------------
SESSIONS_H = ["session_id", "round", "session", "start_date", "end_date", "venue", "chair",
              "outcome_document", "outcome_summary", "source_ids", "note"]
SESSIONS = [
    ("r1", 1, "1", "2003-08-27", "2003-08-29", "Beijing, Diaoyutai State Guesthouse", "Wang Yi (CHN)",
     "Chair's oral summary (no joint document)",
     "Parties agree to resolve the nuclear issue peacefully through dialogue; a nuclear-free peninsula while the DPRK's security concerns are considered; step-by-step, simultaneous and parallel approach; talks to continue.",
     "mofa-kr-2003-08-r1-outline;people-2003-08-27-r1-opens;china-org-2003-08-29-r1-closes;voa-2003-09-01-ivanov",
     "ROK MOFA outline records a six-point summary given by the Chinese delegation at the closing ceremony. Russian FM Ivanov called it just 'the first round' (voa-2003-09-01-ivanov)."),
    ("r2", 2, "1", "2004-02-25", "2004-02-28", "Beijing", "Wang Yi (CHN)",
     "Chairman's Statement (28 February 2004)",
     "Discussion of substantive issues launched; commitment to a nuclear-weapon-free peninsula; agreement to set up a working group and hold a third round.",
     "worldjpn-2004-02-28-r2-chair;china-org-2004-02-28-r2-concludes",
     "China.org.cn says Foreign Minister Li Zhaoxing spoke at the closing ceremony."),
    ("r3", 3, "1", "2004-06-23", "2004-06-26", "Beijing, Diaoyutai State Guesthouse", "Wang Yi (CHN)",
     "Chairman's Statement (26 June 2004)",
     "Step-by-step process of 'words for words' and 'action for action'; Concept Paper on the Working Group approved; fourth round planned for September 2004.",
     "worldjpn-2004-06-26-r3-chair;fmprc-un-2004-06-26-r3-concluded;un-disarmament-yearbook-2004",
     "Working-group sessions met 12-15 May and 21-22 June 2004. The fourth round planned for September 2004 did not take place (un-disarmament-yearbook-2004)."),
    ("r4s1", 4, "1", "2005-07-26", "2005-08-07", "Beijing", "Wu Dawei (CHN)",
     "Chairman's Statement (7 August 2005)",
     "Parties discuss a common document and agree on many points but recess to consult capitals; resumption set for the week of 29 August.",
     "acronym-2005-08-07-r4s1-chair;iri-2005-09-19-joint-statement;china-org-2005-09-13-r4s2",
     "Xinhua called this phase 'the record 13-day talks'. The resumption slipped from the week of 29 August to 13 September."),
    ("r4s2", 4, "2", "2005-09-13", "2005-09-19", "Beijing, Diaoyutai State Guesthouse", "Wu Dawei (CHN)",
     "Joint Statement of the Fourth Round of the Six-Party Talks (19 September 2005)",
     "DPRK commits to abandon all nuclear weapons and existing nuclear programs and return to the NPT and IAEA safeguards; US affirms it has no nuclear weapons on the peninsula and no intention to attack or invade the DPRK.",
     "iri-2005-09-19-joint-statement;china-un-2005-09-19-r4-concludes;people-2005-09-20-joint-statement",
     "The Joint Statement describes the fourth round as held 'from July 26th to August 7th, and from September 13th to 19th, 2005'."),
    ("r5s1", 5, "1", "2005-11-09", "2005-11-11", "Beijing, Diaoyutai State Guesthouse", "Wu Dawei (CHN)",
     "Chairman's Statement (11 November 2005)",
     "Parties reaffirm they will implement the Joint Statement on the principle of 'commitment for commitment, action for action' and agree to meet again at the earliest possible date.",
     "acronym-2005-11-11-r5s1-chair;fmprc-un-2005-11-09-r5-opens",
     "The talks then stalled for 13 months after the Banco Delta Asia designation (see six_party_context.csv)."),
    ("r5s2", 5, "2", "2006-12-18", "2006-12-22", "Beijing, Diaoyutai State Guesthouse", "Wu Dawei (CHN)",
     "Chairman's Statement (22 December 2006)",
     "First meeting after the DPRK's October 2006 nuclear test; parties put forward 'initial ideas' on implementing the Joint Statement in a phased manner and recess.",
     "peacereport-2006-12-22-r5s2-chair;eastday-2006-12-23-r5s2-recess;cctv-2006-12-18-razov;chinadaily-2006-12-11-date",
     "Resumed 'after a 13-month suspension'. The US State Department had first announced the talks for 'around December 16' (chinadaily-2006-12-11-date)."),
    ("r5s3", 5, "3", "2007-02-08", "2007-02-13", "Beijing", "Wu Dawei (CHN)",
     "Initial Actions for the Implementation of the Joint Statement (13 February 2007)",
     "DPRK to shut down and seal Yongbyon within 60 days and invite back the IAEA; emergency energy aid equal to 50,000 t of heavy fuel oil, up to 1 million t in all; five working groups set up.",
     "ipsikor-2007-02-13-initial-actions;state-2007-02-13-initial-actions;china-org-2007-02-14-initial-actions;china-org-2007-02-14-russia-mfa",
     "The Russian MFA welcomed the result as giving 'an additional impetus to the six-party process' (china-org-2007-02-14-russia-mfa)."),
    ("r6s1", 6, "1", "2007-03-19", "2007-03-22", "Beijing", "Wu Dawei (CHN)",
     "Chairman's Statement (22 March 2007)",
     "Parties hear the five working groups' reports but the session stalls over the transfer of the frozen Banco Delta Asia funds and recesses.",
     "jctrans-2007-03-22-r6s1-chair;china-org-2007-03-22-r6s1-recess;kbs-six-party-r6s1",
     "The session was supposed to end on 21 March and was extended a day (Xinhua). KBS World's archive page heads this session '5th Round (Stage 3)' while giving the dates 19-22 March 2007; the Chairman's Statement calls it the First Session of the Sixth Round."),
    ("r6hod1", 6, "hod", "2007-07-18", "2007-07-20", "Beijing", "Wu Dawei (CHN)",
     "Press Communique of the Head of Delegation Meeting (20 July 2007)",
     "DPRK reiterates it will declare all nuclear programs and disable all facilities; in return aid equal to 950,000 t of heavy fuel oil; working groups to meet before the end of August.",
     "acronym-2007-07-20-hod;china-org-2007-07-23-hod",
     "The Xinhua report calls the closing document both a 'chairman's statement' and a 'press communique'."),
    ("r6s2", 6, "2", "2007-09-27", "2007-09-30", "Beijing", "Wu Dawei (CHN)",
     "Second-Phase Actions for the Implementation of the Joint Statement (3 October 2007)",
     "DPRK to disable the three core Yongbyon facilities and give a complete and correct declaration by 31 December 2007; aid up to 1 million t heavy fuel oil equivalent including 100,000 t already delivered.",
     "mofa-kr-2007-10-03-second-phase;china-org-2007-09-30-r6s2-recess;state-2007-10-03-second-phase",
     "The session recessed on 30 September so governments could approve the draft; the agreement is dated 3 October 2007, so session end and agreement date differ."),
    ("r6hod2", 6, "hod", "2008-07-10", "2008-07-12", "Beijing, Diaoyutai State Guesthouse", "Wu Dawei (CHN)",
     "Press Communique of the Heads of Delegation Meeting (12 July 2008)",
     "Verification mechanism of six-party experts and a monitoring mechanism agreed; disablement to be completed by end October 2008; US and Russia to finish their fuel oil shipments by then.",
     "worldjpn-2008-07-12-hod;reuters-2008-07-12-factbox;china-org-2008-07-12-verification",
     ""),
    ("r6hod3", 6, "hod", "2008-12-08", "2008-12-11", "Beijing", "Wu Dawei (CHN)",
     "Chairman's Statement (11 December 2008)",
     "No agreement on a verification protocol; parties restate parallel disablement and 1 million t aid; a Northeast Asia peace and security working group to meet in Moscow. The last meeting of the six-party process.",
     "worldjpn-2008-12-11-chair;chinadaily-2008-12-12-stalemate;kbs-2008-12-hod-outline;keia-2008-12-final-attempt",
     "Dates disagree: the Chairman's Statement gives 8 to 11 December 2008; KBS World gives 'December 8~10, 2008'. KEIA notes the meeting was extended by a day."),
]

# ---------------------------------------------------------------------------
# six_party_delegations.csv
# ---------------------------------------------------------------------------
DELEG_H = ["session_id", "party", "head_of_delegation", "title", "source_ids", "note"]


def _six(session_id, heads, src, note_map=None):
    note_map = note_map or {}
    return [(session_id, party, name, title, src, note_map.get(party, "")) for party, name, title in heads]


DELEGATIONS = []
DELEGATIONS += _six("r1", [
    ("CHN", "Wang Yi", "Vice Foreign Minister"),
    ("DPRK", "Kim Yong Il", "Deputy Foreign Minister"),
    ("JPN", "Mitoji Yabunaka", "Director-General, Asian and Oceanian Affairs Bureau, Ministry of Foreign Affairs"),
    ("ROK", "Lee Soo-hyuck", "Deputy Minister of Foreign Affairs and Trade"),
    ("RUS", "Alexander Losyukov", "Deputy Foreign Minister"),
    ("USA", "James Kelly", "Assistant Secretary of State for East Asian and Pacific Affairs"),
], "people-2003-08-27-r1-opens", {"RUS": "Spelled 'Losiukov' in the Xinhua report."})
DELEGATIONS += _six("r2", [
    ("CHN", "Wang Yi", "Vice Minister, Ministry of Foreign Affairs"),
    ("DPRK", "Kim Gye Gwan", "Vice Minister, Ministry of Foreign Affairs"),
    ("JPN", "Mitoji Yabunaka", "Director-General for Asian and Oceanian Affairs"),
    ("ROK", "Lee Soo-hyuck", "Deputy Minister, Ministry of Foreign Affairs and Trade"),
    ("RUS", "Alexander Losyukov", "Vice Minister, Ministry of Foreign Affairs"),
    ("USA", "James A. Kelly", "Assistant Secretary of State for East Asian and Pacific Affairs"),
], "worldjpn-2004-02-28-r2-chair", {"RUS": "The statement gives 'A. Losyukov'.", "DPRK": "Head changed from Kim Yong Il (round 1) to Kim Gye Gwan."})
DELEGATIONS += _six("r3", [
    ("CHN", "Wang Yi", "Vice Foreign Minister"),
    ("DPRK", "Kim Gye Gwan", "Vice Foreign Minister"),
    ("JPN", "Mitoji Yabunaka", "Director-General for Asian and Oceanian Affairs"),
    ("ROK", "Lee Soo-hyuck", "Deputy Minister of Foreign Affairs and Trade"),
    ("RUS", "Alexander Alekseyev", "Ambassador, Special Envoy of the Ministry of Foreign Affairs"),
    ("USA", "James A. Kelly", "Assistant Secretary of State for East Asian and Pacific Affairs"),
], "worldjpn-2004-06-26-r3-chair;china-org-2004-06-21-alexeyev", {"RUS": "Replaced Losyukov, who had become ambassador to Japan (china-org-2004-06-21-alexeyev); spelled 'Alexeyev' by Xinhua."})
_r4 = [
    ("CHN", "Wu Dawei", "Vice Minister of Foreign Affairs"),
    ("DPRK", "Kim Gye Gwan", "Vice Minister of Foreign Affairs"),
    ("JPN", "Kenichiro Sasae", "Director-General for Asian and Oceanian Affairs, Ministry of Foreign Affairs"),
    ("ROK", "Song Min-soon", "Deputy Minister of Foreign Affairs and Trade"),
    ("RUS", "Alexandr Alekseyev", "Deputy Minister of Foreign Affairs"),
    ("USA", "Christopher Hill", "Assistant Secretary of State for East Asian and Pacific Affairs"),
]
DELEGATIONS += _six("r4s1", _r4, "iri-2005-09-19-joint-statement;chinadaily-2005-08-04-alexeyev",
                    {"RUS": "Title 'Deputy Minister' in the Joint Statement; 'Ambassador, Special Envoy' in June 2004. He left for Moscow on 30 July and returned on 4 August (chinadaily-2005-08-04-alexeyev)."})
DELEGATIONS += _six("r4s2", _r4, "iri-2005-09-19-joint-statement;china-org-2005-09-13-r4s2")
DELEGATIONS += _six("r5s1", [
    ("CHN", "Wu Dawei", "Vice Foreign Minister"),
    ("DPRK", "Kim Gye-gwan", "Head of delegation"),
    ("JPN", "Kenichiro Sasae", "Head of delegation"),
    ("ROK", "Song Min-soon", "Chief negotiator"),
    ("RUS", "Alexander Alexeyev", "Chief negotiator"),
    ("USA", "Christopher Hill", "Chief negotiator"),
], "china-org-2005-11-09-r5-arrivals;fmprc-un-2005-11-09-r5-opens", {"CHN": "Chair per fmprc-un-2005-11-09-r5-opens.", "RUS": "Titles not given in the sources for this session."})
DELEGATIONS += _six("r5s2", [
    ("CHN", "Wu Dawei", "Vice Foreign Minister"),
    ("DPRK", "Kim Kye Gwan", "Head of delegation"),
    ("JPN", "Kenichiro Sasae", "Chief envoy"),
    ("ROK", "Chun Yung-woo", "Chief negotiator"),
    ("RUS", "Sergei Razov", "Ambassador to China"),
    ("USA", "Christopher Hill", "Assistant Secretary of State"),
], "china-org-2006-12-23-razov;cctv-2006-12-18-razov", {"RUS": "Russia was represented by its ambassador in Beijing, not a deputy minister; CCTV spells 'Sergey Razov'."})
_ia = [
    ("CHN", "Wu Dawei", "Vice Minister of Foreign Affairs"),
    ("DPRK", "Kim Gye Gwan", "Vice Minister of Foreign Affairs"),
    ("JPN", "Kenichiro Sasae", "Director-General for Asian and Oceanian Affairs, Ministry of Foreign Affairs"),
    ("ROK", "Chun Yung-woo", "Special Representative for Korean Peninsula Peace and Security Affairs, Ministry of Foreign Affairs and Trade"),
    ("RUS", "Alexander Losyukov", "Deputy Minister of Foreign Affairs"),
    ("USA", "Christopher Hill", "Assistant Secretary for East Asian and Pacific Affairs, Department of State"),
]
DELEGATIONS += _six("r5s3", _ia, "ipsikor-2007-02-13-initial-actions")
DELEGATIONS += _six("r6s1", _ia, "kbs-six-party-r6s1;china-org-2007-03-22-r6s1-recess",
                    {"RUS": "Xinhua reported Losyukov leaving Beijing on 22 March before the formal recess."})
DELEGATIONS += _six("r6hod1", _ia[:4] + [
    ("RUS", "Vladimir Rakhmanin", "Ambassador of the Ministry of Foreign Affairs"),
    ("USA", "Christopher Hill", "Assistant Secretary for East Asian and Pacific Affairs, Department of State"),
], "acronym-2007-07-20-hod")
DELEGATIONS += _six("r6s2", _ia, "mofa-kr-2007-10-03-second-phase")
_hod08 = [
    ("CHN", "Wu Dawei", "Vice Minister of Foreign Affairs"),
    ("DPRK", "Kim Gye Gwan", "Vice Minister of Foreign Affairs"),
    ("JPN", "Saiki Akitaka", "Director-General for Asian and Oceanian Affairs, Ministry of Foreign Affairs"),
    ("ROK", "Kim Sook", "Special Representative for Korean Peninsula Peace and Security Affairs, Ministry of Foreign Affairs and Trade"),
    ("RUS", "Alexei Borodavkin", "Deputy Minister of Foreign Affairs"),
    ("USA", "Christopher R. Hill", "Assistant Secretary for East Asian and Pacific Affairs, State Department"),
]
DELEGATIONS += _six("r6hod2", _hod08, "worldjpn-2008-07-12-hod")
DELEGATIONS += _six("r6hod3", _hod08, "worldjpn-2008-12-11-chair")

# ---------------------------------------------------------------------------
# six_party_commitments.csv
# ---------------------------------------------------------------------------
COMMIT_H = ["commitment_id", "agreement", "agreement_date", "party", "commitment", "quantity", "unit",
            "working_group_chair", "source_ids", "note"]
JS, IA, SPA, HOD8 = ("Joint Statement of the Fourth Round", "Initial Actions", "Second-Phase Actions",
                     "Press Communique of the Heads of Delegation Meeting")
FIVE = "CHN;JPN;ROK;RUS;USA"
ALL6 = "CHN;DPRK;JPN;ROK;RUS;USA"
COMMITMENTS = [
    ("js-all-goal", JS, "2005-09-19", ALL6, "Reaffirm that the goal of the talks is the verifiable denuclearization of the Korean Peninsula in a peaceful manner", "", "", "", "iri-2005-09-19-joint-statement", ""),
    ("js-dprk-abandon", JS, "2005-09-19", "DPRK", "Abandon all nuclear weapons and existing nuclear programs and return at an early date to the NPT and to IAEA safeguards", "", "", "", "iri-2005-09-19-joint-statement;people-2005-09-20-joint-statement", ""),
    ("js-usa-no-attack", JS, "2005-09-19", "USA", "Affirm it has no nuclear weapons on the Korean Peninsula and no intention to attack or invade the DPRK with nuclear or conventional weapons", "", "", "", "iri-2005-09-19-joint-statement;people-2005-09-20-joint-statement", "The excerpts retrieved end here; later clauses (ROK, energy aid, normalization) are not transcribed in this table."),
    ("ia-dprk-shutdown", IA, "2007-02-13", "DPRK", "Shut down and seal the Yongbyon nuclear facility, including the reprocessing facility, within 60 days", 60, "days", "", "china-org-2007-02-14-initial-actions;state-2007-02-13-initial-actions", "Shutdown confirmed by the IAEA in July 2007 (aca-2007-09-shutdown), after the 60 days had passed."),
    ("ia-dprk-iaea", IA, "2007-02-13", "DPRK", "Invite back IAEA personnel to conduct all necessary monitoring and verifications", "", "", "", "china-org-2007-02-14-initial-actions", ""),
    ("ia-dprk-list", IA, "2007-02-13", "DPRK", "Discuss with the other parties a list of all its nuclear programs", "", "", "", "voa-2007-02-20-initial-actions", ""),
    ("ia-five-hfo-initial", IA, "2007-02-13", FIVE, "Emergency energy assistance equivalent to 50,000 tons of heavy fuel oil in the initial phase, to commence within 60 days", 50000, "t HFO", "", "china-org-2007-02-14-initial-actions;voa-2007-02-20-initial-actions", "Joint total, not a per-party quantity. Delivered by the ROK in July 2007 (aca-2007-09-shutdown)."),
    ("ia-five-hfo-total", IA, "2007-02-13", FIVE, "Economic, energy and humanitarian assistance up to the equivalent of 1 million tons of heavy fuel oil, including the initial 50,000 t, once the DPRK fully declares and disables", 1000000, "t HFO equivalent", "", "voa-2007-02-20-initial-actions;intelsummit-ap-2007-02-13", "Joint total. AP reported it as 50,000 t plus 'another 950,000 tons'."),
    ("ia-usa-terror-list", IA, "2007-02-13", "USA", "Begin the process of removing the DPRK from the list of state sponsors of terrorism and stop applying the Trading With the Enemy Act", "", "", "", "aca-2007-09-shutdown;intelsummit-ap-2007-02-13", "No deadline set (AP)."),
    ("ia-dprk-usa-talks", IA, "2007-02-13", "DPRK;USA", "Start bilateral talks aimed at resolving pending issues and moving toward full diplomatic relations", "", "", "", "intelsummit-ap-2007-02-13", ""),
    ("ia-dprk-jpn-talks", IA, "2007-02-13", "DPRK;JPN", "Seek to normalize relations", "", "", "", "intelsummit-ap-2007-02-13", ""),
    ("ia-wg-denuclearization", IA, "2007-02-13", "CHN", "Chair the Working Group on Denuclearization of the Korean Peninsula", "", "", "CHN", "totalwonkerr-2007-02-21-working-groups;china-org-2007-02-14-initial-actions", "Chairs were announced by the Chinese MFA after the agreement; the agreement itself lists the five groups."),
    ("ia-wg-economy-energy", IA, "2007-02-13", "ROK", "Chair the Working Group on Economy and Energy Cooperation, which sets the modalities of the aid", "", "", "ROK", "totalwonkerr-2007-02-21-working-groups;china-org-2007-02-14-initial-actions", ""),
    ("ia-wg-neapsm", IA, "2007-02-13", "RUS", "Chair the Working Group on the Northeast Asia Peace and Security Mechanism", "", "", "RUS", "totalwonkerr-2007-02-21-working-groups;yonhap-2009-02-neapsm-moscow;csuchen-2007-03-16-neapsm", "Met in Beijing in March 2007 (Russian embassy), in Moscow in August 2007 and in Moscow on 19-20 February 2009."),
    ("ia-wg-dprk-usa", IA, "2007-02-13", "DPRK;USA", "Working Group on Normalization of DPRK-US Relations, undertaken by the two countries", "", "", "DPRK;USA", "totalwonkerr-2007-02-21-working-groups", ""),
    ("ia-wg-dprk-jpn", IA, "2007-02-13", "DPRK;JPN", "Working Group on Normalization of DPRK-Japan Relations, undertaken by the two countries", "", "", "DPRK;JPN", "totalwonkerr-2007-02-21-working-groups", ""),
    ("ia-all-wg-30days", IA, "2007-02-13", ALL6, "Launch all five working groups within 30 days", 30, "days", "", "china-org-2007-02-14-initial-actions;totalwonkerr-2007-02-21-working-groups", ""),
    ("ia-all-ministerial", IA, "2007-02-13", ALL6, "Hold a ministerial meeting once the initial actions are implemented", "", "", "", "china-org-2007-02-14-initial-actions", "Never held before the talks collapsed."),
    ("spa-dprk-disable", SPA, "2007-10-03", "DPRK", "Disable the 5 MW Experimental Reactor, the Reprocessing Plant (Radiochemical Laboratory) and the Nuclear Fuel Rod Fabrication Facility at Yongbyon by 31 December 2007", 3, "facilities", "", "mofa-kr-2007-10-03-second-phase;mofa-kr-2007-10-03-second-phase-summary", ""),
    ("spa-dprk-declare", SPA, "2007-10-03", "DPRK", "Provide a complete and correct declaration of all its nuclear programs by 31 December 2007", "", "", "", "mofa-kr-2007-10-03-second-phase-summary;state-2007-10-03-second-phase", "The declaration was handed over in June 2008 (acronym-dd88-2008), six months late."),
    ("spa-dprk-no-transfer", SPA, "2007-10-03", "DPRK", "Not transfer nuclear materials, technology or know-how", "", "", "", "mofa-kr-2007-10-03-second-phase-summary", ""),
    ("spa-usa-disablement", SPA, "2007-10-03", "USA", "Lead disablement activities and provide the initial funding; lead an expert group to the DPRK within two weeks", "", "", "", "mofa-kr-2007-10-03-second-phase-summary;totalwonkerr-2007-10-04-second-phase", ""),
    ("spa-usa-terror-twea", SPA, "2007-10-03", "USA", "Fulfil commitments on removing the state-sponsor-of-terrorism designation and ending the Trading with the Enemy Act, in parallel with DPRK actions", "", "", "", "totalwonkerr-2007-10-04-second-phase;state-2007-10-03-second-phase", "The US removed the designation on 11 October 2008 (people-2008-12-delisting)."),
    ("spa-dprk-jpn-normalize", SPA, "2007-10-03", "DPRK;JPN", "Make sincere efforts to normalize relations in accordance with the Pyongyang Declaration", "", "", "", "mofa-kr-2007-10-03-second-phase-summary;totalwonkerr-2007-10-04-second-phase", ""),
    ("spa-five-assistance", SPA, "2007-10-03", FIVE, "Economic, energy and humanitarian assistance up to the equivalent of one million tons of HFO, inclusive of the 100,000 tons already delivered", 1000000, "t HFO equivalent", "", "mofa-kr-2007-10-03-second-phase-summary;kbs-2007-10-energy;china-org-2007-10-31-energy;twocircles-ria-2007-12-10-wg", "Joint total. The 100,000 t already delivered came from the ROK and China (twocircles-ria-2007-12-10-wg). In October 2007 the energy working group split the remaining 950,000 t into 450,000 t of oil and equipment worth 500,000 t (kbs-2007-10-energy; china-org-2007-10-31-energy). Japan refused to take part (kbs-2007-10-energy)."),
    ("spa-rus-hfo-share", SPA, "2007-10-03", "RUS", "Deliver Russia's share of the heavy fuel oil", 200000, "t HFO", "", "nkeconwatch-2008-12-25-energy;twocircles-ria-2008-01-12-rus-hfo;dailynk-2008-01-rosneft;chinadaily-2007-09-29-hill", "Implementation share, not written in the agreement: 'our entire quota of 200,000 metric tons' (Borodavkin, Dec 2008). First 50,000 t delivered about 20-21 January 2008; a third batch of 50,000 t was planned for December 2008."),
    ("spa-usa-hfo-share", SPA, "2007-10-03", "USA", "Deliver the US share of the heavy fuel oil", 200000, "t HFO", "", "crs-r40095", "Implementation share, not written in the agreement: CRS says all 200,000 MT were delivered by the second week of December 2008."),
    ("spa-all-ministerial", SPA, "2007-10-03", ALL6, "Hold a six-party ministerial meeting in Beijing at an appropriate time, preceded by a heads-of-delegation meeting", "", "", "", "mofa-kr-2007-10-03-second-phase-summary", "Never held."),
    ("hod08-all-verification", HOD8, "2008-07-12", ALL6, "Establish a verification mechanism of six-party experts, responsible to the Denuclearization Working Group (visits to facilities, review of documents, interviews)", "", "", "CHN", "worldjpn-2008-07-12-hod;reuters-2008-07-12-factbox", "Reports to the working group chaired by China."),
    ("hod08-all-monitoring", HOD8, "2008-07-12", ALL6, "Establish a monitoring mechanism to ensure all parties keep their commitments, including non-proliferation and aid", "", "", "", "reuters-2008-07-12-factbox;china-org-2008-07-12-verification", ""),
    ("hod08-dprk-disable-oct", HOD8, "2008-07-12", "DPRK", "Seek to complete disablement of the Yongbyon facilities by the end of October 2008", "", "", "", "reuters-2008-07-12-factbox", ""),
    ("hod08-usa-rus-hfo", HOD8, "2008-07-12", "RUS;USA", "Strive to complete the remaining heavy fuel oil shipments by the end of October 2008", "", "", "", "reuters-2008-07-12-factbox", ""),
]

# ---------------------------------------------------------------------------
# dprk_nuclear_tests.csv
# ---------------------------------------------------------------------------
TESTS_H = ["test_id", "date", "site", "estimated_yield_kt", "yield_low_kt", "yield_high_kt", "dprk_claim", "source_ids", "note"]
TESTS = [
    ("nt1", "2006-10-09", "Punggye-ri", 0.7, "", 1.0, "Announced a successful nuclear test",
     "un-press-sc8853;armscontrolcenter-nk-tests;kim-wy-uib-nk-tests;bloomberg-bs-2017-09-04-tests",
     "Estimate. 0.7 kt from Kim (mb 4.3); US DNI: 'less than a kiloton'; Bloomberg: 'less than 1 kiloton'. Widely judged a partial failure."),
    ("nt2", "2009-05-25", "Punggye-ri", 2.2, 2.0, 6.0, "Announced a successful nuclear test",
     "un-press-sc9679;armscontrolcenter-nk-tests;kim-wy-uib-nk-tests;bloomberg-bs-2017-09-04-tests",
     "Estimate. 2.2 kt from Kim (mb 4.7); Bloomberg: 2-6 kt; US DNI: 'approximately a few kilotons'."),
    ("nt3", "2013-02-12", "Punggye-ri", 7.4, 7.0, 16.0, "A 'miniaturized and lighter' device",
     "kim-wy-uib-nk-tests;bloomberg-bs-2017-09-04-tests;zhang-wen-2013-grl;armscontrolcenter-nk-tests;wikipedia-2013-test",
     "Estimate. 7.4 kt from Kim (mb 5.1); Bloomberg: 7 kt; Zhang and Wen: 12.2 +/- 3.8 kt (8.4-16). Wikipedia (pointer) also lists an initial 40 kt German estimate."),
    ("nt4", "2016-01-06", "Punggye-ri", 7.0, "", "", "First test of a hydrogen bomb",
     "bloomberg-bs-2017-09-04-tests;norsar-2017-09-03",
     "Estimate (Bloomberg, mb 5.1). Experts judged it too small for a hydrogen bomb, possibly boosted. No range found in the sources consulted."),
    ("nt5", "2016-09-09", "Punggye-ri", 10.0, "", "", "Can now produce nuclear warheads for missiles 'at will'",
     "bloomberg-bs-2017-09-04-tests;yonhap-2017-09-03-tests;norsar-2017-09-03;wikipedia-2016-09-test",
     "Estimate: 10 kt (Bloomberg, mb 5.3; South Korean estimate via Yonhap). Higher estimates of 20-30 kt are listed by Wikipedia (pointer only, wikipedia-2016-09-test), so the range is left empty."),
    ("nt6", "2017-09-03", "Punggye-ri", 250.0, 50.0, 250.0, "A two-stage thermonuclear weapon (hydrogen bomb) for an ICBM",
     "38north-2017-09-13-250kt;csis-missilethreat-2017-09;norsar-2017-09-03;bloomberg-bs-2017-09-04-tests;us-draft-2017-769",
     "Estimate: 250 kt is 38 North's revised figure after CTBTO and NORSAR raised the magnitude to 6.1. Other estimates: 50-60 kt (Korea Meteorological Administration), 120 kt (NORSAR, first), 'about 100' (Bloomberg). Date: 3 September local time; the US draft of resolution 2375 says 'September 2, 2017' (US time)."),
]

# ---------------------------------------------------------------------------
# dprk_missile_launches.csv
# ---------------------------------------------------------------------------
LAUNCH_H = ["launch_id", "date", "missile", "type", "note", "source_ids"]
LAUNCHES = [
    ("ml-2006-07", "2006-07-05", "Taepodong-2 (with shorter-range Scud and Rodong missiles)", "long-range missile test",
     "Taepodong-2 failed about 40 seconds into flight. Sat-Index gives 2006-07-04 20:01 UTC, i.e. 5 July in Korea (UTC+9, converted here); UN News counted it as 4 July.",
     "satindex-2006-07-04-td2;un-news-2006-07-15-res1695;itv-2012-12-12-history"),
    ("ml-2009-04", "2009-04-05", "Unha-2 (called a Taepodong-2 by Western sources)", "satellite launch attempt",
     "The DPRK said the launch succeeded; the US said it crashed after take-off (ITV). The UNSC presidential statement of 13 April triggered the DPRK walkout.",
     "kbs-2009-04-14-prst;guardian-2009-04-14-walkout;wapo-2012-04-11-unha;itv-2012-12-12-history"),
    ("ml-2012-04", "2012-04-13", "Unha-3 (Kwangmyongsong-3 satellite)", "satellite launch (failed)",
     "Broke up about 60-90 s after lift-off. UTC time 2012-04-12 22:39, i.e. 13 April in Korea.",
     "satnd-2012-04-12-unha3;takeaway-2012-04-13-unha3"),
    ("ml-2012-12", "2012-12-12", "Unha-3", "satellite launch",
     "The US confirmed an object in orbit (ITV). Answered by resolution 2087.",
     "un-news-2012-12-unha3;itv-2012-12-12-history"),
    ("ml-2016-02", "2016-02-07", "Space launch vehicle (satellite launch)", "satellite launch using ballistic missile technology",
     "Rocket and satellite names were not confirmed in the sources consulted. Answered, with the January test, by resolution 2270.",
     "state-blog-2016-03-02-res2270;proquest-aca-2016-04-res2270"),
    ("ml-2017-07-04", "2017-07-04", "Hwasong-14", "ICBM",
     "First DPRK ICBM launch.",
     "janes-2017-08-01-hwasong14;wefornews-2017-07-29-hwasong14"),
    ("ml-2017-07-28", "2017-07-28", "Hwasong-14", "ICBM",
     "Second Hwasong-14 test; the DPRK gave a range of 998 km after 47 minutes of flight (lofted). Answered, with 4 July, by resolution 2371.",
     "janes-2017-08-01-hwasong14;wefornews-2017-07-29-hwasong14"),
    ("ml-2017-11-29", "2017-11-29", "Hwasong-15", "ICBM",
     "The DPRK claimed it could reach the entire US mainland. Dates disagree by time zone: the US fact sheet and ROK MOFA give 29 November, ASIL gives 28 November. Answered by resolution 2397.",
     "nknews-2017-11-29-hwasong15;defence-industries-2017-11-29-hwasong15;usun-2017-12-22-res2397;asil-2017-12-22-res2397"),
    ("ml-2022-03-24", "2022-03-24", "ICBM (Hwasong-17 type)", "ICBM",
     "The failed US draft of 26 May 2022 would have condemned 'the 24 March intercontinental ballistic missile launch'. KBS says the DPRK tested the liquid-fuel Hwasong-17 before April 2023; the type of this launch is taken from that general statement.",
     "un-press-sc14911;kbs-2023-04-14-hwasong18"),
    ("ml-2023-04-13", "2023-04-13", "Hwasong-18", "ICBM (solid fuel)",
     "First DPRK solid-fuel ICBM, three stages, lofted trajectory.",
     "kbs-2023-04-14-hwasong18;shephard-2023-04-20-hwasong18"),
]

# ---------------------------------------------------------------------------
# unsc_dprk_votes.csv
# ---------------------------------------------------------------------------
VOTES_H = ["vote_id", "date", "document", "adopted", "votes_for", "votes_against", "abstentions", "russia_vote",
           "china_vote", "trigger", "main_measures", "measure_tags", "source_ids", "note"]
PANEL = "Extends the mandate of the Panel of Experts assisting the 1718 sanctions committee"


def _res(num, year, date, trigger, measures, tags, src, note="", adopted=True, f=15, a=0, ab=0, rus="yes", chn="yes", doc=None):
    return (f"r{num}", date, doc or f"S/RES/{num} ({year})", "true" if adopted else "false", f, a, ab, rus, chn,
            trigger, measures, tags, src, note)


VOTES = [
    _res(1695, 2006, "2006-07-15", "missile launches ml-2006-07 (2006-07-05)",
         "Demands suspension of ballistic-missile activity; requires states to prevent transfers of missile and WMD-related items and financial resources to and from the DPRK; urges return to the six-party talks",
         "arms_embargo;financial", "un-press-sc8778;un-news-2006-07-15-res1695;usun-cable-2006-07-18-res1695",
         "Not adopted under Chapter VII: the US and Japan dropped an explicit Chapter VII reference 'in the face of a likely Chinese veto' (US cable)."),
    _res(1718, 2006, "2006-10-14", "nuclear test nt1 (2006-10-09)",
         "Chapter VII (Art. 41): bans large-scale arms, nuclear technology and luxury goods; asset freeze and travel ban on programme-linked persons; calls for cargo inspection; creates the 1718 sanctions committee",
         "arms_embargo;luxury_goods;asset_freeze;travel_ban;cargo_inspection", "un-press-sc8853"),
    _res(1874, 2009, "2009-06-12", "nuclear test nt2 (2009-05-25)",
         "Widens the arms embargo; calls on states to inspect, seize and dispose of banned cargo; blocks financing of nuclear and missile programmes; creates the Panel of Experts",
         "arms_embargo;cargo_inspection;financial;panel_of_experts", "un-press-sc9679;reuters-2009-05-25-churkin",
         "Russia's ambassador Churkin called the test 'very serious' and said it 'needs to have a strong response' (Reuters, 25 May 2009)."),
    _res(1928, 2010, "2010-06-07", "panel mandate renewal", PANEL + " until 12 June 2011", "panel_of_experts", "un-press-sc9946"),
    _res(1985, 2011, "2011-06-10", "panel mandate renewal", PANEL + " until 12 June 2012", "panel_of_experts", "un-press-sc10277;memim-res1985",
         "Day from memim.com (encyclopedia mirror); the UN press release excerpt gives no day."),
    _res(2050, 2012, "2012-06-12", "panel mandate renewal", PANEL + " until 12 July 2013", "panel_of_experts", "simin-2012-06-res2050;owiki-1718-committee",
         "Simin Ilbo gives 'the 12th' and a mandate to 12 July 2013; month inferred from the expiry of the previous mandate on 12 June 2012 (un-press-sc10277). Resolution number from owiki pointer."),
    _res(2087, 2013, "2013-01-22", "satellite launch ml-2012-12 (2012-12-12)",
         "Condemns the launch; new asset freezes and travel bans on the space agency, a bank and officials; updates banned-item lists",
         "asset_freeze;travel_ban", "un-sg-2013-01-22-res2087;usun-2013-01-23-res2087;ctbto-2013-01-24-res2087"),
    _res(2094, 2013, "2013-03-07", "nuclear test nt3 (2013-02-12)",
         "New financial sanctions incl. bulk cash; stronger cargo inspection and denial of port and overflight access; vigilance over DPRK diplomats; new designations",
         "financial;cargo_inspection;asset_freeze;travel_ban", "usembassy-uk-2013-03-07-res2094;csis-2013-03-res2094",
         "UN press release not retrieved; US fact sheet and CSIS give date and unanimity."),
    _res(2141, 2014, "2014-03-05", "panel mandate renewal", PANEL + " until 5 April 2015", "panel_of_experts", "un-press-sc11306"),
    _res(2207, 2015, "2015-03-04", "panel mandate renewal", PANEL + " until 5 April 2016", "panel_of_experts", "un-press-sc11806;wikipedia-res2207",
         "Day from Wikipedia (pointer); the UN press release excerpt gives no day."),
    _res(2270, 2016, "2016-03-02", "nuclear test nt4 (2016-01-06) and launch ml-2016-02 (2016-02-07)",
         "Mandatory inspection of all DPRK cargo; wider arms embargo; asset freeze on government and party entities; closing of DPRK bank branches; sectoral bans on coal, iron and other minerals (with livelihood exception) and aviation fuel; more luxury goods; expulsion of diplomats in illicit activity; 16 individuals and 12 entities designated",
         "arms_embargo;cargo_inspection;asset_freeze;travel_ban;financial;coal_iron;luxury_goods",
         "state-blog-2016-03-02-res2270;un-sc-res2270-summary;proquest-aca-2016-04-res2270"),
    _res(2276, 2016, "2016-03-24", "panel mandate renewal", PANEL + " until 24 April 2017", "panel_of_experts",
         "ians-2016-03-24-res2276;heraldk-2016-03-25-res2276;owiki-1718-committee",
         "Press reports give the date and mandate but not the number; number from owiki pointer."),
    _res(2321, 2016, "2016-11-30", "nuclear test nt5 (2016-09-09)",
         "Caps DPRK coal exports at 400.9 million USD or 7.5 million t a year; bans copper, nickel, silver, zinc and statues; more luxury items; limits on diplomats' bank accounts",
         "coal_iron;financial;luxury_goods", "ecns-2016-12-01-res2321;japantimes-2016-12-01-res2321;unsanctionsapp-dprk-ep5",
         "Took nearly three months to negotiate (UN Secretary-General, via Xinhua)."),
    _res(2345, 2017, "2017", "panel mandate renewal", PANEL + " (end date not found in the sources consulted)", "panel_of_experts", "owiki-1718-committee;un-press-sc15648",
         "Number from owiki pointer (listed between 2276 and 2407); exact date not found, year from the number's place in the sequence. Vote: the US told the Council in 2024 that for 14 years it had renewed the Panel mandate unanimously (un-press-sc15648), which covers this renewal."),
    _res(2356, 2017, "2017-06-02", "launches since 2016-09-09",
         "Adds individuals and entities to the 1718 asset freeze and travel ban",
         "asset_freeze;travel_ban", "un-press-sc12853;kbs-2017-06-03-res2356",
         "KBS dates the adoption Saturday 3 June 2017 (Korea time); UN: 2 June (New York)."),
    _res(2371, 2017, "2017-08-05", "ICBM launches ml-2017-07-04 and ml-2017-07-28",
         "Bans DPRK exports of coal, iron, iron ore, seafood, lead and lead ore; freezes the number of DPRK workers abroad; bans new joint ventures; 9 individuals and 4 entities designated",
         "coal_iron;seafood;workers;joint_ventures;asset_freeze;travel_ban", "un-press-2017-08-05-res2371;asil-2017-08-05-res2371"),
    _res(2375, 2017, "2017-09-11", "nuclear test nt6 (2017-09-03)",
         "Bans condensates and natural gas liquids; caps refined petroleum at 500,000 barrels (Oct-Dec 2017) and 2 million barrels a year; caps crude at current levels; bans textile exports; no new work authorizations; bans joint ventures; high-seas inspections with flag-state consent",
         "oil_cap;textiles;workers;joint_ventures;cargo_inspection;asset_freeze;travel_ban",
         "thompsonhine-2017-09-res2375;asil-2017-09-11-res2375;un-sc-res2375-summary",
         "US draft and ASIL date the test 2 September (US time)."),
    _res(2397, 2017, "2017-12-22", "ICBM launch ml-2017-11-29",
         "Caps refined petroleum at 500,000 barrels a year and crude at 4 million barrels; repatriation of DPRK workers within 24 months; export bans on food, machinery and electrical equipment; maritime interdiction; commitment to cut oil further after another nuclear test or ICBM launch",
         "oil_cap;workers;cargo_inspection;asset_freeze;travel_ban",
         "usun-2017-12-22-res2397;asil-2017-12-22-res2397;mofa-kr-2017-12-23-res2397",
         "ROK MOFA: adopted 'December 23 (December 22, New York time)'."),
    _res(2407, 2018, "2018-03-21", "panel mandate renewal", PANEL + " until 24 April 2019", "panel_of_experts", "un-press-sc13256"),
    _res(2464, 2019, "2019-04-10", "panel mandate renewal", PANEL + " until 24 April 2020", "panel_of_experts", "gmw-2019-04-11-res2464;un-press-sc14150"),
    _res(2515, 2020, "2020-03-30", "panel mandate renewal", PANEL + " until 30 April 2021", "panel_of_experts", "un-press-sc14150",
         "Adopted by written procedure during the COVID-19 pandemic."),
    _res(2569, 2021, "2021-03-26", "panel mandate renewal", PANEL + " until 30 April 2022", "panel_of_experts", "xinhua-2021-03-26-res2569",
         "Adopted by written silence procedure."),
    _res(2627, 2022, "2022-03-25", "panel mandate renewal", PANEL + " until 30 April 2023", "panel_of_experts", "xinhua-2022-03-26-res2627"),
    ("draft-2022-05-26", "2022-05-26", "Draft resolution tabled by the United States", "false", 13, 2, 0, "no", "no",
     "ICBM launch ml-2022-03-24 and later launches",
     "Would have condemned the 24 March ICBM launch and strengthened sanctions (details not in the excerpt consulted)",
     "", "un-press-sc14911;dw-2022-05-27-veto;nippon-jiji-2022-05-27-veto",
     "First DPRK sanctions text blocked by veto since 2006. Draft document symbol not looked up. China and Russia called the sanctions 'inhumane' (UN)."),
    _res(2680, 2023, "2023", "panel mandate renewal", PANEL + " until 30 April 2024", "panel_of_experts", "un-press-sc15240",
         "Unanimous per UN press release; exact day not shown in the excerpt retrieved."),
    ("draft-2024-03-28", "2024-03-28", "Draft resolution tabled by the United States", "false", 13, 1, 1, "no", "abstain",
     "panel mandate renewal",
     "Would have extended the Panel of Experts mandate until 30 April 2025; the mandate was therefore not renewed",
     "panel_of_experts", "un-press-sc15648;us-statement-2024-russia-veto;menafn-2024-03-31-veto",
     "Russian veto, China abstained. Nebenzia: the panel's work had been 'reduced to playing along with Western approaches' (MENAFN)."),
]

# ---------------------------------------------------------------------------
# six_party_context.csv
# ---------------------------------------------------------------------------
CTX_H = ["context_id", "date", "title", "description", "actors", "source_ids", "note"]
CONTEXT = [
    ("ctx-2003-01-npt", "2003-01-10", "DPRK announces withdrawal from the NPT",
     "The DPRK government declares its withdrawal from the NPT and from its IAEA safeguards accord, while saying it has 'no intention to produce nuclear weapons'.",
     "DPRK;IAEA", "kcna-2003-01-10-npt;korea-net-2003-01-10-npt", ""),
    ("ctx-2003-04-trilateral", "2003-04-23", "China-DPRK-US talks in Beijing, without Russia",
     "Three-party talks hosted by China, 23-25 April 2003; heads James Kelly (US), Ri Gun (DPRK) and Fu Ying (China). Japan, South Korea and Russia were not present.",
     "CHN;DPRK;USA", "acronym-2003-04-trilateral;china-embassy-bg-2003-04-25-trilateral;donga-2003-04-25-trilateral;china-org-2003-04-ivanov",
     "Ended 25 April. Russian FM Ivanov said Russia would join 'if the sides deem Russia's participation necessary' (china-org-2003-04-ivanov)."),
    ("ctx-2003-05-losyukov", "2003-05-07", "Losyukov: 'the less participants in the initial phase, the better'",
     "Russian Deputy FM Losyukov tells Interfax Russia favours the small Beijing format for now but expects later stages to be wider.",
     "RUS", "people-2003-05-08-losyukov", "Date is the day of the Interfax quote (People's Daily, 8 May: 'on Wednesday')."),
    ("ctx-2003-06-losyukov", "2003-06-11", "Losyukov: no DPRK issue can be solved without Russia",
     "'None of the issues involving the DPRK can be resolved without consideration of Russia's interests and its participation,' Losyukov says in Moscow.",
     "RUS", "people-2003-06-12-losyukov", "A shift from the May position."),
    ("ctx-2003-07-21-losyukov", "2003-07-21", "Losyukov in Seoul: talks first, Russia's seat second",
     "Visiting Seoul, Losyukov says talks must open soon 'regardless of Russia's participation', while Moscow's spokesman says Russian participation would be 'logical' if the format is widened.",
     "RUS;ROK", "zeenews-2003-07-21-losyukov", ""),
    ("ctx-2004-11-09-relaunch", "2004-11-09", "Moscow presses for a fourth round",
     "Russia's foreign ministry calls the six-party format 'the most acceptable format' and urges China to set a date for the fourth round.",
     "RUS;CHN", "brecorder-2004-11-10-russia", "AFP adds that Russia 'has sought to emphasise its role as a major regional power' through the talks."),
    ("ctx-2003-07-31-format", "2003-07-31", "DPRK accepts a multilateral format",
     "North Korea drops its demand for direct talks with the US and agrees to a multilateral format, on condition (per AFP) that Russia is included.",
     "DPRK;RUS", "afp-2003-08-13-moscow", "The condition is AFP's reporting; not confirmed by a DPRK text in the sources consulted."),
    ("ctx-2003-08-13-moscow", "2003-08-13", "Moscow hosts separate DPRK and ROK consultations",
     "Losyukov meets North and South Korean deputy ministers separately in Moscow to prepare the Beijing talks: Russia's 'first direct involvement' (AFP).",
     "RUS;DPRK;ROK", "afp-2003-08-13-moscow", ""),
    ("ctx-2005-02-10-suspension", "2005-02-10", "DPRK suspends participation and says it has 'manufactured nukes'",
     "The DPRK Foreign Ministry suspends participation in the talks 'for an indefinite period' and says it has 'manufactured nukes for self-defence'.",
     "DPRK", "china-org-2005-02-10-suspension;bbc-2005-02-10-suspension", ""),
    ("ctx-2005-09-15-bda", "2005-09-15", "US Treasury designates Banco Delta Asia",
     "Treasury names the Macau bank a 'primary money laundering concern' under Section 311 of the USA PATRIOT Act; Macau authorities take over the bank and freeze 52 DPRK-related accounts.",
     "USA;DPRK", "treasury-js2720-bda;ncnk-bda-brief;fedreg-2005-09-20-bda",
     "The Federal Register notice makes the finding effective 20 September 2005."),
    ("ctx-2007-03-bda-release", "2007-03-19", "US agrees to release the frozen funds",
     "After Treasury's final rule against BDA (14 March 2007), the US agrees on 19 March to the transfer of the roughly 25 million USD frozen at BDA.",
     "USA;DPRK", "ielr-2007-05-01-bda;eastday-2007-03-23-r6s1-wu;scmp-2007-04-19-bda",
     "Amount: '25 million' (Xinhua, IELR, SCMP) vs 'over $23 million' (RIA Novosti, rian-2007-06-15-dalkombank). The Bank of China would not take the money (Losyukov, china-org-2007-03-22-r6s1-recess)."),
    ("ctx-2007-06-bda-transfer", "2007-06-25", "Frozen funds reach the DPRK via New York and Russia",
     "The BDA funds pass through the Federal Reserve Bank of New York and the Central Bank of Russia to the DPRK's account at Dalkombank (Far East Commercial Bank) in Khabarovsk, and on 25 June to the DPRK Foreign Trade Bank. Russia's finance ministry acted after a US Treasury letter guaranteeing no sanctions.",
     "USA;RUS;DPRK", "people-2007-06-25-transfer;xinhua-2007-06-23-transfer;rian-2007-06-18-kudrin;reuters-2007-06-21-kislyak;rian-2007-06-15-dalkombank;jpost-2007-06-transfer",
     "Russian MFA confirmed arrival on 23 June; the bank says it remitted on 25 June. Dalkombank had denied receiving any request on 15 June."),
    ("ctx-2007-03-16-neapsm", "2007-03-16", "First Northeast Asia Peace and Security Mechanism working group",
     "The working group chaired by Russia meets at the Russian embassy in Beijing under envoy Vladimir Rakhmanin.",
     "RUS;CHN;DPRK;ROK;USA;JPN", "csuchen-2007-03-16-neapsm;afp-2009-02-02-neapsm", ""),
    ("ctx-2007-07-shutdown", "2007-07", "IAEA confirms Yongbyon shutdown",
     "IAEA inspectors verify the shutdown of five facilities at Yongbyon and Taechon; the ROK delivers the first 50,000 t of heavy fuel oil.",
     "DPRK;IAEA;ROK", "aca-2007-09-shutdown", ""),
    ("ctx-2007-08-21-neapsm", "2007-08-21", "Peace and security working group meets in Moscow",
     "Two-day meeting in Moscow of the Northeast Asia Peace and Security Mechanism working group, chaired by Russia.",
     "RUS;CHN;DPRK;ROK;USA;JPN", "sputnik-fr-2007-08-21-neapsm", ""),
    ("ctx-2008-01-rus-hfo", "2008-01-21", "Russia delivers its first 50,000 t of fuel oil",
     "Losyukov says the delivery of 50,000 t will be completed on 20-21 January 2008; Rosneft confirms shipping 50,000 t.",
     "RUS;DPRK", "twocircles-ria-2008-01-12-rus-hfo;dailynk-2008-01-rosneft", "Completion date is the one Losyukov announced in advance."),
    ("ctx-2008-06-declaration", "2008-06", "DPRK hands over its declaration",
     "The DPRK hands over a declaration of its nuclear programmes and blows up the Yongbyon cooling tower; the US starts delisting it as a state sponsor of terrorism.",
     "DPRK;USA", "acronym-dd88-2008", ""),
    ("ctx-2008-10-11-delisting", "2008-10-11", "US removes DPRK from the terrorism list",
     "After a verification deal during Hill's visit to Pyongyang, the Bush administration drops the DPRK from the list of state sponsors of terrorism.",
     "USA;DPRK", "people-2008-12-delisting", ""),
    ("ctx-2009-02-19-neapsm", "2009-02-19", "Last peace and security working group meets in Moscow",
     "Working-level officials of the six parties meet in Moscow on 19-20 February 2009; Russia circulates a second draft of guiding principles for peace and security in Northeast Asia.",
     "RUS;CHN;DPRK;ROK;USA;JPN", "yonhap-2009-02-neapsm-moscow;afp-2009-02-02-neapsm", ""),
    ("ctx-2009-04-13-prst", "2009-04-13", "UNSC presidential statement on the rocket launch",
     "The Security Council unanimously condemns the 5 April launch as a contravention of resolution 1718 in a presidential statement, weaker than the resolution sought by Japan and the US and opposed by China and Russia.",
     "UNSC;DPRK;RUS;CHN", "kbs-2009-04-14-prst;sduniontribune-2009-04-14-prst", "13 April in New York, 14 April in Korea."),
    ("ctx-2009-04-14-walkout", "2009-04-14", "DPRK quits the six-party talks",
     "The DPRK Foreign Ministry says the talks are 'no longer necessary': 'We will never again participate in these talks and never be bound to any agreement of the six-party talks'; it will restart its nuclear facilities.",
     "DPRK", "yonhap-2009-04-14-walkout;guardian-2009-04-14-walkout", ""),
]


def main() -> None:
    write(HERE / "sources.csv", ["id", "title", "publisher", "date", "url", "kind", "notes"], SOURCES)
    write(DATA / "six_party_sessions.csv", SESSIONS_H, SESSIONS)
    write(DATA / "six_party_delegations.csv", DELEG_H, DELEGATIONS)
    write(DATA / "six_party_commitments.csv", COMMIT_H, COMMITMENTS)
    write(DATA / "dprk_nuclear_tests.csv", TESTS_H, TESTS)
    write(DATA / "dprk_missile_launches.csv", LAUNCH_H, LAUNCHES)
    write(DATA / "unsc_dprk_votes.csv", VOTES_H, VOTES)
    write(DATA / "six_party_context.csv", CTX_H, sorted(CONTEXT, key=lambda r: r[1]))
    for name, rows in [("sources", SOURCES), ("sessions", SESSIONS), ("delegations", DELEGATIONS),
                       ("commitments", COMMITMENTS), ("tests", TESTS), ("launches", LAUNCHES),
                       ("votes", VOTES), ("context", CONTEXT)]:
        print(f"{name}: {len(rows)} rows")


if __name__ == "__main__":
    main()

"""Lesson 0 — orientation: the exercises (one source of truth for answers, hints, feedback).

The notebook ``exercises/00_orientation.ipynb`` loads ``events`` and ``actors`` and then
asks these questions. Answers that come from the data are computed from it, so the key never
goes stale; name answers accept every alias listed in ``course_data/actors.csv``.
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from ..answers import (ChoiceAnswer, DateAnswer, FrameAnswer, FreeTextAnswer, MatchingAnswer, MultiChoiceAnswer,
                       NameAnswer, OrderingAnswer)
from ..checking import ExerciseSet, Misconception, Question
from ..data import load_table
from ..explorers.lesson00.data import aliases_of

SINCE_YEAR = 2014  # q4 counts the kinds of event from the Crimea annexation on


@lru_cache(maxsize=1)
def _events() -> pd.DataFrame:
    return load_table("events")


@lru_cache(maxsize=1)
def _actors() -> pd.DataFrame:
    return load_table("actors")


def kinds_since(events: pd.DataFrame, year: int = SINCE_YEAR) -> pd.Series:
    """The answer key of q4: events per category from ``year`` on."""
    recent = events[events["date"].dt.year >= year]
    return recent["category"].value_counts()


def _expected_q4() -> pd.Series:
    return kinds_since(_events())


# ------------------------------------------------------------------ q6: the six parties and their stakes
STAKE_OPTIONS = {
    "a": "A seat at the table, and rail and gas links to the South through the North",
    "b": "Security guarantees and an end to what it called US 'hostile policy'",
    "c": "Complete, verifiable and irreversible dismantling of the North's nuclear programme",
    "d": "A nuclear-free peninsula reached by dialogue, with peace and stability on its border",
    "e": "Denuclearisation plus a settlement of the abductions before normalising relations",
    "f": "Reconciliation with the North, helped by Russian gas, rail and Far East projects",
}
STAKE_PAIRS = {"Russia": "a", "North Korea": "b", "United States": "c", "China": "d", "Japan": "e",
               "South Korea": "f"}
_PARTY_IDS = {"Russia": "RUS", "North Korea": "DPRK", "United States": "USA", "China": "CHN", "Japan": "JPN",
              "South Korea": "ROK"}


def _party_aliases() -> dict[str, list[str]]:
    actors = _actors()
    return {name: aliases_of(actors, code) + [code] for name, code in _PARTY_IDS.items()}


def _stake_aliases() -> dict[str, list[str]]:
    return {key: [text] for key, text in STAKE_OPTIONS.items()}


SWAPPED_NEIGHBOURS = {**STAKE_PAIRS, "Russia": "d", "China": "a"}

# ------------------------------------------------------------------ q3: a chronology
CHRONOLOGY = ["Friendship treaty", "First Six-Party round", "Debt agreement signed", "Crimea annexation",
              "Nine Bridges speech", "Vostochny summit"]
CHRONOLOGY_ALIASES = {
    "Friendship treaty": ["treaty of friendship", "2000 treaty"],
    "First Six-Party round": ["first six party round", "six-party talks begin", "first round"],
    "Debt agreement signed": ["debt agreement", "debt deal", "debt write-off"],
    "Crimea annexation": ["crimea", "annexation of crimea"],
    "Nine Bridges speech": ["nine bridges", "eef speech"],
    "Vostochny summit": ["vostochny", "kim-putin at vostochny"],
}
DEBT_AFTER_CRIMEA = ["Friendship treaty", "First Six-Party round", "Crimea annexation", "Debt agreement signed",
                     "Nine Bridges speech", "Vostochny summit"]


def _debt_after_crimea(answer) -> bool:
    """Right but for the debt agreement, put after Crimea (at its ratification)."""
    order = list(answer)
    others = [item for item in order if item != "Debt agreement signed"]
    right = [item for item in CHRONOLOGY if item != "Debt agreement signed"]
    return others == right and order.index("Debt agreement signed") > order.index("Crimea annexation")


# ------------------------------------------------------------------ q5: what does the commentary claim?
CLAIM_OPTIONS = {
    "a": "Russia has gained influence by balancing between the two Koreas",
    "b": "Russia vetoed UN sanctions against North Korea",
    "c": "The Ukraine crisis drew Russia and North Korea closer",
    "d": "Russia alone set up the Six-Party Talks and invited the others",
    "e": "Economic links between South Korea and Russia could also benefit North Korea",
}

# ------------------------------------------------------------------ q7: when could the 1961 treaty end?
TREATY_RENEWAL = "1996-09-10"  # the renewal date Fritsche (1996) gives; notice was due a year before


def notice_deadline(renewal: str = TREATY_RENEWAL, notice_years: int = 1) -> pd.Timestamp:
    """The last day notice could be given for a treaty that renews itself unless denounced
    ``notice_years`` before ``renewal`` (the answer key of q7)."""
    return pd.Timestamp(renewal) - pd.DateOffset(years=notice_years)


# ------------------------------------------------------------------ q8: two reports of the Moscow Declaration
DECLARATION_OPTIONS = {
    "a": "In 2001 Russia joined North Korea in demanding the withdrawal of US troops from South Korea",
    "b": "In 2001 Russia recorded understanding for the North's demand without making it its own",
    "c": "The declaration did not mention US troops in South Korea",
}

# ------------------------------------------------------------------ q9: spot the errors in an essay
ESSAY = {
    "a": "After Boris Yeltsin's visit to Seoul in November 1993, Moscow tilted towards the South.",
    "b": "The United States and North Korea signed the Agreed Framework in Geneva on 21 October 1994.",
    "c": "Russia was a founding member of KEDO in 1995.",
    "d": "Russia took part in the Four-Party Talks that opened in Geneva in December 1997.",
    "e": "The mutual-assistance promise of the 1961 treaty stayed legally in force until the new treaty of "
         "February 2000.",
}
ESSAY_VERDICTS = {"a": "wrong", "b": "supported", "c": "wrong", "d": "wrong", "e": "contested"}

# ------------------------------------------------------------------------------ the notebook around the questions
# (scripts/build_exercises.py builds the exercise notebook from these and the questions below)
INTRO = """\
# Exercises for Lesson 0 — Orientation

Ten questions on the orientation lesson: a few facts to anchor the story, three questions on the
background of 1990–2002 that ask you to compute, compare two sources and find the errors in a claim,
and a short reflection.

## How the checks work

1. Run the set-up cell below once (it loads the data and prepares the checks).
2. For each question, replace the `____` in the answer cell with your answer and run that cell.
3. Run the check cell under it: `q1.check()` tells you *Correct*, *Partly correct*, *Not right yet*,
   *Not attempted yet* or *Could not check*, always in words.
4. Stuck? Remove the `#` in front of `q1.hint()` and run it; a more specific hint unlocks after your next
   attempt. After a first try, `q1.solution()` shows a worked answer.
5. `progress()` at the end shows your status for this lesson and the whole course.

You may use the tables `events` and `actors` (the same as in the lesson) to find or compute answers.
"""

SETUP = """\
import pandas as pd
from korea_course import load_table
from korea_course.exercises.lesson00 import exercises

events = load_table("events")
actors = load_table("actors")
exercises.setup(globals())
"""

SECTIONS = {  # Markdown placed before a question
    "q1": "## Questions",
    "q7": "## Before the talks: 1990–2002",
    "q10": "## Your judgement",
}

exercises = ExerciseSet("00", "Orientation: Russia between Pyongyang and Seoul", intro=INTRO, setup_code=SETUP,
                        sections=SECTIONS, questions=[
    Question(
        "q1", "The first visit", var="first_visit",
        kind=DateAnswer("2000-07-19"),
        prompt="On what date did Vladimir Putin arrive in Pyongyang on the first visit ever made by a Russian "
               "or Soviet leader to North Korea?"
               "\n\n"
               'Write the date in quotes, e.g. `"2005-09-19"` or `"19 September 2005"`; a date taken from '
               "the `events` table works too.",
        skill="recall",
        hints=[
            "Level 1: it happened in Putin's first year as president, on his way to a G8 summit in Japan.",
            "Level 2: filter the timeline: `events[events['category'] == 'summit'].head()` and look for Pyongyang.",
            "Level 3: it is the row `2000-putin-visits-pyongyang`; write its `date` as a string such as \"YYYY-MM-DD\".",
        ],
        solution="first_visit = events.loc[events['event_id'] == '2000-putin-visits-pyongyang', 'date'].iloc[0]",
        explanation="Putin arrived on 19 July 2000 for a two-day visit and signed a joint declaration with "
                    "Kim Jong-il (People's Daily, 20 July 2000; ABC News, 19 July 2000).",
        misconceptions=[
            Misconception("2000-02-09", "That is the date of the friendship treaty, which Foreign Minister "
                          "Ivanov signed in Pyongyang — Putin himself came later that year."),
            Misconception("2000-06-19", "Right year, wrong month: one Russian embassy page gives that month, but "
                          "every report written at the time puts the visit later. Check the note of the row."),
        ]),
    Question(
        "q2", "Who walked out?", var="walked_out",
        kind=NameAnswer("North Korea", aliases=aliases_of(_actors(), "DPRK") + ["DPRK"]),
        prompt="Which of the six parties said in April 2009 that it would 'never again' take part in the "
               "Six-Party Talks? Any common name of the country counts."
               "\n\n"
               'Write the name in quotes, e.g. `"Japan"`.',
        skill="recall",
        hints=[
            "Level 1: the statement answered a UN Security Council statement about a rocket launch.",
            "Level 2: look at the row `2009-dprk-quits-six-party-talks` — its `actors` column lists the party first.",
            "Level 3: it is the party whose nuclear programme the talks were about — the one the Council's statement "
            "had just criticised.",
        ],
        solution='walked_out = "North Korea"',
        explanation="On 14 April 2009 North Korea's foreign ministry said it would 'never again' take part "
                    "(Yonhap, 14 April 2009). The checker also accepts DPRK, Democratic People's Republic of "
                    "Korea and the other names in actors.csv.",
        misconceptions=[
            Misconception("Russia", "Russia stayed in the talks and expressed regret at the walkout (BBC, "
                          "14 April 2009). Which party had just been criticised by the Council?"),
            Misconception("South Korea", "The South stayed in the talks. Think of the party the Council's "
                          "statement was about."),
        ]),
    Question(
        "q3", "Put six events in order", var="chronology",
        kind=OrderingAnswer(CHRONOLOGY, aliases=CHRONOLOGY_ALIASES),
        prompt="Put these in chronological order, earliest first: " + ", ".join(sorted(CHRONOLOGY)) + "."
               "\n\n"
               'Answer with a Python list of the six names, as written in the question, e.g. `["Friendship treaty", ...]`.',
        skill="lookup",
        hints=[
            "Level 1: two of them are in Putin's first years; one is in 2023.",
            "Level 2: the debt agreement was signed in Moscow before it was ratified — the commentary gives "
            "only the ratification. Use the `date` column of `events`.",
            "Level 3: find each event's row in `events` (search the `title` column with `str.contains`) and "
            "compare the dates — for the debt agreement, the day it was signed, not ratified.",
        ],
        solution='chronology = ["Friendship treaty", "First Six-Party round", "Debt agreement signed", '
                 '"Crimea annexation", "Nine Bridges speech", "Vostochny summit"]',
        explanation="Treaty (Feb 2000), first round of the talks (Aug 2003), debt agreement signed (Sep 2012), "
                    "Crimea (Mar 2014), Nine Bridges (Sep 2017), Vostochny (Sep 2023). The debt deal was "
                    "only ratified in May 2014, which is the date the CGTN commentary gives.",
        misconceptions=[
            Misconception(DEBT_AFTER_CRIMEA, "You put the debt agreement after Crimea — perhaps following "
                          "the commentary's 'finally settled in May 2014'. When was the agreement signed, as "
                          "opposed to ratified?", matches=_debt_after_crimea),
        ]),
    Question(
        "q4", "Kinds of event since 2014 (pandas)", var="per_kind",
        kind=FrameAnswer(_expected_q4),
        prompt="Using `events`, count how many events of each `category` happened from 2014 on (2014 "
               "included). Your answer is a pandas Series: category → number of events."
               "\n\n"
               "Write your pandas code in the answer cell; the last line should assign the Series to `per_kind`.",
        skill="compute",
        hints=[
            "Level 1: first keep the rows whose year is 2014 or later, then count the categories.",
            "Level 2: `events['date'].dt.year >= 2014` gives a True/False mask; use it inside `events[...]`.",
            "Level 3: keep the rows the mask selects in a new table, then count how often each value of its "
            "`category` column appears — pandas has one method that does exactly that.",
        ],
        solution="recent = events[events['date'].dt.year >= 2014]\nper_kind = recent['category'].value_counts()",
        explanation="From 2014 on, UN Security Council actions and summits are the most frequent kinds, followed "
                    "by DPRK tests and treaties and military moves: a decade of sanctions diplomacy that ends "
                    "in a Russia–DPRK alliance.",
        misconceptions=[
            Misconception(None, "These counts cover the whole timeline since 2000. Keep only the rows from "
                          "2014 on before counting.",
                          code="per_kind = events['category'].value_counts()",
                          matches=lambda s: int(s.sum()) == len(_events())),
            Misconception(None, "Your numbers add up to 1: those are shares, not counts. Drop `normalize=True`.",
                          code="recent = events[events['date'].dt.year >= 2014]\n"
                               "per_kind = recent['category'].value_counts(normalize=True)",
                          matches=lambda s: abs(float(s.sum()) - 1.0) < 1e-9),
        ]),
    Question(
        "q5", "What does the commentary claim?", var="claims",
        kind=MultiChoiceAnswer(CLAIM_OPTIONS, ["a", "c", "e"]),
        prompt="Which of these does the CGTN commentary (c. 2018) actually claim? Choose all that apply: "
               + "; ".join(f"{k}) {v}" for k, v in CLAIM_OPTIONS.items()) + "."
               "\n\n"
               'Answer with a list of letters, e.g. `["a", "b"]`.',
        skill="recall",
        hints=[
            "Level 1: there are three. Re-read the summary of the commentary in the lesson.",
            "Level 2: the commentary was written around 2018. What does it say Russia did about the UN sanctions, "
            "and what does it call Russia's role in the talks?",
            "Level 3: it says Russia 'supported' the sanctions and was a 'founding member' of the talks — "
            "neither 'vetoed' nor 'alone set up'.",
        ],
        solution='claims = ["a", "c", "e"]',
        explanation="The commentary argues that Russia balances between the Koreas (a), that the Ukraine crisis "
                    "pushed Moscow and Pyongyang together (c), and that Moon's economic links could also help "
                    "the North (e). It says Russia supported the sanctions; the vetoes came in 2022 and 2024.",
        misconceptions=[
            Misconception(["a", "b", "c", "e"], "The commentary was written around 2018. The vetoes you may "
                          "be thinking of came years later; what does it say about the sanctions?",
                          matches=lambda answer: "b" in answer),
            Misconception(["a", "c", "d", "e"], "The commentary calls Russia a 'founding member', not the "
                          "organiser: China hosted the talks, and Russia joined after being left out of the "
                          "first, three-party meeting.", matches=lambda answer: "d" in answer and "b" not in answer),
        ]),
    Question(
        "q6", "Match each party to its stake", var="stakes",
        kind=MatchingAnswer(STAKE_PAIRS, left_aliases=_party_aliases(), right_aliases=_stake_aliases()),
        prompt="Match each of the six parties to what it wanted from the Korean question. Answer with a "
               "dictionary party → letter: " + "; ".join(f"{k}) {v}" for k, v in STAKE_OPTIONS.items()) + "."
               "\n\n"
               'Answer with a dictionary, e.g. `{"Russia": "a", ...}`; full party names or codes such as '
               '`"DPRK"` both work.',
        skill="lookup",
        hints=[
            "Level 1: start with the two you are surest of; the table of the six parties in the lesson shows every stake.",
            "Level 2: `actors.set_index('name').loc[['Russia', 'China', 'Japan'], 'stake']` shows three of them.",
            "Level 3: Japan's stake mentions abductions; the United States wanted 'complete, verifiable and "
            "irreversible' dismantling; China hosted the talks and wanted calm on its border.",
        ],
        solution='stakes = {"Russia": "a", "North Korea": "b", "United States": "c", "China": "d", '
                 '"Japan": "e", "South Korea": "f"}',
        explanation="Each stake is taken from the sources cited in actors.csv (for example the 2005 Joint "
                    "Statement, Japan's Pyongyang Declaration and Moon's Nine Bridges speech).",
        misconceptions=[
            Misconception(SWAPPED_NEIGHBOURS, "You swapped two of North Korea's big neighbours. Which of them "
                          "hosted the talks, and which wanted railways and pipelines across the peninsula?"),
        ]),
    Question(
        "q7", "When could the 1961 treaty end?", var="notice_by",
        kind=DateAnswer(notice_deadline()),
        prompt="The Soviet–North Korean treaty of 1961 renewed itself for five years at a time unless one side "
               "gave notice at least one year before a period ended. One of its renewal dates was "
               "10 September 1996 (Fritsche, 1996). What was the last day on which Moscow could give notice if the "
               "treaty was not to run on after that date?"
               "\n\n"
               "Then read the note of the row `1996-1961-treaty-renewal-date` in `events`: what could a Russian step "
               "'in 1995' have been, and when could the treaty have ended at the earliest?"
               "\n\n"
               'Write the date in quotes, e.g. `"2005-09-19"`, or compute it with pandas.',
        skill="compute",
        hints=[
            "Level 1: notice has to come *before* the renewal date. Which way do you move on the calendar from "
            "10 September 1996, and by how much?",
            "Level 2: go back exactly one year from the renewal date; in pandas, subtracting `pd.DateOffset(years=1)` "
            "from a `pd.Timestamp` does that.",
        ],
        solution='notice_by = pd.Timestamp("1996-09-10") - pd.DateOffset(years=1)',
        explanation="Notice was due by 10 September 1995; given in time, it let the treaty end on 10 September 1996 "
                    "— the year Yonhap and Meduza give for its end. So a Russian step 'in 1995' (Jamestown, 1998) "
                    "fits a notice of non-renewal, not the end of the treaty itself; without valid notice the treaty "
                    "would have run until 2001. Fritsche (1996) argues that Moscow sent a draft of a new treaty but "
                    "never formally denounced the old one, so even the notice is contested. The computation cannot "
                    "settle that dispute, but it shows which dates are possible at all.",
        misconceptions=[
            Misconception("1997-09-10", "You moved forward a year. Notice has to be given *before* the renewal "
                          "date: go back from 10 September 1996."),
            Misconception("1996-09-10", "That is the renewal date itself — the day the treaty could end. Notice "
                          "had to reach the other side a full year earlier."),
            Misconception("2001-09-10", "That is when the treaty would have ended if nobody gave notice: one more "
                          "five-year period. The question asks for the notice deadline before the 1996 renewal."),
        ]),
    Question(
        "q8", "'Understanding' or endorsement?", var="declaration_reading",
        kind=ChoiceAnswer(DECLARATION_OPTIONS, "b"),
        prompt="Two reports of the Moscow Declaration of 4 August 2001 describe the same passage:"
               "\n\n"
               "- The Dong-A Ilbo (Seoul, 6 August 2001), headline: \"NK-Russia, 'U.S. Army in Korea Must Withdraw'\". "
               "Its text: the North pointed out in the declaration that the withdrawal of the US Army was an urgent "
               "issue for peace and security in Northeast Asia, \"and the Russian side expressed its understanding\"."
               "\n"
               "- RFE/RL (4 August 2001): the declaration \"stated Russia's 'understanding' of North Korean demands "
               "for an end to the U.S. military presence in South Korea\"."
               "\n\n"
               "Which statement do the two reports support best? "
               + "; ".join(f"{k}) {v}" for k, v in DECLARATION_OPTIONS.items()) + "."
               "\n\n"
               'Answer with one letter in quotes, e.g. `"a"`.',
        skill="compare sources",
        hints=[
            "Level 1: in each report's text, *who* makes the demand, and which word describes Russia's reaction? "
            "Does the headline say the same as the text under it?",
            "Level 2: 'understanding' is a diplomatic word for acknowledging a partner's view. Would a state that "
            "shared the demand need to say it 'understands' it?",
        ],
        solution='declaration_reading = "b"',
        explanation="The texts of both reports give the demand to the DPRK and only 'understanding' to Russia — "
                    "acknowledgment, not a joint demand. The Dong-A headline compresses that into 'NK-Russia', a "
                    "reminder to read past a headline to the text, and, where you can, to the document itself (the "
                    "DPRK's English text is in the GRIPS 'World and Japan' database). It was a gesture to Pyongyang "
                    "worded so as not to close the door to Seoul, where Putin had been six months earlier.",
        misconceptions=[
            Misconception("a", "That is what the Dong-A headline suggests — but read the text under it, and RFE/RL: "
                          "who points out that the troops must go, and what does the Russian side do?"),
            Misconception("c", "Both reports say the declaration dealt with US troops in the South; the question is "
                          "what Russia said about them."),
        ]),
    Question(
        "q9", "Spot the errors in an essay", var="verdicts",
        kind=MatchingAnswer(ESSAY_VERDICTS),
        prompt="A student essay on the 1990s makes five statements:"
               "\n\n"
               + "\n".join(f"- ({k}) {v}" for k, v in ESSAY.items()) +
               "\n\n"
               'Classify each as `"supported"`, `"wrong"` or `"contested"` (the sources disagree), using the `events` '
               "table and the notes of its rows."
               "\n\n"
               'Answer with a dictionary with one verdict per letter, e.g. `{"a": "…", "b": "…", "c": "…", "d": "…", '
               '"e": "…"}`.',
        skill="find the error",
        hints=[
            "Level 1: keep the events before 2000 — `events[events['date'].dt.year < 2000]` — and read the "
            "`actors` and `note` of the rows on Yeltsin's visit, the Agreed Framework, KEDO, the Four-Party Talks "
            "and the 1961 treaty.",
            "Level 2: for (a), compare the date in reports written that week with the one in a later article the "
            "row's note names. For (e), do the sources in the note of `1996-1961-treaty-renewal-date` agree?",
        ],
        solution='verdicts = {"a": "wrong", "b": "supported", "c": "wrong", "d": "wrong", "e": "contested"}',
        explanation="(a) Yeltsin was in Seoul on 18–20 November 1992 (The Moscow Times, Sun-Sentinel and Hankyung, "
                    "all written that week); November 1993 is a slip in a later Kommersant article. (b) matches the "
                    "text of the Agreed Framework. (c) and (d) contradict the actors of the KEDO and Four-Party rows: "
                    "Russia was in neither. (e) runs into a real disagreement — Jamestown puts a Russian step in 1995, "
                    "Yonhap and Meduza the end in 1996, while Fritsche (1996) says no formal denunciation was made — so "
                    "the honest verdict is 'contested'. Each error makes Russia look more central in the 1990s than it "
                    "was, which is why a seat at the table mattered so much in 2003.",
        misconceptions=[
            Misconception({**ESSAY_VERDICTS, "a": "supported"}, "One source, a later Kommersant article, does date "
                          "Yeltsin's visit to November 1993 — but the reports written that week give another date. "
                          "Prefer the evidence closest to the event, and look at the note of the row.",
                          matches=lambda answer: answer.get("a") == "supported"),
            Misconception({**ESSAY_VERDICTS, "c": "supported", "d": "supported"}, "Check the `actors` of the KEDO "
                          "and Four-Party rows: who founded KEDO, and who sat at the Four-Party table? Russia's absence "
                          "is the point of this part of the lesson.",
                          matches=lambda answer: "supported" in (answer.get("c"), answer.get("d"))),
            Misconception({**ESSAY_VERDICTS, "e": "wrong"}, "For (e), the sources disagree: one says Moscow never "
                          "formally denounced the treaty, others date its end to 1996. When careful sources conflict, "
                          "say so rather than pick a side.",
                          matches=lambda answer: answer.get("e") in ("wrong", "supported")),
        ]),
    Question(
        "q10", "Your first judgement", var="reflection",
        kind=FreeTextAnswer(min_words=40),
        prompt="In four or five sentences: does the timeline support the commentary's claim that Russia "
               "'balances' between the two Koreas? Name at least two events as evidence, and one thing the "
               "timeline cannot tell you."
               "\n\n"
               "Write your answer as a string in quotes (at least 40 words). It is recorded, not graded; "
               "compare it with the discussion in `q10.solution()`.",
        skill="reflect",
        hints=[
            "Level 1: use the balance explorer in the lesson — which years show dealings with both Koreas? And what "
            "did the 1990s look like?",
            "Level 2: a count of events is not a measure of influence; say what else you would want to know.",
        ],
        solution='reflection = ("Partly. In the 1990s Moscow dealt almost only with Seoul and was left out of the '
                 'talks on Korea; from 2000 it rebuilt ties with Pyongyang while keeping Seoul: Putin met Kim '
                 'Dae-jung in Seoul months after visiting Pyongyang, and in 2013 a Russian-rebuilt rail link to '
                 'Rajin opened (Russian Railways chief Vladimir Yakunin at the ceremony) two months before Putin '
                 'met Park Geun-hye in Seoul. After 2022 the balance tips: the 2024 treaty and the troops in Kursk '
                 'are with the North only. The timeline counts events, but it cannot show how much each '
                 'relationship mattered to Moscow, for example in trade or in votes at the UN.")',
        explanation="Points to discuss: the one-sided 1990s and the turn of 2000; both-sided years (2001, 2008, "
                    "2011, 2013, 2017) against one-sided years after 2022; what counting events hides (trade "
                    "volumes, secret talks, influence); and whether 'balance' means equal treatment or keeping both "
                    "doors open. Lesson 4 weighs the full record.",
    ),
])

__all__ = ["exercises", "kinds_since", "notice_deadline", "STAKE_OPTIONS", "STAKE_PAIRS", "CHRONOLOGY", "CLAIM_OPTIONS",
           "DECLARATION_OPTIONS", "ESSAY", "ESSAY_VERDICTS"]

"""Build notebooks/02_debt_settlement.ipynb and exercises/02_debt_settlement.ipynb (no outputs).

Run from the repository root:  .venv/bin/python research/L2/build_notebooks.py
The exercise notebook is generated from korea_course/exercises/lesson02.py (one source of truth).
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

META = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def md(text: str):
    return new_markdown_cell(text.strip("\n"))


def code(text: str, tags: list[str] | None = None):
    cell = new_code_cell(text.strip("\n"))
    if tags:
        cell.metadata["tags"] = tags
    return cell


LESSON_SOURCES = [
    "cgtn-2018-russia-role-korea-puzzle", "xinhua-2012-09-18-russia-writes-off-90pct", "piie-2012-debt-follies",
    "interfax-2011-08-24-storchak-debt-talks", "interfax-ru-2011-08-24-ulan-ude-debt", "csmonitor-2011-08-24-medvedev-kim",
    "moscowtimes-2011-09-14-izvestia-debt", "afp-2012-09-19-hurriyet", "reuters-2012-09-18-kcna-debt-deal",
    "reuters-2012-09-18-russia-wrote-off-90pct", "reuters-2012-09-18-globaldispatch", "moscowtimes-2014-02-19-duma-debt-bill",
    "nocutnews-2014-02-itar-tass-debt-bill", "reuters-2014-04-19-duma-writes-off", "sputnik-fr-2014-04-30-federation-council",
    "chinatopix-2014-05-06-putin-debt", "dailynk-2014-05-putin-signs-debt", "ria-2014-10-20-rouble-settlements",
    "nkeconwatch-2014-russia-forgives-dprk-debt", "piie-2014-slave-to-the-blog-financial",
    "jamestown-1997-11-chernomyrdin-vietnam", "tass-2016-01-27-mongolia", "railwaygazette-2013-09-rail-link-completed",
    "kbs-de-2013-09-khasan-rajin", "eastrussia-2014-11-first-cargo", "businesskorea-2014-11-northern-trade",
    "kbs-2014-11-29-first-coal-arrives", "koreaherald-2015-04-27-second-shipment", "upi-2015-11-16-third-shipment",
    "xinhua-2016-03-08-unilateral-sanctions", "koreatimes-2016-03-rajin-khasan-suspended",
    "yonhap-2014-05-22-kotra-trade-2013", "yonhap-2015-kotra-russia-trade-2014", "kbs-fr-2016-rfa-itc-trade-2015",
    "tass-2019-04-23-trade-2018", "moscowtimes-2014-07-09-cuba", "afp-2008-02-11-iraq-dawn",
    "gtreview-2005-syria", "ria-2005-06-06-syria-kudrin", "ria-2007-08-06-afghanistan", "bbc-2001-03-01-vietnam",
    "france24-2008-04-17-libya", "dw-2004-01-07-mongolia", "pri-2012-09-18-russia-forgives",
    "voiceofrussia-2014-07-11-cuba-law",
]


def lesson_notebook():
    cells = [
        md("""
# Lesson 2 — The debt settlement: what Moscow bought by forgiving 90 %

In one sentence the seed commentary of this course tells us that North Korea's Soviet-era debt to
Russia "was finally settled in May 2014, with Russia agreeing to write off 90 percent of the
11-billion-US-dollar debt" (CGTN, c. 2018). This lesson takes that sentence apart: where the debt came
from, what the deal actually says, what the numbers are worth, when things really happened, and what
Russia got in return.
"""),
        md("""
## Learning objectives

By the end of this lesson you will be able to:

- explain where the DPRK's Soviet-era debt came from and why it stayed unresolved for about twenty years;
- compute the remainder, one instalment and the present value of the 2012 settlement, and state the assumptions behind each number;
- explain why "11 billion dollars" of Soviet-era debt is a face value, not a market value;
- describe how the "debt for aid" mechanism is meant to work, and what the sources do *not* tell us about it;
- tell signing from ratification, and judge the claim that the debt "was finally settled in May 2014";
- weigh what Russia gained (the Rajin port and railway, access, leverage with both Koreas) against what stayed on paper, and compare the deal with Russia's other write-offs.
"""),
        md("""
## Guiding questions

1. Why would a creditor give up 90 % of what it is owed?
2. What were eleven billion "Soviet dollars" really worth?
3. When was the debt settled — and what does "settled" mean here?
4. What did Moscow get in return, and what did not happen?
"""),
        md("""
## Time and prerequisites

- **Time:** 45–60 minutes: about 35 minutes reading and running the cells, 10–25 minutes with the two
  explorers and the *Try it* prompts. The exercises (`exercises/02_debt_settlement.ipynb`) take another
  30–40 minutes.
- **Prerequisites:** Lesson 0 (how the course notebooks and data work) and basic pandas (selecting columns,
  filtering rows). You need percentages; present value is explained here from scratch. Lesson 1 (the
  Six-Party Talks) helps with the background but is not required.

Run the cells in order, from top to bottom (*Run › Run All Cells* is fine). Every figure has a text
description under it; every number in the prose comes from a source listed at the end.
"""),
        md("""
## Setting up

The lesson uses six tables of the course data. Each row carries `source_ids` that point into
`course_data/sources.csv`; where sources disagree, the tables keep one row per source.
"""),
        code("""
from korea_course import load_table, new_figure, show_figure
from korea_course.data import sources_table
from korea_course.explorers.lesson02 import (
    real_deal, totals_by_source, with_date_text, repayment_schedule, repayment_explorer, trade_explorer,
    draw_debt_path, describe_debt_path, draw_value_comparison, describe_value_comparison,
    draw_writeoffs, describe_writeoffs,
)

terms = load_table("debt_settlement_terms")
timeline = load_table("debt_timeline")
exchange = load_table("debt_exchange_rate")
khasan = load_table("khasan_rajin")
trade = load_table("russia_dprk_trade")
writeoffs = load_table("soviet_debt_writeoffs")
{name: len(table) for name, table in [("terms", terms), ("timeline", timeline), ("exchange", exchange),
                                      ("khasan", khasan), ("trade", trade), ("writeoffs", writeoffs)]}
"""),
        md("""
## 1. A debt owed to a country that no longer exists

The money was lent by the Soviet Union over several decades. When Russia's Finance Ministry announced
the settlement, Xinhua summed up the Russian side's account: the DPRK had owed the USSR about
11 billion dollars "since the 1950s", the Soviet Union had built some 70 plants and factories in the
North and supplied it with energy at subsidised prices (Xinhua, 18 September 2012). Economists at the
Peterson Institute add that North Korea stopped paying in 1990 and that the debt is "best thought of as
accumulated arrears": goods and projects the North received and did not pay for (PIIE, 2012).

Why did it take more than twenty years to settle? The sources point to three obstacles.

1. **Who is owed?** The lender, the USSR, disappeared in 1991. At the Ulan-Ude summit in August 2011
   Deputy Finance Minister Sergei Storchak said the first step was for Pyongyang to "recognize Russia as
   the successor to the USSR" (Interfax, 24 August 2011). AFP reported that talks had seemed deadlocked
   for exactly this reason (AFP, 19 September 2012).
2. **In what money?** The loans were in Soviet roubles, which could not be freely exchanged. Storchak:
   the sides had to agree "the methodology of re-calculating rubles, which can be an unusual currency
   sometimes" (Interfax, 24 August 2011). Section 4 shows why this matters so much.
3. **Could it ever be paid?** In 2011 a source close to the Finance Ministry told Izvestia that nothing
   could be recovered because the North "is insolvent", and that the debt was "obstructing efforts to
   establish economic ties" (The Moscow Times, 14 September 2011).

The third point is the key to the whole lesson: a debt that will never be paid is worth little on a
balance sheet, but it can still be a bargaining chip, or an obstacle.
"""),
        md("""
### Try it

The timeline table lists every dated step the sources give. Look at the `actors` column: which steps did
Russia and the DPRK take *together*, and which were taken by the Russian side alone?
"""),
        code("""
with_date_text(timeline)[["when", "step", "actors"]]
"""),
        md("""
## 2. From Ulan-Ude to the Kremlin: the dated path

On 24 August 2011 President Dmitry Medvedev met Kim Jong-il at a military garrison outside Ulan-Ude,
in Siberia. The headline results were about the nuclear talks and a gas pipeline to South Korea across
the North (Christian Science Monitor, 24 August 2011), but a source in the Russian delegation told
Interfax that the two leaders had also "worked out approaches" to the debt (Interfax, 24 August 2011).
Three weeks later Izvestia reported the formula that was eventually adopted: write off 90 %, invest the
rest in joint projects (The Moscow Times, 14 September 2011).

The figure places each step on a time axis. Red circles are things the two governments did together;
blue squares are steps on the Russian side only.
"""),
        code("""
fig = new_figure(10, 4.6)
draw_debt_path(fig, timeline)
show_figure(fig, describe_debt_path(timeline))
"""),
        md("""
The agreement itself was signed in Moscow on **17 September 2012**: the DPRK's news agency KCNA gave that
date, and Xinhua said "Monday", which is the same day (Reuters and Xinhua, 18 September 2012). The next
day the head of the Finance Ministry's debt department told Reuters that Russia had signed a deal "to
write off 90 percent" (Reuters, 18 September 2012). The debt was fixed at its value on that day.

What followed in 2014 was Russia's **ratification**: an international agreement that changes the state's
finances needs a federal law. The bill reached the State Duma in February 2014 (The Moscow Times,
19 February 2014), the Duma voted on Friday 18 April (Reuters, 19 April 2014), the Federation Council
approved it on Tuesday 29 April (Sputnik, 30 April 2014), and President Putin signed the law on Monday
5 May 2014 (China Topix, 6 May 2014; Daily NK, citing RIA Novosti).
"""),
        md("""
### Close reading: "finally settled in May 2014"?

Put the seed sentence next to the timeline.

- **What is right.** May 2014 is a real and important date: on 5 May the Russian side completed its
  ratification. For Russian law, that is when the write-off became final.
- **What is misleading.** Nothing was negotiated or signed *with Pyongyang* in May 2014. The deal, the
  90 %, and the amount were all fixed on 17 September 2012. Analysts following the story in early 2014
  wrote that back in 2012 they had already "considered the issue settled" (PIIE, 2014).
- **What "settled" hides.** The debt was not paid off: about 1.09 billion USD was still owed, to be repaid
  over twenty years (section 3). "Settled" here means *restructured*.

Garbling is easy. In October 2014 Xinhua, quoting ITAR-TASS, wrote that "Moscow and Pyongyang signed a
deal on May 5 about writing off all DPRK debts" (quoted by North Korean Economy Watch, 20 October 2014).
The exercises ask you to find what is wrong in that sentence.

*Try it:* rewrite the seed sentence in one accurate line of at most 30 words. Which dates do you need?
"""),
        md("""
## 3. The arithmetic of the deal

### How big was the debt? Four totals

Sources do not agree to the last digit. The table below lists every total in the course data (`total_bn` is in billions of USD). The
Duma's figure, as reported by Reuters, is 10.96 billion USD on 17 September 2012; RIA Novosti gives
10.94 billion for the same date; Korean reports of ITAR-TASS say "about 10.9 billion"; the round
"11 billion" comes from the 2012 announcements and is the one the seed commentary uses.
"""),
        code("""
totals_by_source(terms)
"""),
        md("""
The spread is less than 1 % — too small to change any argument in this lesson, but a good reason to say *which*
figure you use and where it comes from. We use the Duma's 10.96 billion as the reference value.

Now the terms. The course table gives each term with its sources; the numeric ones are collected by
`real_deal`:
"""),
        code("""
deal = real_deal(terms)
remainder = deal["total_usd"] * (1 - deal["share_written_off_percent"] / 100)
instalment = deal["stated_remainder_usd"] / deal["n_instalments"]
print(f"Written off: {deal['share_written_off_percent']:.0f} % of {deal['total_usd'] / 1e9:.2f} bn USD")
print(f"Remainder: {remainder / 1e9:.3f} bn USD (the sources say {deal['stated_remainder_usd'] / 1e9:.2f} bn)")
print(f"{deal['n_instalments']} instalments, {deal['per_year']} a year for {deal['years']} years: "
      f"{instalment / 1e6:.2f} million USD each")
"""),
        md("""
The remainder is 10 % of the total: about 1.1 billion USD. Reuters, RIA Novosti and Sputnik all give
1.09 billion — consistent with the 10.9x totals (10 % of RIA's 10.94 billion is 1.094 billion). RIA Novosti spells out the schedule:
repayment "in US dollars" over 20 years in "40 equal half-yearly parts" (RIA Novosti, 20 October 2014).
That is about 27 million USD every six months.

Keep the two amounts apart. Written off: roughly 9.9 billion. Still owed: roughly 1.09 billion. Press
reports mix them up surprisingly often, and "billion" and "million" just as often.
"""),
        md("""
### Present value: what a twenty-year promise is worth

A dollar paid in 2034 is worth less than a dollar today: you could invest today's dollar in the meantime,
and there is a risk the later one never arrives. **Discounting** turns future payments into today's
money. With an annual discount rate *r*, a payment made *t* years from now is worth
`payment / (1 + r) ** t` today. The sum of those values is the **present value** (PV).

Two assumptions are ours, not the sources': the first instalment is paid six months after the start,
and 5 % a year is a reasonable discount rate for a risky borrower. The sources do not say when the first
instalment was due, or whether any was paid. `repayment_schedule` does the calculation and returns the
whole schedule as a table:
"""),
        code("""
plan = repayment_schedule(deal["total_usd"], deal["share_written_off_percent"], deal["years"],
                          deal["per_year"], discount_rate_percent=5)
print(f"Nominal: {plan.nominal_usd / 1e9:.3f} bn USD; present value at 5 %: {plan.present_value_usd / 1e9:.3f} bn "
      f"({plan.pv_share:.0%} of nominal)")
plan.schedule.head(6)
"""),
        md("""
At 5 % a year the stream of payments is worth only about two-thirds of its face value today. The higher
the rate — the less you trust the borrower — the less the promise is worth.
"""),
        md("""
### The repayment calculator

The explorer below starts from the real deal. Change one term at a time: the blue line is what Russia
receives, in nominal dollars; the dashed orange line is the same payments in present value; the dotted
black line (ending in an ✕) stays on the real 2012 terms for comparison. The calculator starts from the
Duma's total, so its instalment is 27.4 million USD; from the rounded 1.09 billion you get 27.25 million.
Both are "about 27 million"; the difference is rounding, not a disagreement about the deal.
"""),
        code("""
repayment_explorer()
"""),
        md("""
### Try it

1. Set the discount rate to 0 %. What happens to the two lines, and why?
2. Russia gave Cuba similar terms in 2014: 90 % of 35.2 billion USD written off, the rest repaid over
   **10** years in half-yearly payments (The Moscow Times, 9 July 2014; Voice of Russia, 11 July 2014). Enter those terms. Which
   remainder is larger, Cuba's or North Korea's, and which is worth more in present value at 5 %?
3. Find a combination of share written off and years that gives Russia a present value of about
   0.5 billion USD. Is there more than one?
"""),
        md("""
## 4. What were eleven billion "Soviet dollars" really worth?

The debt was not lent in dollars. It was lent in Soviet roubles, and turned into dollars at an official
Soviet rate that had little to do with any market. The sources disagree slightly on that rate:
Storchak said the loans were granted "at 60 kopeks per U.S. dollar" (Interfax, 24 August 2011), ITAR-TASS
reported the total "calculated at 0.6 roubles per dollar" (via CBS NoCut News, February 2014), while the
Moscow Times, citing Kommersant, wrote 67 kopecks — "an amount currently worth $0.02" (The Moscow Times,
19 February 2014).

The same article gives the punchline: at the exchange rate at the time of the deal, the whole debt
"would have been worth about $238 million". That is an estimate, not an official figure, but it changes
how the deal looks. The Peterson Institute calls dollar valuations of this debt "really a fiction because
the ruble was not convertible" (PIIE, 2012).
"""),
        code("""
exchange[["item", "value", "unit", "note"]]
"""),
        code("""
fig = new_figure(10, 3.8)
draw_value_comparison(fig, terms, exchange)
show_figure(fig, describe_value_comparison(terms, exchange))
"""),
        md("""
Read the chart from top to bottom. At face value Russia "forgave" almost 10 billion USD. At market rates
the *whole* claim was worth about a quarter of a billion — less than the 1.09 billion Russia asked to be
repaid. On this reading the write-off cost Moscow little, and the remainder may even be more than the
debt was worth. This is an interpretation of an estimate: say so when you use it.

North Korea was not the first debtor to make the point. In 1997 Vietnam argued that because the rouble
had been "artificially pegged to the dollar", its Soviet debt was worth a small fraction of the 10 billion
plus that Moscow claimed (Jamestown Foundation, November 1997). And when Russia settled Mongolia's last
Soviet-era claim in 2010–2016, 163.7 million convertible roubles were paid off with a lump sum of
3.8 million USD (TASS, 27 January 2016).

*A note on "transferable roubles":* the accounting unit of trade inside the Soviet bloc. It is often
mentioned in this context, but the sources used here describe the DPRK's loans only as "Soviet rubles",
so this course does not claim a denomination the sources do not give.
"""),
        md("""
### Try it

Use the `exchange` table to compute the market-rate estimate as a share of the 11 billion face value. Then
compute how many US dollars 11 billion USD "at 67 kopecks" represent in roubles. Which of your numbers are
sourced, and which are your own arithmetic?
"""),
        md("""
## 5. "Debt for aid": where the money is meant to go

The remainder does not travel to Moscow. According to ITAR-TASS, the DPRK pays into an account of
Vnesheconombank — Russia's state development bank — opened at North Korea's Foreign Trade Bank, and
Russia re-invests the money inside the North in health, education and energy projects (CBS NoCut News,
February 2014; Reuters, 19 April 2014). Xinhua called it a "debt for assistance" exchange (Xinhua,
18 September 2012).

Who decides what the money pays for? In 2012 the Finance Ministry's debt chief said only: "It will be
decided later by the parties" (Reuters via PRI, 18 September 2012). In 2014 Storchak suggested it could
help fund a gas pipeline and a railway to South Korea across the North (Reuters, 19 April 2014).
"""),
        code("""
terms.loc[terms["unit"] == "text", ["term", "value", "source_ids"]]
"""),
        md("""
Why would a creditor design a repayment this way? Three readings, each an interpretation:

- **A fund inside the DPRK.** Money that must be spent in the North on projects both sides agree is money
  that Russian firms and Russian-backed projects can draw on — a standing channel into a closed economy.
- **Removing an obstacle.** A Russian Korea specialist said at the time that the settlement "removes the
  obstacles for cooperation. Now credits can be granted" (Reuters via The Global Dispatch,
  18 September 2012).
- **A template.** The Cuba deal of 2014 used the same design: payments into a Vnesheconombank account at
  Cuba's national bank, to finance projects on the island (The Moscow Times, 9 July 2014).

What the sources **do not** show: the research for this course found no report of specific projects
paid for from the account, nor of instalments actually made. Claims that "debt for aid" built this or
that should be treated as unproven unless a source is given.
"""),
        md("""
## 6. What the deal bought Russia

### Rajin: a railway and a port

The most concrete Russian project in the North predates the signing but depended on the relationship it
improved. The 54-kilometre line from Khasan, on the Russian border, to the port of Rajin was rebuilt by
RasonKonTrans, a joint venture of a Russian Railways subsidiary (70 %) and the Port of Rason (30 %), which
in 2009 leased the line for 49 years (Railway Gazette, September 2013). The completion ceremony took place
on 22 September 2013; KBS put the cost at about 400 million USD, borne by Russia "according to reports"
(KBS, September 2013). A rebuilt pier at Rajin opened in July 2014 (EastRussia, November 2014). When the
debt bill reached the Duma, the Moscow Times mentioned the new rail link in the same article.
"""),
        code("""
with_date_text(khasan.loc[khasan["date"].notna()].sort_values("date"))[["when", "item", "value", "unit"]]
"""),
        md("""
### South Korea joins — and leaves

Rajin mattered beyond North Korea. After a Park–Putin summit in Seoul in November 2013, a South Korean
consortium — the steelmaker POSCO, the shipper Hyundai Merchant Marine and the railway Korail — tested the
route: Siberian coal by rail to Rajin, then by ship to South Korea. The first 40,500 tonnes left Rajin on
27 November 2014 and reached Pohang two days later (BusinessKorea, November 2014; KBS, 29 November 2014);
a second, larger trial followed in April–May 2015 and a third in November 2015 (Korea Herald,
27 April 2015; UPI, 16 November 2015). Because South Korean firms invested through Russia's share, Seoul
treated the project as outside its own sanctions on the North (KBS, 29 November 2014).

Then the North conducted a nuclear test on 6 January 2016 and a long-range rocket launch on 7 February
(The Korea Times, March 2016). On
8 March 2016 Seoul's unilateral sanctions barred ships that had visited North Korea within 180 days, and
the project was suspended (Xinhua, 8 March 2016). Russia called the decision "regrettable" (The Korea
Times, March 2016).

### Trade: the promise and the numbers

In October 2014 Russia's Far East Development Ministry spoke of an "ambitious goal" of 1 billion USD of
trade a year by 2020 (ITAR-TASS, quoted by North Korean Economy Watch, 20 October 2014). The trade table
shows how far reality stayed from that: about 100 million USD at best, and far less after the UN sanctions
of 2016–2017, which a Kremlin aide named as the main reason for the fall (TASS, 23 April 2019). The figures also show how
much sources differ: for 2014 South Korea's KOTRA has Russian exports of 82.17 million USD, the ITC Trade
Map 71.77 million. Years without a source are simply missing — they are not zero.
"""),
        code("""
trade_explorer()
"""),
        md("""
### Try it

1. Switch the measure to *Russian exports to the DPRK*. In which year do two kinds of source disagree, and
   by how much?
2. Untick *Mark Khasan–Rajin milestones* and narrow the years to 2013–2016. Is there any visible effect of
   the railway on total trade? What would you need to know before answering?
3. How many times does the remainder still owed (1.09 billion USD) exceed the 2014 trade?

### Leverage with both Koreas

Put sections 5 and 6 together and a pattern appears — again an interpretation, which the seed commentary
shares when it describes Russia "balancing" the two Koreas. By cancelling a claim it could not collect,
Moscow turned an irritant into goodwill in Pyongyang, and kept a fund inside the North. The rail link and
port gave it a physical foothold on the peninsula. And the trilateral projects — coal through Rajin, the
long-discussed gas pipeline and railway to the South — made Russia the intermediary Seoul needed to do
business in the North at all. The limits are just as clear: the pipeline was never built, the trade
target was missed by a factor of ten, and when Seoul chose sanctions in 2016 the trilateral route closed.
"""),
        md("""
## 7. Not the only one: Russia's other write-offs

North Korea's settlement was one of a series. The table `soviet_debt_writeoffs` collects the larger ones
the sources document; where a source gives no figure the cell is empty.
"""),
        code("""
fig = new_figure(10, 4.4)
draw_writeoffs(fig, writeoffs)
show_figure(fig, describe_writeoffs(writeoffs))
"""),
        md("""
A few patterns stand out.

- **Shares vary.** Iraq had 93 % written off in 2008 (AFP, February 2008), Syria 73 % in 2005 (Global
  Trade Review, 2005), Mongolia 98 % in 2003 (Deutsche Welle, January 2004), Vietnam 85 % in 2000 (BBC,
  1 March 2001). 90 % is common, not automatic.
- **Something is usually kept or traded.** Libya's 4.5 billion was cancelled in exchange for Russian
  contracts, including a railway (France 24, 17 April 2008); Cuba, like North Korea, repays a remainder
  into a Vnesheconombank account (The Moscow Times, 9 July 2014).
- **The old debt was an obstacle.** Finance Minister Kudrin said of Syria's debt that it "had long been a
  bad burden on our relations" (RIA Novosti, 6 June 2005) — the same argument made about North Korea.
- **Sources disagree here too.** Cuba's debt is 35.2 billion in the 2014 ratification reports but
  32 billion in late-2013 reports; Syria's total ranges from 13.4 to over 14.5 billion.

*Try it:* `writeoffs[writeoffs["share_written_off_percent"] >= 90]` — which countries got 90 % or more?
Which rows have no share at all, and why might that be?
"""),
        code("""
writeoffs.assign(debt_bn=writeoffs["debt_usd"] / 1e9, written_off_bn=writeoffs["amount_written_off_usd"] / 1e9)[
    ["country", "year", "debt_bn", "share_written_off_percent", "written_off_bn", "note"]]
"""),
        md("""
## Key points

- The DPRK's debt was Soviet lending and unpaid deliveries, frozen since 1990 by three problems: who the
  creditor was, what the roubles were worth, and the North's inability to pay.
- The agreement was **signed on 17 September 2012**; Russia **ratified** it in 2014 (Duma 18 April,
  Federation Council 29 April, law signed 5 May). "Finally settled in May 2014" is half right: it names
  the end of Russian ratification, not the deal.
- Arithmetic: total about 10.9–11 billion USD (sources differ slightly); 90 % written off; about
  1.09 billion USD to be repaid in 40 half-yearly instalments of about 27 million over 20 years. At 5 % a
  year that stream is worth roughly two-thirds of its face value.
- The 11 billion is a face value at a Soviet exchange rate; at market rates the whole debt was estimated at
  about 0.24 billion USD — so the "generous" write-off cost Russia far less than it seems.
- "Debt for aid" keeps the remainder inside the DPRK for projects both sides agree on; the sources
  consulted report no specific project funded from it.
- The gains were real but limited: the Khasan–Rajin link and trilateral coal trials (2014–2015) until
  Seoul's suspension in March 2016; trade never came near the 1 billion USD target.
"""),
        md("""
## What comes next

- Practise with `exercises/02_debt_settlement.ipynb`: the remainder, an instalment, present value, a
  dated claim to correct, the path from talks to law, other countries' write-offs, and a reflection on
  generosity versus strategy.
- **Lesson 3 — The Nine Bridges** turns to South Korea: Moon Jae-in's "new northern policy" and the gas,
  rail and port links that the Rajin project was meant to foreshadow.
"""),
        md("""
## Sources

Every source cited in this lesson, as stored in `course_data/sources.csv` (publisher, title, date and the
address of the copy that was consulted). The research notes, with short quotations and every disagreement
between sources, are in `research/L2/fact_sheet.md`.
"""),
        code("sources_table([\n" + "".join(f"    \"{s}\",\n" for s in LESSON_SOURCES) + "])"),
    ]
    return new_notebook(cells=cells, metadata=META)


def exercise_notebook():
    from korea_course.exercises.lesson02 import exercises

    cells = [
        md("""
# Lesson 2 exercises — The debt settlement

These exercises go with `notebooks/02_debt_settlement.ipynb`. Each question has three parts:

1. a short task;
2. an **answer cell** that reads `name = ____`: replace the `____` with your answer and run the cell;
3. a **check cell**: run `qN.check()` to get feedback. `qN.hint()` gives a hint (the next level unlocks
   after you try an answer), `qN.solution()` shows a worked answer.

Your progress is saved as you go; `progress()` at the end shows where you are. Run the setup cell first.
"""),
        md("""
## Setting up
"""),
        code("""
from korea_course import load_table
from korea_course.explorers.lesson02 import repayment_schedule
from korea_course.exercises.lesson02 import exercises

exercises.setup(globals())
terms = load_table("debt_settlement_terms")
timeline = load_table("debt_timeline")
writeoffs = load_table("soviet_debt_writeoffs")
trade = load_table("russia_dprk_trade")
"""),
        md("""
## The questions

Use the tables loaded above (`terms`, `timeline`, `writeoffs`, `trade`) wherever they help: a scratch cell
is fine, as long as you put your final answer in the answer cell.
"""),
    ]
    for number, q in enumerate(exercises, start=1):
        cells.append(md(f"### Question {number} — {q.title}\n\n{q.prompt}"))
        cells.append(code(f"# Your answer for {q.id}:\n{q.var} = ____", tags=[f"answer-{q.id}"]))
        cells.append(code(f"{q.id}.check()\n# {q.id}.hint()\n# {q.id}.solution()"))
    cells.append(md("""
## Where you are
"""))
    cells.append(code("progress()"))
    return new_notebook(cells=cells, metadata=META)


def main() -> None:
    (ROOT / "notebooks").mkdir(exist_ok=True)
    (ROOT / "exercises").mkdir(exist_ok=True)
    nbformat.write(lesson_notebook(), str(ROOT / "notebooks" / "02_debt_settlement.ipynb"))
    nbformat.write(exercise_notebook(), str(ROOT / "exercises" / "02_debt_settlement.ipynb"))


if __name__ == "__main__":
    main()

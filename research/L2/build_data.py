"""Build the lesson-2 (debt settlement) tables from the research notes.

Every value below was read in a source returned by the project's `search`
tool; the URL is in research/L2/sources.csv. Values that are arithmetic done
by the course authors are NOT stored here (the lesson asks students to do
that arithmetic). Run:  python research/L2/build_data.py
"""
from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = ROOT / "course_data"


def write(path: Path, header: list[str], rows: list[list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        for r in rows:
            assert len(r) == len(header), (path.name, r)
            w.writerow(["" if v is None else v for v in r])


# ---------------------------------------------------------------- sources
SOURCES = [
    # id, title, publisher, date, url, kind, notes
    ["cgtn-2018-russia-role-korea-puzzle", "Russia's role in the Korea puzzle - from a Chinese perspective", "CGTN", "2018", "https://peoplesdaily.pdnews.cn/opinions/er/30001194927", "commentary", "Seed commentary of the course (copy in shared/seed); URL is the People's Daily app copy found by the search tool, original CGTN URL not found"],
    ["interfax-ru-2011-08-24-ulan-ude-debt", "Лидеры РФ и КНДР договорились, как решать вопрос о северокорейском долге России", "Interfax", "2011-08-24", "https://www.interfax.ru/amp/204853", "press", "Ulan-Ude summit; source in Russian delegation"],
    ["interfax-2011-08-24-storchak-debt-talks", "Talks over settlement of N. Korea's debt to USSR could resume - Storchak", "Interfax", "2011-08-24", "https://interfax.com/newsroom/top-stories/59369/", "press", "Storchak: loan granted in Soviet rubles at 60 kopeks per USD"],
    ["csmonitor-2011-08-24-medvedev-kim", "Russia's Medvedev eyes energy gains as he meets with North Korea's Kim Jong-il", "Christian Science Monitor", "2011-08-24", "http://www.csmonitor.com/World/Global-News/2011/0824/Russia-s-Medvedev-eyes-energy-gains-as-he-meets-with-North-Korea-s-Kim-Jong-il", "press", "Summit at Sosnovy Bor garrison near Ulan-Ude"],
    ["moscowtimes-2011-09-14-izvestia-debt", "Report: Russia to Forgive North Korea's $11Bln Debt", "The Moscow Times", "2011-09-14", "https://themoscowtimes.com/news/report-russia-to-forgive-north-koreas-11bln-debt-9532", "press", "Reports Izvestia; Finance Ministry did not confirm"],
    ["reuters-2012-09-18-russia-wrote-off-90pct", "Russia says wrote off 90 percent of North Korea's debt", "Reuters (reprinted by Townhall)", "2012-09-18", "http://townhall.com/news/world/2012/09/18/russia_says_wrote_off_90_percent_of_north_koreas_debt/print", "press", "Vyshkovsky, head of Finance Ministry debt department"],
    ["reuters-2012-09-18-kcna-debt-deal", "North Korea says signed debt deal with Russia", "Reuters (reposted on a blog)", "2012-09-18", "http://subedarruhit.blogspot.com/2012/09/north-korea-says-signed-debt-deal-with.html", "press", "Reuters text from Seoul quoting KCNA; signed in Moscow on 17 September; blog repost of news.yahoo.com copy"],
    ["reuters-2012-09-18-globaldispatch", "Russia agrees to write off North Korea's $11 billion debt", "The Global Dispatch (Reuters/Interfax text)", "2012-09-18", "https://www.theglobaldispatch.com/russia-agrees-to-write-off-north-koreas-11-billion-debt-33450/", "press", "Storchak to Interfax: Paris Club standard conditions, conversion at a discounted rate"],
    ["xinhua-2012-09-18-russia-writes-off-90pct", "Russia writes off 90 percent of DPRK's debt to Soviet Union", "Xinhua (People's Daily Online)", "2012-09-19", "http://en.people.cn/90777/7953193.html", "press", "Dateline Moscow Sept 18; agreement signed Monday (17 Sept)"],
    ["afp-2012-09-19-hurriyet", "Russia writes off $11 billion North Korean debt", "AFP (Hurriyet Daily News)", "2012-09-19", "https://www.hurriyetdailynews.com/russia-writes-off-11-billion-north-korean-debt-30428", "press", "Storchak visited Pyongyang in May 2012; debt discussed at Ulan-Ude 2011"],
    ["afp-2012-09-18-alalam-ar", "(Arabic) Russia writes off 90% of North Korean debt", "Al-Alam (AFP text)", "2012-09-18", "https://alalam.ir/news/1306014/rss", "press", "Arabic; says Storchak visited North Korea in June; remaining 10% = 1 bn USD"],
    ["pri-2012-09-18-russia-forgives", "Russia forgives North Korean debt, plans investment", "PRI / GlobalPost", "2012-09-18", "https://www.pri.org/stories/2012-09-18/russia-forgives-north-korean-debt-plans-investment", "press", "Quotes Vyshkovsky and Vorontsov"],
    ["piie-2012-debt-follies", "More Debt Follies: DPRK Debt to Russia", "Peterson Institute for International Economics (Haggard/Noland blog)", "2012", "https://www.piie.com/blogs/north-korea-witness-transformation/more-debt-follies-dprk-debt-russia", "analysis", "Payments suspended 1990; 11-14 bn valuations; quotes Toloraya on Vnesheconombank account"],
    ["piie-2014-slave-to-the-blog-financial", "Slave to the Blog (STTB): Financial Edition", "Peterson Institute for International Economics (blog)", "2014-02", "https://www.piie.com/blogs/north-korea-witness-transformation/slave-blog-sttb-financial-edition", "analysis", "'Back in 2012 we ... considered the issue settled'; date inferred from the Moscow Times story it discusses"],
    ["moscowtimes-2014-02-19-duma-debt-bill", "Russian Duma Receives $10Bln North Korean Debt-Forgiveness Bill", "The Moscow Times", "2014-02-19", "https://www.themoscowtimes.com/2014/02/19/russian-duma-receives-10bln-north-korean-debt-forgiveness-bill", "press", "Reports Kommersant; 67 kopecks per USD; about 238 million USD at market rate"],
    ["ajunews-2014-02-19-debt-bill", "(Korean) Russia submits DPRK debt agreement to Duma", "Aju Business Daily", "2014-02-19", "https://www5.ajunews.com/view/20140219070825880", "press", "Korean; cites ITAR-TASS; about 10.9 bn USD; VEB account at DPRK Foreign Trade Bank"],
    ["nocutnews-2014-02-itar-tass-debt-bill", "(Korean) Russia-DPRK debt agreement ratification bill submitted", "CBS NoCut News", "2014-02", "https://mapp.nocutnews.co.kr/news/amp/1187726", "press", "Korean; cites ITAR-TASS; about 10.9 bn USD calculated at 0.6 roubles per USD; 1.09 bn over 20 years"],
    ["moscowtimes-2014-03-19-duma-committee", "Duma Committee Urges Adoption of North Korean Debt Bill", "The Moscow Times", "2014-03-19", "https://www.themoscowtimes.com/2014/03/19/duma-committee-urges-adoption-of-north-korean-debt-bill", "press", "Budget and Taxes Committee recommendation; cites Interfax"],
    ["reuters-2014-04-19-duma-writes-off", "Russia writes off almost $10 billion North Korea's debt", "Reuters", "2014-04-19", "http://in.reuters.com/article/russia-northkorea-debt-idINL6N0NB04L20140419", "press", "Duma ratified on Friday (18 April 2014); 10.96 bn as of 17 Sept 2012; Vnesheconombank"],
    ["time-2014-04-reuters-debt", "Russia agrees deal to slash North Korean debt by 90%", "TIME (Reuters)", "2014-04", "https://time.com/69790/russia-agrees-deal-to-slash-north-korean-debt-by-90/", "press", "10.96 bn to 1.09 bn"],
    ["argumenti-2014-04-20-debt", "Россия списала долг Северной Кореи в 10 миллиардов долларов", "Argumenty Nedeli", "2014-04-20", "https://argumenti.ru/economics/2014/04/333306/amp", "press", "Russian; remainder 1.09 bn paid every half year over 20 years"],
    ["napi-2014-04-debt", "Tízmilliárd dolláros észak-koreai tartozást engedett el Oroszország", "Napi.hu", "2014-04", "http://www.napi.hu/nemzetkozi_gazdasag/tizmilliard_dollaros_eszak-koreai_tartozast_engedett_el_oroszorszag.580280.html", "press", "Hungarian; Reuters-based; 10.96 bn; Vnesheconombank"],
    ["diplomat-2014-04-23-eyeing-pipeline", "Eyeing Pipeline, Russia Forgives North Korean Debt", "The Diplomat (reposted by Progressive Gazette)", "2014-04-23", "http://www.progressivegazette.com/2014/04/eyeing-pipeline-russia-forgives-north.html", "analysis", "Zachary Keck; links 2012 agreement to 2011 Medvedev-Kim meeting"],
    ["sputnik-fr-2014-04-30-federation-council", "La Russie annulera 90% de la dette nord-coréenne", "Sputnik (French)", "2014-04-30", "https://fr.sputniknews.africa/20140430/201114772.html", "press", "Federation Council ratified 'mardi' (29 April 2014); 10.94 bn; 40 equal half-yearly tranches"],
    ["dailynk-2014-05-putin-signs-debt", "Putin Signs Off on Debt Write Off", "Daily NK", "2014-05", "https://www.dailynk.com/english/putin-signs-off-on-debt-write-off/", "press", "Cites RIA Novosti report of the 5th; account at 'Russian Development Bank' (Vnesheconombank)"],
    ["chinatopix-2014-05-06-putin-debt", "Russia Writes Off 90 Percent of North Korea's Soviet-era Debt", "China Topix", "2014-05-06", "http://www.chinatopix.com/articles/2143/20140506/russia-writes-offs-north-korea-debt.htm", "press", "Putin signed on Monday (5 May 2014)"],
    ["nkeconwatch-2014-russia-forgives-dprk-debt", "Russia forgives DPRK debt – transact in rubles (2006-present)", "North Korean Economy Watch", "2014-10-20", "https://www.nkeconwatch.com/2014/03/20/russia-to-forgive-dprk-debt/", "analysis", "Running post started 2014-03-20, update 10 dated 2014-10-20; quotes RIA Novosti and Xinhua/ITAR-TASS"],
    ["ria-2014-10-20-rouble-settlements", "Первые расчеты в рублях прошли между Россией и КНДР", "RIA Novosti", "2014-10-20", "http://ria.ru/economy/20141020/1029182641.html", "press", "Russian; 10.94 bn as of 17 Sept 2012; 1.09 bn in USD over 20 years in 40 equal half-yearly parts"],
    # Khasan-Rajin
    ["moscowtimes-2013-09-rail-link-completed", "Reconstruction of Russian Rail Link to N.Korea Completed", "The Moscow Times", "2013-09", "https://www.themoscowtimes.com/archive/reconstruction-of-russian-rail-link-to-nkorea-completed", "press", "54 km; reconstruction started 2009 (per spokesman)"],
    ["railwaygazette-2013-09-rail-link-completed", "North Korea rail link completed", "Railway Gazette International (Internet Archive copy)", "2013-09", "https://web.archive.org/web/20201022094821/http://www.railwaygazette.com/news/infrastructure/single-view/view/north-korea-rail-link-completed.html", "press", "Ceremony 22 Sept 2013; RasonKonTrans 70/30; 49-year lease; costs in roubles"],
    ["domainb-2013-10-16-rail-corridor", "Russia opens rail corridor to link Europe and East Asia", "domain-b.com", "2013-10-16", "https://domain-b.com/economy/world-economy/russia-opens-rail-corridor-to-link-europe-and-east-asia", "press", "Restates Railway Gazette facts"],
    ["kbs-de-2013-09-khasan-rajin", "(German) Bahnstrecke Chassan-Rajin fertig saniert", "KBS World Radio (German)", "2013-09", "http://rki.kbs.co.kr/service/news_vod_view.htm?Seq_Code=46537&lang=g&menu_cate=IK", "press", "JV founded July 2008; cost about 400 million USD 'according to reports'"],
    ["breakingtravelnews-2011-demo-train", "Russian Railways demonstration train makes run between Rajin and Khasan", "Breaking Travel News", "2011", "https://www.breakingtravelnews.com/news/article/russian-railways-demonstration-train-makes-run-between-rajin-and-khasan/", "press", "Undated in excerpt; capacity up to 5 million t of coal"],
    ["eastrussia-2014-11-first-cargo", "The first cargo on the branch Hasan-Rajin was sent to the Republic of Korea", "EastRussia", "2014-11", "https://en.eastrussia.ru/news/v_respubliku_koreya_otpravilsya_pervyy_gruz_po_vetke_khasan_radzhin/", "press", "Machine translation; berth 3 opened July 2014; reconstruction began Oct 2008"],
    ["xinhua-2014-11-24-test-transport", "S. Korea to test-transport Russian coal import via DPRK port", "Xinhua (China Daily USA)", "2014-11-24", "http://usa.chinadaily.com.cn/world/2014-11/24/content_18969445.htm", "press", "Cites Yonhap; 40,500 t; consortium POSCO/Hyundai Merchant Marine/Korail"],
    ["kbs-2014-11-24-test-run", "S. Korea Begins Test Run of Shipping Russian Coal via N. Korea", "KBS World", "2014-11-24", "http://world.kbs.co.kr/service/news_view.htm?Seq_Code=106878&lang=e", "press", "13 officials in Rajin; 40,000 t"],
    ["kbs-2014-11-29-first-coal-arrives", "First test-run coal shipment arrives in Pohang", "KBS World", "2014-11-29", "http://world.kbs.co.kr/service/news_view.htm?Seq_Code=107002&lang=e", "press", "Arrived Saturday; Chinese ship; POSCO"],
    ["businesskorea-2014-11-northern-trade", "Northern Trade", "BusinessKorea", "2014-11", "http://www.businesskorea.co.kr/news/articleView.html?idxno=7550", "press", "Left Rajin 27 Nov 9:30 p.m., arrived 29 Nov; consortium to buy half of Russia's stake"],
    ["koreaherald-2015-04-27-second-shipment", "Rajin port improves capacity for second Russian coal shipment", "The Korea Herald (Yonhap)", "2015-04-27", "http://www.koreaherald.com/view.php?ud=20150427001274", "press", "About 140,000 t between 16 April and 9 May 2015"],
    ["kbs-de-2015-04-24-dangjin", "(German) Zweiter Probetransport: Steinkohle in Dangjin eingetroffen", "KBS World Radio (German)", "2015-04-24", "http://world.kbs.co.kr/service/news_view.htm?Seq_Code=54686&lang=g", "press", "47,000 t arrived Dangjin"],
    ["upi-2015-11-16-third-shipment", "North Korea to connect Russian coal to South Korea-bound ships", "UPI", "2015-11-16", "https://www.upi.com/Top_News/World-News/2015/11/16/North-Korea-to-connect-Russian-coal-to-South-Korea-bound-ships/5281447728733/", "press", "Third and final trial shipment; team in Rajin 17-20 Nov 2015"],
    ["yonhap-2016-03-03-mulling", "S. Korea mulling over whether to pursue logistics project with N. Korea, Russia", "Yonhap", "2016-03-03", "https://en.yna.co.kr/view/AEN20160303006851315", "press", "Consultations suspended since 7 Feb 2016 launch"],
    ["xinhua-2016-03-08-unilateral-sanctions", "S. Korea unveils unilateral sanctions on DPRK", "Xinhua (ECNS)", "2016-03-08", "http://www.ecns.cn/2016/03-08/202045.shtml", "press", "180-day ship entry ban; project reportedly suspended"],
    ["koreatimes-2016-03-rajin-khasan-suspended", "Seoul suspends Rajin-Khasan project", "The Korea Times", "2016-03", "http://www.koreatimes.co.kr/www/news/nation/2016/03/485_199918.html", "press", "Three trial runs 2014-2015; Russia called the move regrettable"],
    ["hani-2016-03-09-death-knell", "New sanctions on North Korea sound a death knell for Rajin-Hasan economic project", "The Hankyoreh", "2016-03-09", "https://english.hani.co.kr/arti/english_edition/e_northkorea/734080", "analysis", "Measures announced 8 March 2016"],
    ["kbs-ru-2014-10-pobeda", "(Russian) Pobeda railway modernisation project", "KBS World Radio (Russian)", "2014-10", "http://world.kbs.co.kr/service/news_view.htm?Seq_Code=36639&lang=r", "press", "Started 21 Oct 2014; 25 bn USD; 3,500 km; 20 years; paid in coal and metals"],
    ["eastrussia-2014-10-pobeda", "North Korea confirmed the agreement on the projects of NGO Mostovik and JSC RusHydro", "EastRussia", "2014-10", "https://en.eastrussia.ru/news/kndr_podtverdila_dogovorennosti_po_proektam_npo_mostovik_i_oao_rusgidro/", "press", "Machine translation; Pobeda 25 bn USD, railways in exchange for mineral resources"],
    # trade
    ["yonhap-2012-09-22-kotra-h1-2012", "N. Korea-Russia trade surges in first half (KOTRA)", "Yonhap", "2012-09-22", "http://english.yonhapnews.co.kr/northkorea/2012/09/22/43/0401000000AEN20120922001100320F.HTML", "press", "Half-year figure only (38.8 million USD, Jan-Jun 2012)"],
    ["yonhap-2014-05-22-kotra-trade-2013", "N. Korea's overall trade volume grows to record high in 2013", "Yonhap", "2014-05-22", "http://english.yonhapnews.co.kr/northkorea/2014/05/21/16/0401000000AEN20140521003200320F.html", "press", "KOTRA; Russia trade 104 million USD in 2013, up 37.3 %"],
    ["yonhap-2015-kotra-russia-trade-2014", "N. Korea's exports to Russia up 32 pct in 2014 (KOTRA)", "Yonhap (reposted by US Asia Journal)", "2015", "http://usasiajournal.com/?p=35375", "press", "KOTRA; total 92.34, DPRK imports from Russia 82.17, exports 10.17 (million USD)"],
    ["kbs-fr-2016-rfa-itc-trade-2015", "(French) Les exportations nord-coréennes vers la Russie réduites de moitié", "KBS World Radio (French), citing Radio Free Asia and ITC", "2016", "http://world.kbs.co.kr/service/news_view.htm?Seq_Code=51716&lang=f", "press", "ITC Trade Map figures for 2014 and 2015"],
    ["rtvi-2022-10-trade-far-east", "Товарооборот с КНДР на Дальнем Востоке полностью прекратился", "RTVI", "2022-10", "https://rtvi.com/news/tovarooborot-s-kndr-na-dalnem-vostoke-polnostyu-prekratilsya/", "press", "Cites Forbes: trade 93 million USD in 2014"],
    ["ria-2018-06-14-trade-2017", "Экспорт российской продукции в КНДР сократился на 86% (RIA Novosti)", "RIA Novosti (via MFD.ru)", "2018-06-14", "https://mfd.ru/news/view/?id=2245420", "press", "Russian official briefing materials; 2017 trade 77.9, Russian exports 74.2 (million USD)"],
    ["tass-2019-04-23-trade-2018", "Russian-North Korean trade turnover drops by half in 2018 due to sanctions", "TASS", "2019-04-23", "https://tass.com/economy/1055196/amp", "press", "Presidential aide Ushakov: 34 million USD in 2018"],
    ["yonhap-2020-03-18-trade-2019", "N. Korea's trade with Russia jumps 40 pct despite sanctions: data", "Yonhap", "2020-03-18", "https://m-en.yna.co.kr/view/AEN20200318002000325", "press", "ITC data: 47.9 million USD in 2019"],
    ["tass-2021-02-19-trade-2020", "Trade turnover between Russia and North Korea reached $42.74 mln in 2020", "TASS", "2021-02-19", "https://tass.com/economy/1258635", "press", "KBS citing Russian customs data"],
    ["ria-2024-06-ushakov-trade-2023", "Ушаков рассказал, как вырос товарооборот между Россией и КНДР", "RIA Novosti (Dzen)", "2024-06", "https://dzen.ru/a/ZnBGnoNlOGbMdBWe", "press", "Ushakov: 2023 trade up ninefold to 34.4 million USD 'by our statistics'"],
    # write-offs
    ["moscowtimes-2014-07-09-cuba", "Russia Ratifies $35Bln Debt Write-Off for Cuba", "The Moscow Times", "2014-07-09", "https://www.themoscowtimes.com/2014/07/09/russia-ratifies-35bln-debt-write-off-for-cuba-a37170", "press", "35.2 bn; 90 %; repay 3.2 bn over 10 years; VEB account at National Bank of Cuba"],
    ["voiceofrussia-2014-07-11-cuba-law", "Putin writes off 90 percent of Cuba's debts to USSR", "Voice of Russia (Sputnik)", "2014-07-11", "https://sputniknews.com/voiceofrussia/news/2014_07_11/Putin-writes-off-90-percent-of-Cubas-debts-to-USSR-2434/", "press", "Remaining part about 3.5 bn in equal semi-annual payments"],
    ["garant-2014-07-10-cuba-law-203fz", "Федеральный закон от 10 июля 2014 г. N 203-ФЗ (Куба)", "Garant (legal database)", "2014-07-10", "http://base.garant.ru/70692820/", "primary", "Law text: agreement signed 25 Oct 2013; Duma 4 July, Federation Council 9 July 2014"],
    ["ria-2013-12-10-cuba-29bn", "Russia to Write Off $29Bln of Cuba's Soviet Debts - Report", "RIA Novosti (Sputnik)", "2013-12-10", "https://sputnikglobe.com/20131210/Russia-to-Write-Off-29Bln-of-Cubas-Soviet-Debts--Report-185432954.html", "press", "Citing Reuters: 90 % of 32 bn"],
    ["afp-2008-02-11-iraq-dawn", "Russia writes off $12bn Iraq debt", "AFP (Dawn)", "2008-02-12", "https://dawn.com/news/amp/288949", "press", "12.9 bn debt, 12 bn (93 %) forgiven, 900 m over 17 years"],
    ["voa-2008-02-11-iraq", "Russia writes off most of Iraq's debt", "Voice of America", "2008-02-11", "https://voa.pangea-cms.com/preview/en-US/a/a-13-2008-02-11-voa39/349720.html", "press", "12 bn of nearly 13 bn"],
    ["france24-2008-04-17-libya", "Russia cancels Libyan debt, eyes arms deals", "France 24", "2008-04-17", "https://www.france24.com/en/20080417-russia-cancels-libyan-debt-eyes-arms-deals-tripoli", "press", "4.5 bn cancelled against contracts"],
    ["ria-2008-04-17-libya", "Russia cancels Libya's $4.5 bln debt in exchange for contracts", "RIA Novosti (blog repost)", "2008-04-17", "http://dextera8.blogspot.com/2008/04/russia-cancels-libya-45-bln-debt-in.html", "press", "Kudrin: debt reduced from 4.6 to 4.5 bn for VTB offset"],
    ["rferl-2005-01-25-syria", "Russia, Syria Agree To Boost Cooperation", "RFE/RL", "2005-01-25", "https://www.rferl.org/a/1057067.html", "press", "Kudrin: 73 %; Syria still owes 3.6 bn"],
    ["gtreview-2005-syria", "Syrian debt write-off by Russia", "Global Trade Review", "2005", "https://www.gtreview.com/news/europe/syrian-debt-write-off-by-russia/", "press", "73 % = 9.8 bn of net debts"],
    ["ria-2005-06-06-syria-kudrin", "Russia will write off 73% of Syrian debt - Finance Minister Kudrin", "RIA Novosti (Sputnik)", "2005-06-06", "https://sputniknews.com/20050606/40480108.html", "press", "Debt 'exceeds 14.5 bn'"],
    ["jpost-2008-06-syria-ratified", "Russian parliament ratifies write-off of most of Syria's debt", "The Jerusalem Post (AP)", "2008-06", "https://www.jpost.com/international/russian-parliament-ratifies-write-off-of-most-of-syrias-debt", "press", "Duma ratified 2005 deal; roughly 14 bn; remaining 3.6 bn"],
    ["cacianalyst-2004-01-05-mongolia", "Moscow writes off huge Mongolian debt", "CACI Analyst (citing polit.ru/newsru.com)", "2004-01-05", "https://cacianalyst.org/publications/news-digest/item/8685-news-digest-caci-analyst-2004-1-5-art-8685.html?print=1&tmpl=component", "analysis", "10 bn written off; Mongolia repays 300 m"],
    ["dw-2004-01-07-mongolia", "Russland erlässt der Mongolei 98 Prozent alter Schulden", "Deutsche Welle (ITAR-TASS monitoring)", "2004-01-07", "https://amp.dw.com/de/russland-erl%C3%A4sst-der-mongolei-98-prozent-alter-schulden/a-1080885", "press", "98 %; Mongolia paid nearly 250 m"],
    ["tass-2016-01-27-mongolia", "Russia's upper house ratifies deal to write off 97% of Mongolia's debt", "TASS", "2016-01-27", "https://tass.com/economy/852495", "press", "174.2 m as of Dec 2010; transferable/convertible roubles"],
    ["uawire-2016-02-mongolia", "Russia Writes Off $170 Million Mongolian Debt", "UAWire", "2016-02", "https://uawire.org/news/russia-writes-off-170-million-mongolian-debt", "press", "97.8 %, about 170 m; law signed 31 Jan 2016"],
    ["ria-2007-08-06-afghanistan", "Russia signs deal to write off 90% of Afghan debt", "RIA Novosti (Sputnik)", "2007-08-06", "https://sputnikglobe.com/20070806/70453123.html", "press", "11.1 bn; remainder 730 m over 23 years"],
    ["itartass-2007-08-06-afghanistan", "Russia to write off Afghanistan debt", "ITAR-TASS (reposted by Afghanistan Development News)", "2007-08-06", "https://afghandevnews.wordpress.com/2007/08/06/russia-to-write-off-afghanistan-debt/", "press", "Ahadi: 10.5 bn of 11.1 bn to be written off"],
    ["rferl-2007-08-08-afghanistan", "Russia Writes Off Nearly $10 Billion In Afghan Debt", "RFE/RL Daily Afghan Report (reposted by Afghan-Web)", "2007-08-08", "http://www.afghan-web.com/economy/russiadebt.html", "press", "90 % of 11 bn (AP); remainder could be forgiven under HIPC"],
    ["bbc-2001-03-01-vietnam", "Russia eases Vietnam debt", "BBC News", "2001-03-01", "http://news.bbc.co.uk/2/hi/asia-pacific/1195414.stm", "press", "Sept 2000 agreement: 85 % cut of about 11 bn, rest over 23 years"],
    ["jamestown-1997-11-chernomyrdin-vietnam", "Chernomyrdin in Vietnam", "Jamestown Foundation (Monitor)", "1997-11", "https://jamestown.org/program/chernomyrdin-in-vietnam/", "analysis", "Vietnam argued the rouble was artificially pegged to the dollar"],
    ["interfax-2013-05-08-kyrgyzstan", "Russia ratifies agreement with Kyrgyzstan on writing off debts", "Interfax", "2013-05-08", "https://interfax.com/newsroom/top-stories/50079/", "press", "Agreement signed Bishkek 20 Sept 2012; 188.9 m + 300 m"],
    ["interfax-2017-11-21-kyrgyzstan", "Bill to write off $240 mln in Kyrgyz debt submitted to Duma", "Interfax", "2017-11-21", "https://interfax.com/newsroom/top-stories/25735/", "press", "Debt 488.9 m in Sept 2012"],
    ["apa-2013-04-22-kyrgyzstan", "Russian Upper Chamber Advised to Approve Kyrgyz Debt Deal", "APA (citing RIA Novosti)", "2013-04-22", "https://en.apa.az/cis-countries/news_russian_upper_chamber_advised_to_approve_-191592", "press", "Says agreement signed during Putin visit of 15 Aug 2012 (differs from Interfax)"],
]

# ------------------------------------------------------- settlement terms
TERMS = [
    # term_id, term, value, unit, source_ids, note
    ["total-11bn", "total debt", 11000000000, "USD", "xinhua-2012-09-18-russia-writes-off-90pct;reuters-2012-09-18-russia-wrote-off-90pct;moscowtimes-2014-02-19-duma-debt-bill", "Round figure used in 2012 announcements and in the seed commentary"],
    ["total-10-96bn", "total debt", 10960000000, "USD", "reuters-2014-04-19-duma-writes-off;time-2014-04-reuters-debt;napi-2014-04-debt", "As of 17 Sept 2012, as stated by the Duma (Reuters); differs from 10.94 bn (RIA) — see total-10-94bn"],
    ["total-10-94bn", "total debt", 10940000000, "USD", "ria-2014-10-20-rouble-settlements;sputnik-fr-2014-04-30-federation-council;nkeconwatch-2014-russia-forgives-dprk-debt", "Equivalent of total obligations as of 17 Sept 2012 per RIA Novosti; Reuters gives 10.96 bn"],
    ["total-10-9bn", "total debt", 10900000000, "USD", "nocutnews-2014-02-itar-tass-debt-bill;ajunews-2014-02-19-debt-bill", "Korean reports of ITAR-TASS give 'about 10.9 bn' (109억 달러)"],
    ["share-written-off", "share written off", 90, "percent", "xinhua-2012-09-18-russia-writes-off-90pct;reuters-2012-09-18-russia-wrote-off-90pct;reuters-2014-04-19-duma-writes-off;ria-2014-10-20-rouble-settlements", ""],
    ["written-off-10bn", "amount written off", 10000000000, "USD", "moscowtimes-2014-02-19-duma-debt-bill;argumenti-2014-04-20-debt", "Rounded; Reuters 2014 says 'almost 10 billion'"],
    ["remainder-1-09bn", "remainder to be repaid", 1090000000, "USD", "reuters-2014-04-19-duma-writes-off;ria-2014-10-20-rouble-settlements;sputnik-fr-2014-04-30-federation-council;argumenti-2014-04-20-debt;nocutnews-2014-02-itar-tass-debt-bill", "10 % of the total; 1.09 bn is 10 % of 10.9 bn, not of 11 bn"],
    ["remainder-1bn", "remainder to be repaid", 1000000000, "USD", "moscowtimes-2014-02-19-duma-debt-bill;afp-2012-09-18-alalam-ar;ajunews-2014-02-19-debt-bill", "Rounded figure ('about 1 billion') in 2012 and early-2014 reports"],
    ["term-years", "repayment term", 20, "years", "reuters-2014-04-19-duma-writes-off;ria-2014-10-20-rouble-settlements;moscowtimes-2014-02-19-duma-debt-bill;dailynk-2014-05-putin-signs-debt", ""],
    ["instalments-number", "number of instalments", 40, "instalments", "ria-2014-10-20-rouble-settlements;sputnik-fr-2014-04-30-federation-council;nkeconwatch-2014-russia-forgives-dprk-debt", "'40 equal half-yearly parts' (RIA); Reuters: 'equal instalments every six months'"],
    ["instalments-frequency", "instalments per year", 2, "per_year", "reuters-2014-04-19-duma-writes-off;ria-2014-10-20-rouble-settlements;dailynk-2014-05-putin-signs-debt;argumenti-2014-04-20-debt", "Semi-annual ('every six months')"],
    ["currency", "currency of repayment", "US dollars", "text", "ria-2014-10-20-rouble-settlements", "RIA: repaid 'in US dollars'"],
    ["reference-date", "date at which the debt was fixed", "2012-09-17", "date", "reuters-2014-04-19-duma-writes-off;ria-2014-10-20-rouble-settlements", "The day the intergovernmental agreement was signed"],
    ["account-bank", "bank holding the repayments", "Vnesheconombank (VEB), Russia's state development bank", "text", "reuters-2014-04-19-duma-writes-off;nocutnews-2014-02-itar-tass-debt-bill;piie-2012-debt-follies;napi-2014-04-debt", "Daily NK calls it the 'Russian Development Bank'"],
    ["account-location", "where the account is held", "Vnesheconombank account opened at the DPRK's Foreign Trade Bank", "text", "nocutnews-2014-02-itar-tass-debt-bill;ajunews-2014-02-19-debt-bill;piie-2012-debt-follies", "Daily NK instead describes transfers from the Foreign Trade Bank to an account at the Russian bank; RIA's text (cut off in the stored copy) begins to describe an interest-free account"],
    ["use-of-funds", "what the repayments may fund", "health care, education and energy projects in the DPRK", "text", "xinhua-2012-09-18-russia-writes-off-90pct;moscowtimes-2014-02-19-duma-debt-bill;dailynk-2014-05-putin-signs-debt;afp-2012-09-19-hurriyet", "'debt for aid' / 'debt for assistance' scheme"],
    ["use-of-funds-storchak", "possible uses named by the deputy finance minister", "gas pipeline and railway to South Korea across the DPRK", "text", "reuters-2014-04-19-duma-writes-off;dailynk-2014-05-putin-signs-debt", "Storchak to Russian media, April 2014"],
    ["terms-basis", "basis of the conditions", "standard Paris Club conditions, conversion into USD at a discounted rate", "text", "reuters-2012-09-18-globaldispatch", "Storchak to Interfax, Sept 2012"],
    ["use-decided-later", "who decides the use of the money", "to be decided later by the parties", "text", "reuters-2012-09-18-globaldispatch;pri-2012-09-18-russia-forgives", "Vyshkovsky to Reuters, Sept 2012"],
]

# -------------------------------------------------------------- timeline
TIMELINE = [
    # step_id, date, step, actors, source_ids, note
    ["payments-suspended", "1990", "North Korea suspends payments on its Soviet debt", "DPRK", "piie-2012-debt-follies", "Year only"],
    ["ulan-ude-summit", "2011-08-24", "Medvedev and Kim Jong-il meet near Ulan-Ude and agree approaches to settling the debt", "RUS;DPRK", "interfax-ru-2011-08-24-ulan-ude-debt;csmonitor-2011-08-24-medvedev-kim;afp-2012-09-19-hurriyet;interfax-2011-08-24-storchak-debt-talks", "Storchak at the summit: North Korea must first recognise Russia as the USSR's successor (interfax-2011-08-24-storchak-debt-talks)"],
    ["izvestia-report", "2011-09-14", "Izvestia reports a plan to write off 90 % and invest the rest in joint projects", "RUS", "moscowtimes-2011-09-14-izvestia-debt", "Unconfirmed by the Finance Ministry at the time"],
    ["storchak-pyongyang", "2012-05", "Deputy Finance Minister Storchak visits Pyongyang to discuss the debt", "RUS;DPRK", "afp-2012-09-19-hurriyet;afp-2012-09-18-alalam-ar", "AFP (English) says May; the Arabic AFP-based report says June (afp-2012-09-18-alalam-ar)"],
    ["agreement-signed", "2012-09-17", "Intergovernmental agreement on settling the debt signed in Moscow", "RUS;DPRK", "reuters-2012-09-18-kcna-debt-deal;xinhua-2012-09-18-russia-writes-off-90pct;ria-2014-10-20-rouble-settlements", "KCNA gives 17 September; Xinhua says 'Monday' (= 17 Sept 2012)"],
    ["writeoff-announced", "2012-09-18", "Russian Finance Ministry announces the 90 % write-off", "RUS", "reuters-2012-09-18-russia-wrote-off-90pct;xinhua-2012-09-18-russia-writes-off-90pct", "Reuters headline says Russia 'wrote off' 90 % already in 2012"],
    ["bill-submitted", "2014-02", "Ratification bill submitted to the State Duma", "RUS", "moscowtimes-2014-02-19-duma-debt-bill;nocutnews-2014-02-itar-tass-debt-bill;ajunews-2014-02-19-debt-bill", "Reported 19 Feb 2014 (Kommersant, ITAR-TASS); exact submission day not given in the sources"],
    ["duma-committee", "2014-03-19", "Duma Budget and Taxes Committee recommends ratification", "RUS", "moscowtimes-2014-03-19-duma-committee", "'on Wednesday' in a story dated 19 March 2014"],
    ["duma-ratifies", "2014-04-18", "State Duma ratifies the 2012 agreement", "RUS", "reuters-2014-04-19-duma-writes-off;diplomat-2014-04-23-eyeing-pipeline;argumenti-2014-04-20-debt", "Reuters (19 Apr): 'on Friday' = 18 April; Argumenty Nedeli (20 Apr) says 'the day before' (argumenti-2014-04-20-debt)"],
    ["federation-council", "2014-04-29", "Federation Council approves the ratification law", "RUS", "sputnik-fr-2014-04-30-federation-council", "Sputnik (30 Apr) says 'mardi' (Tuesday) = 29 April 2014; day derived from the weekday"],
    ["law-signed", "2014-05-05", "President Putin signs the ratification law", "RUS", "chinatopix-2014-05-06-putin-debt;dailynk-2014-05-putin-signs-debt;ria-2014-10-20-rouble-settlements;nkeconwatch-2014-russia-forgives-dprk-debt", "China Topix: 'on Monday' (= 5 May); Daily NK cites RIA report of 'the 5th'; RIA (Oct 2014) says 'in May 2014'. Xinhua/ITAR-TASS wrongly called it a deal 'signed' by Moscow and Pyongyang 'on May 5 about writing off all DPRK debts' (nkeconwatch-2014-russia-forgives-dprk-debt)"],
    ["rouble-settlements", "2014-10-20", "Russia's Far East ministry reports the first rouble settlements with the DPRK", "RUS;DPRK", "ria-2014-10-20-rouble-settlements;nkeconwatch-2014-russia-forgives-dprk-debt", "Linked by the ministry to the debt deal; target of 1 bn USD trade by 2020"],
    ["pobeda-launch", "2014-10-21", "'Pobeda' railway modernisation project launched in Pyongyang (not financed from the debt)", "RUS;DPRK", "kbs-ru-2014-10-pobeda;eastrussia-2014-10-pobeda", "Russian firms to be paid in coal and metals; context for what Moscow sought after the deal"],
]

# --------------------------------------------------------- exchange rate
EXCHANGE = [
    # item_id, item, value, unit, source_ids, note
    ["storchak-rate-2011", "Soviet rate at which the loans were granted", 0.60, "roubles_per_usd", "interfax-2011-08-24-storchak-debt-talks", "Storchak: 'granted in Soviet rubles at 60 kopeks per U.S. dollar'"],
    ["itar-tass-rate-2014", "rate used to compute the ~10.9 bn USD figure", 0.6, "roubles_per_usd", "nocutnews-2014-02-itar-tass-debt-bill", "Korean report of ITAR-TASS: 'calculated at 0.6 roubles per dollar'"],
    ["kommersant-rate-2014", "Soviet exchange rate behind the 11 bn USD figure", 0.67, "roubles_per_usd", "moscowtimes-2014-02-19-duma-debt-bill;moscowtimes-2014-03-19-duma-committee", "'67 kopecks' to the dollar (Moscow Times citing Kommersant/Interfax); differs from 0.60 given by Storchak"],
    ["kopecks-worth-2014", "what 67 kopecks were worth in dollars in Feb 2014", 0.02, "USD", "moscowtimes-2014-02-19-duma-debt-bill", "'an amount currently worth $0.02'"],
    ["market-value-2012", "value of the debt at the exchange rate at the time of the deal", 238000000, "USD", "moscowtimes-2014-02-19-duma-debt-bill", "Estimate (Moscow Times/Kommersant); about 2 % of the 11 bn face value"],
    ["usual-valuation-low", "usual valuation of the debt, low end (incl. compound interest on arrears)", 11000000000, "USD", "piie-2012-debt-follies", "Estimate; PIIE: valuations 'really a fiction because the ruble was not convertible'"],
    ["usual-valuation-high", "usual valuation of the debt, high end (incl. compound interest on arrears)", 14000000000, "USD", "piie-2012-debt-follies", "Estimate"],
    ["conversion-method", "how the rouble debt was converted", "into US dollars at an appropriate discounted rate, on Paris Club terms", "text", "reuters-2012-09-18-globaldispatch", "Storchak to Interfax, Sept 2012"],
    ["recognition-first", "preconditions named in 2011", "recognise Russia as USSR successor, agree re-calculation method for roubles, then settle", "text", "interfax-2011-08-24-storchak-debt-talks", "Storchak: roubles 'can be an unusual currency sometimes'"],
    ["vietnam-parallel", "comparison: Vietnam's objection to the Soviet rate (1997)", "the rouble was artificially pegged to the dollar, so today's value is a small fraction of the 10 bn USD claimed", "text", "jamestown-1997-11-chernomyrdin-vietnam", "Russian sources then put Vietnam's debt at over 10 bn USD"],
    ["mongolia-parallel", "comparison: Mongolia's debt in a non-existing currency", "163.7 million convertible roubles settled with a lump sum of 3.8 million USD", "text", "tass-2016-01-27-mongolia", "Storchak: 'no currency, no obligations' is the debtor's possible argument"],
]

# ----------------------------------------------------------- Khasan-Rajin
KHASAN = [
    # item_id, date, item, value, unit, source_ids, note
    ["line-length", "", "length of the Khasan-Rajin line", 54, "km", "railwaygazette-2013-09-rail-link-completed;moscowtimes-2013-09-rail-link-completed;kbs-2014-11-29-first-coal-arrives", "Some reports say 'roughly 50 km'"],
    ["rail-agreement-2001", "2001-08", "Putin and Kim Jong-il agree to reconstruct the Trans-Korean Railway", "", "", "railwaygazette-2013-09-rail-link-completed;kbs-ru-2014-10-pobeda", "The Khasan-Rajin project is presented as its first step"],
    ["jv-founded", "2008-07", "joint venture RasonKonTrans founded by Russian Railways and Rajin port", "RasonKonTrans", "text", "kbs-de-2013-09-khasan-rajin;businesskorea-2014-11-northern-trade", "BusinessKorea says 'established in 2008'"],
    ["works-start", "2008-10", "reconstruction work begins at Tumangang", "", "", "railwaygazette-2013-09-rail-link-completed;eastrussia-2014-11-first-cargo;moscowtimes-2013-09-rail-link-completed", "The Moscow Times (2013) says reconstruction 'started in 2009'"],
    ["lease-2009", "2009-08", "RasonKonTrans leases the Tumangang-Rajin line", 49, "years", "railwaygazette-2013-09-rail-link-completed;domainb-2013-10-16-rail-corridor", ""],
    ["share-rzd", "", "share of RZD subsidiary (Russian Railways Trading Company) in RasonKonTrans", 70, "percent", "railwaygazette-2013-09-rail-link-completed", ""],
    ["share-rason-port", "", "share of the Port of Rason in RasonKonTrans", 30, "percent", "railwaygazette-2013-09-rail-link-completed", ""],
    ["opening", "2013-09-22", "ceremony marking completion of the line in Rajin", "", "", "railwaygazette-2013-09-rail-link-completed;domainb-2013-10-16-rail-corridor;kbs-de-2013-09-khasan-rajin", "KBS and Moscow Times: 'Sunday' (= 22 Sept 2013); RZD head Yakunin attended"],
    ["cost-rail", "", "cost of rehabilitating the line (more than)", 5500000000, "RUB", "railwaygazette-2013-09-rail-link-completed", ""],
    ["cost-terminal", "", "cost of developing the port terminal", 3500000000, "RUB", "railwaygazette-2013-09-rail-link-completed", ""],
    ["cost-usd", "", "total construction cost, reportedly borne by Russia", 400000000, "USD", "kbs-de-2013-09-khasan-rajin", "Estimate ('rund 400 Millionen Dollar ... laut Berichten')"],
    ["terminal-capacity", "", "design capacity of the port terminal", 4000000, "tonnes_per_year", "railwaygazette-2013-09-rail-link-completed;breakingtravelnews-2011-demo-train", "An earlier RZD statement spoke of up to 5 million t of coal (breakingtravelnews-2011-demo-train)"],
    ["pier-3", "2014-07", "reconstructed berth (pier) No. 3 of Rajin port opens", "", "", "eastrussia-2014-11-first-cargo", ""],
    ["park-putin-2013", "2013-11", "Park-Putin summit in Seoul: South Korean consortium may join the project", "", "", "xinhua-2014-11-24-test-transport;piie-2014-slave-to-the-blog-financial", ""],
    ["consortium", "", "South Korean consortium", "POSCO;Hyundai Merchant Marine;Korail", "text", "xinhua-2014-11-24-test-transport;kbs-2014-11-24-test-run;businesskorea-2014-11-northern-trade", "Planned to buy half of Russia's stake in RasonKonTrans (BusinessKorea)"],
    ["trial1-depart", "2014-11-27", "first trial coal shipment leaves Rajin for Pohang", 40500, "tonnes", "businesskorea-2014-11-northern-trade;xinhua-2014-11-24-test-transport;kbs-2014-11-29-first-coal-arrives;eastrussia-2014-11-first-cargo", "KBS rounds to 40,000 t; EastRussia gave 28 Nov as planned date (eastrussia-2014-11-first-cargo)"],
    ["trial1-arrive", "2014-11-29", "first trial shipment arrives at Pohang (POSCO)", 40500, "tonnes", "businesskorea-2014-11-northern-trade;kbs-2014-11-29-first-coal-arrives", "Chinese-crewed ship chartered by Hyundai Merchant Marine"],
    ["trial2", "2015-04", "second trial: Russian coal to three South Korean ports", 140000, "tonnes", "koreaherald-2015-04-27-second-shipment", "Shipments between 16 April and 9 May 2015"],
    ["trial2-dangjin", "2015-04-24", "second-trial ship arrives at Dangjin", 47000, "tonnes", "kbs-de-2015-04-24-dangjin", ""],
    ["trial3", "2015-11", "third and final trial shipment", "", "", "upi-2015-11-16-third-shipment;koreatimes-2016-03-rajin-khasan-suspended", "Three trial runs in total, 2014-2015"],
    ["rok-consultations-halted", "2016-02-07", "Seoul suspends consultations on a formal contract after the DPRK rocket launch", "", "", "yonhap-2016-03-03-mulling", ""],
    ["rok-suspension", "2016-03-08", "South Korea suspends the project in its unilateral sanctions (180-day ban on ships that visited the DPRK)", 180, "days", "xinhua-2016-03-08-unilateral-sanctions;koreatimes-2016-03-rajin-khasan-suspended;hani-2016-03-09-death-knell", "Russia called the move 'regrettable' (Korea Times)"],
    ["pobeda", "2014-10-21", "'Pobeda' railway modernisation project launched (3,500 km over 20 years)", 25000000000, "USD", "kbs-ru-2014-10-pobeda;eastrussia-2014-10-pobeda", "Announced cost; paid with DPRK coal, rare and non-ferrous metals; not financed from the debt account"],
]

# ------------------------------------------------------------------ trade
TRADE = [
    # year, total, russia_exports, russia_imports, source_ids, note
    [2013, 104, None, None, "yonhap-2014-05-22-kotra-trade-2013", "KOTRA; up 37.3 % on 2012"],
    [2014, 92.34, 82.17, 10.17, "yonhap-2015-kotra-russia-trade-2014", "KOTRA; exports = DPRK imports from Russia"],
    [2014, None, 71.77, 13, "kbs-fr-2016-rfa-itc-trade-2015", "ITC Trade Map via Radio Free Asia; differs from KOTRA for the same year; total not given"],
    [2014, 93, None, None, "rtvi-2022-10-trade-far-east", "Forbes via RTVI, rounded; source of the underlying data not stated"],
    [2015, None, 77.50, 5.72, "kbs-fr-2016-rfa-itc-trade-2015", "ITC Trade Map via Radio Free Asia; total not given"],
    [2017, 77.9, 74.2, None, "ria-2018-06-14-trade-2017", "Russian official briefing materials (RIA Novosti); imports not given"],
    [2018, 34, None, None, "tass-2019-04-23-trade-2018", "Presidential aide Ushakov; 'more than 56 %' below 2017"],
    [2019, 47.9, 44.9, 3, "yonhap-2020-03-18-trade-2019", "ITC data (Yonhap)"],
    [2020, 42.74, 42, 0.714, "tass-2021-02-19-trade-2020", "Russian customs data via KBS (TASS); exports rounded to 42"],
    [2023, 34.4, None, None, "ria-2024-06-ushakov-trade-2023", "Ushakov, 'by our statistics'; ninefold rise on 2022"],
]

# ------------------------------------------------------------- write-offs
WRITEOFFS = [
    # writeoff_id, country, year, debt_usd, share_pct, amount_usd, source_ids, note
    ["dprk-2014", "North Korea (DPRK)", 2014, 10960000000, 90, 10000000000, "reuters-2014-04-19-duma-writes-off;moscowtimes-2014-02-19-duma-debt-bill", "This lesson's case, for comparison; agreement 2012, ratified 2014; 'almost 10 bn' written off"],
    ["cuba-2014", "Cuba", 2014, 35200000000, 90, 32000000000, "moscowtimes-2014-07-09-cuba;garant-2014-07-10-cuba-law-203fz;voiceofrussia-2014-07-11-cuba-law", "Agreement 25 Oct 2013, law 10 July 2014; Moscow Times: repay 3.2 bn; Voice of Russia: about 3.5 bn (voiceofrussia-2014-07-11-cuba-law)"],
    ["cuba-2013-report", "Cuba", 2013, 32000000000, 90, 29000000000, "ria-2013-12-10-cuba-29bn", "Earlier Reuters-sourced report of the same deal with lower figures; kept to show the disagreement"],
    ["iraq-2008", "Iraq", 2008, 12900000000, 93, 12000000000, "afp-2008-02-11-iraq-dawn;voa-2008-02-11-iraq", "'Mainly Soviet-era'; remaining 900 m over 17 years"],
    ["libya-2008", "Libya", 2008, 4600000000, None, 4500000000, "france24-2008-04-17-libya;ria-2008-04-17-libya", "Cancelled in exchange for contracts; debt reduced from 4.6 to 4.5 bn for a VTB offset; share not stated"],
    ["syria-2005", "Syria", 2005, 13400000000, 73, 9800000000, "gtreview-2005-syria;rferl-2005-01-25-syria;ria-2005-06-06-syria-kudrin;jpost-2008-06-syria-ratified", "Kudrin; 3.6 bn still owed; RIA (2005) put the debt above 14.5 bn, AP (2008) 'roughly 14 bn' (ria-2005-06-06-syria-kudrin;jpost-2008-06-syria-ratified); ratified 2008"],
    ["mongolia-2003", "Mongolia", 2003, None, 98, 10000000000, "cacianalyst-2004-01-05-mongolia;dw-2004-01-07-mongolia", "Mongolia to repay 300 m (CACI) / paid nearly 250 m (DW); total debt not stated"],
    ["mongolia-2016", "Mongolia", 2016, 174200000, 97.8, 170000000, "tass-2016-01-27-mongolia;uawire-2016-02-mongolia", "Residual debt in convertible roubles; agreement 2010, ratified 2016"],
    ["afghanistan-2007", "Afghanistan", 2007, 11100000000, 90, 10500000000, "ria-2007-08-06-afghanistan;itartass-2007-08-06-afghanistan;rferl-2007-08-08-afghanistan", "Paris Club/HIPC framework; remainder 730 m over 23 years (RIA); RFE/RL/AP give 11 bn"],
    ["vietnam-2000", "Vietnam", 2000, 11000000000, 85, None, "bbc-2001-03-01-vietnam", "Sept 2000 agreement; debt 'previously estimated at 11 bn'; rest over 23 years; amount written off not stated"],
    ["kyrgyzstan-2012", "Kyrgyzstan", 2012, 488900000, 100, 488900000, "interfax-2013-05-08-kyrgyzstan;interfax-2017-11-21-kyrgyzstan;apa-2013-04-22-kyrgyzstan", "Written off in stages 2013-2018; not Soviet-era: 1990s technical credits and a 2009 loan; signing date 20 Sept 2012 (Interfax) vs 15 Aug 2012 visit (apa-2013-04-22-kyrgyzstan)"],
]


def main() -> None:
    write(HERE / "sources.csv", ["id", "title", "publisher", "date", "url", "kind", "notes"], SOURCES)
    write(DATA / "debt_settlement_terms.csv", ["term_id", "term", "value", "unit", "source_ids", "note"], TERMS)
    write(DATA / "debt_timeline.csv", ["step_id", "date", "step", "actors", "source_ids", "note"], TIMELINE)
    write(DATA / "debt_exchange_rate.csv", ["item_id", "item", "value", "unit", "source_ids", "note"], EXCHANGE)
    write(DATA / "khasan_rajin.csv", ["item_id", "date", "item", "value", "unit", "source_ids", "note"], KHASAN)
    write(DATA / "russia_dprk_trade.csv", ["year", "total_usd_million", "russia_exports_usd_million", "russia_imports_usd_million", "source_ids", "note"], TRADE)
    write(DATA / "soviet_debt_writeoffs.csv", ["writeoff_id", "country", "year", "debt_usd", "share_written_off_percent", "amount_written_off_usd", "source_ids", "note"], WRITEOFFS)


if __name__ == "__main__":
    main()

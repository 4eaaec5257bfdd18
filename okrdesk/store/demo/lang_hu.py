"""The demo in Hungarian: Adatfény Kft., a Hungarian B2B analytics firm, in forint (HUF, ×400
the euros). Names are written family name first, as Hungarians write them.

Keys and tuple lengths are those of content.english_texts(); see content.py.
"""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, Any] = {
    "workspace": "Adatfény Kft. — bemutató",
    "team.Leadership": "Vezetőség",
    "team.Marketing": "Marketing",
    "team.Sales": "Értékesítés",
    "team.Customer Success": "Ügyfélsiker",
    "person.claire": ("Nagy Katalin", "nagy.katalin@adatfeny.example"),
    "person.zofia": ("Kiss Réka", "kiss.reka@adatfeny.example"),
    "person.tom": ("Tóth Gábor", "toth.gabor@adatfeny.example"),
    "person.bence": ("Horváth Péter", "horvath.peter@adatfeny.example"),
    "person.priya": ("Varga Dóra", "varga.dora@adatfeny.example"),
    "person.jonas": ("Molnár Ádám", "molnar.adam@adatfeny.example"),
    "person.eszter": ("Farkas Zsófia", "farkas.zsofia@adatfeny.example"),
    "person.marek": ("Balogh Tamás", "balogh.tamas@adatfeny.example"),
    "objective.revenue": (
        "Növeljük hatékonyan az ismétlődő bevételt",
        (
            "Nem vásárolt növekedést akarunk: minden elköltött forintnak egy éven belül vissza "
            "kell jönnie."
        ),
        "",
    ),
    "kr.mrr": ("Növeljük az MRR-t 74,4 millió Ft-ról 92 millió Ft-ra", "", ""),
    "kr.cac": ("Csökkentsük az összesített CAC-ot 168 000 Ft-ról 120 000 Ft-ra", "", ""),
    "objective.pipeline": (
        "Építsünk kiszámítható inbound pipeline-t",
        (
            "Az értékesítés soha többé ne úgy kezdje a hónapot, hogy nem tudja, honnan jönnek az "
            "üzletek."
        ),
        "",
    ),
    "kr.mql": ("Növeljük a havi MQL-ek számát 240-ről 360-ra", "", ""),
    "kr.partner": ("Indítsuk el a partnerprogramot 5 szerződött ügynökséggel", "", ""),
    "objective.customers": (
        "Tartsuk meg elégedett és hűséges ügyfeleinket",
        "A megtartás a legolcsóbb növekedés, ami van.",
        "",
    ),
    "kr.churn": ("Tartsuk a havi ügyfél-lemorzsolódást 2% alatt", "", ""),
    "kr.nps": ("Tartsuk az NPS-t 40 felett", "", ""),
    "objective.mkt_paid": (
        "A hirdetési keret oda menjen, ahol konvertál",
        "Kevesebb csatorna, jobb mérés; leállítjuk azokat, amelyek csak kattintást hoznak.",
        "",
    ),
    "kr.cpl": ("Tartsuk a fizetett csatornák leadköltségét 38 000 Ft alatt", "", ""),
    "kr.newsletter": ("Növeljük a hírlevélből érkező leadeket havi 70-ről 110-re", "", ""),
    "objective.sales_speed": (
        "Reagáljunk gyorsabban, és nyerjünk meg több üzletet",
        "Az inbound leadek órák alatt kihűlnek, nem napok alatt.",
        "",
    ),
    "kr.speed": ("Csökkentsük a leadre reagálás medián idejét 26 óráról 4 órára", "", "óra"),
    "kr.winrate": ("Növeljük az SQL→üzlet nyerési arányt 18%-ról 25%-ra", "", ""),
    "kr.showup": ("Tartsuk a demóhívások megjelenési arányát 70% felett", "", ""),
    "objective.mkt_leads": (
        "Alakítsunk több látogatót minősített leaddé",
        "A forgalom megvan; a demóoldalon veszítjük el.",
        "",
    ),
    "kr.form_rate": ("Növeljük a látogatás→űrlap konverziót 2,8%-ról 4,0%-ra", "", ""),
    "kr.cases": ("Publikáljunk 6 ügyfél-esettanulmányt", "", ""),
    "objective.sales_pipe": (
        "Építsük fel most a következő negyedév pipeline-ját",
        "Minősített lehetőségek következő lépéssel és dátummal, nem nevek egy táblázatban.",
        "",
    ),
    "kr.pipe": ("Építsünk 180 millió Ft értékű minősített pipeline-t", "", ""),
    "kr.referrals": ("Foglaljunk 40 felmérő hívást ügyfélajánlásokból", "", ""),
    "objective.cs_onboard": (
        "Az új ügyfelek két héten belül érjenek el eredményt",
        "Azok az ügyfelek maradnak, akik korán látják az első dashboardjukat.",
        "",
    ),
    "kr.ttv": ("Csökkentsük az első dashboardig eltelt időt 19 napról 7 napra", "", "nap"),
    "kr.checklist": ("Vezessük be az alkalmazáson belüli onboarding-listát", "", ""),
    "objective.q_inbound": (
        "Bizonyítsuk, hogy az inbound elviszi a növekedésünket",
        "Az inboundnak kell hoznia az új bevétel legalább felét.",
        (
            "Elég jó ahhoz, hogy rátegyünk egy lapáttal, de még nem hatékony: a CAC elmaradt a "
            "céltól."
        ),
    ),
    "kr.q_mrr": (
        "Növeljük az MRR-t 63,2 millió Ft-ról 82 millió Ft-ra",
        "Két nagyvállalati üzlet átcsúszott erre a negyedévre.",
        "",
    ),
    "kr.q_cac": (
        "Csökkentsük az összesített CAC-ot 204 000 Ft-ról 160 000 Ft-ra",
        "A display hirdetések szüneteltetése hozta a javulás nagy részét.",
        "",
    ),
    "objective.q_site": (
        "Indítsuk újra a weboldalt, és mérjük a kattintástól az üzletig",
        "Egy demóűrlap, a hirdetéskattintástól az üzletkötésig követve.",
        "Későn élesedett, de megérte; a fizetett csatornák attribúciója végre működik.",
    ),
    "kr.q_launch": (
        "Indítsuk el az új weboldalt mért demóűrlappal",
        "A 7. héten élesedett, két hét csúszással.",
        "",
    ),
    "kr.q_form": (
        "Növeljük a látogatás→űrlap konverziót 2,1%-ról 3,0%-ra",
        "A javulás nagy része az újraindítás után jött.",
        "",
    ),
    "objective.q_follow": (
        "Ne veszítsünk több inbound leadet a lassú reagálás miatt",
        "Minden inbound lead ugyanazon a munkanapon választ kap egy embertől.",
        "A reagálási idő folyamatprobléma, nem emberi. Átvisszük a következő negyedévre.",
    ),
    "kr.q_speed": (
        "Csökkentsük a leadre reagálás medián idejét 40 óráról 12 órára",
        "Félúton tartunk; az automatikus leadkiosztás sosem készült el.",
        "óra",
    ),
    "kr.q_sql": ("Minősítsünk 250 SQL-t", "Egyenletes volt az egész negyedévben.", ""),
    "retro": (
        (
            "A demóoldal megújítása és a display hirdetések leállítása. A heti check-inek "
            "őszintén tartották a KR-eket; a végén senkit sem ért meglepetés."
        ),
        (
            "A reagálási idő azért akadt el, mert a leadeket kézzel osztottuk ki, és pénteken "
            "senki sem felelt érte. Két nagyvállalati üzlet azért csúszott, mert a jogi átnézés "
            "négy hétig tartott."
        ),
        (
            "Kevesebb KR, mindegyiknek egy gazdája. Az eszközváltásokhoz már az első héten kell "
            "dátum és felelős, különben nem történnek meg."
        ),
    ),
    "comments.mrr": (
        "MRR: {value}. Beérkezett két bővítés a tavaszi kohorszból.",
        "Az új ügyfelek terv szerint; egy kiskereskedelmi ügyfél kisebb csomagra váltott.",
        "{value} az új ügyfelek árlistájának módosítása után.",
        "Az éves előfizetések segítettek, a héten nem volt lemondás.",
        "Kicsit a terv felett; a nagyvállalati pilot fizetős lett.",
    ),
    "comments.cac": (
        "Összesített CAC: {value}; a LinkedIn továbbra is a drága csatorna.",
        "Leállítottunk két Google-hirdetéscsoportot, amely 30 napja nem hozott SQL-t.",
        "CAC: {value}. A webináriumos leadek elmaradtak a tervtől; partnereket keresünk.",
        "Kevesebb üzlet jött, így a CAC nőtt, pedig a költés nem változott.",
        "Jövő héttől a LinkedIn-keretet retargetingre tesszük át.",
    ),
    "comments.mql": (
        "MQL az elmúlt 4 hétben: {value}, elmaradunk a tempótól.",
        "A webináriumos leadek elmaradtak a tervtől; társszervező partnereket keresünk.",
        (
            "A pontozási modell alulértékeli a termékoldali látogatásokat, átnézzük az "
            "értékesítéssel."
        ),
        "Jó hét a hírlevélből és az ajánlásokból, a fizetett csatornák stagnálnak.",
        "MQL: {value}. A partnercsatornának el kell kezdenie teljesíteni.",
    ),
    "comments.partner": (
        "A partnerszerződés tervezete a jogászoknál van.",
        "Három ügynökség érdeklődik, egy kész aláírni.",
        "A jutalékmodellt egyeztettük a pénzüggyel.",
        "A partnerek betanító csomagja félkész.",
    ),
    "comments.churn": (
        "Ügyfél-lemorzsolódás: {value}; a megújítási listán nincs meglepetés.",
        "Egy lemondás (felvásárolták a céget), egyébként stabil.",
        "{value}. Az egészségpontszám két figyelendő ügyfelet mutat.",
        "Csendes hónap a lemondások terén.",
    ),
    "comments.nps": (
        "NPS: {value}, 38 válaszból.",
        "A kritikusok megint az export lassúságát említik.",
        "NPS: {value}; az új onboarding-hívások jó visszajelzést kapnak.",
        "Kevesebb válasz ebben a hónapban, a pontszám stabil.",
    ),
    "comments.cpl": (
        "Fizetett CPL: {value}, lassan nő, ahogy drágul a LinkedIn CPC.",
        "A Google Ads CPL rendben, a LinkedIn húzza felfelé az átlagot.",
        "{value}. Szűkebb, beosztás szerinti célzást teszteltünk.",
        "A LinkedIn napi keretét korlátoztuk, amíg el nem készülnek az új kreatívok.",
    ),
    "comments.newsletter": (
        "Hírlevélből érkezett leadek ebben a hónapban: {value}.",
        "Az esettanulmányos szám hozta az év legjobb átkattintási arányát.",
        "Demókérés gombot tettünk a láblécbe, kis javulás.",
        "{value}; a webinárium után 300 fővel nőtt a lista.",
    ),
    "comments.speed": (
        "A leadre reagálás medián ideje: {value} óra.",
        "Él a round-robin kiosztás a HubSpotban; hétvégén még lassúak vagyunk.",
        "{value} óra. Dóra viszi a péntek délutáni sávot.",
        "Az automatikus kiosztás működik; néhány lead beragadt az „ismeretlen ország” sorba.",
    ),
    "comments.winrate": (
        "Nyerési arány: {value}, két üzletet egy olcsóbb versenytárs vitt el.",
        "A héten minden késői fázisú üzletben árkifogás volt.",
        "{value}. Az integráció terjedelme miatt elvesztettük a logisztikai üzletet.",
        "A kedvezmények jóváhagyása túl sokáig tart; kihűlnek az üzletek.",
    ),
    "comments.showup": (
        "Megjelenési arány: {value}; az emlékeztető SMS segít.",
        "Két elmaradt hívás ugyanattól az ügynökségtől.",
        "{value}. A meghívót most az üzletkötő küldi, nem az SDR.",
        "Stabil hét.",
    ),
    "comments.form_rate": (
        "Látogatás→űrlap: {value}.",
        "Az űrlap fölötti logók növelték a konverziót.",
        "{value}; mobilon az űrlap feleannyira konvertál, mint asztali gépen.",
        "A rövidebb űrlap tesztjét visszavontuk; a minőség fontosabb.",
    ),
    "comments.cases": (
        "Eddig publikált esettanulmányok: {value}.",
        "Két vázlat vár ügyféljóváhagyásra.",
        "Az interjú a logisztikai ügyféllel megvan, most írom.",
    ),
    "comments.pipe": (
        "Minősített pipeline: {value}.",
        "Három új lehetőség az ajánlási kampányból.",
        "{value}; két üzlet zárása átcsúszott a következő negyedévre.",
        "Kitakarítottuk a 90 napnál régebbi, elavult lehetőségeket.",
    ),
    "comments.referrals": (
        "Ajánlásból foglalt hívások: {value}.",
        "Kiment az ajánlást kérő e-mail az elégedett ügyfeleknek.",
        "{value}. Az ügyfelek kérdezik, mi nekik ebben a jó; ajánlatot írunk.",
        "Jó hét: az ügyfélsiker csapat négy meleg kapcsolatot adott át.",
    ),
    "comments.ttv": (
        "Az első dashboardig eltelt idő mediánja: {value} nap.",
        "A kickoff hívást már a szerződés aláírása előtt lefoglaljuk.",
        "{value} nap; az adatösszekötők beállítása a lassú lépés.",
        "A sablon dashboardok lerövidítették a kiskereskedelmi ügyfelek beállítását.",
    ),
    "comments.checklist": (
        "A lista tervei jóváhagyva.",
        "Elkészült, tesztelés alatt.",
        "A tesztelés két blokkoló hibát talált.",
    ),
    "comments.q_mrr": (
        "MRR: {value}.",
        "A nagyvállalati üzlet átcsúszott a következő negyedévre.",
        "{value}; a bővítések vitték a hónapot.",
    ),
    "comments.q_cac": (
        "CAC: {value}.",
        "Display hirdetések leállítva, a CAC csökken.",
        "{value}; a LinkedIn-teszt fut.",
    ),
    "comments.q_launch": ("A design kész, a szövegek késnek.", "Az indulás két hetet csúszott."),
    "comments.q_form": (
        "Látogatás→űrlap: {value}.",
        "Az újraindítás növelte a konverziót.",
        "{value} ezen a héten.",
    ),
    "comments.q_speed": (
        "Reagálási idő: {value} óra.",
        "A kiosztás még mindig kézi.",
        "{value} óra, pénteki lyuk.",
    ),
    "comments.q_sql": ("Eddig {value} SQL.", "Jó inbound hét.", "{value}; terv szerint."),
    "done.checklist": (
        "Minden új munkaterületen elérhető.",
        "Első adatok: a legtöbb új felhasználó befejezi az első lépést.",
    ),
    "done.q_launch": ("Az oldal él.", "A mérés a kattintástól az üzletig ellenőrizve."),
    "blockers.q_speed": ("A leadkiosztáshoz HubSpot-adminisztrátor kell, és nincs.",),
    "blockers.q_launch": ("Késnek a termékoldalak szövegei.",),
    "blockers.cac": (
        "A LinkedIn-liciteket át kell nézni, mielőtt több keretet teszünk bele.",
        "A pénzügy még nem hagyta jóvá a retargeting keretet.",
    ),
    "blockers.mql": (
        "A partneres webináriumok a jövő hónapra csúsztak.",
        "A leadpontozás módosításához kell az értékesítés jóváhagyása.",
    ),
    "blockers.winrate": (
        "Nincs versenytárs-összehasonlító lap az olcsóbb versenytársról.",
        "A kedvezményt az ügyvezetőnek kell jóváhagynia, aki úton van.",
        "Nem világos az integráció terjedelme a késői fázisú üzletekben.",
    ),
    "blockers.partner": ("A partnerszerződés jogi átnézése.",),
    "blockers.cases": ("Az ügyfelek lassan hagyják jóvá a vázlatokat.",),
    "blockers.cpl": ("Az új LinkedIn-kreatívok a grafikusra várnak.",),
    "initiatives": (
        "A demókérő oldal újratervezése",
        "Ügyféllogók a demóűrlap fölé",
        "Havi webinárium ügyfélvendéggel",
        "Round-robin leadkiosztás a HubSpotban",
        "Péntek délutáni SDR-ügyelet",
        "A partnerszerződés előkészítése a jogászokkal",
        "Az első három partnerügynökség megszerzése",
        "Az alkalmazáson belüli onboarding-lista elkészítése",
        "Összehasonlító lap az olcsóbb versenytársról",
    ),
    "kpis": (
        "Weboldal rendelkezésre állása",
        "Ügyfélszolgálati első válaszidő (óra)",
        "Havi ismétlődő bevétel (MRR)",
    ),
    "funnel": "Inbound B2B tölcsér",
    "stages": ("Látogatás", "Űrlap", "Lead", "MQL", "SQL", "Üzlet"),
    "source.google_ads": "Google Ads",
    "source.linkedin": "LinkedIn",
    "source.organic": "Organikus",
    "source.newsletter": "Hírlevél",
    "source.referral": "Ajánlás",
    "import_file": "hubspot_heti_export_{year}-W{week:02d}.csv",
    "months": (
        "jan.",
        "febr.",
        "márc.",
        "ápr.",
        "máj.",
        "jún.",
        "júl.",
        "aug.",
        "szept.",
        "okt.",
        "nov.",
        "dec.",
    ),
    "week": "{month} {day}.",
    "funnel_moves": (
        "{from_stage} → {to_stage}: {before}-ról {after}-ra {change} ({p})",
        "nőtt",
        "csökkent",
        "Egyik lépés sem mozdult a zajszint fölé.",
    ),
    "tasks": (
        "Egy változó, a hipotézis és a mérőszám rögzítése",
        "A változtatás élesítése és a mérés ellenőrzése",
        "Adatgyűjtés; az első leadek attribúciójának ellenőrzése",
        "Adatgyűjtés; a csoportok közti megoszlás ellenőrzése",
        "Adatgyűjtés; az attribúció ellenőrzése forrásonként",
        "A leadek minőségének ellenőrzése az értékesítéssel",
        "Döntés: skálázás vagy visszavonás",
    ),
    "arms": ("kontroll", "változat"),
    "experiment.0": (
        "Ügyféllogók a demóűrlap fölött",
        (
            "Ha hat ügyféllogót és a G2-jelvényt mutatjuk a demóűrlap fölött, akkor a "
            "látogatás→űrlap konverzió egyharmadával nő, mert a B2B látogatók bizonyítékot "
            "keresnek arra, hogy hozzájuk hasonló cégek használnak minket."
        ),
        "Társadalmi bizonyíték a demóűrlap fölött",
        (
            "A látogatás→űrlap {control_rate}-ról {variant_rate}-ra nőtt ({p}), az SQL-minőség "
            "nem romlott. A logók már minden űrlapon ott vannak; következő lépésként azt "
            "teszteljük, iparáganként mely logók számítanak."
        ),
    ),
    "experiment.1": (
        "Hárommezős demóűrlap a hatmezős helyett",
        (
            "Ha a demóűrlapot hat mezőről háromra rövidítjük, akkor a látogatás→űrlap konverzió "
            "25%-kal nő, mert minden további mező látogatókat veszít mobilon."
        ),
        "A demóűrlap mezőinek száma",
        (
            "Több űrlap ({lift}), de kevesebb SQL ({variant_sqls}, szemben a kontroll "
            "{control_sqls} SQL-jével): cégméret és beosztás nélkül az értékesítés diákokkal és "
            "versenytársakkal töltötte a hetet. A cégméret kötelező mező marad; rövidebb helyett "
            "kétlépéses űrlapot próbálunk."
        ),
    ),
    "experiment.2": (
        "Élő chat az árazási oldalon munkaidőben",
        (
            "Ha 9 és 17 óra között élő chatet nyitunk az árazási oldalon, akkor a látogatás→űrlap "
            "konverzió 20%-kal nő, mert az árral kapcsolatos kérdések megakasztják a "
            "beszélgetésre kész látogatókat."
        ),
        "Élő chat az árazási oldalon",
        "",
    ),
    "experiment.3": (
        "Időpontfoglaló link minden MQL első válaszában",
        (
            "Ha minden MQL-nek az első válaszban időpontfoglaló linket küldünk ahelyett, hogy "
            "időpontokat kérdeznénk, akkor az MQL→SQL konverzió 25%-kal nő, mert minden "
            "e-mail-váltás egy napba és néhány leadbe kerül."
        ),
        "Cselekvésre ösztönzés az első válaszban",
        "",
    ),
    "experiment.4": (
        "ROI-kalkulátor e-book helyett a LinkedIn-hirdetésekben",
        (
            "Ha a LinkedIn-hirdetésekben e-book helyett ROI-kalkulátort kínálunk, akkor a "
            "lead→MQL konverzió 30%-kal nő, mert akinek valódi projektje van, az a saját "
            "számaival számol."
        ),
        "Ajánlat a LinkedIn-hirdetésekben",
        "",
    ),
    "experiment.5": (
        "Ügyféltörténet-videó a hírlevélben",
        (
            "Ha a hírlevelet egy kétperces ügyféltörténet-videóval nyitjuk, akkor a hírlevélből "
            "érkezők látogatás→űrlap konverziója 15%-kal nő, mert az olvasók jobban bíznak a "
            "hozzájuk hasonló cégekben, mint bennünk."
        ),
        "A hírlevél vezető anyaga",
        "",
    ),
    "experiment.6": (
        "Kétlépéses demóűrlap: előbb e-mail, aztán cégadatok",
        (
            "Ha a demóűrlapot két lépésre bontjuk, előbb e-mail, aztán cégadatok, akkor a "
            "látogatás→űrlap konverzió 20%-kal nő, mert a rövid első lépés elindítja a látogatót, "
            "az értékesítés pedig továbbra is megtudja a cégméretet és a beosztást."
        ),
        "A demóűrlap felépítése",
        "",
    ),
    "experiment.7": (
        "Esettanulmány a lead iparágából az első nurture e-mailben",
        (
            "Ha minden új leadnek a saját iparágából küldünk esettanulmányt, akkor a lead→MQL "
            "konverzió 15%-kal nő, mert egy azonos szakmában dolgozó cég példája megválaszolja az "
            "első kérdést, amit minden lead feltesz."
        ),
        "Történet az első nurture e-mailben",
        "",
    ),
    "review.0": (
        (
            "A hét kezdete: {week} Látogatás: {visits}, látogatás→űrlap: {form_rate}, lead→MQL: "
            "{mql_rate}, üzletek: {deals}, {revenue} értékben. {funnel_moves}\n"
            "Az EXP-0001 (ügyféllogók a demóűrlap fölött) {control_rate}-ról {variant_rate}-ra "
            "növelte a látogatás→űrlap konverziót ({p}); az SQL-minőség nem romlott.\n"
            "KR-ek: a reagálási idő a round-robin indulása óta terv szerint halad; a CAC "
            "veszélyben, a LinkedIn CPL megint nőtt; a nyerési arány letért a pályáról."
        ),
        (
            "1. Skálázzuk az EXP-0001-et: a logók minden demóűrlapon maradnak (Gábor, keddig).\n"
            "2. Következő kísérlet: EXP-0002, hárommezős demóűrlap a hatmezős helyett. Ma van az "
            "1. nap.\n"
            "3. Péter átnézi a LinkedIn-célzást, mielőtt több keretet teszünk bele."
        ),
        (
            "Katalin kérte, hogy a HubSpotban jelöljük az elvesztett üzletek okát, hogy ne "
            "találgassunk. Ádám elhozza a három elvesztett üzletet a jövő heti áttekintésre. A "
            "partnerszerződés még a jogászoknál van."
        ),
    ),
    "review.1": (
        (
            "A hét kezdete: {week} Látogatás: {visits}, látogatás→űrlap: {form_rate}, lead→MQL: "
            "{mql_rate}, üzletek: {deals}, {revenue} értékben. {funnel_moves}\n"
            "Az EXP-0002 (hárommezős űrlap) {lift_size}-kal növelte a kitöltéseket, de a variáns "
            "{variant_conversions} leadjéből csak {variant_sqls} lett SQL, a kontrollban pedig "
            "{control_conversions} leadből {control_sqls}: olcsóbb leadek, rosszabb leadek.\n"
            "KR-ek: az MQL elmarad a tempótól; a lemorzsolódás és az NPS rendben; az "
            "onboarding-lista terv szerint halad."
        ),
        (
            "1. Ma visszavonjuk az EXP-0002-t; marad a hatmezős űrlap.\n"
            "2. Következő kísérlet: EXP-0003, élő chat az árazási oldalon munkaidőben.\n"
            "3. Réka és Péter csütörtökig megállapodnak a leadpontozás módosításáról."
        ),
        (
            "Rövid megbeszélés (30 perc). A visszavonás könnyű döntés volt, miután az értékesítés "
            "megmutatta a leadeket. Gábor következő ötletként kétlépéses űrlapot javasolt. Zsófia "
            "jelzett két ügyfelet, akiknél csökken a használat; az ügyfélsiker csapat a héten "
            "mindkettőt felhívja."
        ),
    ),
}

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu" sourcelanguage="en">
<context>
    <name>AddCycleCommand</name>
    <message>
        <source>New cycle {name}</source>
        <translation>Új ciklus: {name}</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Step</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Múlt hét</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Előző hét</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Változás</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-érték</translation>
    </message>
    <message>
        <source>{funnel}: {start} → {end} fell</source>
        <translation>{funnel}: {start} → {end} csökkent</translation>
    </message>
    <message>
        <source>{rate} ({reached} of {entered})</source>
        <translation>{rate} ({reached} / {entered})</translation>
    </message>
    <message>
        <source>In the week of {week}, {reached} of {entered} reached {end} from {start} ({rate}), against {before_reached} of {before_entered} the week before ({before}). A two-proportion test puts the chance of a drop this large from noise alone at {p}.</source>
        <translation>A(z) {week} kezdetű héten {entered} közül {reached} jutott el {start} szakaszból {end} szakaszba ({rate}), szemben az előző heti {before_entered} közül {before_reached} értékkel ({before}). A kétmintás aránypróba szerint ekkora csökkenés pusztán zajból {p} valószínűséggel adódik.</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source>usage: </source>
        <translation>használat: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>pozicionális argumentumok</translation>
    </message>
    <message>
        <source>options</source>
        <translation>kapcsolók</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>kiírja ezt a súgót, majd kilép</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>kiírja a verziót, majd kilép</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: hiba: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>a következő argumentumok kötelezők: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s argumentum: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>érvénytelen választás: %(value)r (lehetőségek: %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ismeretlen argumentumok: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>egy argumentum szükséges</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>legalább egy argumentum szükséges</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>legfeljebb egy argumentum adható meg</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>érvénytelen %(type)s típusú érték: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>nem egyértelmű kapcsoló: %(option)s, lehetséges: %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nem adható meg együtt ezzel az argumentummal: %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>figyelmen kívül hagyott explicit argumentum: %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>a következő argumentumok egyike kötelező: %s</translation>
    </message>
</context>
<context>
    <name>ArmsModel</name>
    <message>
        <source>Arm</source>
        <translation>Ág</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Látogatók</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konverziók</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Arány</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL-ek</translation>
    </message>
    <message>
        <source>Reached SQL</source>
        <translation>SQL-ig jutott</translation>
    </message>
    <message>
        <source>Avg. deal value</source>
        <translation>Átl. üzletérték</translation>
    </message>
    <message>
        <source>Conversions ÷ visitors, with its 95 % interval in the tooltip.</source>
        <translation>Konverziók ÷ látogatók; a 95%-os intervallum az elemleírásban.</translation>
    </message>
    <message>
        <source>Day 6 lead quality: the share of conversions that reached SQL.</source>
        <translation>6. nap, leadminőség: a konverziók SQL-ig jutott aránya.</translation>
    </message>
    <message>
        <source>Day 6 lead quality: the average value of the arm&apos;s deals.</source>
        <translation>6. nap, leadminőség: az ág üzleteinek átlagos értéke.</translation>
    </message>
    <message>
        <source>95 % interval: {low} to {high}</source>
        <translation>95%-os intervallum: {low} – {high}</translation>
    </message>
    <message>
        <source>control</source>
        <translation>kontroll</translation>
    </message>
    <message>
        <source>{name} (control)</source>
        <translation>{name} (kontroll)</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancelling…</source>
        <translation>Megszakítás…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
</context>
<context>
    <name>BacklogModel</name>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Kulcseredmény</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Hatás</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Bizalom</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Könnyűség</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>1. nap</translation>
    </message>
    <message>
        <source>The mean of impact, confidence and ease</source>
        <translation>A hatás, a bizalom és a könnyűség átlaga</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <source>&amp;New experiment</source>
        <translation>Ú&amp;j kísérlet</translation>
    </message>
    <message>
        <source>Write down a new experiment idea (Ctrl+N)</source>
        <translation>Új kísérletötlet felírása (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>S&amp;zerkesztés…</translation>
    </message>
    <message>
        <source>Edit the chosen experiment (Enter)</source>
        <translation>A kiválasztott kísérlet szerkesztése (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>&amp;Plan for week…</source>
        <translation>&amp;Ütemezés hétre…</translation>
    </message>
    <message>
        <source>Give the chosen idea its Day 1 and its day tasks</source>
        <translation>A kiválasztott ötlet 1. napjának és napi feladatainak kiosztása</translation>
    </message>
    <message>
        <source>Show every experiment</source>
        <translation>Minden kísérlet megjelenítése</translation>
    </message>
    <message>
        <source>Besides the ideas, list planned, running and decided experiments</source>
        <translation>Az ötleteken kívül a tervezett, futó és lezárt kísérletek listázása</translation>
    </message>
    <message>
        <source>No ideas in the backlog. Write one down with New experiment (Ctrl+N): one change, the metric it should move, and why.</source>
        <translation>Az ötlettár üres. Vegyen fel egyet az Új kísérlet paranccsal (Ctrl+N): egy változtatás, a mutató, amit mozdítania kell, és az indoklás.</translation>
    </message>
</context>
<context>
    <name>BindingConflicts</name>
    <message>
        <source>Funnel</source>
        <translation>Tölcsér</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mutató</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Kezdő szakasz</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Záró szakasz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Forrás</translation>
    </message>
</context>
<context>
    <name>BindingDialog</name>
    <message>
        <source>Bind to funnel metric</source>
        <translation>Kötés tölcsérmutatóhoz</translation>
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation>&amp;Tölcsér:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Mutató:</translation>
    </message>
    <message>
        <source>F&amp;rom stage:</source>
        <translation>&amp;Kezdő szakasz:</translation>
    </message>
    <message>
        <source>&amp;To stage:</source>
        <translation>&amp;Záró szakasz:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Forrás:</translation>
    </message>
    <message>
        <source>Last weeks:</source>
        <translation>Utolsó hetek:</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Kötés</translation>
    </message>
    <message>
        <source>&amp;Unbind</source>
        <translation>Kötés &amp;bontása</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Minden forrás</translation>
    </message>
    <message>
        <source>This workspace has no funnel yet.</source>
        <translation>Ezen a munkaterületen még nincs tölcsér.</translation>
    </message>
    <message>
        <source>This funnel has too few stages for this metric.</source>
        <translation>Ennek a tölcsérnek túl kevés szakasza van ehhez a mutatóhoz.</translation>
    </message>
    <message>
        <source>The from stage must come before the to stage.</source>
        <translation>A kezdő szakasznak a záró szakasz előtt kell lennie.</translation>
    </message>
    <message>
        <source>This key result is not in percent: its check-ins will hold the rate as a fraction (0.031 for 3.1 %). Make its unit Percent to read it as 3.1 %.</source>
        <translation>Ez a kulcseredmény nem százalékos: a frissítései az arányt törtként tárolják (3,1% helyett 0,031). Állítsa a mértékegységét Százalékra, hogy 3,1%-ként jelenjen meg.</translation>
    </message>
    <message>
        <source>After each import the key result gets an automatic check-in with the value of the last full week.</source>
        <translation>Minden importálás után a kulcseredmény automatikus frissítést kap az utolsó teljes hét értékével.</translation>
    </message>
    <message>
        <source>No funnel data for this choice yet.</source>
        <translation>Ehhez a választáshoz még nincs tölcséradat.</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>Show the week holding this day</source>
        <translation>Az ezt a napot tartalmazó hét megjelenítése</translation>
    </message>
    <message>
        <source>Go to wee&amp;k of:</source>
        <translation>Ugrás erre a &amp;hétre:</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carry over from {cycle}</source>
        <translation>Átvitel innen: {cycle}</translation>
    </message>
    <message>
        <source>New cycle {name} ({start} – {end})</source>
        <translation>Új ciklus: {name} ({start} – {end})</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>Cél / kulcseredmény</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Előrehaladás</translation>
    </message>
    <message>
        <source>New baseline → target</source>
        <translation>Új kiindulás → célérték</translation>
    </message>
    <message>
        <source>Every key result reached its target: nothing to carry.</source>
        <translation>Minden kulcseredmény elérte a célértékét: nincs mit átvinni.</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>Átvitel</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Ide:</translation>
    </message>
    <message>
        <source>Unfinished key results keep their owner, target and open initiatives; their last value becomes the new baseline, and each links back to this cycle.</source>
        <translation>A befejezetlen kulcseredmények megtartják felelősüket, célértéküket és nyitott kezdeményezéseiket; utolsó értékük lesz az új kiindulási érték, és mindegyik visszautal erre a ciklusra.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>A chart is saved as .png or .svg, not {0}</source>
        <translation>A diagram .png vagy .svg formátumban menthető, {0} formátumban nem</translation>
    </message>
    <message>
        <source>The chart could not be encoded as PNG.</source>
        <translation>A diagram nem kódolható PNG formátumba.</translation>
    </message>
    <message>
        <source>p &lt; {0}</source>
        <translation>p &lt; {0}</translation>
    </message>
    <message>
        <source>p = {0}</source>
        <translation>p = {0}</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Correct check-in</source>
        <translation>Frissítés javítása</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Heti frissítés</translation>
    </message>
    <message>
        <source>Everyone&apos;s key results</source>
        <translation>Mindenki kulcseredményei</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>What moved, and why?</source>
        <translation>Mi mozdult, és miért?</translation>
    </message>
    <message>
        <source>Anything in the way?</source>
        <translation>Van valami akadály?</translation>
    </message>
    <message>
        <source>Check-in &amp;date:</source>
        <translation>Frissítés &amp;dátuma:</translation>
    </message>
    <message>
        <source>Last check-in:</source>
        <translation>Utolsó frissítés:</translation>
    </message>
    <message>
        <source>Expected today:</source>
        <translation>Ma várt:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>Ú&amp;j érték:</translation>
    </message>
    <message>
        <source>C&amp;onfidence (0–10):</source>
        <translation>&amp;Bizalom (0–10):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Megjegyzés:</translation>
    </message>
    <message>
        <source>&amp;Blockers:</source>
        <translation>&amp;Akadályok:</translation>
    </message>
    <message>
        <source>B&amp;ack</source>
        <translation>&amp;Vissza</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Kihagyás</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>Mentés és tovább</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Be&amp;zárás</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>The cycle starts on {start}: check-ins open on that day.</source>
        <translation>A ciklus kezdete: {start}; a frissítések ettől a naptól nyílnak meg.</translation>
    </message>
    <message>
        <source>A check-in can be dated up to today, {today}.</source>
        <translation>A frissítés legfeljebb mai dátummal ({today}) rögzíthető.</translation>
    </message>
    <message>
        <source>The cycle starts on {start}: check-ins can be dated from then to today.</source>
        <translation>A ciklus kezdete: {start}; a frissítés ettől a naptól máig datálható.</translation>
    </message>
    <message>
        <source>The cycle ended on {end}: a check-in can be dated up to then.</source>
        <translation>A ciklus vége {end} volt; a frissítés legfeljebb eddig a napig datálható.</translation>
    </message>
    <message>
        <source>Expected on {date}:</source>
        <translation>Várt ekkor ({date}):</translation>
    </message>
    <message>
        <source>{date} already has a check-in ({value}): saving replaces it, one check-in a day.</source>
        <translation>{date} napon már van frissítés ({value}): a mentés felülírja – naponta egy frissítés lehet.</translation>
    </message>
    <message>
        <source>Nothing to check in.</source>
        <translation>Nincs mit frissíteni.</translation>
    </message>
    <message>
        <source>Key result {number} of {count}</source>
        <translation>{number}. kulcseredmény / {count}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>még nincs</translation>
    </message>
    <message>
        <source>{value} on {date}</source>
        <translation>{value} ({date})</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Rögzítve:</translation>
    </message>
</context>
<context>
    <name>CheckInsModel</name>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Kulcseredmény</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Bizalom</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Megjegyzés</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Dates and stages</source>
        <translation>Dátumok és szakaszok</translation>
    </message>
    <message>
        <source>Say how to read what the file leaves open.</source>
        <translation>Adja meg, hogyan értelmezze a program, amit a fájl nyitva hagy.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importálás</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dátumok</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Szakaszok</translation>
    </message>
    <message>
        <source>The dates fit more than one format. Which one is it?</source>
        <translation>A dátumok több formátumba is beleillenek. Melyik az igazi?</translation>
    </message>
    <message>
        <source>Dates are read as {format}.</source>
        <translation>A dátumok értelmezése: {format}.</translation>
    </message>
    <message>
        <source>The dates are clear.</source>
        <translation>A dátumok egyértelműek.</translation>
    </message>
    <message>
        <source>These stage names of the file match no stage of the funnel. Add each as a new stage, take it as a stage of the funnel, or skip its rows:</source>
        <translation>A fájl alábbi szakasznevei nem egyeznek a tölcsér egyik szakaszával sem. Mindegyiket felveheti új szakaszként, megfeleltetheti a tölcsér egy szakaszának, vagy kihagyhatja a sorait:</translation>
    </message>
    <message>
        <source>Add as a new stage</source>
        <translation>Felvétel új szakaszként</translation>
    </message>
    <message>
        <source>Skip its rows</source>
        <translation>Sorai kihagyása</translation>
    </message>
    <message>
        <source>Every stage name matches a stage of the funnel.</source>
        <translation>Minden szakasznév egyezik a tölcsér egy szakaszával.</translation>
    </message>
</context>
<context>
    <name>CheckinRules</name>
    <message>
        <source>the value must be a number, not {value}</source>
        <translation>az értéknek számnak kell lennie, nem {value}</translation>
    </message>
    <message>
        <source>a yes/no key result takes 1 or 0, not {value}</source>
        <translation>igen/nem típusú kulcseredmény értéke 1 vagy 0 lehet, nem {value}</translation>
    </message>
    <message>
        <source>the value {value} is beyond ±{limit}</source>
        <translation>a(z) {value} érték kívül esik a ±{limit} tartományon</translation>
    </message>
    <message numerus="yes">
        <source>the value {value} has more than %n decimal(s), which this key result does not take</source>
        <translation>
            <numerusform>a(z) {value} értékben több mint %n tizedesjegy van, ennél többet ez a kulcseredmény nem fogad el</numerusform>
        </translation>
    </message>
    <message>
        <source>the confidence must be from {low} to {high}, not {confidence}</source>
        <translation>a bizalomnak {low} és {high} között kell lennie, nem {confidence}</translation>
    </message>
    <message>
        <source>{day} is in the future; a check-in can be dated up to {today}</source>
        <translation>{day} jövőbeli dátum; a frissítés dátuma legfeljebb {today} lehet</translation>
    </message>
    <message>
        <source>{day} is before the cycle, which starts on {start}</source>
        <translation>{day} a ciklus előtti dátum; a ciklus kezdete: {start}</translation>
    </message>
    <message>
        <source>{day} is after the cycle, which ends on {end}</source>
        <translation>{day} a ciklus utáni dátum; a ciklus vége: {end}</translation>
    </message>
    <message>
        <source>the cycle is closed; it takes no check-ins</source>
        <translation>a ciklus le van zárva; nem rögzíthető benne frissítés</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Offline OKRs, weekly growth experiments and the sales funnel of one team.</source>
        <translation>Egy csapat OKR-jei, heti növekedési kísérletei és értékesítési tölcsére, offline.</translation>
    </message>
    <message>
        <source>open a freshly built demo workspace</source>
        <translation>megnyit egy frissen létrehozott bemutató munkaterületet</translation>
    </message>
    <message>
        <source>open a workspace file in the window</source>
        <translation>megnyit egy munkaterület-fájlt az ablakban</translation>
    </message>
    <message>
        <source>quit as soon as the window is shown and idle (smoke tests, benchmarks)</source>
        <translation>kilép, amint az ablak megjelent és tétlen (füsttesztek, teljesítménymérés)</translation>
    </message>
    <message>
        <source>build the demo workspace into a new file</source>
        <translation>létrehozza a bemutató munkaterületet egy új fájlban</translation>
    </message>
    <message>
        <source>the file to create (it must not exist), or a server&apos;s empty database</source>
        <translation>a létrehozandó fájl (még nem létezhet), vagy egy szerver üres adatbázisa</translation>
    </message>
    <message>
        <source>en, pl, hu or ru (or a locale like pl_PL): the demo&apos;s texts and currency (default: the system&apos;s language, as LC_ALL, LC_MESSAGES or LANG name it; English for any other)</source>
        <translation>en, pl, hu vagy ru (vagy területi beállítás, pl. pl_PL): a bemutató szövegeinek nyelve és pénzneme (alapértelmezés: a rendszer nyelve, ahogy az LC_ALL, LC_MESSAGES vagy LANG megadja; más nyelv esetén angol)</translation>
    </message>
    <message>
        <source>check a workspace file and count what it holds</source>
        <translation>ellenőrzi a munkaterület-fájlt, és megszámolja a tartalmát</translation>
    </message>
    <message>
        <source>render every section of a workspace to PNG files, offscreen</source>
        <translation>a munkaterület minden részét PNG-fájlokba rajzolja, ablak megjelenítése nélkül</translation>
    </message>
    <message>
        <source>where the PNG files go</source>
        <translation>a PNG-fájlok mappája</translation>
    </message>
    <message>
        <source>the window (and offscreen screen) size, like 1366x768 (default: 1440x900)</source>
        <translation>az ablak (és a virtuális képernyő) mérete, pl. 1366x768 (alapértelmezés: 1440x900)</translation>
    </message>
    <message>
        <source>the screens in this language and its way of writing numbers and dates, like pl_PL (default: the Language setting, else the system&apos;s)</source>
        <translation>a képernyők ezen a nyelven, az ott szokásos szám- és dátumírással, pl. pl_PL (alapértelmezés: a Nyelv beállítás, ennek hiányában a rendszeré)</translation>
    </message>
    <message>
        <source>write the weekly review of a workspace as PDF, HTML or Markdown</source>
        <translation>a munkaterület heti áttekintését menti PDF, HTML vagy Markdown formában</translation>
    </message>
    <message>
        <source>the week to review, like 2026-W47 (default: the last full week)</source>
        <translation>az áttekintendő hét, pl. 2026-W47 (alapértelmezés: az utolsó teljes hét)</translation>
    </message>
    <message>
        <source>the file to write: FILE.pdf, .html or .md</source>
        <translation>a mentendő fájl: FILE.pdf, .html vagy .md</translation>
    </message>
    <message>
        <source>numbers and dates as in this locale, like de_DE</source>
        <translation>számok és dátumok e területi beállítás szerint, pl. de_DE</translation>
    </message>
    <message>
        <source>import weekly funnel counts or raw events from a CSV or XLSX file</source>
        <translation>heti tölcsér-darabszámokat vagy nyers eseményeket importál CSV- vagy XLSX-fájlból</translation>
    </message>
    <message>
        <source>the CSV or XLSX file to import</source>
        <translation>az importálandó CSV- vagy XLSX-fájl</translation>
    </message>
    <message>
        <source>the funnel; created if it does not exist</source>
        <translation>a tölcsér; ha nem létezik, létrejön</translation>
    </message>
    <message>
        <source>default: guessed</source>
        <translation>alapértelmezés: automatikus</translation>
    </message>
    <message>
        <source>the file&apos;s COLUMN holds FIELD (week, stage, count, source, variant, spend, revenue, lead_id, timestamp, stage:NAME); repeatable</source>
        <translation>a fájl COLUMN oszlopa a FIELD mezőt tartalmazza (week, stage, count, source, variant, spend, revenue, lead_id, timestamp, stage:NAME); ismételhető</translation>
    </message>
    <message>
        <source>the file&apos;s stage NAME is the funnel&apos;s STAGE (case ignored; NAME= leaves its rows out); repeatable</source>
        <translation>a fájl NAME szakasza a tölcsér STAGE szakasza (kis- és nagybetű mindegy; a NAME= kihagyja a sorait); ismételhető</translation>
    </message>
    <message>
        <source>leave out the rows whose stage is not in the funnel instead of refusing the file</source>
        <translation>kihagyja a tölcsérben nem szereplő szakaszok sorait a fájl elutasítása helyett</translation>
    </message>
    <message>
        <source>default: detected (utf-8, cp1250, cp1251, iso-8859-2…)</source>
        <translation>alapértelmezés: automatikus felismerés (utf-8, cp1250, cp1251, iso-8859-2…)</translation>
    </message>
    <message>
        <source>like %%d.%%m.%%Y or %%m/%%d/%%Y; default: detected</source>
        <translation>pl. %%d.%%m.%%Y vagy %%m/%%d/%%Y; alapértelmezés: automatikus felismerés</translation>
    </message>
    <message>
        <source>the XLSX sheet; default: the first</source>
        <translation>az XLSX munkalap; alapértelmezés: az első</translation>
    </message>
    <message>
        <source>write a funnel&apos;s weekly counts and conversion rates to CSV or XLSX</source>
        <translation>egy tölcsér heti darabszámait és konverziós arányait menti CSV- vagy XLSX-fájlba</translation>
    </message>
    <message>
        <source>the funnel&apos;s name</source>
        <translation>a tölcsér neve</translation>
    </message>
    <message>
        <source>the file to write: FILE.csv or .xlsx</source>
        <translation>a mentendő fájl: FILE.csv vagy .xlsx</translation>
    </message>
    <message>
        <source>build a demo workspace in a temporary folder, open it, render every screen offscreen, write a report and check it; exit 0 when all went well</source>
        <translation>bemutató munkaterületet hoz létre egy ideiglenes mappában, megnyitja, minden képernyőt megrajzol megjelenítés nélkül, jelentést ír és ellenőrzi; a kilépési kód 0, ha minden rendben ment</translation>
    </message>
    <message>
        <source>{lang}: the demo is written in {languages}</source>
        <translation>{lang}: a bemutató ezeken a nyelveken érhető el: {languages}</translation>
    </message>
    <message>
        <source>Demo workspace written to {path}</source>
        <translation>Bemutató munkaterület mentve: {path}</translation>
    </message>
    <message>
        <source>{revision} (current)</source>
        <translation>{revision} (aktuális)</translation>
    </message>
    <message>
        <source>{revision} (older; it is upgraded when opened)</source>
        <translation>{revision} (régebbi; megnyitáskor frissül)</translation>
    </message>
    <message>
        <source>workspace:</source>
        <translation>munkaterület:</translation>
    </message>
    <message>
        <source>schema version:</source>
        <translation>sémaverzió:</translation>
    </message>
    <message>
        <source>integrity check:</source>
        <translation>integritás-ellenőrzés:</translation>
    </message>
    <message>
        <source>objectives:</source>
        <translation>célok:</translation>
    </message>
    <message>
        <source>key results:</source>
        <translation>kulcseredmények:</translation>
    </message>
    <message>
        <source>check-ins:</source>
        <translation>frissítések:</translation>
    </message>
    <message>
        <source>experiments:</source>
        <translation>kísérletek:</translation>
    </message>
    <message>
        <source>funnel weeks:</source>
        <translation>tölcsérhetek:</translation>
    </message>
    <message>
        <source>{path}: integrity check failed: {result}</source>
        <translation>{path}: az integritás-ellenőrzés sikertelen: {result}</translation>
    </message>
    <message>
        <source>{size}: give the size as WIDTHxHEIGHT, like 1366x768</source>
        <translation>{size}: a méretet SZÉLESSÉGxMAGASSÁG formában adja meg, pl. 1366x768</translation>
    </message>
    <message>
        <source>Weekly review of {week} written to {path}</source>
        <translation>Heti áttekintés ({week}) mentve: {path}</translation>
    </message>
    <message>
        <source>{item}: expected {form}</source>
        <translation>{item}: várt formátum: {form}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of {file} as {shape} into the funnel &quot;{funnel}&quot; (the new workspace&apos;s empty default funnel, renamed).</source>
        <translation>
            <numerusform>%n sor importálva a(z) {file} fájlból ({shape}) a(z) „{funnel}” tölcsérbe (az új munkaterület átnevezett üres alapértelmezett tölcsére).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of {file} as {shape} into the funnel &quot;{funnel}&quot; (created with the default stages).</source>
        <translation>
            <numerusform>%n sor importálva a(z) {file} fájlból ({shape}) a(z) „{funnel}” tölcsérbe (alapértelmezett szakaszokkal létrehozva).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of {file} as {shape} into the funnel &quot;{funnel}&quot;.</source>
        <translation>
            <numerusform>%n sor importálva a(z) {file} fájlból ({shape}) a(z) „{funnel}” tölcsérbe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weeks {first} to {last}: %n week(s).</source>
        <translation>
            <numerusform>{first} – {last} hetek: %n hét.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier row(s) replaced.</source>
        <translation>
            <numerusform>%n korábbi sor lecserélve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic check-in(s).</source>
        <translation>
            <numerusform>%n automatikus frissítés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import #{number}.</source>
        <translation>#{number}. importálás.</translation>
    </message>
    <message numerus="yes">
        <source>Counted again: %n other week(s) of the same leads (their source, variant, entry week or cohort comes from all the files).</source>
        <translation>
            <numerusform>Újraszámolva: ugyanazon leadek %n további hete (forrásuk, változatuk, belépési hetük vagy kohorszuk az összes fájlból származik).</numerusform>
        </translation>
    </message>
    <message>
        <source>Times with a UTC offset were read as the local time written (2026-03-02T00:30:00+02:00 is 2026-03-02 00:30, in the week it names).</source>
        <translation>Az UTC-eltolással megadott időpontok a leírt helyi időként lettek beolvasva (a 2026-03-02T00:30:00+02:00 = 2026-03-02 00:30, az általa megnevezett héten).</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) of stages not in the funnel: {names}</source>
        <translation>
            <numerusform>%n sor kihagyva a tölcsérben nem szereplő szakaszok miatt: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Figyelmeztetés: {warning}</translation>
    </message>
    <message numerus="yes">
        <source>Funnel &quot;{funnel}&quot; written to {path}: %n row(s)</source>
        <translation>
            <numerusform>„{funnel}” tölcsér mentve: {path}: %n sor</numerusform>
        </translation>
    </message>
    <message>
        <source>--author &quot;{name}&quot;: nobody of that name in People</source>
        <translation>--author „{name}”: nincs ilyen nevű személy a Személyek között</translation>
    </message>
    <message>
        <source>record one check-in of a key result, as the check-in dialog does</source>
        <translation>egy kulcseredmény egyetlen frissítését rögzíti, ugyanúgy, mint a frissítési ablak</translation>
    </message>
    <message>
        <source>the key result&apos;s id or exact title</source>
        <translation>a kulcseredmény azonosítója vagy pontos címe</translation>
    </message>
    <message>
        <source>the new value (1 or 0 for a yes/no key result)</source>
        <translation>az új érték (igen/nem típusú kulcseredménynél 1 vagy 0)</translation>
    </message>
    <message>
        <source>the day of the check-in, YYYY-MM-DD (default: today)</source>
        <translation>a frissítés napja, ÉÉÉÉ-HH-NN (alapértelmezés: ma)</translation>
    </message>
    <message>
        <source>0 to 10 (default: the last check-in&apos;s, else 5)</source>
        <translation>0 és 10 között (alapértelmezés: a legutóbbi frissítésé, ennek hiányában 5)</translation>
    </message>
    <message>
        <source>what moved, and why</source>
        <translation>mi változott és miért</translation>
    </message>
    <message>
        <source>the person who writes it, by their exact name in People (default: nobody)</source>
        <translation>a rögzítő személy, pontosan a Személyek között szereplő nevén (alapértelmezés: senki)</translation>
    </message>
    <message>
        <source>create an empty workspace with its first cycle</source>
        <translation>üres munkaterületet hoz létre az első ciklusával</translation>
    </message>
    <message>
        <source>the workspace file to create (it must not exist), or the empty database of a PostgreSQL server, postgresql://user@host[:port]/database</source>
        <translation>a létrehozandó munkaterület-fájl (még nem létezhet), vagy egy PostgreSQL-szerver üres adatbázisa: postgresql://felhasználó@gép[:port]/adatbázis</translation>
    </message>
    <message>
        <source>the workspace&apos;s name (default: the file&apos;s name)</source>
        <translation>a munkaterület neve (alapértelmezés: a fájl neve)</translation>
    </message>
    <message>
        <source>the first cycle&apos;s name (default: the current quarter&apos;s)</source>
        <translation>az első ciklus neve (alapértelmezés: az aktuális negyedévé)</translation>
    </message>
    <message>
        <source>the cycle&apos;s first day, YYYY-MM-DD</source>
        <translation>a ciklus első napja, ÉÉÉÉ-HH-NN</translation>
    </message>
    <message>
        <source>the cycle&apos;s last day, YYYY-MM-DD</source>
        <translation>a ciklus utolsó napja, ÉÉÉÉ-HH-NN</translation>
    </message>
    <message>
        <source>{option} {text}: not a date (YYYY-MM-DD)</source>
        <translation>{option} {text}: nem dátum (ÉÉÉÉ-HH-NN)</translation>
    </message>
    <message>
        <source>value {text}: not a number</source>
        <translation>érték {text}: nem szám</translation>
    </message>
    <message>
        <source>--confidence {text}: not a whole number from 0 to 10</source>
        <translation>--confidence {text}: nem 0 és 10 közötti egész szám</translation>
    </message>
    <message>
        <source>Checked in &quot;{title}&quot;: {value} on {date}</source>
        <translation>„{title}” frissítve: {value}, {date}</translation>
    </message>
    <message>
        <source>--cycle: the cycle needs a name</source>
        <translation>--cycle: a ciklusnak név kell</translation>
    </message>
    <message>
        <source>--to {end}: the last day must come after the first day ({start})</source>
        <translation>--to {end}: az utolsó napnak az első nap ({start}) után kell lennie</translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation>a --from és a --to csak együtt adható meg</translation>
    </message>
    <message>
        <source>Workspace &quot;{name}&quot; created in {path} with the cycle {cycle} ({start} to {end}) and the funnel &quot;{funnel}&quot; to plan in</source>
        <translation>„{name}” munkaterület létrehozva itt: {path}, {cycle} ciklussal ({start} – {end}) és a tervezéshez „{funnel}” tölcsérrel</translation>
    </message>
    <message>
        <source>OKRs to and from a spreadsheet (CSV or XLSX)</source>
        <translation>OKR-ek táblázatba és táblázatból (CSV vagy XLSX)</translation>
    </message>
    <message>
        <source>write a cycle&apos;s key results, one per row, with progress, status, score</source>
        <translation>egy ciklus kulcseredményeit menti, soronként egyet, előrehaladással, állapottal, pontszámmal</translation>
    </message>
    <message>
        <source>the cycle&apos;s name (default: the current cycle)</source>
        <translation>a ciklus neve (alapértelmezés: az aktuális ciklus)</translation>
    </message>
    <message>
        <source>FILE.xlsx or FILE.csv</source>
        <translation>FILE.xlsx vagy FILE.csv</translation>
    </message>
    <message>
        <source>add or update key results from a spreadsheet, all or nothing</source>
        <translation>kulcseredményeket ad hozzá vagy frissít táblázatból, mindet vagy egyet sem</translation>
    </message>
    <message>
        <source>FILE.xlsx or FILE.csv, one key result per row</source>
        <translation>FILE.xlsx vagy FILE.csv, soronként egy kulcseredmény</translation>
    </message>
    <message>
        <source>the person who writes the check-ins and key result changes, by their exact name in People (default: nobody)</source>
        <translation>a frissítéseket és a kulcseredmények módosításait rögzítő személy, pontosan a Személyek között szereplő nevén (alapértelmezés: senki)</translation>
    </message>
    <message>
        <source>--out {path}: name a .xlsx or .csv file</source>
        <translation>--out {path}: .xlsx vagy .csv fájlt adjon meg</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n key result(s) of the cycle {cycle} to {path}</source>
        <translation>
            <numerusform>A(z) {cycle} ciklus %n kulcseredménye mentve: {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key result(s) into {cycle}: {added} added, {updated} updated.</source>
        <translation>
            <numerusform>%n kulcseredmény importálva ide: {cycle}: {added} új, {updated} frissítve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objectives: {added} added, {matched} matched.</source>
        <translation>Célok: {added} új, {matched} egyeztetve.</translation>
    </message>
    <message numerus="yes">
        <source>People added: %n.</source>
        <translation>
            <numerusform>Felvett személyek: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Teams added: %n.</source>
        <translation>
            <numerusform>Felvett csapatok: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins: %n.</source>
        <translation>
            <numerusform>Frissítések: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>the .okrdesk workspace file, or postgresql://user@host[:port]/database</source>
        <translation>a .okrdesk munkaterület-fájl, vagy postgresql://felhasználó@gép[:port]/adatbázis</translation>
    </message>
    <message>
        <source>copy a whole workspace between a file and a server, into a new file or an empty database, and check the copy</source>
        <translation>egy teljes munkaterületet másol fájl és szerver között, új fájlba vagy üres adatbázisba, és ellenőrzi a másolatot</translation>
    </message>
    <message>
        <source>{workspace}, to copy (only read)</source>
        <translation>{workspace}, a másolás forrása (csak olvassa)</translation>
    </message>
    <message>
        <source>a new .okrdesk file (it must not exist), or postgresql://user@host[:port]/database of an empty database</source>
        <translation>új .okrdesk fájl (még nem létezhet), vagy egy üres adatbázis: postgresql://felhasználó@gép[:port]/adatbázis</translation>
    </message>
    <message>
        <source>interrupted; nothing was written to {destination}</source>
        <translation>megszakítva; semmi sem került ide: {destination}</translation>
    </message>
    <message numerus="yes">
        <source>Copied {source} to {destination} at schema version {revision}: %n table(s), the same rows and digests in both.</source>
        <translation>
            <numerusform>{source} átmásolva ide: {destination}, {revision} sémaverzióval: %n tábla, mindkettőben ugyanazok a sorok és kivonatok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n row(s) copied</source>
        <translation>
            <numerusform>{table}: %n sor átmásolva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n row(s) so far…</source>
        <translation>
            <numerusform>{table}: eddig %n sor…</numerusform>
        </translation>
    </message>
    <message>
        <source>table</source>
        <translation>tábla</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>sorok</translation>
    </message>
    <message>
        <source>rows copied</source>
        <translation>másolt sorok</translation>
    </message>
    <message>
        <source>digest</source>
        <translation>kivonat</translation>
    </message>
    <message>
        <source>digest of the copy</source>
        <translation>a másolat kivonata</translation>
    </message>
    <message>
        <source>workspace digest: {digest} (the copy: {copy_digest})</source>
        <translation>munkaterület-kivonat: {digest} (a másolaté: {copy_digest})</translation>
    </message>
    <message>
        <source>the workspace&apos;s database, postgresql://admin@host[:port]/database</source>
        <translation>a munkaterület adatbázisa, postgresql://admin@gép[:port]/adatbázis</translation>
    </message>
    <message>
        <source>set up a team workspace on a PostgreSQL server: schema, roles, people</source>
        <translation>csapat-munkaterületet állít be egy PostgreSQL-szerveren: séma, szerepkörök, személyek</translation>
    </message>
    <message>
        <source>create or upgrade the schema and the owner, member and viewer roles, with their grants; safe to run again</source>
        <translation>létrehozza vagy frissíti a sémát, valamint a tulajdonos, a tag és a megtekintő szerepkört a jogosultságaikkal; bármikor újra futtatható</translation>
    </message>
    <message>
        <source>the new workspace&apos;s name (default: the database&apos;s name)</source>
        <translation>az új munkaterület neve (alapértelmezés: az adatbázis neve)</translation>
    </message>
    <message>
        <source>let a person in as owner, member or viewer</source>
        <translation>beenged egy személyt tulajdonosként (owner), tagként (member) vagy megtekintőként (viewer)</translation>
    </message>
    <message>
        <source>the person&apos;s login (created without a password if missing)</source>
        <translation>a személy bejelentkezési neve (ha még nincs, jelszó nélkül jön létre)</translation>
    </message>
    <message>
        <source>what the person may do (default: member)</source>
        <translation>mit tehet a személy (alapértelmezés: member)</translation>
    </message>
    <message>
        <source>{path}: a team workspace lives on a server: postgresql://…</source>
        <translation>{path}: a csapat-munkaterület szerveren található: postgresql://…</translation>
    </message>
    <message>
        <source>To let a person in: okrdesk team add {url} USER --role member</source>
        <translation>Személy beengedése: okrdesk team add {url} FELHASZNÁLÓ --role member</translation>
    </message>
    <message>
        <source>or in psql: CREATE ROLE anna LOGIN IN ROLE {member}; \password anna</source>
        <translation>vagy psql-ben: CREATE ROLE anna LOGIN IN ROLE {member}; \password anna</translation>
    </message>
</context>
<context>
    <name>CloseCycleDialog</name>
    <message>
        <source>Close {cycle}</source>
        <translation>{cycle} lezárása</translation>
    </message>
    <message>
        <source>What &amp;helped</source>
        <translation>Mi &amp;segített</translation>
    </message>
    <message>
        <source>&amp;Root causes of misses</source>
        <translation>A lemaradások &amp;gyökérokai</translation>
    </message>
    <message>
        <source>&amp;Lessons for next cycle</source>
        <translation>&amp;Tanulságok a következő ciklusra</translation>
    </message>
    <message>
        <source>Carry unfinished key results into the next cycle</source>
        <translation>A befejezetlen kulcseredmények átvitele a következő ciklusba</translation>
    </message>
    <message>
        <source>Close cycle</source>
        <translation>Ciklus lezárása</translation>
    </message>
    <message>
        <source>Scores are proposed from each key result&apos;s progress: 0.7–1.0 is green, 0.4–0.6 yellow, 0.0–0.3 red; for a stretch goal 0.6–0.7 is a success. After closing, the cycle is read-only until reopened.</source>
        <translation>A pontszámjavaslatok az egyes kulcseredmények előrehaladásán alapulnak: 0,7–1,0 zöld, 0,4–0,6 sárga, 0,0–0,3 piros; ambiciózus célnál a 0,6–0,7 siker. Lezárás után a ciklus csak olvasható, amíg újra meg nem nyitják.</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>&amp;Pontszámok</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Retrospektív</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Oszlopok</translation>
    </message>
    <message>
        <source>Check what each column of the file holds; the guess comes from its header.</source>
        <translation>Ellenőrizze, mit tartalmaznak a fájl egyes oszlopai; a javaslat a fejléceken alapul.</translation>
    </message>
    <message>
        <source>Weekly counts</source>
        <translation>Heti darabszámok</translation>
    </message>
    <message>
        <source>Raw events (one row per lead and stage)</source>
        <translation>Nyers események (leadenként és szakaszonként egy sor)</translation>
    </message>
    <message>
        <source>&amp;The file holds:</source>
        <translation>&amp;A fájl tartalma:</translation>
    </message>
    <message>
        <source>This file cannot be imported as weekly counts: no column holds the counts (how many reached each stage in the week). Set the column that holds them to “{count}”, or choose “{events}” above.</source>
        <translation>Ez a fájl nem importálható heti darabszámokként: egyik oszlop sem tartalmaz darabszámot (hányan érték el az egyes szakaszokat az adott héten). Állítsa a darabszámokat tartalmazó oszlopot erre: „{count}”, vagy válassza fent ezt: „{events}”.</translation>
    </message>
    <message>
        <source>Choose the column that holds: {fields}.</source>
        <translation>Válassza ki az oszlopot, amely ezt tartalmazza: {fields}.</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>the week before</source>
        <translation>az előző hét</translation>
    </message>
    <message>
        <source>the mean of the 4 weeks before</source>
        <translation>az előző 4 hét átlaga</translation>
    </message>
    <message>
        <source>The last week of the range, &amp;compared with</source>
        <translation>A tartomány utolsó hete, &amp;összevetve ezzel:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>You changed this: applying puts yours over theirs.</source>
        <translation>Ezt Ön módosította: alkalmazáskor az Öné kerül az övék helyére.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mező</translation>
    </message>
    <message>
        <source>Theirs (now saved)</source>
        <translation>Övék (már mentve)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Öné</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nem</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Valaki más módosította</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>Az övék &amp;megtartása</translation>
    </message>
    <message>
        <source>&amp;Apply theirs, then mine</source>
        <translation>Az övék, &amp;utána az enyém</translation>
    </message>
    <message>
        <source>Their saved row, with the fields you changed (in bold) set to yours; their other changes (in italics) stay.</source>
        <translation>A mentett sor, amelyben az Ön által módosított mezők (félkövér) az Ön értékeit kapják; a másik fél többi módosítása (dőlt) megmarad.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Valaki más</translation>
    </message>
    <message>
        <source>{name} changed “{title}” on {when}, after you opened it.</source>
        <translation>{name} módosította a(z) „{title}” elemet ({when}), miután Ön megnyitotta.</translation>
    </message>
    <message>
        <source>{name} changed “{title}” after you opened it.</source>
        <translation>{name} módosította a(z) „{title}” elemet, miután Ön megnyitotta.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team workspace</source>
        <translation>Csatlakozás csapat-munkaterülethez</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Jelszó &amp;megjegyzése a rendszer kulcstartójában</translation>
    </message>
    <message>
        <source>&amp;Encrypt the connection (TLS)</source>
        <translation>&amp;Titkosított kapcsolat (TLS)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Szerver:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Adatbázis:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Felhasználó:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Jelszó:</translation>
    </message>
    <message>
        <source>No system keyring on this computer: the password is asked each time</source>
        <translation>Ezen a számítógépen nincs rendszerkulcstartó: a jelszót minden alkalommal meg kell adni</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Csatlakozás</translation>
    </message>
    <message>
        <source>The password and the data are encrypted on their way.</source>
        <translation>A jelszó és az adatok titkosítva utaznak.</translation>
    </message>
    <message>
        <source>This computer&apos;s own server: nothing crosses the network.</source>
        <translation>Ennek a számítógépnek a saját szervere: semmi sem megy át a hálózaton.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network between you and the server can read the password and the data. Turn it off only on a network you trust.</source>
        <translation>Titkosítás nélkül: a hálózaton Ön és a szerver között bárki elolvashatja a jelszót és az adatokat. Csak megbízható hálózaton kapcsolja ki.</translation>
    </message>
    <message>
        <source>Name the server (localhost for this computer).</source>
        <translation>Adja meg a szervert (ezen a számítógépen: localhost).</translation>
    </message>
    <message>
        <source>Name the team workspace&apos;s database.</source>
        <translation>Adja meg a csapat-munkaterület adatbázisát.</translation>
    </message>
    <message>
        <source>Name the user you log in as.</source>
        <translation>Adja meg a felhasználónevet, amellyel bejelentkezik.</translation>
    </message>
</context>
<context>
    <name>ConversionTrendChart</name>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>Week of {day}: no rate defined</source>
        <translation>{day} hete: nincs meghatározott arány</translation>
    </message>
    <message>
        <source>Week of {day}
{from_stage} → {to_stage}: {rate}
{to} of {n}</source>
        <translation>{day} hete
{from_stage} → {to_stage}: {rate}
{to} / {n}</translation>
    </message>
</context>
<context>
    <name>CorrectCheckInCommand</name>
    <message>
        <source>Correct check-in of {title}</source>
        <translation>{title} frissítésének javítása</translation>
    </message>
</context>
<context>
    <name>CycleCloseActions</name>
    <message>
        <source>C&amp;lose cycle…</source>
        <translation>Ciklus &amp;lezárása…</translation>
    </message>
    <message>
        <source>Re&amp;open cycle</source>
        <translation>Ciklus újra&amp;nyitása</translation>
    </message>
    <message>
        <source>Carry &amp;over…</source>
        <translation>Át&amp;vitel…</translation>
    </message>
    <message>
        <source>Close {cycle}</source>
        <translation>{cycle} lezárása</translation>
    </message>
    <message>
        <source>Reopen {cycle}</source>
        <translation>{cycle} újranyitása</translation>
    </message>
    <message>
        <source>Carry over from {cycle}</source>
        <translation>Átvitel innen: {cycle}</translation>
    </message>
</context>
<context>
    <name>CycleCloseCommands</name>
    <message>
        <source>What helped</source>
        <translation>Mi segített</translation>
    </message>
    <message>
        <source>Root causes of misses</source>
        <translation>A lemaradások gyökérokai</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Tanulságok</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>Start a new cycle</source>
        <translation>Új ciklus indítása</translation>
    </message>
    <message>
        <source>Start cycle</source>
        <translation>Ciklus indítása</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Első nap:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Utolsó nap:</translation>
    </message>
    <message>
        <source>The cycle needs a name.</source>
        <translation>A ciklusnak nevet kell adni.</translation>
    </message>
    <message>
        <source>A cycle with this name already exists.</source>
        <translation>Már van ilyen nevű ciklus.</translation>
    </message>
    <message>
        <source>The last day must come after the first day.</source>
        <translation>Az utolsó napnak az első nap utánra kell esnie.</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Dashboard</source>
        <translation>Irányítópult</translation>
    </message>
    <message>
        <source>Objectives this cycle</source>
        <translation>Célok ebben a ciklusban</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Kulcseredmények</translation>
    </message>
    <message>
        <source>Check-ins in the last 7 days</source>
        <translation>Frissítések az elmúlt 7 napban</translation>
    </message>
    <message>
        <source>Experiments running</source>
        <translation>Futó kísérletek</translation>
    </message>
    <message>
        <source>Weeks of funnel data</source>
        <translation>Tölcséradatos hetek</translation>
    </message>
    <message>
        <source>No funnel data yet.</source>
        <translation>Még nincs tölcséradat.</translation>
    </message>
    <message>
        <source>Last full week in the funnel</source>
        <translation>Utolsó teljes hét a tölcsérben</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Kísérletek</translation>
    </message>
    <message>
        <source>Latest check-ins</source>
        <translation>Legutóbbi frissítések</translation>
    </message>
    <message>
        <source>Funnel in the week of {date}</source>
        <translation>Tölcsér – {date} hete</translation>
    </message>
    <message>
        <source>No cycle yet: start one from the File menu.</source>
        <translation>Még nincs ciklus: indítson egyet a Fájl menüből.</translation>
    </message>
    <message>
        <source>{name}: {start} – {end}</source>
        <translation>{name}: {start} – {end}</translation>
    </message>
    <message>
        <source>Day {day} of {days} · {share} of the cycle has passed</source>
        <translation>{day}. nap / {days} · a ciklus {share} része telt el</translation>
    </message>
</context>
<context>
    <name>DayCard</name>
    <message>
        <source>Day {day}</source>
        <translation>{day}. nap</translation>
    </message>
    <message>
        <source>Add a task on Day {day}</source>
        <translation>Feladat hozzáadása a(z) {day}. naphoz</translation>
    </message>
</context>
<context>
    <name>DayTemplate</name>
    <message>
        <source>Define: one variable, the hypothesis and the metric</source>
        <translation>Meghatározás: egy változó, a hipotézis és a mutató</translation>
    </message>
    <message>
        <source>Deploy the change</source>
        <translation>A változtatás bevezetése</translation>
    </message>
    <message>
        <source>Collect data; check attribution</source>
        <translation>Adatgyűjtés; az attribúció ellenőrzése</translation>
    </message>
    <message>
        <source>Check lead quality</source>
        <translation>A leadminőség ellenőrzése</translation>
    </message>
    <message>
        <source>Decide: scale or roll back</source>
        <translation>Döntés: skálázás vagy visszaállítás</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Skálázás</translation>
    </message>
    <message>
        <source>The variant wins: make it the way we work.</source>
        <translation>A változat nyer: ez lesz a bevett gyakorlat.</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Visszaállítás</translation>
    </message>
    <message>
        <source>Go back to the control. The experiment, its tasks and its results are kept.</source>
        <translation>Vissza a kontrollhoz. A kísérlet, a feladatai és az eredményei megmaradnak.</translation>
    </message>
    <message>
        <source>&amp;Iterate</source>
        <translation>Ú&amp;jrapróbálás</translation>
    </message>
    <message>
        <source>Promising: change it and test again.</source>
        <translation>Ígéretes: módosítsuk, és teszteljük újra.</translation>
    </message>
    <message>
        <source>I&amp;nconclusive</source>
        <translation>&amp;Nem egyértelmű</translation>
    </message>
    <message>
        <source>No detectable difference, or not enough data.</source>
        <translation>Nincs kimutatható különbség, vagy kevés az adat.</translation>
    </message>
    <message>
        <source>Decide {code}</source>
        <translation>Döntés: {code}</translation>
    </message>
    <message>
        <source>What did the numbers show, what did sales say, what do we try next?</source>
        <translation>Mit mutattak a számok, mit mondott az értékesítés, mit próbálunk ki legközelebb?</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Döntés:</translation>
    </message>
    <message>
        <source>&amp;Learnings:</source>
        <translation>&amp;Tanulságok:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>&amp;Döntés napja:</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Döntés rögzítése</translation>
    </message>
    <message>
        <source>Decide before Day 1?</source>
        <translation>Döntés az 1. nap előtt?</translation>
    </message>
    <message>
        <source>{code} starts on {start} (its Day 1), after the decision date {date}: it had not run then, so there is no data to decide on.
Record the decision anyway?</source>
        <translation>A(z) {code} kezdete {start} (az 1. napja), ami a döntés dátuma ({date}) utáni: akkor még nem futott, így nincs adat, amire a döntés épülhetne.
Rögzíti mégis a döntést?</translation>
    </message>
</context>
<context>
    <name>DeleteCheckInCommand</name>
    <message>
        <source>Delete check-in of {title}</source>
        <translation>{title} frissítésének törlése</translation>
    </message>
</context>
<context>
    <name>DemoTask</name>
    <message>
        <source>Building the demo workspace</source>
        <translation>A bemutató munkaterület létrehozása</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>The changes to the previous item were not valid and were not saved.</source>
        <translation>Az előző elem módosításai érvénytelenek voltak, ezért nem lettek mentve.</translation>
    </message>
    <message>
        <source>Select an objective or a key result to edit it here.</source>
        <translation>Jelöljön ki egy célt vagy kulcseredményt, hogy itt szerkeszthesse.</translation>
    </message>
    <message>
        <source>This workspace is read-only: nothing in it can be changed.</source>
        <translation>Ez a munkaterület csak olvasható: semmi sem módosítható benne.</translation>
    </message>
    <message>
        <source>This cycle is closed: reopen it to change its objectives.</source>
        <translation>Ez a ciklus le van zárva: a céljai módosításához nyissa meg újra.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Alkalmaz</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Visszaállít</translation>
    </message>
</context>
<context>
    <name>ExperimentBoard</name>
    <message>
        <source>Tick “{title}” done</source>
        <translation>„{title}” késznek jelölése</translation>
    </message>
    <message>
        <source>Reopen “{title}”</source>
        <translation>„{title}” újranyitása</translation>
    </message>
    <message>
        <source>Edit task “{title}”</source>
        <translation>„{title}” feladat szerkesztése</translation>
    </message>
    <message>
        <source>Add task “{title}”</source>
        <translation>„{title}” feladat hozzáadása</translation>
    </message>
    <message>
        <source>Delete task “{title}”</source>
        <translation>„{title}” feladat törlése</translation>
    </message>
    <message>
        <source>Move {code} to the week of {day}</source>
        <translation>{code} áthelyezése a(z) {day} kezdetű hétre</translation>
    </message>
</context>
<context>
    <name>ExperimentCard</name>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>no funnel step yet</source>
        <translation>még nincs tölcsérlépés</translation>
    </message>
    <message>
        <source>Day 1: {date}</source>
        <translation>1. nap: {date}</translation>
    </message>
    <message>
        <source>Double-click to open.</source>
        <translation>Megnyitás dupla kattintással.</translation>
    </message>
    <message>
        <source>Drag onto “Previous week” or “Next week” to move it. </source>
        <translation>Az áthelyezéshez húzza az „Előző hét” vagy a „Következő hét” mezőre. </translation>
    </message>
    <message>
        <source>Move to next week</source>
        <translation>Áthelyezés a következő hétre</translation>
    </message>
    <message>
        <source>Move to previous week</source>
        <translation>Áthelyezés az előző hétre</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Megnyitás</translation>
    </message>
</context>
<context>
    <name>ExperimentCommands</name>
    <message>
        <source>New experiment “{title}”</source>
        <translation>Új kísérlet: „{title}”</translation>
    </message>
    <message>
        <source>Delete {code}</source>
        <translation>{code} törlése</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hipotézis</translation>
    </message>
    <message>
        <source>Variable changed</source>
        <translation>Módosított változó</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Kulcseredmény</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Tölcsér</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Kezdő szakasz</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Záró szakasz</translation>
    </message>
    <message>
        <source>Control share</source>
        <translation>Kontroll aránya</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>1. nap</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Hatás</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Bizalom</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Könnyűség</translation>
    </message>
    <message>
        <source>Minimum detectable effect</source>
        <translation>Minimális kimutatható hatás</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Napok</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>„{title}” szerkesztése</translation>
    </message>
    <message>
        <source>Decide {code}</source>
        <translation>Döntés: {code}</translation>
    </message>
</context>
<context>
    <name>ExperimentEditing</name>
    <message>
        <source>&amp;New experiment…</source>
        <translation>Ú&amp;j kísérlet…</translation>
    </message>
    <message>
        <source>&amp;Edit experiment…</source>
        <translation>Kísérlet &amp;szerkesztése…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Döntés…</translation>
    </message>
    <message>
        <source>&amp;Plan for week…</source>
        <translation>&amp;Ütemezés hétre…</translation>
    </message>
    <message>
        <source>&amp;Mark as running</source>
        <translation>Megjelölés &amp;futóként</translation>
    </message>
    <message>
        <source>De&amp;lete experiment</source>
        <translation>Kísérlet &amp;törlése</translation>
    </message>
    <message>
        <source>&amp;Mark as {status}</source>
        <translation>&amp;Megjelölés: {status}</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>Új kísérlet</translation>
    </message>
    <message>
        <source>{code} (given on saving)</source>
        <translation>{code} (mentéskor kapja meg)</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>{code} szerkesztése</translation>
    </message>
    <message>
        <source>Delete experiment</source>
        <translation>Kísérlet törlése</translation>
    </message>
    <message>
        <source>Delete {code} “{title}” with its day tasks and results?
Its code is not given again. Edit → Undo brings everything back.</source>
        <translation>Törli a(z) {code} „{title}” kísérletet a napi feladataival és eredményeivel együtt?
A kódja nem lesz újra kiosztva. A Szerkesztés → Visszavonás mindent visszahoz.</translation>
    </message>
    <message>
        <source>Plan {code} for {date}</source>
        <translation>{code} ütemezése: {date}</translation>
    </message>
    <message>
        <source>Mark {code} as {status}</source>
        <translation>{code} megjelölése: {status}</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Még nem indult el</translation>
    </message>
    <message>
        <source>{code} starts on {date} (its Day 1) and can be marked as running from that day: its day tasks and results count from Day 1.
To start it earlier, move its Day 1 with Plan for week…</source>
        <translation>A(z) {code} kezdete {date} (az 1. napja), és ettől a naptól jelölhető futónak: a napi feladatai és eredményei az 1. naptól számítanak.
Korábbi indításhoz helyezze át az 1. napját az Ütemezés hétre… paranccsal.</translation>
    </message>
</context>
<context>
    <name>ExperimentEditor</name>
    <message>
        <source>If we &lt;change&gt;, then &lt;metric&gt; will &lt;move&gt;, because &lt;reason&gt;.</source>
        <translation>Ha &lt;változtatás&gt;, akkor &lt;mutató&gt; &lt;irány&gt;, mert &lt;indok&gt;.</translation>
    </message>
    <message>
        <source>Codes are given in order and never reused</source>
        <translation>A kódok sorrendben jönnek, és sosem ismétlődnek</translation>
    </message>
    <message>
        <source>Customer logos above the demo form</source>
        <translation>Ügyféllogók a demóigénylő űrlap fölött</translation>
    </message>
    <message>
        <source>&amp;Insert template</source>
        <translation>&amp;Sablon beszúrása</translation>
    </message>
    <message>
        <source>The one thing that differs between the arms</source>
        <translation>Az egyetlen dolog, amiben az ágak eltérnek</translation>
    </message>
    <message>
        <source>No key result</source>
        <translation>Nincs kulcseredmény</translation>
    </message>
    <message>
        <source>No funnel</source>
        <translation>Nincs tölcsér</translation>
    </message>
    <message>
        <source> % in control</source>
        <translation> % kontroll</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nincs</translation>
    </message>
    <message>
        <source>The smallest change of the rate worth detecting, in percentage points</source>
        <translation>Az arány legkisebb észlelésre érdemes változása, százalékpontban</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln nap</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Ütemezve</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Felosztás:</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>Hatás:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Időtartam:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Hatás:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Bizalom:</translation>
    </message>
    <message>
        <source>Ease:</source>
        <translation>Könnyűség:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kód:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <source>&amp;Hypothesis:</source>
        <translation>&amp;Hipotézis:</translation>
    </message>
    <message>
        <source>&amp;Variable changed:</source>
        <translation>&amp;Módosított változó:</translation>
    </message>
    <message>
        <source>&amp;Key result:</source>
        <translation>&amp;Kulcseredmény:</translation>
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation>&amp;Tölcsér:</translation>
    </message>
    <message>
        <source>&amp;Primary metric:</source>
        <translation>&amp;Elsődleges mutató:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Terv:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Felelős:</translation>
    </message>
    <message>
        <source>Day &amp;1:</source>
        <translation>&amp;1. nap:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Álla&amp;pot:</translation>
    </message>
    <message>
        <source>ICE:</source>
        <translation>ICE:</translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation>Sablon beszúrása</translation>
    </message>
    <message>
        <source>Replace the hypothesis written with the template?</source>
        <translation>Lecseréli a megírt hipotézist a sablonra?</translation>
    </message>
    <message>
        <source>ICE {score}</source>
        <translation>ICE {score}</translation>
    </message>
</context>
<context>
    <name>ExperimentErrors</name>
    <message>
        <source>an experiment is decided, and stops being so, through its decision</source>
        <translation>egy kísérlet a döntésével válik eldöntötté, és azzal szűnik meg annak lenni</translation>
    </message>
    <message>
        <source>a decided experiment keeps its status until its decision is cleared</source>
        <translation>egy eldöntött kísérlet megtartja az állapotát, amíg a döntését nem törlik</translation>
    </message>
    <message>
        <source>an experiment is decided by recording its decision</source>
        <translation>egy kísérlet a döntés rögzítésével dől el</translation>
    </message>
    <message>
        <source>a {status} experiment has nothing to decide yet</source>
        <translation>egy „{status}” állapotú kísérletben még nincs mit eldönteni</translation>
    </message>
    <message>
        <source>a decision goes with the decided status, and only with it</source>
        <translation>a döntés az eldöntött állapottal jár, és csak azzal</translation>
    </message>
    <message>
        <source>a {status} experiment keeps its start date</source>
        <translation>egy „{status}” állapotú kísérlet megtartja a kezdő dátumát</translation>
    </message>
    <message>
        <source>a {status} experiment needs a start date</source>
        <translation>egy „{status}” állapotú kísérletnek kezdő dátum kell</translation>
    </message>
    <message>
        <source>{current} moves on to {next} first, not to {status}</source>
        <translation>„{current}” állapotból előbb „{next}” következik, nem „{status}”</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>a feladatnak cím kell</translation>
    </message>
    <message numerus="yes">
        <source>the title is longer than %n character(s)</source>
        <translation>
            <numerusform>a cím hosszabb %n karakternél</numerusform>
        </translation>
    </message>
    <message>
        <source>the day must be 1 to 7, not {day}</source>
        <translation>a nap 1 és 7 közötti legyen, nem {day}</translation>
    </message>
</context>
<context>
    <name>ExperimentPlanner</name>
    <message>
        <source>Choose the funnel step the change should move to see how long it needs.</source>
        <translation>Válassza ki a tölcsérlépést, amelyet a változtatásnak mozdítania kell, hogy lássa, mennyi idő kell hozzá.</translation>
    </message>
    <message numerus="yes">
        <source>No funnel counts for {step} in the last %Ln full week(s): the sample this test needs cannot be estimated yet.</source>
        <translation>
            <numerusform>Az elmúlt %Ln teljes héten nincs tölcsérszám ehhez: {step}; a teszthez szükséges minta még nem becsülhető.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step}: {rate} of about {weekly} a week (last %Ln full week(s)).</source>
        <translation>
            <numerusform>{step}: {rate}, hetente kb. {weekly} (az elmúlt %Ln teljes hét).</numerusform>
        </translation>
    </message>
    <message>
        <source>A rate of 0 % or 100 % cannot be tested for a change.</source>
        <translation>0% vagy 100% arány változása nem tesztelhető.</translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s) this step can show a change of {mde} or more.</source>
        <translation>
            <numerusform>%Ln nap alatt ez a lépés legalább {mde} változást mutathat ki.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s) this step cannot show any change.</source>
        <translation>
            <numerusform>%Ln nap alatt ez a lépés semmilyen változást nem mutathat ki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the planned effect to see the sample it needs.</source>
        <translation>Adja meg a tervezett hatást a szükséges minta megtekintéséhez.</translation>
    </message>
    <message>
        <source>A change of {mde} would take the rate past 100 %.</source>
        <translation>{mde} változás 100% fölé vinné az arányt.</translation>
    </message>
    <message numerus="yes">
        <source>To show {mde}, each arm needs %Ln visitor(s).</source>
        <translation>
            <numerusform>{mde} kimutatásához ágankként %Ln látogató kell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That takes %Ln day(s) at this traffic.</source>
        <translation>
            <numerusform>Ez ennél a forgalomnál %Ln nap.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That fits in the %Ln day(s) planned.</source>
        <translation>
            <numerusform>Ez belefér a tervezett %Ln napba.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln day(s) is more than the {planned} planned.</source>
        <translation>
            <numerusform>Figyelmeztetés: %Ln nap több a tervezett {planned} napnál.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a bigger change (it needs fewer visitors).</source>
        <translation>Tervezzen nagyobb változást (ahhoz kevesebb látogató kell).</translation>
    </message>
    <message>
        <source>Test a step with more traffic.</source>
        <translation>Teszteljen nagyobb forgalmú lépést.</translation>
    </message>
    <message>
        <source>Run it for {long} days instead of {planned}.</source>
        <translation>Futtassa {planned} helyett {long} napig.</translation>
    </message>
    <message>
        <source>Even a {long}-day run is too short for this effect.</source>
        <translation>Ehhez a hatáshoz még egy {long} napos futás is túl rövid.</translation>
    </message>
</context>
<context>
    <name>ExperimentResults</name>
    <message>
        <source>&lt; {limit}</source>
        <translation>&lt; {limit}</translation>
    </message>
    <message>
        <source>{variant}&apos;s leads reach SQL less often: {variant_share} against {control_share} ({p}).</source>
        <translation>{variant} leadjei ritkábban jutnak el SQL-ig: {variant_share}, szemben ezzel: {control_share} ({p}).</translation>
    </message>
    <message>
        <source>{variant}&apos;s leads reach SQL more often: {variant_share} against {control_share} ({p}).</source>
        <translation>{variant} leadjei gyakrabban jutnak el SQL-ig: {variant_share}, szemben ezzel: {control_share} ({p}).</translation>
    </message>
    <message>
        <source>Sample ratio mismatch: results unreliable</source>
        <translation>Mintaarány-eltérés: az eredmények megbízhatatlanok</translation>
    </message>
    <message>
        <source>{control} got {control_n} visitors and {variant} {variant_n}, far from the planned split ({p}). Visitors are not being assigned as planned: fix the assignment and start again before reading any rate.</source>
        <translation>{control} {control_n}, {variant} {variant_n} látogatót kapott, ami messze van a tervezett felosztástól ({p}). A látogatók kiosztása nem a terv szerint történik: javítsa a kiosztást, és kezdje újra, mielőtt bármilyen arányt értékelne.</translation>
    </message>
    <message>
        <source>Not enough data yet</source>
        <translation>Még kevés az adat</translation>
    </message>
    <message>
        <source>Each arm needs at least {visitors} visitors and {conversions} conversions before the numbers can say anything; still short: {arms}.</source>
        <translation>Minden ágnak legalább {visitors} látogató és {conversions} konverzió kell, mielőtt a számok bármit mondanának; még hiányos: {arms}.</translation>
    </message>
    <message>
        <source>{variant} wins</source>
        <translation>{variant} nyer</translation>
    </message>
    <message>
        <source>{variant} loses</source>
        <translation>{variant} veszít</translation>
    </message>
    <message>
        <source>{verdict}, with only {power} power</source>
        <translation>{verdict}, csupán {power} erővel</translation>
    </message>
    <message>
        <source>{variant} converted {variant_rate} against {control_rate} for {control} ({lift} relative): a difference this large is unlikely to be noise even when the results are looked at every day (always-valid {always_valid_p}, {p} at one look{holm}).</source>
        <translation>{variant} konverziója {variant_rate}, szemben {control} {control_rate} értékével ({lift} relatív): ekkora különbség valószínűleg akkor sem zaj, ha az eredményeket naponta megtekintik (mindig érvényes {always_valid_p}, egyszeri megtekintésnél {p}{holm}).</translation>
    </message>
    <message>
        <source>But the test had only {power} power for the planned {mde}, so a win this early or this small likely overstates the effect.</source>
        <translation>A teszt erője azonban csak {power} volt a tervezett {mde} hatásra, így egy ilyen korai vagy kicsi nyerés valószínűleg túlbecsüli a hatást.</translation>
    </message>
    <message>
        <source>{variant} is leading, not conclusive</source>
        <translation>{variant} vezet, de nem meggyőzően</translation>
    </message>
    <message>
        <source>{variant} is trailing, not conclusive</source>
        <translation>{variant} lemarad, de nem meggyőzően</translation>
    </message>
    <message>
        <source>{variant} converts {variant_rate} against {control_rate} for {control} ({p} at one look). The experiment has not reached its planned end or sample, and a test that stays honest under daily looks does not call it yet (always-valid {always_valid_p}{holm}): keep it running.</source>
        <translation>{variant} konverziója {variant_rate}, szemben {control} {control_rate} értékével (egyszeri megtekintésnél {p}). A kísérlet még nem érte el a tervezett végét vagy mintáját, és a napi megtekintés mellett is megbízható teszt még nem dönt (mindig érvényes {always_valid_p}{holm}): futtassa tovább.</translation>
    </message>
    <message>
        <source>{variant} converted {variant_rate} against {control_rate} for {control} ({p} at one look), but not by enough for a call that stays honest under daily looks (always-valid {always_valid_p}{holm}).</source>
        <translation>{variant} konverziója {variant_rate} volt, szemben {control} {control_rate} értékével (egyszeri megtekintésnél {p}), de ez nem elég egy napi megtekintés mellett is megbízható döntéshez (mindig érvényes {always_valid_p}{holm}).</translation>
    </message>
    <message>
        <source>No detectable difference</source>
        <translation>Nincs kimutatható különbség</translation>
    </message>
    <message>
        <source>{variant} converted {variant_rate} against {control_rate} for {control}; a difference this small could be noise ({p}).</source>
        <translation>{variant} konverziója {variant_rate} volt, szemben {control} {control_rate} értékével; ilyen kis különbség lehet zaj is ({p}).</translation>
    </message>
    <message numerus="yes">
        <source>, Holm-corrected over %Ln variant(s)</source>
        <translation>
            <numerusform>, Holm-korrekcióval %Ln változatra</numerusform>
        </translation>
    </message>
    <message>
        <source>{lift} ({low} to {high})</source>
        <translation>{lift} ({low} – {high})</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>Fisher-féle egzakt próba</translation>
    </message>
    <message>
        <source>z-test</source>
        <translation>z-próba</translation>
    </message>
    <message>
        <source>Rate of {arm}</source>
        <translation>{arm} aránya</translation>
    </message>
    <message>
        <source>{rate} ({conversions} of {visitors})</source>
        <translation>{rate} ({conversions} / {visitors})</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Különbség</translation>
    </message>
    <message>
        <source>95 % interval of the difference</source>
        <translation>A különbség 95%-os intervalluma</translation>
    </message>
    <message>
        <source>Always-valid 95 % interval</source>
        <translation>Mindig érvényes 95%-os intervallum</translation>
    </message>
    <message>
        <source>Relative lift</source>
        <translation>Relatív javulás</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-érték</translation>
    </message>
    <message>
        <source>Test at one look</source>
        <translation>Teszt egyszeri megtekintésnél</translation>
    </message>
    <message>
        <source>Always-valid p</source>
        <translation>Mindig érvényes p</translation>
    </message>
    <message>
        <source>Chance that {variant} is better</source>
        <translation>Esély, hogy {variant} jobb</translation>
    </message>
    <message>
        <source>Split check (sample ratio p)</source>
        <translation>Felosztás ellenőrzése (mintaarány p)</translation>
    </message>
    <message>
        <source>With these visitors the test can detect {mde} or more.</source>
        <translation>Ennyi látogatóval a teszt legalább {mde} hatást tud kimutatni.</translation>
    </message>
    <message>
        <source>No effect was planned for this test.</source>
        <translation>Ehhez a teszthez nem terveztek hatást.</translation>
    </message>
    <message>
        <source>Its power for the planned {mde} cannot be worked out yet.</source>
        <translation>A tervezett {mde} hatásra vonatkozó erője még nem számítható ki.</translation>
    </message>
    <message>
        <source>It had the power to see the planned {mde}: {power} power.</source>
        <translation>Volt ereje a tervezett {mde} hatás kimutatására: {power} erő.</translation>
    </message>
    <message>
        <source>It did not have the power to see the planned {mde}: only {power} power.</source>
        <translation>Nem volt ereje a tervezett {mde} hatás kimutatására: csak {power} erő.</translation>
    </message>
    <message>
        <source>Here “no difference” does not mean no effect.</source>
        <translation>Itt a „nincs különbség” nem jelenti azt, hogy nincs hatás.</translation>
    </message>
</context>
<context>
    <name>ExperimentsSection</name>
    <message>
        <source>Experiments</source>
        <translation>Kísérletek</translation>
    </message>
    <message>
        <source>One change a week, verified by data: plan it, run it, decide.</source>
        <translation>Hetente egy változtatás, adatokkal igazolva: tervezés, futtatás, döntés.</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tábla</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Ötlettár</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Tanulságok</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>S&amp;zerkesztés…</translation>
    </message>
    <message>
        <source>De&amp;cide…</source>
        <translation>&amp;Döntés…</translation>
    </message>
    <message>
        <source>Scale, roll back, iterate or call it inconclusive, with the learnings</source>
        <translation>Skálázás, visszaállítás, újrapróbálás vagy nem egyértelmű eredmény, tanulságokkal</translation>
    </message>
    <message>
        <source>Move the experiment one step along its week</source>
        <translation>A kísérlet léptetése egy lépéssel a hetén belül</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>title</source>
        <translation>cím</translation>
    </message>
    <message>
        <source>name</source>
        <translation>név</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>level</source>
        <translation>szint</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>típus</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>mértékegység</translation>
    </message>
    <message>
        <source>unit label</source>
        <translation>mértékegység-felirat</translation>
    </message>
    <message>
        <source>decimals</source>
        <translation>tizedesjegyek</translation>
    </message>
    <message>
        <source>start</source>
        <translation>kiindulás</translation>
    </message>
    <message>
        <source>target</source>
        <translation>célérték</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>súly</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>költségkeret</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>költség</translation>
    </message>
    <message>
        <source>value</source>
        <translation>érték</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>bizalom</translation>
    </message>
    <message>
        <source>day</source>
        <translation>nap</translation>
    </message>
    <message>
        <source>key result</source>
        <translation>kulcseredmény</translation>
    </message>
    <message>
        <source>team</source>
        <translation>csapat</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>pénznem</translation>
    </message>
    <message>
        <source>first day of the week</source>
        <translation>a hét első napja</translation>
    </message>
    <message>
        <source>at-risk gap</source>
        <translation>lemaradási határ („veszélyben”)</translation>
    </message>
    <message>
        <source>off-track gap</source>
        <translation>lemaradási határ („lemaradásban”)</translation>
    </message>
    <message>
        <source>at-risk confidence</source>
        <translation>bizalmi határ („veszélyben”)</translation>
    </message>
    <message>
        <source>off-track confidence</source>
        <translation>bizalmi határ („lemaradásban”)</translation>
    </message>
    <message>
        <source>days until a key result is stale</source>
        <translation>frissítés nélküli napok határa</translation>
    </message>
    <message>
        <source>conversion window</source>
        <translation>konverziós ablak</translation>
    </message>
    <message>
        <source>control share</source>
        <translation>kontroll aránya</translation>
    </message>
    <message>
        <source>planned effect</source>
        <translation>tervezett hatás</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>időtartam</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>tölcsér</translation>
    </message>
    <message>
        <source>from stage</source>
        <translation>kezdő szakasz</translation>
    </message>
    <message>
        <source>to stage</source>
        <translation>záró szakasz</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>kezdő dátum</translation>
    </message>
    <message>
        <source>status</source>
        <translation>állapot</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>döntés</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Fájl kiválasztása</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of weekly counts or of raw events from a CRM.</source>
        <translation>Heti darabszámokat vagy nyers eseményeket tartalmazó CSV- vagy XLSX-export egy CRM-ből.</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>.csv vagy .xlsx fájl</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>T&amp;allózás…</translation>
    </message>
    <message>
        <source>Type a new name to import into a new funnel with the usual stages.</source>
        <translation>Új név beírásával új tölcsérbe importálhat, a szokásos szakaszokkal.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fájl:</translation>
    </message>
    <message>
        <source>F&amp;unnel:</source>
        <translation>&amp;Tölcsér:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Munkalap:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kódolás:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>&amp;Elválasztó:</translation>
    </message>
    <message>
        <source>Import funnel data</source>
        <translation>Tölcséradatok importálása</translation>
    </message>
    <message>
        <source>CSV and Excel files (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>CSV- és Excel-fájlok (*.csv *.txt *.tsv *.xlsx *.xlsm);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>A fájl beolvasása…</translation>
    </message>
    <message>
        <source>{columns} columns: {names}</source>
        <translation>{columns} oszlop: {names}</translation>
    </message>
    <message>
        <source>There is no funnel called “{name}”: it will be created with the usual stages.</source>
        <translation>Nincs „{name}” nevű tölcsér: létrejön a szokásos szakaszokkal.</translation>
    </message>
</context>
<context>
    <name>ForecastBlock</name>
    <message>
        <source>The forecast continues the straight line through each key result&apos;s check-ins to the cycle&apos;s last day; binary and stay-above/below key results have none.</source>
        <translation>Az előrejelzés az egyes kulcseredmények frissítésein átmenő egyenest hosszabbítja meg a ciklus utolsó napjáig; a bináris és a szint feletti/alatti maradást mérő kulcseredményekhez nincs előrejelzés.</translation>
    </message>
    <message>
        <source>Forecast to cycle end</source>
        <translation>Előrejelzés a ciklus végéig</translation>
    </message>
    <message>
        <source>Forecast to {end}; {expected} expected by now</source>
        <translation>Előrejelzés eddig: {end}; mostanra várt: {expected}</translation>
    </message>
</context>
<context>
    <name>FunnelAlertsPanel</name>
    <message>
        <source>Funnel alerts</source>
        <translation>Tölcsérriasztások</translation>
    </message>
    <message>
        <source>Funnel alerts: significant drops in the week of {date}</source>
        <translation>Tölcsérriasztások: szignifikáns csökkenések – {date} hete</translation>
    </message>
</context>
<context>
    <name>FunnelBarsChart</name>
    <message>
        <source>{count}  ·  {step} of {previous}</source>
        <translation>{count}  ·  {step} / {previous}</translation>
    </message>
    <message>
        <source>{count}  ·  {step} of {previous}  ·  {overall} of {first}</source>
        <translation>{count}  ·  {step} / {previous}  ·  {overall} / {first}</translation>
    </message>
    <message>
        <source>No counts in these weeks</source>
        <translation>Ezeken a heteken nincs darabszám</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Tölcsér</translation>
    </message>
    <message>
        <source>Funnel, week of {day}</source>
        <translation>Tölcsér – {day} hete</translation>
    </message>
    <message>
        <source>Funnel, weeks of {first} to {last}</source>
        <translation>Tölcsér – {first} és {last} közötti hetek</translation>
    </message>
</context>
<context>
    <name>FunnelCharts</name>
    <message>
        <source>Funnel</source>
        <translation>Tölcsér</translation>
    </message>
    <message>
        <source>Conversion trend</source>
        <translation>Konverziós trend</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Forrás szerint</translation>
    </message>
    <message>
        <source>Compare weeks</source>
        <translation>Hetek összevetése</translation>
    </message>
</context>
<context>
    <name>FunnelCommands</name>
    <message>
        <source>New funnel {name}</source>
        <translation>Új tölcsér: {name}</translation>
    </message>
    <message>
        <source>Rename funnel {old} to {new}</source>
        <translation>{old} tölcsér átnevezése erre: {new}</translation>
    </message>
    <message>
        <source>Delete funnel {name}</source>
        <translation>{name} tölcsér törlése</translation>
    </message>
    <message>
        <source>New stage {name}</source>
        <translation>Új szakasz: {name}</translation>
    </message>
    <message>
        <source>Rename stage {old} to {new}</source>
        <translation>{old} szakasz átnevezése erre: {new}</translation>
    </message>
    <message>
        <source>Move stage {name}</source>
        <translation>{name} szakasz áthelyezése</translation>
    </message>
    <message>
        <source>Delete stage {name}</source>
        <translation>{name} szakasz törlése</translation>
    </message>
</context>
<context>
    <name>FunnelDefinitionsDialog</name>
    <message>
        <source>Funnels and stages</source>
        <translation>Tölcsérek és szakaszok</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Átnevezés…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eltávolítás</translation>
    </message>
    <message>
        <source>&amp;New funnel…</source>
        <translation>Ú&amp;j tölcsér…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Át&amp;nevezés…</translation>
    </message>
    <message>
        <source>&amp;Delete funnel</source>
        <translation>Tölcsér tö&amp;rlése</translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation>&amp;Szakasz hozzáadása…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Átne&amp;vezés…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Fel</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Eltávolítás</translation>
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation>&amp;Tölcsér:</translation>
    </message>
    <message>
        <source>&amp;Stages, in funnel order (drag to reorder):</source>
        <translation>S&amp;zakaszok, tölcsérsorrendben (húzással átrendezhető):</translation>
    </message>
    <message>
        <source>There is already a funnel called “{name}”.</source>
        <translation>Már van „{name}” nevű tölcsér.</translation>
    </message>
    <message>
        <source>New funnel</source>
        <translation>Új tölcsér</translation>
    </message>
    <message>
        <source>Rename funnel</source>
        <translation>Tölcsér átnevezése</translation>
    </message>
    <message numerus="yes">
        <source>Delete the funnel “{name}” with its stages and %Ln week(s) of data?</source>
        <translation>
            <numerusform>Törli a(z) „{name}” tölcsért a szakaszaival és %Ln hétnyi adatával együtt?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has counts in %Ln week(s); they will be deleted with it. Remove it?</source>
        <translation>
            <numerusform>„{name}” %Ln héten tartalmaz számokat; ezek vele együtt törlődnek. Eltávolítja?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the funnel “{name}” and its stages?</source>
        <translation>Törli a(z) „{name}” tölcsért és a szakaszait?</translation>
    </message>
    <message>
        <source>This funnel already has a stage called “{name}”.</source>
        <translation>Ennek a tölcsérnek már van „{name}” nevű szakasza.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Új szakasz</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Szakasz átnevezése</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Edit → Undo puts everything back.</source>
        <translation>A Szerkesztés → Visszavonás mindent visszaállít.</translation>
    </message>
</context>
<context>
    <name>FunnelFilters</name>
    <message>
        <source>Funnels and &amp;stages…</source>
        <translation>Tölcsérek és &amp;szakaszok…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importálás…</translation>
    </message>
    <message>
        <source>Import a CSV or XLSX export (Ctrl+I)</source>
        <translation>CSV- vagy XLSX-export importálása (Ctrl+I)</translation>
    </message>
    <message>
        <source>Save ch&amp;art…</source>
        <translation>Diagram &amp;mentése…</translation>
    </message>
    <message>
        <source>Save the chart shown as PNG or SVG</source>
        <translation>A látható diagram mentése PNG vagy SVG formátumban</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Minden hét</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln week(s)</source>
        <translation>
            <numerusform>Utolsó %Ln hét</numerusform>
        </translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Ettől … eddig …</translation>
    </message>
    <message>
        <source>F&amp;unnel:</source>
        <translation>&amp;Tölcsér:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>&amp;Forrás:</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Változat:</translation>
    </message>
    <message>
        <source>W&amp;eeks:</source>
        <translation>&amp;Hetek:</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Minden forrás</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(nincs forrás)</translation>
    </message>
    <message>
        <source>All variants</source>
        <translation>Minden változat</translation>
    </message>
    <message>
        <source>No experiment arm</source>
        <translation>Nincs kísérleti ág</translation>
    </message>
    <message>
        <source>No funnel yet. Import a CSV or XLSX export — File → Import… — or create one with Funnels and stages…</source>
        <translation>Még nincs tölcsér. Importáljon CSV- vagy XLSX-exportot (Fájl → Importálás…), vagy hozzon létre egyet a Tölcsérek és szakaszok… paranccsal.</translation>
    </message>
    <message>
        <source>No counts in this funnel yet. Import a CSV or XLSX export — File → Import… — or type them in the Data tab below.</source>
        <translation>Ebben a tölcsérben még nincsenek darabszámok. Importáljon CSV- vagy XLSX-exportot (Fájl → Importálás…), vagy írja be őket lent, az Adatok lapon.</translation>
    </message>
</context>
<context>
    <name>FunnelGridModel</name>
    <message>
        <source>{stage}, week of {week}: {reason}. Nothing was changed.</source>
        <translation>{stage}, {week} hete: {reason}. Semmi sem módosult.</translation>
    </message>
</context>
<context>
    <name>FunnelGridPanel</name>
    <message>
        <source>Add &amp;week</source>
        <translation>&amp;Hét hozzáadása</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Másolás</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Beillesztés</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Ürítés</translation>
    </message>
    <message>
        <source>All sources together, read only: choose one source to type or paste.</source>
        <translation>Minden forrás együtt, csak olvasható: gépeléshez vagy beillesztéshez válasszon egy forrást.</translation>
    </message>
    <message>
        <source>This source has experiment arms: choose a variant to edit its counts.</source>
        <translation>Ennek a forrásnak kísérleti ágai vannak: a darabszámok szerkesztéséhez válasszon változatot.</translation>
    </message>
    <message>
        <source>Type a count, or paste a block copied from a spreadsheet (Ctrl+V).</source>
        <translation>Írjon be egy darabszámot, vagy illesszen be egy táblázatkezelőből másolt blokkot (Ctrl+V).</translation>
    </message>
    <message>
        <source>Edit {stage}, week of {week}</source>
        <translation>{stage} szerkesztése, {week} hete</translation>
    </message>
    <message>
        <source>Row {line}, column {column} of the pasted block: {reason}. Nothing was pasted.</source>
        <translation>A beillesztett blokk {line}. sora, {column}. oszlopa: {reason}. Semmi sem lett beillesztve.</translation>
    </message>
    <message numerus="yes">
        <source>The block has %Ln row(s).</source>
        <translation>
            <numerusform>A blokk %Ln soros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table has only %Ln week(s) from the selected one on. Add weeks first. Nothing was pasted.</source>
        <translation>
            <numerusform>A táblázatban a kijelölttől kezdve csak %Ln hét van. Előbb vegyen fel heteket. Semmi sem lett beillesztve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln count(s)</source>
        <translation>
            <numerusform>%Ln szám beillesztése</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %Ln count(s)</source>
        <translation>
            <numerusform>%Ln szám törlése</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {line}, column {column} of the pasted block falls beyond the last stage, {stage}. Nothing was pasted.</source>
        <translation>A beillesztett blokk {line}. sorának {column}. oszlopa az utolsó szakaszon ({stage}) túlra esik. Semmi sem lett beillesztve.</translation>
    </message>
</context>
<context>
    <name>FunnelPaste</name>
    <message>
        <source>“{text}” is not a number</source>
        <translation>„{text}” nem szám</translation>
    </message>
    <message>
        <source>“{text}” is negative; a count is 0 or more</source>
        <translation>„{text}” negatív; a darabszám legalább 0</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>„{text}” nem egész szám</translation>
    </message>
</context>
<context>
    <name>FunnelSection</name>
    <message>
        <source>Funnel</source>
        <translation>Tölcsér</translation>
    </message>
    <message>
        <source>Each stage week by week, by source and experiment arm.</source>
        <translation>Minden szakasz hétről hétre, forrás és kísérleti ág szerint.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Adatok</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln weekly count(s)…</source>
        <translation>
            <numerusform>%Ln heti darabszám beolvasása…</numerusform>
        </translation>
    </message>
    <message>
        <source>The funnel could not be read.</source>
        <translation>A tölcsért nem sikerült beolvasni.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagram mentése</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-kép (*.png);;SVG-rajz (*.svg)</translation>
    </message>
</context>
<context>
    <name>FunnelWeekModel</name>
    <message>
        <source>Stage</source>
        <translation>Szakasz</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Darab</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Teljes</translation>
    </message>
</context>
<context>
    <name>GradesModel</name>
    <message>
        <source>Objective</source>
        <translation>Cél</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Kulcseredmény</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Előrehaladás</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontszám</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <source>Proposed from the progress: {score}</source>
        <translation>Az előrehaladás alapján javasolt: {score}</translation>
    </message>
    <message>
        <source>{score} is a success for a stretch goal.</source>
        <translation>Ambiciózus célnál a {score} siker.</translation>
    </message>
</context>
<context>
    <name>HistoryEditing</name>
    <message>
        <source>Delete the check-in of {date} (value {value})?</source>
        <translation>Törli a(z) {date} napi frissítést (érték: {value})?</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Frissítés törlése</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Kind changed</source>
        <translation>Típus módosult</translation>
    </message>
    <message>
        <source>Unit changed</source>
        <translation>Mértékegység módosult</translation>
    </message>
    <message>
        <source>Unit label changed</source>
        <translation>Mértékegység-felirat módosult</translation>
    </message>
    <message>
        <source>Decimals changed</source>
        <translation>Tizedesjegyek módosultak</translation>
    </message>
    <message>
        <source>Start changed</source>
        <translation>Kiindulás módosult</translation>
    </message>
    <message>
        <source>Target changed</source>
        <translation>Célérték módosult</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Bizalom</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Rögzítette</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatikus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nincs</translation>
    </message>
    <message>
        <source>Blocked: {blockers}</source>
        <translation>Akadály: {blockers}</translation>
    </message>
    <message>
        <source>(automatic) </source>
        <translation>(automatikus) </translation>
    </message>
    <message>
        <source>{what} on {date} by {author}: {values}</source>
        <translation>{what} – {date}, {author}: {values}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>valaki</translation>
    </message>
    <message>
        <source>Automatic check-in: the funnel metric the key result is bound to</source>
        <translation>Automatikus frissítés: a kulcseredményhez kötött tölcsérmutató</translation>
    </message>
    <message>
        <source>{share} of the way to {target}, the target of that day</source>
        <translation>{share} a célértékig ({target}, az aznapi célérték) vezető útból</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Choose a key result to see its check-ins.</source>
        <translation>Válasszon egy kulcseredményt a frissítései megtekintéséhez.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>S&amp;zerkesztés…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>{owner} · from {start} to {target}</source>
        <translation>{owner} · {start} → {target}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>nincs felelős</translation>
    </message>
    <message>
        <source>Budget {amount}</source>
        <translation>Költségkeret: {amount}</translation>
    </message>
    <message>
        <source>spent {amount}</source>
        <translation>elköltve: {amount}</translation>
    </message>
    <message>
        <source>over budget by {amount}</source>
        <translation>túllépés: {amount}</translation>
    </message>
    <message>
        <source>left {amount}</source>
        <translation>maradt: {amount}</translation>
    </message>
    <message>
        <source>ROI {roi}</source>
        <translation>ROI: {roi}</translation>
    </message>
    <message>
        <source>ROI = (revenue − cost) / cost, where the revenue is what the bound funnel booked in this cycle so far: {revenue}.</source>
        <translation>ROI = (bevétel − költség) / költség, ahol a bevétel az, amit a kötött tölcsér eddig könyvelt ebben a ciklusban: {revenue}.</translation>
    </message>
    <message>
        <source>ROI = (revenue − cost) / cost, where the revenue is the gain so far: {revenue}.</source>
        <translation>ROI = (bevétel − költség) / költség, ahol a bevétel az eddigi nyereség: {revenue}.</translation>
    </message>
    <message>
        <source>No ROI before the first check-in: the gain so far is the revenue.</source>
        <translation>Az első frissítés előtt nincs ROI: a bevétel az eddigi nyereség.</translation>
    </message>
    <message>
        <source>No ROI without a cost: add the cost so far in the key result&apos;s editor.</source>
        <translation>Költség nélkül nincs ROI: adja meg az eddigi költséget a kulcseredmény szerkesztőjében.</translation>
    </message>
    <message>
        <source>No ROI: only a key result that increases an amount of money, or one bound to a funnel with revenue, says what it earns. This one does not.</source>
        <translation>Nincs ROI: csak a pénzösszeget növelő vagy bevételes tölcsérhez kötött kulcseredmény mutatja meg, mennyit hoz. Ez nem ilyen.</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>frissítések</translation>
    </message>
    <message>
        <source>even pace to the target</source>
        <translation>egyenletes tempó a célértékig</translation>
    </message>
    <message>
        <source>the target as it was</source>
        <translation>az akkori célérték</translation>
    </message>
    <message>
        <source>forecast at the cycle&apos;s end: {value}</source>
        <translation>előrejelzés a ciklus végén: {value}</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import {file}</source>
        <translation>{file} importálása</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Undo import of {file}</source>
        <translation>{file} importálásának visszavonása</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Importálási előzmények</translation>
    </message>
    <message>
        <source>Nothing imported yet: File → Import… brings a file in.</source>
        <translation>Még nincs importálás: a Fájl → Importálás… paranccsal hozhat be fájlt.</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>Importálás &amp;visszavonása…</translation>
    </message>
    <message>
        <source>Take the chosen import&apos;s rows out and put back the weeks it replaced</source>
        <translation>A kiválasztott importálás sorainak eltávolítása és az általa felülírt hetek visszaállítása</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of {file} into {funnel}?

The undo takes out its %Ln row(s) for {weeks} and brings back the weeks it replaced.</source>
        <translation>
            <numerusform>Visszavonja a(z) {file} importálását a(z) {funnel} tölcsérbe?

A visszavonás kiveszi a(z) {weeks} %Ln sorát, és visszahozza az általa lecserélt heteket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key results&apos; history keeps the %Ln automatic check-in(s) it wrote.</source>
        <translation>
            <numerusform>A kulcseredmények előzményei megtartják az általa írt %Ln automatikus frissítést.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo puts the import back.</source>
        <translation>A Szerkesztés → Visszavonás visszahozza az importálást.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Importálás visszavonása</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Funnel</source>
        <translation>Tölcsér</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fájl</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Sorok</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Hetek</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importálva</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Visszavonva</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Weeks {first} to {last} (each week starts on the date shown)</source>
        <translation>Hetek: {first} – {last} (minden hét a megjelenített dátummal kezdődik)</translation>
    </message>
</context>
<context>
    <name>ImportPages</name>
    <message>
        <source>(not imported)</source>
        <translation>(nem importált)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Hét</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Szakasz</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Darab</translation>
    </message>
    <message>
        <source>Source (segment)</source>
        <translation>Forrás (szegmens)</translation>
    </message>
    <message>
        <source>Variant (experiment arm)</source>
        <translation>Változat (kísérleti ág)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ráfordítás</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Bevétel</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>Lead-azonosító</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dátum és idő</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Vessző ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Pontosvessző ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulátor</translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation>Függőleges vonal ( | )</translation>
    </message>
    <message>
        <source>Excel serial numbers</source>
        <translation>Excel-dátumsorszámok</translation>
    </message>
    <message>
        <source>Count of stage “{stage}”</source>
        <translation>„{stage}” szakasz száma</translation>
    </message>
    <message>
        <source>Funnel</source>
        <comment>a new funnel&apos;s name</comment>
        <translation>Tölcsér</translation>
    </message>
    <message>
        <source> — {sample} is {day}</source>
        <translation> — {sample}: {day}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import funnel data</source>
        <translation>Tölcséradatok importálása</translation>
    </message>
    <message>
        <source>Funnel</source>
        <comment>a new funnel&apos;s name</comment>
        <translation>Tölcsér</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>{file} beolvasása</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>A fájl beolvasása megszakítva.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Fájl: {name}</translation>
    </message>
    <message>
        <source>Row: {row}</source>
        <translation>Sor: {row}</translation>
    </message>
    <message>
        <source>Column: {column}</source>
        <translation>Oszlop: {column}</translation>
    </message>
    <message>
        <source>Problem: {message}</source>
        <translation>Hiba: {message}</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>{file} importálása</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) of {file} into “{funnel}”.</source>
        <translation>
            <numerusform>%Ln sor importálva a(z) {file} fájlból ide: „{funnel}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weeks {first} to {last} (%Ln week(s)).</source>
        <translation>
            <numerusform>{first} – {last} hetek (%Ln hét).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln row(s) of stages the funnel does not have: {names}.</source>
        <translation>
            <numerusform>%Ln sor kihagyva a tölcsérben nem szereplő szakaszok miatt: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted again: %Ln other week(s) of the same leads. A lead keeps the source, variant and entry week of its first events, whichever file held them.</source>
        <translation>
            <numerusform>Újraszámolva: ugyanazon leadek %Ln további hete. Egy lead megtartja az első eseményeinek forrását, változatát és belépési hetét, bármelyik fájlban is voltak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s) bound to this funnel got an automatic check-in.</source>
        <translation>
            <numerusform>A tölcsérhez kötött %Ln kulcseredmény automatikus frissítést kapott.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln week(s) from {week} on, more than {limit} weeks after today: is the year right?</source>
        <translation>
            <numerusform>Figyelmeztetés: %Ln hét ettől: {week}, több mint {limit} héttel a mai nap után: jó az év?</numerusform>
        </translation>
    </message>
    <message>
        <source>{week}, source “{source}”, variant “{variant}”</source>
        <translation>{week}, „{source}” forrás, „{variant}” változat</translation>
    </message>
    <message>
        <source>{week}, source “{source}”</source>
        <translation>{week}, „{source}” forrás</translation>
    </message>
    <message>
        <source>{week}, variant “{variant}”</source>
        <translation>{week}, „{variant}” változat</translation>
    </message>
    <message numerus="yes">
        <source>Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before it (%Ln such step(s) in all); are the stages in the right columns?</source>
        <translation>
            <numerusform>Figyelmeztetés: {where} hete: {count} ennél: „{stage}”, de {previous} az előtte lévőnél: „{before}” (összesen %Ln ilyen lépés); a megfelelő oszlopokban vannak a szakaszok?</numerusform>
        </translation>
    </message>
    <message>
        <source>Times with a UTC offset were read as the local time written: each counts in the week of the date and time the file shows.</source>
        <translation>Az UTC-eltolásos időpontok a leírt helyi időként lettek értelmezve: mindegyik annak a hétnek számít, amelyre a fájlban látható dátum és idő esik.</translation>
    </message>
    <message>
        <source>Replaced what these weeks held before: {weeks}.</source>
        <translation>A hetek korábbi tartalma felülírva: {weeks}.</translation>
    </message>
    <message>
        <source>No week was there before: nothing was replaced.</source>
        <translation>Korábban egyik hét sem létezett: semmi sem lett felülírva.</translation>
    </message>
    <message>
        <source>Edit → Undo takes the whole import back.</source>
        <translation>A Szerkesztés → Visszavonás a teljes importálást visszavonja.</translation>
    </message>
    <message>
        <source>Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before it; are the stages in the right columns?</source>
        <translation>Figyelem, {where} hete: „{stage}” szakaszban {count}, de az előtte lévő „{before}” szakaszban csak {previous}; a megfelelő oszlopokban vannak a szakaszok?</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: {message}</source>
        <translation>{file}, {row}. sor, „{column}” oszlop: {message}</translation>
    </message>
    <message>
        <source>{file}, row {row}: {message}</source>
        <translation>{file}, {row}. sor: {message}</translation>
    </message>
    <message>
        <source>{file}, column &quot;{column}&quot;: {message}</source>
        <translation>{file}, „{column}” oszlop: {message}</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>cannot be imported ({detail})</source>
        <translation>nem importálható ({detail})</translation>
    </message>
    <message>
        <source>no column is mapped to {field}; map one</source>
        <translation>egyik oszlop sincs hozzárendelve ehhez: {field}; rendeljen hozzá egyet</translation>
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation>a fájlban nincsenek adatsorok</translation>
    </message>
    <message>
        <source>the file has no counts to import</source>
        <translation>a fájlban nincsenek importálható számok</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is more than {limit}</source>
        <translation>„{value}” nagyobb, mint {limit}</translation>
    </message>
    <message>
        <source>the counts of the week {week}, stage &quot;{stage}&quot; add up to more than {limit}</source>
        <translation>a(z) {week} hét „{stage}” szakaszának számai összesen több mint {limit}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date format; write one like {examples}</source>
        <translation>„{value}” nem dátumformátum; írjon egyet ilyen formában: {examples}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} vagy {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) from {week} on, more than 8 weeks after today ({today}); is the year right?</source>
        <translation>
            <numerusform>%n hét {week} hetétől kezdve, több mint 8 héttel a mai nap ({today}) után; jó az év?</numerusform>
        </translation>
    </message>
    <message>
        <source>week {week}, source &quot;{source}&quot;, variant &quot;{variant}&quot;</source>
        <translation>{week} hete, „{source}” forrás, „{variant}” változat</translation>
    </message>
    <message>
        <source>week {week}, source &quot;{source}&quot;</source>
        <translation>{week} hete, „{source}” forrás</translation>
    </message>
    <message>
        <source>week {week}, variant &quot;{variant}&quot;</source>
        <translation>{week} hete, „{variant}” változat</translation>
    </message>
    <message>
        <source>week {week}</source>
        <translation>{week} hete</translation>
    </message>
    <message numerus="yes">
        <source>{where}: {count} at &quot;{stage}&quot; but {previous_count} at &quot;{previous_stage}&quot; before it (%n such steps in all); are the stages in the right columns?</source>
        <translation>
            <numerusform>{where}: {count} ennél: „{stage}”, de {previous_count} az előtte lévőnél: „{previous_stage}” (összesen %n ilyen lépés); a megfelelő oszlopokban vannak a szakaszok?</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: {count} at &quot;{stage}&quot; but {previous_count} at &quot;{previous_stage}&quot; before it; are the stages in the right columns?</source>
        <translation>{where}: {count} ennél: „{stage}”, de {previous_count} az előtte lévőnél: „{previous_stage}”; a megfelelő oszlopokban vannak a szakaszok?</translation>
    </message>
    <message>
        <source>is not {encoding} text (byte {byte}); choose its encoding</source>
        <translation>nem {encoding} szöveg ({byte}. bájt); válassza ki a kódolását</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding</source>
        <translation>„{encoding}” nem kódolás</translation>
    </message>
    <message numerus="yes">
        <source>the first row is longer than %Ln KB; refused</source>
        <translation>
            <numerusform>az első sor hosszabb %Ln KB-nál; elutasítva</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>a fájl üres</translation>
    </message>
    <message>
        <source>the first row has no column names</source>
        <translation>az első sorban nincsenek oszlopnevek</translation>
    </message>
    <message numerus="yes">
        <source>has %Ln column(s), more than {limit}; delete the columns it does not need</source>
        <translation>
            <numerusform>%Ln oszlopa van, több mint {limit}; törölje a felesleges oszlopokat</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail})</source>
        <translation>nem olvasható CSV-ként ({detail})</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>nem olvasható ({detail})</translation>
    </message>
    <message>
        <source>is not {encoding} text; choose its encoding</source>
        <translation>nem {encoding} szöveg; válassza ki a kódolását</translation>
    </message>
    <message numerus="yes">
        <source>the row has more cells than the header&apos;s %Ln column(s); a value with &quot;{separator}&quot; in it must be in quotes</source>
        <translation>
            <numerusform>a sorban több cella van, mint a fejléc %Ln oszlopa; a „{separator}” jelet tartalmazó értéket idézőjelbe kell tenni</numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet &quot;{sheet}&quot; is empty</source>
        <translation>a(z) „{sheet}” munkalap üres</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nincs ilyen fájl</translation>
    </message>
    <message>
        <source>is an old Excel file (.xls); save it as .xlsx or .csv</source>
        <translation>régi Excel-fájl (.xls); mentse .xlsx vagy .csv formátumban</translation>
    </message>
    <message>
        <source>is not a CSV or XLSX file</source>
        <translation>nem CSV- vagy XLSX-fájl</translation>
    </message>
    <message numerus="yes">
        <source>is %Ln MB, more than {limit} MB</source>
        <translation>
            <numerusform>%Ln MB, több mint {limit} MB</numerusform>
        </translation>
    </message>
    <message>
        <source>the file has no such column (its columns: {columns})</source>
        <translation>a fájlban nincs ilyen oszlop (oszlopai: {columns})</translation>
    </message>
    <message>
        <source>the file has no such column</source>
        <translation>a fájlban nincs ilyen oszlop</translation>
    </message>
    <message>
        <source>two columns have this name</source>
        <translation>két oszlopnak is ez a neve</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is not a field ({fields}, stage:NAME)</source>
        <translation>„{field}” nem mező ({fields}, stage:NÉV)</translation>
    </message>
    <message>
        <source>both this column and &quot;{other}&quot; are mapped to {field}</source>
        <translation>ez az oszlop és a(z) „{other}” is ehhez van rendelve: {field}</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>hosszabb %n karakternél</numerusform>
        </translation>
    </message>
    <message>
        <source>the stage is empty</source>
        <translation>a szakasz üres</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is mapped to &quot;{target}&quot;, which is not a stage of the funnel &quot;{funnel}&quot; ({stages})</source>
        <translation>„{name}” ehhez van rendelve: „{target}”, ami nem szakasza a(z) „{funnel}” tölcsérnek ({stages})</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a stage of the funnel &quot;{funnel}&quot; ({stages}); map it to one</source>
        <translation>„{name}” nem szakasza a(z) „{funnel}” tölcsérnek ({stages}); rendelje hozzá valamelyikhez</translation>
    </message>
    <message>
        <source>the same week, stage, source and variant as row {row} (a duplicate)</source>
        <translation>ugyanaz a hét, szakasz, forrás és változat, mint a(z) {row}. sorban (ismétlődés)</translation>
    </message>
    <message>
        <source>the week is empty</source>
        <translation>a hét üres</translation>
    </message>
    <message>
        <source>the count is empty</source>
        <translation>a szám üres</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a stage of the funnel</source>
        <translation>„{name}” nem szakasza a tölcsérnek</translation>
    </message>
    <message>
        <source>{field} {value} here but {first_value} in row {first_row} for the same week, source and variant; write it on one row (0 or empty on the others) or the same on each</source>
        <translation>itt {field} {value}, de a(z) {first_row}. sorban {first_value} ugyanarra a hétre, forrásra és változatra; írja egy sorba (a többiben 0 vagy üres), vagy mindegyikbe ugyanazt</translation>
    </message>
    <message>
        <source>the lead id is empty</source>
        <translation>a leadazonosító üres</translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation>az időpont üres</translation>
    </message>
    <message>
        <source>no column holds the counts (how many reached each stage in the week); map one to count</source>
        <translation>egyik oszlop sem tartalmazza a számokat (hányan jutottak el az egyes szakaszokig a héten); rendeljen egyet a számhoz</translation>
    </message>
    <message>
        <source>cannot tell weekly counts (week, stage, count) from raw events (lead id, time, stage) by the column names; map the columns</source>
        <translation>az oszlopnevekből nem állapítható meg, hogy heti számok (hét, szakasz, szám) vagy nyers események (leadazonosító, időpont, szakasz); rendelje hozzá az oszlopokat</translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row {row} holds more than %Ln element(s)</source>
        <translation>
            <numerusform>{sheet}, {row}. sor: több mint %Ln elemet tartalmaz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} holds more than %Ln element(s) besides its cells</source>
        <translation>
            <numerusform>{sheet}: a cellákon kívül több mint %Ln elemet tartalmaz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has more than %Ln cell(s); save it as CSV</source>
        <translation>
            <numerusform>{sheet}: több mint %Ln cellája van; mentse CSV-ként</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row {row} has more than %Ln cell(s)</source>
        <translation>
            <numerusform>{sheet}, {row}. sor: több mint %Ln cellája van</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has a cell in column {column} of row {row}, right of column %Ln; delete the columns it does not need</source>
        <translation>
            <numerusform>{sheet}: a(z) {row}. sor {column} oszlopában cella van, a(z) %Ln. oszlopon túl; törölje a felesleges oszlopokat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has a row {row}, past Excel&apos;s last, %Ln</source>
        <translation>
            <numerusform>{sheet}: van {row}. sora, az Excel utolsó során (%Ln) túl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row {row} holds a text longer than %Ln character(s)</source>
        <translation>
            <numerusform>{sheet}, {row}. sor: %Ln karakternél hosszabb szöveget tartalmaz</numerusform>
        </translation>
    </message>
    <message>
        <source>{sheet} declares a DOCTYPE, which a sheet never has</source>
        <translation>{sheet} DOCTYPE-ot deklarál, ami munkalapban sosem fordul elő</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>„{value}” nem szám</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is negative</source>
        <translation>„{value}” negatív</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number</source>
        <translation>„{value}” nem egész szám</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date</source>
        <translation>„{value}” nem dátum</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date between {first} and {last}</source>
        <translation>„{value}” nem {first} és {last} közötti dátum</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date in the form {form}</source>
        <translation>„{value}” nem {form} formájú dátum</translation>
    </message>
    <message>
        <source>the dates can be read as {formats}; choose the date format</source>
        <translation>a dátumok így is olvashatók: {formats}; válassza ki a dátumformátumot</translation>
    </message>
    <message>
        <source>is not a readable XLSX file ({detail})</source>
        <translation>nem olvasható XLSX-fájl ({detail})</translation>
    </message>
    <message>
        <source>is not a readable XLSX file</source>
        <translation>nem olvasható XLSX-fájl</translation>
    </message>
    <message numerus="yes">
        <source>holds %Ln part(s), more than {limit}; refused</source>
        <translation>
            <numerusform>%Ln részből áll, több mint {limit}; elutasítva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unpacks to %Ln MB, more than the {limit} MB an XLSX file may; save it as CSV</source>
        <translation>
            <numerusform>kicsomagolva %Ln MB, több, mint egy XLSX-fájl megengedett {limit} MB-ja; mentse CSV-ként</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{part} unpacks to %Ln time(s) its packed size (at most {limit}); refused as a zip bomb</source>
        <translation>
            <numerusform>{part} kicsomagolva a tömörített méretének %Ln-szorosa (legfeljebb {limit}); tömörítési bombaként elutasítva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{part} unpacks to %Ln MB, more than {limit} MB</source>
        <translation>
            <numerusform>{part} kicsomagolva %Ln MB, több mint {limit} MB</numerusform>
        </translation>
    </message>
    <message>
        <source>has no sheet</source>
        <translation>nincs munkalapja</translation>
    </message>
    <message numerus="yes">
        <source>has no sheet &quot;{sheet}&quot;; its sheets are {listed} and %n more</source>
        <translation>
            <numerusform>nincs „{sheet}” munkalapja; munkalapjai: {listed} és még %n</numerusform>
        </translation>
    </message>
    <message>
        <source>has no sheet &quot;{sheet}&quot;; its sheets are {listed}</source>
        <translation>nincs „{sheet}” munkalapja; munkalapjai: {listed}</translation>
    </message>
    <message>
        <source>the sheet &quot;{sheet}&quot; is a chart, not a table</source>
        <translation>a(z) „{sheet}” munkalap diagram, nem táblázat</translation>
    </message>
    <message numerus="yes">
        <source>the first row has more than %Ln column(s); refused</source>
        <translation>
            <numerusform>az első sorban több mint %Ln oszlop van; elutasítva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sheet &quot;{sheet}&quot; is %Ln column(s) wide, more than {limit}; delete the columns it does not need</source>
        <translation>
            <numerusform>a(z) „{sheet}” munkalap %Ln oszlop széles, több mint {limit}; törölje a felesleges oszlopokat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sheet &quot;{sheet}&quot; has more than %Ln cell(s); save it as CSV</source>
        <translation>
            <numerusform>a(z) „{sheet}” munkalapon több mint %Ln cella van; mentse CSV-ként</numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet &quot;{name}&quot;</source>
        <translation>a(z) „{name}” munkalap</translation>
    </message>
    <message>
        <source>{problem} (pass --date-format with one of these: {formats})</source>
        <translation>{problem} (adja meg a --date-format kapcsolót ezek egyikével: {formats})</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <source>What will be done</source>
        <translation>Mi fog megtörténni</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Felelős:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Határidő:</translation>
    </message>
</context>
<context>
    <name>InitiativesModel</name>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Kezdeményezés</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <source>{date}
overdue</source>
        <translation>{date}
lejárt</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s) and not done yet.</source>
        <translation>
            <numerusform>%Ln napja lejárt a határideje, és még nincs kész.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InitiativesPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hozzáadás…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>S&amp;zerkesztés…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>Choose a key result to see its initiatives.</source>
        <translation>Válasszon egy kulcseredményt a kezdeményezései megtekintéséhez.</translation>
    </message>
    <message>
        <source>No initiatives yet: add the work that will move this key result.</source>
        <translation>Még nincsenek kezdeményezések: vegye fel a munkát, amely mozdítja ezt a kulcseredményt.</translation>
    </message>
    <message>
        <source>{done} of {count} done</source>
        <translation>{done} / {count} kész</translation>
    </message>
    <message>
        <source> · {overdue} overdue</source>
        <translation> · {overdue} lejárt</translation>
    </message>
    <message>
        <source> · the cycle is closed</source>
        <translation> · a ciklus le van zárva</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Új kezdeményezés</translation>
    </message>
    <message>
        <source>New initiative {title}</source>
        <translation>Új kezdeményezés: {title}</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Kezdeményezés szerkesztése</translation>
    </message>
    <message>
        <source>Edit initiative {title}</source>
        <translation>{title} kezdeményezés szerkesztése</translation>
    </message>
    <message>
        <source>Tick {title} done</source>
        <translation>{title} késznek jelölése</translation>
    </message>
    <message>
        <source>Reopen {title}</source>
        <translation>{title} újranyitása</translation>
    </message>
    <message>
        <source>Delete initiative {title}</source>
        <translation>{title} kezdeményezés törlése</translation>
    </message>
</context>
<context>
    <name>KeyResultForecastModel</name>
    <message>
        <source>Key result</source>
        <translation>Kulcseredmény</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Most</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Célérték</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Előrehaladás</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Előrejelzés</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>A végén</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <source>No team</source>
        <translation>Nincs csapat</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>A magasabb a jobb</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Az alacsonyabb a jobb</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Mértékegység:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Csapat:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Irány:</translation>
    </message>
    <message>
        <source>&amp;Green from:</source>
        <translation>&amp;Zöld ettől:</translation>
    </message>
    <message>
        <source>&amp;Red from:</source>
        <translation>&amp;Piros ettől:</translation>
    </message>
</context>
<context>
    <name>KpiModel</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Legutóbbi</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Csapat: {team}</translation>
    </message>
    <message>
        <source>No value recorded yet.</source>
        <translation>Még nincs rögzített érték.</translation>
    </message>
    <message>
        <source>{value} on {date}: {status}</source>
        <translation>{value} ({date}): {status}</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>green</source>
        <translation>zöld</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>sárga</translation>
    </message>
    <message>
        <source>red</source>
        <translation>piros</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Szám</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Százalék</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>Pénzösszeg</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Adjon neki nevet.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>A név hosszabb 200 karakternél.</translation>
    </message>
    <message>
        <source>When higher is better, green cannot be below red.</source>
        <translation>Ha a magasabb a jobb, a zöld határa nem lehet a piros alatt.</translation>
    </message>
    <message>
        <source>When lower is better, green cannot be above red.</source>
        <translation>Ha az alacsonyabb a jobb, a zöld határa nem lehet a piros felett.</translation>
    </message>
    <message>
        <source>Another KPI has this name.</source>
        <translation>Már van ilyen nevű KPI.</translation>
    </message>
    <message>
        <source>Green at or above {green}, red at or below {red}, amber between.</source>
        <translation>Zöld legalább {green}, piros legfeljebb {red} értéknél, köztük sárga.</translation>
    </message>
    <message>
        <source>Green at or below {green}, red at or above {red}, amber between.</source>
        <translation>Zöld legfeljebb {green}, piros legalább {red} értéknél, köztük sárga.</translation>
    </message>
    <message>
        <source>Value of {name}</source>
        <translation>{name} értéke</translation>
    </message>
    <message>
        <source>New KP&amp;I…</source>
        <translation>Új KP&amp;I…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>S&amp;zerkesztés…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>Record val&amp;ue…</source>
        <translation>Érték &amp;rögzítése…</translation>
    </message>
    <message>
        <source>Record the chosen KPI&apos;s value for a day</source>
        <translation>A kiválasztott KPI egy napi értékének rögzítése</translation>
    </message>
    <message>
        <source>No KPIs yet: add the health metrics the team watches beside its OKRs.</source>
        <translation>Még nincsenek KPI-ok: vegye fel az állapotmutatókat, amelyeket a csapat az OKR-ek mellett figyel.</translation>
    </message>
    <message>
        <source>No value yet.</source>
        <translation>Még nincs érték.</translation>
    </message>
    <message numerus="yes">
        <source>Latest {value} on {date}; %Ln value(s) since {first}.</source>
        <translation>
            <numerusform>Legutóbb {value} ({date}); %Ln érték {first} óta.</numerusform>
        </translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Új KPI</translation>
    </message>
    <message>
        <source>New KPI {name}</source>
        <translation>Új KPI: {name}</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>KPI szerkesztése</translation>
    </message>
    <message>
        <source>Edit KPI {name}</source>
        <translation>{name} KPI szerkesztése</translation>
    </message>
    <message>
        <source>Delete KPI {name}</source>
        <translation>{name} KPI törlése</translation>
    </message>
</context>
<context>
    <name>KpiValueDialog</name>
    <message>
        <source>Record a value of {name}</source>
        <translation>{name} értékének rögzítése</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dátum:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Érték:</translation>
    </message>
</context>
<context>
    <name>KrBinding</name>
    <message>
        <source>Unbind {title}</source>
        <translation>{title} kötésének bontása</translation>
    </message>
    <message>
        <source>Bind {title} to a funnel metric</source>
        <translation>{title} kötése tölcsérmutatóhoz</translation>
    </message>
    <message>
        <source>Step conversion (to ÷ from)</source>
        <translation>Lépéskonverzió (záró ÷ kezdő)</translation>
    </message>
    <message>
        <source>Overall conversion (to ÷ first stage)</source>
        <translation>Teljes konverzió (záró ÷ első szakasz)</translation>
    </message>
    <message>
        <source>Weekly count of a stage</source>
        <translation>Egy szakasz heti darabszáma</translation>
    </message>
    <message>
        <source>Cost per lead (spend ÷ to)</source>
        <translation>Egy leadre jutó költség (ráfordítás ÷ záró)</translation>
    </message>
    <message>
        <source>CAC (spend ÷ to)</source>
        <translation>CAC (ráfordítás ÷ záró)</translation>
    </message>
    <message>
        <source>ROI ((revenue − spend) ÷ spend)</source>
        <translation>ROI ((bevétel − ráfordítás) ÷ ráfordítás)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Bevétel</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ráfordítás</translation>
    </message>
    <message>
        <source>{start} → {end} rate</source>
        <translation>{start} → {end} arány</translation>
    </message>
    <message>
        <source>{first} → {end} overall rate</source>
        <translation>{first} → {end} teljes arány</translation>
    </message>
    <message>
        <source>{end} per week</source>
        <translation>{end} hetente</translation>
    </message>
    <message>
        <source>cost per {end}</source>
        <translation>költség / {end}</translation>
    </message>
    <message>
        <source>CAC per {end}</source>
        <translation>CAC / {end}</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>bevétel</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>ráfordítás</translation>
    </message>
    <message>
        <source>all sources</source>
        <translation>minden forrás</translation>
    </message>
    <message>
        <source>From funnel {funnel}: {metric} · {source}</source>
        <translation>{funnel} tölcsérből: {metric} · {source}</translation>
    </message>
</context>
<context>
    <name>KrBindingActions</name>
    <message>
        <source>Bind to funnel &amp;metric…</source>
        <translation>Kötés tölcsér&amp;mutatóhoz…</translation>
    </message>
    <message>
        <source>Take the key result&apos;s weekly value from a funnel metric</source>
        <translation>A kulcseredmény heti értékének átvétele egy tölcsérmutatóból</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Company</source>
        <translation>Vállalati</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Csapat</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Egyéni</translation>
    </message>
    <message>
        <source>Automatic: from import {file}, week {week}</source>
        <translation>Automatikus: importálásból ({file}), {week}</translation>
    </message>
</context>
<context>
    <name>LearningsModel</name>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Kísérlet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Döntés</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Döntés napja</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Tanulságok</translation>
    </message>
</context>
<context>
    <name>LearningsPanel</name>
    <message>
        <source>Search learnings, titles and hypotheses…</source>
        <translation>Keresés a tanulságokban, címekben és hipotézisekben…</translation>
    </message>
    <message>
        <source>No decided experiments yet. When an experiment ends, record its decision and what the team learnt (Decide…).</source>
        <translation>Még nincs lezárt kísérlet. Ha egy kísérlet véget ér, rögzítse a döntést és azt, amit a csapat tanult belőle (Döntés…).</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} / {total}</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <source>The team server is back: the workspace shows its latest state.</source>
        <translation>A csapatszerver ismét elérhető: a munkaterület a legfrissebb állapotát mutatja.</translation>
    </message>
    <message>
        <source>The team server cannot be reached ({reason}). Changes are refused until it answers again; okrdesk reconnects by itself.</source>
        <translation>A csapatszerver nem érhető el ({reason}). Amíg újra nem válaszol, módosítás nem lehetséges; az okrdesk magától újracsatlakozik.</translation>
    </message>
    <message>
        <source>Change not made</source>
        <translation>A módosítás nem történt meg</translation>
    </message>
    <message>
        <source>The team server cannot be reached, so the change was not made and nothing is kept to be sent later. Make it again once the server is back.</source>
        <translation>A csapatszerver nem érhető el, ezért a módosítás nem történt meg, és nincs félretéve későbbi elküldésre. Végezze el újra, ha a szerver ismét elérhető.</translation>
    </message>
    <message>
        <source>The team server cannot be reached ({reason}), so this was not done. okrdesk reconnects by itself; try again once the server is back.</source>
        <translation>A csapatszerver nem érhető el ({reason}), ezért ez nem történt meg. Az okrdesk magától újracsatlakozik; próbálja újra, ha a szerver ismét elérhető.</translation>
    </message>
    <message>
        <source>{person} checked in &apos;{title}&apos;</source>
        <translation>{person} frissítést rögzített: „{title}”</translation>
    </message>
    <message>
        <source>Someone checked in &apos;{title}&apos;</source>
        <translation>Valaki frissítést rögzített: „{title}”</translation>
    </message>
    <message numerus="yes">
        <source>{person} checked in %n key result(s)</source>
        <translation>
            <numerusform>{person} %n kulcseredményt frissített</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone checked in %n key result(s)</source>
        <translation>
            <numerusform>Valaki %n kulcseredményt frissített</numerusform>
        </translation>
    </message>
    <message>
        <source>{person} changed the key result &apos;{title}&apos;</source>
        <translation>{person} módosította a(z) „{title}” kulcseredményt</translation>
    </message>
    <message>
        <source>Someone changed the key result &apos;{title}&apos;</source>
        <translation>Valaki módosította a(z) „{title}” kulcseredményt</translation>
    </message>
    <message numerus="yes">
        <source>{person} changed %n key result(s)</source>
        <translation>
            <numerusform>{person} %n kulcseredményt módosított</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n key result(s)</source>
        <translation>
            <numerusform>Valaki %n kulcseredményt módosított</numerusform>
        </translation>
    </message>
    <message>
        <source>{person} decided the experiment &apos;{title}&apos;</source>
        <translation>{person} döntött a(z) „{title}” kísérletről</translation>
    </message>
    <message>
        <source>Someone decided the experiment &apos;{title}&apos;</source>
        <translation>Valaki döntött a(z) „{title}” kísérletről</translation>
    </message>
    <message>
        <source>Someone imported funnel data into &apos;{title}&apos;</source>
        <translation>Valaki tölcséradatokat importált ide: „{title}”</translation>
    </message>
    <message>
        <source>Someone changed the workspace</source>
        <translation>Valaki módosította a munkaterületet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Irányítópult</translation>
    </message>
    <message>
        <source>OKRs</source>
        <translation>OKR-ek</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Kísérletek</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Tölcsér</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Áttekintés</translation>
    </message>
    <message>
        <source>Read-only: this workspace file or its folder cannot be written, so you can look at it and export from it, but not change it.</source>
        <translation>Csak olvasható: ez a munkaterületfájl vagy a mappája nem írható, így megtekinthető és exportálható, de nem módosítható.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fájl</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>Ú&amp;j munkaterület…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Megnyitás…</translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace…</source>
        <translation>Csatlakozás cs&amp;apat-munkaterülethez…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Legutóbbiak</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>&amp;Demó megnyitása</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importálás…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Importálási &amp;előzmények…</translation>
    </message>
    <message>
        <source>Import O&amp;KRs…</source>
        <translation>&amp;OKR-ek importálása…</translation>
    </message>
    <message>
        <source>&amp;Export review…</source>
        <translation>Áttekintés e&amp;xportálása…</translation>
    </message>
    <message>
        <source>Start a new &amp;cycle…</source>
        <translation>Új &amp;ciklus indítása…</translation>
    </message>
    <message>
        <source>&amp;People and teams…</source>
        <translation>Személyek és csa&amp;patok…</translation>
    </message>
    <message>
        <source>Workspace &amp;settings…</source>
        <translation>Munka&amp;terület-beállítások…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kilépés</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>S&amp;zerkesztés</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Visszavonás</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Mé&amp;gis</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ugrás</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Nézet</translation>
    </message>
    <message>
        <source>&amp;Management dashboard</source>
        <translation>&amp;Vezetői irányítópult</translation>
    </message>
    <message>
        <source>&amp;Team dashboard</source>
        <translation>Csap&amp;at-irányítópult</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Bemutatás</translation>
    </message>
    <message>
        <source>Present a &amp;chart</source>
        <translation>Diag&amp;ram bemutatása</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Súgó</translation>
    </message>
    <message>
        <source>&amp;About okrdesk</source>
        <translation>Az okrdesk &amp;névjegye</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Nincsenek legutóbbi munkaterületek</translation>
    </message>
    <message>
        <source>Loading {section}…</source>
        <translation>{section} betöltése…</translation>
    </message>
    <message>
        <source>{section} could not be loaded.</source>
        <translation>{section} nem tölthető be.</translation>
    </message>
    <message>
        <source>{name} (read-only) — okrdesk</source>
        <translation>{name} (csak olvasható) — okrdesk</translation>
    </message>
    <message>
        <source>{name} — okrdesk</source>
        <translation>{name} — okrdesk</translation>
    </message>
    <message>
        <source>You can read this team workspace; your role does not allow changes. Ask its owner for the member role to check in and edit.</source>
        <translation>Ezt a csapat-munkaterületet olvashatja, de a szerepköre nem enged módosítást. A frissítéshez és a szerkesztéshez kérje a tulajdonostól a tag szerepkört.</translation>
    </message>
    <message>
        <source>Your role on this team workspace does not allow changes.</source>
        <translation>A szerepköre ezen a csapat-munkaterületen nem enged módosítást.</translation>
    </message>
    <message>
        <source>This workspace is read-only: the change was not made.</source>
        <translation>Ez a munkaterület csak olvasható: a módosítás nem történt meg.</translation>
    </message>
    <message>
        <source>About okrdesk</source>
        <translation>Az okrdesk névjegye</translation>
    </message>
    <message>
        <source>&lt;h3&gt;okrdesk {version}&lt;/h3&gt;&lt;p&gt;Objectives and key results, weekly growth experiments and the sales funnel of one team, offline.&lt;/p&gt;&lt;p&gt;Every workspace is one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;okrdesk {version}&lt;/h3&gt;&lt;p&gt;Egy csapat céljai és kulcseredményei, heti növekedési kísérletei és értékesítési tölcsére, offline.&lt;/p&gt;&lt;p&gt;Minden munkaterület egyetlen fájl ezen a számítógépen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManagementDashboard</name>
    <message>
        <source>Management dashboard</source>
        <translation>Vezetői irányítópult</translation>
    </message>
    <message>
        <source>No cycle yet.</source>
        <translation>Még nincs ciklus.</translation>
    </message>
    <message>
        <source>Management dashboard — {cycle}</source>
        <translation>Vezetői irányítópult – {cycle}</translation>
    </message>
    <message>
        <source>As of {day}: {expected} of the cycle has passed; it ends {end}.</source>
        <translation>Állapot ({day}): a ciklus {expected} része telt el, és {end} napon ér véget.</translation>
    </message>
</context>
<context>
    <name>NameEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <source>Give a name.</source>
        <translation>Adjon meg egy nevet.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>A név hosszabb 100 karakternél.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{value} pts</source>
        <translation>{value} %-pont</translation>
    </message>
    <message>
        <source>{year}-W{week}</source>
        <translation>{year}. {week}. hét</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nincs kész</translation>
    </message>
</context>
<context>
    <name>ObjectivesBlock</name>
    <message>
        <source>Objectives by status</source>
        <translation>Célok állapot szerint</translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <source>Objective</source>
        <translation>Cél</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Előrehaladás</translation>
    </message>
    <message>
        <source>Forecast at cycle end</source>
        <translation>Előrejelzés a ciklus végére</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
</context>
<context>
    <name>OkrConflicts</name>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Szint</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Csapat</translation>
    </message>
    <message>
        <source>Aligned under</source>
        <translation>Fölérendelt cél</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Leírás</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Egység</translation>
    </message>
    <message>
        <source>Unit label</source>
        <translation>Mértékegység-felirat</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Tizedesjegyek</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Kiindulás</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Célérték</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Súly</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Költségkeret</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Eddigi költség</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Nap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Bizalom</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Akadályok</translation>
    </message>
</context>
<context>
    <name>OkrEditing</name>
    <message>
        <source>Objective: {title}</source>
        <translation>Cél: {title}</translation>
    </message>
    <message>
        <source>New &amp;objective…</source>
        <translation>Új &amp;cél…</translation>
    </message>
    <message>
        <source>New objective from &amp;template…</source>
        <translation>Új cél &amp;sablonból…</translation>
    </message>
    <message>
        <source>New &amp;key result…</source>
        <translation>Új &amp;kulcseredmény…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>S&amp;zerkesztés…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Át&amp;nevezés</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Új cél</translation>
    </message>
    <message>
        <source>New objective {title}</source>
        <translation>Új cél: {title}</translation>
    </message>
    <message>
        <source>New key result of “{objective}”</source>
        <translation>Új kulcseredmény ehhez: „{objective}”</translation>
    </message>
    <message>
        <source>New key result {title}</source>
        <translation>Új kulcseredmény: {title}</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Cél szerkesztése</translation>
    </message>
    <message>
        <source>Edit key result</source>
        <translation>Kulcseredmény szerkesztése</translation>
    </message>
    <message>
        <source>Edit objective {title}</source>
        <translation>{title} cél szerkesztése</translation>
    </message>
    <message>
        <source>Edit key result {title}</source>
        <translation>{title} kulcseredmény szerkesztése</translation>
    </message>
    <message>
        <source>Rename objective</source>
        <translation>Cél átnevezése</translation>
    </message>
    <message>
        <source>Rename key result</source>
        <translation>Kulcseredmény átnevezése</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>{title} törlése</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %Ln check-in(s). Delete it together with its check-ins?
Edit → Undo brings everything back.</source>
        <translation>
            <numerusform>„{title}” %Ln frissítéssel rendelkezik. Törli a frissítéseivel együtt?
A Szerkesztés → Visszavonás mindent visszahoz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OkrEditors</name>
    <message>
        <source>Increase to</source>
        <translation>Növelés célértékre</translation>
    </message>
    <message>
        <source>Decrease to</source>
        <translation>Csökkentés célértékre</translation>
    </message>
    <message>
        <source>Stay above</source>
        <translation>Szint felett tartás</translation>
    </message>
    <message>
        <source>Stay below</source>
        <translation>Szint alatt tartás</translation>
    </message>
    <message>
        <source>Done or not done</source>
        <translation>Kész vagy nincs kész</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Szám</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Százalék</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>Pénzösszeg</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Nincs csapat</translation>
    </message>
    <message>
        <source>Not aligned</source>
        <translation>Nincs fölérendelt cél</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cím:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Szint:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>Cs&amp;apat:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Felelős:</translation>
    </message>
    <message>
        <source>&amp;Aligned under:</source>
        <translation>Fölé&amp;rendelt cél:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Leírás:</translation>
    </message>
    <message>
        <source>none, or h, days, NPS, tickets…</source>
        <translation>nincs, vagy óra, nap, NPS, jegy…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatikus</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Típus:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Mértékegység:</translation>
    </message>
    <message>
        <source>Unit &amp;label:</source>
        <translation>Mértékegység-fel&amp;irat:</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>Ti&amp;zedesjegyek:</translation>
    </message>
    <message>
        <source>&amp;Start (baseline):</source>
        <translation>&amp;Kiindulás:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Cél&amp;érték:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>S&amp;úly:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>Költsé&amp;gkeret:</translation>
    </message>
    <message>
        <source>&amp;Cost so far:</source>
        <translation>E&amp;ddigi költség:</translation>
    </message>
</context>
<context>
    <name>OkrErrors</name>
    <message>
        <source>confidence must be between 0 and 10</source>
        <translation>a bizalom 0 és 10 között lehet</translation>
    </message>
    <message>
        <source>cycle {cycle} is not closed</source>
        <translation>a(z) {cycle} ciklus nincs lezárva</translation>
    </message>
    <message>
        <source>cycle {cycle} is closed</source>
        <translation>a(z) {cycle} ciklus le van zárva</translation>
    </message>
    <message>
        <source>cycle {cycle} does not start after {source}</source>
        <translation>a(z) {cycle} ciklus nem {source} után kezdődik</translation>
    </message>
    <message>
        <source>objectives {ids} are not in cycle {cycle}</source>
        <translation>a(z) {ids} célok nincsenek a(z) {cycle} ciklusban</translation>
    </message>
    <message>
        <source>key result {id} is not in cycle {cycle}</source>
        <translation>a(z) {id} kulcseredmény nincs a(z) {cycle} ciklusban</translation>
    </message>
    <message>
        <source>“{title}” is chosen without its objective</source>
        <translation>„{title}” a célja nélkül van kiválasztva</translation>
    </message>
    <message>
        <source>“{title}” reached its target; there is nothing to carry</source>
        <translation>„{title}” elérte a célértékét; nincs mit átvinni</translation>
    </message>
    <message>
        <source>“{title}” was carried into {cycle} already</source>
        <translation>„{title}” már át lett víve ide: {cycle}</translation>
    </message>
    <message>
        <source>a grade is 0.0–1.0 in tenths, not {grade}</source>
        <translation>a pontszám 0,0–1,0 tizedenként, nem {grade}</translation>
    </message>
    <message>
        <source>cycle {cycle} is closed; reopen it to change it</source>
        <translation>a(z) {cycle} ciklus le van zárva; a módosításhoz nyissa újra</translation>
    </message>
    <message>
        <source>a KPI value must be a finite number</source>
        <translation>a KPI értéke véges szám kell legyen</translation>
    </message>
    <message>
        <source>another KPI is called {name}</source>
        <translation>már van {name} nevű KPI</translation>
    </message>
    <message>
        <source>no key result with the id or title &quot;{text}&quot;</source>
        <translation>nincs „{text}” azonosítójú vagy című kulcseredmény</translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) are titled &quot;{text}&quot; (ids {ids}); give the id</source>
        <translation>
            <numerusform>%n kulcseredmény címe „{text}” (azonosítók: {ids}); adja meg az azonosítót</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OkrHealthPanel</name>
    <message>
        <source>Objectives by status</source>
        <translation>Célok állapot szerint</translation>
    </message>
    <message>
        <source>Key results that need an update</source>
        <translation>Frissítésre váró kulcseredmények</translation>
    </message>
    <message>
        <source>Key results at {progress} of their targets · {expected} expected by today</source>
        <translation>A kulcseredmények a célértékük {progress} részénél tartanak · mára várt: {expected}</translation>
    </message>
    <message>
        <source>{title} — no check-in yet</source>
        <translation>{title} — még nincs frissítés</translation>
    </message>
    <message numerus="yes">
        <source>{title} — last check-in %Ln day(s) ago</source>
        <translation>
            <numerusform>{title} – utolsó frissítés %Ln napja</numerusform>
        </translation>
    </message>
    <message>
        <source>Every key result was checked in recently.</source>
        <translation>Minden kulcseredmény frissült a közelmúltban.</translation>
    </message>
    <message>
        <source>No key results in this cycle yet: add them in OKRs.</source>
        <translation>Ebben a ciklusban még nincsenek kulcseredmények: vegye fel őket az OKR-ek részben.</translation>
    </message>
</context>
<context>
    <name>OkrImportDialog</name>
    <message>
        <source>Import OKRs</source>
        <translation>OKR-ek importálása</translation>
    </message>
    <message>
        <source>A .xlsx or .csv file, one key result a row</source>
        <translation>.xlsx vagy .csv fájl, soronként egy kulcseredmény</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Tallózás…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fájl:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>&amp;Ciklus:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Sor</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cél</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Kulcseredmény</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Típus</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Egység</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Kiindulás</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Célérték</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Jelenlegi</translation>
    </message>
    <message>
        <source>&amp;Download template…</source>
        <translation>Sablon &amp;letöltése…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importálás</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Táblázatok (*.xlsx *.csv);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>The workspace has no open cycle to import into.</source>
        <translation>A munkaterületen nincs nyitott ciklus, amelybe importálni lehetne.</translation>
    </message>
    <message>
        <source>Choose a spreadsheet: one key result a row, headers in English, Polish, Hungarian or Russian (see Download template).</source>
        <translation>Válasszon táblázatot: soronként egy kulcseredmény, angol, lengyel, magyar vagy orosz fejlécekkel (lásd Sablon letöltése).</translation>
    </message>
    <message>
        <source>{problem}
This file cannot be imported; nothing was changed.</source>
        <translation>{problem}
Ez a fájl nem importálható; semmi sem módosult.</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) will be created</source>
        <translation>
            <numerusform>%n cél jön létre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) will be matched</source>
        <translation>
            <numerusform>%n cél lesz egyeztetve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) will be created</source>
        <translation>
            <numerusform>%n kulcseredmény jön létre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) will be updated</source>
        <translation>
            <numerusform>%n kulcseredmény frissül</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) will be recorded</source>
        <translation>
            <numerusform>%n frissítés lesz rögzítve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be created: {names}</source>
        <translation>
            <numerusform>%n személy jön létre: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be matched: {names}</source>
        <translation>
            <numerusform>%n személy lesz egyeztetve: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) will be created: {names}</source>
        <translation>
            <numerusform>%n csapat jön létre: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) will be matched: {names}</source>
        <translation>
            <numerusform>%n csapat lesz egyeztetve: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} (new)</source>
        <translation>{title} (új)</translation>
    </message>
    <message>
        <source>{title} (matched)</source>
        <translation>{title} (egyeztetve)</translation>
    </message>
    <message>
        <source>{title} (updated)</source>
        <translation>{title} (frissítve)</translation>
    </message>
    <message>
        <source>Download template</source>
        <translation>Sablon letöltése</translation>
    </message>
    <message>
        <source>The template could not be saved to {path}: {reason}</source>
        <translation>A sablon nem menthető ide: {path}: {reason}</translation>
    </message>
    <message>
        <source>Template saved to {path}</source>
        <translation>Sablon mentve: {path}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-munkafüzet (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>OkrMoving</name>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Fel</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation>{title} áthelyezése</translation>
    </message>
</context>
<context>
    <name>OkrRules</name>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>A költségkeret nem lehet negatív.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>A költség nem lehet negatív.</translation>
    </message>
    <message>
        <source>Give it a title.</source>
        <translation>Adjon meg egy címet.</translation>
    </message>
    <message>
        <source>The title is longer than 300 characters.</source>
        <translation>A cím hosszabb 300 karakternél.</translation>
    </message>
    <message>
        <source>The level is company, team or individual, not {level}.</source>
        <translation>A szint vállalati, csapat vagy egyéni lehet, nem {level}.</translation>
    </message>
    <message>
        <source>{kind} is not a kind of key result.</source>
        <translation>{kind} nem kulcseredmény-típus.</translation>
    </message>
    <message>
        <source>{unit} is not a unit of key results.</source>
        <translation>{unit} nem kulcseredmény-mértékegység.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Adjon meg egy számot.</translation>
    </message>
    <message>
        <source>The weight must be more than 0.</source>
        <translation>A súlynak 0-nál nagyobbnak kell lennie.</translation>
    </message>
    <message>
        <source>The unit label has at most 20 characters and no spaces around it.</source>
        <translation>A mértékegység-felirat legfeljebb 20 karakter lehet, és nem kezdődhet vagy végződhet szóközzel.</translation>
    </message>
    <message>
        <source>Decimals go from 0 to 4.</source>
        <translation>A tizedesjegyek száma 0 és 4 között lehet.</translation>
    </message>
    <message>
        <source>To increase, the target must be above the start.</source>
        <translation>Növelésnél a célértéknek a kiindulás felett kell lennie.</translation>
    </message>
    <message>
        <source>To decrease, the target must be below the start.</source>
        <translation>Csökkentésnél a célértéknek a kiindulás alatt kell lennie.</translation>
    </message>
    <message>
        <source>A yes/no key result starts at 0 (not done) and targets 1 (done).</source>
        <translation>Az igen/nem típusú kulcseredmény kiindulása 0 (nincs kész), célértéke 1 (kész).</translation>
    </message>
    <message>
        <source>A percentage outside 0–100 %: is that right?</source>
        <translation>0–100% közé nem eső százalék: biztosan helyes?</translation>
    </message>
</context>
<context>
    <name>OkrSection</name>
    <message>
        <source>OKRs</source>
        <translation>OKR-ek</translation>
    </message>
    <message>
        <source>Search titles…</source>
        <translation>Keresés a címekben…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Minden állapot</translation>
    </message>
    <message>
        <source>&amp;New objective</source>
        <translation>Ú&amp;j cél</translation>
    </message>
    <message>
        <source>New objective (Ctrl+N)</source>
        <translation>Új cél (Ctrl+N)</translation>
    </message>
    <message>
        <source>From te&amp;mplate…</source>
        <translation>&amp;Sablonból…</translation>
    </message>
    <message>
        <source>New objective with three key results from an example (Ctrl+Shift+T)</source>
        <translation>Új cél három kulcseredménnyel egy példa alapján (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>New &amp;key result</source>
        <translation>Új &amp;kulcseredmény</translation>
    </message>
    <message>
        <source>New key result under the chosen objective (Ctrl+Shift+N)</source>
        <translation>Új kulcseredmény a kiválasztott cél alá (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Weekly &amp;check-in…</source>
        <translation>&amp;Heti frissítés…</translation>
    </message>
    <message>
        <source>Check in every key result (Ctrl+K)</source>
        <translation>Minden kulcseredmény frissítése (Ctrl+K)</translation>
    </message>
    <message>
        <source>Close c&amp;ycle…</source>
        <translation>Ciklus &amp;lezárása…</translation>
    </message>
    <message>
        <source>Grade the key results, write the retrospective and close the cycle</source>
        <translation>A kulcseredmények pontozása, a retrospektív megírása és a ciklus lezárása</translation>
    </message>
    <message>
        <source>Re&amp;open cycle</source>
        <translation>Ciklus újra&amp;nyitása</translation>
    </message>
    <message>
        <source>Ca&amp;rry over…</source>
        <translation>Át&amp;vitel…</translation>
    </message>
    <message>
        <source>Copy unfinished key results into the next cycle</source>
        <translation>A befejezetlen kulcseredmények átmásolása a következő ciklusba</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>C&amp;iklus:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>Cs&amp;apat:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>F&amp;elelős:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Álla&amp;pot:</translation>
    </message>
    <message>
        <source>No objectives in this cycle yet. Write one with New objective (Ctrl+N), or start from an example with From template… (Ctrl+Shift+T).</source>
        <translation>Ebben a ciklusban még nincsenek célok. Vegyen fel egyet az Új cél paranccsal (Ctrl+N), vagy induljon ki egy példából a Sablonból… paranccsal (Ctrl+Shift+T).</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Részletek</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Előzmények</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Kezdeményezések</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI-ok</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>&amp;Oldalpanel</translation>
    </message>
    <message>
        <source>Show or hide the details, history, initiatives and KPIs beside the tree</source>
        <translation>A részletek, az előzmények, a kezdeményezések és a KPI-ok megjelenítése vagy elrejtése a fa mellett</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (lezárva)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln key result(s)…</source>
        <translation>
            <numerusform>%Ln kulcseredmény beolvasása…</numerusform>
        </translation>
    </message>
    <message>
        <source>The cycle could not be read.</source>
        <translation>A ciklust nem sikerült beolvasni.</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>No cycle yet: start one from the File menu.</source>
        <translation>Még nincs ciklus: indítson egyet a Fájl menüből.</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Minden csapat</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Minden felelős</translation>
    </message>
</context>
<context>
    <name>OkrSheet</name>
    <message>
        <source>the workspace has no cycle</source>
        <translation>a munkaterületen nincs ciklus</translation>
    </message>
    <message>
        <source>no cycle &quot;{name}&quot; (there are no cycles)</source>
        <translation>nincs „{name}” ciklus (nincsenek ciklusok)</translation>
    </message>
    <message>
        <source>no cycle &quot;{name}&quot; (cycles: {cycles})</source>
        <translation>nincs „{name}” ciklus (ciklusok: {cycles})</translation>
    </message>
    <message>
        <source>the cycle &quot;{cycle}&quot; is closed; choose another</source>
        <translation>a(z) „{cycle}” ciklus le van zárva; válasszon másikat</translation>
    </message>
    <message>
        <source>has no column for {columns}; the first row must name the columns (see the templates in English, Polish, Hungarian or Russian)</source>
        <translation>nincs oszlopa ehhez: {columns}; az első sornak meg kell neveznie az oszlopokat (lásd az angol, lengyel, magyar vagy orosz sablonokat)</translation>
    </message>
    <message>
        <source>has no key results below its header</source>
        <translation>a fejléce alatt nincsenek kulcseredmények</translation>
    </message>
    <message>
        <source>the key result &quot;{title}&quot; is already on row {row} under the same objective</source>
        <translation>a(z) „{title}” kulcseredmény már szerepel a(z) {row}. sorban ugyanazon cél alatt</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>„{value}” nem szám</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>szám megadása kötelező</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a kind; use one of {kinds}</source>
        <translation>„{value}” nem típus; használja ezek egyikét: {kinds}</translation>
    </message>
    <message>
        <source>a kind is required; use one of {kinds}</source>
        <translation>típus megadása kötelező; használja ezek egyikét: {kinds}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a unit; use one of {units}</source>
        <translation>„{value}” nem mértékegység; használja ezek egyikét: {units}</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} nem egész szám</translation>
    </message>
    <message numerus="yes">
        <source>has more than %Ln row(s) of key results; refused</source>
        <translation>
            <numerusform>több mint %Ln kulcseredmény-sora van; elutasítva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is %Ln MB, more than the {limit} MB an OKR sheet may be; refused</source>
        <translation>
            <numerusform>%Ln MB, több, mint egy OKR-táblázat megengedett {limit} MB-ja; elutasítva</numerusform>
        </translation>
    </message>
    <message>
        <source>the first row has no column names</source>
        <translation>az első sorban nincsenek oszlopnevek</translation>
    </message>
    <message numerus="yes">
        <source>a cell is longer than %Ln character(s)</source>
        <translation>
            <numerusform>egy cella hosszabb %Ln karakternél</numerusform>
        </translation>
    </message>
    <message>
        <source>is not {encoding} text</source>
        <translation>nem {encoding} szöveg</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail})</source>
        <translation>nem olvasható CSV-ként ({detail})</translation>
    </message>
</context>
<context>
    <name>OkrSheetImport</name>
    <message>
        <source>Import OKRs from {file}</source>
        <translation>OKR-ek importálása: {file}</translation>
    </message>
</context>
<context>
    <name>OkrTemplates</name>
    <message>
        <source>Product</source>
        <translation>Termék</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Fejlesztés</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Értékesítés</translation>
    </message>
    <message>
        <source>Customer success</source>
        <translation>Ügyfélsiker</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Kisvállalkozás</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cél</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Üzlet</translation>
    </message>
    <message>
        <source>New objective {title} from a template</source>
        <translation>Új cél sablonból: {title}</translation>
    </message>
</context>
<context>
    <name>OkrTreeModel</name>
    <message>
        <source>The target is reached.</source>
        <translation>A célérték teljesült.</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>Még nincs frissítés.</translation>
    </message>
    <message>
        <source>Behind pace by {gap} (more than {limit}).</source>
        <translation>{gap} lemaradás a tempóhoz képest (több mint {limit}).</translation>
    </message>
    <message>
        <source>Confidence {confidence} ({limit} or less).</source>
        <translation>Bizalom: {confidence} ({limit} vagy kevesebb).</translation>
    </message>
    <message>
        <source>Within {limit} of the pace.</source>
        <translation>A tempótól legfeljebb {limit} eltérés.</translation>
    </message>
    <message>
        <source>The latest value is outside its range (limit {limit}).</source>
        <translation>A legutóbbi érték kívül esik a tartományán (határ: {limit}).</translation>
    </message>
    <message>
        <source>The latest value is inside its range (limit {limit}).</source>
        <translation>A legutóbbi érték a tartományán belül van (határ: {limit}).</translation>
    </message>
    <message>
        <source>Inside its range at the cycle&apos;s end.</source>
        <translation>A ciklus végén a tartományán belül.</translation>
    </message>
    <message>
        <source>Not done by its due date, {due}.</source>
        <translation>Nem készült el a határidőre ({due}).</translation>
    </message>
    <message>
        <source>Not done yet; due {due}.</source>
        <translation>Még nincs kész (határidő: {due}).</translation>
    </message>
    <message>
        <source>Graded {grade} at the cycle&apos;s close</source>
        <translation>Pontszám a ciklus zárásakor: {grade}</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>Cél / kulcseredmény</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Előrehaladás</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Bizalom</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Frissítve</translation>
    </message>
    <message>
        <source>Team objectives without a team</source>
        <translation>Csapat nélküli csapatcélok</translation>
    </message>
    <message>
        <source>{values}, now {current}</source>
        <translation>{values}, most {current}</translation>
    </message>
    <message>
        <source>Own key results: {share}</source>
        <translation>Saját kulcseredmények: {share}</translation>
    </message>
    <message>
        <source>Aligned objectives: {share}</source>
        <translation>Alárendelt célok: {share}</translation>
    </message>
    <message>
        <source>Expected by today: {share}</source>
        <translation>Mára várható: {share}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>soha</translation>
    </message>
    <message>
        <source>today</source>
        <translation>ma</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d ago</source>
        <comment>days since the last check-in</comment>
        <translation>
            <numerusform>%Ln napja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>New team {name}</source>
        <translation>Új csapat: {name}</translation>
    </message>
    <message>
        <source>Rename team {old} to {new}</source>
        <translation>{old} csapat átnevezése erre: {new}</translation>
    </message>
    <message>
        <source>Delete team {name}</source>
        <translation>{name} csapat törlése</translation>
    </message>
    <message>
        <source>New person {name}</source>
        <translation>Új személy: {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} szerkesztése</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} törlése</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message numerus="yes">
        <source>%Ln objective(s)</source>
        <translation>
            <numerusform>%Ln cél</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s)</source>
        <translation>
            <numerusform>%Ln kulcseredmény</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln kezdeményezés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln experiment(s)</source>
        <translation>
            <numerusform>%Ln kísérlet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln experiment task(s)</source>
        <translation>
            <numerusform>%Ln kísérleti feladat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team member(s)</source>
        <translation>
            <numerusform>%Ln csapattag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln KPI(s)</source>
        <translation>
            <numerusform>%Ln KPI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of {table}</source>
        <translation>
            <numerusform>%Ln sor itt: {table}</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} és {last}</translation>
    </message>
    <message>
        <source>People and teams</source>
        <translation>Személyek és csapatok</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>&amp;Csapat hozzáadása…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Át&amp;nevezés…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Törlés</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>&amp;Személy hozzáadása…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>S&amp;zerkesztés…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>T&amp;örlés</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Átnevezés…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Szerkesztés…</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>Cs&amp;apatok</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>Személye&amp;k</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Új csapat</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Csapat átnevezése</translation>
    </message>
    <message>
        <source>{name} has {things}; they will have no team. Delete?</source>
        <translation>{name}: {things}; ezek csapat nélkül maradnak. Törli?</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Új személy</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Személy szerkesztése</translation>
    </message>
    <message>
        <source>{name} owns {things}; they will have no owner. Delete?</source>
        <translation>{name} felelős ezekért: {things}; ezek felelős nélkül maradnak. Törli?</translation>
    </message>
    <message>
        <source>Edit → Undo puts everything back.</source>
        <translation>A Szerkesztés → Visszavonás mindent visszaállít.</translation>
    </message>
</context>
<context>
    <name>PeopleEditors</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
</context>
<context>
    <name>PeopleErrors</name>
    <message>
        <source>Give a name.</source>
        <translation>Adjon meg egy nevet.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>A név hosszabb 100 karakternél.</translation>
    </message>
    <message>
        <source>The name {name} is taken.</source>
        <translation>Ez a név már foglalt: {name}.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>Az e-mail-cím túl hosszú.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address.</source>
        <translation>Ez nem e-mail-cím: {email}.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Csapat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>PeriodComparisonChart</name>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>{rate}  (nothing to compare)</source>
        <translation>{rate}  (nincs mihez hasonlítani)</translation>
    </message>
    <message>
        <source>{rate}  {change}  ({p}, noise)</source>
        <translation>{rate}  {change}  ({p}, zaj)</translation>
    </message>
    <message>
        <source>{arrow} {rate}  {change}  ({p}, significant)</source>
        <translation>{arrow} {rate}  {change}  ({p}, szignifikáns)</translation>
    </message>
    <message>
        <source>{to} of {n} now; {base_to} of {base_n} before</source>
        <translation>most {to} / {n}; előtte {base_to} / {base_n}</translation>
    </message>
    <message>
        <source>the week before</source>
        <translation>az előző hét</translation>
    </message>
    <message numerus="yes">
        <source>the mean of the %n weeks before</source>
        <translation>
            <numerusform>az előző %n hét átlaga</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>{day} hete</translation>
    </message>
    <message>
        <source>{current_mark} {current} against {baseline_mark} {baseline}</source>
        <translation>{current_mark} {current}, szemben: {baseline_mark} {baseline}</translation>
    </message>
    <message>
        <source>Change of each step</source>
        <translation>Az egyes lépések változása</translation>
    </message>
    <message>
        <source>No weeks to compare yet</source>
        <translation>Még nincs összehasonlítható hét</translation>
    </message>
    <message>
        <source>A funnel needs two stages to compare steps</source>
        <translation>A lépések összehasonlításához a tölcsérnek két szakasz kell</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>optional</source>
        <translation>nem kötelező</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Nincs csapat</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Csapat:</translation>
    </message>
    <message>
        <source>There is already someone called “{name}”.</source>
        <translation>Már van „{name}” nevű személy.</translation>
    </message>
</context>
<context>
    <name>PlanWeekDialog</name>
    <message>
        <source>Plan {code} for a week</source>
        <translation>{code} ütemezése egy hétre</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>Kísérlet:</translation>
    </message>
    <message>
        <source>&amp;Day 1:</source>
        <translation>&amp;1. nap:</translation>
    </message>
    <message numerus="yes">
        <source>Runs %Ln day(s), to {date}; the day tasks are made from the template.</source>
        <translation>
            <numerusform>%Ln napig fut (vége: {date}); a napi feladatok a sablonból készülnek.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Funnel: conversion trend</source>
        <translation>Tölcsér: konverziós trend</translation>
    </message>
    <message>
        <source>Objectives against the pace</source>
        <translation>Célok a tempóhoz mérve</translation>
    </message>
    <message>
        <source>Funnel steps, week against week</source>
        <translation>Tölcsérlépések, heti összevetés</translation>
    </message>
    <message>
        <source>Experiments: control and variant</source>
        <translation>Kísérletek: kontroll és változat</translation>
    </message>
    <message>
        <source>Nothing to chart for this week.</source>
        <translation>Ezen a héten nincs mit diagramon ábrázolni.</translation>
    </message>
    <message>
        <source>week of {start}</source>
        <translation>{start} hete</translation>
    </message>
    <message>
        <source>What moved, {week}</source>
        <translation>Mi változott – {week}</translation>
    </message>
    <message>
        <source>Experiments, {week}</source>
        <translation>Kísérletek – {week}</translation>
    </message>
    <message>
        <source>Next step, after the {week}</source>
        <translation>Következő lépés – {week} után</translation>
    </message>
    <message>
        <source>{cycle}: {progress} done, {expected} expected by now.</source>
        <translation>{cycle}: {progress} kész, mára várt: {expected}.</translation>
    </message>
    <message>
        <source>{start} → {end}: {before} → {now} ({change}, {p})</source>
        <translation>{start} → {end}: {before} → {now} ({change}, {p})</translation>
    </message>
    <message>
        <source>No funnel step moved beyond noise (p &lt; 0.05).</source>
        <translation>Egyetlen tölcsérlépés sem mozdult a zajon túl (p &lt; 0,05).</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>Behind: {names}</source>
        <translation>Lemaradásban: {names}</translation>
    </message>
    <message>
        <source>{code} {title} (ended)</source>
        <translation>{code} {title} (véget ért)</translation>
    </message>
    <message>
        <source>{code} {title} (running)</source>
        <translation>{code} {title} (fut)</translation>
    </message>
    <message>
        <source>{head}: no results yet.</source>
        <translation>{head}: még nincs eredmény.</translation>
    </message>
    <message>
        <source>{head}, {variant}</source>
        <translation>{head}, {variant}</translation>
    </message>
    <message>
        <source>{head}: {verdict}, {control} → {variant}</source>
        <translation>{head}: {verdict}, {control} → {variant}</translation>
    </message>
    <message>
        <source>No experiment ended or ran this week.</source>
        <translation>Ezen a héten nem ért véget és nem futott kísérlet.</translation>
    </message>
    <message>
        <source>No experiment is planned yet: pick one from the backlog.</source>
        <translation>Még nincs tervezett kísérlet: válasszon egyet az ötletlistából.</translation>
    </message>
    <message>
        <source>Proposed: {code} {title}</source>
        <translation>Javasolt: {code} {title}</translation>
    </message>
    <message>
        <source>Next: {code} {title}</source>
        <translation>Következő: {code} {title}</translation>
    </message>
    <message>
        <source>Day 1: {day}</source>
        <translation>1. nap: {day}</translation>
    </message>
    <message>
        <source>Decisions: {text}</source>
        <translation>Döntések: {text}</translation>
    </message>
    <message>
        <source>Notes: {text}</source>
        <translation>Jegyzetek: {text}</translation>
    </message>
    <message>
        <source>The one change: {text}</source>
        <translation>Az egyetlen változtatás: {text}</translation>
    </message>
    <message>
        <source>Hypothesis: {text}</source>
        <translation>Hipotézis: {text}</translation>
    </message>
    <message>
        <source>Measured on {start} → {end}</source>
        <translation>Mérés: {start} → {end}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Felelős: {name}</translation>
    </message>
    <message>
        <source>{title} ({page} of {count})</source>
        <translation>{title} ({page}/{count})</translation>
    </message>
    <message>
        <source>{cycle}: revenue, CAC and the forecast</source>
        <translation>{cycle}: bevétel, CAC és előrejelzés</translation>
    </message>
    <message>
        <source>{cycle}: objectives by status</source>
        <translation>{cycle}: célok állapot szerint</translation>
    </message>
    <message>
        <source>{cycle}: forecast to the cycle&apos;s end</source>
        <translation>{cycle}: előrejelzés a ciklus végéig</translation>
    </message>
    <message>
        <source>The funnel step by step</source>
        <translation>A tölcsér lépésről lépésre</translation>
    </message>
    <message>
        <source>Form conversion by source</source>
        <translation>Űrlapkonverzió forrás szerint</translation>
    </message>
    <message>
        <source>This week&apos;s experiment tasks</source>
        <translation>A heti kísérleti feladatok</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>okrdesk — presentation</source>
        <translation>okrdesk — bemutató</translation>
    </message>
    <message>
        <source>← → move · Home, End · Esc leaves</source>
        <translation>← → lapozás · Home, End · Esc: kilépés</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Nincs mit bemutatni</translation>
    </message>
    <message>
        <source>{page} / {count}</source>
        <translation>{page} / {count}</translation>
    </message>
    <message>
        <source>Preparing the presentation</source>
        <translation>A bemutató előkészítése</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Week of</source>
        <translation>Hét kezdete</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
</context>
<context>
    <name>RecordCheckInCommand</name>
    <message>
        <source>Check-in of {title}</source>
        <translation>{title} frissítése</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>expected {share}</source>
        <translation>várt: {share}</translation>
    </message>
    <message>
        <source>Objectives: progress, coloured by status; the dashed line is the expected pace.</source>
        <translation>Célok: előrehaladás állapot szerint színezve; a szaggatott vonal a várt ütem.</translation>
    </message>
    <message>
        <source>week before</source>
        <translation>előző hét</translation>
    </message>
    <message>
        <source>reviewed week</source>
        <translation>áttekintett hét</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>zaj</translation>
    </message>
    <message>
        <source>Step conversion, the week before against the reviewed week; every step on one scale. Marked: significant at p &lt; 0.05.</source>
        <translation>Lépésenkénti konverzió, az előző hét az áttekintett héthez képest; minden lépés egy skálán. Jelölve: p &lt; 0,05 esetén szignifikáns.</translation>
    </message>
    <message>
        <source>Step conversion, the week before against the reviewed week; each step on its own scale. Marked: significant at p &lt; 0.05.</source>
        <translation>Lépésenkénti konverzió, az előző hét az áttekintett héthez képest; minden lépés saját skálán. Jelölve: p &lt; 0,05 esetén szignifikáns.</translation>
    </message>
    <message>
        <source>Control (grey) and variant (blue) conversion; the whisker is the 95 % interval of the difference, placed at the control&apos;s rate.</source>
        <translation>A kontroll (szürke) és a változat (kék) konverziója; a hibasáv a különbség 95%-os intervalluma, a kontroll arányánál elhelyezve.</translation>
    </message>
    <message>
        <source>{file}: unknown report type; name the file .pdf, .html or .md</source>
        <translation>{file}: ismeretlen jelentéstípus; a fájl neve .pdf, .html vagy .md legyen</translation>
    </message>
    <message>
        <source>{file}: no such workspace file</source>
        <translation>{file}: nincs ilyen munkaterület-fájl</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a file name</source>
        <translation>{file}: ez mappa, nem fájlnév</translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: a(z) {folder} mappa nem létezik</translation>
    </message>
    <message>
        <source>{file}: cannot write into {folder}</source>
        <translation>{file}: nem lehet írni ide: {folder}</translation>
    </message>
    <message>
        <source>{file}: the file is read-only</source>
        <translation>{file}: a fájl csak olvasható</translation>
    </message>
    <message>
        <source>{verdict}, although the test had only {power} power for the planned {mde}</source>
        <translation>{verdict}, bár a teszt ereje csak {power} volt a tervezett {mde} kimutatásához</translation>
    </message>
    <message>
        <source>difference {diff}</source>
        <translation>különbség: {diff}</translation>
    </message>
    <message>
        <source>95 % interval {low} to {high}</source>
        <translation>95%-os intervallum: {low} – {high}</translation>
    </message>
    <message>
        <source>relative lift {lift}</source>
        <translation>relatív javulás: {lift}</translation>
    </message>
    <message>
        <source>exact test</source>
        <translation>egzakt próba</translation>
    </message>
    <message>
        <source>z-test</source>
        <translation>z-próba</translation>
    </message>
    <message>
        <source>always-valid {p}</source>
        <translation>mindig érvényes {p}</translation>
    </message>
    <message numerus="yes">
        <source>always-valid {p}; calls Holm-corrected over %n variant(s)</source>
        <translation>
            <numerusform>mindig érvényes {p}; döntések Holm-korrekcióval %n változatra</numerusform>
        </translation>
    </message>
    <message>
        <source>chance to win {share}</source>
        <translation>nyerési esély: {share}</translation>
    </message>
    <message>
        <source>{lift} ({low} to {high})</source>
        <translation>{lift} ({low} – {high})</translation>
    </message>
    <message>
        <source>Weekly review: week of {date}</source>
        <translation>Heti áttekintés – {date} hete</translation>
    </message>
    <message>
        <source>{first} – {last} ({week})</source>
        <translation>{first} – {last} ({week})</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Összefoglaló</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Döntés:</translation>
    </message>
    <message>
        <source>Verdict for {name}:</source>
        <translation>Döntés – {name}:</translation>
    </message>
    <message>
        <source>2. Experiments: what they showed</source>
        <translation>2. Kísérletek: mit mutattak</translation>
    </message>
    <message>
        <source>No experiment ended or ran this week.</source>
        <translation>Ezen a héten nem ért véget és nem futott kísérlet.</translation>
    </message>
    <message>
        <source>ended {date}</source>
        <translation>véget ért: {date}</translation>
    </message>
    <message>
        <source>running since {date}</source>
        <translation>{date} óta fut</translation>
    </message>
    <message>
        <source>metric: {metric}</source>
        <translation>mutató: {metric}</translation>
    </message>
    <message>
        <source>variable: {variable}</source>
        <translation>változó: {variable}</translation>
    </message>
    <message>
        <source>No results entered yet.</source>
        <translation>Még nincs megadott eredmény.</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Ág</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Látogatók</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konverziók</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Arány</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Döntés:</translation>
    </message>
    <message>
        <source>Learnings:</source>
        <translation>Tanulságok:</translation>
    </message>
    <message>
        <source>3. Next step: what changes next week</source>
        <translation>3. Következő lépés: mi változik jövő héten</translation>
    </message>
    <message>
        <source>Proposed next experiment:</source>
        <translation>Javasolt következő kísérlet:</translation>
    </message>
    <message>
        <source>Next experiment:</source>
        <translation>Következő kísérlet:</translation>
    </message>
    <message>
        <source>starts {date}</source>
        <translation>kezdés: {date}</translation>
    </message>
    <message>
        <source>No next experiment chosen or planned yet.</source>
        <translation>Még nincs kiválasztott vagy tervezett következő kísérlet.</translation>
    </message>
    <message>
        <source>The review meeting has not saved decisions yet.</source>
        <translation>Az áttekintő megbeszélés még nem rögzített döntéseket.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Döntések</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <source>{cycle}: {progress} done, {expected} expected</source>
        <translation>{cycle}: {progress} kész, {expected} várt</translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) off track</source>
        <translation>
            <numerusform>%n kulcseredmény lemaradásban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n significant funnel change(s)</source>
        <translation>
            <numerusform>%n szignifikáns tölcsérváltozás</numerusform>
        </translation>
    </message>
    <message>
        <source>No cycle or funnel data for this week</source>
        <translation>Erre a hétre nincs ciklus- vagy tölcséradat</translation>
    </message>
    <message>
        <source>{code} ended</source>
        <translation>{code} véget ért</translation>
    </message>
    <message>
        <source>{code} running</source>
        <translation>{code} fut</translation>
    </message>
    <message>
        <source>None ended or running</source>
        <translation>Nincs lezárult vagy futó kísérlet</translation>
    </message>
    <message>
        <source>proposed: {experiment}</source>
        <translation>javasolt: {experiment}</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Még nincs kiválasztva</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Eltérések</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Kísérletek</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Következő lépés</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>{page}. oldal / {total}</translation>
    </message>
    <message>
        <source>{decision} by {person}</source>
        <translation>{decision} – {person}</translation>
    </message>
    <message>
        <source>Scores of {cycle}</source>
        <translation>{cycle} pontszámai</translation>
    </message>
    <message>
        <source>No objective was scored.</source>
        <translation>Egyetlen cél sem kapott pontszámot.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{title} ({score})</source>
        <translation>{title} ({score})</translation>
    </message>
    <message>
        <source>In the stretch sweet spot (0.6–0.7): {objectives}.</source>
        <translation>Az ideális ambiciózus sávban (0,6–0,7): {objectives}.</translation>
    </message>
    <message>
        <source>No objective in the stretch sweet spot (0.6–0.7).</source>
        <translation>Egyetlen cél sincs az ideális ambiciózus sávban (0,6–0,7).</translation>
    </message>
    <message>
        <source>Sandbagged (1.0 reached by {date}, two thirds into the cycle): {objectives}.</source>
        <translation>Alulvállalt (az 1,0 már ekkor megvolt: {date}, a ciklus kétharmadánál): {objectives}.</translation>
    </message>
    <message>
        <source>Stretch sweet spot</source>
        <translation>Ideális ambiciózus sáv</translation>
    </message>
    <message>
        <source>Sandbagged: 1.0 by {date}</source>
        <translation>Alulvállalt: 1,0 már ekkor: {date}</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cél</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontszám</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Ambiciózus</translation>
    </message>
    <message>
        <source>1. Variance: what moved</source>
        <translation>1. Eltérések: mi változott</translation>
    </message>
    <message>
        <source>Cycle progress</source>
        <translation>Ciklus előrehaladása</translation>
    </message>
    <message>
        <source>{cycle}: {progress} done, {expected} expected by {date}.</source>
        <translation>{cycle}: {progress} kész, várt ({date}): {expected}.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Előrehaladás</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Funnel steps, week over week</source>
        <translation>Tölcsérlépések, heti összevetés</translation>
    </message>
    <message>
        <source>No funnel data for this week.</source>
        <translation>Erre a hétre nincs tölcséradat.</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Kulcseredmények</translation>
    </message>
    <message>
        <source>No key results in a cycle of this week.</source>
        <translation>Ennek a hétnek egyik ciklusában sincs kulcseredmény.</translation>
    </message>
    <message>
        <source>Key results that moved</source>
        <translation>Elmozdult kulcseredmények</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Kulcseredmény</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Előtte</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Most</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Változás</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>Frissítette</translation>
    </message>
    <message>
        <source>No key result moved this week.</source>
        <translation>Ezen a héten egyetlen kulcseredmény sem mozdult.</translation>
    </message>
    <message>
        <source>Off track and at risk</source>
        <translation>Lemaradásban és veszélyben</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Várt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Indok</translation>
    </message>
    <message>
        <source>Every key result is on track or done.</source>
        <translation>Minden kulcseredmény jó úton halad vagy kész.</translation>
    </message>
    <message>
        <source>Key results that need an update</source>
        <translation>Frissítésre váró kulcseredmények</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Utolsó frissítés</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>Napok frissítés nélkül</translation>
    </message>
    <message>
        <source>never</source>
        <translation>soha</translation>
    </message>
    <message>
        <source>Every key result was checked in recently.</source>
        <translation>Minden kulcseredmény frissült a közelmúltban.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Igen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nem</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Előző hét</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ez a hét</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-érték</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Szignifikáns</translation>
    </message>
    <message>
        <source>unknown locale {name} (write it like en_GB or de_DE)</source>
        <translation>ismeretlen területi beállítás: {name} (így írja: hu_HU vagy en_GB)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>&amp;Add variant</source>
        <translation>Változat &amp;hozzáadása</translation>
    </message>
    <message>
        <source>&amp;Remove arm</source>
        <translation>Ág &amp;eltávolítása</translation>
    </message>
    <message>
        <source>Make c&amp;ontrol</source>
        <translation>Legyen ko&amp;ntroll</translation>
    </message>
    <message>
        <source>Take from f&amp;unnel data</source>
        <translation>Átvétel a &amp;tölcséradatokból</translation>
    </message>
    <message>
        <source>Visitors and conversions per variant from the funnel&apos;s weekly counts.</source>
        <translation>Változatonkénti látogatók és konverziók a tölcsér heti darabszámaiból.</translation>
    </message>
    <message>
        <source>No results yet. Add the control and the variant, then type the visitors and conversions of each, or take them from the funnel data.</source>
        <translation>Még nincs eredmény. Vegye fel a kontrollt és a változatot, majd írja be mindegyik látogatóit és konverzióit, vagy vegye át őket a tölcséradatokból.</translation>
    </message>
    <message>
        <source>Choose an experiment to see its results.</source>
        <translation>Válasszon egy kísérletet az eredményei megtekintéséhez.</translation>
    </message>
    <message>
        <source>no funnel step</source>
        <translation>nincs tölcsérlépés</translation>
    </message>
    <message>
        <source>Results of {code} · {title} · {step}</source>
        <translation>{code} eredményei · {title} · {step}</translation>
    </message>
    <message>
        <source>The funnel data has these variants: {names}.</source>
        <translation>A tölcséradatokban ezek a változatok szerepelnek: {names}.</translation>
    </message>
    <message>
        <source>Day {day} of {days}: the test runs until {last}. Until then a difference reads “leading” or “trailing”, unless it is clear enough for a test that stays honest however often you look.</source>
        <translation>{day}. nap / {days}: a teszt {last} napig fut. Addig a különbség „vezet” vagy „lemarad” jelölést kap, hacsak nem elég egyértelmű egy olyan teszthez, amely akárhányszori megtekintés mellett is megbízható marad.</translation>
    </message>
    <message>
        <source>{arm}: {share} reached SQL</source>
        <translation>{arm}: {share} jutott SQL-ig</translation>
    </message>
    <message>
        <source>{arm}: {share} reached SQL, average deal {amount}</source>
        <translation>{arm}: {share} jutott el SQL-ig, átlagos üzlet: {amount}</translation>
    </message>
    <message>
        <source>Lead quality (Day 6): {arms}.</source>
        <translation>Leadminőség (6. nap): {arms}.</translation>
    </message>
    <message>
        <source>Each arm&apos;s rate, with its 95 % interval</source>
        <translation>Az egyes ágak aránya a 95%-os intervallummal</translation>
    </message>
    <message>
        <source>&amp;Add control and variant</source>
        <translation>&amp;Kontroll és változat hozzáadása</translation>
    </message>
    <message>
        <source>Edit results</source>
        <translation>Eredmények szerkesztése</translation>
    </message>
    <message>
        <source>{arm}: every arm needs a name of its own.</source>
        <translation>{arm}: minden ágnak saját név kell.</translation>
    </message>
    <message>
        <source>{arm}: visitors must be a whole number, 0 or more.</source>
        <translation>{arm}: a látogatók száma legalább 0 legyen, egész szám.</translation>
    </message>
    <message>
        <source>{arm}: more conversions than visitors.</source>
        <translation>{arm}: több a konverzió, mint a látogató.</translation>
    </message>
    <message>
        <source>{arm}: more SQLs than conversions.</source>
        <translation>{arm}: több az SQL, mint a konverzió.</translation>
    </message>
    <message>
        <source>{arm}: the average deal value must be 0 or more.</source>
        <translation>{arm}: az átlagos üzletérték legalább 0 legyen.</translation>
    </message>
    <message>
        <source>Exactly one arm must be the control.</source>
        <translation>Pontosan egy ágnak kell kontrollnak lennie.</translation>
    </message>
    <message>
        <source>{arm}: {reason}</source>
        <translation>{arm}: {reason}</translation>
    </message>
    <message>
        <source>control</source>
        <translation>kontroll</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>változat</translation>
    </message>
    <message>
        <source>Add control and variant</source>
        <translation>Kontroll és változat hozzáadása</translation>
    </message>
    <message>
        <source>variant {number}</source>
        <translation>{number}. változat</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} hozzáadása</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} eltávolítása</translation>
    </message>
    <message>
        <source>Make {name} the control</source>
        <translation>{name} legyen a kontroll</translation>
    </message>
    <message>
        <source>The funnel data has no variants on this step during the experiment.</source>
        <translation>A tölcséradatokban a kísérlet ideje alatt nincs változat ezen a lépésen.</translation>
    </message>
    <message>
        <source>Take results from funnel data</source>
        <translation>Eredmények átvétele a tölcséradatokból</translation>
    </message>
</context>
<context>
    <name>RevenueBlock</name>
    <message>
        <source>Revenue key result</source>
        <translation>Bevételi kulcseredmény</translation>
    </message>
    <message>
        <source>Revenue booked in the funnel this cycle</source>
        <translation>A tölcsérben e ciklusban könyvelt bevétel</translation>
    </message>
    <message>
        <source>CAC this cycle</source>
        <translation>CAC ebben a ciklusban</translation>
    </message>
    <message>
        <source>Objectives at cycle end, forecast</source>
        <translation>Célok a ciklus végén, előrejelzés</translation>
    </message>
    <message>
        <source>No key result of this cycle counts money that grows.</source>
        <translation>Ebben a ciklusban egyik kulcseredmény sem növekvő pénzösszeget mér.</translation>
    </message>
    <message>
        <source>Revenue against its target</source>
        <translation>Bevétel a célértékhez képest</translation>
    </message>
    <message>
        <source>Revenue against its target; {expected} expected by now</source>
        <translation>Bevétel a célértékhez képest; mostanra várt: {expected}</translation>
    </message>
    <message>
        <source>No spend or revenue in the funnel yet.</source>
        <translation>A tölcsérben még nincs ráfordítás vagy bevétel.</translation>
    </message>
    <message>
        <source>{first} to {last}, {funnel}</source>
        <translation>{first} – {last}, {funnel}</translation>
    </message>
    <message>
        <source>{spend} spent for {deals} deals; last full week {week_cac}</source>
        <translation>{spend} ráfordítás {deals} üzletre; utolsó teljes hét: {week_cac}</translation>
    </message>
    <message>
        <source>Now {now}, expected {expected}</source>
        <translation>Most {now}, várt {expected}</translation>
    </message>
    <message>
        <source>Too few check-ins for a forecast.</source>
        <translation>Túl kevés frissítés az előrejelzéshez.</translation>
    </message>
    <message>
        <source>Target {target}: {progress} done, {expected} expected</source>
        <translation>Célérték {target}: {progress} kész, várt {expected}</translation>
    </message>
</context>
<context>
    <name>ReviewBrief</name>
    <message>
        <source>{points} behind pace</source>
        <translation>{points} lemaradás a tempóhoz képest</translation>
    </message>
    <message>
        <source>confidence {confidence} of 10</source>
        <translation>bizalom: {confidence} / 10</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>még nincs frissítés</translation>
    </message>
    <message numerus="yes">
        <source>no check-in for %n day(s)</source>
        <translation>
            <numerusform>%n napja nincs frissítés</numerusform>
        </translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>célérték elérve</translation>
    </message>
    <message>
        <source>outside its range</source>
        <translation>tartományon kívül</translation>
    </message>
    <message>
        <source>inside its range</source>
        <translation>tartományon belül</translation>
    </message>
    <message>
        <source>inside its range at the cycle&apos;s end</source>
        <translation>a ciklus végén tartományon belül</translation>
    </message>
    <message>
        <source>not done by its due date</source>
        <translation>határidőre nem készült el</translation>
    </message>
    <message>
        <source>not done yet, before its due date</source>
        <translation>még nincs kész, a határidő még nem járt le</translation>
    </message>
    <message>
        <source>{progress} done</source>
        <translation>{progress} kész</translation>
    </message>
    <message>
        <source>Week of {day}.</source>
        <translation>{day} hete.</translation>
    </message>
    <message>
        <source>No cycle covers this week.</source>
        <translation>Erre a hétre nem esik ciklus.</translation>
    </message>
    <message numerus="yes">
        <source>Behind: {named}, and %n more.</source>
        <translation>
            <numerusform>Lemaradásban: {named} és még %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n kész</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n jó úton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n veszélyben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n off track</source>
        <translation>
            <numerusform>%n lemaradásban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needs update</source>
        <translation>
            <numerusform>%n frissítésre vár</numerusform>
        </translation>
    </message>
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done.</source>
        <translation>{cycle}: {expected} telt el; céljai {progress} készültségűek.</translation>
    </message>
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done, on pace.</source>
        <translation>{cycle}: {expected} telt el; céljai {progress} készültségűek, ütemben.</translation>
    </message>
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done, behind pace.</source>
        <translation>{cycle}: {expected} telt el; céljai {progress} készültségűek, ütem mögött.</translation>
    </message>
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done, ahead of pace.</source>
        <translation>{cycle}: {expected} telt el; céljai {progress} készültségűek, ütem előtt.</translation>
    </message>
    <message numerus="yes">
        <source>Funnel: %n significant change(s): {named}.</source>
        <translation>
            <numerusform>Tölcsér: %n szignifikáns változás: {named}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key results: {counts} (of {total}).</source>
        <translation>Kulcseredmények: {counts} (összesen {total}).</translation>
    </message>
    <message>
        <source>{title} ({why})</source>
        <translation>{title} ({why})</translation>
    </message>
    <message>
        <source>Behind: {named}.</source>
        <translation>Lemaradásban: {named}.</translation>
    </message>
    <message>
        <source>Needs an update: {titles}.</source>
        <translation>Frissítésre vár: {titles}.</translation>
    </message>
    <message>
        <source>Funnel: no step moved beyond noise this week (two-proportion test, p &lt; 0.05).</source>
        <translation>Tölcsér: ezen a héten egyik lépés sem mozdult a zajon túl (kétmintás aránypróba, p &lt; 0,05).</translation>
    </message>
    <message>
        <source>{step_from} → {step_to} {before} → {now} ({change}, {p})</source>
        <translation>{step_from} → {step_to} {before} → {now} ({change}, {p})</translation>
    </message>
    <message>
        <source>Experiments: none ended or running this week.</source>
        <translation>Kísérletek: ezen a héten egy sem ért véget és egy sem futott.</translation>
    </message>
    <message>
        <source>Next step: no experiment is planned; pick one from the backlog.</source>
        <translation>Következő lépés: nincs tervezett kísérlet; válasszon egyet az ötlettárból.</translation>
    </message>
    <message>
        <source>Proposed next step: {code} ({title}), starting {day}.</source>
        <translation>Javasolt következő lépés {day} kezdettel: {code} ({title}).</translation>
    </message>
    <message>
        <source>Proposed next step: {code} ({title}).</source>
        <translation>Javasolt következő lépés: {code} ({title}).</translation>
    </message>
    <message>
        <source>Next step: {code} ({title}), starting {day}.</source>
        <translation>Következő lépés {day} kezdettel: {code} ({title}).</translation>
    </message>
    <message>
        <source>Next step: {code} ({title}).</source>
        <translation>Következő lépés: {code} ({title}).</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} és {last}</translation>
    </message>
    <message>
        <source>{verdict} although the test had only {power} power for the planned {mde}, so the effect is likely smaller than measured</source>
        <translation>{verdict}, bár a teszt ereje csak {power} volt a tervezett {mde} kimutatásához, így a hatás valószínűleg kisebb a mértnél</translation>
    </message>
    <message>
        <source> ({change}, {p}, always-valid {always_valid_p})</source>
        <translation> ({change}, {p}, mindig érvényes {always_valid_p})</translation>
    </message>
    <message>
        <source>{code} ({title}) ended</source>
        <translation>{code} ({title}) véget ért</translation>
    </message>
    <message>
        <source>{code} ({title}) is running</source>
        <translation>{code} ({title}) fut</translation>
    </message>
    <message>
        <source>{head}; no results entered yet.</source>
        <translation>{head}; még nincs megadott eredmény.</translation>
    </message>
    <message>
        <source>; decision: {decision}</source>
        <translation>; döntés: {decision}</translation>
    </message>
    <message>
        <source>{metric} {control} in control, {variant} in the variant</source>
        <translation>{metric}: kontroll {control}, változat {variant}</translation>
    </message>
    <message>
        <source>{head}: {verdict}, {numbers}{decision}.</source>
        <translation>{head}: {verdict}, {numbers}{decision}.</translation>
    </message>
    <message>
        <source>{name} {rate}: {verdict}{numbers}</source>
        <translation>{name} {rate}: {verdict}{numbers}</translation>
    </message>
    <message>
        <source>{head}: {metric} {control} in control; {variants}{decision}.</source>
        <translation>{head}: {metric} a kontrollban {control}; {variants}{decision}.</translation>
    </message>
    <message numerus="yes">
        <source>Calls are Holm-corrected for %n variant(s).</source>
        <translation>
            <numerusform>A döntések Holm-korrekcióval készültek %n változatra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Brief</source>
        <translation>Összefoglaló</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Döntések</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <source>Next week&apos;s experiment</source>
        <translation>A jövő heti kísérlet</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokumentum (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Weboldal (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>{workspace} review {week}</source>
        <comment>a PDF&apos;s file name</comment>
        <translation>{workspace} áttekintés {week}</translation>
    </message>
    <message>
        <source>Exporting the review</source>
        <translation>Az áttekintés exportálása</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>{file} írása…</translation>
    </message>
    <message>
        <source>Export review</source>
        <translation>Áttekintés exportálása</translation>
    </message>
    <message>
        <source>Review exported</source>
        <translation>Az áttekintés exportálva</translation>
    </message>
    <message>
        <source>The review was written to {path}.</source>
        <translation>Az áttekintés mentve: {path}.</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Fájl meg&amp;nyitása</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Ended</source>
        <translation>Véget ért</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Fut</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Elért</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Előző hét</translation>
    </message>
    <message>
        <source>Reviewed week</source>
        <translation>Áttekintett hét</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Változás</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-érték</translation>
    </message>
    <message>
        <source>Beyond noise?</source>
        <translation>Több mint zaj?</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Szignifikáns</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Zaj</translation>
    </message>
    <message>
        <source>Two-proportion test against the week before; significant at p &lt; 0.05.</source>
        <translation>Kétmintás aránypróba az előző héthez képest; p &lt; 0,05 esetén szignifikáns.</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Kulcseredmény</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Előtte</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Most</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>Frissítette</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Előrehaladás</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Várt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Indok</translation>
    </message>
    <message>
        <source>{objective}
{title}
Owner: {owner}</source>
        <translation>{objective}
{title}
Felelős: {owner}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Kísérlet</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Hol tart</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Változat</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Különbség</translation>
    </message>
    <message>
        <source>Relative lift</source>
        <translation>Relatív javulás</translation>
    </message>
    <message>
        <source>Always-valid p</source>
        <translation>Mindig érvényes p</translation>
    </message>
    <message>
        <source>Chance to win</source>
        <translation>Nyerési esély</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Döntés</translation>
    </message>
    <message>
        <source>{rate} ({conversions} of {visitors})</source>
        <translation>{rate} ({conversions} / {visitors})</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Még nincs eredmény</translation>
    </message>
    <message>
        <source>{phase}, {after}</source>
        <translation>{phase}, {after}</translation>
    </message>
    <message>
        <source>{title}
Changed: {variable}
Metric: {metric}</source>
        <translation>{title}
Módosítva: {variable}
Mutató: {metric}</translation>
    </message>
    <message>
        <source>95 % interval: {low} to {high}</source>
        <translation>95%-os intervallum: {low} – {high}</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test (a small table)</source>
        <translation>Fisher-féle egzakt próba (kis táblázat)</translation>
    </message>
    <message>
        <source>Pooled two-proportion z-test, one look</source>
        <translation>Összevont kétmintás z-próba, egyszeri megtekintés</translation>
    </message>
    <message numerus="yes">
        <source>Stays valid however often the results are looked at; a win or loss needs it and the one-look p below 0.05 (Holm-corrected over %Ln variant(s)).</source>
        <translation>
            <numerusform>Akárhányszor tekintik is meg az eredményeket, érvényes marad; a nyeréshez vagy vesztéshez ennek és az egyszeri megtekintés p-értékének is 0,05 alatt kell lennie (Holm-korrekcióval %Ln változatra).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only {power} power for the planned {mde}.</source>
        <translation>Az erő csak {power} a tervezett {mde} kimutatásához.</translation>
    </message>
    <message>
        <source>{verdict} (low power)</source>
        <translation>{verdict} (kis erő)</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Mi változott</translation>
    </message>
    <message>
        <source>No funnel data for this week yet: import its export in the Funnel section.</source>
        <translation>Erre a hétre még nincs tölcséradat: importálja az exportot a Tölcsér részben.</translation>
    </message>
    <message>
        <source>No key result moved this week.</source>
        <translation>Ezen a héten egyetlen kulcseredmény sem mozdult.</translation>
    </message>
    <message>
        <source>No key result is at risk or off track.</source>
        <translation>Egyetlen kulcseredmény sincs veszélyben vagy lemaradásban.</translation>
    </message>
    <message>
        <source>Every key result was checked in recently.</source>
        <translation>Minden kulcseredmény frissült a közelmúltban.</translation>
    </message>
    <message>
        <source>Funnel steps, against the week before</source>
        <translation>Tölcsérlépések az előző héthez képest</translation>
    </message>
    <message>
        <source>Off track and at risk</source>
        <translation>Lemaradásban és veszélyben</translation>
    </message>
    <message>
        <source>Key results that moved</source>
        <translation>Elmozdult kulcseredmények</translation>
    </message>
    <message>
        <source>Key results that need an update</source>
        <translation>Frissítésre váró kulcseredmények</translation>
    </message>
    <message>
        <source>No cycle covers this week.</source>
        <translation>Erre a hétre nem esik ciklus.</translation>
    </message>
    <message>
        <source>{cycle}: {progress} done, {expected} expected by {day}</source>
        <translation>{cycle}: {progress} kész, várt ({day}): {expected}</translation>
    </message>
    <message>
        <source>{name}: {count}</source>
        <translation>{name}: {count}</translation>
    </message>
    <message>
        <source>What the experiments showed</source>
        <translation>Mit mutattak a kísérletek</translation>
    </message>
    <message>
        <source>No experiment ended or ran this week.</source>
        <translation>Ezen a héten nem ért véget és nem futott kísérlet.</translation>
    </message>
    <message>
        <source>What changes next week</source>
        <translation>Mi változik jövő héten</translation>
    </message>
    <message>
        <source>&amp;New experiment…</source>
        <translation>Ú&amp;j kísérlet…</translation>
    </message>
    <message>
        <source>What the meeting decided: scale, roll back, who does what.</source>
        <translation>Mit döntött a megbeszélés: skálázás, visszaállítás, ki mit csinál.</translation>
    </message>
    <message>
        <source>Anything else worth keeping.</source>
        <translation>Minden más, amit érdemes megőrizni.</translation>
    </message>
    <message>
        <source>Next week&apos;s experiment</source>
        <translation>A jövő heti kísérlet</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Döntések</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Jegyzetek</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>Összefoglaló</translation>
    </message>
    <message>
        <source>Re&amp;write from data</source>
        <translation>Újra&amp;írás adatokból</translation>
    </message>
    <message>
        <source>Replace the text with the brief written from this week&apos;s numbers.</source>
        <translation>A szöveg cseréje az e heti számokból írt összefoglalóra.</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <source>Weekly review</source>
        <translation>Heti áttekintés</translation>
    </message>
    <message>
        <source>What moved and why, what the experiment showed, what changes next week.</source>
        <translation>Mi mozdult és miért, mit mutatott a kísérlet, mi változik jövő héten.</translation>
    </message>
    <message>
        <source>The week before (Alt+Left)</source>
        <translation>Előző hét (Alt+Balra)</translation>
    </message>
    <message>
        <source>The week after (Alt+Right)</source>
        <translation>Következő hét (Alt+Jobbra)</translation>
    </message>
    <message>
        <source>Reviewed weeks; those with a saved meeting are marked</source>
        <translation>Áttekintett hetek; a mentett megbeszélésűek meg vannak jelölve</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportálás…</translation>
    </message>
    <message>
        <source>Write this review as PDF, HTML or Markdown</source>
        <translation>Az áttekintés mentése PDF, HTML vagy Markdown formátumban</translation>
    </message>
    <message>
        <source>Review written to {path}</source>
        <translation>Áttekintés mentve: {path}</translation>
    </message>
    <message>
        <source>{label} · {first} – {last}</source>
        <translation>{label} · {first} – {last}</translation>
    </message>
    <message>
        <source>{week} · reviewed</source>
        <translation>{week} · áttekintve</translation>
    </message>
    <message>
        <source>No experiment chosen</source>
        <translation>Nincs kiválasztott kísérlet</translation>
    </message>
    <message>
        <source>{code} — {title} ({status})</source>
        <translation>{code} — {title} ({status})</translation>
    </message>
    <message>
        <source>, starting {day}</source>
        <translation>, {day} kezdettel</translation>
    </message>
    <message>
        <source>The data proposes {code} — {title}{when}. Choose it to decide.</source>
        <translation>Az adatok alapján javasolt: {code} — {title}{when}. Válassza ki a döntéshez.</translation>
    </message>
    <message>
        <source>Nothing is planned: pick an idea from the backlog or create one.</source>
        <translation>Nincs terv: válasszon egy ötletet az ötlettárból, vagy hozzon létre újat.</translation>
    </message>
    <message>
        <source>Edited by hand; the export uses this text.</source>
        <translation>Kézzel szerkesztve; az exportálás ezt a szöveget használja.</translation>
    </message>
    <message>
        <source>Written from this week&apos;s numbers.</source>
        <translation>Az e heti számokból írva.</translation>
    </message>
    <message>
        <source>the review of {week}</source>
        <translation>{week} áttekintése</translation>
    </message>
    <message>
        <source>Edit the brief of {week}</source>
        <translation>{week} összefoglalójának szerkesztése</translation>
    </message>
    <message>
        <source>Edit the decisions of {week}</source>
        <translation>{week} döntéseinek szerkesztése</translation>
    </message>
    <message>
        <source>Edit the notes of {week}</source>
        <translation>{week} jegyzeteinek szerkesztése</translation>
    </message>
    <message>
        <source>Choose next week&apos;s experiment in {week}</source>
        <translation>A jövő heti kísérlet kiválasztása: {week}</translation>
    </message>
    <message>
        <source>Rewrite the brief of {week} from data</source>
        <translation>{week} összefoglalójának újraírása adatokból</translation>
    </message>
</context>
<context>
    <name>RowConflicts</name>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Csapat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Határidő</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Mértékegység</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>A magasabb a jobb</translation>
    </message>
    <message>
        <source>Green threshold</source>
        <translation>Zöld határ</translation>
    </message>
    <message>
        <source>Red threshold</source>
        <translation>Piros határ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Nap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Érték</translation>
    </message>
    <message>
        <source>Place in the funnel</source>
        <translation>Hely a tölcsérben</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Importálás</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Bezárás</translation>
    </message>
    <message>
        <source>&amp;Change the settings</source>
        <translation>Beállítások &amp;módosítása</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importálás…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Semmi sem lett importálva.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Megszakítva: semmi sem lett importálva.</translation>
    </message>
</context>
<context>
    <name>SaveSettingsCommand</name>
    <message>
        <source>Change workspace settings</source>
        <translation>Munkaterület-beállítások módosítása</translation>
    </message>
    <message>
        <source>the workspace settings</source>
        <translation>a munkaterület-beállítások</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>A hét első napja</translation>
    </message>
    <message>
        <source>At risk when behind pace by</source>
        <translation>Veszélyben, ha a lemaradás több mint</translation>
    </message>
    <message>
        <source>Off track when behind pace by</source>
        <translation>Lemaradásban, ha a lemaradás több mint</translation>
    </message>
    <message>
        <source>At risk at confidence</source>
        <translation>Veszélyben, ha a bizalom legfeljebb</translation>
    </message>
    <message>
        <source>Off track at confidence</source>
        <translation>Lemaradásban, ha a bizalom legfeljebb</translation>
    </message>
    <message>
        <source>Needs an update after (days)</source>
        <translation>Frissítendő ennyi idő után (nap)</translation>
    </message>
    <message>
        <source>Conversion window of a cohort (days)</source>
        <translation>Kohorsz konverziós ablaka (nap)</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>{file}: cannot write the image</source>
        <translation>{file}: a kép nem írható ki</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>your role only lets you read this team workspace; nothing was changed</source>
        <translation>a szerepköre csak olvasást enged ezen a csapat-munkaterületen; semmi sem módosult</translation>
    </message>
    <message>
        <source>was made by an older okrdesk (schema {revision}) and only its owner role can upgrade it: ask for okrdesk team init {address}</source>
        <translation>régebbi okrdesk készítette ({revision} séma), és csak a tulajdonos szerepkör frissítheti: kérje meg, hogy futtassa ezt: okrdesk team init {address}</translation>
    </message>
    <message>
        <source>the workspace is open read-only; nothing was changed</source>
        <translation>a munkaterület csak olvasásra van megnyitva; semmi sem módosult</translation>
    </message>
    <message>
        <source>your login may not read this team workspace: its owner can let you in with okrdesk team add</source>
        <translation>ezzel a bejelentkezéssel nem olvasható ez a csapat-munkaterület: a tulajdonosa az okrdesk team add paranccsal engedheti be</translation>
    </message>
    <message>
        <source>your role on this team workspace does not allow changes; nothing was changed (ask the workspace&apos;s owner for the member role)</source>
        <translation>a szerepköre ezen a csapat-munkaterületen nem enged módosítást; semmi sem módosult (kérje a munkaterület tulajdonosától a tag szerepkört)</translation>
    </message>
    <message>
        <source>the server offers no TLS, and okrdesk encrypts every connection to a server that is not on this computer; to connect unencrypted knowingly, add ?sslmode=disable to the address or choose no TLS in the Connect dialog</source>
        <translation>a szerver nem kínál TLS-t, az okrdesk pedig minden olyan szerverrel titkosítja a kapcsolatot, amely nem ezen a számítógépen fut; ha tudatosan titkosítás nélkül csatlakozna, írja a cím végére: ?sslmode=disable, vagy a csatlakozási ablakban kapcsolja ki a titkosítást (TLS)</translation>
    </message>
    <message>
        <source>the server refused the user name or password</source>
        <translation>a szerver elutasította a felhasználónevet vagy a jelszót</translation>
    </message>
    <message>
        <source>the server asks for a password</source>
        <translation>a szerver jelszót kér</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Give the workspace a name.</source>
        <translation>Adjon nevet a munkaterületnek.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>A név hosszabb 200 karakternél.</translation>
    </message>
    <message>
        <source>Off track must be further behind pace than at risk.</source>
        <translation>A „lemaradásban” határának nagyobb tempólemaradásnak kell lennie, mint a „veszélyben” határának.</translation>
    </message>
    <message>
        <source>Off track must be a lower confidence than at risk.</source>
        <translation>A „lemaradásban” határának alacsonyabb bizalomnak kell lennie, mint a „veszélyben” határának.</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Munkaterület-beállítások</translation>
    </message>
    <message>
        <source>{code} ({symbol})</source>
        <translation>{code} ({symbol})</translation>
    </message>
    <message>
        <source>(add people first)</source>
        <translation>(előbb vegyen fel személyeket)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> nap</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Munkaterület</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Pénznem:</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>&amp;A hét első napja:</translation>
    </message>
    <message>
        <source>&amp;Me on this computer:</source>
        <translation>&amp;Én ezen a gépen:</translation>
    </message>
    <message>
        <source>Check-ins, decisions and key-result changes made here are signed with it.</source>
        <translation>Az itt rögzített frissítések, döntések és kulcseredmény-módosítások ezzel a névvel lesznek aláírva.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>N&amp;yelv:</translation>
    </message>
    <message>
        <source>The language of okrdesk on this computer; it applies at the next start.</source>
        <translation>Az okrdesk nyelve ezen a gépen; a következő indításkor lép életbe.</translation>
    </message>
    <message>
        <source>Status of key results</source>
        <translation>Kulcseredmények állapota</translation>
    </message>
    <message>
        <source>Gaps are shares of the way from start to target: {gap} means {share} behind the pace that the cycle&apos;s elapsed days ask for. Confidence is the 0–10 of check-ins.</source>
        <translation>A lemaradás a kiindulástól a célértékig tartó út hányada: {gap} = {share} lemaradás az eltelt napok szerinti tempóhoz képest. A bizalom a frissítések 0–10-es értéke.</translation>
    </message>
    <message>
        <source>&amp;At risk when behind pace by more than:</source>
        <translation>&amp;Veszélyben, ha a lemaradás több mint:</translation>
    </message>
    <message>
        <source>&amp;Off track when behind pace by more than:</source>
        <translation>&amp;Lemaradásban, ha a lemaradás több mint:</translation>
    </message>
    <message>
        <source>At risk at con&amp;fidence of at most:</source>
        <translation>Veszélyben, ha a &amp;bizalom legfeljebb:</translation>
    </message>
    <message>
        <source>Off track at confi&amp;dence of at most:</source>
        <translation>Lemaradásban, ha a b&amp;izalom legfeljebb:</translation>
    </message>
    <message>
        <source>Needs an &amp;update after:</source>
        <translation>&amp;Frissítendő ennyi idő után:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Tölcsér</translation>
    </message>
    <message>
        <source>Con&amp;version window of a cohort:</source>
        <translation>Kohorsz &amp;konverziós ablaka:</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Alapértelmezett ({language})</translation>
    </message>
</context>
<context>
    <name>SourceBreakdown</name>
    <message>
        <source>Conversion</source>
        <translation>Konverzió</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Egy leadre jutó költség</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Bars show</source>
        <translation>Oszlopok mutatója</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Minden forrás</translation>
    </message>
</context>
<context>
    <name>SourceBreakdownModel</name>
    <message>
        <source>Leads</source>
        <translation>Leadek</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Forrás</translation>
    </message>
    <message>
        <source>{first} → {deal}</source>
        <translation>{first} → {deal}</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Ráfordítás</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Egy leadre jutó költség</translation>
    </message>
    <message>
        <source>CAC</source>
        <translation>CAC</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Undefined: nothing to divide by</source>
        <translation>Nem értelmezett: nincs mivel osztani</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(nincs forrás)</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Forrás</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Látogatások</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Űrlapok</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Arány</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Előző hét</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Változás</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(nincs forrás)</translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message numerus="yes">
        <source>No check-in for %Ln day(s) (more than {limit}).</source>
        <translation>
            <numerusform>%Ln napja nincs frissítés (több mint {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln objective(s) for this team in this cycle: more than 5 spreads it thin.</source>
        <translation>
            <numerusform>%Ln cél ennek a csapatnak ebben a ciklusban: 5 fölött szétforgácsolja az erőket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s): fewer than 2 cannot show the objective is met.</source>
        <translation>
            <numerusform>%Ln kulcseredmény: 2-nél kevesebb nem mutatja meg, hogy a cél teljesült.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s): more than 5 — focus on the few that matter.</source>
        <translation>
            <numerusform>%Ln kulcseredmény: 5-nél több — összpontosítson a néhány fontosra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Step</source>
        <translation>Lépés</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Múlt hét</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Arány</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Előző hét</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Változás</translation>
    </message>
    <message>
        <source>Beyond noise?</source>
        <translation>Több mint zaj?</translation>
    </message>
    <message>
        <source>{start} → {end}</source>
        <translation>{start} → {end}</translation>
    </message>
    <message>
        <source>{to} of {of}</source>
        <translation>{to} / {of}</translation>
    </message>
    <message>
        <source>Yes, {p}</source>
        <translation>Igen, {p}</translation>
    </message>
    <message>
        <source>No, {p}</source>
        <translation>Nem, {p}</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>The team server cannot be reached ({reason}), so the change was not made.</source>
        <translation>A csapatszerver nem érhető el ({reason}), ezért a módosítás nem történt meg.</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>the metric {metric} needs a from stage</source>
        <translation>a(z) {metric} mutatóhoz kiinduló szakasz kell</translation>
    </message>
    <message>
        <source>the metric {metric} needs a to stage</source>
        <translation>a(z) {metric} mutatóhoz záró szakasz kell</translation>
    </message>
    <message>
        <source>the from stage must come before the to stage</source>
        <translation>a kiinduló szakasznak a záró szakasz előtt kell lennie</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>{problem}; {more}</source>
        <translation>{problem}; {more}</translation>
    </message>
    <message>
        <source>arm {arm}, {field}: {reason}</source>
        <translation>{arm} ág, {field}: {reason}</translation>
    </message>
    <message>
        <source>no funnel named {name} in this workspace</source>
        <translation>ezen a munkaterületen nincs {name} nevű tölcsér</translation>
    </message>
    <message>
        <source>no funnel with id {id} in this workspace</source>
        <translation>ezen a munkaterületen nincs {id} azonosítójú tölcsér</translation>
    </message>
    <message>
        <source>{path}: the export is written as .csv or .xlsx, not {suffix}</source>
        <translation>{path}: az export .csv vagy .xlsx formátumban készül, nem {suffix}</translation>
    </message>
    <message>
        <source>{path}: the export is written as .csv or .xlsx, not no suffix</source>
        <translation>{path}: az export .csv vagy .xlsx formátumban készül, nem kiterjesztés nélkül</translation>
    </message>
    <message>
        <source>{week}: the count {count} is not a whole number ≥ 0</source>
        <translation>{week}: a(z) {count} szám nem 0 vagy nagyobb egész szám</translation>
    </message>
    <message>
        <source>no import with id {id}</source>
        <translation>nincs {id} azonosítójú importálás</translation>
    </message>
    <message>
        <source>the import of {file} is undone already</source>
        <translation>a(z) {file} importálása már vissza van vonva</translation>
    </message>
    <message>
        <source>a later import of the same weeks ({file}) must be undone first</source>
        <translation>előbb ugyanazon hetek egy későbbi importálását ({file}) kell visszavonni</translation>
    </message>
    <message numerus="yes">
        <source>%Ln</source>
        <comment>a whole number, thousands grouped</comment>
        <translation>
            <numerusform>%Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” was deleted by someone else; nothing was undone.</source>
        <translation>A(z) „{title}” elemet valaki más törölte; nem történt visszavonás.</translation>
    </message>
    <message>
        <source>“{title}” was deleted by someone else; nothing was saved.</source>
        <translation>A(z) „{title}” elemet valaki más törölte; nem történt mentés.</translation>
    </message>
    <message>
        <source>{name} changed “{title}” after you; undoing would overwrite that change, so nothing was undone.</source>
        <translation>{name} az Ön után módosította a(z) „{title}” elemet; a visszavonás felülírná ezt a módosítást, ezért nem történt visszavonás.</translation>
    </message>
    <message>
        <source>Someone else changed “{title}” after you; undoing would overwrite that change, so nothing was undone.</source>
        <translation>Valaki más az Ön után módosította a(z) „{title}” elemet; a visszavonás felülírná ezt a módosítást, ezért nem történt visszavonás.</translation>
    </message>
    <message>
        <source>{name} changed “{title}” after you opened it; nothing was saved.</source>
        <translation>{name} módosította a(z) „{title}” elemet, miután Ön megnyitotta; nem történt mentés.</translation>
    </message>
    <message>
        <source>Someone else changed “{title}” after you opened it; nothing was saved.</source>
        <translation>Valaki más módosította a(z) „{title}” elemet, miután Ön megnyitotta; nem történt mentés.</translation>
    </message>
</context>
<context>
    <name>StretchText</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{title} ({score})</source>
        <translation>{title} ({score})</translation>
    </message>
    <message>
        <source>In the stretch sweet spot (0.6–0.7): {objectives}.</source>
        <translation>Az ideális ambiciózus sávban (0,6–0,7): {objectives}.</translation>
    </message>
    <message>
        <source>No objective in the stretch sweet spot (0.6–0.7).</source>
        <translation>Egyetlen cél sincs az ideális ambiciózus sávban (0,6–0,7).</translation>
    </message>
    <message>
        <source>Sandbagged (1.0 reached by {date}, two thirds into the cycle): {objectives}.</source>
        <translation>Alulvállalt (az 1,0 már ekkor megvolt: {date}, a ciklus kétharmadánál): {objectives}.</translation>
    </message>
</context>
<context>
    <name>SystemErrors</name>
    <message>
        <source>no such file or folder</source>
        <translation>nincs ilyen fájl vagy mappa</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>hozzáférés megtagadva</translation>
    </message>
    <message>
        <source>the system does not permit it</source>
        <translation>a rendszer nem engedélyezi</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>már létezik</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>a lemez megtelt</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>a lemezkvóta betelt</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>ez egy mappa</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>az elérési út egy része nem mappa</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>a lemez csak olvasható</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>a név túl hosszú</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>használatban van</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>lemezolvasási vagy -írási hiba</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>túl sok fájl van megnyitva</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>What is to be done that day</source>
        <translation>Mi a teendő azon a napon</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Feladat:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>F&amp;elelős:</translation>
    </message>
</context>
<context>
    <name>TaskLine</name>
    <message>
        <source>Edit task…</source>
        <translation>Feladat szerkesztése…</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Feladat törlése</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Kísérlet</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Nap</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Feladat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Felelős</translation>
    </message>
    <message>
        <source>Day {day}, {date}</source>
        <translation>{day}. nap, {date}</translation>
    </message>
</context>
<context>
    <name>TeamDashboard</name>
    <message>
        <source>p &lt; {p}</source>
        <translation>p &lt; {p}</translation>
    </message>
    <message>
        <source>p = {p}</source>
        <translation>p = {p}</translation>
    </message>
    <message>
        <source>No funnel data for last week.</source>
        <translation>A múlt hétre nincs tölcséradat.</translation>
    </message>
    <message>
        <source>Micro-conversions per step</source>
        <translation>Mikrokonverziók lépésenként</translation>
    </message>
    <message>
        <source>Micro-conversions per step, week of {week} against the week before</source>
        <translation>Mikrokonverziók lépésenként, {week} hete az előző héthez képest</translation>
    </message>
    <message>
        <source>No funnel data by source for last week.</source>
        <translation>A múlt hétre nincs forrás szerinti tölcséradat.</translation>
    </message>
    <message>
        <source>Form conversion by source</source>
        <translation>Űrlapkonverzió forrás szerint</translation>
    </message>
    <message>
        <source>{start} → {end} by source, week of {week}</source>
        <translation>{start} → {end} forrás szerint, {week} hete</translation>
    </message>
    <message>
        <source>This week&apos;s experiment tasks</source>
        <translation>A heti kísérleti feladatok</translation>
    </message>
    <message>
        <source>Experiment tasks, week of {week}</source>
        <translation>Kísérleti feladatok, {week} hete</translation>
    </message>
    <message>
        <source>No experiment runs this week.</source>
        <translation>Ezen a héten nem fut kísérlet.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln task(s) done</source>
        <translation>
            <numerusform>%Ln feladatból {done} kész</numerusform>
        </translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation>Csapat-irányítópult</translation>
    </message>
    <message>
        <source>No funnel data yet.</source>
        <translation>Még nincs tölcséradat.</translation>
    </message>
    <message>
        <source>Team dashboard — {funnel}</source>
        <translation>Csapat-irányítópult – {funnel}</translation>
    </message>
    <message>
        <source>Funnel: the week of {week} against the week before; tasks: this week.</source>
        <translation>Tölcsér: {week} hete az előző héthez képest; feladatok: ez a hét.</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>There is already a team called “{name}”.</source>
        <translation>Már van „{name}” nevű csapat.</translation>
    </message>
</context>
<context>
    <name>TeamSetup</name>
    <message>
        <source>the team workspace cannot be set up ({detail}); nothing was changed</source>
        <translation>a csapat-munkaterület nem állítható be ({detail}); semmi sem módosult</translation>
    </message>
    <message>
        <source>role {role}: owns the tables and upgrades them ({state})</source>
        <translation>{role} szerepkör: a táblák tulajdonosa, frissítheti őket ({state})</translation>
    </message>
    <message>
        <source>role {role}: reads and writes ({state})</source>
        <translation>{role} szerepkör: olvas és ír ({state})</translation>
    </message>
    <message>
        <source>role {role}: reads only ({state})</source>
        <translation>{role} szerepkör: csak olvas ({state})</translation>
    </message>
    <message>
        <source>created</source>
        <translation>létrehozva</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>már létezett</translation>
    </message>
    <message>
        <source>another program&apos;s database (no okrdesk schema): left alone</source>
        <translation>egy másik program adatbázisa (nincs okrdesk-séma): érintetlenül hagyva</translation>
    </message>
    <message>
        <source>made by a newer okrdesk (schema {revision}); update okrdesk first</source>
        <translation>újabb okrdesk készítette ({revision} séma); előbb frissítse az okrdesket</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) handed to the owner role</source>
        <translation>
            <numerusform>%n tábla átadva a tulajdonos szerepkörnek</numerusform>
        </translation>
    </message>
    <message>
        <source>workspace &quot;{name}&quot; created (schema {revision})</source>
        <translation>a(z) „{name}” munkaterület létrehozva ({revision} séma)</translation>
    </message>
    <message>
        <source>workspace upgraded from schema {old} to {new}</source>
        <translation>a munkaterület frissítve a(z) {old} sémáról a(z) {new} sémára</translation>
    </message>
    <message>
        <source>workspace already at schema {revision}</source>
        <translation>a munkaterület már a(z) {revision} sémaverziónál tart</translation>
    </message>
    <message numerus="yes">
        <source>member reads and writes, viewer reads: %n table(s), and the tables of later revisions</source>
        <translation>
            <numerusform>a tag olvas és ír, a megtekintő olvas: %n tábla, valamint a későbbi sémaverziók táblái</numerusform>
        </translation>
    </message>
    <message>
        <source>has no team roles yet: run okrdesk team init {address} first</source>
        <translation>még nincsenek csapatszerepkörei: előbb futtassa ezt: okrdesk team init {address}</translation>
    </message>
    <message>
        <source>login {user} created without a password: set one with psql&apos;s \password {user}</source>
        <translation>a(z) {user} bejelentkezés jelszó nélkül jött létre: jelszót a psql \password {user} parancsával adhat meg</translation>
    </message>
    <message>
        <source>{user} is now in role {role}</source>
        <translation>{user} mostantól a(z) {role} szerepkörben van</translation>
    </message>
    <message>
        <source>{user} cannot be added ({detail})</source>
        <translation>{user} nem adható hozzá ({detail})</translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <source>Team</source>
        <translation>Csapat</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Személyek</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New objective from template</source>
        <translation>Új cél sablonból</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Minden csapat</translation>
    </message>
    <message>
        <source>Any business</source>
        <translation>Bármilyen vállalkozás</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Nincs csapat</translation>
    </message>
    <message>
        <source>Nobody yet: type a name</source>
        <translation>Még senki: írjon be egy nevet</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Ciklus:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Csapat:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Felelős:</translation>
    </message>
    <message>
        <source>Owns the objective and its three key results</source>
        <translation>Ő felel a célért és a három kulcseredményéért</translation>
    </message>
    <message>
        <source>&amp;Create objective</source>
        <translation>Cél &amp;létrehozása</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Megjelenítés:</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Kulcseredmények</translation>
    </message>
    <message>
        <source>Choose a template to see its key results.</source>
        <translation>Válasszon egy sablont a kulcseredményei megtekintéséhez.</translation>
    </message>
    <message>
        <source>{team} · {flavour}</source>
        <translation>{team} · {flavour}</translation>
    </message>
    <message>
        <source>Increase from {start} to {target}</source>
        <translation>Növelés: {start} → {target}</translation>
    </message>
    <message>
        <source>Decrease from {start} to {target}</source>
        <translation>Csökkentés: {start} → {target}</translation>
    </message>
    <message>
        <source>Stay at or above {target} (now {start})</source>
        <translation>Legalább {target} maradjon (most {start})</translation>
    </message>
    <message>
        <source>Stay at or below {target} (now {start})</source>
        <translation>Legfeljebb {target} maradjon (most {start})</translation>
    </message>
    <message>
        <source>Done or not done</source>
        <translation>Kész vagy nincs kész</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Make the first week with our product a delight</source>
        <translation>Tegyük élménnyé az első hetet a termékünkkel</translation>
    </message>
    <message>
        <source>New accounts that see value in their first days stay; the rest quietly leave.</source>
        <translation>Az új fiókok, amelyek az első napjaikban látják az értéket, maradnak; a többiek csendben távoznak.</translation>
    </message>
    <message>
        <source>Raise 30-day retention of new accounts from 45% to 60%</source>
        <translation>Az új fiókok 30 napos megtartása 45%-ról 60%-ra</translation>
    </message>
    <message>
        <source>Cut median time to first value from 7 days to 3 days</source>
        <translation>Az első érték eléréséig eltelt medián idő 7 napról 3 napra</translation>
    </message>
    <message>
        <source>days</source>
        <comment>unit label</comment>
        <translation>nap</translation>
    </message>
    <message>
        <source>Ship the guided setup checklist to every new workspace</source>
        <translation>Vezetett beállítási ellenőrzőlista minden új munkaterületen</translation>
    </message>
    <message>
        <source>Give customers a reason to grow with us</source>
        <translation>Adjunk okot az ügyfeleknek, hogy velünk nőjenek</translation>
    </message>
    <message>
        <source>Expansion revenue from happy customers costs far less than a new logo.</source>
        <translation>Az elégedett ügyfelektől jövő bővülési bevétel sokkal olcsóbb egy új ügyfélnél.</translation>
    </message>
    <message>
        <source>Launch usage-based pricing as a beta for existing customers</source>
        <translation>Használatalapú árazás bétaként a meglévő ügyfeleknek</translation>
    </message>
    <message>
        <source>Grow weekly active users from 1,200 to 1,600</source>
        <translation>A heti aktív felhasználók száma 1200-ról 1600-ra</translation>
    </message>
    <message>
        <source>Lift monthly expansion revenue from €8,000 to €14,000</source>
        <translation>A havi bővülési bevétel 8000 €-ról 14 000 €-ra</translation>
    </message>
    <message>
        <source>Bake a seasonal range our regulars queue for</source>
        <translation>Süssünk szezonális kínálatot, amiért a törzsvendégek sorba állnak</translation>
    </message>
    <message>
        <source>A few loved seasonal items bring people back more often than a long menu.</source>
        <translation>Néhány kedvelt szezonális termék gyakrabban hozza vissza az embereket, mint egy hosszú kínálat.</translation>
    </message>
    <message>
        <source>Grow seasonal items on the counter from 1 to 4</source>
        <translation>A pulton lévő szezonális termékek száma 1-ről 4-re</translation>
    </message>
    <message>
        <source>Cut unsold bread thrown away from 12% to 5% of the daily bake</source>
        <translation>Az eladatlanul kidobott kenyér aránya a napi sütés 12%-áról 5%-ára</translation>
    </message>
    <message>
        <source>Keep the average Google review above 4.5 stars</source>
        <translation>A Google-értékelések átlaga 4,5 csillag felett</translation>
    </message>
    <message>
        <source>Ship releases our customers can trust</source>
        <translation>Szállítsunk olyan kiadásokat, amelyekben az ügyfeleink megbíznak</translation>
    </message>
    <message>
        <source>Every bug a customer finds costs us trust and a day of someone&apos;s focus.</source>
        <translation>Minden hiba, amit egy ügyfél talál, bizalomba és valakinek egy napnyi figyelmébe kerül.</translation>
    </message>
    <message>
        <source>Cut new bug reports from 72 to 60 per month</source>
        <translation>Az új hibabejelentések száma havi 72-ről 60-ra</translation>
    </message>
    <message>
        <source>Raise the crash-free session rate from 96% to 99%</source>
        <translation>Az összeomlásmentes munkamenetek aránya 96%-ról 99%-ra</translation>
    </message>
    <message>
        <source>Raise automated test coverage from 35% to 50%</source>
        <translation>Az automatizált tesztlefedettség 35%-ról 50%-ra</translation>
    </message>
    <message>
        <source>Keep the product fast and always up</source>
        <translation>A termék legyen gyors és mindig elérhető</translation>
    </message>
    <message>
        <source>Speed is a feature; downtime in a customer&apos;s busiest hour is a lost renewal.</source>
        <translation>A sebesség is funkció; az ügyfél legforgalmasabb órájában bekövetkező leállás egy elveszett megújítás.</translation>
    </message>
    <message>
        <source>Keep monthly uptime above 99.5%</source>
        <translation>A havi rendelkezésre állás 99,5% felett</translation>
    </message>
    <message>
        <source>Cut p95 dashboard load time from 2,400 ms to 1,200 ms</source>
        <translation>Az irányítópult p95 betöltési ideje 2400 ms-ról 1200 ms-ra</translation>
    </message>
    <message>
        <source>Keep the monthly cloud bill below €18,000</source>
        <translation>A havi felhőszámla 18 000 € alatt</translation>
    </message>
    <message>
        <source>Make our online shop quick and dependable</source>
        <translation>Legyen a webáruházunk gyors és megbízható</translation>
    </message>
    <message>
        <source>Most of our orders come from phones, and a slow checkout is an empty basket.</source>
        <translation>Rendeléseink többsége telefonról jön, és a lassú fizetés üres kosarat jelent.</translation>
    </message>
    <message>
        <source>Cut mobile page load time from 5.2 s to 2.5 s</source>
        <translation>A mobilos oldalbetöltési idő 5,2 mp-ről 2,5 mp-re</translation>
    </message>
    <message>
        <source>Keep failed checkouts below 1% of orders</source>
        <translation>A sikertelen fizetések a rendelések 1%-a alatt</translation>
    </message>
    <message>
        <source>Move the shop to automatic daily backups with a tested restore</source>
        <translation>A webáruház átállítása automatikus napi mentésre, tesztelt visszaállítással</translation>
    </message>
    <message>
        <source>Send sales leads they are glad to call</source>
        <translation>Küldjünk olyan leadeket az értékesítésnek, amelyeket örömmel hívnak fel</translation>
    </message>
    <message>
        <source>Clicks are cheap; qualified conversations are what the pipeline runs on.</source>
        <translation>A kattintás olcsó; az értékesítési folyamatot a minősített beszélgetések viszik.</translation>
    </message>
    <message>
        <source>Cut unqualified leads handed to sales from 40% to 25%</source>
        <translation>Az értékesítésnek átadott nem minősített leadek aránya 40%-ról 25%-ra</translation>
    </message>
    <message>
        <source>Lift MQL-to-SQL conversion from 12% to 20%</source>
        <translation>Az MQL→SQL konverzió 12%-ról 20%-ra</translation>
    </message>
    <message>
        <source>Keep paid cost per lead below €95</source>
        <translation>A fizetett csatornák leadenkénti költsége 95 € alatt</translation>
    </message>
    <message>
        <source>Become the name people hear first in our niche</source>
        <translation>Legyünk az a név, amelyet elsőként hallanak a piaci résünkben</translation>
    </message>
    <message>
        <source>Buyers shortlist the tools they already know before they ever talk to sales.</source>
        <translation>A vevők az általuk már ismert eszközökből állítják össze a szűkített listát, mielőtt egyáltalán az értékesítéssel beszélnének.</translation>
    </message>
    <message>
        <source>Grow organic website visits from 18,000 to 24,000 per month</source>
        <translation>Az organikus weboldal-látogatások száma havi 18 000-ről 24 000-re</translation>
    </message>
    <message>
        <source>Raise the newsletter open rate from 25% to 35%</source>
        <translation>A hírlevél megnyitási aránya 25%-ról 35%-ra</translation>
    </message>
    <message>
        <source>Grow published customer case studies from 0 to 3</source>
        <translation>A közzétett ügyfél-esettanulmányok száma 0-ról 3-ra</translation>
    </message>
    <message>
        <source>Make our café the neighbourhood&apos;s favourite morning stop</source>
        <translation>Legyen a kávézónk a környék kedvenc reggeli megállója</translation>
    </message>
    <message>
        <source>People walk past every day; we want them to stop, and to come back tomorrow.</source>
        <translation>Az emberek minden nap elsétálnak előttünk; azt szeretnénk, hogy betérjenek, és holnap is visszajöjjenek.</translation>
    </message>
    <message>
        <source>Grow Instagram followers from 1,800 to 3,000</source>
        <translation>Az Instagram-követők száma 1800-ról 3000-re</translation>
    </message>
    <message>
        <source>Raise weekday morning visitors from 140 to 190 a day</source>
        <translation>A hétköznap reggeli vendégek száma napi 140-ről 190-re</translation>
    </message>
    <message>
        <source>Keep local advertising spend below €600 a month</source>
        <translation>A helyi hirdetési költés havi 600 € alatt</translation>
    </message>
    <message>
        <source>Win more of the deals we work, and win them sooner</source>
        <translation>Nyerjünk meg több üzletet, és hamarabb</translation>
    </message>
    <message>
        <source>We lose most deals through slow follow-up, not on price.</source>
        <translation>Az üzletek többségét a lassú utánkövetés miatt veszítjük el, nem az ár miatt.</translation>
    </message>
    <message>
        <source>Raise the win rate from 18% to 25%</source>
        <translation>A nyerési arány 18%-ról 25%-ra</translation>
    </message>
    <message>
        <source>Shorten the average sales cycle from 42 to 30 days</source>
        <translation>Az átlagos értékesítési ciklus 42 napról 30 napra</translation>
    </message>
    <message>
        <source>Raise closed deals with a win/loss review from 20% to 100%</source>
        <translation>A nyerés/vesztés-elemzéssel lezárt üzletek aránya 20%-ról 100%-ra</translation>
    </message>
    <message>
        <source>Build an outbound engine we can repeat every quarter</source>
        <translation>Építsünk minden negyedévben megismételhető outbound gépezetet</translation>
    </message>
    <message>
        <source>Inbound alone will not carry next year&apos;s number.</source>
        <translation>Jövő évi számainkat a bejövő érdeklődés egyedül nem viszi el.</translation>
    </message>
    <message>
        <source>Grow outbound-sourced qualified leads from 10 to 50 a quarter</source>
        <translation>Az outboundból származó minősített leadek száma negyedévi 10-ről 50-re</translation>
    </message>
    <message>
        <source>Lift the reply rate of outbound sequences from 4% to 10%</source>
        <translation>Az outbound sorozatok válaszaránya 4%-ról 10%-ra</translation>
    </message>
    <message>
        <source>Grow new contract value from €60,000 to €90,000 a quarter</source>
        <translation>Az új szerződések értéke negyedévi 60 000 €-ról 90 000 €-ra</translation>
    </message>
    <message>
        <source>Fill the agency&apos;s calendar with clients we love working with</source>
        <translation>Töltsük meg az ügynökség naptárát olyan ügyfelekkel, akikkel szeretünk dolgozni</translation>
    </message>
    <message>
        <source>Steady retainers let us say no to projects that are a bad fit.</source>
        <translation>A stabil átalánydíjas megbízások mellett nemet mondhatunk a nem illő projektekre.</translation>
    </message>
    <message>
        <source>Grow monthly retainer revenue from €12,000 to €18,000</source>
        <translation>A havi átalánydíjas bevétel 12 000 €-ról 18 000 €-ra</translation>
    </message>
    <message>
        <source>Raise the proposal win rate from 30% to 45%</source>
        <translation>Az ajánlatok nyerési aránya 30%-ról 45%-ra</translation>
    </message>
    <message>
        <source>Cut the reply time to new enquiries from 24 to 4 hours</source>
        <translation>Az új megkeresésekre adott válaszidő 24 óráról 4 órára</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>unit label</comment>
        <translation>óra</translation>
    </message>
    <message>
        <source>Turn one-off shoppers into regulars</source>
        <translation>Váljanak az egyszeri vásárlók törzsvásárlókká</translation>
    </message>
    <message>
        <source>A regular spends more per visit and tells friends about us.</source>
        <translation>A törzsvásárló alkalmanként többet költ, és mesél rólunk a barátainak.</translation>
    </message>
    <message>
        <source>Raise the average basket from €18 to €23</source>
        <translation>Az átlagos kosárérték 18 €-ról 23 €-ra</translation>
    </message>
    <message>
        <source>Grow loyalty-card members from 250 to 600</source>
        <translation>A hűségkártyás tagok száma 250-ről 600-ra</translation>
    </message>
    <message>
        <source>Keep returns and refunds below 3% of sales</source>
        <translation>A visszaküldések és visszatérítések az eladások 3%-a alatt</translation>
    </message>
    <message>
        <source>Make customers feel looked after, every time they ask</source>
        <translation>Az ügyfelek minden kérdésüknél érezzék, hogy törődünk velük</translation>
    </message>
    <message>
        <source>How fast and how well we answer decides whether they renew.</source>
        <translation>Az, hogy milyen gyorsan és jól válaszolunk, dönti el, hogy megújítanak-e.</translation>
    </message>
    <message>
        <source>Raise customer satisfaction (CSAT) from 84% to 90%</source>
        <translation>Az ügyfélelégedettség (CSAT) 84%-ról 90%-ra</translation>
    </message>
    <message>
        <source>Raise the Net Promoter Score from 48 to 65</source>
        <translation>A Net Promoter Score 48-ról 65-re</translation>
    </message>
    <message>
        <source>Cut median first-response time from 9 h to 2 h</source>
        <translation>A medián első válaszidő 9 óráról 2 órára</translation>
    </message>
    <message>
        <source>h</source>
        <comment>unit label</comment>
        <translation>ó</translation>
    </message>
    <message>
        <source>Stop losing customers after their first three months</source>
        <translation>Ne veszítsük el az ügyfeleket az első három hónapjuk után</translation>
    </message>
    <message>
        <source>Customers who leave in month three never saw the value they bought.</source>
        <translation>Azok az ügyfelek, akik a harmadik hónapban távoznak, sosem látták a megvásárolt értéket.</translation>
    </message>
    <message>
        <source>Cut monthly logo churn from 5% to 3%</source>
        <translation>A havi ügyfélmorzsolódás 5%-ról 3%-ra</translation>
    </message>
    <message>
        <source>Raise top accounts with a quarterly review from 35% to 80%</source>
        <translation>A negyedéves áttekintésben részesülő kiemelt ügyfelek aránya 35%-ról 80%-ra</translation>
    </message>
    <message>
        <source>Keep gross revenue retention above 90%</source>
        <translation>A bruttó bevételmegtartás 90% felett</translation>
    </message>
    <message>
        <source>Make every customer want to come back and bring a friend</source>
        <translation>Minden ügyfél akarjon visszajönni, és hozzon egy barátot</translation>
    </message>
    <message>
        <source>Word of mouth is our cheapest and most trusted advertising.</source>
        <translation>A szájreklám a legolcsóbb és leghitelesebb hirdetésünk.</translation>
    </message>
    <message>
        <source>Raise customers returning within 60 days from 35% to 50%</source>
        <translation>A 60 napon belül visszatérő vásárlók aránya 35%-ról 50%-ra</translation>
    </message>
    <message>
        <source>Cut complaints about late or wrong orders from 15 to 5 a month</source>
        <translation>A késett vagy hibás rendelések miatti panaszok száma havi 15-ről 5-re</translation>
    </message>
    <message>
        <source>Start a referral card that rewards both the regular and the friend</source>
        <translation>Ajánlókártya indítása, amely a törzsvendéget és a barátját is jutalmazza</translation>
    </message>
</context>
<context>
    <name>WeekBoard</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Előző hét</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>&amp;Következő hét ▶</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Ez a &amp;hét</translation>
    </message>
    <message>
        <source>Click to show that week; drop an experiment to move it.</source>
        <translation>Kattintással megjeleníti azt a hetet; egy kísérletet ráejtve áthelyezi.</translation>
    </message>
    <message>
        <source>Week {week}: {first} – {last}</source>
        <translation>{week}. hét: {first} – {last}</translation>
    </message>
    <message>
        <source>Day {number}
{weekday} {date}</source>
        <translation>{number}. nap
{date}, {weekday}</translation>
    </message>
    <message>
        <source>No experiment this week. Plan an idea from the backlog for this week, or move one here: in its own week, drag its card onto “Previous week” or “Next week”.</source>
        <translation>Ezen a héten nincs kísérlet. Ütemezzen erre a hétre egy ötletet az ötlettárból, vagy helyezzen át ide egyet: a saját hetén húzza a kártyáját az „Előző hét” vagy a „Következő hét” mezőre.</translation>
    </message>
    <message>
        <source>{codes} change the same step ({step}) this week: test one variable at a time, or the results cannot say which change did it.</source>
        <translation>{codes} ezen a héten ugyanazt a lépést ({step}) módosítja: egyszerre egy változót teszteljen, különben az eredményekből nem derül ki, melyik változtatás hatott.</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Feladat szerkesztése</translation>
    </message>
    <message>
        <source>New task on Day {day}</source>
        <translation>Új feladat a(z) {day}. napon</translation>
    </message>
</context>
<context>
    <name>Weeks</name>
    <message>
        <source>week {text} is not written like 2026-W47</source>
        <translation>a(z) {text} hét nem 2026-W47 alakban van megadva</translation>
    </message>
    <message>
        <source>week {text} does not exist: {year} has no week {number}</source>
        <translation>a(z) {text} hét nem létezik: a {year}. évnek nincs {number}. hete</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to okrdesk</source>
        <translation>Üdvözli az okrdesk</translation>
    </message>
    <message>
        <source>Objectives and key results with weekly check-ins, one growth experiment a week, and your sales funnel week by week — all in one file on this computer.</source>
        <translation>Célok és kulcseredmények heti frissítésekkel, hetente egy növekedési kísérlet és az értékesítési tölcsér hétről hétre — mindez egyetlen fájlban ezen a számítógépen.</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>Demó megnyitása</translation>
    </message>
    <message>
        <source>Explore a realistic quarter of a small B2B team.</source>
        <translation>Egy kis B2B csapat valósághű negyedévének felfedezése.</translation>
    </message>
    <message>
        <source>Start a new cycle</source>
        <translation>Új ciklus indítása</translation>
    </message>
    <message>
        <source>Set up this quarter and write your first objectives.</source>
        <translation>Az aktuális negyedév beállítása és az első célok megírása.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Fájl megnyitása…</translation>
    </message>
    <message>
        <source>Open a workspace you or a colleague saved before.</source>
        <translation>Ön vagy egy kolléga által korábban mentett munkaterület megnyitása.</translation>
    </message>
    <message>
        <source>Connect to team workspace…</source>
        <translation>Csatlakozás csapat-munkaterülethez…</translation>
    </message>
    <message>
        <source>Work with your team in a workspace on a PostgreSQL server.</source>
        <translation>Közös munka a csapattal egy PostgreSQL-szerveren lévő munkaterületen.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Legutóbbi munkaterületek</translation>
    </message>
    <message>
        <source>{database} on {server} (team workspace, {user})</source>
        <translation>{database} – {server} (csapat-munkaterület, {user})</translation>
    </message>
    <message>
        <source>{name} in {folder}</source>
        <translation>{name} – {folder}</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Done</source>
        <translation>Kész</translation>
    </message>
    <message>
        <source>done</source>
        <translation>kész</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Jó úton</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>jó úton</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Veszélyben</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>veszélyben</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Lemaradásban</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>lemaradásban</translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation>Frissítendő</translation>
    </message>
    <message>
        <source>needs update</source>
        <translation>frissítendő</translation>
    </message>
    <message>
        <source>Scaled</source>
        <translation>Skálázva</translation>
    </message>
    <message>
        <source>scaled</source>
        <translation>skálázva</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Visszaállítva</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>visszaállítva</translation>
    </message>
    <message>
        <source>Iterate</source>
        <translation>Újrapróbálás</translation>
    </message>
    <message>
        <source>iterate</source>
        <translation>újrapróbálás</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Nem egyértelmű</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>nem egyértelmű</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ötlet</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>ötlet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Tervezett</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>tervezett</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Fut</translation>
    </message>
    <message>
        <source>running</source>
        <translation>fut</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Elemzés alatt</translation>
    </message>
    <message>
        <source>analysing</source>
        <translation>elemzés alatt</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Eldöntve</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>eldöntve</translation>
    </message>
    <message>
        <source>Variant wins</source>
        <translation>A változat nyer</translation>
    </message>
    <message>
        <source>the variant wins</source>
        <translation>a változat nyer</translation>
    </message>
    <message>
        <source>Variant loses</source>
        <translation>A változat veszít</translation>
    </message>
    <message>
        <source>the variant loses</source>
        <translation>a változat veszít</translation>
    </message>
    <message>
        <source>Leading, not conclusive</source>
        <translation>Vezet, nem döntő</translation>
    </message>
    <message>
        <source>the variant is leading, not conclusive</source>
        <translation>a változat vezet, de nem döntő</translation>
    </message>
    <message>
        <source>Trailing, not conclusive</source>
        <translation>Lemarad, nem döntő</translation>
    </message>
    <message>
        <source>the variant is trailing, not conclusive</source>
        <translation>a változat lemarad, de nem döntő</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>Nincs különbség</translation>
    </message>
    <message>
        <source>no difference beyond noise</source>
        <translation>nincs zajon túli különbség</translation>
    </message>
    <message>
        <source>Not enough data yet</source>
        <translation>Még kevés az adat</translation>
    </message>
    <message>
        <source>not enough data yet</source>
        <translation>még kevés az adat</translation>
    </message>
    <message>
        <source>Split off plan</source>
        <translation>Eltérő felosztás</translation>
    </message>
    <message>
        <source>the split is off plan (sample ratio mismatch)</source>
        <translation>a felosztás eltér a tervtől (mintaarány-eltérés)</translation>
    </message>
</context>
<context>
    <name>WorkspaceErrors</name>
    <message>
        <source>a file with this name already exists; nothing was changed</source>
        <translation>már létezik ilyen nevű fájl; semmi sem módosult</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>is in use by another program; try again</source>
        <translation>egy másik program használja; próbálja újra</translation>
    </message>
    <message numerus="yes">
        <source>the copy differs from the source in %n table(s) ({tables}); nothing was written</source>
        <translation>
            <numerusform>a másolat %n táblában eltér a forrástól ({tables}); semmi sem íródott ki</numerusform>
        </translation>
    </message>
    <message>
        <source>the database cannot be read ({detail})</source>
        <translation>az adatbázis nem olvasható ({detail})</translation>
    </message>
    <message>
        <source>already holds tables ({tables}); copy into an empty database</source>
        <translation>már vannak benne táblák ({tables}); üres adatbázisba másoljon</translation>
    </message>
    <message>
        <source>holds okrdesk&apos;s tables of schema {found}, newer than the source&apos;s {revision}; open the source in this okrdesk once to upgrade it, then copy again</source>
        <translation>okrdesk-táblák vannak benne {found} sémával, amely újabb a forrás {revision} sémájánál; a frissítéséhez nyissa meg egyszer a forrást ebben az okrdeskben, majd másolja újra</translation>
    </message>
    <message numerus="yes">
        <source>already holds %n row(s) ({tables}); copy into an empty database</source>
        <translation>
            <numerusform>már %n sor van benne ({tables}); üres adatbázisba másoljon</numerusform>
        </translation>
    </message>
    <message>
        <source>the copy failed ({detail}); nothing was written</source>
        <translation>a másolás nem sikerült ({detail}); semmi sem íródott ki</translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s)</source>
        <translation>
            <numerusform>%n sérült hivatkozás</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>nem olvasható ({detail})</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>ez egy mappa</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>nem szabályos fájl</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nincs ilyen fájl</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>hozzáférés megtagadva</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>a fájl üres</translation>
    </message>
    <message>
        <source>not an okrdesk workspace (the file is not a SQLite database)</source>
        <translation>nem okrdesk-munkaterület (a fájl nem SQLite-adatbázis)</translation>
    </message>
    <message>
        <source>the file is truncated (incomplete header)</source>
        <translation>a fájl csonka (hiányos fejléc)</translation>
    </message>
    <message>
        <source>written in a SQLite file format okrdesk cannot write (versions {write} and {read}; okrdesk writes 1 and 2)</source>
        <translation>olyan SQLite-fájlformátumú, amelyet az okrdesk nem tud írni ({write} és {read} verzió; az okrdesk az 1-es és 2-es verziót írja)</translation>
    </message>
    <message numerus="yes">
        <source>the file is truncated (%n byte(s), the database needs {needed})</source>
        <translation>
            <numerusform>a fájl csonka (%n bájt, az adatbázisnak {needed} kell)</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace has no schema version</source>
        <translation>a munkaterületnek nincs sémaverziója</translation>
    </message>
    <message>
        <source>its schema was changed outside okrdesk: {difference}</source>
        <translation>a sémáját az okrdesken kívül módosították: {difference}</translation>
    </message>
    <message>
        <source>its last changes are still in its -wal file, which can only be read in a folder okrdesk may write to; copy both files to such a folder</source>
        <translation>legutóbbi módosításai még a -wal fájljában vannak, amely csak olyan mappában olvasható, ahová az okrdesk írhat; másolja mindkét fájlt egy ilyen mappába</translation>
    </message>
    <message>
        <source>a SQLite database, but not an okrdesk workspace</source>
        <translation>SQLite-adatbázis, de nem okrdesk-munkaterület</translation>
    </message>
    <message>
        <source>the database is damaged ({detail})</source>
        <translation>az adatbázis sérült ({detail})</translation>
    </message>
    <message>
        <source>made by a newer okrdesk (schema {revision}); update okrdesk to open it</source>
        <translation>újabb okrdesk készítette ({revision} séma); a megnyitásához frissítse az okrdesket</translation>
    </message>
    <message>
        <source>cannot write the backup beside it before upgrading ({detail}); nothing was changed</source>
        <translation>a frissítés előtt nem írható mellé biztonsági mentés ({detail}); semmi sem módosult</translation>
    </message>
    <message numerus="yes">
        <source>migration broke %n reference(s)</source>
        <translation>
            <numerusform>a migráció %n hivatkozást tört el</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be upgraded ({detail}); it was left as it was</source>
        <translation>nem frissíthető ({detail}); változatlanul maradt</translation>
    </message>
    <message>
        <source>could not be upgraded ({detail}) and could not be restored ({restore_detail}); the backup is {backup}</source>
        <translation>nem frissíthető ({detail}), és nem is állítható vissza ({restore_detail}); a biztonsági mentés: {backup}</translation>
    </message>
    <message>
        <source>could not be upgraded ({detail}); it was restored from {backup}</source>
        <translation>nem frissíthető ({detail}); visszaállítva innen: {backup}</translation>
    </message>
    <message>
        <source>is read-only (the file or its folder cannot be written); nothing was changed</source>
        <translation>csak olvasható (a fájl vagy a mappája nem írható); semmi sem módosult</translation>
    </message>
    <message>
        <source>is read-only and was made by an older okrdesk (schema {revision}); copy it to a folder you can write to, to upgrade it</source>
        <translation>csak olvasható, és régebbi okrdesk készítette ({revision} séma); a frissítéséhez másolja egy írható mappába</translation>
    </message>
    <message>
        <source>a file with this name already exists</source>
        <translation>már létezik ilyen nevű fájl</translation>
    </message>
    <message>
        <source>cannot be created ({detail})</source>
        <translation>nem hozható létre ({detail})</translation>
    </message>
    <message>
        <source>a password in the address is refused: put it in PGPASSWORD or ~/.pgpass</source>
        <translation>jelszó nem szerepelhet a címben: adja meg a PGPASSWORD változóban vagy a ~/.pgpass fájlban</translation>
    </message>
    <message>
        <source>is not a server address ({detail})</source>
        <translation>nem szervercím ({detail})</translation>
    </message>
    <message>
        <source>names no database: write postgresql://user@host[:port]/database</source>
        <translation>nem nevez meg adatbázist: írja így: postgresql://felhasználó@gép[:port]/adatbázis</translation>
    </message>
    <message>
        <source>the server cannot be reached ({detail})</source>
        <translation>a szerver nem érhető el ({detail})</translation>
    </message>
    <message>
        <source>another program&apos;s database (no okrdesk schema)</source>
        <translation>egy másik program adatbázisa (nincs okrdesk-séma)</translation>
    </message>
    <message>
        <source>holds no okrdesk workspace yet (the database is empty)</source>
        <translation>még nincs benne okrdesk-munkaterület (az adatbázis üres)</translation>
    </message>
    <message>
        <source>the workspace has no table &quot;{table}&quot;</source>
        <translation>a munkaterületen nincs „{table}” tábla</translation>
    </message>
    <message>
        <source>was made by an older okrdesk (schema {revision}) and cannot be upgraded read-only</source>
        <translation>régebbi okrdesk készítette ({revision}. séma), és csak olvasható módban nem frissíthető</translation>
    </message>
    <message>
        <source>the database already holds tables</source>
        <translation>az adatbázisban már vannak táblák</translation>
    </message>
    <message>
        <source>its tables were changed outside okrdesk, so it is not opened ({difference})</source>
        <translation>a tábláit az okrdesken kívül módosították, ezért nem nyílik meg ({difference})</translation>
    </message>
    <message>
        <source>table &quot;{table}&quot;, column &quot;{column}&quot;: {kind}</source>
        <translation>a(z) „{table}” tábla „{column}” oszlopa: {kind}</translation>
    </message>
    <message>
        <source>table &quot;{table}&quot;: {kind} {name}</source>
        <translation>a(z) „{table}” tábla: {kind} {name}</translation>
    </message>
    <message>
        <source>missing table</source>
        <translation>hiányzó tábla</translation>
    </message>
    <message>
        <source>missing column</source>
        <translation>hiányzó oszlop</translation>
    </message>
    <message>
        <source>extra column</source>
        <translation>extra oszlop</translation>
    </message>
    <message>
        <source>missing index</source>
        <translation>hiányzó index</translation>
    </message>
    <message>
        <source>extra index</source>
        <translation>extra index</translation>
    </message>
    <message>
        <source>missing constraint</source>
        <translation>hiányzó megszorítás</translation>
    </message>
    <message>
        <source>extra constraint</source>
        <translation>extra megszorítás</translation>
    </message>
    <message>
        <source>missing foreign key</source>
        <translation>hiányzó idegen kulcs</translation>
    </message>
    <message>
        <source>extra foreign key</source>
        <translation>extra idegen kulcs</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>eltérő típus</translation>
    </message>
    <message>
        <source>another nullability</source>
        <translation>eltérő NULL-beállítás</translation>
    </message>
    <message>
        <source>another default</source>
        <translation>eltérő alapértelmezés</translation>
    </message>
    <message>
        <source>another comment</source>
        <translation>eltérő megjegyzés</translation>
    </message>
    <message>
        <source>table &quot;{table}&quot;: CHECK constraint {name} differs</source>
        <translation>a(z) „{table}” tábla: a(z) {name} CHECK-megszorítás eltér</translation>
    </message>
    <message>
        <source>table &quot;{table}&quot;: a trigger {name} okrdesk did not make</source>
        <translation>a(z) „{table}” tábla: a(z) {name} triggert nem az okrdesk hozta létre</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>{file} is not an okrdesk workspace: it is not a database.</source>
        <translation>{file} nem okrdesk-munkaterület: nem adatbázis.</translation>
    </message>
    <message>
        <source>{file} is another program&apos;s database, not an okrdesk workspace.</source>
        <translation>{file} egy másik program adatbázisa, nem okrdesk-munkaterület.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of okrdesk. Update okrdesk to open it.</source>
        <translation>{file} az okrdesk egy újabb verziójával készült. Frissítse az okrdesket a megnyitásához.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be opened ({reason}). Open a backup copy of it.</source>
        <translation>{file} sérült, nem nyitható meg ({reason}). Nyissa meg egy biztonsági másolatát.</translation>
    </message>
    <message>
        <source>{file} was changed outside okrdesk, so it is not opened: okrdesk runs no SQL that a file brings with it ({reason}).</source>
        <translation>{file} az okrdesken kívül módosult, ezért nem nyílik meg: az okrdesk nem futtat a fájllal érkező SQL-t ({reason}).</translation>
    </message>
    <message>
        <source>{file} could not be upgraded to this version of okrdesk: {reason}</source>
        <translation>{file} nem frissíthető az okrdesk e verziójára: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {reason}</source>
        <translation>{file} nem nyitható meg: {reason}</translation>
    </message>
    <message>
        <source>okrdesk workspaces (*.okrdesk);;All files (*)</source>
        <translation>okrdesk-munkaterületek (*.okrdesk);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} megnyitása…</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>A munkaterület nem nyitható meg</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>A munkaterület nem hozható létre</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Munkaterület megnyitása</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Új munkaterület</translation>
    </message>
    <message>
        <source>It is open now.</source>
        <translation>Most meg van nyitva.</translation>
    </message>
</context>
</TS>

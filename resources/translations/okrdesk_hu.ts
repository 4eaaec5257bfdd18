<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu" sourcelanguage="en">
<context>
    <name></name>
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
        <translation>egzakt teszt</translation>
    </message>
    <message>
        <source>z-test</source>
        <translation>z-próba</translation>
    </message>
    <message>
        <source>always-valid {p}</source>
        <translation>mindig érvényes {p}</translation>
    </message>
    <message>
        <source>always-valid {p}; calls Holm-corrected over {count} variants</source>
        <translation>mindig érvényes {p}; Holm-korrekció {count} változatra</translation>
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
        <source>No experiment ended or ran this week.</source>
        <translation>Ezen a héten nem ért véget és nem futott kísérlet.</translation>
    </message>
    <message>
        <source>No results entered yet.</source>
        <translation>Még nincs megadott eredmény.</translation>
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
        <source>{cycle}: {progress} done, {expected} expected</source>
        <translation>{cycle}: {progress} kész, {expected} várt</translation>
    </message>
    <message>
        <source>{count} key result off track</source>
        <translation>{count} kulcseredmény lemaradásban</translation>
    </message>
    <message>
        <source>{count} key results off track</source>
        <translation>{count} kulcseredmény lemaradásban</translation>
    </message>
    <message>
        <source>{count} significant funnel change</source>
        <translation>{count} szignifikáns tölcsérváltozás</translation>
    </message>
    <message>
        <source>{count} significant funnel changes</source>
        <translation>{count} szignifikáns tölcsérváltozás</translation>
    </message>
    <message>
        <source>No cycle or funnel data for this week</source>
        <translation>Erre a hétre nincs ciklus- vagy tölcséradat</translation>
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
    <message>
        <source>What moved</source>
        <translation>Mi változott</translation>
    </message>
    <message>
        <source>No funnel data for this week yet: import its export in the Funnel section.</source>
        <translation>Erre a hétre még nincs tölcséradat: importálja az exportot a Tölcsér részben.</translation>
    </message>
    <message>
        <source>No key result is at risk or off track.</source>
        <translation>Egyetlen kulcseredmény sincs veszélyben vagy lemaradásban.</translation>
    </message>
    <message>
        <source>Funnel steps, against the week before</source>
        <translation>Tölcsérlépések az előző héthez képest</translation>
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
    <message>
        <source>Reached</source>
        <translation>Elért</translation>
    </message>
    <message>
        <source>Reviewed week</source>
        <translation>Áttekintett hét</translation>
    </message>
    <message>
        <source>Beyond noise?</source>
        <translation>Több mint zaj?</translation>
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
        <translation>Fisher-féle egzakt teszt (kis táblázat)</translation>
    </message>
    <message>
        <source>Pooled two-proportion z-test, one look</source>
        <translation>Összevont kétmintás z-próba, egyszeri vizsgálat</translation>
    </message>
    <message>
        <source>Stays valid however often the results are looked at; a win or loss needs it and the one-look p below 0.05 (Holm-corrected over {count} variants).</source>
        <translation>Érvényes marad, akárhányszor nézik is meg az eredményeket; győzelemhez vagy vereséghez ez és az egyszeri p is 0,05 alatt kell legyen (Holm-korrekció {count} változatra).</translation>
    </message>
    <message>
        <source>Only {power} power for the planned {mde}.</source>
        <translation>Az erő csak {power} a tervezett {mde} kimutatásához.</translation>
    </message>
    <message>
        <source>{verdict} (low power)</source>
        <translation>{verdict} (kis erő)</translation>
    </message>
</context>
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
    <message>
        <source>Delete the funnel “{name}” with its stages and {weeks} weeks of data?</source>
        <translation>Törli a(z) „{name}” tölcsért a szakaszaival és {weeks} hétnyi adatával együtt?</translation>
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
        <source>“{name}” has counts in {weeks} weeks; they will be deleted with it. Remove it?</source>
        <translation>A(z) „{name}” szakasznak {weeks} héten vannak darabszámai; ezek vele együtt törlődnek. Eltávolítja?</translation>
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
    <message>
        <source>Last {n} weeks</source>
        <translation>Utolsó {n} hét</translation>
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
    <message>
        <source>The block has {rows} rows, but only {weeks} weeks follow the selected one. Add weeks first. Nothing was pasted.</source>
        <translation>A blokk {rows} soros, de a kijelölt hetet csak {weeks} hét követi. Előbb adjon hozzá heteket. Semmi sem lett beillesztve.</translation>
    </message>
    <message>
        <source>Row {line}, column {column} of the pasted block falls beyond the last stage, {stage}. Nothing was pasted.</source>
        <translation>A beillesztett blokk {line}. sorának {column}. oszlopa az utolsó szakaszon ({stage}) túlra esik. Semmi sem lett beillesztve.</translation>
    </message>
    <message>
        <source>Paste {n} counts</source>
        <translation>{n} darabszám beillesztése</translation>
    </message>
    <message>
        <source>Clear {n} counts</source>
        <translation>{n} darabszám törlése</translation>
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
        <extracomment>The key result&apos;s id and the check-in to correct, or to delete.</extracomment>
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
    <message>
        <source>Undo the import of {file} into {funnel}?

Its {rows} rows for {weeks} come out, and the weeks it replaced come back.</source>
        <translation>Visszavonja a(z) {file} importálását ebből a tölcsérből: {funnel}?

Az időszakra ({weeks}) vonatkozó {rows} sora törlődik, és az általa felülírt hetek visszakerülnek.</translation>
    </message>
    <message>
        <source>The {count} automatic check-ins it wrote stay in the key results&apos; history.</source>
        <translation>Az általa írt {count} automatikus frissítés megmarad a kulcseredmények előzményeiben.</translation>
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
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import funnel data</source>
        <translation>Tölcséradatok importálása</translation>
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
    <message>
        <source>Imported {rows} rows of {file} into “{funnel}”.</source>
        <translation>{file}: {rows} sor importálva ide: „{funnel}”.</translation>
    </message>
    <message>
        <source>Weeks {first} to {last} ({weeks} weeks).</source>
        <translation>Hetek: {first} – {last} ({weeks} hét).</translation>
    </message>
    <message>
        <source>Skipped {n} rows of stages the funnel does not have: {names}.</source>
        <translation>{n} sor kihagyva olyan szakaszokból, amelyek nincsenek a tölcsérben: {names}.</translation>
    </message>
    <message>
        <source>Skipped 1 row of a stage the funnel does not have: {names}.</source>
        <translation>1 sor kihagyva olyan szakaszból, amely nincs a tölcsérben: {names}.</translation>
    </message>
    <message>
        <source>{n} other weeks of the same leads were counted again: a lead keeps the source, variant and entry week of its first events, whichever file held them.</source>
        <translation>Ugyanezen leadek további {n} hetét újraszámolta a program: egy lead megtartja az első eseményeinek forrását, változatát és belépési hetét, bármelyik fájl tartalmazta is azokat.</translation>
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
        <source>{n} key results bound to this funnel got an automatic check-in.</source>
        <translation>{n} ehhez a tölcsérhez kötött kulcseredmény automatikus frissítést kapott.</translation>
    </message>
    <message>
        <source>Edit → Undo takes the whole import back.</source>
        <translation>A Szerkesztés → Visszavonás a teljes importálást visszavonja.</translation>
    </message>
    <message>
        <source>Warning: {n} weeks from {week} on are more than {limit} weeks after today; is the year right?</source>
        <translation>Figyelem: {n} hét ({week} hetétől) több mint {limit} héttel a mai nap utánra esik; biztosan jó az évszám?</translation>
    </message>
    <message>
        <source>, source “{source}”</source>
        <translation>, forrás: „{source}”</translation>
    </message>
    <message>
        <source>, variant “{variant}”</source>
        <translation>, változat: „{variant}”</translation>
    </message>
    <message>
        <source>Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before it; are the stages in the right columns?</source>
        <translation>Figyelem, {where} hete: „{stage}” szakaszban {count}, de az előtte lévő „{before}” szakaszban csak {previous}; a megfelelő oszlopokban vannak a szakaszok?</translation>
    </message>
    <message>
        <source>Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before it ({n} such steps in all); are the stages in the right columns?</source>
        <translation>Figyelem, {where} hete: „{stage}” szakaszban {count}, de az előtte lévő „{before}” szakaszban csak {previous} (összesen {n} ilyen lépés); a megfelelő oszlopokban vannak a szakaszok?</translation>
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
    <message>
        <source>Overdue by {days} days and not done yet.</source>
        <translation>{days} napja lejárt, és még nincs kész.</translation>
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
    <message>
        <source>Latest {value} on {date}; {count} values since {first}.</source>
        <translation>Legutóbbi: {value} ({date}); {count} érték {first} óta.</translation>
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
        <source>{name} (read-only) — okrdesk</source>
        <translation>{name} (csak olvasható) — okrdesk</translation>
    </message>
    <message>
        <source>{name} — okrdesk</source>
        <translation>{name} — okrdesk</translation>
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
    <message>
        <source>“{title}” has {count} check-ins. Delete it with them?
Edit → Undo brings everything back.</source>
        <translation>A(z) „{title}” elemnek {count} frissítése van. Törli velük együtt?
A Szerkesztés → Visszavonás mindent visszahoz.</translation>
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
        <source>Give it a title.</source>
        <translation>Adjon neki címet.</translation>
    </message>
    <message>
        <source>The title is longer than 300 characters.</source>
        <translation>A cím hosszabb 300 karakternél.</translation>
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
        <source>The weight must be more than 0.</source>
        <translation>A súlynak 0-nál nagyobbnak kell lennie.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>A költségkeret nem lehet negatív.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>A költség nem lehet negatív.</translation>
    </message>
    <message>
        <source>A percentage outside 0–100 %: is that right?</source>
        <translation>0–100% közé nem eső százalék: biztosan helyes?</translation>
    </message>
    <message>
        <source>The unit label is longer than 20 characters.</source>
        <translation>A mértékegység-felirat hosszabb 20 karakternél.</translation>
    </message>
    <message>
        <source>Decimals go from 0 to 4.</source>
        <translation>A tizedesjegyek száma 0 és 4 között lehet.</translation>
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
    <message>
        <source>{title} — last check-in {days} days ago</source>
        <translation>{title} — utolsó frissítés {days} napja</translation>
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
        <source>No check-in for {days} days (more than {limit}).</source>
        <translation>{days} napja nincs frissítés (több mint {limit}).</translation>
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
        <source>{count} objectives for this team in this cycle: more than 5 spreads it thin.</source>
        <translation>{count} cél ennek a csapatnak ebben a ciklusban: 5 fölött szétforgácsolódik a figyelem.</translation>
    </message>
    <message>
        <source>{count} key results: fewer than 2 cannot show the objective is met.</source>
        <translation>{count} kulcseredmény: 2-nél kevesebb nem tudja igazolni, hogy a cél teljesült.</translation>
    </message>
    <message>
        <source>{count} key results: more than 5 — focus on the few that matter.</source>
        <translation>{count} kulcseredmény: 5-nél több — összpontosítson a néhány lényegesre.</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <extracomment>A title was edited in place: (ObjectiveNode or KeyResultNode, new title). The model does not change itself; the screen makes the edit an undoable command and reloads. An item was dropped: (dragged node, target node, row before which it landed or -1). As with titles, the screen turns it into an undoable move and reloads.</extracomment>
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
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>{n} objective</source>
        <translation>{n} cél</translation>
    </message>
    <message>
        <source>{n} objectives</source>
        <translation>{n} cél</translation>
    </message>
    <message>
        <source>{n} key result</source>
        <translation>{n} kulcseredmény</translation>
    </message>
    <message>
        <source>{n} key results</source>
        <translation>{n} kulcseredmény</translation>
    </message>
    <message>
        <source>{n} initiative</source>
        <translation>{n} kezdeményezés</translation>
    </message>
    <message>
        <source>{n} initiatives</source>
        <translation>{n} kezdeményezés</translation>
    </message>
    <message>
        <source>{n} experiment</source>
        <translation>{n} kísérlet</translation>
    </message>
    <message>
        <source>{n} experiments</source>
        <translation>{n} kísérlet</translation>
    </message>
    <message>
        <source>{n} experiment task</source>
        <translation>{n} kísérleti feladat</translation>
    </message>
    <message>
        <source>{n} experiment tasks</source>
        <translation>{n} kísérleti feladat</translation>
    </message>
    <message>
        <source>{n} person</source>
        <translation>{n} személy</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} személy</translation>
    </message>
    <message>
        <source>{n} KPI</source>
        <translation>{n} KPI</translation>
    </message>
    <message>
        <source>{n} KPIs</source>
        <translation>{n} KPI</translation>
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
        <source>Give a name.</source>
        <translation>Adjon meg egy nevet.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>A név hosszabb 100 karakternél.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Ez nem e-mail-cím.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>Az e-mail-cím túl hosszú.</translation>
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
    <message>
        <source>Runs {days} days, to {date}; the day tasks are made from the template.</source>
        <translation>{days} napig fut, eddig: {date}; a napi feladatok a sablonból készülnek.</translation>
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
        <source>, average deal {amount}</source>
        <translation>, átlagos üzletérték: {amount}</translation>
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
    <message>
        <source>no check-in for {days} days</source>
        <translation>{days} napja nincs frissítés</translation>
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
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done</source>
        <translation>{cycle}: {expected} telt el; a céljai {progress} készültségen állnak</translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <translation>{count} {status}</translation>
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
        <source>Behind: {named}, and {more} more.</source>
        <translation>Lemaradásban: {named} és még {more}.</translation>
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
        <source>, on pace</source>
        <translation>, tempóban</translation>
    </message>
    <message>
        <source>, behind pace</source>
        <translation>, a tempó mögött</translation>
    </message>
    <message>
        <source>, ahead of pace</source>
        <translation>, a tempó előtt</translation>
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
        <source>Funnel: 1 significant change: {named}.</source>
        <translation>Tölcsér: 1 szignifikáns változás: {named}.</translation>
    </message>
    <message>
        <source>Funnel: {count} significant changes: {named}.</source>
        <translation>Tölcsér: {count} szignifikáns változás: {named}.</translation>
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
        <source> although the test had only {power} power for the planned {mde}, so the effect is likely smaller than measured</source>
        <translation> – bár a teszt ereje csak {power} volt a tervezett {mde} kimutatásához, így a hatás valószínűleg kisebb a mértnél</translation>
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
        <source>{head}: {metric} {control} in control; {variants}{decision}. Calls are Holm-corrected for {count} variants.</source>
        <translation>{head}: {metric}: kontroll {control}; {variants}{decision}. A döntések Holm-korrekcióval készültek {count} változatra.</translation>
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
        <source>Status of key results</source>
        <translation>Kulcseredmények állapota</translation>
    </message>
    <message>
        <source>Gaps are shares of the way from start to target: {gap} means {share} behind the pace that the cycle&apos;s elapsed days ask for. Confidence is the 0–10 of check-ins.</source>
        <translation>A lemaradás a kiindulástól a célértékig tartó út arányában értendő: {gap} azt jelenti, hogy {share} a lemaradás ahhoz a tempóhoz képest, amelyet a ciklus eltelt napjai megkívánnak. A bizalom a frissítések 0–10-es értéke.</translation>
    </message>
    <message>
        <source>&amp;At risk when behind pace by more than:</source>
        <translation>&amp;Veszélyben, ha a tempóhoz képesti lemaradás több mint:</translation>
    </message>
    <message>
        <source>&amp;Off track when behind pace by more than:</source>
        <translation>&amp;Lemaradásban, ha a tempóhoz képesti lemaradás több mint:</translation>
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
    <name>TeamEditor</name>
    <message>
        <source>There is already a team called “{name}”.</source>
        <translation>Már van „{name}” nevű csapat.</translation>
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
<context>
    <name>_Form</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Név:</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{verdict}, although the test had only {power} power for the planned {mde}</source>
        <translation>{verdict}, choć test miał moc tylko {power} dla planowanego efektu {mde}</translation>
    </message>
    <message>
        <source>difference {diff}</source>
        <translation>różnica {diff}</translation>
    </message>
    <message>
        <source>95 % interval {low} to {high}</source>
        <translation>przedział 95 %: od {low} do {high}</translation>
    </message>
    <message>
        <source>relative lift {lift}</source>
        <translation>wzrost względny {lift}</translation>
    </message>
    <message>
        <source>exact test</source>
        <translation>test dokładny</translation>
    </message>
    <message>
        <source>z-test</source>
        <translation>test z</translation>
    </message>
    <message>
        <source>always-valid {p}</source>
        <translation>zawsze ważne {p}</translation>
    </message>
    <message>
        <source>always-valid {p}; calls Holm-corrected over {count} variants</source>
        <translation>zawsze ważne {p}; wyniki z poprawką Holma dla wariantów: {count}</translation>
    </message>
    <message>
        <source>chance to win {share}</source>
        <translation>szansa na wygraną {share}</translation>
    </message>
    <message>
        <source>{lift} ({low} to {high})</source>
        <translation>{lift} (od {low} do {high})</translation>
    </message>
    <message>
        <source>Weekly review: week of {date}</source>
        <translation>Przegląd tygodnia: tydzień od {date}</translation>
    </message>
    <message>
        <source>{first} – {last} ({week})</source>
        <translation>{first} – {last} ({week})</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrola</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Werdykt:</translation>
    </message>
    <message>
        <source>Verdict for {name}:</source>
        <translation>Werdykt dla {name}:</translation>
    </message>
    <message>
        <source>ended {date}</source>
        <translation>zakończony {date}</translation>
    </message>
    <message>
        <source>running since {date}</source>
        <translation>trwa od {date}</translation>
    </message>
    <message>
        <source>metric: {metric}</source>
        <translation>metryka: {metric}</translation>
    </message>
    <message>
        <source>variable: {variable}</source>
        <translation>zmienna: {variable}</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konwersje</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Proposed next experiment:</source>
        <translation>Proponowany następny eksperyment:</translation>
    </message>
    <message>
        <source>Next experiment:</source>
        <translation>Następny eksperyment:</translation>
    </message>
    <message>
        <source>starts {date}</source>
        <translation>start {date}</translation>
    </message>
    <message>
        <source>No experiment ended or ran this week.</source>
        <translation>W tym tygodniu żaden eksperyment się nie zakończył ani nie trwał.</translation>
    </message>
    <message>
        <source>No results entered yet.</source>
        <translation>Nie wprowadzono jeszcze wyników.</translation>
    </message>
    <message>
        <source>No next experiment chosen or planned yet.</source>
        <translation>Nie wybrano ani nie zaplanowano jeszcze następnego eksperymentu.</translation>
    </message>
    <message>
        <source>The review meeting has not saved decisions yet.</source>
        <translation>Spotkanie przeglądowe nie zapisało jeszcze decyzji.</translation>
    </message>
    <message>
        <source>{cycle}: {progress} done, {expected} expected</source>
        <translation>{cycle}: wykonano {progress}, oczekiwano {expected}</translation>
    </message>
    <message>
        <source>{count} key result off track</source>
        <translation>{count} kluczowy rezultat poza planem</translation>
    </message>
    <message>
        <source>{count} key results off track</source>
        <translation>Kluczowe rezultaty poza planem: {count}</translation>
    </message>
    <message>
        <source>{count} significant funnel change</source>
        <translation>{count} istotna zmiana w lejku</translation>
    </message>
    <message>
        <source>{count} significant funnel changes</source>
        <translation>Istotne zmiany w lejku: {count}</translation>
    </message>
    <message>
        <source>No cycle or funnel data for this week</source>
        <translation>Brak danych cyklu i lejka dla tego tygodnia</translation>
    </message>
    <message>
        <source>None ended or running</source>
        <translation>Żaden się nie zakończył ani nie trwa</translation>
    </message>
    <message>
        <source>proposed: {experiment}</source>
        <translation>proponowany: {experiment}</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Jeszcze nie wybrano</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Odchylenia</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Eksperymenty</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Strona {page} z {total}</translation>
    </message>
    <message>
        <source>{decision} by {person}</source>
        <translation>{decision} – {person}</translation>
    </message>
    <message>
        <source>Scores of {cycle}</source>
        <translation>Oceny cyklu {cycle}</translation>
    </message>
    <message>
        <source>No objective was scored.</source>
        <translation>Żaden cel nie został oceniony.</translation>
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
        <translation>W optymalnym zakresie ambitnego celu (0,6–0,7): {objectives}.</translation>
    </message>
    <message>
        <source>No objective in the stretch sweet spot (0.6–0.7).</source>
        <translation>Żaden cel nie jest w optymalnym zakresie ambitnego celu (0,6–0,7).</translation>
    </message>
    <message>
        <source>Sandbagged (1.0 reached by {date}, two thirds into the cycle): {objectives}.</source>
        <translation>Zaniżone (1,0 osiągnięte do {date}, po dwóch trzecich cyklu): {objectives}.</translation>
    </message>
    <message>
        <source>Stretch sweet spot</source>
        <translation>Optymalny zakres</translation>
    </message>
    <message>
        <source>Sandbagged: 1.0 by {date}</source>
        <translation>Zaniżony: 1,0 do {date}</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>Ambitny</translation>
    </message>
    <message>
        <source>1. Variance: what moved</source>
        <translation>1. Odchylenia: co się zmieniło</translation>
    </message>
    <message>
        <source>Cycle progress</source>
        <translation>Postęp cyklu</translation>
    </message>
    <message>
        <source>{cycle}: {progress} done, {expected} expected by {date}.</source>
        <translation>{cycle}: wykonano {progress}, oczekiwano {expected} do {date}.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Funnel steps, week over week</source>
        <translation>Kroki lejka, tydzień do tygodnia</translation>
    </message>
    <message>
        <source>No funnel data for this week.</source>
        <translation>Brak danych lejka dla tego tygodnia.</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Kluczowe rezultaty</translation>
    </message>
    <message>
        <source>No key results in a cycle of this week.</source>
        <translation>Brak kluczowych rezultatów w cyklu obejmującym ten tydzień.</translation>
    </message>
    <message>
        <source>Key results that moved</source>
        <translation>Kluczowe rezultaty, które się zmieniły</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Kluczowy rezultat</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przedtem</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>Autor aktualizacji</translation>
    </message>
    <message>
        <source>No key result moved this week.</source>
        <translation>W tym tygodniu żaden kluczowy rezultat się nie zmienił.</translation>
    </message>
    <message>
        <source>Off track and at risk</source>
        <translation>Poza planem i zagrożone</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Oczekiwano</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Every key result is on track or done.</source>
        <translation>Każdy kluczowy rezultat jest zgodny z planem lub gotowy.</translation>
    </message>
    <message>
        <source>Key results that need an update</source>
        <translation>Kluczowe rezultaty wymagające aktualizacji</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Ostatnia aktualizacja</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>Dni bez aktualizacji</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Every key result was checked in recently.</source>
        <translation>Każdy kluczowy rezultat był niedawno aktualizowany.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Tydzień wcześniej</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>Wartość p</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Istotne</translation>
    </message>
    <message>
        <source>Management dashboard</source>
        <translation>Pulpit zarządu</translation>
    </message>
    <message>
        <source>No cycle yet.</source>
        <translation>Brak cyklu.</translation>
    </message>
    <message>
        <source>Management dashboard — {cycle}</source>
        <translation>Pulpit zarządu — {cycle}</translation>
    </message>
    <message>
        <source>As of {day}: {expected} of the cycle has passed; it ends {end}.</source>
        <translation>Stan na {day}: minęło {expected} cyklu; koniec {end}.</translation>
    </message>
    <message>
        <source>What moved</source>
        <translation>Co się zmieniło</translation>
    </message>
    <message>
        <source>No funnel data for this week yet: import its export in the Funnel section.</source>
        <translation>Brak jeszcze danych lejka dla tego tygodnia: zaimportuj eksport w sekcji Lejek.</translation>
    </message>
    <message>
        <source>No key result is at risk or off track.</source>
        <translation>Żaden kluczowy rezultat nie jest zagrożony ani poza planem.</translation>
    </message>
    <message>
        <source>Funnel steps, against the week before</source>
        <translation>Kroki lejka względem poprzedniego tygodnia</translation>
    </message>
    <message>
        <source>No cycle covers this week.</source>
        <translation>Żaden cykl nie obejmuje tego tygodnia.</translation>
    </message>
    <message>
        <source>{cycle}: {progress} done, {expected} expected by {day}</source>
        <translation>{cycle}: wykonano {progress}, oczekiwano {expected} do {day}</translation>
    </message>
    <message>
        <source>{name}: {count}</source>
        <translation>{name}: {count}</translation>
    </message>
    <message>
        <source>What the experiments showed</source>
        <translation>Co pokazały eksperymenty</translation>
    </message>
    <message>
        <source>What changes next week</source>
        <translation>Co zmieniamy w przyszłym tygodniu</translation>
    </message>
    <message>
        <source>&amp;New experiment…</source>
        <translation>&amp;Nowy eksperyment…</translation>
    </message>
    <message>
        <source>What the meeting decided: scale, roll back, who does what.</source>
        <translation>Co postanowiono na spotkaniu: wdrożenie, wycofanie, kto co robi.</translation>
    </message>
    <message>
        <source>Anything else worth keeping.</source>
        <translation>Wszystko inne, co warto zachować.</translation>
    </message>
    <message>
        <source>Next week&apos;s experiment</source>
        <translation>Eksperyment na przyszły tydzień</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>The brief</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Re&amp;write from data</source>
        <translation>&amp;Utwórz z danych</translation>
    </message>
    <message>
        <source>Replace the text with the brief written from this week&apos;s numbers.</source>
        <translation>Zastąp tekst podsumowaniem opartym na liczbach z tego tygodnia.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Strona WWW (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exporting the review</source>
        <translation>Eksport przeglądu</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Zapisywanie {file}…</translation>
    </message>
    <message>
        <source>Export review</source>
        <translation>Eksportuj przegląd</translation>
    </message>
    <message>
        <source>Review exported</source>
        <translation>Przegląd wyeksportowany</translation>
    </message>
    <message>
        <source>The review was written to {path}.</source>
        <translation>Przegląd zapisano w {path}.</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Otwórz plik</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Osiągnięto</translation>
    </message>
    <message>
        <source>Reviewed week</source>
        <translation>Przeglądany tydzień</translation>
    </message>
    <message>
        <source>Beyond noise?</source>
        <translation>Ponad szum?</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Szum</translation>
    </message>
    <message>
        <source>Two-proportion test against the week before; significant at p &lt; 0.05.</source>
        <translation>Test dwóch proporcji względem poprzedniego tygodnia; istotne przy p &lt; 0,05.</translation>
    </message>
    <message>
        <source>{objective}
{title}
Owner: {owner}</source>
        <translation>{objective}
{title}
Właściciel: {owner}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Eksperyment</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Wariant</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>Relative lift</source>
        <translation>Wzrost względny</translation>
    </message>
    <message>
        <source>Always-valid p</source>
        <translation>Zawsze ważne p</translation>
    </message>
    <message>
        <source>Chance to win</source>
        <translation>Szansa na wygraną</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Werdykt</translation>
    </message>
    <message>
        <source>{rate} ({conversions} of {visitors})</source>
        <translation>{rate} ({conversions} z {visitors})</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Brak wyników</translation>
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
Zmieniono: {variable}
Metryka: {metric}</translation>
    </message>
    <message>
        <source>95 % interval: {low} to {high}</source>
        <translation>Przedział 95 %: od {low} do {high}</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test (a small table)</source>
        <translation>Dokładny test Fishera (mała tabela)</translation>
    </message>
    <message>
        <source>Pooled two-proportion z-test, one look</source>
        <translation>Test z dla dwóch proporcji, jedno spojrzenie</translation>
    </message>
    <message>
        <source>Stays valid however often the results are looked at; a win or loss needs it and the one-look p below 0.05 (Holm-corrected over {count} variants).</source>
        <translation>Pozostaje ważne bez względu na to, jak często sprawdza się wyniki; wygrana lub przegrana wymaga, by ono i p z jednego spojrzenia były poniżej 0,05 (z poprawką Holma dla wariantów: {count}).</translation>
    </message>
    <message>
        <source>Only {power} power for the planned {mde}.</source>
        <translation>Moc tylko {power} dla planowanego efektu {mde}.</translation>
    </message>
    <message>
        <source>{verdict} (low power)</source>
        <translation>{verdict} (niska moc)</translation>
    </message>
</context>
<context>
    <name>AddCycleCommand</name>
    <message>
        <source>New cycle {name}</source>
        <translation>Nowy cykl {name}</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Ostatni tydzień</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Tydzień wcześniej</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>Wartość p</translation>
    </message>
    <message>
        <source>{funnel}: {start} → {end} fell</source>
        <translation>{funnel}: spadek {start} → {end}</translation>
    </message>
    <message>
        <source>{rate} ({reached} of {entered})</source>
        <translation>{rate} ({reached} z {entered})</translation>
    </message>
    <message>
        <source>In the week of {week}, {reached} of {entered} reached {end} from {start} ({rate}), against {before_reached} of {before_entered} the week before ({before}). A two-proportion test puts the chance of a drop this large from noise alone at {p}.</source>
        <translation>W tygodniu od {week} do etapu {end} z etapu {start} przeszło {reached} z {entered} ({rate}), wobec {before_reached} z {before_entered} tydzień wcześniej ({before}). Według testu dwóch proporcji szansa, że tak duży spadek to sam szum, wynosi {p}.</translation>
    </message>
</context>
<context>
    <name>ArmsModel</name>
    <message>
        <source>Arm</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konwersje</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Reached SQL</source>
        <translation>Doszło do SQL</translation>
    </message>
    <message>
        <source>Avg. deal value</source>
        <translation>Śr. wartość transakcji</translation>
    </message>
    <message>
        <source>Conversions ÷ visitors, with its 95 % interval in the tooltip.</source>
        <translation>Konwersje ÷ odwiedzający; przedział 95 % w podpowiedzi.</translation>
    </message>
    <message>
        <source>Day 6 lead quality: the share of conversions that reached SQL.</source>
        <translation>Jakość leadów w dniu 6: odsetek konwersji, które doszły do SQL.</translation>
    </message>
    <message>
        <source>Day 6 lead quality: the average value of the arm&apos;s deals.</source>
        <translation>Jakość leadów w dniu 6: średnia wartość transakcji w grupie.</translation>
    </message>
    <message>
        <source>95 % interval: {low} to {high}</source>
        <translation>Przedział 95 %: od {low} do {high}</translation>
    </message>
    <message>
        <source>control</source>
        <translation>kontrola</translation>
    </message>
    <message>
        <source>{name} (control)</source>
        <translation>{name} (kontrola)</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>BacklogModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Kluczowy rezultat</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wpływ</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Pewność</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Łatwość</translation>
    </message>
    <message>
        <source>ICE</source>
        <translation>ICE</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>Dzień 1</translation>
    </message>
    <message>
        <source>The mean of impact, confidence and ease</source>
        <translation>Średnia z wpływu, pewności i łatwości</translation>
    </message>
</context>
<context>
    <name>BacklogPanel</name>
    <message>
        <source>&amp;New experiment</source>
        <translation>&amp;Nowy eksperyment</translation>
    </message>
    <message>
        <source>Write down a new experiment idea (Ctrl+N)</source>
        <translation>Zapisz nowy pomysł na eksperyment (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Edit the chosen experiment (Enter)</source>
        <translation>Edytuj wybrany eksperyment (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Plan for week…</source>
        <translation>&amp;Zaplanuj na tydzień…</translation>
    </message>
    <message>
        <source>Give the chosen idea its Day 1 and its day tasks</source>
        <translation>Nadaj wybranemu pomysłowi dzień 1 i zadania na poszczególne dni</translation>
    </message>
    <message>
        <source>Show every experiment</source>
        <translation>Pokaż wszystkie eksperymenty</translation>
    </message>
    <message>
        <source>Besides the ideas, list planned, running and decided experiments</source>
        <translation>Oprócz pomysłów pokaż eksperymenty zaplanowane, trwające i rozstrzygnięte</translation>
    </message>
    <message>
        <source>No ideas in the backlog. Write one down with New experiment (Ctrl+N): one change, the metric it should move, and why.</source>
        <translation>Brak pomysłów na liście. Dodaj pomysł przyciskiem Nowy eksperyment (Ctrl+N): jedna zmiana, metryka, którą ma poprawić, i uzasadnienie.</translation>
    </message>
</context>
<context>
    <name>BindingDialog</name>
    <message>
        <source>Bind to funnel metric</source>
        <translation>Powiąż z metryką lejka</translation>
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metryka:</translation>
    </message>
    <message>
        <source>F&amp;rom stage:</source>
        <translation>Z &amp;etapu:</translation>
    </message>
    <message>
        <source>&amp;To stage:</source>
        <translation>&amp;Do etapu:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <source>Last weeks:</source>
        <translation>Ostatnie tygodnie:</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Powiąż</translation>
    </message>
    <message>
        <source>&amp;Unbind</source>
        <translation>&amp;Odłącz</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Wszystkie źródła</translation>
    </message>
    <message>
        <source>This workspace has no funnel yet.</source>
        <translation>W tym obszarze roboczym nie ma jeszcze lejka.</translation>
    </message>
    <message>
        <source>This funnel has too few stages for this metric.</source>
        <translation>Ten lejek ma za mało etapów dla tej metryki.</translation>
    </message>
    <message>
        <source>The from stage must come before the to stage.</source>
        <translation>Etap początkowy musi poprzedzać etap końcowy.</translation>
    </message>
    <message>
        <source>This key result is not in percent: its check-ins will hold the rate as a fraction (0.031 for 3.1 %). Make its unit Percent to read it as 3.1 %.</source>
        <translation>Ten kluczowy rezultat nie jest w procentach: jego aktualizacje zapiszą wskaźnik jako ułamek (0,031 zamiast 3,1 %). Aby widzieć 3,1 %, ustaw jednostkę Procent.</translation>
    </message>
    <message>
        <source>After each import the key result gets an automatic check-in with the value of the last full week.</source>
        <translation>Po każdym imporcie kluczowy rezultat dostaje automatyczną aktualizację z wartością ostatniego pełnego tygodnia.</translation>
    </message>
    <message>
        <source>No funnel data for this choice yet.</source>
        <translation>Brak jeszcze danych lejka dla tego wyboru.</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>Show the week holding this day</source>
        <translation>Pokaż tydzień zawierający ten dzień</translation>
    </message>
    <message>
        <source>Go to wee&amp;k of:</source>
        <translation>Przejdź do &amp;tygodnia:</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>Carry over from {cycle}</source>
        <translation>Przeniesienie z cyklu {cycle}</translation>
    </message>
    <message>
        <source>New cycle {name} ({start} – {end})</source>
        <translation>Nowy cykl {name} ({start} – {end})</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>Cel / kluczowy rezultat</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>New baseline → target</source>
        <translation>Nowa wartość bazowa → docelowa</translation>
    </message>
    <message>
        <source>Every key result reached its target: nothing to carry.</source>
        <translation>Każdy kluczowy rezultat osiągnął wartość docelową: nie ma czego przenosić.</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>Przenieś</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Do cyklu:</translation>
    </message>
    <message>
        <source>Unfinished key results keep their owner, target and open initiatives; their last value becomes the new baseline, and each links back to this cycle.</source>
        <translation>Niedokończone kluczowe rezultaty zachowują właściciela, wartość docelową i otwarte inicjatywy; ostatnia wartość staje się nową wartością bazową, a każdy z nich wskazuje na ten cykl.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>A chart is saved as .png or .svg, not {0}</source>
        <translation>Wykres zapisuje się jako .png lub .svg, nie {0}</translation>
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
        <translation>Popraw aktualizację</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Cotygodniowa aktualizacja</translation>
    </message>
    <message>
        <source>Everyone&apos;s key results</source>
        <translation>Kluczowe rezultaty wszystkich</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>What moved, and why?</source>
        <translation>Co się zmieniło i dlaczego?</translation>
    </message>
    <message>
        <source>Anything in the way?</source>
        <translation>Co przeszkadza?</translation>
    </message>
    <message>
        <source>Check-in &amp;date:</source>
        <translation>&amp;Data aktualizacji:</translation>
    </message>
    <message>
        <source>Last check-in:</source>
        <translation>Ostatnia aktualizacja:</translation>
    </message>
    <message>
        <source>Expected today:</source>
        <translation>Oczekiwano na dziś:</translation>
    </message>
    <message>
        <source>&amp;New value:</source>
        <translation>&amp;Nowa wartość:</translation>
    </message>
    <message>
        <source>C&amp;onfidence (0–10):</source>
        <translation>&amp;Pewność (0–10):</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Komentarz:</translation>
    </message>
    <message>
        <source>&amp;Blockers:</source>
        <translation>P&amp;rzeszkody:</translation>
    </message>
    <message>
        <source>B&amp;ack</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>P&amp;omiń</translation>
    </message>
    <message>
        <source>Save and next</source>
        <translation>Zapisz i dalej</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>The cycle starts on {start}: check-ins open on that day.</source>
        <translation>Cykl zaczyna się {start}: aktualizacje są możliwe od tego dnia.</translation>
    </message>
    <message>
        <source>A check-in can be dated up to today, {today}.</source>
        <translation>Datą aktualizacji może być najpóźniej dzisiejszy dzień, {today}.</translation>
    </message>
    <message>
        <source>The cycle starts on {start}: check-ins can be dated from then to today.</source>
        <translation>Cykl zaczyna się {start}: datą aktualizacji może być dzień od tej daty do dziś.</translation>
    </message>
    <message>
        <source>The cycle ended on {end}: a check-in can be dated up to then.</source>
        <translation>Cykl zakończył się {end}: datą aktualizacji może być najpóźniej ten dzień.</translation>
    </message>
    <message>
        <source>Expected on {date}:</source>
        <translation>Oczekiwano na {date}:</translation>
    </message>
    <message>
        <source>{date} already has a check-in ({value}): saving replaces it, one check-in a day.</source>
        <translation>{date} ma już aktualizację ({value}): zapisanie ją zastąpi – jedna aktualizacja dziennie.</translation>
    </message>
    <message>
        <source>Nothing to check in.</source>
        <translation>Nie ma nic do aktualizacji.</translation>
    </message>
    <message>
        <source>Key result {number} of {count}</source>
        <translation>Kluczowy rezultat {number} z {count}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <source>{value} on {date}</source>
        <translation>{value} z {date}</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Zapisano:</translation>
    </message>
</context>
<context>
    <name>CheckInsModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Kluczowy rezultat</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Pewność</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Dates and stages</source>
        <translation>Daty i etapy</translation>
    </message>
    <message>
        <source>Say how to read what the file leaves open.</source>
        <translation>Wskaż, jak odczytać to, czego plik nie rozstrzyga.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>The dates fit more than one format. Which one is it?</source>
        <translation>Daty pasują do więcej niż jednego formatu. Który jest właściwy?</translation>
    </message>
    <message>
        <source>Dates are read as {format}.</source>
        <translation>Daty są odczytywane jako {format}.</translation>
    </message>
    <message>
        <source>The dates are clear.</source>
        <translation>Daty są jednoznaczne.</translation>
    </message>
    <message>
        <source>These stage names of the file match no stage of the funnel. Add each as a new stage, take it as a stage of the funnel, or skip its rows:</source>
        <translation>Tych nazw etapów z pliku nie ma w lejku. Każdą z nich można dodać jako nowy etap, uznać za istniejący etap lejka albo pominąć jej wiersze:</translation>
    </message>
    <message>
        <source>Add as a new stage</source>
        <translation>Dodaj jako nowy etap</translation>
    </message>
    <message>
        <source>Skip its rows</source>
        <translation>Pomiń jej wiersze</translation>
    </message>
    <message>
        <source>Every stage name matches a stage of the funnel.</source>
        <translation>Każda nazwa etapu pasuje do etapu lejka.</translation>
    </message>
</context>
<context>
    <name>CloseCycleDialog</name>
    <message>
        <source>Close {cycle}</source>
        <translation>Zamknij {cycle}</translation>
    </message>
    <message>
        <source>What &amp;helped</source>
        <translation>Co pomo&amp;gło</translation>
    </message>
    <message>
        <source>&amp;Root causes of misses</source>
        <translation>&amp;Przyczyny niepowodzeń</translation>
    </message>
    <message>
        <source>&amp;Lessons for next cycle</source>
        <translation>&amp;Lekcje na następny cykl</translation>
    </message>
    <message>
        <source>Carry unfinished key results into the next cycle</source>
        <translation>Przenieś niedokończone kluczowe rezultaty do następnego cyklu</translation>
    </message>
    <message>
        <source>Close cycle</source>
        <translation>Zamknij cykl</translation>
    </message>
    <message>
        <source>Scores are proposed from each key result&apos;s progress: 0.7–1.0 is green, 0.4–0.6 yellow, 0.0–0.3 red; for a stretch goal 0.6–0.7 is a success. After closing, the cycle is read-only until reopened.</source>
        <translation>Oceny są proponowane na podstawie postępu każdego kluczowego rezultatu: 0,7–1,0 to zielony, 0,4–0,6 żółty, 0,0–0,3 czerwony; dla ambitnego celu sukcesem jest 0,6–0,7. Po zamknięciu cykl jest tylko do odczytu, dopóki nie zostanie ponownie otwarty.</translation>
    </message>
    <message>
        <source>&amp;Grades</source>
        <translation>&amp;Oceny</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Retrospektywa</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Check what each column of the file holds; the guess comes from its header.</source>
        <translation>Sprawdź, co zawiera każda kolumna pliku; propozycja wynika z nagłówka.</translation>
    </message>
    <message>
        <source>Weekly counts</source>
        <translation>Liczby tygodniowe</translation>
    </message>
    <message>
        <source>Raw events (one row per lead and stage)</source>
        <translation>Surowe zdarzenia (jeden wiersz na lead i etap)</translation>
    </message>
    <message>
        <source>&amp;The file holds:</source>
        <translation>&amp;Plik zawiera:</translation>
    </message>
    <message>
        <source>This file cannot be imported as weekly counts: no column holds the counts (how many reached each stage in the week). Set the column that holds them to “{count}”, or choose “{events}” above.</source>
        <translation>Tego pliku nie można zaimportować jako liczb tygodniowych: żadna kolumna nie zawiera liczb (ile osób doszło do każdego etapu w tygodniu). Ustaw kolumnę z tymi liczbami na „{count}” albo wybierz powyżej „{events}”.</translation>
    </message>
    <message>
        <source>Choose the column that holds: {fields}.</source>
        <translation>Wybierz kolumnę, która zawiera: {fields}.</translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>the week before</source>
        <translation>poprzedniego tygodnia</translation>
    </message>
    <message>
        <source>the mean of the 4 weeks before</source>
        <translation>średniej z 4 poprzednich tygodni</translation>
    </message>
    <message>
        <source>The last week of the range, &amp;compared with</source>
        <translation>Ostatni tydzień zakresu &amp;względem</translation>
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
        <translation>Tydzień od {day}: wskaźnik nieokreślony</translation>
    </message>
    <message>
        <source>Week of {day}
{from_stage} → {to_stage}: {rate}
{to} of {n}</source>
        <translation>Tydzień od {day}
{from_stage} → {to_stage}: {rate}
{to} z {n}</translation>
    </message>
</context>
<context>
    <name>CorrectCheckInCommand</name>
    <message>
        <source>Correct check-in of {title}</source>
        <translation>Popraw aktualizację: {title}</translation>
    </message>
</context>
<context>
    <name>CycleCloseActions</name>
    <message>
        <source>C&amp;lose cycle…</source>
        <translation>&amp;Zamknij cykl…</translation>
    </message>
    <message>
        <source>Re&amp;open cycle</source>
        <translation>&amp;Otwórz ponownie cykl</translation>
    </message>
    <message>
        <source>Carry &amp;over…</source>
        <translation>&amp;Przenieś…</translation>
    </message>
    <message>
        <source>Close {cycle}</source>
        <translation>Zamknij {cycle}</translation>
    </message>
    <message>
        <source>Reopen {cycle}</source>
        <translation>Otwórz ponownie {cycle}</translation>
    </message>
    <message>
        <source>Carry over from {cycle}</source>
        <translation>Przeniesienie z cyklu {cycle}</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <source>Start a new cycle</source>
        <translation>Rozpocznij nowy cykl</translation>
    </message>
    <message>
        <source>Start cycle</source>
        <translation>Rozpocznij cykl</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Pierwszy dzień:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Ostatni dzień:</translation>
    </message>
    <message>
        <source>The cycle needs a name.</source>
        <translation>Cykl musi mieć nazwę.</translation>
    </message>
    <message>
        <source>A cycle with this name already exists.</source>
        <translation>Cykl o tej nazwie już istnieje.</translation>
    </message>
    <message>
        <source>The last day must come after the first day.</source>
        <translation>Ostatni dzień musi przypadać po pierwszym.</translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Objectives this cycle</source>
        <translation>Cele w tym cyklu</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Kluczowe rezultaty</translation>
    </message>
    <message>
        <source>Check-ins in the last 7 days</source>
        <translation>Aktualizacje z ostatnich 7 dni</translation>
    </message>
    <message>
        <source>Experiments running</source>
        <translation>Eksperymenty w toku</translation>
    </message>
    <message>
        <source>Weeks of funnel data</source>
        <translation>Tygodnie danych lejka</translation>
    </message>
    <message>
        <source>No funnel data yet.</source>
        <translation>Brak danych lejka.</translation>
    </message>
    <message>
        <source>Last full week in the funnel</source>
        <translation>Ostatni pełny tydzień w lejku</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Eksperymenty</translation>
    </message>
    <message>
        <source>Latest check-ins</source>
        <translation>Ostatnie aktualizacje</translation>
    </message>
    <message>
        <source>Funnel in the week of {date}</source>
        <translation>Lejek w tygodniu od {date}</translation>
    </message>
    <message>
        <source>No cycle yet: start one from the File menu.</source>
        <translation>Brak cyklu: rozpocznij go z menu Plik.</translation>
    </message>
    <message>
        <source>{name}: {start} – {end}</source>
        <translation>{name}: {start} – {end}</translation>
    </message>
    <message>
        <source>Day {day} of {days} · {share} of the cycle has passed</source>
        <translation>Dzień {day} z {days} · minęło {share} cyklu</translation>
    </message>
</context>
<context>
    <name>DayCard</name>
    <message>
        <source>Day {day}</source>
        <translation>Dzień {day}</translation>
    </message>
    <message>
        <source>Add a task on Day {day}</source>
        <translation>Dodaj zadanie na dzień {day}</translation>
    </message>
</context>
<context>
    <name>DayTemplate</name>
    <message>
        <source>Define: one variable, the hypothesis and the metric</source>
        <translation>Zdefiniuj: jedna zmienna, hipoteza i metryka</translation>
    </message>
    <message>
        <source>Deploy the change</source>
        <translation>Wprowadź zmianę</translation>
    </message>
    <message>
        <source>Collect data; check attribution</source>
        <translation>Zbieraj dane; sprawdź atrybucję</translation>
    </message>
    <message>
        <source>Check lead quality</source>
        <translation>Sprawdź jakość leadów</translation>
    </message>
    <message>
        <source>Decide: scale or roll back</source>
        <translation>Zdecyduj: wdrożyć czy wycofać</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Wdróż</translation>
    </message>
    <message>
        <source>The variant wins: make it the way we work.</source>
        <translation>Wariant wygrywa: staje się standardem pracy.</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>Wy&amp;cofaj</translation>
    </message>
    <message>
        <source>Go back to the control. The experiment, its tasks and its results are kept.</source>
        <translation>Powrót do kontroli. Eksperyment, jego zadania i wyniki zostają zachowane.</translation>
    </message>
    <message>
        <source>&amp;Iterate</source>
        <translation>&amp;Popraw i powtórz</translation>
    </message>
    <message>
        <source>Promising: change it and test again.</source>
        <translation>Obiecujący: zmień go i przetestuj ponownie.</translation>
    </message>
    <message>
        <source>I&amp;nconclusive</source>
        <translation>&amp;Bez rozstrzygnięcia</translation>
    </message>
    <message>
        <source>No detectable difference, or not enough data.</source>
        <translation>Brak wykrywalnej różnicy albo za mało danych.</translation>
    </message>
    <message>
        <source>Decide {code}</source>
        <translation>Decyzja: {code}</translation>
    </message>
    <message>
        <source>What did the numbers show, what did sales say, what do we try next?</source>
        <translation>Co pokazały liczby, co powiedział dział sprzedaży, co próbujemy dalej?</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decyzja:</translation>
    </message>
    <message>
        <source>&amp;Learnings:</source>
        <translation>Wnio&amp;ski:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>&amp;Data decyzji:</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Zapisz decyzję</translation>
    </message>
    <message>
        <source>Decide before Day 1?</source>
        <translation>Decyzja przed dniem 1?</translation>
    </message>
    <message>
        <source>{code} starts on {start} (its Day 1), after the decision date {date}: it had not run then, so there is no data to decide on.
Record the decision anyway?</source>
        <translation>{code} zaczyna się {start} (dzień 1), po dacie decyzji {date}: wtedy jeszcze nie trwał, więc nie ma danych do decyzji.
Zapisać decyzję mimo to?</translation>
    </message>
</context>
<context>
    <name>DeleteCheckInCommand</name>
    <message>
        <source>Delete check-in of {title}</source>
        <translation>Usuń aktualizację: {title}</translation>
    </message>
</context>
<context>
    <name>DemoTask</name>
    <message>
        <source>Building the demo workspace</source>
        <translation>Tworzenie demonstracyjnego obszaru roboczego</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>The changes to the previous item were not valid and were not saved.</source>
        <translation>Zmiany w poprzednim elemencie były nieprawidłowe i nie zostały zapisane.</translation>
    </message>
    <message>
        <source>Select an objective or a key result to edit it here.</source>
        <translation>Wybierz cel lub kluczowy rezultat, aby edytować go tutaj.</translation>
    </message>
    <message>
        <source>This workspace is read-only: nothing in it can be changed.</source>
        <translation>Ten obszar roboczy jest tylko do odczytu: nie można w nim nic zmienić.</translation>
    </message>
    <message>
        <source>This cycle is closed: reopen it to change its objectives.</source>
        <translation>Ten cykl jest zamknięty: otwórz go ponownie, aby zmienić jego cele.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Zastosuj</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Cofnij zmiany</translation>
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
        <translation>brak kroku lejka</translation>
    </message>
    <message>
        <source>Day 1: {date}</source>
        <translation>Dzień 1: {date}</translation>
    </message>
    <message>
        <source>Double-click to open.</source>
        <translation>Kliknij dwukrotnie, aby otworzyć.</translation>
    </message>
    <message>
        <source>Drag onto “Previous week” or “Next week” to move it. </source>
        <translation>Przeciągnij na „Poprzedni tydzień” lub „Następny tydzień”, aby przenieść. </translation>
    </message>
    <message>
        <source>Move to next week</source>
        <translation>Przenieś na następny tydzień</translation>
    </message>
    <message>
        <source>Move to previous week</source>
        <translation>Przenieś na poprzedni tydzień</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
</context>
<context>
    <name>ExperimentEditing</name>
    <message>
        <source>&amp;New experiment…</source>
        <translation>&amp;Nowy eksperyment…</translation>
    </message>
    <message>
        <source>&amp;Edit experiment…</source>
        <translation>&amp;Edytuj eksperyment…</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Zdecyduj…</translation>
    </message>
    <message>
        <source>&amp;Plan for week…</source>
        <translation>Zaplanuj na &amp;tydzień…</translation>
    </message>
    <message>
        <source>&amp;Mark as running</source>
        <translation>Oznacz jako &amp;w toku</translation>
    </message>
    <message>
        <source>De&amp;lete experiment</source>
        <translation>&amp;Usuń eksperyment</translation>
    </message>
    <message>
        <source>&amp;Mark as {status}</source>
        <translation>Oznacz &amp;jako: {status}</translation>
    </message>
    <message>
        <source>New experiment</source>
        <translation>Nowy eksperyment</translation>
    </message>
    <message>
        <source>{code} (given on saving)</source>
        <translation>{code} (nadawany przy zapisie)</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>Edycja: {code}</translation>
    </message>
    <message>
        <source>Delete experiment</source>
        <translation>Usuń eksperyment</translation>
    </message>
    <message>
        <source>Delete {code} “{title}” with its day tasks and results?
Its code is not given again. Edit → Undo brings everything back.</source>
        <translation>Usunąć {code} „{title}” wraz z zadaniami i wynikami?
Jego kod nie zostanie nadany ponownie. Edycja → Cofnij przywraca wszystko.</translation>
    </message>
    <message>
        <source>Plan {code} for {date}</source>
        <translation>Zaplanuj {code} na {date}</translation>
    </message>
    <message>
        <source>Mark {code} as {status}</source>
        <translation>Oznacz {code} jako: {status}</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Jeszcze się nie rozpoczął</translation>
    </message>
    <message>
        <source>{code} starts on {date} (its Day 1) and can be marked as running from that day: its day tasks and results count from Day 1.
To start it earlier, move its Day 1 with Plan for week…</source>
        <translation>{code} zaczyna się {date} (dzień 1) i od tego dnia można go oznaczyć jako trwający: zadania i wyniki liczą się od dnia 1.
Aby rozpocząć wcześniej, przesuń dzień 1 poleceniem Zaplanuj na tydzień…</translation>
    </message>
</context>
<context>
    <name>ExperimentEditor</name>
    <message>
        <source>If we &lt;change&gt;, then &lt;metric&gt; will &lt;move&gt;, because &lt;reason&gt;.</source>
        <translation>Jeśli zmienimy &lt;co&gt;, to &lt;metryka&gt; &lt;wzrośnie/spadnie&gt;, ponieważ &lt;powód&gt;.</translation>
    </message>
</context>
<context>
    <name>ExperimentsSection</name>
    <message>
        <source>Experiments</source>
        <translation>Eksperymenty</translation>
    </message>
    <message>
        <source>One change a week, verified by data: plan it, run it, decide.</source>
        <translation>Jedna zmiana tygodniowo, sprawdzona danymi: zaplanuj, przeprowadź, zdecyduj.</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Pomysły</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;dytuj…</translation>
    </message>
    <message>
        <source>De&amp;cide…</source>
        <translation>Zde&amp;cyduj…</translation>
    </message>
    <message>
        <source>Scale, roll back, iterate or call it inconclusive, with the learnings</source>
        <translation>Wdróż, wycofaj, popraw i powtórz albo uznaj za nierozstrzygnięty – z wnioskami</translation>
    </message>
    <message>
        <source>Move the experiment one step along its week</source>
        <translation>Przesuń eksperyment o krok w jego tygodniu</translation>
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
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <source>A CSV or XLSX export of weekly counts or of raw events from a CRM.</source>
        <translation>Eksport CSV lub XLSX z CRM: liczby tygodniowe lub surowe zdarzenia.</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>Plik .csv lub .xlsx</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <source>Type a new name to import into a new funnel with the usual stages.</source>
        <translation>Wpisz nową nazwę, aby zaimportować do nowego lejka ze standardowymi etapami.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Pl&amp;ik:</translation>
    </message>
    <message>
        <source>F&amp;unnel:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Arkusz:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>Import funnel data</source>
        <translation>Import danych lejka</translation>
    </message>
    <message>
        <source>CSV and Excel files (*.csv *.txt *.tsv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Pliki CSV i Excel (*.csv *.txt *.tsv *.xlsx *.xlsm);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Odczytywanie pliku…</translation>
    </message>
    <message>
        <source>{columns} columns: {names}</source>
        <translation>Kolumny ({columns}): {names}</translation>
    </message>
    <message>
        <source>There is no funnel called “{name}”: it will be created with the usual stages.</source>
        <translation>Nie ma lejka o nazwie „{name}”: zostanie utworzony ze standardowymi etapami.</translation>
    </message>
</context>
<context>
    <name>ForecastBlock</name>
    <message>
        <source>The forecast continues the straight line through each key result&apos;s check-ins to the cycle&apos;s last day; binary and stay-above/below key results have none.</source>
        <translation>Prognoza przedłuża linię prostą wyznaczoną przez aktualizacje każdego kluczowego rezultatu do ostatniego dnia cyklu; kluczowe rezultaty binarne i typu „utrzymaj powyżej/poniżej” jej nie mają.</translation>
    </message>
    <message>
        <source>Forecast to cycle end</source>
        <translation>Prognoza na koniec cyklu</translation>
    </message>
    <message>
        <source>Forecast to {end}; {expected} expected by now</source>
        <translation>Prognoza na {end}; oczekiwano dotąd {expected}</translation>
    </message>
</context>
<context>
    <name>FunnelAlertsPanel</name>
    <message>
        <source>Funnel alerts</source>
        <translation>Alerty lejka</translation>
    </message>
    <message>
        <source>Funnel alerts: significant drops in the week of {date}</source>
        <translation>Alerty lejka: istotne spadki w tygodniu od {date}</translation>
    </message>
</context>
<context>
    <name>FunnelBarsChart</name>
    <message>
        <source>{count}  ·  {step} of {previous}</source>
        <translation>{count}  ·  {step} z {previous}</translation>
    </message>
    <message>
        <source>{count}  ·  {step} of {previous}  ·  {overall} of {first}</source>
        <translation>{count}  ·  {step} z {previous}  ·  {overall} z {first}</translation>
    </message>
    <message>
        <source>No counts in these weeks</source>
        <translation>Brak liczb w tych tygodniach</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Funnel, week of {day}</source>
        <translation>Lejek, tydzień od {day}</translation>
    </message>
    <message>
        <source>Funnel, weeks of {first} to {last}</source>
        <translation>Lejek, tygodnie od {first} do {last}</translation>
    </message>
</context>
<context>
    <name>FunnelDefinitionsDialog</name>
    <message>
        <source>Funnels and stages</source>
        <translation>Lejki i etapy</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>&amp;New funnel…</source>
        <translation>&amp;Nowy lejek…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Zmień nazwę…</translation>
    </message>
    <message>
        <source>&amp;Delete funnel</source>
        <translation>&amp;Usuń lejek</translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation>&amp;Dodaj etap…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Z&amp;mień nazwę…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Przenieś w &amp;górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Przenieś w dó&amp;ł</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Usu&amp;ń</translation>
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <source>&amp;Stages, in funnel order (drag to reorder):</source>
        <translation>&amp;Etapy w kolejności lejka (przeciągnij, aby zmienić):</translation>
    </message>
    <message>
        <source>There is already a funnel called “{name}”.</source>
        <translation>Lejek o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <source>New funnel</source>
        <translation>Nowy lejek</translation>
    </message>
    <message>
        <source>Rename funnel</source>
        <translation>Zmień nazwę lejka</translation>
    </message>
    <message>
        <source>Delete the funnel “{name}” with its stages and {weeks} weeks of data?</source>
        <translation>Usunąć lejek „{name}” wraz z etapami i danymi (tygodnie: {weeks})?</translation>
    </message>
    <message>
        <source>Delete the funnel “{name}” and its stages?</source>
        <translation>Usunąć lejek „{name}” wraz z etapami?</translation>
    </message>
    <message>
        <source>This funnel already has a stage called “{name}”.</source>
        <translation>Ten lejek ma już etap o nazwie „{name}”.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Zmień nazwę etapu</translation>
    </message>
    <message>
        <source>“{name}” has counts in {weeks} weeks; they will be deleted with it. Remove it?</source>
        <translation>„{name}” ma liczby w {weeks} tyg.; zostaną usunięte razem z nim. Usunąć?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Edit → Undo puts everything back.</source>
        <translation>Edycja → Cofnij przywraca wszystko.</translation>
    </message>
</context>
<context>
    <name>FunnelFilters</name>
    <message>
        <source>Funnels and &amp;stages…</source>
        <translation>Lejki i &amp;etapy…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Import a CSV or XLSX export (Ctrl+I)</source>
        <translation>Importuj eksport CSV lub XLSX (Ctrl+I)</translation>
    </message>
    <message>
        <source>Save ch&amp;art…</source>
        <translation>Zapisz &amp;wykres…</translation>
    </message>
    <message>
        <source>Save the chart shown as PNG or SVG</source>
        <translation>Zapisz widoczny wykres jako PNG lub SVG</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Wszystkie tygodnie</translation>
    </message>
    <message>
        <source>Last {n} weeks</source>
        <translation>Ostatnie {n} tyg.</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Od … do …</translation>
    </message>
    <message>
        <source>F&amp;unnel:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>W&amp;ariant:</translation>
    </message>
    <message>
        <source>W&amp;eeks:</source>
        <translation>&amp;Tygodnie:</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Wszystkie źródła</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(bez źródła)</translation>
    </message>
    <message>
        <source>All variants</source>
        <translation>Wszystkie warianty</translation>
    </message>
    <message>
        <source>No experiment arm</source>
        <translation>Bez grupy eksperymentu</translation>
    </message>
    <message>
        <source>No funnel yet. Import a CSV or XLSX export — File → Import… — or create one with Funnels and stages…</source>
        <translation>Brak lejka. Zaimportuj eksport CSV lub XLSX — Plik → Importuj… — albo utwórz lejek poleceniem Lejki i etapy…</translation>
    </message>
    <message>
        <source>No counts in this funnel yet. Import a CSV or XLSX export — File → Import… — or type them in the Data tab below.</source>
        <translation>Brak liczb w tym lejku. Zaimportuj eksport CSV lub XLSX — Plik → Importuj… — albo wpisz je na karcie Dane poniżej.</translation>
    </message>
</context>
<context>
    <name>FunnelGridModel</name>
    <message>
        <source>{stage}, week of {week}: {reason}. Nothing was changed.</source>
        <translation>{stage}, tydzień od {week}: {reason}. Nic nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>FunnelGridPanel</name>
    <message>
        <source>Add &amp;week</source>
        <translation>Dodaj &amp;tydzień</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Wy&amp;czyść</translation>
    </message>
    <message>
        <source>All sources together, read only: choose one source to type or paste.</source>
        <translation>Wszystkie źródła razem, tylko do odczytu: wybierz jedno źródło, aby wpisywać lub wklejać.</translation>
    </message>
    <message>
        <source>This source has experiment arms: choose a variant to edit its counts.</source>
        <translation>To źródło ma grupy eksperymentu: wybierz wariant, aby edytować jego liczby.</translation>
    </message>
    <message>
        <source>Type a count, or paste a block copied from a spreadsheet (Ctrl+V).</source>
        <translation>Wpisz liczbę albo wklej blok skopiowany z arkusza kalkulacyjnego (Ctrl+V).</translation>
    </message>
    <message>
        <source>Edit {stage}, week of {week}</source>
        <translation>Edycja: {stage}, tydzień od {week}</translation>
    </message>
    <message>
        <source>Row {line}, column {column} of the pasted block: {reason}. Nothing was pasted.</source>
        <translation>Wiersz {line}, kolumna {column} wklejanego bloku: {reason}. Nic nie wklejono.</translation>
    </message>
    <message>
        <source>The block has {rows} rows, but only {weeks} weeks follow the selected one. Add weeks first. Nothing was pasted.</source>
        <translation>Blok ma wierszy: {rows}, a po zaznaczonym tygodniu jest tylko {weeks} tyg. Najpierw dodaj tygodnie. Nic nie wklejono.</translation>
    </message>
    <message>
        <source>Row {line}, column {column} of the pasted block falls beyond the last stage, {stage}. Nothing was pasted.</source>
        <translation>Wiersz {line}, kolumna {column} wklejanego bloku wypada za ostatnim etapem ({stage}). Nic nie wklejono.</translation>
    </message>
    <message>
        <source>Paste {n} counts</source>
        <translation>Wklej liczby ({n})</translation>
    </message>
    <message>
        <source>Clear {n} counts</source>
        <translation>Wyczyść liczby ({n})</translation>
    </message>
</context>
<context>
    <name>FunnelPaste</name>
    <message>
        <source>“{text}” is not a number</source>
        <translation>„{text}” nie jest liczbą</translation>
    </message>
    <message>
        <source>“{text}” is negative; a count is 0 or more</source>
        <translation>„{text}” jest ujemne; liczba musi wynosić 0 lub więcej</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>„{text}” nie jest liczbą całkowitą</translation>
    </message>
</context>
<context>
    <name>FunnelSection</name>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Each stage week by week, by source and experiment arm.</source>
        <translation>Każdy etap tydzień po tygodniu, według źródła i grupy eksperymentu.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dane</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Zapisz wykres</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Obraz PNG (*.png);;Rysunek SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>FunnelWeekModel</name>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Łącznie</translation>
    </message>
</context>
<context>
    <name>GradesModel</name>
    <message>
        <source>Objective</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Kluczowy rezultat</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Proposed from the progress: {score}</source>
        <translation>Proponowana na podstawie postępu: {score}</translation>
    </message>
    <message>
        <source>{score} is a success for a stretch goal.</source>
        <translation>{score} to sukces dla ambitnego celu.</translation>
    </message>
</context>
<context>
    <name>HistoryEditing</name>
    <message>
        <source>Delete the check-in of {date} (value {value})?</source>
        <translation>Usunąć aktualizację z {date} (wartość {value})?</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Usuń aktualizację</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Kind changed</source>
        <translation>Zmieniono rodzaj</translation>
    </message>
    <message>
        <source>Unit changed</source>
        <translation>Zmieniono jednostkę</translation>
    </message>
    <message>
        <source>Unit label changed</source>
        <translation>Zmieniono etykietę jednostki</translation>
    </message>
    <message>
        <source>Decimals changed</source>
        <translation>Zmieniono miejsca po przecinku</translation>
    </message>
    <message>
        <source>Start changed</source>
        <translation>Zmieniono wartość początkową</translation>
    </message>
    <message>
        <source>Target changed</source>
        <translation>Zmieniono wartość docelową</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Pewność</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatycznie</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Blocked: {blockers}</source>
        <translation>Przeszkody: {blockers}</translation>
    </message>
    <message>
        <source>(automatic) </source>
        <translation>(automatycznie) </translation>
    </message>
    <message>
        <source>{what} on {date} by {author}: {values}</source>
        <translation>{what} {date}, {author}: {values}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>Automatic check-in: the funnel metric the key result is bound to</source>
        <translation>Automatyczna aktualizacja: metryka lejka powiązana z kluczowym rezultatem</translation>
    </message>
    <message>
        <source>{share} of the way to {target}, the target of that day</source>
        <translation>{share} drogi do {target}, wartości docelowej z tego dnia</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Choose a key result to see its check-ins.</source>
        <extracomment>The key result&apos;s id and the check-in to correct, or to delete.</extracomment>
        <translation>Wybierz kluczowy rezultat, aby zobaczyć jego aktualizacje.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>{owner} · from {start} to {target}</source>
        <translation>{owner} · od {start} do {target}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>bez właściciela</translation>
    </message>
    <message>
        <source>Budget {amount}</source>
        <translation>Budżet {amount}</translation>
    </message>
    <message>
        <source>spent {amount}</source>
        <translation>wydano {amount}</translation>
    </message>
    <message>
        <source>over budget by {amount}</source>
        <translation>budżet przekroczony o {amount}</translation>
    </message>
    <message>
        <source>left {amount}</source>
        <translation>pozostało {amount}</translation>
    </message>
    <message>
        <source>ROI {roi}</source>
        <translation>ROI {roi}</translation>
    </message>
    <message>
        <source>ROI = (revenue − cost) / cost, where the revenue is what the bound funnel booked in this cycle so far: {revenue}.</source>
        <translation>ROI = (przychód − koszt) / koszt, gdzie przychodem jest to, co powiązany lejek zaksięgował dotąd w tym cyklu: {revenue}.</translation>
    </message>
    <message>
        <source>ROI = (revenue − cost) / cost, where the revenue is the gain so far: {revenue}.</source>
        <translation>ROI = (przychód − koszt) / koszt, gdzie przychodem jest dotychczasowy przyrost: {revenue}.</translation>
    </message>
    <message>
        <source>No ROI before the first check-in: the gain so far is the revenue.</source>
        <translation>Brak ROI przed pierwszą aktualizacją: przychodem jest dotychczasowy przyrost.</translation>
    </message>
    <message>
        <source>No ROI without a cost: add the cost so far in the key result&apos;s editor.</source>
        <translation>Brak ROI bez kosztu: wpisz dotychczasowy koszt w edytorze kluczowego rezultatu.</translation>
    </message>
    <message>
        <source>No ROI: only a key result that increases an amount of money, or one bound to a funnel with revenue, says what it earns. This one does not.</source>
        <translation>Brak ROI: tylko kluczowy rezultat, który zwiększa kwotę pieniędzy, albo powiązany z lejkiem z przychodem, pokazuje, ile zarabia. Ten nie.</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>aktualizacje</translation>
    </message>
    <message>
        <source>even pace to the target</source>
        <translation>równe tempo do wartości docelowej</translation>
    </message>
    <message>
        <source>the target as it was</source>
        <translation>wartość docelowa w danym dniu</translation>
    </message>
    <message>
        <source>forecast at the cycle&apos;s end: {value}</source>
        <translation>prognoza na koniec cyklu: {value}</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historia importu</translation>
    </message>
    <message>
        <source>Nothing imported yet: File → Import… brings a file in.</source>
        <translation>Nic jeszcze nie zaimportowano: Plik → Importuj… wczytuje plik.</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>&amp;Cofnij import…</translation>
    </message>
    <message>
        <source>Take the chosen import&apos;s rows out and put back the weeks it replaced</source>
        <translation>Usuń wiersze wybranego importu i przywróć tygodnie, które zastąpił</translation>
    </message>
    <message>
        <source>Undo the import of {file} into {funnel}?

Its {rows} rows for {weeks} come out, and the weeks it replaced come back.</source>
        <translation>Cofnąć import {file} do lejka {funnel}?

Jego wiersze ({rows}) z okresu {weeks} zostaną usunięte, a zastąpione tygodnie wrócą.</translation>
    </message>
    <message>
        <source>The {count} automatic check-ins it wrote stay in the key results&apos; history.</source>
        <translation>Automatyczne aktualizacje zapisane przez ten import ({count}) pozostaną w historii kluczowych rezultatów.</translation>
    </message>
    <message>
        <source>Edit → Undo puts the import back.</source>
        <translation>Edycja → Cofnij przywraca import.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Cofnij import</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Tygodnie</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Cofnięto</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Weeks {first} to {last} (each week starts on the date shown)</source>
        <translation>Tygodnie od {first} do {last} (każdy tydzień zaczyna się w podanym dniu)</translation>
    </message>
</context>
<context>
    <name>ImportPages</name>
    <message>
        <source>(not imported)</source>
        <translation>(nie importować)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Source (segment)</source>
        <translation>Źródło (segment)</translation>
    </message>
    <message>
        <source>Variant (experiment arm)</source>
        <translation>Wariant (grupa eksperymentu)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation>ID leada</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Przecinek ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Średnik ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Bar ( | )</source>
        <translation>Kreska pionowa ( | )</translation>
    </message>
    <message>
        <source>Excel serial numbers</source>
        <translation>Liczby seryjne Excela</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import funnel data</source>
        <translation>Import danych lejka</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>Odczytywanie {file}</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Odczytywanie pliku zostało anulowane.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Plik: {name}</translation>
    </message>
    <message>
        <source>Row: {row}</source>
        <translation>Wiersz: {row}</translation>
    </message>
    <message>
        <source>Column: {column}</source>
        <translation>Kolumna: {column}</translation>
    </message>
    <message>
        <source>Problem: {message}</source>
        <translation>Problem: {message}</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Importowanie {file}</translation>
    </message>
    <message>
        <source>Imported {rows} rows of {file} into “{funnel}”.</source>
        <translation>Zaimportowano wiersze z {file} do lejka „{funnel}”: {rows}.</translation>
    </message>
    <message>
        <source>Weeks {first} to {last} ({weeks} weeks).</source>
        <translation>Tygodnie od {first} do {last} ({weeks} tyg.).</translation>
    </message>
    <message>
        <source>Skipped {n} rows of stages the funnel does not have: {names}.</source>
        <translation>Pominięto wiersze etapów, których nie ma w lejku ({n}): {names}.</translation>
    </message>
    <message>
        <source>Skipped 1 row of a stage the funnel does not have: {names}.</source>
        <translation>Pominięto 1 wiersz etapu, którego nie ma w lejku: {names}.</translation>
    </message>
    <message>
        <source>{n} other weeks of the same leads were counted again: a lead keeps the source, variant and entry week of its first events, whichever file held them.</source>
        <translation>Ponownie przeliczono inne tygodnie tych samych leadów ({n}): lead zachowuje źródło, wariant i tydzień wejścia ze swoich pierwszych zdarzeń, niezależnie od tego, który plik je zawierał.</translation>
    </message>
    <message>
        <source>Times with a UTC offset were read as the local time written: each counts in the week of the date and time the file shows.</source>
        <translation>Godziny z przesunięciem UTC odczytano jako zapisany czas lokalny: każda liczy się w tygodniu daty i godziny widocznych w pliku.</translation>
    </message>
    <message>
        <source>Replaced what these weeks held before: {weeks}.</source>
        <translation>Zastąpiono wcześniejszą zawartość tych tygodni: {weeks}.</translation>
    </message>
    <message>
        <source>No week was there before: nothing was replaced.</source>
        <translation>Żadnego z tych tygodni wcześniej nie było: nic nie zastąpiono.</translation>
    </message>
    <message>
        <source>{n} key results bound to this funnel got an automatic check-in.</source>
        <translation>Kluczowe rezultaty powiązane z tym lejkiem, które dostały automatyczną aktualizację: {n}.</translation>
    </message>
    <message>
        <source>Edit → Undo takes the whole import back.</source>
        <translation>Edycja → Cofnij wycofuje cały import.</translation>
    </message>
    <message>
        <source>Warning: {n} weeks from {week} on are more than {limit} weeks after today; is the year right?</source>
        <translation>Uwaga: tygodnie od {week} ({n} tyg.) wypadają ponad {limit} tyg. po dzisiejszej dacie; czy rok jest poprawny?</translation>
    </message>
    <message>
        <source>, source “{source}”</source>
        <translation>, źródło „{source}”</translation>
    </message>
    <message>
        <source>, variant “{variant}”</source>
        <translation>, wariant „{variant}”</translation>
    </message>
    <message>
        <source>Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before it; are the stages in the right columns?</source>
        <translation>Uwaga: tydzień od {where}: {count} na etapie „{stage}”, ale {previous} na poprzedzającym go etapie „{before}”; czy etapy są we właściwych kolumnach?</translation>
    </message>
    <message>
        <source>Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before it ({n} such steps in all); are the stages in the right columns?</source>
        <translation>Uwaga: tydzień od {where}: {count} na etapie „{stage}”, ale {previous} na poprzedzającym go etapie „{before}” (łącznie takich kroków: {n}); czy etapy są we właściwych kolumnach?</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <source>What will be done</source>
        <translation>Co zostanie zrobione</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Termin:</translation>
    </message>
</context>
<context>
    <name>InitiativesModel</name>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Inicjatywa</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>{date}
overdue</source>
        <translation>{date}
po terminie</translation>
    </message>
    <message>
        <source>Overdue by {days} days and not done yet.</source>
        <translation>Po terminie (dni: {days}) i wciąż niewykonana.</translation>
    </message>
</context>
<context>
    <name>InitiativesPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Choose a key result to see its initiatives.</source>
        <translation>Wybierz kluczowy rezultat, aby zobaczyć jego inicjatywy.</translation>
    </message>
    <message>
        <source>No initiatives yet: add the work that will move this key result.</source>
        <translation>Brak inicjatyw: dodaj działania, które przesuną ten kluczowy rezultat.</translation>
    </message>
    <message>
        <source>{done} of {count} done</source>
        <translation>gotowe: {done} z {count}</translation>
    </message>
    <message>
        <source> · {overdue} overdue</source>
        <translation> · po terminie: {overdue}</translation>
    </message>
    <message>
        <source> · the cycle is closed</source>
        <translation> · cykl jest zamknięty</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nowa inicjatywa</translation>
    </message>
    <message>
        <source>New initiative {title}</source>
        <translation>Nowa inicjatywa {title}</translation>
    </message>
    <message>
        <source>Edit initiative</source>
        <translation>Edytuj inicjatywę</translation>
    </message>
    <message>
        <source>Edit initiative {title}</source>
        <translation>Edytuj inicjatywę {title}</translation>
    </message>
    <message>
        <source>Tick {title} done</source>
        <translation>Oznacz {title} jako gotowe</translation>
    </message>
    <message>
        <source>Reopen {title}</source>
        <translation>Otwórz ponownie {title}</translation>
    </message>
    <message>
        <source>Delete initiative {title}</source>
        <translation>Usuń inicjatywę {title}</translation>
    </message>
</context>
<context>
    <name>KeyResultForecastModel</name>
    <message>
        <source>Key result</source>
        <translation>Kluczowy rezultat</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Na koniec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>KpiEditor</name>
    <message>
        <source>No team</source>
        <translation>Bez zespołu</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Im więcej, tym lepiej</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Im mniej, tym lepiej</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Jednostka:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Zespół:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Kierunek:</translation>
    </message>
    <message>
        <source>&amp;Green from:</source>
        <translation>Z&amp;ielony od:</translation>
    </message>
    <message>
        <source>&amp;Red from:</source>
        <translation>&amp;Czerwony od:</translation>
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
        <translation>Ostatnio</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Team: {team}</source>
        <translation>Zespół: {team}</translation>
    </message>
    <message>
        <source>No value recorded yet.</source>
        <translation>Nie zapisano jeszcze żadnej wartości.</translation>
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
        <translation>zielony</translation>
    </message>
    <message>
        <source>amber</source>
        <translation>żółty</translation>
    </message>
    <message>
        <source>red</source>
        <translation>czerwony</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Podaj nazwę.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Nazwa ma ponad 200 znaków.</translation>
    </message>
    <message>
        <source>When higher is better, green cannot be below red.</source>
        <translation>Gdy im więcej, tym lepiej, próg zielony nie może być niższy od czerwonego.</translation>
    </message>
    <message>
        <source>When lower is better, green cannot be above red.</source>
        <translation>Gdy im mniej, tym lepiej, próg zielony nie może być wyższy od czerwonego.</translation>
    </message>
    <message>
        <source>Another KPI has this name.</source>
        <translation>Inny KPI ma już tę nazwę.</translation>
    </message>
    <message>
        <source>New KP&amp;I…</source>
        <translation>Nowy KP&amp;I…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Record val&amp;ue…</source>
        <translation>Zapisz &amp;wartość…</translation>
    </message>
    <message>
        <source>Record the chosen KPI&apos;s value for a day</source>
        <translation>Zapisz wartość wybranego KPI dla danego dnia</translation>
    </message>
    <message>
        <source>No KPIs yet: add the health metrics the team watches beside its OKRs.</source>
        <translation>Brak KPI: dodaj wskaźniki kondycji, które zespół śledzi obok OKR.</translation>
    </message>
    <message>
        <source>No value yet.</source>
        <translation>Brak wartości.</translation>
    </message>
    <message>
        <source>Latest {value} on {date}; {count} values since {first}.</source>
        <translation>Ostatnio {value} ({date}); wartości od {first}: {count}.</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>Nowy KPI</translation>
    </message>
    <message>
        <source>New KPI {name}</source>
        <translation>Nowy KPI {name}</translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation>Edytuj KPI</translation>
    </message>
    <message>
        <source>Edit KPI {name}</source>
        <translation>Edytuj KPI {name}</translation>
    </message>
    <message>
        <source>Delete KPI {name}</source>
        <translation>Usuń KPI {name}</translation>
    </message>
</context>
<context>
    <name>KpiValueDialog</name>
    <message>
        <source>Record a value of {name}</source>
        <translation>Zapisz wartość: {name}</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wartość:</translation>
    </message>
</context>
<context>
    <name>KrBinding</name>
    <message>
        <source>Unbind {title}</source>
        <translation>Odłącz {title}</translation>
    </message>
    <message>
        <source>Bind {title} to a funnel metric</source>
        <translation>Powiąż {title} z metryką lejka</translation>
    </message>
    <message>
        <source>Step conversion (to ÷ from)</source>
        <translation>Konwersja kroku (do ÷ z)</translation>
    </message>
    <message>
        <source>Overall conversion (to ÷ first stage)</source>
        <translation>Konwersja łączna (do ÷ pierwszy etap)</translation>
    </message>
    <message>
        <source>Weekly count of a stage</source>
        <translation>Tygodniowa liczba na etapie</translation>
    </message>
    <message>
        <source>Cost per lead (spend ÷ to)</source>
        <translation>Koszt leada (wydatki ÷ do)</translation>
    </message>
    <message>
        <source>CAC (spend ÷ to)</source>
        <translation>CAC (wydatki ÷ do)</translation>
    </message>
    <message>
        <source>ROI ((revenue − spend) ÷ spend)</source>
        <translation>ROI ((przychód − wydatki) ÷ wydatki)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Przychód</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Wydatki</translation>
    </message>
</context>
<context>
    <name>KrBindingActions</name>
    <message>
        <source>Bind to funnel &amp;metric…</source>
        <translation>Powiąż z &amp;metryką lejka…</translation>
    </message>
    <message>
        <source>Take the key result&apos;s weekly value from a funnel metric</source>
        <translation>Pobieraj tygodniową wartość kluczowego rezultatu z metryki lejka</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Indywidualny</translation>
    </message>
</context>
<context>
    <name>LearningsModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Eksperyment</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Data decyzji</translation>
    </message>
    <message>
        <source>Learnings</source>
        <translation>Wnioski</translation>
    </message>
</context>
<context>
    <name>LearningsPanel</name>
    <message>
        <source>Search learnings, titles and hypotheses…</source>
        <translation>Szukaj we wnioskach, tytułach i hipotezach…</translation>
    </message>
    <message>
        <source>No decided experiments yet. When an experiment ends, record its decision and what the team learnt (Decide…).</source>
        <translation>Brak eksperymentów z decyzją. Gdy eksperyment się kończy, zapisz decyzję i wnioski zespołu (Zdecyduj…).</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} z {total}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>OKRs</source>
        <translation>OKR</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Eksperymenty</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Read-only: this workspace file or its folder cannot be written, so you can look at it and export from it, but not change it.</source>
        <translation>Tylko do odczytu: nie można zapisywać w tym pliku obszaru roboczego lub jego folderze, więc można go przeglądać i eksportować, ale nie zmieniać.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nowy obszar roboczy…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ostatnio o&amp;twierane</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>Otwórz &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historia importu…</translation>
    </message>
    <message>
        <source>&amp;Export review…</source>
        <translation>&amp;Eksportuj przegląd…</translation>
    </message>
    <message>
        <source>Start a new &amp;cycle…</source>
        <translation>Rozpocznij nowy &amp;cykl…</translation>
    </message>
    <message>
        <source>&amp;People and teams…</source>
        <translation>Osoby i &amp;zespoły…</translation>
    </message>
    <message>
        <source>Workspace &amp;settings…</source>
        <translation>&amp;Ustawienia obszaru roboczego…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Management dashboard</source>
        <translation>Pulpit &amp;zarządu</translation>
    </message>
    <message>
        <source>&amp;Team dashboard</source>
        <translation>Pulpit z&amp;espołu</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>P&amp;rezentuj</translation>
    </message>
    <message>
        <source>Present a &amp;chart</source>
        <translation>Prezentuj &amp;wykres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About okrdesk</source>
        <translation>&amp;O programie okrdesk</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Brak ostatnio otwieranych obszarów roboczych</translation>
    </message>
    <message>
        <source>{name} (read-only) — okrdesk</source>
        <translation>{name} (tylko do odczytu) — okrdesk</translation>
    </message>
    <message>
        <source>{name} — okrdesk</source>
        <translation>{name} — okrdesk</translation>
    </message>
    <message>
        <source>This workspace is read-only: the change was not made.</source>
        <translation>Ten obszar roboczy jest tylko do odczytu: zmiany nie wprowadzono.</translation>
    </message>
    <message>
        <source>About okrdesk</source>
        <translation>O programie okrdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;okrdesk {version}&lt;/h3&gt;&lt;p&gt;Objectives and key results, weekly growth experiments and the sales funnel of one team, offline.&lt;/p&gt;&lt;p&gt;Every workspace is one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;okrdesk {version}&lt;/h3&gt;&lt;p&gt;Cele i kluczowe rezultaty, cotygodniowe eksperymenty wzrostowe i lejek sprzedaży jednego zespołu – offline.&lt;/p&gt;&lt;p&gt;Każdy obszar roboczy to jeden plik na tym komputerze.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NameEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Give a name.</source>
        <translation>Podaj nazwę.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Nazwa ma ponad 100 znaków.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{value} pts</source>
        <translation>{value} pkt proc.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonano</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nie wykonano</translation>
    </message>
</context>
<context>
    <name>ObjectivesBlock</name>
    <message>
        <source>Objectives by status</source>
        <translation>Cele według statusu</translation>
    </message>
</context>
<context>
    <name>ObjectivesModel</name>
    <message>
        <source>Objective</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Forecast at cycle end</source>
        <translation>Prognoza na koniec cyklu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OkrEditing</name>
    <message>
        <source>Objective: {title}</source>
        <translation>Cel: {title}</translation>
    </message>
    <message>
        <source>New &amp;objective…</source>
        <translation>Nowy &amp;cel…</translation>
    </message>
    <message>
        <source>New objective from &amp;template…</source>
        <translation>Nowy cel z &amp;szablonu…</translation>
    </message>
    <message>
        <source>New &amp;key result…</source>
        <translation>Nowy &amp;kluczowy rezultat…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Zmień &amp;nazwę</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nowy cel</translation>
    </message>
    <message>
        <source>New objective {title}</source>
        <translation>Nowy cel {title}</translation>
    </message>
    <message>
        <source>New key result of “{objective}”</source>
        <translation>Nowy kluczowy rezultat celu „{objective}”</translation>
    </message>
    <message>
        <source>New key result {title}</source>
        <translation>Nowy kluczowy rezultat {title}</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Edytuj cel</translation>
    </message>
    <message>
        <source>Edit key result</source>
        <translation>Edytuj kluczowy rezultat</translation>
    </message>
    <message>
        <source>Edit objective {title}</source>
        <translation>Edytuj cel {title}</translation>
    </message>
    <message>
        <source>Edit key result {title}</source>
        <translation>Edytuj kluczowy rezultat {title}</translation>
    </message>
    <message>
        <source>Rename objective</source>
        <translation>Zmień nazwę celu</translation>
    </message>
    <message>
        <source>Rename key result</source>
        <translation>Zmień nazwę kluczowego rezultatu</translation>
    </message>
    <message>
        <source>Delete {title}</source>
        <translation>Usuń {title}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>“{title}” has {count} check-ins. Delete it with them?
Edit → Undo brings everything back.</source>
        <translation>„{title}” ma aktualizacje ({count}). Usunąć razem z nimi?
Edycja → Cofnij przywraca wszystko.</translation>
    </message>
</context>
<context>
    <name>OkrEditors</name>
    <message>
        <source>Increase to</source>
        <translation>Zwiększ do</translation>
    </message>
    <message>
        <source>Decrease to</source>
        <translation>Zmniejsz do</translation>
    </message>
    <message>
        <source>Stay above</source>
        <translation>Utrzymaj powyżej</translation>
    </message>
    <message>
        <source>Stay below</source>
        <translation>Utrzymaj poniżej</translation>
    </message>
    <message>
        <source>Done or not done</source>
        <translation>Wykonane lub nie</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Amount of money</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Give it a title.</source>
        <translation>Podaj tytuł.</translation>
    </message>
    <message>
        <source>The title is longer than 300 characters.</source>
        <translation>Tytuł ma ponad 300 znaków.</translation>
    </message>
    <message>
        <source>To increase, the target must be above the start.</source>
        <translation>Aby zwiększać, wartość docelowa musi być wyższa od początkowej.</translation>
    </message>
    <message>
        <source>To decrease, the target must be below the start.</source>
        <translation>Aby zmniejszać, wartość docelowa musi być niższa od początkowej.</translation>
    </message>
    <message>
        <source>The weight must be more than 0.</source>
        <translation>Waga musi być większa od 0.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Budżet nie może być ujemny.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>Koszt nie może być ujemny.</translation>
    </message>
    <message>
        <source>A percentage outside 0–100 %: is that right?</source>
        <translation>Procent spoza zakresu 0–100 %: czy to na pewno dobrze?</translation>
    </message>
    <message>
        <source>The unit label is longer than 20 characters.</source>
        <translation>Etykieta jednostki ma ponad 20 znaków.</translation>
    </message>
    <message>
        <source>Decimals go from 0 to 4.</source>
        <translation>Liczba miejsc po przecinku: od 0 do 4.</translation>
    </message>
</context>
<context>
    <name>OkrHealthPanel</name>
    <message>
        <source>Objectives by status</source>
        <translation>Cele według statusu</translation>
    </message>
    <message>
        <source>Key results that need an update</source>
        <translation>Kluczowe rezultaty wymagające aktualizacji</translation>
    </message>
    <message>
        <source>Key results at {progress} of their targets · {expected} expected by today</source>
        <translation>Kluczowe rezultaty na poziomie {progress} wartości docelowych · oczekiwano {expected} na dziś</translation>
    </message>
    <message>
        <source>{title} — no check-in yet</source>
        <translation>{title} — brak aktualizacji</translation>
    </message>
    <message>
        <source>{title} — last check-in {days} days ago</source>
        <translation>{title} — ostatnia aktualizacja {days} dni temu</translation>
    </message>
    <message>
        <source>Every key result was checked in recently.</source>
        <translation>Każdy kluczowy rezultat był niedawno aktualizowany.</translation>
    </message>
    <message>
        <source>No key results in this cycle yet: add them in OKRs.</source>
        <translation>Brak kluczowych rezultatów w tym cyklu: dodaj je w sekcji OKR.</translation>
    </message>
</context>
<context>
    <name>OkrMoving</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Przenieś w &amp;górę</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Przenieś w dó&amp;ł</translation>
    </message>
    <message>
        <source>Move {title}</source>
        <translation>Przenieś {title}</translation>
    </message>
</context>
<context>
    <name>OkrSection</name>
    <message>
        <source>OKRs</source>
        <translation>OKR</translation>
    </message>
    <message>
        <source>Search titles…</source>
        <translation>Szukaj w tytułach…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>&amp;New objective</source>
        <translation>&amp;Nowy cel</translation>
    </message>
    <message>
        <source>New objective (Ctrl+N)</source>
        <translation>Nowy cel (Ctrl+N)</translation>
    </message>
    <message>
        <source>From te&amp;mplate…</source>
        <translation>Z &amp;szablonu…</translation>
    </message>
    <message>
        <source>New objective with three key results from an example (Ctrl+Shift+T)</source>
        <translation>Nowy cel z trzema kluczowymi rezultatami na podstawie przykładu (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>New &amp;key result</source>
        <translation>Nowy &amp;kluczowy rezultat</translation>
    </message>
    <message>
        <source>New key result under the chosen objective (Ctrl+Shift+N)</source>
        <translation>Nowy kluczowy rezultat w wybranym celu (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Weekly &amp;check-in…</source>
        <translation>&amp;Aktualizacja tygodniowa…</translation>
    </message>
    <message>
        <source>Check in every key result (Ctrl+K)</source>
        <translation>Zaktualizuj każdy kluczowy rezultat (Ctrl+K)</translation>
    </message>
    <message>
        <source>Close c&amp;ycle…</source>
        <translation>Zamknij c&amp;ykl…</translation>
    </message>
    <message>
        <source>Grade the key results, write the retrospective and close the cycle</source>
        <translation>Oceń kluczowe rezultaty, napisz retrospektywę i zamknij cykl</translation>
    </message>
    <message>
        <source>Re&amp;open cycle</source>
        <translation>Otwórz &amp;ponownie cykl</translation>
    </message>
    <message>
        <source>Ca&amp;rry over…</source>
        <translation>P&amp;rzenieś…</translation>
    </message>
    <message>
        <source>Copy unfinished key results into the next cycle</source>
        <translation>Skopiuj niedokończone kluczowe rezultaty do następnego cyklu</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;Cykl:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Zespół:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>No objectives in this cycle yet. Write one with New objective (Ctrl+N), or start from an example with From template… (Ctrl+Shift+T).</source>
        <translation>Brak celów w tym cyklu. Dodaj cel poleceniem Nowy cel (Ctrl+N) albo zacznij od przykładu: Z szablonu… (Ctrl+Shift+T).</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Inicjatywy</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Side &amp;panel</source>
        <translation>Panel &amp;boczny</translation>
    </message>
    <message>
        <source>Show or hide the details, history, initiatives and KPIs beside the tree</source>
        <translation>Pokaż lub ukryj szczegóły, historię, inicjatywy i KPI obok drzewa</translation>
    </message>
    <message>
        <source> (closed)</source>
        <translation> (zamknięty)</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>No cycle yet: start one from the File menu.</source>
        <translation>Brak cyklu: rozpocznij go z menu Plik.</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Wszystkie zespoły</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wszyscy właściciele</translation>
    </message>
</context>
<context>
    <name>OkrTemplates</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Inżynieria</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <source>Customer success</source>
        <translation>Obsługa klienta</translation>
    </message>
    <message>
        <source>SaaS</source>
        <translation>SaaS</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Mała firma</translation>
    </message>
</context>
<context>
    <name>OkrTreeModel</name>
    <message>
        <source>The target is reached.</source>
        <translation>Wartość docelowa osiągnięta.</translation>
    </message>
    <message>
        <source>No check-in yet.</source>
        <translation>Brak aktualizacji.</translation>
    </message>
    <message>
        <source>No check-in for {days} days (more than {limit}).</source>
        <translation>Brak aktualizacji od {days} dni (ponad {limit}).</translation>
    </message>
    <message>
        <source>Behind pace by {gap} (more than {limit}).</source>
        <translation>Opóźnienie względem tempa: {gap} (ponad {limit}).</translation>
    </message>
    <message>
        <source>Confidence {confidence} ({limit} or less).</source>
        <translation>Pewność {confidence} ({limit} lub mniej).</translation>
    </message>
    <message>
        <source>Within {limit} of the pace.</source>
        <translation>W granicach {limit} od tempa.</translation>
    </message>
    <message>
        <source>The latest value is outside its range (limit {limit}).</source>
        <translation>Ostatnia wartość jest poza zakresem (granica {limit}).</translation>
    </message>
    <message>
        <source>The latest value is inside its range (limit {limit}).</source>
        <translation>Ostatnia wartość mieści się w zakresie (granica {limit}).</translation>
    </message>
    <message>
        <source>Inside its range at the cycle&apos;s end.</source>
        <translation>W zakresie na koniec cyklu.</translation>
    </message>
    <message>
        <source>Not done by its due date, {due}.</source>
        <translation>Niewykonane w terminie ({due}).</translation>
    </message>
    <message>
        <source>Not done yet; due {due}.</source>
        <translation>Jeszcze niewykonane; termin {due}.</translation>
    </message>
    <message>
        <source>{count} objectives for this team in this cycle: more than 5 spreads it thin.</source>
        <translation>Celów tego zespołu w tym cyklu: {count}; ponad 5 rozprasza uwagę.</translation>
    </message>
    <message>
        <source>{count} key results: fewer than 2 cannot show the objective is met.</source>
        <translation>Kluczowe rezultaty: {count}; mniej niż 2 nie pokażą, że cel został osiągnięty.</translation>
    </message>
    <message>
        <source>{count} key results: more than 5 — focus on the few that matter.</source>
        <translation>Kluczowe rezultaty: {count}; ponad 5 — skup się na kilku najważniejszych.</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <extracomment>A title was edited in place: (ObjectiveNode or KeyResultNode, new title). The model does not change itself; the screen makes the edit an undoable command and reloads. An item was dropped: (dragged node, target node, row before which it landed or -1). As with titles, the screen turns it into an undoable move and reloads.</extracomment>
        <translation>Cel / kluczowy rezultat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Pewność</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Aktualizacja</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>{n} objective</source>
        <translation>{n} cel</translation>
    </message>
    <message>
        <source>{n} objectives</source>
        <translation>cele: {n}</translation>
    </message>
    <message>
        <source>{n} key result</source>
        <translation>{n} kluczowy rezultat</translation>
    </message>
    <message>
        <source>{n} key results</source>
        <translation>kluczowe rezultaty: {n}</translation>
    </message>
    <message>
        <source>{n} initiative</source>
        <translation>{n} inicjatywa</translation>
    </message>
    <message>
        <source>{n} initiatives</source>
        <translation>inicjatywy: {n}</translation>
    </message>
    <message>
        <source>{n} experiment</source>
        <translation>{n} eksperyment</translation>
    </message>
    <message>
        <source>{n} experiments</source>
        <translation>eksperymenty: {n}</translation>
    </message>
    <message>
        <source>{n} experiment task</source>
        <translation>{n} zadanie eksperymentu</translation>
    </message>
    <message>
        <source>{n} experiment tasks</source>
        <translation>zadania eksperymentów: {n}</translation>
    </message>
    <message>
        <source>{n} person</source>
        <translation>{n} osoba</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>osoby: {n}</translation>
    </message>
    <message>
        <source>{n} KPI</source>
        <translation>{n} KPI</translation>
    </message>
    <message>
        <source>{n} KPIs</source>
        <translation>KPI: {n}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>{items} i {last}</translation>
    </message>
    <message>
        <source>People and teams</source>
        <translation>Osoby i zespoły</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>&amp;Dodaj zespół…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Zmień &amp;nazwę…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Dodaj &amp;osobę…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Zespoły</translation>
    </message>
    <message>
        <source>P&amp;eople</source>
        <translation>Osob&amp;y</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nowy zespół</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Zmień nazwę zespołu</translation>
    </message>
    <message>
        <source>{name} has {things}; they will have no team. Delete?</source>
        <translation>Do zespołu {name} należą: {things}; zostaną bez zespołu. Usunąć?</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edytuj osobę</translation>
    </message>
    <message>
        <source>{name} owns {things}; they will have no owner. Delete?</source>
        <translation>Do osoby {name} należą: {things}; zostaną bez właściciela. Usunąć?</translation>
    </message>
    <message>
        <source>Edit → Undo puts everything back.</source>
        <translation>Edycja → Cofnij przywraca wszystko.</translation>
    </message>
</context>
<context>
    <name>PeopleEditors</name>
    <message>
        <source>Give a name.</source>
        <translation>Podaj nazwę.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Nazwa ma ponad 100 znaków.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>To nie jest adres e-mail.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>Adres e-mail jest za długi.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
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
        <translation>{rate}  (brak porównania)</translation>
    </message>
    <message>
        <source>{rate}  {change}  ({p}, noise)</source>
        <translation>{rate}  {change}  ({p}, szum)</translation>
    </message>
    <message>
        <source>{arrow} {rate}  {change}  ({p}, significant)</source>
        <translation>{arrow} {rate}  {change}  ({p}, istotne)</translation>
    </message>
    <message>
        <source>{to} of {n} now; {base_to} of {base_n} before</source>
        <translation>teraz {to} z {n}; wcześniej {base_to} z {base_n}</translation>
    </message>
    <message>
        <source>the week before</source>
        <translation>poprzedniego tygodnia</translation>
    </message>
    <message numerus="yes">
        <source>the mean of the %n weeks before</source>
        <translation>
            <numerusform>średniej z %n poprzedniego tygodnia</numerusform>
            <numerusform>średniej z %n poprzednich tygodni</numerusform>
            <numerusform>średniej z %n poprzednich tygodni</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Tydzień od {day}</translation>
    </message>
    <message>
        <source>{current_mark} {current} against {baseline_mark} {baseline}</source>
        <translation>{current_mark} {current} względem {baseline_mark} {baseline}</translation>
    </message>
    <message>
        <source>Change of each step</source>
        <translation>Zmiana na każdym kroku</translation>
    </message>
    <message>
        <source>No weeks to compare yet</source>
        <translation>Brak tygodni do porównania</translation>
    </message>
    <message>
        <source>A funnel needs two stages to compare steps</source>
        <translation>Do porównania kroków lejek potrzebuje dwóch etapów</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Bez zespołu</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Zespół:</translation>
    </message>
    <message>
        <source>There is already someone called “{name}”.</source>
        <translation>Osoba o nazwie „{name}” już istnieje.</translation>
    </message>
</context>
<context>
    <name>PlanWeekDialog</name>
    <message>
        <source>Plan {code} for a week</source>
        <translation>Zaplanuj {code} na tydzień</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>Eksperyment:</translation>
    </message>
    <message>
        <source>&amp;Day 1:</source>
        <translation>&amp;Dzień 1:</translation>
    </message>
    <message>
        <source>Runs {days} days, to {date}; the day tasks are made from the template.</source>
        <translation>Trwa {days} dni, do {date}; zadania na poszczególne dni powstają z szablonu.</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Funnel: conversion trend</source>
        <translation>Lejek: trend konwersji</translation>
    </message>
    <message>
        <source>Objectives against the pace</source>
        <translation>Cele względem tempa</translation>
    </message>
    <message>
        <source>Funnel steps, week against week</source>
        <translation>Kroki lejka, tydzień do tygodnia</translation>
    </message>
    <message>
        <source>Experiments: control and variant</source>
        <translation>Eksperymenty: kontrola i wariant</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>okrdesk — presentation</source>
        <translation>okrdesk — prezentacja</translation>
    </message>
    <message>
        <source>← → move · Home, End · Esc leaves</source>
        <translation>← → przejście · Home, End · Esc wyjście</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Brak treści do prezentacji</translation>
    </message>
    <message>
        <source>{page} / {count}</source>
        <translation>{page} / {count}</translation>
    </message>
    <message>
        <source>Preparing the presentation</source>
        <translation>Przygotowywanie prezentacji</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Week of</source>
        <translation>Tydzień od</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
</context>
<context>
    <name>RecordCheckInCommand</name>
    <message>
        <source>Check-in of {title}</source>
        <translation>Aktualizacja: {title}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>&amp;Add variant</source>
        <translation>&amp;Dodaj wariant</translation>
    </message>
    <message>
        <source>&amp;Remove arm</source>
        <translation>&amp;Usuń grupę</translation>
    </message>
    <message>
        <source>Make c&amp;ontrol</source>
        <translation>Ustaw jako &amp;kontrolę</translation>
    </message>
    <message>
        <source>Take from f&amp;unnel data</source>
        <translation>Pobierz z danych &amp;lejka</translation>
    </message>
    <message>
        <source>Visitors and conversions per variant from the funnel&apos;s weekly counts.</source>
        <translation>Odwiedzający i konwersje każdego wariantu z tygodniowych liczb lejka.</translation>
    </message>
    <message>
        <source>No results yet. Add the control and the variant, then type the visitors and conversions of each, or take them from the funnel data.</source>
        <translation>Brak wyników. Dodaj kontrolę i wariant, a potem wpisz odwiedzających i konwersje każdego z nich albo pobierz je z danych lejka.</translation>
    </message>
    <message>
        <source>Choose an experiment to see its results.</source>
        <translation>Wybierz eksperyment, aby zobaczyć jego wyniki.</translation>
    </message>
    <message>
        <source>no funnel step</source>
        <translation>brak kroku lejka</translation>
    </message>
    <message>
        <source>Results of {code} · {title} · {step}</source>
        <translation>Wyniki {code} · {title} · {step}</translation>
    </message>
    <message>
        <source>The funnel data has these variants: {names}.</source>
        <translation>Dane lejka zawierają te warianty: {names}.</translation>
    </message>
    <message>
        <source>Day {day} of {days}: the test runs until {last}. Until then a difference reads “leading” or “trailing”, unless it is clear enough for a test that stays honest however often you look.</source>
        <translation>Dzień {day} z {days}: test trwa do {last}. Do tego czasu różnica jest opisywana jako „prowadzi” lub „z tyłu”, chyba że jest na tyle wyraźna, by przejść test, który pozostaje rzetelny bez względu na to, jak często się go sprawdza.</translation>
    </message>
    <message>
        <source>{arm}: {share} reached SQL</source>
        <translation>{arm}: {share} doszło do SQL</translation>
    </message>
    <message>
        <source>, average deal {amount}</source>
        <translation>, średnia transakcja {amount}</translation>
    </message>
    <message>
        <source>Lead quality (Day 6): {arms}.</source>
        <translation>Jakość leadów (dzień 6): {arms}.</translation>
    </message>
    <message>
        <source>Each arm&apos;s rate, with its 95 % interval</source>
        <translation>Wskaźnik każdej grupy z przedziałem 95 %</translation>
    </message>
    <message>
        <source>&amp;Add control and variant</source>
        <translation>Dodaj kontrolę i &amp;wariant</translation>
    </message>
    <message>
        <source>Edit results</source>
        <translation>Edytuj wyniki</translation>
    </message>
    <message>
        <source>{arm}: every arm needs a name of its own.</source>
        <translation>{arm}: każda grupa potrzebuje własnej nazwy.</translation>
    </message>
    <message>
        <source>{arm}: visitors must be a whole number, 0 or more.</source>
        <translation>{arm}: liczba odwiedzających musi być liczbą całkowitą, 0 lub więcej.</translation>
    </message>
    <message>
        <source>{arm}: more conversions than visitors.</source>
        <translation>{arm}: więcej konwersji niż odwiedzających.</translation>
    </message>
    <message>
        <source>{arm}: more SQLs than conversions.</source>
        <translation>{arm}: więcej SQL niż konwersji.</translation>
    </message>
    <message>
        <source>{arm}: the average deal value must be 0 or more.</source>
        <translation>{arm}: średnia wartość transakcji musi wynosić 0 lub więcej.</translation>
    </message>
    <message>
        <source>Exactly one arm must be the control.</source>
        <translation>Dokładnie jedna grupa musi być kontrolą.</translation>
    </message>
    <message>
        <source>{arm}: {reason}</source>
        <translation>{arm}: {reason}</translation>
    </message>
    <message>
        <source>control</source>
        <translation>kontrola</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>wariant</translation>
    </message>
    <message>
        <source>Add control and variant</source>
        <translation>Dodaj kontrolę i wariant</translation>
    </message>
    <message>
        <source>variant {number}</source>
        <translation>wariant {number}</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Dodaj {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Usuń {name}</translation>
    </message>
    <message>
        <source>Make {name} the control</source>
        <translation>Ustaw {name} jako kontrolę</translation>
    </message>
    <message>
        <source>The funnel data has no variants on this step during the experiment.</source>
        <translation>Dane lejka nie mają wariantów na tym kroku w czasie eksperymentu.</translation>
    </message>
    <message>
        <source>Take results from funnel data</source>
        <translation>Pobierz wyniki z danych lejka</translation>
    </message>
</context>
<context>
    <name>RevenueBlock</name>
    <message>
        <source>Revenue key result</source>
        <translation>Kluczowy rezultat przychodu</translation>
    </message>
    <message>
        <source>Revenue booked in the funnel this cycle</source>
        <translation>Przychód zaksięgowany w lejku w tym cyklu</translation>
    </message>
    <message>
        <source>CAC this cycle</source>
        <translation>CAC w tym cyklu</translation>
    </message>
    <message>
        <source>Objectives at cycle end, forecast</source>
        <translation>Cele na koniec cyklu (prognoza)</translation>
    </message>
    <message>
        <source>No key result of this cycle counts money that grows.</source>
        <translation>Żaden kluczowy rezultat tego cyklu nie mierzy rosnącej kwoty pieniędzy.</translation>
    </message>
    <message>
        <source>Revenue against its target</source>
        <translation>Przychód względem wartości docelowej</translation>
    </message>
    <message>
        <source>Revenue against its target; {expected} expected by now</source>
        <translation>Przychód względem wartości docelowej; oczekiwano dotąd {expected}</translation>
    </message>
    <message>
        <source>No spend or revenue in the funnel yet.</source>
        <translation>Brak wydatków i przychodów w lejku.</translation>
    </message>
    <message>
        <source>{first} to {last}, {funnel}</source>
        <translation>Od {first} do {last}, {funnel}</translation>
    </message>
    <message>
        <source>{spend} spent for {deals} deals; last full week {week_cac}</source>
        <translation>Wydano {spend} na transakcje ({deals}); ostatni pełny tydzień: {week_cac}</translation>
    </message>
    <message>
        <source>Now {now}, expected {expected}</source>
        <translation>Teraz {now}, oczekiwano {expected}</translation>
    </message>
    <message>
        <source>Too few check-ins for a forecast.</source>
        <translation>Za mało aktualizacji do prognozy.</translation>
    </message>
    <message>
        <source>Target {target}: {progress} done, {expected} expected</source>
        <translation>Wartość docelowa {target}: wykonano {progress}, oczekiwano {expected}</translation>
    </message>
</context>
<context>
    <name>ReviewBrief</name>
    <message>
        <source>{points} behind pace</source>
        <translation>{points} poniżej tempa</translation>
    </message>
    <message>
        <source>confidence {confidence} of 10</source>
        <translation>pewność {confidence} na 10</translation>
    </message>
    <message>
        <source>no check-in yet</source>
        <translation>brak aktualizacji</translation>
    </message>
    <message>
        <source>no check-in for {days} days</source>
        <translation>brak aktualizacji od {days} dni</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>wartość docelowa osiągnięta</translation>
    </message>
    <message>
        <source>outside its range</source>
        <translation>poza zakresem</translation>
    </message>
    <message>
        <source>inside its range</source>
        <translation>w zakresie</translation>
    </message>
    <message>
        <source>inside its range at the cycle&apos;s end</source>
        <translation>w zakresie na koniec cyklu</translation>
    </message>
    <message>
        <source>not done by its due date</source>
        <translation>niewykonane w terminie</translation>
    </message>
    <message>
        <source>not done yet, before its due date</source>
        <translation>jeszcze niewykonane, przed terminem</translation>
    </message>
    <message>
        <source>{progress} done</source>
        <translation>wykonano {progress}</translation>
    </message>
    <message>
        <source>Week of {day}.</source>
        <translation>Tydzień od {day}.</translation>
    </message>
    <message>
        <source>No cycle covers this week.</source>
        <translation>Żaden cykl nie obejmuje tego tygodnia.</translation>
    </message>
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done</source>
        <translation>{cycle}: minęło {expected} cyklu; cele wykonane w {progress}</translation>
    </message>
    <message>
        <source>{count} {status}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <source>Key results: {counts} (of {total}).</source>
        <translation>Kluczowe rezultaty: {counts} (z {total}).</translation>
    </message>
    <message>
        <source>{title} ({why})</source>
        <translation>{title} ({why})</translation>
    </message>
    <message>
        <source>Behind: {named}, and {more} more.</source>
        <translation>Opóźnione: {named} i jeszcze {more}.</translation>
    </message>
    <message>
        <source>Behind: {named}.</source>
        <translation>Opóźnione: {named}.</translation>
    </message>
    <message>
        <source>Needs an update: {titles}.</source>
        <translation>Wymagają aktualizacji: {titles}.</translation>
    </message>
    <message>
        <source>, on pace</source>
        <translation>, zgodnie z tempem</translation>
    </message>
    <message>
        <source>, behind pace</source>
        <translation>, poniżej tempa</translation>
    </message>
    <message>
        <source>, ahead of pace</source>
        <translation>, powyżej tempa</translation>
    </message>
    <message>
        <source>Funnel: no step moved beyond noise this week (two-proportion test, p &lt; 0.05).</source>
        <translation>Lejek: w tym tygodniu żaden krok nie zmienił się ponad szum (test dwóch proporcji, p &lt; 0,05).</translation>
    </message>
    <message>
        <source>{step_from} → {step_to} {before} → {now} ({change}, {p})</source>
        <translation>{step_from} → {step_to} {before} → {now} ({change}, {p})</translation>
    </message>
    <message>
        <source>Funnel: 1 significant change: {named}.</source>
        <translation>Lejek: 1 istotna zmiana: {named}.</translation>
    </message>
    <message>
        <source>Funnel: {count} significant changes: {named}.</source>
        <translation>Lejek: istotne zmiany ({count}): {named}.</translation>
    </message>
    <message>
        <source>Experiments: none ended or running this week.</source>
        <translation>Eksperymenty: w tym tygodniu żaden się nie zakończył ani nie trwał.</translation>
    </message>
    <message>
        <source>Next step: no experiment is planned; pick one from the backlog.</source>
        <translation>Następny krok: brak zaplanowanego eksperymentu; wybierz go z listy pomysłów.</translation>
    </message>
    <message>
        <source>Proposed next step: {code} ({title}), starting {day}.</source>
        <translation>Proponowany następny krok: {code} ({title}), start {day}.</translation>
    </message>
    <message>
        <source>Proposed next step: {code} ({title}).</source>
        <translation>Proponowany następny krok: {code} ({title}).</translation>
    </message>
    <message>
        <source>Next step: {code} ({title}), starting {day}.</source>
        <translation>Następny krok: {code} ({title}), start {day}.</translation>
    </message>
    <message>
        <source>Next step: {code} ({title}).</source>
        <translation>Następny krok: {code} ({title}).</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} i {last}</translation>
    </message>
    <message>
        <source> although the test had only {power} power for the planned {mde}, so the effect is likely smaller than measured</source>
        <translation> – choć test miał moc tylko {power} dla planowanego efektu {mde}, więc efekt jest zapewne mniejszy niż zmierzony</translation>
    </message>
    <message>
        <source> ({change}, {p}, always-valid {always_valid_p})</source>
        <translation> ({change}, {p}, zawsze ważne {always_valid_p})</translation>
    </message>
    <message>
        <source>{code} ({title}) ended</source>
        <translation>{code} ({title}) zakończony</translation>
    </message>
    <message>
        <source>{code} ({title}) is running</source>
        <translation>{code} ({title}) trwa</translation>
    </message>
    <message>
        <source>{head}; no results entered yet.</source>
        <translation>{head}; nie wprowadzono jeszcze wyników.</translation>
    </message>
    <message>
        <source>; decision: {decision}</source>
        <translation>; decyzja: {decision}</translation>
    </message>
    <message>
        <source>{metric} {control} in control, {variant} in the variant</source>
        <translation>{metric}: {control} w kontroli, {variant} w wariancie</translation>
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
        <translation>{head}: {metric}: {control} w kontroli; {variants}{decision}. Werdykty z poprawką Holma dla wariantów: {count}.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Ended</source>
        <translation>Zakończony</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>W toku</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <source>Weekly review</source>
        <translation>Przegląd tygodnia</translation>
    </message>
    <message>
        <source>What moved and why, what the experiment showed, what changes next week.</source>
        <translation>Co się zmieniło i dlaczego, co pokazał eksperyment, co zmieniamy w przyszłym tygodniu.</translation>
    </message>
    <message>
        <source>The week before (Alt+Left)</source>
        <translation>Poprzedni tydzień (Alt+Left)</translation>
    </message>
    <message>
        <source>The week after (Alt+Right)</source>
        <translation>Następny tydzień (Alt+Right)</translation>
    </message>
    <message>
        <source>Reviewed weeks; those with a saved meeting are marked</source>
        <translation>Przeglądane tygodnie; oznaczone są te z zapisanym spotkaniem</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Write this review as PDF, HTML or Markdown</source>
        <translation>Zapisz ten przegląd jako PDF, HTML lub Markdown</translation>
    </message>
    <message>
        <source>Review written to {path}</source>
        <translation>Przegląd zapisano w {path}</translation>
    </message>
    <message>
        <source>{label} · {first} – {last}</source>
        <translation>{label} · {first} – {last}</translation>
    </message>
    <message>
        <source>{week} · reviewed</source>
        <translation>{week} · po przeglądzie</translation>
    </message>
    <message>
        <source>No experiment chosen</source>
        <translation>Nie wybrano eksperymentu</translation>
    </message>
    <message>
        <source>{code} — {title} ({status})</source>
        <translation>{code} — {title} ({status})</translation>
    </message>
    <message>
        <source>, starting {day}</source>
        <translation>, start {day}</translation>
    </message>
    <message>
        <source>The data proposes {code} — {title}{when}. Choose it to decide.</source>
        <translation>Dane proponują {code} — {title}{when}. Wybierz go, aby zdecydować.</translation>
    </message>
    <message>
        <source>Nothing is planned: pick an idea from the backlog or create one.</source>
        <translation>Nic nie zaplanowano: wybierz pomysł z listy albo utwórz nowy.</translation>
    </message>
    <message>
        <source>Edited by hand; the export uses this text.</source>
        <translation>Edytowane ręcznie; eksport używa tego tekstu.</translation>
    </message>
    <message>
        <source>Written from this week&apos;s numbers.</source>
        <translation>Utworzone na podstawie liczb z tego tygodnia.</translation>
    </message>
    <message>
        <source>Edit the brief of {week}</source>
        <translation>Edytuj podsumowanie: {week}</translation>
    </message>
    <message>
        <source>Edit the decisions of {week}</source>
        <translation>Edytuj decyzje: {week}</translation>
    </message>
    <message>
        <source>Edit the notes of {week}</source>
        <translation>Edytuj notatki: {week}</translation>
    </message>
    <message>
        <source>Choose next week&apos;s experiment in {week}</source>
        <translation>Wybierz eksperyment na następny tydzień: {week}</translation>
    </message>
    <message>
        <source>Rewrite the brief of {week} from data</source>
        <translation>Utwórz podsumowanie {week} z danych</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>&amp;Change the settings</source>
        <translation>Z&amp;mień ustawienia</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Anulowano: nic nie zaimportowano.</translation>
    </message>
</context>
<context>
    <name>SaveSettingsCommand</name>
    <message>
        <source>Change workspace settings</source>
        <translation>Zmień ustawienia obszaru roboczego</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Give the workspace a name.</source>
        <translation>Podaj nazwę obszaru roboczego.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Nazwa ma ponad 200 znaków.</translation>
    </message>
    <message>
        <source>Off track must be further behind pace than at risk.</source>
        <translation>Próg „poza planem” musi oznaczać większe opóźnienie niż próg „zagrożony”.</translation>
    </message>
    <message>
        <source>Off track must be a lower confidence than at risk.</source>
        <translation>Próg pewności „poza planem” musi być niższy niż próg „zagrożony”.</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Ustawienia obszaru roboczego</translation>
    </message>
    <message>
        <source>{code} ({symbol})</source>
        <translation>{code} ({symbol})</translation>
    </message>
    <message>
        <source>(add people first)</source>
        <translation>(najpierw dodaj osoby)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Obszar roboczy</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <source>&amp;Weeks start on:</source>
        <translation>&amp;Tydzień zaczyna się w:</translation>
    </message>
    <message>
        <source>&amp;Me on this computer:</source>
        <translation>&amp;Ja na tym komputerze:</translation>
    </message>
    <message>
        <source>Check-ins, decisions and key-result changes made here are signed with it.</source>
        <translation>Aktualizacje, decyzje i zmiany kluczowych rezultatów wprowadzone tutaj są podpisywane tą osobą.</translation>
    </message>
    <message>
        <source>Status of key results</source>
        <translation>Status kluczowych rezultatów</translation>
    </message>
    <message>
        <source>Gaps are shares of the way from start to target: {gap} means {share} behind the pace that the cycle&apos;s elapsed days ask for. Confidence is the 0–10 of check-ins.</source>
        <translation>Opóźnienia to części drogi od wartości początkowej do docelowej: {gap} oznacza {share} poniżej tempa wynikającego z dni, które minęły w cyklu. Pewność to ocena 0–10 z aktualizacji.</translation>
    </message>
    <message>
        <source>&amp;At risk when behind pace by more than:</source>
        <translation>&amp;Zagrożony przy opóźnieniu ponad:</translation>
    </message>
    <message>
        <source>&amp;Off track when behind pace by more than:</source>
        <translation>&amp;Poza planem przy opóźnieniu ponad:</translation>
    </message>
    <message>
        <source>At risk at con&amp;fidence of at most:</source>
        <translation>Zagrożony przy p&amp;ewności najwyżej:</translation>
    </message>
    <message>
        <source>Off track at confi&amp;dence of at most:</source>
        <translation>Poza planem przy pewnośc&amp;i najwyżej:</translation>
    </message>
    <message>
        <source>Needs an &amp;update after:</source>
        <translation>Wymaga a&amp;ktualizacji po:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Con&amp;version window of a cohort:</source>
        <translation>&amp;Okno konwersji kohorty:</translation>
    </message>
</context>
<context>
    <name>SourceBreakdown</name>
    <message>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Koszt leada</translation>
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
        <translation>Słupki pokazują</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Wszystkie źródła</translation>
    </message>
</context>
<context>
    <name>SourceBreakdownModel</name>
    <message>
        <source>Leads</source>
        <translation>Leady</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>{first} → {deal}</source>
        <translation>{first} → {deal}</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Wydatki</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Koszt leada</translation>
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
        <translation>Nieokreślone: brak dzielnika</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(bez źródła)</translation>
    </message>
</context>
<context>
    <name>SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularze</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Tydzień wcześniej</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(bez źródła)</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Ostatni tydzień</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Tydzień wcześniej</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Beyond noise?</source>
        <translation>Ponad szum?</translation>
    </message>
    <message>
        <source>{start} → {end}</source>
        <translation>{start} → {end}</translation>
    </message>
    <message>
        <source>{to} of {of}</source>
        <translation>{to} z {of}</translation>
    </message>
    <message>
        <source>Yes, {p}</source>
        <translation>Tak, {p}</translation>
    </message>
    <message>
        <source>No, {p}</source>
        <translation>Nie, {p}</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>What is to be done that day</source>
        <translation>Co trzeba zrobić tego dnia</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Zadanie:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
</context>
<context>
    <name>TaskLine</name>
    <message>
        <source>Edit task…</source>
        <translation>Edytuj zadanie…</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Usuń zadanie</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Eksperyment</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Day {day}, {date}</source>
        <translation>Dzień {day}, {date}</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>There is already a team called “{name}”.</source>
        <translation>Zespół o nazwie „{name}” już istnieje.</translation>
    </message>
</context>
<context>
    <name>TeamsModel</name>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New objective from template</source>
        <translation>Nowy cel z szablonu</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Wszystkie zespoły</translation>
    </message>
    <message>
        <source>Any business</source>
        <translation>Dowolna firma</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Bez zespołu</translation>
    </message>
    <message>
        <source>Nobody yet: type a name</source>
        <translation>Jeszcze nikogo: wpisz imię i nazwisko</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Cykl:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>&amp;Zespół:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>Owns the objective and its three key results</source>
        <translation>Właściciel celu i jego trzech kluczowych rezultatów</translation>
    </message>
    <message>
        <source>&amp;Create objective</source>
        <translation>&amp;Utwórz cel</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Kluczowe rezultaty</translation>
    </message>
    <message>
        <source>Choose a template to see its key results.</source>
        <translation>Wybierz szablon, aby zobaczyć jego kluczowe rezultaty.</translation>
    </message>
    <message>
        <source>{team} · {flavour}</source>
        <translation>{team} · {flavour}</translation>
    </message>
    <message>
        <source>Increase from {start} to {target}</source>
        <translation>Zwiększ z {start} do {target}</translation>
    </message>
    <message>
        <source>Decrease from {start} to {target}</source>
        <translation>Zmniejsz z {start} do {target}</translation>
    </message>
    <message>
        <source>Stay at or above {target} (now {start})</source>
        <translation>Utrzymaj na poziomie {target} lub wyżej (teraz {start})</translation>
    </message>
    <message>
        <source>Stay at or below {target} (now {start})</source>
        <translation>Utrzymaj na poziomie {target} lub niżej (teraz {start})</translation>
    </message>
    <message>
        <source>Done or not done</source>
        <translation>Wykonane lub nie</translation>
    </message>
</context>
<context>
    <name>WeekBoard</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Poprzedni tydzień</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>&amp;Następny tydzień ▶</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Ten tydzień</translation>
    </message>
    <message>
        <source>Click to show that week; drop an experiment to move it.</source>
        <translation>Kliknij, aby pokazać ten tydzień; upuść eksperyment, aby go przenieść.</translation>
    </message>
    <message>
        <source>Week {week}: {first} – {last}</source>
        <translation>Tydzień {week}: {first} – {last}</translation>
    </message>
    <message>
        <source>Day {number}
{weekday} {date}</source>
        <translation>Dzień {number}
{weekday} {date}</translation>
    </message>
    <message>
        <source>No experiment this week. Plan an idea from the backlog for this week, or move one here: in its own week, drag its card onto “Previous week” or “Next week”.</source>
        <translation>Brak eksperymentu w tym tygodniu. Zaplanuj na ten tydzień pomysł z listy albo przenieś tu eksperyment: w jego tygodniu przeciągnij kartę na „Poprzedni tydzień” lub „Następny tydzień”.</translation>
    </message>
    <message>
        <source>{codes} change the same step ({step}) this week: test one variable at a time, or the results cannot say which change did it.</source>
        <translation>{codes} zmieniają ten sam krok ({step}) w tym tygodniu: testuj jedną zmienną naraz, inaczej wyniki nie pokażą, która zmiana zadziałała.</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Edytuj zadanie</translation>
    </message>
    <message>
        <source>New task on Day {day}</source>
        <translation>Nowe zadanie na dzień {day}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to okrdesk</source>
        <translation>Witamy w okrdesk</translation>
    </message>
    <message>
        <source>Objectives and key results with weekly check-ins, one growth experiment a week, and your sales funnel week by week — all in one file on this computer.</source>
        <translation>Cele i kluczowe rezultaty z cotygodniowymi aktualizacjami, jeden eksperyment wzrostowy tygodniowo i lejek sprzedaży tydzień po tygodniu — wszystko w jednym pliku na tym komputerze.</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>Otwórz demo</translation>
    </message>
    <message>
        <source>Explore a realistic quarter of a small B2B team.</source>
        <translation>Poznaj realistyczny kwartał małego zespołu B2B.</translation>
    </message>
    <message>
        <source>Start a new cycle</source>
        <translation>Rozpocznij nowy cykl</translation>
    </message>
    <message>
        <source>Set up this quarter and write your first objectives.</source>
        <translation>Ustaw ten kwartał i zapisz pierwsze cele.</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Otwórz plik…</translation>
    </message>
    <message>
        <source>Open a workspace you or a colleague saved before.</source>
        <translation>Otwórz obszar roboczy zapisany wcześniej przez ciebie lub współpracownika.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Done</source>
        <translation>Osiągnięty</translation>
    </message>
    <message>
        <source>done</source>
        <translation>osiągnięte</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Zgodnie z planem</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>zgodnie z planem</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Zagrożony</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>zagrożone</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Poza planem</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>poza planem</translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation>Wymaga aktualizacji</translation>
    </message>
    <message>
        <source>needs update</source>
        <translation>wymaga aktualizacji</translation>
    </message>
    <message>
        <source>Scaled</source>
        <translation>Wdrożony</translation>
    </message>
    <message>
        <source>scaled</source>
        <translation>wdrożony</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Wycofany</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>wycofany</translation>
    </message>
    <message>
        <source>Iterate</source>
        <translation>Do poprawy</translation>
    </message>
    <message>
        <source>iterate</source>
        <translation>do poprawy</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Bez rozstrzygnięcia</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>bez rozstrzygnięcia</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Pomysł</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>pomysł</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Zaplanowany</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>zaplanowany</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>running</source>
        <translation>w toku</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analiza</translation>
    </message>
    <message>
        <source>analysing</source>
        <translation>analiza</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Po decyzji</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>po decyzji</translation>
    </message>
    <message>
        <source>Variant wins</source>
        <translation>Wariant wygrywa</translation>
    </message>
    <message>
        <source>the variant wins</source>
        <translation>wariant wygrywa</translation>
    </message>
    <message>
        <source>Variant loses</source>
        <translation>Wariant przegrywa</translation>
    </message>
    <message>
        <source>the variant loses</source>
        <translation>wariant przegrywa</translation>
    </message>
    <message>
        <source>Leading, not conclusive</source>
        <translation>Prowadzi, bez rozstrzygnięcia</translation>
    </message>
    <message>
        <source>the variant is leading, not conclusive</source>
        <translation>wariant prowadzi, bez rozstrzygnięcia</translation>
    </message>
    <message>
        <source>Trailing, not conclusive</source>
        <translation>Z tyłu, bez rozstrzygnięcia</translation>
    </message>
    <message>
        <source>the variant is trailing, not conclusive</source>
        <translation>wariant jest z tyłu, bez rozstrzygnięcia</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>Brak różnicy</translation>
    </message>
    <message>
        <source>no difference beyond noise</source>
        <translation>brak różnicy ponad szum</translation>
    </message>
    <message>
        <source>Not enough data yet</source>
        <translation>Jeszcze za mało danych</translation>
    </message>
    <message>
        <source>not enough data yet</source>
        <translation>jeszcze za mało danych</translation>
    </message>
    <message>
        <source>Split off plan</source>
        <translation>Podział niezgodny z planem</translation>
    </message>
    <message>
        <source>the split is off plan (sample ratio mismatch)</source>
        <translation>podział niezgodny z planem (niezgodność proporcji próby, SRM)</translation>
    </message>
</context>
<context>
    <name>WorkspaceFiles</name>
    <message>
        <source>{file} is not an okrdesk workspace: it is not a database.</source>
        <translation>{file} nie jest obszarem roboczym okrdesk: to nie jest baza danych.</translation>
    </message>
    <message>
        <source>{file} is another program&apos;s database, not an okrdesk workspace.</source>
        <translation>{file} to baza danych innego programu, a nie obszar roboczy okrdesk.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of okrdesk. Update okrdesk to open it.</source>
        <translation>{file} utworzono w nowszej wersji okrdesk. Zaktualizuj okrdesk, aby go otworzyć.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be opened ({reason}). Open a backup copy of it.</source>
        <translation>{file} jest uszkodzony i nie można go otworzyć ({reason}). Otwórz jego kopię zapasową.</translation>
    </message>
    <message>
        <source>{file} was changed outside okrdesk, so it is not opened: okrdesk runs no SQL that a file brings with it ({reason}).</source>
        <translation>{file} zmieniono poza okrdesk, więc nie zostanie otwarty: okrdesk nie wykonuje poleceń SQL zapisanych w pliku ({reason}).</translation>
    </message>
    <message>
        <source>{file} could not be upgraded to this version of okrdesk: {reason}</source>
        <translation>Nie udało się zaktualizować {file} do tej wersji okrdesk: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be opened: {reason}</source>
        <translation>Nie można otworzyć {file}: {reason}</translation>
    </message>
    <message>
        <source>okrdesk workspaces (*.okrdesk);;All files (*)</source>
        <translation>Obszary robocze okrdesk (*.okrdesk);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Nie można otworzyć obszaru roboczego</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Nie można utworzyć obszaru roboczego</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Otwórz obszar roboczy</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nowy obszar roboczy</translation>
    </message>
    <message>
        <source>It is open now.</source>
        <translation>Jest teraz otwarty.</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
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
    <name>Arguments</name>
    <message>
        <source>usage: </source>
        <translation>użycie: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumenty pozycyjne</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opcje</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>wyświetla tę pomoc i kończy działanie</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>wyświetla wersję i kończy działanie</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: błąd: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>wymagane są argumenty: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>nieprawidłowy wybór: %(value)r (do wyboru: %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>nierozpoznane argumenty: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>oczekiwano jednego argumentu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>oczekiwano co najmniej jednego argumentu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>oczekiwano najwyżej jednego argumentu</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nieprawidłowa wartość typu %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>niejednoznaczna opcja: %(option)s pasuje do %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nie można używać razem z argumentem %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>zignorowano jawnie podany argument %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>wymagany jest jeden z argumentów %s</translation>
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
        <translation>Śr. transakcja</translation>
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
    <name>BindingConflicts</name>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metryka</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Etap początkowy</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Etap końcowy</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
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
        <source>The chart could not be encoded as PNG.</source>
        <translation>Nie można zakodować wykresu jako PNG.</translation>
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
    <name>CheckinRules</name>
    <message>
        <source>the value must be a number, not {value}</source>
        <translation>wartość musi być liczbą, a nie {value}</translation>
    </message>
    <message>
        <source>a yes/no key result takes 1 or 0, not {value}</source>
        <translation>kluczowy rezultat typu tak/nie przyjmuje 1 lub 0, a nie {value}</translation>
    </message>
    <message>
        <source>the value {value} is beyond ±{limit}</source>
        <translation>wartość {value} wykracza poza ±{limit}</translation>
    </message>
    <message numerus="yes">
        <source>the value {value} has more than %n decimal(s), which this key result does not take</source>
        <translation>
            <numerusform>wartość {value} ma więcej niż %n miejsce po przecinku, czego ten kluczowy rezultat nie przyjmuje</numerusform>
            <numerusform>wartość {value} ma więcej niż %n miejsca po przecinku, czego ten kluczowy rezultat nie przyjmuje</numerusform>
            <numerusform>wartość {value} ma więcej niż %n miejsc po przecinku, czego ten kluczowy rezultat nie przyjmuje</numerusform>
        </translation>
    </message>
    <message>
        <source>the confidence must be from {low} to {high}, not {confidence}</source>
        <translation>pewność musi wynosić od {low} do {high}, a nie {confidence}</translation>
    </message>
    <message>
        <source>{day} is in the future; a check-in can be dated up to {today}</source>
        <translation>{day} to data z przyszłości; aktualizację można datować najpóźniej na {today}</translation>
    </message>
    <message>
        <source>{day} is before the cycle, which starts on {start}</source>
        <translation>{day} to data przed cyklem, który zaczyna się {start}</translation>
    </message>
    <message>
        <source>{day} is after the cycle, which ends on {end}</source>
        <translation>{day} to data po cyklu, który kończy się {end}</translation>
    </message>
    <message>
        <source>the cycle is closed; it takes no check-ins</source>
        <translation>cykl jest zamknięty; nie przyjmuje aktualizacji</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Offline OKRs, weekly growth experiments and the sales funnel of one team.</source>
        <translation>OKR offline, cotygodniowe eksperymenty wzrostowe i lejek sprzedaży jednego zespołu.</translation>
    </message>
    <message>
        <source>open a freshly built demo workspace</source>
        <translation>otwiera nowo utworzony demonstracyjny obszar roboczy</translation>
    </message>
    <message>
        <source>open a workspace file in the window</source>
        <translation>otwiera plik obszaru roboczego w oknie</translation>
    </message>
    <message>
        <source>quit as soon as the window is shown and idle (smoke tests, benchmarks)</source>
        <translation>kończy działanie, gdy tylko okno się pokaże i będzie bezczynne (testy typu smoke, pomiary wydajności)</translation>
    </message>
    <message>
        <source>build the demo workspace into a new file</source>
        <translation>tworzy demonstracyjny obszar roboczy w nowym pliku</translation>
    </message>
    <message>
        <source>the file to create (it must not exist), or a server&apos;s empty database</source>
        <translation>plik do utworzenia (nie może istnieć) lub pusta baza danych na serwerze</translation>
    </message>
    <message>
        <source>en, pl, hu or ru (or a locale like pl_PL): the demo&apos;s texts and currency (default: the system&apos;s language, as LC_ALL, LC_MESSAGES or LANG name it; English for any other)</source>
        <translation>en, pl, hu lub ru (albo ustawienia regionalne, np. pl_PL): język tekstów i waluta wersji demo (domyślnie: język systemu wskazany przez LC_ALL, LC_MESSAGES lub LANG; dla innych języków angielski)</translation>
    </message>
    <message>
        <source>check a workspace file and count what it holds</source>
        <translation>sprawdza plik obszaru roboczego i liczy, co zawiera</translation>
    </message>
    <message>
        <source>render every section of a workspace to PNG files, offscreen</source>
        <translation>renderuje każdą sekcję obszaru roboczego do plików PNG, bez pokazywania okna</translation>
    </message>
    <message>
        <source>where the PNG files go</source>
        <translation>folder na pliki PNG</translation>
    </message>
    <message>
        <source>the window (and offscreen screen) size, like 1366x768 (default: 1440x900)</source>
        <translation>rozmiar okna (i ekranu wirtualnego), np. 1366x768 (domyślnie: 1440x900)</translation>
    </message>
    <message>
        <source>the screens in this language and its way of writing numbers and dates, like pl_PL (default: the Language setting, else the system&apos;s)</source>
        <translation>ekrany w tym języku, z jego zapisem liczb i dat, np. pl_PL (domyślnie: ustawienie Język, a bez niego język systemu)</translation>
    </message>
    <message>
        <source>write the weekly review of a workspace as PDF, HTML or Markdown</source>
        <translation>zapisuje przegląd tygodnia z obszaru roboczego jako PDF, HTML lub Markdown</translation>
    </message>
    <message>
        <source>the week to review, like 2026-W47 (default: the last full week)</source>
        <translation>tydzień do przeglądu, np. 2026-W47 (domyślnie: ostatni pełny tydzień)</translation>
    </message>
    <message>
        <source>the file to write: FILE.pdf, .html or .md</source>
        <translation>plik do zapisania: FILE.pdf, .html lub .md</translation>
    </message>
    <message>
        <source>numbers and dates as in this locale, like de_DE</source>
        <translation>liczby i daty według tych ustawień regionalnych, np. de_DE</translation>
    </message>
    <message>
        <source>import weekly funnel counts or raw events from a CSV or XLSX file</source>
        <translation>importuje tygodniowe liczby lejka lub surowe zdarzenia z pliku CSV lub XLSX</translation>
    </message>
    <message>
        <source>the CSV or XLSX file to import</source>
        <translation>plik CSV lub XLSX do zaimportowania</translation>
    </message>
    <message>
        <source>the funnel; created if it does not exist</source>
        <translation>lejek; tworzony, jeśli nie istnieje</translation>
    </message>
    <message>
        <source>default: guessed</source>
        <translation>domyślnie: rozpoznawany automatycznie</translation>
    </message>
    <message>
        <source>the file&apos;s COLUMN holds FIELD (week, stage, count, source, variant, spend, revenue, lead_id, timestamp, stage:NAME); repeatable</source>
        <translation>kolumna COLUMN pliku zawiera pole FIELD (week, stage, count, source, variant, spend, revenue, lead_id, timestamp, stage:NAME); można powtarzać</translation>
    </message>
    <message>
        <source>the file&apos;s stage NAME is the funnel&apos;s STAGE (case ignored; NAME= leaves its rows out); repeatable</source>
        <translation>etap NAME w pliku to etap STAGE lejka (wielkość liter bez znaczenia; NAME= pomija jego wiersze); można powtarzać</translation>
    </message>
    <message>
        <source>leave out the rows whose stage is not in the funnel instead of refusing the file</source>
        <translation>pomija wiersze z etapami spoza lejka, zamiast odrzucać plik</translation>
    </message>
    <message>
        <source>default: detected (utf-8, cp1250, cp1251, iso-8859-2…)</source>
        <translation>domyślnie: wykrywane (utf-8, cp1250, cp1251, iso-8859-2…)</translation>
    </message>
    <message>
        <source>like %%d.%%m.%%Y or %%m/%%d/%%Y; default: detected</source>
        <translation>np. %%d.%%m.%%Y lub %%m/%%d/%%Y; domyślnie: wykrywany</translation>
    </message>
    <message>
        <source>the XLSX sheet; default: the first</source>
        <translation>arkusz XLSX; domyślnie: pierwszy</translation>
    </message>
    <message>
        <source>write a funnel&apos;s weekly counts and conversion rates to CSV or XLSX</source>
        <translation>zapisuje tygodniowe liczby i współczynniki konwersji lejka do CSV lub XLSX</translation>
    </message>
    <message>
        <source>the funnel&apos;s name</source>
        <translation>nazwa lejka</translation>
    </message>
    <message>
        <source>the file to write: FILE.csv or .xlsx</source>
        <translation>plik do zapisania: FILE.csv lub .xlsx</translation>
    </message>
    <message>
        <source>build a demo workspace in a temporary folder, open it, render every screen offscreen, write a report and check it; exit 0 when all went well</source>
        <translation>tworzy demonstracyjny obszar roboczy w folderze tymczasowym, otwiera go, renderuje wszystkie ekrany bez ich pokazywania, zapisuje raport i go sprawdza; kod wyjścia 0, gdy wszystko się powiodło</translation>
    </message>
    <message>
        <source>{lang}: the demo is written in {languages}</source>
        <translation>{lang}: wersja demo jest dostępna w językach: {languages}</translation>
    </message>
    <message>
        <source>Demo workspace written to {path}</source>
        <translation>Demonstracyjny obszar roboczy zapisano w {path}</translation>
    </message>
    <message>
        <source>{revision} (current)</source>
        <translation>{revision} (bieżąca)</translation>
    </message>
    <message>
        <source>{revision} (older; it is upgraded when opened)</source>
        <translation>{revision} (starsza; zostanie zaktualizowana przy otwarciu)</translation>
    </message>
    <message>
        <source>workspace:</source>
        <translation>obszar roboczy:</translation>
    </message>
    <message>
        <source>schema version:</source>
        <translation>wersja schematu:</translation>
    </message>
    <message>
        <source>integrity check:</source>
        <translation>kontrola spójności:</translation>
    </message>
    <message>
        <source>objectives:</source>
        <translation>cele:</translation>
    </message>
    <message>
        <source>key results:</source>
        <translation>kluczowe rezultaty:</translation>
    </message>
    <message>
        <source>check-ins:</source>
        <translation>aktualizacje:</translation>
    </message>
    <message>
        <source>experiments:</source>
        <translation>eksperymenty:</translation>
    </message>
    <message>
        <source>funnel weeks:</source>
        <translation>tygodnie lejka:</translation>
    </message>
    <message>
        <source>{path}: integrity check failed: {result}</source>
        <translation>{path}: kontrola spójności nie powiodła się: {result}</translation>
    </message>
    <message>
        <source>{size}: give the size as WIDTHxHEIGHT, like 1366x768</source>
        <translation>{size}: rozmiar należy podać jako SZEROKOŚĆxWYSOKOŚĆ, np. 1366x768</translation>
    </message>
    <message>
        <source>Weekly review of {week} written to {path}</source>
        <translation>Przegląd tygodnia {week} zapisano w {path}</translation>
    </message>
    <message>
        <source>{item}: expected {form}</source>
        <translation>{item}: oczekiwano {form}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of {file} as {shape} into the funnel &quot;{funnel}&quot; (the new workspace&apos;s empty default funnel, renamed).</source>
        <translation>
            <numerusform>Zaimportowano %n wiersz z {file} jako {shape} do lejka „{funnel}” (pusty domyślny lejek nowego obszaru roboczego, ze zmienioną nazwą).</numerusform>
            <numerusform>Zaimportowano %n wiersze z {file} jako {shape} do lejka „{funnel}” (pusty domyślny lejek nowego obszaru roboczego, ze zmienioną nazwą).</numerusform>
            <numerusform>Zaimportowano %n wierszy z {file} jako {shape} do lejka „{funnel}” (pusty domyślny lejek nowego obszaru roboczego, ze zmienioną nazwą).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of {file} as {shape} into the funnel &quot;{funnel}&quot; (created with the default stages).</source>
        <translation>
            <numerusform>Zaimportowano %n wiersz z {file} jako {shape} do lejka „{funnel}” (utworzonego z domyślnymi etapami).</numerusform>
            <numerusform>Zaimportowano %n wiersze z {file} jako {shape} do lejka „{funnel}” (utworzonego z domyślnymi etapami).</numerusform>
            <numerusform>Zaimportowano %n wierszy z {file} jako {shape} do lejka „{funnel}” (utworzonego z domyślnymi etapami).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) of {file} as {shape} into the funnel &quot;{funnel}&quot;.</source>
        <translation>
            <numerusform>Zaimportowano %n wiersz z {file} jako {shape} do lejka „{funnel}”.</numerusform>
            <numerusform>Zaimportowano %n wiersze z {file} jako {shape} do lejka „{funnel}”.</numerusform>
            <numerusform>Zaimportowano %n wierszy z {file} jako {shape} do lejka „{funnel}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weeks {first} to {last}: %n week(s).</source>
        <translation>
            <numerusform>Tygodnie od {first} do {last}: %n tydzień.</numerusform>
            <numerusform>Tygodnie od {first} do {last}: %n tygodnie.</numerusform>
            <numerusform>Tygodnie od {first} do {last}: %n tygodni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier row(s) replaced.</source>
        <translation>
            <numerusform>Zastąpiono %n wcześniejszy wiersz.</numerusform>
            <numerusform>Zastąpiono %n wcześniejsze wiersze.</numerusform>
            <numerusform>Zastąpiono %n wcześniejszych wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic check-in(s).</source>
        <translation>
            <numerusform>%n automatyczna aktualizacja.</numerusform>
            <numerusform>%n automatyczne aktualizacje.</numerusform>
            <numerusform>%n automatycznych aktualizacji.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import #{number}.</source>
        <translation>Import nr {number}.</translation>
    </message>
    <message numerus="yes">
        <source>Counted again: %n other week(s) of the same leads (their source, variant, entry week or cohort comes from all the files).</source>
        <translation>
            <numerusform>Przeliczono ponownie: %n inny tydzień tych samych leadów (ich źródło, wariant, tydzień wejścia lub kohorta pochodzi ze wszystkich plików).</numerusform>
            <numerusform>Przeliczono ponownie: %n inne tygodnie tych samych leadów (ich źródło, wariant, tydzień wejścia lub kohorta pochodzi ze wszystkich plików).</numerusform>
            <numerusform>Przeliczono ponownie: %n innych tygodni tych samych leadów (ich źródło, wariant, tydzień wejścia lub kohorta pochodzi ze wszystkich plików).</numerusform>
        </translation>
    </message>
    <message>
        <source>Times with a UTC offset were read as the local time written (2026-03-02T00:30:00+02:00 is 2026-03-02 00:30, in the week it names).</source>
        <translation>Czasy z przesunięciem UTC odczytano jako zapisany czas lokalny (2026-03-02T00:30:00+02:00 to 2026-03-02 00:30, w tygodniu, który wskazuje).</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) of stages not in the funnel: {names}</source>
        <translation>
            <numerusform>Pominięto %n wiersz etapów spoza lejka: {names}</numerusform>
            <numerusform>Pominięto %n wiersze etapów spoza lejka: {names}</numerusform>
            <numerusform>Pominięto %n wierszy etapów spoza lejka: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Ostrzeżenie: {warning}</translation>
    </message>
    <message numerus="yes">
        <source>Funnel &quot;{funnel}&quot; written to {path}: %n row(s)</source>
        <translation>
            <numerusform>Lejek „{funnel}” zapisano w {path}: %n wiersz</numerusform>
            <numerusform>Lejek „{funnel}” zapisano w {path}: %n wiersze</numerusform>
            <numerusform>Lejek „{funnel}” zapisano w {path}: %n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>--author &quot;{name}&quot;: nobody of that name in People</source>
        <translation>--author „{name}”: brak osoby o tym imieniu w Osobach</translation>
    </message>
    <message>
        <source>record one check-in of a key result, as the check-in dialog does</source>
        <translation>zapisuje jedną aktualizację kluczowego rezultatu, tak jak okno aktualizacji</translation>
    </message>
    <message>
        <source>the key result&apos;s id or exact title</source>
        <translation>id lub dokładny tytuł kluczowego rezultatu</translation>
    </message>
    <message>
        <source>the new value (1 or 0 for a yes/no key result)</source>
        <translation>nowa wartość (1 lub 0 dla kluczowego rezultatu typu tak/nie)</translation>
    </message>
    <message>
        <source>the day of the check-in, YYYY-MM-DD (default: today)</source>
        <translation>dzień aktualizacji, RRRR-MM-DD (domyślnie: dziś)</translation>
    </message>
    <message>
        <source>0 to 10 (default: the last check-in&apos;s, else 5)</source>
        <translation>od 0 do 10 (domyślnie: jak w ostatniej aktualizacji, a bez niej 5)</translation>
    </message>
    <message>
        <source>what moved, and why</source>
        <translation>co się zmieniło i dlaczego</translation>
    </message>
    <message>
        <source>the person who writes it, by their exact name in People (default: nobody)</source>
        <translation>osoba, która ją zapisuje, podana dokładnie tak jak w Osobach (domyślnie: nikt)</translation>
    </message>
    <message>
        <source>create an empty workspace with its first cycle</source>
        <translation>tworzy pusty obszar roboczy z pierwszym cyklem</translation>
    </message>
    <message>
        <source>the workspace file to create (it must not exist), or the empty database of a PostgreSQL server, postgresql://user@host[:port]/database</source>
        <translation>plik obszaru roboczego do utworzenia (nie może istnieć) lub pusta baza danych serwera PostgreSQL, postgresql://użytkownik@host[:port]/baza</translation>
    </message>
    <message>
        <source>the workspace&apos;s name (default: the file&apos;s name)</source>
        <translation>nazwa obszaru roboczego (domyślnie: nazwa pliku)</translation>
    </message>
    <message>
        <source>the first cycle&apos;s name (default: the current quarter&apos;s)</source>
        <translation>nazwa pierwszego cyklu (domyślnie: bieżący kwartał)</translation>
    </message>
    <message>
        <source>the cycle&apos;s first day, YYYY-MM-DD</source>
        <translation>pierwszy dzień cyklu, RRRR-MM-DD</translation>
    </message>
    <message>
        <source>the cycle&apos;s last day, YYYY-MM-DD</source>
        <translation>ostatni dzień cyklu, RRRR-MM-DD</translation>
    </message>
    <message>
        <source>{option} {text}: not a date (YYYY-MM-DD)</source>
        <translation>{option} {text}: to nie jest data (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>value {text}: not a number</source>
        <translation>wartość {text}: to nie jest liczba</translation>
    </message>
    <message>
        <source>--confidence {text}: not a whole number from 0 to 10</source>
        <translation>--confidence {text}: to nie jest liczba całkowita od 0 do 10</translation>
    </message>
    <message>
        <source>Checked in &quot;{title}&quot;: {value} on {date}</source>
        <translation>Aktualizacja „{title}”: {value} w dniu {date}</translation>
    </message>
    <message>
        <source>--cycle: the cycle needs a name</source>
        <translation>--cycle: cykl musi mieć nazwę</translation>
    </message>
    <message>
        <source>--to {end}: the last day must come after the first day ({start})</source>
        <translation>--to {end}: ostatni dzień musi przypadać po pierwszym ({start})</translation>
    </message>
    <message>
        <source>--from and --to go together</source>
        <translation>--from i --to podaje się razem</translation>
    </message>
    <message>
        <source>Workspace &quot;{name}&quot; created in {path} with the cycle {cycle} ({start} to {end}) and the funnel &quot;{funnel}&quot; to plan in</source>
        <translation>Utworzono obszar roboczy „{name}” w {path} z cyklem {cycle} (od {start} do {end}) i lejkiem „{funnel}” do planowania</translation>
    </message>
    <message>
        <source>OKRs to and from a spreadsheet (CSV or XLSX)</source>
        <translation>OKR do arkusza i z arkusza (CSV lub XLSX)</translation>
    </message>
    <message>
        <source>write a cycle&apos;s key results, one per row, with progress, status, score</source>
        <translation>zapisuje kluczowe rezultaty cyklu, po jednym w wierszu, z postępem, statusem i oceną</translation>
    </message>
    <message>
        <source>the cycle&apos;s name (default: the current cycle)</source>
        <translation>nazwa cyklu (domyślnie: bieżący cykl)</translation>
    </message>
    <message>
        <source>FILE.xlsx or FILE.csv</source>
        <translation>FILE.xlsx lub FILE.csv</translation>
    </message>
    <message>
        <source>add or update key results from a spreadsheet, all or nothing</source>
        <translation>dodaje lub aktualizuje kluczowe rezultaty z arkusza, wszystkie albo żaden</translation>
    </message>
    <message>
        <source>FILE.xlsx or FILE.csv, one key result per row</source>
        <translation>FILE.xlsx lub FILE.csv, jeden kluczowy rezultat w wierszu</translation>
    </message>
    <message>
        <source>the person who writes the check-ins and key result changes, by their exact name in People (default: nobody)</source>
        <translation>osoba zapisująca aktualizacje i zmiany kluczowych rezultatów, podana dokładnie tak jak w Osobach (domyślnie: nikt)</translation>
    </message>
    <message>
        <source>--out {path}: name a .xlsx or .csv file</source>
        <translation>--out {path}: należy podać plik .xlsx lub .csv</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n key result(s) of the cycle {cycle} to {path}</source>
        <translation>
            <numerusform>Zapisano %n kluczowy rezultat cyklu {cycle} w {path}</numerusform>
            <numerusform>Zapisano %n kluczowe rezultaty cyklu {cycle} w {path}</numerusform>
            <numerusform>Zapisano %n kluczowych rezultatów cyklu {cycle} w {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key result(s) into {cycle}: {added} added, {updated} updated.</source>
        <translation>
            <numerusform>Zaimportowano %n kluczowy rezultat do {cycle}: dodane {added}, zaktualizowane {updated}.</numerusform>
            <numerusform>Zaimportowano %n kluczowe rezultaty do {cycle}: dodane {added}, zaktualizowane {updated}.</numerusform>
            <numerusform>Zaimportowano %n kluczowych rezultatów do {cycle}: dodane {added}, zaktualizowane {updated}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objectives: {added} added, {matched} matched.</source>
        <translation>Cele: dodane {added}, dopasowane {matched}.</translation>
    </message>
    <message numerus="yes">
        <source>People added: %n.</source>
        <translation>
            <numerusform>Dodane osoby: %n.</numerusform>
            <numerusform>Dodane osoby: %n.</numerusform>
            <numerusform>Dodane osoby: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Teams added: %n.</source>
        <translation>
            <numerusform>Dodane zespoły: %n.</numerusform>
            <numerusform>Dodane zespoły: %n.</numerusform>
            <numerusform>Dodane zespoły: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check-ins: %n.</source>
        <translation>
            <numerusform>Aktualizacje: %n.</numerusform>
            <numerusform>Aktualizacje: %n.</numerusform>
            <numerusform>Aktualizacje: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>the .okrdesk workspace file, or postgresql://user@host[:port]/database</source>
        <translation>plik obszaru roboczego .okrdesk lub postgresql://użytkownik@host[:port]/baza</translation>
    </message>
    <message>
        <source>copy a whole workspace between a file and a server, into a new file or an empty database, and check the copy</source>
        <translation>kopiuje cały obszar roboczy między plikiem a serwerem, do nowego pliku lub pustej bazy danych, i sprawdza kopię</translation>
    </message>
    <message>
        <source>{workspace}, to copy (only read)</source>
        <translation>{workspace} — źródło kopii (tylko odczyt)</translation>
    </message>
    <message>
        <source>a new .okrdesk file (it must not exist), or postgresql://user@host[:port]/database of an empty database</source>
        <translation>nowy plik .okrdesk (nie może istnieć) lub postgresql://użytkownik@host[:port]/baza pustej bazy danych</translation>
    </message>
    <message>
        <source>interrupted; nothing was written to {destination}</source>
        <translation>przerwano; nic nie zapisano w {destination}</translation>
    </message>
    <message numerus="yes">
        <source>Copied {source} to {destination} at schema version {revision}: %n table(s), the same rows and digests in both.</source>
        <translation>
            <numerusform>Skopiowano {source} do {destination} w wersji schematu {revision}: %n tabela, te same wiersze i skróty w obu.</numerusform>
            <numerusform>Skopiowano {source} do {destination} w wersji schematu {revision}: %n tabele, te same wiersze i skróty w obu.</numerusform>
            <numerusform>Skopiowano {source} do {destination} w wersji schematu {revision}: %n tabel, te same wiersze i skróty w obu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n row(s) copied</source>
        <translation>
            <numerusform>{table}: skopiowano %n wiersz</numerusform>
            <numerusform>{table}: skopiowano %n wiersze</numerusform>
            <numerusform>{table}: skopiowano %n wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{table}: %n row(s) so far…</source>
        <translation>
            <numerusform>{table}: na razie %n wiersz…</numerusform>
            <numerusform>{table}: na razie %n wiersze…</numerusform>
            <numerusform>{table}: na razie %n wierszy…</numerusform>
        </translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabela</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>wiersze</translation>
    </message>
    <message>
        <source>rows copied</source>
        <translation>skopiowane wiersze</translation>
    </message>
    <message>
        <source>digest</source>
        <translation>skrót</translation>
    </message>
    <message>
        <source>digest of the copy</source>
        <translation>skrót kopii</translation>
    </message>
    <message>
        <source>workspace digest: {digest} (the copy: {copy_digest})</source>
        <translation>skrót obszaru roboczego: {digest} (kopii: {copy_digest})</translation>
    </message>
    <message>
        <source>the workspace&apos;s database, postgresql://admin@host[:port]/database</source>
        <translation>baza danych obszaru roboczego, postgresql://admin@host[:port]/baza</translation>
    </message>
    <message>
        <source>set up a team workspace on a PostgreSQL server: schema, roles, people</source>
        <translation>konfiguruje zespołowy obszar roboczy na serwerze PostgreSQL: schemat, role, osoby</translation>
    </message>
    <message>
        <source>create or upgrade the schema and the owner, member and viewer roles, with their grants; safe to run again</source>
        <translation>tworzy lub aktualizuje schemat oraz role właściciela, członka i obserwatora wraz z ich uprawnieniami; można bezpiecznie uruchomić ponownie</translation>
    </message>
    <message>
        <source>the new workspace&apos;s name (default: the database&apos;s name)</source>
        <translation>nazwa nowego obszaru roboczego (domyślnie: nazwa bazy danych)</translation>
    </message>
    <message>
        <source>let a person in as owner, member or viewer</source>
        <translation>nadaje osobie rolę właściciela, członka lub obserwatora</translation>
    </message>
    <message>
        <source>the person&apos;s login (created without a password if missing)</source>
        <translation>login osoby (jeśli nie istnieje, zostanie utworzony bez hasła)</translation>
    </message>
    <message>
        <source>what the person may do (default: member)</source>
        <translation>co osoba może robić (domyślnie: member)</translation>
    </message>
    <message>
        <source>{path}: a team workspace lives on a server: postgresql://…</source>
        <translation>{path}: zespołowy obszar roboczy znajduje się na serwerze: postgresql://…</translation>
    </message>
    <message>
        <source>To let a person in: okrdesk team add {url} USER --role member</source>
        <translation>Aby dać osobie dostęp: okrdesk team add {url} USER --role member</translation>
    </message>
    <message>
        <source>or in psql: CREATE ROLE anna LOGIN IN ROLE {member}; \password anna</source>
        <translation>lub w psql: CREATE ROLE anna LOGIN IN ROLE {member}; \password anna</translation>
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
    <name>ConflictDialog</name>
    <message>
        <source>You changed this: applying puts yours over theirs.</source>
        <translation>Zmienione przez ciebie: po nałożeniu twoja wartość zastąpi ich wartość.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Theirs (now saved)</source>
        <translation>Ich wersja (zapisana)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Twoja wersja</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Zmienione przez kogoś innego</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Zachowaj ich wersję</translation>
    </message>
    <message>
        <source>&amp;Apply theirs, then mine</source>
        <translation>&amp;Nałóż moje zmiany na ich wersję</translation>
    </message>
    <message>
        <source>Their saved row, with the fields you changed (in bold) set to yours; their other changes (in italics) stay.</source>
        <translation>Ich zapisana wersja, w której pola zmienione przez ciebie (pogrubione) dostają twoje wartości; ich pozostałe zmiany (kursywą) zostają.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Ktoś inny</translation>
    </message>
    <message>
        <source>{name} changed “{title}” on {when}, after you opened it.</source>
        <translation>{name}: zmiana „{title}” ({when}) po otwarciu przez ciebie.</translation>
    </message>
    <message>
        <source>{name} changed “{title}” after you opened it.</source>
        <translation>{name}: zmiana „{title}” po otwarciu przez ciebie.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team workspace</source>
        <translation>Połącz z zespołowym obszarem roboczym</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Zapamiętaj hasło w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>&amp;Encrypt the connection (TLS)</source>
        <translation>&amp;Szyfruj połączenie (TLS)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>H&amp;asło:</translation>
    </message>
    <message>
        <source>No system keyring on this computer: the password is asked each time</source>
        <translation>Brak systemowego magazynu haseł: hasło trzeba podawać za każdym razem</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <source>The password and the data are encrypted on their way.</source>
        <translation>Hasło i dane są przesyłane w postaci zaszyfrowanej.</translation>
    </message>
    <message>
        <source>This computer&apos;s own server: nothing crosses the network.</source>
        <translation>Serwer na tym komputerze: nic nie jest przesyłane przez sieć.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone on the network between you and the server can read the password and the data. Turn it off only on a network you trust.</source>
        <translation>Bez szyfrowania: każdy w sieci między tym komputerem a serwerem może odczytać hasło i dane. Wyłączaj szyfrowanie tylko w zaufanej sieci.</translation>
    </message>
    <message>
        <source>Name the server (localhost for this computer).</source>
        <translation>Podaj serwer (localhost dla tego komputera).</translation>
    </message>
    <message>
        <source>Name the team workspace&apos;s database.</source>
        <translation>Podaj bazę danych zespołowego obszaru roboczego.</translation>
    </message>
    <message>
        <source>Name the user you log in as.</source>
        <translation>Podaj nazwę użytkownika do logowania.</translation>
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
    <name>CycleCloseCommands</name>
    <message>
        <source>What helped</source>
        <translation>Co pomogło</translation>
    </message>
    <message>
        <source>Root causes of misses</source>
        <translation>Przyczyny niepowodzeń</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lekcje</translation>
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
    <name>ExperimentBoard</name>
    <message>
        <source>Tick “{title}” done</source>
        <translation>Odhacz „{title}” jako wykonane</translation>
    </message>
    <message>
        <source>Reopen “{title}”</source>
        <translation>Otwórz ponownie „{title}”</translation>
    </message>
    <message>
        <source>Edit task “{title}”</source>
        <translation>Edytuj zadanie „{title}”</translation>
    </message>
    <message>
        <source>Add task “{title}”</source>
        <translation>Dodaj zadanie „{title}”</translation>
    </message>
    <message>
        <source>Delete task “{title}”</source>
        <translation>Usuń zadanie „{title}”</translation>
    </message>
    <message>
        <source>Move {code} to the week of {day}</source>
        <translation>Przenieś {code} na tydzień od {day}</translation>
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
    <name>ExperimentCommands</name>
    <message>
        <source>New experiment “{title}”</source>
        <translation>Nowy eksperyment „{title}”</translation>
    </message>
    <message>
        <source>Delete {code}</source>
        <translation>Usuń {code}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hipoteza</translation>
    </message>
    <message>
        <source>Variable changed</source>
        <translation>Zmieniana zmienna</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Kluczowy rezultat</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Etap początkowy</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Etap końcowy</translation>
    </message>
    <message>
        <source>Control share</source>
        <translation>Udział kontroli</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>Dzień 1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
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
        <source>Minimum detectable effect</source>
        <translation>Minimalny wykrywalny efekt</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Czas trwania (dni)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Edytuj „{title}”</translation>
    </message>
    <message>
        <source>Decide {code}</source>
        <translation>Decyzja: {code}</translation>
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
    <message>
        <source>Codes are given in order and never reused</source>
        <translation>Kody nadawane są kolejno i nigdy nie są używane ponownie</translation>
    </message>
    <message>
        <source>Customer logos above the demo form</source>
        <translation>Logotypy klientów nad formularzem demo</translation>
    </message>
    <message>
        <source>&amp;Insert template</source>
        <translation>Wst&amp;aw szablon</translation>
    </message>
    <message>
        <source>The one thing that differs between the arms</source>
        <translation>Jedyna rzecz, która różni grupy</translation>
    </message>
    <message>
        <source>No key result</source>
        <translation>Bez kluczowego rezultatu</translation>
    </message>
    <message>
        <source>No funnel</source>
        <translation>Bez lejka</translation>
    </message>
    <message>
        <source> % in control</source>
        <translation> % w kontroli</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source>The smallest change of the rate worth detecting, in percentage points</source>
        <translation>Najmniejsza zmiana wskaźnika warta wykrycia, w punktach procentowych</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dzień</numerusform>
            <numerusform>%Ln dni</numerusform>
            <numerusform>%Ln dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Zaplanowany</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Podział:</translation>
    </message>
    <message>
        <source>Effect:</source>
        <translation>Efekt:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Czas trwania:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>Wpływ:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Pewność:</translation>
    </message>
    <message>
        <source>Ease:</source>
        <translation>Łatwość:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Hypothesis:</source>
        <translation>&amp;Hipoteza:</translation>
    </message>
    <message>
        <source>&amp;Variable changed:</source>
        <translation>&amp;Zmieniana zmienna:</translation>
    </message>
    <message>
        <source>&amp;Key result:</source>
        <translation>&amp;Kluczowy rezultat:</translation>
    </message>
    <message>
        <source>&amp;Funnel:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <source>&amp;Primary metric:</source>
        <translation>&amp;Metryka główna:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>Day &amp;1:</source>
        <translation>Dzień &amp;1:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>ICE:</source>
        <translation>ICE:</translation>
    </message>
    <message>
        <source>Insert template</source>
        <translation>Wstaw szablon</translation>
    </message>
    <message>
        <source>Replace the hypothesis written with the template?</source>
        <translation>Zastąpić wpisaną hipotezę szablonem?</translation>
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
        <translation>eksperyment otrzymuje i traci status „po decyzji” tylko przez swoją decyzję</translation>
    </message>
    <message>
        <source>a decided experiment keeps its status until its decision is cleared</source>
        <translation>eksperyment po decyzji zachowuje status, dopóki decyzja nie zostanie usunięta</translation>
    </message>
    <message>
        <source>an experiment is decided by recording its decision</source>
        <translation>o eksperymencie decyduje się, zapisując decyzję</translation>
    </message>
    <message>
        <source>a {status} experiment has nothing to decide yet</source>
        <translation>eksperyment o statusie {status} nie ma jeszcze nic do rozstrzygnięcia</translation>
    </message>
    <message>
        <source>a decision goes with the decided status, and only with it</source>
        <translation>decyzja idzie w parze ze statusem „po decyzji” i tylko z nim</translation>
    </message>
    <message>
        <source>a {status} experiment keeps its start date</source>
        <translation>eksperyment o statusie {status} zachowuje datę rozpoczęcia</translation>
    </message>
    <message>
        <source>a {status} experiment needs a start date</source>
        <translation>eksperyment o statusie {status} wymaga daty rozpoczęcia</translation>
    </message>
    <message>
        <source>{current} moves on to {next} first, not to {status}</source>
        <translation>{current} przechodzi najpierw do {next}, nie do {status}</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>zadanie musi mieć tytuł</translation>
    </message>
    <message numerus="yes">
        <source>the title is longer than %n character(s)</source>
        <translation>
            <numerusform>tytuł jest dłuższy niż %n znak</numerusform>
            <numerusform>tytuł jest dłuższy niż %n znaki</numerusform>
            <numerusform>tytuł jest dłuższy niż %n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>the day must be 1 to 7, not {day}</source>
        <translation>dzień musi mieć wartość od 1 do 7, a nie {day}</translation>
    </message>
</context>
<context>
    <name>ExperimentPlanner</name>
    <message>
        <source>Choose the funnel step the change should move to see how long it needs.</source>
        <translation>Wybierz krok lejka, który zmiana ma poruszyć, aby zobaczyć, ile czasu potrzebuje.</translation>
    </message>
    <message numerus="yes">
        <source>No funnel counts for {step} in the last %Ln full week(s): the sample this test needs cannot be estimated yet.</source>
        <translation>
            <numerusform>Brak liczb lejka dla {step} w ostatnim %Ln pełnym tygodniu: nie można jeszcze oszacować próby potrzebnej do tego testu.</numerusform>
            <numerusform>Brak liczb lejka dla {step} w ostatnich %Ln pełnych tygodniach: nie można jeszcze oszacować próby potrzebnej do tego testu.</numerusform>
            <numerusform>Brak liczb lejka dla {step} w ostatnich %Ln pełnych tygodniach: nie można jeszcze oszacować próby potrzebnej do tego testu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{step}: {rate} of about {weekly} a week (last %Ln full week(s)).</source>
        <translation>
            <numerusform>{step}: {rate} z ok. {weekly} tygodniowo (ostatni %Ln pełny tydzień).</numerusform>
            <numerusform>{step}: {rate} z ok. {weekly} tygodniowo (ostatnie %Ln pełne tygodnie).</numerusform>
            <numerusform>{step}: {rate} z ok. {weekly} tygodniowo (ostatnie %Ln pełnych tygodni).</numerusform>
        </translation>
    </message>
    <message>
        <source>A rate of 0 % or 100 % cannot be tested for a change.</source>
        <translation>Wskaźnika 0 % ani 100 % nie da się przetestować pod kątem zmiany.</translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s) this step can show a change of {mde} or more.</source>
        <translation>
            <numerusform>W %Ln dzień ten krok może pokazać zmianę o {mde} lub więcej.</numerusform>
            <numerusform>W %Ln dni ten krok może pokazać zmianę o {mde} lub więcej.</numerusform>
            <numerusform>W %Ln dni ten krok może pokazać zmianę o {mde} lub więcej.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %Ln day(s) this step cannot show any change.</source>
        <translation>
            <numerusform>W %Ln dzień ten krok nie pokaże żadnej zmiany.</numerusform>
            <numerusform>W %Ln dni ten krok nie pokaże żadnej zmiany.</numerusform>
            <numerusform>W %Ln dni ten krok nie pokaże żadnej zmiany.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the planned effect to see the sample it needs.</source>
        <translation>Ustaw planowany efekt, aby zobaczyć potrzebną próbę.</translation>
    </message>
    <message>
        <source>A change of {mde} would take the rate past 100 %.</source>
        <translation>Zmiana o {mde} podniosłaby wskaźnik powyżej 100 %.</translation>
    </message>
    <message numerus="yes">
        <source>To show {mde}, each arm needs %Ln visitor(s).</source>
        <translation>
            <numerusform>Aby pokazać {mde}, każda grupa potrzebuje %Ln odwiedzającego.</numerusform>
            <numerusform>Aby pokazać {mde}, każda grupa potrzebuje %Ln odwiedzających.</numerusform>
            <numerusform>Aby pokazać {mde}, każda grupa potrzebuje %Ln odwiedzających.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That takes %Ln day(s) at this traffic.</source>
        <translation>
            <numerusform>Przy tym ruchu zajmie to %Ln dzień.</numerusform>
            <numerusform>Przy tym ruchu zajmie to %Ln dni.</numerusform>
            <numerusform>Przy tym ruchu zajmie to %Ln dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That fits in the %Ln day(s) planned.</source>
        <translation>
            <numerusform>To mieści się w planowanym %Ln dniu.</numerusform>
            <numerusform>To mieści się w planowanych %Ln dniach.</numerusform>
            <numerusform>To mieści się w planowanych %Ln dniach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln day(s) is more than the {planned} planned.</source>
        <translation>
            <numerusform>Uwaga: %Ln dzień to więcej niż planowane {planned}.</numerusform>
            <numerusform>Uwaga: %Ln dni to więcej niż planowane {planned}.</numerusform>
            <numerusform>Uwaga: %Ln dni to więcej niż planowane {planned}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a bigger change (it needs fewer visitors).</source>
        <translation>Zaplanuj większą zmianę (potrzebuje mniej odwiedzających).</translation>
    </message>
    <message>
        <source>Test a step with more traffic.</source>
        <translation>Testuj krok z większym ruchem.</translation>
    </message>
    <message>
        <source>Run it for {long} days instead of {planned}.</source>
        <translation>Prowadź go przez {long} dni zamiast {planned}.</translation>
    </message>
    <message>
        <source>Even a {long}-day run is too short for this effect.</source>
        <translation>Nawet {long} dni to za krótko dla tego efektu.</translation>
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
        <translation>Leady z {variant} rzadziej docierają do SQL: {variant_share} wobec {control_share} ({p}).</translation>
    </message>
    <message>
        <source>{variant}&apos;s leads reach SQL more often: {variant_share} against {control_share} ({p}).</source>
        <translation>Leady z {variant} częściej docierają do SQL: {variant_share} wobec {control_share} ({p}).</translation>
    </message>
    <message>
        <source>Sample ratio mismatch: results unreliable</source>
        <translation>Niezgodność proporcji próby: wyniki niewiarygodne</translation>
    </message>
    <message>
        <source>{control} got {control_n} visitors and {variant} {variant_n}, far from the planned split ({p}). Visitors are not being assigned as planned: fix the assignment and start again before reading any rate.</source>
        <translation>Odwiedzający: {control} – {control_n}, {variant} – {variant_n}; to daleko od planowanego podziału ({p}). Odwiedzający nie są przydzielani zgodnie z planem: przed odczytem jakichkolwiek wskaźników należy poprawić przydział i zacząć od nowa.</translation>
    </message>
    <message>
        <source>Not enough data yet</source>
        <translation>Jeszcze za mało danych</translation>
    </message>
    <message>
        <source>Each arm needs at least {visitors} visitors and {conversions} conversions before the numbers can say anything; still short: {arms}.</source>
        <translation>Każda grupa potrzebuje co najmniej {visitors} odwiedzających i {conversions} konwersji, zanim liczby cokolwiek powiedzą; wciąż brakuje: {arms}.</translation>
    </message>
    <message>
        <source>{variant} wins</source>
        <translation>{variant} wygrywa</translation>
    </message>
    <message>
        <source>{variant} loses</source>
        <translation>{variant} przegrywa</translation>
    </message>
    <message>
        <source>{verdict}, with only {power} power</source>
        <translation>{verdict}, przy mocy tylko {power}</translation>
    </message>
    <message>
        <source>{variant} converted {variant_rate} against {control_rate} for {control} ({lift} relative): a difference this large is unlikely to be noise even when the results are looked at every day (always-valid {always_valid_p}, {p} at one look{holm}).</source>
        <translation>{variant} konwertował {variant_rate} wobec {control_rate} dla {control} ({lift} względnie): tak duża różnica raczej nie jest szumem, nawet gdy wyniki sprawdza się codziennie (zawsze ważne {always_valid_p}, {p} przy jednym sprawdzeniu{holm}).</translation>
    </message>
    <message>
        <source>But the test had only {power} power for the planned {mde}, so a win this early or this small likely overstates the effect.</source>
        <translation>Test miał jednak tylko {power} mocy dla planowanego {mde}, więc tak wczesna lub tak mała wygrana prawdopodobnie zawyża efekt.</translation>
    </message>
    <message>
        <source>{variant} is leading, not conclusive</source>
        <translation>{variant} prowadzi, bez rozstrzygnięcia</translation>
    </message>
    <message>
        <source>{variant} is trailing, not conclusive</source>
        <translation>{variant} jest z tyłu, bez rozstrzygnięcia</translation>
    </message>
    <message>
        <source>{variant} converts {variant_rate} against {control_rate} for {control} ({p} at one look). The experiment has not reached its planned end or sample, and a test that stays honest under daily looks does not call it yet (always-valid {always_valid_p}{holm}): keep it running.</source>
        <translation>{variant} konwertuje {variant_rate} wobec {control_rate} dla {control} ({p} przy jednym sprawdzeniu). Eksperyment nie osiągnął planowanego końca ani próby, a test odporny na codzienne sprawdzanie jeszcze go nie rozstrzyga (zawsze ważne {always_valid_p}{holm}): należy go kontynuować.</translation>
    </message>
    <message>
        <source>{variant} converted {variant_rate} against {control_rate} for {control} ({p} at one look), but not by enough for a call that stays honest under daily looks (always-valid {always_valid_p}{holm}).</source>
        <translation>{variant} konwertował {variant_rate} wobec {control_rate} dla {control} ({p} przy jednym sprawdzeniu), ale za mało na rozstrzygnięcie odporne na codzienne sprawdzanie (zawsze ważne {always_valid_p}{holm}).</translation>
    </message>
    <message>
        <source>No detectable difference</source>
        <translation>Brak wykrywalnej różnicy</translation>
    </message>
    <message>
        <source>{variant} converted {variant_rate} against {control_rate} for {control}; a difference this small could be noise ({p}).</source>
        <translation>{variant} konwertował {variant_rate} wobec {control_rate} dla {control}; tak mała różnica może być szumem ({p}).</translation>
    </message>
    <message numerus="yes">
        <source>, Holm-corrected over %Ln variant(s)</source>
        <translation>
            <numerusform>, z poprawką Holma dla %Ln wariantu</numerusform>
            <numerusform>, z poprawką Holma dla %Ln wariantów</numerusform>
            <numerusform>, z poprawką Holma dla %Ln wariantów</numerusform>
        </translation>
    </message>
    <message>
        <source>{lift} ({low} to {high})</source>
        <translation>{lift} (od {low} do {high})</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>od {low} do {high}</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>Dokładny test Fishera</translation>
    </message>
    <message>
        <source>z-test</source>
        <translation>test z</translation>
    </message>
    <message>
        <source>Rate of {arm}</source>
        <translation>Wskaźnik: {arm}</translation>
    </message>
    <message>
        <source>{rate} ({conversions} of {visitors})</source>
        <translation>{rate} ({conversions} z {visitors})</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>95 % interval of the difference</source>
        <translation>Przedział 95 % różnicy</translation>
    </message>
    <message>
        <source>Always-valid 95 % interval</source>
        <translation>Zawsze ważny przedział 95 %</translation>
    </message>
    <message>
        <source>Relative lift</source>
        <translation>Wzrost względny</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>Wartość p</translation>
    </message>
    <message>
        <source>Test at one look</source>
        <translation>Test jednorazowy</translation>
    </message>
    <message>
        <source>Always-valid p</source>
        <translation>Zawsze ważne p</translation>
    </message>
    <message>
        <source>Chance that {variant} is better</source>
        <translation>Szansa, że {variant} jest lepszy</translation>
    </message>
    <message>
        <source>Split check (sample ratio p)</source>
        <translation>Kontrola podziału (p proporcji próby)</translation>
    </message>
    <message>
        <source>With these visitors the test can detect {mde} or more.</source>
        <translation>Przy tej liczbie odwiedzających test wykryje {mde} lub więcej.</translation>
    </message>
    <message>
        <source>No effect was planned for this test.</source>
        <translation>Dla tego testu nie zaplanowano efektu.</translation>
    </message>
    <message>
        <source>Its power for the planned {mde} cannot be worked out yet.</source>
        <translation>Jego mocy dla planowanego {mde} nie da się jeszcze obliczyć.</translation>
    </message>
    <message>
        <source>It had the power to see the planned {mde}: {power} power.</source>
        <translation>Miał moc, by wykryć planowane {mde}: moc {power}.</translation>
    </message>
    <message>
        <source>It did not have the power to see the planned {mde}: only {power} power.</source>
        <translation>Nie miał mocy, by wykryć planowane {mde}: moc tylko {power}.</translation>
    </message>
    <message>
        <source>Here “no difference” does not mean no effect.</source>
        <translation>Tutaj „brak różnicy” nie oznacza braku efektu.</translation>
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
    <name>Fields</name>
    <message>
        <source>title</source>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>level</source>
        <translation>poziom</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>jednostka</translation>
    </message>
    <message>
        <source>unit label</source>
        <translation>etykieta jednostki</translation>
    </message>
    <message>
        <source>decimals</source>
        <translation>miejsca dziesiętne</translation>
    </message>
    <message>
        <source>start</source>
        <translation>wartość początkowa</translation>
    </message>
    <message>
        <source>target</source>
        <translation>wartość docelowa</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>waga</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budżet</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>koszt</translation>
    </message>
    <message>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>pewność</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dzień</translation>
    </message>
    <message>
        <source>key result</source>
        <translation>kluczowy rezultat</translation>
    </message>
    <message>
        <source>team</source>
        <translation>zespół</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>waluta</translation>
    </message>
    <message>
        <source>first day of the week</source>
        <translation>pierwszy dzień tygodnia</translation>
    </message>
    <message>
        <source>at-risk gap</source>
        <translation>próg opóźnienia „zagrożony”</translation>
    </message>
    <message>
        <source>off-track gap</source>
        <translation>próg opóźnienia „poza planem”</translation>
    </message>
    <message>
        <source>at-risk confidence</source>
        <translation>próg pewności „zagrożony”</translation>
    </message>
    <message>
        <source>off-track confidence</source>
        <translation>próg pewności „poza planem”</translation>
    </message>
    <message>
        <source>days until a key result is stale</source>
        <translation>limit dni bez aktualizacji</translation>
    </message>
    <message>
        <source>conversion window</source>
        <translation>okno konwersji</translation>
    </message>
    <message>
        <source>control share</source>
        <translation>udział kontroli</translation>
    </message>
    <message>
        <source>planned effect</source>
        <translation>planowany efekt</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>czas trwania</translation>
    </message>
    <message>
        <source>funnel</source>
        <translation>lejek</translation>
    </message>
    <message>
        <source>from stage</source>
        <translation>etap początkowy</translation>
    </message>
    <message>
        <source>to stage</source>
        <translation>etap końcowy</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>data rozpoczęcia</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decyzja</translation>
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
        <translation>P&amp;rzeglądaj…</translation>
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
        <translation>Se&amp;parator:</translation>
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
    <name>FunnelCharts</name>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Conversion trend</source>
        <translation>Trend konwersji</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Wg źródła</translation>
    </message>
    <message>
        <source>Compare weeks</source>
        <translation>Porównaj tygodnie</translation>
    </message>
</context>
<context>
    <name>FunnelCommands</name>
    <message>
        <source>New funnel {name}</source>
        <translation>Nowy lejek {name}</translation>
    </message>
    <message>
        <source>Rename funnel {old} to {new}</source>
        <translation>Zmień nazwę lejka {old} na {new}</translation>
    </message>
    <message>
        <source>Delete funnel {name}</source>
        <translation>Usuń lejek {name}</translation>
    </message>
    <message>
        <source>New stage {name}</source>
        <translation>Nowy etap {name}</translation>
    </message>
    <message>
        <source>Rename stage {old} to {new}</source>
        <translation>Zmień nazwę etapu {old} na {new}</translation>
    </message>
    <message>
        <source>Move stage {name}</source>
        <translation>Przenieś etap {name}</translation>
    </message>
    <message>
        <source>Delete stage {name}</source>
        <translation>Usuń etap {name}</translation>
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
    <message numerus="yes">
        <source>Delete the funnel “{name}” with its stages and %Ln week(s) of data?</source>
        <translation>
            <numerusform>Usunąć lejek „{name}” wraz z etapami i %Ln tygodniem danych?</numerusform>
            <numerusform>Usunąć lejek „{name}” wraz z etapami i %Ln tygodniami danych?</numerusform>
            <numerusform>Usunąć lejek „{name}” wraz z etapami i %Ln tygodniami danych?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has counts in %Ln week(s); they will be deleted with it. Remove it?</source>
        <translation>
            <numerusform>„{name}” ma liczby w %Ln tygodniu; zostaną usunięte razem z nim. Usunąć?</numerusform>
            <numerusform>„{name}” ma liczby w %Ln tygodniach; zostaną usunięte razem z nim. Usunąć?</numerusform>
            <numerusform>„{name}” ma liczby w %Ln tygodniach; zostaną usunięte razem z nim. Usunąć?</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Last %Ln week(s)</source>
        <translation>
            <numerusform>Ostatni %Ln tydz.</numerusform>
            <numerusform>Ostatnie %Ln tyg.</numerusform>
            <numerusform>Ostatnie %Ln tyg.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The block has %Ln row(s).</source>
        <translation>
            <numerusform>Blok ma %Ln wiersz.</numerusform>
            <numerusform>Blok ma %Ln wiersze.</numerusform>
            <numerusform>Blok ma %Ln wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table has only %Ln week(s) from the selected one on. Add weeks first. Nothing was pasted.</source>
        <translation>
            <numerusform>Od wybranego tygodnia tabela ma tylko %Ln tydzień. Najpierw należy dodać tygodnie. Nic nie wklejono.</numerusform>
            <numerusform>Od wybranego tygodnia tabela ma tylko %Ln tygodnie. Najpierw należy dodać tygodnie. Nic nie wklejono.</numerusform>
            <numerusform>Od wybranego tygodnia tabela ma tylko %Ln tygodni. Najpierw należy dodać tygodnie. Nic nie wklejono.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln count(s)</source>
        <translation>
            <numerusform>Wklej %Ln liczbę</numerusform>
            <numerusform>Wklej %Ln liczby</numerusform>
            <numerusform>Wklej %Ln liczb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %Ln count(s)</source>
        <translation>
            <numerusform>Wyczyść %Ln liczbę</numerusform>
            <numerusform>Wyczyść %Ln liczby</numerusform>
            <numerusform>Wyczyść %Ln liczb</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {line}, column {column} of the pasted block falls beyond the last stage, {stage}. Nothing was pasted.</source>
        <translation>Wiersz {line}, kolumna {column} wklejanego bloku wypada za ostatnim etapem ({stage}). Nic nie wklejono.</translation>
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
    <message numerus="yes">
        <source>Reading %Ln weekly count(s)…</source>
        <translation>
            <numerusform>Odczytywanie %Ln liczby tygodniowej…</numerusform>
            <numerusform>Odczytywanie %Ln liczb tygodniowych…</numerusform>
            <numerusform>Odczytywanie %Ln liczb tygodniowych…</numerusform>
        </translation>
    </message>
    <message>
        <source>The funnel could not be read.</source>
        <translation>Nie udało się odczytać lejka.</translation>
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
    <name>ImportHistory</name>
    <message>
        <source>Undo import of {file}</source>
        <translation>Cofnij import {file}</translation>
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
    <message numerus="yes">
        <source>Undo the import of {file} into {funnel}?

The undo takes out its %Ln row(s) for {weeks} and brings back the weeks it replaced.</source>
        <translation>
            <numerusform>Cofnąć import {file} do {funnel}?

Cofnięcie usuwa jego %Ln wiersz za {weeks} i przywraca tygodnie, które zastąpił.</numerusform>
            <numerusform>Cofnąć import {file} do {funnel}?

Cofnięcie usuwa jego %Ln wiersze za {weeks} i przywraca tygodnie, które zastąpił.</numerusform>
            <numerusform>Cofnąć import {file} do {funnel}?

Cofnięcie usuwa jego %Ln wierszy za {weeks} i przywraca tygodnie, które zastąpił.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key results&apos; history keeps the %Ln automatic check-in(s) it wrote.</source>
        <translation>
            <numerusform>Historia kluczowych rezultatów zachowuje %Ln zapisaną przez niego automatyczną aktualizację.</numerusform>
            <numerusform>Historia kluczowych rezultatów zachowuje %Ln zapisane przez niego automatyczne aktualizacje.</numerusform>
            <numerusform>Historia kluczowych rezultatów zachowuje %Ln zapisanych przez niego automatycznych aktualizacji.</numerusform>
        </translation>
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
    <message>
        <source>Count of stage “{stage}”</source>
        <translation>Liczba na etapie „{stage}”</translation>
    </message>
    <message>
        <source>Funnel</source>
        <comment>a new funnel&apos;s name</comment>
        <translation>Lejek</translation>
    </message>
    <message>
        <source> — {sample} is {day}</source>
        <translation> — {sample} to {day}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import funnel data</source>
        <translation>Import danych lejka</translation>
    </message>
    <message>
        <source>Funnel</source>
        <comment>a new funnel&apos;s name</comment>
        <translation>Lejek</translation>
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
    <message numerus="yes">
        <source>Imported %Ln row(s) of {file} into “{funnel}”.</source>
        <translation>
            <numerusform>Zaimportowano %Ln wiersz z {file} do „{funnel}”.</numerusform>
            <numerusform>Zaimportowano %Ln wiersze z {file} do „{funnel}”.</numerusform>
            <numerusform>Zaimportowano %Ln wierszy z {file} do „{funnel}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weeks {first} to {last} (%Ln week(s)).</source>
        <translation>
            <numerusform>Tygodnie od {first} do {last} (%Ln tydzień).</numerusform>
            <numerusform>Tygodnie od {first} do {last} (%Ln tygodnie).</numerusform>
            <numerusform>Tygodnie od {first} do {last} (%Ln tygodni).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %Ln row(s) of stages the funnel does not have: {names}.</source>
        <translation>
            <numerusform>Pominięto %Ln wiersz etapów, których lejek nie ma: {names}.</numerusform>
            <numerusform>Pominięto %Ln wiersze etapów, których lejek nie ma: {names}.</numerusform>
            <numerusform>Pominięto %Ln wierszy etapów, których lejek nie ma: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted again: %Ln other week(s) of the same leads. A lead keeps the source, variant and entry week of its first events, whichever file held them.</source>
        <translation>
            <numerusform>Przeliczono ponownie: %Ln inny tydzień tych samych leadów. Lead zachowuje źródło, wariant i tydzień wejścia ze swoich pierwszych zdarzeń, niezależnie od pliku, w którym były.</numerusform>
            <numerusform>Przeliczono ponownie: %Ln inne tygodnie tych samych leadów. Lead zachowuje źródło, wariant i tydzień wejścia ze swoich pierwszych zdarzeń, niezależnie od pliku, w którym były.</numerusform>
            <numerusform>Przeliczono ponownie: %Ln innych tygodni tych samych leadów. Lead zachowuje źródło, wariant i tydzień wejścia ze swoich pierwszych zdarzeń, niezależnie od pliku, w którym były.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s) bound to this funnel got an automatic check-in.</source>
        <translation>
            <numerusform>%Ln kluczowy rezultat powiązany z tym lejkiem otrzymał automatyczną aktualizację.</numerusform>
            <numerusform>%Ln kluczowe rezultaty powiązane z tym lejkiem otrzymały automatyczną aktualizację.</numerusform>
            <numerusform>%Ln kluczowych rezultatów powiązanych z tym lejkiem otrzymało automatyczną aktualizację.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln week(s) from {week} on, more than {limit} weeks after today: is the year right?</source>
        <translation>
            <numerusform>Uwaga: %Ln tydzień od {week}, ponad {limit} tyg. po dzisiejszym dniu: czy rok jest poprawny?</numerusform>
            <numerusform>Uwaga: %Ln tygodnie od {week}, ponad {limit} tyg. po dzisiejszym dniu: czy rok jest poprawny?</numerusform>
            <numerusform>Uwaga: %Ln tygodni od {week}, ponad {limit} tyg. po dzisiejszym dniu: czy rok jest poprawny?</numerusform>
        </translation>
    </message>
    <message>
        <source>{week}, source “{source}”, variant “{variant}”</source>
        <translation>{week}, źródło „{source}”, wariant „{variant}”</translation>
    </message>
    <message>
        <source>{week}, source “{source}”</source>
        <translation>{week}, źródło „{source}”</translation>
    </message>
    <message>
        <source>{week}, variant “{variant}”</source>
        <translation>{week}, wariant „{variant}”</translation>
    </message>
    <message numerus="yes">
        <source>Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before it (%Ln such step(s) in all); are the stages in the right columns?</source>
        <translation>
            <numerusform>Uwaga: tydzień {where}: {count} na etapie „{stage}”, ale {previous} na wcześniejszym „{before}” (łącznie %Ln taki krok); czy etapy są we właściwych kolumnach?</numerusform>
            <numerusform>Uwaga: tydzień {where}: {count} na etapie „{stage}”, ale {previous} na wcześniejszym „{before}” (łącznie %Ln takie kroki); czy etapy są we właściwych kolumnach?</numerusform>
            <numerusform>Uwaga: tydzień {where}: {count} na etapie „{stage}”, ale {previous} na wcześniejszym „{before}” (łącznie %Ln takich kroków); czy etapy są we właściwych kolumnach?</numerusform>
        </translation>
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
        <source>Edit → Undo takes the whole import back.</source>
        <translation>Edycja → Cofnij wycofuje cały import.</translation>
    </message>
    <message>
        <source>Warning: week of {where}: {count} at “{stage}” but {previous} at “{before}” before it; are the stages in the right columns?</source>
        <translation>Uwaga: tydzień od {where}: {count} na etapie „{stage}”, ale {previous} na poprzedzającym go etapie „{before}”; czy etapy są we właściwych kolumnach?</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>{file}, row {row}, column &quot;{column}&quot;: {message}</source>
        <translation>{file}, wiersz {row}, kolumna „{column}”: {message}</translation>
    </message>
    <message>
        <source>{file}, row {row}: {message}</source>
        <translation>{file}, wiersz {row}: {message}</translation>
    </message>
    <message>
        <source>{file}, column &quot;{column}&quot;: {message}</source>
        <translation>{file}, kolumna „{column}”: {message}</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>cannot be imported ({detail})</source>
        <translation>nie można zaimportować ({detail})</translation>
    </message>
    <message>
        <source>no column is mapped to {field}; map one</source>
        <translation>żadna kolumna nie jest przypisana do pola {field}; przypisz jedną</translation>
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation>plik nie zawiera wierszy danych</translation>
    </message>
    <message>
        <source>the file has no counts to import</source>
        <translation>plik nie zawiera liczb do zaimportowania</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is more than {limit}</source>
        <translation>„{value}” to więcej niż {limit}</translation>
    </message>
    <message>
        <source>the counts of the week {week}, stage &quot;{stage}&quot; add up to more than {limit}</source>
        <translation>liczby tygodnia {week}, etapu „{stage}” sumują się do ponad {limit}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date format; write one like {examples}</source>
        <translation>„{value}” to nie jest format daty; zapisz go np. jako {examples}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} lub {second}</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) from {week} on, more than 8 weeks after today ({today}); is the year right?</source>
        <translation>
            <numerusform>%n tydzień od {week}, ponad 8 tygodni po dzisiejszym dniu ({today}); czy rok jest poprawny?</numerusform>
            <numerusform>%n tygodnie od {week}, ponad 8 tygodni po dzisiejszym dniu ({today}); czy rok jest poprawny?</numerusform>
            <numerusform>%n tygodni od {week}, ponad 8 tygodni po dzisiejszym dniu ({today}); czy rok jest poprawny?</numerusform>
        </translation>
    </message>
    <message>
        <source>week {week}, source &quot;{source}&quot;, variant &quot;{variant}&quot;</source>
        <translation>tydzień {week}, źródło „{source}”, wariant „{variant}”</translation>
    </message>
    <message>
        <source>week {week}, source &quot;{source}&quot;</source>
        <translation>tydzień {week}, źródło „{source}”</translation>
    </message>
    <message>
        <source>week {week}, variant &quot;{variant}&quot;</source>
        <translation>tydzień {week}, wariant „{variant}”</translation>
    </message>
    <message>
        <source>week {week}</source>
        <translation>tydzień {week}</translation>
    </message>
    <message numerus="yes">
        <source>{where}: {count} at &quot;{stage}&quot; but {previous_count} at &quot;{previous_stage}&quot; before it (%n such steps in all); are the stages in the right columns?</source>
        <translation>
            <numerusform>{where}: {count} na etapie „{stage}”, ale {previous_count} na wcześniejszym „{previous_stage}” (łącznie %n taki krok); czy etapy są we właściwych kolumnach?</numerusform>
            <numerusform>{where}: {count} na etapie „{stage}”, ale {previous_count} na wcześniejszym „{previous_stage}” (łącznie %n takie kroki); czy etapy są we właściwych kolumnach?</numerusform>
            <numerusform>{where}: {count} na etapie „{stage}”, ale {previous_count} na wcześniejszym „{previous_stage}” (łącznie %n takich kroków); czy etapy są we właściwych kolumnach?</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: {count} at &quot;{stage}&quot; but {previous_count} at &quot;{previous_stage}&quot; before it; are the stages in the right columns?</source>
        <translation>{where}: {count} na etapie „{stage}”, ale {previous_count} na wcześniejszym „{previous_stage}”; czy etapy są we właściwych kolumnach?</translation>
    </message>
    <message>
        <source>is not {encoding} text (byte {byte}); choose its encoding</source>
        <translation>nie jest tekstem {encoding} (bajt {byte}); wybierz kodowanie</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not an encoding</source>
        <translation>„{encoding}” nie jest kodowaniem</translation>
    </message>
    <message numerus="yes">
        <source>the first row is longer than %Ln KB; refused</source>
        <translation>
            <numerusform>pierwszy wiersz ma ponad %Ln KB; odrzucono</numerusform>
            <numerusform>pierwszy wiersz ma ponad %Ln KB; odrzucono</numerusform>
            <numerusform>pierwszy wiersz ma ponad %Ln KB; odrzucono</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>the first row has no column names</source>
        <translation>pierwszy wiersz nie zawiera nazw kolumn</translation>
    </message>
    <message numerus="yes">
        <source>has %Ln column(s), more than {limit}; delete the columns it does not need</source>
        <translation>
            <numerusform>ma %Ln kolumnę, więcej niż {limit}; usuń niepotrzebne kolumny</numerusform>
            <numerusform>ma %Ln kolumny, więcej niż {limit}; usuń niepotrzebne kolumny</numerusform>
            <numerusform>ma %Ln kolumn, więcej niż {limit}; usuń niepotrzebne kolumny</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail})</source>
        <translation>nie można odczytać jako CSV ({detail})</translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>nie można odczytać ({detail})</translation>
    </message>
    <message>
        <source>is not {encoding} text; choose its encoding</source>
        <translation>nie jest tekstem {encoding}; wybierz kodowanie</translation>
    </message>
    <message numerus="yes">
        <source>the row has more cells than the header&apos;s %Ln column(s); a value with &quot;{separator}&quot; in it must be in quotes</source>
        <translation>
            <numerusform>wiersz ma więcej komórek niż %Ln kolumna nagłówka; wartość zawierająca „{separator}” musi być w cudzysłowie</numerusform>
            <numerusform>wiersz ma więcej komórek niż %Ln kolumny nagłówka; wartość zawierająca „{separator}” musi być w cudzysłowie</numerusform>
            <numerusform>wiersz ma więcej komórek niż %Ln kolumn nagłówka; wartość zawierająca „{separator}” musi być w cudzysłowie</numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet &quot;{sheet}&quot; is empty</source>
        <translation>arkusz „{sheet}” jest pusty</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nie ma takiego pliku</translation>
    </message>
    <message>
        <source>is an old Excel file (.xls); save it as .xlsx or .csv</source>
        <translation>to stary plik Excela (.xls); zapisz go jako .xlsx lub .csv</translation>
    </message>
    <message>
        <source>is not a CSV or XLSX file</source>
        <translation>nie jest plikiem CSV ani XLSX</translation>
    </message>
    <message numerus="yes">
        <source>is %Ln MB, more than {limit} MB</source>
        <translation>
            <numerusform>ma %Ln MB, więcej niż {limit} MB</numerusform>
            <numerusform>ma %Ln MB, więcej niż {limit} MB</numerusform>
            <numerusform>ma %Ln MB, więcej niż {limit} MB</numerusform>
        </translation>
    </message>
    <message>
        <source>the file has no such column (its columns: {columns})</source>
        <translation>w pliku nie ma takiej kolumny (jego kolumny: {columns})</translation>
    </message>
    <message>
        <source>the file has no such column</source>
        <translation>w pliku nie ma takiej kolumny</translation>
    </message>
    <message>
        <source>two columns have this name</source>
        <translation>dwie kolumny mają tę nazwę</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; is not a field ({fields}, stage:NAME)</source>
        <translation>„{field}” nie jest polem ({fields}, stage:NAZWA)</translation>
    </message>
    <message>
        <source>both this column and &quot;{other}&quot; are mapped to {field}</source>
        <translation>zarówno ta kolumna, jak i „{other}” są przypisane do pola {field}</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>jest dłuższy niż %n znak</numerusform>
            <numerusform>jest dłuższy niż %n znaki</numerusform>
            <numerusform>jest dłuższy niż %n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>the stage is empty</source>
        <translation>etap jest pusty</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is mapped to &quot;{target}&quot;, which is not a stage of the funnel &quot;{funnel}&quot; ({stages})</source>
        <translation>„{name}” przypisano do „{target}”, który nie jest etapem lejka „{funnel}” ({stages})</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a stage of the funnel &quot;{funnel}&quot; ({stages}); map it to one</source>
        <translation>„{name}” nie jest etapem lejka „{funnel}” ({stages}); przypisz go do jednego z nich</translation>
    </message>
    <message>
        <source>the same week, stage, source and variant as row {row} (a duplicate)</source>
        <translation>ten sam tydzień, etap, źródło i wariant co w wierszu {row} (duplikat)</translation>
    </message>
    <message>
        <source>the week is empty</source>
        <translation>tydzień jest pusty</translation>
    </message>
    <message>
        <source>the count is empty</source>
        <translation>liczba jest pusta</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a stage of the funnel</source>
        <translation>„{name}” nie jest etapem lejka</translation>
    </message>
    <message>
        <source>{field} {value} here but {first_value} in row {first_row} for the same week, source and variant; write it on one row (0 or empty on the others) or the same on each</source>
        <translation>{field} ma tu {value}, a w wierszu {first_row} {first_value} dla tego samego tygodnia, źródła i wariantu; wpisz wartość w jednym wierszu (0 lub puste w pozostałych) albo tę samą w każdym</translation>
    </message>
    <message>
        <source>the lead id is empty</source>
        <translation>ID leada jest puste</translation>
    </message>
    <message>
        <source>the time is empty</source>
        <translation>czas jest pusty</translation>
    </message>
    <message>
        <source>no column holds the counts (how many reached each stage in the week); map one to count</source>
        <translation>żadna kolumna nie zawiera liczb (ile osiągnęło każdy etap w tygodniu); przypisz jedną do liczby</translation>
    </message>
    <message>
        <source>cannot tell weekly counts (week, stage, count) from raw events (lead id, time, stage) by the column names; map the columns</source>
        <translation>po nazwach kolumn nie da się odróżnić liczb tygodniowych (tydzień, etap, liczba) od surowych zdarzeń (ID leada, czas, etap); przypisz kolumny</translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row {row} holds more than %Ln element(s)</source>
        <translation>
            <numerusform>{sheet}, wiersz {row} zawiera ponad %Ln element</numerusform>
            <numerusform>{sheet}, wiersz {row} zawiera ponad %Ln elementy</numerusform>
            <numerusform>{sheet}, wiersz {row} zawiera ponad %Ln elementów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} holds more than %Ln element(s) besides its cells</source>
        <translation>
            <numerusform>{sheet} zawiera poza komórkami ponad %Ln element</numerusform>
            <numerusform>{sheet} zawiera poza komórkami ponad %Ln elementy</numerusform>
            <numerusform>{sheet} zawiera poza komórkami ponad %Ln elementów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has more than %Ln cell(s); save it as CSV</source>
        <translation>
            <numerusform>{sheet} ma ponad %Ln komórkę; zapisz go jako CSV</numerusform>
            <numerusform>{sheet} ma ponad %Ln komórki; zapisz go jako CSV</numerusform>
            <numerusform>{sheet} ma ponad %Ln komórek; zapisz go jako CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row {row} has more than %Ln cell(s)</source>
        <translation>
            <numerusform>{sheet}, wiersz {row} ma ponad %Ln komórkę</numerusform>
            <numerusform>{sheet}, wiersz {row} ma ponad %Ln komórki</numerusform>
            <numerusform>{sheet}, wiersz {row} ma ponad %Ln komórek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has a cell in column {column} of row {row}, right of column %Ln; delete the columns it does not need</source>
        <translation>
            <numerusform>{sheet} ma komórkę w kolumnie {column} wiersza {row}, na prawo od kolumny %Ln; usuń niepotrzebne kolumny</numerusform>
            <numerusform>{sheet} ma komórkę w kolumnie {column} wiersza {row}, na prawo od kolumny %Ln; usuń niepotrzebne kolumny</numerusform>
            <numerusform>{sheet} ma komórkę w kolumnie {column} wiersza {row}, na prawo od kolumny %Ln; usuń niepotrzebne kolumny</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} has a row {row}, past Excel&apos;s last, %Ln</source>
        <translation>
            <numerusform>{sheet} ma wiersz {row}, poza ostatnim wierszem Excela (%Ln)</numerusform>
            <numerusform>{sheet} ma wiersz {row}, poza ostatnim wierszem Excela (%Ln)</numerusform>
            <numerusform>{sheet} ma wiersz {row}, poza ostatnim wierszem Excela (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{sheet} row {row} holds a text longer than %Ln character(s)</source>
        <translation>
            <numerusform>{sheet}, wiersz {row} zawiera tekst dłuższy niż %Ln znak</numerusform>
            <numerusform>{sheet}, wiersz {row} zawiera tekst dłuższy niż %Ln znaki</numerusform>
            <numerusform>{sheet}, wiersz {row} zawiera tekst dłuższy niż %Ln znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>{sheet} declares a DOCTYPE, which a sheet never has</source>
        <translation>{sheet} deklaruje DOCTYPE, którego arkusz nigdy nie ma</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>„{value}” nie jest liczbą</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is negative</source>
        <translation>„{value}” jest liczbą ujemną</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number</source>
        <translation>„{value}” nie jest liczbą całkowitą</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date</source>
        <translation>„{value}” nie jest datą</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date between {first} and {last}</source>
        <translation>„{value}” nie jest datą z zakresu od {first} do {last}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date in the form {form}</source>
        <translation>„{value}” nie jest datą w formacie {form}</translation>
    </message>
    <message>
        <source>the dates can be read as {formats}; choose the date format</source>
        <translation>daty można odczytać jako {formats}; wybierz format daty</translation>
    </message>
    <message>
        <source>is not a readable XLSX file ({detail})</source>
        <translation>nie jest czytelnym plikiem XLSX ({detail})</translation>
    </message>
    <message>
        <source>is not a readable XLSX file</source>
        <translation>nie jest czytelnym plikiem XLSX</translation>
    </message>
    <message numerus="yes">
        <source>holds %Ln part(s), more than {limit}; refused</source>
        <translation>
            <numerusform>zawiera %Ln część, więcej niż {limit}; odrzucono</numerusform>
            <numerusform>zawiera %Ln części, więcej niż {limit}; odrzucono</numerusform>
            <numerusform>zawiera %Ln części, więcej niż {limit}; odrzucono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unpacks to %Ln MB, more than the {limit} MB an XLSX file may; save it as CSV</source>
        <translation>
            <numerusform>po rozpakowaniu ma %Ln MB, więcej niż dozwolone {limit} MB dla pliku XLSX; zapisz go jako CSV</numerusform>
            <numerusform>po rozpakowaniu ma %Ln MB, więcej niż dozwolone {limit} MB dla pliku XLSX; zapisz go jako CSV</numerusform>
            <numerusform>po rozpakowaniu ma %Ln MB, więcej niż dozwolone {limit} MB dla pliku XLSX; zapisz go jako CSV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{part} unpacks to %Ln time(s) its packed size (at most {limit}); refused as a zip bomb</source>
        <translation>
            <numerusform>{part} po rozpakowaniu jest %Ln raz większy od spakowanego (najwyżej {limit}); odrzucono jako bombę zip</numerusform>
            <numerusform>{part} po rozpakowaniu jest %Ln razy większy od spakowanego (najwyżej {limit}); odrzucono jako bombę zip</numerusform>
            <numerusform>{part} po rozpakowaniu jest %Ln razy większy od spakowanego (najwyżej {limit}); odrzucono jako bombę zip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{part} unpacks to %Ln MB, more than {limit} MB</source>
        <translation>
            <numerusform>{part} po rozpakowaniu ma %Ln MB, więcej niż {limit} MB</numerusform>
            <numerusform>{part} po rozpakowaniu ma %Ln MB, więcej niż {limit} MB</numerusform>
            <numerusform>{part} po rozpakowaniu ma %Ln MB, więcej niż {limit} MB</numerusform>
        </translation>
    </message>
    <message>
        <source>has no sheet</source>
        <translation>nie ma arkusza</translation>
    </message>
    <message numerus="yes">
        <source>has no sheet &quot;{sheet}&quot;; its sheets are {listed} and %n more</source>
        <translation>
            <numerusform>nie ma arkusza „{sheet}”; jego arkusze to {listed} i %n inny</numerusform>
            <numerusform>nie ma arkusza „{sheet}”; jego arkusze to {listed} i %n inne</numerusform>
            <numerusform>nie ma arkusza „{sheet}”; jego arkusze to {listed} i %n innych</numerusform>
        </translation>
    </message>
    <message>
        <source>has no sheet &quot;{sheet}&quot;; its sheets are {listed}</source>
        <translation>nie ma arkusza „{sheet}”; jego arkusze to {listed}</translation>
    </message>
    <message>
        <source>the sheet &quot;{sheet}&quot; is a chart, not a table</source>
        <translation>arkusz „{sheet}” jest wykresem, a nie tabelą</translation>
    </message>
    <message numerus="yes">
        <source>the first row has more than %Ln column(s); refused</source>
        <translation>
            <numerusform>pierwszy wiersz ma ponad %Ln kolumnę; odrzucono</numerusform>
            <numerusform>pierwszy wiersz ma ponad %Ln kolumny; odrzucono</numerusform>
            <numerusform>pierwszy wiersz ma ponad %Ln kolumn; odrzucono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sheet &quot;{sheet}&quot; is %Ln column(s) wide, more than {limit}; delete the columns it does not need</source>
        <translation>
            <numerusform>arkusz „{sheet}” ma %Ln kolumnę szerokości, więcej niż {limit}; usuń niepotrzebne kolumny</numerusform>
            <numerusform>arkusz „{sheet}” ma %Ln kolumny szerokości, więcej niż {limit}; usuń niepotrzebne kolumny</numerusform>
            <numerusform>arkusz „{sheet}” ma %Ln kolumn szerokości, więcej niż {limit}; usuń niepotrzebne kolumny</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sheet &quot;{sheet}&quot; has more than %Ln cell(s); save it as CSV</source>
        <translation>
            <numerusform>arkusz „{sheet}” ma ponad %Ln komórkę; zapisz go jako CSV</numerusform>
            <numerusform>arkusz „{sheet}” ma ponad %Ln komórki; zapisz go jako CSV</numerusform>
            <numerusform>arkusz „{sheet}” ma ponad %Ln komórek; zapisz go jako CSV</numerusform>
        </translation>
    </message>
    <message>
        <source>the sheet &quot;{name}&quot;</source>
        <translation>arkusz „{name}”</translation>
    </message>
    <message>
        <source>{problem} (pass --date-format with one of these: {formats})</source>
        <translation>{problem} (podaj --date-format z jednym z tych formatów: {formats})</translation>
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
    <message numerus="yes">
        <source>Overdue by %Ln day(s) and not done yet.</source>
        <translation>
            <numerusform>Po terminie o %Ln dzień i jeszcze niewykonane.</numerusform>
            <numerusform>Po terminie o %Ln dni i jeszcze niewykonane.</numerusform>
            <numerusform>Po terminie o %Ln dni i jeszcze niewykonane.</numerusform>
        </translation>
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
        <source>Green at or above {green}, red at or below {red}, amber between.</source>
        <translation>Zielony przy {green} lub więcej, czerwony przy {red} lub mniej, pomarańczowy pomiędzy.</translation>
    </message>
    <message>
        <source>Green at or below {green}, red at or above {red}, amber between.</source>
        <translation>Zielony przy {green} lub mniej, czerwony przy {red} lub więcej, pomarańczowy pomiędzy.</translation>
    </message>
    <message>
        <source>Value of {name}</source>
        <translation>Wartość: {name}</translation>
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
    <message numerus="yes">
        <source>Latest {value} on {date}; %Ln value(s) since {first}.</source>
        <translation>
            <numerusform>Ostatnio {value} w dniu {date}; %Ln wartość od {first}.</numerusform>
            <numerusform>Ostatnio {value} w dniu {date}; %Ln wartości od {first}.</numerusform>
            <numerusform>Ostatnio {value} w dniu {date}; %Ln wartości od {first}.</numerusform>
        </translation>
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
    <message>
        <source>{start} → {end} rate</source>
        <translation>wskaźnik {start} → {end}</translation>
    </message>
    <message>
        <source>{first} → {end} overall rate</source>
        <translation>wskaźnik łączny {first} → {end}</translation>
    </message>
    <message>
        <source>{end} per week</source>
        <translation>{end} tygodniowo</translation>
    </message>
    <message>
        <source>cost per {end}</source>
        <translation>koszt na {end}</translation>
    </message>
    <message>
        <source>CAC per {end}</source>
        <translation>CAC na {end}</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>przychód</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>wydatki</translation>
    </message>
    <message>
        <source>all sources</source>
        <translation>wszystkie źródła</translation>
    </message>
    <message>
        <source>From funnel {funnel}: {metric} · {source}</source>
        <translation>Z lejka {funnel}: {metric} · {source}</translation>
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
    <message>
        <source>Automatic: from import {file}, week {week}</source>
        <translation>Automatycznie: z importu {file}, {week}</translation>
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
    <name>LiveUpdates</name>
    <message>
        <source>The team server is back: the workspace shows its latest state.</source>
        <translation>Serwer zespołu znów działa: obszar roboczy pokazuje najnowszy stan.</translation>
    </message>
    <message>
        <source>The team server cannot be reached ({reason}). Changes are refused until it answers again; okrdesk reconnects by itself.</source>
        <translation>Brak połączenia z serwerem zespołu ({reason}). Zmiany są odrzucane, dopóki serwer znów nie odpowie; okrdesk połączy się ponownie samodzielnie.</translation>
    </message>
    <message>
        <source>Change not made</source>
        <translation>Nie wprowadzono zmiany</translation>
    </message>
    <message>
        <source>The team server cannot be reached, so the change was not made and nothing is kept to be sent later. Make it again once the server is back.</source>
        <translation>Brak połączenia z serwerem zespołu, więc zmiany nie wprowadzono i nic nie czeka na późniejsze wysłanie. Wprowadź ją ponownie, gdy serwer znów będzie dostępny.</translation>
    </message>
    <message>
        <source>The team server cannot be reached ({reason}), so this was not done. okrdesk reconnects by itself; try again once the server is back.</source>
        <translation>Brak połączenia z serwerem zespołu ({reason}), więc tego nie wykonano. okrdesk połączy się ponownie samodzielnie; spróbuj jeszcze raz, gdy serwer znów będzie dostępny.</translation>
    </message>
    <message>
        <source>{person} checked in &apos;{title}&apos;</source>
        <translation>{person}: aktualizacja „{title}”</translation>
    </message>
    <message>
        <source>Someone checked in &apos;{title}&apos;</source>
        <translation>Ktoś zaktualizował „{title}”</translation>
    </message>
    <message numerus="yes">
        <source>{person} checked in %n key result(s)</source>
        <translation>
            <numerusform>{person}: aktualizacja %n kluczowego rezultatu</numerusform>
            <numerusform>{person}: aktualizacja %n kluczowych rezultatów</numerusform>
            <numerusform>{person}: aktualizacja %n kluczowych rezultatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone checked in %n key result(s)</source>
        <translation>
            <numerusform>Ktoś zaktualizował %n kluczowy rezultat</numerusform>
            <numerusform>Ktoś zaktualizował %n kluczowe rezultaty</numerusform>
            <numerusform>Ktoś zaktualizował %n kluczowych rezultatów</numerusform>
        </translation>
    </message>
    <message>
        <source>{person} changed the key result &apos;{title}&apos;</source>
        <translation>{person}: zmiana kluczowego rezultatu „{title}”</translation>
    </message>
    <message>
        <source>Someone changed the key result &apos;{title}&apos;</source>
        <translation>Ktoś zmienił kluczowy rezultat „{title}”</translation>
    </message>
    <message numerus="yes">
        <source>{person} changed %n key result(s)</source>
        <translation>
            <numerusform>{person}: zmiana %n kluczowego rezultatu</numerusform>
            <numerusform>{person}: zmiana %n kluczowych rezultatów</numerusform>
            <numerusform>{person}: zmiana %n kluczowych rezultatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Someone changed %n key result(s)</source>
        <translation>
            <numerusform>Ktoś zmienił %n kluczowy rezultat</numerusform>
            <numerusform>Ktoś zmienił %n kluczowe rezultaty</numerusform>
            <numerusform>Ktoś zmienił %n kluczowych rezultatów</numerusform>
        </translation>
    </message>
    <message>
        <source>{person} decided the experiment &apos;{title}&apos;</source>
        <translation>{person}: decyzja w eksperymencie „{title}”</translation>
    </message>
    <message>
        <source>Someone decided the experiment &apos;{title}&apos;</source>
        <translation>Ktoś podjął decyzję w eksperymencie „{title}”</translation>
    </message>
    <message>
        <source>Someone imported funnel data into &apos;{title}&apos;</source>
        <translation>Ktoś zaimportował dane lejka do „{title}”</translation>
    </message>
    <message>
        <source>Someone changed the workspace</source>
        <translation>Ktoś zmienił obszar roboczy</translation>
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
        <source>Connect to &amp;team workspace…</source>
        <translation>Połącz z ze&amp;społowym obszarem roboczym…</translation>
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
        <source>Import O&amp;KRs…</source>
        <translation>Importuj OK&amp;R…</translation>
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
        <source>Loading {section}…</source>
        <translation>Wczytywanie sekcji „{section}”…</translation>
    </message>
    <message>
        <source>{section} could not be loaded.</source>
        <translation>Nie udało się wczytać sekcji „{section}”.</translation>
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
        <source>You can read this team workspace; your role does not allow changes. Ask its owner for the member role to check in and edit.</source>
        <translation>Ten zespołowy obszar roboczy można tylko przeglądać: twoja rola nie pozwala na zmiany. Aby aktualizować i edytować, poproś właściciela o rolę członka.</translation>
    </message>
    <message>
        <source>Your role on this team workspace does not allow changes.</source>
        <translation>Twoja rola w tym zespołowym obszarze roboczym nie pozwala na zmiany.</translation>
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
    <name>ManagementDashboard</name>
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
        <source>{year}-W{week}</source>
        <translation>tydz. {week}/{year}</translation>
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
    <name>OkrConflicts</name>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Aligned under</source>
        <translation>Cel nadrzędny</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Unit label</source>
        <translation>Etykieta jednostki</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Miejsca dziesiętne</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Wartość początkowa</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Koszt dotychczas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
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
        <source>Blockers</source>
        <translation>Przeszkody</translation>
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
    <message numerus="yes">
        <source>“{title}” has %Ln check-in(s). Delete it together with its check-ins?
Edit → Undo brings everything back.</source>
        <translation>
            <numerusform>„{title}” ma %Ln aktualizację. Usunąć go razem z aktualizacjami?
Edycja → Cofnij przywraca wszystko.</numerusform>
            <numerusform>„{title}” ma %Ln aktualizacje. Usunąć go razem z aktualizacjami?
Edycja → Cofnij przywraca wszystko.</numerusform>
            <numerusform>„{title}” ma %Ln aktualizacji. Usunąć go razem z aktualizacjami?
Edycja → Cofnij przywraca wszystko.</numerusform>
        </translation>
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
        <source>No team</source>
        <translation>Bez zespołu</translation>
    </message>
    <message>
        <source>Not aligned</source>
        <translation>Bez powiązania</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Poziom:</translation>
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
        <source>&amp;Aligned under:</source>
        <translation>Cel &amp;nadrzędny:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>none, or h, days, NPS, tickets…</source>
        <translation>brak albo h, dni, NPS, zgłoszenia…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Jednostka:</translation>
    </message>
    <message>
        <source>Unit &amp;label:</source>
        <translation>&amp;Etykieta jednostki:</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>&amp;Miejsca dziesiętne:</translation>
    </message>
    <message>
        <source>&amp;Start (baseline):</source>
        <translation>&amp;Start (wartość bazowa):</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Wartość &amp;docelowa:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>Wa&amp;ga:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budżet:</translation>
    </message>
    <message>
        <source>&amp;Cost so far:</source>
        <translation>&amp;Koszt dotychczas:</translation>
    </message>
</context>
<context>
    <name>OkrErrors</name>
    <message>
        <source>confidence must be between 0 and 10</source>
        <translation>pewność musi mieć wartość od 0 do 10</translation>
    </message>
    <message>
        <source>cycle {cycle} is not closed</source>
        <translation>cykl {cycle} nie jest zamknięty</translation>
    </message>
    <message>
        <source>cycle {cycle} is closed</source>
        <translation>cykl {cycle} jest zamknięty</translation>
    </message>
    <message>
        <source>cycle {cycle} does not start after {source}</source>
        <translation>cykl {cycle} nie zaczyna się po {source}</translation>
    </message>
    <message>
        <source>objectives {ids} are not in cycle {cycle}</source>
        <translation>cele {ids} nie należą do cyklu {cycle}</translation>
    </message>
    <message>
        <source>key result {id} is not in cycle {cycle}</source>
        <translation>kluczowy rezultat {id} nie należy do cyklu {cycle}</translation>
    </message>
    <message>
        <source>“{title}” is chosen without its objective</source>
        <translation>wybrano „{title}” bez jego celu</translation>
    </message>
    <message>
        <source>“{title}” reached its target; there is nothing to carry</source>
        <translation>„{title}” osiągnął wartość docelową; nie ma czego przenosić</translation>
    </message>
    <message>
        <source>“{title}” was carried into {cycle} already</source>
        <translation>„{title}” został już przeniesiony do {cycle}</translation>
    </message>
    <message>
        <source>a grade is 0.0–1.0 in tenths, not {grade}</source>
        <translation>ocena to 0,0–1,0 w dziesiątych częściach, a nie {grade}</translation>
    </message>
    <message>
        <source>cycle {cycle} is closed; reopen it to change it</source>
        <translation>cykl {cycle} jest zamknięty; otwórz go ponownie, aby go zmienić</translation>
    </message>
    <message>
        <source>a KPI value must be a finite number</source>
        <translation>wartość KPI musi być liczbą skończoną</translation>
    </message>
    <message>
        <source>another KPI is called {name}</source>
        <translation>inny KPI nazywa się {name}</translation>
    </message>
    <message>
        <source>no key result with the id or title &quot;{text}&quot;</source>
        <translation>brak kluczowego rezultatu o ID lub tytule „{text}”</translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) are titled &quot;{text}&quot; (ids {ids}); give the id</source>
        <translation>
            <numerusform>%n kluczowy rezultat ma tytuł „{text}” (ID {ids}); podaj ID</numerusform>
            <numerusform>%n kluczowe rezultaty mają tytuł „{text}” (ID {ids}); podaj ID</numerusform>
            <numerusform>%n kluczowych rezultatów ma tytuł „{text}” (ID {ids}); podaj ID</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>{title} — last check-in %Ln day(s) ago</source>
        <translation>
            <numerusform>{title} — ostatnia aktualizacja %Ln dzień temu</numerusform>
            <numerusform>{title} — ostatnia aktualizacja %Ln dni temu</numerusform>
            <numerusform>{title} — ostatnia aktualizacja %Ln dni temu</numerusform>
        </translation>
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
    <name>OkrImportDialog</name>
    <message>
        <source>Import OKRs</source>
        <translation>Import OKR</translation>
    </message>
    <message>
        <source>A .xlsx or .csv file, one key result a row</source>
        <translation>Plik .xlsx lub .csv, jeden kluczowy rezultat w wierszu</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>&amp;Cykl:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Kluczowy rezultat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Wartość docelowa</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Bieżąca</translation>
    </message>
    <message>
        <source>&amp;Download template…</source>
        <translation>Pobierz &amp;szablon…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Arkusze (*.xlsx *.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The workspace has no open cycle to import into.</source>
        <translation>Obszar roboczy nie ma otwartego cyklu, do którego można importować.</translation>
    </message>
    <message>
        <source>Choose a spreadsheet: one key result a row, headers in English, Polish, Hungarian or Russian (see Download template).</source>
        <translation>Wybierz arkusz: jeden kluczowy rezultat w wierszu, nagłówki po angielsku, polsku, węgiersku lub rosyjsku (zob. Pobierz szablon).</translation>
    </message>
    <message>
        <source>{problem}
This file cannot be imported; nothing was changed.</source>
        <translation>{problem}
Tego pliku nie można zaimportować; nic nie zmieniono.</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) will be created</source>
        <translation>
            <numerusform>Zostanie utworzony %n cel</numerusform>
            <numerusform>Zostaną utworzone %n cele</numerusform>
            <numerusform>Zostanie utworzonych %n celów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) will be matched</source>
        <translation>
            <numerusform>Zostanie dopasowany %n cel</numerusform>
            <numerusform>Zostaną dopasowane %n cele</numerusform>
            <numerusform>Zostanie dopasowanych %n celów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) will be created</source>
        <translation>
            <numerusform>Zostanie utworzony %n kluczowy rezultat</numerusform>
            <numerusform>Zostaną utworzone %n kluczowe rezultaty</numerusform>
            <numerusform>Zostanie utworzonych %n kluczowych rezultatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) will be updated</source>
        <translation>
            <numerusform>Zostanie zaktualizowany %n kluczowy rezultat</numerusform>
            <numerusform>Zostaną zaktualizowane %n kluczowe rezultaty</numerusform>
            <numerusform>Zostanie zaktualizowanych %n kluczowych rezultatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s) will be recorded</source>
        <translation>
            <numerusform>Zostanie zapisana %n aktualizacja</numerusform>
            <numerusform>Zostaną zapisane %n aktualizacje</numerusform>
            <numerusform>Zostanie zapisanych %n aktualizacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be created: {names}</source>
        <translation>
            <numerusform>Zostanie utworzona %n osoba: {names}</numerusform>
            <numerusform>Zostaną utworzone %n osoby: {names}</numerusform>
            <numerusform>Zostanie utworzonych %n osób: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) will be matched: {names}</source>
        <translation>
            <numerusform>Zostanie dopasowana %n osoba: {names}</numerusform>
            <numerusform>Zostaną dopasowane %n osoby: {names}</numerusform>
            <numerusform>Zostanie dopasowanych %n osób: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) will be created: {names}</source>
        <translation>
            <numerusform>Zostanie utworzony %n zespół: {names}</numerusform>
            <numerusform>Zostaną utworzone %n zespoły: {names}</numerusform>
            <numerusform>Zostanie utworzonych %n zespołów: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n team(s) will be matched: {names}</source>
        <translation>
            <numerusform>Zostanie dopasowany %n zespół: {names}</numerusform>
            <numerusform>Zostaną dopasowane %n zespoły: {names}</numerusform>
            <numerusform>Zostanie dopasowanych %n zespołów: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} (new)</source>
        <translation>{title} (nowy)</translation>
    </message>
    <message>
        <source>{title} (matched)</source>
        <translation>{title} (dopasowany)</translation>
    </message>
    <message>
        <source>{title} (updated)</source>
        <translation>{title} (zaktualizowany)</translation>
    </message>
    <message>
        <source>Download template</source>
        <translation>Pobierz szablon</translation>
    </message>
    <message>
        <source>The template could not be saved to {path}: {reason}</source>
        <translation>Nie można zapisać szablonu w {path}: {reason}</translation>
    </message>
    <message>
        <source>Template saved to {path}</source>
        <translation>Szablon zapisano w {path}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
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
    <name>OkrRules</name>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Budżet nie może być ujemny.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>Koszt nie może być ujemny.</translation>
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
        <source>The level is company, team or individual, not {level}.</source>
        <translation>Poziom to Firma, Zespół lub Indywidualny, a nie {level}.</translation>
    </message>
    <message>
        <source>{kind} is not a kind of key result.</source>
        <translation>{kind} nie jest rodzajem kluczowego rezultatu.</translation>
    </message>
    <message>
        <source>{unit} is not a unit of key results.</source>
        <translation>{unit} nie jest jednostką kluczowych rezultatów.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Wpisz liczbę.</translation>
    </message>
    <message>
        <source>The weight must be more than 0.</source>
        <translation>Waga musi być większa od 0.</translation>
    </message>
    <message>
        <source>The unit label has at most 20 characters and no spaces around it.</source>
        <translation>Etykieta jednostki może mieć najwyżej 20 znaków i nie może zaczynać się ani kończyć spacją.</translation>
    </message>
    <message>
        <source>Decimals go from 0 to 4.</source>
        <translation>Liczba miejsc po przecinku: od 0 do 4.</translation>
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
        <source>A yes/no key result starts at 0 (not done) and targets 1 (done).</source>
        <translation>Kluczowy rezultat typu tak/nie zaczyna od 0 (niewykonane) i ma wartość docelową 1 (wykonane).</translation>
    </message>
    <message>
        <source>A percentage outside 0–100 %: is that right?</source>
        <translation>Procent spoza zakresu 0–100 %: czy to na pewno dobrze?</translation>
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
        <translation>Z szab&amp;lonu…</translation>
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
        <translation>&amp;Status:</translation>
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
    <message numerus="yes">
        <source>Reading %Ln key result(s)…</source>
        <translation>
            <numerusform>Odczytywanie %Ln kluczowego rezultatu…</numerusform>
            <numerusform>Odczytywanie %Ln kluczowych rezultatów…</numerusform>
            <numerusform>Odczytywanie %Ln kluczowych rezultatów…</numerusform>
        </translation>
    </message>
    <message>
        <source>The cycle could not be read.</source>
        <translation>Nie udało się odczytać cyklu.</translation>
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
    <name>OkrSheet</name>
    <message>
        <source>the workspace has no cycle</source>
        <translation>obszar roboczy nie ma cyklu</translation>
    </message>
    <message>
        <source>no cycle &quot;{name}&quot; (there are no cycles)</source>
        <translation>brak cyklu „{name}” (nie ma żadnych cykli)</translation>
    </message>
    <message>
        <source>no cycle &quot;{name}&quot; (cycles: {cycles})</source>
        <translation>brak cyklu „{name}” (cykle: {cycles})</translation>
    </message>
    <message>
        <source>the cycle &quot;{cycle}&quot; is closed; choose another</source>
        <translation>cykl „{cycle}” jest zamknięty; wybierz inny</translation>
    </message>
    <message>
        <source>has no column for {columns}; the first row must name the columns (see the templates in English, Polish, Hungarian or Russian)</source>
        <translation>brak kolumny dla: {columns}; pierwszy wiersz musi zawierać nazwy kolumn (zob. szablony po angielsku, polsku, węgiersku lub rosyjsku)</translation>
    </message>
    <message>
        <source>has no key results below its header</source>
        <translation>pod nagłówkiem nie ma kluczowych rezultatów</translation>
    </message>
    <message>
        <source>the key result &quot;{title}&quot; is already on row {row} under the same objective</source>
        <translation>kluczowy rezultat „{title}” jest już w wierszu {row} pod tym samym celem</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>„{value}” nie jest liczbą</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>wymagana jest liczba</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a kind; use one of {kinds}</source>
        <translation>„{value}” nie jest rodzajem; użyj jednego z: {kinds}</translation>
    </message>
    <message>
        <source>a kind is required; use one of {kinds}</source>
        <translation>wymagany jest rodzaj; użyj jednego z: {kinds}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a unit; use one of {units}</source>
        <translation>„{value}” nie jest jednostką; użyj jednej z: {units}</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} nie jest liczbą całkowitą</translation>
    </message>
    <message numerus="yes">
        <source>has more than %Ln row(s) of key results; refused</source>
        <translation>
            <numerusform>ma ponad %Ln wiersz kluczowych rezultatów; odrzucono</numerusform>
            <numerusform>ma ponad %Ln wiersze kluczowych rezultatów; odrzucono</numerusform>
            <numerusform>ma ponad %Ln wierszy kluczowych rezultatów; odrzucono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>is %Ln MB, more than the {limit} MB an OKR sheet may be; refused</source>
        <translation>
            <numerusform>ma %Ln MB, więcej niż dozwolone {limit} MB dla arkusza OKR; odrzucono</numerusform>
            <numerusform>ma %Ln MB, więcej niż dozwolone {limit} MB dla arkusza OKR; odrzucono</numerusform>
            <numerusform>ma %Ln MB, więcej niż dozwolone {limit} MB dla arkusza OKR; odrzucono</numerusform>
        </translation>
    </message>
    <message>
        <source>the first row has no column names</source>
        <translation>pierwszy wiersz nie zawiera nazw kolumn</translation>
    </message>
    <message numerus="yes">
        <source>a cell is longer than %Ln character(s)</source>
        <translation>
            <numerusform>komórka jest dłuższa niż %Ln znak</numerusform>
            <numerusform>komórka jest dłuższa niż %Ln znaki</numerusform>
            <numerusform>komórka jest dłuższa niż %Ln znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>is not {encoding} text</source>
        <translation>nie jest tekstem {encoding}</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({detail})</source>
        <translation>nie można odczytać jako CSV ({detail})</translation>
    </message>
</context>
<context>
    <name>OkrSheetImport</name>
    <message>
        <source>Import OKRs from {file}</source>
        <translation>Import OKR z {file}</translation>
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
    <message>
        <source>Objective</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Biznes</translation>
    </message>
    <message>
        <source>New objective {title} from a template</source>
        <translation>Nowy cel {title} z szablonu</translation>
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
        <source>Graded {grade} at the cycle&apos;s close</source>
        <translation>Ocena {grade} przy zamknięciu cyklu</translation>
    </message>
    <message>
        <source>Objective / key result</source>
        <translation>Cel / KR</translation>
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
        <translation>Ostatnio</translation>
    </message>
    <message>
        <source>Team objectives without a team</source>
        <translation>Cele zespołowe bez zespołu</translation>
    </message>
    <message>
        <source>{values}, now {current}</source>
        <translation>{values}, teraz {current}</translation>
    </message>
    <message>
        <source>Own key results: {share}</source>
        <translation>Własne kluczowe rezultaty: {share}</translation>
    </message>
    <message>
        <source>Aligned objectives: {share}</source>
        <translation>Powiązane cele: {share}</translation>
    </message>
    <message>
        <source>Expected by today: {share}</source>
        <translation>Oczekiwane na dziś: {share}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message numerus="yes">
        <source>%Ln d ago</source>
        <comment>days since the last check-in</comment>
        <translation>
            <numerusform>%Ln dzień temu</numerusform>
            <numerusform>%Ln dni temu</numerusform>
            <numerusform>%Ln dni temu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>New team {name}</source>
        <translation>Nowy zespół {name}</translation>
    </message>
    <message>
        <source>Rename team {old} to {new}</source>
        <translation>Zmień nazwę zespołu {old} na {new}</translation>
    </message>
    <message>
        <source>Delete team {name}</source>
        <translation>Usuń zespół {name}</translation>
    </message>
    <message>
        <source>New person {name}</source>
        <translation>Nowa osoba {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edytuj {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Usuń {name}</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message numerus="yes">
        <source>%Ln objective(s)</source>
        <translation>
            <numerusform>%Ln cel</numerusform>
            <numerusform>%Ln cele</numerusform>
            <numerusform>%Ln celów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s)</source>
        <translation>
            <numerusform>%Ln kluczowy rezultat</numerusform>
            <numerusform>%Ln kluczowe rezultaty</numerusform>
            <numerusform>%Ln kluczowych rezultatów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln initiative(s)</source>
        <translation>
            <numerusform>%Ln inicjatywa</numerusform>
            <numerusform>%Ln inicjatywy</numerusform>
            <numerusform>%Ln inicjatyw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln experiment(s)</source>
        <translation>
            <numerusform>%Ln eksperyment</numerusform>
            <numerusform>%Ln eksperymenty</numerusform>
            <numerusform>%Ln eksperymentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln experiment task(s)</source>
        <translation>
            <numerusform>%Ln zadanie eksperymentu</numerusform>
            <numerusform>%Ln zadania eksperymentów</numerusform>
            <numerusform>%Ln zadań eksperymentów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln team member(s)</source>
        <translation>
            <numerusform>%Ln członek zespołu</numerusform>
            <numerusform>%Ln członków zespołu</numerusform>
            <numerusform>%Ln członków zespołu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln KPI(s)</source>
        <translation>
            <numerusform>%Ln KPI</numerusform>
            <numerusform>%Ln KPI</numerusform>
            <numerusform>%Ln KPI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of {table}</source>
        <translation>
            <numerusform>%Ln wiersz w {table}</numerusform>
            <numerusform>%Ln wiersze w {table}</numerusform>
            <numerusform>%Ln wierszy w {table}</numerusform>
        </translation>
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
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
</context>
<context>
    <name>PeopleErrors</name>
    <message>
        <source>Give a name.</source>
        <translation>Podaj nazwę.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Nazwa ma ponad 100 znaków.</translation>
    </message>
    <message>
        <source>The name {name} is taken.</source>
        <translation>Nazwa {name} jest już zajęta.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>Adres e-mail jest za długi.</translation>
    </message>
    <message>
        <source>{email} is not an e-mail address.</source>
        <translation>{email} nie jest adresem e-mail.</translation>
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
    <message numerus="yes">
        <source>Runs %Ln day(s), to {date}; the day tasks are made from the template.</source>
        <translation>
            <numerusform>Trwa %Ln dzień, do {date}; zadania na poszczególne dni powstają z szablonu.</numerusform>
            <numerusform>Trwa %Ln dni, do {date}; zadania na poszczególne dni powstają z szablonu.</numerusform>
            <numerusform>Trwa %Ln dni, do {date}; zadania na poszczególne dni powstają z szablonu.</numerusform>
        </translation>
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
    <message>
        <source>Nothing to chart for this week.</source>
        <translation>Brak danych do wykresu w tym tygodniu.</translation>
    </message>
    <message>
        <source>week of {start}</source>
        <translation>tydzień od {start}</translation>
    </message>
    <message>
        <source>What moved, {week}</source>
        <translation>Co się zmieniło, {week}</translation>
    </message>
    <message>
        <source>Experiments, {week}</source>
        <translation>Eksperymenty, {week}</translation>
    </message>
    <message>
        <source>Next step, after the {week}</source>
        <translation>Następny krok po: {week}</translation>
    </message>
    <message>
        <source>{cycle}: {progress} done, {expected} expected by now.</source>
        <translation>{cycle}: wykonano {progress}, oczekiwano {expected} na dziś.</translation>
    </message>
    <message>
        <source>{start} → {end}: {before} → {now} ({change}, {p})</source>
        <translation>{start} → {end}: {before} → {now} ({change}, {p})</translation>
    </message>
    <message>
        <source>No funnel step moved beyond noise (p &lt; 0.05).</source>
        <translation>Żaden krok lejka nie zmienił się ponad szum (p &lt; 0,05).</translation>
    </message>
    <message>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message>
        <source>Behind: {names}</source>
        <translation>Opóźnione: {names}</translation>
    </message>
    <message>
        <source>{code} {title} (ended)</source>
        <translation>{code} {title} (zakończony)</translation>
    </message>
    <message>
        <source>{code} {title} (running)</source>
        <translation>{code} {title} (w toku)</translation>
    </message>
    <message>
        <source>{head}: no results yet.</source>
        <translation>{head}: brak jeszcze wyników.</translation>
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
        <translation>W tym tygodniu żaden eksperyment się nie zakończył ani nie trwał.</translation>
    </message>
    <message>
        <source>No experiment is planned yet: pick one from the backlog.</source>
        <translation>Nie zaplanowano jeszcze eksperymentu: wybierz jeden z listy pomysłów.</translation>
    </message>
    <message>
        <source>Proposed: {code} {title}</source>
        <translation>Proponowany: {code} {title}</translation>
    </message>
    <message>
        <source>Next: {code} {title}</source>
        <translation>Następny: {code} {title}</translation>
    </message>
    <message>
        <source>Day 1: {day}</source>
        <translation>Dzień 1: {day}</translation>
    </message>
    <message>
        <source>Decisions: {text}</source>
        <translation>Decyzje: {text}</translation>
    </message>
    <message>
        <source>Notes: {text}</source>
        <translation>Notatki: {text}</translation>
    </message>
    <message>
        <source>The one change: {text}</source>
        <translation>Jedyna zmiana: {text}</translation>
    </message>
    <message>
        <source>Hypothesis: {text}</source>
        <translation>Hipoteza: {text}</translation>
    </message>
    <message>
        <source>Measured on {start} → {end}</source>
        <translation>Mierzone na {start} → {end}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Właściciel: {name}</translation>
    </message>
    <message>
        <source>{title} ({page} of {count})</source>
        <translation>{title} ({page} z {count})</translation>
    </message>
    <message>
        <source>{cycle}: revenue, CAC and the forecast</source>
        <translation>{cycle}: przychód, CAC i prognoza</translation>
    </message>
    <message>
        <source>{cycle}: objectives by status</source>
        <translation>{cycle}: cele według statusu</translation>
    </message>
    <message>
        <source>{cycle}: forecast to the cycle&apos;s end</source>
        <translation>{cycle}: prognoza do końca cyklu</translation>
    </message>
    <message>
        <source>The funnel step by step</source>
        <translation>Lejek krok po kroku</translation>
    </message>
    <message>
        <source>Form conversion by source</source>
        <translation>Konwersja formularzy według źródła</translation>
    </message>
    <message>
        <source>This week&apos;s experiment tasks</source>
        <translation>Zadania eksperymentu w tym tygodniu</translation>
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
    <name>Report</name>
    <message>
        <source>expected {share}</source>
        <translation>oczekiwano {share}</translation>
    </message>
    <message>
        <source>Objectives: progress, coloured by status; the dashed line is the expected pace.</source>
        <translation>Cele: postęp w kolorach statusu; linia przerywana to oczekiwane tempo.</translation>
    </message>
    <message>
        <source>week before</source>
        <translation>tydzień wcześniej</translation>
    </message>
    <message>
        <source>reviewed week</source>
        <translation>omawiany tydzień</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>szum</translation>
    </message>
    <message>
        <source>Step conversion, the week before against the reviewed week; every step on one scale. Marked: significant at p &lt; 0.05.</source>
        <translation>Konwersja kroków, tydzień wcześniej wobec omawianego tygodnia; wszystkie kroki w jednej skali. Oznaczone: istotne przy p &lt; 0,05.</translation>
    </message>
    <message>
        <source>Step conversion, the week before against the reviewed week; each step on its own scale. Marked: significant at p &lt; 0.05.</source>
        <translation>Konwersja kroków, tydzień wcześniej wobec omawianego tygodnia; każdy krok we własnej skali. Oznaczone: istotne przy p &lt; 0,05.</translation>
    </message>
    <message>
        <source>Control (grey) and variant (blue) conversion; the whisker is the 95 % interval of the difference, placed at the control&apos;s rate.</source>
        <translation>Konwersja kontroli (szara) i wariantu (niebieska); wąs to przedział 95 % różnicy, umieszczony przy wskaźniku kontroli.</translation>
    </message>
    <message>
        <source>{file}: unknown report type; name the file .pdf, .html or .md</source>
        <translation>{file}: nieznany typ raportu; nazwij plik .pdf, .html lub .md</translation>
    </message>
    <message>
        <source>{file}: no such workspace file</source>
        <translation>{file}: nie ma takiego pliku obszaru roboczego</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a file name</source>
        <translation>{file}: to folder, a nie nazwa pliku</translation>
    </message>
    <message>
        <source>{file}: the folder {folder} does not exist</source>
        <translation>{file}: folder {folder} nie istnieje</translation>
    </message>
    <message>
        <source>{file}: cannot write into {folder}</source>
        <translation>{file}: nie można zapisywać w {folder}</translation>
    </message>
    <message>
        <source>{file}: the file is read-only</source>
        <translation>{file}: plik jest tylko do odczytu</translation>
    </message>
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
    <message numerus="yes">
        <source>always-valid {p}; calls Holm-corrected over %n variant(s)</source>
        <translation>
            <numerusform>zawsze ważne {p}; rozstrzygnięcia z poprawką Holma dla %n wariantu</numerusform>
            <numerusform>zawsze ważne {p}; rozstrzygnięcia z poprawką Holma dla %n wariantów</numerusform>
            <numerusform>zawsze ważne {p}; rozstrzygnięcia z poprawką Holma dla %n wariantów</numerusform>
        </translation>
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
        <source>Brief</source>
        <translation>Podsumowanie</translation>
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
        <source>2. Experiments: what they showed</source>
        <translation>2. Eksperymenty: co pokazały</translation>
    </message>
    <message>
        <source>No experiment ended or ran this week.</source>
        <translation>W tym tygodniu żaden eksperyment się nie zakończył ani nie trwał.</translation>
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
        <source>No results entered yet.</source>
        <translation>Nie wprowadzono jeszcze wyników.</translation>
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
        <source>Decision:</source>
        <translation>Decyzja:</translation>
    </message>
    <message>
        <source>Learnings:</source>
        <translation>Wnioski:</translation>
    </message>
    <message>
        <source>3. Next step: what changes next week</source>
        <translation>3. Następny krok: co zmienia się w przyszłym tygodniu</translation>
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
        <source>No next experiment chosen or planned yet.</source>
        <translation>Nie wybrano ani nie zaplanowano jeszcze następnego eksperymentu.</translation>
    </message>
    <message>
        <source>The review meeting has not saved decisions yet.</source>
        <translation>Spotkanie przeglądowe nie zapisało jeszcze decyzji.</translation>
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
        <source>{cycle}: {progress} done, {expected} expected</source>
        <translation>{cycle}: wykonano {progress}, oczekiwano {expected}</translation>
    </message>
    <message numerus="yes">
        <source>%n key result(s) off track</source>
        <translation>
            <numerusform>%n kluczowy rezultat poza planem</numerusform>
            <numerusform>%n kluczowe rezultaty poza planem</numerusform>
            <numerusform>%n kluczowych rezultatów poza planem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n significant funnel change(s)</source>
        <translation>
            <numerusform>%n istotna zmiana w lejku</numerusform>
            <numerusform>%n istotne zmiany w lejku</numerusform>
            <numerusform>%n istotnych zmian w lejku</numerusform>
        </translation>
    </message>
    <message>
        <source>No cycle or funnel data for this week</source>
        <translation>Brak danych cyklu i lejka dla tego tygodnia</translation>
    </message>
    <message>
        <source>{code} ended</source>
        <translation>{code} zakończony</translation>
    </message>
    <message>
        <source>{code} running</source>
        <translation>{code} w toku</translation>
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
        <source>unknown locale {name} (write it like en_GB or de_DE)</source>
        <translation>nieznane ustawienia regionalne {name} (wpisz je jak pl_PL lub en_GB)</translation>
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
        <source>{arm}: {share} reached SQL, average deal {amount}</source>
        <translation>{arm}: {share} doszło do SQL, średnia transakcja {amount}</translation>
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
    <message numerus="yes">
        <source>no check-in for %n day(s)</source>
        <translation>
            <numerusform>brak aktualizacji od %n dnia</numerusform>
            <numerusform>brak aktualizacji od %n dni</numerusform>
            <numerusform>brak aktualizacji od %n dni</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Behind: {named}, and %n more.</source>
        <translation>
            <numerusform>Opóźnione: {named} i %n inny.</numerusform>
            <numerusform>Opóźnione: {named} i %n inne.</numerusform>
            <numerusform>Opóźnione: {named} i %n innych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n gotowy</numerusform>
            <numerusform>%n gotowe</numerusform>
            <numerusform>%n gotowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n zgodny z planem</numerusform>
            <numerusform>%n zgodne z planem</numerusform>
            <numerusform>%n zgodnych z planem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n zagrożony</numerusform>
            <numerusform>%n zagrożone</numerusform>
            <numerusform>%n zagrożonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n off track</source>
        <translation>
            <numerusform>%n poza planem</numerusform>
            <numerusform>%n poza planem</numerusform>
            <numerusform>%n poza planem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needs update</source>
        <translation>
            <numerusform>%n do aktualizacji</numerusform>
            <numerusform>%n do aktualizacji</numerusform>
            <numerusform>%n do aktualizacji</numerusform>
        </translation>
    </message>
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done.</source>
        <translation>Minęło {expected} cyklu {cycle}; jego cele są wykonane w {progress}.</translation>
    </message>
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done, on pace.</source>
        <translation>Minęło {expected} cyklu {cycle}; jego cele są wykonane w {progress}, zgodnie z tempem.</translation>
    </message>
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done, behind pace.</source>
        <translation>Minęło {expected} cyklu {cycle}; jego cele są wykonane w {progress}, poniżej tempa.</translation>
    </message>
    <message>
        <source>{cycle} is {expected} through; its objectives are {progress} done, ahead of pace.</source>
        <translation>Minęło {expected} cyklu {cycle}; jego cele są wykonane w {progress}, powyżej tempa.</translation>
    </message>
    <message numerus="yes">
        <source>Funnel: %n significant change(s): {named}.</source>
        <translation>
            <numerusform>Lejek: %n istotna zmiana: {named}.</numerusform>
            <numerusform>Lejek: %n istotne zmiany: {named}.</numerusform>
            <numerusform>Lejek: %n istotnych zmian: {named}.</numerusform>
        </translation>
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
        <source>Behind: {named}.</source>
        <translation>Opóźnione: {named}.</translation>
    </message>
    <message>
        <source>Needs an update: {titles}.</source>
        <translation>Wymagają aktualizacji: {titles}.</translation>
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
        <source>{verdict} although the test had only {power} power for the planned {mde}, so the effect is likely smaller than measured</source>
        <translation>{verdict}, choć test miał moc tylko {power} dla planowanego efektu {mde}, więc efekt jest prawdopodobnie mniejszy niż zmierzony</translation>
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
        <source>{head}: {metric} {control} in control; {variants}{decision}.</source>
        <translation>{head}: {metric} {control} w kontroli; {variants}{decision}.</translation>
    </message>
    <message numerus="yes">
        <source>Calls are Holm-corrected for %n variant(s).</source>
        <translation>
            <numerusform>Rozstrzygnięcia z poprawką Holma dla %n wariantu.</numerusform>
            <numerusform>Rozstrzygnięcia z poprawką Holma dla %n wariantów.</numerusform>
            <numerusform>Rozstrzygnięcia z poprawką Holma dla %n wariantów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Brief</source>
        <translation>Podsumowanie</translation>
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
        <source>Next week&apos;s experiment</source>
        <translation>Eksperyment na przyszły tydzień</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
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
        <source>{workspace} review {week}</source>
        <comment>a PDF&apos;s file name</comment>
        <translation>{workspace} przegląd {week}</translation>
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
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Osiągnięto</translation>
    </message>
    <message>
        <source>Week before</source>
        <translation>Tydzień wcześniej</translation>
    </message>
    <message>
        <source>Reviewed week</source>
        <translation>Omawiany tydzień</translation>
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
        <source>Beyond noise?</source>
        <translation>Ponad szum?</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Istotne</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>Autor aktualizacji</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
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
        <source>Control</source>
        <translation>Kontrola</translation>
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
        <translation>Łączony test z dla dwóch proporcji, jedno sprawdzenie</translation>
    </message>
    <message numerus="yes">
        <source>Stays valid however often the results are looked at; a win or loss needs it and the one-look p below 0.05 (Holm-corrected over %Ln variant(s)).</source>
        <translation>
            <numerusform>Pozostaje ważne niezależnie od tego, jak często sprawdza się wyniki; wygrana lub przegrana wymaga go oraz p z jednego sprawdzenia poniżej 0,05 (z poprawką Holma dla %Ln wariantu).</numerusform>
            <numerusform>Pozostaje ważne niezależnie od tego, jak często sprawdza się wyniki; wygrana lub przegrana wymaga go oraz p z jednego sprawdzenia poniżej 0,05 (z poprawką Holma dla %Ln wariantów).</numerusform>
            <numerusform>Pozostaje ważne niezależnie od tego, jak często sprawdza się wyniki; wygrana lub przegrana wymaga go oraz p z jednego sprawdzenia poniżej 0,05 (z poprawką Holma dla %Ln wariantów).</numerusform>
        </translation>
    </message>
    <message>
        <source>Only {power} power for the planned {mde}.</source>
        <translation>Moc tylko {power} dla planowanego efektu {mde}.</translation>
    </message>
    <message>
        <source>{verdict} (low power)</source>
        <translation>{verdict} (niska moc)</translation>
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
        <source>No key result moved this week.</source>
        <translation>W tym tygodniu żaden kluczowy rezultat się nie zmienił.</translation>
    </message>
    <message>
        <source>No key result is at risk or off track.</source>
        <translation>Żaden kluczowy rezultat nie jest zagrożony ani poza planem.</translation>
    </message>
    <message>
        <source>Every key result was checked in recently.</source>
        <translation>Każdy kluczowy rezultat był niedawno aktualizowany.</translation>
    </message>
    <message>
        <source>Funnel steps, against the week before</source>
        <translation>Kroki lejka względem poprzedniego tygodnia</translation>
    </message>
    <message>
        <source>Off track and at risk</source>
        <translation>Poza planem i zagrożone</translation>
    </message>
    <message>
        <source>Key results that moved</source>
        <translation>Kluczowe rezultaty, które się zmieniły</translation>
    </message>
    <message>
        <source>Key results that need an update</source>
        <translation>Kluczowe rezultaty wymagające aktualizacji</translation>
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
        <source>No experiment ended or ran this week.</source>
        <translation>W tym tygodniu żaden eksperyment się nie zakończył ani nie trwał.</translation>
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
        <source>the review of {week}</source>
        <translation>przegląd {week}</translation>
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
    <name>RowConflicts</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
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
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Im więcej, tym lepiej</translation>
    </message>
    <message>
        <source>Green threshold</source>
        <translation>Próg zielony</translation>
    </message>
    <message>
        <source>Red threshold</source>
        <translation>Próg czerwony</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Place in the funnel</source>
        <translation>Miejsce w lejku</translation>
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
    <message>
        <source>the workspace settings</source>
        <translation>ustawienia obszaru roboczego</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Weeks start on</source>
        <translation>Tydzień zaczyna się w</translation>
    </message>
    <message>
        <source>At risk when behind pace by</source>
        <translation>Zagrożony przy opóźnieniu ponad</translation>
    </message>
    <message>
        <source>Off track when behind pace by</source>
        <translation>Poza planem przy opóźnieniu ponad</translation>
    </message>
    <message>
        <source>At risk at confidence</source>
        <translation>Zagrożony przy pewności najwyżej</translation>
    </message>
    <message>
        <source>Off track at confidence</source>
        <translation>Poza planem przy pewności najwyżej</translation>
    </message>
    <message>
        <source>Needs an update after (days)</source>
        <translation>Wymaga aktualizacji po (dni)</translation>
    </message>
    <message>
        <source>Conversion window of a cohort (days)</source>
        <translation>Okno konwersji kohorty (dni)</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>{file}: cannot write the image</source>
        <translation>{file}: nie można zapisać obrazu</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>your role only lets you read this team workspace; nothing was changed</source>
        <translation>twoja rola pozwala tylko przeglądać ten zespołowy obszar roboczy; nic nie zmieniono</translation>
    </message>
    <message>
        <source>was made by an older okrdesk (schema {revision}) and only its owner role can upgrade it: ask for okrdesk team init {address}</source>
        <translation>został utworzony w starszej wersji okrdesk (schemat {revision}) i zaktualizować go może tylko rola właściciela: poproś o okrdesk team init {address}</translation>
    </message>
    <message>
        <source>the workspace is open read-only; nothing was changed</source>
        <translation>obszar roboczy jest otwarty tylko do odczytu; nic nie zmieniono</translation>
    </message>
    <message>
        <source>your login may not read this team workspace: its owner can let you in with okrdesk team add</source>
        <translation>twój login nie ma dostępu do tego zespołowego obszaru roboczego: jego właściciel może go nadać poleceniem okrdesk team add</translation>
    </message>
    <message>
        <source>your role on this team workspace does not allow changes; nothing was changed (ask the workspace&apos;s owner for the member role)</source>
        <translation>twoja rola w tym zespołowym obszarze roboczym nie pozwala na zmiany; nic nie zmieniono (poproś właściciela obszaru roboczego o rolę członka)</translation>
    </message>
    <message>
        <source>the server offers no TLS, and okrdesk encrypts every connection to a server that is not on this computer; to connect unencrypted knowingly, add ?sslmode=disable to the address or choose no TLS in the Connect dialog</source>
        <translation>serwer nie obsługuje TLS, a okrdesk szyfruje każde połączenie z serwerem spoza tego komputera; aby świadomie połączyć się bez szyfrowania, dodaj ?sslmode=disable do adresu lub wyłącz TLS w oknie połączenia</translation>
    </message>
    <message>
        <source>the server refused the user name or password</source>
        <translation>serwer odrzucił nazwę użytkownika lub hasło</translation>
    </message>
    <message>
        <source>the server asks for a password</source>
        <translation>serwer wymaga hasła</translation>
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
        <source>&amp;Language:</source>
        <translation>Jęz&amp;yk:</translation>
    </message>
    <message>
        <source>The language of okrdesk on this computer; it applies at the next start.</source>
        <translation>Język okrdesk na tym komputerze; zmiana obowiązuje od następnego uruchomienia.</translation>
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
    <message>
        <source>System default ({language})</source>
        <translation>Domyślny systemu ({language})</translation>
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
    <name>StatusTexts</name>
    <message numerus="yes">
        <source>No check-in for %Ln day(s) (more than {limit}).</source>
        <translation>
            <numerusform>Brak aktualizacji od %Ln dnia (więcej niż {limit}).</numerusform>
            <numerusform>Brak aktualizacji od %Ln dni (więcej niż {limit}).</numerusform>
            <numerusform>Brak aktualizacji od %Ln dni (więcej niż {limit}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln objective(s) for this team in this cycle: more than 5 spreads it thin.</source>
        <translation>
            <numerusform>%Ln cel tego zespołu w tym cyklu: więcej niż 5 rozprasza uwagę.</numerusform>
            <numerusform>%Ln cele tego zespołu w tym cyklu: więcej niż 5 rozprasza uwagę.</numerusform>
            <numerusform>%Ln celów tego zespołu w tym cyklu: więcej niż 5 rozprasza uwagę.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s): fewer than 2 cannot show the objective is met.</source>
        <translation>
            <numerusform>%Ln kluczowy rezultat: mniej niż 2 nie pokażą, że cel został osiągnięty.</numerusform>
            <numerusform>%Ln kluczowe rezultaty: mniej niż 2 nie pokażą, że cel został osiągnięty.</numerusform>
            <numerusform>%Ln kluczowych rezultatów: mniej niż 2 nie pokażą, że cel został osiągnięty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln key result(s): more than 5 — focus on the few that matter.</source>
        <translation>
            <numerusform>%Ln kluczowy rezultat: więcej niż 5 — skup się na kilku najważniejszych.</numerusform>
            <numerusform>%Ln kluczowe rezultaty: więcej niż 5 — skup się na kilku najważniejszych.</numerusform>
            <numerusform>%Ln kluczowych rezultatów: więcej niż 5 — skup się na kilku najważniejszych.</numerusform>
        </translation>
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
    <name>StoreCommand</name>
    <message>
        <source>The team server cannot be reached ({reason}), so the change was not made.</source>
        <translation>Brak połączenia z serwerem zespołu ({reason}), więc zmiany nie wprowadzono.</translation>
    </message>
</context>
<context>
    <name>StoreErrors</name>
    <message>
        <source>the metric {metric} needs a from stage</source>
        <translation>metryka {metric} wymaga etapu początkowego</translation>
    </message>
    <message>
        <source>the metric {metric} needs a to stage</source>
        <translation>metryka {metric} wymaga etapu końcowego</translation>
    </message>
    <message>
        <source>the from stage must come before the to stage</source>
        <translation>etap początkowy musi poprzedzać etap końcowy</translation>
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
        <translation>grupa {arm}, {field}: {reason}</translation>
    </message>
    <message>
        <source>no funnel named {name} in this workspace</source>
        <translation>w tym obszarze roboczym nie ma lejka o nazwie {name}</translation>
    </message>
    <message>
        <source>no funnel with id {id} in this workspace</source>
        <translation>w tym obszarze roboczym nie ma lejka o ID {id}</translation>
    </message>
    <message>
        <source>{path}: the export is written as .csv or .xlsx, not {suffix}</source>
        <translation>{path}: eksport zapisuje się jako .csv lub .xlsx, a nie {suffix}</translation>
    </message>
    <message>
        <source>{path}: the export is written as .csv or .xlsx, not no suffix</source>
        <translation>{path}: eksport zapisuje się jako .csv lub .xlsx, a nie bez rozszerzenia</translation>
    </message>
    <message>
        <source>{week}: the count {count} is not a whole number ≥ 0</source>
        <translation>{week}: liczba {count} nie jest liczbą całkowitą ≥ 0</translation>
    </message>
    <message>
        <source>no import with id {id}</source>
        <translation>brak importu o ID {id}</translation>
    </message>
    <message>
        <source>the import of {file} is undone already</source>
        <translation>import {file} został już cofnięty</translation>
    </message>
    <message>
        <source>a later import of the same weeks ({file}) must be undone first</source>
        <translation>najpierw należy cofnąć późniejszy import tych samych tygodni ({file})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln</source>
        <comment>a whole number, thousands grouped</comment>
        <translation>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
            <numerusform>%Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” was deleted by someone else; nothing was undone.</source>
        <translation>„{title}” usunął ktoś inny; nic nie cofnięto.</translation>
    </message>
    <message>
        <source>“{title}” was deleted by someone else; nothing was saved.</source>
        <translation>„{title}” usunął ktoś inny; nic nie zapisano.</translation>
    </message>
    <message>
        <source>{name} changed “{title}” after you; undoing would overwrite that change, so nothing was undone.</source>
        <translation>{name}: późniejsza zmiana „{title}”; cofnięcie nadpisałoby tę zmianę, więc nic nie cofnięto.</translation>
    </message>
    <message>
        <source>Someone else changed “{title}” after you; undoing would overwrite that change, so nothing was undone.</source>
        <translation>Ktoś inny zmienił później „{title}”; cofnięcie nadpisałoby tę zmianę, więc nic nie cofnięto.</translation>
    </message>
    <message>
        <source>{name} changed “{title}” after you opened it; nothing was saved.</source>
        <translation>{name}: zmiana „{title}” po otwarciu przez ciebie; nic nie zapisano.</translation>
    </message>
    <message>
        <source>Someone else changed “{title}” after you opened it; nothing was saved.</source>
        <translation>Ktoś inny zmienił „{title}” po otwarciu przez ciebie; nic nie zapisano.</translation>
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
</context>
<context>
    <name>SystemErrors</name>
    <message>
        <source>no such file or folder</source>
        <translation>nie ma takiego pliku ani folderu</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <source>the system does not permit it</source>
        <translation>system na to nie pozwala</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>już istnieje</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>brak miejsca na dysku</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>przekroczono limit miejsca na dysku</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>to folder</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>część ścieżki nie jest folderem</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>dysk jest tylko do odczytu</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>nazwa jest za długa</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>jest w użyciu</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>błąd odczytu lub zapisu dysku</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>za dużo otwartych plików</translation>
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
        <translation>Brak danych lejka z zeszłego tygodnia.</translation>
    </message>
    <message>
        <source>Micro-conversions per step</source>
        <translation>Mikrokonwersje na krok</translation>
    </message>
    <message>
        <source>Micro-conversions per step, week of {week} against the week before</source>
        <translation>Mikrokonwersje na krok, tydzień od {week} wobec tygodnia wcześniej</translation>
    </message>
    <message>
        <source>No funnel data by source for last week.</source>
        <translation>Brak danych lejka według źródła z zeszłego tygodnia.</translation>
    </message>
    <message>
        <source>Form conversion by source</source>
        <translation>Konwersja formularzy według źródła</translation>
    </message>
    <message>
        <source>{start} → {end} by source, week of {week}</source>
        <translation>{start} → {end} według źródła, tydzień od {week}</translation>
    </message>
    <message>
        <source>This week&apos;s experiment tasks</source>
        <translation>Zadania eksperymentu w tym tygodniu</translation>
    </message>
    <message>
        <source>Experiment tasks, week of {week}</source>
        <translation>Zadania eksperymentu, tydzień od {week}</translation>
    </message>
    <message>
        <source>No experiment runs this week.</source>
        <translation>W tym tygodniu nie trwa żaden eksperyment.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %Ln task(s) done</source>
        <translation>
            <numerusform>Wykonano {done} z %Ln zadania</numerusform>
            <numerusform>Wykonano {done} z %Ln zadań</numerusform>
            <numerusform>Wykonano {done} z %Ln zadań</numerusform>
        </translation>
    </message>
    <message>
        <source>Team dashboard</source>
        <translation>Pulpit zespołu</translation>
    </message>
    <message>
        <source>No funnel data yet.</source>
        <translation>Brak danych lejka.</translation>
    </message>
    <message>
        <source>Team dashboard — {funnel}</source>
        <translation>Pulpit zespołu — {funnel}</translation>
    </message>
    <message>
        <source>Funnel: the week of {week} against the week before; tasks: this week.</source>
        <translation>Lejek: tydzień od {week} wobec tygodnia wcześniej; zadania: ten tydzień.</translation>
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
    <name>TeamSetup</name>
    <message>
        <source>the team workspace cannot be set up ({detail}); nothing was changed</source>
        <translation>nie można skonfigurować zespołowego obszaru roboczego ({detail}); nic nie zmieniono</translation>
    </message>
    <message>
        <source>role {role}: owns the tables and upgrades them ({state})</source>
        <translation>rola {role}: jest właścicielem tabel i je aktualizuje ({state})</translation>
    </message>
    <message>
        <source>role {role}: reads and writes ({state})</source>
        <translation>rola {role}: odczyt i zapis ({state})</translation>
    </message>
    <message>
        <source>role {role}: reads only ({state})</source>
        <translation>rola {role}: tylko odczyt ({state})</translation>
    </message>
    <message>
        <source>created</source>
        <translation>utworzona</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>już istnieje</translation>
    </message>
    <message>
        <source>another program&apos;s database (no okrdesk schema): left alone</source>
        <translation>baza danych innego programu (brak schematu okrdesk): pozostawiono bez zmian</translation>
    </message>
    <message>
        <source>made by a newer okrdesk (schema {revision}); update okrdesk first</source>
        <translation>utworzony w nowszej wersji okrdesk (schemat {revision}); najpierw zaktualizuj okrdesk</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) handed to the owner role</source>
        <translation>
            <numerusform>przekazano roli właściciela %n tabelę</numerusform>
            <numerusform>przekazano roli właściciela %n tabele</numerusform>
            <numerusform>przekazano roli właściciela %n tabel</numerusform>
        </translation>
    </message>
    <message>
        <source>workspace &quot;{name}&quot; created (schema {revision})</source>
        <translation>utworzono obszar roboczy „{name}” (schemat {revision})</translation>
    </message>
    <message>
        <source>workspace upgraded from schema {old} to {new}</source>
        <translation>zaktualizowano obszar roboczy ze schematu {old} do {new}</translation>
    </message>
    <message>
        <source>workspace already at schema {revision}</source>
        <translation>obszar roboczy ma już schemat {revision}</translation>
    </message>
    <message numerus="yes">
        <source>member reads and writes, viewer reads: %n table(s), and the tables of later revisions</source>
        <translation>
            <numerusform>członek odczytuje i zapisuje, obserwator odczytuje: %n tabela oraz tabele z późniejszych wersji</numerusform>
            <numerusform>członek odczytuje i zapisuje, obserwator odczytuje: %n tabele oraz tabele z późniejszych wersji</numerusform>
            <numerusform>członek odczytuje i zapisuje, obserwator odczytuje: %n tabel oraz tabele z późniejszych wersji</numerusform>
        </translation>
    </message>
    <message>
        <source>has no team roles yet: run okrdesk team init {address} first</source>
        <translation>nie ma jeszcze ról zespołu: najpierw uruchom okrdesk team init {address}</translation>
    </message>
    <message>
        <source>login {user} created without a password: set one with psql&apos;s \password {user}</source>
        <translation>login {user} utworzono bez hasła: ustaw je w psql poleceniem \password {user}</translation>
    </message>
    <message>
        <source>{user} is now in role {role}</source>
        <translation>{user} ma teraz rolę {role}</translation>
    </message>
    <message>
        <source>{user} cannot be added ({detail})</source>
        <translation>nie można dodać {user} ({detail})</translation>
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
    <name>Templates</name>
    <message>
        <source>Make the first week with our product a delight</source>
        <translation>Pierwszy tydzień z naszym produktem ma zachwycać</translation>
    </message>
    <message>
        <source>New accounts that see value in their first days stay; the rest quietly leave.</source>
        <translation>Nowe konta, które w pierwszych dniach dostrzegą wartość, zostają; pozostałe po cichu odchodzą.</translation>
    </message>
    <message>
        <source>Raise 30-day retention of new accounts from 45% to 60%</source>
        <translation>Podnieść 30-dniową retencję nowych kont z 45% do 60%</translation>
    </message>
    <message>
        <source>Cut median time to first value from 7 days to 3 days</source>
        <translation>Skrócić medianę czasu do pierwszej wartości z 7 do 3 dni</translation>
    </message>
    <message>
        <source>days</source>
        <comment>unit label</comment>
        <translation>dni</translation>
    </message>
    <message>
        <source>Ship the guided setup checklist to every new workspace</source>
        <translation>Wdrożyć listę kontrolną konfiguracji z przewodnikiem w każdym nowym obszarze roboczym</translation>
    </message>
    <message>
        <source>Give customers a reason to grow with us</source>
        <translation>Dać klientom powód, by rośli razem z nami</translation>
    </message>
    <message>
        <source>Expansion revenue from happy customers costs far less than a new logo.</source>
        <translation>Przychód z rozszerzeń od zadowolonych klientów kosztuje dużo mniej niż nowy klient.</translation>
    </message>
    <message>
        <source>Launch usage-based pricing as a beta for existing customers</source>
        <translation>Uruchomić cennik zależny od użycia w wersji beta dla obecnych klientów</translation>
    </message>
    <message>
        <source>Grow weekly active users from 1,200 to 1,600</source>
        <translation>Zwiększyć liczbę aktywnych użytkowników tygodniowo z 1200 do 1600</translation>
    </message>
    <message>
        <source>Lift monthly expansion revenue from €8,000 to €14,000</source>
        <translation>Podnieść miesięczny przychód z rozszerzeń z 8000 € do 14 000 €</translation>
    </message>
    <message>
        <source>Bake a seasonal range our regulars queue for</source>
        <translation>Upiec sezonową ofertę, po którą stali klienci ustawiają się w kolejce</translation>
    </message>
    <message>
        <source>A few loved seasonal items bring people back more often than a long menu.</source>
        <translation>Kilka ulubionych produktów sezonowych częściej przyciąga ludzi z powrotem niż długie menu.</translation>
    </message>
    <message>
        <source>Grow seasonal items on the counter from 1 to 4</source>
        <translation>Zwiększyć liczbę produktów sezonowych na ladzie z 1 do 4</translation>
    </message>
    <message>
        <source>Cut unsold bread thrown away from 12% to 5% of the daily bake</source>
        <translation>Ograniczyć wyrzucane niesprzedane pieczywo z 12% do 5% dziennego wypieku</translation>
    </message>
    <message>
        <source>Keep the average Google review above 4.5 stars</source>
        <translation>Utrzymać średnią ocenę w Google powyżej 4,5 gwiazdki</translation>
    </message>
    <message>
        <source>Ship releases our customers can trust</source>
        <translation>Wydawać wersje, którym klienci mogą zaufać</translation>
    </message>
    <message>
        <source>Every bug a customer finds costs us trust and a day of someone&apos;s focus.</source>
        <translation>Każdy błąd znaleziony przez klienta kosztuje nas zaufanie i dzień czyjejś koncentracji.</translation>
    </message>
    <message>
        <source>Cut new bug reports from 72 to 60 per month</source>
        <translation>Zmniejszyć liczbę nowych zgłoszeń błędów z 72 do 60 miesięcznie</translation>
    </message>
    <message>
        <source>Raise the crash-free session rate from 96% to 99%</source>
        <translation>Podnieść odsetek sesji bez awarii z 96% do 99%</translation>
    </message>
    <message>
        <source>Raise automated test coverage from 35% to 50%</source>
        <translation>Podnieść pokrycie testami automatycznymi z 35% do 50%</translation>
    </message>
    <message>
        <source>Keep the product fast and always up</source>
        <translation>Produkt ma być szybki i zawsze dostępny</translation>
    </message>
    <message>
        <source>Speed is a feature; downtime in a customer&apos;s busiest hour is a lost renewal.</source>
        <translation>Szybkość to funkcja; awaria w godzinie największego ruchu klienta to utracone odnowienie.</translation>
    </message>
    <message>
        <source>Keep monthly uptime above 99.5%</source>
        <translation>Utrzymać miesięczną dostępność powyżej 99,5%</translation>
    </message>
    <message>
        <source>Cut p95 dashboard load time from 2,400 ms to 1,200 ms</source>
        <translation>Skrócić czas ładowania pulpitu (p95) z 2400 ms do 1200 ms</translation>
    </message>
    <message>
        <source>Keep the monthly cloud bill below €18,000</source>
        <translation>Utrzymać miesięczny rachunek za chmurę poniżej 18 000 €</translation>
    </message>
    <message>
        <source>Make our online shop quick and dependable</source>
        <translation>Nasz sklep internetowy ma być szybki i niezawodny</translation>
    </message>
    <message>
        <source>Most of our orders come from phones, and a slow checkout is an empty basket.</source>
        <translation>Większość zamówień przychodzi z telefonów, a wolna kasa to porzucony koszyk.</translation>
    </message>
    <message>
        <source>Cut mobile page load time from 5.2 s to 2.5 s</source>
        <translation>Skrócić czas ładowania strony mobilnej z 5,2 s do 2,5 s</translation>
    </message>
    <message>
        <source>Keep failed checkouts below 1% of orders</source>
        <translation>Utrzymać nieudane płatności poniżej 1% zamówień</translation>
    </message>
    <message>
        <source>Move the shop to automatic daily backups with a tested restore</source>
        <translation>Przejść na automatyczne codzienne kopie zapasowe sklepu z przetestowanym odtwarzaniem</translation>
    </message>
    <message>
        <source>Send sales leads they are glad to call</source>
        <translation>Przekazywać handlowcom leady, do których chętnie dzwonią</translation>
    </message>
    <message>
        <source>Clicks are cheap; qualified conversations are what the pipeline runs on.</source>
        <translation>Kliknięcia są tanie; lejek sprzedaży napędzają rozmowy z kwalifikowanymi klientami.</translation>
    </message>
    <message>
        <source>Cut unqualified leads handed to sales from 40% to 25%</source>
        <translation>Zmniejszyć udział niekwalifikowanych leadów przekazywanych do sprzedaży z 40% do 25%</translation>
    </message>
    <message>
        <source>Lift MQL-to-SQL conversion from 12% to 20%</source>
        <translation>Podnieść konwersję MQL do SQL z 12% do 20%</translation>
    </message>
    <message>
        <source>Keep paid cost per lead below €95</source>
        <translation>Utrzymać płatny koszt leada poniżej 95 €</translation>
    </message>
    <message>
        <source>Become the name people hear first in our niche</source>
        <translation>Zostać marką, o której ludzie w naszej niszy słyszą najpierw</translation>
    </message>
    <message>
        <source>Buyers shortlist the tools they already know before they ever talk to sales.</source>
        <translation>Kupujący wybierają narzędzia, które już znają, zanim w ogóle porozmawiają z handlowcem.</translation>
    </message>
    <message>
        <source>Grow organic website visits from 18,000 to 24,000 per month</source>
        <translation>Zwiększyć liczbę wizyt organicznych na stronie z 18 000 do 24 000 miesięcznie</translation>
    </message>
    <message>
        <source>Raise the newsletter open rate from 25% to 35%</source>
        <translation>Podnieść wskaźnik otwarć newslettera z 25% do 35%</translation>
    </message>
    <message>
        <source>Grow published customer case studies from 0 to 3</source>
        <translation>Zwiększyć liczbę opublikowanych studiów przypadku klientów z 0 do 3</translation>
    </message>
    <message>
        <source>Make our café the neighbourhood&apos;s favourite morning stop</source>
        <translation>Nasza kawiarnia ma być ulubionym porannym przystankiem w okolicy</translation>
    </message>
    <message>
        <source>People walk past every day; we want them to stop, and to come back tomorrow.</source>
        <translation>Ludzie przechodzą obok codziennie; chcemy, żeby się zatrzymali i wrócili jutro.</translation>
    </message>
    <message>
        <source>Grow Instagram followers from 1,800 to 3,000</source>
        <translation>Zwiększyć liczbę obserwujących na Instagramie z 1800 do 3000</translation>
    </message>
    <message>
        <source>Raise weekday morning visitors from 140 to 190 a day</source>
        <translation>Zwiększyć liczbę porannych gości w dni robocze ze 140 do 190 dziennie</translation>
    </message>
    <message>
        <source>Keep local advertising spend below €600 a month</source>
        <translation>Utrzymać wydatki na lokalną reklamę poniżej 600 € miesięcznie</translation>
    </message>
    <message>
        <source>Win more of the deals we work, and win them sooner</source>
        <translation>Wygrywać więcej prowadzonych transakcji – i szybciej</translation>
    </message>
    <message>
        <source>We lose most deals through slow follow-up, not on price.</source>
        <translation>Większość transakcji tracimy przez powolny kontakt, a nie przez cenę.</translation>
    </message>
    <message>
        <source>Raise the win rate from 18% to 25%</source>
        <translation>Podnieść wskaźnik wygranych z 18% do 25%</translation>
    </message>
    <message>
        <source>Shorten the average sales cycle from 42 to 30 days</source>
        <translation>Skrócić średni cykl sprzedaży z 42 do 30 dni</translation>
    </message>
    <message>
        <source>Raise closed deals with a win/loss review from 20% to 100%</source>
        <translation>Podnieść udział zamkniętych transakcji z analizą wygranych/przegranych z 20% do 100%</translation>
    </message>
    <message>
        <source>Build an outbound engine we can repeat every quarter</source>
        <translation>Zbudować proces outboundu, który powtórzymy co kwartał</translation>
    </message>
    <message>
        <source>Inbound alone will not carry next year&apos;s number.</source>
        <translation>Sam inbound nie wystarczy, by osiągnąć przyszłoroczny wynik.</translation>
    </message>
    <message>
        <source>Grow outbound-sourced qualified leads from 10 to 50 a quarter</source>
        <translation>Zwiększyć liczbę kwalifikowanych leadów z outboundu z 10 do 50 kwartalnie</translation>
    </message>
    <message>
        <source>Lift the reply rate of outbound sequences from 4% to 10%</source>
        <translation>Podnieść wskaźnik odpowiedzi na sekwencje outboundowe z 4% do 10%</translation>
    </message>
    <message>
        <source>Grow new contract value from €60,000 to €90,000 a quarter</source>
        <translation>Zwiększyć wartość nowych umów z 60 000 € do 90 000 € kwartalnie</translation>
    </message>
    <message>
        <source>Fill the agency&apos;s calendar with clients we love working with</source>
        <translation>Wypełnić kalendarz agencji klientami, z którymi lubimy pracować</translation>
    </message>
    <message>
        <source>Steady retainers let us say no to projects that are a bad fit.</source>
        <translation>Stałe abonamenty pozwalają odmawiać projektom, które do nas nie pasują.</translation>
    </message>
    <message>
        <source>Grow monthly retainer revenue from €12,000 to €18,000</source>
        <translation>Zwiększyć miesięczny przychód z abonamentów z 12 000 € do 18 000 €</translation>
    </message>
    <message>
        <source>Raise the proposal win rate from 30% to 45%</source>
        <translation>Podnieść skuteczność ofert z 30% do 45%</translation>
    </message>
    <message>
        <source>Cut the reply time to new enquiries from 24 to 4 hours</source>
        <translation>Skrócić czas odpowiedzi na nowe zapytania z 24 do 4 godzin</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>unit label</comment>
        <translation>godz.</translation>
    </message>
    <message>
        <source>Turn one-off shoppers into regulars</source>
        <translation>Zamienić jednorazowych klientów w stałych</translation>
    </message>
    <message>
        <source>A regular spends more per visit and tells friends about us.</source>
        <translation>Stały klient wydaje więcej przy każdej wizycie i poleca nas znajomym.</translation>
    </message>
    <message>
        <source>Raise the average basket from €18 to €23</source>
        <translation>Podnieść średni koszyk z 18 € do 23 €</translation>
    </message>
    <message>
        <source>Grow loyalty-card members from 250 to 600</source>
        <translation>Zwiększyć liczbę posiadaczy karty lojalnościowej z 250 do 600</translation>
    </message>
    <message>
        <source>Keep returns and refunds below 3% of sales</source>
        <translation>Utrzymać zwroty i reklamacje poniżej 3% sprzedaży</translation>
    </message>
    <message>
        <source>Make customers feel looked after, every time they ask</source>
        <translation>Klienci mają czuć się zaopiekowani przy każdym pytaniu</translation>
    </message>
    <message>
        <source>How fast and how well we answer decides whether they renew.</source>
        <translation>To, jak szybko i jak dobrze odpowiadamy, decyduje o przedłużeniu współpracy.</translation>
    </message>
    <message>
        <source>Raise customer satisfaction (CSAT) from 84% to 90%</source>
        <translation>Podnieść zadowolenie klientów (CSAT) z 84% do 90%</translation>
    </message>
    <message>
        <source>Raise the Net Promoter Score from 48 to 65</source>
        <translation>Podnieść Net Promoter Score z 48 do 65</translation>
    </message>
    <message>
        <source>Cut median first-response time from 9 h to 2 h</source>
        <translation>Skrócić medianę czasu pierwszej odpowiedzi z 9 h do 2 h</translation>
    </message>
    <message>
        <source>h</source>
        <comment>unit label</comment>
        <translation>h</translation>
    </message>
    <message>
        <source>Stop losing customers after their first three months</source>
        <translation>Przestać tracić klientów po pierwszych trzech miesiącach</translation>
    </message>
    <message>
        <source>Customers who leave in month three never saw the value they bought.</source>
        <translation>Klienci, którzy odchodzą w trzecim miesiącu, nigdy nie zobaczyli wartości, za którą zapłacili.</translation>
    </message>
    <message>
        <source>Cut monthly logo churn from 5% to 3%</source>
        <translation>Obniżyć miesięczny odpływ klientów z 5% do 3%</translation>
    </message>
    <message>
        <source>Raise top accounts with a quarterly review from 35% to 80%</source>
        <translation>Podnieść udział kluczowych klientów z kwartalnym przeglądem z 35% do 80%</translation>
    </message>
    <message>
        <source>Keep gross revenue retention above 90%</source>
        <translation>Utrzymać retencję przychodu brutto powyżej 90%</translation>
    </message>
    <message>
        <source>Make every customer want to come back and bring a friend</source>
        <translation>Każdy klient ma chcieć wrócić i przyprowadzić znajomego</translation>
    </message>
    <message>
        <source>Word of mouth is our cheapest and most trusted advertising.</source>
        <translation>Poczta pantoflowa to nasza najtańsza i najbardziej wiarygodna reklama.</translation>
    </message>
    <message>
        <source>Raise customers returning within 60 days from 35% to 50%</source>
        <translation>Podnieść odsetek klientów wracających w ciągu 60 dni z 35% do 50%</translation>
    </message>
    <message>
        <source>Cut complaints about late or wrong orders from 15 to 5 a month</source>
        <translation>Zmniejszyć liczbę skarg na spóźnione lub błędne zamówienia z 15 do 5 miesięcznie</translation>
    </message>
    <message>
        <source>Start a referral card that rewards both the regular and the friend</source>
        <translation>Wprowadzić kartę poleceń nagradzającą i stałego klienta, i znajomego</translation>
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
    <name>Weeks</name>
    <message>
        <source>week {text} is not written like 2026-W47</source>
        <translation>tydzień {text} nie jest zapisany jak 2026-W47</translation>
    </message>
    <message>
        <source>week {text} does not exist: {year} has no week {number}</source>
        <translation>tydzień {text} nie istnieje: rok {year} nie ma tygodnia {number}</translation>
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
    <message>
        <source>Connect to team workspace…</source>
        <translation>Połącz z zespołowym obszarem roboczym…</translation>
    </message>
    <message>
        <source>Work with your team in a workspace on a PostgreSQL server.</source>
        <translation>Pracuj z zespołem w obszarze roboczym na serwerze PostgreSQL.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Ostatnie obszary robocze</translation>
    </message>
    <message>
        <source>{database} on {server} (team workspace, {user})</source>
        <translation>{database} na {server} (zespołowy obszar roboczy, {user})</translation>
    </message>
    <message>
        <source>{name} in {folder}</source>
        <translation>{name} w {folder}</translation>
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
        <translation>Do aktualizacji</translation>
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
    <name>WorkspaceErrors</name>
    <message>
        <source>a file with this name already exists; nothing was changed</source>
        <translation>plik o tej nazwie już istnieje; nic nie zmieniono</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>is in use by another program; try again</source>
        <translation>jest używany przez inny program; spróbuj ponownie</translation>
    </message>
    <message numerus="yes">
        <source>the copy differs from the source in %n table(s) ({tables}); nothing was written</source>
        <translation>
            <numerusform>kopia różni się od źródła w %n tabeli ({tables}); nic nie zapisano</numerusform>
            <numerusform>kopia różni się od źródła w %n tabelach ({tables}); nic nie zapisano</numerusform>
            <numerusform>kopia różni się od źródła w %n tabelach ({tables}); nic nie zapisano</numerusform>
        </translation>
    </message>
    <message>
        <source>the database cannot be read ({detail})</source>
        <translation>nie można odczytać bazy danych ({detail})</translation>
    </message>
    <message>
        <source>already holds tables ({tables}); copy into an empty database</source>
        <translation>zawiera już tabele ({tables}); skopiuj do pustej bazy danych</translation>
    </message>
    <message>
        <source>holds okrdesk&apos;s tables of schema {found}, newer than the source&apos;s {revision}; open the source in this okrdesk once to upgrade it, then copy again</source>
        <translation>zawiera tabele okrdesk w schemacie {found}, nowszym niż schemat źródła {revision}; otwórz raz źródło w tej wersji okrdesk, aby je zaktualizować, i skopiuj ponownie</translation>
    </message>
    <message numerus="yes">
        <source>already holds %n row(s) ({tables}); copy into an empty database</source>
        <translation>
            <numerusform>zawiera już %n wiersz ({tables}); skopiuj do pustej bazy danych</numerusform>
            <numerusform>zawiera już %n wiersze ({tables}); skopiuj do pustej bazy danych</numerusform>
            <numerusform>zawiera już %n wierszy ({tables}); skopiuj do pustej bazy danych</numerusform>
        </translation>
    </message>
    <message>
        <source>the copy failed ({detail}); nothing was written</source>
        <translation>kopiowanie nie powiodło się ({detail}); nic nie zapisano</translation>
    </message>
    <message numerus="yes">
        <source>%n broken reference(s)</source>
        <translation>
            <numerusform>%n uszkodzone odwołanie</numerusform>
            <numerusform>%n uszkodzone odwołania</numerusform>
            <numerusform>%n uszkodzonych odwołań</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read ({detail})</source>
        <translation>nie można odczytać ({detail})</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>to folder</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>to nie jest zwykły plik</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>nie ma takiego pliku</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>brak uprawnień</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>not an okrdesk workspace (the file is not a SQLite database)</source>
        <translation>to nie jest obszar roboczy okrdesk (plik nie jest bazą danych SQLite)</translation>
    </message>
    <message>
        <source>the file is truncated (incomplete header)</source>
        <translation>plik jest obcięty (niepełny nagłówek)</translation>
    </message>
    <message>
        <source>written in a SQLite file format okrdesk cannot write (versions {write} and {read}; okrdesk writes 1 and 2)</source>
        <translation>zapisany w formacie pliku SQLite, którego okrdesk nie umie zapisać (wersje {write} i {read}; okrdesk zapisuje 1 i 2)</translation>
    </message>
    <message numerus="yes">
        <source>the file is truncated (%n byte(s), the database needs {needed})</source>
        <translation>
            <numerusform>plik jest obcięty (%n bajt, baza danych potrzebuje {needed})</numerusform>
            <numerusform>plik jest obcięty (%n bajty, baza danych potrzebuje {needed})</numerusform>
            <numerusform>plik jest obcięty (%n bajtów, baza danych potrzebuje {needed})</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace has no schema version</source>
        <translation>obszar roboczy nie ma wersji schematu</translation>
    </message>
    <message>
        <source>its schema was changed outside okrdesk: {difference}</source>
        <translation>jego schemat zmieniono poza okrdesk: {difference}</translation>
    </message>
    <message>
        <source>its last changes are still in its -wal file, which can only be read in a folder okrdesk may write to; copy both files to such a folder</source>
        <translation>jego ostatnie zmiany są wciąż w pliku -wal, który można odczytać tylko w folderze z prawem zapisu dla okrdesk; skopiuj oba pliki do takiego folderu</translation>
    </message>
    <message>
        <source>a SQLite database, but not an okrdesk workspace</source>
        <translation>baza danych SQLite, ale nie obszar roboczy okrdesk</translation>
    </message>
    <message>
        <source>the database is damaged ({detail})</source>
        <translation>baza danych jest uszkodzona ({detail})</translation>
    </message>
    <message>
        <source>made by a newer okrdesk (schema {revision}); update okrdesk to open it</source>
        <translation>utworzony w nowszej wersji okrdesk (schemat {revision}); zaktualizuj okrdesk, aby go otworzyć</translation>
    </message>
    <message>
        <source>cannot write the backup beside it before upgrading ({detail}); nothing was changed</source>
        <translation>nie można zapisać kopii zapasowej obok niego przed aktualizacją ({detail}); nic nie zmieniono</translation>
    </message>
    <message numerus="yes">
        <source>migration broke %n reference(s)</source>
        <translation>
            <numerusform>migracja uszkodziła %n odwołanie</numerusform>
            <numerusform>migracja uszkodziła %n odwołania</numerusform>
            <numerusform>migracja uszkodziła %n odwołań</numerusform>
        </translation>
    </message>
    <message>
        <source>could not be upgraded ({detail}); it was left as it was</source>
        <translation>nie udało się go zaktualizować ({detail}); pozostawiono go bez zmian</translation>
    </message>
    <message>
        <source>could not be upgraded ({detail}) and could not be restored ({restore_detail}); the backup is {backup}</source>
        <translation>nie udało się go zaktualizować ({detail}) ani przywrócić ({restore_detail}); kopia zapasowa to {backup}</translation>
    </message>
    <message>
        <source>could not be upgraded ({detail}); it was restored from {backup}</source>
        <translation>nie udało się go zaktualizować ({detail}); przywrócono go z {backup}</translation>
    </message>
    <message>
        <source>is read-only (the file or its folder cannot be written); nothing was changed</source>
        <translation>jest tylko do odczytu (nie można zapisać pliku lub jego folderu); nic nie zmieniono</translation>
    </message>
    <message>
        <source>is read-only and was made by an older okrdesk (schema {revision}); copy it to a folder you can write to, to upgrade it</source>
        <translation>jest tylko do odczytu i został utworzony w starszej wersji okrdesk (schemat {revision}); aby go zaktualizować, skopiuj go do folderu z prawem zapisu</translation>
    </message>
    <message>
        <source>a file with this name already exists</source>
        <translation>plik o tej nazwie już istnieje</translation>
    </message>
    <message>
        <source>cannot be created ({detail})</source>
        <translation>nie można utworzyć ({detail})</translation>
    </message>
    <message>
        <source>a password in the address is refused: put it in PGPASSWORD or ~/.pgpass</source>
        <translation>hasło w adresie jest niedozwolone: podaj je w PGPASSWORD lub ~/.pgpass</translation>
    </message>
    <message>
        <source>is not a server address ({detail})</source>
        <translation>to nie jest adres serwera ({detail})</translation>
    </message>
    <message>
        <source>names no database: write postgresql://user@host[:port]/database</source>
        <translation>nie podaje bazy danych: wpisz postgresql://użytkownik@host[:port]/baza</translation>
    </message>
    <message>
        <source>the server cannot be reached ({detail})</source>
        <translation>nie można połączyć się z serwerem ({detail})</translation>
    </message>
    <message>
        <source>another program&apos;s database (no okrdesk schema)</source>
        <translation>baza danych innego programu (brak schematu okrdesk)</translation>
    </message>
    <message>
        <source>holds no okrdesk workspace yet (the database is empty)</source>
        <translation>nie zawiera jeszcze obszaru roboczego okrdesk (baza danych jest pusta)</translation>
    </message>
    <message>
        <source>the workspace has no table &quot;{table}&quot;</source>
        <translation>obszar roboczy nie ma tabeli „{table}”</translation>
    </message>
    <message>
        <source>was made by an older okrdesk (schema {revision}) and cannot be upgraded read-only</source>
        <translation>został utworzony w starszej wersji okrdesk (schemat {revision}) i w trybie tylko do odczytu nie można go zaktualizować</translation>
    </message>
    <message>
        <source>the database already holds tables</source>
        <translation>baza danych zawiera już tabele</translation>
    </message>
    <message>
        <source>its tables were changed outside okrdesk, so it is not opened ({difference})</source>
        <translation>jego tabele zmieniono poza okrdesk, więc nie zostanie otwarty ({difference})</translation>
    </message>
    <message>
        <source>table &quot;{table}&quot;, column &quot;{column}&quot;: {kind}</source>
        <translation>tabela „{table}”, kolumna „{column}”: {kind}</translation>
    </message>
    <message>
        <source>table &quot;{table}&quot;: {kind} {name}</source>
        <translation>tabela „{table}”: {kind} {name}</translation>
    </message>
    <message>
        <source>missing table</source>
        <translation>brak tabeli</translation>
    </message>
    <message>
        <source>missing column</source>
        <translation>brak kolumny</translation>
    </message>
    <message>
        <source>extra column</source>
        <translation>dodatkowa kolumna</translation>
    </message>
    <message>
        <source>missing index</source>
        <translation>brak indeksu</translation>
    </message>
    <message>
        <source>extra index</source>
        <translation>dodatkowy indeks</translation>
    </message>
    <message>
        <source>missing constraint</source>
        <translation>brak ograniczenia</translation>
    </message>
    <message>
        <source>extra constraint</source>
        <translation>dodatkowe ograniczenie</translation>
    </message>
    <message>
        <source>missing foreign key</source>
        <translation>brak klucza obcego</translation>
    </message>
    <message>
        <source>extra foreign key</source>
        <translation>dodatkowy klucz obcy</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>inny typ</translation>
    </message>
    <message>
        <source>another nullability</source>
        <translation>inna dopuszczalność NULL</translation>
    </message>
    <message>
        <source>another default</source>
        <translation>inna wartość domyślna</translation>
    </message>
    <message>
        <source>another comment</source>
        <translation>inny komentarz</translation>
    </message>
    <message>
        <source>table &quot;{table}&quot;: CHECK constraint {name} differs</source>
        <translation>tabela „{table}”: inne ograniczenie CHECK {name}</translation>
    </message>
    <message>
        <source>table &quot;{table}&quot;: a trigger {name} okrdesk did not make</source>
        <translation>tabela „{table}”: wyzwalacz {name}, którego nie utworzył okrdesk</translation>
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
        <source>Opening {name}…</source>
        <translation>Otwieranie {name}…</translation>
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
</TS>

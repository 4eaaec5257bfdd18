"""The demo in Polish: DataPuls, a Polish B2B analytics firm, in złoty (PLN, ×4 the euros).

Keys and tuple lengths are those of content.english_texts(); see content.py.
"""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, Any] = {
    "workspace": "DataPuls — wersja demo",
    "team.Leadership": "Zarząd",
    "team.Marketing": "Marketing",
    "team.Sales": "Sprzedaż",
    "team.Customer Success": "Obsługa klienta",
    "person.claire": ("Anna Zielińska", "anna.zielinska@datapuls.example"),
    "person.zofia": ("Marta Wróbel", "marta.wrobel@datapuls.example"),
    "person.tom": ("Tomasz Król", "tomasz.krol@datapuls.example"),
    "person.bence": ("Paweł Kamiński", "pawel.kaminski@datapuls.example"),
    "person.priya": ("Ewa Dąbrowska", "ewa.dabrowska@datapuls.example"),
    "person.jonas": ("Michał Sowa", "michal.sowa@datapuls.example"),
    "person.eszter": ("Joanna Mazur", "joanna.mazur@datapuls.example"),
    "person.marek": ("Piotr Jankowski", "piotr.jankowski@datapuls.example"),
    "objective.revenue": (
        "Rentownie zwiększać przychody cykliczne",
        (
            "Rośniemy, ale nie za wszelką cenę: każda złotówka wydana na pozyskanie klienta ma "
            "wrócić w ciągu roku."
        ),
        "",
    ),
    "kr.mrr": ("Zwiększyć MRR z 744 000 zł do 920 000 zł", "", ""),
    "kr.cac": ("Obniżyć łączny CAC z 1 680 zł do 1 200 zł", "", ""),
    "objective.pipeline": (
        "Zbudować przewidywalny lejek inbound",
        "Sprzedaż nie może już zaczynać miesiąca od zgadywania, skąd wezmą się transakcje.",
        "",
    ),
    "kr.mql": ("Zwiększyć liczbę MQL z 240 do 360 miesięcznie", "", ""),
    "kr.partner": ("Uruchomić program partnerski: 5 agencji z podpisaną umową", "", ""),
    "objective.customers": (
        "Utrzymać zadowolonych i lojalnych klientów",
        "Utrzymanie klientów to najtańszy wzrost, jaki mamy.",
        "",
    ),
    "kr.churn": ("Utrzymać miesięczny churn klientów poniżej 2%", "", ""),
    "kr.nps": ("Utrzymać NPS powyżej 40", "", ""),
    "objective.mkt_paid": (
        "Wydawać budżet reklamowy tam, gdzie konwertuje",
        "Mniej kanałów, lepiej mierzonych; wyłączamy te, które dają tylko kliknięcia.",
        "",
    ),
    "kr.cpl": ("Utrzymać koszt leada z kanałów płatnych poniżej 380 zł", "", ""),
    "kr.newsletter": ("Zwiększyć liczbę leadów z newslettera z 70 do 110 miesięcznie", "", ""),
    "objective.sales_speed": (
        "Reagować szybciej i wygrywać więcej prowadzonych szans",
        "Leady inbound stygną w ciągu godzin, nie dni.",
        "",
    ),
    "kr.speed": ("Skrócić medianę czasu reakcji na lead z 26 h do 4 h", "", "h"),
    "kr.winrate": ("Zwiększyć skuteczność SQL→transakcja z 18% do 25%", "", ""),
    "kr.showup": ("Utrzymać frekwencję na prezentacjach demo powyżej 70%", "", ""),
    "objective.mkt_leads": (
        "Zamieniać więcej odwiedzających stronę w wartościowe leady",
        "Ruch jest; tracimy go na stronie z formularzem demo.",
        "",
    ),
    "kr.form_rate": ("Podnieść konwersję wizyta→formularz z 2,8% do 4,0%", "", ""),
    "kr.cases": ("Opublikować 6 historii sukcesu klientów", "", ""),
    "objective.sales_pipe": (
        "Już teraz zbudować lejek na przyszły kwartał",
        "Kwalifikowane szanse z kolejnym krokiem i datą, a nie nazwiska w arkuszu.",
        "",
    ),
    "kr.pipe": ("Zbudować kwalifikowany pipeline o wartości 1,8 mln zł", "", ""),
    "kr.referrals": ("Umówić 40 rozmów wstępnych z poleceń klientów", "", ""),
    "objective.cs_onboard": (
        "Doprowadzić nowych klientów do pierwszych efektów w dwa tygodnie",
        "Klienci, którzy szybko zobaczą swój pierwszy dashboard, zostają z nami.",
        "",
    ),
    "kr.ttv": ("Skrócić czas do pierwszego dashboardu z 19 do 7 dni", "", "dni"),
    "kr.checklist": ("Wdrożyć w aplikacji checklistę onboardingu", "", ""),
    "objective.q_inbound": (
        "Udowodnić, że inbound może napędzać nasz wzrost",
        "Inbound ma przynosić co najmniej połowę nowych przychodów.",
        (
            "Wystarczająco dobrze, żeby w to zainwestować, ale jeszcze nie efektywnie: CAC nie "
            "osiągnął celu."
        ),
    ),
    "kr.q_mrr": (
        "Zwiększyć MRR z 632 000 zł do 820 000 zł",
        "Dwie transakcje enterprise przesunęły się na ten kwartał.",
        "",
    ),
    "kr.q_cac": (
        "Obniżyć łączny CAC z 2 040 zł do 1 600 zł",
        "Najwięcej dało wstrzymanie reklam displayowych.",
        "",
    ),
    "objective.q_site": (
        "Odświeżyć stronę i mierzyć ją od kliknięcia do transakcji",
        "Jeden formularz demo, śledzony od kliknięcia w reklamę do transakcji.",
        "Z opóźnieniem, ale się opłaciło; atrybucja kanałów płatnych wreszcie działa.",
    ),
    "kr.q_launch": (
        "Uruchomić nową stronę z mierzonym formularzem demo",
        "Działa od 7. tygodnia, dwa tygodnie po terminie.",
        "",
    ),
    "kr.q_form": (
        "Podnieść konwersję wizyta→formularz z 2,1% do 3,0%",
        "Większość wzrostu przyszła po odświeżeniu strony.",
        "",
    ),
    "objective.q_follow": (
        "Przestać tracić leady inbound przez powolny kontakt",
        "Każdy lead inbound dostaje odpowiedź od człowieka tego samego dnia roboczego.",
        "Czas reakcji na lead to problem procesu, nie ludzi. Przechodzi na kolejny kwartał.",
    ),
    "kr.q_speed": (
        "Skrócić medianę czasu reakcji na lead z 40 h do 12 h",
        "Połowa drogi; automatycznego rozdzielania leadów nigdy nie zbudowaliśmy.",
        "h",
    ),
    "kr.q_sql": ("Zakwalifikować 250 SQL", "Równe tempo przez cały kwartał.", ""),
    "retro": (
        (
            "Odświeżenie strony demo i wyłączenie reklam displayowych. Cotygodniowe check-iny "
            "trzymały KR-y w ryzach; na koniec nikt nie był zaskoczony."
        ),
        (
            "Czas reakcji na lead stanął, bo leady rozdzielaliśmy ręcznie i w piątki nikt za to "
            "nie odpowiadał. Dwie transakcje enterprise się przesunęły, bo weryfikacja prawna "
            "trwała cztery tygodnie."
        ),
        (
            "Mniej KR-ów, każdy z jednym właścicielem. Zmiana w narzędziach potrzebuje daty i "
            "osoby w pierwszym tygodniu, inaczej się nie wydarzy."
        ),
    ),
    "comments.mrr": (
        "MRR: {value}. Weszły dwa rozszerzenia z wiosennej kohorty.",
        "Nowi klienci zgodnie z planem; jeden downgrade od klienta z handlu detalicznego.",
        "{value} po zmianie cennika dla nowych klientów.",
        "Pomogły umowy z płatnością roczną z góry, w tym tygodniu bez rezygnacji.",
        "Lekko powyżej planu; pilotaż enterprise przeszedł na płatny plan.",
    ),
    "comments.cac": (
        "Łączny CAC {value}; LinkedIn nadal najdroższym kanałem.",
        "Wstrzymane dwie grupy reklam w Google bez SQL od 30 dni.",
        "CAC {value}. Leady z webinaru poniżej planu; dopytujemy partnerów.",
        "Mniej transakcji, więc CAC wzrósł mimo niezmienionych wydatków.",
        "Od przyszłego tygodnia przesuwamy budżet z LinkedIn na retargeting.",
    ),
    "comments.mql": (
        "MQL w ostatnich 4 tygodniach: {value}, tempo poniżej planu.",
        "Leady z webinaru poniżej planu; szukamy partnerów do wspólnych webinarów.",
        "Scoring za słabo punktuje wizyty na stronach produktu, przeglądamy go ze sprzedażą.",
        "Dobry tydzień z newslettera i poleceń, płatne bez zmian.",
        "MQL: {value}. Kanał partnerski musi zacząć dowozić.",
    ),
    "comments.partner": (
        "Projekt umowy partnerskiej jest u prawników.",
        "Trzy agencje zainteresowane, jedna gotowa podpisać.",
        "Model prowizji uzgodniony z działem finansów.",
        "Pakiet wdrożeniowy dla partnerów w połowie gotowy.",
    ),
    "comments.churn": (
        "Churn klientów {value}; lista odnowień bez niespodzianek.",
        "Jedna rezygnacja (firmę przejęto), poza tym stabilnie.",
        "{value}. Health score pokazuje dwa konta do obserwacji.",
        "Spokojny miesiąc, jeśli chodzi o wypowiedzenia.",
    ),
    "comments.nps": (
        "NPS {value} z 38 odpowiedzi.",
        "Krytycy znów wspominają o szybkości eksportu.",
        "NPS {value}; nowe rozmowy onboardingowe zbierają dobre opinie.",
        "Mniej odpowiedzi w tym miesiącu, wynik stabilny.",
    ),
    "comments.cpl": (
        "CPL z płatnych {value}, rośnie razem ze stawkami CPC na LinkedIn.",
        "CPL w Google Ads w porządku, LinkedIn podnosi średnią.",
        "{value}. Przetestowaliśmy węższe targetowanie po stanowiskach.",
        "Ograniczyliśmy dzienny budżet na LinkedIn do czasu nowych kreacji.",
    ),
    "comments.newsletter": (
        "Leady z newslettera w tym miesiącu: {value}.",
        "Wydanie z historią klienta miało najlepszy CTR w tym roku.",
        "Dodaliśmy w stopce przycisk „Umów demo”, mały wzrost.",
        "{value}; po webinarze lista urosła o 300 adresów.",
    ),
    "comments.speed": (
        "Mediana czasu reakcji na lead: {value} h.",
        "Round-robin w HubSpocie działa; weekendy nadal wolne.",
        "{value} h. Ewa przejęła piątkowe popołudnia.",
        "Automatyczne przypisywanie działa; kilka leadów utknęło w kolejce „nieznany kraj”.",
    ),
    "comments.winrate": (
        "Skuteczność {value}, dwie transakcje przegrane z tańszym konkurentem.",
        "W tym tygodniu zastrzeżenia co do ceny w każdej transakcji na końcowym etapie.",
        "{value}. Przegraliśmy transakcję z firmą logistyczną przez zakres integracji.",
        "Akceptacja rabatów trwa za długo; transakcje stygną.",
    ),
    "comments.showup": (
        "Frekwencja {value}; SMS-y z przypomnieniem pomagają.",
        "Dwie nieobecności z tej samej agencji.",
        "{value}. Zaproszenia wysyła teraz handlowiec, a nie SDR.",
        "Stabilny tydzień.",
    ),
    "comments.form_rate": (
        "Wizyta→formularz {value}.",
        "Logotypy nad formularzem podniosły konwersję.",
        "{value}; na telefonach formularz konwertuje o połowę słabiej niż na komputerach.",
        "Test krótszego formularza wycofany; ważniejsza jest jakość.",
    ),
    "comments.cases": (
        "Opublikowane historie sukcesu: {value}.",
        "Dwa szkice czekają na akceptację klientów.",
        "Wywiad z klientem z branży logistycznej zrobiony, piszę tekst.",
    ),
    "comments.pipe": (
        "Kwalifikowany pipeline: {value}.",
        "Trzy nowe szanse z akcji poleceń.",
        "{value}; dwie transakcje przesunięte na przyszły kwartał.",
        "Usunęliśmy nieaktualne szanse starsze niż 90 dni.",
    ),
    "comments.referrals": (
        "Umówione rozmowy z poleceń: {value}.",
        "Wysłany mail z prośbą o polecenie do zadowolonych klientów.",
        "{value}. Klienci pytają, co będą z tego mieli; przygotowujemy ofertę.",
        "Dobry tydzień: dział obsługi klienta przekazał cztery ciepłe kontakty.",
    ),
    "comments.ttv": (
        "Mediana czasu do pierwszego dashboardu (dni): {value}.",
        "Spotkanie startowe umawiamy teraz jeszcze przed podpisaniem umowy.",
        "Dni do pierwszego dashboardu: {value}; najdłużej trwa podłączenie źródeł danych.",
        "Gotowe szablony dashboardów skróciły wdrożenie klientów z handlu.",
    ),
    "comments.checklist": (
        "Projekty checklisty zatwierdzone.",
        "Zbudowana, w testach.",
        "Testy wykazały dwa błędy blokujące.",
    ),
    "comments.q_mrr": (
        "MRR {value}.",
        "Transakcja enterprise przesunęła się na przyszły kwartał.",
        "{value}; miesiąc uratowały rozszerzenia.",
    ),
    "comments.q_cac": (
        "CAC {value}.",
        "Reklamy displayowe wyłączone, CAC spada.",
        "{value}; test na LinkedIn trwa.",
    ),
    "comments.q_launch": (
        "Projekt graficzny gotowy, treści opóźnione.",
        "Start przesunięty o dwa tygodnie.",
    ),
    "comments.q_form": (
        "Wizyta→formularz {value}.",
        "Nowa strona podniosła konwersję.",
        "{value} w tym tygodniu.",
    ),
    "comments.q_speed": (
        "Czas reakcji na lead {value} h.",
        "Rozdzielanie leadów nadal ręczne.",
        "{value} h, dziura w piątki.",
    ),
    "comments.q_sql": (
        "Dotychczas SQL: {value}.",
        "Dobry tydzień dla inbound.",
        "{value}; zgodnie z planem.",
    ),
    "done.checklist": (
        "Wdrożona na wszystkich nowych kontach.",
        "Pierwsze dane: większość nowych użytkowników kończy pierwszy krok.",
    ),
    "done.q_launch": ("Strona działa.", "Śledzenie sprawdzone od kliknięcia do transakcji."),
    "blockers.q_speed": (
        "Rozdzielanie leadów wymaga administratora HubSpota, a takiego nie mamy.",
    ),
    "blockers.q_launch": ("Teksty na strony produktowe są opóźnione.",),
    "blockers.cac": (
        "Stawki na LinkedIn wymagają przeglądu, zanim dołożymy budżet.",
        "Dział finansów nie zatwierdził jeszcze budżetu na retargeting.",
    ),
    "blockers.mql": (
        "Webinary z partnerami przełożone na przyszły miesiąc.",
        "Zmiana scoringu leadów wymaga akceptacji sprzedaży.",
    ),
    "blockers.winrate": (
        "Brak ściągawki sprzedażowej na tańszego konkurenta.",
        "Rabat musi zatwierdzić prezeska, a jest w podróży.",
        "Niejasny zakres integracji w transakcjach na końcowym etapie.",
    ),
    "blockers.partner": ("Weryfikacja prawna umowy partnerskiej.",),
    "blockers.cases": ("Klienci długo akceptują szkice.",),
    "blockers.cpl": ("Nowe kreacje na LinkedIn czekają na grafika.",),
    "initiatives": (
        "Przeprojektować stronę zamawiania demo",
        "Dodać logotypy klientów nad formularzem demo",
        "Comiesięczny webinar z gościem od klienta",
        "Automatyczne rozdzielanie leadów (round-robin) w HubSpocie",
        "Piątkowe dyżury SDR po południu",
        "Przygotować z prawnikami umowę partnerską",
        "Pozyskać pierwsze trzy agencje partnerskie",
        "Zbudować checklistę onboardingu w aplikacji",
        "Ściągawka sprzedażowa na tańszego konkurenta",
    ),
    "kpis": (
        "Dostępność strony",
        "Czas pierwszej odpowiedzi supportu (godz.)",
        "Miesięczny przychód cykliczny (MRR)",
    ),
    "funnel": "Lejek B2B inbound",
    "stages": ("Wizyta", "Formularz", "Lead", "MQL", "SQL", "Transakcja"),
    "source.google_ads": "Google Ads",
    "source.linkedin": "LinkedIn",
    "source.organic": "Ruch organiczny",
    "source.newsletter": "Newsletter",
    "source.referral": "Polecenia",
    "import_file": "hubspot_eksport_{year}-W{week:02d}.csv",
    "months": (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
    "week": "{day} {month}",
    "funnel_moves": (
        "{from_stage} → {to_stage}: {change} z {before} do {after} ({p})",
        "wzrost",
        "spadek",
        "Żaden etap nie zmienił się ponad szum statystyczny.",
    ),
    "tasks": (
        "Określić jedną zmienną, hipotezę i metrykę",
        "Wdrożyć zmianę i sprawdzić, czy śledzenie działa",
        "Zbierać dane; sprawdzić atrybucję pierwszych leadów",
        "Zbierać dane; sprawdzić podział między wariantami",
        "Zbierać dane; sprawdzić atrybucję według źródeł",
        "Sprawdzić jakość leadów ze sprzedażą",
        "Zdecydować: skalować czy wycofać",
    ),
    "arms": ("kontrola", "wariant"),
    "experiment.0": (
        "Logotypy klientów nad formularzem demo",
        (
            "Jeśli nad formularzem demo pokażemy sześć logotypów klientów i odznakę G2, to "
            "konwersja wizyta→formularz wzrośnie o jedną trzecią, ponieważ odwiedzający B2B "
            "szukają dowodu, że korzystają z nas firmy takie jak ich."
        ),
        "Dowód społeczny nad formularzem demo",
        (
            "Wizyta→formularz wzrosła z {control_rate} do {variant_rate} ({p}), a jakość SQL się "
            "utrzymała. Logotypy są już przy każdym formularzu; teraz sprawdzimy, które logotypy "
            "działają w poszczególnych branżach."
        ),
    ),
    "experiment.1": (
        "Formularz demo z trzema polami zamiast sześciu",
        (
            "Jeśli skrócimy formularz demo z sześciu pól do trzech, to konwersja wizyta→formularz "
            "wzrośnie o 25%, ponieważ każde dodatkowe pole zniechęca odwiedzających na "
            "telefonach."
        ),
        "Liczba pól formularza demo",
        (
            "Więcej formularzy ({lift}), ale mniej SQL ({variant_sqls} wobec {control_sqls}): bez "
            "wielkości firmy i stanowiska sprzedaż spędziła tydzień na studentach i konkurencji. "
            "Wielkość firmy zostaje polem obowiązkowym; zamiast krótszego formularza "
            "przetestujemy dwuetapowy."
        ),
    ),
    "experiment.2": (
        "Czat na żywo na stronie cennika w godzinach pracy",
        (
            "Jeśli uruchomimy czat na żywo na stronie cennika w godzinach 9–17, to konwersja "
            "wizyta→formularz wzrośnie o 20%, ponieważ pytania o cenę zatrzymują odwiedzających "
            "gotowych do rozmowy."
        ),
        "Czat na żywo na stronie cennika",
        "",
    ),
    "experiment.3": (
        "Link do kalendarza w pierwszej odpowiedzi do każdego MQL",
        (
            "Jeśli w pierwszej odpowiedzi do każdego MQL wyślemy link do rezerwacji terminu "
            "zamiast pytać o dogodne godziny, to konwersja MQL→SQL wzrośnie o 25%, ponieważ każda "
            "wymiana maili to stracony dzień i kilka leadów."
        ),
        "Wezwanie do działania w pierwszej odpowiedzi",
        "",
    ),
    "experiment.4": (
        "Kalkulator ROI zamiast e-booka w reklamach na LinkedIn",
        (
            "Jeśli w reklamach na LinkedIn zaproponujemy kalkulator ROI zamiast e-booka, to "
            "konwersja lead→MQL wzrośnie o 30%, ponieważ kto liczy własne liczby, ma prawdziwy "
            "projekt."
        ),
        "Oferta w reklamach na LinkedIn",
        "",
    ),
    "experiment.5": (
        "Wideo z historią klienta w newsletterze",
        (
            "Jeśli otworzymy newsletter dwuminutowym wideo z historią klienta, to konwersja "
            "wizyta→formularz z newslettera wzrośnie o 15%, ponieważ czytelnicy bardziej ufają "
            "innym firmom niż nam."
        ),
        "Główny materiał newslettera",
        "",
    ),
    "experiment.6": (
        "Dwuetapowy formularz demo: najpierw e-mail, potem dane firmy",
        (
            "Jeśli podzielimy formularz demo na dwa kroki, najpierw e-mail, potem dane firmy, to "
            "konwersja wizyta→formularz wzrośnie o 20%, ponieważ krótki pierwszy krok zachęca do "
            "startu, a sprzedaż nadal pozna wielkość firmy i stanowisko."
        ),
        "Układ formularza demo",
        "",
    ),
    "experiment.7": (
        "Historia klienta z branży leada w pierwszym mailu nurturingowym",
        (
            "Jeśli każdemu nowemu leadowi wyślemy historię klienta z jego branży, to konwersja "
            "lead→MQL wzrośnie o 15%, ponieważ dowód od firmy z tej samej branży odpowiada na "
            "pierwsze pytanie każdego leada."
        ),
        "Historia w pierwszym mailu nurturingowym",
        "",
    ),
    "review.0": (
        (
            "Tydzień od {week}: wizyty {visits}, wizyta→formularz {form_rate}, lead→MQL "
            "{mql_rate}, transakcje {deals} o wartości {revenue}. {funnel_moves}\n"
            "EXP-0001 (logotypy klientów nad formularzem demo) podniósł konwersję "
            "wizyta→formularz z {control_rate} do {variant_rate} ({p}); jakość SQL bez zmian.\n"
            "KR-y: czas reakcji na lead zgodnie z planem od startu round-robina; CAC zagrożony, "
            "CPL na LinkedIn znów w górę; skuteczność sprzedaży poza planem."
        ),
        (
            "1. Skalujemy EXP-0001: logotypy zostają przy każdym formularzu demo (Tomasz, do "
            "wtorku).\n"
            "2. Następny eksperyment: EXP-0002, formularz demo z trzema polami zamiast sześciu. "
            "Dziś dzień 1.\n"
            "3. Paweł przegląda targetowanie na LinkedIn, zanim dołożymy budżet."
        ),
        (
            "Anna poprosiła, żeby przegrane transakcje oznaczać w HubSpocie powodem przegranej, "
            "to przestaniemy zgadywać. Michał przyniesie trzy przegrane transakcje na przegląd w "
            "przyszłym tygodniu. Umowa partnerska wciąż u prawników."
        ),
    ),
    "review.1": (
        (
            "Tydzień od {week}: wizyty {visits}, wizyta→formularz {form_rate}, lead→MQL "
            "{mql_rate}, transakcje {deals} o wartości {revenue}. {funnel_moves}\n"
            "EXP-0002 (formularz z trzema polami) zwiększył liczbę wypełnień o {lift_size}, ale "
            "SQL zostało tylko {variant_sqls} z {variant_conversions} leadów wariantu wobec "
            "{control_sqls} z {control_conversions} w grupie kontrolnej: tańsze leady, gorsze "
            "leady.\n"
            "KR-y: MQL poniżej tempa; churn i NPS w porządku; checklista zgodnie z planem."
        ),
        (
            "1. Dziś wycofujemy EXP-0002; zostaje formularz z sześcioma polami.\n"
            "2. Następny eksperyment: EXP-0003, czat na żywo na stronie cennika w godzinach "
            "pracy.\n"
            "3. Marta i Paweł do czwartku uzgodnią zmianę scoringu leadów."
        ),
        (
            "Krótkie spotkanie (30 min). Decyzja o wycofaniu była prosta, kiedy sprzedaż pokazała "
            "leady. Tomasz zaproponował dwuetapowy formularz jako kolejny pomysł. Joanna zgłosiła "
            "dwa konta ze spadającym użyciem; dział obsługi klienta zadzwoni do obu w tym "
            "tygodniu."
        ),
    ),
}

"""The names users write for the six default stages, per language, as CRM exports spell them.

Compared as headers are (headers.normalise: case, accents and punctuation ignored), so each
name is listed once, in lower case without accents. A name belongs to one stage only; a
funnel whose stage is renamed to one of these names ("Umowa" for Deal) keeps the others.
"""

from __future__ import annotations

STAGES = ("Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal")

STAGE_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "Visit": ("visit", "visits", "visitor", "visitors", "session", "sessions", "traffic",
                  "page view", "page views", "pageviews", "website visit", "website visits"),
        "Form submitted": ("form", "forms", "form submitted", "forms submitted",
                           "form submission", "form submissions", "form fill", "form fills",
                           "submission", "submissions", "sign up", "sign ups", "signup",
                           "signups", "registration", "registrations", "inquiry", "inquiries",
                           "enquiry", "enquiries", "request", "requests", "contact request"),
        "Lead": ("lead", "leads", "new lead", "new leads", "prospect", "prospects"),
        "MQL": ("mql", "mqls", "marketing qualified", "marketing qualified lead",
                "marketing qualified leads"),
        "SQL": ("sql", "sqls", "sales qualified", "sales qualified lead", "sales qualified leads",
                "opportunity", "opportunities"),
        "Deal": ("deal", "deals", "won", "deal won", "deals won", "closed won",
                 "sale", "sales", "customer", "customers", "client", "clients", "order",
                 "orders", "purchase", "purchases", "contract", "contracts"),
    },
    "pl": {
        "Visit": ("wizyta", "wizyty", "wizyt", "odwiedziny", "odwiedzin", "sesja", "sesje",
                  "sesji", "ruch", "wejscie", "wejscia", "odslony", "odslona"),
        "Form submitted": ("formularz", "formularze", "formularzy", "wyslany formularz",
                           "wyslane formularze", "wypelniony formularz", "wypelnione formularze",
                           "zgloszenie", "zgloszenia", "zgloszen", "zapytanie", "zapytania",
                           "zapytan", "rejestracja", "rejestracje", "rejestracji"),
        "Lead": ("leady", "leadow", "leada", "lead y", "potencjalny klient",
                 "potencjalni klienci"),
        "MQL": ("lead marketingowy", "leady marketingowe", "kwalifikowany marketingowo",
                "lead kwalifikowany marketingowo", "leady kwalifikowane marketingowo"),
        "SQL": ("lead sprzedazowy", "leady sprzedazowe", "kwalifikowany sprzedazowo",
                "lead kwalifikowany sprzedazowo", "leady kwalifikowane sprzedazowo",
                "szansa sprzedazy", "szanse sprzedazy", "szansa", "szanse"),
        "Deal": ("transakcja", "transakcje", "transakcji", "sprzedaz", "sprzedaze",
                 "sprzedazy", "umowa", "umowy", "umow", "wygrana", "wygrane", "wygrany",
                 "klient", "klienci", "zamowienie",
                 "zamowienia", "zakup", "zakupy"),
    },
    "hu": {
        "Visit": ("latogatas", "latogatasok", "latogato", "latogatok", "munkamenet",
                  "munkamenetek", "forgalom", "oldalmegtekintes", "oldalmegtekintesek"),
        "Form submitted": ("urlap", "urlapok", "kitoltott urlap", "kitoltott urlapok",
                           "bekuldott urlap", "bekuldott urlapok", "jelentkezes", "jelentkezesek",
                           "regisztracio", "regisztraciok", "megkereses", "megkeresesek",
                           "ajanlatkeres", "ajanlatkeresek"),
        "Lead": ("leadek", "erdeklodo", "erdeklodok", "potencialis ugyfel",
                 "potencialis ugyfelek"),
        "MQL": ("marketing minositett lead", "marketing altal minositett lead",
                "marketing minositett leadek"),
        "SQL": ("ertekesites altal minositett lead", "ertekesitesi minositett lead",
                "ertekesitesi lehetoseg", "ertekesitesi lehetosegek", "lehetoseg", "lehetosegek"),
        "Deal": ("uzlet", "uzletek", "uzletkotes", "uzletkotesek", "megnyert",
                 "megnyert uzlet", "megnyert uzletek", "lezart uzlet", "szerzodes",
                 "szerzodesek", "eladas", "eladasok", "ertekesites", "vasarlas", "vasarlasok",
                 "megrendeles", "megrendelesek", "ugyfel", "ugyfelek"),
    },
    "ru": {
        "Visit": ("визит", "визиты", "визитов", "посещение", "посещения", "посещений", "сессия",
                  "сессии", "сеанс", "сеансы", "трафик", "переход", "переходы", "переходов"),
        "Form submitted": ("форма", "формы", "форм", "заявка", "заявки", "заявок",
                           "отправка формы", "отправленная форма", "отправленные формы",
                           "заполненная форма", "заполненные формы", "регистрация",
                           "регистрации", "регистраций", "обращение", "обращения", "обращений"),
        "Lead": ("лид", "лиды", "лидов", "потенциальный клиент", "потенциальные клиенты"),
        "MQL": ("мкл", "маркетинговый лид", "маркетинговые лиды",
                "маркетингово квалифицированный лид", "квалифицированный маркетингом лид"),
        "SQL": ("скл", "квалифицированный продажами лид", "лид квалифицированный продажами",
                "возможность", "возможности"),
        "Deal": ("сделка", "сделки", "сделок", "успешная сделка", "успешные сделки",
                 "выигранная сделка", "выигранные сделки", "выиграна", "выиграно", "продажа",
                 "продажи", "продаж", "покупка", "покупки", "покупок", "заказ", "заказы",
                 "заказов", "оплата", "оплаты", "договор", "договоры", "клиент", "клиенты"),
    },
}  # fmt: skip


def names_of(stage: str) -> tuple[str, ...]:
    """Every language's names of a default stage ("Deal" → "deal", "won", "transakcja", …)."""
    return tuple(name for words in STAGE_NAMES.values() for name in words.get(stage, ()))

"""Write the OKR spreadsheet templates okrs-en/pl/hu/ru.xlsx beside this script: the columns
`okrdesk okrs import` reads, headed in each language, with two example key results.

Run from the repository's root after changing the columns:
    python resources/templates/make_templates.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from okrdesk.store.okr_sheet.columns import COMPUTED, FIELDS, HEADERS  # noqa: E402

# The files' own dates, rather than the day the script ran.
STAMP = dt.datetime(2026, 1, 1)

# Two key results of one objective per language: a decrease with its own unit label, and a
# stay-above percentage; kinds and units in words the importer knows in that language.
EXAMPLES: dict[str, list[tuple[object, ...]]] = {
    "en": [
        ("Answer customers faster", "Support", "Cut first response from 48 h to 12 h",
         "Anna Smith", "decrease", "number", "h", 0, 48, 12, 30, 1, None),
        ("Answer customers faster", "Support", "Keep CSAT above 90 %", "Tom Brown",
         "stay above", "percent", None, None, 92, 90, None, 1, None),
    ],
    "pl": [
        ("Szybciej odpowiadać klientom", "Wsparcie", "Skrócić pierwszą odpowiedź z 48 h do 12 h",
         "Anna Nowak", "spadek", "liczba", "h", 0, 48, 12, 30, 1, None),
        ("Szybciej odpowiadać klientom", "Wsparcie", "Utrzymać CSAT powyżej 90 %",
         "Piotr Wiśniewski", "co najmniej", "procent", None, None, 92, 90, None, 1, None),
    ],
    "hu": [
        ("Gyorsabban válaszolni az ügyfeleknek", "Ügyfélszolgálat",
         "Az első válasz idejét 48 óráról 12 órára csökkenteni", "Kovács Anna", "csökkentés",
         "szám", "óra", 0, 48, 12, 30, 1, None),
        ("Gyorsabban válaszolni az ügyfeleknek", "Ügyfélszolgálat",
         "Az elégedettséget 90 % felett tartani", "Szabó Péter", "legalább", "százalék", None,
         None, 92, 90, None, 1, None),
    ],
    "ru": [
        ("Быстрее отвечать клиентам", "Поддержка", "Сократить первый ответ с 48 ч до 12 ч",
         "Анна Иванова", "снижение", "число", "ч", 0, 48, 12, 30, 1, None),
        ("Быстрее отвечать клиентам", "Поддержка", "Держать CSAT выше 90 %", "Пётр Смирнов",
         "не ниже", "процент", None, None, 92, 90, None, 1, None),
    ],
}  # fmt: skip
COLUMNS = [field for field in FIELDS if field not in COMPUTED]


def write_template(language: str, path: Path) -> None:
    """One template: the import's columns headed in `language`, and its two examples."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "OKRs"
    sheet.append([HEADERS[language][field] for field in COLUMNS])
    for example in EXAMPLES[language]:
        sheet.append(list(example))
    for column in sheet.columns:
        letter = column[0].column_letter
        sheet.column_dimensions[letter].width = max(len(str(c.value or "")) for c in column) + 2
    sheet.freeze_panes = "A2"
    book.properties.created = book.properties.modified = STAMP
    book.properties.creator = "okrdesk"
    book.save(path)


def main() -> None:
    for language in HEADERS:
        write_template(language, HERE / f"okrs-{language}.xlsx")


if __name__ == "__main__":
    main()

"""A corpus of bad and hostile import files, written at test time into a folder.

Each case is a file (or a file and command-line options) that `okrdesk import` must refuse
with exit code 2 and exactly one line naming the file, row and column. XLSX files are written
part by part with zipfile, streaming, so that a zip bomb of hundreds of megabytes unpacked
takes a second to build and a few megabytes on disk.

    python tests/store/importing/hostile_corpus.py FOLDER   # writes the corpus, lists it
"""

from __future__ import annotations

import datetime as dt
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

WINDOW = "is not a date between 2000-01-01 and 2100-12-31"
MAX_COUNT = "9,007,199,254,740,992"
XFD = (
    'the sheet "Sheet1" has a cell in column 16,384 of row 2, right of column 1,000; delete '
    "the columns it does not need"
)
CELLS = 'the sheet "Sheet1" has more than 2,000,000 cells; save it as CSV'


@dataclass(frozen=True)
class Case:
    """`build(folder)` writes the file and returns its path; `message` is the whole line
    expected on stderr, with {name} for the file's name as okrdesk shows it."""

    id: str
    build: Callable[[Path], Path]
    message: str
    args: tuple[str, ...] = ()
    name: str = ""  # the file's name as shown, when not the plain file name
    tags: tuple[str, ...] = field(default=())


# -- writing files ---------------------------------------------------------------------------


def _weeks(n: int) -> list[dt.date]:
    return [dt.date(2024, 1, 1) + dt.timedelta(weeks=i) for i in range(n)]


def _counts_csv(name: str, last: str, *, extra_header: str = "") -> Callable[[Path], Path]:
    """A good counts file of 30 weeks, then `last` as its last line (row 32)."""

    def build(folder: Path) -> Path:
        lines = [f"week,stage,count{extra_header}"]
        tail = ",1.5" if extra_header else ""
        lines += [f"{w.isoformat()},Visit,{i + 1}{tail}" for i, w in enumerate(_weeks(30))]
        lines.append(last)
        path = folder / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    return build


def _text(name: str, text: str, encoding: str = "utf-8") -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(text.encode(encoding))
        return path

    return build


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>{sheets}{shared}</Types>'
)
_SHEET_TYPE = (
    '<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.'
    'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
)
_SHARED_TYPE = (
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sharedStrings+xml"/>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def write_xlsx(
    path: Path,
    sheet: Iterable[bytes] | None,
    *,
    sheets: int = 1,
    shared: Iterable[bytes] | None = None,
    part_present: bool = True,
    level: int = 9,
) -> Path:
    """An XLSX written part by part: `sheet` is the worksheet XML in chunks (None: a workbook
    without sheets), `shared` the shared strings XML in chunks; `part_present` False leaves
    the sheet's part out while the workbook still lists it."""
    count = sheets if sheet is not None else 0
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr(
            "[Content_Types].xml",
            _CONTENT_TYPES.format(
                sheets="".join(_SHEET_TYPE.format(n=n + 1) for n in range(count)),
                shared=_SHARED_TYPE if shared is not None else "",
            ),
        )
        z.writestr("_rels/.rels", _ROOT_RELS)
        # Styles without a default style: openpyxl warns about it on stderr, if let.
        z.writestr("xl/styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {_NS}/>')
        listed = "".join(
            f'<sheet name="Sheet{n}" sheetId="{n}" r:id="rId{n}"/>' for n in range(1, count + 1)
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS} {_R_NS}>'
            f"<sheets>{listed}</sheets></workbook>",
        )
        rels = "".join(
            f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/'
            f'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n + 1}.xml"/>'
            for n in range(count)
        )
        if shared is not None:
            rels += (
                '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
        )
        if sheet is not None and part_present:
            with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
                for chunk in sheet:
                    part.write(chunk)
        if shared is not None:
            with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as part:
                for chunk in shared:
                    part.write(chunk)
    return path


def _column(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell(column: int, row: int, value: object) -> str:
    ref = f"{_column(column)}{row}"
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def sheet_xml(
    rows: Iterable[tuple[int, Iterable[tuple[int, object]]]], dimension: str | None = None
) -> Iterator[bytes]:
    """Worksheet XML from (row number, [(column number, value)]), in chunks of rows."""
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}>'
    if dimension:
        head += f'<dimension ref="{dimension}"/>'
    yield (head + "<sheetData>").encode()
    chunk: list[str] = []
    for number, cells in rows:
        chunk.append(f'<row r="{number}">' + "".join(_cell(c, number, v) for c, v in cells))
        chunk.append("</row>")
        if len(chunk) > 20_000:
            yield "".join(chunk).encode()
            chunk = []
    yield ("".join(chunk) + "</sheetData></worksheet>").encode()


def _header() -> tuple[int, list[tuple[int, object]]]:
    return (1, [(1, "week"), (2, "stage"), (3, "count")])


def _xlsx(name: str, rows, dimension: str | None = None, **options) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        return write_xlsx(folder / name, sheet_xml(rows(), dimension), **options)

    return build


def _zip_bomb(folder: Path) -> Path:
    """159:1 like the one in the issue, 500 MB unpacked: rows repeated, written streaming."""
    row = b'<row><c t="inlineStr"><is><t>2026-11-16</t></is></c><c><v>1</v></c></row>' * 1000
    times = 500 * 2**20 // len(row)

    def chunks() -> Iterator[bytes]:
        yield f'<?xml version="1.0"?><worksheet {_NS}><sheetData>'.encode()
        for _ in range(times):
            yield row
        yield b"</sheetData></worksheet>"

    path = folder / "bomb.xlsx"
    with (
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z,
        z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part,
    ):
        for chunk in chunks():
            part.write(chunk)
    return path


def _shared_strings_bomb(folder: Path) -> Path:
    """60 MB of shared strings, at 1:50 or so: openpyxl would hold them all in memory."""
    strings = b"".join(b"<si><t>s%07d</t></si>" % i for i in range(20_000))
    times = 60 * 2**20 // len(strings) + 1

    def chunks() -> Iterator[bytes]:
        yield f'<?xml version="1.0"?><sst {_NS}>'.encode()
        for _ in range(times):
            yield strings
        yield b"</sst>"

    rows = lambda: iter([_header()])  # noqa: E731
    return write_xlsx(folder / "strings.xlsx", sheet_xml(rows()), shared=chunks())


def _one_wide_row(folder: Path) -> Path:
    """One row of 2,500,000 cells of varied numbers (9 MB): openpyxl would build it whole."""
    cells = "".join(f"<c><v>{(i * 7919) % 1_000_003}</v></c>" for i in range(10_000)).encode()

    def chunks() -> Iterator[bytes]:
        yield f'<?xml version="1.0"?><worksheet {_NS}><sheetData>'.encode()
        yield b'<row r="1"><c t="inlineStr"><is><t>week</t></is></c></row><row r="2">'
        for _ in range(250):
            yield cells
        yield b"</row></sheetData></worksheet>"

    return write_xlsx(folder / "widerow.xlsx", chunks(), level=1)


def _merged_cells(folder: Path) -> Path:
    """150,000 merged cells after the rows: openpyxl would build them as one tree."""
    merged = "".join(f'<mergeCell ref="A{i}:B{i}"/>' for i in range(2, 150_002))
    xml = (
        f'<?xml version="1.0"?><worksheet {_NS}><sheetData/><mergeCells count="150000">'
        f"{merged}</mergeCells></worksheet>"
    )
    return write_xlsx(folder / "merged.xlsx", iter([xml.encode()]), level=1)


def _xfd_rows(count: int) -> Iterator[tuple[int, list[tuple[int, object]]]]:
    yield _header()
    for number in range(2, count + 2):
        yield number, [(16384, 1)]


# -- the corpus ------------------------------------------------------------------------------


def cases() -> list[Case]:
    """Every case; the message is the exact line on stderr after "okrdesk: "."""
    late = 32  # the row after the 30 good weeks
    return [
        # 4. values, checked the same everywhere in the file
        Case(
            "count-above-2**64",
            _counts_csv("count64.csv", "2026-11-16,Lead,99999999999999999999999"),
            f'{{name}}, row {late}, column "count": "99999999999999999999999" is more than '
            f"{MAX_COUNT}",
        ),
        Case(
            "count-1e308-late",
            _counts_csv("e308.csv", "2026-11-16,Lead,1e308"),
            f'{{name}}, row {late}, column "count": "1e308" is more than {MAX_COUNT}',
        ),
        Case(
            "count-1e308-first",
            _text("e308first.csv", "week,stage,count\n2026-11-16,Lead,1e308\n"),
            f'{{name}}, row 2, column "count": "1e308" is more than {MAX_COUNT}',
        ),
        Case(
            "counts-adding-up-above-2**53",
            _text(
                "sum.csv",
                "week,stage,count\n2026-11-16,Lead,9007199254740992\n"
                "2026-11-17,Lead,9007199254740992\n",
            ),
            '{name}: the counts of the week 2026-11-16, stage "Lead" add up to more than '
            f"{MAX_COUNT}",
        ),
        Case(
            "spend-inf-late",
            _counts_csv("inf.csv", "2026-11-16,Lead,5,inf", extra_header=",spend"),
            f'{{name}}, row {late}, column "spend": "inf" is not a number',
        ),
        Case(
            "spend-above-10**15",
            _counts_csv("spend.csv", "2026-11-16,Lead,5,2e15", extra_header=",spend"),
            f'{{name}}, row {late}, column "spend": "2e15" is more than 1,000,000,000,000,000',
        ),
        Case(
            "date-year-1",
            _counts_csv("year1.csv", "0001-01-01,Lead,5"),
            f'{{name}}, row {late}, column "week": "0001-01-01" {WINDOW}',
        ),
        Case(
            "date-year-9999",
            _counts_csv("year9999.csv", "9999-12-31,Lead,5"),
            f'{{name}}, row {late}, column "week": "9999-12-31" {WINDOW}',
        ),
        Case(
            "date-day-first-year-1",
            _text("dots.csv", "week;stage;count\n16.11.2026;Visit;5\n01.01.0001;Visit;5\n"),
            f'{{name}}, row 3, column "week": "01.01.0001" {WINDOW}',
        ),
        Case(
            "iso-week-year-1",
            _text("w1.csv", "week,stage,count\n2026-W47,Visit,5\n0001-W01,Visit,5\n"),
            f'{{name}}, row 3, column "week": "0001-W01" {WINDOW}',
        ),
        Case(
            "event-year-1",
            _text(
                "events.csv",
                "lead_id,timestamp,stage\nL1,2026-11-16 10:00,Visit\nL2,0001-01-02 10:00,Visit\n",
            ),
            f'{{name}}, row 3, column "timestamp": "0001-01-02 10:00" {WINDOW}',
        ),
        Case(
            "date-format-%Q",
            _text("q.csv", "week,stage,count\n2026-11-16,Visit,5\n"),
            '{name}, column "week": "%Q" is not a date format; write one like %d.%m.%Y or %m/%d/%Y',
            args=("--date-format", "%Q"),
        ),
        Case(
            "week-99999999",
            _text("w9.csv", "week,stage,count\n99999999,Visit,5\n"),
            '{name}, row 2, column "week": "99999999" is not a date',
        ),
        Case(
            "xlsx-week-99999999",
            _xlsx("w9.xlsx", lambda: iter([_header(), (2, [(1, 99999999), (2, "Visit"), (3, 5)])])),
            f'{{name}}, row 2, column "week": "99999999" {WINDOW}',
        ),
        Case(
            "xlsx-without-sheets",
            lambda folder: write_xlsx(folder / "nosheet.xlsx", None),
            "{name}: has no sheet",
        ),
        Case(
            "xlsx-sheet-part-missing",
            lambda folder: write_xlsx(
                folder / "nopart.xlsx", sheet_xml(iter([_header()])), part_present=False
            ),
            "{name}: has no sheet",  # openpyxl leaves out a sheet whose part is missing
        ),
        Case(
            "20000-columns",
            _text(
                "wide.csv",
                ",".join(f"c{i}" for i in range(20_000)) + "\n" + ",".join("1" * 20_000) + "\n",
            ),
            "{name}, row 1: has 20,000 columns, more than 1,000; delete the columns it does "
            "not need",
        ),
        Case(
            "more-cells-than-the-header",
            _counts_csv("acme.csv", "2026-11-23,Visit,7,Acme, Inc", extra_header=",source"),
            f"{{name}}, row {late}: the row has more cells than the header's 4 columns; a value "
            'with "," in it must be in quotes',
        ),
        # 5. bombs
        Case(
            "zip-bomb-500MB",
            _zip_bomb,
            "{name}: unpacks to 500 MB, more than the 100 MB an XLSX file may; save it as CSV",
            tags=("bomb",),
        ),
        Case(
            "shared-strings-60MB",
            _shared_strings_bomb,
            "{name}: xl/sharedStrings.xml unpacks to 60 MB, more than 50 MB",
            tags=("bomb",),
        ),
        Case(
            "xfd-60000-rows",
            _xlsx("xfd.xlsx", lambda: _xfd_rows(60_000), dimension="A1:XFD60001"),
            f"{{name}}: {XFD}",
            tags=("bomb",),
        ),
        Case(
            "xfd-60000-rows-undeclared",
            _xlsx("xfd2.xlsx", lambda: _xfd_rows(60_000)),
            f"{{name}}: {XFD}",
            tags=("bomb",),
        ),
        Case(
            "row-1048576",
            _xlsx(
                "far.xlsx",
                lambda: iter([_header(), (1_048_576, [(1, "2026-11-16"), (2, "Visit"), (3, 1)])]),
            ),
            f"{{name}}: {CELLS}",
            tags=("bomb",),
        ),
        Case(
            "row-past-excel",
            _xlsx(
                "past.xlsx",
                lambda: iter([_header(), (1_048_577, [(1, "2026-11-16"), (2, "Visit"), (3, 1)])]),
            ),
            '{name}: the sheet "Sheet1" has a row 1,048,577, past Excel\'s last, 1,048,576',
            tags=("bomb",),
        ),
        Case(
            "declared-cells",
            _xlsx("declared.xlsx", lambda: iter([_header()]), dimension="A1:C700000"),
            f"{{name}}: {CELLS}",
            tags=("bomb",),
        ),
        Case(
            "one-row-of-2.5M-cells",
            _one_wide_row,
            '{name}: the sheet "Sheet1" row 2 has more than 1,000 cells',
            tags=("bomb",),
        ),
        Case(
            "150000-merged-cells",
            _merged_cells,
            '{name}: the sheet "Sheet1" holds more than 100,000 elements besides its cells',
            tags=("bomb",),
        ),
        # 6. one clean line
        Case(
            "control-characters",
            _text(
                "bad\x1b[2Jname\x07.csv", 'week,stage,count\n2026-11-16,"Vi\x1b[31m\nsit\x07",1\n'
            ),
            '{name}, row 2, column "stage": "Vi\\x1b[31m\\nsit\\x07" is not a stage of the funnel '
            '"Inbound" (Visit, Form submitted, Lead, MQL, SQL, Deal); map it to one',
            name="bad\\x1b[2Jname\\x07.csv",
        ),
        Case(
            "a-long-cell",
            _text("long.csv", "week,stage,count\n2026-11-16," + "V" * 10_000 + ",5\n"),
            '{name}, row 2, column "stage": "' + "V" * 59 + '…" is not a stage of the funnel '
            '"Inbound" (Visit, Form submitted, Lead, MQL, SQL, Deal); map it to one',
        ),
        Case(
            "map-a-missing-column",
            _text("map.csv", "week,stage,count\n2026-11-16,Visit,5\n"),
            '{name}, row 1, column "nosuch": the file has no such column (its columns: week, '
            "stage, count)",
            args=("--map", "nosuch=week"),
        ),
        Case(
            "header-540KB",
            _text("header.csv", ",".join(f"col{i:06d}" for i in range(54_000)) + "\n1,2\n"),
            "{name}, row 1: the first row is longer than 256 KB; refused",
        ),
    ]


def main(folder: str) -> None:
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    for case in cases():
        path = case.build(target)
        print(f"{case.id:32} {path.stat().st_size:>12,} {path.name!r}")


if __name__ == "__main__":
    main(sys.argv[1])

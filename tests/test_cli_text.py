"""The command line's own lines are translatable sentences with one plural message per count:
English reads "1 row" and "3 rows", a Polish translation gets its three forms."""

from __future__ import annotations

from okrdesk.cli import main
from tests import cli_fixtures
from tests.qm_files import installed

# the shared fixtures, bound here so pytest uses them in this module
demo_day = cli_fixtures.demo_day
demo = cli_fixtures.demo


def test_the_export_line_is_one_polish_plural_sentence(demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LC_ALL", "pl_PL.UTF-8")  # the command speaks the system's language
    out = tmp_path / "okrs.csv"
    assert main(["okrs", "export", str(demo), "--out", str(out)]) == 0

    assert capsys.readouterr().out == f"Zapisano 17 kluczowych rezultatów cyklu 2026 Q4 w {out}\n"


def test_a_funnel_export_counts_its_rows_in_english(tmp_path, capsys):
    path = tmp_path / "new.okrdesk"
    assert main(["new", str(path)]) == 0
    counts = tmp_path / "counts.csv"
    counts.write_text("Week,Visit,Lead\n2026-11-30,100,7\n", encoding="utf-8")
    assert main(["import", str(path), str(counts), "--funnel", "Web"]) == 0
    imported = capsys.readouterr().out

    out = tmp_path / "web.csv"
    assert main(["export", str(path), "--funnel", "Web", "--out", str(out)]) == 0

    assert "Imported 1 row of counts.csv" in imported
    assert "Weeks 2026-11-30 to 2026-11-30: 1 week." in imported
    assert capsys.readouterr().out.endswith(": 6 rows\n")


def test_a_refusal_is_translated_with_its_values(tmp_path, capsys):
    wrong = "--confidence {text}: not a whole number from 0 to 10"
    polish = "--confidence {text}: to nie liczba całkowita od 0 do 10"
    with installed(tmp_path, "pl_PL", {("Cli", wrong): polish}):
        code = main(["checkin", str(tmp_path / "x.okrdesk"), "KR", "5", "--confidence", "high"])

    assert code == 2
    assert (
        capsys.readouterr().err
        == "okrdesk: --confidence high: to nie liczba całkowita od 0 do 10\n"
    )

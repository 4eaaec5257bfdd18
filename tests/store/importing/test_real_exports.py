"""`okrdesk import` on files shaped as CRM exports are: spend on one stage row, the stage names
users write in each language, stages the funnel does not have."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from okrdesk.cli import main
from okrdesk.store.funnel.data import funnel_id_by_name, load_counts, load_spend
from okrdesk.store.funnel.definitions import DEFAULT_STAGES, create_funnel
from okrdesk.store.funnel.importing.headers import normalise
from okrdesk.store.funnel.importing.stage_names import STAGE_NAMES
from tests.helpers import query


@pytest.fixture
def workspace_file(tmp_path: Path, new_workspace_file) -> Path:
    return new_workspace_file(tmp_path / "team.okrdesk", "Team")


def run(workspace_file: Path, file: Path, *extra: str) -> int:
    return main(["import", str(workspace_file), str(file), "--funnel", "Inbound", *extra])


def counts(path: Path) -> dict[tuple[str, str, str], int]:
    """{(week, stage, source): count} of the funnel "Inbound"."""
    frame = query(path, load_counts, query(path, funnel_id_by_name, "Inbound"))
    return {
        (week.isoformat()[:10], stage, segment): int(count)
        for week, stage, segment, count in frame[["week", "stage", "segment", "count"]].itertuples(
            index=False
        )
    }


def spend(path: Path) -> dict[tuple[str, str], float]:
    """{(week, source): spend} of the funnel "Inbound"."""
    frame = query(path, load_spend, query(path, funnel_id_by_name, "Inbound"))
    return {
        (week.isoformat()[:10], segment): float(amount)
        for week, segment, amount in frame[["week", "segment", "spend"]].itertuples(index=False)
    }


def xlsx(path: Path, rows: list[list]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


# -- spend written on one stage row --------------------------------------------------------------

CRM_SPEND = (
    "Tydzień;Źródło;Etap;Liczba;Koszt\n"
    "2026-11-16;google;Wizyty;1 200;350,00\n"
    "2026-11-16;google;Leady;35;0,00\n"
    "2026-11-16;google;Transakcje;3;\n"
    "2026-11-16;facebook;Wizyty;800;0,00\n"
    "2026-11-16;facebook;Leady;20;90,50\n"
    "2026-11-23;google;Wizyty;1 100;0,00\n"
    "2026-11-23;google;Leady;30;0,00\n"
)


def test_spend_on_one_stage_row_and_zero_or_blank_on_the_others_is_that_spend(
    workspace_file, write_file, capsys
):
    csv = write_file("crm.csv", CRM_SPEND)
    assert run(workspace_file, csv) == 0
    assert "Imported 7 rows of crm.csv as counts" in capsys.readouterr().out
    assert spend(workspace_file) == {
        ("2026-11-16", "facebook"): 90.5,
        ("2026-11-16", "google"): 350.0,
        ("2026-11-23", "google"): 0.0,
    }
    assert counts(workspace_file)[("2026-11-16", "Deal", "google")] == 3


def test_an_xlsx_with_spend_on_one_stage_row_is_that_spend(workspace_file, tmp_path, capsys):
    path = xlsx(
        tmp_path / "crm.xlsx",
        [
            ["Week", "Source", "Stage", "Count", "Spend"],
            ["2026-11-16", "google", "Visits", 1200, 0],
            ["2026-11-16", "google", "Leads", 35, 412.8],
            ["2026-11-16", "google", "Won", 3, None],
        ],
    )
    assert run(workspace_file, path) == 0, capsys.readouterr().err
    assert spend(workspace_file) == {("2026-11-16", "google"): 412.8}


def test_two_different_spends_of_one_week_and_source_name_both_rows(
    workspace_file, write_file, capsys, sha256
):
    csv = write_file("crm.csv", CRM_SPEND.replace("Transakcje;3;", "Transakcje;3;120,00"))
    before = sha256(workspace_file)
    assert run(workspace_file, csv) == 2
    assert capsys.readouterr().err.strip() == (
        'okrdesk: crm.csv, row 4, column "Koszt": spend 120,00 here but 350,00 in row 2 for the '
        "same week, source and variant; write it on one row (0 or empty on the others) or the "
        "same on each"
    )
    assert sha256(workspace_file) == before


def test_two_different_spends_in_an_xlsx_name_both_rows(workspace_file, tmp_path, capsys):
    path = xlsx(
        tmp_path / "crm.xlsx",
        [
            ["Week", "Stage", "Count", "Spend"],
            ["2026-11-16", "Visit", 1200, 100],
            ["2026-11-16", "Lead", 35, 100],
            ["2026-11-16", "Deal", 3, 0],
            ["2026-11-16", "SQL", 5, 250],
        ],
    )
    assert run(workspace_file, path) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        'okrdesk: crm.xlsx, row 5, column "Spend": spend 250 here but 100 in row 2 for the same '
        "week, source and variant; write it on one row (0 or empty on the others) or the same "
        "on each"
    )


def test_the_first_row_that_contradicts_is_named(workspace_file, write_file, capsys):
    csv = write_file(
        "crm.csv",
        "week,source,stage,count,spend\n"
        "2026-11-16,search,Visit,100,5\n"
        "2026-11-16,ads,Visit,100,7\n"
        "2026-11-16,ads,Lead,10,0\n"
        "2026-11-16,search,Lead,10,6\n"
        "2026-11-16,ads,Deal,1,8\n",
    )
    assert run(workspace_file, csv) == 2
    assert capsys.readouterr().err.startswith(
        'okrdesk: crm.csv, row 5, column "spend": spend 6 here but 5 in row 2 for the same week'
    )


# -- stage names users write ---------------------------------------------------------------------

DEALS = ["Transakcje", "Sprzedaż", "Üzlet", "Сделка", "Won", " WON ", "Umowy", "Megnyert"]


def test_the_names_users_write_for_a_deal_are_deals(workspace_file, write_file, capsys):
    weeks = [f"2026-W{week:02d}" for week in range(40, 40 + len(DEALS))]
    lines = [f"{week},Visit,100\n{week},{name},{i + 1}" for i, (week, name) in enumerate(
        zip(weeks, DEALS, strict=True)
    )]  # fmt: skip
    csv = write_file("deals.csv", "week,stage,count\n" + "\n".join(lines) + "\n")
    assert run(workspace_file, csv) == 0, capsys.readouterr().err
    deals = {week: n for (week, stage, _s), n in counts(workspace_file).items() if stage == "Deal"}
    assert sorted(deals.values()) == list(range(1, len(DEALS) + 1))


LANGUAGE_FILES = {
    "pl": ["Wizyty", "Formularze", "Leady", "Lead marketingowy", "Lead sprzedażowy", "Transakcje"],
    "hu": ["Látogatások", "Űrlapok", "Érdeklődők", "Marketing minősített lead",
           "Értékesítési lehetőség", "Üzletkötés"],
    "ru": ["Посещения", "Заявки", "Лиды", "Маркетинговый лид", "Квалифицированный продажами лид",
           "Сделки"],
    "en": ["sessions", "Form fills", "New leads", "MQLs", "Opportunities", "Closed won"],
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(LANGUAGE_FILES))
def test_each_language_names_all_six_stages(workspace_file, write_file, capsys, language):
    names = LANGUAGE_FILES[language]
    lines = [f"2026-11-16,{name},{100 - 10 * i}" for i, name in enumerate(names)]
    csv = write_file("crm.csv", "week,stage,count\n" + "\n".join(lines) + "\n")
    assert run(workspace_file, csv) == 0, capsys.readouterr().err
    assert {stage: n for (_w, stage, _s), n in counts(workspace_file).items()} == {
        stage: 100 - 10 * i for i, stage in enumerate(DEFAULT_STAGES)
    }


def test_every_language_has_names_for_the_six_stages_each_name_for_one_stage():
    owner: dict[str, str] = {}
    for language, stages in STAGE_NAMES.items():
        assert set(stages) == set(DEFAULT_STAGES), language
        for stage, names in stages.items():
            for name in names:
                assert name == name.strip().casefold(), name
                assert owner.setdefault(normalise(name), stage) == stage, name


def test_a_renamed_stage_keeps_the_names_of_the_stage_it_was(workspace_file, write_file, capsys):
    from okrdesk.store.workspace.files import open_workspace

    workspace = open_workspace(workspace_file)
    with workspace.session() as session, session.begin():
        create_funnel(session, "Inbound", ("Wizyta", "Formularz", "Lead", "MQL", "SQL", "Umowa"))
    workspace.close()
    csv = write_file("crm.csv", "week,stage,count\n2026-11-16,Visits,100\n2026-11-16,Won,4\n")
    assert run(workspace_file, csv) == 0, capsys.readouterr().err
    assert counts(workspace_file) == {
        ("2026-11-16", "Wizyta", ""): 100,
        ("2026-11-16", "Umowa", ""): 4,
    }


def test_stage_on_the_command_line_ignores_case(workspace_file, write_file, capsys):
    csv = write_file("crm.csv", "week,stage,count\n2026-11-16,Visit,100\n2026-11-16,Signed,4\n")
    assert run(workspace_file, csv, "--stage", "SIGNED=deal") == 0, capsys.readouterr().err
    assert counts(workspace_file)[("2026-11-16", "Deal", "")] == 4


def test_stage_on_the_command_line_to_no_stage_of_the_funnel_says_so(
    workspace_file, write_file, capsys
):
    csv = write_file("crm.csv", "week,stage,count\n2026-11-16,Visit,100\n2026-11-16,Signed,4\n")
    assert run(workspace_file, csv, "--stage", "Signed=Deals") == 2
    assert capsys.readouterr().err.strip() == (
        'okrdesk: crm.csv, row 3, column "stage": "Signed" is mapped to "Deals", which is not a '
        'stage of the funnel "Inbound" (Visit, Form submitted, Lead, MQL, SQL, Deal)'
    )


def test_a_file_without_a_count_column_says_so(workspace_file, write_file, capsys, sha256):
    csv = write_file("crm.csv", "Tydzień;Etap;Źródło\n2026-11-16;Wizyty;google\n")
    before = sha256(workspace_file)
    assert run(workspace_file, csv) == 2
    assert capsys.readouterr().err.strip() == (
        "okrdesk: crm.csv, row 1: no column holds the counts (how many reached each stage in "
        "the week); map one to count"
    )
    assert sha256(workspace_file) == before


# -- stages the funnel does not have -------------------------------------------------------------

UNKNOWN = (
    "week,source,stage,count,spend\n"
    "2026-11-16,google,Visit,100,0\n"
    "2026-11-16,google,Demo call,7,50\n"
    "2026-11-16,google,Lead,9,0\n"
    "2026-11-16,google,Churned,2,0\n"
    "2026-11-23,google,Demo call,5,0\n"
)


def test_unknown_stages_are_refused_unless_skipped(workspace_file, write_file, capsys, sha256):
    csv = write_file("crm.csv", UNKNOWN)
    before = sha256(workspace_file)
    assert run(workspace_file, csv) == 2
    assert '"Demo call" is not a stage of the funnel "Inbound"' in capsys.readouterr().err
    assert sha256(workspace_file) == before
    assert run(workspace_file, csv, "--skip-unknown-stages") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Imported 2 rows of crm.csv as counts")
    assert 'Skipped 3 rows of stages not in the funnel: "Churned", "Demo call"' in out
    assert counts(workspace_file) == {
        ("2026-11-16", "Visit", "google"): 100,
        ("2026-11-16", "Lead", "google"): 9,
    }
    # A row skipped is skipped whole: the spend written on it too.
    assert spend(workspace_file) == {("2026-11-16", "google"): 0.0}


def test_one_stage_skipped_by_name(workspace_file, write_file, capsys):
    csv = write_file("crm.csv", UNKNOWN)
    args = ("--stage", "demo call=", "--stage", "churned=SQL")
    assert run(workspace_file, csv, *args) == 0, capsys.readouterr().err
    assert 'Skipped 2 rows of stages not in the funnel: "Demo call"' in capsys.readouterr().out
    assert counts(workspace_file)[("2026-11-16", "SQL", "google")] == 2


def test_events_of_unknown_stages_can_be_skipped(workspace_file, write_file, capsys):
    csv = write_file(
        "events.csv",
        "lead_id,timestamp,stage\n"
        "L1,2026-11-16 10:00,Visit\n"
        "L1,2026-11-16 10:05,Webinar\n"
        "L1,2026-11-17 09:00,Lead\n",
    )
    assert run(workspace_file, csv) == 2
    assert '"Webinar" is not a stage' in capsys.readouterr().err
    assert run(workspace_file, csv, "--skip-unknown-stages") == 0
    out = capsys.readouterr().out
    assert "Imported 2 rows of events.csv as events" in out
    assert 'Skipped 1 row of stages not in the funnel: "Webinar"' in out
    assert counts(workspace_file)[("2026-11-16", "Lead", "")] == 1

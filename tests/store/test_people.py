"""People and teams on real demo files: each change and its inverse leave the file as it was,
row for row, and names are refused before anything is written."""

from __future__ import annotations

import sqlite3

import pytest

from okrdesk.store import people
from okrdesk.store.errors import InvalidValuesError
from okrdesk.store.people import PersonValues
from okrdesk.store.workspace.files import Workspace
from tests.helpers import rows, run


def person_id(ws: Workspace, name: str) -> int:
    return rows(ws.path, "SELECT id FROM people WHERE name = ?", name)[0][0]


def team_id(ws: Workspace, name: str) -> int:
    return rows(ws.path, "SELECT id FROM teams WHERE name = ?", name)[0][0]


def codes(error: pytest.ExceptionInfo[InvalidValuesError]) -> list[str]:
    return [problem.code for problem in error.value.problems]


def test_lists_name_every_team_and_person_in_order(ws):
    with ws.engine.connect() as connection:
        teams = people.list_teams(connection)
        everyone = people.list_people(connection)
    assert [t.name for t in teams] == ["Customer Success", "Leadership", "Marketing", "Sales"]
    assert {t.name: t.people for t in teams}["Sales"] == 3
    assert [p.name for p in everyone] == sorted(p.name for p in everyone)
    claire = next(p for p in everyone if p.name == "Claire Dubois")
    assert (claire.team_name, claire.email) == (
        "Leadership",
        "claire.dubois@northwind-analytics.example",
    )


def test_owned_by_counts_what_a_person_owns(ws):
    claire = person_id(ws, "Claire Dubois")
    expected = {
        table: rows(ws.path, f"SELECT COUNT(*) FROM {table} WHERE owner_id = ?", claire)[0][0]
        for table in people.OWNER_LINKS
    }
    with ws.engine.connect() as connection:
        owned = people.owned_by(connection, claire)
    assert owned == {table: count for table, count in expected.items() if count}
    assert owned["objectives"] > 0


def test_team_create_rename_delete_and_their_inverses_restore_the_file(ws, content):
    before = content(ws)
    new_id = run(ws, people.create_team, "Product")
    assert rows(ws.path, "SELECT name FROM teams WHERE id = ?", new_id) == [("Product",)]
    assert run(ws, people.rename_team, new_id, "Product & Design") == "Product"
    assert run(ws, people.rename_team, new_id, "Product") == "Product & Design"
    snapshot = run(ws, people.delete_team, new_id)
    assert snapshot.links == ()
    assert content(ws) == before
    run(ws, people.restore_team, snapshot)
    assert rows(ws.path, "SELECT id, name FROM teams WHERE name = 'Product'") == [
        (new_id, "Product")
    ]


def test_deleting_a_team_clears_its_links_and_restore_puts_them_back(ws, content):
    before = content(ws)
    leadership = team_id(ws, "Leadership")
    snapshot = run(ws, people.delete_team, leadership)
    assert dict(snapshot.links).keys() == {"people", "objectives", "kpis"}
    for table in ("people", "objectives", "kpis"):
        assert rows(ws.path, f"SELECT COUNT(*) FROM {table} WHERE team_id = ?", leadership) == [
            (0,)
        ]
    assert rows(ws.path, "SELECT COUNT(*) FROM teams WHERE id = ?", leadership) == [(0,)]
    run(ws, people.restore_team, snapshot)
    assert content(ws) == before
    with pytest.raises(ValueError, match="exists already"):
        run(ws, people.restore_team, snapshot)


def test_deleting_an_owner_clears_the_owner_links_and_restore_puts_them_back(ws, content):
    before = content(ws)
    claire = person_id(ws, "Claire Dubois")
    snapshot = run(ws, people.delete_person, claire)
    links = dict(snapshot.links)
    assert {"objectives", "key_results"} <= links.keys()
    for table in people.OWNER_LINKS:
        assert rows(ws.path, f"SELECT COUNT(*) FROM {table} WHERE owner_id = ?", claire) == [(0,)]
    run(ws, people.restore_person, snapshot)
    assert content(ws) == before


def test_person_create_update_delete_and_their_inverses_restore_the_file(ws, content):
    before = content(ws)
    sales = team_id(ws, "Sales")
    values = PersonValues("Ana Silva", "ana@example.com", sales)
    new_id = run(ws, people.create_person, values)
    changed = PersonValues("Ana Silva-Costa", "", None)
    assert run(ws, people.update_person, new_id, changed) == values
    assert rows(ws.path, "SELECT name, email, team_id FROM people WHERE id = ?", new_id) == [
        ("Ana Silva-Costa", "", None)
    ]
    assert run(ws, people.update_person, new_id, values) == changed
    snapshot = run(ws, people.delete_person, new_id)
    assert content(ws) == before
    run(ws, people.restore_person, snapshot)
    assert rows(
        ws.path, "SELECT id, name, team_id FROM people WHERE email = 'ana@example.com'"
    ) == [(new_id, "Ana Silva", sales)]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("", "name_required"),
        ("   ", "name_required"),
        ("x" * 101, "name_too_long"),
        ("sales", "name_taken"),
        (" SALES ", "name_taken"),
    ],
)
def test_a_bad_team_name_is_refused_and_nothing_is_written(ws, content, name, code):
    before = content(ws)
    with pytest.raises(InvalidValuesError) as error:
        run(ws, people.create_team, name)
    assert codes(error) == [code]
    with pytest.raises(InvalidValuesError):
        run(ws, people.rename_team, team_id(ws, "Marketing"), name)
    assert content(ws) == before


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (PersonValues("claire dubois"), ["name_taken"]),
        (PersonValues(""), ["name_required"]),
        (PersonValues("Ana", "not an address"), ["email_invalid"]),
        (PersonValues("Ana", "a@" + "b" * 200), ["email_too_long"]),
        (PersonValues("Zofia nowak", "x@"), ["name_taken", "email_invalid"]),
    ],
)
def test_a_bad_person_is_refused_and_nothing_is_written(ws, content, values, expected):
    before = content(ws)
    with pytest.raises(InvalidValuesError) as error:
        run(ws, people.create_person, values)
    assert codes(error) == expected
    assert content(ws) == before


def test_a_person_may_change_the_case_of_their_own_name_but_not_take_another(ws):
    tom = person_id(ws, "Tom Fischer")
    run(ws, people.update_person, tom, PersonValues("TOM FISCHER", "", None))
    assert rows(ws.path, "SELECT name FROM people WHERE id = ?", tom) == [("TOM FISCHER",)]
    with pytest.raises(InvalidValuesError) as error:
        run(ws, people.update_person, tom, PersonValues("Zofia Nowak", "", None))
    assert codes(error) == ["name_taken"]


def test_a_team_may_change_the_case_of_its_own_name(ws):
    sales = team_id(ws, "Sales")
    assert run(ws, people.rename_team, sales, "SALES") == "Sales"


def test_unknown_ids_raise_lookup_error_and_write_nothing(ws, content):
    before = content(ws)
    with pytest.raises(LookupError):
        run(ws, people.create_person, PersonValues("Ana", "", 9999))
    with pytest.raises(LookupError):
        run(ws, people.update_person, 9999, PersonValues("Ana"))
    with pytest.raises(LookupError):
        run(ws, people.delete_person, 9999)
    with pytest.raises(LookupError):
        run(ws, people.rename_team, 9999, "Ops")
    with pytest.raises(LookupError):
        run(ws, people.delete_team, 9999)
    assert content(ws) == before


def test_values_stored_before_are_not_checked_again(ws):
    """A stored e-mail okrdesk would refuse (written by another tool) does not block an edit."""
    tom = person_id(ws, "Tom Fischer")
    with sqlite3.connect(ws.path) as connection:
        connection.execute("UPDATE people SET email = 'tom at home' WHERE id = ?", (tom,))
    previous = run(ws, people.update_person, tom, PersonValues("Tom Fischer", "tom at home", None))
    assert previous.email == "tom at home"
    run(ws, people.update_person, tom, previous)


def test_restoring_a_person_whose_team_is_gone_is_refused(ws):
    ana = run(ws, people.create_person, PersonValues("Ana", "", team_id(ws, "Sales")))
    snapshot = run(ws, people.delete_person, ana)
    run(ws, people.delete_team, team_id(ws, "Sales"))
    with pytest.raises(LookupError):
        run(ws, people.restore_person, snapshot)

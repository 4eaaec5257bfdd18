"""Units, change history and authors on real workspace files (revision 0005)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from okrdesk.domain.okr_rules import KeyResultValues
from okrdesk.store import people
from okrdesk.store.errors import InvalidValuesError
from okrdesk.store.experiments import records
from okrdesk.store.okr import commands
from okrdesk.store.okr.checkins import CheckInValues, record_checkin, restore_checkin
from okrdesk.store.okr.kr_changes import list_changes
from okrdesk.store.schema import CheckIn, Cycle, Experiment, KeyResult, Objective, Person
from okrdesk.store.workspace import migrate
from okrdesk.store.workspace.engine import make_engine
from okrdesk.store.workspace.files import inspect, open_workspace
from tests.helpers import EDIT_MARKS

NEW_COLUMNS = (
    "key_results.unit_label",
    "key_results.decimals",
    "checkins.author_id",
    "experiments.decided_by_id",
)
RESPONSE = KeyResultValues(
    "Cut first response from 48 h to 12 h", "decrease", "number", 48, 12, unit_label="h"
)
DAY = dt.date(2026, 11, 23)


def _rows(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def _downgrade(path: Path, revision: str) -> None:
    engine = make_engine(path, foreign_keys=False, wal=False)
    try:
        with engine.begin() as connection:
            config = migrate.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()


def test_a_demo_file_of_revision_0004_is_upgraded_with_no_authors(demo_file, tmp_path, dump):
    path = tmp_path / "old.okrdesk"
    shutil.copyfile(demo_file, path)
    _downgrade(path, "0004")
    assert inspect(path).revision == "0004"
    before = dump(path)
    assert "key_result_changes" not in before
    assert len(before["checkins"]) > 50

    ws = open_workspace(path)
    ws.close()

    assert inspect(path).revision == migrate.head_revision()
    after = dump(path, drop_columns=NEW_COLUMNS + EDIT_MARKS)
    assert after.pop("key_result_changes") == []
    assert after.pop("alembic_version") == [(migrate.head_revision(),)]
    assert before.pop("alembic_version") == [("0004",)]
    assert after == before
    # Old rows: no unit label, the unit's default decimals, no author.
    assert _rows(path, "SELECT DISTINCT unit_label, decimals FROM key_results") == [("", None)]
    assert _rows(path, "SELECT COUNT(*) FROM checkins WHERE author_id IS NOT NULL") == [(0,)]
    assert _rows(path, "SELECT COUNT(*) FROM experiments WHERE decided_by_id IS NOT NULL") == [(0,)]


@pytest.fixture
def workspace(tmp_path: Path, new_workspace_file):
    workspace = open_workspace(new_workspace_file(tmp_path / "support.okrdesk", "Support"))
    with workspace.session() as session, session.begin():
        session.add_all([Person(name="Ada"), Person(name="Bartek")])
        cycle = Cycle(
            name="2026 Q4", start_date=dt.date(2026, 10, 1), end_date=dt.date(2026, 12, 31)
        )
        session.add(Objective(cycle=cycle, level="team", title="Answer faster"))
        session.flush()
        commands.create_key_result(session, 1, RESPONSE)
    yield workspace
    workspace.close()


def _ids(workspace, name: str) -> int:
    with workspace.session() as session:
        return session.scalar(select(Person.id).where(Person.name == name))


def test_unit_label_and_decimals_are_stored(workspace, dump):
    with workspace.session() as session, session.begin():
        values = dataclasses.replace(RESPONSE, decimals=1)
        assert commands.update_key_result(session, 1, values) == RESPONSE
    assert _rows(workspace.path, "SELECT unit_label, decimals FROM key_results") == [("h", 1)]
    with pytest.raises(InvalidValuesError), workspace.session() as session, session.begin():
        commands.update_key_result(session, 1, dataclasses.replace(RESPONSE, decimals=5))
    with pytest.raises(InvalidValuesError), workspace.session() as session, session.begin():
        commands.update_key_result(session, 1, dataclasses.replace(RESPONSE, unit_label="x" * 21))
    workspace.engine.dispose()
    before = dump(workspace.path)
    # The file refuses them too, whatever code writes them.
    with pytest.raises(IntegrityError), workspace.session() as session, session.begin():
        session.get(KeyResult, 1).decimals = 5
    workspace.engine.dispose()
    assert dump(workspace.path) == before


def test_changes_are_kept_only_after_the_first_checkin(workspace):
    ada = _ids(workspace, "Ada")
    with workspace.session() as session, session.begin():
        commands.update_key_result(session, 1, dataclasses.replace(RESPONSE, target_value=10), ada)
    with workspace.session() as session:
        assert list_changes(session, 1) == []  # no check-in yet: the plan is still a draft

    with workspace.session() as session, session.begin():
        record_checkin(session, CheckInValues(1, DAY, 30.0, 7), author_id=ada)
        # A title or weight change is not kept; a unit, target and decimals change is.
        commands.update_key_result(
            session, 1, dataclasses.replace(RESPONSE, title="Reply faster", weight=2)
        )
        commands.update_key_result(
            session, 1, dataclasses.replace(RESPONSE, unit_label="hours", decimals=1), ada
        )
    with workspace.session() as session:
        changes = list_changes(session, 1)
    assert [(c.field, c.old_value, c.new_value, c.author_name) for c in changes] == [
        ("target_value", "10.0", "12.0", ""),
        ("unit_label", "h", "hours", "Ada"),
        ("decimals", None, "1", "Ada"),
    ]
    assert _rows(workspace.path, "SELECT value, author_id FROM checkins") == [(30.0, ada)]


def test_undoing_an_edit_forgets_its_history(workspace, dump):
    with workspace.session() as session, session.begin():
        record_checkin(session, CheckInValues(1, DAY, 30.0, 7))
    before = dump(workspace.path, drop_columns=EDIT_MARKS)
    with workspace.session() as session, session.begin():
        edit = commands.edit_key_result(
            session, 1, dataclasses.replace(RESPONSE, target_value=6), _ids(workspace, "Bartek")
        )
    assert len(edit.change_ids) == 1
    with workspace.session() as session, session.begin():
        commands.undo_key_result_edit(session, 1, edit)
    workspace.engine.dispose()
    # The key result's version moved on twice: an undo is a change too (revision 0006).
    assert dump(workspace.path, drop_columns=EDIT_MARKS) == before


def test_deleting_a_key_result_then_restoring_it_keeps_its_history(workspace, dump):
    with workspace.session() as session, session.begin():
        record_checkin(session, CheckInValues(1, DAY, 30.0, 7))
        commands.update_key_result(session, 1, dataclasses.replace(RESPONSE, target_value=6))
    workspace.engine.dispose()
    before = dump(workspace.path)
    for delete, restore, item in (
        (commands.delete_key_result, commands.restore_key_result, 1),
        (commands.delete_objective, commands.restore_objective, 1),
    ):
        with workspace.session() as session, session.begin():
            snapshot = delete(session, item)
        assert _rows(workspace.path, "SELECT COUNT(*) FROM key_result_changes") == [(0,)]
        with workspace.session() as session, session.begin():
            restore(session, snapshot)
        workspace.engine.dispose()
        assert dump(workspace.path) == before


def test_authors_are_recorded_and_a_deleted_person_leaves_them_unknown(workspace, dump):
    ada = _ids(workspace, "Ada")
    with workspace.session() as session, session.begin():
        record_checkin(session, CheckInValues(1, DAY, 30.0, 7), author_id=ada)
        commands.update_key_result(session, 1, dataclasses.replace(RESPONSE, start_value=50), ada)
        session.add(
            Experiment(code="EXP-001", title="Canned replies", status="running", start_date=DAY)
        )
        session.flush()
        state = records.decide(session, 1, "scale", "Faster replies", DAY, author_id=ada)
        assert state.decided_by_id is None
    assert _rows(workspace.path, "SELECT decided_by_id FROM experiments") == [(ada,)]
    before = dump(workspace.path)

    with workspace.session() as session, session.begin():
        snapshot = people.delete_person(session, ada)
    assert _rows(workspace.path, "SELECT author_id FROM checkins") == [(None,)]
    assert _rows(workspace.path, "SELECT author_id FROM key_result_changes") == [(None,)]
    assert _rows(workspace.path, "SELECT decided_by_id FROM experiments") == [(None,)]
    with workspace.session() as session, session.begin():
        people.restore_person(session, snapshot)
    workspace.engine.dispose()
    assert dump(workspace.path) == before


def test_a_replaced_checkin_is_put_back_with_its_author(workspace):
    ada, bartek = _ids(workspace, "Ada"), _ids(workspace, "Bartek")
    with workspace.session() as session, session.begin():
        record_checkin(session, CheckInValues(1, DAY, 30.0, 7), author_id=ada)
        replaced = record_checkin(session, CheckInValues(1, DAY, 28.0, 7, author_id=bartek))
        assert replaced is not None and replaced.values.author_id == ada
        restore_checkin(session, replaced)
    with workspace.session() as session:
        assert session.scalars(select(CheckIn.author_id)).all() == [ada]
        assert session.get(KeyResult, 1).unit_label == "h"

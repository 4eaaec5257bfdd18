"""A team workspace whose tables were changed on the server outside okrdesk is refused, naming
what differs (tests/pg.py): a column's type, a dropped NOT NULL, an extra column or index, a
removed CHECK constraint, a trigger. Another program's table beside okrdesk's is left alone. A
catalog that passed is remembered on this computer (checked_schemas.py); a change made after
that is still refused, in the same session and in a later one."""

from __future__ import annotations

import psycopg
import pytest

from okrdesk.store.errors import ForeignSchemaError
from okrdesk.store.workspace import checked_schemas
from okrdesk.store.workspace.addresses import workspace_address
from okrdesk.store.workspace.files import open_workspace

CHANGES = {
    "a column's type": (
        "ALTER TABLE objectives ALTER COLUMN title TYPE text",
        'table "objectives", column "title": another type',
    ),
    "NOT NULL dropped": (
        "ALTER TABLE key_results ALTER COLUMN title DROP NOT NULL",
        'table "key_results", column "title": another nullability',
    ),
    "an extra column": (
        "ALTER TABLE checkins ADD COLUMN note text",
        'table "checkins", column "note": extra column',
    ),
    "an extra index": (
        "CREATE INDEX sneaky ON checkins (comment)",
        'table "checkins": extra index sneaky',
    ),
    "a CHECK constraint removed": (
        "ALTER TABLE cycles DROP CONSTRAINT ck_cycles_ends_after_start",
        'table "cycles": CHECK constraint ck_cycles_ends_after_start differs',
    ),
    "a trigger": (
        "CREATE FUNCTION nothing() RETURNS trigger LANGUAGE plpgsql AS "
        "'BEGIN RETURN NEW; END'; "
        "CREATE TRIGGER spy BEFORE INSERT ON checkins FOR EACH ROW EXECUTE FUNCTION nothing()",
        'table "checkins": a trigger spy okrdesk did not make',
    ),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_table_changed_outside_okrdesk_is_refused_saying_what_differs(
    pg_server, change: str
) -> None:
    url = pg_server.new_database()
    try:
        sql, said = CHANGES[change]
        with psycopg.connect(url) as connection:
            connection.execute(sql)  # type: ignore[arg-type]
        with pytest.raises(ForeignSchemaError) as refused:
            open_workspace(url)
        assert "its tables were changed outside okrdesk, so it is not opened" in str(refused.value)
        assert said in str(refused.value)
    finally:
        pg_server.drop_database(url)


def test_another_programs_table_beside_the_workspace_is_left_alone(pg_server) -> None:
    url = pg_server.new_database()
    try:
        with psycopg.connect(url) as connection:
            connection.execute("CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)")
            connection.execute("CREATE INDEX invoices_total ON invoices (total)")
        open_workspace(url).close()
        open_workspace(url).close()  # the second time from the session's memory
    finally:
        pg_server.drop_database(url)


# Changes made after the workspace was opened once (its catalog remembered as passed).
LATER_CHANGES = {
    "an extra index": CHANGES["an extra index"],
    "a column's comment": (
        "COMMENT ON COLUMN key_results.title IS 'not okrdesk''s'",
        'table "key_results", column "title": another comment',
    ),
}


@pytest.mark.parametrize("change", list(LATER_CHANGES))
def test_a_change_after_the_workspace_passed_is_refused_at_every_later_open(
    pg_server, change: str
) -> None:
    url = pg_server.new_database()
    try:
        open_workspace(url).close()  # passed: remembered for the session and on this computer
        kept = checked_schemas.memory_file().read_text(encoding="utf-8")
        assert checked_schemas.workspace_key(workspace_address(url)) in kept
        sql, said = LATER_CHANGES[change]
        with psycopg.connect(url) as connection:
            connection.execute(sql)  # type: ignore[arg-type]
        with pytest.raises(ForeignSchemaError) as refused:
            open_workspace(url)  # in the same session
        assert said in str(refused.value)
        checked_schemas.forget_session()  # a later session: only the computer's memory
        with pytest.raises(ForeignSchemaError) as refused:
            open_workspace(url)
        assert said in str(refused.value)
    finally:
        pg_server.drop_database(url)

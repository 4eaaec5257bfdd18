"""A team workspace whose tables were changed on the server outside okrdesk is refused, naming
what differs (tests/pg.py): a column's type, a dropped NOT NULL, an extra column or index, a
removed CHECK constraint, a trigger. Another program's table beside okrdesk's is left alone."""

from __future__ import annotations

import psycopg
import pytest

from okrdesk.store.errors import ForeignSchemaError
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

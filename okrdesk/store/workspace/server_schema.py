"""A team workspace's tables on the server must be the ones okrdesk's schema defines.

What schema_check.py is to a file: a table whose columns, types, nullability, keys, indexes,
unique, foreign-key or CHECK constraints differ from okrdesk's, or that carries a trigger, was
changed outside okrdesk, and the workspace is refused before okrdesk reads or writes it. The
comparison is Alembic's (the one `okrdesk` runs in its own tests), plus what Alembic leaves out:
the CHECK constraints by name (PostgreSQL rewrites their expressions, so only their names
compare reliably) and triggers. It is made at the head revision, the only one a client opens
(an older workspace is migrated first by okrdesk's own revisions). Tables of other programs in
the same database are left alone.

A comparison takes a few tenths of a second, so a catalog found right is remembered by a digest
of the server's catalog of okrdesk's tables, read in one query: for the session and, on this
computer, for later ones (checked_schemas.py). A catalog whose digest differs is compared again.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

from okrdesk.domain.text import Text
from okrdesk.store.address import ServerAddress
from okrdesk.store.errors import ForeignSchemaError
from okrdesk.store.schema import Base
from okrdesk.store.words import WorkspaceErrors
from okrdesk.store.workspace import checked_schemas

# One digest of every column (with its default, identity, generated expression and comment),
# constraint, index, trigger and table comment of okrdesk's tables: all that the comparison
# reads, and a little more.
_CATALOG_DIGEST = text(
    """
    SELECT md5(string_agg(line, E'\\n' ORDER BY line)) FROM (
        SELECT concat_ws(' ', 'c', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                         a.attnotnull::text, a.attidentity, a.attgenerated,
                         quote_nullable(pg_get_expr(d.adbin, d.adrelid)),
                         quote_nullable(col_description(c.oid, a.attnum))) AS line
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         WHERE n.nspname = current_schema() AND c.relname = ANY(:tables)
           AND a.attnum > 0 AND NOT a.attisdropped
        UNION ALL
        SELECT concat_ws(' ', 'r', c.relname, c.relkind,
                         quote_nullable(obj_description(c.oid, 'pg_class')))
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relname = ANY(:tables)
        UNION ALL
        SELECT concat_ws(' ', 'k', c.relname, k.conname, pg_get_constraintdef(k.oid))
          FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relname = ANY(:tables)
        UNION ALL
        SELECT concat_ws(' ', 'i', c.relname, pg_get_indexdef(i.indexrelid))
          FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relname = ANY(:tables)
        UNION ALL
        SELECT concat_ws(' ', 't', c.relname, t.tgname)
          FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = current_schema() AND c.relname = ANY(:tables) AND NOT t.tgisinternal
    ) AS catalog
    """
)


def check_server_schema(address: ServerAddress, connection: Connection) -> None:
    """Refuse (ForeignSchemaError) a workspace at head whose tables differ from okrdesk's."""
    tables = sorted(Base.metadata.tables)
    digest = connection.scalar(_CATALOG_DIGEST, {"tables": tables})
    if checked_schemas.passed(address, digest):
        return
    difference = first_difference(connection)
    if difference is not None:
        raise ForeignSchemaError(
            address,
            WorkspaceErrors.tr(
                "its tables were changed outside okrdesk, so it is not opened ({difference})"
            ).format(difference=difference),
        )
    checked_schemas.remember(address, digest)


def first_difference(connection: Connection) -> Text | None:
    """The first way okrdesk's tables on the server differ from its schema, in words."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    context = MigrationContext.configure(connection, opts={"compare_type": True})
    for diff in compare_metadata(context, Base.metadata):
        said = _said(diff)
        if said is not None:
            return said
    return _checks_and_triggers(connection)


def _said(diff: object) -> Text | None:
    """One Alembic difference in words, or None for a table of another program."""
    if isinstance(diff, list):  # modify_type, modify_nullable…: (kind, schema, table, column…)
        kind, _schema, table, column = diff[0][:4]
        return WorkspaceErrors.tr('table "{table}", column "{column}": {kind}').format(
            table=table, column=column, kind=_kinds(kind)
        )
    kind = diff[0]  # type: ignore[index]
    item = diff[-1] if kind.endswith("column") else diff[1]  # type: ignore[index]
    if kind == "remove_table":
        return None  # not okrdesk's
    if kind in ("add_column", "remove_column"):
        table, column = diff[2], diff[3].name  # type: ignore[index]
        return WorkspaceErrors.tr('table "{table}", column "{column}": {kind}').format(
            table=table, column=column, kind=_kinds(kind)
        )
    table = getattr(item, "name", "") if kind == "add_table" else getattr(item.table, "name", "")
    if table not in Base.metadata.tables:
        return None
    name = getattr(item, "name", None) or ""
    return WorkspaceErrors.tr('table "{table}": {kind} {name}').format(
        table=table, kind=_kinds(kind), name=name
    )


# Alembic's names for a difference, as what the server has compared with okrdesk's schema.
DIFFERENCES = {
    "add_table": WorkspaceErrors.tr("missing table"),
    "add_column": WorkspaceErrors.tr("missing column"),
    "remove_column": WorkspaceErrors.tr("extra column"),
    "add_index": WorkspaceErrors.tr("missing index"),
    "remove_index": WorkspaceErrors.tr("extra index"),
    "add_constraint": WorkspaceErrors.tr("missing constraint"),
    "remove_constraint": WorkspaceErrors.tr("extra constraint"),
    "add_fk": WorkspaceErrors.tr("missing foreign key"),
    "remove_fk": WorkspaceErrors.tr("extra foreign key"),
    "modify_type": WorkspaceErrors.tr("another type"),
    "modify_nullable": WorkspaceErrors.tr("another nullability"),
    "modify_default": WorkspaceErrors.tr("another default"),
    "modify_comment": WorkspaceErrors.tr("another comment"),
}


def _kinds(kind: str) -> Text | str:
    """A difference in words; one okrdesk does not name, as Alembic does."""
    return DIFFERENCES.get(kind, kind.replace("_", " "))


def _checks_and_triggers(connection: Connection) -> Text | None:
    inspector = inspect(connection)
    for table in Base.metadata.sorted_tables:
        expected = {
            constraint.name
            for constraint in table.constraints
            if constraint.__class__.__name__ == "CheckConstraint"
        }
        found = {check["name"] for check in inspector.get_check_constraints(table.name)}
        if found != expected:
            odd = sorted(found ^ expected, key=str)[0]
            return WorkspaceErrors.tr('table "{table}": CHECK constraint {name} differs').format(
                table=table.name, name=odd
            )
    trigger = connection.execute(
        text(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
            "AND c.relname = ANY(:tables) AND NOT t.tgisinternal ORDER BY 1, 2 LIMIT 1"
        ),
        {"tables": sorted(Base.metadata.tables)},
    ).first()
    if trigger is not None:
        return WorkspaceErrors.tr('table "{table}": a trigger {name} okrdesk did not make').format(
            table=trigger[0], name=trigger[1]
        )
    return None

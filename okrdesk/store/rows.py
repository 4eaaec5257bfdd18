"""Whole table rows as plain dicts: what deletes return and restores take back, in every area."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, bindparam, select, update
from sqlalchemy.orm import Session

Row = dict[str, Any]


def rows_where(session: Session, model: type[Any], condition: ColumnElement[bool]) -> list[Row]:
    """Whole rows (every column) of `model`'s table that meet `condition`, in id order."""
    table = model.__table__
    statement = select(table).where(condition).order_by(table.c.id)
    return [dict(row) for row in session.execute(statement).mappings()]


def update_by_id(
    session: Session, model: type[Any], column: str, pairs: Iterable[tuple[int, Any]]
) -> None:
    """Set `column` per row from (id, value) pairs, in one executemany.

    A Core UPDATE: the ORM's bulk UPDATE by primary key would want each row's version
    (row_versions), and moving or grading a row is not an edit of what people typed.
    """
    rows = [{"row_id": id_, "new_value": value} for id_, value in pairs]
    if rows:
        table = model.__table__
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values({column: bindparam("new_value")})
        )
        session.execute(statement, rows)

"""Whole table rows as plain dicts: what deletes return and restores take back, in every area."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

Row = dict[str, Any]


def rows_where(session: Session, model: type[Any], condition: ColumnElement[bool]) -> list[Row]:
    """Whole rows (every column) of `model`'s table that meet `condition`, in id order."""
    table = model.__table__
    statement = select(table).where(condition).order_by(table.c.id)
    return [dict(row) for row in session.execute(statement).mappings()]

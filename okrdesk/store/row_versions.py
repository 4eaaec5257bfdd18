"""The columns that make a concurrent edit a reported conflict instead of a lost update.

Every row people edit carries `version`, a counter the mapper keeps (`version_id_col`): an ORM
flush checks it and adds one. SQLAlchemy does that for flushes only, not for UPDATE statements,
which the store mostly writes: those go through okrdesk.store.versions.write, which does the
same in SQL (or add one to the version themselves). Objectives, key results and
experiments also say who changed them last and when (`changed_by_id`, `changed_at`), for the
conflict a later save meets; a check-in says it with its author and creation time.

No `from __future__ import annotations`: see okrdesk.store.schema.
"""

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Integer
from sqlalchemy.orm import Mapped, declared_attr, mapped_column


class Versioned:
    """A version counter, 1 for a new row, one more after each change."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        table = cls.__table__  # type: ignore[attr-defined]  # made by the mapped subclass
        return {"version_id_col": table.c.version}


class Signed(Versioned):
    """A version, and who changed the row last and when (UTC, no time zone); None: unknown."""

    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

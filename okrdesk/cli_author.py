"""`--author NAME` of `okrdesk checkin` and `okrdesk okrs import`: the person, by the exact
name People has, who is recorded as the author of what the command writes."""

from __future__ import annotations

from typing import Any


class UnknownAuthorError(LookupError):
    pass


def find_author(connection: Any, name: str | None) -> int | None:
    """The id of the person named exactly `name` in People; None without a name;
    UnknownAuthorError (one line naming it) when nobody has that name."""
    from okrdesk.cli_text import Cli, said
    from okrdesk.store.people import list_people

    if name is None:
        return None
    for person in list_people(connection):
        if person.name == name.strip():
            return person.id
    message = Cli.tr('--author "{name}": nobody of that name in People').format(name=name)
    raise UnknownAuthorError(said(message))

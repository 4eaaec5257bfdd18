"""The translation contexts of the store's sentences (see okrdesk.domain.text).

Each class name is the context the translators see; the sentences are written where they are
raised, as `Importing.tr("...").format(...)`, so that pyside6-lupdate finds them there.
"""

from __future__ import annotations

import errno

from okrdesk.domain.text import Text, Words


class Importing(Words):
    """Refusals and warnings of the funnel importer (CSV/XLSX of counts or events)."""


class OkrSheet(Words):
    """Refusals of the OKR sheet importer and exporter."""


class WorkspaceErrors(Words):
    """Why a workspace file cannot be opened, created or upgraded."""


class StoreErrors(Words):
    """Refusals of the store's commands: closed cycles, unknown funnels, exports, settings."""


def number(value: int) -> Text:
    """`value` with its thousands grouped as the user's locale writes them (1,048,576 in
    English), for a number in a sentence that is not the sentence's count (%n)."""
    return StoreErrors.tr("%Ln", "a whole number, thousands grouped", value)


class OkrErrors(Words):
    """Refusals about cycles, objectives, key results, check-ins and KPIs."""


class ExperimentErrors(Words):
    """Refusals about experiments, their status chain, decisions and day tasks."""


class PeopleErrors(Words):
    """Why a team or a person cannot have the name or e-mail address given."""


class Fields(Words):
    """The names of the values a refusal is about, as a user knows them."""


# The fields of okrdesk's records by their attribute name (domain Problem.field).
FIELD_NAMES: dict[str, Text] = {
    "title": Fields.tr("title"),
    "name": Fields.tr("name"),
    "email": Fields.tr("e-mail"),
    "level": Fields.tr("level"),
    "kind": Fields.tr("kind"),
    "unit": Fields.tr("unit"),
    "unit_label": Fields.tr("unit label"),
    "decimals": Fields.tr("decimals"),
    "start_value": Fields.tr("start"),
    "target_value": Fields.tr("target"),
    "weight": Fields.tr("weight"),
    "budget": Fields.tr("budget"),
    "cost": Fields.tr("cost"),
    "value": Fields.tr("value"),
    "confidence": Fields.tr("confidence"),
    "checked_on": Fields.tr("day"),
    "key_result_id": Fields.tr("key result"),
    "team_id": Fields.tr("team"),
    "currency": Fields.tr("currency"),
    "week_start": Fields.tr("first day of the week"),
    "at_risk_gap": Fields.tr("at-risk gap"),
    "off_track_gap": Fields.tr("off-track gap"),
    "at_risk_confidence": Fields.tr("at-risk confidence"),
    "off_track_confidence": Fields.tr("off-track confidence"),
    "stale_days": Fields.tr("days until a key result is stale"),
    "conversion_window_days": Fields.tr("conversion window"),
    "control_share": Fields.tr("control share"),
    "planned_mde": Fields.tr("planned effect"),
    "duration_days": Fields.tr("duration"),
    "funnel_id": Fields.tr("funnel"),
    "from_stage_id": Fields.tr("from stage"),
    "to_stage_id": Fields.tr("to stage"),
    "start_date": Fields.tr("start date"),
    "status": Fields.tr("status"),
    "decision": Fields.tr("decision"),
}


def field_name(field: str) -> Text | str:
    """A field as a user knows it; one okrdesk does not name is shown as stored."""
    return FIELD_NAMES.get(field, field)


class SystemErrors(Words):
    """Why the system refused to read or write a file (Python's own words are English)."""


_OS_REASONS: dict[int, Text] = {
    errno.ENOENT: SystemErrors.tr("no such file or folder"),
    errno.EACCES: SystemErrors.tr("permission denied"),
    errno.EPERM: SystemErrors.tr("the system does not permit it"),
    errno.EEXIST: SystemErrors.tr("it already exists"),
    errno.ENOSPC: SystemErrors.tr("the disk is full"),
    errno.EDQUOT: SystemErrors.tr("the disk quota is used up"),
    errno.EISDIR: SystemErrors.tr("it is a folder"),
    errno.ENOTDIR: SystemErrors.tr("a part of the path is not a folder"),
    errno.EROFS: SystemErrors.tr("the disk is read-only"),
    errno.ENAMETOOLONG: SystemErrors.tr("the name is too long"),
    errno.EBUSY: SystemErrors.tr("it is in use"),
    errno.EIO: SystemErrors.tr("the disk could not be read or written"),
    errno.EMFILE: SystemErrors.tr("too many files are open"),
}


def os_reason(error: OSError) -> Text | str:
    """Why the system refused, in words to translate where okrdesk knows the error, else the
    system's own (without the file name, which the sentence around it gives)."""
    known = _OS_REASONS.get(error.errno) if error.errno is not None else None
    return known if known is not None else (error.strerror or str(error))

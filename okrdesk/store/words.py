"""The translation contexts of the store's sentences (see okrdesk.domain.text).

Each class name is the context the translators see; the sentences are written where they are
raised, as `Importing.tr("...").format(...)`, so that pyside6-lupdate finds them there.
"""

from __future__ import annotations

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

"""Importing funnel data from CSV and XLSX files: preview, import in one transaction, undo.

    info = preview(path, ImportOptions(funnel="Inbound B2B"), workspace)
    result = import_file(workspace, path, options, progress, cancelled)
    with workspace.session() as session, session.begin():
        undone = undo_import(session, result.batch_id)

Every problem with a file raises ImportProblem (file, row, column, message); nothing is
written then. See the modules for the details: reading (encodings, separators, XLSX),
values (numbers, dates), headers (column names), shapes (counts, events), writing.
"""

from okrdesk.store.errors import ImportProblem, UndoRefused
from okrdesk.store.funnel.importing.headers import FIELDS, STAGE_PREFIX
from okrdesk.store.funnel.importing.importer import DEFAULT_STAGES, import_file, preview
from okrdesk.store.funnel.importing.model import (
    ImportOptions,
    ImportPreview,
    ImportRecord,
    ImportResult,
)
from okrdesk.store.funnel.importing.values import FORMAT_NAMES
from okrdesk.store.funnel.importing.writing import (
    UndoneImport,
    import_history,
    redo_import,
    undo_import,
)

__all__ = [
    "DEFAULT_STAGES",
    "FIELDS",
    "FORMAT_NAMES",
    "STAGE_PREFIX",
    "ImportOptions",
    "ImportPreview",
    "ImportProblem",
    "ImportRecord",
    "ImportResult",
    "UndoRefused",
    "UndoneImport",
    "import_file",
    "import_history",
    "preview",
    "redo_import",
    "undo_import",
]

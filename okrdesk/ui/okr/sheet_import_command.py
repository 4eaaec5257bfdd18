"""An OKR sheet import as one undo step, and the dry run that previews it.

The preview runs the very import (store.okr_sheet.importing) in a transaction that is rolled
back, so it shows what Import will do, refusals included. The command's first step imports for
real; undo takes the import's log back newest first, redo puts it back with the same ids.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from okrdesk.store import schema as db
from okrdesk.store.errors import ImportProblem
from okrdesk.store.okr.queries import CycleInfo
from okrdesk.store.okr_sheet.importing import ImportSummary, import_sheet
from okrdesk.store.okr_sheet.parsing import ParsedSheet
from okrdesk.store.workspace.files import Workspace
from okrdesk.ui.controller import WorkspaceController
from okrdesk.ui.store_commands import OKR, PEOPLE, TEAMS, StoreCommand

# Everything an OKR sheet import writes, for the screens to reload.
SHEET_IMPORT = OKR | PEOPLE | TEAMS | {db.KeyResultChange}


def dry_run(
    workspace: Workspace,
    cycle: CycleInfo,
    sheet: ParsedSheet,
    today: dt.date,
    author_id: int | None,
) -> ImportSummary:
    """What importing `sheet` would do; the workspace is left exactly as it was."""
    with workspace.session() as session:
        session.begin()
        try:
            return import_sheet(session, cycle, sheet, today, author_id)
        finally:
            session.rollback()


def sheet_import_command(
    controller: WorkspaceController,
    cycle: CycleInfo,
    sheet: ParsedSheet,
    today: dt.date,
    author_id: int | None,
) -> StoreCommand:
    """Import `sheet` into `cycle` when pushed; the summary is the command's `result`."""
    text = QCoreApplication.translate("OkrSheetImport", "Import OKRs from {file}").format(
        file=sheet.path.name
    )
    done: ImportSummary | None = None

    def do(session: Session) -> Any:
        nonlocal done
        if done is None:
            try:
                done = import_sheet(session, cycle, sheet, today, author_id)
            except ImportProblem as error:  # the stack shows a ValueError as a refusal
                raise ValueError(error.text) from error
        else:
            done.log.put_back(session)
        return done

    def undo(session: Session) -> None:
        assert done is not None
        done.log.take_back(session)

    return StoreCommand(controller, text, SHEET_IMPORT, do, undo)

"""A new workspace starts with a funnel of the six default stages, which its first import
may take over; `okrdesk new` makes such a workspace."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from okrdesk.cli import main
from okrdesk.store.demo.builder import build_demo
from okrdesk.store.funnel import definitions
from okrdesk.store.funnel.grid import set_counts
from okrdesk.store.funnel.importing import ImportOptions, import_file
from okrdesk.store.workspace.files import Workspace, create_workspace, open_workspace

COUNTS = "week,stage,count\n2026-11-16,Visit,1200\n2026-11-16,Lead,40\n"
SIX = ["Visit", "Form submitted", "Lead", "MQL", "SQL", "Deal"]


def _funnels(workspace: Workspace) -> dict[str, list[str]]:
    with workspace.engine.connect() as connection:
        return {
            f.name: [s.name for s in definitions.list_stages(connection, f.id)]
            for f in definitions.list_funnels(connection)
        }


def _import(workspace: Workspace, tmp_path: Path, funnel: str) -> None:
    path = tmp_path / "counts.csv"
    path.write_text(COUNTS)
    assert import_file(workspace, path, ImportOptions(funnel=funnel)) is not None


def test_a_new_workspace_has_the_default_funnel_with_six_stages(tmp_path):
    workspace = create_workspace(tmp_path / "new.okrdesk", "New")
    try:
        assert _funnels(workspace) == {"Sales funnel": SIX}
    finally:
        workspace.close()


def test_the_first_import_takes_the_untouched_default_funnel_over(tmp_path):
    workspace = create_workspace(tmp_path / "new.okrdesk", "New")
    try:
        _import(workspace, tmp_path, "Inbound")
        assert _funnels(workspace) == {"Inbound": SIX}
        _import(workspace, tmp_path, "Outbound")  # a second funnel is asked for by name
        assert list(_funnels(workspace)) == ["Inbound", "Outbound"]
    finally:
        workspace.close()


def test_an_import_into_the_default_funnel_by_name_fills_it(tmp_path):
    workspace = create_workspace(tmp_path / "new.okrdesk", "New")
    try:
        _import(workspace, tmp_path, "Sales funnel")
        assert _funnels(workspace) == {"Sales funnel": SIX}
    finally:
        workspace.close()


def test_a_default_funnel_someone_used_is_kept_beside_a_new_one(tmp_path):
    workspace = create_workspace(tmp_path / "new.okrdesk", "New")
    try:
        with workspace.session() as session, session.begin():
            visit = definitions.list_stages(session, 1)[0].id
            set_counts(session, 1, "", "", {(dt.date(2026, 11, 9), visit): 10})
        _import(workspace, tmp_path, "Inbound")
        assert _funnels(workspace) == {"Sales funnel": SIX, "Inbound": SIX}
    finally:
        workspace.close()


def test_a_renamed_default_funnel_is_the_users_own(tmp_path):
    workspace = create_workspace(tmp_path / "new.okrdesk", "New")
    try:
        with workspace.session() as session, session.begin():
            definitions.rename_funnel(session, 1, "Website")
        _import(workspace, tmp_path, "Inbound")
        assert list(_funnels(workspace)) == ["Website", "Inbound"]
    finally:
        workspace.close()


def test_the_demo_has_only_its_own_funnel(tmp_path):
    path = tmp_path / "demo.okrdesk"
    build_demo(path, dt.date(2026, 11, 23))
    workspace = open_workspace(path)
    try:
        assert "Sales funnel" not in _funnels(workspace)
    finally:
        workspace.close()


def test_okrdesk_new_writes_a_workspace_ready_to_plan_in(tmp_path, capsys):
    path = tmp_path / "client.okrdesk"
    assert main(["new", str(path), "--name", "Client"]) == 0
    assert 'with the funnel "Sales funnel"' in capsys.readouterr().out
    workspace = open_workspace(path)
    try:
        assert workspace.name == "Client"
        assert _funnels(workspace) == {"Sales funnel": SIX}
    finally:
        workspace.close()
    assert main(["new", str(path)]) == 2  # never over an existing file
    assert "already exists" in capsys.readouterr().err

"""The window on a team workspace for each role (tests/pg.py, `okrdesk team init`): a viewer
reads, with every edit off and a banner saying why; a member edits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from okrdesk.cli import main
from okrdesk.ui.main_window import MainWindow
from okrdesk.ui.undo import add_cycle_command
from tests.helpers import shown_section

VIEWER_BANNER = "You can read this team workspace; your role does not allow changes."


@pytest.fixture(scope="module")
def team_demo(pg_server) -> Iterator[str]:
    """The demo in a database set up by `okrdesk team init` (read by the tests, not written)."""
    url = pg_server.new_database("okrdesk_demo")
    assert main(["team", "init", url]) == 0
    yield url
    pg_server.drop_database(url)


def _login(url: str, user: str, role: str) -> str:
    name = f"{user}_{url.rsplit('/', 1)[1]}"
    assert main(["team", "add", url, name, "--role", role]) == 0
    return url.replace("okrdesk_test@", f"{name}@")


def test_a_viewer_reads_with_every_edit_off_and_is_told_why(
    qtbot, window: MainWindow, team_demo: str
) -> None:
    viewer = _login(team_demo, "vera", "viewer")
    assert window.files.open_path(viewer) is None
    assert window.controller.read_only
    assert window.read_only_banner.isVisible()
    assert window.read_only_banner.text().startswith(VIEWER_BANNER)
    assert "(read-only)" in window.windowTitle()
    assert shown_section(window) == "dashboard"
    assert all(not action.isEnabled() for action in window.edit_actions())
    window.show_section(1)
    okrs = window.sections["okrs"]
    assert okrs.key_result_nodes()
    assert not okrs.checkin_button.isEnabled()
    assert not okrs.new_objective_button.isEnabled()
    assert window.export_review_action.isEnabled()

    command = add_cycle_command(
        window.controller, "2099 Q1", dt.date(2099, 1, 1), dt.date(2099, 3, 31)
    )
    window.controller.undo_stack.push(command)
    assert window.controller.undo_stack.count() == 0
    assert window.statusBar().currentMessage() == (
        "Your role on this team workspace does not allow changes."
    )


def test_a_member_edits_with_no_banner(qtbot, window: MainWindow, team_demo: str) -> None:
    member = _login(team_demo, "anna", "member")
    assert window.files.open_path(member) is None
    assert not window.controller.read_only
    assert not window.read_only_banner.isVisible()
    assert all(action.isEnabled() for action in window.edit_actions())
    window.show_section(1)
    assert window.sections["okrs"].new_objective_button.isEnabled()

"""One undo pipeline: a change the store refuses is said to the user and leaves no undo step."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from okrdesk.store import people
from okrdesk.store.funnel import definitions
from okrdesk.store.okr import commands as okr_commands
from okrdesk.ui import store_commands
from okrdesk.ui.okr.nodes import KeyResultNode
from okrdesk.ui.okr.tree_model import NODE_ROLE

ROOT = QModelIndex()


def first_key_result(okrs, parent=ROOT):
    for row in range(okrs.proxy.rowCount(parent)):
        index = okrs.proxy.index(row, 0, parent)
        if isinstance(index.data(NODE_ROLE), KeyResultNode):
            return index
        found = first_key_result(okrs, index)
        if found is not None:
            return found
    return None


def shown_boxes(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_a_rename_the_store_refuses_is_shown_and_leaves_the_undo_stack(qtbot, window, demo_copy):
    window.files.open_path(demo_copy)
    window.show_section(1)
    okrs = window.sections["okrs"]
    index = first_key_result(okrs)
    assert index is not None
    okrs.tree.setCurrentIndex(index)
    okrs.tree.setFocus()
    key_result_id = okrs.current_node().row_data.id
    stack = window.controller.undo_stack
    depth, undo_text = stack.count(), window.undo_action.text()
    # The same file, changed elsewhere (another window on it) while this screen still shows it.
    with window.controller.workspace.session() as session, session.begin():
        okr_commands.delete_key_result(session, key_result_id)

    qtbot.keyClick(okrs.tree, Qt.Key.Key_F2)
    editor = okrs.tree.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Renamed meanwhile")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: bool(shown_boxes(window)))
    box = shown_boxes(window)[0]
    # Deleted since the screen read it: a conflict with nothing of theirs left (revision 0006).
    assert "was deleted by someone else; nothing was saved" in box.text()
    assert box.windowTitle() == "Rename key result"
    box.close()
    assert stack.count() == depth
    assert window.undo_action.text() == undo_text


def test_the_tables_commands_announce_are_the_ones_the_store_names():
    """The schema's models give the same names the store's own lists of tables use."""
    assert store_commands.table_names(store_commands.PEOPLE) == {
        "people",
        *people.OWNER_LINKS,
        *people.AUTHOR_LINKS,
    }
    assert store_commands.table_names(store_commands.TEAMS) == {"teams", *people.TEAM_LINKS}
    assert (
        store_commands.table_names(store_commands.FUNNEL_DEFINITIONS)
        == definitions.DEFINITION_TABLES
    )


def test_every_screen_listens_for_tables_the_schema_has():
    """A misspelt table name would never match a change: the screen would not reload."""
    import importlib
    import pkgutil

    import okrdesk.ui
    from okrdesk.store.schema import Base
    from okrdesk.ui.common.reload_on_show import ReloadsWhenShown

    for module in pkgutil.walk_packages(okrdesk.ui.__path__, "okrdesk.ui."):
        importlib.import_module(module.name)
    screens, pending = [], [ReloadsWhenShown]
    while pending:
        subclasses = pending.pop().__subclasses__()
        screens += subclasses
        pending += subclasses
    assert len(screens) > 5
    schema_tables = set(Base.metadata.tables)
    for screen in screens:
        assert screen.tables <= schema_tables, screen


def test_commands_with_one_merge_key_undo_as_one_step_and_a_refused_one_is_not_merged(
    qtbot, tmp_path
):
    from dataclasses import replace

    from okrdesk.store.workspace.settings import read_settings, restore_settings, update_settings
    from okrdesk.ui.controller import WorkspaceController

    controller = WorkspaceController()
    controller.create(tmp_path / "merge.okrdesk", "Before")
    stack = controller.undo_stack
    refusals: list[tuple[str, Exception]] = []
    stack.store_refused.connect(lambda title, error: refusals.append((title, error)))

    def name() -> str:
        with controller.workspace.engine.connect() as connection:
            return read_settings(connection).name

    def rename(to: str):
        with controller.workspace.engine.connect() as connection:
            values = replace(read_settings(connection), name=to)
        return store_commands.change(
            controller,
            "Rename workspace",
            lambda session: update_settings(session, values),
            restore_settings,
            tables=store_commands.SETTINGS,
            merge_key="workspace name",
        )

    stack.push(rename("Typed"))
    stack.push(rename("Typed on"))
    stack.push(rename(""))  # the store refuses an empty name
    assert len(refusals) == 1 and refusals[0][0] == "Rename workspace"
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()
    assert (stack.count(), name()) == (1, "Typed on")
    stack.undo()
    assert name() == "Before"
    stack.redo()
    assert name() == "Typed on"
    controller.close()

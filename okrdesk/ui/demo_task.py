"""Open demo: build a fresh demo workspace in the background, then open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from okrdesk import paths
from okrdesk.store.workspace.files import delete_workspace_file
from okrdesk.ui.common import clock
from okrdesk.ui.common.tasks import BackgroundTask
from okrdesk.ui.controller import WorkspaceController


def build_demo_in_background(
    parent: QWidget,
    controller: WorkspaceController,
    on_built: Callable[[Path], object],
    target: Path | None = None,
) -> BackgroundTask:
    """Build into a scratch file and swap it in only when complete: Cancel leaves nothing.

    The demo is written in the application's language (QLocale()), English for a language
    the demo lacks.
    """
    from okrdesk.store.demo.content import DEFAULT_LANGUAGE, demo_language

    target = target or paths.demo_workspace_path()
    scratch = target.with_name(target.name + ".building")
    language = demo_language(QLocale().name()) or DEFAULT_LANGUAGE

    def build(progress, cancelled) -> Path:
        from okrdesk.store.demo.builder import build_demo

        delete_workspace_file(scratch)
        build_demo(scratch, clock.today(), progress, cancelled, language)
        return scratch

    def swap_in(_built: Path) -> None:
        if controller.path is not None and controller.path.resolve() == target.resolve():
            controller.close()
        delete_workspace_file(target)
        scratch.replace(target)
        on_built(target)

    title = QCoreApplication.translate("DemoTask", "Building the demo workspace")
    task = BackgroundTask(parent, build, title=title)
    task.on_success(swap_in).on_cancel(lambda: delete_workspace_file(scratch))
    return task.start()

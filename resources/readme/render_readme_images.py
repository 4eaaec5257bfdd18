"""Render the README's pictures from a fresh demo workspace.

Run from the repository root:  python resources/readme/render_readme_images.py
Every screen comes from `okrdesk screenshot` at 1440×900; the OKR screen is taken again with a
key result's history open, and the weekly check-in and Close cycle dialogs are drawn over it.
With `pngquant` on PATH the pictures are shrunk to 256 colours (about 15–80 KB each).
This folder stays out of the wheel and the desktop executable (pyproject.toml, okrdesk.spec).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

# The screens the README shows, by the names `okrdesk screenshot` writes.
SCREENS = ("dashboard", "experiments", "funnel", "review", "welcome", "management", "present")
KEY_RESULT = "Grow MRR"


def render_okr_views(workspace: Path, directory: Path) -> None:
    """okrs.png with KEY_RESULT's history, checkin.png and close.png with their dialogs."""
    from PySide6.QtGui import QColor, QPainter

    from okrdesk.ui.app import create_app
    from okrdesk.ui.main_window import MainWindow
    from okrdesk.ui.screenshot import SIZE, settle

    app = create_app()
    window = MainWindow()
    window.controller.open(workspace)
    window.resize(*SIZE)
    window.show()
    window.show_section(list(window.sections).index("okrs"))
    settle(app)
    okrs = window.sections["okrs"]
    chosen = next(n for n in okrs.key_result_nodes() if n.row_data.title.startswith(KEY_RESULT))
    okrs.select_key_result(chosen.row_data.id)
    okrs.tree_layout.toggle.setChecked(True)  # Side panel: the history beside the tree
    settle(app)
    window.grab().save(str(directory / "okrs.png"))

    def over_window(dialog, name: str) -> None:
        settle(app)
        picture, front = window.grab(), dialog.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))
        x = (picture.width() - front.width()) // 2
        y = (picture.height() - front.height()) // 2
        painter.fillRect(x - 1, y - 1, front.width() + 2, front.height() + 2, QColor("#505050"))
        painter.drawPixmap(x, y, front)
        painter.end()
        picture.save(str(directory / name))
        dialog.reject()

    over_window(okrs.start_checkin(), "checkin.png")
    over_window(okrs.cycle_close.close_cycle(), "close.png")
    window.controller.close()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from okrdesk.store.demo.builder import build_demo
    from okrdesk.ui.screenshot import write_screenshots

    with tempfile.TemporaryDirectory(prefix="okrdesk-") as folder:
        workspace = Path(folder) / "demo.okrdesk"
        build_demo(workspace)
        shots = Path(folder) / "shots"
        write_screenshots(workspace, shots)
        for name in SCREENS:
            shutil.copyfile(shots / f"{name}.png", HERE / f"{name}.png")
        render_okr_views(workspace, HERE)
    pngquant = shutil.which("pngquant")
    for picture in sorted(HERE.glob("*.png")) if pngquant else ():
        options = ["--quality=70-95", "--speed=1", "--strip", "--force", "--ext", ".png"]
        subprocess.run([pngquant, *options, str(picture)], check=True)


if __name__ == "__main__":
    main()

"""Render okrdesk.svg to the PNG sizes desktops ask for, and the Windows .ico.

Run after changing the SVG:  python resources/icons/render_icons.py
The PNGs are committed, so neither the application nor its build needs Qt's SVG plugin.
macOS wants an .icns; build it on a Mac from these PNGs (README, "Build the desktop executable").
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "okrdesk.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    return f"okrdesk-{size}.png"


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE}: not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = HERE / png_name(size)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"{target}: cannot write")
        written.append(target)
    return written


def write_ico(target: Path) -> Path:
    """An .ico holding the PNGs as they are (Windows Vista and later read PNG entries)."""
    images = [(size, (HERE / png_name(size)).read_bytes()) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    target.write_bytes(header + entries + blobs)
    return target


if __name__ == "__main__":
    for path in [*render_pngs(), write_ico(HERE / "okrdesk.ico")]:
        print(path.relative_to(HERE.parent.parent))

"""What every section has: a heading, a subtitle, a scrollable body, a reload on change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from okrdesk.ui.common.reload_on_show import ReloadsWhenShown
from okrdesk.ui.controller import WorkspaceController


class Section(ReloadsWhenShown, QWidget):
    """A page of the main window; subclasses fill `body` and implement `reload`.

    The body scrolls, so that a small window shows everything instead of squeezing it; the
    `footer` below it stays in view.
    """

    # False for sections whose own views scroll, so the page itself need not.
    scrollable: bool = True

    def __init__(self, controller: WorkspaceController, title: str, subtitle: str) -> None:
        super().__init__()
        self.controller = controller
        self.title_label = QLabel(title)
        self.title_label.setObjectName("sectionTitle")
        self.subtitle_label = QLabel(subtitle)
        self.subtitle_label.setObjectName("sectionSubtitle")
        # No word wrap inside the scrolled body: a height-for-width layout makes the scroll
        # area size it by preferred heights, which scrolls pages that would fit.

        content = QWidget()
        content.setObjectName("sectionContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addSpacing(10)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        layout.addLayout(self.body, 1)

        self.footer = QVBoxLayout()
        self.footer.setContentsMargins(28, 0, 28, 16)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if self.scrollable:
            scroll = QScrollArea()
            scroll.setObjectName("sectionScroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(content)
            outer.addWidget(scroll, 1)
        else:
            outer.addWidget(content, 1)
        outer.addLayout(self.footer)

        self.watch(controller)

    def reload(self) -> None:
        raise NotImplementedError  # each section shows its own data

    @property
    def is_loading(self) -> bool:
        """True while data the section shows is still being read in the background."""
        return False

    def focus_target(self) -> QWidget | None:
        """Where the keys go when the section is chosen (then its shortcuts work)."""
        return first_reachable(self)


def first_reachable(root: QWidget) -> QWidget | None:
    """The first list, table or tree under `root` the keyboard can reach, else its first
    field."""
    reachable = [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    views = [w for w in reachable if isinstance(w, QAbstractItemView)]
    return (views or reachable or [None])[0]

"""The first screen of an empty workspace: open the demo, start a cycle, open a file, connect
to a team workspace, or reopen a recent one (a file or a team workspace's address)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from okrdesk.store.address import is_server_url

RECENT_SHOWN = 4
RECENT_TEXT_WIDTH = 500  # px of the card a recent entry's words may take, elided beyond


class WelcomePage(QWidget):
    open_demo_requested = Signal()
    new_cycle_requested = Signal()
    open_file_requested = Signal()
    connect_requested = Signal()
    # a recent workspace's path or address, as remembered
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Welcome to okrdesk"))
        title.setObjectName("welcomeTitle")
        intro = QLabel(
            self.tr(
                "Objectives and key results with weekly check-ins, one growth experiment "
                "a week, and your sales funnel week by week — all in one file on this computer."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("welcomeIntro")

        self.demo_button = self._choice(
            self.tr("Open demo"),
            self.tr("Explore a realistic quarter of a small B2B team."),
            self.open_demo_requested,
        )
        self.cycle_button = self._choice(
            self.tr("Start a new cycle"),
            self.tr("Set up this quarter and write your first objectives."),
            self.new_cycle_requested,
        )
        self.open_button = self._choice(
            self.tr("Open file…"),
            self.tr("Open a workspace you or a colleague saved before."),
            self.open_file_requested,
        )
        self.connect_button = self._choice(
            self.tr("Connect to team workspace…"),
            self.tr("Work with your team in a workspace on a PostgreSQL server."),
            self.connect_requested,
        )
        self.recent_title = QLabel(self.tr("Recent workspaces"))
        self.recent_title.setObjectName("welcomeRecentTitle")
        self.recent_buttons: list[QPushButton] = []
        self._recent_box = QVBoxLayout()
        self._recent_box.setSpacing(2)

        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setFixedWidth(600)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(10)
        for button in (self.demo_button, self.cycle_button, self.open_button, self.connect_button):
            layout.addWidget(button)
        layout.addWidget(self.recent_title)
        layout.addLayout(self._recent_box)
        self.recent_title.hide()

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _choice(self, text: str, detail: str, signal: Signal) -> QCommandLinkButton:
        button = QCommandLinkButton(text, detail)
        button.setObjectName("welcomeChoice")
        button.setMinimumHeight(52)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setAutoDefault(True)  # Return opens it too (outside a dialog, only Space would)
        button.clicked.connect(signal)
        return button

    def set_can_start_cycle(self, enabled: bool) -> None:
        self.cycle_button.setEnabled(enabled)

    def set_recent(self, recent: list[str]) -> None:
        """Show the first recent workspaces, files and team workspaces alike; the keys, if one
        of them had them, go to the first (the one just opened)."""
        had_the_keys = self.window().focusWidget() in self.recent_buttons
        for button in self.recent_buttons:
            self._recent_box.removeWidget(button)
            button.hide()  # out of the layout, it would be drawn where it was until deleted
            button.deleteLater()
        self.recent_buttons = []
        for remembered in recent[:RECENT_SHOWN]:
            button = QPushButton()
            button.setObjectName("welcomeRecent")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAutoDefault(True)
            words = self.recent_words(remembered)
            button.setText(
                button.fontMetrics().elidedText(
                    words, Qt.TextElideMode.ElideMiddle, RECENT_TEXT_WIDTH
                )
            )
            # Fusion's flat button sizes itself for no padding: room for the style sheet's.
            button.setMinimumHeight(button.fontMetrics().height() + 12)
            button.setToolTip(remembered)
            button.setAccessibleName(words)
            button.clicked.connect(
                lambda _checked=False, path=remembered: self.recent_requested.emit(path)
            )
            self._recent_box.addWidget(button)
            self.recent_buttons.append(button)
        self.recent_title.setVisible(bool(self.recent_buttons))
        if had_the_keys and self.recent_buttons:
            first = self.recent_buttons[0]
            first.show()  # the layout would show it only in a later turn: no focus till then
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def recent_words(self, remembered: str) -> str:
        """How a recent workspace is named: a file by its name and folder, a team workspace
        by its database and server (its whole address is the tooltip)."""
        if is_server_url(remembered):
            rest = remembered.split("://", 1)[1].split("?", 1)[0]
            login, _at, place = rest.rpartition("@")
            server, _slash, database = place.partition("/")
            return self.tr("{database} on {server} (team workspace, {user})").format(
                database=database, server=server, user=login or "—"
            )
        path = Path(remembered)
        return self.tr("{name} in {folder}").format(name=path.name, folder=str(path.parent))

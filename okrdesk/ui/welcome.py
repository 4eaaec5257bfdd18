"""The first screen of an empty workspace: open the demo, start a cycle, or open a file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QFrame, QLabel, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    open_demo_requested = Signal()
    new_cycle_requested = Signal()
    open_file_requested = Signal()

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

        card = QFrame()
        card.setObjectName("welcomeCard")
        card.setFixedWidth(600)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(10)
        for button in (self.demo_button, self.cycle_button, self.open_button):
            layout.addWidget(button)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _choice(self, text: str, detail: str, signal: Signal) -> QCommandLinkButton:
        button = QCommandLinkButton(text, detail)
        button.setObjectName("welcomeChoice")
        button.setMinimumHeight(58)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(signal)
        return button

    def set_can_start_cycle(self, enabled: bool) -> None:
        self.cycle_button.setEnabled(enabled)

"""Python's cyclic garbage collection, run on the GUI thread only.

A collection can start in whichever thread happens to allocate; if a worker thread collects a
cycle that holds a Qt object, that object is destroyed off the GUI thread ("Timers cannot be
started from another thread", or worse). So automatic collection is turned off and this timer
collects on the GUI thread instead, generation by generation as the thresholds say.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(INTERVAL_MS)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

"""Wrong answers in a row make the next try wait.

The inactivity lock and the keukentafel's exit both ask for a secret that someone else at the
laptop could try to guess — a short unlock code above all. After ``FREE_TRIES`` wrong answers
in a row each next try waits longer, doubling up to ``LONGEST_WAIT_S``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

FREE_TRIES = 3  # wrong answers before each next try has to wait
FIRST_WAIT_S = 30
LONGEST_WAIT_S = 300


class Throttle(QObject):
    """Signals:
    changed: after a wrong answer and each second of a wait (read ``failures``, ``wait_left``).
    ready: a wait has run out; the next try may come.
    """

    changed = Signal()
    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.failures = 0
        self.wait_left = 0  # seconds before the next try
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self._tick)

    def failed(self) -> None:
        """Count a wrong answer; from ``FREE_TRIES`` on, a wait starts."""
        self.failures += 1
        if self.failures >= FREE_TRIES:
            self.wait_left = min(FIRST_WAIT_S * 2 ** (self.failures - FREE_TRIES), LONGEST_WAIT_S)
            self.timer.start()
        self.changed.emit()

    def stop(self) -> None:
        self.timer.stop()

    def message(self) -> str:
        """What to say next to the field while a wait runs."""
        return self.tr(
            "Dat klopt niet, al %1 keer. U kunt het over %2 seconden opnieuw proberen.").replace(
            "%1", str(self.failures)).replace("%2", str(self.wait_left))

    def _tick(self) -> None:
        self.wait_left -= 1
        if self.wait_left > 0:
            self.changed.emit()
            return
        self.wait_left = 0
        self.timer.stop()
        self.ready.emit()

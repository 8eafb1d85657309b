"""A small horizontal bar chart painted with QPainter (PySide6-Essentials has no QtCharts).

One bar per category, its label on the left and its number on the right, so the chart reads
without colour. It is keyboard-reachable: arrow keys move between bars, Enter or Space
activates one, as does a click. Screen readers get the values as the accessible description.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_HEIGHT = 22
GAP = 8
PADDING = 6


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: QColor


class BarChart(QWidget):
    """Signals:
    activated: the index of the bar clicked or chosen with Enter/Space.
    """

    activated = Signal(int)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: tuple[Bar, ...] = ()
        self._current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.sizeHint().height())
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = tuple(bars)
        self._current = min(self._current, max(len(self._bars) - 1, 0))
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.value}" for b in self._bars))
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    @property
    def current(self) -> int:
        return self._current

    def sizeHint(self) -> QSize:
        rows = max(len(self._bars), 1)
        return QSize(360, 2 * PADDING + rows * BAR_HEIGHT + (rows - 1) * GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def bar_rect(self, index: int) -> QRectF:
        """The whole row of a bar (label, bar and number): the part that reacts to a click."""
        top = PADDING + index * (BAR_HEIGHT + GAP)
        return QRectF(0, top, self.width(), BAR_HEIGHT)

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0) + 12

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_width = self._label_width()
        number_width = metrics.horizontalAdvance("0000") + 8
        track = max(self.width() - label_width - number_width - PADDING, 20)
        highest = max((b.value for b in self._bars), default=0) or 1
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        for i, bar in enumerate(self._bars):
            row = self.bar_rect(i)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, row.top(), label_width - 8, row.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                bar.label,
            )
            length = track * bar.value / highest
            painter.fillRect(
                QRectF(label_width, row.top() + 3, track, row.height() - 6), QColor("#eef1f4")
            )
            if bar.value:
                painter.fillRect(
                    QRectF(label_width, row.top() + 3, max(length, 3), row.height() - 6),
                    bar.colour,
                )
            painter.drawText(
                QRectF(label_width + track + 6, row.top(), number_width, row.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(bar.value),
            )
            if self.hasFocus() and i == self._current:
                pen = painter.pen()
                pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
                pen.setWidth(2)
                painter.setPen(pen)
                painter.drawRoundedRect(row.adjusted(1, 1, -1, -1), 4, 4)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) and self._bars:
            self._current = (self._current + 1) % len(self._bars)
            self.update()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left) and self._bars:
            self._current = (self._current - 1) % len(self._bars)
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._bars:
            self.activated.emit(self._current)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for i in range(len(self._bars)):
            if self.bar_rect(i).contains(event.position()):
                self._current = i
                self.update()
                self.activated.emit(i)
                return
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

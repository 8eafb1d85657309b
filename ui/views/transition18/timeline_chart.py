"""The 18+ timeline, painted: a row per young person on an axis of age, so the 18th birthday is
one vertical line for everyone and "today" is each young person's own marker on it.

The bar runs from the gemeente's start age to 18 (and on to 21/23 with verlengde jeugdhulp) in
the colour of the plan's status; the marker and the text on the right carry the phase (at risk,
overdue, …). Only the rows in view are painted, so thousands of young people scroll smoothly.
Keyboard: arrows, Page Up/Down, Home/End move; Enter opens the toekomstplan.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from casedesk.services.transition18 import TimelineRow
from ui.formatting import short_date
from ui.i18n import label
from ui.views.transition18.style import (
    PHASE_COLOURS,
    STATUS_COLOURS,
    STUCK_COLOUR,
    age_text,
    phase_text,
    tr,
)

HEADER_H = 46
ROW_H = 30
LEFT = 220  # the names
RIGHT_MIN, RIGHT_MAX = 200, 400  # the phase text: as wide as the longest one needs
GAP = 30  # between the axis and the phase text, room for the last year's label
PAD = 10
DAYS_PER_MONTH = 30.4375
EIGHTEEN = 18 * 12


def months_between(start: date, end: date) -> float:
    return (end - start).days / DAYS_PER_MONTH


class TimelineChart(QAbstractScrollArea):
    """Signals:
    current_changed: the index of the selected row (-1 when none).
    activated: the index of the row to open (Enter or double-click).
    """

    current_changed = Signal(int)
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[TimelineRow, ...] = ()
        self.today = date.today()
        self.current = -1
        self.axis_from = 16 * 12
        self.axis_to = 23 * 12
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Tijdlijn 18+"))
        self.right = RIGHT_MIN
        self.setMinimumSize(LEFT + RIGHT_MIN + 360, HEADER_H + 4 * ROW_H)
        self.viewport().setMouseTracking(True)
        self.verticalScrollBar().setSingleStep(ROW_H)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)

    # --- data -----------------------------------------------------------------------------

    def set_rows(self, rows: tuple[TimelineRow, ...], today: date) -> None:
        self.rows, self.today = rows, today
        self.axis_from, self.axis_to = self._axis(rows, today)
        self.right = self._right_width(rows)
        self.current = 0 if rows else -1
        self.verticalScrollBar().setValue(0)
        self._update_scrollbar()
        self._describe_current()
        self.viewport().update()
        self.current_changed.emit(self.current)

    @staticmethod
    def _axis(rows: tuple[TimelineRow, ...], today: date) -> tuple[int, int]:
        """Whole years around everyone: from 16 (earlier if a gemeente starts earlier) to at
        least 19, further when someone is older or extended."""
        start, end = 16 * 12, 19 * 12
        for r in rows:
            if r.milestones is None or r.geboortedatum is None:
                continue
            born = r.geboortedatum
            start = min(start, round(months_between(born, r.milestones.plan_start)) - 6)
            end = max(end, math.ceil(months_between(born, today)) + 3)
            if r.verlengd:
                end = max(end, math.ceil(months_between(born, r.milestones.horizon)))
        return (start // 12) * 12, min(-(-end // 12) * 12, 23 * 12)

    def set_current(self, index: int) -> None:
        if not self.rows:
            return
        index = max(0, min(index, len(self.rows) - 1))
        if index == self.current:
            return
        self.current = index
        self._ensure_visible(index)
        self._describe_current()
        self.viewport().update()
        self.current_changed.emit(index)

    def row_summary(self, r: TimelineRow) -> str:
        eighteen = short_date(r.milestones.eighteen) if r.milestones else tr("onbekend")
        parts = [
            r.naam,
            age_text(r.leeftijd),
            tr("wordt 18 op %1").replace("%1", eighteen),
            tr("plan: %1").replace("%1", label(r.status).lower()),
            phase_text(r.phase, r.status),
        ]
        if r.verlengd:
            parts.append(tr("verlengde jeugdhulp tot %1 jaar").replace("%1", str(r.verlengd_tot)))
        if r.stuck:
            parts.append(tr("%1 thema('s) vastgelopen").replace("%1", str(r.stuck)))
        return ", ".join(parts)

    def _describe_current(self) -> None:
        text = self.row_summary(self.rows[self.current]) if self.current >= 0 else ""
        self.setAccessibleDescription(text)

    # --- geometry -------------------------------------------------------------------------

    def _track(self) -> tuple[float, float]:
        width = self.viewport().width()
        return LEFT + PAD, max(width - self.right - GAP, LEFT + PAD + 100)

    def _x(self, months: float) -> float:
        x0, x1 = self._track()
        span = max(self.axis_to - self.axis_from, 1)
        clamped = min(max(months, self.axis_from), self.axis_to)
        return x0 + (clamped - self.axis_from) / span * (x1 - x0)

    def _age_months(self, r: TimelineRow, day: date) -> float:
        """Age on ``day`` measured from the 18th birthday, so 18 is exactly the same x for all."""
        assert r.milestones is not None
        return EIGHTEEN + months_between(r.milestones.eighteen, day)

    def _row_top(self, index: int) -> int:
        return HEADER_H + index * ROW_H - self.verticalScrollBar().value()

    def _row_at(self, y: float) -> int:
        if y < HEADER_H:
            return -1
        index = int((y - HEADER_H + self.verticalScrollBar().value()) // ROW_H)
        return index if 0 <= index < len(self.rows) else -1

    def _update_scrollbar(self) -> None:
        visible = max(self.viewport().height() - HEADER_H, 0)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(len(self.rows) * ROW_H - visible, 0))
        bar.setPageStep(max(visible, ROW_H))

    def _ensure_visible(self, index: int) -> None:
        bar = self.verticalScrollBar()
        top = index * ROW_H
        visible = max(self.viewport().height() - HEADER_H, ROW_H)
        if top < bar.value():
            bar.setValue(top)
        elif top + ROW_H > bar.value() + visible:
            bar.setValue(top + ROW_H - visible)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbar()

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.viewport().width(), self.viewport().height()
        p.fillRect(0, 0, width, height, QColor("white"))
        if not self.rows:
            p.setPen(QColor("#5f6368"))
            p.drawText(
                QRect(0, HEADER_H, width, height - HEADER_H),
                Qt.AlignmentFlag.AlignCenter,
                tr("Geen jongeren vanaf 16 jaar in deze selectie."),
            )
            self._paint_header(p, width)
            return
        first = max(self._row_at(HEADER_H), 0)
        last = min(first + height // ROW_H + 2, len(self.rows))
        p.save()
        p.setClipRect(0, HEADER_H, width, height - HEADER_H)
        self._paint_grid(p, height)
        for index in range(first, last):
            self._paint_row(p, index, width)
        self._paint_eighteen_line(p, height)
        p.restore()
        self._paint_header(p, width)

    def _paint_header(self, p: QPainter, width: int) -> None:
        p.fillRect(0, 0, width, HEADER_H, QColor("#f1f3f4"))
        p.setPen(QPen(QColor("#c4c7c5"), 1))
        p.drawLine(0, HEADER_H - 1, width, HEADER_H - 1)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QColor("#3c4043"))
        p.drawText(
            QRect(PAD, 0, LEFT - PAD, HEADER_H),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            tr("Jongere"),
        )
        x1 = self._track()[1]
        p.drawText(
            QRect(int(x1) + GAP, 0, self.right - PAD, HEADER_H),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            tr("Fase"),
        )
        p.setFont(self.font())
        for months in range(self.axis_from, self.axis_to + 1, 3):
            x = self._x(months)
            year = months % 12 == 0
            p.setPen(QPen(QColor("#3c4043" if year else "#9aa0a6"), 1))
            p.drawLine(QPointF(x, HEADER_H - (12 if year else 6)), QPointF(x, HEADER_H - 1))
            if year:
                text = tr("%1 jaar").replace("%1", str(months // 12))
                if months == EIGHTEEN:
                    p.setFont(bold)
                p.drawText(QRectF(x - 40, 4, 80, HEADER_H - 18), Qt.AlignmentFlag.AlignCenter, text)
                p.setFont(self.font())

    def _paint_grid(self, p: QPainter, height: int) -> None:
        p.setPen(QPen(QColor("#e8eaed"), 1))
        for months in range(self.axis_from, self.axis_to + 1, 12):
            x = self._x(months)
            p.drawLine(QPointF(x, HEADER_H), QPointF(x, height))

    def _paint_eighteen_line(self, p: QPainter, height: int) -> None:
        if not self.axis_from <= EIGHTEEN <= self.axis_to:
            return
        x = self._x(EIGHTEEN)
        p.setPen(QPen(QColor("#202124"), 2))
        p.drawLine(QPointF(x, HEADER_H), QPointF(x, height))

    def _paint_row(self, p: QPainter, index: int, width: int) -> None:
        r = self.rows[index]
        top = self._row_top(index)
        row_rect = QRect(0, top, width, ROW_H)
        if index == self.current:
            p.fillRect(row_rect, QColor("#d2e3fc"))
        elif index % 2:
            p.fillRect(row_rect, QColor("#f8f9fa"))
        mid = top + ROW_H / 2
        p.setPen(QColor("#202124"))
        name = self.fontMetrics().elidedText(r.naam, Qt.TextElideMode.ElideRight, LEFT - PAD * 2)
        p.drawText(
            QRect(PAD, top, LEFT - PAD, ROW_H),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            name,
        )
        x0, x1 = self._track()
        if r.milestones is None:
            italic = QFont(self.font())
            italic.setItalic(True)
            p.setFont(italic)
            p.setPen(PHASE_COLOURS[r.phase])
            p.drawText(
                QRectF(x0, top, x1 - x0, ROW_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                tr("Geboortedatum onbekend: vul hem in om de jongere te plaatsen"),
            )
            p.setFont(self.font())
        else:
            self._paint_bar(p, r, mid)
        self._paint_phase(p, r, top, x1)
        if index == self.current and self.hasFocus():
            p.setPen(QPen(QColor("#1a73e8"), 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(row_rect.adjusted(1, 1, -2, -2))

    def _paint_bar(self, p: QPainter, r: TimelineRow, mid: float) -> None:
        assert r.milestones is not None
        m = r.milestones
        colour = STATUS_COLOURS[r.status]
        start = self._x(self._age_months(r, m.plan_start))
        eighteen = self._x(EIGHTEEN)
        bar_h = 12.0
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRoundedRect(QRectF(start, mid - bar_h / 2, eighteen - start, bar_h), 4, 4)
        if r.verlengd:
            horizon = self._x(self._age_months(r, m.horizon))
            light = QColor(colour)
            light.setAlpha(90)
            p.setBrush(light)
            p.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
            p.drawRoundedRect(QRectF(eighteen, mid - bar_h / 2, horizon - eighteen, bar_h), 4, 4)
        if r.overdracht_op is not None:
            x = self._x(self._age_months(r, r.overdracht_op))
            p.setPen(QPen(QColor("white"), 1.5))
            p.setBrush(STATUS_COLOURS[r.status].darker(140))
            p.drawEllipse(QPointF(x, mid), 5, 5)
        if r.geboortedatum is not None:
            self._paint_today(p, r, mid)

    def _paint_today(self, p: QPainter, r: TimelineRow, mid: float) -> None:
        x = self._x(self._age_months(r, self.today))
        colour = PHASE_COLOURS[r.phase]
        p.setPen(QPen(colour, 2))
        p.drawLine(QPointF(x, mid - ROW_H / 2 + 3), QPointF(x, mid + ROW_H / 2 - 3))
        diamond = QPolygonF(
            [QPointF(x, mid - 7), QPointF(x + 7, mid), QPointF(x, mid + 7), QPointF(x - 7, mid)]
        )
        path = QPainterPath()
        path.addPolygon(diamond)
        path.closeSubpath()
        p.setPen(QPen(QColor("white"), 1.5))
        p.setBrush(colour)
        p.drawPath(path)

    @staticmethod
    def _phase_parts(r: TimelineRow) -> list[tuple[str, QColor]]:
        """The phase in its colour; stuck themes after it in red, whatever the phase."""
        parts = [(phase_text(r.phase, r.status), PHASE_COLOURS[r.phase])]
        if r.stuck:
            parts.append((tr(" · %1 vastgelopen").replace("%1", str(r.stuck)), STUCK_COLOUR))
        return parts

    def _right_width(self, rows: tuple[TimelineRow, ...]) -> int:
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(
            (sum(metrics.horizontalAdvance(t) for t, _ in self._phase_parts(r)) for r in rows),
            default=0,
        )
        return max(RIGHT_MIN, min(widest + PAD * 2, RIGHT_MAX))

    def _paint_phase(self, p: QPainter, r: TimelineRow, top: int, x1: float) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        metrics = p.fontMetrics()
        left, room = x1 + GAP, self.right - PAD
        for text, colour in self._phase_parts(r):
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room))
            p.setPen(colour)
            p.drawText(
                QRectF(left, top, room, ROW_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                shown,
            )
            used = metrics.horizontalAdvance(shown)
            left, room = left + used, room - used
            if room <= 0:
                break
        p.setFont(self.font())

    # --- interaction ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        page = max((self.viewport().height() - HEADER_H) // ROW_H - 1, 1)
        moves = {
            Qt.Key.Key_Up: self.current - 1,
            Qt.Key.Key_Down: self.current + 1,
            Qt.Key.Key_PageUp: self.current - page,
            Qt.Key.Key_PageDown: self.current + page,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self.rows) - 1,
        }
        key = Qt.Key(event.key())
        if key in moves and self.rows:
            self.set_current(moves[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            self.activated.emit(self.current)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self._row_at(event.position().y())
        if index >= 0:
            self.set_current(index)
        self.setFocus()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self._row_at(event.position().y())
        if index >= 0:
            self.activated.emit(index)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._row_at(event.pos().y())
            if index >= 0:
                r = self.rows[index]
                QToolTip.showText(
                    event.globalPos(), f"{self.row_summary(r)}\n{r.huishouden} · {r.team}", self
                )
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

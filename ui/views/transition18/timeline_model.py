"""The young people of the 18+ timeline as a table: the accessible alternative of the chart.

All rows are held (a timeline is at most a few thousand young people), so sorting happens in
a ``QSortFilterProxyModel`` on ``SORT_ROLE``.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from casedesk.domain.transition18 import URGENCY
from casedesk.services.transition18 import TimelineRow
from ui.formatting import short_date
from ui.i18n import label
from ui.views.transition18.style import PHASE_COLOURS, STATUS_COLOURS, phase_text, tr

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class TimelineColumn(IntEnum):
    NAAM = 0
    LEEFTIJD = 1
    WORDT_18 = 2
    PLAN = 3
    FASE = 4
    CHECKLIST = 5
    VASTGELOPEN = 6
    HUISHOUDEN = 7
    REGISSEUR = 8
    TEAM = 9


HEADERS = {
    TimelineColumn.NAAM: "Jongere",
    TimelineColumn.LEEFTIJD: "Leeftijd",
    TimelineColumn.WORDT_18: "Wordt 18 op",
    TimelineColumn.PLAN: "Toekomstplan",
    TimelineColumn.FASE: "Fase",
    TimelineColumn.CHECKLIST: "Wat verandert bij 18",
    TimelineColumn.VASTGELOPEN: "Vastgelopen thema's",
    TimelineColumn.HUISHOUDEN: "Huishouden",
    TimelineColumn.REGISSEUR: "Casusregisseur",
    TimelineColumn.TEAM: "Team",
}


def checklist_text(row: TimelineRow) -> str:
    if row.open_items == 0:
        return tr("alles geregeld")
    text = tr("%1 open").replace("%1", str(row.open_items))
    if row.warnings:
        text += tr(", %1 dringend").replace("%1", str(row.warnings))
    return text


class TimelineTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[TimelineRow] = []

    def reset(self, rows: tuple[TimelineRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> TimelineRow:
        return self._rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TimelineColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[TimelineColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], TimelineColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is TimelineColumn.FASE:
                return QBrush(PHASE_COLOURS[row.phase])
            if column is TimelineColumn.PLAN:
                return QBrush(STATUS_COLOURS[row.status].darker(130))
        if role == Qt.ItemDataRole.ToolTipRole and column is TimelineColumn.NAAM:
            return f"{row.naam} · {row.huishouden} · {row.gemeente}"
        return None

    @staticmethod
    def _display(row: TimelineRow, column: TimelineColumn) -> str:
        match column:
            case TimelineColumn.NAAM:
                return row.naam
            case TimelineColumn.LEEFTIJD:
                return "" if row.leeftijd is None else str(row.leeftijd)
            case TimelineColumn.WORDT_18:
                return short_date(row.milestones.eighteen) if row.milestones else tr("onbekend")
            case TimelineColumn.PLAN:
                text = label(row.status)
                return text + tr(" (verlengd)") if row.verlengd else text
            case TimelineColumn.FASE:
                return phase_text(row.phase, row.status)
            case TimelineColumn.CHECKLIST:
                return checklist_text(row)
            case TimelineColumn.VASTGELOPEN:
                return str(row.stuck) if row.stuck else ""
            case TimelineColumn.HUISHOUDEN:
                return row.huishouden
            case TimelineColumn.REGISSEUR:
                return row.casusregisseur
            case TimelineColumn.TEAM:
                return row.team

    @staticmethod
    def _sort_value(row: TimelineRow, column: TimelineColumn) -> Any:
        match column:
            case TimelineColumn.LEEFTIJD:
                return -1 if row.leeftijd is None else row.leeftijd
            case TimelineColumn.WORDT_18:
                return row.milestones.eighteen.toordinal() if row.milestones else 0
            case TimelineColumn.PLAN:
                return list(STATUS_COLOURS).index(row.status)
            case TimelineColumn.FASE:
                return URGENCY[row.phase]
            case TimelineColumn.CHECKLIST:
                return row.warnings * 100 + row.open_items
            case TimelineColumn.VASTGELOPEN:
                return row.stuck
            case _:
                return TimelineTableModel._display(row, column)

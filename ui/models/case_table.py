"""The case list as a Qt table model over ``CaseRow`` DTOs, loaded page by page.

The view asks for more rows as it scrolls (``canFetchMore``/``fetchMore``); a page is fetched
on the database thread by the ``load_page`` callback and appended when it arrives. Sorting is
done by the database (a page can only be sorted with everything it does not hold), so
``sort`` only reports the wish through ``sort_requested``.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from casedesk.domain.evaluation import EvaluationState
from casedesk.services.cases import SortKey
from casedesk.services.dto import CasePage, CaseRow
from ui.formatting import short_date
from ui.i18n import label

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class CaseColumn(IntEnum):
    HUISHOUDEN = 0
    GEMEENTE = 1
    STAP = 2
    REGISSEUR = 3
    REGIME = 4
    EVALUATIE = 5
    WORDT_18 = 6
    STATUS = 7


HEADERS = {
    CaseColumn.HUISHOUDEN: "Huishouden",
    CaseColumn.GEMEENTE: "Gemeente",
    CaseColumn.STAP: "Stap",
    CaseColumn.REGISSEUR: "Casusregisseur",
    CaseColumn.REGIME: "Regie",
    CaseColumn.EVALUATIE: "Volgende evaluatie",
    CaseColumn.WORDT_18: "Wordt 18 op",
    CaseColumn.STATUS: "Status",
}

SORT_KEYS = {
    CaseColumn.HUISHOUDEN: SortKey.HUISHOUDEN,
    CaseColumn.GEMEENTE: SortKey.GEMEENTE,
    CaseColumn.STAP: SortKey.STAP,
    CaseColumn.REGISSEUR: SortKey.REGISSEUR,
    CaseColumn.EVALUATIE: SortKey.EVALUATIE,
    CaseColumn.WORDT_18: SortKey.WORDT_18,
}

OUTSIDE_SCOPE_COLOUR = QColor("#6b6b6b")

EVALUATION_COLOURS = {
    EvaluationState.OVERDUE: QColor("#b3261e"),
    EvaluationState.DUE_SOON: QColor("#8a5a00"),
}

PageLoader = Callable[[int, Callable[[CasePage], None]], None]


class CaseTableModel(QAbstractTableModel):
    """Signals:
    sort_requested: (SortKey, descending) when the user clicks a sortable header.
    total_changed: the number of cases matching the current query (for a page read without
        its count, when ``set_total`` brings it).
    """

    sort_requested = Signal(object, bool)
    total_changed = Signal(int)

    def __init__(self, load_page: PageLoader | None = None) -> None:
        super().__init__()
        self._rows: list[CaseRow] = []
        self._total = 0
        self._loading = False
        self._load_page = load_page
        self._generation = 0  # pages of an older query are dropped when they arrive late

    # --- data ---------------------------------------------------------------------------

    def reset(self, page: CasePage) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self._loading = False
        self.endResetModel()
        if page.counted:  # else the count follows the page: set_total
            self.total_changed.emit(page.total)

    def set_total(self, total: int) -> None:
        """The count of a page shown before it was counted."""
        self._total = total
        self.total_changed.emit(total)

    def row(self, index: int) -> CaseRow:
        return self._rows[index]

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CaseColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[CaseColumn(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], CaseColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if not row.in_scope:  # found by a search, outside need-to-know: grey, italic, said why
            return self._outside_scope(role)
        if role == Qt.ItemDataRole.ForegroundRole and column is CaseColumn.EVALUATIE:
            colour = EVALUATION_COLOURS.get(row.evaluatie)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column is CaseColumn.EVALUATIE:
            return label(row.evaluatie)
        return None

    def _outside_scope(self, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OUTSIDE_SCOPE_COLOUR)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Buiten uw team en betrokkenheid: openen vraagt een reden, die "
                           "wordt vastgelegd")
        return None

    @staticmethod
    def _display(row: CaseRow, column: CaseColumn) -> str:
        match column:
            case CaseColumn.HUISHOUDEN:
                return row.huishouden
            case CaseColumn.GEMEENTE:
                return row.gemeente
            case CaseColumn.STAP:
                return f"{row.stap.number}. {label(row.stap)}"
            case CaseColumn.REGISSEUR:
                return row.casusregisseur
            case CaseColumn.REGIME:
                return label(row.regime)
            case CaseColumn.EVALUATIE:
                return short_date(row.volgende_evaluatie)
            case CaseColumn.WORDT_18:
                return short_date(row.wordt_18_op)
            case CaseColumn.STATUS:
                return label(row.status)

    @staticmethod
    def _sort_value(row: CaseRow, column: CaseColumn) -> Any:
        match column:
            case CaseColumn.STAP:
                return row.stap.number
            case CaseColumn.EVALUATIE:
                return row.volgende_evaluatie.toordinal() if row.volgende_evaluatie else 0
            case CaseColumn.WORDT_18:
                return row.wordt_18_op.toordinal() if row.wordt_18_op else 0
            case _:
                return CaseTableModel._display(row, column)

    # --- paging -------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._load_page is not None
            and not self._loading
            and len(self._rows) < self._total
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._load_page is None:
            return
        self._loading = True
        generation = self._generation
        self._load_page(len(self._rows), lambda page: self._append(page, generation))

    def _append(self, page: CasePage, generation: int) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if not page.rows or page.offset != len(self._rows):
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    # --- sorting ------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(CaseColumn(column))
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

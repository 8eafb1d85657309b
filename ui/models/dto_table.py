"""A small read-only table model over frozen DTO rows, for lists that arrive whole.

Each use names its columns with an IntEnum and gives, per column, a header (marked for
lupdate), the display text and a real sort value. The model sorts
itself (the lists are short); the paged case list has its own model because its database sorts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# The roles the model answers; views ask for many more (fonts, alignment, size hints…) per cell.
ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        SORT_ROLE,
        ROW_ROLE,
    }
)


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str  # Dutch source text, marked for lupdate and translated when shown
    display: Callable[[T], str]
    sort: Callable[[T], Any] | None = None  # default: the display text
    colour: Callable[[T], QColor | None] | None = None
    tooltip: Callable[[T], str] | None = None


class DtoTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Mapping[IntEnum, Column[T]], context: str = "") -> None:
        """``context``: where the headers are translated; the empty context suits headers
        marked with ``QT_TR_NOOP`` at module level, others use ``QT_TRANSLATE_NOOP``."""
        super().__init__()
        self._columns: Sequence[Column[T]] = [columns[key] for key in sorted(columns)]
        self._context = context
        self._rows: list[T] = []
        self._texts: list[list[str]] = []  # display text per row and column, made once

    def reset(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # Views ask for the text again and again (painting, sizing columns to their contents);
        # formatting a date with babel each time is what makes a table slow, so do it once.
        self._texts = [[column.display(row) for column in self._columns] for row in self._rows]
        self.endResetModel()

    def row(self, index: int) -> T:
        return self._rows[index]

    def rows(self) -> tuple[T, ...]:
        return tuple(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate(self._context, self._columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        text = self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else text
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else text
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        spec = self._columns[column]
        key = spec.sort or spec.display
        self.layoutAboutToBeChanged.emit()
        order_of = sorted(
            range(len(self._rows)),
            key=lambda i: key(self._rows[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        new_position = {old: new for new, old in enumerate(order_of)}
        self._rows = [self._rows[i] for i in order_of]
        self._texts = [self._texts[i] for i in order_of]
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(new_position[i.row()], i.column()) for i in persistent],
        )
        self.layoutChanged.emit()

"""A list in the draft (goals, help items, afspraken, zorgen and krachten) as a table with a
form for the selected item under it.

``DraftListModel`` shows the items of one list path; it reads the draft on every paint, so
undo and redo show at once. A row whose item has a validation error is drawn in red.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.views.casus.bindings import Binder, Binding, with_error
from ui.views.casus.draft_doc import Path, path_text

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
ERROR_COLOUR = QColor("#b3261e")


@dataclass(frozen=True)
class Column:
    header: str
    text: Callable[[dict[str, Any]], str]
    width: int = 0  # 0: stretch or fit


class DraftListModel(QAbstractTableModel):
    def __init__(self, binder: Binder, path: Path, columns: Sequence[Column]) -> None:
        super().__init__()
        self.binder, self.path, self.columns = binder, path, list(columns)
        self._count = len(self.items())
        binder.listeners.append(self._changed)

    def items(self) -> list[dict[str, Any]]:
        items = self.binder.doc.get(self.path, [])
        return items if isinstance(items, list) else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        items = self.items()
        if not index.isValid() or not 0 <= index.row() < min(len(items), self._count):
            return None
        item = items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.columns[index.column()].text(item)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.row_errors(index.row()) or text or None
            return text
        if role == ROW_ROLE:
            return item
        if role == Qt.ItemDataRole.ForegroundRole and self.row_errors(index.row()):
            return QBrush(ERROR_COLOUR)
        return None

    def row_errors(self, row: int) -> str:
        """The messages of this item's fields, for a row that is not in the form right now."""
        prefix = path_text((*self.path, row)) + "."
        return "\n".join(m for key, m in self.binder.errors.items()
                         if key.startswith(prefix) and (self.binder.show_all
                                                        or key in self.binder.touched))

    def refresh_errors(self) -> None:
        if self._count:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._count - 1, len(self.columns) - 1))

    def _changed(self, path: Path) -> None:
        n = len(self.path)
        if path[:n] != self.path[: len(path)]:
            return
        if len(path) > n + 1 and isinstance(path[n], int) and path[n] < self._count:
            row = path[n]  # one field of one item
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._count = len(self.items())
        self.endResetModel()


class ItemListEditor(QWidget):
    """A table of the items at ``path`` with add/remove (and optional reorder) buttons, and a
    form for the selected item whose bindings follow the selection."""

    def __init__(
        self,
        binder: Binder,
        path: Path,
        columns: Sequence[Column],
        *,
        title: str,
        add_buttons: Sequence[tuple[str, Callable[[], dict[str, Any]]]],
        remove_text: str,
        empty_text: str = "",
        reorder: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.binder, self.path = binder, path
        self.model = DraftListModel(binder, path, columns)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for i, column in enumerate(columns):
            if column.width:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(i, column.width)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        self.form_bindings: list[Binding] = []
        self.forms: list[QFormLayout] = []  # a long form goes in two columns
        self.forms_row = QHBoxLayout()
        self._editable = True
        self.empty_hint = QLabel(empty_text)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color:#666666;")

        buttons = QHBoxLayout()
        self.add_buttons: list[QPushButton] = []
        for text, make in add_buttons:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, make=make: self.add(make()))
            buttons.addWidget(button)
            self.add_buttons.append(button)
        self.remove_button = QPushButton(remove_text)
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.remove_button)
        self.move_buttons: list[QPushButton] = []
        if reorder:
            for text, step in ((self.tr("Omhoog"), -1), (self.tr("Omlaag"), 1)):
                button = QPushButton(text)
                button.clicked.connect(lambda _=False, step=step: self.move_current(step))
                buttons.addWidget(button)
                self.move_buttons.append(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{title}</b>")
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addLayout(self.forms_row)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow())
        self.model.modelReset.connect(self._after_reset)
        binder.doc.item_shown.connect(self._item_shown)
        self._selected_id: str | None = None
        self._follow()

    # --- the form -----------------------------------------------------------------------

    def add_field(self, label: str, binding: Binding, widget: QWidget | None = None,
                  column: int = 0) -> None:
        """A form row bound to the selected item's ``binding.key``."""
        binding.widget.setAccessibleName(label.rstrip(":"))
        self.form_bindings.append(binding)
        while len(self.forms) <= column:
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.forms.append(form)
            self.forms_row.addLayout(form, 1)
        self.forms[column].addRow(label, with_error(widget or binding.widget, binding.error))
        binding.rebind(self._prefix())

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _prefix(self) -> Path | None:
        row = self.current_row()
        return (*self.path, row) if row >= 0 else None

    def _follow(self) -> None:
        row = self.current_row()
        items = self.model.items()
        self._selected_id = items[row].get("id") if 0 <= row < len(items) else None
        prefix = self._prefix()
        for binding in self.form_bindings:
            binding.rebind(prefix)
        self.remove_button.setEnabled(row >= 0 and self._editable)
        for button in self.move_buttons:
            button.setEnabled(row >= 0 and self._editable)
        self.empty_hint.setVisible(row < 0)

    def _after_reset(self) -> None:
        """Keep the same item selected when the list changes around it (undo, reload)."""
        items = self.model.items()
        row = next((i for i, item in enumerate(items) if item.get("id") == self._selected_id),
                   -1)
        if row < 0 and items:
            row = 0
        self.select(row)

    def select(self, row: int) -> None:
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.table.selectionModel().clearCurrentIndex()
        self._follow()

    # --- editing ------------------------------------------------------------------------

    def set_editable(self, editable: bool) -> None:
        if editable == self._editable:
            return
        self._editable = editable
        for button in self.add_buttons:
            button.setEnabled(editable)
        self._follow()

    def _item_shown(self, path: Path, index: int) -> None:
        if path == self.path:
            self.select(index)

    def add(self, item: dict[str, Any]) -> None:
        self.binder.doc.insert(self.path, len(self.model.items()), item)
        if self.form_bindings:
            self.form_bindings[0].widget.setFocus()

    def remove_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.binder.doc.remove(self.path, row)

    def move_current(self, step: int) -> None:
        row = self.current_row()
        if row >= 0:
            self.binder.doc.move(self.path, row, row + step)

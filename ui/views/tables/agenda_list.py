"""A zitting's agenda as a list whose order the secretary changes by dragging an item or by
Alt+Up / Alt+Down on the selected one; each change reports the new order of ids."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from casedesk.services.tables_dto import AgendaItem
from ui.views.tables.texts import tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def item_text(item: AgendaItem) -> str:
    a = item.aanmelding
    question = a.vraag.splitlines()[0] if a.vraag else ""
    return (
        f"{item.begin.strftime('%H:%M')}–{item.einde.strftime('%H:%M')}   {a.onderwerp}\n"
        f"        {question}"
    )


class AgendaList(QListWidget):
    """Signals:
    order_changed: the list of aanmelding ids in their new order.
    """

    order_changed = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Agenda"))
        self.setAccessibleDescription(
            tr(
                "Sleep een aanmelding, of gebruik Alt+pijl omhoog en Alt+pijl omlaag, om de "
                "volgorde te wijzigen."
            )
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setSpacing(2)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.model().rowsMoved.connect(self._moved)

    def set_items(self, items: Sequence[AgendaItem]) -> None:
        selected = self.current_id()
        self.blockSignals(True)
        self.clear()
        for item in items:
            entry = QListWidgetItem(item_text(item))
            entry.setData(ID_ROLE, item.aanmelding.aanmelding_id)
            entry.setToolTip(item.aanmelding.vraag)
            self.addItem(entry)
        self.blockSignals(False)
        for row in range(self.count()):
            if self.item(row).data(ID_ROLE) == selected:
                self.setCurrentRow(row)

    def ids(self) -> list[str]:
        return [str(self.item(row).data(ID_ROLE)) for row in range(self.count())]

    def current_id(self) -> str | None:
        item = self.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def shift_current(self, delta: int) -> None:
        """Move the selected item up (negative) or down and report the new order."""
        row = self.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.order_changed.emit(self.ids())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.shift_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)

    def _moved(self, *_args: QModelIndex | int) -> None:
        self.order_changed.emit(self.ids())

"""The conflict inbox: fields that this device and the region changed differently, for a person
to settle. Per conflict the record and field, and base, mine and theirs side by side; keep mine,
take theirs, or write another value. The choice goes out with the next sync round.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.errors import InvalidInput
from casedesk.services.changes import Changes
from casedesk.services.conflict_inbox import ConflictRow, conflict_rows, resolve_conflict
from casedesk.sync.conflicts import Choice
from ui.context import AppContext
from ui.errors import show_error, user_message
from ui.formatting import date_time

PAGE_KEY = "conflicts"
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _value_box(title: str, accessible: str) -> tuple[QGroupBox, QPlainTextEdit]:
    box = QGroupBox(title)
    text = QPlainTextEdit(readOnly=True)
    text.setAccessibleName(accessible)
    text.setMinimumHeight(90)
    QVBoxLayout(box).addWidget(text)
    return box, text


class ConflictInbox(QWidget):
    """Signals:
        loaded: the list shows the open conflicts.
        resolved: (conflict id) a choice was stored.
        open_case: (casus id) the person wants to see the casus of a conflict.
    """

    loaded = Signal()
    resolved = Signal(str)
    open_case = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: dict[str, ConflictRow] = {}
        title = QLabel(self.tr("Conflicten"))
        title.setStyleSheet("font-size:15pt;font-weight:bold;")
        intro = QLabel(self.tr(
            "U en een collega hebben hetzelfde gegeven verschillend gewijzigd. Kies per "
            "conflict welke waarde blijft; uw keuze gaat mee met de volgende synchronisatie. "
            "Tot dan ziet u de waarde uit de regionale opslag."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Open conflicten"))
        self.list.setMinimumWidth(300)
        self.list.setStyleSheet("QListWidget::item{padding:6px;}")
        self.list.currentItemChanged.connect(lambda item, _old: self._show(item))

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size:12pt;font-weight:bold;")
        self.heading.setWordWrap(True)
        self.when = QLabel()
        basis_box, self.basis = _value_box(self.tr("Basis (waar u beiden van uitging)"),
                                           self.tr("Basiswaarde"))
        mijn_box, self.mijn = _value_box(self.tr("Mijn waarde (dit apparaat)"),
                                         self.tr("Mijn waarde"))
        hun_box, self.hun = _value_box(self.tr("Hun waarde (regionale opslag)"),
                                       self.tr("Hun waarde"))
        values = QHBoxLayout()
        for box in (basis_box, mijn_box, hun_box):
            values.addWidget(box, 1)
        self.keep_mine = QPushButton()
        self.take_theirs = QPushButton()
        self.keep_mine.clicked.connect(lambda: self._resolve(Choice.MIJN))
        self.take_theirs.clicked.connect(lambda: self._resolve(Choice.HUN))
        self.show_case = QPushButton(self.tr("Casus openen"))
        self.show_case.clicked.connect(self._open_case)
        choices = QHBoxLayout()
        choices.addWidget(self.keep_mine)
        choices.addWidget(self.take_theirs)
        choices.addStretch(1)
        choices.addWidget(self.show_case)

        self.edit_box = QGroupBox(self.tr("Of schrijf een andere waarde"))
        self.edited = QPlainTextEdit()
        self.edited.setAccessibleName(self.tr("Andere waarde"))
        self.edited.setMaximumHeight(110)
        self.edit_error = QLabel()
        self.edit_error.setStyleSheet("color:#b71c1c;")
        self.edit_error.setVisible(False)
        self.save_edited = QPushButton(self.tr("Deze waarde bewaren"))
        self.save_edited.clicked.connect(lambda: self._resolve(Choice.ANDERS))
        edit_layout = QVBoxLayout(self.edit_box)
        edit_layout.addWidget(self.edited)
        edit_layout.addWidget(self.edit_error)
        edit_layout.addWidget(self.save_edited, 0, Qt.AlignmentFlag.AlignLeft)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.when)
        detail_layout.addLayout(values)
        detail_layout.addLayout(choices)
        detail_layout.addWidget(self.edit_box)
        detail_layout.addStretch(1)
        self.empty = QLabel(self.tr("Er zijn geen open conflicten."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QStackedWidget()
        self.detail.addWidget(self.empty)
        self.detail.addWidget(detail)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        ctx.events.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.conflicts:
            self.reload()

    def reload(self) -> None:
        self.ctx.run(conflict_rows, on_done=self._fill)

    def _fill(self, rows: tuple[ConflictRow, ...]) -> None:
        current = self.current_id()
        self.rows = {r.conflict_id: r for r in rows}
        self.list.blockSignals(True)
        self.list.clear()
        for r in rows:
            item = QListWidgetItem(f"{r.about}\n{r.field}")
            item.setData(ID_ROLE, r.conflict_id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [r.conflict_id for r in rows]
        self.list.setCurrentRow(ids.index(current) if current in ids else 0 if ids else -1)
        self._show(self.list.currentItem())
        self.loaded.emit()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def select(self, conflict_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ID_ROLE) == conflict_id:
                self.list.setCurrentRow(i)

    def _show(self, item: QListWidgetItem | None) -> None:
        row = self.rows.get(str(item.data(ID_ROLE))) if item is not None else None
        self.edit_error.setVisible(False)
        if row is None:
            self.detail.setCurrentIndex(0)
            return
        self.detail.setCurrentIndex(1)
        self.heading.setText(f"{row.about}: {row.field}")
        self.when.setText(self.tr("Ontstaan op %1").replace("%1", date_time(row.ontstaan_op)))
        self.basis.setPlainText(row.basis)
        self.mijn.setPlainText(row.mijn)
        self.hun.setPlainText(row.hun)
        if row.deleted_in_region:
            self.keep_mine.setVisible(False)
            self.take_theirs.setText(self.tr("Verwijdering accepteren"))
        elif row.about_deletion:
            self.keep_mine.setVisible(True)
            self.keep_mine.setText(self.tr("Toch verwijderen"))
            self.take_theirs.setText(self.tr("Behouden"))
        else:
            self.keep_mine.setVisible(True)
            self.keep_mine.setText(self.tr("Mijn waarde houden"))
            self.take_theirs.setText(self.tr("Hun waarde nemen"))
        self.edit_box.setVisible(row.editable)
        self.edited.setPlainText(row.mijn_tekst)
        self.show_case.setVisible(row.casus_id is not None)

    def _resolve(self, choice: Choice) -> None:
        conflict_id = self.current_id()
        if conflict_id is None:
            return
        text = self.edited.toPlainText() if choice is Choice.ANDERS else None

        def failed(error: BaseException) -> None:
            if isinstance(error, InvalidInput):
                self.edit_error.setText(user_message(error))
                self.edit_error.setVisible(True)
            else:
                show_error(self, error)

        self.ctx.run(resolve_conflict, conflict_id, choice, text,
                     on_done=lambda changes: self._done(conflict_id, changes), on_error=failed)

    def _done(self, conflict_id: str, changes: Changes) -> None:
        self.ctx.events.notify(changes)  # reloads this list too (conflicts changed)
        self.resolved.emit(conflict_id)

    def _open_case(self) -> None:
        row = self.rows.get(self.current_id() or "")
        if row is not None and row.casus_id is not None:
            self.open_case.emit(row.casus_id)

"""Uitkomst: during or after a zitting the secretary records, per aanmelding, the advice, the
afspraken (who, what, by when) and the conclusion in words the family understands, and closes
it so it flows back to the casusregisseur and into the casus."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.tables import Action
from casedesk.domain.vocabulary import AanmeldingStatus as S
from casedesk.errors import InvalidInput, ValidationError
from casedesk.services import tables
from casedesk.services.changes import Changes
from casedesk.services.tables_dto import Planning, TableAanmelding, ZittingView
from ui.context import AppContext
from ui.i18n import label
from ui.views.tables.agenda_list import ID_ROLE
from ui.views.tables.preview import aanmelding_html
from ui.views.tables.texts import field_message, problem_text, short_day, tr
from ui.views.tables.widgets import ErrorLabel, FieldErrors, muted

DEFAULT_DUE_DAYS = 14
WITH_OUTCOME = (S.INGEPLAND, S.BESPROKEN, S.AFGEROND)


class ActionsTable(QTableWidget):
    """The afspraken of an outcome: owner, action and due date per row."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setHorizontalHeaderLabels([tr("Wie"), tr("Wat"), tr("Uiterlijk op")])
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(0, 170)
        # The date editors are cell widgets, which ResizeToContents does not measure.
        self.setColumnWidth(2, self._due_editor(date(2000, 12, 28)).sizeHint().width() + 8)
        self.setAccessibleName(tr("Afspraken"))
        self.default_due = date.today()

    @staticmethod
    def _due_editor(when: date) -> QDateEdit:
        due = QDateEdit(calendarPopup=True)
        due.setDisplayFormat("dd-MM-yyyy")
        due.setAccessibleName(tr("Uiterlijk op"))
        due.setDate(QDate(when.year, when.month, when.day))
        return due

    def set_actions(self, actions: tuple[Action, ...]) -> None:
        self.setRowCount(0)
        for action in actions:
            self.add(action)

    def add(self, action: Action | None = None) -> None:
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(action.wie if action else ""))
        self.setItem(row, 1, QTableWidgetItem(action.wat if action else ""))
        when = action.wanneer if action and action.wanneer else self.default_due
        self.setCellWidget(row, 2, self._due_editor(when))
        if action is None:
            self.setCurrentCell(row, 0)

    def actions(self) -> tuple[Action, ...]:
        out = []
        for row in range(self.rowCount()):
            who, what = self.item(row, 0), self.item(row, 1)
            due = self.cellWidget(row, 2)
            when = due.date().toPython() if isinstance(due, QDateEdit) else None
            out.append(
                Action(
                    who.text() if who else "",
                    what.text() if what else "",
                    when if isinstance(when, date) else None,
                )
            )
        return tuple(out)


class OutcomeView(QWidget):
    """Signals:
    loaded: the zitting's aanmeldingen are shown.
    saved: a ``TableAanmelding`` after its outcome was saved or it was closed.
    """

    loaded = Signal()
    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tafel_id: str | None = None
        self.zitting: ZittingView | None = None
        self.wanted_zitting: str | None = None
        self.stale = True  # reload when next shown
        self.shown: str | None = None  # the aanmelding in the form

        self.zitting_combo = QComboBox()
        self.zitting_combo.setAccessibleName(tr("Zitting"))
        self.items = QListWidget()
        self.items.setAccessibleName(tr("Aanmeldingen in deze zitting"))
        self.items.setWordWrap(True)
        self.items.setSpacing(3)
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(tr("De aanmelding"))
        self.summary.setMaximumHeight(170)
        self.advice = QPlainTextEdit()
        self.advice.setAccessibleName(tr("Advies van de tafel"))
        self.advice.setPlaceholderText(tr("Het advies van de tafel aan de casusregisseur"))
        self.conclusion = QPlainTextEdit()
        self.conclusion.setAccessibleName(tr("Conclusie voor het gezin"))
        self.conclusion.setPlaceholderText(
            tr(
                "Wat betekent het advies voor het gezin? Schrijf zoals u het aan het gezin "
                "zou vertellen: korte zinnen, geen vaktaal."
            )
        )
        self.actions = ActionsTable()
        self.add_action = QPushButton(tr("Afspraak toevoegen"))
        self.remove_action = QPushButton(tr("Afspraak weghalen"))
        self.save_button = QPushButton(tr("Opslaan"))
        self.close_button = QPushButton(tr("Afronden en terugsturen naar de casusregisseur"))
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._layout()

        self.zitting_combo.currentIndexChanged.connect(self._zitting_chosen)
        self.items.currentItemChanged.connect(self._item_chosen)
        self.add_action.clicked.connect(lambda: self.actions.add())
        self.remove_action.clicked.connect(
            lambda: self.actions.removeRow(self.actions.currentRow())
        )
        self.save_button.clicked.connect(lambda: self.save(close=False))
        self.close_button.clicked.connect(lambda: self.save(close=True))
        ctx.events.changed.connect(self._on_changed)
        self._show_item(None)

    def _layout(self) -> None:
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(tr("Zitting:")))
        ll.addWidget(self.zitting_combo)
        ll.addWidget(self.items, 1)
        form = QWidget()
        fl = QVBoxLayout(form)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.summary)
        fl.addWidget(QLabel(tr("<b>Advies</b>")))
        fl.addWidget(self.advice, 2)
        fl.addWidget(self.errors.add("advies", ErrorLabel()))
        fl.addWidget(
            QLabel(tr("<b>Conclusie voor het gezin</b> (in woorden die het gezin begrijpt)"))
        )
        fl.addWidget(self.conclusion, 1)
        fl.addWidget(self.errors.add("conclusie_gezin", ErrorLabel()))
        fl.addWidget(QLabel(tr("<b>Afspraken</b> — wie doet wat, uiterlijk wanneer")))
        fl.addWidget(self.actions, 2)
        row = QHBoxLayout()
        row.addWidget(self.add_action)
        row.addWidget(self.remove_action)
        row.addStretch(1)
        fl.addLayout(row)
        fl.addWidget(self.errors.add("afspraken", ErrorLabel()))
        fl.addWidget(self.general_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        fl.addLayout(buttons)
        self.form = form
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(form)
        split.setSizes([360, 880])
        layout = QVBoxLayout(self)
        layout.addWidget(
            muted(
                tr(
                    "Leg per aanmelding het advies en de afspraken vast. "
                    "Afronden stuurt ze naar de casus van de casusregisseur."
                )
            )
        )
        layout.addWidget(split, 1)

    # --- loading --------------------------------------------------------------------------

    def show_table(self, tafel_id: str, zitting_id: str | None = None) -> None:
        self.tafel_id = tafel_id
        self.wanted_zitting = zitting_id
        self.reload()

    def reload(self) -> None:
        if self.tafel_id is None:
            return
        self.stale = False
        self.ctx.run(
            tables.planning,
            self.tafel_id,
            on_done=self._show_sessions,
            on_error=lambda e: self._fail(e),
        )

    def _fail(self, error: BaseException) -> None:
        self.status.setText(problem_text(error))
        self.loaded.emit()

    def _show_sessions(self, planning: Planning) -> None:
        """Zittingen with something on the agenda, up to the next one; the latest that still
        has something to record comes first to hand."""
        horizon = planning.now + timedelta(days=7)
        wanted = self.wanted_zitting or (self.zitting.zitting_id if self.zitting else None)
        rows = [
            z
            for z in planning.zittingen
            if z.planned and (z.start <= horizon or z.zitting_id == wanted)
        ]
        self.zitting_combo.blockSignals(True)
        self.zitting_combo.clear()
        for z in reversed(rows):
            self.zitting_combo.addItem(f"{short_day(z.start)} ({z.planned})", z.zitting_id)
        index = self.zitting_combo.findData(wanted) if wanted else -1
        if index < 0:
            past = [i for i, z in enumerate(reversed(rows)) if z.start <= planning.now]
            index = past[0] if past else 0
        self.zitting_combo.setCurrentIndex(index)
        self.zitting_combo.blockSignals(False)
        if self.zitting_combo.count():
            self._zitting_chosen()
        else:
            self.zitting = None
            self.items.clear()
            self._show_item(None)
            self.loaded.emit()

    def _zitting_chosen(self) -> None:
        zitting_id = self.zitting_combo.currentData()
        if zitting_id is not None:
            self.ctx.run(
                tables.zitting_view,
                zitting_id,
                on_done=self._show_zitting,
                on_error=lambda e: self._fail(e),
            )

    def _show_zitting(self, view: ZittingView) -> None:
        if view.zitting_id != self.zitting_combo.currentData():
            return  # an answer for a zitting no longer chosen
        if view.zitting_id == self.wanted_zitting:
            self.wanted_zitting = None
        keep = self.current()
        self.zitting = view
        self.actions.default_due = view.start.date() + timedelta(days=DEFAULT_DUE_DAYS)
        self.items.blockSignals(True)
        self.items.clear()
        for item in view.items:
            a = item.aanmelding
            entry = QListWidgetItem(
                f"{item.begin.strftime('%H:%M')}  {a.onderwerp}\n{label(a.status)}"
            )
            entry.setData(ID_ROLE, a.aanmelding_id)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        ids = [i.aanmelding.aanmelding_id for i in view.items]
        first_open = next(
            (n for n, i in enumerate(view.items) if i.aanmelding.status is not S.AFGEROND), 0
        )
        row = ids.index(keep.aanmelding_id) if keep and keep.aanmelding_id in ids else first_open
        if ids:
            self.items.setCurrentRow(row)
        else:
            self._show_item(None)
        self.loaded.emit()

    def current(self) -> TableAanmelding | None:
        if self.zitting is None:
            return None
        item = self.items.currentItem()
        chosen = str(item.data(ID_ROLE)) if item else None
        return next(
            (i.aanmelding for i in self.zitting.items if i.aanmelding.aanmelding_id == chosen), None
        )

    def select(self, aanmelding_id: str) -> None:
        for row in range(self.items.count()):
            if self.items.item(row).data(ID_ROLE) == aanmelding_id:
                self.items.setCurrentRow(row)

    def _item_chosen(self, *_args: QListWidgetItem | None) -> None:
        self._show_item(self.current())

    def _show_item(self, a: TableAanmelding | None) -> None:
        shown = a.aanmelding_id if a else None
        if shown != self.shown:
            self.errors.clear()
            self.status.clear()
        self.shown = shown
        self.form.setEnabled(a is not None)
        if a is None:
            self.summary.setHtml(tr("<p>Kies een aanmelding.</p>"))
            self.advice.clear()
            self.conclusion.clear()
            self.actions.set_actions(())
            return
        self.summary.setHtml(aanmelding_html(a))
        self.advice.setPlainText(a.advies)
        self.conclusion.setPlainText(a.conclusie_gezin)
        self.actions.set_actions(a.afspraken)
        closed = a.status is S.AFGEROND
        for widget in (self.advice, self.conclusion):
            widget.setReadOnly(closed)
        for widget in (
            self.actions,
            self.add_action,
            self.remove_action,
            self.save_button,
            self.close_button,
        ):
            widget.setEnabled(not closed and a.status in WITH_OUTCOME)
        if closed:
            self.status.setText(
                tr("Afgerond: het advies en de afspraken gaan terug naar de casusregisseur.")
            )

    # --- saving ---------------------------------------------------------------------------

    def save(self, *, close: bool) -> None:
        a = self.current()
        if a is None:
            return
        self.ctx.run(
            tables.record_outcome,
            a.aanmelding_id,
            advies=self.advice.toPlainText(),
            conclusie_gezin=self.conclusion.toPlainText(),
            afspraken=self.actions.actions(),
            close=close,
            on_done=self._saved,
            on_error=self._refused,
            changes=Changes(tables=True),  # the casus changes on its regisseur's device
        )

    def _message(self, error: ValidationError) -> str:
        parts = error.field.split(".")
        if parts[0] == "afspraken" and len(parts) == 3:
            column = {"wie": tr("wie"), "wat": tr("wat"), "wanneer": tr("wanneer")}[parts[2]]
            return (
                tr("Afspraak %1: vul '%2' in.")
                .replace("%1", str(int(parts[1]) + 1))
                .replace("%2", column)
            )
        return field_message(error)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.errors.show(error.errors, self._message)
        else:
            self.errors.clear()
            self.general_error.show_message(problem_text(error))

    def _saved(self, a: TableAanmelding) -> None:
        self.errors.clear()
        self.status.setText(
            tr("Afgerond en teruggestuurd naar %1.").replace("%1", a.ingediend_door)
            if a.status is S.AFGEROND
            else tr("Opgeslagen.")
        )
        self.saved.emit(a)

    def _on_changed(self, changes: Changes) -> None:
        """Reload now when shown, else the next time it is shown."""
        if changes.tables:
            self.stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

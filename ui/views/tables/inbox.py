"""The tafelsecretaris's inbox of one table: read an aanmelding (only what it holds), judge it
ontvankelijk or send it back with a reason, and plan it into a coming zitting."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.vocabulary import AanmeldingStatus as S
from casedesk.errors import InvalidInput
from casedesk.services import tables
from casedesk.services.changes import Changes
from casedesk.services.tables_dto import Inbox, TableAanmelding, ZittingView
from ui.context import AppContext
from ui.i18n import label
from ui.views.tables.models import InboxColumn, inbox_model
from ui.views.tables.preview import aanmelding_html
from ui.views.tables.texts import (
    capacity_text,
    day_text,
    problem_text,
    short_day,
    tr,
)
from ui.views.tables.widgets import ErrorLabel, fit_columns, list_table, muted, resort

FILTERS = (
    (
        "Te doen: beoordelen, plannen, afronden",
        frozenset({S.INGEDIEND, S.ONTVANKELIJK, S.BESPROKEN}),
    ),
    ("Alle openstaande", tables.INBOX_STATUSES),
    ("Te beoordelen", frozenset({S.INGEDIEND})),
    ("Te plannen", frozenset({S.ONTVANKELIJK})),
    ("Ingepland", frozenset({S.INGEPLAND})),
    ("Besproken, nog af te ronden", frozenset({S.BESPROKEN})),
    ("Niet ontvankelijk", frozenset({S.NIET_ONTVANKELIJK})),
    ("Afgerond", frozenset({S.AFGEROND})),
)


class InboxView(QWidget):
    """Signals:
    loaded: the inbox of the current table is shown.
    planned: a ``ZittingView`` after an aanmelding was planned into it.
    """

    loaded = Signal()
    planned = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tafel_id: str | None = None
        self.inbox: Inbox | None = None
        self.model = inbox_model()
        self.stale = True  # reload when next shown

        self.filter = QComboBox()
        self.filter.setAccessibleName(tr("Welke aanmeldingen"))
        for text, _statuses in FILTERS:
            self.filter.addItem(tr(text))
        self.count = QLabel()
        self.table = list_table(tr("Aanmeldingen"), InboxColumn.INGEDIEND)
        self.table.setModel(self.model)
        fit_columns(
            self.table,
            {
                InboxColumn.INGEDIEND: "30-11-2026",
                InboxColumn.VRAAG: "Welke passende hulp",
                InboxColumn.INDIENER: "Saar Meijer-",
                InboxColumn.STATUS: "Ontvankelijk",
                InboxColumn.ZITTING: "di 24-11-2026",
            },
            stretch=InboxColumn.ONDERWERP,
        )
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(tr("Aanmelding"))

        self.accept_button = QPushButton(tr("Ontvankelijk"))
        self.reject_reason = QPlainTextEdit()
        self.reject_reason.setAccessibleName(tr("Reden niet ontvankelijk"))
        self.reject_reason.setPlaceholderText(
            tr("Waarom niet ontvankelijk? De indiener krijgt deze reden te zien.")
        )
        self.reject_reason.setFixedHeight(54)
        self.reject_button = QPushButton(tr("Niet ontvankelijk, terug naar indiener"))
        self.check_error = ErrorLabel()
        self.zitting_combo = QComboBox()
        self.zitting_combo.setAccessibleName(tr("Zitting"))
        self.plan_button = QPushButton(tr("Inplannen"))
        self.plan_error = ErrorLabel()
        self.plan_hint = muted()
        self.status = QLabel()
        self.status.setWordWrap(True)

        check = QGroupBox(tr("Beoordelen"))
        cl = QVBoxLayout(check)
        cl.addWidget(self.accept_button)
        cl.addWidget(self.reject_reason)
        cl.addWidget(self.reject_button)
        cl.addWidget(self.check_error)
        plan = QGroupBox(tr("Inplannen in een zitting"))
        pl = QVBoxLayout(plan)
        row = QHBoxLayout()
        row.addWidget(self.zitting_combo, 1)
        row.addWidget(self.plan_button)
        pl.addLayout(row)
        pl.addWidget(self.plan_hint)
        pl.addWidget(self.plan_error)
        self.check_box, self.plan_box = check, plan

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.detail, 1)
        rl.addWidget(check)
        rl.addWidget(plan)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([830, 410])
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Toon:")))
        top.addWidget(self.filter)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

        self.filter.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.accept_button.clicked.connect(lambda: self.check(ontvankelijk=True))
        self.reject_button.clicked.connect(lambda: self.check(ontvankelijk=False))
        self.plan_button.clicked.connect(self.plan)
        ctx.events.changed.connect(self._on_changed)
        self._selected(QModelIndex(), QModelIndex())

    def show_table(self, tafel_id: str) -> None:
        self.tafel_id = tafel_id
        self.reload()

    def reload(self) -> None:
        if self.tafel_id is None:
            return
        self.stale = False
        statuses = FILTERS[max(self.filter.currentIndex(), 0)][1]
        self.ctx.run(
            tables.inbox, self.tafel_id, statuses, on_done=self._show, on_error=self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(problem_text(error))
        self.loaded.emit()

    def _show(self, inbox: Inbox) -> None:
        current = self.current()
        self.inbox = inbox
        self.status.clear()
        self.model.reset(inbox.items)
        resort(self.table)
        self.count.setText(tr("%1 aanmelding(en)").replace("%1", str(len(inbox.items))))
        self.zitting_combo.clear()
        for z in inbox.zittingen:
            self.zitting_combo.addItem(
                f"{short_day(z.start)} — {capacity_text(z.capacity)}", z.zitting_id
            )
        first_free = next((i for i, z in enumerate(inbox.zittingen) if not z.capacity.full), 0)
        self.zitting_combo.setCurrentIndex(first_free)
        self.plan_hint.setText(
            ""
            if inbox.zittingen
            else tr("Er zijn geen komende zittingen. Maak ze aan onder 'Zittingen en agenda'.")
        )
        keep = next(
            (
                i
                for i, r in enumerate(self.model.rows())
                if current and r.aanmelding_id == current.aanmelding_id
            ),
            0 if inbox.items else None,
        )
        if keep is not None:
            self.table.selectRow(keep)
        else:
            self._selected(QModelIndex(), QModelIndex())
        self.loaded.emit()

    def current(self) -> TableAanmelding | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select(self, aanmelding_id: str) -> None:
        for i, row in enumerate(self.model.rows()):
            if row.aanmelding_id == aanmelding_id:
                self.table.selectRow(i)

    def _selected(self, index: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row(index.row()) if index.isValid() else None
        self.detail.setHtml(aanmelding_html(row) if row else "")
        self.check_error.clear_message()
        self.plan_error.clear_message()
        self.check_box.setEnabled(row is not None and row.status is S.INGEDIEND)
        self.plan_box.setEnabled(row is not None and row.status in (S.ONTVANKELIJK, S.INGEPLAND))

    def check(self, *, ontvankelijk: bool) -> None:
        row = self.current()
        if row is None:
            return
        self.ctx.run(
            tables.check_aanmelding,
            row.aanmelding_id,
            ontvankelijk=ontvankelijk,
            reden=self.reject_reason.toPlainText(),
            on_done=self._checked,
            on_error=self._check_refused,
            changes=Changes(tables=True),
        )

    def _checked(self, row: TableAanmelding) -> None:
        self.reject_reason.clear()
        self.status.setText(
            tr("%1: %2.").replace("%1", row.onderwerp).replace("%2", label(row.status).lower())
        )

    def _check_refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.check_error.show_message(
                tr("Geef een reden: de indiener moet weten wat er ontbreekt.")
            )
        else:
            self.check_error.show_message(problem_text(error))

    def plan(self) -> None:
        row, zitting_id = self.current(), self.zitting_combo.currentData()
        if row is None or zitting_id is None:
            self.plan_error.show_message(tr("Kies een zitting."))
            return
        self.ctx.run(
            tables.plan,
            row.aanmelding_id,
            zitting_id,
            on_done=self._planned,
            on_error=lambda e: self.plan_error.show_message(problem_text(e)),
            changes=Changes(tables=True),
        )

    def _planned(self, view: ZittingView) -> None:
        self.status.setText(
            tr("Ingepland op %1 (%2).")
            .replace("%1", day_text(view.start))
            .replace("%2", capacity_text(view.capacity))
        )
        self.planned.emit(view)

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

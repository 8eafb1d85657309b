"""Casussen: the case list with search and filters, pages loaded as the list scrolls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.vocabulary import Step
from casedesk.services import cases
from casedesk.services.cases import PAGE_SIZE, CaseFilter, CaseQuery, SortKey
from casedesk.services.changes import Changes
from casedesk.services.dto import CasePage
from ui.context import AppContext
from ui.i18n import label
from ui.models.case_table import CaseColumn, CaseTableModel

SEARCH_DELAY_MS = 250

FILTERS = (
    (CaseFilter.ALL, "Alle casussen"),
    (CaseFilter.MINE, "Mijn casussen"),
    (CaseFilter.EVALUATION_DUE, "Evaluatie verlopen of binnenkort"),
    (CaseFilter.TURNING_18, "Jeugdige wordt binnen een jaar 18"),
)


class CaseListView(QWidget):
    """Signals:
    case_activated: casus id, when a row is opened (Enter or double-click).
    loaded: after each first page arrives (tests and screenshots wait for it).
    counted: after the count of the whole list arrives (it may follow the first page).
    """

    case_activated = Signal(str)
    loaded = Signal()
    counted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = CaseQuery()
        self.model = CaseTableModel(self._load_page)

        self.search = QLineEdit(
            placeholderText=self.tr(
                "Zoek op naam, BSN, geboortedatum, adres of gemeente (ook buiten uw team)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Filter"))
        for value, text in FILTERS:
            self.filter.addItem(self.tr(text), value)
        self.step = QComboBox()
        self.step.setAccessibleName(self.tr("Stap"))
        self.step.addItem(self.tr("Alle stappen"), None)
        for step in Step:
            self.step.addItem(f"{step.number}. {label(step)}", step)
        self.count = QLabel()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CaseColumn.HUISHOUDEN, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Casussen"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (CaseColumn.HUISHOUDEN, 220),
            (CaseColumn.GEMEENTE, 130),
            (CaseColumn.STAP, 130),
            (CaseColumn.REGISSEUR, 170),
            (CaseColumn.REGIME, 170),
            (CaseColumn.EVALUATIE, 130),
            (CaseColumn.WORDT_18, 110),
        ):
            self.table.setColumnWidth(column, width)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.filter, 2)
        bar.addWidget(self.step, 1)
        self.actions_bar = bar  # other capabilities (bulk export) add buttons: add_list_action
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.filter.currentIndexChanged.connect(self.reload)
        self.step.currentIndexChanged.connect(self.reload)
        self.model.sort_requested.connect(self._sort)
        self.model.total_changed.connect(self._show_count)
        self.table.activated.connect(self._activate)
        ctx.events.changed.connect(self._on_changed)

    def add_list_action(self, text: str, handler: Callable[[], None]) -> QPushButton:
        """A button beside the filters for an action on the list as a whole."""
        button = QPushButton(text)
        button.clicked.connect(lambda: handler())
        self.actions_bar.addWidget(button)
        return button

    def reload(self) -> None:
        self.query = replace(
            self.query,
            text=self.search.text(),
            # Qt hands enum item data back as plain strings.
            filter=CaseFilter(self.filter.currentData()),
            step=Step(step) if (step := self.step.currentData()) else None,
        )
        query = self.query
        self.ctx.run(
            cases.list_cases,
            query,
            today=self.ctx.backend.today(),
            me=self.ctx.backend.me,
            offset=0,
            limit=PAGE_SIZE,
            count=False,  # the opening list: show its page first, count after it
            on_done=lambda page: self._first_page(query, page),
        )

    def _first_page(self, query: CaseQuery, page: CasePage) -> None:
        self.model.reset(page)
        self.loaded.emit()
        if page.counted:
            self.counted.emit()
            return
        self.ctx.run(
            cases.count_cases,
            query,
            today=self.ctx.backend.today(),
            me=self.ctx.backend.me,
            on_done=lambda total: self._count_arrived(query, total),
        )

    def _count_arrived(self, query: CaseQuery, total: int) -> None:
        if query == self.query:  # not for a list the user has since left
            self.model.set_total(total)
            self.counted.emit()

    def _load_page(self, offset: int, deliver: object) -> None:
        self.ctx.run(
            cases.list_cases,
            self.query,
            today=self.ctx.backend.today(),
            me=self.ctx.backend.me,
            offset=offset,
            limit=PAGE_SIZE,
            count=False,  # the model knows the total already (or it is on its way)
            on_done=deliver,
        )  # type: ignore[arg-type]

    def _sort(self, key: SortKey, descending: bool) -> None:
        self.query = replace(self.query, sort=key, descending=descending)
        self.reload()

    def _show_count(self, total: int) -> None:
        self.count.setText(self.tr("%n casus(sen)", "", total))

    def _activate(self, index: QModelIndex) -> None:
        self.case_activated.emit(self.model.row(index.row()).casus_id)

    def _on_changed(self, changes: Changes) -> None:
        if changes.cases or changes.households:
            self.reload()

    def selected_case(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).casus_id if rows else None

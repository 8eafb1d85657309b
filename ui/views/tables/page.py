"""The Overlegtafels page: the secretary's inbox, zittingen and outcomes of one table, the
casusregisseur's own aanmeldingen and the form to make one, and the tables' configuration."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.vocabulary import AanmeldingStatus, Role
from casedesk.services import tables
from casedesk.services.changes import Changes
from casedesk.services.tables_dto import MyAanmelding, TableInfo
from ui.context import AppContext
from ui.views.tables.config import TableConfigView
from ui.views.tables.inbox import InboxView
from ui.views.tables.mine import MyAanmeldingenView
from ui.views.tables.outcome import OutcomeView
from ui.views.tables.planning import PlanningView
from ui.views.tables.submit import AanmeldenView
from ui.views.tables.texts import tr


class Tab(IntEnum):
    INBOX = 0
    PLANNING = 1
    UITKOMST = 2
    MIJN = 3
    AANMELDEN = 4
    CONFIGURATIE = 5


SECRETARY_TABS = (Tab.INBOX, Tab.PLANNING, Tab.UITKOMST)


class TablesPage(QWidget):
    """Signals:
    tables_loaded: the list of tables is known (the table chooser is filled).
    """

    tables_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.infos: tuple[TableInfo, ...] = ()
        self.case_button: QPushButton | None = None  # "Aanmelden bij overlegtafel" on a casus
        self.receiver: QObject | None = None  # brings closed outcomes into their casus
        self.table_combo = QComboBox()
        self.table_combo.setAccessibleName(tr("Tafel"))
        self.table_combo.setMinimumWidth(320)
        self.table_label = QLabel(tr("Tafel:"))
        self.table_label.setBuddy(self.table_combo)

        self.inbox = InboxView(ctx)
        self.planning = PlanningView(ctx)
        self.outcome = OutcomeView(ctx)
        self.mine = MyAanmeldingenView(ctx)
        self.submit = AanmeldenView(ctx)
        self.config = TableConfigView(ctx)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Overlegtafels"))
        for widget, title in (
            (self.inbox, "Inbox"),
            (self.planning, "Zittingen en agenda"),
            (self.outcome, "Uitkomst"),
            (self.mine, "Mijn aanmeldingen"),
            (self.submit, "Aanmelden"),
            (self.config, "Tafelinstellingen"),
        ):
            self.tabs.addTab(widget, tr(title))

        title = QLabel(tr("Overlegtafels"))
        title.setStyleSheet("font-size:16pt;font-weight:bold;")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.table_label)
        top.addWidget(self.table_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.table_combo.currentIndexChanged.connect(self._table_chosen)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.submit.saved.connect(self._submitted)
        self.mine.edit_requested.connect(self.prepare)
        self.inbox.planned.connect(
            lambda view: self.planning.show_table(view.table.tafel_id, view.zitting_id)
        )
        ctx.events.changed.connect(self._on_changed)
        self._tab_changed(self.tabs.currentIndex())
        self.load()

    def load(self) -> None:
        """Fill the table chooser and open the tab that fits the user's role."""
        self.ctx.run(tables.list_tables, on_done=self._show_tables)
        self.ctx.run(tables.my_roles, on_done=self._show_roles)

    def _show_tables(self, infos: tuple[TableInfo, ...]) -> None:
        current = self.table_combo.currentData()
        self.infos = infos
        self.table_combo.blockSignals(True)
        self.table_combo.clear()
        for info in infos:
            self.table_combo.addItem(f"{info.naam} ({info.definition.code})", info.tafel_id)
        self.table_combo.setCurrentIndex(max(self.table_combo.findData(current), 0))
        self.table_combo.blockSignals(False)
        if self.table_combo.currentData() != current:
            self._table_chosen()
        self.tables_loaded.emit()

    def _show_roles(self, roles: frozenset[Role]) -> None:
        self.tabs.setCurrentIndex(Tab.INBOX if Role.TAFELSECRETARIS in roles else Tab.MIJN)

    def choose_table(self, tafel_id: str) -> None:
        self.table_combo.setCurrentIndex(max(self.table_combo.findData(tafel_id), 0))

    def _table_chosen(self) -> None:
        tafel_id = self.table_combo.currentData()
        if tafel_id is None:
            return
        self.inbox.show_table(tafel_id)
        self.planning.show_table(tafel_id)
        self.outcome.show_table(tafel_id)

    def _tab_changed(self, index: int) -> None:
        secretary = index in SECRETARY_TABS
        self.table_combo.setVisible(secretary)
        self.table_label.setVisible(secretary)

    def show_tab(self, tab: Tab) -> None:
        self.tabs.setCurrentIndex(tab)

    def prepare(self, casus_id: str, aanmelding_id: str | None = None) -> None:
        """Open the aanmelding form for a casus (or to continue one of its aanmeldingen)."""
        self.show_tab(Tab.AANMELDEN)
        self.submit.prepare(casus_id, aanmelding_id)

    def _submitted(self, result: MyAanmelding) -> None:
        if result.status is AanmeldingStatus.INGEDIEND:
            self.show_tab(Tab.MIJN)
            self.mine.wanted = result.aanmelding_id

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables:
            self.ctx.run(tables.list_tables, on_done=self._show_tables)

"""18+: every young person from 16 on the way to 18 (and 21/23), for my cases or a team.

Two views of the same rows: the painted timeline and a sortable list (the accessible
alternative). A row opens the young person's toekomstplan, or starts one.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.transition18 import URGENCY, TimelinePhase
from casedesk.domain.vocabulary import Plan18Status
from casedesk.services import reference
from casedesk.services import transition18 as t18
from casedesk.services.changes import Changes
from ui.context import AppContext
from ui.i18n import label
from ui.views.transition18.settings_dialog import GemeenteSettingsDialog
from ui.views.transition18.style import PHASE_COLOURS, STATUS_COLOURS, tr
from ui.views.transition18.timeline_chart import TimelineChart
from ui.views.transition18.timeline_model import (
    ROW_ROLE,
    SORT_ROLE,
    TimelineColumn,
    TimelineTableModel,
)

MINE = "mine"
REGION = "region"
TEAM_PREFIX = "team:"


class TimelineView(QWidget):
    """Signals:
    loaded: after a timeline has arrived and is shown.
    open_requested: the ``TimelineRow`` whose toekomstplan to open (or start).
    """

    loaded = Signal()
    open_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timeline: t18.Timeline | None = None
        self.shown: tuple[t18.TimelineRow, ...] = ()

        self.scope = QComboBox()
        self.scope.setAccessibleName(tr("Welke jongeren"))
        self.scope.addItem(tr("Mijn casussen"), MINE)
        self.scope.setMinimumWidth(260)
        self.phase = QComboBox()
        self.phase.setAccessibleName(tr("Fase"))
        self.phase.addItem(tr("Alle fasen"), "")
        for phase in sorted(TimelinePhase, key=URGENCY.__getitem__):
            self.phase.addItem(label(phase), phase.value)
        self.search = QLineEdit(placeholderText=tr("Zoek op naam of huishouden"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Zoek jongere"))
        self.open_button = QPushButton(tr("Toekomstplan openen"))
        self.open_button.clicked.connect(self.open_current)
        self.settings_button = QPushButton(tr("Instellingen per gemeente…"))
        self.settings_button.clicked.connect(self.edit_settings)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.legend = QLabel(self._legend_html())
        self.legend.setWordWrap(True)

        self.chart = TimelineChart()
        self.model = TimelineTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(tr("Jongeren op weg naar 18, als lijst"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        # Most urgent first, as on the chart (the sort is stable, so ties keep their order).
        self.table.sortByColumn(TimelineColumn.FASE, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (TimelineColumn.NAAM, 200),
            (TimelineColumn.LEEFTIJD, 70),
            (TimelineColumn.WORDT_18, 100),
            (TimelineColumn.PLAN, 190),
            (TimelineColumn.FASE, 170),
            (TimelineColumn.CHECKLIST, 160),
            (TimelineColumn.VASTGELOPEN, 130),
            (TimelineColumn.HUISHOUDEN, 180),
            (TimelineColumn.REGISSEUR, 170),
        ):
            self.table.setColumnWidth(column, width)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.chart, tr("Tijdlijn"))
        self.tabs.addTab(self.table, tr("Lijst"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Toon:")))
        bar.addWidget(self.scope)
        bar.addWidget(self.phase)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.settings_button)
        title = QLabel(tr("Op weg naar 18: toekomstplannen"))
        title.setStyleSheet("font-size:16pt;font-weight:bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.legend)
        layout.addWidget(self.tabs, 1)

        self.scope.currentIndexChanged.connect(self.reload)
        self.phase.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(self._apply_filter)
        self.chart.activated.connect(self._open_chart_row)
        self.chart.current_changed.connect(self._update_open_button)
        self.table.activated.connect(self._open_table_row)
        self.table.selectionModel().selectionChanged.connect(self._update_open_button)
        self.tabs.currentChanged.connect(self._update_open_button)
        ctx.events.changed.connect(self._on_changed)
        ctx.run(reference.teams, on_done=self._add_teams)

    # --- loading ------------------------------------------------------------------------

    def _add_teams(self, teams: list[tuple[str, str]]) -> None:
        blocked = self.scope.blockSignals(True)
        self.scope.insertSeparator(self.scope.count())
        for team_id, naam in teams:
            self.scope.addItem(tr("Team %1").replace("%1", naam), TEAM_PREFIX + team_id)
        self.scope.insertSeparator(self.scope.count())
        self.scope.addItem(tr("Hele regio"), REGION)
        self.scope.blockSignals(blocked)

    def query(self) -> t18.TimelineQuery:
        key = str(self.scope.currentData() or MINE)
        if key.startswith(TEAM_PREFIX):
            return t18.TimelineQuery(t18.Scope.TEAM, key.removeprefix(TEAM_PREFIX))
        return t18.TimelineQuery(t18.Scope.REGION if key == REGION else t18.Scope.MINE)

    def select_scope(self, key: str) -> None:
        """Choose ``mine``, ``region`` or ``team:<id>`` (as the selector does)."""
        self.scope.setCurrentIndex(self.scope.findData(key))

    def reload(self) -> None:
        self.ctx.run(
            t18.timeline,
            self.query(),
            today=self.ctx.backend.today(),
            me=self.ctx.backend.me,
            on_done=self._show,
        )

    def _show(self, timeline: t18.Timeline) -> None:
        self.timeline = timeline
        self._apply_filter()
        self.loaded.emit()

    def _apply_filter(self) -> None:
        if self.timeline is None:
            return
        phase = self.phase.currentData()
        needle = self.search.text().strip().lower()
        rows = tuple(
            r
            for r in self.timeline.rows
            if (not phase or r.phase.value == phase)
            and (not needle or needle in r.naam.lower() or needle in r.huishouden.lower())
        )
        self.shown = rows
        self.chart.set_rows(rows, self.timeline.today)
        self.model.reset(rows)
        if rows:
            self.table.selectRow(0)  # a start for the keyboard, as on the chart
        self.summary.setText(self._summary(self.timeline, len(rows)))
        self._update_open_button()

    def _summary(self, timeline: t18.Timeline, shown: int) -> str:
        total = len(timeline.rows)
        parts = [tr("<b>%1 jongeren</b>").replace("%1", str(total))]
        for phase, count in timeline.counts:
            colour = PHASE_COLOURS[phase].name()
            parts.append(
                f"<span style='color:{colour}'><b>{count}</b> {label(phase).lower()}</span>"
            )
        text = " · ".join(parts)
        if shown != total:
            text += tr(" — %1 getoond").replace("%1", str(shown))
        return text

    @staticmethod
    def _legend_html() -> str:
        chips = " &nbsp; ".join(
            f"<span style='color:{STATUS_COLOURS[s].name()}'>■</span> {label(s)}"
            for s in Plan18Status
        )
        return (
            f"<span style='color:#5f6368'>{tr('Balk: toekomstplan')}</span> &nbsp; {chips}"
            f" &nbsp; ▭ {tr('gestreept: verlengde jeugdhulp')} &nbsp; ● {tr('overdracht')}"
            f" &nbsp; ◆ {tr('vandaag (kleur = fase)')} &nbsp; ┃ {tr('18e verjaardag')}"
        )

    def _on_changed(self, changes: Changes) -> None:
        if self.timeline is not None and (
            changes.transition18 or changes.cases or changes.households
        ):
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.timeline is None:  # loaded when first looked at, not at start-up
            self.reload()

    # --- opening ------------------------------------------------------------------------

    def current_row(self) -> t18.TimelineRow | None:
        if self.tabs.currentWidget() is self.table:
            rows = self.table.selectionModel().selectedRows()
            return self.proxy.data(rows[0], ROW_ROLE) if rows else None
        index = self.chart.current
        return self.shown[index] if 0 <= index < len(self.shown) else None

    def _update_open_button(self) -> None:
        row = self.current_row()
        self.open_button.setEnabled(row is not None)
        self.open_button.setText(
            tr("Toekomstplan starten")
            if row is not None and row.plan_id is None
            else tr("Toekomstplan openen")
        )

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_requested.emit(row)

    def _open_chart_row(self, index: int) -> None:
        self.open_requested.emit(self.shown[index])

    def _open_table_row(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.proxy.data(index, ROW_ROLE))

    def edit_settings(self) -> None:
        dialog = GemeenteSettingsDialog(self.ctx, self)
        dialog.open()

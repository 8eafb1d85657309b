"""Werkoverzicht, the home screen: my cases by step, what is due, who turns 18, what changed.

Every list item opens its casus (``case_requested``); a bar of the step chart opens the case
list on my cases in that step (``step_requested``). The view reloads after any change that can
touch it, and only while it is shown (otherwise when it is shown next).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.evaluation import EvaluationState
from casedesk.domain.vocabulary import Step
from casedesk.services import overview
from casedesk.services.cases import CaseFilter
from casedesk.services.changes import Changes
from casedesk.services.overview import (
    AfspraakDue,
    EvaluationDue,
    RecentChange,
    Turning18,
    WorkOverview,
)
from ui.context import AppContext
from ui.formatting import date_time, long_date, short_date
from ui.i18n import label, tr
from ui.main_window import MainWindow
from ui.models.case_table import EVALUATION_COLOURS
from ui.models.dto_table import ROW_ROLE, Column, DtoTableModel
from ui.views.bar_chart import Bar, BarChart

STEP_COLOURS = {
    Step.VRAAGANALYSE: QColor("#8fb8d6"),
    Step.RESULTAAT: QColor("#5a95c0"),
    Step.MIDDELEN: QColor("#2f74a6"),
    Step.TOETSING: QColor("#1f4f74"),
}
EVALUATION_BARS = (
    (EvaluationState.OVERDUE, QT_TR_NOOP("Verlopen"), QColor("#b3261e")),
    (
        EvaluationState.DUE_SOON,
        QT_TR_NOOP("Binnen twee weken"),
        QColor("#c77700"),
    ),
    (EvaluationState.PLANNED, QT_TR_NOOP("Later gepland"), QColor("#2f74a6")),
    (EvaluationState.NONE, QT_TR_NOOP("Niet gepland"), QColor("#9e9e9e")),
)
AFSPRAAK_SOURCES = {
    "plan": QT_TR_NOOP("Gezinsplan"),
    "tafel": QT_TR_NOOP("Overlegtafel"),
    "plan18": QT_TR_NOOP("18+-plan"),
}
EVALUATION_STATES = {
    EvaluationState.OVERDUE: QT_TR_NOOP("Verlopen"),
    EvaluationState.DUE_SOON: QT_TR_NOOP("Binnenkort"),
    EvaluationState.PLANNED: QT_TR_NOOP("Gepland"),
    EvaluationState.NONE: QT_TR_NOOP("Niet gepland"),
}
# What a recent change was: audited actions by code, saved records by table.
AUDIT_ACTIONS = {
    "create": QT_TR_NOOP("Casus geopend"),
    "step": QT_TR_NOOP("Stap afgerond of bijgesteld"),
    "reopen": QT_TR_NOOP("Casus heropend"),
    "regime": QT_TR_NOOP("Regie gewijzigd"),
    "vt-afspraken": QT_TR_NOOP("Veilig Thuis-afspraken vastgelegd"),
    "regisseur": QT_TR_NOOP("Casusregisseur gewijzigd"),
    "contribution": QT_TR_NOOP("Bijdrage toegevoegd"),
    "export": QT_TR_NOOP("Document gemaakt"),
    "plan-edit": QT_TR_NOOP("Gezinsplan bewerkt"),
    "plan-agree": QT_TR_NOOP("Gezinsplan akkoord"),
}
SAVED_RECORDS = {
    "casus": QT_TR_NOOP("Casus bijgewerkt"),
    "afspraak": QT_TR_NOOP("Afspraak bijgewerkt"),
    "doel": QT_TR_NOOP("Doel bijgewerkt"),
    "middel": QT_TR_NOOP("Hulp bijgewerkt"),
    "observatie": QT_TR_NOOP("Zorgen en krachten bijgewerkt"),
    "eigen_woorden": QT_TR_NOOP("Eigen woorden bijgewerkt"),
    "toetsing": QT_TR_NOOP("Toetsing vastgelegd"),
    "plan_versie": QT_TR_NOOP("Gezinsplan akkoord"),
    "bijdrage": QT_TR_NOOP("Bijdrage toegevoegd"),
    "toestemming": QT_TR_NOOP("Toestemming bijgewerkt"),
    "plan18": QT_TR_NOOP("18+-plan bijgewerkt"),
    "huishouden": QT_TR_NOOP("Huishouden bijgewerkt"),
    "persoon": QT_TR_NOOP("Gezinsleden bijgewerkt"),
    "netwerk_contact": QT_TR_NOOP("Netwerk bijgewerkt"),
}


def change_text(change: RecentChange) -> str:
    table = AUDIT_ACTIONS if change.bron == "audit" else SAVED_RECORDS
    return tr(table.get(change.code, QT_TR_NOOP("Gewijzigd")))


class EvaluationColumn(IntEnum):
    DATUM = 0
    HUISHOUDEN = 1
    STAP = 2
    STAAT = 3


class AfspraakColumn(IntEnum):
    WANNEER = 0
    HUISHOUDEN = 1
    WIE = 2
    BRON = 3
    WAT = 4  # last: it takes the room that is left


class Turning18Column(IntEnum):
    DATUM = 0
    NAAM = 1
    HUISHOUDEN = 2
    PLAN = 3


class RecentColumn(IntEnum):
    WANNEER = 0
    HUISHOUDEN = 1
    WAT = 2
    DOOR = 3


EVALUATION_COLUMNS: dict[IntEnum, Column[EvaluationDue]] = {
    EvaluationColumn.DATUM: Column(
        QT_TR_NOOP("Evaluatie"),
        lambda e: short_date(e.datum),
        lambda e: e.datum.toordinal(),
        lambda e: EVALUATION_COLOURS.get(e.state),
    ),
    EvaluationColumn.HUISHOUDEN: Column(QT_TR_NOOP("Huishouden"), lambda e: e.huishouden),
    EvaluationColumn.STAP: Column(
        QT_TR_NOOP("Stap"),
        lambda e: f"{e.stap.number}. {label(e.stap)}",
        lambda e: e.stap.number,
    ),
    EvaluationColumn.STAAT: Column(
        QT_TR_NOOP("Staat"),
        lambda e: tr(EVALUATION_STATES[e.state]),
        colour=lambda e: EVALUATION_COLOURS.get(e.state),
    ),
}
AFSPRAAK_COLUMNS: dict[IntEnum, Column[AfspraakDue]] = {
    AfspraakColumn.WANNEER: Column(
        QT_TR_NOOP("Wanneer"),
        lambda a: short_date(a.wanneer),
        lambda a: a.wanneer.toordinal(),
        lambda a: EVALUATION_COLOURS[EvaluationState.OVERDUE] if a.te_laat else None,
    ),
    AfspraakColumn.HUISHOUDEN: Column(QT_TR_NOOP("Huishouden"), lambda a: a.huishouden),
    AfspraakColumn.WIE: Column(QT_TR_NOOP("Wie"), lambda a: a.wie),
    AfspraakColumn.WAT: Column(QT_TR_NOOP("Wat"), lambda a: a.wat),
    AfspraakColumn.BRON: Column(
        QT_TR_NOOP("Uit"),
        lambda a: tr(AFSPRAAK_SOURCES.get(a.bron, a.bron)),
    ),
}
TURNING_18_COLUMNS: dict[IntEnum, Column[Turning18]] = {
    Turning18Column.DATUM: Column(
        QT_TR_NOOP("Wordt 18 op"),
        lambda t: short_date(t.wordt_18_op),
        lambda t: t.wordt_18_op.toordinal(),
    ),
    Turning18Column.NAAM: Column(QT_TR_NOOP("Naam"), lambda t: t.naam),
    Turning18Column.HUISHOUDEN: Column(QT_TR_NOOP("Huishouden"), lambda t: t.huishouden),
    Turning18Column.PLAN: Column(
        QT_TR_NOOP("18+-plan"),
        lambda t: label(t.plan18) if t.plan18 else tr("Nog niet gestart"),
        colour=lambda t: None if t.plan18 else EVALUATION_COLOURS[EvaluationState.DUE_SOON],
    ),
}
RECENT_COLUMNS: dict[IntEnum, Column[RecentChange]] = {
    RecentColumn.WANNEER: Column(
        QT_TR_NOOP("Wanneer"),
        lambda c: date_time(c.op),
        lambda c: c.op.isoformat(),
    ),
    RecentColumn.HUISHOUDEN: Column(QT_TR_NOOP("Huishouden"), lambda c: c.huishouden),
    RecentColumn.WAT: Column(QT_TR_NOOP("Wat"), change_text),
    RecentColumn.DOOR: Column(QT_TR_NOOP("Door"), lambda c: c.door or "—"),
}


class CasePanel(QGroupBox):
    """A titled list of items that each belong to a casus; Enter or a double-click opens it."""

    def __init__(self, title: str, empty: str, model: DtoTableModel[Any]) -> None:
        super().__init__()
        self._title = title
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next panel
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(title)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(40)  # widths from the first rows, not all 200
        self.empty = QLabel(empty)
        self.empty.setStyleSheet("color:#666666;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.set_count(0, 0)

    def show_rows(self, rows: Sequence[Any], total: int) -> None:
        self.model.reset(rows)
        self.table.resizeColumnsToContents()  # once per load, not on every repaint
        self.set_count(len(rows), total)

    def set_count(self, shown: int, total: int) -> None:
        count = (
            f"{shown}"
            if shown == total
            else tr("%1 van %2").replace("%1", str(shown)).replace("%2", str(total))
        )
        self.setTitle(f"{self._title} ({count})")
        self.empty.setVisible(total == 0)


class OverviewView(QWidget):
    """Signals:
    case_requested: a casus id, when an item is opened.
    step_requested: a ``Step``, when a bar of the step chart is chosen.
    registration_requested: the "Nieuwe aanmelding" button.
    loaded: after the overview has been (re)filled.
    """

    case_requested = Signal(str)
    step_requested = Signal(object)
    registration_requested = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: WorkOverview | None = None
        self._stale = True

        self.heading = QLabel(self.tr("Werkoverzicht"))
        self.heading.setStyleSheet("font-size:18pt;font-weight:bold;")
        self.today = QLabel()
        self.today.setStyleSheet("color:#555555;")
        self.new_registration = QPushButton(self.tr("Nieuwe aanmelding…"))
        self.new_registration.setToolTip(self.tr("Een huishouden aanmelden (Ctrl+N)"))
        self.new_registration.clicked.connect(self.registration_requested)

        self.steps = BarChart(self.tr("Mijn casussen per stap"))
        self.steps.setToolTip(self.tr("Kies een stap om die casussen in de lijst te zien"))
        self.steps_summary = QLabel()
        self.evaluation_chart = BarChart(self.tr("Evaluaties van mijn casussen"))
        self.evaluation_chart.setToolTip(self.tr("Kies een balk om de lijst te openen"))

        self.evaluations = CasePanel(
            self.tr("Evaluaties verlopen of binnenkort"),
            self.tr("Geen evaluaties die verlopen zijn of binnen twee weken vallen."),
            DtoTableModel(EVALUATION_COLUMNS),
        )
        self.afspraken = CasePanel(
            self.tr("Afspraken verlopen of binnenkort"),
            self.tr("Geen open afspraken in de komende twee weken."),
            DtoTableModel(AFSPRAAK_COLUMNS),
        )
        self.turning_18 = CasePanel(
            self.tr("Wordt binnen een jaar 18"),
            self.tr("Niemand in uw casussen wordt het komende jaar 18."),
            DtoTableModel(TURNING_18_COLUMNS),
        )
        self.recent = CasePanel(
            self.tr("Recente wijzigingen"),
            self.tr("Geen wijzigingen in de afgelopen dertig dagen."),
            DtoTableModel(RECENT_COLUMNS),
        )
        self.panels = (self.evaluations, self.afspraken, self.turning_18, self.recent)

        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addSpacing(16)
        head.addWidget(self.today, 1, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.new_registration)

        steps_box = QGroupBox(self.tr("Mijn casussen per stap"))
        sb = QVBoxLayout(steps_box)
        sb.addWidget(self.steps)
        sb.addWidget(self.steps_summary)
        evaluation_box = QGroupBox(self.tr("Evaluaties van mijn casussen"))
        eb = QVBoxLayout(evaluation_box)
        eb.addWidget(self.evaluation_chart)
        eb.addStretch(1)
        self.chart_boxes = (steps_box, evaluation_box)
        charts = QHBoxLayout()
        charts.addWidget(steps_box, 1)
        charts.addWidget(evaluation_box, 1)

        grid = QGridLayout()
        grid.addWidget(self.evaluations, 0, 0)
        grid.addWidget(self.afspraken, 0, 1)
        grid.addWidget(self.turning_18, 1, 0)
        grid.addWidget(self.recent, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(charts)
        layout.addLayout(grid, 1)

        for panel in self.panels:
            panel.table.activated.connect(lambda index, p=panel: self._open(p.model, index))
        self.steps.activated.connect(self._step_chosen)
        self.evaluation_chart.activated.connect(self._evaluation_chosen)
        QWidget.setTabOrder(self.new_registration, self.steps)
        QWidget.setTabOrder(self.steps, self.evaluation_chart)
        previous: QWidget = self.evaluation_chart
        for panel in self.panels:
            QWidget.setTabOrder(previous, panel.table)
            previous = panel.table
        ctx.events.changed.connect(self._on_changed)

    def reload(self) -> None:
        self._stale = False
        self.ctx.run(
            overview.work_overview,
            today=self.ctx.backend.today(),
            me=self.ctx.backend.me,
            on_done=self._show,
        )

    def _show(self, data: WorkOverview) -> None:
        self.data = data
        self.today.setText(long_date(data.today))
        self.steps.set_bars(
            [
                Bar(f"{c.step.number}. {label(c.step)}", c.count, STEP_COLOURS[c.step])
                for c in data.steps
            ]
        )
        if data.my_cases == 1:
            summary = self.tr("1 casus in totaal")
        else:
            summary = self.tr("%1 casussen in totaal").replace("%1", str(data.my_cases))
        if data.waakvlam:
            summary += self.tr(", waarvan %1 op waakvlam").replace("%1", str(data.waakvlam))
        self.steps_summary.setText(summary)
        counts = dict(data.evaluation_counts)
        self.evaluation_chart.set_bars(
            [Bar(tr(text), counts.get(state, 0), colour) for state, text, colour in EVALUATION_BARS]
        )
        counts_due = counts[EvaluationState.OVERDUE] + counts[EvaluationState.DUE_SOON]
        self.evaluations.show_rows(data.evaluations, counts_due)
        self.afspraken.show_rows(data.afspraken, data.afspraken_total)
        self.turning_18.show_rows(data.turning_18, len(data.turning_18))
        self.recent.show_rows(data.recent, len(data.recent))
        # The charts changed height: lay out now (inside out), not a few frames later.
        for box in self.chart_boxes:
            box.layout().activate()
        self.layout().activate()
        self.loaded.emit()

    def _open(self, model: DtoTableModel[Any], index: QModelIndex) -> None:
        row = model.data(model.index(index.row(), 0), ROW_ROLE)
        if row is not None:
            self.case_requested.emit(row.casus_id)

    def _step_chosen(self, index: int) -> None:
        self.step_requested.emit(list(Step)[index])

    def _evaluation_chosen(self, _index: int) -> None:
        self.evaluations.table.setFocus()
        if self.evaluations.model.rowCount():
            self.evaluations.table.selectRow(0)

    def _on_changed(self, changes: Changes) -> None:
        if (
            changes.cases
            or changes.households
            or changes.plans
            or changes.tables
            or (changes.transition18)
        ):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()


def install_overview(window: MainWindow, ctx: AppContext) -> OverviewView:
    """Add the werkoverzicht as a page and connect it to the rest of the window."""
    view = OverviewView(ctx)
    window.overview = view  # type: ignore[attr-defined]
    window.add_page("overview", tr("Werkoverzicht"), view)

    def open_case(casus_id: str) -> None:
        window.show_page("cases")
        window.cases.open_case(casus_id)

    def my_cases_in(step: Step) -> None:
        window.show_page("cases")
        window.cases.show_list()
        cases = window.cases.list
        for combo, value in ((cases.filter, CaseFilter.MINE), (cases.step, step)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        cases.reload()

    view.case_requested.connect(open_case)
    view.step_requested.connect(my_cases_in)
    view.registration_requested.connect(lambda: window.show_page("registration"))
    return view

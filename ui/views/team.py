"""The teamleider's page: how many cases of the team are in each step and status, and how
many evaluations are overdue. Numbers only; no household, no person, no file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from casedesk.services import access
from casedesk.services.changes import Changes
from ui.context import AppContext
from ui.i18n import label

PAGE_KEY = "team"


class TeamCountsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel()
        self.title.setStyleSheet("font-size:16pt;font-weight:bold;")
        self.steps = QFormLayout()
        self.statuses = QFormLayout()
        self.late = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(QLabel(self.tr("<b>Lopende casussen per stap</b>")))
        layout.addLayout(self.steps)
        layout.addWidget(QLabel(self.tr("<b>Casussen per status</b>")))
        layout.addLayout(self.statuses)
        layout.addWidget(self.late)
        note = QLabel(self.tr("Als teamleider ziet u aantallen, geen dossiers."))
        note.setStyleSheet("color:#555555;")
        layout.addWidget(note)
        layout.addStretch(1)
        ctx.events.changed.connect(self._changed)

    def reload(self) -> None:
        self.ctx.run(access.team_counts, on_done=self.show_counts)

    def _changed(self, changes: Changes) -> None:
        if changes.cases:
            self.reload()

    def show_counts(self, counts: access.TeamCounts) -> None:
        self.title.setText(self.tr("Team %1").replace("%1", counts.team))
        for form, rows in ((self.steps, counts.per_stap), (self.statuses, counts.per_status)):
            while form.rowCount():
                form.removeRow(0)
            for key, n in rows:
                form.addRow(label(key) + ":", QLabel(str(n)))
        self.late.setText(self.tr("Evaluatie te laat: %1 van %2 lopende casussen").replace(
            "%1", str(counts.evaluatie_te_laat)).replace("%2", str(counts.totaal_open)))


def install_team(window: object, ctx: AppContext) -> TeamCountsView:
    view = TeamCountsView(ctx)
    window.add_page(PAGE_KEY, QCoreApplication.translate("TeamCountsView", "Team"), view)
    view.reload()
    return view

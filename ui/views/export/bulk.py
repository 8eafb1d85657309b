"""Every agreed gezinsplan of a team into one folder, with a progress bar and a way to stop.

The documents are built and audited in one unit of work on the database worker
(``team_plan_documents``); rendering and writing (``export_all``) run on the export thread and
report each file to a ``QProgressDialog``. Cancelling stops before the next file; the files
already written stay and the summary says how far it got.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.export.bulk import export_all
from casedesk.services.documents import BulkPlans, ExportTeams, export_teams, team_plan_documents
from ui.context import AppContext
from ui.views.export.background import Background, Cancelled, Report
from ui.views.export.dialog import default_folder
from ui.views.export.password import PasswordFields
from ui.views.export.texts import export_problem


class BulkExportDialog(QDialog):
    """Signals:
    finished_export: (files written, total planned, cancelled) once the run ended.
    failed: the Dutch message of a failure (also shown in the dialog).
    """

    finished_export = Signal(int, int, bool)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Vastgestelde gezinsplannen exporteren"))
        self.job: Background | None = None
        self.progress: QProgressDialog | None = None
        self.written: list[Path] = []

        self.team = QComboBox()
        self.team.setAccessibleName(self.tr("Team"))
        self.professional = QRadioButton(self.tr("Versie voor professionals"))
        self.family = QRadioButton(self.tr("Versie voor het gezin (eenvoudige taal)"))
        self.professional.setChecked(True)
        versions = QButtonGroup(self)
        versions.addButton(self.professional)
        versions.addButton(self.family)
        self.folder = QLineEdit(str(default_folder()))
        self.folder.setAccessibleName(self.tr("Map"))
        self.folder_error = QLabel()
        self.folder_error.setStyleSheet("color:#b00020;")
        self.folder_error.setWordWrap(True)
        self.folder_error.hide()
        choose = QPushButton(self.tr("Kies map…"))
        self.password = PasswordFields()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Exporteren"))
        self.export_button.setDefault(True)
        self.export_button.setEnabled(False)  # until the teams are known
        close = QPushButton(self.tr("Sluiten"))

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        folder_box = QVBoxLayout()
        folder_box.addLayout(folder_row)
        folder_box.addWidget(self.folder_error)
        kind_box = QVBoxLayout()
        kind_box.addWidget(self.professional)
        kind_box.addWidget(self.family)
        form = QFormLayout()
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Uitvoering"), kind_box)
        form.addRow(self.tr("Naar map"), folder_box)
        explain = QLabel(self.tr(
            "Van elke lopende casus van het team de laatst vastgestelde versie van het "
            "gezinsplan, één PDF per gezin. Casussen zonder vastgesteld plan worden "
            "overgeslagen. Elke export wordt in het logboek vastgelegd."))
        explain.setWordWrap(True)
        explain.setStyleSheet("color:#5f6368;")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.password)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(620, 420)

        choose.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.start)
        close.clicked.connect(self.reject)
        ctx.run(export_teams, on_done=self._show_teams)

    def _show_teams(self, teams: ExportTeams) -> None:
        self.team.clear()
        self.team.addItems(list(teams.teams))
        if teams.mine is not None:
            self.team.setCurrentText(teams.mine)
        self.export_button.setEnabled(bool(teams.teams))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Kies de map voor de PDF's"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    # --- the run --------------------------------------------------------------------------

    def start(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        self.folder_error.hide()
        if not self.folder.text().strip() or not folder.is_dir():
            self.folder_error.setText(self.tr("Deze map bestaat niet. Kies een bestaande map."))
            self.folder_error.show()
            self.folder.setFocus()
            return
        if not self.password.validate():
            return
        self.export_button.setEnabled(False)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("De plannen worden opgezocht…"))
        self.ctx.run(team_plan_documents, self.team.currentText(),
                     today=self.ctx.backend.today(), family=self.family.isChecked(),
                     on_done=lambda batch: self._write(batch, folder), on_error=self._failed)

    def _write(self, batch: BulkPlans, folder: Path) -> None:
        total = len(batch.plans)
        if total == 0:
            self._done(folder, [], 0, batch, cancelled=False)
            return
        password = self.password.password()
        progress = QProgressDialog(self.tr("Gezinsplannen exporteren…"), self.tr("Annuleren"),
                                   0, total, self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)  # closed by the end of the run, not by the last value
        progress.setAutoReset(False)
        progress.setValue(0)
        self.progress = progress

        def work(report: Report, cancelled: Cancelled) -> list[Path]:
            return export_all(batch.plans, folder, password=password, progress=report,
                              cancelled=cancelled)

        job = Background(work)
        self.job = job
        job.progress.connect(self._advance)
        job.succeeded.connect(lambda written: self._done(folder, written, total, batch,
                                                         cancelled=job.cancelled))
        job.failed.connect(self._failed)
        progress.canceled.connect(job.cancel)
        job.start()

    def _advance(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(done)
            self.progress.setLabelText(
                self.tr("Gezinsplan %1 van %2 opgeslagen…").replace("%1", str(done))
                .replace("%2", str(total)))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect()
            self.progress.close()

    def _done(self, folder: Path, written: list[Path], total: int, batch: BulkPlans,
              *, cancelled: bool) -> None:
        self._close_progress()
        self.written = written
        self.export_button.setEnabled(True)
        if total == 0:
            text = self.tr("Dit team heeft geen lopende casussen met een vastgesteld gezinsplan.")
        elif cancelled:
            text = self.tr("Gestopt: %1 van %2 gezinsplannen opgeslagen in %3.")
        else:
            text = self.tr("Klaar: %1 gezinsplannen opgeslagen in %3.")
        text = (text.replace("%1", str(len(written))).replace("%2", str(total))
                .replace("%3", str(folder)))
        if batch.unreadable:
            text += " " + self.tr("%1 plan(nen) konden niet worden gelezen (gemaakt met een "
                                  "nieuwere versie van casedesk) en zijn overgeslagen.").replace(
                "%1", str(len(batch.unreadable)))
        self.summary.setStyleSheet("color:#1e6b34;" if not cancelled else "")
        self.summary.setText(text)
        self.finished_export.emit(len(written), total, cancelled)

    def _failed(self, error: BaseException) -> None:
        self._close_progress()
        self.export_button.setEnabled(True)
        message = export_problem(error)
        self.summary.setStyleSheet("color:#b00020;")
        self.summary.setText(self.tr("De export is mislukt. %1").replace("%1", message))
        self.failed.emit(message)

"""One dialog for exporting any single document: choose the version, look at the real pages,
optionally set a password, choose where to save.

The document is built by the services on the database worker (a preview is audited as a read,
the export as an export); rendering, rasterising and writing run on a thread of their own
(``background``), so the window never freezes. The written file is the export's own render,
not the preview's bytes: what the audit log records is what was written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.errors import InvalidInput
from casedesk.export import pages
from casedesk.export.documents import Document
from casedesk.export.render import export_pdf, render
from casedesk.services.documents import (
    ExportKind,
    PlanChoice,
    export_document,
    preview_document,
)
from casedesk.services.sharing import (
    RECIPIENT_KINDS,
    RecipientConsents,
    export_for_recipient,
    recipient_consents,
)
from ui.context import AppContext
from ui.views.export.background import Background, run_in_background
from ui.views.export.password import PasswordFields
from ui.views.export.preview import PdfPreview
from ui.views.export.recipient import RecipientBox
from ui.views.export.texts import default_file_name, export_problem

PREVIEW_DPI = 96
_last_folder: Path | None = None  # where the previous export went, for the next suggestion


def default_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


@dataclass(frozen=True)
class ExportRequest:
    """What the dialog exports.

    ``kinds``: the documents to choose from with their Dutch names (the gezinsplan offers the
    professional version and the family copy). ``versions``: plan versions to choose from
    (empty: the document has none). ``note``: a line above the preview, e.g. that unsaved
    changes are not in it.
    """

    title: str
    entity_id: str
    kinds: tuple[tuple[ExportKind, str], ...]
    versions: tuple[tuple[PlanChoice, str], ...] = ()
    password_suggested: bool = False
    note: str = ""


@dataclass(frozen=True)
class PreviewPages:
    images: list[bytes]
    texts: list[str]  # only when pdftoppm is missing


def _preview_pages(doc: Document) -> PreviewPages:
    """On the export thread: the PDF's bytes, then its pages as images (or text)."""
    pdf = render(doc)
    if pages.pdftoppm_available():
        return PreviewPages(pages.page_images(pdf, PREVIEW_DPI), [])
    return PreviewPages([], pages.page_texts(pdf))


class ExportDialog(QDialog):
    """Signals:
    preview_ready: the pages of the current choice are shown (or could not be made).
    exported: the path of the written PDF.
    failed: the Dutch message of a failed export (also shown in the dialog).
    """

    preview_ready = Signal()
    exported = Signal(Path)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, request: ExportRequest,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request = request
        self.setWindowTitle(request.title)  # no personal data in window titles
        self._generation = 0  # previews of an earlier choice are dropped when they arrive
        self.job: Background | None = None
        self.busy = False
        self.previewing = False  # a preview is being made

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Soort document"))
        for kind, text in request.kinds:
            self.kind.addItem(text, kind)
        self.version = QComboBox()
        self.version.setAccessibleName(self.tr("Versie"))
        for i, (_choice, text) in enumerate(request.versions):
            self.version.addItem(text, i)
        self.preview = PdfPreview()
        self.password = PasswordFields()
        self.password.set_suggested(request.password_suggested)
        self.recipient = RecipientBox()
        self._target_generation = 0
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Opslaan als PDF…"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Sluiten"))

        choices = QFormLayout()
        choices.addRow(self.tr("Document"), self.kind)
        if request.versions:
            choices.addRow(self.tr("Versie"), self.version)
        side = QVBoxLayout()
        if len(request.kinds) == 1:  # nothing to choose: say what it is
            self.kind.hide()
            choices.labelForField(self.kind).hide()  # type: ignore[union-attr]
            what = QLabel(f"<b>{escape(request.kinds[0][1])}</b>")
            what.setWordWrap(True)
            side.addWidget(what)
        side.addLayout(choices)
        if request.note:
            note = QLabel(request.note)
            note.setWordWrap(True)
            note.setStyleSheet("color:#8a5a00;")
            side.addWidget(note)
        side.addSpacing(8)
        side.addWidget(self.recipient)
        side.addWidget(self.password)
        side.addStretch(1)
        side.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        side.addLayout(buttons)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(380)
        layout = QHBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(side_widget)
        self.resize(1080, 820)

        self.kind.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.version.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.recipient.target_changed.connect(self.refresh_consents)
        self.export_button.clicked.connect(self.ask_and_export)
        self.close_button.clicked.connect(self.reject)
        self._kind_changed()
        self.refresh_preview()

    # --- the current choice ---------------------------------------------------------------

    @property
    def chosen_kind(self) -> ExportKind:
        return ExportKind(self.kind.currentData())

    @property
    def chosen_plan(self) -> PlanChoice:
        if not self.request.versions:
            return PlanChoice()
        return self.request.versions[self.version.currentIndex()][0]

    def suggested_path(self) -> Path:
        name = default_file_name(self.chosen_kind, self.request.entity_id,
                                 self.ctx.backend.today(),
                                 self.chosen_plan if self.request.versions else None)
        return default_folder() / name

    # --- to a recipient --------------------------------------------------------------------

    def _kind_changed(self) -> None:
        self.recipient.set_applicable(self.chosen_kind in RECIPIENT_KINDS)

    def refresh_consents(self) -> None:
        """Which consent the document would go on, for the recipient and purpose typed."""
        self._target_generation += 1
        generation = self._target_generation
        basis = self.recipient.basis()
        if basis is None or not basis.ontvanger:
            return

        def shown(consents: RecipientConsents) -> None:
            if generation == self._target_generation:
                self.recipient.show_consents(consents)

        self.ctx.run(recipient_consents, self.chosen_kind, self.request.entity_id,
                     basis.ontvanger, basis.doel, on_done=shown, on_error=self._failed)

    # --- preview --------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        self._generation += 1
        generation = self._generation
        self.previewing = True
        self.preview.show_message(self.tr("Het voorbeeld wordt gemaakt…"))

        def built(doc: Document) -> None:
            if generation == self._generation:
                run_in_background(lambda: _preview_pages(doc), lambda p: shown(p), failed)

        def shown(result: PreviewPages) -> None:
            if generation != self._generation:
                return
            if result.images:
                self.preview.show_images(result.images)
            else:
                self.preview.show_texts(result.texts)
            self.previewing = False
            self.preview_ready.emit()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.preview.show_message(
                    self.tr("Er is geen voorbeeld: %1").replace("%1", export_problem(error)))
                self.previewing = False
                self.preview_ready.emit()

        self.ctx.run(preview_document, self.chosen_kind, self.request.entity_id,
                     today=self.ctx.backend.today(), plan=self.chosen_plan,
                     on_done=built, on_error=failed)

    # --- export ---------------------------------------------------------------------------

    def ask_and_export(self) -> None:
        """Check the password, ask where to save (a sensible name already filled in), write."""
        if self.busy or not self.password.validate() or not self.recipient.validate():
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("PDF opslaan"), str(self.suggested_path()),
            self.tr("PDF-bestanden (*.pdf)"))
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
            if path.exists() and QMessageBox.question(
                self, self.windowTitle(),
                self.tr("%1 bestaat al. Vervangen?").replace("%1", path.name),
            ) != QMessageBox.StandardButton.Yes:
                return
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Build (and audit) the document on the database worker, then render and write it
        atomically on the export thread."""
        password = self.password.password()
        self._set_busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Bezig met opslaan…"))

        def write(doc: Document) -> Callable[[], Path]:
            def work() -> Path:
                export_pdf(doc, path, password=password)
                return path
            return work

        def built(doc: Document) -> None:
            self.job = run_in_background(write(doc), self._exported, self._failed)

        basis = self.recipient.basis()
        if basis is None:
            self.ctx.run(export_document, self.chosen_kind, self.request.entity_id,
                         today=self.ctx.backend.today(), plan=self.chosen_plan,
                         on_done=built, on_error=self._failed)
            return
        # Checked, built and audited as a share in one transaction: a refusal writes nothing.
        self.ctx.run(export_for_recipient, self.chosen_kind, self.request.entity_id, basis,
                     today=self.ctx.backend.today(), plan=self.chosen_plan,
                     on_done=built, on_error=self._failed)

    def _exported(self, path: Path) -> None:
        global _last_folder
        _last_folder = path.parent
        self._set_busy(False)
        self.status.setStyleSheet("color:#1e6b34;")
        text = self.tr("Opgeslagen als %1").replace("%1", str(path))
        if self.password.password():
            text += "\n" + self.tr("Beveiligd met het wachtwoord dat u koos.")
        basis = self.recipient.basis()
        if basis is not None:
            text += "\n" + (self.tr("Verstrekt aan %1 op grond van: %2.")
                            .replace("%2", self.recipient.grondslag.currentText())
                            if basis.grondslag is not None else
                            self.tr("Verstrekt aan %1 op toestemming.")).replace(
                                "%1", basis.ontvanger)
        self.status.setText(text)
        self.exported.emit(path)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, InvalidInput) and self.recipient.basis() is not None:
            self.recipient.show_refusal(error)  # next to the recipient's fields
            message = self.tr("Niet verstrekt: zie de melding bij de ontvanger.")
            self.status.setStyleSheet("color:#b00020;")
            self.status.setText(message)
            self.failed.emit(message)
            return
        message = export_problem(error)
        self.status.setStyleSheet("color:#b00020;")
        self.status.setText(self.tr("Niet opgeslagen. %1").replace("%1", message))
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.export_button.setEnabled(not busy)
        self.kind.setEnabled(not busy)
        self.version.setEnabled(not busy)
        self.recipient.setEnabled(not busy)

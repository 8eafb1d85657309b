"""Handing regie of a casus to another professional, with the reason (logged)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.errors import InvalidInput
from casedesk.services import regie
from casedesk.services.changes import Changes
from casedesk.services.regie import Candidate
from ui.context import AppContext
from ui.errors import show_error, validation_text

ERROR_STYLE = "color:#b3261e;"


def _error() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class HandOverDialog(QDialog):
    def __init__(self, ctx: AppContext, casus_id: str, current: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.casus_id = ctx, casus_id
        self.setWindowTitle(self.tr("Regie overdragen"))
        self.setMinimumWidth(480)
        self.candidates = QComboBox()
        self.candidates.setAccessibleName(self.tr("Nieuwe casusregisseur"))
        self.candidates.addItem(self.tr("— kies —"), None)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reden van de overdracht"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.errors = {"regisseur": _error(), "reden": _error()}
        form = QFormLayout()
        form.addRow(self.tr("Nu:"), QLabel(current))
        form.addRow(self.tr("Nieuwe casusregisseur:"), self.candidates)
        form.addRow("", self.errors["regisseur"])
        form.addRow(self.tr("Reden:"), self.reason)
        form.addRow("", self.errors["reden"])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Overdragen"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Een casus heeft altijd één casusregisseur. Aan wie "
                                        "draagt u de regie over?")))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        ctx.run(regie.regisseur_candidates, casus_id, on_done=self._fill)

    def _fill(self, candidates: tuple[Candidate, ...]) -> None:
        for c in candidates:
            suffix = "" if c.same_team else self.tr(" (ander team)")
            self.candidates.addItem(c.naam + suffix, c.professional_id)

    def _submit(self) -> None:
        for label in self.errors.values():
            label.setVisible(False)
        self.buttons.setEnabled(False)
        self.ctx.run(regie.change_regisseur, self.casus_id, self.candidates.currentData() or "",
                     self.reason.toPlainText(), on_done=lambda _: self.accept(),
                     on_error=self._failed, changes=Changes(cases=True))

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, InvalidInput):
            for e in error.errors:
                label = self.errors.get(e.field)
                if label is not None:
                    label.setText(validation_text(e))
                    label.setVisible(True)
            return
        show_error(self, error)

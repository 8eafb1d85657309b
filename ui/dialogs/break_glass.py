"""Breaking the glass: opening a casus outside one's scope needs a typed reason, which goes
into the audit for the privacy officer (docs/decisions/0090-need-to-know-and-break-the-glass.md).
Without a reason nothing opens; the reason stays in the field when it is refused."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.need_to_know import MIN_BREAK_GLASS_REASON
from casedesk.errors import InvalidInput
from casedesk.services import access
from ui.context import AppContext

ERROR_STYLE = "color:#b3261e;"


class BreakGlassDialog(QDialog):
    """Accepted once the break-the-glass entry is in the audit; then the casus may open."""

    def __init__(self, ctx: AppContext, casus_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.casus_id = ctx, casus_id
        self.setWindowTitle(self.tr("Casus buiten uw team openen"))
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "<b>Deze casus hoort niet bij uw team en u bent er geen casusregisseur of "
            "vervanger van.</b><br>U kunt hem alleen openen als het echt nodig is. Schrijf op "
            "waarom (minstens %1 tekens, zonder namen). Uw reden, uw naam en het tijdstip komen "
            "in het logboek dat de privacyfunctionaris controleert. U houdt toegang tot het "
            "einde van de werkdag.").replace("%1", str(MIN_BREAK_GLASS_REASON)))
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reden om de casus te openen"))
        self.reason.setPlaceholderText(self.tr(
            "Bijvoorbeeld: spoedmelding Veilig Thuis, de casusregisseur is niet bereikbaar"))
        self.reason.setFixedHeight(90)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton(self.tr("Openen en vastleggen"))
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Reden:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _confirm(self) -> None:
        self.open_button.setEnabled(False)
        self.ctx.run(access.break_glass, self.casus_id, self.reason.toPlainText(),
                     on_done=lambda _reach: self.accept(), on_error=self._refused)

    def _refused(self, error: BaseException) -> None:
        self.open_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            code = error.errors[0].code
            text = (self.tr("Schrijf op waarom u deze casus opent.") if code == "required"
                    else self.tr("Deze reden is te kort: gebruik minstens %1 tekens.").replace(
                        "%1", str(MIN_BREAK_GLASS_REASON)))
        elif isinstance(error, access.NoFileAccess):
            text = self.tr("Met uw rol opent u geen dossiers, ook niet met een reden.")
        else:
            raise error
        self.error.setText(text)
        self.error.setVisible(True)
        self.reason.setFocus()

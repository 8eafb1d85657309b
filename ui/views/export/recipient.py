"""“Verstrekken aan een ontvanger” in the export dialog: recipient and purpose, the consent the
document would go on (or why the ones on record do not count), and otherwise a legal ground
with a reason. The service (``sharing.export_for_recipient``) decides; this box shows its rule
beforehand and its refusals next to the fields (decision 0091)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from casedesk.domain.vocabulary import LegalGround
from casedesk.errors import InvalidInput, ValidationError
from casedesk.services.consent import PURPOSES, RECIPIENTS, ConsentEntry, ConsentState, SharingBasis
from casedesk.services.sharing import RecipientConsents
from ui.formatting import short_date
from ui.i18n import label
from ui.views.tables.widgets import ErrorLabel, FieldErrors, muted

OK_STYLE = "color:#1e6b34;"


def _with_error(field: QWidget, error: ErrorLabel) -> QVBoxLayout:
    """A field with its message right under it."""
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(error)
    return column


class RecipientBox(QGroupBox):
    """A checkable box; unchecked, the export is an ordinary one. Signals: ``target_changed``
    when recipient or purpose change (the dialog then asks which consents apply)."""

    target_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Verstrekken aan een ontvanger"))
        self.setCheckable(True)
        self.setChecked(False)
        self.consents: RecipientConsents | None = None
        self.ontvanger = QComboBox()
        self.ontvanger.setEditable(True)
        self.ontvanger.addItems(RECIPIENTS)
        self.ontvanger.setCurrentText("")
        self.ontvanger.setAccessibleName(self.tr("Ontvanger"))
        self.doel = QComboBox()
        self.doel.setEditable(True)
        self.doel.addItems(PURPOSES)
        self.doel.setCurrentText("")
        self.doel.setAccessibleName(self.tr("Doel"))
        self.basis_text = muted()
        self.grondslag = QComboBox()
        self.grondslag.setAccessibleName(self.tr("Wettelijke grondslag"))
        self.grondslag.addItem(self.tr("— geen (op toestemming) —"), "")
        for ground in LegalGround:
            self.grondslag.addItem(label(ground), ground.value)
        self.reden = QLineEdit()
        self.reden.setAccessibleName(self.tr("Reden voor verstrekken zonder toestemming"))
        self.reden.setPlaceholderText(self.tr("Waarom? (zonder namen)"))
        self.errors = FieldErrors(ErrorLabel())
        self.fields = QWidget()  # shown while the box is checked
        self.fields.hide()
        self.not_applicable = muted(self.tr(
            "Een inzage is het recht van de persoon zelf en gaat niet naar een ontvanger; "
            "verstrekken kan met het gezinsplan of het toekomstplan."))
        self.not_applicable.hide()
        outer = QVBoxLayout(self)
        outer.addWidget(self.not_applicable)
        outer.addWidget(self.fields)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Ontvanger"), _with_error(
            self.ontvanger, self.errors.add("ontvanger", ErrorLabel())))
        form.addRow(self.tr("Doel"), self.doel)
        form.addRow(self.basis_text)
        form.addRow(self.tr("Grondslag"), self.grondslag)
        form.addRow(self.tr("Reden"), _with_error(
            self.reden, self.errors.add("grondslag_reden", ErrorLabel())))
        form.addRow(self.errors.fallback)
        self.ontvanger.currentTextChanged.connect(self._target_changed)
        self.doel.currentTextChanged.connect(self._target_changed)
        self.toggled.connect(self._toggled)
        self.grondslag.currentIndexChanged.connect(lambda _i: self.errors.clear())

    def set_applicable(self, applicable: bool) -> None:
        """Only casus documents go to a recipient (``sharing.RECIPIENT_KINDS``)."""
        chosen = applicable and self.isChecked()
        self.setCheckable(applicable)
        self.setChecked(chosen)  # making a group box checkable checks it: undo that
        self.not_applicable.setVisible(not applicable)
        self._frame()

    def _frame(self) -> None:
        """No empty frame under an unchecked box."""
        collapsed = self.isCheckable() and not self.isChecked()
        self.setFlat(collapsed)
        self.setMaximumHeight(self.fontMetrics().height() + 8 if collapsed else 16777215)

    def _toggled(self, on: bool) -> None:
        self.fields.setVisible(on)
        self._frame()
        self._target_changed()

    def _target_changed(self) -> None:
        self.errors.clear()
        self.consents = None
        self.basis_text.setText("")
        if self.isChecked() and self.ontvanger.currentText().strip():
            self.target_changed.emit()

    # --- what the dialog asks -----------------------------------------------------------

    def basis(self) -> SharingBasis | None:
        if not self.isChecked():
            return None
        code = str(self.grondslag.currentData() or "")
        return SharingBasis(self.ontvanger.currentText().strip(),
                            LegalGround(code) if code else None, self.reden.text().strip(),
                            self.doel.currentText().strip())

    def validate(self) -> bool:
        """The service's rule, checked before asking where to save; it checks again."""
        basis = self.basis()
        if basis is None:
            return True
        errors = []
        if not basis.ontvanger:
            errors.append(ValidationError("ontvanger", "required", ""))
        elif basis.grondslag is None and (self.consents is None or self.consents.geldig is None):
            errors.append(ValidationError("ontvanger", "no-consent-or-ground", ""))
        if basis.grondslag is not None and not basis.reden:
            errors.append(ValidationError("grondslag_reden", "ground-without-reason", ""))
        self.show_errors(errors)
        return not errors

    def show_refusal(self, error: InvalidInput) -> None:
        self.show_errors(error.errors)

    def show_errors(self, errors: list[ValidationError]) -> None:
        self.errors.show(errors, self._message)

    def _message(self, error: ValidationError) -> str:
        return {
            "required": self.tr("Vul de ontvanger in."),
            "no-consent-or-ground": self.tr(
                "Er is geen geldige toestemming voor deze ontvanger en dit doel. Kies een "
                "wettelijke grondslag en schrijf de reden op."),
            "ground-without-reason": self.tr("Een grondslag vraagt om een reden."),
        }.get(error.code, str(error))

    # --- the consents on record ---------------------------------------------------------

    def show_consents(self, consents: RecipientConsents) -> None:
        self.consents = consents
        lines = []
        if consents.geldig is not None:
            lines.append(self._holding(consents.geldig))
        for entry in consents.telt_niet:
            lines.append(self._not_counting(entry, consents))
        if not lines:
            lines.append(self.tr("Er is geen toestemming voor deze ontvanger vastgelegd."))
        self.basis_text.setText("<br>".join(lines))
        self.basis_text.setStyleSheet(OK_STYLE if consents.geldig else "color:#8a5a00;")

    def _holding(self, e: ConsentEntry) -> str:
        until = (self.tr("geldig tot %1").replace("%1", short_date(e.geldig_tot))
                 if e.geldig_tot else self.tr("zonder einddatum"))
        return (self.tr("Op toestemming: ‘%1’, gegeven door %2 (%3) op %4, %5.")
                .replace("%1", escape(e.doel)).replace("%2", label(e.gegeven_door))
                .replace("%3", escape(e.namen)).replace("%4", short_date(e.gegeven_op))
                .replace("%5", until))

    def _not_counting(self, e: ConsentEntry, consents: RecipientConsents) -> str:
        doel = escape(e.doel)
        if e.state is ConsentState.INGETROKKEN and e.ingetrokken_op is not None:
            text = self.tr("De toestemming ‘%1’ is ingetrokken op %2: die telt niet.").replace(
                "%2", short_date(e.ingetrokken_op))
        elif e.state is ConsentState.VERLOPEN and e.geldig_tot is not None:
            text = self.tr("De toestemming ‘%1’ is verlopen op %2: die telt niet.").replace(
                "%2", short_date(e.geldig_tot))
        elif e.state is ConsentState.NOG_NIET:
            text = self.tr("De toestemming ‘%1’ gaat pas in op %2: die telt nog niet.").replace(
                "%2", short_date(e.gegeven_op))
        else:
            text = self.tr("De toestemming ‘%1’ is gegeven door %2; nodig is %3: die telt "
                           "niet.").replace("%2", label(e.gegeven_door)).replace(
                               "%3", label(consents.vereist))
        return text.replace("%1", doel)

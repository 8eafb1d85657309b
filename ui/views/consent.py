"""The toestemming register on the casus: a tab listing every consent (purpose, recipient, who
gave it, dates, state), a form to record one and a withdrawal with its date. Who must consent
follows the age rule; the form proposes that giver and refuses another next to the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.consent import ConsentGiver
from casedesk.errors import InvalidInput, RuleViolation, ValidationError
from casedesk.services import consent as svc
from casedesk.services.changes import Changes
from casedesk.services.plan_draft import format_date, parse_date
from ui.context import AppContext
from ui.errors import show_error, validation_text
from ui.i18n import label
from ui.views.casus.rows_model import RowsModel, rows_table

ERROR_STYLE = "color:#b3261e;"
STATES = {
    svc.ConsentState.GELDIG: "Geldig",
    svc.ConsentState.NOG_NIET: "Nog niet geldig",
    svc.ConsentState.VERLOPEN: "Verlopen",
    svc.ConsentState.INGETROKKEN: "Ingetrokken",
}


def _error() -> QLabel:
    error = QLabel()
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.setVisible(False)
    return error


class ConsentView(QWidget):
    """Signals: ``loaded`` after the register was shown; ``saved`` after a consent was
    recorded or withdrawn and the register read back."""

    loaded = Signal()
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.casus_id: str | None = None
        self.register: svc.ConsentRegister | None = None
        self.rows = RowsModel([self.tr(h) for h in (
            "Doel", "Ontvanger", "Gegeven door", "Wie", "Gegeven op", "Geldig tot",
            "Ingetrokken op", "Stand")])
        self.table = rows_table(self.rows, self.tr("Toestemmingen"),
                                (220, 110, 140, 160, 95, 95, 105), stretch=0)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.errors: dict[str, QLabel] = {}

        self.subject = QComboBox()
        self.subject.setAccessibleName(self.tr("Over wie"))
        self.subject.currentIndexChanged.connect(self._subject_changed)
        self.rule = QLabel()
        self.rule.setStyleSheet("color:#555555;")
        self.rule.setWordWrap(True)
        self.purpose = QComboBox(editable=True)
        self.purpose.addItems(list(svc.PURPOSES))
        self.purpose.setAccessibleName(self.tr("Doel"))
        self.recipient = QComboBox(editable=True)
        self.recipient.addItems(list(svc.RECIPIENTS))
        self.recipient.setAccessibleName(self.tr("Ontvanger"))
        self.giver = QComboBox()
        for giver in ConsentGiver:
            self.giver.addItem(label(giver), giver)
        self.giver.setAccessibleName(self.tr("Gegeven door"))
        self.names = QLineEdit()
        self.names.setAccessibleName(self.tr("Wie gaf toestemming"))
        self.names.setPlaceholderText(self.tr("bijvoorbeeld: moeder en Sophie"))
        self.given = QLineEdit()
        self.given.setAccessibleName(self.tr("Gegeven op"))
        self.expires = QLineEdit()
        self.expires.setAccessibleName(self.tr("Geldig tot"))
        self.expires.setPlaceholderText(self.tr("dd-mm-jjjj (leeg: tot intrekking)"))
        form = QFormLayout()
        for key, text, widget in (
            ("persoon_id", self.tr("Over wie:"), self.subject),
            ("doel", self.tr("Doel:"), self.purpose),
            ("ontvanger", self.tr("Ontvanger:"), self.recipient),
            ("gegeven_door", self.tr("Gegeven door:"), self.giver),
            ("namen", self.tr("Wie:"), self.names),
            ("gegeven_op", self.tr("Gegeven op:"), self.given),
            ("geldig_tot", self.tr("Geldig tot:"), self.expires),
        ):
            self.errors[key] = _error()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            if key == "gegeven_door":
                column.addWidget(self.rule)
            column.addWidget(self.errors[key])
            form.addRow(text, column)
        self.add_button = QPushButton(self.tr("Toestemming vastleggen"))
        self.add_button.clicked.connect(self.add)
        add_box = QGroupBox(self.tr("Nieuwe toestemming"))
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(form)
        add_layout.addWidget(self.add_button)

        self.withdraw_date = QLineEdit()
        self.withdraw_date.setAccessibleName(self.tr("Ingetrokken op"))
        self.withdraw_button = QPushButton(self.tr("Intrekken"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.withdraw_button.setEnabled(False)
        self.errors["ingetrokken_op"] = _error()
        withdraw_box = QGroupBox(self.tr("Toestemming intrekken"))
        withdraw_layout = QVBoxLayout(withdraw_box)
        hint = QLabel(self.tr("Kies een toestemming in de lijst. Wat eerder gedeeld is, blijft "
                              "vastgelegd; vanaf deze datum wordt er niets meer op gedeeld."))
        hint.setWordWrap(True)
        withdraw_layout.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Ingetrokken op:")))
        row.addWidget(self.withdraw_date, 1)
        row.addWidget(self.withdraw_button)
        withdraw_layout.addLayout(row)
        withdraw_layout.addWidget(self.errors["ingetrokken_op"])
        withdraw_layout.addStretch(1)

        boxes = QHBoxLayout()
        boxes.addWidget(add_box, 3)
        boxes.addWidget(withdraw_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(boxes)
        ctx.events.changed.connect(self._changed)

    # --- loading --------------------------------------------------------------------------

    def show_case(self, casus_id: str) -> None:
        if casus_id != self.casus_id:
            self.casus_id = casus_id
            self._clear_form()
        self.ctx.run(svc.consent_register, casus_id, on_done=self._show)

    def _changed(self, changes: Changes) -> None:
        if changes.cases and self.casus_id and self.isVisible():
            self.show_case(self.casus_id)

    def _show(self, register: svc.ConsentRegister) -> None:
        if register.casus_id != self.casus_id:
            return
        first_load = self.register is None or self.register.casus_id != register.casus_id
        self.register = register
        self.rows.reset([
            (c.doel, c.ontvanger, label(c.gegeven_door), c.namen, format_date(c.gegeven_op),
             format_date(c.geldig_tot), format_date(c.ingetrokken_op),
             self.tr(STATES[c.state]))
            for c in register.toestemmingen])
        current = self.subject.currentData()
        self.subject.blockSignals(True)
        self.subject.clear()
        for s in register.onderwerpen:
            text = (self.tr("Het hele gezin") if s.persoon_id is None
                    else f"{s.naam} ({s.leeftijd if s.leeftijd is not None else '?'})")
            self.subject.addItem(text, s.persoon_id)
        index = self.subject.findData(current)
        self.subject.setCurrentIndex(max(index, 0))
        self.subject.blockSignals(False)
        self._subject_changed(propose=first_load)
        if first_load or not self.given.text():
            self.given.setText(format_date(register.vandaag))
            self.withdraw_date.setText(format_date(register.vandaag))
        self._selected()
        self.loaded.emit()

    def _subject(self) -> svc.ConsentSubject | None:
        if self.register is None:
            return None
        wanted = self.subject.currentData()
        return next((s for s in self.register.onderwerpen if s.persoon_id == wanted), None)

    def _subject_changed(self, _index: int = 0, *, propose: bool = True) -> None:
        subject = self._subject()
        if subject is None:
            return
        self.rule.setText(self.tr("Volgens de leeftijd: %1").replace(
            "%1", label(subject.vereist).lower()))
        if propose:
            self.giver.setCurrentIndex(self.giver.findData(subject.vereist))

    def _selected(self) -> None:
        entry = self.selected()
        self.withdraw_button.setEnabled(entry is not None and entry.ingetrokken_op is None)

    def selected(self) -> svc.ConsentEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.register is None:
            return None
        return self.register.toestemmingen[rows[0].row()]

    # --- actions --------------------------------------------------------------------------

    def _clear_form(self) -> None:
        self.register = None
        self.names.clear()
        self.expires.clear()
        self.given.clear()
        self._hide_errors()

    def _hide_errors(self) -> None:
        for error in self.errors.values():
            error.setVisible(False)

    def _show_errors(self, errors: list[ValidationError]) -> None:
        for e in errors:
            target = self.errors.get(e.field)
            if target is None:
                continue
            target.setText(self._message(e))
            target.setVisible(True)

    def _message(self, e: ValidationError) -> str:
        if e.code == "consent-wrong-giver":
            subject = self._subject()
            needed = label(subject.vereist).lower() if subject else ""
            return self.tr("Volgens de leeftijd geeft %1 toestemming.").replace("%1", needed)
        if e.code == "expiry-not-after-given":
            return self.tr("Deze datum moet na de datum van geven liggen.")
        if e.code == "withdrawn-before-given":
            return self.tr("Intrekken kan niet vóór de datum waarop de toestemming is gegeven.")
        return validation_text(e)

    def _date(self, widget: QLineEdit, key: str, errors: list[ValidationError]) -> date | None:
        try:
            return parse_date(widget.text(), key)
        except ValidationError as e:
            errors.append(e)
            return None

    def add(self) -> None:
        self._hide_errors()
        if self.casus_id is None:
            return
        errors: list[ValidationError] = []
        given = self._date(self.given, "gegeven_op", errors)
        expires = self._date(self.expires, "geldig_tot", errors)
        if given is None and not errors:
            errors.append(ValidationError("gegeven_op", "required", "date given is required"))
        if errors or given is None:
            self._show_errors(errors)
            return
        data = svc.ConsentInput(
            doel=self.purpose.currentText(), ontvanger=self.recipient.currentText(),
            gegeven_door=ConsentGiver(self.giver.currentData()), namen=self.names.text(),
            gegeven_op=given, geldig_tot=expires, persoon_id=self.subject.currentData())
        self.add_button.setEnabled(False)
        self.ctx.run(svc.add_consent, self.casus_id, data, on_done=self._added,
                     on_error=self._refused, changes=Changes(cases=True))

    def _added(self, _entry: svc.ConsentEntry) -> None:
        self.add_button.setEnabled(True)
        self.names.clear()
        self.expires.clear()
        self._reload_then_saved()

    def withdraw(self) -> None:
        self._hide_errors()
        entry = self.selected()
        if entry is None:
            return
        errors: list[ValidationError] = []
        on = self._date(self.withdraw_date, "ingetrokken_op", errors)
        if on is None and not errors:
            errors.append(ValidationError("ingetrokken_op", "required", "a date is required"))
        if errors or on is None:
            self._show_errors(errors)
            return
        self.withdraw_button.setEnabled(False)
        self.ctx.run(svc.withdraw_consent, entry.toestemming_id, on,
                     on_done=lambda _e: self._reload_then_saved(), on_error=self._refused,
                     changes=Changes(cases=True))

    def _reload_then_saved(self) -> None:
        if self.casus_id is None:
            return
        def shown(register: svc.ConsentRegister) -> None:
            self._show(register)
            self.saved.emit()
        self.ctx.run(svc.consent_register, self.casus_id, on_done=shown)

    def _refused(self, error: BaseException) -> None:
        self.add_button.setEnabled(True)
        self._selected()
        if isinstance(error, InvalidInput):
            self._show_errors(error.errors)
        elif isinstance(error, RuleViolation):
            self.errors["ingetrokken_op"].setText(
                self.tr("Deze toestemming is al ingetrokken."))
            self.errors["ingetrokken_op"].setVisible(True)
        else:
            show_error(self, error)


def install_consent(window: object, ctx: AppContext) -> ConsentView:
    """A "Toestemming" tab on the casus, filled when a casus is shown."""
    view = ConsentView(ctx)
    detail = window.cases.detail  # type: ignore[attr-defined]
    title = QCoreApplication.translate("ConsentView", "Toestemming")
    detail.consent_tab = detail.tabs.addTab(view, title)
    detail.loaded.connect(lambda: detail.casus_id and view.show_case(detail.casus_id))
    detail.consent = view
    return view

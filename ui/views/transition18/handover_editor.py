"""The young person's own agreement and the warme overdracht, side by side."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.vocabulary import AgreementMethod, Plan18Status
from casedesk.errors import ValidationError
from casedesk.services.transition18 import HandoverEdit, PlanView
from ui.errors import validation_text
from ui.formatting import long_date, short_date
from ui.i18n import label
from ui.views.transition18.style import tr
from ui.views.transition18.theme_editor import error_label, show_error

GIVER_TEXT = {
    ConsentGiver.JEUGDIGE: "de jongere zelf",
    ConsentGiver.JEUGDIGE_EN_OUDERS: "de jongere en de ouders met gezag",
    ConsentGiver.OUDERS: "de ouders met gezag",
}


def _field(widget: QWidget) -> tuple[QWidget, QLabel]:
    """An input with its error label under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    err = error_label()
    layout.addWidget(err)
    return box, err


class AgreementBox(QGroupBox):
    """Signals:
    submitted: the person asks to record the agreement (the page calls the service).
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Akkoord van de jongere"), parent)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("background:#e8f0fe;padding:8px;border-radius:6px;")
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.date = QLineEdit()
        self.date.setPlaceholderText(tr("dd-mm-jjjj"))
        self.date.setAccessibleName(tr("Datum van het akkoord"))
        self.method = QComboBox()
        self.method.setAccessibleName(tr("Hoe is het akkoord gegeven"))
        self.method.addItem(tr("Kies…"), "")
        for m in AgreementMethod:
            self.method.addItem(label(m), m.value)
        self.parents = QCheckBox(tr("Ook de ouders met gezag zijn akkoord"))
        self.parents.setAccessibleName(tr("Ook de ouders met gezag zijn akkoord"))
        self.button = QPushButton(tr("Akkoord vastleggen"))
        self.button.clicked.connect(self.submitted)
        date_box, self.date_error = _field(self.date)
        method_box, self.method_error = _field(self.method)
        self.rule_error = error_label()
        form = QFormLayout()
        form.addRow(tr("Datum:"), date_box)
        form.addRow(tr("Hoe:"), method_box)
        form.addRow("", self.parents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rule)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(self.rule_error)
        layout.addWidget(self.button)
        layout.addStretch(1)

    def load(self, plan: PlanView, today: date) -> None:
        name = plan.jongere.split(" ")[0]
        if plan.adult:
            rule = tr(
                "%1 is 18 jaar of ouder en beslist zelf. Ouders worden niet meer om akkoord "
                "gevraagd: alleen het akkoord van de jongere wordt vastgelegd."
            )
        elif plan.leeftijd is not None and plan.leeftijd >= 16:
            rule = tr(
                "Het plan is van %1: het akkoord van de jongere telt. Ouders met gezag mogen "
                "ook akkoord geven; vanaf 18 jaar worden zij niet meer gevraagd."
            )
        else:
            rule = tr(
                "%1 is jonger dan 16 (of de leeftijd is onbekend): naast de jongere geven ook "
                "de ouders met gezag akkoord."
            )
        self.rule.setText(rule.replace("%1", name))
        self.parents.setVisible(not plan.adult)
        self.parents.setChecked(plan.akkoord_door is ConsentGiver.JEUGDIGE_EN_OUDERS)
        self.button.setText(
            tr("Akkoord vastleggen") if plan.akkoord_op is None else tr("Akkoord bijwerken")
        )
        if plan.akkoord_op is None:
            self.current.setText(tr("Nog geen akkoord vastgelegd."))
            self.date.setText(short_date(today))
            self.method.setCurrentIndex(0)
        else:
            who = tr(GIVER_TEXT[plan.akkoord_door]) if plan.akkoord_door else ""
            how = label(plan.akkoord_wijze).lower() if plan.akkoord_wijze else ""
            self.current.setText(
                tr("<b>Akkoord gegeven</b> op %1 door %2 (%3).")
                .replace("%1", long_date(plan.akkoord_op))
                .replace("%2", who)
                .replace("%3", how)
            )
            self.date.setText(short_date(plan.akkoord_op))
            self.method.setCurrentIndex(
                self.method.findData(plan.akkoord_wijze.value if plan.akkoord_wijze else "")
            )
        self.clear_errors()

    def values(self) -> tuple[str, AgreementMethod | None, bool]:
        method = self.method.currentData()
        parents = not self.parents.isHidden() and self.parents.isChecked()
        return self.date.text(), AgreementMethod(method) if method else None, parents

    def clear_errors(self) -> None:
        for lbl in (self.date_error, self.method_error, self.rule_error):
            show_error(lbl, "")

    def show_errors(self, errors: Iterable[ValidationError]) -> None:
        labels = {"akkoord_op": self.date_error, "akkoord_wijze": self.method_error}
        for e in errors:
            if e.field in labels:
                show_error(labels[e.field], validation_text(e))

    def show_rule(self, text: str) -> None:
        show_error(self.rule_error, text)


class HandoverBox(QGroupBox):
    """Signals:
    submitted: the person asks to record the warme overdracht.
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Warme overdracht"), parent)
        intro = QLabel(
            tr(
                "Draag de hulp samen met de jongere over aan één ontvanger, en spreek één vaste "
                "contactpersoon na 18 af. Het lokale team kan daarna nog even contact houden "
                "(waakvlam)."
            )
        )
        intro.setWordWrap(True)
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("color:#a85400;font-weight:bold;")
        self.organisatie = QLineEdit()
        self.persoon = QLineEdit()
        self.op = QLineEdit()
        self.op.setPlaceholderText(tr("dd-mm-jjjj"))
        self.inhoud = QPlainTextEdit()
        self.inhoud.setFixedHeight(70)
        self.inhoud.setTabChangesFocus(True)
        self.contact = QLineEdit()
        self.waakvlam = QLineEdit()
        self.waakvlam.setPlaceholderText(tr("dd-mm-jjjj (leeg: geen waakvlam)"))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption, widget in (
            ("overdracht_organisatie", "Naar organisatie:", self.organisatie),
            ("overdracht_persoon", "Ontvanger (persoon):", self.persoon),
            ("overdracht_op", "Datum overdracht:", self.op),
            ("overdracht_inhoud", "Wat is overgedragen:", self.inhoud),
            ("vaste_contactpersoon", "Vaste contactpersoon na 18:", self.contact),
            ("waakvlam_tot", "Waakvlam-contact tot:", self.waakvlam),
        ):
            widget.setAccessibleName(tr(caption.rstrip(":")))
            box, self.errors[key] = _field(widget)
            form.addRow(tr(caption), box)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.button = QPushButton(tr("Overdracht vastleggen"))
        self.button.clicked.connect(self.submitted)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reminder)
        layout.addWidget(self.current)
        layout.addLayout(form)
        layout.addWidget(self.button)
        layout.addStretch(1)

    def load(self, plan: PlanView, today: date) -> None:
        o = plan.overdracht
        self.organisatie.setText(o.organisatie)
        self.persoon.setText(o.persoon)
        self.op.setText(short_date(o.op) if o.op else short_date(today))
        self.inhoud.setPlainText(o.inhoud)
        self.contact.setText(o.vaste_contactpersoon)
        self.waakvlam.setText(short_date(o.waakvlam_tot))
        self.reminder.setText(
            tr("Het akkoord van de jongere is nog niet vastgelegd.")
            if plan.akkoord_op is None
            else ""
        )
        self.reminder.setVisible(plan.akkoord_op is None)
        if plan.status is Plan18Status.OVERGEDRAGEN and o.op:
            self.current.setText(
                tr("<b>Overgedragen</b> op %1 aan %2 (%3).")
                .replace("%1", long_date(o.op))
                .replace("%2", o.persoon)
                .replace("%3", o.organisatie)
            )
        else:
            self.current.setText("")
        self.current.setVisible(bool(self.current.text()))
        self.button.setText(
            tr("Overdracht bijwerken")
            if plan.status is Plan18Status.OVERGEDRAGEN
            else tr("Overdracht vastleggen")
        )
        self.clear_errors()

    def edit(self) -> HandoverEdit:
        return HandoverEdit(
            organisatie=self.organisatie.text(),
            persoon=self.persoon.text(),
            op=self.op.text(),
            inhoud=self.inhoud.toPlainText(),
            vaste_contactpersoon=self.contact.text(),
            waakvlam_tot=self.waakvlam.text(),
        )

    def clear_errors(self) -> None:
        for lbl in self.errors.values():
            show_error(lbl, "")

    def show_errors(self, errors: Iterable[ValidationError]) -> None:
        for e in errors:
            if e.field in self.errors:
                show_error(self.errors[e.field], validation_text(e))


class AgreementAndHandover(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agreement = AgreementBox()
        self.handover = HandoverBox()
        row = QHBoxLayout(self)
        row.addWidget(self.agreement, 2)
        row.addWidget(self.handover, 3)

"""The bar under each step: conclude the step (only the regiehouder, only the current step),
say why the controls are off when they are, and reopen a closed casus."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.regie import TOETSING_DECISIONS
from casedesk.domain.vocabulary import CaseStatus, Decision, Step
from casedesk.services.regie import RegieView
from ui.i18n import label
from ui.views.casus.bindings import error_label

NEXT_TEXT = {
    Step.VRAAGANALYSE: "Vraaganalyse afronden: door naar Resultaat",
    Step.RESULTAAT: "Resultaat afronden: door naar Middelen",
    Step.MIDDELEN: "Middelen afronden: door naar Toetsing",
}
DECISION_ORDER = (
    Decision.AFRONDEN,
    Decision.AFSCHALEN,
    Decision.BIJSTELLEN_RESULTAAT,
    Decision.BIJSTELLEN_MIDDELEN,
    Decision.OPSCHALEN,
    Decision.WAAKVLAM,
)
assert set(DECISION_ORDER) == TOETSING_DECISIONS


class StepControls(QFrame):
    """Signals:
    conclude_requested: (Step, Decision | None, reason).
    reopen_requested: reason.
    """

    conclude_requested = Signal(object, object, str)
    reopen_requested = Signal(str)

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("StepControls{background:#f3f6f9;}")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason_error = error_label()
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Besluit"))
        self.decision.addItem(self.tr("— kies een besluit —"), None)
        for decision in DECISION_ORDER:
            self.decision.addItem(label(decision), decision)
        self.decision_error = error_label()
        self.next_button = QPushButton()
        self.none_button = QPushButton(self.tr("Geen jeugdhulp nodig…"))
        self.confirm_none = QPushButton(self.tr("Casus sluiten: geen jeugdhulp nodig"))
        self.reopen_button = QPushButton(self.tr("Casus heropenen"))

        self.decision_label = QLabel(self.tr("Besluit:"))
        row = QHBoxLayout()
        if step is Step.TOETSING:
            self.reason.setPlaceholderText(self.tr("Toelichting bij het besluit (mag leeg)"))
            self.next_button.setText(self.tr("Toetsing afronden"))
            row.addWidget(self.decision_label)
            row.addWidget(self.decision)
        else:
            self.next_button.setText(self.tr(NEXT_TEXT[step]))
        self.reason.setAccessibleName(self.tr("Reden"))
        row.addWidget(self.next_button)
        row.addWidget(self.none_button)
        row.addWidget(self.reason, 3)
        row.addWidget(self.confirm_none)
        row.addWidget(self.reopen_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.decision_error)
        layout.addWidget(self.reason_error)

        self.next_button.clicked.connect(self._conclude)
        self.none_button.clicked.connect(self._ask_reason_for_none)
        self.confirm_none.clicked.connect(
            lambda: self.conclude_requested.emit(
                self.step, Decision.GEEN_JEUGDHULP, self.reason.text()
            )
        )
        self.reopen_button.clicked.connect(
            lambda: self.reopen_requested.emit(self.reason.text())
        )
        self._asking_none = False

    def _conclude(self) -> None:
        decision = None
        if self.step is Step.TOETSING:
            code = self.decision.currentData()
            decision = Decision(code) if code else None
            if decision is None:
                self.show_errors({"besluit": self.tr("Kies een besluit.")})
                return
        self.conclude_requested.emit(self.step, decision, self.reason.text())

    def _ask_reason_for_none(self) -> None:
        self._asking_none = True
        self.reason.setPlaceholderText(
            self.tr("Waarom is geen jeugdhulp nodig? (bijv. collectieve voorziening, eigen kracht)")
        )
        self._arrange()
        self.reason.setFocus()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Messages for the decision and the reason fields (empty dict clears them)."""
        for key, widget in (("besluit", self.decision_error), ("reden", self.reason_error)):
            widget.setText(errors.get(key, ""))
            widget.setVisible(bool(errors.get(key)))

    def show_regie(self, view: RegieView) -> None:
        self.view = view
        self._asking_none = False
        self.reason.clear()
        self.decision.setCurrentIndex(0)
        self.show_errors({})
        if self.step is not Step.TOETSING:
            self.reason.setPlaceholderText("")
        self._arrange()

    def _arrange(self) -> None:
        view = self.view
        closed = view.status is CaseStatus.GESLOTEN
        here = view.stap is self.step
        holder = view.refusal != "not-regiehouder"
        lines = []
        if closed:
            lines.append(self.tr("Deze casus is gesloten."))
        elif not here:
            lines.append(self.tr("Deze casus staat in stap %1: %2.")
                         .replace("%1", str(view.stap.number)).replace("%2", label(view.stap)))
        elif view.status is CaseStatus.WAAKVLAM:
            lines.append(self.tr("Deze casus staat op waakvlam."))
        if not holder:
            who = view.casusregisseur + (
                self.tr(" of de vervanger, %1").replace("%1", view.stand_in)
                if view.stand_in else "")
            lines.append(
                self.tr("Alleen de casusregisseur (%1) rondt een stap af. "
                        "U kunt wel een bijdrage toevoegen.").replace("%1", who))
        self.status.setText(" ".join(lines))
        self.status.setVisible(bool(lines))
        can_move = view.may_advance and here
        is_first = self.step is Step.VRAAGANALYSE
        # Only the current step's page offers to conclude it; the others just say where the
        # casus is. Someone without regie sees the controls, switched off, with the reason.
        offered = here and not closed
        self.next_button.setVisible(offered)
        self.next_button.setEnabled(can_move)
        self.decision.setVisible(self.step is Step.TOETSING and offered)
        self.decision_label.setVisible(self.step is Step.TOETSING and offered)
        self.decision.setEnabled(can_move)
        self.none_button.setVisible(is_first and offered and not self._asking_none)
        self.none_button.setEnabled(can_move)
        self.confirm_none.setVisible(is_first and self._asking_none and offered)
        self.confirm_none.setEnabled(can_move)
        reopen_here = closed and here and holder
        self.reopen_button.setVisible(reopen_here)
        if reopen_here:
            self.reason.setPlaceholderText(self.tr("Waarom gaat de casus weer open?"))
        self.reason.setVisible(
            (self.step is Step.TOETSING and offered) or self._asking_none or reopen_here
        )
        self.reason.setEnabled(can_move or reopen_here)

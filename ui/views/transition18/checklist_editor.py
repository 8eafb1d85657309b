"""What changes at 18: each item with who arranges it, whether it is done, and a warning when it
is still open close to (or after) the birthday. The warnings follow the domain's rules live."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from casedesk.domain.transition18 import (
    ChecklistAlert,
    ChecklistItem,
    ChecklistState,
    checklist_warnings,
)
from casedesk.services.transition18 import ChecklistEdit, ChecklistRow
from ui.formatting import long_date
from ui.i18n import label
from ui.views.transition18.style import tr

EXPLANATIONS = {
    ChecklistItem.ZORGVERZEKERING: "Vanaf 18 jaar een eigen zorgverzekering en zelf premie "
    "betalen; kies zelf een verzekeraar of blijf bij die van de ouders.",
    ChecklistItem.TOESLAGEN: "Zorgtoeslag (en eventueel huurtoeslag) aanvragen bij de "
    "Belastingdienst; de kinderbijslag van de ouders stopt.",
    ChecklistItem.DIGID: "Nodig voor de toeslagen, de zorgverzekeraar en de gemeente. "
    "Vraag hem ruim op tijd aan.",
    ChecklistItem.BANKREKENING: "Een rekening op eigen naam, waarop loon en toeslagen binnenkomen.",
    ChecklistItem.TOESTEMMING: "Vanaf 18 beslist de jongere zelf over hulp en over wie het "
    "dossier mag zien; de ouders worden niet meer gevraagd.",
}
ALERT_COLOURS = {ChecklistAlert.SOON: "#a85400", ChecklistAlert.OVERDUE: "#b3261e"}


class ChecklistEditor(QWidget):
    """Signals:
    changed: whenever an owner or a tick changes.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.born: date | None = None
        self.today = date.today()
        intro = QLabel(
            tr(
                "Bij 18 jaar verandert er veel. Spreek af wie wat regelt; een punt dat vlak "
                "voor de verjaardag nog open staat, wordt gemeld."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        for column, text in enumerate((tr("Wat"), tr("Wie regelt het"), tr("Geregeld"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.owners: dict[ChecklistItem, QLineEdit] = {}
        self.done: dict[ChecklistItem, QCheckBox] = {}
        self.warnings: dict[ChecklistItem, QLabel] = {}
        for i, item in enumerate(ChecklistItem):
            row = 1 + i * 2
            what = QLabel(
                f"<b>{label(item)}</b><br><span style='color:#5f6368'>"
                f"{tr(EXPLANATIONS[item])}</span>"
            )
            what.setWordWrap(True)
            owner = QLineEdit()
            owner.setPlaceholderText(tr("bijv. de jongere, moeder, mentor"))
            owner.setAccessibleName(tr("Wie regelt: %1").replace("%1", label(item)))
            done = QCheckBox(tr("geregeld"))
            done.setAccessibleName(tr("Geregeld: %1").replace("%1", label(item)))
            warning = QLabel()
            warning.setVisible(False)
            grid.addWidget(what, row, 0)
            grid.addWidget(owner, row, 1)
            grid.addWidget(done, row, 2)
            grid.addWidget(warning, row + 1, 0, 1, 3)
            self.owners[item], self.done[item], self.warnings[item] = owner, done, warning
            owner.textChanged.connect(self._changed)
            done.toggled.connect(self._changed)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)

    def load(self, rows: tuple[ChecklistRow, ...], born: date | None, today: date) -> None:
        self.born, self.today = born, today
        self.blockSignals(True)
        for r in rows:
            self.owners[r.item].setText(r.wie)
            self.done[r.item].setChecked(r.gedaan)
        self.blockSignals(False)
        self.refresh_warnings()

    def edits(self) -> tuple[ChecklistEdit, ...]:
        return tuple(
            ChecklistEdit(item, self.owners[item].text(), self.done[item].isChecked())
            for item in ChecklistItem
        )

    def _changed(self) -> None:
        self.refresh_warnings()
        self.changed.emit()

    def refresh_warnings(self) -> None:
        states = [ChecklistState(e.item, e.wie, e.gedaan) for e in self.edits()]
        found = {w.item: w for w in checklist_warnings(self.born, self.today, states)}
        for item, lbl in self.warnings.items():
            w = found.get(item)
            if w is None:
                lbl.setVisible(False)
                continue
            text = (
                tr("Nog niet geregeld — de jongere wordt 18 op %1.")
                if w.alert is ChecklistAlert.SOON
                else tr("Nog niet geregeld, terwijl de jongere sinds %1 18 is.")
            ).replace("%1", long_date(w.due))
            if w.no_owner:
                text += tr(" Er is nog niemand die het regelt.")
            lbl.setText("⚠ " + text)
            lbl.setStyleSheet(f"color:{ALERT_COLOURS[w.alert]};font-weight:bold;")
            lbl.setVisible(True)

    def open_warnings(self) -> int:
        return sum(1 for lbl in self.warnings.values() if not lbl.isHidden())

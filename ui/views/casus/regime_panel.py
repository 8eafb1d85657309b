"""The regie tab: the regime (lokaal, Veilig Thuis, GI) with its reason and history, the three
Veilig Thuis afspraken (warned about while missing), and handing over regie."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.regie import VeiligThuisAfspraken
from casedesk.domain.vocabulary import Regime, Verwijzer
from casedesk.errors import InvalidInput
from casedesk.services import regie
from casedesk.services.changes import Changes
from casedesk.services.regie import RegieView
from ui.context import AppContext
from ui.dialogs.hand_over import HandOverDialog
from ui.errors import show_error, validation_text
from ui.i18n import label, label_of
from ui.views.casus.bindings import error_label, with_error
from ui.views.casus.common import combo, heading, hint, line, text_box, timestamp, tr
from ui.views.casus.rows_model import RowsModel, rows_table

REGIME_EXPLANATION = {
    Regime.LOKAAL_VRIJWILLIG: "Het lokale team voert de casusregie, in een vrijwillig kader.",
    Regime.VEILIG_THUIS: "Veilig Thuis is betrokken: veiligheid eerst. Leg vast wie het "
    "aanspreekpunt is, wie het plan met het gezin schrijft en wie toeziet op de uitvoering.",
    Regime.GI_MAATREGEL: "Er is een maatregel (ondertoezichtstelling of jeugdreclassering): de "
    "gecertificeerde instelling voert de casusregie; het lokale team blijft betrokken.",
}
REMINDERS = {
    "veilig-thuis-aanspreekpunt-missing": "Nog niet vastgelegd: wie aanspreekpunt is voor het "
    "gezin.",
    "veilig-thuis-planschrijver-missing": "Nog niet vastgelegd: wie het plan met het gezin "
    "schrijft.",
    "veilig-thuis-toezicht-missing": "Nog niet vastgelegd: wie toeziet op de uitvoering.",
}
LOG_KINDS = {"regime": "Regie gewijzigd", "regie": "Casusregisseur gewijzigd",
             "heropend": "Heropend", "geopend": "Geopend"}
VT_FIELDS = (("aanspreekpunt", "Aanspreekpunt voor het gezin"),
             ("planschrijver", "Schrijft het plan met het gezin"),
             ("toezicht", "Ziet toe op de uitvoering"))


class RegimePanel(QWidget):
    """Signals:
    done: after a change was stored (tests wait for it).
    """

    done = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: RegieView | None = None
        self.current = QLabel()
        self.current.setStyleSheet("font-size:12pt;")
        self.explanation = hint("")
        self.reminders = QLabel()
        self.reminders.setWordWrap(True)
        self.reminders.setStyleSheet("color:#8a5a00;font-weight:bold;")

        self.vt_box = QGroupBox(tr("Afspraken bij Veilig Thuis"))
        vt_form = QFormLayout(self.vt_box)
        self.vt = {key: line(tr(text)) for key, text in VT_FIELDS}
        for key, text in VT_FIELDS:
            vt_form.addRow(tr(text) + ":", self.vt[key])
        self.vt_save = QPushButton(tr("Afspraken opslaan"))
        self.vt_save.clicked.connect(self._save_vt)
        vt_form.addRow("", self.vt_save)

        change_box = QGroupBox(tr("Regie wijzigen"))
        change_form = QFormLayout(change_box)
        self.target = combo(tr("Nieuw regime"))
        self.target.currentIndexChanged.connect(self._arrange)
        self.reason = text_box(tr("Reden van de wijziging"), 2)
        self.reason_error = error_label()
        self.target_error = error_label()
        self.change_button = QPushButton(tr("Regie wijzigen"))
        self.change_button.clicked.connect(self._change)
        change_form.addRow(tr("Nieuw regime:"), with_error(self.target, self.target_error))
        change_form.addRow(tr("Reden:"), with_error(self.reason, self.reason_error))
        change_form.addRow("", self.change_button)

        regisseur_box = QGroupBox(tr("Casusregisseur"))
        regisseur_layout = QVBoxLayout(regisseur_box)
        self.regisseur = QLabel()
        self.regisseur.setWordWrap(True)
        self.hand_over = QPushButton(tr("Regie overdragen…"))
        self.hand_over.clicked.connect(self._hand_over)
        regisseur_layout.addWidget(self.regisseur)
        regisseur_layout.addWidget(self.hand_over)

        self.history = RowsModel([tr(h) for h in ("Wanneer", "Wat", "Van → naar", "Reden",
                                                  "Door")])
        self.history_table = rows_table(self.history, tr("Geschiedenis van de regie"),
                                        (110, 125, 170, 200, 120), stretch=3)
        self.history_table.setWordWrap(True)
        self.history_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)

        left = QVBoxLayout()
        left.addWidget(self.current)
        left.addWidget(self.explanation)
        left.addWidget(self.reminders)
        left.addWidget(self.vt_box)
        left.addWidget(change_box)
        left.addWidget(regisseur_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(heading(tr("Geschiedenis van de regie")))
        right.addWidget(self.history_table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def show_regie(self, view: RegieView) -> None:
        self.view = view
        self.current.setText(tr("Regie: <b>%1</b>").replace("%1", escape(label(view.regime))))
        self.explanation.setText(tr(REGIME_EXPLANATION[view.regime]))
        self.reminders.setText("\n".join(tr(REMINDERS.get(r, r)) for r in view.reminders))
        self.reminders.setVisible(bool(view.reminders))
        for key, _ in VT_FIELDS:
            self.vt[key].setText(getattr(view.veilig_thuis, key))
        self.target.blockSignals(True)
        self.target.clear()
        self.target.addItem(tr("— kies —"), None)
        for regime in Regime:
            if regime is not view.regime:
                self.target.addItem(label(regime), regime)
        self.target.blockSignals(False)
        self.reason.clear()
        self.reason_error.setVisible(False)
        self.target_error.setVisible(False)
        holder = view.refusal != "not-regiehouder"
        self.change_button.setEnabled(holder)
        self.vt_save.setEnabled(holder)
        self.target.setEnabled(holder)
        self.reason.setReadOnly(not holder)
        for edit in self.vt.values():
            edit.setReadOnly(not holder)
        self.regisseur.setText(
            f"<b>{escape(view.casusregisseur)}</b>"
            + (escape(tr(" · vervanger: %1").replace("%1", view.stand_in))
               if view.stand_in else ""))
        self.hand_over.setEnabled(view.may_change_regisseur)
        rows = []
        for e in reversed(view.historie):
            if e.soort not in LOG_KINDS:
                continue
            if e.soort == "regime":
                move = f"{label_of(Regime, e.van)} → {label_of(Regime, e.naar)}"
            elif e.soort == "regie":
                move = f"{e.van} → {e.naar}"
            else:
                move = ""
            reason = label_of(Verwijzer, e.reden) if e.soort == "geopend" else e.reden
            rows.append((timestamp(e.op), tr(LOG_KINDS[e.soort]), move, reason, e.door))
        self.history.reset(rows)
        self._arrange()

    def _arrange(self) -> None:
        if self.view is None:
            return
        target = self.target.currentData()
        vt_now = self.view.regime is Regime.VEILIG_THUIS
        self.vt_box.setVisible(vt_now or target == Regime.VEILIG_THUIS)
        self.vt_save.setVisible(vt_now)

    def _afspraken(self) -> VeiligThuisAfspraken:
        return VeiligThuisAfspraken(**{key: self.vt[key].text() for key, _ in VT_FIELDS})

    def _run(self, fn: Callable[..., Any], *args: Any) -> None:
        self.ctx.run(fn, *args, on_done=lambda _: self.done.emit(), on_error=self._failed,
                     changes=Changes(cases=True))

    def _change(self) -> None:
        if self.view is None:
            return
        self.reason_error.setVisible(False)
        self.target_error.setVisible(self.target.currentData() is None)
        if self.target.currentData() is None:
            self.target_error.setText(tr("Kies de nieuwe regie."))
            return
        target = Regime(self.target.currentData())
        afspraken = self._afspraken() if target is Regime.VEILIG_THUIS else None
        self._run(regie.change_regime, self.view.casus_id, target,
                  self.reason.toPlainText(), afspraken)

    def _save_vt(self) -> None:
        if self.view is not None:
            self._run(regie.set_veilig_thuis_afspraken, self.view.casus_id, self._afspraken())

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput) and any(e.field == "reden" for e in error.errors):
            self.reason_error.setText(
                "\n".join(validation_text(e) for e in error.errors if e.field == "reden"))
            self.reason_error.setVisible(True)
            self.reason.setFocus()
            return
        show_error(self, error)

    def _hand_over(self) -> None:
        if self.view is None:
            return
        dialog = HandOverDialog(self.ctx, self.view.casus_id, self.view.casusregisseur, self)
        dialog.accepted.connect(self.done.emit)
        dialog.open()

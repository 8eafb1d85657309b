"""The gezinsplan tab: which version the family agreed to, recording a new agreement, and
comparing two versions (or a version with the plan as it stands now)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.vocabulary import AgreementMethod
from casedesk.services import plan
from casedesk.services.plan import PlanComparison, PlanVersionView, Workspace
from ui.context import AppContext
from ui.formatting import long_date
from ui.i18n import label
from ui.views.casus.bindings import error_label, with_error
from ui.views.casus.common import combo, date_line, heading, hint, tr
from ui.views.casus.plan_models import ComparisonModel, VersionTableModel

CURRENT = -1  # the combo's data for "the plan as it stands now"


def _table(model: VersionTableModel | ComparisonModel, name: str,
           widths: tuple[int, ...] = ()) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive if widths
                                else QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


class PlanVersionsView(QWidget):
    """Signals:
    agree_requested: (who, date text, AgreementMethod) — the casus view saves the draft first.
    compared: after a comparison is shown.
    """

    agree_requested = Signal(str, str, object)
    compared = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.casus_id: str | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-size:11pt;")
        self.versions = VersionTableModel()
        self.version_table = _table(self.versions, tr("Akkoord-versies"))

        self.who = QComboBox()
        self.who.setEditable(True)
        self.who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.who.setAccessibleName(tr("Akkoord van"))
        self.who.lineEdit().setPlaceholderText(tr("Wie gaf akkoord?"))
        self.when = date_line(tr("Datum akkoord"))
        self.how = combo(tr("Hoe"))
        for method in AgreementMethod:
            self.how.addItem(label(method), method)
        self.agree_button = QPushButton(tr("Akkoord vastleggen"))
        self.agree_button.clicked.connect(self._agree)
        self.errors = {key: error_label() for key in ("akkoord_door", "akkoord_op")}
        form = QFormLayout()
        form.addRow(tr("Akkoord van:"), with_error(self.who, self.errors["akkoord_door"]))
        form.addRow(tr("Datum:"), with_error(self.when, self.errors["akkoord_op"]))
        form.addRow(tr("Hoe:"), self.how)
        form.addRow("", self.agree_button)
        agree_box = QGroupBox(tr("Akkoord van het gezin vastleggen"))
        agree_layout = QVBoxLayout(agree_box)
        agree_layout.addWidget(hint(tr("Legt het plan zoals het nu is vast als nieuwe versie. "
                                       "Wijzigingen daarna vormen het concept van de "
                                       "volgende versie.")))
        agree_layout.addLayout(form)

        self.left = combo(tr("Vergelijk van"))
        self.right = combo(tr("Vergelijk met"))
        self.left.currentIndexChanged.connect(self._compare)
        self.right.currentIndexChanged.connect(self._compare)
        self.comparison = ComparisonModel()
        self.comparison_table = _table(self.comparison, tr("Verschillen"),
                                       (110, 100, 320, 140, 260))
        self.comparison_table.setWordWrap(True)
        self.comparison_note = QLabel()
        self.comparison_note.setStyleSheet("color:#555555;")
        pick = QHBoxLayout()
        pick.addWidget(QLabel(tr("Vergelijk")))
        pick.addWidget(self.left, 1)
        pick.addWidget(QLabel(tr("met")))
        pick.addWidget(self.right, 1)

        top = QHBoxLayout()
        versions_column = QVBoxLayout()
        versions_column.addWidget(heading(tr("Akkoord-versies")))
        versions_column.addWidget(self.version_table, 1)
        top.addLayout(versions_column, 3)
        top.addWidget(agree_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(top, 2)
        layout.addWidget(heading(tr("Versies vergelijken")))
        layout.addLayout(pick)
        layout.addWidget(self.comparison_note)
        layout.addWidget(self.comparison_table, 3)
        self._loading = False
        self._shown: tuple[str, int] | None = None
        self._compare_pending = False
        self.latest: PlanVersionView | None = None
        self.dirty = False

    def load(self, ws: Workspace, dirty: bool, today_text: str) -> None:
        self.casus_id = ws.detail.casus_id
        self.versions.reset(ws.versies)
        self.latest = max(ws.versies, key=lambda v: v.versie) if ws.versies else None
        self.dirty = dirty
        self._status(None)
        parents = [m.naam for m in ws.detail.leden if m.gezag]
        current_who = self.who.currentText()
        self.who.clear()
        self.who.addItems(parents + ([" en ".join(parents)] if len(parents) > 1 else []))
        self.who.setEditText(current_who)
        if not self.when.text():
            self.when.setText(today_text)
        self.agree_button.setEnabled(ws.regie.may_advance)
        self._loading = True
        previous = (self.left.currentData(), self.right.currentData())
        for box in (self.left, self.right):
            box.clear()
            for v in sorted(ws.versies, key=lambda v: v.versie):
                box.addItem(tr("Versie %1").replace("%1", str(v.versie)), v.versie)
        self.right.addItem(tr("Huidig plan (concept)"), CURRENT)
        if self.latest is not None:
            # Keep the user's choice while the casus stays the same; a new agreed version
            # (or another casus) starts from "latest agreed → now".
            latest = self.latest.versie
            same = self._shown == (ws.detail.casus_id, latest)
            self.left.setCurrentIndex(self.left.findData(previous[0] if same else latest))
            right = self.right.findData(previous[1]) if same else -1
            self.right.setCurrentIndex(right if right >= 0 else self.right.count() - 1)
            self._shown = (ws.detail.casus_id, latest)
        self._loading = False
        self._compare()

    def _status(self, changed: bool | None) -> None:
        """What the family agreed to; ``changed``: whether the plan differs from it now
        (None: not compared yet — the comparison runs when this tab is shown)."""
        v = self.latest
        if v is None:
            text = tr("Concept: het gezin heeft nog geen versie van dit plan akkoord gegeven.")
        else:
            text = tr("Versie %1 is akkoord (%2, %3).").replace("%1", str(v.versie)).replace(
                "%2", v.akkoord_door).replace("%3", long_date(v.akkoord_op))
            if changed or self.dirty:
                text += " " + tr("Het plan is sindsdien gewijzigd: dit is het concept van "
                                 "versie %1.").replace("%1", str(v.versie + 1))
            elif changed is False:
                text += " " + tr("Sindsdien is niets gewijzigd.")
        self.status.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._compare_pending:
            self._compare()

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, widget in self.errors.items():
            widget.setText(errors.get(key, ""))
            widget.setVisible(bool(errors.get(key)))

    def _agree(self) -> None:
        self.show_errors({})
        self.agree_requested.emit(self.who.currentText(), self.when.text(),
                                  AgreementMethod(self.how.currentData()))

    def agreed(self) -> None:
        """After a successful agreement: the form is ready for the next one."""
        self.who.setEditText("")

    def _compare(self) -> None:
        if self._loading or self.casus_id is None:
            return
        self._compare_pending = not self.isVisible()  # a snapshot costs: only when looked at
        if self._compare_pending:
            return
        left, right = self.left.currentData(), self.right.currentData()
        if left is None or right is None:
            self.comparison.reset(())
            self.comparison_note.setText(tr("Er is nog geen akkoord-versie om mee te "
                                            "vergelijken."))
            self.compared.emit()
            return
        self.ctx.run(plan.compare_versions, self.casus_id, left,
                     None if right == CURRENT else right, on_done=self._show_comparison)

    def _show_comparison(self, result: PlanComparison) -> None:
        if self.latest is not None and (result.left, result.right) == (self.latest.versie, None):
            self._status(bool(result.changes))
        self.comparison.reset(result.changes)
        self.comparison_note.setText(
            tr("Geen verschillen.") if not result.changes else
            tr("%1 wijziging(en).").replace("%1", str(len(result.changes))))
        self.compared.emit()

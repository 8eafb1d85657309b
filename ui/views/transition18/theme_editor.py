"""One leefthema of the toekomstplan: the situation now, the goal in the young person's words,
the financing after 18, the status, and the actions with owner and date."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.vocabulary import Financing18, Theme18, ThemeStatus
from casedesk.errors import ValidationError
from casedesk.services.transition18 import ActionEdit, ThemeEdit, ThemeView
from ui.errors import validation_text
from ui.formatting import short_date
from ui.i18n import label
from ui.views.transition18.style import tr

ID_ROLE = Qt.ItemDataRole.UserRole + 1
WAT, WIE, WANNEER, GEDAAN = range(4)

# What each theme covers (Tussen Wal en Schip network, 001 §5.4.8; domain brief).
THEME_HINTS = {
    Theme18.SUPPORT: "Een steunfiguur of mentor die de jongere zelf kiest; familie en netwerk.",
    Theme18.WONEN: "Waar de jongere na 18 woont, en met hoeveel begeleiding.",
    Theme18.INKOMEN: "Geld, zorgverzekering, toeslagen, bankrekening, DigiD, schulden.",
    Theme18.ONDERWIJS_WERK: "School, stage, opleiding of werk, en wie daarbij helpt.",
    Theme18.ZORG_WELZIJN: "Behandeling en hulp na 18, huisarts, gezondheid en welzijn.",
}


def error_label() -> QLabel:
    lbl = QLabel()
    lbl.setStyleSheet("color:#b3261e;")
    lbl.setWordWrap(True)
    lbl.setVisible(False)
    return lbl


def show_error(lbl: QLabel, text: str) -> None:
    lbl.setText(text)
    lbl.setVisible(bool(text))


class ThemeEditor(QWidget):
    """Signals:
    changed: whenever the person edits something (the plan tracks unsaved work).
    """

    changed = Signal()

    def __init__(self, theme: Theme18, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = theme
        title = QLabel(f"<b>{label(theme)}</b>")
        title.setStyleSheet("font-size:13pt;")
        hint = QLabel(tr(THEME_HINTS[theme]))
        hint.setStyleSheet("color:#5f6368;")
        hint.setWordWrap(True)

        self.situatie = QPlainTextEdit()
        self.situatie.setAccessibleName(tr("Situatie nu: %1").replace("%1", label(theme)))
        self.situatie.setFixedHeight(64)
        self.situatie.setTabChangesFocus(True)
        self.doel = QPlainTextEdit()
        self.doel.setAccessibleName(
            tr("Doel in de woorden van de jongere: %1").replace("%1", label(theme))
        )
        self.doel.setPlaceholderText(tr("Schrijf op wat de jongere zelf zegt."))
        self.doel.setFixedHeight(64)
        self.doel.setTabChangesFocus(True)
        self.financiering = QComboBox()
        self.financiering.setAccessibleName(tr("Financiering na 18"))
        self.financiering.addItem(tr("Nog niet bekend"), "")
        for f in Financing18:
            self.financiering.addItem(label(f), f.value)
        self.status = QComboBox()
        self.status.setAccessibleName(tr("Status van het thema"))
        for s in ThemeStatus:
            self.status.addItem(label(s), s.value)

        self.action_table = QTableWidget(0, 4)
        self.action_table.setHorizontalHeaderLabels(
            [tr("Actie"), tr("Wie"), tr("Wanneer (dd-mm-jjjj)"), tr("Gedaan")]
        )
        self.action_table.setAccessibleName(tr("Acties: %1").replace("%1", label(theme)))
        self.action_table.verticalHeader().hide()
        self.action_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.action_table.setTabKeyNavigation(False)
        header = self.action_table.horizontalHeader()
        header.setSectionResizeMode(WAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WIE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WANNEER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GEDAAN, QHeaderView.ResizeMode.ResizeToContents)
        self.action_table.setColumnWidth(WIE, 200)
        self.action_table.setMinimumHeight(130)
        self.add_button = QPushButton(tr("Actie toevoegen"))
        self.remove_button = QPushButton(tr("Actie verwijderen"))
        self.add_button.clicked.connect(self.add_action)
        self.remove_button.clicked.connect(self.remove_action)
        self.actions_error = error_label()

        form = QFormLayout()
        form.addRow(tr("Situatie nu:"), self.situatie)
        form.addRow(tr("Doel, in de woorden\nvan de jongere:"), self.doel)
        selects = QHBoxLayout()
        selects.addWidget(self.financiering, 2)
        selects.addWidget(QLabel(tr("Status:")))
        selects.addWidget(self.status, 1)
        form.addRow(tr("Financiering na 18:"), selects)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("<b>Acties</b> — wie doet wat, wanneer")))
        layout.addWidget(self.action_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.actions_error)

        self.situatie.textChanged.connect(self.changed)
        self.doel.textChanged.connect(self.changed)
        self.financiering.currentIndexChanged.connect(self.changed)
        self.status.currentIndexChanged.connect(self.changed)
        self.action_table.itemChanged.connect(self.changed)

    # --- data ---------------------------------------------------------------------------

    def load(self, view: ThemeView) -> None:
        self.blockSignals(True)
        self.situatie.setPlainText(view.situatie)
        self.doel.setPlainText(view.doel)
        self.financiering.setCurrentIndex(
            self.financiering.findData(view.financiering.value if view.financiering else "")
        )
        self.status.setCurrentIndex(self.status.findData(view.status.value))
        self.action_table.setRowCount(0)
        for a in view.acties:
            self._append(a.action_id, a.wat, a.wie, short_date(a.wanneer), a.gedaan)
        self.blockSignals(False)
        self.clear_errors()

    def edit(self) -> ThemeEdit:
        financing = self.financiering.currentData()
        return ThemeEdit(
            self.theme,
            situatie=self.situatie.toPlainText(),
            doel=self.doel.toPlainText(),
            financiering=Financing18(financing) if financing else None,
            status=ThemeStatus(self.status.currentData()),
            acties=tuple(self._action(r) for r in range(self.action_table.rowCount())),
        )

    def current_status(self) -> ThemeStatus:
        return ThemeStatus(self.status.currentData())

    def _action(self, row: int) -> ActionEdit:
        def text(column: int) -> str:
            item = self.action_table.item(row, column)
            return item.text() if item else ""

        wat = self.action_table.item(row, WAT)
        done = self.action_table.item(row, GEDAAN)
        return ActionEdit(
            wat=text(WAT),
            wie=text(WIE),
            wanneer=text(WANNEER),
            gedaan=bool(done and done.checkState() == Qt.CheckState.Checked),
            action_id=(wat.data(ID_ROLE) or None) if wat else None,
        )

    def _append(self, action_id: str | None, wat: str, wie: str, wanneer: str, done: bool) -> int:
        blocked = self.action_table.blockSignals(True)
        row = self.action_table.rowCount()
        self.action_table.insertRow(row)
        what = QTableWidgetItem(wat)
        what.setData(ID_ROLE, action_id or "")
        self.action_table.setItem(row, WAT, what)
        self.action_table.setItem(row, WIE, QTableWidgetItem(wie))
        self.action_table.setItem(row, WANNEER, QTableWidgetItem(wanneer))
        check = QTableWidgetItem()
        check.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        check.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        check.setData(Qt.ItemDataRole.AccessibleTextRole, tr("Gedaan"))
        self.action_table.setItem(row, GEDAAN, check)
        self.action_table.blockSignals(blocked)
        return row

    def add_action(self) -> None:
        row = self._append(None, "", "", "", False)
        self.action_table.setCurrentCell(row, WAT)
        self.action_table.setFocus()
        item = self.action_table.item(row, WAT)
        if item is not None:
            self.action_table.editItem(item)
        self.changed.emit()

    def remove_action(self) -> None:
        row = self.action_table.currentRow()
        if row >= 0:
            self.action_table.removeRow(row)
            self.changed.emit()

    # --- errors -------------------------------------------------------------------------

    def clear_errors(self) -> None:
        show_error(self.actions_error, "")
        for r in range(self.action_table.rowCount()):
            for c in (WAT, WANNEER):
                item = self.action_table.item(r, c)
                if item:
                    item.setBackground(Qt.GlobalColor.transparent)

    def show_errors(self, errors: Iterable[ValidationError]) -> bool:
        """Mark the fields of this theme named in ``errors``; True when there were any."""
        prefix = f"thema.{self.theme.value}.actie."
        lines = []
        for e in errors:
            if not e.field.startswith(prefix):
                continue
            index_text, _, column_name = e.field[len(prefix) :].partition(".")
            row = int(index_text)
            column = WAT if column_name == "wat" else WANNEER
            item = self.action_table.item(row, column)
            if item is not None:
                item.setBackground(Qt.GlobalColor.yellow)
            where = (
                tr("Actie %1, kolom Actie") if column == WAT else tr("Actie %1, kolom Wanneer")
            ).replace("%1", str(row + 1))
            lines.append(f"{where}: {validation_text(e)}")
        show_error(self.actions_error, "\n".join(lines))
        return bool(lines)

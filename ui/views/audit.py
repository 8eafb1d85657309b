"""Privacy: the audit log and the bewaartermijn, for the privacy officer.

Top: filters (casus, person by name or BSN, user, kind, period), the chain's state and a CSV
export; the table lists matching entries, newest first. Below: closed cases whose
bewaartermijn has passed, with "Vernietigen" (or, on a synced profile, a request the regional
store executes). Both lists show ids, codes and dates, never the file's content.
"""

from __future__ import annotations

import json
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.errors import InvalidInput
from casedesk.services import access, audit_log, retention
from casedesk.services.access import BreakGlassEntry
from casedesk.services.audit_log import AuditFilter, AuditListing, AuditRow
from casedesk.services.changes import Changes
from casedesk.services.retention import Destruction, DueCase, TermSetting
from ui.audit_labels import action_label, details_text, entity_label
from ui.context import AppContext
from ui.errors import show_error
from ui.formatting import short_date
from ui.i18n import tr
from ui.main_window import MainWindow
from ui.models.dto_table import Column, DtoTableModel
from ui.views.tables.widgets import ErrorLabel, muted

PAGE_KEY = "privacy"
KIND_TEXT = {
    "": QT_TR_NOOP("Alle soorten"),
    "bekeken": QT_TR_NOOP("Bekeken"),
    "gewijzigd": QT_TR_NOOP("Gewijzigd"),
    "geexporteerd": QT_TR_NOOP("Geëxporteerd"),
    "gesynchroniseerd": QT_TR_NOOP("Gesynchroniseerd"),
    "vernietigd": QT_TR_NOOP("Vernietigd"),
}


class AuditColumn(IntEnum):
    SEQ = 0
    WANNEER = 1
    WIE = 2
    SOORT = 3
    ACTIE = 4
    ONDERDEEL = 5
    ID = 6
    DETAILS = 7


def _details(row: AuditRow) -> str:
    return details_text(json.loads(row.detail))


def _raw(row: AuditRow) -> str:
    """The stored codes, as the CSV export has them (for whoever needs the exact entry)."""
    return f"{row.action} · {row.entity} {row.entity_id}" + (
        f" · {row.detail}" if row.detail != "{}" else "")


AUDIT_COLUMNS: dict[IntEnum, Column[AuditRow]] = {
    AuditColumn.SEQ: Column(QT_TR_NOOP("Nr."), lambda r: str(r.seq), lambda r: r.seq),
    AuditColumn.WANNEER: Column(QT_TR_NOOP("Tijdstip"),
                                lambda r: r.at.strftime("%d-%m-%Y %H:%M"), lambda r: r.at),
    AuditColumn.WIE: Column(QT_TR_NOOP("Gebruiker"), lambda r: r.actor),
    AuditColumn.SOORT: Column(QT_TR_NOOP("Soort"), lambda r: tr(KIND_TEXT.get(r.kind, r.kind))),
    AuditColumn.ACTIE: Column(QT_TR_NOOP("Actie"), lambda r: action_label(r.action),
                              tooltip=_raw),
    AuditColumn.ONDERDEEL: Column(QT_TR_NOOP("Onderdeel"), lambda r: entity_label(r.entity),
                                  tooltip=_raw),
    AuditColumn.ID: Column(QT_TR_NOOP("Id"), lambda r: r.entity_id[:8],
                           tooltip=lambda r: r.entity_id),
    AuditColumn.DETAILS: Column(QT_TR_NOOP("Details"), _details, tooltip=_raw),
}


class DueColumn(IntEnum):
    CASUS = 0
    GEMEENTE = 1
    TEAM = 2
    GESLOTEN = 3
    VERNIETIGEN_NA = 4
    VERZOEK = 5


DUE_COLUMNS: dict[IntEnum, Column[DueCase]] = {
    DueColumn.CASUS: Column(QT_TR_NOOP("Casus"), lambda d: d.casus_id[:8],
                            tooltip=lambda d: d.casus_id),
    DueColumn.GEMEENTE: Column(QT_TR_NOOP("Gemeente"), lambda d: d.gemeente),
    DueColumn.TEAM: Column(QT_TR_NOOP("Team"), lambda d: d.team),
    DueColumn.GESLOTEN: Column(QT_TR_NOOP("Gesloten op"), lambda d: short_date(d.gesloten_op),
                               lambda d: d.gesloten_op),
    DueColumn.VERNIETIGEN_NA: Column(QT_TR_NOOP("Te vernietigen vanaf"),
                                     lambda d: short_date(d.vernietigen_na),
                                     lambda d: d.vernietigen_na),
    DueColumn.VERZOEK: Column(QT_TR_NOOP("Verzoek"), lambda d: d.verzoek or "—"),
}


class GlassColumn(IntEnum):
    WANNEER = 0
    WIE = 1
    CASUS = 2
    REDEN = 3


GLASS_COLUMNS: dict[IntEnum, Column[BreakGlassEntry]] = {
    GlassColumn.WANNEER: Column(QT_TR_NOOP("Tijdstip"),
                                lambda g: g.at.strftime("%d-%m-%Y %H:%M"), lambda g: g.at),
    GlassColumn.WIE: Column(QT_TR_NOOP("Wie"), lambda g: g.door),
    GlassColumn.CASUS: Column(QT_TR_NOOP("Casus"), lambda g: g.casus_id[:8],
                              tooltip=lambda g: g.casus_id),
    GlassColumn.REDEN: Column(QT_TR_NOOP("Reden"), lambda g: g.reden, tooltip=lambda g: g.reden),
}


def _table(model: DtoTableModel[AuditRow] | DtoTableModel[DueCase]
           | DtoTableModel[BreakGlassEntry], name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    # One line of text per entry: the log is read by scanning many rows.
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class PrivacyPage(QWidget):
    """Signals: loaded (the audit list is shown), due_loaded, destroyed (casus id),
    glass_loaded (the break-the-glass list), term_loaded (the bewaartermijn setting shown),
    term_refused (a term was not saved; the reason is next to the field)."""

    loaded = Signal()
    due_loaded = Signal()
    destroyed = Signal(str)
    glass_loaded = Signal()
    term_loaded = Signal()
    term_refused = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Privacy: auditlog en bewaartermijn"))
        title.setStyleSheet("font-size:15pt;font-weight:bold;")

        self.casus = QLineEdit(placeholderText=self.tr("casus-id"))
        self.person = QLineEdit(placeholderText=self.tr("naam of BSN"))
        self.user = QLineEdit(placeholderText=self.tr("gebruikersnaam of naam"))
        self.kind = QComboBox()
        for value, text in KIND_TEXT.items():
            self.kind.addItem(tr(text), value)
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Actie"))
        self.action.addItem(self.tr("Alle acties"), "")
        self.since = QDateEdit(calendarPopup=True, displayFormat="dd-MM-yyyy")
        self.until = QDateEdit(calendarPopup=True, displayFormat="dd-MM-yyyy")
        self.since.setDate(QDate.currentDate().addYears(-1))
        self.until.setDate(QDate.currentDate())
        filters = QFormLayout()
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for label_text, widget in ((self.tr("Casus"), self.casus),
                                   (self.tr("Persoon"), self.person),
                                   (self.tr("Gebruiker"), self.user)):
            row1.addWidget(QLabel(label_text))
            row1.addWidget(widget, 1)
        self.search = QPushButton(self.tr("Zoeken"))
        self.search.setDefault(True)
        self.search.clicked.connect(self.reload)
        self.export = QPushButton(self.tr("Exporteren (CSV)…"))
        self.export.clicked.connect(self._export)
        for label_text, widget in ((self.tr("Soort"), self.kind), (self.tr("Actie"), self.action),
                                   (self.tr("Van"), self.since),
                                   (self.tr("Tot en met"), self.until)):
            row2.addWidget(QLabel(label_text))
            row2.addWidget(widget)
        row2.addStretch(1)
        row2.addWidget(self.search)
        row2.addWidget(self.export)
        filters.addRow(row1)
        filters.addRow(row2)
        for line in (self.casus, self.person, self.user):
            line.returnPressed.connect(self.reload)

        self.chain = QLabel()
        self.chain.setWordWrap(True)
        self.count = QLabel()
        self.model: DtoTableModel[AuditRow] = DtoTableModel(AUDIT_COLUMNS)
        self.view = _table(self.model, self.tr("Auditlog"))
        self.view.setSortingEnabled(False)

        audit_box = QGroupBox(self.tr("Auditlog: wie heeft wat bekeken, gewijzigd, "
                                      "geëxporteerd of gesynchroniseerd"))
        audit_layout = QVBoxLayout(audit_box)
        audit_layout.addLayout(filters)
        status = QHBoxLayout()
        status.addWidget(self.chain, 1)
        status.addWidget(self.count)
        audit_layout.addLayout(status)
        audit_layout.addWidget(self.view, 1)

        self.due_model: DtoTableModel[DueCase] = DtoTableModel(DUE_COLUMNS)
        self.due_view = _table(self.due_model, self.tr("Te vernietigen dossiers"))
        self.due_view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.due_info = QLabel()
        self.due_info.setWordWrap(True)
        self.destroy_button = QPushButton(self.tr("Vernietigen…"))
        self.destroy_button.clicked.connect(self._destroy)
        self.term = QLineEdit()
        self.term.setAccessibleName(self.tr("Bewaartermijn in jaren"))
        self.term.setPlaceholderText(self.tr("standaard"))
        self.term.setMaximumWidth(90)
        self.term_save = QPushButton(self.tr("Opslaan"))
        self.term_default = muted()
        self.term_error = ErrorLabel()
        term_row = QHBoxLayout()
        term_row.addWidget(QLabel(self.tr("Bewaartermijn (jaren na sluiten):")))
        term_row.addWidget(self.term)
        term_row.addWidget(self.term_save)
        term_row.addStretch(1)
        self.term_save.clicked.connect(self.save_term)
        self.term.returnPressed.connect(self.save_term)
        due_box = QGroupBox(self.tr("Bewaartermijn verstreken"))
        due_layout = QVBoxLayout(due_box)
        due_layout.addLayout(term_row)
        due_layout.addWidget(self.term_default)
        due_layout.addWidget(self.term_error)
        due_layout.addWidget(self.due_info)
        due_layout.addWidget(self.due_view, 1)
        due_layout.addWidget(self.destroy_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.glass_model: DtoTableModel[BreakGlassEntry] = DtoTableModel(GLASS_COLUMNS)
        self.glass_view = _table(self.glass_model, self.tr("Doorbroken toegang"))
        self.glass_view.doubleClicked.connect(lambda index: self.filter_casus(
            self.glass_model.row(index.row()).casus_id))
        glass_box = QGroupBox(self.tr("Doorbroken toegang (break the glass)"))
        glass_layout = QVBoxLayout(glass_box)
        glass_layout.addWidget(muted(self.tr(
            "Wie een casus buiten de eigen toegang opende, met de opgegeven reden. "
            "Dubbelklik: het auditlog van die casus.")))
        glass_layout.addWidget(self.glass_view, 1)

        bottom = QSplitter()
        bottom.addWidget(due_box)
        bottom.addWidget(glass_box)
        bottom.setSizes([640, 560])
        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(audit_box)
        split.addWidget(bottom)
        split.setSizes([520, 340])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(split, 1)
        self._enable()
        ctx.events.changed.connect(self._on_changed)

    def _on_changed(self, changes: Changes) -> None:
        if changes.cases:
            self.reload_due()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            casus_id=self.casus.text().strip(), person=self.person.text().strip(),
            user=self.user.text().strip(), kind=str(self.kind.currentData() or ""),
            since=self.since.date().toPython(),  # type: ignore[arg-type]
            until=self.until.date().toPython(),  # type: ignore[arg-type]
            action=str(self.action.currentData() or ""))

    def reload(self) -> None:
        self.ctx.run(audit_log.actions, on_done=self._fill_actions)
        self.ctx.run(audit_log.entries, self.current_filter(), on_done=self._fill)
        self.ctx.run(access.break_glass_log, on_done=self._fill_glass)
        self.ctx.run(retention.term_setting, on_done=self._fill_term)
        self.reload_due()

    def filter_casus(self, casus_id: str) -> None:
        """The audit of one casus (from the break-the-glass list)."""
        self.casus.setText(casus_id)
        self.reload()

    def _fill_actions(self, codes: tuple[str, ...]) -> None:
        """The actions the log holds, by label; the chosen one stays chosen."""
        chosen = str(self.action.currentData() or "")
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr("Alle acties"), "")
        for code in sorted({*codes, *([chosen] if chosen else [])}, key=action_label):
            self.action.addItem(action_label(code), code)
            self.action.setItemData(self.action.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        self.action.setCurrentIndex(max(0, self.action.findData(chosen)))
        self.action.blockSignals(False)

    def _fill_glass(self, entries: tuple[BreakGlassEntry, ...]) -> None:
        self.glass_model.reset(list(entries))
        self.glass_loaded.emit()

    # --- the bewaartermijn ----------------------------------------------------------------

    def _fill_term(self, setting: TermSetting) -> None:
        self.term.setText("" if setting.jaren is None else str(setting.jaren))
        terms = sorted({jaren for _naam, jaren in setting.gemeenten})
        default = ("/".join(str(t) for t in terms) if terms else "20")
        self.term_default.setText(
            self.tr("Leeg: de termijn van de gemeente (%1 jaar).").replace("%1", default)
            if setting.jaren is None else
            self.tr("Geldt op dit apparaat in plaats van die van de gemeente (%1 jaar); leeg "
                    "maken zet die terug.").replace("%1", default))
        self.term_loaded.emit()

    def save_term(self) -> None:
        text = self.term.text().strip()
        if text and not text.isdigit():
            self._term_refused()
            return
        self.term_error.clear_message()
        self.ctx.run(retention.set_term_years, int(text) if text else None,
                     on_done=self._term_saved, on_error=self._term_error)

    def _term_saved(self, setting: TermSetting) -> None:
        self._fill_term(setting)
        self.reload()  # the list of files due follows the term (and the change is audited)

    def _term_error(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self._term_refused()
        else:
            show_error(self, error)

    def _term_refused(self) -> None:
        self.term_error.show_message(self.tr("Kies een bewaartermijn van 1 tot en met 99 jaar."))
        self.term_refused.emit()

    def reload_due(self) -> None:
        self.ctx.run(retention.due_cases, on_done=self._fill_due)

    def _fill(self, listing: AuditListing) -> None:
        self.model.reset(listing.rows)
        if listing.intact:
            self.chain.setText(self.tr("Hashketen intact: alle %1 vermeldingen gecontroleerd.")
                               .replace("%1", str(listing.entries)))
            self.chain.setStyleSheet("color:#1b5e20;font-weight:bold;")
        else:
            self.chain.setText(self.tr("Hashketen verbroken bij vermelding %1: deze of een "
                                       "eerdere vermelding is gewijzigd of verwijderd.")
                               .replace("%1", str(listing.first_break)))
            self.chain.setStyleSheet("color:#b71c1c;font-weight:bold;")
        shown = self.tr("Getoond: %1").replace("%1", str(len(listing.rows)))
        self.count.setText(shown + (self.tr(" (de nieuwste)") if listing.capped else ""))
        self.loaded.emit()

    def _fill_due(self, due: list[DueCase]) -> None:
        self.due_model.reset(due)
        self.due_info.setText(self.tr(
            "Gesloten casussen waarvan de bewaartermijn (standaard 20 jaar na sluiten) "
            "verstreken is. Vernietigen verwijdert alle persoonsgegevens; alleen een "
            "auditvermelding zonder gegevens blijft. Aantal: %1.").replace("%1", str(len(due))))
        self._enable()
        self.due_loaded.emit()

    def _selected_due(self) -> DueCase | None:
        rows = self.due_view.selectionModel().selectedRows()
        return self.due_model.row(rows[0].row()) if rows else None

    def _enable(self) -> None:
        chosen = self._selected_due()
        self.destroy_button.setEnabled(chosen is not None and not chosen.verzoek)

    def _destroy(self) -> None:
        chosen = self._selected_due()
        if chosen is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("Dossier vernietigen"),
            self.tr("Casus %1 en alle persoonsgegevens erin worden definitief vernietigd, "
                    "ook op andere apparaten. Dit kan niet ongedaan worden.")
            .replace("%1", chosen.casus_id[:8]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.run(retention.destroy, chosen.casus_id, on_done=self._destroyed,
                     changes=Changes(cases=True, households=True))

    def _destroyed(self, done: Destruction) -> None:
        self.destroyed.emit(done.casus_id)
        self.reload()

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Auditlog exporteren"),
                                              "auditlog.csv", self.tr("CSV (*.csv)"))
        if path:
            self.ctx.run(audit_log.export_csv, self.current_filter(), Path(path),
                         on_done=lambda _n: self.reload())


def install(window: MainWindow, ctx: AppContext) -> PrivacyPage:
    page = PrivacyPage(ctx, window)
    window.add_page(PAGE_KEY, QCoreApplication.translate("MainWindow", "Privacy"), page)
    page.reload()
    return page


def _privacy_screen(window: MainWindow) -> QWidget:
    """The page as a privacy officer sees it (the demo user is none, so in its own window)."""
    page = PrivacyPage(window.ctx)
    page.setWindowTitle("casedesk")
    page.resize(1280, 860)
    page.since.setDate(QDate(2000, 1, 1))
    page.reload()
    page.show()
    return page


PRIVACY_SCREENS = [("privacy-audit", _privacy_screen)]

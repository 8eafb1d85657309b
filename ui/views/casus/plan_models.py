"""Table models of the gezinsplan tab: the agreed versions, and the changes between two."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from casedesk.domain.vocabulary import AgreementMethod, Law, Provider, SafetyAssessment
from casedesk.services.plan import ItemChange, PlanVersionView
from ui.formatting import euro, short_date
from ui.i18n import label_of
from ui.views.casus.common import tr

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class VersionColumn(IntEnum):
    VERSIE = 0
    DOOR = 1
    OP = 2
    WIJZE = 3
    DOELEN = 4
    MIDDELEN = 5
    AFSPRAKEN = 6


VERSION_HEADERS = ("Versie", "Akkoord van", "Datum", "Hoe", "Doelen", "Hulp", "Afspraken")


class VersionTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[PlanVersionView] = []

    def reset(self, rows: Sequence[PlanVersionView]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda v: -v.versie)  # newest first
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(VersionColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(VERSION_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        v, column = self._rows[index.row()], VersionColumn(index.column())
        if role == ROW_ROLE:
            return v
        if role == SORT_ROLE:
            values: dict[VersionColumn, Any] = {
                VersionColumn.VERSIE: v.versie, VersionColumn.OP: v.akkoord_op.toordinal(),
                VersionColumn.DOELEN: v.doelen, VersionColumn.MIDDELEN: v.middelen,
                VersionColumn.AFSPRAKEN: v.afspraken}
            return values.get(column, self.data(index))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        match column:
            case VersionColumn.VERSIE:
                return tr("Versie %1").replace("%1", str(v.versie))
            case VersionColumn.DOOR:
                return v.akkoord_door
            case VersionColumn.OP:
                return short_date(v.akkoord_op)
            case VersionColumn.WIJZE:
                return label_of(AgreementMethod, v.akkoord_wijze)
            case VersionColumn.DOELEN:
                return str(v.doelen)
            case VersionColumn.MIDDELEN:
                return str(v.middelen)
            case VersionColumn.AFSPRAKEN:
                return str(v.afspraken)


class ChangeColumn(IntEnum):
    ONDERDEEL = 0
    WIJZIGING = 1
    ITEM = 2
    VELD = 3
    WAS = 4
    WORDT = 5


CHANGE_HEADERS = ("Onderdeel", "Wijziging", "Wat", "Veld", "Was", "Wordt")
SECTION_NAMES = {"vraaganalyse": "Vraaganalyse", "doelen": "Doelen", "middelen": "Hulp",
                 "afspraken": "Afspraken"}
KIND_NAMES = {"toegevoegd": "Toegevoegd", "verwijderd": "Verwijderd", "gewijzigd": "Gewijzigd"}
KIND_COLOURS = {"toegevoegd": QColor("#1b6e20"), "verwijderd": QColor("#b3261e"),
                "gewijzigd": QColor("#8a5a00")}
FIELD_NAMES = {
    "omschrijving": "Omschrijving", "eindsituatie": "Eindsituatie", "persoon": "Voor",
    "aanbieder": "Aanbieder", "soort_aanbieder": "Soort aanbieder", "wet": "Wet",
    "productcode": "Productcode", "start": "Start", "eind": "Eind", "kosten_cent": "Kosten",
    "thuis_mogelijk": "Thuis mogelijk", "niet_thuis_reden": "Waarom niet thuis", "wat": "Wat",
    "wie": "Wie", "wanneer": "Wanneer", "gedaan": "Gedaan", "aanleiding": "Aanleiding",
    "veiligheid": "Veiligheid", "veiligheid_toelichting": "Toelichting veiligheid",
    "eigen_kracht": "Eigen kracht", "ernst": "Ernst",
}
CODED = {"soort_aanbieder": Provider, "wet": Law, "veiligheid": SafetyAssessment}
DATES = {"start", "eind", "wanneer"}


def shown_value(field: str, value: Any) -> str:
    """A snapshot value the way people read it (dates, euros, labels, ja/nee)."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr("ja") if value else tr("nee")
    if field == "kosten_cent" and isinstance(value, int):
        return euro(value)
    if field in CODED:
        return label_of(CODED[field], str(value))
    if field in DATES:
        try:
            return short_date(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    return str(value)


class ComparisonModel(QAbstractTableModel):
    """One row per changed field; an added or removed item is one row."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[tuple[ItemChange, str, Any, Any]] = []

    def reset(self, changes: Sequence[ItemChange]) -> None:
        self.beginResetModel()
        self._rows = []
        for change in changes:
            if change.fields:
                self._rows += [(change, f.field, f.old, f.new) for f in change.fields]
            else:
                self._rows.append((change, "", None, None))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ChangeColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(CHANGE_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        change, field, old, new = self._rows[index.row()]
        column = ChangeColumn(index.column())
        if role == ROW_ROLE:
            return change
        if role == Qt.ItemDataRole.ForegroundRole and column is ChangeColumn.WIJZIGING:
            return QBrush(KIND_COLOURS[change.kind])
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            return None
        match column:
            case ChangeColumn.ONDERDEEL:
                return tr(SECTION_NAMES.get(change.section, change.section))
            case ChangeColumn.WIJZIGING:
                return tr(KIND_NAMES.get(change.kind, change.kind))
            case ChangeColumn.ITEM:
                return change.title
            case ChangeColumn.VELD:
                return tr(FIELD_NAMES.get(field, field)) if field else ""
            case ChangeColumn.WAS:
                return shown_value(field, old) if field else ""
            case ChangeColumn.WORDT:
                return shown_value(field, new) if field else ""

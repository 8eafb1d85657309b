"""Table models of the overlegtafel lists: the secretary's aanmeldingen, the casusregisseur's
own aanmeldingen and a table's zittingen, each over frozen DTO rows."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtGui import QColor

from casedesk.domain.vocabulary import AanmeldingStatus
from casedesk.services.tables_dto import MyAanmelding, TableAanmelding, ZittingRow
from ui.formatting import short_date
from ui.i18n import label
from ui.models.dto_table import Column, DtoTableModel
from ui.views.tables.texts import capacity_text, short_day

EARLIEST = datetime.min

STATUS_COLOURS = {
    AanmeldingStatus.INGEDIEND: QColor("#1f5f8b"),
    AanmeldingStatus.NIET_ONTVANKELIJK: QColor("#b3261e"),
    AanmeldingStatus.AFGEROND: QColor("#2e7d32"),
}
STATUS_ORDER = {s: i for i, s in enumerate(AanmeldingStatus)}


def _when(moment: datetime | None) -> str:
    """The day of a zitting, without its time (the table's rhythm gives that)."""
    return short_day(moment)[:-6] if moment else ""


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


class InboxColumn(IntEnum):
    INGEDIEND = 0
    ONDERWERP = 1
    VRAAG = 2
    INDIENER = 3
    STATUS = 4
    ZITTING = 5


INBOX_COLUMNS: dict[IntEnum, Column[TableAanmelding]] = {
    InboxColumn.INGEDIEND: Column(
        "Ingediend", lambda r: short_date(r.ingediend_op), lambda r: r.ingediend_op or EARLIEST
    ),
    InboxColumn.ONDERWERP: Column("Over", lambda r: r.onderwerp, tooltip=lambda r: r.onderwerp),
    InboxColumn.VRAAG: Column(
        "Vraag aan de tafel", lambda r: _first_line(r.vraag), tooltip=lambda r: r.vraag
    ),
    InboxColumn.INDIENER: Column(
        "Ingediend door", lambda r: r.ingediend_door, tooltip=lambda r: r.ingediend_door
    ),
    InboxColumn.STATUS: Column(
        "Status",
        lambda r: label(r.status),
        lambda r: STATUS_ORDER[r.status],
        colour=lambda r: STATUS_COLOURS.get(r.status),
    ),
    InboxColumn.ZITTING: Column(
        "Zitting", lambda r: _when(r.zitting_start), lambda r: r.zitting_start or EARLIEST
    ),
}


def inbox_model() -> DtoTableModel[TableAanmelding]:
    return DtoTableModel(INBOX_COLUMNS, "tables")


class MineColumn(IntEnum):
    HUISHOUDEN = 0
    TAFEL = 1
    VRAAG = 2
    STATUS = 3
    ZITTING = 4
    INGEDIEND = 5


MINE_COLUMNS: dict[IntEnum, Column[MyAanmelding]] = {
    MineColumn.HUISHOUDEN: Column("Huishouden", lambda r: r.huishouden),
    MineColumn.TAFEL: Column("Tafel", lambda r: r.tafel, tooltip=lambda r: r.tafel),
    MineColumn.VRAAG: Column(
        "Vraag aan de tafel", lambda r: _first_line(r.vraag), tooltip=lambda r: r.vraag
    ),
    MineColumn.STATUS: Column(
        "Status",
        lambda r: label(r.status),
        lambda r: STATUS_ORDER[r.status],
        colour=lambda r: STATUS_COLOURS.get(r.status),
    ),
    MineColumn.ZITTING: Column(
        "Zitting", lambda r: _when(r.zitting_start), lambda r: r.zitting_start or EARLIEST
    ),
    MineColumn.INGEDIEND: Column(
        "Ingediend", lambda r: short_date(r.ingediend_op), lambda r: r.ingediend_op or EARLIEST
    ),
}


def mine_model() -> DtoTableModel[MyAanmelding]:
    return DtoTableModel(MINE_COLUMNS, "tables")


class ZittingColumn(IntEnum):
    DATUM = 0
    PLAATS = 1
    BEZETTING = 2


def _occupation_colour(row: ZittingRow) -> QColor | None:
    return QColor("#8a5a00") if row.capacity.full else None


ZITTING_COLUMNS: dict[IntEnum, Column[ZittingRow]] = {
    ZittingColumn.DATUM: Column("Zitting", lambda r: short_day(r.start), lambda r: r.start),
    ZittingColumn.PLAATS: Column("Plaats", lambda r: r.plaats, tooltip=lambda r: r.plaats),
    ZittingColumn.BEZETTING: Column(
        "Bezetting",
        lambda r: capacity_text(r.capacity),
        lambda r: r.planned,
        colour=_occupation_colour,
    ),
}


def zitting_model() -> DtoTableModel[ZittingRow]:
    return DtoTableModel(ZITTING_COLUMNS, "tables")

"""Mijn aanmeldingen: the casusregisseur follows her aanmeldingen and reads the outcome; a
concept or an aanmelding sent back (niet ontvankelijk) is opened again to finish it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.vocabulary import AanmeldingStatus
from casedesk.services import tables_outcome
from casedesk.services.changes import Changes
from casedesk.services.tables_dto import Following, MyAanmelding
from ui.context import AppContext
from ui.formatting import short_date
from ui.i18n import label
from ui.views.tables.models import MineColumn, mine_model
from ui.views.tables.preview import preformatted
from ui.views.tables.texts import day_text, problem_text, tr
from ui.views.tables.widgets import fit_columns, list_table, resort

EDITABLE = (AanmeldingStatus.CONCEPT, AanmeldingStatus.NIET_ONTVANKELIJK)


def paragraphs(text: str) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip()).replace(
        "\n", "<br>"
    )


def outcome_html(a: MyAanmelding, *, in_casus: bool = False) -> str:
    parts = [
        f"<h3>{escape(a.tafel)} — {escape(a.huishouden)}</h3>",
        f"<p><b>{tr('Status')}:</b> {escape(label(a.status))}</p>",
        f"<p><b>{tr('Vraag aan de tafel')}:</b><br>{escape(a.vraag)}</p>",
    ]
    if a.zitting_start:
        parts.append(f"<p><b>{tr('Zitting')}:</b> {escape(day_text(a.zitting_start))}</p>")
    if a.status is AanmeldingStatus.NIET_ONTVANKELIJK:
        parts.append(
            f"<p style='color:#b3261e'><b>{tr('Niet ontvankelijk')}:</b> "
            f"{escape(a.reden_niet_ontvankelijk)}</p>"
        )
    if a.advies:
        parts.append(f"<h4>{tr('Advies van de tafel')}</h4>{paragraphs(a.advies)}")
    if a.conclusie_gezin:
        parts.append(f"<h4>{tr('Voor het gezin')}</h4>{paragraphs(a.conclusie_gezin)}")
    if a.afspraken:
        # A list, not a table: it reads in a narrow pane.
        items = "".join(
            f"<li><b>{escape(x.wie)}</b>: {escape(x.wat)}"
            + (f" — {tr('uiterlijk')} {short_date(x.wanneer)}" if x.wanneer else "")
            + "</li>"
            for x in a.afspraken
        )
        parts.append(f"<h4>{tr('Afspraken')}</h4><ul>{items}</ul>")
    if a.status is AanmeldingStatus.AFGEROND:
        if in_casus:
            note = tr("Advies en afspraken staan in de casus en in uw werkoverzicht.")
        else:
            note = tr("Advies en afspraken komen in de casus bij de casusregisseur.")
        parts.append(f"<p><i>{escape(note)}</i></p>")
    parts.append(f"<h4>{tr('Wat de tafel ziet')}</h4>{preformatted(a.samenvatting)}")
    return "".join(parts)


class MyAanmeldingenView(QWidget):
    """Signals:
    loaded: the list has been (re)loaded.
    edit_requested: (casus id, aanmelding id) to continue a concept or a returned aanmelding.
    """

    loaded = Signal()
    edit_requested = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = mine_model()
        self.stale = True  # reload when next shown
        self.wanted: str | None = None  # select this aanmelding when it arrives
        self.in_casus: frozenset[str] = frozenset()  # outcomes already in their casus
        self.table = list_table(
            tr("Mijn aanmeldingen"), MineColumn.INGEDIEND, Qt.SortOrder.DescendingOrder
        )
        self.table.setModel(self.model)
        fit_columns(
            self.table,
            {
                MineColumn.HUISHOUDEN: "Gezin Van Leeuwen",
                MineColumn.TAFEL: "Overleg Passende Hulp",
                MineColumn.STATUS: "Niet ontvankelijk",
                MineColumn.ZITTING: "di 24-11-2026",
                MineColumn.INGEDIEND: "30-11-2026",
            },
            stretch=MineColumn.VRAAG,
        )
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(tr("Uitkomst van de aanmelding"))
        self.edit_button = QPushButton(tr("Verder bewerken en indienen"))
        self.edit_button.setEnabled(False)
        self.count = QLabel()
        self.status = QLabel()

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        rl.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([900, 350])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.status, 1)
        layout.addLayout(bottom)

        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.activated.connect(self._activated)
        self.edit_button.clicked.connect(self._edit)
        ctx.events.changed.connect(self._on_changed)

    def reload(self) -> None:
        self.stale = False
        self.ctx.run(tables_outcome.follow, on_done=self._show, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.status.setText(problem_text(error))

    def _show(self, following: Following) -> None:
        rows = following.aanmeldingen
        self.in_casus = following.in_casus
        if following.received:
            # Outcomes came back into casussen: their views and the werkoverzicht reload.
            self.ctx.events.notify(Changes(cases=True))
        current = self.wanted or (c.aanmelding_id if (c := self.current()) else None)
        self.wanted = None
        self.model.reset(rows)
        resort(self.table)
        self.count.setText(tr("%1 aanmelding(en)").replace("%1", str(len(rows))))
        keep = next(
            (i for i, r in enumerate(self.model.rows()) if r.aanmelding_id == current),
            0 if rows else None,
        )
        if keep is not None:
            self.table.selectRow(keep)
        else:
            self.detail.clear()
        self.loaded.emit()

    def current(self) -> MyAanmelding | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select(self, aanmelding_id: str) -> None:
        for i, row in enumerate(self.model.rows()):
            if row.aanmelding_id == aanmelding_id:
                self.table.selectRow(i)

    def _selected(self, index: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row(index.row()) if index.isValid() else None
        self.detail.setHtml(
            outcome_html(row, in_casus=row.aanmelding_id in self.in_casus) if row else ""
        )
        self.edit_button.setEnabled(row is not None and row.status in EDITABLE)

    def _activated(self, index: QModelIndex) -> None:
        if self.model.row(index.row()).status in EDITABLE:
            self._edit()

    def _edit(self) -> None:
        row = self.current()
        if row is not None and row.status in EDITABLE:
            self.edit_requested.emit(row.casus_id, row.aanmelding_id)

    def _on_changed(self, changes: Changes) -> None:
        """Reload now when shown, else the next time it is shown."""
        if changes.tables:
            self.stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

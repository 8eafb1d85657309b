"""Bijdragen: notes from everyone involved who does not hold regie. They never change the
plan; the casusregisseur reads them and decides."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

from casedesk.errors import InvalidInput
from casedesk.services import regie
from casedesk.services.changes import Changes
from casedesk.services.regie import RegieView
from ui.context import AppContext
from ui.errors import show_error, validation_text
from ui.formatting import date_time
from ui.views.casus.bindings import error_label
from ui.views.casus.common import heading, hint, text_box, tr


class ContributionsView(QWidget):
    """Signals:
    added: after a contribution was stored.
    """

    added = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.casus_id: str | None = None
        self.list = QTextBrowser()
        self.list.setAccessibleName(tr("Bijdragen"))
        self.text = text_box(tr("Nieuwe bijdrage"), 3,
                             tr("Wat wilt u de casusregisseur laten weten?"))
        self.error = error_label()
        self.add_button = QPushButton(tr("Bijdrage toevoegen"))
        self.add_button.clicked.connect(self._add)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(tr("Iedereen die bij het gezin betrokken is, kan hier iets "
                                 "toevoegen. Het plan zelf wijzigt alleen de casusregisseur.")))
        layout.addWidget(self.list, 1)
        layout.addWidget(heading(tr("Nieuwe bijdrage")))
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button)

    def show_regie(self, view: RegieView) -> None:
        self.casus_id = view.casus_id
        if not view.bijdragen:
            self.list.setHtml(f"<p style='color:#666'>{escape(tr('Nog geen bijdragen.'))}</p>")
            return
        self.list.setHtml("".join(
            f"<p><b>{escape(b.auteur)}</b> · {escape(date_time(b.op))}<br>"
            f"{escape(b.tekst).replace(chr(10), '<br>')}</p>"
            for b in view.bijdragen))

    def _add(self) -> None:
        if self.casus_id is None:
            return
        self.error.setVisible(False)
        self.ctx.run(regie.add_contribution, self.casus_id, self.text.toPlainText(),
                     on_done=self._done, on_error=self._failed, changes=Changes(cases=True))

    def _done(self, _view: RegieView) -> None:
        self.text.clear()
        self.added.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.error.setText("\n".join(validation_text(e) for e in error.errors))
            self.error.setVisible(True)
            return
        show_error(self, error)

"""Closed outcomes come into their casus on the casusregisseur's device without her asking:
when the client starts, and whenever table data changed (a sync round pulled an aanmelding its
secretary closed, or another user signed in). See decision 0074."""

from __future__ import annotations

from PySide6.QtCore import QObject

from casedesk.services import tables_outcome
from casedesk.services.changes import Changes
from ui.context import AppContext


class OutcomeReceiver(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.events.changed.connect(self._on_changed)

    def receive(self) -> None:
        self.ctx.run(tables_outcome.receive_outcomes, on_done=self._received)

    def _received(self, aanmeldingen: tuple[str, ...]) -> None:
        if aanmeldingen:
            # New contributions and afspraken: the casus views and the werkoverzicht reload;
            # the tables' lists show the outcome as received.
            self.ctx.events.notify(Changes(cases=True, tables=True))

    def _on_changed(self, changes: Changes) -> None:
        if changes.tables:
            self.receive()

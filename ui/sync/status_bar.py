"""The sync state in the main window's status bar: last synced, offline, a round's progress,
open conflicts, and the way to log in.

Offline is a state, not an error: a grey "Offline" tag beside the last-synced time, and the
number of changes that wait to go out. Other failures show one short line with the full
Dutch message as a tooltip; a login that expired offers "Opnieuw inloggen…".
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QToolButton, QWidget

from casedesk.sync.client import SyncReport
from casedesk.sync.status import SyncStatus, sync_status
from ui.context import AppContext
from ui.errors import KNOWN_MESSAGES
from ui.sync.scheduler import SyncScheduler

OFFLINE_CODES = frozenset({"offline", "connection-lost"})
RELOGIN_CODES = frozenset({"login-expired", "not-logged-in"})
OFFLINE_STYLE = ("QLabel{background:#e2e2e2;color:#333;border-radius:7px;padding:1px 8px;"
                 "font-weight:bold;}")
CONFLICT_STYLE = ("QPushButton{background:#c62828;color:white;border:none;border-radius:9px;"
                  "padding:2px 10px;font-weight:bold;}")
ERROR_STYLE = "QLabel{color:#b71c1c;}"


def error_text(code: str | None, fallback: str | None) -> str:
    message = KNOWN_MESSAGES.get(code or "")
    return QCoreApplication.translate("errors", message) if message else (fallback or "")


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).replace("%n", f"{n:,}".replace(",", "."))


class SyncStatusBar(QWidget):
    """Signals:
        login_requested: the person wants to log in (not linked, or the login expired).
        conflicts_requested: the conflict badge was clicked.
        refreshed: the shown state was brought up to date from the profile.
    """

    login_requested = Signal()
    conflicts_requested = Signal()
    refreshed = Signal()

    def __init__(self, ctx: AppContext, scheduler: SyncScheduler, sync_action: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status: SyncStatus | None = None
        self.running = False
        self.rejected = 0  # changes the store refused in the last round
        self.offline_tag = QLabel(self.tr("Offline"))
        self.offline_tag.setStyleSheet(OFFLINE_STYLE)
        self.offline_tag.setToolTip(error_text("offline", None))
        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Synchronisatie"))
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Voortgang van de synchronisatie"))
        self.conflicts = QPushButton()
        self.conflicts.setStyleSheet(CONFLICT_STYLE)
        self.conflicts.setAccessibleName(self.tr("Open conflicten"))
        self.conflicts.clicked.connect(self.conflicts_requested)
        self.login = QPushButton(self.tr("Inloggen…"))
        self.login.clicked.connect(self.login_requested)
        self.sync_button = QToolButton()
        self.sync_button.setDefaultAction(sync_action)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(8)
        for widget in (self.offline_tag, self.state, self.progress, self.conflicts):
            row.addWidget(widget)
        row.addStretch(1)  # the buttons keep their size at the right
        row.addWidget(self.login)
        row.addWidget(self.sync_button)

        scheduler.started.connect(self._on_started)
        scheduler.progress.connect(self._on_progress)
        scheduler.finished.connect(self._on_finished)
        scheduler.offline.connect(self._on_stopped)
        scheduler.failed.connect(self._on_stopped)
        scheduler.logged_in.connect(lambda _account: self.refresh())
        ctx.events.changed.connect(lambda _changes: self.refresh())
        self._render()

    # --- state ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.run(sync_status, on_done=self._show_status, on_error=lambda _e: None)

    def _show_status(self, status: SyncStatus) -> None:
        self.status = status
        self._render()
        self.refreshed.emit()

    def _on_started(self) -> None:
        self.running = True
        self.progress.setRange(0, 0)
        self._render(self.tr("Synchroniseren…"))

    def _on_progress(self, phase: str, done: int, total: int | None) -> None:
        if phase == "push":
            if total:
                self.progress.setRange(0, total)
                self.progress.setValue(done)
            text = _count(done, self.tr("%n wijziging verzonden"),
                          self.tr("%n wijzigingen verzonden"))
        else:
            self.progress.setRange(0, 0)
            text = _count(done, self.tr("%n gegeven ontvangen"), self.tr("%n gegevens ontvangen"))
        self._render(self.tr("Synchroniseren…") + " " + text)

    def _on_finished(self, report: SyncReport) -> None:
        self.rejected = len(report.rejected)
        self._on_stopped(None)

    def _on_stopped(self, _error: object) -> None:
        self.running = False
        self.refresh()

    # --- what is shown -------------------------------------------------------------------

    @property
    def offline(self) -> bool:
        return bool(self.status and self.status.logged_in and not self.running
                    and self.status.last_error_code in OFFLINE_CODES)

    def last_synced_text(self) -> str:
        when = self.status.last_synced if self.status else None
        if when is None:
            return self.tr("Nog niet gesynchroniseerd")
        return self.tr("Laatst gesynchroniseerd %1").replace("%1", self._moment(when))

    def _moment(self, when: datetime) -> str:
        if when.date() == self.ctx.backend.today():
            return when.strftime("%H:%M")
        return when.strftime("%d-%m-%Y %H:%M")

    def _render(self, running_text: str | None = None) -> None:
        status = self.status
        logged_in = bool(status and status.logged_in)
        code = status.last_error_code if status else None
        failed = logged_in and not self.running and code is not None and not self.offline
        self.offline_tag.setVisible(self.offline)
        self.progress.setVisible(self.running)
        self.sync_button.setVisible(logged_in)
        self.login.setVisible(status is not None and (not logged_in or code in RELOGIN_CODES))
        self.login.setText(self.tr("Opnieuw inloggen…") if logged_in else self.tr("Inloggen…"))
        conflicts = status.open_conflicts if status else 0
        self.conflicts.setVisible(conflicts > 0)
        self.conflicts.setText(
            _count(conflicts, self.tr("%n conflict"), self.tr("%n conflicten")))
        self.state.setStyleSheet(ERROR_STYLE if failed else "")
        if status is None:
            text, tip = "", ""
        elif not logged_in:
            text, tip = self.tr("Niet gekoppeld aan de regionale opslag"), ""
        elif self.running:
            text, tip = running_text or self.tr("Synchroniseren…"), status.server or ""
        elif failed:
            text = self.tr("Synchroniseren mislukt")
            tip = error_text(code, status.last_error)
        else:
            text, tip = self.last_synced_text(), status.server or ""
            waiting = status.pending_ops
            if self.offline and waiting:
                text += " · " + _count(waiting, self.tr("%n wijziging wacht"),
                                       self.tr("%n wijzigingen wachten"))
            if self.rejected:
                text += " · " + _count(self.rejected, self.tr("%n wijziging geweigerd"),
                                       self.tr("%n wijzigingen geweigerd"))
        self.state.setText(text)
        self.state.setToolTip(tip)

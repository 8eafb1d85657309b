"""Wires sync into the main window: the scheduler, the status bar, the "Nu synchroniseren"
action, the login dialog, the conflict inbox page, and what a wiped device must do.

Only a logged-in profile syncs. A round the person started that fails for another reason than
being offline explains itself in a dialog; timed rounds stay quiet (the status bar says it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from casedesk.errors import KnownError
from casedesk.services.changes import EVERYTHING
from casedesk.sync.client import SyncReport
from casedesk.sync.status import SyncStatus
from ui.context import AppContext
from ui.errors import show_error, user_message
from ui.main_window import MainWindow
from ui.sync.login_dialog import LoginDialog
from ui.sync.scheduler import SyncScheduler
from ui.sync.status_bar import SyncStatusBar
from ui.views.conflicts import PAGE_KEY, ConflictInbox

SHORTCUT = "F5"


class SyncController(QObject):
    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.scheduler = SyncScheduler(ctx.backend, parent=self)
        self.action = QAction(self.tr("Nu synchroniseren"), window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(self.tr("Nu synchroniseren (%1)").replace("%1", SHORTCUT))
        self.action.triggered.connect(self.sync_now)
        self.action.setEnabled(False)  # until the profile is known to be logged in
        window.addAction(self.action)
        self.bar = SyncStatusBar(ctx, self.scheduler, self.action)
        window.statusBar().insertPermanentWidget(0, self.bar, 1)
        self.inbox = ConflictInbox(ctx)
        self.nav_title = QCoreApplication.translate("MainWindow", "Conflicten")
        window.add_page(PAGE_KEY, self.nav_title, self.inbox)
        self.login_dialog: LoginDialog | None = None
        self.wipe_notice: QMessageBox | None = None
        self._by_person = False

        self.bar.login_requested.connect(self.open_login)
        self.bar.conflicts_requested.connect(lambda: window.show_page(PAGE_KEY))
        self.bar.refreshed.connect(self._on_status)
        self.inbox.open_case.connect(self._open_case)
        self.scheduler.finished.connect(self._on_finished)
        self.scheduler.failed.connect(self._on_failed)
        self.scheduler.offline.connect(lambda _error: setattr(self, "_by_person", False))
        self.scheduler.wiped.connect(self._on_wiped)
        self.scheduler.logged_in.connect(self._on_logged_in)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._first_status = True
        self.bar.refresh()
        self.inbox.reload()

    # --- rounds --------------------------------------------------------------------------

    def sync_now(self) -> None:
        if self.bar.status is not None and self.bar.status.logged_in:
            self._by_person = self.scheduler.sync_now() or self._by_person

    def _on_status(self) -> None:
        status: SyncStatus | None = self.bar.status
        logged_in = bool(status and status.logged_in)
        self.action.setEnabled(logged_in)
        if self._first_status and logged_in:
            self.scheduler.start()
        self._first_status = False
        count = status.open_conflicts if status else 0
        title = f"{self.nav_title} ({count})" if count else self.nav_title
        self.window.nav.item(self.window.page_keys.index(PAGE_KEY)).setText(title)

    def _on_finished(self, report: SyncReport) -> None:
        self._by_person = False
        self.ctx.events.notify(report.changes)

    def _on_failed(self, error: BaseException) -> None:
        by_person, self._by_person = self._by_person, False
        if by_person or not isinstance(error, KnownError):
            show_error(self.window, error)

    def shutdown(self) -> None:
        """At exit: no new round; one under way may commit its page first."""
        self.scheduler.stop()
        self.scheduler.wait()

    # --- login ---------------------------------------------------------------------------

    def open_login(self) -> None:
        status = self.bar.status
        self.login_dialog = LoginDialog(
            self.scheduler, server=(status.server or "") if status else "",
            username=(status.username or "") if status else "", parent=self.window)
        self.login_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.login_dialog.destroyed.connect(lambda: setattr(self, "login_dialog", None))
        self.login_dialog.open()

    def _on_logged_in(self, _account: object) -> None:
        # Who "me" is and the reference data changed: every view reloads; then the first
        # round fetches the team's cases.
        self.ctx.events.notify(EVERYTHING)
        self._first_status = False
        self.scheduler.sync_now()

    # --- the rest ------------------------------------------------------------------------

    def _open_case(self, casus_id: str) -> None:
        self.window.show_page("cases")
        self.window.cases.open_case(casus_id)

    def _on_wiped(self, error: BaseException) -> None:
        """The store revoked this device and its data are erased: say so plainly, then close
        the window (and with it the profile); nothing may be worked on any more."""
        self.scheduler.stop()
        central = self.window.centralWidget()
        if central is not None:
            central.setEnabled(False)
        self.action.setEnabled(False)
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("casedesk — apparaat ingetrokken"),
                          user_message(error), QMessageBox.StandardButton.Ok, self.window)
        box.finished.connect(lambda _result: self.window.close())
        self.wipe_notice = box
        box.open()


def install_sync(window: MainWindow, ctx: AppContext) -> SyncController:
    return SyncController(window, ctx)

"""Background sync: a round on a timer and on demand, one at a time, never on the GUI thread.

A round talks to the network for most of its time, so it runs on its own thread, not on the
database worker: the views keep loading and saving while it waits. Its local steps share the
database worker's gate (``Backend``), so the two never write inside one SQLite transaction.
Results come back to the GUI thread through queued signals (emitted from the sync thread,
received by this object, which lives on the GUI thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from casedesk.errors import OfflineError
from casedesk.services.backend import Backend
from casedesk.sync.client import SyncReport
from casedesk.sync.errors import DeviceWiped

DEFAULT_INTERVAL_MINUTES = 5
STARTUP_DELAY_MS = 3_000  # the first round, once the window is up
INTERVAL_SETTING = "sync/interval_minutes"


def configured_interval_minutes() -> float:
    """``sync/interval_minutes`` in the user's casedesk settings; 5 when unset or unusable."""
    raw: Any = QSettings().value(INTERVAL_SETTING, DEFAULT_INTERVAL_MINUTES)
    try:
        minutes = float(raw)
    except (TypeError, ValueError):
        return DEFAULT_INTERVAL_MINUTES
    return minutes if minutes > 0 else DEFAULT_INTERVAL_MINUTES


class SyncScheduler(QObject):
    """Signals (all on the GUI thread):
        started: a round began.
        progress: (phase "push"/"pull", done, total or None) while it runs.
        finished: the round's ``SyncReport``.
        offline: the round found no connection (the normal case on the road; no dialog).
        failed: any other error of a round (typed ``KnownError``s of ``casedesk.sync``).
        wiped: the store revoked this device; its profile is gone.
        logged_in: (AccountInfo) a login from ``login`` succeeded.
        login_failed: (error) it did not.
    """

    started = Signal()
    progress = Signal(str, int, object)
    finished = Signal(object)
    offline = Signal(object)
    failed = Signal(object)
    wiped = Signal(object)
    logged_in = Signal(object)
    login_failed = Signal(object)
    # Internal: from the sync thread to this object's thread.
    _round_done = Signal(object, object)
    _progressed = Signal(str, int, object)
    _login_done = Signal(object, object)

    def __init__(self, backend: Backend, *, interval_minutes: float | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._thread: threading.Thread | None = None
        self.interval_ms = int((interval_minutes or configured_interval_minutes()) * 60_000)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)  # re-armed after each round: rounds never pile up
        self.timer.timeout.connect(self.sync_now)
        self._round_done.connect(self._on_round_done)
        self._progressed.connect(self.progress)
        self._login_done.connect(self._on_login_done)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, delay_ms: int = STARTUP_DELAY_MS) -> None:
        """Begin the timer (a logged-in profile): the first round after ``delay_ms``."""
        self.timer.start(delay_ms)

    def stop(self) -> None:
        """No more timed rounds; a round under way runs to its end (see ``wait``)."""
        self.timer.stop()

    def wait(self, timeout: float = 30.0) -> None:
        """Block until a round under way has ended (at shutdown: its page commits)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def sync_now(self) -> bool:
        """Start a round unless one runs already; False when it did not start."""
        if self.running:
            return False
        self.timer.stop()
        self.started.emit()
        self._spawn(self._round, "casedesk-sync")
        return True

    def login(self, server: str, username: str, password: str, ca_bundle: str | None) -> bool:
        """Log in on the sync thread (never together with a round); False while one runs."""
        if self.running:
            return False
        self._spawn(lambda: self._login(server, username, password, ca_bundle), "casedesk-login")
        return True

    def _spawn(self, target: Callable[[], None], name: str) -> None:
        self._thread = threading.Thread(target=target, name=name, daemon=True)
        self._thread.start()

    # --- on the sync thread ------------------------------------------------------------

    def _round(self) -> None:
        try:
            report: SyncReport | None = self._backend.sync_round(self._progressed.emit)
            error: BaseException | None = None
        except BaseException as exc:  # delivered to the GUI thread, classified there
            report, error = None, exc
        self._round_done.emit(report, error)

    def _login(self, server: str, username: str, password: str, ca_bundle: str | None) -> None:
        try:
            account: Any = self._backend.login(server, username, password, ca_bundle)
            error: BaseException | None = None
        except BaseException as exc:
            account, error = None, exc
        self._login_done.emit(account, error)

    # --- back on the GUI thread --------------------------------------------------------

    def _finish_thread(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _on_round_done(self, report: SyncReport | None, error: BaseException | None) -> None:
        self._finish_thread()
        if isinstance(error, DeviceWiped):
            self.timer.stop()
            self.wiped.emit(error)
            return
        self.timer.start(self.interval_ms)
        if error is None:
            self.finished.emit(report)
        elif isinstance(error, OfflineError):
            self.offline.emit(error)
        else:
            self.failed.emit(error)

    def _on_login_done(self, account: Any, error: BaseException | None) -> None:
        self._finish_thread()
        if isinstance(error, DeviceWiped):
            self.wiped.emit(error)
        elif error is not None:
            self.login_failed.emit(error)
        else:
            self.logged_in.emit(account)

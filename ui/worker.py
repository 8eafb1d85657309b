"""The one database thread, and the signal that tells views what changed.

All database work runs on one serialized worker (SQLCipher and SQLite like one writer; Anki
and Electrum do the same). A job is ``fn()`` with callbacks; the callbacks are delivered on the
GUI thread through a queued signal. Jobs must never touch widgets.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from casedesk.services.changes import Changes


@dataclass
class _Job:
    fn: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None


class DbWorker(QObject):
    """Runs jobs one after another on a background thread.

    Signals:
        finished: (job, result, error) — internal, delivered to the GUI thread.
        busy_changed: True while jobs are queued or running.
    """

    finished = Signal(object, object, object)
    busy_changed = Signal(bool)

    def __init__(self, on_unhandled: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._pending = 0
        self._on_unhandled = on_unhandled
        self.finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name="casedesk-db", daemon=True)
        self._thread.start()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._queue.put(_Job(fn, on_done, on_error))

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            try:
                result, error = job.fn(), None
            except BaseException as exc:  # delivered to the GUI thread, classified there
                result, error = None, exc
            self.finished.emit(job, result, error)

    def _deliver(self, job: _Job, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if error is not None:
            (job.on_error or self._on_unhandled)(error)
        elif job.on_done is not None:
            job.on_done(result)

    @property
    def idle(self) -> bool:
        return self._pending == 0

    def stop(self) -> None:
        self._queue.put(None)
        self._thread.join(timeout=10)


class AppEvents(QObject):
    """Signals:
    changed: a ``Changes`` record after any operation that wrote something.
    """

    changed = Signal(object)

    def notify(self, changes: Changes) -> None:
        if changes.any:
            self.changed.emit(changes)

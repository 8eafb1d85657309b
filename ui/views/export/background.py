"""Work that needs no database (rendering PDFs, rasterising pages, writing files) on a thread
of its own, so the window stays responsive and the database worker stays free.

A ``Background`` job delivers its result, error and progress on the GUI thread through queued
signals (the object lives in the GUI thread; the thread only emits). Cancelling is a flag the
work polls between files.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

Report = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Report, Cancelled], Any]

# Running jobs, kept alive here rather than by a parent: a dialog closed while its job runs
# must not take the object the thread emits on with it.
_RUNNING: set[Background] = set()


class Background(QObject):
    """Signals:
    progress: (done, total) as the work reports it.
    succeeded: the work's result.
    failed: the exception it raised.
    """

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="casedesk-export", daemon=True)
        self.running = False

    def start(self) -> None:
        """Connect the signals first: ``_ended`` must be the last slot to run."""
        self.succeeded.connect(self._ended)
        self.failed.connect(self._ended)
        self.running = True
        _RUNNING.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            result = self._work(self.progress.emit, self._cancel.is_set)
        except BaseException as error:  # delivered to the GUI thread, shown there
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)

    def _ended(self, _value: object) -> None:
        self.running = False
        # Let go only after this emission has reached every slot.
        QTimer.singleShot(0, lambda: _RUNNING.discard(self))

    def wait(self, timeout: float | None = None) -> None:
        """Block until the thread ended (tests and shutdown); signals still arrive by events."""
        self._thread.join(timeout)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> Background:
    """Run ``work()`` on its own thread; ``on_done``/``on_error`` on the GUI thread."""
    job = Background(lambda _report, _cancelled: work())
    job.succeeded.connect(on_done)
    job.failed.connect(on_error)
    job.start()
    return job

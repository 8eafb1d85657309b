"""What every window and view gets handed: built once in ``ui.app`` (the composition root),
passed explicitly — no global registry."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QApplication

from casedesk.services.backend import Backend
from casedesk.services.changes import Changes
from ui.worker import AppEvents, DbWorker


@dataclass
class AppContext:
    backend: Backend
    worker: DbWorker
    events: AppEvents

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        changes: Changes | None = None,
        **kwargs: Any,
    ) -> None:
        """Run service ``fn(session, *args, **kwargs)`` on the database thread; then, on the
        GUI thread, ``on_done(result)`` and, when ``changes`` is given, tell every view.
        Errors without an ``on_error`` go to the application's error dialog."""

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            if changes is not None:
                self.events.notify(changes)

        self.worker.submit(lambda: self.backend.call(fn, *args, **kwargs), done, on_error)

    def settle(self, timeout: float = 30.0) -> None:
        """Process events until the database worker has delivered everything (screenshots and
        tests; views never wait)."""
        app = QApplication.instance()
        assert app is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            app.processEvents()
            if self.worker.idle:
                app.processEvents()
                if self.worker.idle:
                    return
            time.sleep(0.005)
        raise TimeoutError("the database worker did not finish in time")

    def call_and_wait(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """A service's answer, through the database worker like every view's, waited for."""
        answer: list[Any] = []
        self.run(fn, *args, on_done=answer.append, **kwargs)
        self.settle()
        return answer[0]

"""Every main screen of the client, rendered offscreen to PNG (``casedesk screenshots``).

Each capability adds its screens to ``SCREENS``: a file name and a function that brings the
main window to that screen. After it, the renderer waits until the database worker is idle.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.context import AppContext
from ui.main_window import MainWindow
from ui.views.tables.screens import TABLE_SCREENS

Screen = tuple[str, Callable[[MainWindow], None]]


def settle(ctx: AppContext, timeout: float = 30.0) -> None:
    """Process events until the database worker has delivered everything."""
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if ctx.worker.idle:
            app.processEvents()
            if ctx.worker.idle:
                return
        time.sleep(0.005)
    raise TimeoutError("the database worker did not finish in time")


def _case_list(window: MainWindow) -> None:
    window.show_page("cases")
    window.cases.show_list()
    window.cases.list.reload()


def _case_detail(window: MainWindow) -> None:
    _case_list(window)
    settle(window.ctx)
    model = window.cases.list.model
    # The first casus in a later step shows the most of the detail view.
    rows = [model.row(i) for i in range(model.rowCount())]
    chosen = next((r for r in rows if r.stap.number >= 3), rows[0] if rows else None)
    if chosen is not None:
        window.cases.open_case(chosen.casus_id)


SCREENS: list[Screen] = [
    ("casussen", _case_list),
    ("casus", _case_detail),
    *TABLE_SCREENS,
]


def render_all(window: MainWindow, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    window.show()
    written = []
    for name, prepare in SCREENS:
        prepare(window)
        settle(window.ctx)
        path = out_dir / f"{name}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written

"""Every main screen of the client, rendered offscreen to PNG (``casedesk screenshots``).

Each capability adds its screens to ``SCREENS``: a file name and a function that brings the
main window to that screen. After it, the renderer waits until the database worker is idle.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from casedesk.domain.vocabulary import Plan18Status, Theme18
from casedesk.services.transition18 import TimelineRow
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.views.tables.screens import TABLE_SCREENS
from ui.views.transition18.page import PAGE_KEY as PLUS18_PAGE
from ui.views.transition18.page import Transition18Page

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


def _plus18_page(window: MainWindow) -> Transition18Page:
    page = window.pages.widget(window.page_keys.index(PLUS18_PAGE))
    assert isinstance(page, Transition18Page)
    return page


def _plus18_timeline(window: MainWindow) -> None:
    window.show_page(PLUS18_PAGE)
    page = _plus18_page(window)
    page.show_timeline()
    page.timeline.reload()


def _plus18_open(window: MainWindow, prefer: Callable[[TimelineRow], bool], tab: int) -> None:
    """Open the toekomstplan of the most telling young person on my timeline, on the first
    stuck theme (or Wonen)."""
    _plus18_timeline(window)
    settle(window.ctx)
    page = _plus18_page(window)
    rows = [r for r in page.timeline.shown if r.plan_id is not None]
    chosen = next((r for r in rows if prefer(r)), rows[0] if rows else None)
    if chosen is None:
        return
    page.open_from_timeline(chosen)
    settle(window.ctx)
    plan = page.plan.plan
    stuck = plan.stuck[0] if plan and plan.stuck else Theme18.WONEN
    page.plan.theme_list.setCurrentRow(list(Theme18).index(stuck))
    page.plan.tabs.setCurrentIndex(tab)


def _plus18_plan(window: MainWindow) -> None:
    _plus18_open(window, lambda r: r.stuck > 0 and r.status is Plan18Status.IN_UITVOERING, 0)


def _plus18_handover(window: MainWindow) -> None:
    _plus18_open(window, lambda r: r.status is Plan18Status.OVERGEDRAGEN, 2)


SCREENS: list[Screen] = [
    ("casussen", _case_list),
    ("casus", _case_detail),
    ("18plus-tijdlijn", _plus18_timeline),
    ("18plus-plan", _plus18_plan),
    ("18plus-overdracht", _plus18_handover),
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

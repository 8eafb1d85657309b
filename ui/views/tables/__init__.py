"""Overlegtafels in the desktop client: the page, its sub-views, and how it joins the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.context import AppContext
from ui.main_window import MainWindow
from ui.views.tables.page import TablesPage
from ui.views.tables.receiver import OutcomeReceiver

PAGE_KEY = "tables"


def install(window: MainWindow, ctx: AppContext) -> TablesPage:
    """Add the Overlegtafels page and the casus view's "Aanmelden bij overlegtafel" action,
    and start receiving closed outcomes into their casus."""
    page = TablesPage(ctx)
    page.receiver = OutcomeReceiver(ctx, page)
    page.receiver.receive()
    window.add_page(PAGE_KEY, QCoreApplication.translate("MainWindow", "Overlegtafels"), page)

    def aanmelden(casus_id: str) -> None:
        page.prepare(casus_id)
        window.show_page(PAGE_KEY)

    page.case_button = window.cases.detail.add_case_action(
        QCoreApplication.translate("MainWindow", "Aanmelden bij overlegtafel"), aanmelden
    )
    return page

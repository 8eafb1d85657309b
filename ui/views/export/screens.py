"""The export screens of ``casedesk screenshots``: the gezinsplan's export dialog with its
preview, the family copy with a password, an inzage of a household member, the bulk dialog.
Each returns the dialog to grab (a window of its own); the one before is closed first."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from casedesk.services import households, plan
from casedesk.services.cases import CaseFilter, CaseQuery, list_cases
from casedesk.services.documents import ExportKind
from ui.main_window import MainWindow
from ui.views.export import ExportActions
from ui.views.export.dialog import ExportDialog

T = TypeVar("T")


def _settle(window: MainWindow) -> None:
    window.ctx.settle()


def _call(window: MainWindow, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    answer: T = window.ctx.call_and_wait(fn, *args, **kwargs)
    return answer


def _actions(window: MainWindow) -> ExportActions:
    actions: ExportActions = window.export_actions  # type: ignore[attr-defined]
    for dialog in (actions.dialog, actions.bulk):
        if dialog is not None:
            dialog.close()
    return actions


def _wait_for_preview(window: MainWindow, dialog: ExportDialog, timeout: float = 60.0) -> None:
    """The preview renders on a thread of its own: wait until its pages (or a message) show."""
    deadline = time.monotonic() + timeout
    while dialog.previewing and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    _settle(window)
    QApplication.processEvents()


def _agreed_casus(window: MainWindow) -> str:
    """A casus of mine with an agreed plan, preferring one with more than one version."""
    page = _call(window, list_cases, CaseQuery(filter=CaseFilter.MINE),
                 today=window.ctx.backend.today(), me=window.ctx.backend.me, offset=0, limit=200)
    agreed = []
    for row in page.rows:
        versions = _call(window, plan.plan_versions, row.casus_id)
        if len(versions) > 1:
            return row.casus_id
        if versions:
            agreed.append(row.casus_id)
    return agreed[0] if agreed else page.rows[0].casus_id


def _open_gezinsplan(window: MainWindow) -> ExportDialog:
    actions = _actions(window)
    casus_id = _agreed_casus(window)
    window.show_page("cases")
    window.cases.open_case(casus_id)
    _settle(window)
    actions.case_button.click()
    _settle(window)
    assert actions.dialog is not None
    _wait_for_preview(window, actions.dialog)
    return actions.dialog


def _gezinsplan(window: MainWindow) -> QWidget:
    return _open_gezinsplan(window)


def _gezinsplan_gezin(window: MainWindow) -> QWidget:
    """The family copy, protected with a password whose repetition still differs."""
    dialog = _open_gezinsplan(window)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ExportKind.GEZINSPLAN_GEZIN))
    _wait_for_preview(window, dialog)
    dialog.password.enabled.setChecked(True)
    dialog.password.first.setText("keukentafel-2026")
    dialog.password.second.setText("keukentafel-2025")
    dialog.preview.scroll.verticalScrollBar().setValue(
        dialog.preview.scroll.verticalScrollBar().maximum() // 2)
    return dialog


def _verstrekken(window: MainWindow) -> QWidget:
    """To a recipient: the consents on record for the huisarts, and a legal ground chosen
    without its reason (the refusal shows next to the field; nothing is written)."""
    dialog = _open_gezinsplan(window)
    box = dialog.recipient
    box.setChecked(True)
    box.doel.setCurrentText("terugkoppeling aan huisarts")
    box.ontvanger.setCurrentText("huisarts")
    _settle(window)
    box.grondslag.setCurrentIndex(box.grondslag.findData("veiligheid"))
    box.validate()
    return dialog


def _inzage(window: MainWindow) -> QWidget:
    actions = _actions(window)
    casus_id = _agreed_casus(window)
    household_id = _call(window, households.household_of_case, casus_id)
    household_window = window.household_window  # type: ignore[attr-defined]
    household_window.show_household(household_id)
    _settle(window)
    household_window.view.member_table.selectRow(0)
    actions.inzage_button.click()
    assert actions.dialog is not None
    _wait_for_preview(window, actions.dialog)
    household_window.hide()
    return actions.dialog


def _bulk(window: MainWindow) -> QWidget:
    actions = _actions(window)
    window.show_page("cases")
    actions.bulk_button.click()
    _settle(window)
    assert actions.bulk is not None
    return actions.bulk


EXPORT_SCREENS: list[tuple[str, Callable[[MainWindow], QWidget | None]]] = [
    ("export-gezinsplan", _gezinsplan),
    ("export-gezinsplan-gezin", _gezinsplan_gezin),
    ("export-verstrekken", _verstrekken),
    ("export-inzage", _inzage),
    ("export-bulk", _bulk),
]

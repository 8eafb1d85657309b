"""Helpers for the pytest-qt tests of the casus editor: bring a demo casus of "me" to a step
through the services, open it in the real main window, and fill widgets as a user would."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from casedesk.domain.vocabulary import CaseStatus, Decision, Regime, Step
from casedesk.services import cases, regie
from casedesk.services.backend import Backend
from casedesk.services.cases import CaseFilter, CaseQuery
from ui.main_window import MainWindow
from ui.views.case_detail import CaseDetailView


def my_casus_at(backend: Backend, step: Step) -> str:
    """A demo casus where "me" holds regie (lokaal regime), brought to ``step`` by the same
    services the editor uses (concluding steps; toetsing afronden and reopening to go back)."""
    page = backend.call(cases.list_cases, CaseQuery(filter=CaseFilter.MINE),
                        today=backend.today(), me=backend.me, limit=500)
    rows = [r for r in page.rows
            if r.status is CaseStatus.OPEN and r.regime is Regime.LOKAAL_VRIJWILLIG]
    exact = [r for r in rows if r.stap is step]
    casus_id = (exact or rows)[0].casus_id
    view = backend.call(regie.regie_view, casus_id)
    while view.stap is not step:
        if view.stap is Step.TOETSING:
            view = backend.call(regie.conclude_step, casus_id, step=Step.TOETSING,
                                decision=Decision.AFRONDEN, reason="Afgerond voor de test.")
            view = backend.call(regie.reopen_case, casus_id, "Nieuwe vraag van het gezin.")
        else:
            view = backend.call(regie.conclude_step, casus_id, step=view.stap)
    return casus_id


def open_casus(window: MainWindow, qtbot: QtBot, casus_id: str) -> CaseDetailView:
    detail = window.cases.detail
    window.show_page("cases")
    with qtbot.waitSignal(detail.loaded, timeout=10000):
        window.cases.open_case(casus_id)
    return detail


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not a choice"
    combo.setCurrentIndex(index)


def type_text(widget: QWidget, text: str) -> None:
    """Type as a user does, Dutch characters included (qtbot.keyClicks is ASCII-only)."""
    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))

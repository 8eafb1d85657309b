"""Breaking the glass in the client: a casus of another team opens only after a typed reason;
an empty or short reason is refused next to the field and nothing opens; the opening is in the
audit with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casedesk.services import access, cases
from casedesk.services.backend import Backend
from casedesk.services.cases import CaseQuery
from tests.conftest import NOW
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.screens import settle

TODAY = NOW.date()


def other_teams_case(backend: Backend) -> str:
    page = backend.call(cases.list_cases, CaseQuery(), today=TODAY, me=backend.me, limit=200)
    return next(r.casus_id for r in page.rows
                if backend.call(access.reach, r.casus_id) is access.Reach.NONE)


def test_a_casus_outside_the_team_opens_only_with_a_reason(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = other_teams_case(backend)
    window.show_page("cases")
    window.cases.open_case(casus_id)
    qtbot.waitUntil(lambda: window.cases.break_glass is not None
                    and window.cases.break_glass.isVisible(), timeout=10000)
    dialog = window.cases.break_glass
    assert dialog is not None
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert "Schrijf op waarom" in dialog.error.text()
    qtbot.keyClicks(dialog.reason, "even kijken")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "te kort" in dialog.error.text(), timeout=10000)
    assert dialog.reason.toPlainText() == "even kijken"  # nothing typed is lost
    assert window.cases.detail.casus_id != casus_id
    assert backend.call(access.reach, casus_id) is access.Reach.NONE

    dialog.reason.setPlainText("Spoedmelding Veilig Thuis, regisseur niet bereikbaar")
    with qtbot.waitSignal(window.cases.detail.loaded, timeout=10000):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.cases.detail.casus_id == casus_id
    assert backend.call(access.reach, casus_id) is access.Reach.BREAK_GLASS
    log = backend.call(access.break_glass_log)
    assert log[0].casus_id == casus_id and log[0].reden.startswith("Spoedmelding")
    settle(ctx)


def test_cancelling_opens_nothing(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = other_teams_case(backend)
    window.cases.open_case(casus_id)
    qtbot.waitUntil(lambda: window.cases.break_glass is not None
                    and window.cases.break_glass.isVisible(), timeout=10000)
    assert window.cases.break_glass is not None
    window.cases.break_glass.reject()
    settle(ctx)
    assert window.cases.detail.casus_id != casus_id
    assert backend.call(access.break_glass_log) == ()

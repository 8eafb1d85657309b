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


GEMEENTEN = ("Nijmegen", "Wijchen", "Beuningen", "Berg en Dal", "Heumen", "Druten", "Mook")


def other_teams_case(backend: Backend) -> str:
    """A casus outside the user's scope: only a search lists one (the list holds her scope)."""
    for gemeente in GEMEENTEN:
        page = backend.call(cases.list_cases, CaseQuery(text=gemeente), today=TODAY,
                            me=backend.me, limit=200)
        for row in page.rows:
            if not row.in_scope:
                assert backend.call(access.reach, row.casus_id) is access.Reach.NONE
                return row.casus_id
    raise AssertionError("the profile holds no casus outside the user's scope")


def test_the_list_holds_the_scope_and_a_search_finds_the_others_greyed(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    window.show_page("cases")
    view = window.cases.list
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.reload()
    rows = [view.model.row(i) for i in range(view.model.rowCount())]
    assert rows and all(r.in_scope for r in rows)
    assert all(backend.call(access.reach, r.casus_id) is not access.Reach.NONE for r in rows)

    casus_id = other_teams_case(backend)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.search.setText(next(g for g in GEMEENTEN if any(
            not r.in_scope and r.casus_id == casus_id for r in backend.call(
                cases.list_cases, CaseQuery(text=g), today=TODAY, me=backend.me,
                limit=200).rows)))
    row = next(i for i in range(view.model.rowCount()) if view.model.row(i).casus_id == casus_id)
    index = view.model.index(row, 0)
    assert "openen vraagt een reden" in view.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert view.model.data(index, Qt.ItemDataRole.FontRole).italic()
    view.table.setCurrentIndex(index)
    view.table.activated.emit(index)
    qtbot.waitUntil(lambda: window.cases.break_glass is not None
                    and window.cases.break_glass.isVisible(), timeout=10000)
    assert window.cases.break_glass is not None
    window.cases.break_glass.reject()
    settle(ctx)


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

"""Werkoverzicht: the home screen shows my caseload and opens a casus from any list, by mouse
or keyboard; the step chart opens the case list on my cases in that step."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.domain.evaluation import EvaluationState
from casedesk.domain.vocabulary import Plan18Status, Step
from casedesk.services import overview
from casedesk.services.backend import Backend
from casedesk.services.cases import CaseFilter
from casedesk.services.overview import AfspraakDue, EvaluationDue, RecentChange, Turning18
from tests.conftest import NOW
from tests.ui.helpers import ask
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.dto_table import ROW_ROLE, SORT_ROLE, DtoTableModel
from ui.screens import settle
from ui.views.overview import (
    AFSPRAAK_COLUMNS,
    EVALUATION_COLUMNS,
    RECENT_COLUMNS,
    TURNING_18_COLUMNS,
    AfspraakColumn,
    EvaluationColumn,
    OverviewView,
)


def loaded_overview(window: MainWindow, qtbot: QtBot) -> OverviewView:
    view: OverviewView = window.overview  # type: ignore[attr-defined]
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.reload()
    return view


def test_the_overview_models_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    evaluations: DtoTableModel[EvaluationDue] = DtoTableModel(EVALUATION_COLUMNS)
    evaluations.reset(
        [
            EvaluationDue(
                "c1", "Gezin Öztürk", Step.MIDDELEN, date(2026, 10, 1), EvaluationState.OVERDUE
            ),
            EvaluationDue(
                "c2", "Gezin Bakker", Step.VRAAGANALYSE, date(2026, 11, 9), EvaluationState.DUE_SOON
            ),
        ]
    )
    qtmodeltester.check(evaluations)
    first = evaluations.index(0, EvaluationColumn.DATUM)
    assert evaluations.data(first) == "01-10-2026"
    assert evaluations.data(first, SORT_ROLE) == date(2026, 10, 1).toordinal()
    assert evaluations.data(first, ROW_ROLE).casus_id == "c1"
    assert evaluations.data(evaluations.index(0, EvaluationColumn.STAAT)) == "Verlopen"
    evaluations.sort(EvaluationColumn.DATUM, Qt.SortOrder.DescendingOrder)
    assert evaluations.row(0).casus_id == "c2"
    qtmodeltester.check(evaluations)

    afspraken: DtoTableModel[AfspraakDue] = DtoTableModel(AFSPRAAK_COLUMNS)
    afspraken.reset(
        [
            AfspraakDue(
                "a1",
                "c1",
                "Gezin Öztürk",
                "Oma",
                "Belt de school.",
                date(2026, 11, 1),
                "tafel",
                True,
            )
        ]
    )
    qtmodeltester.check(afspraken)
    assert afspraken.data(afspraken.index(0, AfspraakColumn.BRON)) == "Overlegtafel"
    youths: DtoTableModel[Turning18] = DtoTableModel(TURNING_18_COLUMNS)
    youths.reset(
        [
            Turning18("p", "c", "Zoë", "Gezin Öztürk", date(2027, 2, 1), 17, None),
            Turning18(
                "q", "c", "Noor", "Gezin Öztürk", date(2027, 3, 1), 17, Plan18Status.IN_UITVOERING
            ),
        ]
    )
    qtmodeltester.check(youths)
    recent: DtoTableModel[RecentChange] = DtoTableModel(RECENT_COLUMNS)
    recent.reset(
        [RecentChange("c", "Gezin Öztürk", datetime(2026, 11, 2, 9, 0), "audit", "regime", "Sanne")]
    )
    qtmodeltester.check(recent)


def test_the_app_opens_on_the_werkoverzicht_with_my_caseload(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    assert window.page_keys[0] == "overview"
    assert window.pages.currentWidget() is window.overview  # type: ignore[attr-defined]
    view = loaded_overview(window, qtbot)
    expected = ask(ctx, overview.work_overview, today=NOW.date(), me=backend.me)
    assert expected.my_cases > 0
    assert [b.value for b in view.steps.bars()] == [c.count for c in expected.steps]
    assert [b.label for b in view.steps.bars()] == [
        "1. Vraaganalyse",
        "2. Resultaat",
        "3. Middelen",
        "4. Toetsing",
    ]
    assert sum(b.value for b in view.evaluation_chart.bars()) == expected.my_cases
    assert view.evaluations.model.rowCount() == len(expected.evaluations)
    assert view.afspraken.model.rowCount() == len(expected.afspraken)
    assert view.turning_18.model.rowCount() == len(expected.turning_18)
    assert view.recent.model.rowCount() == len(expected.recent)
    assert "Vraaganalyse: " in view.steps.accessibleDescription()
    settle(ctx)


def test_enter_on_an_evaluation_opens_its_casus(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    view = loaded_overview(window, qtbot)
    table = view.evaluations.table
    assert view.evaluations.model.rowCount() > 0
    table.setFocus()
    table.selectRow(0)
    table.setCurrentIndex(view.evaluations.model.index(0, 0))
    wanted = view.evaluations.model.row(0).casus_id
    with qtbot.waitSignal(window.cases.detail.loaded, timeout=10000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.cases
    assert window.cases.detail.casus_id == wanted
    settle(ctx)


def test_a_double_click_on_an_afspraak_opens_its_casus(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    view = loaded_overview(window, qtbot)
    model = view.afspraken.model
    assert model.rowCount() > 0
    wanted = model.row(0).casus_id
    with qtbot.waitSignal(view.case_requested) as requested:
        view.afspraken.table.activated.emit(model.index(0, AfspraakColumn.WAT))
    assert requested.args == [wanted]
    settle(ctx)
    assert window.cases.detail.casus_id == wanted


def test_choosing_a_step_bar_by_keyboard_lists_my_cases_in_that_step(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    view = loaded_overview(window, qtbot)
    chart = view.steps
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.current == 2
    cases = window.cases.list
    with qtbot.waitSignal(cases.loaded, timeout=10000):
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.cases
    assert CaseFilter(cases.filter.currentData()) is CaseFilter.MINE
    rows = [cases.model.row(i) for i in range(cases.model.rowCount())]
    assert len(rows) == chart.bars()[2].value
    assert all(r.mine and r.stap is Step.MIDDELEN for r in rows)


def test_a_click_on_a_bar_chooses_it(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    view = loaded_overview(window, qtbot)
    with qtbot.waitSignal(view.step_requested) as chosen:
        qtbot.mouseClick(
            view.steps, Qt.MouseButton.LeftButton, pos=view.steps.bar_rect(3).center().toPoint()
        )
    assert chosen.args == [Step.TOETSING]
    settle(ctx)


def test_everything_on_the_overview_is_reachable_with_tab(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    view = loaded_overview(window, qtbot)
    wanted: list[QWidget] = [
        view.new_registration,
        view.steps,
        view.evaluation_chart,
        view.evaluations.table,
        view.afspraken.table,
        view.turning_18.table,
        view.recent.table,
    ]
    chain: list[QWidget] = []
    widget = view.new_registration
    for _ in range(200):
        if widget in wanted and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is view.new_registration:
            break
    assert chain == wanted
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in wanted)
    assert not view.evaluations.table.tabKeyNavigation()


def test_the_overview_follows_a_change_in_my_cases(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    view = loaded_overview(window, qtbot)
    before = view.data
    assert before is not None
    registration = window.registration  # type: ignore[attr-defined]
    window.show_page("registration")
    settle(ctx)
    form = registration.members[0].form
    form.voornaam.setText("Mila")
    form.achternaam.setText("Çelik")
    registration.case.verwijzer.setCurrentIndex(1)
    with qtbot.waitSignal(registration.saved, timeout=10000):
        registration.submit_registration()
    settle(ctx)
    assert window.pages.currentWidget() is window.cases  # the new casus is shown
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.show_page("overview")  # it was hidden during the change: it reloads now
    assert view.data is not None and view.data.my_cases == before.my_cases + 1
    assert view.steps.bars()[0].value == before.steps[0].count + 1
    settle(ctx)

"""The desktop shell: case list, search and filters, opening a casus, the table model."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.domain.evaluation import EvaluationState
from casedesk.domain.vocabulary import CaseStatus, MemberRole, Regime, Step
from casedesk.services.cases import PAGE_SIZE, CaseFilter
from casedesk.services.dto import CasePage, CaseRow
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.models.case_table import ROW_ROLE, SORT_ROLE, CaseColumn, CaseTableModel
from ui.screens import settle


def _row(i: int) -> CaseRow:
    return CaseRow(
        casus_id=f"c{i}",
        huishouden=f"Gezin {i}",
        gemeente="Nijmegen",
        team="Team",
        casusregisseur="Sanne",
        stap=Step.MIDDELEN,
        status=CaseStatus.OPEN,
        regime=Regime.LOKAAL_VRIJWILLIG,
        geopend_op=date(2026, 1, 1),
        volgende_evaluatie=date(2026, 10, 1),
        evaluatie=EvaluationState.OVERDUE,
        wordt_18_op=None,
        mine=i % 2 == 0,
        in_scope=True,
    )


def test_case_table_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = CaseTableModel()
    model.reset(CasePage(tuple(_row(i) for i in range(5)), 5, 0))
    qtmodeltester.check(model)
    index = model.index(0, CaseColumn.STAP)
    assert model.data(index) == "3. Middelen"
    assert model.data(index, SORT_ROLE) == 3
    assert model.data(index, ROW_ROLE).casus_id == "c0"
    assert model.data(model.index(0, CaseColumn.EVALUATIE)) == "01-10-2026"


def test_case_list_pages_in_as_it_scrolls(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    view = window.cases.list
    with qtbot.waitSignal(view.counted):  # the opening list counts after its first page
        view.reload()
    model = view.model
    assert model.total > 0 and model.rowCount() == min(model.total, PAGE_SIZE)
    assert view.count.text() == f"{model.total} casus(sen)"


def test_search_finds_a_member_by_name(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    view = window.cases.list
    with qtbot.waitSignal(view.loaded):
        view.reload()
    first = view.model.row(0)
    surname = first.huishouden.split()[-1]
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.search.setText(surname)
    rows = [view.model.row(i) for i in range(view.model.rowCount())]
    assert rows and all(surname in r.huishouden for r in rows)


def test_mine_filter_shows_only_my_cases(window: MainWindow, ctx: AppContext, qtbot: QtBot) -> None:
    view = window.cases.list
    with qtbot.waitSignal(view.loaded):
        view.filter.setCurrentIndex(view.filter.findData(CaseFilter.MINE))
    rows = [view.model.row(i) for i in range(view.model.rowCount())]
    assert rows and all(r.mine for r in rows)


def test_opening_a_case_shows_its_household(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    view = window.cases.list
    with qtbot.waitSignal(view.loaded):
        view.reload()
    view.table.setFocus()
    mine = next(i for i in range(view.model.rowCount()) if view.model.row(i).mine)
    view.table.selectRow(mine)
    with qtbot.waitSignal(window.cases.detail.loaded):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    detail = window.cases.detail.detail
    assert detail is not None and detail.huishouden == view.model.row(mine).huishouden
    assert window.cases.detail.title.text() == detail.huishouden
    assert window.cases.detail.members.rowCount() == len(detail.leden)
    assert any(m.rol is MemberRole.JEUGDIGE for m in detail.leden)
    settle(ctx)

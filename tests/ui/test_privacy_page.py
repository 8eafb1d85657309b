"""The privacy officer's page: the audit table with filters and chain state, the retention list
and its destruction button."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.services.backend import Backend
from casedesk.services.retention import YEARS_SETTING
from ui.context import AppContext
from ui.views.audit import PrivacyPage


def test_audit_table_filters_and_chain(ctx: AppContext, qtbot: QtBot,
                                       qtmodeltester: ModelTester) -> None:
    page = PrivacyPage(ctx)
    qtbot.addWidget(page)
    page.since.setDate(date(2000, 1, 1))
    with qtbot.waitSignal(page.loaded):
        page.reload()
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)
    assert "intact" in page.chain.text()
    page.kind.setCurrentIndex(page.kind.findData("bekeken"))
    with qtbot.waitSignal(page.loaded):
        page.search.click()
    assert {page.model.row(i).kind for i in range(page.model.rowCount())} <= {"bekeken"}
    page.user.setText("niemand-bestaat-zo")
    with qtbot.waitSignal(page.loaded):
        page.search.click()
    assert page.model.rowCount() == 0


def test_destroy_a_due_casus(ctx: AppContext, backend: Backend, qtbot: QtBot,
                             qtmodeltester: ModelTester,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    backend.store().set_setting(YEARS_SETTING, 0)  # every closed demo casus is due
    page = PrivacyPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.due_loaded):
        page.reload_due()
    due = page.due_model.rowCount()
    assert due > 0  # the demo holds closed cases
    qtmodeltester.check(page.due_model)
    assert not page.destroy_button.isEnabled()
    page.due_view.selectRow(0)
    assert page.destroy_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.destroyed), qtbot.waitSignal(page.due_loaded):
        page.destroy_button.click()
    assert page.due_model.rowCount() == due - 1

"""The privacy officer's page: the audit table with filters and chain state, the retention list
and its destruction button."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casedesk.services import access
from casedesk.services.backend import Backend
from casedesk.services.retention import YEARS_SETTING
from casedesk.store import audit
from casedesk.store.models import AuditEntry
from ui.context import AppContext
from ui.views.audit import AuditColumn, GlassColumn, PrivacyPage

from .helpers import ask
from .test_break_glass import other_teams_case


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


def test_break_the_glass_openings_are_listed_and_filter_the_audit(
    ctx: AppContext, backend: Backend, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    casus_id = other_teams_case(backend)
    reason = "Spoedmelding Veilig Thuis, regisseur niet bereikbaar"
    ask(ctx, access.break_glass, casus_id, reason)
    page = PrivacyPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.glass_loaded):
        page.reload()
    qtmodeltester.check(page.glass_model)
    first = page.glass_model.row(0)
    assert (first.casus_id, first.reden) == (casus_id, reason)
    assert first.door  # the professional who opened it
    shown = [page.glass_model.index(0, c).data() for c in GlassColumn]
    assert shown[GlassColumn.CASUS] == casus_id[:8] and shown[GlassColumn.REDEN] == reason
    with qtbot.waitSignal(page.loaded):
        page.glass_view.doubleClicked.emit(page.glass_model.index(0, 0))
    assert page.casus.text() == casus_id
    assert "break-glass" in {page.model.row(i).action for i in range(page.model.rowCount())}


def test_the_bewaartermijn_is_set_next_to_its_field_and_the_due_list_follows(
    ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    page = PrivacyPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.term_loaded), qtbot.waitSignal(page.due_loaded):
        page.reload()
    assert page.term.text() == ""  # the gemeente's term
    before = page.due_model.rowCount()
    for wrong in ("0", "100", "twintig"):
        page.term.setText(wrong)
        with qtbot.waitSignal(page.term_refused):
            page.term_save.click()
        assert not page.term_error.isHidden() and "1 tot en met 99" in page.term_error.text()
        assert page.term.text() == wrong  # nothing typed is lost
    assert backend.store().get_setting(YEARS_SETTING) is None

    page.term.setText("1")
    with qtbot.waitSignal(page.due_loaded):
        page.term_save.click()
    assert page.term_error.isHidden()
    assert backend.store().get_setting(YEARS_SETTING) == 1
    after = page.due_model.rowCount()
    assert after > before  # closed a year ago or more: all due now
    with backend.store().session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "setting")
                          .order_by(AuditEntry.seq.desc())).first()
    assert entry is not None and entry.detail == {"jaren": 1, "was": None}

    page.term.clear()
    with qtbot.waitSignal(page.due_loaded):
        page.term_save.click()
    assert backend.store().get_setting(YEARS_SETTING) is None
    assert page.due_model.rowCount() == before


def test_the_audit_reads_in_dutch_with_the_codes_behind_it(
    ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = other_teams_case(backend)
    ask(ctx, lambda s: audit.record(s, "view", "casus", casus_id))
    ask(ctx, lambda s: audit.record(s, "destroy", "casus", casus_id,
                                    {"reden": "bewaartermijn", "rows": 9, "huishouden": True}))
    page = PrivacyPage(ctx)
    qtbot.addWidget(page)
    page.casus.setText(casus_id)
    with qtbot.waitSignal(page.loaded):
        page.reload()
    shown = {page.model.row(r).action: [page.model.index(r, c).data() for c in AuditColumn]
             for r in range(page.model.rowCount())}
    view, destroy = shown["view"], shown["destroy"]
    assert (view[AuditColumn.ACTIE], view[AuditColumn.ONDERDEEL]) == ("Ingezien", "Casus")
    assert view[AuditColumn.SOORT] == "Bekeken"
    assert view[AuditColumn.DETAILS] == ""  # not "{}"
    assert destroy[AuditColumn.DETAILS] == "huishouden: ja; reden: bewaartermijn; rijen: 9"
    assert all("{" not in text for row in shown.values() for text in row)
    row = next(r for r in range(page.model.rowCount()) if page.model.row(r).action == "view")
    tip = page.model.index(row, AuditColumn.ACTIE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("view · casus " + casus_id)  # the stored codes stay at hand

    # The action filter lists labels, filters by code.
    labels = [page.action.itemText(i) for i in range(page.action.count())]
    assert "Ingezien" in labels and "Vernietigd" in labels and "view" not in labels
    page.action.setCurrentIndex(page.action.findData("destroy"))
    with qtbot.waitSignal(page.loaded):
        page.search.click()
    assert [page.model.row(r).action for r in range(page.model.rowCount())] == ["destroy"]
    assert page.action.currentText() == "Vernietigd"  # kept across the reload

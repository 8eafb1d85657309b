"""No personal data leaves through the side doors: a crash dialog for an error whose message
quotes a name and a BSN shows neither; the log records of a session (opening cases, the
consent register, breaking the glass, a PDF export) hold no demo person's name or BSN; window
titles name nobody."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casedesk.services import access, cases
from casedesk.services import consent as consent_svc
from casedesk.services.backend import Backend
from casedesk.services.cases import CaseQuery
from casedesk.services.documents import ExportKind, export_document
from casedesk.store.models import Persoon
from tests.conftest import NOW
from tests.ui.casus_support import open_casus
from tests.ui.test_break_glass import other_teams_case
from ui.context import AppContext
from ui.errors import show_crash
from ui.main_window import MainWindow
from ui.screens import settle


def people(backend: Backend) -> list[tuple[str, str]]:
    """(achternaam, bsn) of every demo person with a BSN."""
    def read(s: object) -> list[tuple[str, str]]:
        return [(a, b) for a, b in s.execute(  # type: ignore[attr-defined]
            select(Persoon.achternaam, Persoon.bsn).where(Persoon.bsn.is_not(None)))]
    return backend.call(read)


def test_a_crash_dialog_shows_no_name_or_bsn(
    backend: Backend, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    surname, bsn = people(backend)[0]
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    try:
        raise RuntimeError(f"could not save Persoon {surname} with BSN {bsn}")
    except RuntimeError as error:
        show_crash(None, error)
    box = shown[0]
    for text in (box.windowTitle(), box.text(), box.informativeText(), box.detailedText()):
        assert surname not in text and bsn not in text
    assert "RuntimeError" in box.detailedText()  # the details still say what broke


def test_a_session_logs_no_name_or_bsn_and_titles_name_nobody(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.INFO, logger="sqlalchemy.engine")  # every statement, logged
    page = backend.call(cases.list_cases, CaseQuery(), today=NOW.date(), me=backend.me,
                        limit=50)
    mine = [r.casus_id for r in page.rows if r.mine][:3]
    for casus_id in mine:
        open_casus(window, qtbot, casus_id)
        backend.call(consent_svc.consent_register, casus_id)
    other = other_teams_case(backend)
    backend.call(access.break_glass, other, "Spoedmelding, regisseur niet bereikbaar")
    backend.call(export_document, ExportKind.GEZINSPLAN, mine[0], today=NOW.date())
    # A write that carries a name: who gave consent, as the professional types it.
    surname = people(backend)[0][0]
    register = backend.call(consent_svc.consent_register, mine[0])
    backend.call(consent_svc.add_consent, mine[0], consent_svc.ConsentInput(
        doel="terugkoppeling aan huisarts", ontvanger="huisarts",
        gegeven_door=register.onderwerpen[0].vereist, namen=f"moeder {surname}",
        gegeven_op=NOW.date()))
    settle(ctx)
    records = [r.getMessage() for r in caplog.records]
    assert any("SELECT" in m for m in records)  # the session did log its statements
    for surname, bsn in people(backend):
        for message in records:
            assert surname not in message and bsn not in message
    shown = [r.huishouden for r in page.rows]
    for top in QApplication.topLevelWidgets():
        assert not any(h in top.windowTitle() for h in shown), top.windowTitle()

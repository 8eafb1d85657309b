"""PDF export from the client: the export dialog opened from the casus, the 18+ plan and a
household member, its preview of the real pages, the written file read back with pypdf
(with and without a password), and the bulk export of a team's agreed plans with its
progress bar and cancel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from casedesk.export import bulk as export_bulk
from casedesk.export import pages
from casedesk.export.documents import GezinsplanDoc
from casedesk.services import cases, documents, households, plan
from casedesk.services.cases import CaseFilter, CaseQuery
from casedesk.services.documents import ExportKind, PlanChoice
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.screens import settle
from ui.views.export import ExportActions
from ui.views.export.bulk import BulkExportDialog
from ui.views.export.dialog import ExportDialog
from ui.views.transition18.page import PAGE_KEY as PLUS18_PAGE
from ui.views.transition18.page import Transition18Page

from .casus_support import open_casus
from .helpers import ask

WAIT = 30000


def _actions(window: MainWindow) -> ExportActions:
    actions: ExportActions = window.export_actions  # type: ignore[attr-defined]
    return actions


def _agreed_plan(ctx: AppContext) -> tuple[str, GezinsplanDoc, list[str]]:
    """A casus with an agreed plan, its latest version as built by the services, and words of
    it with diacritics (names of the household or its members) — preferring a plan that has
    them."""
    page = ask(ctx, cases.list_cases, CaseQuery(filter=CaseFilter.MINE), today=ctx.backend.today(),
               me=ctx.backend.me, offset=0, limit=500)
    fallback = None
    for row in page.rows:
        if not ask(ctx, plan.plan_versions, row.casus_id):
            continue
        doc = ask(ctx, documents.gezinsplan_doc, row.casus_id, today=ctx.backend.today())
        names = [doc.inhoud.huishouden, *(lid.naam for lid in doc.inhoud.leden)]
        special = [w for name in names for w in name.split() if not w.isascii()]
        if special:
            return row.casus_id, doc, special
        fallback = fallback or (row.casus_id, doc, special)
    assert fallback is not None, "the demo profile has no agreed plan"
    return fallback


def _open_dialog(window: MainWindow, qtbot: QtBot, casus_id: str) -> ExportDialog:
    actions = _actions(window)
    open_casus(window, qtbot, casus_id)
    actions.case_button.click()
    qtbot.waitUntil(lambda: actions.dialog is not None, timeout=WAIT)
    dialog = actions.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview.page_count > 0, timeout=WAIT)
    return dialog


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path, seen: list[str]) -> None:
    def fake(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        seen.append(suggested)
        return str(path), "PDF-bestanden (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def _text(path: Path, password: str | None = None) -> str:
    reader = PdfReader(path)
    if password is not None:
        assert reader.is_encrypted
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def _export(qtbot: QtBot, dialog: ExportDialog) -> Path:
    with qtbot.waitSignal(dialog.exported, timeout=WAIT) as signal:
        dialog.export_button.click()
    path: Path = signal.args[0]
    return path


def test_gezinsplan_export_from_the_casus_with_preview(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    casus_id, doc, special = _agreed_plan(ctx)
    dialog = _open_dialog(window, qtbot, casus_id)

    # The preview shows the real pages: one image per page of the rendered PDF.
    assert dialog.chosen_kind is ExportKind.GEZINSPLAN
    assert dialog.chosen_plan == PlanChoice(versie=doc.versie)  # the latest agreed version
    first = dialog.preview.pages[0]
    assert isinstance(first, QLabel) and not first.pixmap().isNull()
    assert dialog.preview.page_label.text() == f"Pagina 1 van {dialog.preview.page_count}"
    # The family copy and the concept are offered too.
    assert dialog.kind.findData(ExportKind.GEZINSPLAN_GEZIN) >= 0
    assert dialog.version.count() == len(ask(ctx, plan.plan_versions, casus_id)) + 1

    target = tmp_path / "plan.pdf"
    suggested: list[str] = []
    _save_as(monkeypatch, target, suggested)
    assert _export(qtbot, dialog) == target
    # A default name without personal names: kind, short casus id, version, date.
    name = Path(suggested[0]).name
    assert name.startswith(f"gezinsplan-{casus_id.replace('-', '')[:8]}-v{doc.versie}-")
    assert doc.inhoud.huishouden not in name
    text = _text(target)
    assert doc.inhoud.huishouden in text
    assert doc.inhoud.casusregisseur.naam in text
    for word in special:  # Dutch diacritics survive (embedded font)
        assert word in text
    assert "Opgeslagen als" in dialog.status.text()


def test_family_copy_with_password(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    casus_id, doc, _special = _agreed_plan(ctx)
    dialog = _open_dialog(window, qtbot, casus_id)
    pages_before = dialog.preview.page_count
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT):
        dialog.kind.setCurrentIndex(dialog.kind.findData(ExportKind.GEZINSPLAN_GEZIN))
    assert dialog.preview.page_count > 0 and pages_before > 0

    target = tmp_path / "gezin.pdf"
    _save_as(monkeypatch, target, [])
    dialog.password.enabled.setChecked(True)
    dialog.password.first.setText("Geheim-Één-2026")
    dialog.password.second.setText("Geheim-Één-2027")
    # They differ: said next to the fields as soon as the second is typed; nothing written.
    assert dialog.password.error.text() == "De twee wachtwoorden verschillen."
    dialog.export_button.click()
    settle(ctx)
    assert not target.exists()
    dialog.password.second.setText("Geheim-Één-2026")
    assert dialog.password.error.text() == ""
    assert _export(qtbot, dialog) == target

    with pytest.raises(FileNotDecryptedError):
        PdfReader(target).pages[0].extract_text()
    text = _text(target, "Geheim-Één-2026")
    assert "Wat we willen bereiken" in text  # the B1 family copy, not the professional one
    assert doc.inhoud.huishouden in text


def test_export_failure_is_shown_and_the_dialog_stays(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    casus_id, _doc, _special = _agreed_plan(ctx)
    dialog = _open_dialog(window, qtbot, casus_id)
    _save_as(monkeypatch, tmp_path / "weg" / "plan.pdf", [])  # a folder that does not exist
    with qtbot.waitSignal(dialog.failed, timeout=WAIT) as signal:
        dialog.export_button.click()
    assert "bestaat niet" in signal.args[0]
    assert "Niet opgeslagen" in dialog.status.text()
    assert dialog.export_button.isEnabled() and dialog.isVisible()


def test_password_too_short_is_refused_next_to_the_field(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    casus_id, _doc, _special = _agreed_plan(ctx)
    dialog = _open_dialog(window, qtbot, casus_id)
    asked: list[str] = []
    _save_as(monkeypatch, tmp_path / "plan.pdf", asked)
    dialog.password.enabled.setChecked(True)
    dialog.password.first.setText("kort")
    dialog.password.second.setText("kort")
    dialog.export_button.click()
    assert "minstens 8 tekens" in dialog.password.error.text()
    assert asked == []  # not even asked where to save


def test_inzage_from_a_household_member(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    casus_id, _doc, _special = _agreed_plan(ctx)
    household_id = ask(ctx, households.household_of_case, casus_id)
    household_window = window.household_window  # type: ignore[attr-defined]
    household_window.show_household(household_id)
    settle(ctx)
    view = household_window.view
    actions = _actions(window)
    assert not actions.inzage_button.isEnabled()  # nobody selected yet
    view.member_table.selectRow(0)
    member = view.selected_member()
    assert member is not None and actions.inzage_button.isEnabled()
    actions.inzage_button.click()
    dialog = actions.dialog
    assert dialog is not None and dialog.chosen_kind is ExportKind.INZAGE
    assert dialog.password.enabled.isChecked()  # it leaves by e-mail: a password suggested
    qtbot.waitUntil(lambda: dialog.preview.page_count > 0, timeout=WAIT)
    dialog.password.first.setText("inzage-wachtwoord")
    dialog.password.second.setText("inzage-wachtwoord")
    target = tmp_path / "inzage.pdf"
    _save_as(monkeypatch, target, [])
    assert _export(qtbot, dialog) == target
    assert member.achternaam in _text(target, "inzage-wachtwoord")


def test_toekomstplan_export_from_the_18plus_view(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    page = window.pages.widget(window.page_keys.index(PLUS18_PAGE))
    assert isinstance(page, Transition18Page)
    window.show_page(PLUS18_PAGE)
    page.timeline.reload()
    settle(ctx)
    row = next(r for r in page.timeline.shown if r.plan_id is not None)
    with qtbot.waitSignal(page.plan.loaded, timeout=WAIT):
        page.open_from_timeline(row)
    actions = _actions(window)
    actions.plan18_button.click()
    dialog = actions.dialog
    assert dialog is not None and dialog.chosen_kind is ExportKind.PLAN18
    qtbot.waitUntil(lambda: dialog.preview.page_count > 0, timeout=WAIT)
    target = tmp_path / "toekomstplan.pdf"
    _save_as(monkeypatch, target, [])
    assert _export(qtbot, dialog) == target
    text = _text(target)
    assert row.naam in text and "Wonen" in text


# --- bulk -----------------------------------------------------------------------------------


def _bulk_dialog(window: MainWindow, qtbot: QtBot, folder: Path) -> BulkExportDialog:
    actions = _actions(window)
    window.show_page("cases")
    actions.bulk_button.click()
    dialog = actions.bulk
    assert dialog is not None
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=WAIT)
    dialog.folder.setText(str(folder))
    return dialog


def _my_team_plans(ctx: AppContext, dialog: BulkExportDialog) -> int:
    """How many agreed plans the chosen team has (built without a GUI, audited too)."""
    batch = ask(ctx, documents.team_plan_documents, dialog.team.currentText(),
                today=ctx.backend.today())
    return len(batch.plans)


def test_bulk_export_writes_every_agreed_plan_with_progress(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, tmp_path: Path,
) -> None:
    dialog = _bulk_dialog(window, qtbot, tmp_path)
    me = ask(ctx, documents.export_teams).mine
    assert me is not None and dialog.team.currentText() == me  # my team first
    expected = _my_team_plans(ctx, dialog)
    assert expected > 0
    seen: list[tuple[int, int]] = []
    with qtbot.waitSignal(dialog.finished_export, timeout=120000) as signal:
        dialog.export_button.click()
        qtbot.waitUntil(lambda: dialog.job is not None, timeout=WAIT)
        assert dialog.job is not None
        dialog.job.progress.connect(lambda done, total: seen.append((done, total)))
    assert signal.args == [expected, expected, False]
    written = sorted(tmp_path.glob("*.pdf"))
    assert len(written) == expected
    assert dialog.progress is not None
    assert dialog.progress.maximum() == expected and dialog.progress.value() == expected
    assert seen[-1] == (expected, expected)
    assert f"Klaar: {expected} gezinsplannen opgeslagen in {tmp_path}" in dialog.summary.text()
    assert "Gezinsplan" in _text(written[0])


def test_bulk_export_cancel_stops_before_the_next_file(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _bulk_dialog(window, qtbot, tmp_path)
    expected = _my_team_plans(ctx, dialog)
    assert expected > 2
    # The first file waits until the person has pressed Annuleren, so the cancel lands
    # deterministically between files.
    pressed = threading.Event()
    real = export_bulk.export_pdf

    def slow_first(doc: Any, path: Path, *, password: str | None = None) -> None:
        real(doc, path, password=password)
        pressed.wait(timeout=60)

    monkeypatch.setattr(export_bulk, "export_pdf", slow_first)
    dialog.family.setChecked(True)
    with qtbot.waitSignal(dialog.finished_export, timeout=120000) as signal:
        dialog.export_button.click()
        qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.isVisible(),
                        timeout=WAIT)
        assert dialog.progress is not None
        cancel = dialog.progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Annuleren"
        cancel.click()
        pressed.set()
    assert signal.args == [1, expected, True]
    written = list(tmp_path.glob("*.pdf"))
    assert len(written) == 1 and "gezinsplan-gezin" in written[0].name
    assert f"Gestopt: 1 van {expected}" in dialog.summary.text()


def test_bulk_export_needs_an_existing_folder(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: pytest.fail(str(a))))
    dialog = _bulk_dialog(window, qtbot, tmp_path / "bestaat-niet")
    dialog.export_button.click()
    assert dialog.folder_error.isVisible()
    assert "bestaat niet" in dialog.folder_error.text()
    assert dialog.job is None


def test_without_pdftoppm_the_preview_shows_the_text_of_each_page(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pages, "pdftoppm_available", lambda: False)
    casus_id, doc, _special = _agreed_plan(ctx)
    dialog = _open_dialog(window, qtbot, casus_id)
    assert dialog.preview.images == [] and dialog.preview.texts
    assert "pdftoppm" in dialog.preview.note.text() and dialog.preview.note.isVisible()
    first = dialog.preview.pages[0]
    assert isinstance(first, QPlainTextEdit)
    assert doc.inhoud.huishouden in first.toPlainText()

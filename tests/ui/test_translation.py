"""The English translation: it really changes what people read, the language choice follows
CASEDESK_LANG and the setting, and the screens of the werkoverzicht, aanmelding and household
have no text missing from the translation source."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from casedesk.domain.transition18 import TimelinePhase
from casedesk.domain.vocabulary import Plan18Status, Step
from casedesk.errors import RuleViolation, ValidationError
from casedesk.services.backend import Backend
from tests.ui.casus_support import my_casus_at, open_casus
from ui import errors, formatting, i18n
from ui.app import build
from ui.screens import settle
from ui.views.tables import PAGE_KEY as TABLES_PAGE
from ui.views.tables import texts
from ui.views.tables.models import inbox_model
from ui.views.transition18 import style

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "casedesk_en.ts"
# The contexts that must be fully translated: every context of the UI. "" holds the literal
# tr("…") calls of module-level helpers (casus editor, overlegtafels, 18+, dialogs); "tables",
# "labels" and "errors" the texts of tables (scripts/translation_sources.py).
COMPLETE = (
    "",
    "labels",
    "errors",
    "tables",
    "window",
    "app",
    "OverviewView",
    "RegistrationView",
    "HouseholdView",
    "MemberForm",
    "ContactForm",
    "AddressForm",
    "CaseForm",
    "HouseholdPlaceForm",
    "MainWindow",
    "CaseTableModel",
    "CaseListView",
    "CaseDetailView",
    "CasesPage",
    "StepControls",
    "ItemListEditor",
    "HandOverDialog",
    "KitchenTableView",
    "LeaveKitchenDialog",
    "UnlockCodeDialog",
    "PassphraseDialog",
    "SyncStatusBar",
    "SyncController",
    "LoginDialog",
    "ConflictInbox",
    "ExportDialog",
    "BulkExportDialog",
    "PasswordFields",
    "PdfPreview",
    "PrivacyPage",
    "casus",
    "transition18",
)


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    assert i18n.install_translation("en")
    yield
    i18n.remove_translation()


def test_english_changes_the_visible_labels(english: None, backend: Backend, qtbot: QtBot) -> None:
    ctx, window = build(backend)
    qtbot.addWidget(window)
    window.show()
    overview = window.overview  # type: ignore[attr-defined]
    with qtbot.waitSignal(overview.loaded, timeout=10000):
        overview.reload()
    assert window.nav.item(0).text() == "Work overview"
    assert window.nav.item(1).text() == "Cases"
    assert overview.heading.text() == "Work overview"
    assert overview.evaluations.title().startswith("Reviews overdue or soon (")
    assert overview.steps.bars()[0].label == "1. Question analysis"
    header = overview.evaluations.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Review"
    assert window.cases.list.model.headerData(0, Qt.Orientation.Horizontal) == "Household"
    assert i18n.label(Step.MIDDELEN) == "Means"
    assert formatting.long_date(backend.today()) == "2 November 2026"
    registration = window.registration  # type: ignore[attr-defined]
    window.show_page("registration")
    settle(ctx)
    registration.submit_registration()
    settle(ctx)
    assert registration.case.error_text("verwijzer") == "This field is required."
    assert registration.submit.text() == "Refer"
    settle(ctx)
    ctx.worker.stop()


def test_module_level_tr_helpers_show_english(
    english: None, backend: Backend, qtbot: QtBot
) -> None:
    """The casus editor, the overlegtafels and the 18+ screens translate through module-level
    ``tr`` wrappers whose literals lupdate files under the empty context: they show English."""
    ctx, window = build(backend)
    qtbot.addWidget(window)
    window.show()
    detail = open_casus(window, qtbot, my_casus_at(backend, Step.VRAAGANALYSE))
    observations = detail.vraaganalyse.observations.table.model()
    headers = [observations.headerData(i, Qt.Orientation.Horizontal) for i in range(3)]
    assert headers == ["For", "Concern or strength", "What"]
    assert detail.tabs.tabText(detail.step_tabs[Step.VRAAGANALYSE]).endswith("Question analysis")

    pages = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert {"18+", "Case tables"} <= set(pages)  # installed with QCoreApplication.translate
    tables_page = window.pages.widget(window.page_keys.index(TABLES_PAGE))
    titles = [tables_page.tabs.tabText(i) for i in range(tables_page.tabs.count())]  # type: ignore[attr-defined]
    assert titles[:3] == ["Inbox", "Sessions and agenda", "Outcome"]
    assert inbox_model().headerData(0, Qt.Orientation.Horizontal) == "Submitted"
    assert texts.day_text(datetime(2026, 11, 3, 9, 0)) == "Tuesday 3 November 2026, 09:00"
    assert texts.field_message(ValidationError("vraag", "no_question", "")).startswith(
        "Ask the table a question"
    )
    assert style.phase_text(TimelinePhase.DUE, Plan18Status.IN_UITVOERING) == "On schedule"
    closed = RuleViolation("casus-closed", "a closed casus must be reopened first")
    assert errors.user_message(closed) == "This case is closed. Reopen it first."
    assert errors.tr("casedesk — onverwachte fout") == "casedesk — unexpected error"
    settle(ctx)
    ctx.worker.stop()


def test_without_the_translation_the_ui_stays_dutch(backend: Backend, qtbot: QtBot) -> None:
    i18n.remove_translation()
    ctx, window = build(backend)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Werkoverzicht"
    assert i18n.label(Step.MIDDELEN) == "Middelen"
    assert formatting.long_date(backend.today()) == "2 november 2026"
    settle(ctx)
    ctx.worker.stop()


def test_the_language_follows_the_environment_then_the_setting(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings("casedesk", "casedesk")
    settings.remove(i18n.SETTING)
    monkeypatch.delenv("CASEDESK_LANG", raising=False)
    assert i18n.chosen_language() == "nl"
    settings.setValue(i18n.SETTING, "en")
    assert i18n.chosen_language() == "en"
    monkeypatch.setenv("CASEDESK_LANG", "nl")
    assert i18n.chosen_language() == "nl"  # the environment wins
    monkeypatch.setenv("CASEDESK_LANG", "fr")
    assert i18n.chosen_language() == "nl"  # unknown: Dutch
    monkeypatch.setenv("CASEDESK_LANG", "systeem")
    assert i18n.chosen_language() in i18n.LANGUAGES
    settings.remove(i18n.SETTING)


def unfinished(ts: Path) -> dict[str, list[str]]:
    missing: dict[str, list[str]] = {}
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "unfinished":
                missing.setdefault(name, []).append(message.findtext("source") or "")
    return missing


def test_every_text_of_these_screens_is_in_the_translation_and_translated(
    tmp_path: Path,
) -> None:
    """lupdate over the current code (into a copy) adds nothing untranslated to the
    contexts of these screens: run scripts/update-translations.sh after changing a text."""
    copy = tmp_path / "casedesk_en.ts"
    shutil.copy(TS, copy)
    tables = tmp_path / "data_texts.py"
    tables.write_text(
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "translation_sources.py")],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout,
        encoding="utf-8",
    )
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            *sources,
            str(tables),
            "-ts",
            str(copy),
        ],
        check=True,
        cwd=ROOT,
    )
    missing = unfinished(copy)
    assert {name: missing[name] for name in COMPLETE if name in missing} == {}


def test_qt_own_buttons_are_dutch_in_the_dutch_ui(qtbot: QtBot) -> None:
    """Standard dialog buttons come from Qt's own catalogue (qtbase_nl)."""
    try:
        i18n.install_translation("nl")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.buttons()[0].text() == "Annuleren"
    finally:
        i18n.install_translation(i18n.chosen_language())

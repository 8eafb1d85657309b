"""“Verstrekken aan een ontvanger” in the export dialog: the consent it goes on is shown; a
withdrawn consent does not count and the refusal shows next to the recipient with nothing
written; a legal ground with a reason writes the file and audits the share."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from casedesk.domain.vocabulary import LegalGround
from casedesk.services import consent
from casedesk.services.backend import Backend
from casedesk.services.documents import ExportKind
from casedesk.store.models import AuditEntry
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.views.export import inzage_request
from ui.views.export.dialog import ExportDialog

from .helpers import ask
from .test_export_dialog import WAIT, _agreed_plan, _open_dialog, _save_as

RECIPIENT, PURPOSE = "jeugdarts", "overleg met de jeugdarts"


def _consent(ctx: AppContext, casus_id: str) -> str:
    """A household consent for the jeugdarts, given a month ago by whom the ages require."""
    register = ask(ctx, consent.consent_register, casus_id)
    today = ctx.backend.today()
    entry = ask(ctx, consent.add_consent, casus_id, consent.ConsentInput(
        doel=PURPOSE, ontvanger=RECIPIENT, gegeven_door=register.onderwerpen[0].vereist,
        namen="de ouders", gegeven_op=today - timedelta(days=30)))
    return entry.toestemming_id


def _shares(backend: Backend, casus_id: str) -> list[dict[str, str]]:
    with backend.store().session() as s:
        return [e.detail for e in s.scalars(select(AuditEntry).where(
            AuditEntry.action == "share", AuditEntry.entity_id == casus_id))]


def _to_recipient(qtbot: QtBot, dialog: ExportDialog) -> None:
    box = dialog.recipient
    assert box.isCheckable() and not box.isChecked()  # may go to a recipient; not by default
    assert box.basis() is None and box.fields.isHidden()
    box.setChecked(True)
    box.doel.setCurrentText(PURPOSE)
    box.ontvanger.setCurrentText(RECIPIENT)
    qtbot.waitUntil(lambda: box.consents is not None, timeout=WAIT)


def test_a_withdrawn_consent_is_refused_and_a_legal_ground_shares(
    ctx: AppContext, backend: Backend, window: MainWindow, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    casus_id, _doc, _special = _agreed_plan(ctx)
    given = _consent(ctx, casus_id)
    ask(ctx, consent.withdraw_consent, given, ctx.backend.today())
    dialog = _open_dialog(window, qtbot, casus_id)
    box = dialog.recipient
    _to_recipient(qtbot, dialog)
    assert box.consents is not None and box.consents.geldig is None
    assert "ingetrokken" in box.basis_text.text() and "telt niet" in box.basis_text.text()

    # Before asking where to save: refused next to the recipient, no file dialog.
    target = tmp_path / "naar-jeugdarts.pdf"
    asked: list[str] = []
    _save_as(monkeypatch, target, asked)
    dialog.export_button.click()
    error = box.errors.labels["ontvanger"]
    assert error.isVisible() and "geen geldige toestemming" in error.text()
    assert asked == []
    # The service refuses as well when the dialog's own check is passed by.
    with qtbot.waitSignal(dialog.failed, timeout=WAIT):
        dialog.export_to(target)
    assert error.isVisible() and "Niet verstrekt" in dialog.status.text()
    assert not target.exists() and _shares(backend, casus_id) == []

    # A legal ground needs a reason, shown next to it; typed, the document goes.
    box.grondslag.setCurrentIndex(box.grondslag.findData(LegalGround.VEILIGHEID.value))
    dialog.export_button.click()
    reason_error = box.errors.labels["grondslag_reden"]
    assert reason_error.isVisible() and "reden" in reason_error.text()
    assert asked == [] and box.ontvanger.currentText() == RECIPIENT  # nothing typed is lost
    box.reden.setText("Zorgen over de veiligheid; de jeugdarts ziet het kind morgen.")
    with qtbot.waitSignal(dialog.exported, timeout=WAIT):
        dialog.export_button.click()
    assert target.stat().st_size > 0 and len(asked) == 1
    assert not reason_error.isVisible() and not error.isVisible()
    assert "Verstrekt aan jeugdarts op grond van" in dialog.status.text()
    assert _shares(backend, casus_id) == [{"kind": "gezinsplan", "ontvanger": RECIPIENT,
                                           "grondslag": LegalGround.VEILIGHEID.value}]


def test_a_valid_consent_is_shown_and_named_in_the_audit(
    ctx: AppContext, backend: Backend, window: MainWindow, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    casus_id, _doc, _special = _agreed_plan(ctx)
    given = _consent(ctx, casus_id)
    dialog = _open_dialog(window, qtbot, casus_id)
    _to_recipient(qtbot, dialog)
    box = dialog.recipient
    assert box.consents is not None and box.consents.geldig is not None
    assert box.basis_text.text().startswith("Op toestemming: ‘overleg met de jeugdarts’")
    # Another purpose has no consent of its own.
    box.doel.setCurrentText("overdracht aan aanbieder")
    qtbot.waitUntil(lambda: box.consents is not None, timeout=WAIT)
    assert box.consents is not None and box.consents.geldig is None
    box.doel.setCurrentText(PURPOSE)
    qtbot.waitUntil(lambda: box.consents is not None, timeout=WAIT)

    target = tmp_path / "op-toestemming.pdf"
    _save_as(monkeypatch, target, [])
    with qtbot.waitSignal(dialog.exported, timeout=WAIT):
        dialog.export_button.click()
    assert target.exists()
    assert _shares(backend, casus_id) == [{"kind": "gezinsplan", "ontvanger": RECIPIENT,
                                           "toestemming": given}]


def test_an_inzage_does_not_go_to_a_recipient(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = ExportDialog(ctx, inzage_request("iemand"))
    qtbot.addWidget(dialog)
    assert dialog.chosen_kind is ExportKind.INZAGE
    assert not dialog.recipient.isCheckable() and dialog.recipient.basis() is None
    assert not dialog.recipient.not_applicable.isHidden()
    qtbot.waitUntil(lambda: not dialog.previewing, timeout=WAIT)

"""The draft of the casus editor: undo and redo across fields and steps (buttons and keys),
autosave into the local draft store, restore after a crash, and discarding."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casedesk.clock import fixed_clock
from casedesk.domain.vocabulary import Step
from casedesk.services import plan
from casedesk.services.backend import Backend
from tests.conftest import NOW
from tests.ui.casus_support import my_casus_at, open_casus, type_text
from tests.ui.conftest import PASSPHRASE
from ui.app import build
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.screens import settle

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@contextmanager
def restarted(backend: Backend, qtbot: QtBot) -> Iterator[MainWindow]:
    """A second start of the app on the same profile (the first one never saved)."""
    again = Backend.open(backend.profile_path, PASSPHRASE, clock=fixed_clock(NOW))
    ctx2, window2 = build(again)
    qtbot.addWidget(window2)
    window2.show()
    try:
        yield window2
    finally:
        settle(ctx2)
        ctx2.worker.stop()
        again.close()


def test_undo_and_redo_cover_fields_and_items_until_saved(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = my_casus_at(backend, Step.RESULTAAT)
    detail = open_casus(window, qtbot, casus_id)
    page = detail.vraaganalyse
    original = page.aanleiding.toPlainText()
    type_text(page.aanleiding, "Vader is zijn werk kwijt. ")
    typed = page.aanleiding.toPlainText()
    assert typed == "Vader is zijn werk kwijt. " + original
    severity = next(b for b in detail.binder.bindings if b.path == ("vraaganalyse", "ernst"))
    severity.widget.setFocus()  # leaving the field closes its undo step
    severity.widget.setPlainText("Ernstig.")
    goals = detail.resultaat.goals
    count = goals.model.rowCount()
    qtbot.mouseClick(goals.add_buttons[0], Qt.MouseButton.LeftButton)
    assert goals.model.rowCount() == count + 1

    qtbot.keyClick(goals.table, Qt.Key.Key_Z, CTRL)  # undo: the goal goes
    assert goals.model.rowCount() == count
    qtbot.keyClick(goals.table, Qt.Key.Key_Z, CTRL)  # undo: ernst is back
    assert severity.widget.toPlainText() != "Ernstig."
    # Ctrl+Z inside a text field undoes in the draft too, not only in that field.
    qtbot.keyClick(severity.widget, Qt.Key.Key_Z, CTRL)
    assert page.aanleiding.toPlainText() == original
    assert not detail.dirty and not detail.undo_button.isEnabled()
    qtbot.keyClick(severity.widget, Qt.Key.Key_Z, CTRL_SHIFT)  # redo
    assert page.aanleiding.toPlainText() == typed
    qtbot.mouseClick(detail.redo_button, Qt.MouseButton.LeftButton)
    assert severity.widget.toPlainText() == "Ernstig."
    qtbot.mouseClick(detail.redo_button, Qt.MouseButton.LeftButton)
    assert goals.model.rowCount() == count + 1
    goals.form_bindings[1].widget.setPlainText("Rust in huis.")

    with qtbot.waitSignal(detail.saved, timeout=10000):
        qtbot.keyClick(goals.table, Qt.Key.Key_S, CTRL)
    assert not detail.undo_button.isEnabled() and not detail.redo_button.isEnabled()
    base = backend.call(plan.workspace, casus_id, today=NOW.date()).base
    assert base["vraaganalyse"]["ernst"] == "Ernstig."
    assert base["doelen"][-1]["omschrijving"] == "Rust in huis."
    settle(ctx)


def test_leaving_the_casus_keeps_the_draft_and_reopening_restores_it(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = my_casus_at(backend, Step.MIDDELEN)
    detail = open_casus(window, qtbot, casus_id)
    agreements = detail.middelen.agreements
    qtbot.mouseClick(agreements.add_buttons[0], Qt.MouseButton.LeftButton)
    fields = {b.key[0]: b for b in agreements.form_bindings}
    type_text(fields["wie"].combo.lineEdit(), "Buurvrouw Ineke")
    fields["wat"].widget.setPlainText("Past op dinsdag op de kleine.")
    fields["wanneer"].widget.setText("31-02-2027")  # not a date, yet kept in the draft
    with qtbot.waitSignal(detail.draft_saved, timeout=10000):
        window.cases.show_list()  # leaving the casus
    stored = backend.call(plan.stored_draft, casus_id)
    assert stored is not None and stored.draft["afspraken"][-1]["wanneer"] == "31-02-2027"
    # Nothing reached the plan itself.
    base = backend.call(plan.workspace, casus_id, today=NOW.date()).base
    assert all(a["wie"] != "Buurvrouw Ineke" for a in base["afspraken"])

    # Back in the same session, the draft is simply still there.
    with qtbot.waitSignal(detail.loaded, timeout=10000):
        window.cases.open_case(casus_id)
    assert detail.dirty and detail.doc.get(("afspraken",))[-1]["wie"] == "Buurvrouw Ineke"
    assert fields["wanneer"].widget.text() == "31-02-2027"

    # After a restart it is restored with a notice, and can be thrown away.
    with restarted(backend, qtbot) as window2:
        restored = open_casus(window2, qtbot, casus_id)
        assert restored.notice.isVisible() and "hersteld" in restored.notice_text.text()
        assert restored.doc.get(("afspraken",))[-1]["wat"] == "Past op dinsdag op de kleine."
        with qtbot.waitSignal(restored.loaded, timeout=10000):
            qtbot.mouseClick(restored.discard_button, Qt.MouseButton.LeftButton)
        assert not restored.notice.isVisible() and not restored.dirty
        assert all(a["wie"] != "Buurvrouw Ineke" for a in restored.doc.get(("afspraken",)))
        assert backend.call(plan.stored_draft, casus_id) is None
    settle(ctx)


def test_an_autosaved_draft_survives_a_crash(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = my_casus_at(backend, Step.RESULTAAT)
    detail = open_casus(window, qtbot, casus_id)
    goals = detail.resultaat.goals
    qtbot.mouseClick(goals.add_buttons[0], Qt.MouseButton.LeftButton)
    goals.form_bindings[1].widget.setPlainText("Zoë slaapt weer in haar eigen bed.")
    with qtbot.waitSignal(detail.draft_saved, timeout=10000):
        pass  # the autosave timer fires on its own
    assert "Concept bewaard" in detail.save_state.text()

    # The app dies here: nothing else is written. A new start on the same profile:
    with restarted(backend, qtbot) as window2:
        restored = open_casus(window2, qtbot, casus_id)
        assert restored.notice.isVisible()
        assert restored.doc.get(("doelen",))[-1]["omschrijving"] == (
            "Zoë slaapt weer in haar eigen bed.")
        assert restored.dirty and restored.save_button.isEnabled()
        with qtbot.waitSignal(restored.saved, timeout=10000):
            qtbot.mouseClick(restored.save_button, Qt.MouseButton.LeftButton)
        base = backend.call(plan.workspace, casus_id, today=NOW.date()).base
        assert base["doelen"][-1]["omschrijving"] == "Zoë slaapt weer in haar eigen bed."
        assert backend.call(plan.stored_draft, casus_id) is None
    settle(ctx)

"""Keukentafelmodus: only this household's plan, full screen, in plain words; leaving it needs
the profile's passphrase (or, for a keyring profile, the unlock code chosen on entering)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casedesk.clock import fixed_clock
from casedesk.domain.vocabulary import Step
from casedesk.services import cases, regie
from casedesk.services.backend import Backend
from casedesk.services.cases import CaseQuery
from casedesk.store.database import create_store
from tests.conftest import NOW
from tests.ui.casus_support import my_casus_at, open_casus, type_text
from tests.ui.conftest import PASSPHRASE
from ui.context import AppContext
from ui.dialogs.kitchen_lock import CodeLock, LeaveKitchenDialog, UnlockCodeDialog
from ui.main_window import MainWindow
from ui.screens import settle
from ui.throttle import FIRST_WAIT_S, FREE_TRIES
from ui.views.kitchen_table import KitchenTableView


def leave_dialog() -> LeaveKitchenDialog:
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, LeaveKitchenDialog) and w.isVisible())


def test_the_kitchen_table_shows_only_this_plan_and_needs_the_passphrase(
    window: MainWindow, ctx: AppContext, backend: Backend, qtbot: QtBot
) -> None:
    casus_id = my_casus_at(backend, Step.MIDDELEN)
    backend.call(regie.add_contribution, casus_id, "INTERN: overleg met de huisarts gehad.")
    detail = open_casus(window, qtbot, casus_id)
    household = detail.detail.huishouden
    goals = [g["omschrijving"] for g in detail.doc.get(("doelen",))]
    others = backend.call(cases.list_cases, CaseQuery(), today=NOW.date(), me=backend.me,
                          limit=50).rows
    other_household = next(r.huishouden for r in others if r.huishouden != household)

    qtbot.mouseClick(detail.kitchen_button, Qt.MouseButton.LeftButton)
    view = detail.kitchen
    assert isinstance(view, KitchenTableView)
    qtbot.waitSignal(view.shown, timeout=10000).wait()
    assert view.isFullScreen() and view.isVisible() and not window.isVisible()
    text = view.title.text() + view.body.text()
    assert household in view.title.text()
    assert all(goal in text for goal in goals)
    assert other_household not in text
    assert "INTERN" not in text and "Ernst" not in text and "€" not in text

    view.close()  # a close without the passphrase is refused and asks for it
    assert view.isVisible()
    dialog = leave_dialog()
    dialog.reject()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    dialog = leave_dialog()
    type_text(dialog.field, "verkeerd")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert dialog.error.text() == "Dat klopt niet. Probeer het opnieuw."
    assert view.isVisible() and dialog.field.text() == ""

    dialog.field.setText(PASSPHRASE)
    with qtbot.waitSignal(view.left, timeout=10000):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert window.isVisible()
    settle(ctx)


def test_verify_passphrase_checks_the_profiles_key(backend: Backend, tmp_path: Path) -> None:
    assert backend.has_passphrase
    assert backend.verify_passphrase(PASSPHRASE)
    assert not backend.verify_passphrase("bijna goed")
    assert not backend.verify_passphrase("")
    keyring_profile = Backend(create_store(tmp_path / "keyring", clock=fixed_clock(NOW)))
    try:
        assert not keyring_profile.has_passphrase  # its key is in the (memory) keyring
        assert not keyring_profile.verify_passphrase(PASSPHRASE)
    finally:
        keyring_profile.close()


def test_a_keyring_profile_leaves_with_the_code_chosen_on_entering(qtbot: QtBot) -> None:
    chooser = UnlockCodeDialog()
    qtbot.addWidget(chooser)
    chooser.first.setText("12")
    chooser._check()
    assert chooser.errors["first"].text() == "Minstens 4 tekens."
    chooser.first.setText("kéuken")
    chooser.second.setText("keuken")
    chooser._check()
    assert chooser.errors["second"].text() == "De twee codes zijn niet gelijk."
    chooser.second.setText("kéuken")
    with qtbot.waitSignal(chooser.accepted):
        chooser._check()
    lock = CodeLock(chooser.code)
    answers: list[bool] = []
    lock.check("keuken", answers.append)
    lock.check("kéuken", answers.append)
    assert answers == [False, True]


def test_wrong_codes_in_a_row_make_leaving_the_kitchen_table_wait(qtbot: QtBot) -> None:
    """A short code at the family's table: after three wrong tries the next one waits."""
    dialog = LeaveKitchenDialog(CodeLock("kéuken"))
    qtbot.addWidget(dialog)
    for _ in range(FREE_TRIES):
        dialog.field.setText("raden")
        dialog._check()
    assert not dialog.ok.isEnabled() and dialog.throttle.timer.isActive()
    assert f"over {FIRST_WAIT_S} seconden" in dialog.error.text()
    dialog.field.setText("kéuken")
    dialog._check()  # refused while the wait runs: nothing checked, still open
    assert dialog.result() == 0 and dialog.field.text() == "kéuken"
    for _ in range(FIRST_WAIT_S):
        dialog.throttle.timer.timeout.emit()
    assert dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog._check()

"""The inactivity lock of a keyring profile asks for the OS account's password: a wrong one
(real PAM) says so next to the field and keeps the lock, the right one (PAM edge patched)
unlocks; repeated wrong answers make the next try wait; where the OS account cannot be checked
the lock falls back to a privacy screen that explains itself."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casedesk import os_account
from casedesk.clock import fixed_clock
from casedesk.services.backend import Backend
from casedesk.store.database import create_store
from tests.conftest import NOW
from ui.context import AppContext
from ui.lock import InactivityLock, OsAccountCheck, UnlockDialog
from ui.throttle import FIRST_WAIT_S, FREE_TRIES
from ui.worker import AppEvents, DbWorker

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="PAM platforms")


@pytest.fixture
def keyring_app(tmp_path: Path, qtbot: QtBot) -> Iterator[tuple[AppContext, QWidget]]:
    """A profile whose key is in the (memory) keyring, behind a plain window."""
    backend = Backend(create_store(tmp_path / "keyring", clock=fixed_clock(NOW)))
    worker = DbWorker(on_unhandled=lambda error: None)
    ctx = AppContext(backend, worker, AppEvents())
    window = QWidget()
    window.setWindowTitle("casedesk")
    window.resize(800, 600)
    qtbot.addWidget(window)
    window.show()
    yield ctx, window
    ctx.settle()
    worker.stop()
    backend.close()


def pam_answers(monkeypatch: pytest.MonkeyPatch, code: int | None) -> None:
    """The only mock: PAM's answer code (None: no libpam)."""
    monkeypatch.setattr(os_account, "_pam_code", lambda _user, _password: code)


def test_a_keyring_profile_unlocks_with_the_os_account_password(
    keyring_app: tuple[AppContext, QWidget], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, window = keyring_app
    assert not ctx.backend.has_passphrase
    lock = InactivityLock(ctx, window, interval_ms=60_000)
    lock.lock()
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.field.isVisible()
    assert dialog.prompt.text() == "Wachtwoord van uw computeraccount:"
    assert os_account.current_user() in dialog.intro.text()
    assert window.windowTitle() == "casedesk — vergrendeld"

    # Real PAM: root's password is locked here, so this is wrong (after PAM's fail delay).
    qtbot.keyClicks(dialog.field, "niet-het-wachtwoord")
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible() and not dialog.button.isEnabled()  # the window stays live
    qtbot.waitUntil(dialog.error.isVisible, timeout=15000)
    assert dialog.error.text() == "Dit wachtwoord klopt niet. Probeer het opnieuw."
    assert not dialog.busy.isVisible() and dialog.button.isEnabled()
    assert lock.locked and dialog.isVisible() and dialog.field.text() == ""

    pam_answers(monkeypatch, 0)  # PAM_SUCCESS
    qtbot.keyClicks(dialog.field, "het-goede-wachtwoord")
    with qtbot.waitSignal(lock.locked_changed, timeout=10000) as unlocked:
        qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert unlocked.args == [False]
    assert not lock.locked and window.windowTitle() == "casedesk"


def test_repeated_wrong_passwords_make_the_next_try_wait(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pam_answers(monkeypatch, 7)  # PAM_AUTH_ERR
    dialog = UnlockDialog(OsAccountCheck())
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in range(1, FREE_TRIES + 1):
        qtbot.keyClicks(dialog.field, f"poging {attempt}")
        qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=attempt: dialog.throttle.failures == n, timeout=10000)
    assert not dialog.button.isEnabled() and dialog.throttle.timer.isActive()
    assert dialog.error.text() == (
        f"Dat klopt niet, al {FREE_TRIES} keer. "
        f"U kunt het over {FIRST_WAIT_S} seconden opnieuw proberen.")
    dialog.field.setText("nog een")
    dialog._check()  # Enter while waiting: nothing is asked
    assert dialog.throttle.failures == FREE_TRIES and dialog.field.text() == "nog een"

    for _ in range(FIRST_WAIT_S):  # the countdown, second by second
        dialog.throttle.timer.timeout.emit()
    assert dialog.button.isEnabled() and not dialog.throttle.timer.isActive()
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.throttle.failures == FREE_TRIES + 1, timeout=10000)
    assert f"{2 * FIRST_WAIT_S} seconden" in dialog.error.text()  # each wait doubles


def test_without_pam_the_lock_is_a_privacy_screen(
    keyring_app: tuple[AppContext, QWidget], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, window = keyring_app
    monkeypatch.setitem(sys.modules, "pam", None)  # python-pam (or libpam) missing
    lock = InactivityLock(ctx, window, interval_ms=60_000)
    lock.lock()
    dialog = lock.dialog
    assert dialog is not None and dialog.checker is None
    assert not dialog.field.isVisible()
    assert "vergrendel uw computer zelf" in dialog.intro.text()
    with qtbot.waitSignal(lock.locked_changed, timeout=5000) as unlocked:
        qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert unlocked.args == [False]


def test_a_check_that_cannot_be_made_explains_and_falls_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pam_answers(monkeypatch, 9)  # PAM_AUTHINFO_UNAVAIL
    dialog = UnlockDialog(OsAccountCheck())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field, "wat dan ook")
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.checker is None, timeout=10000)
    assert dialog.intro.text().endswith(
        "Het wachtwoord van uw computeraccount kan op deze computer niet worden gecontroleerd.")
    assert not dialog.field.isVisible() and dialog.button.isEnabled()
    assert dialog.result() != UnlockDialog.DialogCode.Accepted

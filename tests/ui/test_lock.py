"""The inactivity lock: after the configured time without input every window is covered and
its title names nobody; a wrong passphrase says so next to the field, the right one unlocks;
input keeps the app from locking."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import PASSPHRASE
from ui.context import AppContext
from ui.lock import (
    COVER_COLOUR,
    DEFAULT_MINUTES,
    SETTING,
    Cover,
    InactivityLock,
    lock_interval_ms,
)
from ui.main_window import MainWindow
from ui.screens import settle


def test_the_interval_comes_from_the_settings() -> None:
    settings = QSettings()
    settings.remove(SETTING)
    assert lock_interval_ms() == DEFAULT_MINUTES * 60_000
    settings.setValue(SETTING, 2)
    assert lock_interval_ms() == 120_000
    settings.remove(SETTING)


def test_inactivity_locks_and_only_the_passphrase_unlocks(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    lock = window.lock  # installed by ui.app.build
    assert isinstance(lock, InactivityLock)
    lock.set_interval(150)  # a short while, for the test
    with qtbot.waitSignal(lock.locked_changed, timeout=5000) as locked:
        pass
    assert locked.args == [True]
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    covers = [c for c in window.findChildren(Cover) if c.isVisible()]
    assert covers and covers[0].geometry() == window.rect()
    picture = window.grab().toImage()  # nothing of the window shows through
    for x, y in ((5, 5), (picture.width() // 2, picture.height() // 2)):
        assert picture.pixelColor(x, y) == COVER_COLOUR
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            assert "vergrendeld" in top.windowTitle()
    dialog.reject()  # Escape does not unlock
    assert lock.locked and dialog.isVisible()

    qtbot.keyClicks(dialog.field, "niet-de-goede")
    qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
    assert "klopt niet" in dialog.error.text()
    assert lock.locked

    qtbot.keyClicks(dialog.field, PASSPHRASE)
    with qtbot.waitSignal(lock.locked_changed, timeout=10000) as unlocked:
        qtbot.mouseClick(dialog.button, Qt.MouseButton.LeftButton)
    assert unlocked.args == [False]
    settle(ctx)
    assert not [c for c in window.findChildren(Cover) if c.isVisible()]
    assert window.windowTitle() == "casedesk"
    assert lock.timer.isActive()  # counting again
    lock.set_interval(60_000)
    settle(ctx)


def test_input_restarts_the_countdown(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    lock = InactivityLock(ctx, window, interval_ms=60_000)
    lock.timer.stop()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # any input starts the countdown afresh
    assert lock.timer.isActive() and lock.timer.interval() == 60_000 and not lock.locked
    settle(ctx)

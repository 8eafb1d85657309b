"""The app locks itself after a while without input: every window is covered, titles say only
"vergrendeld", and the profile's passphrase unlocks it (checked like the keukentafelmodus does,
``ui.dialogs.kitchen_lock.PassphraseLock``). A profile whose key is in the OS keyring has no
passphrase: its lock asks for the OS account's password (``casedesk.os_account``, on a thread of
its own). Where that cannot be checked, the lock covers the screen and explains that the
computer's own screen lock guards the account (docs/decisions/0092-inactivity-lock.md).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk import os_account
from casedesk.os_account import OsCheck
from ui.context import AppContext
from ui.dialogs.kitchen_lock import ERROR_STYLE, PassphraseLock
from ui.throttle import Throttle

SETTING = "privacy/vergrendelen_na_minuten"
DEFAULT_MINUTES = 10
COVER_COLOUR = QColor("#26323d")
ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                      QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})


def lock_interval_ms() -> int:
    """The configured inactivity before locking (QSettings, minutes; at least one)."""
    raw = QSettings().value(SETTING, DEFAULT_MINUTES)
    try:
        minutes = float(str(raw))
    except ValueError:
        minutes = DEFAULT_MINUTES
    return int(max(minutes, 1) * 60_000)


class Cover(QWidget):
    """An opaque sheet over one window's whole content."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), COVER_COLOUR)
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class Checker(Protocol):
    """Checks what was typed; answers later, on the GUI thread."""

    def check(self, text: str, on_result: Callable[[OsCheck], None]) -> None: ...


class PassphraseCheck:
    """The profile's passphrase (argon2id on the database thread, like the keukentafelmodus)."""

    def __init__(self, ctx: AppContext) -> None:
        self.lock = PassphraseLock(ctx)

    def check(self, text: str, on_result: Callable[[OsCheck], None]) -> None:
        self.lock.check(text, lambda right: on_result(OsCheck.OK if right else OsCheck.WRONG))


class OsAccountCheck(QObject):
    """The OS account's password, checked on a thread of its own: PAM sleeps seconds after a
    wrong password (pam_faildelay) and the database thread has other work."""

    _answered = Signal(object, object)  # (on_result, OsCheck), queued to the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answered.connect(lambda on_result, verdict: on_result(verdict))

    def check(self, text: str, on_result: Callable[[OsCheck], None]) -> None:
        def run() -> None:
            self._answered.emit(on_result, os_account.verify_os_password(text))

        threading.Thread(target=run, name="casedesk-os-account", daemon=True).start()


def checker_for(ctx: AppContext, parent: QObject | None = None) -> Checker | None:
    """What unlocks this profile: its passphrase; for a keyring profile the OS account's
    password; None where that cannot be checked (the lock is then a privacy screen)."""
    if ctx.backend.has_passphrase:
        return PassphraseCheck(ctx)
    if os_account.can_verify():
        return OsAccountCheck(parent)
    return None


class UnlockDialog(QDialog):
    """Asks for whatever ``checker`` checks; wrong says so next to the field, and after
    ``FREE_TRIES`` wrong answers in a row each next try waits longer. Without a checker it only
    covers the data and explains how the computer's own lock guards it."""

    unlocked = Signal()

    def __init__(self, checker: Checker | None, passphrase: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("casedesk — vergrendeld"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(460)
        self.checker = checker
        self.wrong = ""
        self.throttle = Throttle(self)
        self.throttle.changed.connect(self._show_wait)
        self.throttle.ready.connect(self._ready)
        title = QLabel(self.tr("casedesk is vergrendeld"))
        title.setStyleSheet("font-size:16pt;font-weight:bold;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.prompt = QLabel()
        self.field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.busy = QLabel(self.tr("Bezig met controleren…"))
        self.busy.setVisible(False)
        self.button = QPushButton(self.tr("Ontgrendelen"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._check)
        layout = QVBoxLayout(self)
        for widget in (title, self.intro, self.prompt, self.field, self.error, self.busy):
            layout.addWidget(widget)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        if checker is None:
            self._screen_only()
        elif passphrase:
            self.intro.setText(self.tr("Er is een tijd niet gewerkt. Vul de wachtwoordzin van "
                                       "uw profiel in om verder te gaan; niets is verloren."))
            self.prompt.setText(self.tr("Wachtwoordzin:"))
            self.field.setAccessibleName(self.tr("Wachtwoordzin van uw profiel"))
            self.wrong = self.tr("Deze wachtwoordzin klopt niet. Probeer het opnieuw.")
        else:
            intro = self.tr(
                "Er is een tijd niet gewerkt. Vul het wachtwoord in waarmee u zich op deze "
                "computer aanmeldt (gebruikersnaam %1) om verder te gaan; niets is verloren.")
            self.intro.setText(intro.replace("%1", os_account.current_user()))
            self.prompt.setText(self.tr("Wachtwoord van uw computeraccount:"))
            self.field.setAccessibleName(self.tr("Wachtwoord van uw computeraccount"))
            self.wrong = self.tr("Dit wachtwoord klopt niet. Probeer het opnieuw.")

    def _screen_only(self, unavailable: bool = False) -> None:
        """Today's behaviour for a keyring profile whose OS account cannot be checked."""
        self.checker = None
        text = self.tr(
            "Er is een tijd niet gewerkt. De sleutel van dit profiel staat in de sleutelbos "
            "van uw computeraccount, dus er is geen wachtwoordzin: vergrendel uw computer "
            "zelf (Windows-toets+L, of Ctrl+Cmd+Q op een Mac) als u wegloopt. Dit scherm "
            "verbergt intussen de gegevens.")
        if unavailable:
            text += "\n\n" + self.tr("Het wachtwoord van uw computeraccount kan op deze "
                                      "computer niet worden gecontroleerd.")
        self.intro.setText(text)
        for widget in (self.prompt, self.field, self.error, self.busy):
            widget.setVisible(False)
        self.button.setEnabled(True)

    def reject(self) -> None:
        """Escape and the close button do not unlock."""

    def _check(self) -> None:
        if self.checker is None:
            self._open()
            return
        if self.throttle.wait_left:
            return
        self.button.setEnabled(False)
        self.field.setReadOnly(True)
        self.error.setVisible(False)
        self.busy.setVisible(True)
        self.checker.check(self.field.text(), self._result)

    def _result(self, verdict: OsCheck) -> None:
        self.busy.setVisible(False)
        self.field.setReadOnly(False)
        self.field.clear()
        if verdict is OsCheck.OK:
            self._open()
            return
        if verdict is OsCheck.UNAVAILABLE:
            self._screen_only(unavailable=True)
            return
        self.error.setText(self.wrong)
        self.error.setVisible(True)
        self.field.setFocus()
        self.button.setEnabled(True)
        self.throttle.failed()

    def _show_wait(self) -> None:
        if self.throttle.wait_left:
            self.button.setEnabled(False)
            self.error.setText(self.throttle.message())

    def _ready(self) -> None:
        self.button.setEnabled(True)
        self.error.setText(self.wrong)

    def _open(self) -> None:
        self.throttle.stop()
        self.unlocked.emit()
        self.done(QDialog.DialogCode.Accepted)


class InactivityLock(QObject):
    """Watches the application's input; after ``interval_ms`` without any, locks."""

    locked_changed = Signal(bool)

    def __init__(self, ctx: AppContext, window: QWidget, interval_ms: int | None = None) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.timer = QTimer(self, singleShot=True)
        self.timer.setInterval(interval_ms or lock_interval_ms())
        self.timer.timeout.connect(self.lock)
        self.dialog: UnlockDialog | None = None
        self._checker: Checker | None = None
        self._covers: list[Cover] = []
        self._titles: dict[QWidget, str] = {}
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def set_interval(self, ms: int) -> None:
        self.timer.setInterval(ms)
        if not self.locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.locked:
            self.timer.start()  # restarts: the countdown begins again
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.timer.stop()
        title = self.tr("casedesk — vergrendeld")  # no names in any title while locked
        for top in QApplication.topLevelWidgets():
            if top.isVisible() and not isinstance(top, UnlockDialog):
                self._titles[top] = top.windowTitle()
                top.setWindowTitle(title)
                self._covers.append(Cover(top))
        if self._checker is None:
            self._checker = checker_for(self.ctx, self)
        self.dialog = UnlockDialog(self._checker, self.ctx.backend.has_passphrase, self.window)
        self.dialog.unlocked.connect(self.unlock)
        self.dialog.open()
        self.dialog.field.setFocus()
        self.locked_changed.emit(True)

    def unlock(self) -> None:
        for cover in self._covers:
            cover.hide()
            cover.deleteLater()
        self._covers.clear()
        for top, title in self._titles.items():
            top.setWindowTitle(title)
        self._titles.clear()
        self.dialog = None
        self.timer.start()
        self.locked_changed.emit(False)


def install_lock(window: QWidget, ctx: AppContext) -> InactivityLock:
    return InactivityLock(ctx, window)

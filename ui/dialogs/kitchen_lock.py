"""Leaving the keukentafelmodus needs the professional: the profile's passphrase, or — for a
profile whose key is in the OS keyring and so has no passphrase — a short unlock code chosen
when the mode starts (docs/decisions/0053-keukentafel-unlock.md)."""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.throttle import Throttle

MIN_CODE = 4
ERROR_STYLE = "color:#b3261e;"


class KitchenLock:
    """How the mode is unlocked; ``check`` answers through ``on_result`` (maybe later: the
    passphrase check runs argon2id on the database thread)."""

    asks_for = ""

    def check(self, text: str, on_result: Callable[[bool], None]) -> None:
        raise NotImplementedError


class PassphraseLock(KitchenLock):
    asks_for = "wachtwoordzin"

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def check(self, text: str, on_result: Callable[[bool], None]) -> None:
        self.ctx.worker.submit(lambda: self.ctx.backend.verify_passphrase(text), on_result)


class CodeLock(KitchenLock):
    """Only a salted hash of the code is kept, and only in memory, for this one session."""

    asks_for = "ontgrendelcode"

    def __init__(self, code: str) -> None:
        self._salt = os.urandom(16)
        self._digest = self._hash(code)

    def _hash(self, code: str) -> bytes:
        return hashlib.pbkdf2_hmac("sha256", code.encode("utf-8"), self._salt, 100_000)

    def check(self, text: str, on_result: Callable[[bool], None]) -> None:
        on_result(hmac.compare_digest(self._hash(text), self._digest))


def _error() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


class UnlockCodeDialog(QDialog):
    """Choosing the code that will end this keukentafel session (keyring profiles)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keukentafel — ontgrendelcode kiezen"))
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Ontgrendelcode"))
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Ontgrendelcode herhalen"))
        self.errors = {"first": _error(), "second": _error()}
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.first)
        form.addRow("", self.errors["first"])
        form.addRow(self.tr("Nog een keer:"), self.second)
        form.addRow("", self.errors["second"])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Kies een code van minstens %1 tekens. Alleen met deze code verlaat u straks de "
            "keukentafelmodus. De code geldt alleen nu en wordt nergens bewaard.").replace(
            "%1", str(MIN_CODE)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @property
    def code(self) -> str:
        return self.first.text()

    def _check(self) -> None:
        for label in self.errors.values():
            label.setVisible(False)
        if len(self.first.text()) < MIN_CODE:
            self._say("first", self.tr("Minstens %1 tekens.").replace("%1", str(MIN_CODE)))
        elif self.first.text() != self.second.text():
            self._say("second", self.tr("De twee codes zijn niet gelijk."))
        else:
            self.accept()

    def _say(self, key: str, text: str) -> None:
        self.errors[key].setText(text)
        self.errors[key].setVisible(True)


class LeaveKitchenDialog(QDialog):
    """Asks for the passphrase or code; accepts only when it is right."""

    def __init__(self, lock: KitchenLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.setWindowTitle(self.tr("Keukentafel verlaten"))
        self.field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        what = (self.tr("Wachtwoordzin van uw profiel") if lock.asks_for == "wachtwoordzin"
                else self.tr("De ontgrendelcode"))
        self.field.setAccessibleName(what)
        self.error = _error()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # Someone at the family's table could try codes: wrong ones in a row make it wait.
        self.throttle = Throttle(self)
        self.throttle.changed.connect(self._show_wait)
        self.throttle.ready.connect(self._ready)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Alleen de professional kan de keukentafelmodus "
                                        "verlaten.")))
        layout.addWidget(QLabel(what + ":"))
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        if self.throttle.wait_left:
            return
        self.buttons.setEnabled(False)
        self.error.setVisible(False)
        self.lock.check(self.field.text(), self._result)

    def _result(self, right: bool) -> None:
        self.buttons.setEnabled(True)
        if right:
            self.throttle.stop()
            self.accept()
            return
        self.field.clear()
        self.error.setText(self.tr("Dat klopt niet. Probeer het opnieuw."))
        self.error.setVisible(True)
        self.field.setFocus()
        self.throttle.failed()

    def _show_wait(self) -> None:
        if self.throttle.wait_left:
            self.ok.setEnabled(False)
            self.error.setText(self.throttle.message())

    def _ready(self) -> None:
        self.ok.setEnabled(True)
        self.error.setText(self.tr("Dat klopt niet. Probeer het opnieuw."))

"""The app locks itself after a while without input: every window is covered, titles say only
"vergrendeld", and the profile's passphrase unlocks it (checked like the keukentafelmodus does,
``ui.dialogs.kitchen_lock.PassphraseLock``). A profile whose key is in the OS keyring has no
passphrase: its lock covers the screen and explains that the computer's own screen lock guards
the account (docs/decisions/0092-inactivity-lock.md).
"""

from __future__ import annotations

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

from ui.context import AppContext
from ui.dialogs.kitchen_lock import ERROR_STYLE, PassphraseLock

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


class UnlockDialog(QDialog):
    """Asks for the passphrase; wrong says so next to the field."""

    unlocked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("casedesk — vergrendeld"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(420)
        self.lock = PassphraseLock(ctx) if ctx.backend.has_passphrase else None
        title = QLabel(self.tr("casedesk is vergrendeld"))
        title.setStyleSheet("font-size:16pt;font-weight:bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        self.field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Wachtwoordzin van uw profiel"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(False)
        self.button = QPushButton(self.tr("Ontgrendelen"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._check)
        if self.lock is not None:
            intro = QLabel(self.tr("Er is een tijd niet gewerkt. Vul de wachtwoordzin van uw "
                                   "profiel in om verder te gaan; niets is verloren."))
            layout.addWidget(intro)
            layout.addWidget(QLabel(self.tr("Wachtwoordzin:")))
            layout.addWidget(self.field)
            layout.addWidget(self.error)
        else:
            intro = QLabel(self.tr(
                "Er is een tijd niet gewerkt. De sleutel van dit profiel staat in de sleutelbos "
                "van uw computeraccount, dus er is geen wachtwoordzin: vergrendel uw computer "
                "zelf (Windows-toets+L, of Ctrl+Cmd+Q op een Mac) als u wegloopt. Dit scherm "
                "verbergt intussen de gegevens."))
            layout.addWidget(intro)
            self.field.setVisible(False)
        intro.setWordWrap(True)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)

    def reject(self) -> None:
        """Escape and the close button do not unlock."""

    def _check(self) -> None:
        if self.lock is None:
            self._result(True)
            return
        self.button.setEnabled(False)
        self.error.setVisible(False)
        self.lock.check(self.field.text(), self._result)

    def _result(self, right: bool) -> None:
        self.button.setEnabled(True)
        if right:
            self.field.clear()
            self.unlocked.emit()
            self.done(QDialog.DialogCode.Accepted)
            return
        self.field.clear()
        self.error.setText(self.tr("Deze wachtwoordzin klopt niet. Probeer het opnieuw."))
        self.error.setVisible(True)
        self.field.setFocus()


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
        self.dialog = UnlockDialog(self.ctx, self.window)
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

"""Log this profile in to the regional store: what ``casedesk login`` does, in a dialog.

The password is sent once and never kept; the device's refresh token goes to the keyring or
the encrypted profile (``casedesk.sync.account``). A refusal is shown next to the field it
concerns, and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.errors import KnownError, ProfileError
from ui.errors import user_message
from ui.sync.scheduler import SyncScheduler

ERROR_STYLE = "color:#b71c1c;"
# Which field a refusal of the store belongs next to; the rest go under the form.
FIELD_OF_CODE = {
    "bad-credentials": "password",
    "offline": "server",
    "connection-lost": "server",
    "not-a-regional-store": "server",
    "protocol-mismatch": "server",
    "server-busy": "server",
    "server-error": "server",
    "tls-untrusted": "ca_bundle",
}


class LoginDialog(QDialog):
    """Signals:
        failed: a login attempt was refused (its messages are shown).
    """

    failed = Signal()

    def __init__(self, scheduler: SyncScheduler, *, server: str = "", username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.setWindowTitle(self.tr("Inloggen bij de regionale opslag"))
        self.setMinimumWidth(520)
        self.server = QLineEdit(server, placeholderText="https://regio.example.nl")
        self.username = QLineEdit(username)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.ca_bundle = QLineEdit(placeholderText=self.tr("Leeg: de certificaten van het systeem"))
        for field, name in ((self.server, self.tr("Adres van de server")),
                            (self.username, self.tr("Gebruikersnaam")),
                            (self.password, self.tr("Wachtwoord")),
                            (self.ca_bundle, self.tr("CA-bestand"))):
            field.setAccessibleName(name)
        choose = QPushButton(self.tr("Kiezen…"))
        choose.clicked.connect(self._choose_bundle)
        bundle_row = QHBoxLayout()
        bundle_row.addWidget(self.ca_bundle, 1)
        bundle_row.addWidget(choose)
        self.errors = {key: self._error_label() for key in
                       ("server", "username", "password", "ca_bundle", "form")}
        form = QFormLayout()
        form.addRow(self.tr("&Server"), self.server)
        form.addRow("", self.errors["server"])
        form.addRow(self.tr("&Gebruikersnaam"), self.username)
        form.addRow("", self.errors["username"])
        form.addRow(self.tr("&Wachtwoord"), self.password)
        form.addRow("", self.errors["password"])
        bundle_label = QLabel(self.tr("&CA-bestand (optioneel)"))
        bundle_label.setBuddy(self.ca_bundle)  # a row holding a layout gets no buddy itself
        form.addRow(bundle_label, bundle_row)
        form.addRow("", self.errors["ca_bundle"])
        self.busy = QLabel(self.tr("Bezig met inloggen…"))
        self.busy.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.login_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("Inloggen"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr(
            "Koppel dit profiel aan de regionale opslag. Daarna worden uw casussen op de "
            "achtergrond gesynchroniseerd; zonder verbinding werkt u gewoon door."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors["form"])
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        scheduler.logged_in.connect(self._on_logged_in)
        scheduler.login_failed.connect(self._on_failed)
        (self.password if server and username else self.server).setFocus()

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA-bestand kiezen"), "",
            self.tr("Certificaten (*.pem *.crt);;Alle bestanden (*)"))
        if path:
            self.ca_bundle.setText(path)

    def show_error(self, key: str, text: str) -> None:
        label = self.errors[key]
        label.setText(text)
        label.setVisible(bool(text))

    def _clear_errors(self) -> None:
        for key in self.errors:
            self.show_error(key, "")

    def submit(self) -> None:
        self._clear_errors()
        server, username = self.server.text().strip(), self.username.text().strip()
        password, bundle = self.password.text(), self.ca_bundle.text().strip()
        required = self.tr("Dit veld is verplicht.")
        missing = [key for key, value in (("server", server), ("username", username),
                                          ("password", password)) if not value]
        for key in missing:
            self.show_error(key, required)
        if missing:
            self.failed.emit()
            return
        if not self.scheduler.login(server, username, password, bundle or None):
            self.show_error("form", self.tr("Er loopt nog een synchronisatie; probeer het zo "
                                            "meteen opnieuw."))
            self.failed.emit()
            return
        self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.login_button.setEnabled(not busy)
        for field in (self.server, self.username, self.password, self.ca_bundle):
            field.setReadOnly(busy)

    def _on_logged_in(self, _account: object) -> None:
        self._set_busy(False)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ProfileError):
            self.show_error("username", self.tr(
                "Dit profiel hoort bij een andere gebruiker of server. Log in als die "
                "gebruiker, of gebruik een ander profiel."))
        elif isinstance(error, KnownError):
            self.show_error(FIELD_OF_CODE.get(error.code, "form"), user_message(error))
        else:
            self.show_error("form", user_message(error))
        self.failed.emit()

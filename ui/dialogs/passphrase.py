"""Asking for a profile's passphrase (when no OS keyring holds its key)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class PassphraseDialog(QDialog):
    def __init__(self, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("casedesk — profiel openen"))
        self.field = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Wachtwoordzin"))
        self.error = QLabel(error)
        self.error.setStyleSheet("color:#b3261e;")
        self.error.setVisible(bool(error))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Wachtwoordzin van dit profiel:")))
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @property
    def passphrase(self) -> str:
        return self.field.text()

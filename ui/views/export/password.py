"""An optional password for a PDF that leaves by e-mail: typed twice, checked as you type, the
message next to the fields. The PDF is encrypted with AES-256 (``casedesk.export.output``)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

MIN_LENGTH = 8


class PasswordFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self.tr("Met een wachtwoord beveiligen"))
        self.enabled.setToolTip(self.tr("Voor een PDF die per e-mail verstuurd wordt"))
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Wachtwoord"))
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Wachtwoord herhalen"))
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020;")
        self.error.setWordWrap(True)
        self.hint = QLabel(self.tr("Voor een PDF die per e-mail gaat. Minstens %1 tekens. Geef "
                                   "het wachtwoord apart door, bijvoorbeeld telefonisch; niet "
                                   "in dezelfde e-mail.")
                           .replace("%1", str(MIN_LENGTH)))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#5f6368;")
        self.fields = QWidget()
        self.form = form = QFormLayout(self.fields)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("Wachtwoord"), self.first)
        form.addRow(self.tr("Herhaal"), self.second)
        form.addRow("", self.error)
        form.addRow("", self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.fields)
        self.enabled.toggled.connect(self._toggled)
        self.first.textChanged.connect(lambda _t: self._check_as_typed())
        self.second.textChanged.connect(lambda _t: self._check_as_typed())
        self._toggled(False)
        self._say("")

    def set_suggested(self, on: bool) -> None:
        self.enabled.setChecked(on)

    def _toggled(self, on: bool) -> None:
        self.fields.setVisible(on)
        self._say("")
        if on:
            self.first.setFocus()

    def _problem(self) -> str:
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_LENGTH:
            return self.tr("Het wachtwoord moet minstens %1 tekens hebben.").replace(
                "%1", str(MIN_LENGTH))
        if first != second:
            return self.tr("De twee wachtwoorden verschillen.")
        return ""

    def _check_as_typed(self) -> None:
        """Say that they differ once the second has been typed; never nag while typing the
        first."""
        self._say(self._problem() if self.second.text() else "")

    def _say(self, problem: str) -> None:
        """The message next to the fields; its row takes no room while there is none."""
        self.error.setText(problem)
        self.form.setRowVisible(self.error, bool(problem))

    def password(self) -> str | None:
        """The password, or None when not protecting."""
        return self.first.text() if self.enabled.isChecked() else None

    def validate(self) -> bool:
        """Show what is wrong next to the fields; True when the choice can be used."""
        if not self.enabled.isChecked():
            return True
        problem = self._problem()
        self._say(problem)
        if problem:
            (self.second if len(self.first.text()) >= MIN_LENGTH else self.first).setFocus()
        return not problem

"""Forms for a household member, a netwerk contact and the household's address.

Each input has a caption above it and a red message below it: a validation error appears next
to the field it concerns and never clears what was typed. ``show_errors`` takes the core's
``ValidationError``s (their ``field`` optionally under a prefix such as ``leden.0.``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.vocabulary import MemberRole, NetworkKind
from casedesk.errors import ValidationError
from casedesk.services.dto import NetworkView
from casedesk.services.households import (
    HouseholdFields,
    MemberDetail,
    MemberInput,
    NetworkInput,
)
from ui.errors import validation_text
from ui.formatting import short_date
from ui.i18n import label, tr

ERROR_STYLE = "color:#b3261e;"
_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")

CLOSENESS_TEXT = {
    1: QT_TR_NOOP("1 · dichtbij"),
    2: QT_TR_NOOP("2 · midden"),
    3: QT_TR_NOOP("3 · verder weg"),
}


def parse_date(text: str, field: str) -> date | None:
    """A date as people type it: 12-03-2010, 12/3/2010, 12.03.2010 or 2010-03-12."""
    text = text.strip()
    if not text:
        return None
    dutch, iso = _DATE.match(text), _ISO_DATE.match(text)
    try:
        if dutch:
            return date(int(dutch.group(3)), int(dutch.group(2)), int(dutch.group(1)))
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    except ValueError:
        pass
    raise ValidationError(field, "invalid-date", f"not a date: {text!r}")


class FormGrid(QWidget):
    """Inputs in a grid, each with its caption above and its error message below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def add(self, name: str, caption: str, widget: QWidget, row: int, column: int) -> QWidget:
        cell = QVBoxLayout()
        cell.setSpacing(1)
        if not isinstance(widget, QCheckBox):
            title = QLabel(caption)
            title.setBuddy(widget)
            cell.addWidget(title)
        cell.addWidget(widget)
        error = QLabel()
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.setAccessibleName(tr("Foutmelding bij %1").replace("%1", caption))
        error.hide()
        cell.addWidget(error)
        cell.addStretch(1)
        self.grid.addLayout(cell, row, column)
        widget.setAccessibleName(caption)
        self.inputs[name], self.errors[name] = widget, error
        return widget

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.clear()
            error.hide()

    def show_errors(self, errors: Iterable[ValidationError], prefix: str = "") -> list[str]:
        """Show the messages meant for this form; returns the fields that got one."""
        shown = []
        for error in errors:
            if not error.field.startswith(prefix):
                continue
            name = error.field[len(prefix) :]
            label_widget = self.errors.get(name)
            if label_widget is None:
                continue
            label_widget.setText(validation_text(error))
            label_widget.show()
            shown.append(name)
        return shown

    def focus_field(self, name: str) -> None:
        self.inputs[name].setFocus()

    def error_text(self, name: str) -> str:
        return self.errors[name].text()


def _line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


def role_combo() -> QComboBox:
    combo = QComboBox()
    for role in MemberRole:
        combo.addItem(label(role), role.value)
    return combo


class MemberForm(FormGrid):
    """One household member: names, birth date, BSN, role, gezag, contact (in ``columns``
    columns: three in the wide aanmelding, two beside the household's member list)."""

    def __init__(self, columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voornaam = _line()
        self.tussenvoegsel = _line()
        self.achternaam = _line()
        self.geboortedatum = _line(self.tr("dd-mm-jjjj"))
        self.bsn = _line(self.tr("optioneel, 9 cijfers"))
        self.rol = role_combo()
        self.gezag = QCheckBox(self.tr("Heeft gezag"))
        self.telefoon = _line()
        self.email = _line()
        fields: tuple[tuple[str, str, QWidget], ...] = (
            ("voornaam", self.tr("Voornaam *"), self.voornaam),
            ("tussenvoegsel", self.tr("Tussenvoegsel"), self.tussenvoegsel),
            ("achternaam", self.tr("Achternaam *"), self.achternaam),
            ("geboortedatum", self.tr("Geboortedatum"), self.geboortedatum),
            ("bsn", self.tr("BSN"), self.bsn),
            ("rol", self.tr("Rol"), self.rol),
            ("telefoon", self.tr("Telefoon"), self.telefoon),
            ("email", self.tr("E-mail"), self.email),
            ("gezag", self.tr("Heeft gezag"), self.gezag),
        )
        for i, (name, caption, widget) in enumerate(fields):
            self.add(name, caption, widget, i // columns, i % columns)

    def value(self, prefix: str = "", *, ignore_date: bool = False) -> MemberInput:
        """What was typed; raises ``ValidationError`` for a date that is not one, unless
        ``ignore_date`` (then the birth date is left empty)."""
        born = (
            None if ignore_date else parse_date(self.geboortedatum.text(), prefix + "geboortedatum")
        )
        return MemberInput(
            voornaam=self.voornaam.text(),
            achternaam=self.achternaam.text(),
            rol=MemberRole(self.rol.currentData()),
            tussenvoegsel=self.tussenvoegsel.text(),
            geboortedatum=born,
            bsn=self.bsn.text(),
            gezag=self.gezag.isChecked(),
            telefoon=self.telefoon.text(),
            email=self.email.text(),
        )

    def set_value(self, member: MemberDetail | None) -> None:
        self.clear_errors()
        self.voornaam.setText(member.voornaam if member else "")
        self.tussenvoegsel.setText(member.tussenvoegsel if member else "")
        self.achternaam.setText(member.achternaam if member else "")
        self.geboortedatum.setText(short_date(member.geboortedatum) if member else "")
        self.bsn.setText((member.bsn or "") if member else "")
        role = member.rol if member else MemberRole.JEUGDIGE
        self.rol.setCurrentIndex(self.rol.findData(role.value))
        self.gezag.setChecked(member.gezag if member else False)
        self.telefoon.setText(member.telefoon if member else "")
        self.email.setText(member.email if member else "")


class ContactForm(FormGrid):
    """One person of the netwerk: who, how related, informal or professional, how close."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.naam = _line()
        self.relatie = _line(self.tr("bijv. oma, buurvrouw, huisarts"))
        self.soort = QComboBox()
        for kind in NetworkKind:
            self.soort.addItem(label(kind), kind.value)
        self.organisatie = _line()
        self.telefoon = _line()
        self.nabijheid = QComboBox()
        for value, text in CLOSENESS_TEXT.items():
            self.nabijheid.addItem(tr(text), value)
        self.add("naam", self.tr("Naam *"), self.naam, 0, 0)
        self.add("relatie", self.tr("Relatie"), self.relatie, 0, 1)
        self.add("soort", self.tr("Soort"), self.soort, 1, 0)
        self.add("nabijheid", self.tr("Nabijheid"), self.nabijheid, 1, 1)
        self.add("organisatie", self.tr("Organisatie"), self.organisatie, 2, 0)
        self.add("telefoon", self.tr("Telefoon"), self.telefoon, 2, 1)

    def value(self) -> NetworkInput:
        return NetworkInput(
            naam=self.naam.text(),
            relatie=self.relatie.text(),
            soort=NetworkKind(self.soort.currentData()),
            organisatie=self.organisatie.text(),
            telefoon=self.telefoon.text(),
            nabijheid=int(self.nabijheid.currentData()),
        )

    def set_value(self, contact: NetworkView | None, nabijheid: int = 2) -> None:
        self.clear_errors()
        self.naam.setText(contact.naam if contact else "")
        self.relatie.setText(contact.relatie if contact else "")
        kind = contact.soort if contact else NetworkKind.INFORMEEL
        self.soort.setCurrentIndex(self.soort.findData(kind.value))
        self.organisatie.setText(contact.organisatie if contact else "")
        self.telefoon.setText(contact.telefoon if contact else "")
        self.set_closeness(contact.nabijheid if contact else nabijheid)

    def set_closeness(self, nabijheid: int) -> None:
        self.nabijheid.setCurrentIndex(self.nabijheid.findData(nabijheid))


class AddressForm(FormGrid):
    """The household's name and address (gemeente and team are chosen at the aanmelding)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.naam = _line(self.tr("bijv. Gezin Jansen"))
        self.straat = _line(self.tr("straat en huisnummer"))
        self.postcode = _line(self.tr("1234 AB"))
        self.woonplaats = _line()
        self.telefoon = _line()
        self.add("naam", self.tr("Naam huishouden *"), self.naam, 0, 0)
        self.add("straat", self.tr("Adres"), self.straat, 0, 1)
        self.add("postcode", self.tr("Postcode"), self.postcode, 0, 2)
        self.add("woonplaats", self.tr("Woonplaats"), self.woonplaats, 1, 0)
        self.add("telefoon", self.tr("Telefoon"), self.telefoon, 1, 1)

    def value(self) -> HouseholdFields:
        return HouseholdFields(
            naam=self.naam.text(),
            straat=self.straat.text(),
            postcode=self.postcode.text(),
            woonplaats=self.woonplaats.text(),
            telefoon=self.telefoon.text(),
        )

    def set_value(self, fields: HouseholdFields) -> None:
        self.clear_errors()
        for name in ("naam", "straat", "postcode", "woonplaats", "telefoon"):
            edit = self.inputs[name]
            assert isinstance(edit, QLineEdit)
            edit.setText(getattr(fields, name))

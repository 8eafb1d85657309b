"""Gezin en netwerk: the household's members (age, "wordt 18 op", gezag, contact) and its
netwerk as a netwerkkaart, both editable in place.

``HouseholdView`` can sit in a tab of the casus view; ``HouseholdWindow`` shows it in its own
non-modal window (the casus view's "Gezin en netwerk" action opens that). Editors open inline
below their list; a validation message appears next to its field and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.errors import InvalidInput, ValidationError
from casedesk.services import households as hh
from casedesk.services.changes import Changes
from casedesk.services.dto import NetworkView
from casedesk.services.households import HouseholdDetail, HouseholdFields, MemberDetail
from ui.context import AppContext
from ui.errors import show_error
from ui.formatting import short_date
from ui.i18n import label, tr
from ui.main_window import MainWindow
from ui.models.dto_table import ROW_ROLE, Column, DtoTableModel
from ui.views.network_map import NetworkMap, legend_html
from ui.views.person_forms import AddressForm, ContactForm, FormGrid, MemberForm

CHANGES = Changes(households=True)


class MemberColumn(IntEnum):
    NAAM = 0
    ROL = 1
    GEBOORTEDATUM = 2
    LEEFTIJD = 3
    WORDT_18 = 4
    GEZAG = 5
    BSN = 6
    CONTACT = 7


MEMBER_COLUMNS: dict[IntEnum, Column[MemberDetail]] = {
    MemberColumn.NAAM: Column(QT_TR_NOOP("Naam"), lambda m: m.naam),
    MemberColumn.ROL: Column(QT_TR_NOOP("Rol"), lambda m: label(m.rol)),
    MemberColumn.GEBOORTEDATUM: Column(
        QT_TR_NOOP("Geboren"),
        lambda m: short_date(m.geboortedatum),
        lambda m: m.geboortedatum.toordinal() if m.geboortedatum else 0,
    ),
    MemberColumn.LEEFTIJD: Column(
        QT_TR_NOOP("Leeftijd"),
        lambda m: "" if m.leeftijd is None else str(m.leeftijd),
        lambda m: -1 if m.leeftijd is None else m.leeftijd,
    ),
    MemberColumn.WORDT_18: Column(
        QT_TR_NOOP("Wordt 18 op"),
        lambda m: short_date(m.wordt_18_op),
        lambda m: m.wordt_18_op.toordinal() if m.wordt_18_op else 0,
    ),
    MemberColumn.GEZAG: Column(QT_TR_NOOP("Gezag"), lambda m: tr("ja") if m.gezag else ""),
    MemberColumn.BSN: Column(QT_TR_NOOP("BSN"), lambda m: m.bsn or ""),
    MemberColumn.CONTACT: Column(
        QT_TR_NOOP("Contact"),
        lambda m: " · ".join(x for x in (m.telefoon, m.email) if x),
    ),
}


class Editor(QGroupBox):
    """An inline editor: a form with Opslaan, optionally Verwijderen, and Annuleren."""

    def __init__(self, form: FormGrid, remove_text: str) -> None:
        super().__init__()
        self.form = form
        self.save = QPushButton(tr("Opslaan"))
        self.save.setDefault(True)
        self.remove = QPushButton(remove_text)
        self.cancel = QPushButton(tr("Annuleren"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addLayout(buttons)
        self.cancel.clicked.connect(self.hide)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save.click)
        self.hide()


class HouseholdView(QWidget):
    """Signals:
    loaded: after a household has been shown (again).
    saved: after a change to a member, the address or the netwerk has been stored.
    """

    loaded = Signal()
    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id: str | None = None
        self.detail: HouseholdDetail | None = None
        self.editing_member: str | None = None  # None while adding
        self.editing_contact: str | None = None

        self.title = QLabel()
        self.title.setStyleSheet("font-size:16pt;font-weight:bold;")
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color:#555555;")
        self.edit_address = QPushButton(self.tr("Adres wijzigen"))
        self.address_editor = Editor(AddressForm(), "")
        self.address_editor.remove.hide()
        self.address_editor.setTitle(self.tr("Naam en adres"))

        # --- members ----------------------------------------------------------------------
        self.members: DtoTableModel[MemberDetail] = DtoTableModel(MEMBER_COLUMNS)
        self.member_table = QTableView()
        self.member_table.setModel(self.members)
        self.member_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.member_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.member_table.setTabKeyNavigation(False)
        self.member_table.setSortingEnabled(True)
        self.member_table.verticalHeader().hide()
        self.member_table.setWordWrap(False)
        self.member_table.setMinimumHeight(150)  # five members without scrolling
        self.member_table.setAccessibleName(self.tr("Gezinsleden"))
        header = self.member_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MemberColumn.CONTACT, QHeaderView.ResizeMode.Stretch)
        self.add_member = QPushButton(self.tr("Gezinslid &toevoegen"))
        self.edit_member = QPushButton(self.tr("Gezinslid &wijzigen"))
        self.member_form = MemberForm(columns=2)
        self.member_editor = Editor(self.member_form, self.tr("Gezinslid verwijderen"))
        self.member_editor.setFixedWidth(440)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.add_member)
        member_buttons.addWidget(self.edit_member)
        member_buttons.addStretch(1)
        self.member_buttons = member_buttons  # others add theirs: add_member_action
        members_box = QGroupBox(self.tr("Gezinsleden"))
        member_list = QVBoxLayout()
        member_list.addWidget(self.member_table, 1)
        member_list.addLayout(member_buttons)
        ml = QHBoxLayout(members_box)
        ml.addLayout(member_list, 1)
        ml.addWidget(self.member_editor)

        # --- netwerk ----------------------------------------------------------------------
        self.map = NetworkMap()
        self.add_contact = QPushButton(self.tr("Contact t&oevoegen"))
        self.contact_form = ContactForm()
        self.contact_editor = Editor(self.contact_form, self.tr("Contact verwijderen"))
        self.contact_hint = QLabel(
            self.tr(
                "Klik op een lege plek in de kaart om iemand toe te voegen, op een persoon om "
                "te wijzigen, of sleep iemand dichterbij of verder weg. Met het toetsenbord: "
                "pijltjes links/rechts kiezen, omhoog/omlaag verplaatsen, Enter wijzigt, "
                "Insert voegt toe."
            )
        )
        self.contact_hint.setWordWrap(True)
        self.contact_hint.setStyleSheet("color:#555555;")
        side = QVBoxLayout()
        side.addWidget(self.add_contact, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.contact_hint)
        side.addWidget(self.contact_editor)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(440)
        self.legend = QLabel(legend_html())
        self.legend.setWordWrap(True)
        map_column = QVBoxLayout()
        map_column.addWidget(self.map, 1)
        map_column.addWidget(self.legend)
        network_box = QGroupBox(self.tr("Netwerkkaart"))
        nl = QHBoxLayout(network_box)
        nl.addLayout(map_column, 1)
        nl.addWidget(side_widget)

        head = QHBoxLayout()
        head_text = QVBoxLayout()
        head_text.addWidget(self.title)
        head_text.addWidget(self.subtitle)
        head.addLayout(head_text, 1)
        head.addWidget(self.edit_address, 0, Qt.AlignmentFlag.AlignTop)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(members_box)
        self.splitter.addWidget(network_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.address_editor)
        layout.addWidget(self.splitter, 1)

        self.edit_address.clicked.connect(self.start_address)
        self.address_editor.save.clicked.connect(self._save_address)
        self.add_member.clicked.connect(self.start_new_member)
        self.edit_member.clicked.connect(self.start_selected_member)
        self.member_table.activated.connect(lambda _index: self.start_selected_member())
        self.member_editor.save.clicked.connect(self._save_member)
        self.member_editor.remove.clicked.connect(self._remove_member)
        self.add_contact.clicked.connect(lambda: self.start_new_contact(2))
        self.map.add_requested.connect(self.start_new_contact)
        self.map.edit_requested.connect(self.start_contact)
        self.map.moved.connect(self.move_contact)
        self.contact_editor.save.clicked.connect(self._save_contact)
        self.contact_editor.remove.clicked.connect(self._remove_contact)
        self.contact_editor.cancel.clicked.connect(self.contact_hint.show)
        ctx.events.changed.connect(self._on_changed)

    # --- showing ----------------------------------------------------------------------

    def show_household(self, household_id: str) -> None:
        if household_id != self.household_id:
            self.member_editor.hide()
            self.contact_editor.hide()
            self.address_editor.hide()
            self.contact_hint.show()
        self.household_id = household_id
        self.ctx.run(
            hh.household_detail, household_id, today=self.ctx.backend.today(), on_done=self._show
        )

    def _show(self, d: HouseholdDetail) -> None:
        if d.huishouden_id != self.household_id:
            return  # an older request arriving late
        self.detail = d
        self.title.setText(d.naam)
        address = ", ".join(x for x in (d.straat, f"{d.postcode} {d.woonplaats}".strip()) if x)
        self.subtitle.setText(" · ".join(x for x in (address, d.telefoon, d.gemeente, d.team) if x))
        selected = self.selected_member()
        self.members.reset(d.leden)
        if selected is not None:
            for row, member in enumerate(d.leden):
                if member.persoon_id == selected.persoon_id:
                    self.member_table.selectRow(row)
        self.map.show_network(d.naam, d.netwerk)
        self.loaded.emit()

    def _on_changed(self, changes: Changes) -> None:
        if changes.households and self.household_id:
            self.show_household(self.household_id)

    # --- the address ------------------------------------------------------------------

    def start_address(self) -> None:
        if self.detail is None:
            return
        d = self.detail
        form = self.address_editor.form
        assert isinstance(form, AddressForm)
        form.set_value(HouseholdFields(d.naam, d.straat, d.postcode, d.woonplaats, d.telefoon))
        self.address_editor.show()
        form.naam.setFocus()

    def _save_address(self) -> None:
        form = self.address_editor.form
        assert isinstance(form, AddressForm) and self.household_id
        form.clear_errors()
        self.ctx.run(
            hh.update_household,
            self.household_id,
            form.value(),
            on_done=lambda _r: self._saved(self.address_editor),
            on_error=lambda error: self._failed(form, error),
            changes=CHANGES,
        )

    # --- members ----------------------------------------------------------------------

    def selected_member(self) -> MemberDetail | None:
        rows = self.member_table.selectionModel().selectedRows()
        if not rows:
            return None
        member: MemberDetail = self.members.data(rows[0], ROW_ROLE)
        return member

    def add_member_action(self, text: str, handler: Callable[[str], None]) -> QPushButton:
        """A button under the members for an action on the selected one (its persoon id);
        enabled while a member is selected."""
        button = QPushButton(text)
        button.setEnabled(False)
        button.clicked.connect(
            lambda: (member := self.selected_member()) and handler(member.persoon_id))
        self.member_table.selectionModel().selectionChanged.connect(
            lambda _s, _d: button.setEnabled(self.selected_member() is not None))
        self.member_buttons.addWidget(button)
        return button

    def start_new_member(self) -> None:
        self.editing_member = None
        self.member_form.set_value(None)
        self.member_editor.setTitle(self.tr("Nieuw gezinslid"))
        self.member_editor.remove.hide()
        self.member_editor.show()
        self.member_form.voornaam.setFocus()

    def start_selected_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        self.editing_member = member.persoon_id
        self.member_form.set_value(member)
        self.member_editor.setTitle(self.tr("%1 wijzigen").replace("%1", member.naam))
        self.member_editor.remove.show()
        self.member_editor.show()
        self.member_form.voornaam.setFocus()

    def _save_member(self) -> None:
        assert self.household_id is not None
        self.member_form.clear_errors()
        try:
            member = self.member_form.value()
        except ValidationError as error:  # a date that is not one: shown next to the field
            self._failed(self.member_form, error)
            return
        on_done: Any = lambda _r: self._saved(self.member_editor)  # noqa: E731
        on_error: Any = lambda error: self._failed(self.member_form, error)  # noqa: E731
        today = self.ctx.backend.today()
        if self.editing_member is None:
            self.ctx.run(
                hh.add_member,
                self.household_id,
                member,
                today=today,
                on_done=on_done,
                on_error=on_error,
                changes=CHANGES,
            )
        else:
            self.ctx.run(
                hh.update_member,
                self.editing_member,
                member,
                today=today,
                on_done=on_done,
                on_error=on_error,
                changes=CHANGES,
            )

    def _remove_member(self) -> None:
        if self.editing_member is None:
            return
        self.ctx.run(
            hh.remove_member,
            self.editing_member,
            on_done=lambda _r: self._saved(self.member_editor),
            on_error=lambda error: show_error(self, error),
            changes=CHANGES,
        )

    # --- netwerk ----------------------------------------------------------------------

    def contact(self, contact_id: str) -> NetworkView | None:
        if self.detail is None:
            return None
        return next((c for c in self.detail.netwerk if c.contact_id == contact_id), None)

    def start_new_contact(self, nabijheid: int) -> None:
        self.editing_contact = None
        self.contact_form.set_value(None, nabijheid)
        self.contact_editor.setTitle(self.tr("Nieuw contact"))
        self.contact_editor.remove.hide()
        self._open_contact_editor()

    def start_contact(self, contact_id: str) -> None:
        contact = self.contact(contact_id)
        if contact is None:
            return
        self.editing_contact = contact_id
        self.contact_form.set_value(contact)
        self.contact_editor.setTitle(self.tr("%1 wijzigen").replace("%1", contact.naam))
        self.contact_editor.remove.show()
        self._open_contact_editor()

    def _open_contact_editor(self) -> None:
        self.contact_hint.hide()
        self.contact_editor.show()
        self.contact_form.naam.setFocus()

    def _save_contact(self) -> None:
        assert self.household_id is not None
        self.contact_form.clear_errors()
        contact = self.contact_form.value()
        on_done: Any = lambda _r: self._saved(self.contact_editor)  # noqa: E731
        on_error: Any = lambda error: self._failed(self.contact_form, error)  # noqa: E731
        if self.editing_contact is None:
            self.ctx.run(
                hh.add_network_contact,
                self.household_id,
                contact,
                on_done=on_done,
                on_error=on_error,
                changes=CHANGES,
            )
        else:
            self.ctx.run(
                hh.update_network_contact,
                self.editing_contact,
                contact,
                on_done=on_done,
                on_error=on_error,
                changes=CHANGES,
            )

    def _remove_contact(self) -> None:
        if self.editing_contact is None:
            return
        self.ctx.run(
            hh.remove_network_contact,
            self.editing_contact,
            on_done=lambda _r: self._saved(self.contact_editor),
            on_error=lambda error: show_error(self, error),
            changes=CHANGES,
        )

    def move_contact(self, contact_id: str, nabijheid: int) -> None:
        if self.editing_contact == contact_id and self.contact_editor.isVisible():
            self.contact_form.set_closeness(nabijheid)
        self.ctx.run(
            hh.move_network_contact,
            contact_id,
            nabijheid,
            on_done=lambda _r: self.saved.emit(),
            on_error=lambda error: show_error(self, error),
            changes=CHANGES,
        )

    # --- after saving -----------------------------------------------------------------

    def _saved(self, editor: Editor) -> None:
        editor.hide()
        if editor is self.contact_editor:
            self.contact_hint.show()
            self.map.setFocus()
        self.saved.emit()

    def _failed(self, form: FormGrid, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            errors = error.errors
        elif isinstance(error, ValidationError):
            errors = [error]
        else:
            show_error(self, error)
            return
        shown = form.show_errors(errors)
        if shown:
            form.focus_field(shown[0])
        else:
            show_error(self, error)


class HouseholdWindow(QWidget):
    """The household view in its own window, next to the casus (Escape closes it)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(tr("Gezin en netwerk — casedesk"))  # no personal data in titles
        self.view = HouseholdView(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.resize(1180, 860)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def show_household(self, household_id: str) -> None:
        self.view.show_household(household_id)
        was_open = self.isVisible()
        self.show()
        # Bring an open window to the front; there is no window stack to raise offscreen.
        if was_open and QGuiApplication.platformName() != "offscreen":
            self.raise_()
            self.activateWindow()


def install_household(window: MainWindow, ctx: AppContext) -> HouseholdWindow:
    """A "Gezin en netwerk" button in the casus header opens the household's window."""
    household_window = HouseholdWindow(ctx, window)
    window.household_window = household_window  # type: ignore[attr-defined]

    def open_for(casus_id: str) -> None:
        ctx.run(hh.household_of_case, casus_id, on_done=household_window.show_household)

    window.cases.detail.add_case_action(tr("Gezin en netwerk…"), open_for)
    return household_window

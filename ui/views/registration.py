"""Nieuwe aanmelding: register a household and open its casus, or find one and open a casus.

Before a new household is saved the core checks the input and looks for households that are
probably the same family; those are shown with the choice to use the existing one (and its
running casus) or to register anyway. Errors appear next to their fields; nothing typed is lost.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.vocabulary import Verwijzer
from casedesk.errors import InvalidInput, ValidationError
from casedesk.services import households as hh
from casedesk.services.changes import Changes
from casedesk.services.households import (
    CaseOpening,
    HouseholdInput,
    HouseholdMatch,
    PossibleDuplicate,
    Registered,
    RegistrationChoices,
)
from ui.context import AppContext
from ui.errors import show_error, validation_text
from ui.i18n import label, tr
from ui.main_window import MainWindow
from ui.models.dto_table import ROW_ROLE, Column, DtoTableModel
from ui.views.person_forms import ERROR_STYLE, AddressForm, ContactForm, FormGrid, MemberForm

SEARCH_DELAY_MS = 250
CHANGES = Changes(cases=True, households=True)

DUPLICATE_REASONS = {
    "bsn": QT_TR_NOOP("zelfde BSN"),
    "naam-postcode": QT_TR_NOOP("zelfde achternaam en postcode"),
    "naam-geboortedatum": QT_TR_NOOP("zelfde naam en geboortedatum"),
}


class MatchColumn(IntEnum):
    HUISHOUDEN = 0
    CASUS = 1
    GEMEENTE = 2
    ADRES = 3
    LEDEN = 4  # last: it takes the room that is left (the full list is the tooltip)


MATCH_COLUMNS: dict[IntEnum, Column[HouseholdMatch]] = {
    MatchColumn.HUISHOUDEN: Column(QT_TR_NOOP("Huishouden"), lambda m: m.naam),
    MatchColumn.ADRES: Column(QT_TR_NOOP("Adres"), lambda m: m.adres),
    MatchColumn.GEMEENTE: Column(QT_TR_NOOP("Gemeente"), lambda m: m.gemeente),
    MatchColumn.LEDEN: Column(QT_TR_NOOP("Gezinsleden (leeftijd)"), lambda m: m.leden),
    MatchColumn.CASUS: Column(
        QT_TR_NOOP("Casus"),
        lambda m: tr("lopend") if m.lopende_casus_id else "—",
    ),
}


class HouseholdPlaceForm(FormGrid):
    """Where the household lives and which team takes the aanmelding."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gemeente = QComboBox()
        self.team = QComboBox()
        self.add("gemeente_id", self.tr("Gemeente *"), self.gemeente, 0, 0)
        self.add("team_id", self.tr("Team *"), self.team, 0, 1)


class CaseForm(FormGrid):
    """The casus half: who referred, why, and who takes the casusregie."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verwijzer = QComboBox()
        self.verwijzer.addItem(self.tr("— kies —"), None)
        for verwijzer in Verwijzer:
            self.verwijzer.addItem(label(verwijzer), verwijzer.value)
        self.toelichting = QLineEdit()
        self.toelichting.setPlaceholderText(self.tr("bijv. naam van de huisarts of school"))
        self.aanleiding = QPlainTextEdit()
        self.aanleiding.setPlaceholderText(self.tr("Wat is er aan de hand, in een paar zinnen"))
        self.aanleiding.setTabChangesFocus(True)
        self.aanleiding.setFixedHeight(90)
        self.regisseur = QComboBox()
        self.add("verwijzer", self.tr("Verwijzer *"), self.verwijzer, 0, 0)
        self.add("verwijzer_toelichting", self.tr("Toelichting verwijzer"), self.toelichting, 1, 0)
        self.add("aanleiding", self.tr("Aanleiding"), self.aanleiding, 2, 0)
        self.add("casusregisseur_id", self.tr("Casusregisseur *"), self.regisseur, 3, 0)

    def value(self) -> CaseOpening:
        verwijzer = self.verwijzer.currentData()
        return CaseOpening(
            self.regisseur.currentData() or "",
            Verwijzer(verwijzer) if verwijzer else None,
            self.toelichting.text(),
            self.aanleiding.toPlainText(),
        )

    def reset(self) -> None:
        self.clear_errors()
        self.verwijzer.setCurrentIndex(0)
        self.toelichting.clear()
        self.aanleiding.clear()


class RemovableBox(QGroupBox):
    """A numbered member or contact in the aanmelding, with its own remove button."""

    def __init__(self, form: MemberForm | ContactForm, remove_text: str) -> None:
        super().__init__()
        self.form = form
        self.remove = QPushButton(remove_text)
        self.remove.setAccessibleName(remove_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addLayout(row)


def _discard(widget: QWidget) -> None:
    """Out of sight and out of its layout now; deleted when Qt is ready for it."""
    widget.hide()
    widget.setParent(None)  # type: ignore[call-overload]
    widget.deleteLater()


class RegistrationView(QWidget):
    """Signals:
    case_opened: a casus id, after an aanmelding (or to show a household's running casus).
    saved: a ``Registered`` after a new household was registered with its casus.
    duplicates_shown: when likely duplicates are offered before saving.
    loaded: when the choices (gemeenten, teams, regisseurs) have arrived.
    searched: when search results have arrived.
    """

    case_opened = Signal(str)
    saved = Signal(object)
    duplicates_shown = Signal()
    loaded = Signal()
    searched = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choices: RegistrationChoices | None = None
        self.members: list[RemovableBox] = []
        self.contacts: list[RemovableBox] = []
        self._naam_by_hand = False

        heading = QLabel(self.tr("Nieuwe aanmelding"))
        heading.setStyleSheet("font-size:18pt;font-weight:bold;")
        self.new_mode = QRadioButton(self.tr("&Nieuw huishouden registreren"))
        self.find_mode = QRadioButton(self.tr("&Bestaand huishouden zoeken"))
        self.new_mode.setChecked(True)
        modes = QButtonGroup(self)
        modes.addButton(self.new_mode)
        modes.addButton(self.find_mode)

        # --- a new household ------------------------------------------------------------
        self.address = AddressForm()
        self.place = HouseholdPlaceForm()
        self.members_error = QLabel()
        self.members_error.setStyleSheet(ERROR_STYLE)
        self.members_error.hide()
        self.members_box = QVBoxLayout()
        add_member = QPushButton(self.tr("+ Gezinslid toevoegen"))
        add_member.clicked.connect(lambda: self.add_member().form.voornaam.setFocus())
        self.contacts_box = QVBoxLayout()
        add_contact = QPushButton(self.tr("+ Netwerkcontact toevoegen"))
        add_contact.clicked.connect(lambda: self.add_contact().form.naam.setFocus())

        household_box = QGroupBox(self.tr("Huishouden"))
        hl = QVBoxLayout(household_box)
        hl.addWidget(self.address)
        hl.addWidget(self.place)
        members_group = QGroupBox(self.tr("Gezinsleden"))
        ml = QVBoxLayout(members_group)
        ml.addWidget(self.members_error)
        ml.addLayout(self.members_box)
        ml.addWidget(add_member, 0, Qt.AlignmentFlag.AlignLeft)
        network_group = QGroupBox(self.tr("Netwerk (grootouders, buren, school, huisarts…)"))
        nl = QVBoxLayout(network_group)
        nl.addLayout(self.contacts_box)
        nl.addWidget(add_contact, 0, Qt.AlignmentFlag.AlignLeft)
        new_page = QWidget()
        npl = QVBoxLayout(new_page)
        npl.addWidget(household_box)
        npl.addWidget(members_group)
        npl.addWidget(network_group)
        npl.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(new_page)

        # --- an existing household ------------------------------------------------------
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Zoek op naam, geboortedatum (dd-mm-jjjj), BSN of adres")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Huishouden zoeken"))
        self.matches: DtoTableModel[HouseholdMatch] = DtoTableModel(MATCH_COLUMNS)
        self.results = QTableView()
        self.results.setModel(self.matches)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setTabKeyNavigation(False)
        self.results.verticalHeader().hide()
        self.results.setAccessibleName(self.tr("Gevonden huishoudens"))
        self.results.setWordWrap(False)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MatchColumn.LEDEN, QHeaderView.ResizeMode.Stretch)
        self.results_note = QLabel()
        self.results_note.setStyleSheet("color:#555555;")
        find_page = QWidget()
        fl = QVBoxLayout(find_page)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.search)
        fl.addWidget(self.results, 1)
        fl.addWidget(self.results_note)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(find_page)

        # --- the casus and the actions --------------------------------------------------
        self.case = CaseForm()
        case_box = QGroupBox(self.tr("Casus"))
        cl = QVBoxLayout(case_box)
        cl.addWidget(self.case)

        self.duplicates = QListWidget()
        self.duplicates.setAccessibleName(self.tr("Mogelijk hetzelfde huishouden"))
        self.duplicates.setWordWrap(True)
        self.use_existing = QPushButton(self.tr("Dit huishouden &gebruiken"))
        self.register_anyway = QPushButton(self.tr("&Toch nieuw registreren"))
        self.duplicate_box = QGroupBox(self.tr("Bestaat dit huishouden al?"))
        self.duplicate_box.setStyleSheet("QGroupBox{color:#8a5a00;font-weight:bold;}")
        dl = QVBoxLayout(self.duplicate_box)
        explanation = QLabel(
            self.tr(
                "Er is al een huishouden dat erop lijkt. Gebruik het bestaande huishouden, "
                "of registreer toch een nieuw huishouden."
            )
        )
        explanation.setWordWrap(True)
        explanation.setStyleSheet("font-weight:normal;color:black;")
        dl.addWidget(explanation)
        dl.addWidget(self.duplicates)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_existing)
        buttons.addWidget(self.register_anyway)
        dl.addLayout(buttons)
        self.duplicate_box.hide()

        self.submit = QPushButton(self.tr("Aanmelden"))
        self.submit.setDefault(True)
        self.submit.setShortcut(QKeySequence("Ctrl+Return"))
        self.submit.setToolTip(self.tr("Huishouden registreren en casus openen (Ctrl+Enter)"))
        self.status = QLabel()
        self.status.setWordWrap(True)

        side = QVBoxLayout()
        side.addWidget(case_box)
        side.addWidget(self.duplicate_box)
        side.addWidget(self.submit)
        side.addWidget(self.status)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(380)

        mode_row = QHBoxLayout()
        mode_row.addWidget(self.new_mode)
        mode_row.addWidget(self.find_mode)
        mode_row.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.stack, 1)
        body.addWidget(side_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(mode_row)
        layout.addLayout(body, 1)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        self.new_mode.toggled.connect(self._mode_changed)
        self.place.gemeente.currentIndexChanged.connect(self._fill_teams)
        self.address.naam.textEdited.connect(self._naam_typed)
        self.submit.clicked.connect(self.submit_registration)
        self.register_anyway.clicked.connect(lambda: self._register(confirmed=True))
        self.use_existing.clicked.connect(self._use_existing)
        self.results.selectionModel().selectionChanged.connect(self._match_selected)
        self.results.activated.connect(lambda _index: self.submit_registration())
        self.add_member()

    # --- setup ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.choices is None:
            self.load_choices()

    def load_choices(self) -> None:
        self.ctx.run(hh.registration_choices, me=self.ctx.backend.me, on_done=self._choices)

    def _choices(self, choices: RegistrationChoices) -> None:
        self.choices = choices
        my_team = next((t for t in choices.teams if t.team_id == choices.my_team_id), None)
        self.place.gemeente.blockSignals(True)
        self.place.gemeente.clear()
        for gemeente_id, naam in choices.gemeenten:
            self.place.gemeente.addItem(naam, gemeente_id)
        self.place.gemeente.blockSignals(False)
        if my_team is not None:
            self.place.gemeente.setCurrentIndex(self.place.gemeente.findData(my_team.gemeente_id))
        self._fill_teams()
        self.case.regisseur.clear()
        for r in choices.regisseurs:
            text = r.naam + (tr(" (ikzelf)") if r.professional_id == choices.me else "")
            self.case.regisseur.addItem(text, r.professional_id)
        self.case.regisseur.setCurrentIndex(self.case.regisseur.findData(choices.me))
        self.loaded.emit()

    def _fill_teams(self) -> None:
        if self.choices is None:
            return
        gemeente = self.place.gemeente.currentData()
        teams = [t for t in self.choices.teams if t.gemeente_id == gemeente] or list(
            self.choices.teams
        )
        self.place.team.clear()
        for t in teams:
            self.place.team.addItem(t.naam, t.team_id)
        mine = self.place.team.findData(self.choices.my_team_id)
        self.place.team.setCurrentIndex(max(mine, 0))

    def add_member(self) -> RemovableBox:
        box = RemovableBox(MemberForm(), self.tr("Gezinslid verwijderen"))
        box.remove.clicked.connect(lambda: self._remove(box, self.members))
        box.form.achternaam.textChanged.connect(self._suggest_naam)
        box.form.tussenvoegsel.textChanged.connect(self._suggest_naam)
        self.members.append(box)
        self.members_box.addWidget(box)
        self._renumber()
        return box

    def add_contact(self) -> RemovableBox:
        box = RemovableBox(ContactForm(), self.tr("Contact verwijderen"))
        box.remove.clicked.connect(lambda: self._remove(box, self.contacts))
        self.contacts.append(box)
        self.contacts_box.addWidget(box)
        self._renumber()
        return box

    def _remove(self, box: RemovableBox, boxes: list[RemovableBox]) -> None:
        boxes.remove(box)
        _discard(box)
        self._renumber()

    def _renumber(self) -> None:
        for i, box in enumerate(self.members, start=1):
            box.setTitle(self.tr("Gezinslid %1").replace("%1", str(i)))
        for i, box in enumerate(self.contacts, start=1):
            box.setTitle(self.tr("Netwerkcontact %1").replace("%1", str(i)))

    def _naam_typed(self, text: str) -> None:
        self._naam_by_hand = bool(text.strip())

    def _suggest_naam(self) -> None:
        """Name the household after its first member until someone types a name."""
        if self._naam_by_hand or not self.members:
            return
        form = self.members[0].form
        assert isinstance(form, MemberForm)
        tussenvoegsel = form.tussenvoegsel.text().strip()
        surname = " ".join(
            x for x in (tussenvoegsel.capitalize(), form.achternaam.text().strip()) if x
        )
        self.address.naam.setText(self.tr("Gezin %1").replace("%1", surname) if surname else "")

    def start(self) -> None:
        """Put the cursor where an aanmelding begins."""
        if self.find_mode.isChecked():
            self.search.setFocus()
            self.search.selectAll()
        elif self.members:
            form = self.members[0].form
            assert isinstance(form, MemberForm)
            form.voornaam.setFocus()

    def _mode_changed(self) -> None:
        self.clear_errors()
        self.status.clear()
        finding = self.find_mode.isChecked()
        self.stack.setCurrentIndex(1 if finding else 0)
        self.duplicate_box.hide()
        self._update_submit_text()
        (self.search if finding else self.address.naam).setFocus()

    # --- a new household --------------------------------------------------------------

    def household_input(self) -> tuple[HouseholdInput, list[ValidationError]]:
        """What was typed, and the dates that are not dates (left empty in the input, so the
        core can still check everything else at once)."""
        errors: list[ValidationError] = []
        members = []
        for i, box in enumerate(self.members):
            assert isinstance(box.form, MemberForm)
            try:
                members.append(box.form.value(prefix=f"leden.{i}."))
            except ValidationError as error:
                errors.append(error)
                members.append(box.form.value(prefix=f"leden.{i}.", ignore_date=True))
        contacts = []
        for box in self.contacts:
            assert isinstance(box.form, ContactForm)
            contacts.append(box.form.value())
        fields = self.address.value()
        data = HouseholdInput(
            naam=fields.naam,
            gemeente_id=self.place.gemeente.currentData() or "",
            team_id=self.place.team.currentData() or "",
            straat=fields.straat,
            postcode=fields.postcode,
            woonplaats=fields.woonplaats,
            telefoon=fields.telefoon,
            leden=tuple(members),
            netwerk=tuple(contacts),
        )
        return data, errors

    def submit_registration(self) -> None:
        if self.find_mode.isChecked():
            self._open_on_match()
        else:
            self._register(confirmed=False)

    def _register(self, *, confirmed: bool) -> None:
        self.clear_errors()
        self.status.clear()
        data, bad_dates = self.household_input()
        case = self.case.value()
        if confirmed and bad_dates:
            self.show_errors(bad_dates)
            return
        if confirmed:
            self.duplicate_box.hide()
            self.ctx.run(
                hh.register_and_open,
                data,
                case,
                today=self.ctx.backend.today(),
                on_done=self._registered,
                on_error=self._failed,
                changes=CHANGES,
            )
            return

        def checked(duplicates: tuple[PossibleDuplicate, ...]) -> None:
            if bad_dates:
                self.show_errors(bad_dates)
            else:
                self._checked(duplicates)

        self.ctx.run(
            hh.registration_check,
            data,
            case,
            today=self.ctx.backend.today(),
            on_done=checked,
            on_error=lambda error: self._failed(error, bad_dates),
        )

    def _checked(self, duplicates: tuple[PossibleDuplicate, ...]) -> None:
        if not duplicates:
            self._register(confirmed=True)
            return
        self.duplicates.clear()
        for d in duplicates:
            running = tr("lopende casus") if d.lopende_casus_id else tr("geen lopende casus")
            item = QListWidgetItem(
                f"{d.naam} — {d.adres or tr('geen adres')}\n"
                f"{tr(DUPLICATE_REASONS.get(d.reden, d.reden))} · {running}"
            )
            item.setData(Qt.ItemDataRole.UserRole, d)
            self.duplicates.addItem(item)
        self.duplicates.setCurrentRow(0)
        self.duplicates.setFixedHeight(min(len(duplicates), 3) * 48 + 8)
        self.duplicate_box.show()
        self.duplicates.setFocus()
        self.duplicates_shown.emit()

    def _use_existing(self) -> None:
        item = self.duplicates.currentItem()
        if item is None:
            return
        duplicate: PossibleDuplicate = item.data(Qt.ItemDataRole.UserRole)
        self.duplicate_box.hide()
        if duplicate.lopende_casus_id:
            self.status.setText(
                self.tr("%1 heeft al een lopende casus; die is geopend.").replace(
                    "%1", duplicate.naam
                )
            )
            self.case_opened.emit(duplicate.lopende_casus_id)
            return
        self.find_mode.setChecked(True)
        self.search.blockSignals(True)
        self.search.setText(duplicate.naam)
        self.search.blockSignals(False)
        self.ctx.run(
            hh.find_households,
            duplicate.naam,
            today=self.ctx.backend.today(),
            on_done=lambda found: self._show_matches(found, select=duplicate.huishouden_id),
        )

    def _registered(self, done: Registered) -> None:
        self.status.setText(
            self.tr("Aangemeld: het huishouden is geregistreerd en de casus is geopend.")
        )
        self.reset()
        self.saved.emit(done)
        self.case_opened.emit(done.casus_id)

    def reset(self) -> None:
        """Empty the form for the next aanmelding (only after one was saved)."""
        for box in (*self.members, *self.contacts):
            _discard(box)
        self.members.clear()
        self.contacts.clear()
        self.address.set_value(hh.HouseholdFields(""))
        self._naam_by_hand = False
        self.case.reset()
        self.add_member()
        self.duplicate_box.hide()

    # --- an existing household --------------------------------------------------------

    def run_search(self) -> None:
        text = self.search.text()
        self.ctx.run(
            hh.find_households,
            text,
            today=self.ctx.backend.today(),
            on_done=lambda found: self._show_matches(found, select=None),
        )

    def _show_matches(self, found: tuple[HouseholdMatch, ...], select: str | None) -> None:
        self.matches.reset(found)
        if self.search.text().strip():
            if len(found) >= hh.SEARCH_LIMIT:
                note = self.tr("De eerste %1 huishoudens; maak de zoekopdracht preciezer.")
            elif len(found) == 1:
                note = self.tr("1 huishouden gevonden")
            else:
                note = self.tr("%1 huishoudens gevonden")
            self.results_note.setText(note.replace("%1", str(len(found))))
        else:
            self.results_note.clear()
        row = next((i for i, m in enumerate(found) if m.huishouden_id == select), 0)
        if found:
            self.results.selectRow(row)
        self._update_submit_text()
        self.searched.emit()

    def selected_match(self) -> HouseholdMatch | None:
        rows = self.results.selectionModel().selectedRows()
        if not rows:
            return None
        match: HouseholdMatch = self.matches.data(rows[0], ROW_ROLE)
        return match

    def _match_selected(self, *_args: Any) -> None:
        self._update_submit_text()

    def _update_submit_text(self) -> None:
        match = self.selected_match() if self.find_mode.isChecked() else None
        if match is not None and match.lopende_casus_id:
            self.submit.setText(self.tr("Lopende casus tonen"))
        elif self.find_mode.isChecked():
            self.submit.setText(self.tr("Casus openen voor dit huishouden"))
        else:
            self.submit.setText(self.tr("Aanmelden"))

    def _open_on_match(self) -> None:
        self.clear_errors()
        match = self.selected_match()
        if match is None:
            self.status.setText(self.tr("Kies eerst een huishouden in de lijst."))
            return
        if match.lopende_casus_id:
            self.case_opened.emit(match.lopende_casus_id)
            return
        self.ctx.run(
            hh.open_case_for,
            match.huishouden_id,
            self.case.value(),
            today=self.ctx.backend.today(),
            on_done=self._opened_on_match,
            on_error=self._failed,
            changes=CHANGES,
        )

    def _opened_on_match(self, casus_id: str) -> None:
        self.status.setText(self.tr("De casus is geopend."))
        self.case.reset()
        self.run_search()
        self.case_opened.emit(casus_id)

    # --- errors -----------------------------------------------------------------------

    def _failed(self, error: BaseException, also: list[ValidationError] | None = None) -> None:
        if isinstance(error, InvalidInput):
            self.show_errors([*error.errors, *(also or [])])
        else:
            show_error(self, error)

    def clear_errors(self) -> None:
        self.address.clear_errors()
        self.place.clear_errors()
        self.case.clear_errors()
        self.members_error.hide()
        for box in (*self.members, *self.contacts):
            box.form.clear_errors()

    def show_errors(self, errors: list[ValidationError]) -> None:
        """Every message next to its field; the first field in reading order gets the focus."""
        shown: list[tuple[FormGrid, list[str]]] = [
            (self.address, self.address.show_errors(errors)),
            (self.place, self.place.show_errors(errors)),
        ]
        for error in errors:
            if error.field == "leden":
                self.members_error.setText(validation_text(error))
                self.members_error.show()
        for i, box in enumerate(self.members):
            shown.append((box.form, box.form.show_errors(errors, prefix=f"leden.{i}.")))
        for i, box in enumerate(self.contacts):
            shown.append((box.form, box.form.show_errors(errors, prefix=f"netwerk.{i}.")))
        shown.append((self.case, self.case.show_errors(errors)))
        first = next(((form, names[0]) for form, names in shown if names), None)
        if first is not None:
            form, name = first
            self.scroll.ensureWidgetVisible(form.inputs[name])
            form.focus_field(name)
        self.status.setText(self.tr("Niet opgeslagen: verbeter de rood gemarkeerde velden."))


def install_registration(window: MainWindow, ctx: AppContext) -> RegistrationView:
    """Add the aanmelding as a page, reachable with Ctrl+N from anywhere in the window."""
    view = RegistrationView(ctx)
    window.registration = view  # type: ignore[attr-defined]
    window.add_page("registration", tr("Nieuwe aanmelding"), view)

    def start() -> None:
        window.show_page("registration")
        view.start()

    action = QAction(tr("Nieuwe aanmelding"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
    action.triggered.connect(start)
    window.addAction(action)

    def open_case(casus_id: str) -> None:
        window.show_page("cases")
        window.cases.open_case(casus_id)

    view.case_opened.connect(open_case)
    return view

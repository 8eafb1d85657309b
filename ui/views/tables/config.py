"""Tafelinstellingen: view and edit a table's definition (configuration, not code), or import
definitions from a JSON file. Each wrong field gets its message next to it; a refused file
lists every reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.tables import Cadence, TableDefinition
from casedesk.errors import InvalidInput
from casedesk.services import tables_config
from casedesk.services.changes import Changes
from casedesk.services.tables_dto import TableInfo
from ui.context import AppContext
from ui.i18n import label
from ui.views.tables.agenda_list import ID_ROLE
from ui.views.tables.texts import (
    WEEKDAYS,
    field_message,
    import_problems,
    problem_text,
    tr,
)
from ui.views.tables.widgets import ErrorLabel, FieldErrors, muted

NO_AGE = -1
SPIN_WIDTH = 160
NEW = ""  # list entry of a table not stored yet


def age_box(name: str) -> QSpinBox:
    box = QSpinBox(minimum=NO_AGE, maximum=99)
    box.setMaximumWidth(SPIN_WIDTH)
    box.setSpecialValueText(tr("geen grens"))
    box.setSuffix(tr(" jaar"))
    box.setAccessibleName(name)
    return box


def lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


class TableConfigView(QWidget):
    """Signals:
    loaded: the list of tables is shown.
    saved: a ``TableInfo`` after a definition was stored.
    imported: the imported ``TableInfo`` tuple.
    """

    loaded = Signal()
    saved = Signal(object)
    imported = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.infos: tuple[TableInfo, ...] = ()
        self.editable = False
        self.stale = True  # reload when next shown

        self.list = QListWidget()
        self.list.setAccessibleName(tr("Tafels"))
        self.list.setSpacing(3)
        self.new_button = QPushButton(tr("Nieuwe tafel"))
        self.import_button = QPushButton(tr("Importeren uit bestand…"))
        self.import_errors = ErrorLabel()
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)

        self.code = QLineEdit()
        self.name = QLineEdit()
        self.purpose = QPlainTextEdit()
        self.purpose.setFixedHeight(60)
        self.submitters = QPlainTextEdit()
        self.submitters.setFixedHeight(80)
        self.submitters.setPlaceholderText(tr("Eén rol of organisatie per regel"))
        self.participants = QTableWidget(0, 2)
        self.participants.setHorizontalHeaderLabels([tr("Rol aan tafel"), tr("Wie")])
        self.participants.verticalHeader().hide()
        self.participants.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.participants.setMinimumHeight(140)
        self.add_participant = QPushButton(tr("Deelnemer toevoegen"))
        self.remove_participant = QPushButton(tr("Deelnemer weghalen"))
        self.min_age = age_box(tr("Leeftijd vanaf"))
        self.max_age = age_box(tr("Leeftijd tot en met"))
        self.documents = QPlainTextEdit()
        self.documents.setFixedHeight(60)
        self.documents.setPlaceholderText(tr("Eén soort stuk per regel"))
        self.family = QCheckBox(tr("Het gezin is bij de bespreking"))
        self.children_from = age_box(tr("Kinderen aanwezig vanaf"))
        self.cadence = QComboBox()
        for cadence in Cadence:
            self.cadence.addItem(label(cadence), cadence.value)
        self.weekday = QComboBox()
        for number, day in enumerate(WEEKDAYS):
            self.weekday.addItem(tr(day), number)
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.slots = QSpinBox(minimum=0, maximum=50)
        self.minutes = QSpinBox(minimum=0, maximum=480)
        self.minutes.setSuffix(tr(" minuten"))
        self.slots.setMaximumWidth(SPIN_WIDTH)
        self.minutes.setMaximumWidth(SPIN_WIDTH)
        self.anonymised = QCheckBox(tr("Aanmeldingen eerst geanonimiseerd bespreken"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.save_button = QPushButton(tr("Opslaan"))
        self.rights = muted()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.inputs: list[QWidget] = [
            self.code,
            self.name,
            self.purpose,
            self.submitters,
            self.participants,
            self.add_participant,
            self.remove_participant,
            self.min_age,
            self.max_age,
            self.documents,
            self.family,
            self.children_from,
            self.cadence,
            self.weekday,
            self.start,
            self.slots,
            self.minutes,
            self.anonymised,
            self.notes,
            self.save_button,
        ]
        names = {
            self.code: "Code",
            self.name: "Naam",
            self.purpose: "Doel",
            self.submitters: "Mag aanmelden",
            self.participants: "Deelnemers",
            self.documents: "Verplichte stukken",
            self.family: "Gezin aanwezig",
            self.cadence: "Ritme",
            self.weekday: "Weekdag",
            self.start: "Begintijd",
            self.slots: "Plekken per zitting",
            self.minutes: "Minuten per plek",
            self.anonymised: "Geanonimiseerd",
            self.notes: "Notities",
        }
        for widget, name in names.items():
            widget.setAccessibleName(tr(name))
        self._layout()

        self.list.currentItemChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.new_table)
        self.import_button.clicked.connect(self._ask_import)
        self.add_participant.clicked.connect(lambda: self._add_participant("", ""))
        self.remove_participant.clicked.connect(
            lambda: self.participants.removeRow(self.participants.currentRow())
        )
        self.save_button.clicked.connect(self.save)
        ctx.events.changed.connect(self._on_changed)

    def _row(self, form: QFormLayout, text: str, field: str, *widgets: QWidget) -> None:
        box = QVBoxLayout()
        line = QHBoxLayout()
        for widget in widgets:
            line.addWidget(widget)
        if len(widgets) > 1:
            line.addStretch(1)
        box.addLayout(line)
        box.addWidget(self.errors.add(field, ErrorLabel()))
        form.addRow(tr(text), box)

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, "Code:", "code", self.code)
        self._row(form, "Naam:", "name", self.name)
        self._row(form, "Doel:", "purpose", self.purpose)
        self._row(form, "Mag aanmelden:", "submitters", self.submitters)
        people = QWidget()
        pl = QVBoxLayout(people)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.participants)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_participant)
        buttons.addWidget(self.remove_participant)
        buttons.addStretch(1)
        pl.addLayout(buttons)
        self._row(form, "Deelnemers:", "participants", people)
        self._row(form, "Leeftijd vanaf:", "min_age", self.min_age)
        self._row(form, "Leeftijd tot en met:", "max_age", self.max_age)
        self._row(form, "Verplichte stukken:", "required_documents", self.documents)
        self._row(form, "Gezin:", "family_attends", self.family)
        self._row(form, "Kinderen aanwezig vanaf:", "children_attend_from", self.children_from)
        self._row(form, "Ritme:", "cadence", self.cadence, self.weekday, self.start)
        self._row(form, "Plekken per zitting:", "slots", self.slots)
        self._row(form, "Minuten per plek:", "minutes_per_slot", self.minutes)
        self._row(form, "Voorbespreking:", "anonymised", self.anonymised)
        self._row(form, "Notities:", "notes", self.notes)
        self.errors.add("weekday", self.errors.labels["cadence"])
        self.errors.add("start_time", self.errors.labels["cadence"])
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addLayout(form)
        bl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.list, 1)
        ll.addWidget(self.new_button)
        ll.addWidget(self.import_button)
        ll.addWidget(self.import_errors)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.rights)
        rl.addWidget(scroll, 1)
        rl.addWidget(self.general_error)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        rl.addLayout(bottom)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([320, 920])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    # --- loading --------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self.stale = False
        keep = select or self.current_id()
        self.ctx.run(
            tables_config.table_configs,
            on_done=lambda result: self._show(result, keep),
            on_error=lambda e: self.status.setText(problem_text(e)),
        )

    def _show(self, result: tuple[tuple[TableInfo, ...], bool], keep: str | None) -> None:
        self.infos, self.editable = result
        self.rights.setText(
            ""
            if self.editable
            else tr(
                "Alleen een beheerder of tafelsecretaris kan tafels "
                "wijzigen; u kunt de instellingen bekijken."
            )
        )
        self.new_button.setEnabled(self.editable)
        self.import_button.setEnabled(self.editable)
        self.list.blockSignals(True)
        self.list.clear()
        for info in self.infos:
            entry = QListWidgetItem(f"{info.naam} ({info.definition.code})")
            entry.setData(ID_ROLE, info.tafel_id)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        ids = [i.tafel_id for i in self.infos]
        self.list.setCurrentRow(ids.index(keep) if keep in ids else 0)
        self.loaded.emit()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item and item.data(ID_ROLE) else None

    def select(self, tafel_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == tafel_id:
                self.list.setCurrentRow(row)

    def _chosen(self, *_args: QListWidgetItem | None) -> None:
        info = next((i for i in self.infos if i.tafel_id == self.current_id()), None)
        if info is not None:
            self.show_definition(info.definition, existing=True)

    def new_table(self) -> None:
        entry = QListWidgetItem(tr("Nieuwe tafel"))
        entry.setData(ID_ROLE, NEW)
        self.list.blockSignals(True)
        self.list.addItem(entry)
        self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        self.show_definition(
            TableDefinition(code="", name="", purpose="", submitters=()), existing=False
        )
        self.code.setFocus()

    def show_definition(self, t: TableDefinition, *, existing: bool) -> None:
        self.errors.clear()
        self.status.clear()
        self.code.setText(t.code)
        self.name.setText(t.name)
        self.purpose.setPlainText(t.purpose)
        self.submitters.setPlainText("\n".join(t.submitters))
        self.participants.setRowCount(0)
        for role, who in t.participants:
            self._add_participant(role, who)
        self.min_age.setValue(NO_AGE if t.min_age is None else t.min_age)
        self.max_age.setValue(NO_AGE if t.max_age is None else t.max_age)
        self.documents.setPlainText("\n".join(t.required_documents))
        self.family.setChecked(t.family_attends)
        self.children_from.setValue(
            NO_AGE if t.children_attend_from is None else t.children_attend_from
        )
        self.cadence.setCurrentIndex(self.cadence.findData(t.cadence.value))
        self.weekday.setCurrentIndex(max(self.weekday.findData(t.weekday), 0))
        self.start.setTime(QTime(t.start_time.hour, t.start_time.minute))
        self.slots.setValue(t.slots)
        self.minutes.setValue(t.minutes_per_slot)
        self.anonymised.setChecked(t.anonymised)
        self.notes.setPlainText(t.notes)
        self._set_editable(self.editable)
        self.code.setReadOnly(existing or not self.editable)

    def _set_editable(self, on: bool) -> None:
        """Read-only, not greyed out: someone who may not edit still reads every value."""
        for widget in self.inputs:
            if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                widget.setReadOnly(not on)
            elif isinstance(widget, QTableWidget):
                widget.setEditTriggers(
                    QAbstractItemView.EditTrigger.AllEditTriggers
                    if on
                    else QAbstractItemView.EditTrigger.NoEditTriggers
                )
            else:
                widget.setEnabled(on)

    def _add_participant(self, role: str, who: str) -> None:
        row = self.participants.rowCount()
        self.participants.insertRow(row)
        self.participants.setItem(row, 0, QTableWidgetItem(role))
        self.participants.setItem(row, 1, QTableWidgetItem(who))

    # --- saving and importing -------------------------------------------------------------

    def definition(self) -> TableDefinition:
        def age(box: QSpinBox) -> int | None:
            return None if box.value() == NO_AGE else box.value()

        people = []
        for row in range(self.participants.rowCount()):
            role, who = self.participants.item(row, 0), self.participants.item(row, 1)
            people.append((role.text() if role else "", who.text() if who else ""))
        start = self.start.time()
        return TableDefinition(
            code=self.code.text(),
            name=self.name.text(),
            purpose=self.purpose.toPlainText().strip(),
            submitters=lines(self.submitters),
            participants=tuple(people),
            min_age=age(self.min_age),
            max_age=age(self.max_age),
            required_documents=lines(self.documents),
            family_attends=self.family.isChecked(),
            children_attend_from=age(self.children_from),
            cadence=Cadence(self.cadence.currentData()),
            weekday=int(self.weekday.currentData()),
            start_time=start.toPython(),
            slots=self.slots.value(),
            minutes_per_slot=self.minutes.value(),
            anonymised=self.anonymised.isChecked(),
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> None:
        tafel_id = self.current_id()
        self.ctx.run(
            tables_config.save_table,
            tafel_id,
            self.definition(),
            on_done=self._saved,
            on_error=self._refused,
            changes=Changes(tables=True),
        )

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.errors.show(error.errors, field_message)
            self.status.setText(tr("Niet opgeslagen: verbeter de rode meldingen."))
        else:
            self.errors.clear()
            self.general_error.show_message(problem_text(error))

    def _saved(self, info: TableInfo) -> None:
        self.errors.clear()
        self.status.setText(tr("%1 is opgeslagen.").replace("%1", info.naam))
        self.reload(info.tafel_id)
        self.saved.emit(info)

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Tafels importeren"), str(Path.home()), tr("JSON-bestanden (*.json)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self.import_errors.show_message(
                tr("Het bestand kan niet worden gelezen: %1").replace("%1", str(error))
            )
            return
        self.ctx.run(
            tables_config.import_tables,
            text,
            on_done=self._imported,
            on_error=self._import_refused,
            changes=Changes(tables=True),
        )

    def _import_refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.import_errors.show_message(
                tr("Niet geïmporteerd:") + "\n" + import_problems(error)
            )
        else:
            self.import_errors.show_message(problem_text(error))

    def _imported(self, infos: tuple[TableInfo, ...]) -> None:
        self.import_errors.clear_message()
        self.status.setText(tr("Geïmporteerd: %1.").replace("%1", ", ".join(i.naam for i in infos)))
        self.reload(infos[0].tafel_id if infos else None)
        self.imported.emit(infos)

    def _on_changed(self, changes: Changes) -> None:
        """Reload now when shown, else the next time it is shown."""
        if changes.tables:
            self.stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

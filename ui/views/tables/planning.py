"""Zittingen en agenda: the table's calendar of zittingen (made from its cadence, on demand),
each with its occupation ("4 van 6 plekken"); the chosen zitting's agenda in order (drag or
Alt+Up/Down), what waits to be planned, the invited participants and who attended, and the
agenda and verslag as a preview and as PDF."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casedesk.errors import InvalidInput
from casedesk.services import tables
from casedesk.services.changes import Changes
from casedesk.services.documents import ExportKind
from casedesk.services.tables_dto import Deelnemer, Planning, ZittingRow, ZittingView
from casedesk.services.tables_export import export_zitting
from ui.context import AppContext
from ui.views.tables.agenda_list import ID_ROLE, AgendaList
from ui.views.tables.models import ZittingColumn, zitting_model
from ui.views.tables.preview import agenda_html, verslag_html
from ui.views.tables.texts import capacity_text, day_text, problem_text, tr
from ui.views.tables.widgets import ErrorLabel, list_table, muted

SESSION_DAY = QColor("#1f5f8b")
FULL_DAY = QColor("#8a5a00")


class ParticipantsTable(QTableWidget):
    """Invited people of a zitting: name, role, and a tick when they attended."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setHorizontalHeaderLabels([tr("Naam"), tr("Rol"), tr("Aanwezig")])
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(tr("Deelnemers"))

    def set_people(self, people: tuple[Deelnemer, ...]) -> None:
        self.setRowCount(0)
        for person in people:
            self.add(person)

    def add(self, person: Deelnemer | None = None) -> None:
        person = person or Deelnemer("", "")
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(person.naam))
        self.setItem(row, 1, QTableWidgetItem(person.rol))
        tick = QTableWidgetItem()
        tick.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        tick.setCheckState(Qt.CheckState.Checked if person.aanwezig else Qt.CheckState.Unchecked)
        self.setItem(row, 2, tick)

    def people(self, recorded: bool) -> tuple[Deelnemer, ...]:
        """``recorded`` False keeps attendance unknown (before the zitting)."""
        out = []
        for row in range(self.rowCount()):
            name, role, tick = self.item(row, 0), self.item(row, 1), self.item(row, 2)
            present = tick.checkState() == Qt.CheckState.Checked if tick else False
            out.append(
                Deelnemer(
                    name.text() if name else "",
                    role.text() if role else "",
                    present if recorded else None,
                )
            )
        return tuple(out)


class PlanningView(QWidget):
    """Signals:
    loaded: the table's calendar and the chosen zitting are shown.
    exported: the path of a written PDF.
    """

    loaded = Signal()
    exported = Signal(Path)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tafel_id: str | None = None
        self.planning: Planning | None = None
        self.zitting: ZittingView | None = None
        self.model = zitting_model()
        self.stale = True  # reload when next shown

        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(tr("Kalender van zittingen"))
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumHeight(230)
        self.calendar.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        weekend = QTextCharFormat()
        weekend.setForeground(QBrush(QColor("#777777")))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, weekend)
        self.session_day, self.full_day = _day_format(SESSION_DAY), _day_format(FULL_DAY)
        self.sessions = list_table(tr("Zittingen"))
        self.sessions.setModel(self.model)
        self.sessions.setColumnWidth(ZittingColumn.DATUM, 140)
        self.sessions.setColumnWidth(ZittingColumn.PLAATS, 150)
        self.weeks = QSpinBox(minimum=1, maximum=tables.MAX_PLANNING_WEEKS, value=8)
        self.weeks.setAccessibleName(tr("Aantal weken vooruit"))
        self.weeks.setSuffix(tr(" weken"))
        self.make_button = QPushButton(tr("Zittingen aanmaken"))
        self.make_status = muted()

        self.title = QLabel()
        self.title.setStyleSheet("font-size:13pt;font-weight:bold;")
        self.subtitle = muted()
        self.agenda = AgendaList()
        self.up_button = QPushButton(tr("Omhoog (Alt+↑)"))
        self.down_button = QPushButton(tr("Omlaag (Alt+↓)"))
        self.unplan_button = QPushButton(tr("Van de agenda halen"))
        self.waiting = QListWidget()
        self.waiting.setAccessibleName(tr("Te plannen"))
        # Long questions end in "…" (the whole one is the tooltip), no sideways scrolling.
        self.waiting.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.waiting.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.waiting.setAlternatingRowColors(True)
        self.plan_button = QPushButton(tr("Inplannen in deze zitting"))
        self.agenda_error = ErrorLabel()

        self.place = QLineEdit()
        self.place.setAccessibleName(tr("Plaats of link"))
        self.chair = QLineEdit()
        self.chair.setAccessibleName(tr("Voorzitter"))
        self.secretary = QLineEdit()
        self.secretary.setAccessibleName(tr("Secretaris"))
        self.participants = ParticipantsTable()
        self.attendance = QCheckBox(tr("Aanwezigheid vastleggen"))
        self.add_person = QPushButton(tr("Deelnemer toevoegen"))
        self.remove_person = QPushButton(tr("Deelnemer weghalen"))
        self.save_people = QPushButton(tr("Opslaan"))
        self.people_error = ErrorLabel()

        self.show_agenda = QRadioButton(tr("Agenda"))
        self.show_verslag = QRadioButton(tr("Verslag"))
        self.show_agenda.setChecked(True)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(tr("Voorbeeld"))
        self.export_button = QPushButton(tr("Exporteer PDF…"))
        self.export_status = muted()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self._layout()
        self.calendar.clicked.connect(self._day_clicked)
        self.calendar.currentPageChanged.connect(
            lambda _year, _month: self._mark_calendar(self.model.rows())
        )
        self.sessions.selectionModel().currentRowChanged.connect(self._session_selected)
        self.make_button.clicked.connect(self.make_sessions)
        self.agenda.order_changed.connect(self.reorder)
        self.up_button.clicked.connect(lambda: self.agenda.shift_current(-1))
        self.down_button.clicked.connect(lambda: self.agenda.shift_current(1))
        self.unplan_button.clicked.connect(self.unplan)
        self.plan_button.clicked.connect(self.plan_waiting)
        self.waiting.itemActivated.connect(lambda _item: self.plan_waiting())
        self.add_person.clicked.connect(lambda: self.participants.add())
        self.remove_person.clicked.connect(
            lambda: self.participants.removeRow(self.participants.currentRow())
        )
        self.save_people.clicked.connect(self.save_zitting)
        self.show_agenda.toggled.connect(self._show_preview)
        self.export_button.clicked.connect(self._ask_export)
        ctx.events.changed.connect(self._on_changed)

    def _layout(self) -> None:
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.calendar)
        ll.addWidget(self.sessions, 1)
        make = QHBoxLayout()
        make.addWidget(QLabel(tr("Komende")))
        make.addWidget(self.weeks)
        make.addWidget(self.make_button, 1)
        ll.addLayout(make)
        ll.addWidget(self.make_status)

        agenda_tab = QWidget()
        al = QVBoxLayout(agenda_tab)
        al.addWidget(
            muted(
                tr(
                    "Sleep om de volgorde te wijzigen, of kies een aanmelding en "
                    "gebruik Alt+pijl omhoog/omlaag. De tijden volgen de volgorde."
                )
            )
        )
        al.addWidget(self.agenda, 2)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        moves.addWidget(self.unplan_button)
        al.addLayout(moves)
        al.addWidget(QLabel(tr("<b>Te plannen</b> (ontvankelijk, nog zonder zitting)")))
        al.addWidget(self.waiting, 1)
        plan = QHBoxLayout()
        plan.addStretch(1)
        plan.addWidget(self.plan_button)
        al.addLayout(plan)
        al.addWidget(self.agenda_error)

        people_tab = QWidget()
        pl = QVBoxLayout(people_tab)
        form = QFormLayout()
        form.addRow(tr("Plaats of link:"), self.place)
        form.addRow(tr("Voorzitter:"), self.chair)
        form.addRow(tr("Secretaris:"), self.secretary)
        pl.addLayout(form)
        pl.addWidget(self.participants, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person)
        buttons.addWidget(self.remove_person)
        buttons.addWidget(self.attendance)
        buttons.addStretch(1)
        buttons.addWidget(self.save_people)
        pl.addLayout(buttons)
        pl.addWidget(self.people_error)

        preview_tab = QWidget()
        vl = QVBoxLayout(preview_tab)
        choose = QHBoxLayout()
        choose.addWidget(self.show_agenda)
        choose.addWidget(self.show_verslag)
        choose.addStretch(1)
        choose.addWidget(self.export_button)
        vl.addLayout(choose)
        vl.addWidget(self.preview, 1)
        vl.addWidget(self.export_status)

        self.tabs = QTabWidget()
        self.tabs.addTab(agenda_tab, tr("Agenda"))
        self.tabs.addTab(people_tab, tr("Deelnemers"))
        self.tabs.addTab(preview_tab, tr("Agenda en verslag"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.title)
        rl.addWidget(self.subtitle)
        rl.addWidget(self.tabs, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([470, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    # --- the calendar -------------------------------------------------------------------

    def show_table(self, tafel_id: str, zitting_id: str | None = None) -> None:
        self.tafel_id = tafel_id
        self.reload(zitting_id)

    def reload(self, zitting_id: str | None = None) -> None:
        if self.tafel_id is None:
            return
        self.stale = False
        keep = zitting_id or (self.zitting.zitting_id if self.zitting else None)
        self.ctx.run(
            tables.planning,
            self.tafel_id,
            on_done=lambda p: self._show_planning(p, keep),
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.status.setText(problem_text(error))
        self.loaded.emit()

    def _show_planning(self, planning: Planning, keep: str | None) -> None:
        if self.zitting and self.zitting.table.tafel_id != planning.table.tafel_id:
            self.zitting = None
            keep = None
        self.planning = planning
        self.status.clear()
        self.model.reset(planning.zittingen)
        self._mark_calendar(planning.zittingen)
        self.waiting.clear()
        for a in planning.te_plannen:
            question = a.vraag.splitlines()[0] if a.vraag else ""
            entry = QListWidgetItem(f"{a.onderwerp}\n        {question}")
            entry.setData(ID_ROLE, a.aanmelding_id)
            entry.setToolTip(a.vraag)
            self.waiting.addItem(entry)
        rows = planning.zittingen
        index = next((i for i, z in enumerate(rows) if z.zitting_id == keep), None)
        if index is None:
            index = next(
                (i for i, z in enumerate(rows) if z.start >= planning.now),
                len(rows) - 1 if rows else None,
            )
        if index is None:
            self._show_zitting(None)
            return
        self.sessions.selectRow(index)
        self.sessions.scrollTo(
            self.model.index(index, 0), QAbstractItemView.ScrollHint.PositionAtCenter
        )

    def _mark_calendar(self, rows: tuple[ZittingRow, ...]) -> None:
        """Zitting days in bold (a full one in another colour), for the months around the
        one shown: years of history need not be formatted day by day."""
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        shown = year * 12 + month
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        for z in rows:
            if abs(z.start.year * 12 + z.start.month - shown) <= 1:
                fmt = self.full_day if z.capacity.full else self.session_day
                self.calendar.setDateTextFormat(_qdate(z.start.date()), fmt)

    def _day_clicked(self, day: QDate) -> None:
        for i, z in enumerate(self.model.rows()):
            if z.start.date() == day.toPython():
                self.sessions.selectRow(i)
                return

    def _session_selected(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.model.row(index.row())
        self.calendar.setSelectedDate(_qdate(row.start.date()))
        self.ctx.run(
            tables.zitting_view, row.zitting_id, on_done=self._show_selected, on_error=self._failed
        )

    def make_sessions(self) -> None:
        if self.tafel_id is None:
            return
        self.ctx.run(
            tables.ensure_sessions,
            self.tafel_id,
            weeks=self.weeks.value(),
            on_done=self._made,
            on_error=self._failed,
            changes=Changes(tables=True),
        )

    def _made(self, count: int) -> None:
        self.make_status.setText(
            tr("%1 zitting(en) aangemaakt.").replace("%1", str(count))
            if count
            else tr("Alle zittingen voor deze periode bestaan al.")
        )

    # --- one zitting ---------------------------------------------------------------------

    def _show_selected(self, view: ZittingView) -> None:
        index = self.sessions.currentIndex()
        if index.isValid() and self.model.row(index.row()).zitting_id == view.zitting_id:
            self._show_zitting(view)  # else: an answer for a zitting no longer chosen

    def _show_zitting(self, view: ZittingView | None) -> None:
        self.zitting = view
        self.agenda_error.clear_message()
        self.people_error.clear_message()
        if view is None:
            self.title.setText(tr("Nog geen zittingen"))
            self.subtitle.setText(tr("Maak de zittingen voor de komende weken aan."))
            self.agenda.set_items(())
            self.tabs.setEnabled(False)
            self.loaded.emit()
            return
        self.tabs.setEnabled(True)
        self.title.setText(day_text(view.start))
        self.subtitle.setText(
            " · ".join(x for x in (view.table.naam, view.plaats, capacity_text(view.capacity)) if x)
        )
        self.agenda.set_items(view.items)
        past = self.planning is not None and view.start < self.planning.now
        self.plan_button.setEnabled(not past and not view.capacity.full)
        self.place.setText(view.plaats)
        self.chair.setText(view.voorzitter)
        self.secretary.setText(view.secretaris)
        self.participants.set_people(view.deelnemers)
        self.attendance.setChecked(any(d.aanwezig is not None for d in view.deelnemers) or past)
        self._show_preview()
        self.loaded.emit()

    def _show_preview(self) -> None:
        if self.zitting is not None:
            html = agenda_html if self.show_agenda.isChecked() else verslag_html
            self.preview.setHtml(html(self.zitting))

    def reorder(self, order: list[str]) -> None:
        if self.zitting is None:
            return
        self.ctx.run(
            tables.reorder_agenda,
            self.zitting.zitting_id,
            order,
            on_done=self._changed_zitting,
            on_error=self._agenda_refused,
            changes=Changes(tables=True),
        )

    def _changed_zitting(self, view: ZittingView) -> None:
        self._show_zitting(view)

    def _agenda_refused(self, error: BaseException) -> None:
        self.agenda_error.show_message(problem_text(error))
        if self.zitting is not None:
            self.agenda.set_items(self.zitting.items)

    def unplan(self) -> None:
        chosen = self.agenda.current_id()
        if chosen is None:
            self.agenda_error.show_message(tr("Kies eerst een aanmelding op de agenda."))
            return
        self.ctx.run(
            tables.unplan,
            chosen,
            on_done=self._changed_zitting,
            on_error=self._agenda_refused,
            changes=Changes(tables=True),
        )

    def plan_waiting(self) -> None:
        item = self.waiting.currentItem()
        if item is None or self.zitting is None:
            self.agenda_error.show_message(tr("Kies eerst een aanmelding uit 'Te plannen'."))
            return
        self.ctx.run(
            tables.plan,
            str(item.data(ID_ROLE)),
            self.zitting.zitting_id,
            on_done=self._changed_zitting,
            on_error=self._agenda_refused,
            changes=Changes(tables=True),
        )

    def save_zitting(self) -> None:
        if self.zitting is None:
            return
        details = tables.ZittingDetails(
            self.place.text(),
            self.chair.text(),
            self.secretary.text(),
            self.participants.people(self.attendance.isChecked()),
        )
        self.ctx.run(
            tables.update_zitting,
            self.zitting.zitting_id,
            details,
            on_done=self._saved_people,
            on_error=self._people_refused,
            changes=Changes(tables=True),
        )

    def _saved_people(self, view: ZittingView) -> None:
        self._show_zitting(view)
        self.people_error.clear_message()
        self.status.setText(tr("Deelnemers opgeslagen."))

    def _people_refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            rows = sorted(
                {
                    int(e.field.split(".")[1]) + 1
                    for e in error.errors
                    if e.field.startswith("deelnemers.")
                }
            )
            self.people_error.show_message(
                tr("Vul bij elke deelnemer een naam in (regel %1).").replace(
                    "%1", ", ".join(map(str, rows))
                )
            )
        else:
            self.people_error.show_message(problem_text(error))

    # --- export ---------------------------------------------------------------------------

    def _ask_export(self) -> None:
        if self.zitting is None:
            return
        kind = "agenda" if self.show_agenda.isChecked() else "verslag"
        suggested = (
            f"{kind}-{self.zitting.table.definition.code.lower()}-"
            f"{self.zitting.start.strftime('%Y-%m-%d')}.pdf"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, tr("PDF opslaan"), str(Path.home() / suggested), tr("PDF-bestanden (*.pdf)")
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        if self.zitting is None:
            return
        kind = ExportKind.AGENDA if self.show_agenda.isChecked() else ExportKind.VERSLAG
        self.ctx.run(
            export_zitting,
            kind,
            self.zitting.zitting_id,
            path,
            on_done=self._exported,
            on_error=lambda e: self.export_status.setText(problem_text(e)),
        )

    def _exported(self, path: Path) -> None:
        self.export_status.setText(tr("Opgeslagen als %1").replace("%1", str(path)))
        self.exported.emit(path)

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


def _qdate(day: date | datetime) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day_format(colour: QColor) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setForeground(QBrush(colour))
    return fmt

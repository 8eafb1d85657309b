"""The casus: its household, and the four steps of casusregie as a guided, non-modal editor.

Edits go into a draft (``ui.views.casus.draft_doc``): undoable with Ctrl+Z / Ctrl+Shift+Z,
autosaved every few seconds and on leaving the casus into the profile's local draft store, and
written through the services by "Opslaan" (Ctrl+S). A draft left behind by a crash is restored
with a notice. Concluding a step, the regime, handing over regie and agreeing the plan are
actions of their own, each through a service; only the regiehouder may take them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.vocabulary import CaseStatus, Decision, Regime, Step, Verwijzer
from casedesk.errors import InvalidInput, ValidationError
from casedesk.services import plan, regie
from casedesk.services.changes import Changes
from casedesk.services.dto import CaseDetail
from casedesk.services.plan import Workspace
from casedesk.services.plan_draft import format_date, parse_date, validate_draft
from ui.context import AppContext
from ui.errors import show_error, validation_text
from ui.formatting import date_time, long_date, short_date
from ui.i18n import label, label_of
from ui.views.casus.bindings import Binder
from ui.views.casus.common import timestamp
from ui.views.casus.contributions import ContributionsView
from ui.views.casus.draft_doc import DraftDocument
from ui.views.casus.plan_versions import PlanVersionsView
from ui.views.casus.regime_panel import RegimePanel
from ui.views.casus.rows_model import RowsModel, rows_table
from ui.views.casus.step_controls import StepControls
from ui.views.casus.step_middelen import MiddelenPage
from ui.views.casus.step_resultaat import ResultaatPage
from ui.views.casus.step_toetsing import ToetsingPage
from ui.views.casus.step_vraaganalyse import VraaganalysePage
from ui.views.kitchen_table import KitchenTableView, start_kitchen_table

AUTOSAVE_MS = 3000
REMINDERS = {
    "veilig-thuis-aanspreekpunt-missing": "Veilig Thuis: leg vast wie aanspreekpunt is.",
    "veilig-thuis-planschrijver-missing": "Veilig Thuis: leg vast wie het plan schrijft.",
    "veilig-thuis-toezicht-missing": "Veilig Thuis: leg vast wie toeziet op de uitvoering.",
}
SECTION_STEP = {"vraaganalyse": Step.VRAAGANALYSE, "doelen": Step.RESULTAAT,
                "middelen": Step.MIDDELEN, "afspraken": Step.MIDDELEN,
                "toetsing": Step.TOETSING}
HISTORY_KINDS = {"stap": "Stap afgerond", "regime": "Regie gewijzigd",
                 "regie": "Casusregisseur gewijzigd", "heropend": "Heropend",
                 "geopend": "Geopend"}


def _step_text(code: str) -> str:
    try:
        return f"{Step(code).number}. {label(Step(code))}"
    except ValueError:
        return label_of(Regime, code)


class StepIndicator(QWidget):
    """The four steps of casusregie in a row, the current one marked; a click opens a step.

    Signals:
        step_clicked: the Step whose page to show.
    """

    step_clicked = Signal(object)
    # One style sheet, chosen per chip by a property: a style sheet set per chip on every
    # casus opened costs milliseconds each.
    STYLE = """
    QPushButton { border-radius: 10px; padding: 4px 10px; background: #eeeeee; color: #555555; }
    QPushButton[stap="current"] { background: #1f5f8b; color: white; font-weight: bold; }
    QPushButton[stap="done"] { background: #d7e8f3; color: #1f3f55; }
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(self.STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[Step, QPushButton] = {}
        for step in Step:
            chip = QPushButton(f"{step.number}  {label(step)}")
            chip.setFlat(True)
            chip.setMinimumWidth(140)
            chip.setFixedHeight(30)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _=False, step=step: self.step_clicked.emit(step))
            self.labels[step] = chip
            layout.addWidget(chip)
        layout.addStretch(1)

    def show_step(self, current: Step, status: CaseStatus) -> None:
        for step, chip in self.labels.items():
            done = step.number < current.number or status is CaseStatus.GESLOTEN
            if step is current and status is not CaseStatus.GESLOTEN:
                state = "current"
            else:
                state = "done" if done else "todo"
            if chip.property("stap") != state:
                chip.setProperty("stap", state)
                chip.style().unpolish(chip)
                chip.style().polish(chip)
                chip.setAccessibleName(
                    f"{label(step)}{' (huidige stap)' if state == 'current' else ''}")


class CaseDetailView(QWidget):
    """Signals:
    loaded: after a casus has been shown (also after each reload).
    saved: after "Opslaan" wrote the draft and the casus was read back.
    draft_saved: after the draft was autosaved to the local draft store.
    moved: after a step was concluded, the casus reopened or the plan agreed, and read back.
    """

    loaded = Signal()
    saved = Signal()
    draft_saved = Signal()
    moved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.casus_id: str | None = None
        self.detail: CaseDetail | None = None
        self.workspace: Workspace | None = None
        self.doc = DraftDocument(self)
        self.binder = Binder(self.doc, self)
        self.base: dict[str, Any] = {}
        self._doc_casus: str | None = None  # the casus the draft belongs to
        self._stored = False  # a draft of this casus is in the local draft store
        self._saved_copy: dict[str, Any] | None = None
        self._after_load: list[Callable[[], None]] = []
        self._go_to_step = False
        self.kitchen: KitchenTableView | None = None

        self._build_header()
        self._build_tabs()
        self._build_actions()
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.doc.modified.connect(self._modified)
        # The stack's own signals: during an undo its index is not yet updated.
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.doc.stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.doc.stack.canRedoChanged.connect(self.redo_button.setEnabled)
        ctx.events.changed.connect(self._on_changed)

    # --- building -----------------------------------------------------------------------

    def _build_header(self) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size:18pt;font-weight:bold;")
        self.subtitle = QLabel()
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps = StepIndicator()
        self.steps.step_clicked.connect(self.show_step)
        self.reminders = QLabel()
        self.reminders.setWordWrap(True)
        self.reminders.setStyleSheet("color:#8a5a00;")
        self.notice = QFrame()
        self.notice.setStyleSheet("QFrame{background:#fff4d6;border-radius:6px;}")
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Concept weggooien"))
        self.discard_button.clicked.connect(self.discard_draft)
        notice_row = QHBoxLayout(self.notice)
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(self.discard_button)
        self.notice.setVisible(False)
        self.save_state = QLabel()
        self.save_state.setStyleSheet("color:#555555;")

        self.undo_button = QPushButton(self.tr("Ongedaan maken"))
        self.redo_button = QPushButton(self.tr("Opnieuw"))
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.kitchen_button = QPushButton(self.tr("Keukentafel"))
        self.undo_button.setToolTip(self.tr("Ctrl+Z"))
        self.redo_button.setToolTip(self.tr("Ctrl+Shift+Z"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.kitchen_button.setToolTip(
            self.tr("Toon alleen het plan van dit gezin, groot en schermvullend"))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.save_button.clicked.connect(self.save)
        self.kitchen_button.clicked.connect(self.enter_kitchen)
        # Other capabilities (overlegtafel, 18+ plan, export) add their buttons here too.
        self.actions_bar = QHBoxLayout()
        self.actions_bar.addStretch(1)
        for button in (self.undo_button, self.redo_button, self.save_button,
                       self.kitchen_button):
            self.actions_bar.addWidget(button)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addLayout(self.actions_bar)
        state_row = QHBoxLayout()
        state_row.addWidget(self.steps, 1)
        state_row.addWidget(self.save_state)
        self.header_layout = QVBoxLayout()
        self.header_layout.addLayout(header)
        self.header_layout.addWidget(self.subtitle)
        self.header_layout.addWidget(self.facts)
        self.header_layout.addLayout(state_row)
        self.header_layout.addWidget(self.reminders)
        self.header_layout.addWidget(self.notice)

    def _build_tabs(self) -> None:
        self.members = RowsModel([self.tr(h) for h in (
            "Naam", "Rol", "Geboortedatum", "Leeftijd", "Wordt 18 op", "Gezag", "BSN", "Contact")])
        self.network = RowsModel(
            [self.tr(h) for h in ("Naam", "Relatie", "Soort", "Organisatie", "Telefoon")])
        gezin = QWidget()
        gl = QVBoxLayout(gezin)
        gl.addWidget(QLabel(self.tr("<b>Gezinsleden</b>")))
        gl.addWidget(rows_table(self.members, self.tr("Gezinsleden"),
                                (220, 90, 110, 70, 110, 60, 100)), 2)
        gl.addWidget(QLabel(self.tr("<b>Netwerk</b>")))
        gl.addWidget(rows_table(self.network, self.tr("Netwerk"), (220, 160, 170, 220)), 1)

        self.vraaganalyse = VraaganalysePage(self.binder)
        self.resultaat = ResultaatPage(self.binder)
        self.middelen = MiddelenPage(self.binder)
        self.toetsing = ToetsingPage(self.binder)
        self.step_pages: dict[Step, QWidget] = {
            Step.VRAAGANALYSE: self.vraaganalyse, Step.RESULTAAT: self.resultaat,
            Step.MIDDELEN: self.middelen, Step.TOETSING: self.toetsing}
        self.controls: dict[Step, StepControls] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(gezin, self.tr("Gezin en netwerk"))
        self.step_tabs: dict[Step, int] = {}
        for step, page in self.step_pages.items():
            controls = StepControls(step)
            controls.conclude_requested.connect(self.conclude_step)
            controls.reopen_requested.connect(self.reopen)
            self.controls[step] = controls
            wrapper = QWidget()
            wl = QVBoxLayout(wrapper)
            wl.addWidget(page, 1)
            wl.addWidget(controls)
            self.step_tabs[step] = self.tabs.addTab(wrapper, f"{step.number}. {label(step)}")
        self.plan_view = PlanVersionsView(self.ctx)
        self.plan_view.agree_requested.connect(self.agree)
        self.regime_panel = RegimePanel(self.ctx)
        self.contributions = ContributionsView(self.ctx)
        self.history = RowsModel(
            [self.tr(h) for h in ("Wanneer", "Wat", "Van", "Naar", "Besluit", "Reden", "Door")])
        self.history_table = rows_table(self.history, self.tr("Historie"),
                                        (130, 170, 130, 130, 220, 330))
        self.plan_tab = self.tabs.addTab(self.plan_view, self.tr("Gezinsplan"))
        self.regie_tab = self.tabs.addTab(self.regime_panel, self.tr("Regie"))
        self.contributions_tab = self.tabs.addTab(self.contributions, self.tr("Bijdragen"))
        self.tabs.addTab(self.history_table, self.tr("Historie"))
        # Tabs not in view are filled when they are opened (opening a casus stays quick).
        self._pending: dict[QWidget, Callable[[], None]] = {}
        self.tabs.currentChanged.connect(self._tab_shown)

        layout = QVBoxLayout(self)
        layout.addLayout(self.header_layout)
        layout.addWidget(self.tabs, 1)

    def _build_actions(self) -> None:
        for text, keys, slot in (
            (self.tr("Ongedaan maken"), ("Ctrl+Z",), self.undo),
            (self.tr("Opnieuw"), ("Ctrl+Shift+Z", "Ctrl+Y"), self.redo),
            (self.tr("Opslaan"), ("Ctrl+S",), self.save),
        ):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def add_case_action(self, text: str, handler: Callable[[str], None]) -> QPushButton:
        """A button in the casus header; ``handler`` gets the shown casus id."""
        button = QPushButton(text)
        button.clicked.connect(lambda: self.casus_id and handler(self.casus_id))
        self.actions_bar.addWidget(button)
        return button

    # --- loading ------------------------------------------------------------------------

    def show_case(self, casus_id: str) -> None:
        if self._doc_casus is not None and self._doc_casus != casus_id:
            self.autosave()  # leaving a casus keeps its unsaved work
        if casus_id != self.casus_id:
            self._go_to_step = True
        self.casus_id = casus_id
        self.ctx.run(plan.workspace, casus_id, today=self.ctx.backend.today(),
                     on_done=self._show)

    def reload(self) -> None:
        if self.casus_id:
            self.show_case(self.casus_id)

    def _show(self, ws: Workspace) -> None:
        if ws.detail.casus_id != self.casus_id:
            return  # an answer for a casus the user already left
        opening = self._doc_casus != ws.detail.casus_id
        self.workspace, self.detail = ws, ws.detail
        for page in (self.vraaganalyse, self.resultaat, self.middelen):
            page.load(ws)
        if opening:
            self._open_draft(ws)
        elif self._saved_copy is not None:
            if self.doc.data == self._saved_copy:
                self.base = ws.base
                self.doc.reset(ws.base)
            else:  # typed on while saving: keep that, against what is stored now
                self.base = ws.base
            self._saved_copy = None
        elif not self.dirty:
            self.base = ws.base
            self.doc.reset(ws.base)
        self.toetsing.load(ws)
        self._show_header(ws)
        self._show_tables(ws)
        self._when_shown(self.regime_panel, lambda: self.regime_panel.show_regie(ws.regie))
        self._when_shown(self.contributions, lambda: self.contributions.show_regie(ws.regie))
        for controls in self.controls.values():
            controls.show_regie(ws.regie)
        self._when_shown(self.plan_view, lambda: self.plan_view.load(
            ws, self.dirty, format_date(self.ctx.backend.today())))
        editable = ws.regie.may_advance
        self.binder.set_editable(editable)
        for editor in (self.vraaganalyse.observations, self.resultaat.goals,
                       self.middelen.help, self.middelen.agreements):
            editor.set_editable(editable)
        self._update_state()
        if self._go_to_step:
            self._go_to_step = False
            self.show_step(ws.regie.stap)
        self.loaded.emit()
        pending, self._after_load = self._after_load, []
        for callback in pending:
            callback()

    def _open_draft(self, ws: Workspace) -> None:
        self._doc_casus = ws.detail.casus_id
        self.binder.touched.clear()
        self.binder.show_all = False
        stored = ws.stored
        self._stored = stored is not None
        if stored is not None and stored.draft != stored.base:
            self.base = stored.base
            self.doc.reset(stored.draft)
            text = self.tr("Niet-opgeslagen wijzigingen van %1 zijn hersteld. Sla ze op met "
                           "Opslaan (Ctrl+S), of gooi het concept weg.").replace(
                "%1", date_time(stored.saved_at))
            if stored.stale:
                text += " " + self.tr("Let op: de casus is sindsdien ook elders gewijzigd; "
                                      "bij opslaan worden alleen uw eigen wijzigingen "
                                      "doorgevoerd.")
            self.notice_text.setText(text)
            self.notice.setVisible(True)
        else:
            self.base = ws.base
            self.doc.reset(ws.base)
            self.notice.setVisible(False)

    def _show_header(self, ws: Workspace) -> None:
        d, r = ws.detail, ws.regie
        self.title.setText(d.huishouden)
        self.subtitle.setText(" · ".join(x for x in (d.adres, d.gemeente, d.team) if x))
        evaluation = (f"{long_date(d.volgende_evaluatie)} ({label(d.evaluatie)})"
                      if d.volgende_evaluatie else "—")
        closed = (self.tr(" — gesloten op %1").replace("%1", long_date(d.gesloten_op))
                  if d.gesloten_op else "")
        facts = [
            (self.tr("Casusregisseur"), " · ".join(x for x in (r.casusregisseur,
                                                               d.casusregisseur_contact) if x)),
            (self.tr("Vervanger"), r.stand_in or "—"),
            (self.tr("Regie"), label(r.regime)),
            (self.tr("Status"), label(r.status)),
            (self.tr("Verwijzer"), label_of(Verwijzer, d.verwijzer)),
            (self.tr("Geopend"), long_date(d.geopend_op) + closed),
            (self.tr("Volgende evaluatie"), evaluation),
            (self.tr("Veiligheid"), label(d.veiligheid)),
        ]
        self.facts.setText(" &nbsp;·&nbsp; ".join(
            f"{escape(k)}: <b>{escape(v)}</b>" for k, v in facts))
        self.steps.show_step(r.stap, r.status)
        self.reminders.setText("\n".join(self.tr(REMINDERS.get(x, x)) for x in r.reminders))
        self.reminders.setVisible(bool(r.reminders))

    def _show_tables(self, ws: Workspace) -> None:
        d = ws.detail
        self.members.reset([
            (m.naam, label(m.rol), short_date(m.geboortedatum),
             "" if m.leeftijd is None else str(m.leeftijd), short_date(m.wordt_18_op),
             self.tr("ja") if m.gezag else "", m.bsn or "",
             " · ".join(x for x in (m.telefoon, m.email) if x))
            for m in d.leden])
        self.network.reset([(n.naam, n.relatie, label(n.soort), n.organisatie, n.telefoon)
                            for n in d.netwerk])
        self._when_shown(self.history_table, lambda: self._fill_history(ws))

    def _when_shown(self, tab: QWidget, fill: Callable[[], None]) -> None:
        if tab.isVisible():
            self._pending.pop(tab, None)
            fill()
        else:
            self._pending[tab] = fill

    def _tab_shown(self, _index: int) -> None:
        fill = self._pending.pop(self.tabs.currentWidget(), None)
        if fill is not None:
            fill()

    def _fill_history(self, ws: Workspace) -> None:
        self.history.reset([
            (timestamp(e.op), self.tr(HISTORY_KINDS.get(e.soort, e.soort)),
             e.van if e.soort == "regie" else _step_text(e.van) if e.van else "",
             e.naar if e.soort == "regie" else _step_text(e.naar) if e.naar else "",
             label_of(Decision, e.besluit) if e.besluit else "",
             label_of(Verwijzer, e.reden) if e.soort == "geopend" else e.reden, e.door)
            for e in reversed(ws.regie.historie)])

    def show_step(self, step: Step) -> None:
        self.tabs.setCurrentIndex(self.step_tabs[step])

    # --- the draft ----------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return bool(self.base) and self.doc.data != self.base

    def undo(self) -> None:
        self.doc.end_merge()
        self.doc.stack.undo()

    def redo(self) -> None:
        self.doc.end_merge()
        self.doc.stack.redo()

    def _modified(self) -> None:
        if self._doc_casus is not None and not self.autosave_timer.isActive():
            self.autosave_timer.start()
        self._validate()
        self._update_state()

    def _validate(self) -> dict[str, str]:
        if not self.doc.data:
            return {}
        errors = {e.field: validation_text(e)
                  for e in validate_draft(self.doc.data, self.ctx.backend.today(),
                                         self.base or None)}
        self.binder.set_errors(errors)
        for editor in (self.vraaganalyse.observations, self.resultaat.goals,
                       self.middelen.help, self.middelen.agreements):
            editor.model.refresh_errors()
        return errors

    def _update_state(self, message: str = "") -> None:
        self.save_button.setEnabled(self.dirty)
        if self.binder.show_all and self.binder.errors:
            self.save_state.setText(self.tr("Niet opgeslagen: %n veld(en) kloppen niet.", "",
                                            len(self.binder.errors)))
        elif message:
            self.save_state.setText(message)
        elif self.dirty:
            self.save_state.setText(self.tr("Niet opgeslagen wijzigingen"))
        elif self.workspace is not None:
            self.save_state.setText(self.tr("Alles opgeslagen"))

    def autosave(self) -> None:
        """Keep the unsaved work in the local draft store (also on leaving the casus)."""
        self.autosave_timer.stop()
        casus_id = self._doc_casus
        if casus_id is None:
            return
        if self.dirty:
            self._stored = True
            self.ctx.run(plan.save_draft, casus_id, self.base, self.doc.snapshot(),
                         on_done=self._draft_kept)
        elif self._stored:
            self._stored = False
            self.ctx.run(plan.discard_draft, casus_id)

    def _draft_kept(self, at: Any) -> None:
        if self.dirty:
            self._update_state(self.tr("Concept bewaard om %1").replace("%1", at.strftime("%H:%M")))
        self.draft_saved.emit()

    def discard_draft(self) -> None:
        if self.casus_id is None:
            return
        self.autosave_timer.stop()
        self._stored = False
        self.notice.setVisible(False)
        self._doc_casus = None  # read the casus as stored, as if opened anew
        self.ctx.run(plan.discard_draft, self.casus_id, on_done=lambda _: self.reload())

    def hideEvent(self, event: QHideEvent) -> None:
        if self.autosave_timer.isActive() or self.dirty:
            self.autosave()
        super().hideEvent(event)

    def save(self) -> None:
        """Opslaan: validate, then write the draft through the services."""
        self._save_then(lambda: None, notify=True)

    def _save_then(self, then: Callable[[], None], notify: bool = False) -> None:
        """Save the draft when it has changes, then run ``then`` (a follow-up service call)."""
        if self.casus_id is None or self.workspace is None:
            return
        if not self.dirty:
            then()
            return
        errors = self._validate()
        if errors:
            self.binder.show_all = True
            self._validate()
            self._update_state()
            self._show_first_error(sorted(errors))
            return
        copy = self.doc.snapshot()
        self.autosave_timer.stop()

        def done(_result: object) -> None:
            self._saved_copy = copy
            self._stored = False
            self.notice.setVisible(False)
            self._after_load.append(self.saved.emit)
            then()

        self.ctx.run(plan.save_plan, self.casus_id, self.base, copy, on_done=done,
                     on_error=self._save_failed,
                     changes=Changes(cases=True, plans=True) if notify else None)

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, InvalidInput):
            self.binder.show_all = True
            self.binder.set_errors({e.field: validation_text(e) for e in error.errors})
            self._show_first_error(sorted(e.field for e in error.errors))
            self._update_state()
            return
        show_error(self, error)

    def _show_first_error(self, fields: Sequence[str]) -> None:
        if not fields:
            return
        parts = fields[0].split(".")
        step = SECTION_STEP.get(parts[0])
        if step is not None:
            self.show_step(step)
        editors = {"observaties": self.vraaganalyse.observations, "doelen": self.resultaat.goals,
                   "middelen": self.middelen.help, "afspraken": self.middelen.agreements}
        key = parts[1] if parts[0] == "vraaganalyse" and len(parts) > 2 else parts[0]
        index = parts[2] if parts[0] == "vraaganalyse" else (parts[1] if len(parts) > 1 else "")
        editor = editors.get(key)
        if editor is not None and index.isdigit():
            editor.select(int(index))

    # --- actions on the casus -----------------------------------------------------------

    def conclude_step(self, step: Step, decision: Decision | None, reason: str) -> None:
        if self.casus_id is None:
            return
        casus_id = self.casus_id
        controls = self.controls[step]
        controls.show_errors({})

        def conclude() -> None:
            self._go_to_step = True
            self.ctx.run(regie.conclude_step, casus_id, step=step, decision=decision,
                         reason=reason, on_done=lambda _: self._after_load.append(
                             self.moved.emit),
                         on_error=lambda e: self._action_failed(e, controls.show_errors),
                         changes=Changes(cases=True, plans=True))

        self._save_then(conclude)

    def reopen(self, reason: str) -> None:
        if self.casus_id is None or self.workspace is None:
            return
        controls = self.controls[self.workspace.regie.stap]
        controls.show_errors({})
        self._go_to_step = True
        self.ctx.run(regie.reopen_case, self.casus_id, reason,
                     on_done=lambda _: self._after_load.append(self.moved.emit),
                     on_error=lambda e: self._action_failed(e, controls.show_errors),
                     changes=Changes(cases=True))

    def agree(self, who: str, when_text: str, method: Any) -> None:
        if self.casus_id is None:
            return
        casus_id = self.casus_id
        try:
            when = parse_date(when_text, "akkoord_op")
        except ValidationError as error:
            self.plan_view.show_errors({error.field: validation_text(error)})
            return

        def agreed(_version: object) -> None:
            self.plan_view.agreed()
            self._after_load.append(self.moved.emit)

        def record() -> None:
            self.ctx.run(plan.agree_plan, casus_id, who, when, method, on_done=agreed,
                         on_error=lambda e: self._action_failed(e, self.plan_view.show_errors),
                         changes=Changes(cases=True, plans=True))

        self._save_then(record)

    def _action_failed(self, error: BaseException,
                       show: Callable[[dict[str, str]], None]) -> None:
        if self._saved_copy is not None:
            self.reload()  # the draft was saved before the action failed
        if isinstance(error, InvalidInput):
            messages = {e.field: validation_text(e) for e in error.errors}
            show(messages)
            plan_fields = {k: v for k, v in messages.items() if k.split(".")[0] in SECTION_STEP}
            if plan_fields:
                self.binder.touched.update(plan_fields)
                self.binder.set_errors({**self.binder.errors, **plan_fields})
            return
        show_error(self, error)

    def enter_kitchen(self) -> None:
        if self.casus_id is None:
            return
        casus_id = self.casus_id

        def start() -> None:
            self.kitchen = start_kitchen_table(self.ctx, casus_id, self.window())

        self._save_then(start, notify=True)

    def _on_changed(self, changes: Changes) -> None:
        if self.casus_id and (changes.cases or changes.plans or changes.households):
            self.reload()

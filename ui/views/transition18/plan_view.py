"""The toekomstplan 18+ of one young person: the five leefthema's, what changes at 18, the
young person's agreement and the warme overdracht, and the way to Tussen wal en schip.

Unsaved work is kept: going back saves first, and a save that fails leaves everything typed in
place with the messages next to the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.transition18 import TimelinePhase
from casedesk.domain.vocabulary import Theme18, ThemeStatus
from casedesk.errors import InvalidInput, RuleViolation
from casedesk.services import transition18 as t18
from casedesk.services.changes import Changes
from ui.context import AppContext
from ui.errors import show_error
from ui.formatting import long_date
from ui.i18n import label
from ui.views.transition18.checklist_editor import ChecklistEditor
from ui.views.transition18.handover_editor import AgreementAndHandover
from ui.views.transition18.style import (
    PHASE_COLOURS,
    STATUS_COLOURS,
    age_text,
    chip_style,
    phase_text,
    tr,
)
from ui.views.transition18.theme_editor import ThemeEditor

PLAN_CHANGES = Changes(transition18=True, cases=True)

RULE_TEXT = {
    "adult-decides-alone": "Vanaf 18 jaar worden ouders niet meer om akkoord gevraagd.",
    "parents-must-agree": "Onder 16 jaar (of bij een onbekende leeftijd) geven ook de ouders "
    "met gezag akkoord.",
    "no-stuck-theme": "Geen enkel leefthema is vastgelopen; Tussen wal en schip is voor "
    "jongeren die vastlopen.",
}


class PlanEditorView(QWidget):
    """Signals:
    loaded: a plan is shown (after opening, starting or saving).
    saved: the plan, agreement or handover was stored.
    back_requested: the person is done here (after unsaved work was saved).
    case_requested: casus id, to show the casus and its gezinsplan.
    """

    loaded = Signal()
    saved = Signal()
    back_requested = Signal()
    case_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: t18.PlanView | None = None
        self.dirty = False

        self.back = QPushButton(tr("← Terug"))
        self.back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.back.clicked.connect(self.go_back)
        self.title = QLabel()
        self.title.setStyleSheet("font-size:18pt;font-weight:bold;")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.status_chip = QLabel()
        self.phase_chip = QLabel()
        self.dates = QLabel()
        self.dates.setWordWrap(True)
        self.dates.setStyleSheet("color:#3c4043;")
        self.verlengd = QCheckBox()
        self.verlengd.setAccessibleName(tr("Verlengde jeugdhulp"))
        self.verlengd.toggled.connect(self._mark_dirty)

        self.save_button = QPushButton(tr("Opslaan"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(tr("Opslaan (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.case_button = QPushButton(tr("Naar de casus"))
        self.case_button.clicked.connect(self._to_case)
        self.tws_button = QPushButton(tr("Aanmelden bij Tussen wal en schip"))
        self.tws_button.clicked.connect(self.prepare_tws)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.theme_list = QListWidget()
        self.theme_list.setAccessibleName(tr("Leefthema's"))
        self.theme_list.setFixedWidth(250)
        self.theme_list.setStyleSheet("QListWidget::item{padding:8px;}")
        self.theme_stack = QStackedWidget()
        self.editors: dict[Theme18, ThemeEditor] = {}
        for theme in Theme18:
            editor = ThemeEditor(theme)
            editor.changed.connect(self._mark_dirty)
            editor.status.currentIndexChanged.connect(self._refresh_theme_list)
            self.editors[theme] = editor
            self.theme_stack.addWidget(editor)
            self.theme_list.addItem(QListWidgetItem(label(theme)))
        self.theme_list.currentRowChanged.connect(self.theme_stack.setCurrentIndex)
        themes_tab = QWidget()
        themes_row = QHBoxLayout(themes_tab)
        themes_row.addWidget(self.theme_list)
        themes_row.addWidget(self.theme_stack, 1)

        self.checklist = ChecklistEditor()
        self.checklist.changed.connect(self._mark_dirty)
        checklist_scroll = QScrollArea()
        checklist_scroll.setWidgetResizable(True)
        checklist_scroll.setWidget(self.checklist)
        self.closing = AgreementAndHandover()
        self.closing.agreement.submitted.connect(self.record_agreement)
        self.closing.handover.submitted.connect(self.hand_over)

        self.tabs = QTabWidget()
        self.tabs.addTab(themes_tab, tr("Leefthema's"))
        self.tabs.addTab(checklist_scroll, tr("Wat verandert bij 18"))
        self.tabs.addTab(self.closing, tr("Akkoord en warme overdracht"))

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addStretch(1)
        top.addWidget(self.case_button)
        top.addWidget(self.tws_button)
        top.addWidget(self.save_button)
        self.actions_bar = top  # others add theirs: add_plan_action
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.status_chip)
        heading.addWidget(self.phase_chip)
        heading.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.dates)
        layout.addWidget(self.verlengd)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def add_plan_action(self, text: str, handler: Callable[[str], None]) -> QPushButton:
        """A button in the top bar; ``handler`` gets the shown plan's id."""
        button = QPushButton(text)
        button.clicked.connect(lambda: self.plan and handler(self.plan.plan_id))
        self.actions_bar.insertWidget(self.actions_bar.indexOf(self.save_button), button)
        return button

    # --- opening ------------------------------------------------------------------------

    def open_plan(self, plan_id: str) -> None:
        self.ctx.run(t18.get_plan, plan_id, on_done=self.show_plan)

    def start_plan(self, casus_id: str, persoon_id: str) -> None:
        self.ctx.run(
            t18.start_plan,
            casus_id,
            persoon_id,
            on_done=self.show_plan,
            changes=Changes(transition18=True),
        )

    def show_plan(self, plan: t18.PlanView, message: str = "") -> None:
        self.plan = plan
        today = self.ctx.backend.today()
        self.title.setText(tr("Toekomstplan 18+ — %1").replace("%1", plan.jongere))
        self.status_chip.setText(label(plan.status))
        self.status_chip.setStyleSheet(chip_style(STATUS_COLOURS[plan.status], filled=True))
        self.phase_chip.setText(self._phase_chip_text(plan, today))
        self.phase_chip.setStyleSheet(chip_style(PHASE_COLOURS[plan.phase], filled=False))
        self.phase_chip.setVisible(bool(self.phase_chip.text()))
        eighteen = (
            tr("wordt 18 op %1").replace("%1", long_date(plan.milestones.eighteen))
            if plan.milestones and not plan.adult
            else tr("18 sinds %1").replace("%1", long_date(plan.milestones.eighteen))
            if plan.milestones
            else tr("geboortedatum onbekend")
        )
        self.subtitle.setText(
            " · ".join(
                (
                    *([age_text(plan.leeftijd)] if plan.leeftijd is not None else []),
                    eighteen,
                    f"{plan.huishouden}, {plan.gemeente}",
                    tr("casusregisseur %1").replace("%1", plan.casusregisseur),
                )
            )
        )
        self.dates.setText(self._milestones_text(plan))
        self.verlengd.blockSignals(True)
        self.verlengd.setText(
            tr("Verlengde jeugdhulp (tot %1 jaar in deze gemeente)").replace(
                "%1", str(plan.verlengd_tot)
            )
        )
        self.verlengd.setChecked(plan.verlengd)
        self.verlengd.blockSignals(False)
        for view in plan.themes:
            self.editors[view.thema].load(view)
        self.checklist.load(plan.checklist, plan.geboortedatum, today)
        self.closing.agreement.load(plan, today)
        self.closing.handover.load(plan, today)
        if self.theme_list.currentRow() < 0:
            self.theme_list.setCurrentRow(0)
        self._refresh_theme_list()
        self._show_message(message or self._tws_text(plan))
        self.dirty = False
        self.loaded.emit()

    @staticmethod
    def _phase_chip_text(plan: t18.PlanView, today: date) -> str:
        """The phase, unless it repeats the status: a handed-over plan shows its waakvlam."""
        if plan.phase is not TimelinePhase.DONE:
            return phase_text(plan.phase, plan.status)
        until = plan.overdracht.waakvlam_tot
        if until is not None and until >= today:
            return tr("Waakvlam tot %1").replace("%1", long_date(until))
        return ""

    def _milestones_text(self, plan: t18.PlanView) -> str:
        m = plan.milestones
        if m is None:
            return tr(
                "Zonder geboortedatum zijn de data van het plan niet te bepalen: vul de "
                "geboortedatum in bij het gezin."
            )
        parts = [
            tr("Plan starten vanaf %1").replace("%1", long_date(m.plan_start)),
            tr("akkoord vóór %1").replace("%1", long_date(m.agreed_by)),
            tr("18 jaar op %1").replace("%1", long_date(m.eighteen)),
        ]
        if plan.verlengd:
            parts.append(tr("verlengde jeugdhulp tot %1").replace("%1", long_date(m.horizon)))
        if plan.gestart_op:
            parts.insert(0, tr("Gestart op %1").replace("%1", long_date(plan.gestart_op)))
        return " · ".join(parts)

    def _tws_text(self, plan: t18.PlanView) -> str:
        if plan.tws is None:
            return ""
        return tr("Er staat een aanmelding bij Tussen wal en schip (%1).").replace(
            "%1", label(plan.tws.status).lower()
        )

    def _refresh_theme_list(self) -> None:
        stuck = False
        for i, theme in enumerate(Theme18):
            status = self.editors[theme].current_status()
            item = self.theme_list.item(i)
            item.setText(f"{label(theme)}\n{label(status)}")
            if status is ThemeStatus.VASTGELOPEN:
                stuck = True
                item.setForeground(QBrush(PHASE_COLOURS[TimelinePhase.OVERDUE]))
            else:
                item.setForeground(QBrush())
        self.tws_button.setEnabled(stuck)
        self.tws_button.setToolTip(
            tr("Bereid een aanmelding voor bij de tafel Tussen wal en schip.")
            if stuck
            else tr("Kan zodra een leefthema vastgelopen is.")
        )

    def _mark_dirty(self) -> None:
        self.dirty = True

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            "color:#b3261e;font-weight:bold;" if error else "color:#1e5e2f;font-weight:bold;"
        )
        self.message.setVisible(bool(text))

    # --- saving -------------------------------------------------------------------------

    def edit(self) -> t18.PlanEdit:
        return t18.PlanEdit(
            themes=tuple(self.editors[t].edit() for t in Theme18),
            checklist=self.checklist.edits(),
            verlengd=self.verlengd.isChecked(),
        )

    def save(self, *, then: Callable[[], None] | None = None) -> None:
        """Store the themes, checklist and extension; ``then`` runs after a good save."""
        if self.plan is None:
            return
        for editor in self.editors.values():
            editor.clear_errors()

        def done(plan: t18.PlanView) -> None:
            self.show_plan(plan, tr("Opgeslagen."))
            self.saved.emit()
            if then is not None:
                then()

        self.ctx.run(
            t18.save_plan,
            self.plan.plan_id,
            self.edit(),
            on_done=done,
            on_error=self._save_failed,
            changes=PLAN_CHANGES,
        )

    def _save_failed(self, error: BaseException) -> None:
        if not isinstance(error, InvalidInput):
            show_error(self, error)
            return
        first = None
        for i, theme in enumerate(Theme18):
            if self.editors[theme].show_errors(error.errors) and first is None:
                first = i
        if first is not None:
            self.tabs.setCurrentIndex(0)
            self.theme_list.setCurrentRow(first)
        self._show_message(tr("Niet opgeslagen: verbeter de gemarkeerde velden."), error=True)

    def go_back(self) -> None:
        if self.dirty and self.plan is not None:
            self.save(then=self.back_requested.emit)
        else:
            self.back_requested.emit()

    def _to_case(self) -> None:
        if self.plan is None:
            return
        casus_id = self.plan.casus_id
        if self.dirty:
            self.save(then=lambda: self.case_requested.emit(casus_id))
        else:
            self.case_requested.emit(casus_id)

    # --- agreement and handover ---------------------------------------------------------

    def record_agreement(self) -> None:
        if self.plan is None:
            return
        box = self.closing.agreement
        box.clear_errors()
        op, method, parents = box.values()

        def failed(error: BaseException) -> None:
            if isinstance(error, InvalidInput):
                box.show_errors(error.errors)
            elif isinstance(error, RuleViolation) and error.code in RULE_TEXT:
                box.show_rule(tr(RULE_TEXT[error.code]))
            else:
                show_error(self, error)
                return
            self._show_message(tr("Akkoord niet vastgelegd: zie de meldingen."), error=True)

        def done(plan: t18.PlanView) -> None:
            self.show_plan(plan, tr("Akkoord vastgelegd."))
            self.saved.emit()

        self.ctx.run(
            t18.record_agreement,
            self.plan.plan_id,
            op=op,
            wijze=method,
            parents_also=parents,
            on_done=done,
            on_error=failed,
            changes=PLAN_CHANGES,
        )

    def hand_over(self) -> None:
        if self.plan is None:
            return
        box = self.closing.handover
        box.clear_errors()

        def failed(error: BaseException) -> None:
            if not isinstance(error, InvalidInput):
                show_error(self, error)
                return
            box.show_errors(error.errors)
            self._show_message(
                tr("Overdracht niet vastgelegd: verbeter de gemarkeerde velden."), error=True
            )

        def done(plan: t18.PlanView) -> None:
            self.show_plan(plan, tr("Warme overdracht vastgelegd."))
            self.saved.emit()

        self.ctx.run(
            t18.hand_over,
            self.plan.plan_id,
            box.edit(),
            on_done=done,
            on_error=failed,
            changes=PLAN_CHANGES,
        )

    # --- Tussen wal en schip ------------------------------------------------------------

    def prepare_tws(self) -> None:
        """Save what is typed (the stuck status included), then prepare the aanmelding."""
        if self.plan is None:
            return
        plan_id = self.plan.plan_id

        def prepared(result: t18.TwsResult) -> None:
            themes = ", ".join(label(t) for t in result.themes)
            text = (
                tr(
                    "Concept-aanmelding klaargezet bij Tussen wal en schip (%1). Vul hem aan en "
                    "dien hem in bij Overlegtafels."
                )
                if result.created
                else tr("Er stond al een aanmelding klaar bij Tussen wal en schip (%1).")
            ).replace("%1", themes)
            self.ctx.run(t18.get_plan, plan_id, on_done=lambda p: self.show_plan(p, text))

        def failed(error: BaseException) -> None:
            if isinstance(error, RuleViolation) and error.code in RULE_TEXT:
                self._show_message(tr(RULE_TEXT[error.code]), error=True)
            else:
                show_error(self, error)

        self.save(
            then=lambda: self.ctx.run(
                t18.prepare_tws_aanmelding,
                plan_id,
                on_done=prepared,
                on_error=failed,
                changes=Changes(tables=True, transition18=True),
            )
        )

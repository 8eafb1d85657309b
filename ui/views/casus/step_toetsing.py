"""Stap 4, Toetsing — Is het gewenste resultaat bereikt? Per goal: bereikt, deels or niet,
with the family's view next to the professional's; then what happens next."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.vocabulary import GoalResult
from casedesk.services.plan import Workspace
from casedesk.services.plan_draft import empty_outcome
from ui.i18n import label
from ui.views.casus.bindings import Binder, Binding, LineBinding, TextBinding, with_error
from ui.views.casus.common import combo, date_line, heading, hint, scrolling, text_box, tr
from ui.views.casus.draft_doc import Path

T = ("toetsing",)


class OutcomeBinding(Binding):
    """One field of a goal's outcome; the outcome is written as a whole, so a goal without an
    outcome yet gets one on its first edit (and loses it again on undo)."""

    def __init__(self, binder: Binder, widget: QComboBox | QPlainTextEdit, field: str) -> None:
        super().__init__(binder, widget, (), None)
        self.field, self.input = field, widget
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _: self.write_field(widget.currentData()))
        else:
            widget.setUndoRedoEnabled(False)
            widget.setTabChangesFocus(True)
            widget.textChanged.connect(lambda: self.write_field(widget.toPlainText()))

    def write_field(self, value: Any) -> None:
        if self._updating or self.path is None:
            return
        outcome = dict(self.doc.get(self.path) or empty_outcome())
        outcome[self.field] = value or ""
        self.write(outcome)

    def show_value(self, value: Any) -> None:
        current = (value or empty_outcome())[self.field]
        if isinstance(self.input, QComboBox):
            self.input.setCurrentIndex(max(self.input.findData(current or None), 0))
        elif self.input.toPlainText() != current:
            self.input.setPlainText(current)


class ToetsingPage(QWidget):
    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        self.goal_ids: list[str] = []
        self.goal_labels: dict[str, QLabel] = {}

        held = date_line(tr("Datum van de toetsing"), tr("dd-mm-jjjj (leeg: vandaag)"))
        self.held = LineBinding(binder, held, (*T, "datum"))
        top = QFormLayout()
        top.addRow(tr("Datum van de toetsing:"), with_error(held, self.held.error))

        self.goals_box = QWidget()
        self.goals_grid = QGridLayout(self.goals_box)
        self.goals_grid.setColumnStretch(1, 1)
        self.goals_grid.setColumnStretch(2, 1)
        self.rows: list[GoalRow] = []
        self.no_goals = hint(tr("Er zijn nog geen doelen (stap 2)."))
        self.goals_grid.addWidget(self.no_goals, 0, 0, 1, 3)
        self.column_heads = [QLabel(f"<i>{text}</i>") for text in (
            tr("Resultaat"), tr("Wat vindt het gezin?"), tr("Wat vindt de professional?"))]
        for column, head in enumerate(self.column_heads):
            self.goals_grid.addWidget(head, 1, column)

        explanation = text_box(tr("Toelichting"), 2)
        TextBinding(binder, explanation, (*T, "toelichting"))
        conditions = text_box(tr("Voorwaarden om terug te komen"), 2,
                              tr("Bij afschalen: wanneer kan het gezin terugkomen? "
                                 "(wonen, werk, schulden)"))
        self.conditions = TextBinding(binder, conditions, (*T, "afschaal_voorwaarden"))
        next_date = date_line(tr("Volgende evaluatie"))
        self.next_date = LineBinding(binder, next_date, (*T, "volgende_evaluatie"))
        after = QFormLayout()
        after.addRow(tr("Toelichting:"), explanation)
        after.addRow(tr("Voorwaarden voor terugkeer:"),
                     with_error(conditions, self.conditions.error))
        after.addRow(tr("Volgende evaluatie:"), with_error(next_date, self.next_date.error))

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(heading(tr("Per doel: is het bereikt?")))
        layout.addWidget(self.goals_box)
        layout.addWidget(heading(tr("Hoe verder?")))
        layout.addLayout(after)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content), 1)
        binder.listeners.append(self._draft_changed)

    def load(self, ws: Workspace) -> None:
        months = ws.regie.evaluatie_maanden
        self.next_date.edit.setPlaceholderText(
            tr("dd-mm-jjjj (leeg: over %1 maanden)").replace("%1", str(months)))
        self._rebuild()

    def _draft_changed(self, path: Path) -> None:
        if not path or path == ("doelen",):
            self._rebuild()
        elif path[0] == "doelen" and len(path) > 2 and path[2] == "omschrijving":
            self._relabel()

    def _goal_text(self, number: int, goal: dict[str, Any]) -> str:
        return f"{number}. {goal['omschrijving'] or tr('(nog zonder omschrijving)')}"

    def _relabel(self) -> None:
        for number, goal in enumerate(self.binder.doc.get(("doelen",), []) or [], start=1):
            if goal["id"] in self.goal_labels:
                self.goal_labels[goal["id"]].setText(self._goal_text(number, goal))

    def _rebuild(self) -> None:
        goals = self.binder.doc.get(("doelen",), []) or []
        ids = [g["id"] for g in goals]
        if ids == self.goal_ids:
            self._relabel()
            return
        self.goal_ids = ids
        while len(self.rows) < len(goals):
            self.rows.append(GoalRow(self.binder, self.goals_grid, len(self.rows)))
        self.goal_labels = {}
        for number, (row, goal) in enumerate(zip(self.rows, goals, strict=False), start=1):
            row.show_goal(number, goal["id"])
            self.goal_labels[goal["id"]] = row.title
        for row in self.rows[len(goals):]:
            row.show_goal(0, None)
        self._relabel()
        self.no_goals.setVisible(not goals)
        for head in self.column_heads:
            head.setVisible(bool(goals))


class GoalRow:
    """The outcome of one goal, in two rows of the grid; kept and pointed at the next casus's
    goals (making widgets is slow)."""

    def __init__(self, binder: Binder, grid: QGridLayout, index: int) -> None:
        row = 2 + index * 2
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.result = combo(tr("Resultaat"))
        self.result.addItem(tr("— nog niet beoordeeld —"), None)
        for r in GoalResult:
            self.result.addItem(label(r), r.value)
        self.family = text_box(tr("Wat vindt het gezin"), 2)
        self.professional = text_box(tr("Wat vindt de professional"), 2)
        self.bindings = [OutcomeBinding(binder, self.result, "resultaat"),
                         OutcomeBinding(binder, self.family, "visie_gezin"),
                         OutcomeBinding(binder, self.professional, "visie_professional")]
        grid.addWidget(self.title, row, 0, 1, 3)
        grid.addWidget(self.result, row + 1, 0)
        grid.addWidget(self.family, row + 1, 1)
        grid.addWidget(self.professional, row + 1, 2)
        self.widgets = (self.title, self.result, self.family, self.professional)

    def show_goal(self, number: int, doel_id: str | None) -> None:
        for widget in self.widgets:
            widget.setVisible(doel_id is not None)
        if doel_id is None:
            for binding in self.bindings:
                binding.rebind(None)
            return
        for widget, text in ((self.result, "Resultaat doel %1"),
                             (self.family, "Wat vindt het gezin, doel %1"),
                             (self.professional, "Wat vindt de professional, doel %1")):
            widget.setAccessibleName(tr(text).replace("%1", str(number)))
        for binding in self.bindings:
            binding.rebind((*T, "uitkomsten", doel_id))

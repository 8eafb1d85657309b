"""Stap 2, Resultaat — Wat moet bereikt worden? Goals in the family's words, for a member or
the whole household, each with the end state at which help can stop."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from casedesk.services.plan import Workspace
from casedesk.services.plan_draft import empty_goal
from ui.views.casus.bindings import Binder, ComboBinding, TextBinding
from ui.views.casus.common import combo, hint, member_name, person_choices, text_box, tr
from ui.views.casus.item_list import Column, ItemListEditor


class ResultaatPage(QWidget):
    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[str, str] = {}
        self.goals = ItemListEditor(
            binder, ("doelen",),
            [
                Column("#", self._number, 36),
                Column(tr("Doel (in de woorden van het gezin)"), lambda g: g["omschrijving"],
                       420),
                Column(tr("Voor"), lambda g: member_name(self.names, g["persoon_id"]), 170),
                Column(tr("Wanneer is het goed? (eindsituatie)"), lambda g: g["eindsituatie"]),
            ],
            title=tr("Doelen"),
            add_buttons=[(tr("Doel toevoegen"), empty_goal)],
            remove_text=tr("Doel verwijderen"),
            empty_text=tr("Nog geen doelen. Schrijf ze samen met het gezin op, in hun woorden."),
            reorder=True,
        )
        self.goal_for = ComboBinding(binder, combo(tr("Voor")), ("persoon_id",), None)
        self.goals.add_field(tr("Voor:"), self.goal_for)
        self.goals.add_field(tr("Doel:"), TextBinding(
            binder, text_box(tr("Doel"), 2, tr("Bijvoorbeeld: ‘Noor gaat weer elke dag naar "
                                              "school.’")), ("omschrijving",), None))
        self.goals.add_field(tr("Eindsituatie:"), TextBinding(
            binder, text_box(tr("Eindsituatie"), 2,
                             tr("Wanneer is de hulp klaar? Wat is er dan anders?")),
            ("eindsituatie",), None))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint(tr("Wat wil het gezin bereiken? Eén doel per regel, voor een "
                                 "gezinslid of voor het hele huishouden. De volgorde is de "
                                 "nummering in het gezinsplan.")))
        layout.addWidget(self.goals, 1)

    def _number(self, goal: dict[str, Any]) -> str:
        ids = [g["id"] for g in self.goals.model.items()]
        return str(ids.index(goal["id"]) + 1) if goal["id"] in ids else ""

    def load(self, ws: Workspace) -> None:
        self.names = {m.persoon_id: m.naam for m in ws.detail.leden}
        self.goal_for.set_items(person_choices(ws.detail.leden))
        self.goals.model.refresh_errors()

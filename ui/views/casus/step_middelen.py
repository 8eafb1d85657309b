"""Stap 3, Middelen — Wat is nodig? Help items (who gives it, domain and law, period, an
optional cost estimate, whether it can be given at home) and afspraken (who does what by when;
the family and the netwerk can own them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QSplitter, QVBoxLayout, QWidget

from casedesk.domain.vocabulary import Law, Provider
from casedesk.services.plan import Workspace
from casedesk.services.plan_draft import empty_afspraak, empty_middel
from ui.i18n import label, label_of
from ui.views.casus.bindings import (
    Binder,
    CheckBinding,
    ComboBinding,
    EditableComboBinding,
    LineBinding,
    TextBinding,
)
from ui.views.casus.common import combo, date_line, line, scrolling, text_box, tr
from ui.views.casus.draft_doc import Path
from ui.views.casus.item_list import Column, ItemListEditor


def _period(item: dict[str, Any]) -> str:
    start, end = item["start"], item["eind"]
    if start and end:
        return f"{start} – {end}"
    return start or (tr("tot ") + end if end else "")


class MiddelenPage(QWidget):
    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        self.help = ItemListEditor(
            binder, ("middelen",),
            [
                Column(tr("Hulp"), lambda m: m["omschrijving"], 230),
                Column(tr("Wie"), lambda m: m["aanbieder"], 150),
                Column(tr("Soort"), lambda m: label_of(Provider, m["soort_aanbieder"]), 110),
                Column(tr("Wet"), lambda m: label_of(Law, m["wet"]), 100),
                Column(tr("Periode"), _period, 170),
                Column(tr("Kosten"), lambda m: f"€ {m['kosten']}" if m["kosten"] else "", 90),
                Column(tr("Thuis"), lambda m: tr("ja") if m["thuis_mogelijk"] else tr("nee")),
            ],
            title=tr("Hulp en ondersteuning"),
            add_buttons=[(tr("Hulp toevoegen"), empty_middel)],
            remove_text=tr("Hulp verwijderen"),
            empty_text=tr("Nog geen hulp. Denk ook aan wat het gezin en het netwerk zelf doen."),
        )
        h = self.help
        h.add_field(tr("Wat:"), LineBinding(binder, line(tr("Wat")), ("omschrijving",), None))
        h.add_field(tr("Aanbieder of persoon:"), LineBinding(
            binder, line(tr("Aanbieder of persoon"), tr("Organisatie of naam")),
            ("aanbieder",), None))
        h.add_field(tr("Soort aanbieder:"), ComboBinding(
            binder, combo(tr("Soort aanbieder")), ("soort_aanbieder",), None,
            items=[(p.value, label(p)) for p in Provider]))
        h.add_field(tr("Domein en wet:"), ComboBinding(
            binder, combo(tr("Domein en wet")), ("wet",), None,
            items=[(law.value, label(law)) for law in Law]))
        h.add_field(tr("Productcode:"), LineBinding(
            binder, line(tr("Productcode"), tr("Optioneel")), ("productcode",), None))
        self.goal_binding = ComboBinding(binder, combo(tr("Voor doel")), ("doel_id",), None)
        h.add_field(tr("Voor doel:"), self.goal_binding)
        h.add_field(tr("Start:"), LineBinding(binder, date_line(tr("Start")),
                                              ("start",), None), column=1)
        h.add_field(tr("Eind:"), LineBinding(binder, date_line(tr("Eind")),
                                             ("eind",), None), column=1)
        h.add_field(tr("Kostenraming (€):"), LineBinding(
            binder, line(tr("Kostenraming in euro"), tr("Optioneel, bijv. 1.250,00")),
            ("kosten",), None), column=1)
        h.add_field(tr("Thuis:"), CheckBinding(
            binder, QCheckBox(tr("Kan deze hulp thuis gegeven worden?")),
            ("thuis_mogelijk",), None), column=1)
        h.add_field(tr("Zo nee, waarom:"), TextBinding(
            binder, text_box(tr("Waarom niet thuis"), 2,
                             tr("Alleen als de hulp niet thuis kan")),
            ("niet_thuis_reden",), None), column=1)

        self.agreements = ItemListEditor(
            binder, ("afspraken",),
            [
                Column(tr("Wie"), lambda a: a["wie"], 170),
                Column(tr("Wat"), lambda a: a["wat"], 520),
                Column(tr("Wanneer"), lambda a: a["wanneer"], 110),
                Column(tr("Gedaan"), lambda a: tr("ja") if a["gedaan"] else ""),
            ],
            title=tr("Afspraken: wie doet wat, wanneer"),
            add_buttons=[(tr("Afspraak toevoegen"), empty_afspraak)],
            remove_text=tr("Afspraak verwijderen"),
            empty_text=tr("Nog geen afspraken. Ook het gezin en het netwerk kunnen een "
                          "afspraak op zich nemen."),
        )
        who = QComboBox()
        self.who_binding = EditableComboBinding(binder, who, ("wie",), None)
        a = self.agreements
        a.add_field(tr("Wie:"), self.who_binding)
        a.add_field(tr("Wat:"), TextBinding(binder, text_box(tr("Wat"), 2), ("wat",), None))
        a.add_field(tr("Wanneer:"), LineBinding(binder, date_line(tr("Wanneer")),
                                                ("wanneer",), None), column=1)
        a.add_field(tr("Gedaan:"), CheckBinding(binder, QCheckBox(tr("Afgerond")),
                                                ("gedaan",), None), column=1)
        for editor in (self.help, self.agreements):
            editor.table.setMinimumHeight(110)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.help)
        split.addWidget(self.agreements)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(split), 1)
        binder.listeners.append(self._draft_changed)

    def _draft_changed(self, path: Path) -> None:
        if not path or path[0] == "doelen":
            self._goal_items()

    def _goal_items(self) -> None:
        goals = self.binder.doc.get(("doelen",), []) or []
        items: list[tuple[Any, str]] = [(None, tr("Geen specifiek doel"))]
        items += [(g["id"], f"{i}. {g['omschrijving'] or tr('(nog zonder omschrijving)')}")
                  for i, g in enumerate(goals, start=1)]
        self.goal_binding.set_items(items)

    def load(self, ws: Workspace) -> None:
        self._goal_items()
        self.who_binding.set_suggestions(ws.wie)
        self.help.model.refresh_errors()
        self.agreements.model.refresh_errors()

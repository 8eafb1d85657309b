"""Stap 1, Vraaganalyse — Wat is er aan de hand? Zorgen and krachten per member, each child's
own words, the breadth check, safety, eigen kracht and ernst."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.vocabulary import (
    BreadthTopic,
    MemberRole,
    ObservationKind,
    SafetyAssessment,
)
from casedesk.services.dto import MemberView
from casedesk.services.plan import Workspace
from casedesk.services.plan_draft import empty_observation
from ui.i18n import label, label_of
from ui.views.casus.bindings import (
    Binder,
    ComboBinding,
    LineBinding,
    MemberCheckBinding,
    TextBinding,
    with_error,
)
from ui.views.casus.common import (
    combo,
    heading,
    hint,
    line,
    member_name,
    person_choices,
    scrolling,
    text_box,
    tr,
)
from ui.views.casus.item_list import Column, ItemListEditor

VA = ("vraaganalyse",)


class VraaganalysePage(QWidget):
    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.binder = binder
        self.names: dict[str, str] = {}
        self.member_views: tuple[MemberView, ...] = ()

        # Left: what is going on, in the family's and the children's words.
        self.aanleiding = text_box(tr("Aanleiding"), 2)
        TextBinding(binder, self.aanleiding, (*VA, "aanleiding"))
        self.observations = ItemListEditor(
            binder, (*VA, "observaties"),
            [
                Column(tr("Voor"), lambda o: member_name(self.names, o["persoon_id"]), 150),
                Column(tr("Zorg of kracht"),
                       lambda o: label_of(ObservationKind, o["soort"]), 110),
                Column(tr("Wat"), lambda o: o["tekst"]),
            ],
            title=tr("Zorgen en krachten"),
            add_buttons=[
                (tr("Zorg toevoegen"), lambda: self._new(ObservationKind.ZORG)),
                (tr("Kracht toevoegen"), lambda: self._new(ObservationKind.KRACHT)),
            ],
            remove_text=tr("Verwijderen"),
            empty_text=tr("Nog geen zorgen of krachten. Voeg ze per gezinslid of voor het "
                          "hele huishouden toe."),
        )
        self.observations.table.setMinimumHeight(150)
        self.observation_for = combo(tr("Voor"))
        self.for_binding = ComboBinding(binder, self.observation_for, ("persoon_id",), None)
        self.observations.add_field(tr("Voor:"), self.for_binding)
        kind = combo(tr("Zorg of kracht"))
        self.observations.add_field(
            tr("Zorg of kracht:"),
            ComboBinding(binder, kind, ("soort",), None,
                         items=[(k.value, label(k)) for k in ObservationKind]))
        self.observations.add_field(
            tr("Wat:"), TextBinding(binder, text_box(tr("Wat"), 2), ("tekst",), None))

        self.words_box = QWidget()
        self.words_layout = QVBoxLayout(self.words_box)
        self.words_layout.setContentsMargins(0, 0, 0, 0)
        self.word_boxes: list[WordsBox] = []
        self.no_youths = hint(tr("Dit huishouden heeft geen jeugdigen."))
        self.words_layout.addWidget(self.no_youths)

        left = QVBoxLayout()
        left.addWidget(heading(tr("Aanleiding")))
        left.addWidget(self.aanleiding)
        left.addWidget(self.observations)
        left.addWidget(heading(tr("In hun eigen woorden")))
        left.addWidget(hint(tr("Wat de jeugdige zelf vraagt, wenst en droomt — in zijn of "
                               "haar eigen woorden. Vul dit niet in voor de jeugdige.")))
        left.addWidget(self.words_box)
        left.addStretch(1)

        # Right: the breadth check, safety, eigen kracht, ernst.
        breadth = QGridLayout()
        breadth.setColumnStretch(1, 1)
        for row, topic in enumerate(BreadthTopic):
            check = QCheckBox(label(topic))
            check.setAccessibleName(tr("%1 besproken").replace("%1", label(topic)))
            MemberCheckBinding(binder, check, (*VA, "besproken"), topic.value)
            note = line(tr("Notitie %1").replace("%1", label(topic)), tr("Notitie"))
            LineBinding(binder, note, (*VA, "breedte", topic.value))
            breadth.addWidget(check, row, 0)
            breadth.addWidget(note, row, 1)
        safety = combo(tr("Veiligheid"))
        self.safety = ComboBinding(binder, safety, (*VA, "veiligheid"),
                                   items=[(s.value, label(s)) for s in SafetyAssessment])
        safety_note = text_box(tr("Toelichting veiligheid"), 3,
                               tr("Wat zagen of hoorden jullie? Wat is er al afgesproken?"))
        self.safety_note = TextBinding(binder, safety_note, (*VA, "veiligheid_toelichting"))
        strength = text_box(tr("Eigen kracht en netwerk"), 3)
        TextBinding(binder, strength, (*VA, "eigen_kracht"))
        severity = text_box(tr("Ernst, aard en context"), 3)
        TextBinding(binder, severity, (*VA, "ernst"))

        right = QVBoxLayout()
        right.addWidget(heading(tr("Breedte: welke levensgebieden zijn besproken?")))
        right.addLayout(breadth)
        right.addWidget(heading(tr("Veiligheid")))
        right.addWidget(safety)
        right.addWidget(with_error(safety_note, self.safety_note.error))
        right.addWidget(heading(tr("Eigen kracht en netwerk")))
        right.addWidget(strength)
        right.addWidget(heading(tr("Ernst, aard en context")))
        right.addWidget(severity)
        right.addStretch(1)

        content = QWidget()
        columns = QHBoxLayout(content)
        columns.addLayout(left, 3)
        columns.addSpacing(16)
        columns.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content), 1)

    def _new(self, soort: ObservationKind) -> dict[str, object]:
        return empty_observation(None, soort)

    def load(self, ws: Workspace) -> None:
        members = ws.detail.leden
        self.names = {m.persoon_id: m.naam for m in members}
        self.for_binding.set_items(person_choices(members))
        if members != self.member_views:
            self.member_views = members
            self._show_words([m for m in members if m.rol is MemberRole.JEUGDIGE])
        self.observations.model.refresh_errors()

    def _show_words(self, youths: list[MemberView]) -> None:
        """One box per jeugdige: question, wishes and dreams, never pre-filled. The boxes are
        kept and pointed at the next casus's children (making widgets is slow)."""
        while len(self.word_boxes) < len(youths):
            box = WordsBox(self.binder)
            self.word_boxes.append(box)
            self.words_layout.addWidget(box)
        for box, youth in zip(self.word_boxes, youths, strict=False):
            box.show_member(youth)
        for box in self.word_boxes[len(youths):]:
            box.show_member(None)
        self.no_youths.setVisible(not youths)


class WordsBox(QGroupBox):
    """The own words of one jeugdige."""

    FIELDS = (("vraag", "Vraag", "Wat wil %1 dat er verandert?"),
              ("wensen", "Wensen", "Wat wenst %1?"),
              ("dromen", "Dromen", "Waar droomt %1 van?"))

    def __init__(self, binder: Binder) -> None:
        super().__init__()
        grid = QGridLayout(self)
        self.bindings: list[tuple[TextBinding, str, str]] = []
        for row, (key, text, ask) in enumerate(self.FIELDS):
            edit = text_box(tr(text), 2)
            self.bindings.append((TextBinding(binder, edit, (key,), None), tr(text), tr(ask)))
            grid.addWidget(QLabel(tr(text) + ":"), row, 0)
            grid.addWidget(edit, row, 1)

    def show_member(self, member: MemberView | None) -> None:
        self.setVisible(member is not None)
        if member is None:
            for binding, _, _ in self.bindings:
                binding.rebind(None)
            return
        age = (tr(" (%1 jaar)").replace("%1", str(member.leeftijd))
               if member.leeftijd is not None else "")
        self.setTitle(member.naam + age)
        first = member.naam.split()[0]
        for binding, text, ask in self.bindings:
            binding.widget.setAccessibleName(f"{text} {member.naam}")
            binding.edit.setPlaceholderText(ask.replace("%1", first))
            binding.rebind((*VA, "eigen_woorden", member.persoon_id))

"""The casus at a glance (read-only): household, regie, the four steps, plan and history."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.vocabulary import CaseStatus, Law, ObservationKind, Provider, Step, Verwijzer
from casedesk.labels import label, label_of
from casedesk.services import cases
from casedesk.services.changes import Changes
from casedesk.services.dto import CaseDetail
from ui.context import AppContext
from ui.formatting import date_time, long_date, short_date

REMINDERS = {
    "veilig-thuis-aanspreekpunt-missing": "Veilig Thuis: leg vast wie aanspreekpunt is.",
    "veilig-thuis-planschrijver-missing": "Veilig Thuis: leg vast wie het plan schrijft.",
    "veilig-thuis-toezicht-missing": "Veilig Thuis: leg vast wie toeziet op de uitvoering.",
}


def read_only_table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeRowsToContents()


class StepIndicator(QWidget):
    """The four steps of casusregie in a row, the current one marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[Step, QLabel] = {}
        for step in Step:
            chip = QLabel(f"{step.number}  {label(step)}")
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setMinimumWidth(140)
            chip.setFixedHeight(30)
            self.labels[step] = chip
            layout.addWidget(chip)
        layout.addStretch(1)

    def show_step(self, current: Step, status: CaseStatus) -> None:
        for step, chip in self.labels.items():
            done = step.number < current.number or status is CaseStatus.GESLOTEN
            if step is current and status is not CaseStatus.GESLOTEN:
                style = "background:#1f5f8b;color:white;font-weight:bold;"
            elif done:
                style = "background:#d7e8f3;color:#1f3f55;"
            else:
                style = "background:#eeeeee;color:#666666;"
            chip.setStyleSheet(style + "border-radius:10px;padding:4px 10px;")
            chip.setAccessibleName(f"{label(step)}{' (huidige stap)' if step is current else ''}")


class CaseDetailView(QWidget):
    """Signals:
    loaded: after a casus has been shown.
    """

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.casus_id: str | None = None
        self.detail: CaseDetail | None = None

        self.title = QLabel()
        self.title.setStyleSheet("font-size:18pt;font-weight:bold;")
        self.subtitle = QLabel()
        self.steps = StepIndicator()
        self.reminders = QLabel()
        self.reminders.setWordWrap(True)
        self.reminders.setStyleSheet("color:#8a5a00;")

        self.facts = QFormLayout()
        self.fact_labels: dict[str, QLabel] = {}
        for key, text in (
            ("regisseur", "Casusregisseur"),
            ("stand_in", "Vervanger"),
            ("regime", "Regie"),
            ("verwijzer", "Verwijzer"),
            ("geopend", "Geopend op"),
            ("evaluatie", "Volgende evaluatie"),
            ("veiligheid", "Veiligheid"),
            ("plan", "Gezinsplan"),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = value
            self.facts.addRow(self.tr(text) + ":", value)
        facts_box = QFrame()
        facts_box.setLayout(self.facts)

        self.members = read_only_table(
            [
                self.tr(h)
                for h in (
                    "Naam",
                    "Rol",
                    "Geboortedatum",
                    "Leeftijd",
                    "Wordt 18 op",
                    "Gezag",
                    "BSN",
                    "Contact",
                )
            ]
        )
        self.network = read_only_table(
            [self.tr(h) for h in ("Naam", "Relatie", "Soort", "Organisatie", "Telefoon")]
        )
        self.analysis = read_only_table([self.tr(h) for h in ("Voor", "Zorg of kracht", "Tekst")])
        self.breadth = read_only_table([self.tr(h) for h in ("Levensgebied", "Notitie")])
        self.goals = read_only_table(
            [self.tr(h) for h in ("Doel (in eigen woorden)", "Voor", "Eindsituatie")]
        )
        self.help = read_only_table(
            [
                self.tr(h)
                for h in ("Hulp", "Aanbieder", "Soort", "Wet", "Start", "Eind", "Thuis mogelijk")
            ]
        )
        self.agreements = read_only_table([self.tr(h) for h in ("Wie", "Wat", "Wanneer", "Gedaan")])
        self.history = read_only_table(
            [self.tr(h) for h in ("Wanneer", "Wat", "Van", "Naar", "Reden")]
        )

        gezin = QWidget()
        gl = QVBoxLayout(gezin)
        gl.addWidget(QLabel(self.tr("<b>Gezinsleden</b>")))
        gl.addWidget(self.members, 2)
        gl.addWidget(QLabel(self.tr("<b>Netwerk</b>")))
        gl.addWidget(self.network, 1)
        analyse = QWidget()
        al = QVBoxLayout(analyse)
        self.aanleiding = QLabel(wordWrap=True)
        al.addWidget(self.aanleiding)
        al.addWidget(self.analysis, 2)
        al.addWidget(self.breadth, 1)
        middelen = QWidget()
        ml = QVBoxLayout(middelen)
        ml.addWidget(QLabel(self.tr("<b>Hulp en ondersteuning</b>")))
        ml.addWidget(self.help, 1)
        ml.addWidget(QLabel(self.tr("<b>Afspraken</b>")))
        ml.addWidget(self.agreements, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(gezin, self.tr("Gezin en netwerk"))
        self.tabs.addTab(analyse, self.tr("1. Vraaganalyse"))
        self.tabs.addTab(self.goals, self.tr("2. Resultaat"))
        self.tabs.addTab(middelen, self.tr("3. Middelen"))
        self.tabs.addTab(self.history, self.tr("Historie"))

        # Other capabilities (overlegtafel, 18+ plan, export) add their buttons here.
        self.actions_bar = QHBoxLayout()
        self.actions_bar.addStretch(1)

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addLayout(self.actions_bar)
        layout.addLayout(header)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.steps)
        layout.addWidget(self.reminders)
        layout.addWidget(facts_box)
        layout.addWidget(self.tabs, 1)
        ctx.events.changed.connect(self._on_changed)

    def add_case_action(self, text: str, handler: Callable[[str], None]) -> QPushButton:
        """A button in the casus header; ``handler`` gets the shown casus id."""
        button = QPushButton(text)
        button.clicked.connect(lambda: self.casus_id and handler(self.casus_id))
        self.actions_bar.addWidget(button)
        return button

    def show_case(self, casus_id: str) -> None:
        self.casus_id = casus_id
        self.ctx.run(
            cases.case_detail, casus_id, today=self.ctx.backend.today(), on_done=self._show
        )

    def _show(self, d: CaseDetail) -> None:
        self.detail = d
        self.title.setText(d.huishouden)
        self.subtitle.setText(f"{d.adres} · {d.gemeente} · {d.team}")
        self.steps.show_step(d.stap, d.status)
        self.reminders.setText("\n".join(self.tr(REMINDERS.get(r, r)) for r in d.regime_reminders))
        self.reminders.setVisible(bool(d.regime_reminders))
        f = self.fact_labels
        f["regisseur"].setText(
            " · ".join(x for x in (d.casusregisseur, d.casusregisseur_contact) if x)
        )
        f["stand_in"].setText(d.stand_in or "—")
        f["regime"].setText(label(d.regime))
        f["verwijzer"].setText(label_of(Verwijzer, d.verwijzer))
        f["geopend"].setText(
            long_date(d.geopend_op)
            + (self.tr(" — gesloten op ") + long_date(d.gesloten_op) if d.gesloten_op else "")
        )
        f["evaluatie"].setText(
            f"{long_date(d.volgende_evaluatie)} ({label(d.evaluatie)})"
            if d.volgende_evaluatie
            else "—"
        )
        f["veiligheid"].setText(label(d.veiligheid))
        f["plan"].setText(self.tr("%n akkoord-versie(s)", "", d.plan_versies))
        fill(
            self.members,
            [
                (
                    m.naam,
                    label(m.rol),
                    short_date(m.geboortedatum),
                    "" if m.leeftijd is None else str(m.leeftijd),
                    short_date(m.wordt_18_op),
                    self.tr("ja") if m.gezag else "",
                    m.bsn or "",
                    " · ".join(x for x in (m.telefoon, m.email) if x),
                )
                for m in d.leden
            ],
        )
        fill(
            self.network,
            [(n.naam, n.relatie, label(n.soort), n.organisatie, n.telefoon) for n in d.netwerk],
        )
        self.aanleiding.setText(self.tr("<b>Aanleiding:</b> ") + d.aanleiding)
        fill(
            self.analysis,
            [
                (o.voor or self.tr("Huishouden"), label_of(ObservationKind, o.soort), o.tekst)
                for o in d.observaties
            ],
        )
        fill(self.breadth, [(label(topic), note) for topic, note in d.breedte])
        fill(
            self.goals,
            [(g.omschrijving, g.voor or self.tr("Huishouden"), g.eindsituatie) for g in d.doelen],
        )
        fill(
            self.help,
            [
                (
                    m.omschrijving,
                    m.aanbieder,
                    label_of(Provider, m.soort_aanbieder),
                    label_of(Law, m.wet),
                    short_date(m.start),
                    short_date(m.eind),
                    self.tr("ja") if m.thuis_mogelijk else self.tr("nee"),
                )
                for m in d.middelen
            ],
        )
        fill(
            self.agreements,
            [
                (a.wie, a.wat, short_date(a.wanneer), self.tr("ja") if a.gedaan else "")
                for a in d.afspraken
            ],
        )
        fill(
            self.history,
            [(date_time(h.op), h.soort, h.van, h.naar, h.reden) for h in reversed(d.historie)],
        )
        self.loaded.emit()

    def _on_changed(self, changes: Changes) -> None:
        if self.casus_id and (changes.cases or changes.plans or changes.households):
            self.show_case(self.casus_id)

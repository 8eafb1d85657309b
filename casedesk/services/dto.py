"""Frozen data the services hand to the UI and the CLI: no live ORM objects ever leave a session,
so painting a table can never run SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from casedesk.domain.evaluation import EvaluationState
from casedesk.domain.vocabulary import (
    BreadthTopic,
    CaseStatus,
    MemberRole,
    NetworkKind,
    Regime,
    SafetyAssessment,
    Step,
)


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    casus_id: str
    huishouden: str
    gemeente: str
    team: str
    casusregisseur: str
    stap: Step
    status: CaseStatus
    regime: Regime
    geopend_op: date
    volgende_evaluatie: date | None
    evaluatie: EvaluationState
    wordt_18_op: date | None  # the soonest 18th birthday of a jeugdige in the household
    mine: bool
    in_scope: bool  # opens without breaking the glass (a search also lists the others)


@dataclass(frozen=True)
class CasePage:
    rows: tuple[CaseRow, ...]
    total: int  # when not ``counted``: a lower bound (one more than shown if the page is full)
    offset: int
    counted: bool = True


@dataclass(frozen=True)
class MemberView:
    persoon_id: str
    naam: str
    rol: MemberRole
    geboortedatum: date | None
    leeftijd: int | None
    wordt_18_op: date | None  # only for those still under 18
    bsn: str | None
    gezag: bool
    telefoon: str
    email: str


@dataclass(frozen=True)
class NetworkView:
    contact_id: str
    naam: str
    relatie: str
    soort: NetworkKind
    organisatie: str
    telefoon: str
    nabijheid: int


@dataclass(frozen=True)
class HistoryEntry:
    op: datetime
    soort: str
    van: str
    naar: str
    besluit: str
    reden: str
    door: str


@dataclass(frozen=True)
class GoalView:
    doel_id: str
    omschrijving: str
    eindsituatie: str
    voor: str  # member name, or "" for the whole household


@dataclass(frozen=True)
class MiddelView:
    middel_id: str
    omschrijving: str
    aanbieder: str
    soort_aanbieder: str
    wet: str
    start: date | None
    eind: date | None
    thuis_mogelijk: bool


@dataclass(frozen=True)
class AfspraakView:
    afspraak_id: str
    wie: str
    wat: str
    wanneer: date | None
    gedaan: bool
    bron: str


@dataclass(frozen=True)
class ObservationView:
    voor: str
    soort: str
    tekst: str


@dataclass(frozen=True)
class CaseDetail:
    casus_id: str
    huishouden_id: str
    huishouden: str
    adres: str
    gemeente: str
    team: str
    casusregisseur: str
    casusregisseur_contact: str
    stand_in: str
    verwijzer: str
    stap: Step
    status: CaseStatus
    regime: Regime
    regime_reminders: tuple[str, ...]
    geopend_op: date
    gesloten_op: date | None
    volgende_evaluatie: date | None
    evaluatie: EvaluationState
    aanleiding: str
    veiligheid: SafetyAssessment
    breedte: tuple[tuple[BreadthTopic, str], ...]
    leden: tuple[MemberView, ...]
    netwerk: tuple[NetworkView, ...]
    observaties: tuple[ObservationView, ...]
    doelen: tuple[GoalView, ...]
    middelen: tuple[MiddelView, ...]
    afspraken: tuple[AfspraakView, ...]
    historie: tuple[HistoryEntry, ...]
    plan_versies: int

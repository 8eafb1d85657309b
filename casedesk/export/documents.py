"""The documents casedesk prints, as plain frozen data.

The renderers in this package read only these classes, never the database:
``casedesk.services.documents`` fills them inside a session. ``GezinsplanInhoud`` is also the
frozen content of an agreed plan version (``PlanVersie.inhoud``, see ``casedesk.export.snapshot``),
so its fields may only be added with a default, never renamed or removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.vocabulary import (
    AgreementMethod,
    BreadthTopic,
    CaseStatus,
    Decision,
    Financing18,
    GoalResult,
    Law,
    MemberRole,
    NetworkKind,
    ObservationKind,
    Plan18Status,
    Provider,
    Regime,
    SafetyAssessment,
    Step,
    Theme18,
    ThemeStatus,
)

# --- shared parts ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Contact:
    naam: str
    organisatie: str = ""
    telefoon: str = ""
    email: str = ""


@dataclass(frozen=True)
class Actie:
    """Who does what by when (afspraken of a plan, a table's outcome, an 18+ theme)."""

    wat: str
    wie: str = ""
    wanneer: date | None = None
    gedaan: bool = False


@dataclass(frozen=True)
class Akkoord:
    """The family's agreement with a plan version."""

    door: str
    op: date
    wijze: AgreementMethod


# --- gezinsplan ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lid:
    naam: str
    rol: MemberRole
    geboortedatum: date | None = None
    gezag: bool = False


@dataclass(frozen=True)
class NetwerkLid:
    naam: str
    relatie: str
    soort: NetworkKind
    organisatie: str = ""
    telefoon: str = ""


@dataclass(frozen=True)
class Observatie:
    """A zorg or kracht; ``persoon`` is empty when it concerns the whole household."""

    soort: ObservationKind
    tekst: str
    persoon: str = ""


@dataclass(frozen=True)
class EigenWoorden:
    persoon: str
    vraag: str = ""
    wensen: str = ""
    dromen: str = ""


@dataclass(frozen=True)
class Vraaganalyse:
    aanleiding: str = ""
    breedte: tuple[tuple[BreadthTopic, str], ...] = ()
    veiligheid: SafetyAssessment = SafetyAssessment.NIET_BEOORDEELD
    veiligheid_toelichting: str = ""
    eigen_kracht: str = ""
    ernst: str = ""
    observaties: tuple[Observatie, ...] = ()
    eigen_woorden: tuple[EigenWoorden, ...] = ()


@dataclass(frozen=True)
class Doel:
    """A goal in the family's words; ``nummer`` (1, 2, …) links middelen and evaluations."""

    nummer: int
    omschrijving: str
    eindsituatie: str = ""
    persoon: str = ""  # empty: the whole household


@dataclass(frozen=True)
class Middel:
    omschrijving: str
    soort_aanbieder: Provider
    wet: Law
    aanbieder: str = ""
    productcode: str = ""
    start: date | None = None
    eind: date | None = None
    kosten_cent: int | None = None
    thuis_mogelijk: bool = True
    niet_thuis_reden: str = ""
    doel_nummer: int | None = None


@dataclass(frozen=True)
class DoelUitkomst:
    doel_nummer: int
    resultaat: GoalResult
    visie_gezin: str = ""
    visie_professional: str = ""


@dataclass(frozen=True)
class Toetsing:
    datum: date
    besluit: Decision | None = None
    toelichting: str = ""
    volgende_evaluatie: date | None = None
    doelen: tuple[DoelUitkomst, ...] = ()


@dataclass(frozen=True)
class VeiligThuisRollen:
    """The three afspraken when Veilig Thuis is involved (002 l.860-866)."""

    aanspreekpunt: str = ""
    planschrijver: str = ""
    toezicht: str = ""


@dataclass(frozen=True)
class GezinsplanInhoud:
    """What a gezinsplan says; frozen as JSON when the family agrees to a version."""

    huishouden: str
    gemeente: str
    team: str
    casusregisseur: Contact
    regime: Regime
    stap: Step
    status: CaseStatus
    geopend_op: date
    adres: str = ""
    stand_in: Contact | None = None
    vt_rollen: VeiligThuisRollen = VeiligThuisRollen()
    leden: tuple[Lid, ...] = ()
    netwerk: tuple[NetwerkLid, ...] = ()
    vraaganalyse: Vraaganalyse = Vraaganalyse()
    doelen: tuple[Doel, ...] = ()
    middelen: tuple[Middel, ...] = ()
    afspraken: tuple[Actie, ...] = ()
    toetsingen: tuple[Toetsing, ...] = ()
    afschaal_voorwaarden: str = ""
    volgende_evaluatie: date | None = None
    evaluatie_maanden: int = 3


@dataclass(frozen=True)
class GezinsplanDoc:
    """The professional gezinsplan. ``versie`` None is the current draft (concept)."""

    inhoud: GezinsplanInhoud
    gemaakt_op: date
    versie: int | None = None
    akkoord: Akkoord | None = None


@dataclass(frozen=True)
class GezinsplanGezinDoc:
    """The family's copy of the same plan, in plain Dutch (B1)."""

    plan: GezinsplanDoc


# --- toekomstplan 18+ ------------------------------------------------------------------------


@dataclass(frozen=True)
class Thema18:
    thema: Theme18
    status: ThemeStatus
    situatie: str = ""
    doel: str = ""
    financiering: Financing18 | None = None
    acties: tuple[Actie, ...] = ()


@dataclass(frozen=True)
class ChecklistPunt:
    """One thing that changes at 18 and who arranges it."""

    punt: str
    wie: str = ""
    gedaan: bool = False


@dataclass(frozen=True)
class Overdracht:
    """The warme overdracht: to whom, when, what was handed over."""

    organisatie: str = ""
    persoon: str = ""
    op: date | None = None
    inhoud: str = ""
    vaste_contactpersoon: str = ""


@dataclass(frozen=True)
class Plan18Doc:
    jongere: str
    huishouden: str
    gemeente: str
    casusregisseur: Contact
    status: Plan18Status
    gemaakt_op: date
    geboortedatum: date | None = None
    wordt_18_op: date | None = None
    gestart_op: date | None = None
    verlengd: bool = False
    verlengd_tot_leeftijd: int = 21
    themas: tuple[Thema18, ...] = ()
    checklist: tuple[ChecklistPunt, ...] = ()
    overdracht: Overdracht = Overdracht()
    akkoord_op: date | None = None
    akkoord_wijze: AgreementMethod | None = None
    akkoord_door: ConsentGiver | None = None
    waakvlam_tot: date | None = None


# --- overlegtafel ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Deelnemer:
    naam: str
    rol: str = ""
    aanwezig: bool | None = None  # None: not recorded (an agenda is made before the zitting)


@dataclass(frozen=True)
class Casuslabel:
    """How a casus is named at a table: by household, or anonymised to a number, ages and place.

    For an anonymising table the service leaves ``huishouden`` empty: the name never reaches
    the document.
    """

    nummer: int
    huishouden: str = ""
    leeftijden: tuple[int, ...] = ()  # of the jeugdigen
    gemeente: str = ""


@dataclass(frozen=True)
class AgendaPunt:
    begin: time
    einde: time
    casus: Casuslabel
    vraag: str
    ingebracht_door: str = ""
    documenten: tuple[str, ...] = ()
    gezin_aanwezig: bool = False


@dataclass(frozen=True)
class AgendaDoc:
    tafel: str
    tafel_doel: str
    start: datetime
    gemaakt_op: date
    uitgifte: int  # the how-manieth issue of this agenda: 1 on first export
    plaats: str = ""
    voorzitter: str = ""
    secretaris: str = ""
    deelnemers: tuple[Deelnemer, ...] = ()
    geanonimiseerd: bool = False
    punten: tuple[AgendaPunt, ...] = ()


@dataclass(frozen=True)
class VerslagPunt:
    casus: Casuslabel
    vraag: str
    advies: str = ""
    conclusie_gezin: str = ""
    afspraken: tuple[Actie, ...] = ()
    ingebracht_door: str = ""


@dataclass(frozen=True)
class VerslagDoc:
    tafel: str
    gemaakt_op: date
    uitgifte: int
    start: datetime | None = None  # None: the aanmelding was not (yet) in a zitting
    plaats: str = ""
    voorzitter: str = ""
    secretaris: str = ""
    deelnemers: tuple[Deelnemer, ...] = ()
    geanonimiseerd: bool = False
    punten: tuple[VerslagPunt, ...] = ()


# --- inzage (AVG access request) -------------------------------------------------------------

InzageWaarde = str | int | bool | date | datetime | None


@dataclass(frozen=True)
class InzageRecord:
    """One stored row, every column as stored. ``soort`` is the table name (e.g. "doel")."""

    soort: str
    velden: tuple[tuple[str, InzageWaarde], ...]


@dataclass(frozen=True)
class InzageLog:
    """One audit-log entry concerning the person: who looked at or changed what, when."""

    op: datetime
    wie: str
    actie: str
    soort: str


@dataclass(frozen=True)
class InzageDoc:
    persoon: str
    geboortedatum: date | None
    gemaakt_op: date
    uitgifte: int
    records: tuple[InzageRecord, ...] = ()
    logboek: tuple[InzageLog, ...] = ()


Document = GezinsplanDoc | GezinsplanGezinDoc | Plan18Doc | AgendaDoc | VerslagDoc | InzageDoc

"""Frozen data of the overlegtafel services.

Two audiences, two shapes. The casusregisseur sees her own casus (``AanmeldingForm``,
``MyAanmelding``). The tafelsecretaris sees what an aanmelding holds and nothing else
(``TableAanmelding`` and what is built from it): it has no casus id, no household, no address,
only the summary the submitter chose to share (need-to-know, domain brief "Privacy").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.tables import Action, Capacity, TableDefinition
from casedesk.domain.vocabulary import AanmeldingStatus, LegalGround

# --- tables ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableInfo:
    tafel_id: str
    definition: TableDefinition

    @property
    def naam(self) -> str:
        return self.definition.name


# --- the casusregisseur's side ---------------------------------------------------------------


class FragmentKind(StrEnum):
    """What a casusregisseur may choose to share with a table, piece by piece."""

    LID = "lid"  # a member's role and age
    DOEL = "doel"
    OBSERVATIE = "observatie"
    MIDDEL = "middel"


@dataclass(frozen=True)
class Fragment:
    """One piece of the casus, as a table would read it: by name, or anonymised."""

    key: str  # "<kind>:<row id>"
    soort: FragmentKind
    tekst: str
    tekst_anoniem: str


@dataclass(frozen=True)
class Jeugdige:
    persoon_id: str
    naam: str
    leeftijd: int | None


@dataclass(frozen=True)
class ConsentOption:
    toestemming_id: str
    doel: str
    ontvanger: str  # a table code or e.g. "huisarts"
    gegeven_door: ConsentGiver
    namen: str
    gegeven_op: date
    geldig_tot: date | None
    ingetrokken_op: date | None


@dataclass(frozen=True)
class DocumentRef:
    """A document the aanmelding points to: its kind (as the table names it) and a reference
    (file name or document-system number); the file itself is not copied."""

    soort: str
    naam: str


@dataclass(frozen=True)
class NewConsent:
    gegeven_door: ConsentGiver
    namen: str
    gegeven_op: date
    geldig_tot: date | None = None


@dataclass(frozen=True)
class AanmeldingDraft:
    """What the casusregisseur filled in; ``aanmelding_id`` None makes a new aanmelding."""

    casus_id: str
    tafel_id: str
    vraag: str
    jeugdige_id: str | None = None
    fragment_keys: tuple[str, ...] = ()
    documenten: tuple[DocumentRef, ...] = ()
    toestemming_id: str | None = None
    grondslag: LegalGround | None = None
    grondslag_reden: str = ""
    aanmelding_id: str | None = None


@dataclass(frozen=True)
class AanmeldingForm:
    """Everything the form needs to prepare an aanmelding from a casus."""

    casus_id: str
    huishouden: str
    gemeente: str
    vandaag: date
    indiener_rollen: tuple[str, ...]  # what the table's "who may submit" is checked against
    tables: tuple[TableInfo, ...]
    jeugdigen: tuple[Jeugdige, ...]
    fragments: tuple[Fragment, ...]
    consents: tuple[ConsentOption, ...]
    draft: AanmeldingDraft | None = None  # an aanmelding being edited again


@dataclass(frozen=True)
class MyAanmelding:
    """An aanmelding as its casusregisseur follows it."""

    aanmelding_id: str
    casus_id: str
    huishouden: str
    tafel_id: str
    tafel: str
    status: AanmeldingStatus
    vraag: str
    samenvatting: str
    ingediend_op: datetime | None
    zitting_start: datetime | None
    reden_niet_ontvankelijk: str
    advies: str
    conclusie_gezin: str
    afspraken: tuple[Action, ...]


@dataclass(frozen=True)
class Following:
    """The casusregisseur's list of aanmeldingen, after receiving what came back."""

    aanmeldingen: tuple[MyAanmelding, ...]
    in_casus: frozenset[str]  # aanmeldingen whose outcome is in the casus on this device
    received: tuple[str, ...]  # aanmeldingen whose outcome was received just now


# --- the tafelsecretaris's side --------------------------------------------------------------


@dataclass(frozen=True)
class SharingBasis:
    """Why the table may see the aanmelding: a consent (who, from when, until when) or a
    legal ground with its reason. Names of who consented stay with the casus."""

    toestemming_door: ConsentGiver | None = None
    toestemming_op: date | None = None
    toestemming_tot: date | None = None
    toestemming_ingetrokken: date | None = None
    grondslag: LegalGround | None = None
    grondslag_reden: str = ""


@dataclass(frozen=True)
class TableAanmelding:
    """An aanmelding as the table sees it: built from the aanmelding, its table and zitting,
    its consent record and who submitted it — never from the casus or household."""

    aanmelding_id: str
    tafel_id: str
    status: AanmeldingStatus
    onderwerp: str  # the summary's first line: who it is about, named or anonymised
    vraag: str
    samenvatting: str
    documenten: tuple[DocumentRef, ...]
    deelbasis: SharingBasis
    ingediend_door: str
    ingediend_door_contact: str
    ingediend_op: datetime | None
    reden_niet_ontvankelijk: str
    zitting_id: str | None
    zitting_start: datetime | None
    agenda_positie: int
    advies: str
    conclusie_gezin: str
    afspraken: tuple[Action, ...]


@dataclass(frozen=True)
class ZittingRow:
    zitting_id: str
    start: datetime
    plaats: str
    planned: int
    slots: int

    @property
    def capacity(self) -> Capacity:
        return Capacity(self.slots, self.planned)


@dataclass(frozen=True)
class Deelnemer:
    naam: str
    rol: str
    aanwezig: bool | None = None  # None: not recorded yet


@dataclass(frozen=True)
class AgendaItem:
    begin: time
    einde: time
    aanmelding: TableAanmelding


@dataclass(frozen=True)
class ZittingView:
    zitting_id: str
    table: TableInfo
    start: datetime
    plaats: str
    voorzitter: str
    secretaris: str
    deelnemers: tuple[Deelnemer, ...]
    slots: int
    items: tuple[AgendaItem, ...]

    @property
    def capacity(self) -> Capacity:
        return Capacity(self.slots, len(self.items))


@dataclass(frozen=True)
class Inbox:
    table: TableInfo
    items: tuple[TableAanmelding, ...]
    zittingen: tuple[ZittingRow, ...]  # upcoming, to plan into


@dataclass(frozen=True)
class Planning:
    table: TableInfo
    zittingen: tuple[ZittingRow, ...]  # every zitting of the table, oldest first
    te_plannen: tuple[TableAanmelding, ...]  # ontvankelijk, not yet in a zitting
    now: datetime

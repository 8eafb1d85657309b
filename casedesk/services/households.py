"""Aanmelding → casus: registering a household with its members and netwerk, opening a casus,
and warning about a household that is probably registered already."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from casedesk.domain import regie
from casedesk.domain.bsn import checked_bsn
from casedesk.domain.evaluation import next_evaluation
from casedesk.domain.vocabulary import CaseStatus, MemberRole, NetworkKind, Regime, Step, Verwijzer
from casedesk.errors import InvalidInput, NotFound, ValidationError
from casedesk.store import audit
from casedesk.store.models import (
    Casus,
    Gemeente,
    Huishouden,
    NetwerkContact,
    Persoon,
    StapLog,
    Team,
)


@dataclass(frozen=True)
class MemberInput:
    voornaam: str
    achternaam: str
    rol: MemberRole
    tussenvoegsel: str = ""
    geboortedatum: date | None = None
    bsn: str = ""
    gezag: bool = False
    telefoon: str = ""
    email: str = ""


@dataclass(frozen=True)
class NetworkInput:
    naam: str
    relatie: str
    soort: NetworkKind
    organisatie: str = ""
    telefoon: str = ""
    nabijheid: int = 2


@dataclass(frozen=True)
class HouseholdInput:
    naam: str
    gemeente_id: str
    team_id: str
    straat: str = ""
    postcode: str = ""
    woonplaats: str = ""
    telefoon: str = ""
    leden: tuple[MemberInput, ...] = ()
    netwerk: tuple[NetworkInput, ...] = field(default_factory=tuple)


def validate_member(member: MemberInput, today: date, prefix: str = "") -> list[ValidationError]:
    errors: list[ValidationError] = []
    if not member.voornaam.strip():
        errors.append(ValidationError(prefix + "voornaam", "required", "first name is required"))
    if not member.achternaam.strip():
        errors.append(ValidationError(prefix + "achternaam", "required", "surname is required"))
    if member.geboortedatum is not None and member.geboortedatum > today:
        errors.append(
            ValidationError(
                prefix + "geboortedatum", "future-date", "birth date lies in the future"
            )
        )
    try:
        checked_bsn(member.bsn)
    except ValidationError as error:
        errors.append(ValidationError(prefix + "bsn", error.code, str(error)))
    return errors


def validate_household(data: HouseholdInput, today: date) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if not data.naam.strip():
        errors.append(ValidationError("naam", "required", "the household needs a name"))
    for i, member in enumerate(data.leden):
        errors.extend(validate_member(member, today, prefix=f"leden.{i}."))
    for i, contact in enumerate(data.netwerk):
        if not contact.naam.strip():
            errors.append(ValidationError(f"netwerk.{i}.naam", "required", "name is required"))
    return errors


def register_household(session: Session, data: HouseholdInput, *, today: date) -> str:
    errors = validate_household(data, today)
    if errors:
        raise InvalidInput(errors)
    for model, key in ((Gemeente, data.gemeente_id), (Team, data.team_id)):
        if session.get(model, key) is None:
            raise NotFound(f"no {model.__tablename__} {key}")
    household = Huishouden(
        naam=data.naam.strip(),
        gemeente_id=data.gemeente_id,
        team_id=data.team_id,
        straat=data.straat,
        postcode=data.postcode.upper(),
        woonplaats=data.woonplaats,
        telefoon=data.telefoon,
    )
    session.add(household)
    session.flush()
    for member in data.leden:
        add_member(session, household.id, member, today=today)
    for contact in data.netwerk:
        add_network_contact(session, household.id, contact)
    audit.record(session, "create", "huishouden", household.id)
    return household.id


def add_member(session: Session, household_id: str, member: MemberInput, *, today: date) -> str:
    errors = validate_member(member, today)
    if errors:
        raise InvalidInput(errors)
    person = Persoon(
        huishouden_id=household_id,
        voornaam=member.voornaam.strip(),
        tussenvoegsel=member.tussenvoegsel.strip(),
        achternaam=member.achternaam.strip(),
        geboortedatum=member.geboortedatum,
        bsn=checked_bsn(member.bsn),
        rol=member.rol.value,
        gezag=member.gezag,
        telefoon=member.telefoon,
        email=member.email,
    )
    session.add(person)
    session.flush()
    return person.id


def add_network_contact(session: Session, household_id: str, contact: NetworkInput) -> str:
    if not contact.naam.strip():
        raise InvalidInput([ValidationError("naam", "required", "name is required")])
    row = NetwerkContact(
        huishouden_id=household_id,
        naam=contact.naam.strip(),
        relatie=contact.relatie,
        soort=contact.soort.value,
        organisatie=contact.organisatie,
        telefoon=contact.telefoon,
        nabijheid=min(max(contact.nabijheid, 1), 3),
    )
    session.add(row)
    session.flush()
    return row.id


@dataclass(frozen=True)
class OpenCaseInput:
    huishouden_id: str
    casusregisseur_id: str
    verwijzer: Verwijzer
    verwijzer_toelichting: str = ""
    aanleiding: str = ""
    stand_in_id: str | None = None


def open_case(session: Session, data: OpenCaseInput, *, today: date, actor: str) -> str:
    household = session.get(Huishouden, data.huishouden_id)
    if household is None or household.deleted_at is not None:
        raise NotFound(f"no household {data.huishouden_id}")
    regie.require_casusregisseur(data.casusregisseur_id)
    gemeente = session.get(Gemeente, household.gemeente_id)
    months = gemeente.evaluatie_maanden if gemeente else 3
    casus = Casus(
        huishouden_id=household.id,
        team_id=household.team_id,
        gemeente_id=household.gemeente_id,
        casusregisseur_id=data.casusregisseur_id,
        stand_in_id=data.stand_in_id,
        verwijzer=data.verwijzer.value,
        verwijzer_toelichting=data.verwijzer_toelichting,
        status=CaseStatus.OPEN.value,
        stap=Step.VRAAGANALYSE.value,
        regime=Regime.LOKAAL_VRIJWILLIG.value,
        geopend_op=today,
        volgende_evaluatie=next_evaluation(today, months),
        aanleiding=data.aanleiding,
    )
    session.add(casus)
    session.flush()
    session.add(
        StapLog(
            casus_id=casus.id,
            soort="geopend",
            naar=Step.VRAAGANALYSE.value,
            reden=data.verwijzer.value,
            door=actor,
            op=session.info["now"](),
        )
    )
    audit.record(session, "create", "casus", casus.id)
    return casus.id


@dataclass(frozen=True)
class PossibleDuplicate:
    huishouden_id: str
    naam: str
    adres: str
    reden: str  # "bsn" | "naam-postcode" | "naam-geboortedatum"


def likely_duplicates(session: Session, data: HouseholdInput) -> list[PossibleDuplicate]:
    """Households that are probably the same family: a shared BSN, the same surname at the same
    postcode, or a member with the same name and birth date. A warning, never a block."""
    found: dict[str, PossibleDuplicate] = {}

    def note(h: Huishouden, reason: str) -> None:
        found.setdefault(
            h.id,
            PossibleDuplicate(
                h.id, h.naam, f"{h.straat}, {h.postcode} {h.woonplaats}".strip(", "), reason
            ),
        )

    live = Huishouden.deleted_at.is_(None)
    bsns = [b for m in data.leden if (b := _safe_bsn(m.bsn))]
    if bsns:
        for h in session.scalars(
            select(Huishouden)
            .join(Persoon)
            .where(live, Persoon.bsn.in_(bsns), Persoon.deleted_at.is_(None))
        ):
            note(h, "bsn")
    surnames = {m.achternaam.strip().lower() for m in data.leden if m.achternaam.strip()}
    if data.postcode.strip() and surnames:
        for h in session.scalars(
            select(Huishouden)
            .join(Persoon)
            .where(
                live,
                func.replace(Huishouden.postcode, " ", "")
                == data.postcode.replace(" ", "").upper(),
                func.lower(Persoon.achternaam).in_(surnames),
            )
        ):
            note(h, "naam-postcode")
    pairs = [
        (m.achternaam.strip().lower(), m.voornaam.strip().lower(), m.geboortedatum)
        for m in data.leden
        if m.geboortedatum
    ]
    if pairs:
        conditions = [
            (func.lower(Persoon.achternaam) == a)
            & (func.lower(Persoon.voornaam) == v)
            & (Persoon.geboortedatum == d)
            for a, v, d in pairs
        ]
        for h in session.scalars(select(Huishouden).join(Persoon).where(live, or_(*conditions))):
            note(h, "naam-geboortedatum")
    return list(found.values())


def _safe_bsn(text: str) -> str | None:
    try:
        return checked_bsn(text)
    except ValidationError:
        return None

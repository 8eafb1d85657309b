"""Aanmelding → casus, and the household afterwards.

Registering a household with its members and netwerk, finding one, opening a casus on it (one
open casus per household: één gezin, één plan), warning about a household that is probably
registered already, and keeping members and netwerk up to date. Removing a member or contact
tombstones the row (``deleted_at``), so the removal syncs and history keeps its references.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import exists, func, literal_column, select
from sqlalchemy.orm import Session

from casedesk.domain import regie
from casedesk.domain.bsn import checked_bsn
from casedesk.domain.dates import age_on, birthday
from casedesk.domain.evaluation import next_evaluation
from casedesk.domain.vocabulary import (
    CaseStatus,
    MemberRole,
    NetworkKind,
    Regime,
    Role,
    Step,
    Verwijzer,
)
from casedesk.errors import InvalidInput, NotFound, RuleViolation, ValidationError
from casedesk.services.dto import NetworkView
from casedesk.store import audit
from casedesk.store.models import (
    Casus,
    Gemeente,
    Huishouden,
    NetwerkContact,
    Persoon,
    Professional,
    StapLog,
    Team,
)
from casedesk.store.search import search_casus_rowids

CLOSENESS = (1, 2, 3)  # 1 close .. 3 far: the rings of the netwerkkaart
LIVE_CASE = (CaseStatus.OPEN.value, CaseStatus.WAAKVLAM.value)
SEARCH_LIMIT = 50


# --- input ----------------------------------------------------------------------------------


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


@dataclass(frozen=True)
class HouseholdFields:
    """What can be edited of a registered household (gemeente and team move with a casus)."""

    naam: str
    straat: str = ""
    postcode: str = ""
    woonplaats: str = ""
    telefoon: str = ""


@dataclass(frozen=True)
class OpenCaseInput:
    huishouden_id: str
    casusregisseur_id: str
    verwijzer: Verwijzer
    verwijzer_toelichting: str = ""
    aanleiding: str = ""
    stand_in_id: str | None = None


# --- validation -----------------------------------------------------------------------------

POSTCODE = re.compile(r"^(\d{4})\s*([A-Za-z]{2})$")


def normalize_postcode(text: str) -> str:
    """ "1234ab" becomes "1234 AB"; anything else is kept as typed (validation reports it)."""
    match = POSTCODE.match(text.strip())
    return f"{match.group(1)} {match.group(2).upper()}" if match else text.strip()


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
    if member.email.strip() and "@" not in member.email:
        errors.append(ValidationError(prefix + "email", "invalid-email", "not an e-mail address"))
    return errors


def validate_contact(contact: NetworkInput, prefix: str = "") -> list[ValidationError]:
    errors: list[ValidationError] = []
    if not contact.naam.strip():
        errors.append(ValidationError(prefix + "naam", "required", "name is required"))
    if contact.nabijheid not in CLOSENESS:
        errors.append(
            ValidationError(prefix + "nabijheid", "out-of-range", "closeness is 1, 2 or 3")
        )
    return errors


def validate_address(data: HouseholdInput | HouseholdFields) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if not data.naam.strip():
        errors.append(ValidationError("naam", "required", "the household needs a name"))
    if data.postcode.strip() and not POSTCODE.match(data.postcode.strip()):
        errors.append(ValidationError("postcode", "invalid-postcode", "a postcode is 1234 AB"))
    return errors


def validate_household(data: HouseholdInput, today: date) -> list[ValidationError]:
    errors = validate_address(data)
    if not data.gemeente_id:
        errors.append(ValidationError("gemeente_id", "required", "the gemeente is required"))
    if not data.team_id:
        errors.append(ValidationError("team_id", "required", "the team is required"))
    if not data.leden:
        errors.append(ValidationError("leden", "no-members", "register at least one member"))
    for i, member in enumerate(data.leden):
        errors.extend(validate_member(member, today, prefix=f"leden.{i}."))
    for i, contact in enumerate(data.netwerk):
        errors.extend(validate_contact(contact, prefix=f"netwerk.{i}."))
    return errors


def _raise_if(errors: list[ValidationError]) -> None:
    if errors:
        raise InvalidInput(errors)


# --- registering and opening ----------------------------------------------------------------


def register_household(session: Session, data: HouseholdInput, *, today: date) -> str:
    _raise_if(validate_household(data, today))
    for model, key in ((Gemeente, data.gemeente_id), (Team, data.team_id)):
        if session.get(model, key) is None:
            raise NotFound(f"no {model.__tablename__} {key}")
    household = Huishouden(
        naam=data.naam.strip(),
        gemeente_id=data.gemeente_id,
        team_id=data.team_id,
        straat=data.straat.strip(),
        postcode=normalize_postcode(data.postcode),
        woonplaats=data.woonplaats.strip(),
        telefoon=data.telefoon.strip(),
    )
    session.add(household)
    session.flush()
    for member in data.leden:
        add_member(session, household.id, member, today=today)
    for contact in data.netwerk:
        add_network_contact(session, household.id, contact)
    audit.record(session, "create", "huishouden", household.id)
    return household.id


def _live_household(session: Session, household_id: str) -> Huishouden:
    household = session.get(Huishouden, household_id)
    if household is None or household.deleted_at is not None:
        raise NotFound(f"no household {household_id}")
    return household


def _person_row(person: Persoon, member: MemberInput) -> None:
    person.voornaam = member.voornaam.strip()
    person.tussenvoegsel = member.tussenvoegsel.strip()
    person.achternaam = member.achternaam.strip()
    person.geboortedatum = member.geboortedatum
    person.bsn = checked_bsn(member.bsn)
    person.rol = member.rol.value
    person.gezag = member.gezag
    person.telefoon = member.telefoon.strip()
    person.email = member.email.strip()


def add_member(session: Session, household_id: str, member: MemberInput, *, today: date) -> str:
    _raise_if(validate_member(member, today))
    _live_household(session, household_id)
    person = Persoon(huishouden_id=household_id)
    _person_row(person, member)
    session.add(person)
    session.flush()
    audit.record(session, "create", "persoon", person.id, {"huishouden": household_id})
    return person.id


def _contact_row(row: NetwerkContact, contact: NetworkInput) -> None:
    row.naam = contact.naam.strip()
    row.relatie = contact.relatie.strip()
    row.soort = contact.soort.value
    row.organisatie = contact.organisatie.strip()
    row.telefoon = contact.telefoon.strip()
    row.nabijheid = contact.nabijheid


def add_network_contact(session: Session, household_id: str, contact: NetworkInput) -> str:
    _raise_if(validate_contact(contact))
    _live_household(session, household_id)
    row = NetwerkContact(huishouden_id=household_id)
    _contact_row(row, contact)
    session.add(row)
    session.flush()
    return row.id


def open_case(session: Session, data: OpenCaseInput, *, today: date, actor: str) -> str:
    household = _live_household(session, data.huishouden_id)
    running = session.scalar(
        select(Casus.id).where(
            Casus.huishouden_id == household.id,
            Casus.deleted_at.is_(None),
            Casus.status.in_(LIVE_CASE),
        )
    )
    if running is not None:
        raise RuleViolation(
            "open-case-exists",
            f"household {household.id} already has casus {running}: one family, one plan",
        )
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
        verwijzer_toelichting=data.verwijzer_toelichting.strip(),
        status=CaseStatus.OPEN.value,
        stap=Step.VRAAGANALYSE.value,
        regime=Regime.LOKAAL_VRIJWILLIG.value,
        geopend_op=today,
        volgende_evaluatie=next_evaluation(today, months),
        aanleiding=data.aanleiding.strip(),
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
class CaseOpening:
    """The casus half of an aanmelding, as the form has it (the verwijzer may be unchosen)."""

    casusregisseur_id: str
    verwijzer: Verwijzer | None
    verwijzer_toelichting: str = ""
    aanleiding: str = ""


def validate_case_opening(case: CaseOpening) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if case.verwijzer is None:
        errors.append(ValidationError("verwijzer", "required", "the verwijzer is required"))
    if not case.casusregisseur_id:
        errors.append(
            ValidationError("casusregisseur_id", "required", "the casusregisseur is required")
        )
    return errors


@dataclass(frozen=True)
class Registered:
    huishouden_id: str
    casus_id: str


def register_and_open(
    session: Session, household: HouseholdInput, case: CaseOpening, *, today: date
) -> Registered:
    """The whole aanmelding in one transaction: never a household without its casus."""
    _raise_if(validate_household(household, today) + validate_case_opening(case))
    household_id = register_household(session, household, today=today)
    return Registered(household_id, open_case_for(session, household_id, case, today=today))


def open_case_for(session: Session, household_id: str, case: CaseOpening, *, today: date) -> str:
    """An aanmelding for a household that is registered already."""
    _raise_if(validate_case_opening(case))
    assert case.verwijzer is not None
    return open_case(
        session,
        OpenCaseInput(
            household_id,
            case.casusregisseur_id,
            case.verwijzer,
            case.verwijzer_toelichting,
            case.aanleiding,
        ),
        today=today,
        actor=session.info["actor"],
    )


# --- what the aanmelding form offers --------------------------------------------------------


@dataclass(frozen=True)
class TeamChoice:
    team_id: str
    naam: str
    gemeente_id: str


@dataclass(frozen=True)
class RegisseurChoice:
    professional_id: str
    naam: str
    team_id: str | None


@dataclass(frozen=True)
class RegistrationChoices:
    gemeenten: tuple[tuple[str, str], ...]  # (id, naam) by name
    teams: tuple[TeamChoice, ...]
    regisseurs: tuple[RegisseurChoice, ...]
    me: str
    my_team_id: str | None


def registration_choices(session: Session, *, me: str) -> RegistrationChoices:
    professional = session.get(Professional, me)
    return RegistrationChoices(
        gemeenten=tuple(
            (g.id, g.naam) for g in session.scalars(select(Gemeente).order_by(Gemeente.naam))
        ),
        teams=tuple(
            TeamChoice(t.id, t.naam, t.gemeente_id)
            for t in session.scalars(select(Team).order_by(Team.naam))
        ),
        regisseurs=tuple(
            RegisseurChoice(p.id, p.naam, p.team_id)
            for p in session.scalars(
                select(Professional)
                .where(Professional.deleted_at.is_(None))
                .order_by(Professional.naam)
            )
            if Role.CASUSREGISSEUR.value in p.rollen or p.id == me
        ),
        me=me,
        my_team_id=professional.team_id if professional else None,
    )


# --- finding a household --------------------------------------------------------------------


@dataclass(frozen=True)
class HouseholdMatch:
    huishouden_id: str
    naam: str
    adres: str
    gemeente: str
    leden: str  # "Emma (12), Daan (41)"
    lopende_casus_id: str | None  # the open or waakvlam casus, if any


_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def find_households(
    session: Session, text: str, *, today: date, limit: int = SEARCH_LIMIT
) -> tuple[HouseholdMatch, ...]:
    """Households matching a name fragment, birth date, BSN or address.

    Households with a casus are found through the full-text index (one row per casus); a
    household registered without one is not in that index, so those few are matched directly.
    """
    if not text.strip():
        return ()
    rowids = search_casus_rowids(session, text, limit=limit * 2)
    ordered: dict[str, None] = {}
    if rowids:
        rank = {rowid: i for i, rowid in enumerate(rowids)}
        result: Any = session.execute(
            select(literal_column("casus.rowid"), Casus.huishouden_id).where(
                literal_column("casus.rowid").in_(rowids)
            )
        )
        found = [(int(row[0]), str(row[1])) for row in result]
        for _, household_id in sorted(found, key=lambda r: rank[r[0]]):
            ordered.setdefault(household_id)
    for household_id in _households_without_case(session, text, limit):
        ordered.setdefault(household_id)
    ids = list(ordered)[:limit]
    return tuple(_match(session, household_id, today) for household_id in ids)


def fold(text: str) -> str:
    """Lower case without diacritics, for comparing what people type ("ozturk" = "Öztürk").
    SQLite's own ``lower()`` and ``LIKE`` fold ASCII only, so names are compared here."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ı", "i")


def _households_without_case(session: Session, text: str, limit: int) -> list[str]:
    words = []
    for word in text.split():
        dutch = _DUTCH_DATE.match(word)
        if dutch:
            day, month, year = dutch.groups()
            word = f"{year}-{int(month):02d}-{int(day):02d}"
        words.append(fold(word))
    households = session.scalars(
        select(Huishouden)
        .where(
            Huishouden.deleted_at.is_(None),
            ~exists().where(Casus.huishouden_id == Huishouden.id, Casus.deleted_at.is_(None)),
        )
        .order_by(Huishouden.naam)
    ).all()
    haystacks = {
        h.id: [h.naam, h.straat, h.postcode, h.postcode.replace(" ", ""), h.woonplaats]
        for h in households
    }
    for p in session.scalars(
        select(Persoon).where(
            Persoon.huishouden_id.in_(list(haystacks)), Persoon.deleted_at.is_(None)
        )
    ):
        born = p.geboortedatum.isoformat() if p.geboortedatum else ""
        haystacks[p.huishouden_id] += [_full_name(p), p.bsn or "", born]
    found = []
    for household_id, parts in haystacks.items():
        folded = fold(" ".join(parts))
        if all(word in folded for word in words):
            found.append(household_id)
    return found[:limit]


def _address(h: Huishouden) -> str:
    return ", ".join(x for x in (h.straat, f"{h.postcode} {h.woonplaats}".strip()) if x)


def _full_name(p: Persoon) -> str:
    return " ".join(x for x in (p.voornaam, p.tussenvoegsel, p.achternaam) if x)


def _match(session: Session, household_id: str, today: date) -> HouseholdMatch:
    h = _live_household(session, household_id)
    gemeente = session.get(Gemeente, h.gemeente_id)
    members = session.scalars(
        select(Persoon)
        .where(Persoon.huishouden_id == h.id, Persoon.deleted_at.is_(None))
        .order_by(Persoon.geboortedatum)
    )
    running = session.scalar(
        select(Casus.id).where(
            Casus.huishouden_id == h.id, Casus.deleted_at.is_(None), Casus.status.in_(LIVE_CASE)
        )
    )
    return HouseholdMatch(
        h.id,
        h.naam,
        _address(h),
        gemeente.naam if gemeente else "",
        ", ".join(
            f"{p.voornaam} ({age_on(p.geboortedatum, today)})" if p.geboortedatum else p.voornaam
            for p in members
        ),
        running,
    )


# --- likely duplicates ----------------------------------------------------------------------


@dataclass(frozen=True)
class PossibleDuplicate:
    huishouden_id: str
    naam: str
    adres: str
    reden: str  # "bsn" | "naam-postcode" | "naam-geboortedatum"
    lopende_casus_id: str | None = None


def likely_duplicates(session: Session, data: HouseholdInput) -> list[PossibleDuplicate]:
    """Households that are probably the same family: a shared BSN, the same surname at the same
    postcode, or a member with the same name and birth date. A warning, never a block."""
    found: dict[str, PossibleDuplicate] = {}

    def note(h: Huishouden, reason: str) -> None:
        if h.id in found:
            return
        running = session.scalar(
            select(Casus.id).where(
                Casus.huishouden_id == h.id,
                Casus.deleted_at.is_(None),
                Casus.status.in_(LIVE_CASE),
            )
        )
        found[h.id] = PossibleDuplicate(h.id, h.naam, _address(h), reason, running)

    live = Huishouden.deleted_at.is_(None)
    bsns = [b for m in data.leden if (b := _safe_bsn(m.bsn))]
    if bsns:
        for h in session.scalars(
            select(Huishouden)
            .join(Persoon)
            .where(live, Persoon.bsn.in_(bsns), Persoon.deleted_at.is_(None))
        ):
            note(h, "bsn")
    surnames = {fold(m.achternaam.strip()) for m in data.leden if m.achternaam.strip()}
    if data.postcode.strip() and surnames:
        for h, achternaam in session.execute(
            select(Huishouden, Persoon.achternaam)
            .join(Persoon)
            .where(
                live,
                Persoon.deleted_at.is_(None),
                func.replace(Huishouden.postcode, " ", "")
                == data.postcode.replace(" ", "").upper(),
            )
        ):
            if fold(achternaam) in surnames:
                note(h, "naam-postcode")
    people = {
        (fold(m.achternaam.strip()), fold(m.voornaam.strip()), m.geboortedatum)
        for m in data.leden
        if m.geboortedatum
    }
    if people:
        for h, voornaam, achternaam, born in session.execute(
            select(Huishouden, Persoon.voornaam, Persoon.achternaam, Persoon.geboortedatum)
            .join(Persoon)
            .where(
                live,
                Persoon.deleted_at.is_(None),
                Persoon.geboortedatum.in_({d for _, _, d in people}),
            )
        ):
            if (fold(achternaam), fold(voornaam), born) in people:
                note(h, "naam-geboortedatum")
    return list(found.values())


def registration_check(
    session: Session, data: HouseholdInput, case: CaseOpening, *, today: date
) -> tuple[PossibleDuplicate, ...]:
    """Before saving an aanmelding: raise for bad input, else the households it may duplicate."""
    _raise_if(validate_household(data, today) + validate_case_opening(case))
    return tuple(likely_duplicates(session, data))


def _safe_bsn(text: str) -> str | None:
    try:
        return checked_bsn(text)
    except ValidationError:
        return None


# --- the household view ---------------------------------------------------------------------


@dataclass(frozen=True)
class MemberDetail:
    persoon_id: str
    voornaam: str
    tussenvoegsel: str
    achternaam: str
    naam: str
    rol: MemberRole
    geboortedatum: date | None
    leeftijd: int | None
    wordt_18_op: date | None  # only for a jeugdige still under 18
    bsn: str | None
    gezag: bool
    telefoon: str
    email: str


@dataclass(frozen=True)
class HouseholdDetail:
    huishouden_id: str
    naam: str
    straat: str
    postcode: str
    woonplaats: str
    telefoon: str
    gemeente: str
    team: str
    leden: tuple[MemberDetail, ...]
    netwerk: tuple[NetworkView, ...]


def household_of_case(session: Session, casus_id: str) -> str:
    household_id = session.scalar(
        select(Casus.huishouden_id).where(Casus.id == casus_id, Casus.deleted_at.is_(None))
    )
    if household_id is None:
        raise NotFound(f"no casus {casus_id}")
    return household_id


def household_detail(session: Session, household_id: str, *, today: date) -> HouseholdDetail:
    """Everything the household view shows. Reading personal data is audited (AVG)."""
    h = _live_household(session, household_id)
    gemeente = session.get(Gemeente, h.gemeente_id)
    team = session.get(Team, h.team_id)
    members = session.scalars(
        select(Persoon)
        .where(Persoon.huishouden_id == h.id, Persoon.deleted_at.is_(None))
        .order_by(Persoon.geboortedatum.is_(None), Persoon.geboortedatum, Persoon.voornaam)
    )
    contacts = session.scalars(
        select(NetwerkContact)
        .where(NetwerkContact.huishouden_id == h.id, NetwerkContact.deleted_at.is_(None))
        .order_by(NetwerkContact.nabijheid, NetwerkContact.naam)
    )
    audit.record(session, "view", "huishouden", h.id)
    return HouseholdDetail(
        h.id,
        h.naam,
        h.straat,
        h.postcode,
        h.woonplaats,
        h.telefoon,
        gemeente.naam if gemeente else "",
        team.naam if team else "",
        tuple(_member_detail(p, today) for p in members),
        tuple(
            NetworkView(
                c.id,
                c.naam,
                c.relatie,
                NetworkKind(c.soort),
                c.organisatie,
                c.telefoon,
                c.nabijheid,
            )
            for c in contacts
        ),
    )


def _member_detail(p: Persoon, today: date) -> MemberDetail:
    age = age_on(p.geboortedatum, today) if p.geboortedatum else None
    turns_18 = (
        birthday(p.geboortedatum, 18)
        if p.geboortedatum and age is not None and age < 18 and p.rol == MemberRole.JEUGDIGE
        else None
    )
    return MemberDetail(
        p.id,
        p.voornaam,
        p.tussenvoegsel,
        p.achternaam,
        _full_name(p),
        MemberRole(p.rol),
        p.geboortedatum,
        age,
        turns_18,
        p.bsn,
        p.gezag,
        p.telefoon,
        p.email,
    )


# --- editing --------------------------------------------------------------------------------


def update_household(session: Session, household_id: str, data: HouseholdFields) -> None:
    _raise_if(validate_address(data))
    h = _live_household(session, household_id)
    h.naam = data.naam.strip()
    h.straat = data.straat.strip()
    h.postcode = normalize_postcode(data.postcode)
    h.woonplaats = data.woonplaats.strip()
    h.telefoon = data.telefoon.strip()
    session.flush()
    audit.record(session, "update", "huishouden", h.id)


def _live_person(session: Session, persoon_id: str) -> Persoon:
    person = session.get(Persoon, persoon_id)
    if person is None or person.deleted_at is not None:
        raise NotFound(f"no person {persoon_id}")
    return person


def update_member(session: Session, persoon_id: str, member: MemberInput, *, today: date) -> None:
    _raise_if(validate_member(member, today))
    person = _live_person(session, persoon_id)
    _person_row(person, member)
    session.flush()
    audit.record(session, "update", "persoon", person.id)


def remove_member(session: Session, persoon_id: str) -> None:
    person = _live_person(session, persoon_id)
    person.deleted_at = session.info["now"]()
    session.flush()
    audit.record(session, "delete", "persoon", person.id)


def _live_contact(session: Session, contact_id: str) -> NetwerkContact:
    row = session.get(NetwerkContact, contact_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"no network contact {contact_id}")
    return row


def update_network_contact(session: Session, contact_id: str, contact: NetworkInput) -> None:
    _raise_if(validate_contact(contact))
    row = _live_contact(session, contact_id)
    _contact_row(row, contact)
    session.flush()


def move_network_contact(session: Session, contact_id: str, nabijheid: int) -> None:
    """Closer or further on the netwerkkaart (1 close .. 3 far)."""
    if nabijheid not in CLOSENESS:
        raise InvalidInput([ValidationError("nabijheid", "out-of-range", "closeness is 1, 2 or 3")])
    row = _live_contact(session, contact_id)
    row.nabijheid = nabijheid
    session.flush()


def remove_network_contact(session: Session, contact_id: str) -> None:
    row = _live_contact(session, contact_id)
    row.deleted_at = session.info["now"]()
    session.flush()

"""The toestemming register of a casus: what the family agreed to share, with whom, for what,
given by whom, until when, and when it was withdrawn (docs/decisions/0091-consent-register.md).

Who must give it follows the jeugdige's age (``casedesk.domain.consent``); a consent about the
whole household needs the rule of every jeugdige in it. A withdrawal is a date, never a delete:
what was shared before it stays accounted for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.domain.consent import (
    ConsentGiver,
    ConsentRecord,
    household_consent_giver,
    required_consent_giver,
)
from casedesk.domain.dates import age_on
from casedesk.domain.vocabulary import LegalGround, MemberRole
from casedesk.errors import InvalidInput, NotFound, RuleViolation, ValidationError
from casedesk.store import audit
from casedesk.store.models import Casus, Persoon, Toestemming

# Purposes and recipients the form offers; both stay free text (a region adds its own).
PURPOSES = ("bespreken in OPH", "terugkoppeling aan huisarts", "informatie delen met school",
            "overdracht aan aanbieder")
RECIPIENTS = ("OPH", "huisarts", "school", "jeugdarts", "aanbieder")


class ConsentState(StrEnum):
    GELDIG = "geldig"
    NOG_NIET = "nog_niet"
    VERLOPEN = "verlopen"
    INGETROKKEN = "ingetrokken"


@dataclass(frozen=True)
class ConsentEntry:
    toestemming_id: str
    doel: str
    ontvanger: str
    gegeven_door: ConsentGiver
    namen: str
    gegeven_op: date
    geldig_tot: date | None
    ingetrokken_op: date | None
    state: ConsentState


@dataclass(frozen=True)
class ConsentSubject:
    """Whom a consent may be about: a jeugdige (with the giver her age requires) or, with
    ``persoon_id`` None, the whole household."""

    persoon_id: str | None
    naam: str
    leeftijd: int | None
    vereist: ConsentGiver


@dataclass(frozen=True)
class ConsentRegister:
    casus_id: str
    vandaag: date
    onderwerpen: tuple[ConsentSubject, ...]  # the household first, then each jeugdige
    toestemmingen: tuple[ConsentEntry, ...]  # newest first


@dataclass(frozen=True)
class ConsentInput:
    doel: str
    ontvanger: str
    gegeven_door: ConsentGiver
    namen: str
    gegeven_op: date
    geldig_tot: date | None = None
    persoon_id: str | None = None  # the jeugdige it is about; None: the whole household


@dataclass(frozen=True)
class SharingBasis:
    """Why a document may leave for ``ontvanger``: a consent that holds, or a legal ground
    with a written reason."""

    ontvanger: str
    grondslag: LegalGround | None = None
    reden: str = ""
    doel: str = ""  # when given, only a consent for this purpose counts


def _today(session: Session) -> date:
    now: datetime = session.info["now"]()
    return now.date()


def _casus(session: Session, casus_id: str) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None or casus.deleted_at is not None:
        raise NotFound(f"no casus {casus_id}")
    return casus


def _jeugdigen(session: Session, casus: Casus) -> list[Persoon]:
    return list(session.scalars(
        select(Persoon).where(Persoon.huishouden_id == casus.huishouden_id,
                              Persoon.deleted_at.is_(None),
                              Persoon.rol == MemberRole.JEUGDIGE.value)
        .order_by(Persoon.geboortedatum, Persoon.id)))


def _age(p: Persoon, today: date) -> int | None:
    return age_on(p.geboortedatum, today) if p.geboortedatum else None


def _subjects(session: Session, casus: Casus, today: date) -> tuple[ConsentSubject, ...]:
    youths = _jeugdigen(session, casus)
    ages = [_age(p, today) for p in youths]
    household = ConsentSubject(None, "", None, household_consent_giver(ages))
    return (household, *(
        ConsentSubject(p.id, " ".join(x for x in (p.voornaam, p.tussenvoegsel, p.achternaam)
                                      if x), age, required_consent_giver(age))
        for p, age in zip(youths, ages, strict=True)))


def _state(t: Toestemming, today: date) -> ConsentState:
    if t.ingetrokken_op is not None and today >= t.ingetrokken_op:
        return ConsentState.INGETROKKEN
    if today < t.gegeven_op:
        return ConsentState.NOG_NIET
    if t.geldig_tot is not None and today > t.geldig_tot:
        return ConsentState.VERLOPEN
    return ConsentState.GELDIG


def _entry(t: Toestemming, today: date) -> ConsentEntry:
    return ConsentEntry(t.id, t.doel, t.ontvanger, ConsentGiver(t.gegeven_door), t.namen,
                        t.gegeven_op, t.geldig_tot, t.ingetrokken_op, _state(t, today))


def _rows(session: Session, casus_id: str) -> list[Toestemming]:
    return list(session.scalars(
        select(Toestemming)
        .where(Toestemming.casus_id == casus_id, Toestemming.deleted_at.is_(None))
        .order_by(Toestemming.gegeven_op.desc(), Toestemming.id)))


def consent_register(session: Session, casus_id: str) -> ConsentRegister:
    casus = _casus(session, casus_id)
    today = _today(session)
    return ConsentRegister(casus.id, today, _subjects(session, casus, today),
                           tuple(_entry(t, today) for t in _rows(session, casus.id)))


def consent_errors(data: ConsentInput, subjects: tuple[ConsentSubject, ...],
                   today: date) -> list[ValidationError]:
    """Every field the register refuses, each with the field it belongs next to."""
    errors = []
    for name, value in (("doel", data.doel), ("ontvanger", data.ontvanger),
                        ("namen", data.namen)):
        if not value.strip():
            errors.append(ValidationError(name, "required", f"{name} is required"))
    subject = next((s for s in subjects if s.persoon_id == data.persoon_id), None)
    if subject is None:
        raise NotFound(f"jeugdige {data.persoon_id} is not in this household")
    if data.gegeven_door is not subject.vereist:
        errors.append(ValidationError(
            "gegeven_door", "consent-wrong-giver",
            f"{subject.vereist.value} must consent, not {data.gegeven_door.value}"))
    if data.gegeven_op > today:
        errors.append(ValidationError("gegeven_op", "future-date", "consent date in the future"))
    if data.geldig_tot is not None and data.geldig_tot <= data.gegeven_op:
        errors.append(ValidationError("geldig_tot", "expiry-not-after-given",
                                      "the expiry must come after the date given"))
    return errors


def add_consent(session: Session, casus_id: str, data: ConsentInput) -> ConsentEntry:
    casus = _casus(session, casus_id)
    today = _today(session)
    errors = consent_errors(data, _subjects(session, casus, today), today)
    if errors:
        raise InvalidInput(errors)
    row = Toestemming(casus_id=casus.id, doel=data.doel.strip(),
                      ontvanger=data.ontvanger.strip(), gegeven_door=data.gegeven_door.value,
                      namen=data.namen.strip(), gegeven_op=data.gegeven_op,
                      geldig_tot=data.geldig_tot)
    session.add(row)
    session.flush()
    audit.record(session, "create", "toestemming", row.id,
                 {"casus": casus.id, "ontvanger": row.ontvanger})
    return _entry(row, today)


def withdraw_consent(session: Session, toestemming_id: str, on: date) -> ConsentEntry:
    """Record that the family withdrew this consent on ``on`` (today or earlier)."""
    row = session.get(Toestemming, toestemming_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(f"no toestemming {toestemming_id}")
    today = _today(session)
    if row.ingetrokken_op is not None:
        raise RuleViolation("consent-already-withdrawn", "this consent was withdrawn before")
    if on > today:
        raise InvalidInput([ValidationError("ingetrokken_op", "future-date",
                                            "a withdrawal date in the future")])
    if on < row.gegeven_op:
        raise InvalidInput([ValidationError("ingetrokken_op", "withdrawn-before-given",
                                            "withdrawn before it was given")])
    row.ingetrokken_op = on
    session.flush()
    audit.record(session, "withdraw", "toestemming", row.id,
                 {"casus": row.casus_id, "ontvanger": row.ontvanger})
    return _entry(row, today)


def check_sharing(session: Session, casus_id: str, basis: SharingBasis) -> str | None:
    """Refuse sharing the casus with ``basis.ontvanger`` unless a consent holds today from
    whoever the household's jeugdigen require (for ``basis.doel`` when given), or a legal
    ground is recorded with a reason. Returns the id of the consent it goes on, if any."""
    casus = _casus(session, casus_id)
    today = _today(session)
    if not basis.ontvanger.strip():
        raise InvalidInput([ValidationError("ontvanger", "required", "no recipient given")])
    if basis.grondslag is not None and not basis.reden.strip():
        raise InvalidInput([ValidationError("grondslag_reden", "ground-without-reason",
                                            "a legal ground needs a reason")])
    ages = [_age(p, today) for p in _jeugdigen(session, casus)]
    needed = household_consent_giver(ages)
    for t in _rows(session, casus.id):
        record = ConsentRecord(t.doel, t.ontvanger, ConsentGiver(t.gegeven_door), t.gegeven_op,
                               t.geldig_tot, t.ingetrokken_op)
        if (record.recipient == basis.ontvanger.strip() and record.holds_on(today)
                and record.given_by is needed
                and (not basis.doel.strip() or record.purpose == basis.doel.strip())):
            return t.id
    if basis.grondslag is not None:
        return None
    raise InvalidInput([ValidationError("ontvanger", "no-consent-or-ground",
                                        f"no consent or legal ground to share with "
                                        f"{basis.ontvanger}")])

"""The conflict inbox for people: each open conflict with its record and field in Dutch, the
three values readable side by side, and what the person may choose.

``casedesk.sync.conflicts`` keeps conflicts as wire values of rows and fields; this service
says which casus and record a conflict is about ("Gezin Jansen — Doel"), names the field, and
writes values the way a form does (dates dd-mm-jjjj, codes as their labels, ids as names).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import String, Text
from sqlalchemy.orm import Session

from casedesk.domain.vocabulary import (
    AanmeldingStatus,
    AgreementMethod,
    CaseStatus,
    Decision,
    GoalResult,
    MemberRole,
    NetworkKind,
    Plan18Status,
    Regime,
    Step,
    Verwijzer,
)
from casedesk.errors import InvalidInput, ValidationError
from casedesk.labels import label_of
from casedesk.services.changes import Changes
from casedesk.store.models import SYNCED_MODELS, Casus, Huishouden, Persoon, Professional
from casedesk.sync.conflicts import Choice, ConflictView, open_conflicts, resolve

ENTITY_LABELS = {
    "gemeente": "Gemeente", "team": "Team", "professional": "Professional", "tafel": "Tafel",
    "huishouden": "Huishouden", "persoon": "Gezinslid", "netwerk_contact": "Netwerkcontact",
    "casus": "Casus", "stap_log": "Stap", "observatie": "Observatie",
    "eigen_woorden": "Eigen woorden", "doel": "Doel", "middel": "Hulp (middel)",
    "afspraak": "Afspraak", "toetsing": "Toetsing", "doel_toetsing": "Toetsing van een doel",
    "plan_versie": "Versie van het gezinsplan", "bijdrage": "Bijdrage",
    "toestemming": "Toestemming", "zitting": "Zitting", "aanmelding": "Aanmelding",
    "plan18": "Toekomstplan 18+", "plan18_thema": "Thema van het toekomstplan 18+",
}

# Field names are Dutch already; these read better written out.
FIELD_LABELS = {
    "deleted_at": "Verwijderd",
    "casusregisseur_id": "Casusregisseur",
    "stand_in_id": "Vervanger",
    "persoon_id": "Gezinslid",
    "doel_id": "Doel",
    "team_id": "Team",
    "gemeente_id": "Gemeente",
    "zitting_id": "Zitting",
    "tafel_id": "Tafel",
    "vt_aanspreekpunt": "Veilig Thuis: aanspreekpunt",
    "vt_planschrijver": "Veilig Thuis: planschrijver",
    "vt_toezicht": "Veilig Thuis: toezicht",
    "kosten_cent": "Kosten",
    "bsn": "BSN",
    "email": "E-mail",
    "agenda_positie": "Plaats op de agenda",
    "akkoord_wijze": "Wijze van akkoord",
    "soort_aanbieder": "Soort aanbieder",
}

# Stored codes shown as their labels.
CODED: dict[tuple[str, str], type[StrEnum]] = {
    ("casus", "stap"): Step,
    ("casus", "status"): CaseStatus,
    ("casus", "regime"): Regime,
    ("casus", "verwijzer"): Verwijzer,
    ("persoon", "rol"): MemberRole,
    ("netwerk_contact", "soort"): NetworkKind,
    ("toetsing", "besluit"): Decision,
    ("doel_toetsing", "resultaat"): GoalResult,
    ("plan_versie", "akkoord_wijze"): AgreementMethod,
    ("plan18", "akkoord_wijze"): AgreementMethod,
    ("aanmelding", "status"): AanmeldingStatus,
    ("plan18", "status"): Plan18Status,
}
PERSON_IDS = {"casusregisseur_id", "stand_in_id"}
EMPTY = "(leeg)"


@dataclass(frozen=True)
class ConflictRow:
    conflict_id: str
    entity: str
    about: str  # "Gezin Jansen — Doel": the household of the casus or record, and the record
    field: str  # the field's Dutch name
    basis: str
    mijn: str
    hun: str
    ontstaan_op: datetime
    casus_id: str | None
    about_deletion: bool
    deleted_in_region: bool  # a deletion conflict where only "hun" (the deletion) is possible
    editable: bool  # the person may write another value (text fields)
    mijn_tekst: str  # this device's value as editable text ("" when not editable)


def field_label(field: str) -> str:
    if field in FIELD_LABELS:
        return FIELD_LABELS[field]
    text = field.removesuffix("_id").replace("_", " ")
    return text[:1].upper() + text[1:]


def _is_text(entity: str, field: str) -> bool:
    model = SYNCED_MODELS.get(entity)
    column = model.__table__.columns.get(field) if model is not None else None
    return (column is not None and isinstance(column.type, String | Text)
            and not field.endswith("_id") and (entity, field) not in CODED)


def _household_name(session: Session, view: ConflictView) -> str | None:
    if view.casus_id is not None:
        casus = session.get(Casus, view.casus_id)
        household = session.get(Huishouden, casus.huishouden_id) if casus else None
        return household.naam if household else None
    if view.entity == "huishouden":
        household = session.get(Huishouden, view.entity_id)
        return household.naam if household else None
    model = SYNCED_MODELS.get(view.entity)
    row = session.get(model, view.entity_id) if model is not None else None
    household_id = getattr(row, "huishouden_id", None)
    household = session.get(Huishouden, household_id) if household_id else None
    return household.naam if household else None


def _about(session: Session, view: ConflictView) -> str:
    entity = ENTITY_LABELS.get(view.entity, view.entity)
    if view.entity == "persoon":
        person = session.get(Persoon, view.entity_id)
        if person is not None:
            entity = f"{entity} {person.voornaam}"
    household = _household_name(session, view)
    return f"{household} — {entity}" if household else entity


def _wire_date(value: str) -> str:
    if len(value) == 10:
        return date.fromisoformat(value).strftime("%d-%m-%Y")
    return datetime.fromisoformat(value).strftime("%d-%m-%Y %H:%M")


def display(session: Session, entity: str, field: str, value: Any) -> str:
    """A wire value as a person reads it."""
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if (entity, field) in CODED and isinstance(value, str):
        return label_of(CODED[(entity, field)], value)
    if field in PERSON_IDS and isinstance(value, str):
        person = session.get(Professional, value)
        return person.naam if person is not None else value
    if field == "kosten_cent" and isinstance(value, int):
        return f"€ {value / 100:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    if isinstance(value, str):
        try:
            return _wire_date(value) if value[:4].isdigit() and value[4:5] == "-" else value
        except ValueError:
            return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    if isinstance(value, int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False, indent=1)


def _deletion_text(value: Any) -> str:
    if value is None:
        return "Niet verwijderd"
    return f"Verwijderd op {_wire_date(value)}" if isinstance(value, str) else "Verwijderd"


def _row(session: Session, view: ConflictView) -> ConflictRow:
    if view.about_deletion:
        basis, mijn, hun = (_deletion_text(v) for v in (view.basis, view.mijn, view.hun))
        editable = False
    else:
        basis, mijn, hun = (display(session, view.entity, view.field, v)
                            for v in (view.basis, view.mijn, view.hun))
        editable = _is_text(view.entity, view.field)
    return ConflictRow(
        conflict_id=view.id,
        entity=view.entity,
        about=_about(session, view),
        field=field_label(view.field),
        basis=basis,
        mijn=mijn,
        hun=hun,
        ontstaan_op=view.ontstaan_op,
        casus_id=view.casus_id,
        about_deletion=view.about_deletion,
        deleted_in_region=view.about_deletion and view.hun is not None,
        editable=editable,
        mijn_tekst=view.mijn if editable and isinstance(view.mijn, str) else "",
    )


def conflict_rows(session: Session) -> tuple[ConflictRow, ...]:
    """The open conflicts, oldest first."""
    return tuple(_row(session, view) for view in open_conflicts(session))


def resolve_conflict(session: Session, conflict_id: str, choice: Choice,
                     text: str | None = None) -> Changes:
    """Settle one conflict: ``Choice.MIJN``, ``Choice.HUN``, or ``Choice.ANDERS`` with the
    person's ``text`` (text fields only). The choice goes out with the next sync round."""
    value: Any = None
    if choice is Choice.ANDERS:
        value = (text or "").strip()
        if not value:
            raise InvalidInput([ValidationError("waarde", "required", "type the value to keep")])
    return resolve(session, conflict_id, choice, value, now=session.info["now"]())

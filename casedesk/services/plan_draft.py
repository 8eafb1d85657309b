"""The editable form of a casus's four steps: a JSON tree the editor changes, autosaves and,
on "Opslaan", hands to ``casedesk.services.plan.save_plan``.

The draft holds what the professional typed, as typed: dates and amounts stay text until they
are saved, so a half-typed date is never lost and is reported next to its field. Parsing and
validation are pure functions here, used both by the editor (live messages) and by the service
(the final word). See docs/decisions/0051-casus-drafts.md.

Shape (every value a JSON primitive)::

    {"formaat": 1,
     "vraaganalyse": {"aanleiding", "breedte": {topic: note}, "besproken": [topic],
                      "veiligheid", "veiligheid_toelichting", "eigen_kracht", "ernst",
                      "observaties": [{"id", "persoon_id", "soort", "tekst"}],
                      "eigen_woorden": {persoon_id: {"id", "vraag", "wensen", "dromen"}}},
     "doelen": [{"id", "persoon_id", "omschrijving", "eindsituatie"}],
     "middelen": [{"id", "doel_id", "omschrijving", "aanbieder", "soort_aanbieder", "wet",
                   "productcode", "start", "eind", "kosten", "thuis_mogelijk",
                   "niet_thuis_reden"}],
     "afspraken": [{"id", "wie", "wat", "wanneer", "gedaan", "bron"}],
     "toetsing": {"id", "datum", "toelichting", "uitkomsten": {doel_id: {"resultaat",
                  "visie_gezin", "visie_professional"}}, "volgende_evaluatie",
                  "afschaal_voorwaarden"}}

The toetsing's decision is not part of the draft: it is the act of concluding step 4
(``casedesk.services.regie.conclude_step``).
"""

from __future__ import annotations

import re
import uuid
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from casedesk.domain.vocabulary import (
    BreadthTopic,
    GoalResult,
    Law,
    ObservationKind,
    Provider,
    SafetyAssessment,
)
from casedesk.errors import ValidationError

DRAFT_FORMAT = 1
LIST_SECTIONS = ("doelen", "middelen", "afspraken")

_DATE_DMY = re.compile(r"^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})\s*$")
_DATE_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


def new_item_id() -> str:
    """Items get their id when created in the editor, so goals can be referred to before they
    are saved (a middel's doel, a toetsing outcome)."""
    return str(uuid.uuid4())


# --- typed text ------------------------------------------------------------------------------


def parse_date(text: str, field: str) -> date | None:
    """A date as people type it: 12-3-2026, 12/03/2026, 12.03.2026 or 2026-03-12; empty is
    no date."""
    if not text.strip():
        return None
    match = _DATE_DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    elif match := _DATE_ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
    else:
        raise ValidationError(field, "invalid-date", f"{text!r} is not a date (dd-mm-jjjj)")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(field, "invalid-date", f"{text!r} is not a date") from None


def format_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def parse_euro(text: str, field: str) -> int | None:
    """An amount in euros as Dutch people type it (1.234,50 / 1234,5 / € 80) in cents."""
    cleaned = text.replace("€", "").replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(".", "")
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(field, "not-a-number", f"{text!r} is not an amount") from None
    if not amount.is_finite():
        raise ValidationError(field, "not-a-number", f"{text!r} is not an amount")
    if amount < 0:
        raise ValidationError(field, "negative-amount", "an amount cannot be negative")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(field, "too-many-decimals", "at most two decimals (cents)")
    return int(amount * 100)


def format_euro(cents: int | None) -> str:
    """1234,50 → "1.234,50" (the editor shows the euro sign next to the field)."""
    if cents is None:
        return ""
    whole, rest = divmod(cents, 100)
    return f"{whole:,}".replace(",", ".") + f",{rest:02d}"


# --- empty items -----------------------------------------------------------------------------


def empty_observation(persoon_id: str | None, soort: ObservationKind) -> dict[str, Any]:
    return {"id": new_item_id(), "persoon_id": persoon_id, "soort": soort.value, "tekst": ""}


def empty_goal(persoon_id: str | None = None) -> dict[str, Any]:
    return {"id": new_item_id(), "persoon_id": persoon_id, "omschrijving": "", "eindsituatie": ""}


def empty_middel() -> dict[str, Any]:
    return {
        "id": new_item_id(),
        "doel_id": None,
        "omschrijving": "",
        "aanbieder": "",
        "soort_aanbieder": Provider.AANBIEDER.value,
        "wet": Law.JEUGDWET.value,
        "productcode": "",
        "start": "",
        "eind": "",
        "kosten": "",
        "thuis_mogelijk": True,
        "niet_thuis_reden": "",
    }


def empty_afspraak() -> dict[str, Any]:
    return {"id": new_item_id(), "wie": "", "wat": "", "wanneer": "", "gedaan": False,
            "bron": "plan"}


def empty_words() -> dict[str, Any]:
    return {"id": None, "vraag": "", "wensen": "", "dromen": ""}


def empty_outcome() -> dict[str, Any]:
    return {"resultaat": "", "visie_gezin": "", "visie_professional": ""}


def empty_toetsing() -> dict[str, Any]:
    return {
        "id": None,
        "datum": "",
        "toelichting": "",
        "uitkomsten": {},
        "volgende_evaluatie": "",
        "afschaal_voorwaarden": "",
    }


# --- validation ------------------------------------------------------------------------------


def _required(errors: list[ValidationError], value: Any, field: str) -> None:
    if not str(value or "").strip():
        errors.append(ValidationError(field, "required", f"{field} is required"))


def _date(errors: list[ValidationError], text: str, field: str) -> date | None:
    try:
        return parse_date(text or "", field)
    except ValidationError as error:
        errors.append(error)
        return None


def _enum_field(errors: list[ValidationError], kind: Any, value: Any, field: str) -> None:
    try:
        kind(value)
    except ValueError:
        errors.append(ValidationError(field, "unknown-code", f"{value!r} is not a {field}"))


def _touched(base: dict[str, Any] | None, section: list[dict[str, Any]] | None,
             item: dict[str, Any]) -> bool:
    """Whether the draft added or changed ``item`` (compared with the base it was made from)."""
    if base is None or section is None:
        return True
    return next((b for b in section if b.get("id") == item.get("id")), None) != item


def validate_draft(draft: dict[str, Any], today: date,
                   base: dict[str, Any] | None = None) -> list[ValidationError]:
    """Everything wrong with the draft, each error naming its field as a path
    (``"middelen.2.eind"``). Only malformed or meaningless input is an error; what may still
    be missing at a kitchen table (outcomes, a reason for the next evaluation) is not.

    With ``base``, items the draft did not touch are not checked: what was stored before (by
    another build, a sync, an import) never blocks saving something else."""
    errors: list[ValidationError] = []
    va = draft["vraaganalyse"]
    _enum_field(errors, SafetyAssessment, va["veiligheid"], "vraaganalyse.veiligheid")
    for topic in va.get("besproken", []):
        _enum_field(errors, BreadthTopic, topic, "vraaganalyse.besproken")
    base_va = base["vraaganalyse"]["observaties"] if base else None
    for i, o in enumerate(va["observaties"]):
        if _touched(base, base_va, o):
            _required(errors, o["tekst"], f"vraaganalyse.observaties.{i}.tekst")
            _enum_field(errors, ObservationKind, o["soort"],
                        f"vraaganalyse.observaties.{i}.soort")
    for i, goal in enumerate(draft["doelen"]):
        if _touched(base, base["doelen"] if base else None, goal):
            _required(errors, goal["omschrijving"], f"doelen.{i}.omschrijving")
    goal_ids = {g["id"] for g in draft["doelen"]}
    for i, m in enumerate(draft["middelen"]):
        if not _touched(base, base["middelen"] if base else None, m):
            continue
        prefix = f"middelen.{i}."
        _required(errors, m["omschrijving"], prefix + "omschrijving")
        _enum_field(errors, Provider, m["soort_aanbieder"], prefix + "soort_aanbieder")
        _enum_field(errors, Law, m["wet"], prefix + "wet")
        start = _date(errors, m["start"], prefix + "start")
        end = _date(errors, m["eind"], prefix + "eind")
        if start and end and end < start:
            errors.append(ValidationError(prefix + "eind", "end-before-start",
                                          "the end lies before the start"))
        try:
            parse_euro(m["kosten"] or "", prefix + "kosten")
        except ValidationError as error:
            errors.append(error)
        if not m["thuis_mogelijk"]:
            _required(errors, m["niet_thuis_reden"], prefix + "niet_thuis_reden")
        if m["doel_id"] and m["doel_id"] not in goal_ids:
            errors.append(ValidationError(prefix + "doel_id", "unknown-goal",
                                          "the goal of this help item is no longer in the plan"))
    for i, a in enumerate(draft["afspraken"]):
        if not _touched(base, base["afspraken"] if base else None, a):
            continue
        prefix = f"afspraken.{i}."
        _required(errors, a["wie"], prefix + "wie")
        _required(errors, a["wat"], prefix + "wat")
        _date(errors, a["wanneer"], prefix + "wanneer")
    t = draft["toetsing"]
    base_t = base["toetsing"] if base else {}
    if t["datum"] != base_t.get("datum"):
        held = _date(errors, t["datum"], "toetsing.datum")
        if held and held > today:
            errors.append(ValidationError("toetsing.datum", "future-date",
                                          "the toetsing cannot lie in the future"))
    if t["volgende_evaluatie"] != base_t.get("volgende_evaluatie"):
        next_date = _date(errors, t["volgende_evaluatie"], "toetsing.volgende_evaluatie")
        if next_date and next_date < today:
            errors.append(ValidationError("toetsing.volgende_evaluatie", "past-date",
                                          "the next evaluation lies in the past"))
    for doel_id, outcome in t["uitkomsten"].items():
        if outcome["resultaat"]:
            _enum_field(errors, GoalResult, outcome["resultaat"],
                        f"toetsing.uitkomsten.{doel_id}.resultaat")
    return errors

"""Dutch words for the overlegtafel screens: refusal reasons, rule violations, capacity and
the basis for sharing. The core gives codes; the sentences a person reads are made here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from casedesk.domain.consent import required_consent_giver
from casedesk.domain.tables import Capacity, TableDefinition
from casedesk.errors import CasedeskError, InvalidInput, ValidationError
from casedesk.services.tables_dto import SharingBasis
from ui.errors import user_message, validation_text
from ui.formatting import short_date
from ui.i18n import label, translate_in

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def tr(text: str) -> str:
    # Its own context first, then the empty one lupdate files literal tr("…") calls under.
    return translate_in("tables", text)


FIELD_MESSAGES = {
    "required": "Dit veld is verplicht.",
    "no_question": "Stel de tafel een vraag: wat wilt u van de tafel weten?",
    "document_missing": "Dit stuk is verplicht voor deze tafel: vul een verwijzing in.",
    "no_consent_or_ground": "Kies de toestemming van het gezin voor deze tafel, of leg een "
    "wettelijke grondslag met reden vast.",
    "ground-without-reason": "Een wettelijke grondslag heeft een reden nodig.",
    "consent-other-recipient": "Deze toestemming geldt niet voor deze tafel.",
    "consent-not-yet-given": "Deze toestemming gaat pas later in.",
    "consent-withdrawn": "Deze toestemming is ingetrokken.",
    "consent-expired": "Deze toestemming is verlopen.",
    "future-date": "Deze datum ligt in de toekomst.",
    "end-before-start": "De einddatum ligt vóór de begindatum.",
    "invalid-weekday": "Kies een dag van maandag tot en met zondag.",
    "not-positive": "Moet minstens 1 zijn.",
    "age-out-of-range": "Een leeftijd tussen 0 en 30.",
    "age-range-inverted": "De maximumleeftijd is lager dan de minimumleeftijd.",
    "participant-incomplete": "Elke deelnemer heeft een rol en een naam nodig.",
    "session-past-midnight": "Met zoveel plekken loopt de zitting door tot na middernacht.",
    "code-fixed": "De code van een bestaande tafel kan niet veranderen.",
    "code-taken": "Er is al een tafel met deze code.",
    "code-duplicate": "Deze code staat twee keer in het bestand.",
    "invalid-json": "Dit is geen geldig JSON-bestand.",
    "no-tables": "Het bestand bevat geen tafels.",
    "not-an-object": "Een tafeldefinitie moet een object zijn ({ … }).",
    "not-text": "Moet tekst zijn.",
    "not-a-list": "Moet een lijst met teksten zijn.",
    "invalid-participant": "Deelnemers zijn paren van [rol, wie].",
    "not-a-number": "Moet een geheel getal zijn.",
    "not-a-flag": "Moet true of false zijn.",
    "invalid-cadence": "Kies wekelijks, tweewekelijks, maandelijks of op_afroep.",
    "invalid-time": "Een tijd als 09:00.",
    "out-of-range": "Kies 1 tot en met 53 weken.",
}

RULE_MESSAGES = {
    "not-secretary": "Alleen een tafelsecretaris kan dit doen.",
    "not-table-editor": "Alleen een beheerder of tafelsecretaris kan tafels wijzigen.",
    "zitting-full": "Deze zitting is vol. Kies een andere zitting.",
    "zitting-past": "Deze zitting is al begonnen of geweest. Kies een latere zitting.",
    "other-table": "Deze zitting hoort bij een andere tafel.",
    "not-editable": "Een ingediende aanmelding kan niet meer worden gewijzigd.",
    "bad-transition": "Dat kan niet in de huidige status van de aanmelding.",
    "not-planned": "Deze aanmelding staat niet op een agenda.",
    "agenda-mismatch": "De agenda is intussen gewijzigd; probeer het opnieuw.",
    "invalid-table-config": "De instellingen van deze tafel zijn onjuist; vraag de beheerder.",
    "not-found": "Dit bestaat niet meer.",
}

CONFIG_FIELDS = {
    "code": "Code",
    "name": "Naam",
    "purpose": "Doel",
    "submitters": "Mag aanmelden",
    "participants": "Deelnemers",
    "min_age": "Leeftijd vanaf",
    "max_age": "Leeftijd tot en met",
    "required_documents": "Verplichte stukken",
    "family_attends": "Gezin aanwezig",
    "children_attend_from": "Kinderen aanwezig vanaf",
    "cadence": "Ritme",
    "weekday": "Weekdag",
    "start_time": "Begintijd",
    "slots": "Plekken per zitting",
    "minutes_per_slot": "Minuten per plek",
    "anonymised": "Geanonimiseerd",
    "notes": "Notities",
    "tafel": "Tafel",
    "bestand": "Bestand",
}


def age_range(table: TableDefinition) -> str:
    if table.min_age is None and table.max_age is None:
        return tr("alle leeftijden")
    if table.max_age is None:
        return tr("vanaf %1 jaar").replace("%1", str(table.min_age))
    if table.min_age is None:
        return tr("tot en met %1 jaar").replace("%1", str(table.max_age))
    return (
        tr("%1 tot en met %2 jaar")
        .replace("%1", str(table.min_age))
        .replace("%2", str(table.max_age))
    )


def field_message(
    error: ValidationError, table: TableDefinition | None = None, age: int | None = None
) -> str:
    """The Dutch sentence for one field error, with the table's own rule where it helps."""
    code = error.code
    if table is not None:
        if code == "role_not_allowed":
            return tr("U mag niet aanmelden bij deze tafel. Aanmelden mogen: %1.").replace(
                "%1", ", ".join(table.submitters)
            )
        if code in ("age_below_range", "age_above_range"):
            return tr("De jeugdige valt buiten de leeftijd van deze tafel (%1).").replace(
                "%1", age_range(table)
            )
        if code == "age_unknown":
            return tr("Kies de jeugdige om wie het gaat: deze tafel is voor %1.").replace(
                "%1", age_range(table)
            )
    if code == "consent-wrong-giver":
        return tr("Voor een jeugdige van deze leeftijd is toestemming nodig van: %1.").replace(
            "%1", label(required_consent_giver(age))
        )
    message = FIELD_MESSAGES.get(code)
    return tr(message) if message else validation_text(error)


def problem_text(error: BaseException) -> str:
    """A one-line Dutch explanation of a refused operation, for a status line."""
    if isinstance(error, InvalidInput):
        return " ".join(field_message(e) for e in error.errors)
    if isinstance(error, CasedeskError):
        message = RULE_MESSAGES.get(error.code)
        if message:
            return tr(message)
    return user_message(error)


def import_problems(error: InvalidInput) -> str:
    """Every reason an imported file was refused, one per line: "OPH · Weekdag: …"."""
    lines = []
    for e in error.errors:
        where, _, name = e.field.rpartition(".")
        prefix = f"{where} · " if where else ""
        lines.append(f"{prefix}{tr(CONFIG_FIELDS.get(name, name))}: {field_message(e)}")
    return "\n".join(lines)


def capacity_text(capacity: Capacity) -> str:
    return (
        tr("%1 van %2 plekken")
        .replace("%1", str(capacity.planned))
        .replace("%2", str(capacity.slots))
    )


def day_text(moment: datetime) -> str:
    """ "dinsdag 3 november 2026, 09:00"."""
    return (
        f"{tr(WEEKDAYS[moment.weekday()])} {moment.day} {tr(MONTHS[moment.month - 1])} "
        f"{moment.year}, {moment.strftime('%H:%M')}"
    )


def short_day(moment: datetime) -> str:
    """ "di 03-11-2026 09:00"."""
    return f"{tr(WEEKDAYS[moment.weekday()])[:2]} {moment.strftime('%d-%m-%Y %H:%M')}"


def sharing_text(basis: SharingBasis) -> str:
    if basis.grondslag is not None:
        return (
            tr("Wettelijke grondslag: %1 — %2")
            .replace("%1", label(basis.grondslag))
            .replace("%2", basis.grondslag_reden)
        )
    if basis.toestemming_door is None:
        return tr("Geen toestemming of grondslag vastgelegd")
    text = (
        tr("Toestemming van %1, gegeven op %2")
        .replace("%1", label(basis.toestemming_door).lower())
        .replace("%2", short_date(basis.toestemming_op))
    )
    if basis.toestemming_tot:
        text += tr(", geldig tot en met %1").replace("%1", short_date(basis.toestemming_tot))
    if basis.toestemming_ingetrokken:
        text += tr(" — ingetrokken op %1").replace("%1", short_date(basis.toestemming_ingetrokken))
    return text


def joined(items: Sequence[str]) -> str:
    return ", ".join(items) if items else "—"

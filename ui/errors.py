"""Errors classified by what a person should see (qutebrowser/Electrum style):
known conditions get a friendly Dutch dialog, validation stays next to its field, and anything
else is a bug with a crash dialog whose details can be copied — without personal data."""

from __future__ import annotations

import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from casedesk.errors import (
    AccessDenied,
    CasedeskError,
    InvalidInput,
    KnownError,
    NotFound,
    RuleViolation,
    ValidationError,
)
from ui.i18n import translate_in


def tr(text: str) -> str:
    # Its own context first, then the empty one lupdate files literal tr("…") calls under.
    return translate_in("errors", text)


KNOWN_MESSAGES = {
    "wrong-key": "De wachtwoordzin klopt niet, of dit bestand hoort niet bij dit profiel.",
    "database-too-new": "Deze gegevens zijn gemaakt met een nieuwere versie van casedesk. "
    "Installeer de nieuwste versie.",
    "corrupt-database": "Het databasebestand is beschadigd. Herstel het uit de back-upmap of "
    "haal de gegevens opnieuw op bij de regionale opslag.",
    "disk-full": "De schijf is vol. De laatste wijziging is niet opgeslagen; maak ruimte vrij "
    "en probeer het opnieuw.",
    "profile": "Het profiel kan niet worden geopend.",
    "passphrase-required": "Voor dit profiel is een wachtwoordzin nodig.",
    "offline": "Geen verbinding met de regionale opslag. U kunt gewoon doorwerken; "
    "alles wordt later gesynchroniseerd.",
    "open-case-exists": "Dit huishouden heeft al een lopende casus: één gezin, één plan. "
    "Open die casus.",
    "not-regiehouder": "Alleen de casusregisseur of de vervanger kan dit doen. U kunt wel een "
    "bijdrage toevoegen.",
    "casus-closed": "Deze casus is gesloten. Heropen hem eerst.",
    "step-moved": "De casus is intussen in een andere stap gekomen. Bekijk hem opnieuw.",
    "decision-required": "Kies een besluit om de toetsing af te ronden.",
    "decision-not-here": "Dit besluit hoort niet bij deze stap.",
    "same-regime": "De casus heeft deze regie al.",
    "already-open": "De casus is al open.",
    "connection-lost": "De verbinding met de regionale opslag viel weg tijdens het "
    "synchroniseren. Er is niets verloren; de volgende synchronisatie maakt het af.",
    "tls-untrusted": "Het certificaat van de server wordt niet vertrouwd. Controleer het adres "
    "en het CA-bestand, of vraag de beheerder van uw regio.",
    "not-logged-in": "Dit profiel is niet gekoppeld aan de regionale opslag. Log in om te "
    "synchroniseren.",
    "bad-credentials": "De gebruikersnaam of het wachtwoord klopt niet.",
    "login-expired": "Uw aanmelding bij de regionale opslag is verlopen. Log opnieuw in; uw "
    "wijzigingen blijven bewaard tot dan.",
    "protocol-mismatch": "De regionale opslag gebruikt een andere versie van casedesk. "
    "Installeer de versie van uw regio; uw wijzigingen blijven bewaard.",
    "not-a-regional-store": "Op dit adres draait geen regionale opslag van casedesk. "
    "Controleer het adres.",
    "server-busy": "De regionale opslag heeft het even druk. Synchroniseer over een paar "
    "minuten opnieuw.",
    "server-error": "De regionale opslag kon het verzoek niet afhandelen. Er is niets verloren; "
    "probeer het later opnieuw of meld het bij de beheerder.",
    "device-wiped": "Dit apparaat is ingetrokken door de beheerder van de regionale opslag. "
    "Alle gegevens van dit profiel en de sleutel zijn van dit apparaat gewist. Het profiel "
    "wordt gesloten.",
    "conflict-resolved": "Dit conflict is al opgelost.",
    "conflict-choice": "Deze keuze is bij dit conflict niet mogelijk.",
}

VALIDATION_MESSAGES = {
    "invalid-bsn": "Dit is geen geldig BSN (elfproef).",
    "future-date": "Deze datum ligt in de toekomst.",
    "required": "Dit veld is verplicht.",
    "end-before-start": "De einddatum ligt vóór de startdatum.",
    "invalid-email": "Dit is geen e-mailadres.",
    "invalid-postcode": "Schrijf de postcode als 1234 AB.",
    "no-members": "Voeg ten minste één gezinslid toe.",
    "out-of-range": "Kies 1 (dichtbij), 2 of 3 (verder weg).",
    "invalid-date": "Dit is geen datum. Schrijf hem als dd-mm-jjjj, bijvoorbeeld 15-03-2027.",
    "past-date": "Deze datum ligt in het verleden.",
    "not-a-number": "Dit is geen bedrag. Schrijf het als bijvoorbeeld 1.250,00.",
    "negative-amount": "Een bedrag kan niet negatief zijn.",
    "too-many-decimals": "Gebruik hoogstens twee cijfers achter de komma (centen).",
    "unknown-goal": "Het doel van deze hulp staat niet meer in het plan; kies een ander doel.",
    "unknown-code": "Deze keuze is onbekend; kies opnieuw.",
    "same-regisseur": "Deze professional is al de casusregisseur.",
    "start-age-out-of-range": "Kies een startleeftijd van 15 tot en met 17,5 jaar.",
    "horizon-out-of-range": "Verlengde jeugdhulp loopt tot een leeftijd van 19 tot en met 23 jaar.",
}


def validation_text(error: ValidationError) -> str:
    return tr(VALIDATION_MESSAGES.get(error.code, str(error)))


def user_message(error: BaseException) -> str:
    """The Dutch sentence for a known error; the English technical line as a fallback."""
    if isinstance(error, InvalidInput):
        return "\n".join(validation_text(e) for e in error.errors)
    if isinstance(error, ValidationError):
        return validation_text(error)
    if isinstance(error, CasedeskError):
        message = KNOWN_MESSAGES.get(error.code)
        return tr(message) if message else str(error)
    return str(error)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    if isinstance(
        error, KnownError | InvalidInput | ValidationError | RuleViolation | NotFound | AccessDenied
    ):
        QMessageBox.warning(parent, tr("casedesk"), user_message(error))
        return
    show_crash(parent, error)


def show_crash(parent: QWidget | None, error: BaseException) -> None:
    """A bug. The details hold the traceback (code locations, no field values)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("casedesk — onverwachte fout"))
    box.setText(
        tr(
            "Er ging iets mis in casedesk. Uw opgeslagen gegevens zijn veilig. "
            "Kopieer de details hieronder voor de beheerder."
        )
    )
    box.setDetailedText(crash_details(error))
    box.exec()


def crash_details(error: BaseException) -> str:
    """Exception type and stack, but not the message: messages may quote field values."""
    frames = traceback.format_tb(error.__traceback__)
    return f"{type(error).__module__}.{type(error).__qualname__}\n" + "".join(frames)

"""Dutch display text for every enum value of the domain: one table the UI and the PDFs share.

The enums' values are storage codes (``"bijstellen_resultaat"``); people read these labels
("Bijstellen (terug naar resultaat)"). ``label`` accepts an enum member and returns its text;
``label_of`` also accepts a stored code with its enum class, for raw database values. The
plain-language (B1) wording of the family copy of the gezinsplan lives in ``casedesk.export``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.evaluation import EvaluationState
from casedesk.domain.tables import Cadence, Refusal
from casedesk.domain.transition18 import ChecklistAlert, ChecklistItem, TimelinePhase
from casedesk.domain.vocabulary import (
    AanmeldingStatus,
    AgreementMethod,
    BreadthTopic,
    CaseStatus,
    Decision,
    Financing18,
    GoalResult,
    Law,
    LegalGround,
    MemberRole,
    NetworkKind,
    ObservationKind,
    Plan18Status,
    Provider,
    Regime,
    Role,
    SafetyAssessment,
    Step,
    Theme18,
    ThemeStatus,
    Verwijzer,
)

E = TypeVar("E", bound=StrEnum)

# Pairs, not a dict literal: members of different enums may share a stored value
# ("overig"), and StrEnum members hash and compare as their value.
_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (Role.CASUSREGISSEUR, "Casusregisseur"),
    (Role.GEZINSCOACH, "Gezinscoach"),
    (Role.TAFELSECRETARIS, "Tafelsecretaris"),
    (Role.TEAMLEIDER, "Teamleider"),
    (Role.PRIVACY_OFFICER, "Privacy officer"),
    (Role.ADMIN, "Beheerder"),
    (MemberRole.JEUGDIGE, "Jeugdige"),
    (MemberRole.OUDER, "Ouder"),
    (MemberRole.VERZORGER, "Verzorger"),
    (MemberRole.OVERIG, "Overig gezinslid"),
    (NetworkKind.INFORMEEL, "Informeel netwerk"),
    (NetworkKind.PROFESSIONEEL, "Professioneel netwerk"),
    (Verwijzer.ZELF, "Zelf (gezin)"),
    (Verwijzer.HUISARTS, "Huisarts"),
    (Verwijzer.JEUGDARTS, "Jeugdarts"),
    (Verwijzer.SCHOOL, "School"),
    (Verwijzer.GI, "Gecertificeerde instelling"),
    (Verwijzer.VEILIG_THUIS, "Veilig Thuis"),
    (Verwijzer.GEMEENTE, "Gemeente"),
    (Verwijzer.MEDISCH_SPECIALIST, "Medisch specialist"),
    (Verwijzer.RECHTER, "Rechter"),
    (Verwijzer.OVERIG, "Overig"),
    (CaseStatus.OPEN, "Open"),
    (CaseStatus.WAAKVLAM, "Waakvlam"),
    (CaseStatus.GESLOTEN, "Gesloten"),
    (Step.VRAAGANALYSE, "Vraaganalyse"),
    (Step.RESULTAAT, "Resultaat"),
    (Step.MIDDELEN, "Middelen"),
    (Step.TOETSING, "Toetsing"),
    (Decision.AFRONDEN, "Afronden"),
    (Decision.AFSCHALEN, "Afschalen"),
    (Decision.BIJSTELLEN_RESULTAAT, "Bijstellen (terug naar resultaat)"),
    (Decision.BIJSTELLEN_MIDDELEN, "Bijstellen (terug naar middelen)"),
    (Decision.OPSCHALEN, "Opschalen"),
    (Decision.WAAKVLAM, "Waakvlam"),
    (Decision.GEEN_JEUGDHULP, "Geen jeugdhulp nodig"),
    (Regime.LOKAAL_VRIJWILLIG, "Lokaal, vrijwillig"),
    (Regime.VEILIG_THUIS, "Veilig Thuis betrokken"),
    (Regime.GI_MAATREGEL, "GI-maatregel"),
    (BreadthTopic.WONEN, "Wonen"),
    (BreadthTopic.VEILIGHEID, "Veiligheid"),
    (BreadthTopic.TRAUMA, "Trauma"),
    (BreadthTopic.MEDISCHE_ZORG, "Medische zorg"),
    (BreadthTopic.ARMOEDE_SCHULDEN, "Armoede en schulden"),
    (BreadthTopic.ONDERWIJS, "Onderwijs"),
    (SafetyAssessment.NIET_BEOORDEELD, "Niet beoordeeld"),
    (SafetyAssessment.VEILIG, "Veilig"),
    (SafetyAssessment.ZORGEN, "Zorgen over veiligheid"),
    (SafetyAssessment.ONVEILIG, "Onveilig"),
    (ObservationKind.ZORG, "Zorg"),
    (ObservationKind.KRACHT, "Kracht"),
    (Provider.GEZIN, "Gezin"),
    (Provider.NETWERK, "Netwerk"),
    (Provider.VOORLIGGEND_VELD, "Voorliggend veld"),
    (Provider.LOKAAL_TEAM, "Lokaal team"),
    (Provider.AANBIEDER, "Aanbieder"),
    (Law.JEUGDWET, "Jeugdwet"),
    (Law.WMO, "Wmo"),
    (Law.ZVW, "Zvw"),
    (Law.WLZ, "Wlz"),
    (Law.PARTICIPATIEWET, "Participatiewet"),
    (Law.PASSEND_ONDERWIJS, "Passend onderwijs"),
    (Law.SCHULDHULP, "Schuldhulpverlening"),
    (Law.INFORMEEL, "Informeel"),
    (GoalResult.BEREIKT, "Bereikt"),
    (GoalResult.DEELS, "Deels bereikt"),
    (GoalResult.NIET, "Niet bereikt"),
    (AgreementMethod.IN_PERSOON, "In persoon"),
    (AgreementMethod.TELEFONISCH, "Telefonisch"),
    (AgreementMethod.HANDTEKENING, "Met handtekening"),
    (LegalGround.MELDCODE, "Meldcode"),
    (LegalGround.VEILIGHEID, "Veiligheid"),
    (LegalGround.WETTELIJKE_TAAK, "Wettelijke taak"),
    (LegalGround.JEUGDBESCHERMING, "Jeugdbescherming"),
    (AanmeldingStatus.CONCEPT, "Concept"),
    (AanmeldingStatus.INGEDIEND, "Ingediend"),
    (AanmeldingStatus.ONTVANKELIJK, "Ontvankelijk"),
    (AanmeldingStatus.NIET_ONTVANKELIJK, "Niet ontvankelijk"),
    (AanmeldingStatus.INGEPLAND, "Ingepland"),
    (AanmeldingStatus.BESPROKEN, "Besproken"),
    (AanmeldingStatus.AFGEROND, "Afgerond"),
    (Theme18.SUPPORT, "Support"),
    (Theme18.WONEN, "Wonen"),
    (Theme18.INKOMEN, "Inkomen"),
    (Theme18.ONDERWIJS_WERK, "Onderwijs & werk"),
    (Theme18.ZORG_WELZIJN, "Zorg & welzijn"),
    (Financing18.VERLENGDE_JEUGDHULP, "Verlengde jeugdhulp"),
    (Financing18.WMO, "Wmo"),
    (Financing18.ZVW, "Zvw"),
    (Financing18.WLZ, "Wlz"),
    (Financing18.PARTICIPATIEWET, "Participatiewet"),
    (Financing18.MAATWERKBUDGET, "Maatwerkbudget"),
    (Financing18.GEEN, "Geen financiering nodig"),
    (Plan18Status.NIET_GESTART, "Niet gestart"),
    (Plan18Status.IN_UITVOERING, "In uitvoering"),
    (Plan18Status.AFGESPROKEN, "Afgesproken"),
    (Plan18Status.OVERGEDRAGEN, "Overgedragen"),
    (ThemeStatus.OPEN, "Open"),
    (ThemeStatus.LOOPT, "Loopt"),
    (ThemeStatus.GEREGELD, "Geregeld"),
    (ThemeStatus.VASTGELOPEN, "Vastgelopen"),
    (ConsentGiver.OUDERS, "Ouders met gezag"),
    (ConsentGiver.JEUGDIGE_EN_OUDERS, "Jeugdige en ouders"),
    (ConsentGiver.JEUGDIGE, "Jeugdige"),
    (EvaluationState.NONE, "Geen evaluatie gepland"),
    (EvaluationState.PLANNED, "Gepland"),
    (EvaluationState.DUE_SOON, "Binnenkort"),
    (EvaluationState.OVERDUE, "Verlopen"),
    (Cadence.WEKELIJKS, "Wekelijks"),
    (Cadence.TWEEWEKELIJKS, "Elke twee weken"),
    (Cadence.MAANDELIJKS, "Maandelijks"),
    (Cadence.OP_AFROEP, "Op afroep"),
    (Refusal.ROLE_NOT_ALLOWED, "Indiener mag niet aanmelden bij deze tafel"),
    (Refusal.AGE_BELOW_RANGE, "Jeugdige is jonger dan de tafel toelaat"),
    (Refusal.AGE_ABOVE_RANGE, "Jeugdige is ouder dan de tafel toelaat"),
    (Refusal.AGE_UNKNOWN, "Leeftijd van de jeugdige is onbekend"),
    (Refusal.DOCUMENT_MISSING, "Verplicht document ontbreekt"),
    (Refusal.NO_CONSENT_OR_GROUND, "Geen toestemming of grondslag vastgelegd"),
    (Refusal.NO_QUESTION, "Geen vraag aan de tafel"),
    (TimelinePhase.UNKNOWN, "Geboortedatum onbekend"),
    (TimelinePhase.TOO_EARLY, "Nog niet aan de orde"),
    (TimelinePhase.DUE, "Nu starten"),
    (TimelinePhase.AT_RISK, "In gevaar"),
    (TimelinePhase.OVERDUE, "Te laat"),
    (TimelinePhase.EXTENDED, "Verlengde jeugdhulp"),
    (TimelinePhase.DONE, "Overgedragen"),
    (TimelinePhase.BEYOND, "Voorbij de leeftijdsgrens"),
    (ChecklistItem.ZORGVERZEKERING, "Zorgverzekering"),
    (ChecklistItem.TOESLAGEN, "Zorgtoeslag en andere toeslagen"),
    (ChecklistItem.DIGID, "DigiD"),
    (ChecklistItem.BANKREKENING, "Eigen bankrekening"),
    (ChecklistItem.TOESTEMMING, "Toestemming en wie het dossier mag zien"),
    (ChecklistAlert.SOON, "Binnenkort 18, nog niet geregeld"),
    (ChecklistAlert.OVERDUE, "Al 18, nog niet geregeld"),
)

LABELS: dict[tuple[type[StrEnum], str], str] = {(type(m), m.value): text for m, text in _PAIRS}

LABELLED_ENUMS: tuple[type[StrEnum], ...] = tuple(dict.fromkeys(type(m) for m, _ in _PAIRS))


def label(value: StrEnum) -> str:
    return LABELS[type(value), value.value]


def label_of(enum: type[E], code: str) -> str:
    """The label of a stored code; an unknown code (from a newer build) is shown as it is."""
    try:
        return label(enum(code))
    except ValueError:
        return code

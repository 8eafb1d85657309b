"""The closed vocabularies of youth-care casework, as enums whose values are the users' terms.

Values are stored in the database and sent over the wire, so they never change once released;
display names live in ``casedesk.labels``.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CASUSREGISSEUR = "casusregisseur"  # lokaal-team professional holding regie
    GEZINSCOACH = "gezinscoach"
    TAFELSECRETARIS = "tafelsecretaris"
    TEAMLEIDER = "teamleider"
    PRIVACY_OFFICER = "privacy_officer"
    ADMIN = "admin"


class MemberRole(StrEnum):
    JEUGDIGE = "jeugdige"
    OUDER = "ouder"
    VERZORGER = "verzorger"
    OVERIG = "overig"


class NetworkKind(StrEnum):
    INFORMEEL = "informeel"
    PROFESSIONEEL = "professioneel"


class Verwijzer(StrEnum):
    ZELF = "zelf"
    HUISARTS = "huisarts"
    JEUGDARTS = "jeugdarts"
    SCHOOL = "school"
    GI = "gi"
    VEILIG_THUIS = "veilig_thuis"
    GEMEENTE = "gemeente"
    MEDISCH_SPECIALIST = "medisch_specialist"
    RECHTER = "rechter"
    OVERIG = "overig"


class CaseStatus(StrEnum):
    OPEN = "open"
    WAAKVLAM = "waakvlam"  # dormant: light contact, can be reopened
    GESLOTEN = "gesloten"


class Step(StrEnum):
    """The four steps of casusregie (002 l.393-399), in order."""

    VRAAGANALYSE = "vraaganalyse"
    RESULTAAT = "resultaat"
    MIDDELEN = "middelen"
    TOETSING = "toetsing"

    @property
    def number(self) -> int:
        return list(Step).index(self) + 1


class Decision(StrEnum):
    """How a step ends. Toetsing ends in one of the first six; vraaganalyse may end in the last."""

    AFRONDEN = "afronden"
    AFSCHALEN = "afschalen"
    BIJSTELLEN_RESULTAAT = "bijstellen_resultaat"
    BIJSTELLEN_MIDDELEN = "bijstellen_middelen"
    OPSCHALEN = "opschalen"
    WAAKVLAM = "waakvlam"
    GEEN_JEUGDHULP = "geen_jeugdhulp"


class Regime(StrEnum):
    """Who holds casusregie (002 l.838-877)."""

    LOKAAL_VRIJWILLIG = "lokaal_vrijwillig"
    VEILIG_THUIS = "veilig_thuis"
    GI_MAATREGEL = "gi_maatregel"


class BreadthTopic(StrEnum):
    """The breadth check of the vraaganalyse."""

    WONEN = "wonen"
    VEILIGHEID = "veiligheid"
    TRAUMA = "trauma"
    MEDISCHE_ZORG = "medische_zorg"
    ARMOEDE_SCHULDEN = "armoede_schulden"
    ONDERWIJS = "onderwijs"


class SafetyAssessment(StrEnum):
    NIET_BEOORDEELD = "niet_beoordeeld"
    VEILIG = "veilig"
    ZORGEN = "zorgen"
    ONVEILIG = "onveilig"


class ObservationKind(StrEnum):
    ZORG = "zorg"
    KRACHT = "kracht"


class Provider(StrEnum):
    GEZIN = "gezin"
    NETWERK = "netwerk"
    VOORLIGGEND_VELD = "voorliggend_veld"
    LOKAAL_TEAM = "lokaal_team"
    AANBIEDER = "aanbieder"


class Law(StrEnum):
    JEUGDWET = "jeugdwet"
    WMO = "wmo"
    ZVW = "zvw"
    WLZ = "wlz"
    PARTICIPATIEWET = "participatiewet"
    PASSEND_ONDERWIJS = "passend_onderwijs"
    SCHULDHULP = "schuldhulp"
    INFORMEEL = "informeel"


class GoalResult(StrEnum):
    BEREIKT = "bereikt"
    DEELS = "deels"
    NIET = "niet"


class AgreementMethod(StrEnum):
    IN_PERSOON = "in_persoon"
    TELEFONISCH = "telefonisch"
    HANDTEKENING = "handtekening"


class LegalGround(StrEnum):
    """Grounds for sharing without consent; each needs a written reason."""

    MELDCODE = "meldcode"
    VEILIGHEID = "veiligheid"
    WETTELIJKE_TAAK = "wettelijke_taak"
    JEUGDBESCHERMING = "jeugdbescherming"


class AanmeldingStatus(StrEnum):
    CONCEPT = "concept"
    INGEDIEND = "ingediend"
    ONTVANKELIJK = "ontvankelijk"
    NIET_ONTVANKELIJK = "niet_ontvankelijk"
    INGEPLAND = "ingepland"
    BESPROKEN = "besproken"
    AFGEROND = "afgerond"


class Theme18(StrEnum):
    """The five leefthema's of the Tussen Wal en Schip network."""

    SUPPORT = "support"
    WONEN = "wonen"
    INKOMEN = "inkomen"
    ONDERWIJS_WERK = "onderwijs_werk"
    ZORG_WELZIJN = "zorg_welzijn"


class Financing18(StrEnum):
    VERLENGDE_JEUGDHULP = "verlengde_jeugdhulp"
    WMO = "wmo"
    ZVW = "zvw"
    WLZ = "wlz"
    PARTICIPATIEWET = "participatiewet"
    MAATWERKBUDGET = "maatwerkbudget"
    GEEN = "geen"


class Plan18Status(StrEnum):
    NIET_GESTART = "niet_gestart"
    IN_UITVOERING = "in_uitvoering"
    AFGESPROKEN = "afgesproken"
    OVERGEDRAGEN = "overgedragen"


class ThemeStatus(StrEnum):
    OPEN = "open"
    LOOPT = "loopt"
    GEREGELD = "geregeld"
    VASTGELOPEN = "vastgelopen"

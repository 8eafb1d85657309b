"""Deterministic synthetic data for regio Rijk van Nijmegen.

Same seed and same day give the same data, byte for byte (ids included). Names are common
Dutch names of several backgrounds, combined at random: no real persons. Dates are placed
relative to ``today`` so every screen has something current to show: evaluations due, youths
at every point of the 16-23 range, table sessions in the past and the coming weeks. Each row
says when and by whom it was last saved (``stamp``): the professional who owns it, on a working
day that fits its history, so the werkoverzicht's recent changes read like a team's weeks.
"""

from __future__ import annotations

import calendar
import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.domain.bsn import is_valid_bsn
from casedesk.domain.consent import required_consent_giver
from casedesk.domain.dates import add_months, age_months_on, age_on
from casedesk.domain.tables import TableDefinition, session_dates
from casedesk.domain.transition18 import (
    LEGAL_LIMIT_AGE,
    ChecklistItem,
    Transition18Policy,
    agreement_giver,
    milestones,
)
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
from casedesk.export.snapshot import gezinsplan_to_snapshot
from casedesk.region import Region
from casedesk.services.documents import assemble_inhoud, load_plans
from casedesk.services.tables import compose_summary, fragments_of, subject_line
from casedesk.services.tables_dto import FragmentKind, Jeugdige
from casedesk.services.tables_outcome import action_id, advice_id, advice_text
from casedesk.store import audit, bulk
from casedesk.store.models import (
    Aanmelding,
    Afspraak,
    Bijdrage,
    Casus,
    Doel,
    DoelToetsing,
    EigenWoorden,
    Huishouden,
    Middel,
    NetwerkContact,
    Observatie,
    Persoon,
    Plan18,
    Plan18Thema,
    PlanVersie,
    Professional,
    Setting,
    StapLog,
    Tafel,
    Team,
    Toestemming,
    Toetsing,
    Zitting,
)

Progress = Callable[[int, int], None]
BATCH = 200
GOLDEN_RATIO_CONJUGATE = 0.6180339887498949
WORKDAY_START = 8 * 60 + 30  # a row's save falls between 08:30 and 17:30 of a weekday
WORKDAY_MINUTES = 9 * 60
SPECIAL_EVERY = 80  # per 80 households: one youth without birth date, one born on 29 February
UNKNOWN_BIRTH_DATE = 5
LEAP_DAY = 2

FIRST_NAMES_M = (
    "Daan",
    "Sem",
    "Lucas",
    "Milan",
    "Levi",
    "Noah",
    "Finn",
    "Bram",
    "Thijs",
    "Mohamed",
    "Ayoub",
    "Emre",
    "Yusuf",
    "Jayden",
    "Ravi",
    "Jesse",
    "Ruben",
    "Sven",
    "Mees",
    "Kees",
    "Joost",
    "Pieter",
    "Hasan",
    "Mehmet",
    "Karim",
    "Dewi",
    "Ricardo",
    "Stijn",
)
FIRST_NAMES_F = (
    "Emma",
    "Julia",
    "Mila",
    "Sophie",
    "Tess",
    "Zoë",
    "Noor",
    "Fenna",
    "Saar",
    "Lotte",
    "Yasmina",
    "Aylin",
    "Fatima",
    "Chayenne",
    "Priya",
    "Anouk",
    "Iris",
    "Marieke",
    "Ingrid",
    "Esra",
    "Hanna",
    "Renée",
    "Chloë",
    "Naomi",
    "Ilse",
    "Nadia",
    "Maaike",
)
SURNAMES = (
    ("", "Jansen"),
    ("de", "Vries"),
    ("van", "den Berg"),
    ("", "Bakker"),
    ("", "Visser"),
    ("", "Smit"),
    ("", "Meijer"),
    ("de", "Boer"),
    ("", "Mulder"),
    ("de", "Groot"),
    ("", "Bos"),
    ("", "Vos"),
    ("", "Peters"),
    ("", "Hendriks"),
    ("van", "Leeuwen"),
    ("", "Dekker"),
    ("", "Brouwer"),
    ("de", "Wit"),
    ("", "Dijkstra"),
    ("", "Öztürk"),
    ("", "Yılmaz"),
    ("El", "Amrani"),
    ("", "Bouzid"),
    ("", "Kartosen"),
    ("", "Ramdin"),
    ("", "Nguyen"),
    ("", "Wiśniewski"),
    ("van", "Dijk"),
    ("", "Hermans"),
    ("", "Gerritsen"),
    ("", "Verhoeven"),
    ("", "Arts"),
    ("", "Janssen"),
    ("van", "Beek"),
    ("", "Willems"),
)
STREETS = (
    "Hoogstraat",
    "Molenweg",
    "Graafseweg",
    "Sint Annastraat",
    "Berg en Dalseweg",
    "Kerkstraat",
    "Dorpsstraat",
    "Wezenlaan",
    "Tarweweg",
    "Lindenlaan",
    "Van Peltlaan",
    "Meijhorst",
    "Zwanenveld",
    "Aldenhof",
    "Schoolstraat",
    "Heideweg",
    "Burchtstraat",
)
POSTCODE_PREFIX = {
    "Nijmegen": 65,
    "Berg en Dal": 65,
    "Beuningen": 66,
    "Druten": 66,
    "Heumen": 66,
    "Mook en Middelaar": 65,
    "Wijchen": 66,
}
PLACES = {
    "Berg en Dal": ("Groesbeek", "Ooij", "Millingen aan de Rijn"),
    "Beuningen": ("Beuningen", "Ewijk", "Weurt"),
    "Druten": ("Druten", "Afferden"),
    "Heumen": ("Malden", "Heumen", "Overasselt"),
    "Mook en Middelaar": ("Mook", "Molenhoek"),
    "Nijmegen": ("Nijmegen",),
    "Wijchen": ("Wijchen", "Batenburg", "Alverna"),
}
CONCERNS = (
    "Ouders maken veel ruzie, de kinderen horen dat.",
    "Jeugdige gaat niet meer naar school sinds de herfstvakantie.",
    "Moeder is uitgeput en slaapt slecht.",
    "Er zijn schulden en een huurachterstand.",
    "Zoon blowt dagelijks en heeft vrienden die in de problemen komen.",
    "Dochter snijdt zichzelf, school maakt zich zorgen.",
    "Vader heeft zijn baan verloren en drinkt meer dan vroeger.",
    "Het huis is te klein; drie kinderen slapen op één kamer.",
    "Na de scheiding is er geen contact meer met vader.",
)
STRENGTHS = (
    "Oma woont om de hoek en helpt graag.",
    "Ouders willen allebei dat het beter gaat.",
    "De kinderen sporten graag bij de voetbalclub.",
    "Moeder is heel betrokken bij school.",
    "Het gezin heeft een hechte vriendengroep in de wijk.",
    "Jeugdige is creatief en tekent veel.",
    "Vader kan goed koken en doet dat graag.",
)
GOALS = (
    "We maken minder ruzie en praten rustig met elkaar.",
    "Ik ga weer elke dag naar school.",
    "Er komt rust in de geldzaken; we hebben overzicht.",
    "Mama heeft weer energie en tijd voor zichzelf.",
    "Ik weet wat ik kan doen als ik me rot voel.",
    "We hebben een groter huis of een oplossing voor de slaapkamers.",
    "Papa en de kinderen zien elkaar weer om het weekend.",
)
HELP = (
    ("Gezinscoaching", Provider.LOKAAL_TEAM, Law.JEUGDWET, "45A48"),
    ("Schuldhulpverlening", Provider.VOORLIGGEND_VELD, Law.SCHULDHULP, ""),
    ("Jeugd-GGZ behandeling", Provider.AANBIEDER, Law.JEUGDWET, "54001"),
    ("Opvoedondersteuning", Provider.LOKAAL_TEAM, Law.JEUGDWET, "45A52"),
    ("Huiswerkbegeleiding door buurvrouw", Provider.NETWERK, Law.INFORMEEL, ""),
    ("Ambulante begeleiding", Provider.AANBIEDER, Law.WMO, "02A01"),
    ("Maatschappelijk werk", Provider.VOORLIGGEND_VELD, Law.WMO, ""),
    ("Oma haalt de kinderen op woensdag op", Provider.NETWERK, Law.INFORMEEL, ""),
    ("Traject passend onderwijs", Provider.VOORLIGGEND_VELD, Law.PASSEND_ONDERWIJS, ""),
)
NETWORK = (
    ("Oma", "grootouder", NetworkKind.INFORMEEL, 1),
    ("Opa", "grootouder", NetworkKind.INFORMEEL, 1),
    ("Buurvrouw", "buurvrouw", NetworkKind.INFORMEEL, 2),
    ("Tante", "tante", NetworkKind.INFORMEEL, 2),
    ("Voetbaltrainer", "trainer", NetworkKind.INFORMEEL, 3),
    ("Mentor", "school", NetworkKind.PROFESSIONEEL, 2),
    ("Huisarts", "huisarts", NetworkKind.PROFESSIONEEL, 3),
    ("Jeugdverpleegkundige", "jeugdgezondheidszorg", NetworkKind.PROFESSIONEEL, 3),
    ("Steunfiguur", "steunfiguur", NetworkKind.INFORMEEL, 1),
)
SCHOOLS = (
    "Dominicus College",
    "Stedelijk Gymnasium",
    "ROC Nijmegen",
    "basisschool De Klimop",
    "Kandinsky College",
    "Citadel College",
    "basisschool De Vuurvogel",
)


# --- toekomstplan 18+ ------------------------------------------------------------------------

REGISSEUR = "casusregisseur"  # placeholder in THEMES18, replaced by the regisseur's name
F = Financing18
# Per leefthema: (situation now, goal in the young person's words, possible financing, actions)
THEMES18: dict[
    Theme18, tuple[tuple[str, str, tuple[Financing18, ...], tuple[tuple[str, str], ...]], ...]
] = {
    Theme18.SUPPORT: (
        (
            "Heeft weinig mensen om op terug te vallen; het contact met een oom is goed.",
            "Ik wil iemand die ik kan bellen als het misgaat.",
            (F.GEEN, F.MAATWERKBUDGET),
            (
                ("Samen een steunfiguur kiezen (JIM-aanpak)", REGISSEUR),
                ("Kennismaken met de JIM-mentor", "Jongere"),
            ),
        ),
        (
            "Tante is steunfiguur en komt elke week langs.",
            "Dat mijn tante er blijft, ook na mijn achttiende.",
            (F.GEEN,),
            (("Afspraken met tante vastleggen in het netwerkplan", REGISSEUR),),
        ),
        (
            "De voetbaltrainer is een belangrijk voorbeeld; verder weinig netwerk.",
            "Ik wil mijn eigen mensen om me heen houden.",
            (F.GEEN, F.MAATWERKBUDGET),
            (("Netwerkberaad plannen met trainer en familie", REGISSEUR),),
        ),
    ),
    Theme18.WONEN: (
        (
            "Woont thuis bij moeder; het is vaak onrustig.",
            "Ik wil op mezelf wonen, het liefst in Nijmegen.",
            (F.WMO, F.GEEN),
            (
                ("Inschrijven bij Entree voor een woning", "Jongere"),
                ("Aanmelden voor begeleid wonen", REGISSEUR),
            ),
        ),
        (
            "Woont in een gezinshuis; de plaatsing stopt bij 18 jaar.",
            "Ik wil een kamer met een beetje begeleiding.",
            (F.VERLENGDE_JEUGDHULP, F.WMO),
            (
                ("Verlengde jeugdhulp aanvragen voor het gezinshuis", REGISSEUR),
                ("Kamer zoeken via Kamernet", "Jongere"),
            ),
        ),
        (
            "Woont bij vader; dat gaat goed.",
            "Ik blijf voorlopig thuis wonen.",
            (F.GEEN,),
            (),
        ),
    ),
    Theme18.INKOMEN: (
        (
            "Heeft een bijbaan bij de supermarkt; geen overzicht over geld.",
            "Ik wil weten wat ik elke maand kan uitgeven.",
            (F.GEEN, F.PARTICIPATIEWET),
            (
                ("Budgetcursus volgen bij Sterker", "Jongere"),
                ("Zorgtoeslag aanvragen zodra de jongere 18 is", "Jongere"),
            ),
        ),
        (
            "Geen inkomen; schulden bij een telefoonprovider.",
            "Ik wil geen schulden meer.",
            (F.PARTICIPATIEWET,),
            (
                ("Aanmelden bij schuldhulpverlening", REGISSEUR),
                ("Afspraak bij Werk en Inkomen over een uitkering", "Jongere"),
            ),
        ),
    ),
    Theme18.ONDERWIJS_WERK: (
        (
            "Zit op het ROC, niveau 2, en verzuimt veel.",
            "Ik wil mijn diploma halen.",
            (F.GEEN,),
            (("Gesprek met de mentor over het verzuim", "Mentor ROC"),),
        ),
        (
            "Zit al een half jaar thuis, zonder school of werk.",
            "Ik wil werken, het liefst met mijn handen.",
            (F.PARTICIPATIEWET,),
            (("Aanmelden bij het Werkbedrijf", REGISSEUR), ("Proefdag bij een garage", "Jongere")),
        ),
        (
            "Doet een BBL-opleiding in de zorg.",
            "Ik wil verpleegkundige worden.",
            (F.GEEN,),
            (),
        ),
    ),
    Theme18.ZORG_WELZIJN: (
        (
            "Behandeling bij de jeugd-GGZ loopt door tot na 18 jaar.",
            "Ik wil niet opnieuw mijn hele verhaal hoeven te vertellen.",
            (F.VERLENGDE_JEUGDHULP, F.ZVW),
            (
                ("Warme overdracht naar de volwassenen-GGZ regelen", REGISSEUR),
                ("Zelf een huisarts kiezen", "Jongere"),
            ),
        ),
        (
            "Blowt dagelijks; slaapt slecht.",
            "Ik wil minder blowen en beter slapen.",
            (F.ZVW, F.WMO),
            (("Kennismaking bij IrisZorg", "Jongere"),),
        ),
        (
            "Lichamelijke beperking; heeft veel zorg nodig.",
            "Ik wil zoveel mogelijk zelf blijven doen.",
            (F.WLZ, F.WMO),
            (("Wlz-indicatie aanvragen bij het CIZ", REGISSEUR),),
        ),
        (
            "Geen zorgen op dit moment.",
            "Gewoon gezond blijven.",
            (F.GEEN,),
            (),
        ),
    ),
}
# How often a theme is stuck: housing and income get stuck most (001:652-656, 702).
STUCK_CHANCE = {Theme18.WONEN: 0.14, Theme18.INKOMEN: 0.1}
RECEIVERS = (
    ("Wmo-team Nijmegen", "Jeroen Kuipers"),
    ("Pro Persona volwassenen-GGZ", "Sanne de Bruijn"),
    ("Werkbedrijf Rijk van Nijmegen", "Mustafa Aydın"),
    ("IrisZorg begeleid wonen", "Linda Verbeek"),
    ("Integraal team jongvolwassenen", "Kim Hoekstra"),
)


@dataclass(frozen=True)
class DemoReport:
    households: int
    cases: int
    professionals: int
    me: str


class DemoBuilder:
    """Builds the data; one instance per run. All randomness comes from one seeded RNG."""

    def __init__(
        self, session: Session, region: Region, *, seed: int, today: date, shared: bool = False
    ) -> None:
        self.s = session
        self.region = region
        self.rng = random.Random(seed)
        self.today = today
        self.now = datetime.combine(today, time(9, 0))
        # The clock's moment when it is on the generation day (a zitting at 09:00 has
        # happened by noon; nothing was saved after it), else 09:00 of that day.
        clock = session.info["now"]() if session is not None else self.now
        self.moment = clock if clock.date() == today else self.now
        self.bsn_counter = 100_000_000 + seed * 7919 % 50_000_000
        self.pending: list[Any] | None = None  # a bulk batch being collected, see ``add``
        # Agreed plan versions wait until their casus's rows are written: their content is the
        # plan's snapshot, read back from those rows (see ``freeze_versions``).
        self.versions: list[PlanVersie] = []
        # On a profile logged in to a regional store the region's own rows (table secretaries,
        # zittingen) come from the store: the demo uses them and never makes its own.
        self.shared = shared
        self.case_rows: dict[str, _CaseRows] = {}  # the table traffic's cases, see ``_case_rows``

    def add(self, obj: Any) -> None:
        """Into the bulk batch while households are built (thousands of rows, written by
        ``bulk.insert_new``), otherwise into the session."""
        if self.pending is None:
            self.s.add(obj)
        else:
            self.pending.append(obj)

    def state(self) -> tuple[Any, int]:
        return self.rng.getstate(), self.bsn_counter

    def restore(self, state: tuple[Any, int]) -> None:
        self.rng.setstate(state[0])
        self.bsn_counter = state[1]

    def new_id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, seq: Any) -> Any:
        return seq[self.rng.randrange(len(seq))]

    def stamp(self, obj: Any, first: date, last: date | None, by: str | None) -> None:
        """Say when and by whom ``obj`` was last saved: a working moment on a weekday between
        ``first`` and ``last`` (inclusive), never after ``moment``; a window that lies wholly
        ahead (an afspraak due next month, done already) falls in the last two weeks. The
        moment comes from the row's own id (random bits), not from the RNG, so no other value
        changes."""
        now_minute = self.moment.hour * 60 + self.moment.minute
        latest = self.moment.date()
        if now_minute <= WORKDAY_START or latest.weekday() >= 5:
            latest -= timedelta(days=1)
        hi = min(last or first, latest)
        lo = first if first <= hi else hi - timedelta(days=13)
        bits = uuid.UUID(obj.id).int  # the low 48 bits of a version-4 id are all random
        day = lo + timedelta(days=(bits & 0xFFFF) % ((hi - lo).days + 1))
        if day.weekday() >= 5:  # to the Monday after, or else the Friday before
            monday = day + timedelta(days=7 - day.weekday())
            day = monday if monday <= hi else day - timedelta(days=day.weekday() - 4)
        minutes = WORKDAY_MINUTES
        if day == self.moment.date():
            minutes = min(minutes, now_minute - WORKDAY_START)
        minute = WORKDAY_START + (bits >> 16 & 0xFFFF) % minutes
        obj.updated_at = datetime.combine(day, time()) + timedelta(minutes=minute)
        obj.updated_by = by

    def next_bsn(self) -> str:
        """The first number after the counter that passes the elfproef. Within a block of ten
        (the same first eight digits) only one last digit can pass, so the search jumps from
        block to block instead of trying every number."""
        n = self.bsn_counter + 1
        while True:
            block, last = divmod(n, 10)
            check = _elfproef_digit(block)
            if last <= check <= 9 and block * 10 + check > 0:
                self.bsn_counter = block * 10 + check
                candidate = f"{self.bsn_counter:09d}"
                assert is_valid_bsn(candidate)
                return candidate
            n = (block + 1) * 10

    # --- professionals --------------------------------------------------------------------

    def professionals(self, team_ids: list[str]) -> dict[str, list[Professional]]:
        existing = {p.gebruikersnaam: p for p in self.s.scalars(select(Professional))}
        by_team: dict[str, list[Professional]] = {}
        teams = {t.id: t for t in self.s.scalars(select(Team))}
        for team_id in team_ids:
            team = teams[team_id]
            for i, roles in enumerate(
                (
                    [Role.CASUSREGISSEUR],
                    [Role.CASUSREGISSEUR],
                    [Role.CASUSREGISSEUR, Role.GEZINSCOACH],
                    [Role.GEZINSCOACH],
                    [Role.TEAMLEIDER],
                )
            ):
                username = f"{_slug(team.naam)}-{i + 1}"
                prof = existing.get(username)
                if prof is None:
                    first = self.pick(FIRST_NAMES_F + FIRST_NAMES_M)
                    tv, last = self.pick(SURNAMES)
                    prof = Professional(
                        id=self.new_id(),
                        naam=" ".join(x for x in (first, tv, last) if x),
                        gebruikersnaam=username,
                        organisatie=team.naam,
                        team_id=team_id,
                        rollen=[r.value for r in roles],
                        telefoon=f"024 {self.rng.randint(300, 399)} {self.rng.randint(1000, 9999)}",
                        email=f"{username}@jeugd.rijkvannijmegen.example",
                    )
                    self.add(prof)
                by_team.setdefault(team_id, []).append(prof)
        for tafel in self.s.scalars(select(Tafel)):
            username = f"secretaris-{tafel.code.lower()}"
            if username not in existing and not self.shared:
                self.add(
                    Professional(
                        id=self.new_id(),
                        naam=f"Secretariaat {tafel.naam}",
                        gebruikersnaam=username,
                        organisatie="Regionaal Expertteam",
                        team_id=None,
                        rollen=[Role.TAFELSECRETARIS.value],
                        email=f"{username}@jeugd.rijkvannijmegen.example",
                    )
                )
        if "privacy" not in existing and not self.shared:
            self.add(
                Professional(
                    id=self.new_id(),
                    naam="Functionaris Gegevensbescherming",
                    gebruikersnaam="privacy",
                    organisatie="Gemeente Nijmegen",
                    rollen=[Role.PRIVACY_OFFICER.value],
                )
            )
        self.s.flush()
        return by_team

    # --- households and cases -------------------------------------------------------------

    def household(
        self, team: Team, gemeente_naam: str, regisseurs: list[Professional], index: int
    ) -> None:
        rng = self.rng
        tv, last = self.pick(SURNAMES)
        place = self.pick(PLACES[gemeente_naam])
        h = Huishouden(
            id=self.new_id(),
            naam=f"Gezin {(tv.capitalize() + ' ' if tv else '')}{last}",
            gemeente_id=team.gemeente_id,
            team_id=team.id,
            straat=f"{self.pick(STREETS)} {rng.randint(1, 180)}",
            postcode=f"{POSTCODE_PREFIX[gemeente_naam]}{rng.randint(10, 99)} "
            f"{chr(65 + rng.randrange(26))}{chr(65 + rng.randrange(26))}",
            woonplaats=place,
            telefoon=f"06 {rng.randint(10000000, 99999999)}",
        )
        self.add(h)
        members = self.members(h.id, tv, last, index)
        contacts: list[NetwerkContact] = []
        for naam, relatie, soort, nabijheid in rng.sample(NETWORK, rng.randint(2, 5)):
            org = self.pick(SCHOOLS) if relatie == "school" else ""
            person = (
                naam
                if soort is NetworkKind.PROFESSIONEEL
                else (f"{naam} {self.pick(FIRST_NAMES_F + FIRST_NAMES_M)}")
            )
            contact = NetwerkContact(
                id=self.new_id(),
                huishouden_id=h.id,
                naam=person,
                relatie=relatie,
                soort=soort.value,
                organisatie=org,
                nabijheid=nabijheid,
                telefoon=f"06 {rng.randint(10000000, 99999999)}",
            )
            contacts.append(contact)
            self.add(contact)
        regisseur = regisseurs[index % len(regisseurs)]
        stand_in = regisseurs[(index + 1) % len(regisseurs)]
        first = None
        if rng.random() < 0.12:  # an older, closed casus first: history
            first = self.casus(h, team, members, regisseur, stand_in, closed=True)
        current = self.casus(h, team, members, regisseur, stand_in, closed=False, index=index)
        # Registered when the first casus opened; the network mapped in its first weeks.
        registered = (first or current).geopend_op
        for row in (h, *members):
            self.stamp(row, registered, registered, regisseur.id)
        for contact in contacts:
            self.stamp(contact, registered, registered + timedelta(days=30), regisseur.id)

    def members(self, household_id: str, tv: str, last: str, index: int) -> list[Persoon]:
        rng = self.rng
        members: list[Persoon] = []
        n_parents = 1 if rng.random() < 0.35 else 2
        for p in range(n_parents):
            female = p == 0
            members.append(
                self.person(
                    household_id,
                    MemberRole.OUDER,
                    tv,
                    last,
                    female,
                    age_years=rng.randint(28, 52),
                    gezag=True,
                )
            )
        for c in range(rng.randint(1, 4)):
            if c == 0 and _placed(index):
                born = self.placed_youth_birth_date(index)
            else:
                born = self.today - timedelta(days=rng.randint(30, int(17.9 * 365)))
            members.append(
                self.person(
                    household_id,
                    MemberRole.JEUGDIGE,
                    tv,
                    last,
                    rng.random() < 0.5,
                    born=born,
                )
            )
        return members

    def placed_youth_birth_date(self, index: int) -> date | None:
        """A youth placed deliberately in the 16-23 range, so the 18+ timeline has people at
        every point of it in any profile size: ages follow the golden-ratio sequence, which
        spreads any number of points evenly. A few are born on 29 February, and a few have no
        known birth date (e.g. an unaccompanied minor), so both cases are always on screen."""
        if _special(index, UNKNOWN_BIRTH_DATE):
            return None
        if _special(index, LEAP_DAY):
            leap = next(y for y in range(self.today.year - 17, 0, -1) if calendar.isleap(y))
            return date(leap, 2, 29)
        fraction = (index * GOLDEN_RATIO_CONJUGATE) % 1.0
        age_days = int(16 * 365.25 + fraction * 7 * 365.25)
        return self.today - timedelta(days=age_days)

    def person(
        self,
        household_id: str,
        rol: MemberRole,
        tv: str,
        last: str,
        female: bool,
        *,
        age_years: int | None = None,
        born: date | None = None,
        gezag: bool = False,
    ) -> Persoon:
        """A parent is made by ``age_years``; a youth by ``born``, which may be unknown."""
        rng = self.rng
        if age_years is not None:
            born = self.today - timedelta(days=age_years * 365 + rng.randint(0, 364))
        p = Persoon(
            id=self.new_id(),
            huishouden_id=household_id,
            voornaam=self.pick(FIRST_NAMES_F if female else FIRST_NAMES_M),
            tussenvoegsel=tv,
            achternaam=last,
            geboortedatum=born,
            bsn=self.next_bsn() if rng.random() > 0.04 else None,  # some have no BSN
            rol=rol.value,
            gezag=gezag,
            telefoon=f"06 {rng.randint(10000000, 99999999)}" if rol is MemberRole.OUDER else "",
            email=f"{_slug(last)}{rng.randint(1, 99)}@mail.example" if gezag else "",
        )
        self.add(p)
        return p

    def casus(
        self,
        h: Huishouden,
        team: Team,
        members: list[Persoon],
        regisseur: Professional,
        stand_in: Professional,
        *,
        closed: bool,
        index: int = 0,
    ) -> Casus:
        rng = self.rng
        opened = self.today - timedelta(days=rng.randint(14, 700))
        if closed:
            opened = opened - timedelta(days=900)
        stap = Step.TOETSING if closed else self.pick(list(Step))
        status = (
            CaseStatus.GESLOTEN
            if closed
            else (CaseStatus.WAAKVLAM if rng.random() < 0.07 else CaseStatus.OPEN)
        )
        regime = Regime.LOKAAL_VRIJWILLIG
        roll = rng.random()
        if roll < 0.08:
            regime = Regime.VEILIG_THUIS
        elif roll < 0.13:
            regime = Regime.GI_MAATREGEL
        due = self.today + timedelta(days=rng.randint(-40, 90))
        youths = [m for m in members if m.rol == MemberRole.JEUGDIGE.value]
        c = Casus(
            id=self.new_id(),
            huishouden_id=h.id,
            team_id=team.id,
            gemeente_id=team.gemeente_id,
            casusregisseur_id=regisseur.id,
            stand_in_id=stand_in.id,
            verwijzer=self.pick(list(Verwijzer)).value,
            status=status.value,
            stap=stap.value,
            regime=regime.value,
            geopend_op=opened,
            gesloten_op=opened + timedelta(days=400) if closed else None,
            sluitreden="Doelen bereikt, afgerond met het gezin." if closed else "",
            volgende_evaluatie=None if closed else due,
            aanleiding=self.pick(CONCERNS),
            breedte={t.value: "" for t in BreadthTopic}
            | {
                BreadthTopic.ONDERWIJS.value: f"Kinderen op {self.pick(SCHOOLS)}.",
                BreadthTopic.WONEN.value: "Huurwoning, " + self.pick(("ruim genoeg.", "te klein.")),
            },
            veiligheid=(
                SafetyAssessment.ZORGEN
                if regime is Regime.VEILIG_THUIS
                else self.pick(
                    (
                        SafetyAssessment.VEILIG,
                        SafetyAssessment.NIET_BEOORDEELD,
                        SafetyAssessment.ZORGEN,
                    )
                )
            ).value,
            eigen_kracht=self.pick(STRENGTHS),
            ernst="Matig; het gezin functioneert deels.",
        )
        if regime is Regime.VEILIG_THUIS:
            c.vt_aanspreekpunt = regisseur.naam
            c.vt_planschrijver = regisseur.naam if rng.random() < 0.6 else ""
            c.vt_toezicht = "Veilig Thuis Gelderland-Zuid" if rng.random() < 0.5 else ""
        self.add(c)
        if closed:
            self.stamp(c, c.gesloten_op or opened, None, regisseur.id)
        else:  # the last save of an open casus: its regisseur, now and then the stand-in
            by = stand_in.id if uuid.UUID(c.id).int >> 32 & 7 == 0 else regisseur.id
            self.stamp(c, max(opened, self.today - timedelta(days=42)), self.today, by)
        self.log(
            c.id, "geopend", "", Step.VRAAGANALYSE.value, "", c.verwijzer, regisseur.id, opened
        )
        if regime is not Regime.LOKAAL_VRIJWILLIG:
            self.log(
                c.id,
                "regime",
                Regime.LOKAAL_VRIJWILLIG.value,
                regime.value,
                "",
                "Melding en vervolg door Veilig Thuis."
                if regime is Regime.VEILIG_THUIS
                else "Ondertoezichtstelling uitgesproken door de kinderrechter.",
                regisseur.id,
                opened + timedelta(days=10),
            )
        analysis = opened + timedelta(days=21)  # the vraaganalyse's first weeks
        for m in members:
            if rng.random() < 0.6:
                self.add_stamped(
                    Observatie(
                        id=self.new_id(),
                        casus_id=c.id,
                        persoon_id=m.id,
                        soort=ObservationKind.ZORG.value,
                        tekst=self.pick(CONCERNS),
                    ),
                    opened,
                    analysis,
                    regisseur.id,
                )
            if rng.random() < 0.6:
                self.add_stamped(
                    Observatie(
                        id=self.new_id(),
                        casus_id=c.id,
                        persoon_id=m.id,
                        soort=ObservationKind.KRACHT.value,
                        tekst=self.pick(STRENGTHS),
                    ),
                    opened,
                    analysis,
                    regisseur.id,
                )
        for y in youths[:2]:
            if y.geboortedatum and age_on(y.geboortedatum, self.today) >= 8:
                self.add_stamped(
                    EigenWoorden(
                        id=self.new_id(),
                        casus_id=c.id,
                        persoon_id=y.id,
                        vraag="Dat het thuis gezelliger wordt.",
                        wensen="Meer met papa en mama doen.",
                        dromen="Later dierenarts worden.",
                    ),
                    opened,
                    analysis,
                    regisseur.id,
                )
        order = list(Step)
        reached = order.index(stap)
        for i in range(1, reached + 1):
            self.log(
                c.id,
                "stap",
                order[i - 1].value,
                order[i].value,
                "",
                "",
                regisseur.id,
                opened + timedelta(days=14 * i),
            )
        goals: list[Doel] = []
        if reached >= 1:
            for g in range(rng.randint(1, 4)):
                who = self.pick(members) if rng.random() < 0.5 else None
                goal = Doel(
                    id=self.new_id(),
                    casus_id=c.id,
                    persoon_id=who.id if who else None,
                    omschrijving=self.pick(GOALS),
                    volgorde=g,
                    eindsituatie="Het gezin redt het weer zonder hulp van het team.",
                )
                goals.append(goal)
                self.add_stamped(
                    goal, opened + timedelta(days=14), opened + timedelta(days=28), regisseur.id
                )
        if reached >= 2:
            for omschrijving, provider, law, code in rng.sample(HELP, rng.randint(1, 4)):
                start = opened + timedelta(days=rng.randint(30, 60))
                self.add_stamped(
                    Middel(
                        id=self.new_id(),
                        casus_id=c.id,
                        doel_id=self.pick(goals).id if goals else None,
                        omschrijving=omschrijving,
                        aanbieder=self.pick(
                            (
                                "Entrea Lindenhout",
                                "Pro Persona",
                                "Karakter",
                                "Sterker sociaal werk",
                                "Buurtteam",
                                "Familie",
                            )
                        )
                        if provider is not Provider.NETWERK
                        else "Netwerk van het gezin",
                        soort_aanbieder=provider.value,
                        wet=law.value,
                        productcode=code,
                        start=start,
                        eind=add_months(start, rng.choice((3, 6, 12))),
                        kosten_cent=rng.randint(20, 400) * 10000 if law is Law.JEUGDWET else None,
                        thuis_mogelijk=rng.random() > 0.1,
                        niet_thuis_reden="",
                    ),
                    start - timedelta(days=14),
                    start,
                    regisseur.id,
                )
            for _ in range(rng.randint(1, 4)):
                self.add_action(
                    opened,
                    regisseur.id,
                    Afspraak(
                        id=self.new_id(),
                        casus_id=c.id,
                        wie=self.pick((regisseur.naam, "Moeder", "Vader", "Oma", "Mentor school")),
                        wat=self.pick(
                            (
                                "Belt de school over het verzuim.",
                                "Maakt een afspraak bij de huisarts.",
                                "Zoekt uit welke toeslagen het gezin kan krijgen.",
                                "Komt elke woensdag oppassen.",
                                "Neemt contact op met de schuldhulpverlening.",
                            )
                        ),
                        wanneer=self.today + timedelta(days=rng.randint(-20, 40)),
                        gedaan=rng.random() < 0.3,
                    ),
                )
        if reached >= 3 or closed:
            t = Toetsing(
                id=self.new_id(),
                casus_id=c.id,
                datum=opened + timedelta(days=120),
                besluit=(Decision.AFRONDEN if closed else Decision.BIJSTELLEN_MIDDELEN).value,
                toelichting="Samen met het gezin besproken.",
                volgende_evaluatie=c.volgende_evaluatie,
            )
            self.add_stamped(t, t.datum, None, regisseur.id)
            for goal in goals:
                self.add_stamped(
                    DoelToetsing(
                        id=self.new_id(),
                        toetsing_id=t.id,
                        doel_id=goal.id,
                        resultaat=self.pick(list(GoalResult)).value,
                        visie_gezin="Het gaat beter, maar nog niet altijd.",
                        visie_professional="Er is voortgang; de afspraken worden nagekomen.",
                    ),
                    t.datum,
                    None,
                    regisseur.id,
                )
        if reached >= 2 and rng.random() < 0.7:
            adult = next((m for m in members if m.gezag), None)
            version = PlanVersie(
                id=self.new_id(),
                casus_id=c.id,
                versie=1,
                inhoud={},  # frozen by ``freeze_versions`` once the casus is written
                akkoord_door=_full_name(adult) if adult else "Ouders",
                akkoord_op=opened + timedelta(days=45),
                akkoord_wijze=self.pick(list(AgreementMethod)).value,
            )
            self.stamp(version, version.akkoord_op, None, regisseur.id)
            self.versions.append(version)
        self.add_stamped(
            Toestemming(
                id=self.new_id(),
                casus_id=c.id,
                doel="bespreken in Overleg Passende Hulp",
                ontvanger="OPH",
                gegeven_door="ouders",
                namen="Ouders met gezag",
                gegeven_op=opened + timedelta(days=20),
            ),
            opened + timedelta(days=20),
            None,
            regisseur.id,
        )
        if not closed:
            for y in youths:
                born = y.geboortedatum
                if born is None or 16 <= age_on(born, self.today) < LEGAL_LIMIT_AGE:
                    self.plan18(c, y, regisseur)
        return c

    def add_stamped(self, obj: Any, first: date, last: date | None, by: str | None) -> None:
        self.stamp(obj, first, last, by)
        self.add(obj)

    def add_action(self, since: date, by: str, a: Afspraak) -> None:
        """An afspraak: saved when it was made (one to four weeks before it is due, not before
        ``since``), or when it was ticked off around its date."""
        due = a.wanneer or self.today
        if a.gedaan:
            self.stamp(a, due, due + timedelta(days=3), by)
        else:
            self.stamp(a, max(since, due - timedelta(days=28)), due - timedelta(days=7), by)
        self.add(a)

    def plan18(self, c: Casus, youth: Persoon, regisseur: Professional) -> None:
        """A toekomstplan whose progress fits the young person's age, with some stuck themes,
        open checklist items close to 18 and warm handovers, so every phase is on screen."""
        rng = self.rng
        born = youth.geboortedatum
        months = age_months_on(born, self.today) if born else None
        status = self._plan18_status(months)
        started = status is not Plan18Status.NIET_GESTART
        plan_start = milestones(born, Transition18Policy()).plan_start if born else self.today
        gestart_op = None
        if started and plan_start <= self.today:  # started on time, or up to 8 months late
            late = rng.randint(0, min(240, (self.today - plan_start).days))
            gestart_op = plan_start + timedelta(days=late)
        elif started:  # started early
            gestart_op = self.today - timedelta(days=rng.randint(5, 20))
        agreed = status in (Plan18Status.AFGESPROKEN, Plan18Status.OVERGEDRAGEN)
        akkoord_op = akkoord_door = None
        if agreed and gestart_op is not None:
            akkoord_op = min(gestart_op + timedelta(days=rng.randint(45, 150)), self.today)
            adult = born is not None and age_on(born, akkoord_op) >= 18
            parents_also = not adult and (born is None or rng.random() < 0.5)
            akkoord_door = agreement_giver(born, akkoord_op, parents_also=parents_also)
        handed = status is Plan18Status.OVERGEDRAGEN and akkoord_op is not None
        overdracht_op = None
        if handed and akkoord_op is not None:
            # Before 18 shortly after the agreement; after 18 recently (at the end of
            # verlengde jeugdhulp, or late).
            soon = akkoord_op + timedelta(days=rng.randint(10, 60))
            recent = self.today - timedelta(days=rng.randint(5, 120))
            adult_now = months is not None and months >= 18 * 12
            overdracht_op = min(max(recent, akkoord_op) if adult_now else soon, self.today)
        organisatie, persoon = self.pick(RECEIVERS)
        plan = Plan18(
            id=self.new_id(),
            casus_id=c.id,
            persoon_id=youth.id,
            status=status.value,
            verlengd=months is not None and months >= 18 * 12 and rng.random() < 0.6,
            gestart_op=gestart_op,
            akkoord_op=akkoord_op,
            akkoord_wijze=self.pick(list(AgreementMethod)).value if akkoord_op else "",
            akkoord_door=akkoord_door.value if akkoord_door else "",
            checklist=self._checklist(months, handed, regisseur) if started else {},
            overdracht_organisatie=organisatie if handed else "",
            overdracht_persoon=persoon if handed else "",
            overdracht_op=overdracht_op,
            overdracht_inhoud="Toekomstplan, afspraken over wonen en inkomen, en het "
            "behandelverloop; kennismaking samen met de jongere."
            if handed
            else "",
            vaste_contactpersoon=(persoon if handed else regisseur.naam) if started else "",
            waakvlam_tot=add_months(overdracht_op, 3)
            if overdracht_op and rng.random() < 0.7
            else None,
        )
        latest = overdracht_op or akkoord_op or gestart_op or c.geopend_op
        self.add_stamped(plan, latest, None, regisseur.id)
        if not started:
            return
        for theme in Theme18:
            situatie, doel, financing, actions = self.pick(THEMES18[theme])
            theme_status = (
                ThemeStatus.GEREGELD
                if handed
                else self.pick(
                    (ThemeStatus.OPEN, ThemeStatus.LOOPT, ThemeStatus.LOOPT, ThemeStatus.GEREGELD)
                )
            )
            if not handed and rng.random() < STUCK_CHANCE.get(theme, 0.05):
                theme_status = ThemeStatus.VASTGELOPEN
            if not actions:  # nothing to do: arranged (the draws above keep the stream stable)
                theme_status = ThemeStatus.GEREGELD
            acties = []
            for wat, owner in actions:
                action = {
                    "id": self.new_id(),
                    "wat": wat,
                    "wie": regisseur.naam if owner == REGISSEUR else owner,
                    "wanneer": (self.today + timedelta(days=rng.randint(-30, 90))).isoformat(),
                    "gedaan": handed or rng.random() < 0.3,
                }
                acties.append(action)
                self.add_action(
                    gestart_op or c.geopend_op,
                    regisseur.id,
                    Afspraak(
                        id=action["id"],
                        casus_id=c.id,
                        wie=action["wie"],
                        wat=wat,
                        wanneer=date.fromisoformat(action["wanneer"]),
                        gedaan=action["gedaan"],
                        bron="plan18",
                        bron_id=plan.id,
                    ),
                )
            decided = handed or rng.random() < 0.7
            self.add_stamped(
                Plan18Thema(
                    id=self.new_id(),
                    plan_id=plan.id,
                    thema=theme.value,
                    situatie=situatie,
                    doel=doel,
                    financiering=self.pick(financing).value if decided else "",
                    status=theme_status.value,
                    acties=acties,
                ),
                max(gestart_op or c.geopend_op, self.today - timedelta(days=60)),
                None if handed else self.today,
                regisseur.id,
            )

    def freeze_versions(self) -> None:
        """Give each collected plan version the snapshot form the app freezes when a family
        agrees (``documents.gezinsplan_snapshot``), read from the rows just written; evaluations
        held after the agreement are left out, as they were not there yet. The batch's plans
        are read at once (``documents.load_plans``), not a dozen queries per casus."""
        plans = load_plans(self.s, {v.casus_id for v in self.versions})
        for v in self.versions:
            inhoud = assemble_inhoud(plans[v.casus_id])
            earlier = tuple(t for t in inhoud.toetsingen if t.datum <= v.akkoord_op)
            v.inhoud = gezinsplan_to_snapshot(replace(inhoud, toetsingen=earlier))
        bulk.insert_new(self.s, self.versions)
        self.versions = []

    def _plan18_status(self, months: int | None) -> Plan18Status:
        s = Plan18Status
        choice: tuple[Plan18Status, ...]
        if months is None:
            return s.IN_UITVOERING
        if months < 16 * 12 + 6:
            choice = (s.NIET_GESTART, s.NIET_GESTART, s.IN_UITVOERING)
        elif months < 17 * 12 + 6:
            choice = (s.NIET_GESTART, s.IN_UITVOERING, s.IN_UITVOERING, s.AFGESPROKEN)
        elif months < 18 * 12:
            choice = (s.NIET_GESTART, s.IN_UITVOERING, s.AFGESPROKEN, s.AFGESPROKEN, s.OVERGEDRAGEN)
        else:
            choice = (
                s.IN_UITVOERING,
                s.AFGESPROKEN,
                s.OVERGEDRAGEN,
                s.OVERGEDRAGEN,
                s.OVERGEDRAGEN,
            )
        return choice[self.rng.randrange(len(choice))]

    def _checklist(
        self, months: int | None, handed: bool, regisseur: Professional
    ) -> dict[str, Any]:
        """Further along, more is arranged; some items have nobody named yet."""
        if handed:
            done_chance = 0.95
        elif months is None or months < 17 * 12:
            done_chance = 0.1
        elif months < 18 * 12:
            done_chance = 0.45
        else:
            done_chance = 0.75
        owners = ("Jongere", "Jongere", regisseur.naam, "Moeder", "Vader", "Mentor ROC", "")
        return {
            item.value: {"wie": self.pick(owners), "gedaan": self.rng.random() < done_chance}
            for item in ChecklistItem
        }

    def log(
        self,
        casus_id: str,
        soort: str,
        van: str,
        naar: str,
        besluit: str,
        reden: str,
        door: str,
        on: date,
    ) -> None:
        self.add_stamped(
            StapLog(
                id=self.new_id(),
                casus_id=casus_id,
                soort=soort,
                van=van,
                naar=naar,
                besluit=besluit,
                reden=reden,
                door=door,
                op=datetime.combine(on, time(10, 0)),
            ),
            on,
            None,
            door,
        )

    # --- overlegtafels --------------------------------------------------------------------

    def table_traffic(self) -> None:
        """Sessions and aanmeldingen per table, as a secretary would find them: OPH meets
        weekly with six slots and has half a year of history (nearly full past zittingen, the
        last one discussed but not yet closed), the next weeks filling up, three months of
        zittingen ahead, and a few aanmeldingen in every status of the inbox. The other
        tables have three months of history. Each aanmelding is made the way the app makes
        one: chosen fragments of the casus, the table's documents, consent from the right
        people or a legal ground; closed ones have flowed back into their casus. Past or
        coming is decided by ``moment``."""
        cases = self.s.scalars(
            select(Casus).where(Casus.status == CaseStatus.OPEN.value).order_by(Casus.id).limit(400)
        ).all()
        if not cases:
            return
        self.case_rows = self._case_rows(cases)
        youths: dict[str, list[Persoon]] = {}
        for p in self.s.scalars(
            select(Persoon)
            .where(Persoon.rol == MemberRole.JEUGDIGE.value, Persoon.geboortedatum.is_not(None))
            .order_by(Persoon.id)
        ):
            youths.setdefault(p.huishouden_id, []).append(p)
        secretaries = {
            p.gebruikersnaam: p
            for p in self.s.scalars(select(Professional).where(Professional.team_id.is_(None)))
        }
        self.pending = []  # written at once, keeping each row's own save stamp
        for tafel_ref in self.region.tafels:
            table = tafel_ref.definition
            eligible = [
                (c, y)
                for c in cases
                for y in youths.get(c.huishouden_id, [])
                if y.geboortedatum and _age_fits(table, age_on(y.geboortedatum, self.today))
            ]
            if not eligible:
                continue
            busy = table.code == "OPH"
            history = timedelta(weeks=26 if busy else 13)
            secretary = secretaries.get(f"secretaris-{table.code.lower()}")
            since, until = self.today - history, self.today + timedelta(weeks=13)
            if self.shared:  # the region's zittingen this device already holds, if any
                zittingen: list[Zitting | datetime] = list(
                    self.s.scalars(
                        select(Zitting)
                        .where(
                            Zitting.tafel_id == tafel_ref.id,
                            Zitting.deleted_at.is_(None),
                            Zitting.start >= datetime.combine(since, time()),
                            Zitting.start < datetime.combine(until, time()),
                        )
                        .order_by(Zitting.start, Zitting.id)
                    )
                )
            else:
                zittingen = list(session_dates(table, since, until))
            starts = [z.start if isinstance(z, Zitting) else z for z in zittingen]
            last_past = max((m for m in starts if m < self.moment), default=None)
            for z in zittingen:
                if not isinstance(z, Zitting):
                    z = self.zitting(tafel_ref.id, table, z, secretary)
                self.fill(z, table, eligible, busy, last_past, secretary)
            waiting = (
                [AanmeldingStatus.INGEDIEND] * (4 if busy else 1)
                + [AanmeldingStatus.ONTVANKELIJK] * (3 if busy else 1)
                + [AanmeldingStatus.NIET_ONTVANKELIJK, AanmeldingStatus.CONCEPT]
            )
            for n, status in enumerate(waiting):
                submitted = self.now - timedelta(days=n + 1, hours=self.rng.randint(0, 6))
                self.aanmelding(
                    tafel_ref.id, table, self.pick(eligible), None, status, 0, submitted, secretary
                )
        bulk.insert_new(self.s, self.pending)
        self.pending = None

    def zitting(
        self,
        tafel_id: str,
        table: TableDefinition,
        moment: datetime,
        secretary: Professional | None,
    ) -> Zitting:
        rng = self.rng
        past = moment < self.moment
        z = Zitting(
            id=self.new_id(),
            tafel_id=tafel_id,
            start=moment,
            plaats="Stadhuis Nijmegen, kamer 2.14" if rng.random() < 0.6 else "Online (Teams)",
            voorzitter=dict(table.participants).get("voorzitter", ""),
            secretaris=secretary.naam if secretary else "",
            deelnemers=[
                {"naam": who, "rol": rol, "aanwezig": (rng.random() < 0.9) if past else None}
                for rol, who in table.participants
            ],
            slots=table.slots,
        )
        # Past: attendance marked after it; coming: made when the calendar was filled.
        day = moment.date()
        first, last = (day, day + timedelta(days=2)) if past else (day - timedelta(weeks=13), day)
        self.add_stamped(z, first, last, secretary.id if secretary else None)
        return z

    def fill(
        self,
        z: Zitting,
        table: TableDefinition,
        eligible: list[tuple[Casus, Persoon]],
        busy: bool,
        last_past: datetime | None,
        secretary: Professional | None,
    ) -> None:
        """Aanmeldingen on a zitting's agenda: nearly full in the past, filling up ahead."""
        rng = self.rng
        moment = z.start
        past = moment < self.moment
        weeks_ahead = (moment - self.now).days // 7
        if past:
            count = (
                rng.randint(max(table.slots - 2, 1), table.slots)
                if busy
                else rng.randint(1, table.slots)
            )
        elif weeks_ahead < 2:
            count = rng.randint(table.slots // 2, table.slots)
        elif weeks_ahead < 4:
            count = rng.randint(0, table.slots // 2)
        else:
            count = 0
        for pos in range(count):
            if not past:
                status = AanmeldingStatus.INGEPLAND
            elif moment == last_past and rng.random() < 0.6:
                status = AanmeldingStatus.BESPROKEN
            else:
                status = AanmeldingStatus.AFGEROND
            submitted = moment - timedelta(days=rng.randint(7, 21), hours=rng.randint(0, 8))
            self.aanmelding(
                z.tafel_id, table, self.pick(eligible), z, status, pos, submitted, secretary
            )

    def aanmelding(
        self,
        tafel_id: str,
        table: TableDefinition,
        about: tuple[Casus, Persoon],
        zitting: Zitting | None,
        status: AanmeldingStatus,
        pos: int,
        submitted: datetime,
        secretary: Professional | None,
    ) -> None:
        rng = self.rng
        c, youth = about
        assert youth.geboortedatum is not None
        age = age_on(youth.geboortedatum, submitted.date())
        rows = self.case_rows[c.id]
        fragments = fragments_of(
            rows.household,
            rows.members,
            rows.goals,
            rows.observations,
            rows.middelen,
            submitted.date(),
        )
        # Goals and observations about this youth or the whole household, never a sibling's.
        others = {
            f"{kind.value}:{r.id}"
            for kind, about in (
                (FragmentKind.DOEL, rows.goals),
                (FragmentKind.OBSERVATIE, rows.observations),
            )
            for r in about
            if r.persoon_id is not None and r.persoon_id != youth.id
        }
        by_kind = {
            kind: [f for f in fragments if f.soort is kind and f.key not in others]
            for kind in FragmentKind
        }
        chosen = [f"lid:{youth.id}"]
        for kind, most in (
            (FragmentKind.DOEL, 2),
            (FragmentKind.OBSERVATIE, 3),
            (FragmentKind.MIDDEL, 2),
        ):
            options = by_kind[kind]
            chosen += [f.key for f in rng.sample(options, min(len(options), rng.randint(1, most)))]
        household = rows.household
        gemeente = next((g.naam for g in self.region.gemeenten if g.id == c.gemeente_id), "")
        name = " ".join(x for x in (youth.voornaam, youth.tussenvoegsel, youth.achternaam) if x)
        subject = subject_line(
            household.naam,
            gemeente,
            Jeugdige(youth.id, name, age),
            anonymous=table.anonymised,
        )
        concept = status is AanmeldingStatus.CONCEPT
        ground = rng.random() < (0.5 if table.code in ("MDA", "JBT") else 0.1)
        consent_id = None
        if not ground:
            consent = Toestemming(
                id=self.new_id(),
                casus_id=c.id,
                doel=f"bespreken in {table.name}",
                ontvanger=table.code,
                gegeven_door=required_consent_giver(age).value,
                namen="Ouders met gezag" if age < 16 else youth.voornaam,
                gegeven_op=submitted.date() - timedelta(days=rng.randint(1, 14)),
                geldig_tot=submitted.date() + timedelta(days=365),
            )
            self.add_stamped(consent, consent.gegeven_op, None, c.casusregisseur_id)
            consent_id = consent.id
        done = status in (AanmeldingStatus.BESPROKEN, AanmeldingStatus.AFGEROND)
        when = zitting.start if zitting is not None else submitted
        afspraken = (
            [
                {
                    "wie": self.pick(("Casusregisseur", "Gezinscoach", "Moeder", "Aanbieder")),
                    "wat": wat,
                    "wanneer": (when + timedelta(days=rng.randint(7, 42))).date().isoformat(),
                }
                for wat in rng.sample(TABLE_ACTIONS, rng.randint(1, 3))
            ]
            if done
            else []
        )
        advice, conclusion = self.pick(TABLE_ADVICE) if done else ("", "")
        a = Aanmelding(
            id=self.new_id(),
            tafel_id=tafel_id,
            casus_id=c.id,
            zitting_id=zitting.id if zitting is not None else None,
            status=status.value,
            vraag=self.pick(TABLE_QUESTIONS),
            samenvatting=compose_summary(subject, fragments, chosen, anonymous=table.anonymised),
            documenten=[
                {"soort": doc, "naam": f"{_slug(doc)}-{rng.randint(1000, 9999)}.pdf"}
                for doc in table.required_documents
            ],
            toestemming_id=consent_id,
            grondslag=self.pick((LegalGround.VEILIGHEID, LegalGround.MELDCODE)).value
            if ground
            else "",
            grondslag_reden="Zorgen over de veiligheid van de kinderen; delen zonder "
            "toestemming is nodig om acuut gevaar af te wenden."
            if ground
            else "",
            ingediend_door=c.casusregisseur_id,
            ingediend_op=None if concept else submitted,
            reden_niet_ontvankelijk=self.pick(NOT_ADMISSIBLE)
            if status is AanmeldingStatus.NIET_ONTVANKELIJK
            else "",
            agenda_positie=pos,
            advies=advice,
            conclusie_gezin=conclusion,
            afspraken=afspraken,
        )
        self.stamp_aanmelding(a, status, submitted, zitting, secretary)
        self.add(a)
        if status is AanmeldingStatus.AFGEROND:
            # As ``tables_outcome.receive_outcomes`` writes it on the casusregisseur's device
            # (ids from the aanmelding), so the receiver recognises it as received.
            received = (when.date(), when.date() + timedelta(days=3))
            self.add_stamped(
                Bijdrage(
                    id=advice_id(a.id),
                    casus_id=c.id,
                    auteur=table.name[:120],
                    tekst=advice_text(advice, conclusion, when.strftime("%d-%m-%Y")),
                    bron="tafel",
                    op=when,
                ),
                *received,
                c.casusregisseur_id,
            )
            for n, item in enumerate(afspraken):
                self.add_action(
                    received[0],
                    c.casusregisseur_id,
                    Afspraak(
                        id=action_id(a.id, n),
                        casus_id=c.id,
                        wie=item["wie"],
                        wat=item["wat"],
                        wanneer=date.fromisoformat(item["wanneer"]),
                        gedaan=date.fromisoformat(item["wanneer"]) < self.today
                        and rng.random() < 0.7,
                        bron="tafel",
                        bron_id=a.id,
                    ),
                )

    def stamp_aanmelding(
        self,
        a: Aanmelding,
        status: AanmeldingStatus,
        submitted: datetime,
        zitting: Zitting | None,
        secretary: Professional | None,
    ) -> None:
        """Last saved by the submitter while hers (concept, ingediend), else by the secretary:
        when she checked it, planned it, or recorded the outcome after the zitting."""
        S = AanmeldingStatus
        day = submitted.date()
        if status in (S.CONCEPT, S.INGEDIEND) or secretary is None:
            self.stamp(a, day, None, a.ingediend_door)
        elif zitting is not None and status in (S.BESPROKEN, S.AFGEROND):
            start = zitting.start.date()
            self.stamp(a, start, start + timedelta(days=2), secretary.id)
        else:
            until = zitting.start.date() - timedelta(days=1) if zitting else day
            self.stamp(a, day + timedelta(days=1), until + timedelta(days=3), secretary.id)

    def _case_rows(self, cases: Sequence[Casus]) -> dict[str, _CaseRows]:
        """What ``tables.case_fragments`` reads of each casus, for all of them at once (one
        query per table, in its orders), so each aanmelding is made without a query."""
        ids = [c.id for c in cases]
        household_ids = {c.huishouden_id for c in cases}

        def grouped(query: Any, key: Callable[[Any], str]) -> dict[str, list[Any]]:
            groups: dict[str, list[Any]] = {}
            for row in self.s.scalars(query):
                groups.setdefault(key(row), []).append(row)
            return groups

        households = {
            h.id: h
            for h in self.s.scalars(select(Huishouden).where(Huishouden.id.in_(household_ids)))
        }
        members = grouped(
            select(Persoon)
            .where(Persoon.huishouden_id.in_(household_ids), Persoon.deleted_at.is_(None))
            .order_by(Persoon.huishouden_id, Persoon.geboortedatum, Persoon.id),
            lambda p: p.huishouden_id,
        )
        goals = grouped(
            select(Doel)
            .where(Doel.casus_id.in_(ids), Doel.deleted_at.is_(None))
            .order_by(Doel.casus_id, Doel.volgorde, Doel.id),
            lambda d: d.casus_id,
        )
        observations = grouped(
            select(Observatie)
            .where(Observatie.casus_id.in_(ids), Observatie.deleted_at.is_(None))
            .order_by(Observatie.casus_id, Observatie.soort.desc(), Observatie.id),
            lambda o: o.casus_id,
        )
        middelen = grouped(
            select(Middel)
            .where(Middel.casus_id.in_(ids), Middel.deleted_at.is_(None))
            .order_by(Middel.casus_id, Middel.start, Middel.id),
            lambda m: m.casus_id,
        )
        return {
            c.id: _CaseRows(
                households[c.huishouden_id],
                members.get(c.huishouden_id, []),
                goals.get(c.id, []),
                observations.get(c.id, []),
                middelen.get(c.id, []),
            )
            for c in cases
        }


@dataclass(frozen=True)
class _CaseRows:
    household: Huishouden
    members: list[Persoon]
    goals: list[Doel]
    observations: list[Observatie]
    middelen: list[Middel]


def _age_fits(table: TableDefinition, age: int) -> bool:
    return (table.min_age is None or age >= table.min_age) and (
        table.max_age is None or age <= table.max_age
    )


TABLE_QUESTIONS = (
    "Welke passende hulp is mogelijk zonder uithuisplaatsing?",
    "Is een gespecialiseerde behandeling nodig, en waar kan die het snelst starten?",
    "Hoe borgen we de veiligheid van de kinderen terwijl de hulp thuis doorgaat?",
    "Welke aanbieder kan de combinatie van GGZ en LVB-begeleiding bieden?",
    "Is een tijdelijke logeervoorziening verantwoord, en voor hoe lang?",
)
TABLE_ADVICE = (
    (
        "Start intensieve ambulante gezinsbehandeling (IAG) binnen twee weken; opnieuw "
        "bespreken over drie maanden.",
        "De tafel denkt dat hulp thuis kan werken. Er komt iemand bij jullie thuis die "
        "helpt, een paar keer per week.",
    ),
    (
        "Verwijzing naar jeugd-GGZ voor traumabehandeling; het lokaal team blijft "
        "casusregisseur en bewaakt de wachttijd.",
        "Er komt een behandeling om te helpen met wat er is gebeurd. Jullie vaste "
        "contactpersoon blijft dezelfde.",
    ),
    (
        "Logeeropvang één weekend per maand om moeder te ontlasten, naast de gezinscoaching.",
        "Eén weekend per maand logeert jullie kind ergens anders, zodat mama even kan "
        "bijkomen. Daarna gaat alles gewoon verder.",
    ),
)
TABLE_ACTIONS = (
    "Vraagt de behandeling aan bij de aanbieder",
    "Bespreekt het advies met het gezin",
    "Regelt een intake binnen twee weken",
    "Zoekt een logeeradres in het netwerk",
    "Past het gezinsplan aan",
)
NOT_ADMISSIBLE = (
    "De verklarende analyse ontbreekt; stuur die mee en dien opnieuw in.",
    "De toestemming van de jeugdige zelf ontbreekt (jeugdige is 12 of ouder).",
    "De vraag aan de tafel is niet duidelijk; wat wilt u precies van de tafel weten?",
)


def _mix(index: int) -> int:
    """splitmix64 of the household index: a deterministic scramble whose bits are independent
    of the index's residues and of its golden-ratio sequence (which sets the ages)."""
    mask = 2**64 - 1
    x = (index + 0x9E3779B97F4A7C15) & mask
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & mask
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & mask
    return x ^ (x >> 31)


def _placed(index: int) -> bool:
    """One household in four gets a youth placed in the 16-23 range, and so do the special
    ones. The choice is scrambled so it never lines up with the round-robin of teams and
    casusregisseurs (a plain ``index % 4`` left every odd-numbered team without any)."""
    return _special(index, UNKNOWN_BIRTH_DATE) or _special(index, LEAP_DAY) or _mix(index) % 4 == 0


def _special(index: int, offset: int) -> bool:
    """One household per block of ``SPECIAL_EVERY``; the position moves by 11 per block, so the
    special ones go round every team and every casusregisseur in turn."""
    block, position = divmod(index, SPECIAL_EVERY)
    return position == (offset + 11 * block) % SPECIAL_EVERY


def _elfproef_digit(block: int) -> int:
    """The last digit a BSN starting with these eight digits needs (10: none will do)."""
    total = 0
    for weight in range(2, 10):
        block, digit = divmod(block, 10)
        total += weight * digit
    return total % 11


def _full_name(p: Persoon) -> str:
    return " ".join(x for x in (p.voornaam, p.tussenvoegsel, p.achternaam) if x)


def _slug(text: str) -> str:
    return "".join(ch.lower() if ch.isalnum() else "-" for ch in text).strip("-")


def generate(
    session_factory: Callable[[], Any],
    region: Region,
    *,
    households: int,
    seed: int,
    today: date,
    teams: list[str],
    home_team: str,
    progress: Progress | None = None,
) -> DemoReport:
    """Fill a profile. ``session_factory`` yields a committing session (``Store.session``), so
    the work is committed in batches and memory stays flat at 10,000 households. The RNG state
    is carried from batch to batch, so the result does not depend on the batch size."""
    with session_factory() as s:
        # Logged in to a regional store (``casedesk login`` set the team): see ``shared``.
        shared = bool(s.scalar(select(Setting.value).where(Setting.key == "login_team_id")))
        builder = DemoBuilder(s, region, seed=seed, today=today, shared=shared)
        by_team = builder.professionals(teams)
        me = by_team[home_team][0].id
        n_professionals = sum(len(v) for v in by_team.values())
        state = builder.state()
    for start in range(0, households, BATCH):
        with session_factory() as s:
            builder = DemoBuilder(s, region, seed=seed, today=today, shared=shared)
            builder.restore(state)
            team_rows = {t.id: t for t in s.scalars(select(Team))}
            gemeente_names = {g.id: g.naam for g in region.gemeenten}
            regisseurs = {
                team_id: [
                    p
                    for p in s.scalars(
                        select(Professional)
                        .where(Professional.team_id == team_id)
                        .order_by(Professional.gebruikersnaam)
                    )
                    if Role.CASUSREGISSEUR.value in p.rollen
                ]
                for team_id in teams
            }
            builder.pending = []
            for i in range(start, min(start + BATCH, households)):
                team = team_rows[teams[i % len(teams)]]
                builder.household(team, gemeente_names[team.gemeente_id], regisseurs[team.id], i)
            bulk.insert_new(s, builder.pending)
            builder.freeze_versions()
            state = builder.state()
        if progress:
            progress(min(start + BATCH, households), households)
    with session_factory() as s:
        builder = DemoBuilder(s, region, seed=seed, today=today, shared=shared)
        builder.restore(state)
        builder.table_traffic()
        audit.record(s, "demo", "profile", "-", {"households": households, "seed": seed})
        n_cases = s.scalar(select(func.count()).select_from(Casus)) or 0
    return DemoReport(households, n_cases, n_professionals, me)

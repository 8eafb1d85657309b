"""The werkoverzicht: my cases by step, evaluations and afspraken due, youths turning 18 and the
latest changes — only of my cases (regisseur or stand-in), never a colleague's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from casedesk.clock import fixed_clock
from casedesk.domain.evaluation import EvaluationState
from casedesk.domain.vocabulary import (
    CaseStatus,
    MemberRole,
    Plan18Status,
    Role,
    Step,
    Verwijzer,
)
from casedesk.region import load_region
from casedesk.services import households as hh
from casedesk.services import overview, reference
from casedesk.store import audit
from casedesk.store.database import Store
from casedesk.store.models import Afspraak, Casus, Plan18, Professional
from tests.conftest import NOW

TODAY = NOW.date()


@dataclass(frozen=True)
class Caseload:
    me: str
    colleague: str
    cases: dict[str, str]  # household name -> casus id
    youth: str  # the persoon id of the youth turning 18 soon


def _case(
    store: Store,
    regisseur: str,
    naam: str,
    leden: tuple[hh.MemberInput, ...],
    *,
    stap: Step,
    evaluatie: date | None,
    status: CaseStatus = CaseStatus.OPEN,
    stand_in: str | None = None,
) -> str:
    team = load_region().teams[0]
    with store.session(regisseur) as s:
        done = hh.register_and_open(
            s,
            hh.HouseholdInput(naam, team.gemeente_id, team.id, leden=leden),
            hh.CaseOpening(regisseur, Verwijzer.SCHOOL),
            today=TODAY,
        )
        casus = s.get_one(Casus, done.casus_id)
        casus.stap, casus.volgende_evaluatie, casus.status = stap.value, evaluatie, status.value
        casus.stand_in_id = stand_in
        return done.casus_id


def _parent(name: str) -> hh.MemberInput:
    return hh.MemberInput(name, "Öztürk", MemberRole.OUDER, geboortedatum=date(1980, 1, 1))


@pytest.fixture
def caseload(store: Store) -> Caseload:
    region = load_region()
    with store.session() as s:
        reference.install_region(s, region)
        ids = []
        for key, naam in (("sanne", "Sanne de Vries"), ("joris", "Joris Bakker")):
            p = Professional(
                naam=naam,
                gebruikersnaam=key,
                team_id=region.teams[0].id,
                rollen=[Role.CASUSREGISSEUR.value],
            )
            s.add(p)
            s.flush()
            ids.append(p.id)
    me, colleague = ids
    store.clock = fixed_clock(NOW - timedelta(days=3))
    cases = {
        "Gezin Öztürk": _case(
            store,
            me,
            "Gezin Öztürk",
            (_parent("Aylin"),),
            stap=Step.VRAAGANALYSE,
            evaluatie=TODAY - timedelta(days=5),
        ),
        "Gezin Bakker": _case(
            store,
            colleague,
            "Gezin Bakker",
            (_parent("Piet"),),
            stap=Step.MIDDELEN,
            evaluatie=TODAY + timedelta(days=7),
            stand_in=me,
            status=CaseStatus.WAAKVLAM,
        ),
        "Gezin Yılmaz": _case(
            store,
            me,
            "Gezin Yılmaz",
            (
                _parent("Esra"),
                hh.MemberInput(
                    "Noor", "Yılmaz", MemberRole.JEUGDIGE, geboortedatum=date(2009, 2, 1)
                ),  # 18 in three months
                hh.MemberInput(
                    "Emre", "Yılmaz", MemberRole.JEUGDIGE, geboortedatum=date(2008, 11, 2)
                ),  # 18 today: not "within"
                hh.MemberInput(
                    "Levi", "Yılmaz", MemberRole.JEUGDIGE, geboortedatum=date(2009, 12, 3)
                ),  # 18 in 13 months
                hh.MemberInput(
                    "Saar", "Yılmaz", MemberRole.OUDER, geboortedatum=date(2009, 3, 3)
                ),  # not a jeugdige
            ),
            stap=Step.TOETSING,
            evaluatie=TODAY + timedelta(days=60),
        ),
        "Gezin Jansen": _case(
            store,
            colleague,
            "Gezin Jansen",
            (
                hh.MemberInput(
                    "Tess", "Jansen", MemberRole.JEUGDIGE, geboortedatum=date(2009, 1, 1)
                ),
            ),
            stap=Step.RESULTAAT,
            evaluatie=TODAY - timedelta(days=1),
        ),
        "Gezin Smit": _case(
            store,
            me,
            "Gezin Smit",
            (_parent("Kees"),),
            stap=Step.TOETSING,
            evaluatie=TODAY - timedelta(days=50),
            status=CaseStatus.GESLOTEN,
        ),
    }
    with store.session(me) as s:
        for casus, wie, wanneer, bron, gedaan in (
            ("Gezin Öztürk", "Moeder", TODAY + timedelta(days=1), "plan", False),
            ("Gezin Öztürk", "Casusregisseur", TODAY - timedelta(days=2), "tafel", False),
            ("Gezin Öztürk", "Oma", TODAY - timedelta(days=9), "plan", True),  # done
            ("Gezin Öztürk", "Vader", TODAY + timedelta(days=30), "plan", False),  # later
            ("Gezin Öztürk", "School", None, "plan", False),  # no date
            ("Gezin Bakker", "Mentor", TODAY + timedelta(days=14), "plan18", False),
            ("Gezin Jansen", "Moeder", TODAY, "plan", False),  # a colleague's case
        ):
            s.add(
                Afspraak(
                    casus_id=cases[casus],
                    wie=wie,
                    wat="Belt de school.",
                    wanneer=wanneer,
                    bron=bron,
                    gedaan=gedaan,
                )
            )
    with store.session(me) as s:
        noor = hh.find_households(s, "Noor", today=TODAY)[0]
        detail = hh.household_detail(s, noor.huishouden_id, today=TODAY)
        youth = next(m.persoon_id for m in detail.leden if m.voornaam == "Noor")
        s.add(
            Plan18(
                casus_id=cases["Gezin Yılmaz"],
                persoon_id=youth,
                status=Plan18Status.IN_UITVOERING.value,
            )
        )
    return Caseload(me, colleague, cases, youth)


def test_only_my_live_cases_count_by_step(store: Store, caseload: Caseload) -> None:
    with store.session() as s:
        view = overview.work_overview(s, today=TODAY, me=caseload.me)
    assert view.my_cases == 3 and view.waakvlam == 1
    assert [(c.step, c.count) for c in view.steps] == [
        (Step.VRAAGANALYSE, 1),
        (Step.RESULTAAT, 0),
        (Step.MIDDELEN, 1),
        (Step.TOETSING, 1),
    ]
    assert dict(view.evaluation_counts) == {
        EvaluationState.NONE: 0,
        EvaluationState.PLANNED: 1,
        EvaluationState.DUE_SOON: 1,
        EvaluationState.OVERDUE: 1,
    }


def test_evaluations_due_or_overdue_come_first_by_date(store: Store, caseload: Caseload) -> None:
    with store.session() as s:
        view = overview.work_overview(s, today=TODAY, me=caseload.me)
    assert [(e.huishouden, e.state, e.stap) for e in view.evaluations] == [
        ("Gezin Öztürk", EvaluationState.OVERDUE, Step.VRAAGANALYSE),
        ("Gezin Bakker", EvaluationState.DUE_SOON, Step.MIDDELEN),
    ]


def test_afspraken_due_include_those_from_a_table_and_skip_done_or_later(
    store: Store, caseload: Caseload
) -> None:
    with store.session() as s:
        view = overview.work_overview(s, today=TODAY, me=caseload.me)
    assert [(a.huishouden, a.wie, a.bron, a.te_laat) for a in view.afspraken] == [
        ("Gezin Öztürk", "Casusregisseur", "tafel", True),
        ("Gezin Öztürk", "Moeder", "plan", False),
        ("Gezin Bakker", "Mentor", "plan18", False),
    ]
    assert view.afspraken_total == 3
    assert all(a.casus_id == caseload.cases[a.huishouden] for a in view.afspraken)


def test_youths_turning_18_within_a_year_with_their_plan(store: Store, caseload: Caseload) -> None:
    with store.session() as s:
        view = overview.work_overview(s, today=TODAY, me=caseload.me)
    assert [(t.naam, t.wordt_18_op, t.leeftijd, t.plan18) for t in view.turning_18] == [
        ("Noor Yılmaz", date(2027, 2, 1), 17, Plan18Status.IN_UITVOERING),
    ]
    assert view.turning_18[0].casus_id == caseload.cases["Gezin Yılmaz"]
    assert view.turning_18[0].persoon_id == caseload.youth


def test_recent_changes_show_audited_actions_and_saved_records_newest_first(
    store: Store, caseload: Caseload
) -> None:
    store.clock = fixed_clock(NOW - timedelta(hours=2))
    with store.session(caseload.colleague) as s:
        afspraak = s.query(Afspraak).filter_by(wie="Mentor").one()
        afspraak.gedaan = True
    store.clock = fixed_clock(NOW - timedelta(hours=1))
    with store.session(caseload.me) as s:
        s.get_one(Casus, caseload.cases["Gezin Öztürk"]).regime = "veilig_thuis"
        audit.record(s, "regime", "casus", caseload.cases["Gezin Öztürk"])
        audit.record(s, "view", "casus", caseload.cases["Gezin Yılmaz"])  # a read: not a change
        audit.record(s, "view-kitchen", "casus", caseload.cases["Gezin Yılmaz"])
    store.clock = fixed_clock(NOW)
    with store.session() as s:
        view = overview.work_overview(s, today=TODAY, me=caseload.me)
    first, second = view.recent[:2]
    assert (first.huishouden, first.bron, first.code, first.door) == (
        "Gezin Öztürk",
        "audit",
        "regime",
        "Sanne de Vries",
    )
    assert first.op == NOW - timedelta(hours=1)
    assert (second.huishouden, second.bron, second.code, second.door) == (
        "Gezin Bakker",
        "rij",
        "afspraak",
        "Joris Bakker",
    )
    assert all(c.casus_id in caseload.cases.values() for c in view.recent)
    assert "Gezin Jansen" not in {c.huishouden for c in view.recent}
    assert not any(c.code.startswith("view") for c in view.recent)
    # One line per casus and moment: registering (household, members, casus, audited
    # "create") three days ago is one line, not four.
    assert len({(c.casus_id, c.op) for c in view.recent}) == len(view.recent)
    registered = [c for c in view.recent if c.op == NOW - timedelta(days=3)]
    assert {(c.bron, c.code) for c in registered} == {("audit", "create")}
    # The casus row saved with the audited regime change is not listed twice.
    assert not any(
        c.huishouden == "Gezin Öztürk" and c.code == "casus" and c.op == first.op
        for c in view.recent
    )


def test_changes_older_than_a_month_are_not_recent(store: Store, caseload: Caseload) -> None:
    later = TODAY + timedelta(days=overview.RECENT_DAYS + 5)
    with store.session() as s:
        view = overview.work_overview(s, today=later, me=caseload.me)
    assert view.recent == ()


def test_someone_without_cases_gets_an_empty_overview(store: Store, caseload: Caseload) -> None:
    with store.session() as s:
        view = overview.work_overview(s, today=TODAY, me="nobody")
    assert view.my_cases == 0 and view.evaluations == () and view.afspraken == ()
    assert view.turning_18 == () and view.recent == ()
    assert all(c.count == 0 for c in view.steps)


def test_recent_change_times_are_datetimes(store: Store, caseload: Caseload) -> None:
    with store.session() as s:
        view = overview.work_overview(s, today=TODAY, me=caseload.me)
    assert view.recent and all(isinstance(c.op, datetime) for c in view.recent)

"""The werkoverzicht: what needs the current professional's attention, across their cases.

"My cases" means what the case list's "Mijn casussen" filter means: open or waakvlam, with me as
casusregisseur or stand-in. Every list is small by nature (one professional's caseload), but each
is capped, with the full count beside it, so a team lead's profile cannot flood the screen.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from casedesk.domain.dates import add_months, age_on, birthday
from casedesk.domain.evaluation import DUE_SOON_DAYS, EvaluationState, evaluation_state
from casedesk.domain.vocabulary import CaseStatus, MemberRole, Plan18Status, Step
from casedesk.store.models import (
    Afspraak,
    AuditEntry,
    Bijdrage,
    Casus,
    Doel,
    EigenWoorden,
    Huishouden,
    Middel,
    NetwerkContact,
    Observatie,
    Persoon,
    Plan18,
    PlanVersie,
    Professional,
    Toestemming,
    Toetsing,
)

LIST_LIMIT = 200
TURNING_18_MONTHS = 12
RECENT_DAYS = 30
RECENT_LIMIT = 15
LIVE_STATUSES = (CaseStatus.OPEN.value, CaseStatus.WAAKVLAM.value)

# Audit actions that are reads, not changes ("view", "view-kitchen", …): never "recent changes".
READ_ACTION_PREFIX = "view"


@dataclass(frozen=True)
class StepCount:
    step: Step
    count: int


@dataclass(frozen=True)
class EvaluationDue:
    casus_id: str
    huishouden: str
    stap: Step
    datum: date
    state: EvaluationState


@dataclass(frozen=True)
class AfspraakDue:
    afspraak_id: str
    casus_id: str
    huishouden: str
    wie: str
    wat: str
    wanneer: date
    bron: str  # plan | tafel | plan18: where the afspraak was made
    te_laat: bool


@dataclass(frozen=True)
class Turning18:
    persoon_id: str
    casus_id: str
    naam: str
    huishouden: str
    wordt_18_op: date
    leeftijd: int
    plan18: Plan18Status | None  # None: no toekomstplan started yet


@dataclass(frozen=True)
class RecentChange:
    casus_id: str
    huishouden: str
    op: datetime
    bron: str  # "audit": ``code`` is an audit action; "rij": ``code`` is the changed table
    code: str
    door: str  # the professional's name; "" for the system or an unknown id


@dataclass(frozen=True)
class WorkOverview:
    today: date
    my_cases: int
    waakvlam: int
    steps: tuple[StepCount, ...]
    evaluations: tuple[EvaluationDue, ...]
    evaluation_counts: tuple[tuple[EvaluationState, int], ...]  # every state, for the chart
    afspraken: tuple[AfspraakDue, ...]
    afspraken_total: int
    turning_18: tuple[Turning18, ...]
    recent: tuple[RecentChange, ...]


def _each(name: str) -> Any:
    """The ids in the JSON array parameter ``name``, for ``IN``: one parameter however large
    the caseload (SQLite's ``json_each``), and the same statement text every time."""
    values = func.json_each(bindparam(name)).table_valued("value")
    return select(values.c.value)


def work_overview(session: Session, *, today: date, me: str) -> WorkOverview:
    cases = session.execute(
        select(
            Casus.id,
            Casus.huishouden_id,
            Casus.stap,
            Casus.status,
            Casus.volgende_evaluatie,
            Huishouden.naam,
            # The last saves of the casus and household rows themselves, for recent changes.
            Casus.updated_at,
            Casus.updated_by,
            Huishouden.updated_at.label("household_at"),
            Huishouden.updated_by.label("household_by"),
        )
        .join(Huishouden, Huishouden.id == Casus.huishouden_id)
        .where(
            Casus.deleted_at.is_(None),
            Casus.status.in_(LIVE_STATUSES),
            or_(Casus.casusregisseur_id == me, Casus.stand_in_id == me),
        )
    ).all()
    names = {c.id: c.naam for c in cases}
    households = {c.id: c.huishouden_id for c in cases}
    ids = {"cases": json.dumps(list(names)), "households": json.dumps(list(households.values()))}
    per_step = {step: 0 for step in Step}
    states = {state: 0 for state in EvaluationState}
    evaluations: list[EvaluationDue] = []
    for c in cases:
        step = Step(c.stap)
        per_step[step] += 1
        state = evaluation_state(c.volgende_evaluatie, today)
        states[state] += 1
        if state in (EvaluationState.OVERDUE, EvaluationState.DUE_SOON):
            assert c.volgende_evaluatie is not None
            evaluations.append(EvaluationDue(c.id, c.naam, step, c.volgende_evaluatie, state))
    evaluations.sort(key=lambda e: (e.datum, e.huishouden))
    afspraken, afspraken_total = _afspraken_due(session, ids, names, today)
    return WorkOverview(
        today=today,
        my_cases=len(cases),
        waakvlam=sum(1 for c in cases if c.status == CaseStatus.WAAKVLAM.value),
        steps=tuple(StepCount(step, n) for step, n in per_step.items()),
        evaluations=tuple(evaluations[:LIST_LIMIT]),
        evaluation_counts=tuple(states.items()),
        afspraken=afspraken,
        afspraken_total=afspraken_total,
        turning_18=_turning_18(session, ids, households, names, today),
        recent=_recent_changes(session, cases, ids, names, households, today),
    )


def _afspraken_due(
    session: Session, ids: dict[str, str], names: dict[str, str], today: date
) -> tuple[tuple[AfspraakDue, ...], int]:
    """Open afspraken of my cases due within two weeks (as evaluations are) or overdue,
    whatever made them: the plan, an overlegtafel's outcome or the 18+ plan."""
    if not names:
        return (), 0
    where = and_(
        Afspraak.casus_id.in_(_each("cases")),
        Afspraak.deleted_at.is_(None),
        Afspraak.gedaan.is_(False),
        Afspraak.wanneer <= today + timedelta(days=DUE_SOON_DAYS),
    )
    total = session.scalar(select(func.count()).select_from(Afspraak).where(where), ids) or 0
    rows = session.scalars(
        select(Afspraak).where(where).order_by(Afspraak.wanneer, Afspraak.id).limit(LIST_LIMIT),
        ids,
    )
    items = tuple(
        AfspraakDue(
            a.id,
            a.casus_id,
            names[a.casus_id],
            a.wie,
            a.wat,
            a.wanneer,
            a.bron,
            te_laat=a.wanneer < today,
        )
        for a in rows
        if a.wanneer is not None
    )
    return items, total


def _turning_18(
    session: Session,
    ids: dict[str, str],
    households: dict[str, str],
    names: dict[str, str],
    today: date,
) -> tuple[Turning18, ...]:
    if not households:
        return ()
    case_of = {h: c for c, h in households.items()}
    born_after = add_months(today, -18 * 12)  # not yet 18 today
    born_by = add_months(today, TURNING_18_MONTHS - 18 * 12)  # 18 within the year
    youths = session.scalars(
        select(Persoon)
        .where(
            Persoon.huishouden_id.in_(_each("households")),
            Persoon.deleted_at.is_(None),
            Persoon.rol == MemberRole.JEUGDIGE.value,
            Persoon.geboortedatum > born_after,
            Persoon.geboortedatum <= born_by,
        )
        .order_by(Persoon.geboortedatum, Persoon.id)
        .limit(LIST_LIMIT),
        ids,
    ).all()
    plans: dict[str, str] = {
        persoon_id: status
        for persoon_id, status in session.execute(
            select(Plan18.persoon_id, Plan18.status).where(
                Plan18.persoon_id.in_([p.id for p in youths]), Plan18.deleted_at.is_(None)
            )
        )
    }
    result = []
    for p in youths:
        assert p.geboortedatum is not None
        casus_id = case_of[p.huishouden_id]
        status = plans.get(p.id)
        result.append(
            Turning18(
                p.id,
                casus_id,
                " ".join(x for x in (p.voornaam, p.tussenvoegsel, p.achternaam) if x),
                names[casus_id],
                birthday(p.geboortedatum, 18),
                age_on(p.geboortedatum, today),
                Plan18Status(status) if status else None,
            )
        )
    return tuple(result)


# Tables whose rows belong to a casus, and the column that says which.
# (The casus and household rows themselves come with the first query of the overview.)
_CASE_ROWS: tuple[tuple[Any, Any], ...] = (
    (Afspraak, Afspraak.casus_id),
    (Doel, Doel.casus_id),
    (Middel, Middel.casus_id),
    (Observatie, Observatie.casus_id),
    (EigenWoorden, EigenWoorden.casus_id),
    (Toetsing, Toetsing.casus_id),
    (PlanVersie, PlanVersie.casus_id),
    (Bijdrage, Bijdrage.casus_id),
    (Toestemming, Toestemming.casus_id),
    (Plan18, Plan18.casus_id),
)
# Tables whose rows belong to the household of a casus.
_HOUSEHOLD_ROWS: tuple[tuple[Any, Any], ...] = (
    (Persoon, Persoon.huishouden_id),
    (NetwerkContact, NetwerkContact.huishouden_id),
)


def _latest_saves() -> Any:
    """One statement: per owner (my casus or its household) and table, the last save since
    ``:since`` and who made it, newest first, at most ``:limit``. SQLite takes a bare column in
    a ``max()`` query from the row holding the maximum, which gives the author without a
    self-join. Built once; the engine caches the compiled statement."""
    parts = []
    for rows, owners in ((_CASE_ROWS, "cases"), (_HOUSEHOLD_ROWS, "households")):
        for model, key in rows:
            parts.append(
                select(
                    key.label("owner"),
                    literal(model.__tablename__).label("code"),
                    func.max(model.updated_at).label("at"),
                    model.updated_by.label("actor"),
                )
                .where(key.in_(_each(owners)), model.updated_at >= bindparam("since"))
                .group_by(key)
            )
    saves = union_all(*parts).subquery()
    return (
        select(saves.c.owner, saves.c.code, saves.c.at, saves.c.actor)
        .order_by(saves.c.at.desc(), saves.c.owner, saves.c.code)
        .limit(bindparam("limit"))
    )


# Which changed table names a moment when several changed at once: the most telling first.
SAVE_ORDER = (
    "plan_versie",
    "toetsing",
    "casus",
    "doel",
    "middel",
    "afspraak",
    "observatie",
    "eigen_woorden",
    "plan18",
    "bijdrage",
    "toestemming",
    "persoon",
    "netwerk_contact",
    "huishouden",
)
_HOUSEHOLD_TABLES = frozenset(model.__tablename__ for model, _ in _HOUSEHOLD_ROWS)
_LATEST_SAVES = _latest_saves()


def _recent_changes(
    session: Session,
    cases: Sequence[Any],
    ids: dict[str, str],
    names: dict[str, str],
    households: dict[str, str],
    today: date,
) -> tuple[RecentChange, ...]:
    """The latest changes to my cases: audited actions (a step concluded, the regime changed, a
    document made) and, per casus and kind of record, the last time a record was saved."""
    if not names:
        return ()
    since = datetime.combine(today - timedelta(days=RECENT_DAYS), datetime.min.time())
    # Enough candidates that RECENT_LIMIT remain after dropping saves that an action explains.
    candidates = RECENT_LIMIT * 4
    found: list[tuple[str, datetime, str, str, str]] = []  # casus, at, bron, code, actor
    for entry in session.execute(
        select(AuditEntry.entity_id, AuditEntry.at, AuditEntry.action, AuditEntry.actor)
        .where(
            AuditEntry.entity == "casus",
            AuditEntry.entity_id.in_(_each("cases")),
            AuditEntry.action.not_like(READ_ACTION_PREFIX + "%"),
            AuditEntry.at >= since,
        )
        .order_by(AuditEntry.seq.desc())
        .limit(candidates),
        ids,
    ):
        found.append((entry.entity_id, entry.at, "audit", entry.action, entry.actor))
    for c in cases:
        if c.updated_at is not None and c.updated_at >= since:
            found.append((c.id, c.updated_at, "rij", "casus", c.updated_by or ""))
        if c.household_at is not None and c.household_at >= since:
            found.append((c.id, c.household_at, "rij", "huishouden", c.household_by or ""))
    case_of = {h: c for c, h in households.items()}
    for owner, code, at, actor in session.execute(
        _LATEST_SAVES, {**ids, "since": since, "limit": candidates}
    ):
        casus_id = case_of.get(owner, owner) if code in _HOUSEHOLD_TABLES else owner
        found.append((casus_id, at, "rij", code, actor or ""))
    # One save touches several tables at once (registering writes household, members and
    # casus): one line per casus and moment, an audited action before any row, else the row
    # that says most (the order of SAVE_ORDER).
    rank = {code: i for i, code in enumerate(SAVE_ORDER)}
    found.sort(key=lambda f: (f[2] != "audit", rank.get(f[3], len(rank))))
    moments: dict[tuple[str, datetime], tuple[str, datetime, str, str, str]] = {}
    for f in found:
        if f[0] in names:
            moments.setdefault((f[0], f[1]), f)
    chosen = sorted(moments.values(), key=lambda f: (f[1], f[0]), reverse=True)[:RECENT_LIMIT]
    people: dict[str, str] = {
        pid: naam
        for pid, naam in session.execute(
            select(Professional.id, Professional.naam).where(
                Professional.id.in_({f[4] for f in chosen})
            )
        )
    }
    return tuple(
        RecentChange(casus_id, names[casus_id], at, bron, code, people.get(actor, ""))
        for casus_id, at, bron, code, actor in chosen
    )

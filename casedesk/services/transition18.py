"""Toekomstplan 18+: the timeline across cases, the plan with its five leefthema's, what changes
at 18, the young person's own agreement, the warme overdracht, and the way to the Tussen wal
en schip table when themes are stuck.

The rules live in ``casedesk.domain.transition18``; this module reads and writes the rows.
The actions of a theme are the plan's own (JSON on the theme); each is mirrored as an
``Afspraak`` of the casus (bron ``plan18``), so the gezinsplan shows them too
(docs/decisions/0080-toekomstplan-18.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.dates import add_months, age_on
from casedesk.domain.transition18 import (
    AT_RISK_MONTHS,
    LEGAL_LIMIT_AGE,
    MIN_START_AGE_MONTHS,
    URGENCY,
    VISIBLE_FROM_AGE,
    ChecklistItem,
    ChecklistState,
    ChecklistWarning,
    Milestones,
    TimelinePhase,
    Transition18Policy,
    agreement_giver,
    checklist_warnings,
    milestones,
    on_timeline,
    policy_errors,
    status_after_edit,
    stuck_themes,
    timeline_position,
)
from casedesk.domain.vocabulary import (
    AanmeldingStatus,
    AgreementMethod,
    CaseStatus,
    Financing18,
    MemberRole,
    Plan18Status,
    Theme18,
    ThemeStatus,
)
from casedesk.errors import InvalidInput, NotFound, RuleViolation, ValidationError
from casedesk.labels import label
from casedesk.services import tables
from casedesk.services.tables_dto import AanmeldingDraft, DocumentRef, FragmentKind
from casedesk.store import audit
from casedesk.store.models import (
    Aanmelding,
    Afspraak,
    Casus,
    Gemeente,
    Huishouden,
    Persoon,
    Plan18,
    Plan18Thema,
    Professional,
    Tafel,
    Team,
    Toestemming,
)

TWS_CODE = "TWS"  # the Tussen wal en schip table in the region's configuration
TWS_DOCUMENT = "toekomstplan 18+"  # the document the table requires (region configuration)
AFSPRAAK_SOURCE = "plan18"
OPEN_AANMELDING = (
    AanmeldingStatus.CONCEPT,
    AanmeldingStatus.INGEDIEND,
    AanmeldingStatus.ONTVANKELIJK,
    AanmeldingStatus.INGEPLAND,
)
# Youths from this age get the casus view's "Toekomstplan 18+" choice (half a year before the
# earliest start age a gemeente may set).
CASE_YOUTH_FROM_MONTHS = MIN_START_AGE_MONTHS - AT_RISK_MONTHS


# --- DTOs ------------------------------------------------------------------------------------


class Scope(StrEnum):
    MINE = "mine"  # cases where I am casusregisseur or stand-in
    TEAM = "team"
    REGION = "region"


@dataclass(frozen=True)
class TimelineQuery:
    scope: Scope = Scope.MINE
    team_id: str | None = None


@dataclass(frozen=True)
class TimelineRow:
    persoon_id: str
    casus_id: str
    plan_id: str | None  # None: no toekomstplan yet
    naam: str
    huishouden: str
    gemeente: str
    team: str
    casusregisseur: str
    geboortedatum: date | None
    leeftijd: int | None
    status: Plan18Status
    verlengd: bool
    verlengd_tot: int  # the gemeente's horizon (21 or 23)
    phase: TimelinePhase
    months_to_18: int | None
    milestones: Milestones | None
    open_items: int  # checklist items not arranged yet
    warnings: int  # open items close to or past the birthday
    stuck: int  # themes that are vastgelopen
    overdracht_op: date | None
    mine: bool


@dataclass(frozen=True)
class Timeline:
    rows: tuple[TimelineRow, ...]  # most urgent first
    today: date
    counts: tuple[tuple[TimelinePhase, int], ...]  # per phase, in urgency order


@dataclass(frozen=True)
class CaseYouth:
    persoon_id: str
    naam: str
    geboortedatum: date | None
    leeftijd: int | None
    plan_id: str | None
    status: Plan18Status


@dataclass(frozen=True)
class ActionView:
    action_id: str
    wat: str
    wie: str
    wanneer: date | None
    gedaan: bool


@dataclass(frozen=True)
class ThemeView:
    thema: Theme18
    situatie: str
    doel: str  # in the young person's words
    financiering: Financing18 | None  # None: not decided yet
    status: ThemeStatus
    acties: tuple[ActionView, ...]


@dataclass(frozen=True)
class ChecklistRow:
    item: ChecklistItem
    wie: str
    gedaan: bool
    warning: ChecklistWarning | None


@dataclass(frozen=True)
class HandoverView:
    organisatie: str
    persoon: str
    op: date | None
    inhoud: str
    vaste_contactpersoon: str
    waakvlam_tot: date | None


@dataclass(frozen=True)
class AanmeldingRef:
    aanmelding_id: str
    status: AanmeldingStatus


@dataclass(frozen=True)
class PlanView:
    plan_id: str
    casus_id: str
    persoon_id: str
    jongere: str
    huishouden: str
    gemeente: str
    casusregisseur: str
    geboortedatum: date | None
    leeftijd: int | None
    adult: bool  # 18 or older today: parents are no longer asked
    status: Plan18Status
    phase: TimelinePhase
    milestones: Milestones | None
    verlengd: bool
    verlengd_tot: int
    gestart_op: date | None
    akkoord_op: date | None
    akkoord_wijze: AgreementMethod | None
    akkoord_door: ConsentGiver | None
    themes: tuple[ThemeView, ...]  # all five, in the network's order
    checklist: tuple[ChecklistRow, ...]
    overdracht: HandoverView
    stuck: tuple[Theme18, ...]
    tws: AanmeldingRef | None  # an open aanmelding at Tussen wal en schip


@dataclass(frozen=True)
class ActionEdit:
    """One action as typed; ``wanneer`` is the typed date text (dd-mm-jjjj)."""

    wat: str
    wie: str = ""
    wanneer: str = ""
    gedaan: bool = False
    action_id: str | None = None  # None for a new action


@dataclass(frozen=True)
class ThemeEdit:
    thema: Theme18
    situatie: str = ""
    doel: str = ""
    financiering: Financing18 | None = None
    status: ThemeStatus = ThemeStatus.OPEN
    acties: tuple[ActionEdit, ...] = ()


@dataclass(frozen=True)
class ChecklistEdit:
    item: ChecklistItem
    wie: str = ""
    gedaan: bool = False


@dataclass(frozen=True)
class PlanEdit:
    themes: tuple[ThemeEdit, ...] = ()
    checklist: tuple[ChecklistEdit, ...] = ()
    verlengd: bool = False


@dataclass(frozen=True)
class HandoverEdit:
    """The warme overdracht as typed; dates are text (dd-mm-jjjj)."""

    organisatie: str
    persoon: str
    op: str
    inhoud: str
    vaste_contactpersoon: str
    waakvlam_tot: str = ""


@dataclass(frozen=True)
class TwsResult:
    aanmelding_id: str
    created: bool  # False: an open aanmelding already existed and is returned
    themes: tuple[Theme18, ...] = ()


@dataclass(frozen=True)
class GemeenteSettings:
    gemeente_id: str
    naam: str
    start_age_months: int
    extended_until_age: int


# --- helpers ---------------------------------------------------------------------------------


def _name(p: Persoon) -> str:
    return " ".join(part for part in (p.voornaam, p.tussenvoegsel, p.achternaam) if part)


def _policy(g: Gemeente) -> Transition18Policy:
    return Transition18Policy(g.start18_maanden, g.verlengd_tot)


def _enum_or_none(kind: Any, code: str) -> Any:
    try:
        return kind(code) if code else None
    except ValueError:
        return None


_DMY = re.compile(r"^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_day(text: str, field_name: str, errors: list[ValidationError]) -> date | None:
    """A date as people type it (12-3-2026, 12/03/2026, 2026-03-12); empty is no date. A bad
    date is added to ``errors``, so every field is checked in one go."""
    if not text.strip():
        return None
    if match := _DMY.match(text):
        day, month, year = (int(g) for g in match.groups())
    elif match := _ISO.match(text):
        year, month, day = (int(g) for g in match.groups())
    else:
        errors.append(ValidationError(field_name, "invalid-date", f"{text!r} is not a date"))
        return None
    try:
        return date(year, month, day)
    except ValueError:
        errors.append(ValidationError(field_name, "invalid-date", f"{text!r} is not a date"))
        return None


def _today(session: Session) -> date:
    now: datetime = session.info["now"]()
    return now.date()


def _live_plan(session: Session, plan_id: str) -> Plan18:
    plan = session.get(Plan18, plan_id)
    if plan is None or plan.deleted_at is not None:
        raise NotFound(f"no toekomstplan {plan_id}")
    return plan


# --- the timeline ----------------------------------------------------------------------------


def timeline(session: Session, query: TimelineQuery, *, today: date, me: str) -> Timeline:
    """Every young person on the 18+ timeline in the cases of the scope, most urgent first."""
    regisseur = aliased(Professional)
    stuck = (
        select(func.count())
        .where(
            Plan18Thema.plan_id == Plan18.id,
            Plan18Thema.status == ThemeStatus.VASTGELOPEN.value,
            Plan18Thema.deleted_at.is_(None),
        )
        .correlate(Plan18)
        .scalar_subquery()
        .label("n")
    )
    # A superset by birth date (from half a year before the earliest start age any gemeente
    # has set, to the legal limit); the domain decides exactly who is shown.
    earliest_start = session.scalar(select(func.min(Gemeente.start18_maanden)))
    first_months = min(
        VISIBLE_FROM_AGE * 12, (earliest_start or CASE_YOUTH_FROM_MONTHS) - AT_RISK_MONTHS
    )
    oldest = add_months(today, -(LEGAL_LIMIT_AGE * 12 + 1))
    youngest = add_months(today, -first_months)
    stmt = (
        select(
            Persoon.id,
            Persoon.voornaam,
            Persoon.tussenvoegsel,
            Persoon.achternaam,
            Persoon.geboortedatum,
            Casus.id.label("casus_id"),
            Casus.casusregisseur_id,
            Casus.stand_in_id,
            Huishouden.naam.label("huishouden"),
            Team.naam.label("team"),
            Gemeente.naam.label("gemeente"),
            Gemeente.start18_maanden,
            Gemeente.verlengd_tot,
            regisseur.naam.label("regisseur"),
            Plan18.id.label("plan_id"),
            Plan18.status,
            Plan18.verlengd,
            Plan18.checklist,
            Plan18.overdracht_op,
            Plan18.waakvlam_tot,
            stuck,
        )
        .join(Huishouden, Huishouden.id == Persoon.huishouden_id)
        .join(Casus, Casus.huishouden_id == Huishouden.id)
        .join(Team, Team.id == Casus.team_id)
        .join(Gemeente, Gemeente.id == Casus.gemeente_id)
        .outerjoin(regisseur, regisseur.id == Casus.casusregisseur_id)
        .outerjoin(
            Plan18,
            and_(
                Plan18.persoon_id == Persoon.id,
                Plan18.casus_id == Casus.id,
                Plan18.deleted_at.is_(None),
            ),
        )
        .where(
            Persoon.rol == MemberRole.JEUGDIGE.value,
            Persoon.deleted_at.is_(None),
            Casus.deleted_at.is_(None),
            Casus.status.in_([CaseStatus.OPEN.value, CaseStatus.WAAKVLAM.value]),
            or_(
                Persoon.geboortedatum.is_(None),
                and_(Persoon.geboortedatum > oldest, Persoon.geboortedatum <= youngest),
            ),
        )
    )
    if query.scope is Scope.MINE:
        stmt = stmt.where(or_(Casus.casusregisseur_id == me, Casus.stand_in_id == me))
    elif query.scope is Scope.TEAM:
        if not query.team_id:
            raise InvalidInput([ValidationError("team_id", "required", "choose a team")])
        stmt = stmt.where(Casus.team_id == query.team_id)
    rows: list[TimelineRow] = []
    seen: set[tuple[str, str]] = set()
    for r in session.execute(stmt.order_by(Persoon.id, Plan18.id)):
        if (r.id, r.casus_id) in seen:  # a duplicate plan (e.g. made offline twice): show once
            continue
        seen.add((r.id, r.casus_id))
        row = _timeline_row(r, today, me)
        if row is not None:
            rows.append(row)
    rows.sort(key=_urgency_key)
    counts = Counter(row.phase for row in rows)
    ordered = sorted(counts.items(), key=lambda item: URGENCY[item[0]])
    return Timeline(tuple(rows), today, tuple(ordered))


def _timeline_row(r: Any, today: date, me: str) -> TimelineRow | None:
    policy = Transition18Policy(r.start18_maanden, r.verlengd_tot)
    status = _enum_or_none(Plan18Status, r.status or "") or Plan18Status.NIET_GESTART
    verlengd = bool(r.verlengd)
    born: date | None = r.geboortedatum
    handed_over = status is Plan18Status.OVERGEDRAGEN
    if not on_timeline(
        born,
        today,
        policy,
        extended=verlengd,
        handed_over=handed_over,
        waakvlam_until=r.waakvlam_tot,
    ):
        return None
    position = timeline_position(born, today, status, extended=verlengd, policy=policy)
    checklist: dict[str, Any] = (r.checklist or {}) if r.plan_id else {}
    open_items = sum(1 for item in ChecklistItem if not _done(checklist.get(item.value)))
    # A generator: the domain reads it only when the birthday is near.
    states = (s for s in _checklist_states(checklist))
    return TimelineRow(
        persoon_id=r.id,
        casus_id=r.casus_id,
        plan_id=r.plan_id,
        naam=" ".join(p for p in (r.voornaam, r.tussenvoegsel, r.achternaam) if p),
        huishouden=r.huishouden,
        gemeente=r.gemeente,
        team=r.team,
        casusregisseur=r.regisseur or "",
        geboortedatum=born,
        leeftijd=age_on(born, today) if born else None,
        status=status,
        verlengd=verlengd,
        verlengd_tot=policy.extended_until_age,
        phase=position.phase,
        months_to_18=position.months_to_18,
        milestones=milestones(born, policy) if born else None,
        open_items=open_items,
        warnings=len(checklist_warnings(born, today, states)),
        stuck=r.n or 0,
        overdracht_op=r.overdracht_op,
        mine=me in (r.casusregisseur_id, r.stand_in_id),
    )


def _urgency_key(row: TimelineRow) -> tuple[int, int, int, str]:
    months = row.months_to_18 if row.months_to_18 is not None else 10_000
    return (URGENCY[row.phase], -row.stuck, months, row.naam)


def _done(value: Any) -> bool:
    return isinstance(value, dict) and bool(value.get("gedaan", False))


def _checklist_states(raw: dict[str, Any]) -> list[ChecklistState]:
    """The stored checklist (item code -> {wie, gedaan}); unknown codes are kept out."""
    states = []
    for item in ChecklistItem:
        value = raw.get(item.value)
        if isinstance(value, dict):
            states.append(
                ChecklistState(item, str(value.get("wie", "")), bool(value.get("gedaan", False)))
            )
        else:
            states.append(ChecklistState(item))
    return states


# --- the plan --------------------------------------------------------------------------------


def youths_for_case(session: Session, casus_id: str, *, today: date) -> tuple[CaseYouth, ...]:
    """The casus's young people a toekomstplan may be made for (from 15, or age unknown)."""
    casus = session.get(Casus, casus_id)
    if casus is None or casus.deleted_at is not None:
        raise NotFound(f"no casus {casus_id}")
    youngest = add_months(today, -CASE_YOUTH_FROM_MONTHS)
    members = session.scalars(
        select(Persoon)
        .where(
            Persoon.huishouden_id == casus.huishouden_id,
            Persoon.rol == MemberRole.JEUGDIGE.value,
            Persoon.deleted_at.is_(None),
            or_(Persoon.geboortedatum.is_(None), Persoon.geboortedatum <= youngest),
        )
        .order_by(Persoon.geboortedatum.is_(None), Persoon.geboortedatum, Persoon.voornaam)
    ).all()
    plans = {
        p.persoon_id: p
        for p in session.scalars(
            select(Plan18).where(Plan18.casus_id == casus_id, Plan18.deleted_at.is_(None))
        )
    }
    result = []
    for m in members:
        plan = plans.get(m.id)
        result.append(
            CaseYouth(
                m.id,
                _name(m),
                m.geboortedatum,
                age_on(m.geboortedatum, today) if m.geboortedatum else None,
                plan.id if plan else None,
                Plan18Status(plan.status) if plan else Plan18Status.NIET_GESTART,
            )
        )
    return tuple(result)


def start_plan(session: Session, casus_id: str, persoon_id: str) -> PlanView:
    """Open the toekomstplan of a young person in this casus, making it on first use."""
    casus = session.get(Casus, casus_id)
    person = session.get(Persoon, persoon_id)
    if casus is None or casus.deleted_at is not None:
        raise NotFound(f"no casus {casus_id}")
    if (
        person is None
        or person.deleted_at is not None
        or person.huishouden_id != casus.huishouden_id
        or person.rol != MemberRole.JEUGDIGE.value
    ):
        raise NotFound(f"no jeugdige {persoon_id} in casus {casus_id}")
    existing = session.scalar(
        select(Plan18).where(
            Plan18.casus_id == casus_id,
            Plan18.persoon_id == persoon_id,
            Plan18.deleted_at.is_(None),
        )
    )
    if existing is not None:
        return get_plan(session, existing.id)
    today = _today(session)
    plan = Plan18(
        casus_id=casus_id,
        persoon_id=persoon_id,
        status=Plan18Status.IN_UITVOERING.value,
        gestart_op=today,
        checklist={item.value: {"wie": "", "gedaan": False} for item in ChecklistItem},
    )
    session.add(plan)
    session.flush()
    for theme in Theme18:
        session.add(Plan18Thema(plan_id=plan.id, thema=theme.value))
    session.flush()
    audit.record(session, "create", "plan18", plan.id, {"casus": casus_id})
    return get_plan(session, plan.id)


def get_plan(session: Session, plan_id: str) -> PlanView:
    """The whole plan. Reading it is audited, as reading a casus is."""
    plan = _live_plan(session, plan_id)
    audit.record(session, "view", "plan18", plan.id)
    return _plan_view(session, plan)


def _plan_view(session: Session, plan: Plan18) -> PlanView:
    today = _today(session)
    youth = session.get(Persoon, plan.persoon_id)
    casus = session.get(Casus, plan.casus_id)
    assert youth is not None and casus is not None
    household = session.get(Huishouden, casus.huishouden_id)
    gemeente = session.get(Gemeente, casus.gemeente_id)
    regisseur = session.get(Professional, casus.casusregisseur_id)
    assert household is not None and gemeente is not None
    policy = _policy(gemeente)
    born = youth.geboortedatum
    status = Plan18Status(plan.status)
    themes = _themes(session, plan.id)
    states = _checklist_states(plan.checklist)
    warnings = {w.item: w for w in checklist_warnings(born, today, states)}
    position = timeline_position(born, today, status, extended=plan.verlengd, policy=policy)
    return PlanView(
        plan_id=plan.id,
        casus_id=casus.id,
        persoon_id=youth.id,
        jongere=_name(youth),
        huishouden=household.naam,
        gemeente=gemeente.naam,
        casusregisseur=regisseur.naam if regisseur else "",
        geboortedatum=born,
        leeftijd=age_on(born, today) if born else None,
        adult=born is not None and age_on(born, today) >= 18,
        status=status,
        phase=position.phase,
        milestones=milestones(born, policy) if born else None,
        verlengd=plan.verlengd,
        verlengd_tot=policy.extended_until_age,
        gestart_op=plan.gestart_op,
        akkoord_op=plan.akkoord_op,
        akkoord_wijze=_enum_or_none(AgreementMethod, plan.akkoord_wijze),
        akkoord_door=_enum_or_none(ConsentGiver, plan.akkoord_door),
        themes=themes,
        checklist=tuple(
            ChecklistRow(s.item, s.owner, s.done, warnings.get(s.item)) for s in states
        ),
        overdracht=HandoverView(
            plan.overdracht_organisatie,
            plan.overdracht_persoon,
            plan.overdracht_op,
            plan.overdracht_inhoud,
            plan.vaste_contactpersoon,
            plan.waakvlam_tot,
        ),
        stuck=stuck_themes({t.thema: t.status for t in themes}),
        tws=_open_tws(session, casus.id),
    )


def _theme_rows(session: Session, plan_id: str) -> dict[Theme18, Plan18Thema]:
    rows: dict[Theme18, Plan18Thema] = {}
    for row in session.scalars(
        select(Plan18Thema)
        .where(Plan18Thema.plan_id == plan_id, Plan18Thema.deleted_at.is_(None))
        .order_by(Plan18Thema.id)
    ):
        theme = _enum_or_none(Theme18, row.thema)
        if theme is not None and theme not in rows:
            rows[theme] = row
    return rows


def _themes(session: Session, plan_id: str) -> tuple[ThemeView, ...]:
    rows = _theme_rows(session, plan_id)
    views = []
    for theme in Theme18:  # all five always, so an empty theme is visibly empty
        row = rows.get(theme)
        if row is None:
            views.append(ThemeView(theme, "", "", None, ThemeStatus.OPEN, ()))
            continue
        views.append(
            ThemeView(
                theme,
                row.situatie,
                row.doel,
                _enum_or_none(Financing18, row.financiering),
                _enum_or_none(ThemeStatus, row.status) or ThemeStatus.OPEN,
                tuple(_action_view(a) for a in row.acties if isinstance(a, dict)),
            )
        )
    return tuple(views)


def _action_view(a: dict[str, Any]) -> ActionView:
    when = a.get("wanneer")
    return ActionView(
        str(a.get("id", "")),
        str(a.get("wat", "")),
        str(a.get("wie", "")),
        date.fromisoformat(when) if isinstance(when, str) and when else None,
        bool(a.get("gedaan", False)),
    )


def _open_tws(session: Session, casus_id: str) -> AanmeldingRef | None:
    row = session.execute(
        select(Aanmelding.id, Aanmelding.status)
        .join(Tafel, Tafel.id == Aanmelding.tafel_id)
        .where(
            Tafel.code == TWS_CODE,
            Aanmelding.casus_id == casus_id,
            Aanmelding.deleted_at.is_(None),
            Aanmelding.status.in_([s.value for s in OPEN_AANMELDING]),
        )
        .order_by(Aanmelding.status)
        .limit(1)
    ).first()
    return AanmeldingRef(row.id, AanmeldingStatus(row.status)) if row else None


def save_plan(session: Session, plan_id: str, edit: PlanEdit) -> PlanView:
    """Store the five themes, the checklist and the extension; every bad field is reported at
    once and nothing is written then."""
    plan = _live_plan(session, plan_id)
    errors: list[ValidationError] = []
    parsed: list[tuple[ThemeEdit, list[tuple[ActionEdit, date | None]]]] = []
    for theme in edit.themes:
        actions = []
        for i, a in enumerate(theme.acties):
            if not (a.wat.strip() or a.wie.strip() or a.wanneer.strip()):
                continue  # an empty row the person added and left
            prefix = f"thema.{theme.thema.value}.actie.{i}"
            if not a.wat.strip():
                errors.append(ValidationError(f"{prefix}.wat", "required", "what is to be done"))
            actions.append((a, parse_day(a.wanneer, f"{prefix}.wanneer", errors)))
        parsed.append((theme, actions))
    if errors:
        raise InvalidInput(errors)
    rows = _theme_rows(session, plan.id)
    kept_actions: set[str] = set()
    for theme, actions in parsed:
        row = rows.get(theme.thema)
        if row is None:
            row = Plan18Thema(plan_id=plan.id, thema=theme.thema.value)
            session.add(row)
        stored = []
        for a, when in actions:
            action_id = _mirror_action(session, plan, a, when)
            kept_actions.add(action_id)
            stored.append(
                {
                    "id": action_id,
                    "wat": a.wat.strip(),
                    "wie": a.wie.strip(),
                    "wanneer": when.isoformat() if when else None,
                    "gedaan": a.gedaan,
                }
            )
        row.situatie = theme.situatie
        row.doel = theme.doel
        row.financiering = theme.financiering.value if theme.financiering else ""
        row.status = theme.status.value
        if stored != row.acties:
            row.acties = stored
    _retire_mirrors(session, plan, kept_actions, {t.thema for t, _ in parsed})
    if edit.checklist:
        checklist = dict(plan.checklist)
        for c in edit.checklist:
            checklist[c.item.value] = {"wie": c.wie.strip(), "gedaan": c.gedaan}
        if checklist != plan.checklist:
            plan.checklist = checklist
    plan.verlengd = edit.verlengd
    new_status = status_after_edit(Plan18Status(plan.status))
    if new_status.value != plan.status:
        plan.status = new_status.value
        plan.gestart_op = plan.gestart_op or _today(session)
    session.flush()
    audit.record(session, "update", "plan18", plan.id, {"themes": len(edit.themes)})
    return _plan_view(session, plan)


def _mirror_action(session: Session, plan: Plan18, a: ActionEdit, when: date | None) -> str:
    """Write the action's Afspraak on the casus (same id), so the gezinsplan shows it."""
    afspraak = session.get(Afspraak, a.action_id) if a.action_id else None
    if afspraak is None or afspraak.bron != AFSPRAAK_SOURCE or afspraak.bron_id != plan.id:
        afspraak = Afspraak(casus_id=plan.casus_id, bron=AFSPRAAK_SOURCE, bron_id=plan.id)
        session.add(afspraak)
    values = {"wie": a.wie.strip(), "wat": a.wat.strip(), "wanneer": when, "gedaan": a.gedaan}
    for key, value in values.items():
        if getattr(afspraak, key) != value:
            setattr(afspraak, key, value)
    if afspraak.deleted_at is not None:  # removed in the gezinsplan, but still in this plan
        afspraak.deleted_at = None
    session.flush()
    return afspraak.id


def _retire_mirrors(
    session: Session, plan: Plan18, kept: set[str], edited: Iterable[Theme18]
) -> None:
    """Tombstone the afspraken of actions removed from the edited themes."""
    edited_codes = set(edited)
    if edited_codes != set(Theme18):
        # Only some themes were sent: keep the mirrors of the others.
        for theme, row in _theme_rows(session, plan.id).items():
            if theme not in edited_codes:
                kept |= {str(a.get("id")) for a in row.acties if isinstance(a, dict)}
    now = session.info["now"]()
    for afspraak in session.scalars(
        select(Afspraak).where(
            Afspraak.bron == AFSPRAAK_SOURCE,
            Afspraak.bron_id == plan.id,
            Afspraak.deleted_at.is_(None),
        )
    ):
        if afspraak.id not in kept:
            afspraak.deleted_at = now


def record_agreement(
    session: Session,
    plan_id: str,
    *,
    op: str,
    wijze: AgreementMethod | None,
    parents_also: bool = False,
) -> PlanView:
    """The young person's own agreement (and, before 18, optionally the parents')."""
    plan = _live_plan(session, plan_id)
    today = _today(session)
    errors: list[ValidationError] = []
    day = parse_day(op, "akkoord_op", errors)
    if day is None and not errors:
        errors.append(ValidationError("akkoord_op", "required", "the date of the agreement"))
    if day is not None and day > today:
        errors.append(ValidationError("akkoord_op", "future-date", "agreement lies ahead"))
    if wijze is None:
        errors.append(ValidationError("akkoord_wijze", "required", "how the agreement was given"))
    if errors:
        raise InvalidInput(errors)
    assert day is not None and wijze is not None
    youth = session.get(Persoon, plan.persoon_id)
    assert youth is not None
    giver = agreement_giver(youth.geboortedatum, day, parents_also=parents_also)
    plan.akkoord_op = day
    plan.akkoord_wijze = wijze.value
    plan.akkoord_door = giver.value
    if plan.status != Plan18Status.OVERGEDRAGEN.value:
        plan.status = Plan18Status.AFGESPROKEN.value
    plan.gestart_op = plan.gestart_op or day
    session.flush()
    audit.record(session, "agree", "plan18", plan.id, {"door": giver.value, "wijze": wijze.value})
    return _plan_view(session, plan)


def hand_over(session: Session, plan_id: str, edit: HandoverEdit) -> PlanView:
    """Record the warme overdracht: to whom, when, what, and the one vaste contactpersoon."""
    plan = _live_plan(session, plan_id)
    today = _today(session)
    errors: list[ValidationError] = []
    for name in ("organisatie", "persoon", "inhoud", "vaste_contactpersoon"):
        if not getattr(edit, name).strip():
            key = name if name == "vaste_contactpersoon" else f"overdracht_{name}"
            errors.append(ValidationError(key, "required", f"{name} is required"))
    op = parse_day(edit.op, "overdracht_op", errors)
    if op is None and not any(e.field == "overdracht_op" for e in errors):
        errors.append(ValidationError("overdracht_op", "required", "the date of the handover"))
    if op is not None and op > today:
        errors.append(ValidationError("overdracht_op", "future-date", "handover lies ahead"))
    until = parse_day(edit.waakvlam_tot, "waakvlam_tot", errors)
    if op is not None and until is not None and until < op:
        errors.append(ValidationError("waakvlam_tot", "end-before-start", "before the handover"))
    if errors:
        raise InvalidInput(errors)
    plan.overdracht_organisatie = edit.organisatie.strip()
    plan.overdracht_persoon = edit.persoon.strip()
    plan.overdracht_op = op
    plan.overdracht_inhoud = edit.inhoud.strip()
    plan.vaste_contactpersoon = edit.vaste_contactpersoon.strip()
    plan.waakvlam_tot = until
    plan.status = Plan18Status.OVERGEDRAGEN.value
    plan.gestart_op = plan.gestart_op or op
    session.flush()
    audit.record(session, "handover", "plan18", plan.id, {"casus": plan.casus_id})
    return _plan_view(session, plan)


# --- Tussen wal en schip ---------------------------------------------------------------------


def prepare_tws_aanmelding(session: Session, plan_id: str) -> TwsResult:
    """Prepare a concept aanmelding at the Tussen wal en schip table for the stuck themes,
    through the overlegtafels flow (``tables.save_aanmelding``), where the casusregisseur
    completes and submits it.

    The question names the stuck themes with their situation and the young person's goal; the
    summary shares only the young person's line of the casus (need-to-know); the toekomstplan is
    the table's required document. The young person's consent for the table is linked when one
    holds today. An open aanmelding of this casus at the table is returned instead of a second.
    """
    plan = _live_plan(session, plan_id)
    themes = _themes(session, plan.id)
    stuck = stuck_themes({t.thema: t.status for t in themes})
    if not stuck:
        raise RuleViolation("no-stuck-theme", "no leefthema is vastgelopen")
    existing = _open_tws(session, plan.casus_id)
    if existing is not None:
        return TwsResult(existing.aanmelding_id, False, stuck)
    tafel = session.scalar(select(Tafel).where(Tafel.code == TWS_CODE, Tafel.deleted_at.is_(None)))
    if tafel is None:
        raise NotFound(f"no table {TWS_CODE} in this region's configuration")
    youth = session.get(Persoon, plan.persoon_id)
    assert youth is not None
    draft = AanmeldingDraft(
        casus_id=plan.casus_id,
        tafel_id=tafel.id,
        vraag=_tws_question(youth, [t for t in themes if t.thema in stuck]),
        jeugdige_id=youth.id,
        fragment_keys=(f"{FragmentKind.LID.value}:{youth.id}",),
        documenten=(DocumentRef(TWS_DOCUMENT, f"Toekomstplan 18+ {_name(youth)}"),),
        toestemming_id=_tws_consent(session, plan.casus_id),
    )
    aanmelding = tables.save_aanmelding(session, draft, submit=False)
    audit.record(
        session,
        "tws",
        "plan18",
        plan.id,
        {"aanmelding": aanmelding.aanmelding_id, "themes": [t.value for t in stuck]},
    )
    return TwsResult(aanmelding.aanmelding_id, True, stuck)


def _tws_question(youth: Persoon, stuck: Sequence[ThemeView]) -> str:
    names = ", ".join(label(t.thema) for t in stuck)
    lines = [f"{youth.voornaam} loopt vast op: {names}."]
    for t in stuck:
        lines.append(
            f"{label(t.thema)}: {t.situatie.strip() or '—'} "
            f"Doel van de jongere: {t.doel.strip() or '—'}"
        )
    lines.append(
        "Welke doorbraak kan de tafel regelen, zodat de jongere na 18 niet tussen wal en schip "
        "valt?"
    )
    return "\n".join(lines)


def _tws_consent(session: Session, casus_id: str) -> str | None:
    today = _today(session)
    consent: str | None = session.scalar(
        select(Toestemming.id).where(
            Toestemming.casus_id == casus_id,
            Toestemming.ontvanger == TWS_CODE,
            Toestemming.deleted_at.is_(None),
            Toestemming.ingetrokken_op.is_(None),
            Toestemming.gegeven_op <= today,
            or_(Toestemming.geldig_tot.is_(None), Toestemming.geldig_tot >= today),
        )
    )
    return consent


# --- per-gemeente settings -------------------------------------------------------------------


def gemeente_settings(session: Session) -> tuple[GemeenteSettings, ...]:
    return tuple(
        GemeenteSettings(g.id, g.naam, g.start18_maanden, g.verlengd_tot)
        for g in session.scalars(
            select(Gemeente).where(Gemeente.deleted_at.is_(None)).order_by(Gemeente.naam)
        )
    )


def update_gemeente_settings(
    session: Session, gemeente_id: str, *, start_age_months: int, extended_until_age: int
) -> GemeenteSettings:
    """Set a gemeente's start age and horizon of the 18+ plan.

    These are reference data: on a profile that syncs, the regional store owns them. The change
    travels through the outbox like any other, and the regional store decides (it accepts it
    only from a beheerder); a later pull of the region's values wins over this local edit.
    """
    errors = policy_errors(start_age_months, extended_until_age)
    if errors:
        raise InvalidInput(errors)
    g = session.get(Gemeente, gemeente_id)
    if g is None or g.deleted_at is not None:
        raise NotFound(f"no gemeente {gemeente_id}")
    before = {"start": g.start18_maanden, "horizon": g.verlengd_tot}
    g.start18_maanden = start_age_months
    g.verlengd_tot = extended_until_age
    session.flush()
    audit.record(
        session,
        "settings",
        "gemeente",
        g.id,
        {"before": before, "after": {"start": start_age_months, "horizon": extended_until_age}},
    )
    return GemeenteSettings(g.id, g.naam, g.start18_maanden, g.verlengd_tot)

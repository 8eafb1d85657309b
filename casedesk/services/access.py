"""Need-to-know on the device: who may open which casus, and breaking the glass.

A professional opens the cases of her own team, those she holds regie over or stands in for,
and those the regional store explicitly involved her in (a GI worker, a coach of another team;
decision 0093). Any other casus on the device opens only after she types why (``break_glass``): the
reason goes into the audit as a "break-glass" entry, loud on purpose, and the access holds for
``GRANT_HOURS``. A teamleider sees counts, a privacy officer the audit; neither opens a file
(docs/decisions/0090-need-to-know-and-break-the-glass.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import (
    ColumnElement,
    DateTime,
    and_,
    bindparam,
    false,
    func,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.orm import Session

from casedesk.domain.need_to_know import (
    break_glass_reason_issue,
    opens_case_files,
    sees_audit,
    sees_team_aggregates,
)
from casedesk.domain.vocabulary import CaseStatus, Step
from casedesk.errors import AccessDenied, InvalidInput, NotFound, ValidationError
from casedesk.services.reference import me
from casedesk.store import audit
from casedesk.store.models import AuditEntry, Casus, Involvement, Professional, Team

BREAK_GLASS = "break-glass"  # the audit action
GRANT_HOURS = 8  # a working day: the access a typed reason buys


class OutsideScope(AccessDenied):
    """The casus is outside the user's scope: it opens only by breaking the glass."""

    code = "outside-scope"


class NoFileAccess(AccessDenied):
    """The user's roles see no files at all (teamleider, privacy officer, tafelsecretaris)."""

    code = "no-file-access"


class Reach(StrEnum):
    TEAM = "team"
    REGIE = "regie"
    INVOLVED = "involved"  # explicitly, by the regional store
    BREAK_GLASS = "break_glass"
    NONE = "none"


@dataclass(frozen=True)
class AccessProfile:
    """What the client shows this user: pages follow from it."""

    naam: str
    rollen: tuple[str, ...]
    opens_files: bool
    team_aggregates: bool
    audit: bool


def access_profile(session: Session) -> AccessProfile:
    p = me(session)
    roles = tuple(p.rollen) if p is not None else ()
    return AccessProfile(p.naam if p is not None else "", roles, opens_case_files(roles),
                         sees_team_aggregates(roles), sees_audit(roles))


def _casus(session: Session, casus_id: str) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None or casus.deleted_at is not None:
        raise NotFound(f"no casus {casus_id}")
    return casus


def _grants(session: Session) -> ColumnElement[bool]:
    """Break-the-glass entries of this session's actor (who the audit names) in the last
    ``GRANT_HOURS``."""
    now: datetime = session.info["now"]()
    since = now - timedelta(hours=GRANT_HOURS)
    return and_(AuditEntry.action == BREAK_GLASS, AuditEntry.entity == "casus",
                AuditEntry.actor == session.info["actor"], AuditEntry.at >= since)


def _granted(session: Session, casus_id: str) -> bool:
    return bool(session.scalar(select(func.count()).select_from(AuditEntry).where(
        _grants(session), AuditEntry.entity_id == casus_id)))


def _involved(session: Session, casus_id: str) -> bool:
    return session.get(Involvement, casus_id) is not None


def reach(session: Session, casus_id: str) -> Reach:
    """How the user reaches this casus. A profile without a user (a fresh ``init`` or the
    CLI's admin work) is not narrowed: need-to-know is a property of a person."""
    casus = _casus(session, casus_id)
    p = me(session)
    if p is None:
        return Reach.TEAM
    if not opens_case_files(p.rollen):
        return Reach.NONE
    if p.id in (casus.casusregisseur_id, casus.stand_in_id):
        return Reach.REGIE
    if p.team_id is not None and p.team_id == casus.team_id:
        return Reach.TEAM
    if _involved(session, casus.id):
        return Reach.INVOLVED
    if _granted(session, casus.id):
        return Reach.BREAK_GLASS
    return Reach.NONE


@dataclass(frozen=True)
class Scope:
    """The cases a user opens without breaking the glass: those of her team, those she holds
    regie over or stands in for, and a handful opened to her one by one (an explicit
    involvement, a live break-the-glass grant). The case list reads each part from its own
    index (decision 0098)."""

    team_id: str | None
    person_id: str
    opened_ids: tuple[str, ...]  # involvements and live grants

    def condition(self) -> ColumnElement[bool]:
        """The same as SQL over ``Casus``."""
        team = Casus.team_id == self.team_id if self.team_id is not None else false()
        return or_(team, Casus.casusregisseur_id == self.person_id,
                   Casus.stand_in_id == self.person_id, Casus.id.in_(self.opened_ids))


def user_scope(session: Session) -> Scope | None:
    """The user's scope; ``None`` when nothing is narrowed (a profile without a user) or
    nothing opens at all (roles without files): ``scope_condition`` says which."""
    p = me(session)
    if p is None or not opens_case_files(p.rollen):
        return None
    since = session.info["now"]() - timedelta(hours=GRANT_HOURS)
    opened = session.scalars(_OPENED, {"action": BREAK_GLASS, "actor": session.info["actor"],
                                       "since": since})
    return Scope(p.team_id, p.id, tuple(sorted(opened)))


# The cases opened to the user one by one: involvements and live grants (``_grants``, as
# text: this runs before every opening list, and compiling the union took ~3 ms a connection).
_OPENED = text(
    "SELECT casus_id FROM involvement UNION SELECT entity_id FROM audit_log "
    "WHERE action = :action AND entity = 'casus' AND actor = :actor AND at >= :since"
).bindparams(bindparam("since", type_=DateTime()))  # stored as the ORM stores it


def scope_condition(session: Session) -> ColumnElement[bool]:
    """SQL over ``Casus``: true exactly for the cases the user may open without breaking the
    glass now (``reach`` is not ``NONE``): team, regie, stand-in, an explicit involvement, a
    live break-the-glass grant. It says nothing about deleted cases; the caller filters
    those as it does today."""
    scope = user_scope(session)
    if scope is not None:
        return scope.condition()
    p = me(session)
    return true() if p is None else false()


def require_case_access(session: Session, casus_id: str) -> None:
    """Raise unless the user may open this casus now."""
    if reach(session, casus_id) is not Reach.NONE:
        return
    p = me(session)
    if p is not None and not opens_case_files(p.rollen):
        raise NoFileAccess("these roles open no casus files")
    raise OutsideScope(f"casus {casus_id} is outside this user's scope")


def break_glass(session: Session, casus_id: str, reason: str) -> Reach:
    """Open a casus outside one's scope, for a typed reason; audited as "break-glass" with
    the reason (the form asks for it without names). Refused without a reason."""
    casus = _casus(session, casus_id)
    p = me(session)
    if p is not None and not opens_case_files(p.rollen):
        raise NoFileAccess("these roles open no casus files, not even by breaking the glass")
    issue = break_glass_reason_issue(reason)
    if issue is not None:
        raise InvalidInput([ValidationError("reden", issue, "a reason is required")])
    audit.record(session, BREAK_GLASS, "casus", casus.id,
                 {"reden": " ".join(reason.split()), "team": casus.team_id})
    return Reach.BREAK_GLASS


@dataclass(frozen=True)
class BreakGlassEntry:
    at: datetime
    door: str  # the professional's name
    casus_id: str
    reden: str


def break_glass_log(session: Session, limit: int = 50) -> tuple[BreakGlassEntry, ...]:
    """The latest break-the-glass openings, for the privacy officer's werkoverzicht."""
    rows = session.execute(
        select(AuditEntry, Professional.naam)
        .outerjoin(Professional, Professional.id == AuditEntry.actor)
        .where(AuditEntry.action == BREAK_GLASS)
        .order_by(AuditEntry.seq.desc()).limit(limit)).all()
    return tuple(BreakGlassEntry(e.at, naam or e.actor, e.entity_id,
                                 str((e.detail or {}).get("reden", "")))
                 for e, naam in rows)


@dataclass(frozen=True)
class TeamCounts:
    """The teamleider's view: numbers of the team's cases, no household, no person."""

    team: str
    per_stap: tuple[tuple[Step, int], ...]
    per_status: tuple[tuple[CaseStatus, int], ...]
    evaluatie_te_laat: int
    totaal_open: int


def team_counts(session: Session) -> TeamCounts:
    p = me(session)
    if p is None or p.team_id is None or not sees_team_aggregates(p.rollen):
        raise AccessDenied("team counts are for a teamleider of a team")
    team = session.get(Team, p.team_id)
    live = (Casus.team_id == p.team_id, Casus.deleted_at.is_(None))
    status: dict[str, int] = {
        k: n for k, n in session.execute(
            select(Casus.status, func.count()).where(*live).group_by(Casus.status))}
    open_ = (CaseStatus.OPEN.value, CaseStatus.WAAKVLAM.value)
    steps: dict[str, int] = {
        k: n for k, n in session.execute(
            select(Casus.stap, func.count()).where(*live, Casus.status.in_(open_))
            .group_by(Casus.stap))}
    today = session.info["now"]().date()
    late = session.scalar(select(func.count()).select_from(Casus).where(
        *live, Casus.status.in_(open_), Casus.volgende_evaluatie < today)) or 0
    return TeamCounts(
        team.naam if team is not None else "",
        tuple((s, int(steps.get(s.value, 0))) for s in Step),
        tuple((s, int(status.get(s.value, 0))) for s in CaseStatus),
        int(late),
        sum(int(status.get(v, 0)) for v in open_),
    )

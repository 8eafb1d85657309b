"""The bewaartermijn: which closed cases are due for destruction, requesting and destroying.

The term is the gemeente's ``bewaartermijn_jaren`` (20 by default, Jeugdwet art. 7.3.8), counted
from the day the casus closed; the profile setting ``bewaartermijn_jaren`` overrides it for a
region without a regional store. A profile that syncs files a ``vernietigingsverzoek`` the
regional store executes (its purge reaches every device); a profile without one destroys at
once. See docs/decisions/0095-retention-and-destruction.md.

The list shows references, gemeente and dates, never names: a privacy officer decides on
dates, not on the file's content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, event, select
from sqlalchemy.orm import Session

from casedesk.domain.vocabulary import CaseStatus
from casedesk.errors import InvalidInput, NotFound, RuleViolation, ValidationError
from casedesk.store import audit, retention
from casedesk.store.models import Casus, Gemeente, Setting, Team, Vernietigingsverzoek

YEARS_SETTING = "bewaartermijn_jaren"
SERVER_SETTING = "sync.server"  # casedesk.sync.account.SERVER: set once a profile logs in
REQUESTED, EXECUTED = "aangevraagd", "uitgevoerd"
REASONS = ("bewaartermijn", "verzoek_betrokkene")  # term passed; art. 17 AVG / 7.3.9 Jeugdwet
MIN_YEARS, MAX_YEARS = 1, 99


@dataclass(frozen=True)
class DueCase:
    casus_id: str
    gemeente: str
    team: str
    gesloten_op: date
    vernietigen_na: date
    verzoek: str  # "" | aangevraagd


@dataclass(frozen=True)
class Destruction:
    casus_id: str
    status: str  # aangevraagd (the regional store executes it) | uitgevoerd
    rows: int


def _today(session: Session) -> date:
    now: datetime = session.info["now"]()
    return now.date()


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def term_years(session: Session, gemeente: Gemeente | None) -> int:
    override = session.get(Setting, YEARS_SETTING)
    if override is not None and isinstance(override.value, int):
        return override.value
    return gemeente.bewaartermijn_jaren if gemeente is not None else 20


@dataclass(frozen=True)
class TermSetting:
    """The profile's override (None: each gemeente's own term) and the gemeenten's terms."""

    jaren: int | None
    gemeenten: tuple[tuple[str, int], ...]  # (naam, jaren), by name


def term_setting(session: Session) -> TermSetting:
    override = session.get(Setting, YEARS_SETTING)
    years = override.value if override is not None and isinstance(override.value, int) else None
    gemeenten = session.execute(select(Gemeente.naam, Gemeente.bewaartermijn_jaren)
                                .order_by(Gemeente.naam)).all()
    return TermSetting(years, tuple((naam, jaren) for naam, jaren in gemeenten))


def set_term_years(session: Session, years: int | None) -> TermSetting:
    """Override the gemeenten's bewaartermijn on this profile (``None``: back to theirs).
    Audited, since it decides which files are offered for destruction."""
    if years is not None and not MIN_YEARS <= years <= MAX_YEARS:
        raise InvalidInput([ValidationError(
            "bewaartermijn_jaren", "term-out-of-range",
            f"the bewaartermijn is {MIN_YEARS} to {MAX_YEARS} years")])
    before = term_setting(session).jaren
    row = session.get(Setting, YEARS_SETTING)
    if years is None:
        if row is not None:
            session.delete(row)
    else:
        session.merge(Setting(key=YEARS_SETTING, value=years))
    session.flush()
    audit.record(session, "update", "setting", YEARS_SETTING, {"jaren": years, "was": before})
    return term_setting(session)


def due_cases(session: Session) -> list[DueCase]:
    """Closed cases whose bewaartermijn has passed, longest overdue first."""
    today = _today(session)
    requested = set(session.scalars(select(Vernietigingsverzoek.casus_id).where(
        Vernietigingsverzoek.deleted_at.is_(None))))
    rows = session.execute(
        select(Casus.id, Casus.gesloten_op, Gemeente, Team.naam)
        .join(Gemeente, Gemeente.id == Casus.gemeente_id)
        .join(Team, Team.id == Casus.team_id)
        .where(Casus.status == CaseStatus.GESLOTEN.value, Casus.gesloten_op.is_not(None),
               Casus.deleted_at.is_(None))
    )
    due = []
    for casus_id, closed, gemeente, team in rows:
        assert closed is not None  # filtered above
        until = _add_years(closed, term_years(session, gemeente))
        if until <= today:
            status = REQUESTED if casus_id in requested else ""
            due.append(DueCase(casus_id, gemeente.naam, team, closed, until, status))
    return sorted(due, key=lambda d: (d.vernietigen_na, d.casus_id))


def destroy(session: Session, casus_id: str, reden: str = "bewaartermijn") -> Destruction:
    """Destroy the casus here, or (on a synced profile) request it from the regional store."""
    if reden not in REASONS:
        raise RuleViolation("reason", f"unknown reason {reden!r}")
    casus = session.get(Casus, casus_id)
    if casus is None:
        raise NotFound(f"no casus {casus_id}")
    if reden == "bewaartermijn" and casus_id not in {d.casus_id for d in due_cases(session)}:
        raise RuleViolation("not-due", "the bewaartermijn of this casus has not passed")
    now: datetime = session.info["now"]()
    actor: str = session.info["actor"]
    synced = session.get(Setting, SERVER_SETTING) is not None
    request = session.scalar(select(Vernietigingsverzoek).where(
        Vernietigingsverzoek.casus_id == casus_id, Vernietigingsverzoek.deleted_at.is_(None)))
    if request is None:
        request = Vernietigingsverzoek(casus_id=casus_id, reden=reden, status=REQUESTED,
                                       aangevraagd_door=actor, aangevraagd_op=now)
        session.add(request)
    if synced:
        session.flush()
        audit.record(session, "destroy-request", "casus", casus_id, {"reden": reden})
        return Destruction(casus_id, REQUESTED, 0)
    request.status, request.uitgevoerd_door, request.uitgevoerd_op = EXECUTED, actor, now
    session.flush()
    purged = retention.purge_casus(session, casus_id)
    retention.compact_search_index(session)
    retention.prune_backups(session)
    audit.record(session, "destroy", "casus", casus_id,
                 {"reden": reden, "rows": purged.rows, "huishouden": purged.household})
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    event.listen(session, "after_commit", lambda _s: retention.scrub(engine), once=True)
    return Destruction(casus_id, EXECUTED, purged.rows)

"""Reference data in a profile: the region (gemeenten, teams, tables) and who "me" is."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.region import Region
from casedesk.store.models import Gemeente, Professional, Setting, Tafel, Team
from casedesk.store.outbox import APPLYING_REMOTE


def install_region(session: Session, region: Region) -> None:
    """Insert or refresh the region's rows. They belong to the regional store, so installing
    them writes no outbox entries (as if pulled)."""
    session.info[APPLYING_REMOTE] = True
    try:
        for g in region.gemeenten:
            session.merge(Gemeente(id=g.id, code=g.code, naam=g.naam, regio=region.naam))
        session.flush()
        for t in region.teams:
            session.merge(Team(id=t.id, naam=t.naam, gemeente_id=t.gemeente_id))
        for tafel in region.tafels:
            session.merge(Tafel(id=tafel.id, code=tafel.definition.code,
                                naam=tafel.definition.name, definitie=tafel.raw))
        session.flush()
    finally:
        session.info.pop(APPLYING_REMOTE, None)


def set_me(session: Session, professional_id: str) -> None:
    session.merge(Setting(key="me", value=professional_id))


def me(session: Session) -> Professional | None:
    key = session.scalar(select(Setting.value).where(Setting.key == "me"))
    return session.get(Professional, key) if key else None


def teams(session: Session) -> list[tuple[str, str]]:
    """(id, naam) of every team, by name."""
    return [(t.id, t.naam) for t in session.scalars(select(Team).order_by(Team.naam))]


def gemeenten(session: Session) -> list[tuple[str, str]]:
    return [(g.id, g.naam) for g in session.scalars(select(Gemeente).order_by(Gemeente.naam))]

"""A table's outcome comes back into the casus on the casusregisseur's own device.

The tafelsecretaris records the outcome on the aanmelding only (``advies``,
``conclusie_gezin``, ``afspraken``) and closes it: her device holds no casus and the regional
store refuses anything she would write into one (decision 0012). The casusregisseur's client
receives it: every afgerond aanmelding of a casus she holds regie over, stands in for, or
submitted becomes a ``Bijdrage`` (the advice and the conclusion for the family) and one
``Afspraak`` per afspraak, bron "tafel" (decision 0074).

The rows get ids derived from the aanmelding's id, and contents that depend only on the
aanmelding, so receiving is idempotent: twice on one device writes nothing new, and two devices
(regisseur and stand-in) that both receive it push the same rows, which the store merges.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from casedesk.domain.vocabulary import AanmeldingStatus
from casedesk.region import stable_id
from casedesk.services import reference
from casedesk.services.tables import my_aanmeldingen, parse_actions
from casedesk.services.tables_dto import Following
from casedesk.store import audit
from casedesk.store.models import (
    Aanmelding,
    Afspraak,
    Bijdrage,
    Casus,
    Professional,
    Tafel,
    Zitting,
)

SOURCE = "tafel"
AFGEROND = AanmeldingStatus.AFGEROND.value


def advice_id(aanmelding_id: str) -> str:
    """The id of the ``Bijdrage`` an aanmelding's outcome becomes."""
    return stable_id("tafel-advies", aanmelding_id)


def action_id(aanmelding_id: str, number: int) -> str:
    """The id of the ``Afspraak`` the ``number``-th afspraak of an outcome becomes."""
    return stable_id("tafel-afspraak", f"{aanmelding_id}:{number}")


def advice_text(advies: str, conclusie_gezin: str, zitting_day: str) -> str:
    """The contribution's text: the advice, then what it means for the family."""
    when = f" van {zitting_day}" if zitting_day else ""
    text = f"Advies{when}: {advies}"
    if conclusie_gezin:
        text += f"\n\nVoor het gezin: {conclusie_gezin}"
    return text


def received(session: Session, aanmelding_ids: Sequence[str]) -> frozenset[str]:
    """Which of these aanmeldingen' outcomes are in their casus already: the advice's row
    exists (live or deleted: once received is received), or, for outcomes written before
    receiving existed, an afspraak names the aanmelding as its source."""
    if not aanmelding_ids:
        return frozenset()
    ids = list(aanmelding_ids)
    by_advice = {advice_id(i): i for i in ids}
    found = set(
        session.scalars(
            select(Afspraak.bron_id).where(Afspraak.bron == SOURCE, Afspraak.bron_id.in_(ids))
        )
    )
    found |= {
        by_advice[b]
        for b in session.scalars(select(Bijdrage.id).where(Bijdrage.id.in_(list(by_advice))))
    }
    return frozenset(i for i in found if i is not None)


def _pending(session: Session, me: Professional) -> list[Aanmelding]:
    """Afgerond aanmeldingen of casussen on this device that are mine to receive."""
    rows = list(
        session.scalars(
            select(Aanmelding)
            .join(Casus, Casus.id == Aanmelding.casus_id)
            .where(
                Aanmelding.deleted_at.is_(None),
                Aanmelding.status == AFGEROND,
                Casus.deleted_at.is_(None),
                or_(
                    Casus.casusregisseur_id == me.id,
                    Casus.stand_in_id == me.id,
                    Aanmelding.ingediend_door == me.id,
                ),
            )
            .order_by(Aanmelding.id)
        )
    )
    done = received(session, [a.id for a in rows])
    return [a for a in rows if a.id not in done]


def receive_outcomes(session: Session) -> tuple[str, ...]:
    """Turn every closed outcome that is mine to receive into rows of its casus. Returns the
    ids of the aanmeldingen received (none on a profile without a user)."""
    me = reference.me(session) or session.get(Professional, session.info.get("actor", ""))
    if me is None:
        return ()
    pending = _pending(session, me)
    if not pending:
        return ()
    tafels = {
        t.id: t.naam
        for t in session.scalars(select(Tafel).where(Tafel.id.in_({a.tafel_id for a in pending})))
    }
    zitting_ids = {a.zitting_id for a in pending if a.zitting_id}
    zittingen = {
        z.id: z.start for z in session.scalars(select(Zitting).where(Zitting.id.in_(zitting_ids)))
    }
    now = session.info["now"]()
    for a in pending:
        start = zittingen.get(a.zitting_id or "")
        session.add(
            Bijdrage(
                id=advice_id(a.id),
                casus_id=a.casus_id,
                auteur=tafels.get(a.tafel_id, "Overlegtafel")[:120],
                tekst=advice_text(
                    a.advies, a.conclusie_gezin, start.strftime("%d-%m-%Y") if start else ""
                ),
                bron=SOURCE,
                # The moment of the zitting, not of receiving: the same on every device.
                op=start or a.ingediend_op or now,
            )
        )
        actions = parse_actions(a.afspraken)
        for n, x in enumerate(actions):
            session.add(
                Afspraak(
                    id=action_id(a.id, n),
                    casus_id=a.casus_id,
                    wie=x.wie,
                    wat=x.wat,
                    wanneer=x.wanneer,
                    bron=SOURCE,
                    bron_id=a.id,
                )
            )
        session.flush()
        audit.record(
            session,
            "receive-outcome",
            "aanmelding",
            a.id,
            {"casus": a.casus_id, "afspraken": len(actions)},
        )
    return tuple(a.id for a in pending)


def follow(session: Session) -> Following:
    """What the casusregisseur's list shows: first receive what came back, then every
    aanmelding of hers, and which of their outcomes are in the casus."""
    got = receive_outcomes(session)
    rows = my_aanmeldingen(session)
    closed = [r.aanmelding_id for r in rows if r.status is AanmeldingStatus.AFGEROND]
    return Following(rows, received(session, closed), got)

"""A sync round is audited per casus (decision 0093): the laptop that sends changes of two
cases holds a "sync-sent" entry for each, the colleague's laptop that receives them a
"sync-received" entry for each, with counts and no names; the audit viewer's casus filter
finds them and the hash chain still verifies."""

from __future__ import annotations

from sqlalchemy import select

from casedesk.services import audit_log
from casedesk.store import audit
from casedesk.store.models import AuditEntry, Casus, Doel, Huishouden
from casedesk.sync import trail
from tests.integration.conftest import OOST_1, OOST_4, Device, DeviceFactory, new_case


def _entries(d: Device, action: str) -> dict[tuple[str, str], dict[str, int]]:
    with d.store.session() as s:
        return {(e.entity, e.entity_id): e.detail for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == action))}


def _forget(d: Device) -> int:
    """The last audit seq, so a test looks at one round's entries only."""
    with d.store.session() as s:
        return int(s.scalar(select(AuditEntry.seq).order_by(AuditEntry.seq.desc())) or 0)


def _since(d: Device, seq: int, action: str) -> dict[tuple[str, str], dict[str, int]]:
    with d.store.session() as s:
        return {(e.entity, e.entity_id): e.detail for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == action, AuditEntry.seq > seq))}


def test_a_round_audits_every_casus_it_sent_or_received(device: DeviceFactory) -> None:
    regisseur, colleague = device(OOST_1), device(OOST_4)
    first, second = new_case(regisseur, "Gezin Smits"), new_case(regisseur, "Gezin Mulder")
    with regisseur.store.session() as s:
        households = {c: s.get(Casus, c).huishouden_id for c in (first, second)}  # type: ignore[union-attr]
    regisseur.sync()
    sent = _entries(regisseur, trail.SENT)
    # The casus with its goal and step log; the household with its two members.
    assert sent == {
        **{("casus", c): {"ops": 3, "rejected": 0} for c in (first, second)},
        **{("huishouden", h): {"ops": 3, "rejected": 0} for h in households.values()},
    }
    colleague.sync()
    received = _entries(colleague, trail.RECEIVED)
    assert {k: v for k, v in received.items() if k[1] in {first, second}} == {
        ("casus", c): {"rows": 3, "purged": 0} for c in (first, second)}

    # A later round that changes both cases writes one entry for each.
    mark, colleague_mark = _forget(regisseur), _forget(colleague)
    with regisseur.store.session() as s:
        for c in (first, second):
            goal = s.scalar(select(Doel).where(Doel.casus_id == c))
            assert goal is not None
            goal.eindsituatie = "Elke dag op school."
        s.get(Huishouden, households[first]).straat = "Kerkstraat 2"  # type: ignore[union-attr]
    regisseur.sync()
    assert _since(regisseur, mark, trail.SENT) == {
        ("casus", first): {"ops": 1, "rejected": 0},
        ("casus", second): {"ops": 1, "rejected": 0},
        ("huishouden", households[first]): {"ops": 1, "rejected": 0},
    }
    colleague.sync()
    assert _since(colleague, colleague_mark, trail.RECEIVED) == {
        ("casus", first): {"rows": 1, "purged": 0},
        ("casus", second): {"rows": 1, "purged": 0},
        ("huishouden", households[first]): {"rows": 1, "purged": 0},
    }

    for d in (regisseur, colleague):
        with d.store.session() as s:
            assert audit.verify_chain(s).intact
            found = audit_log.entries(s, audit_log.AuditFilter(casus_id=first))
            actions = {r.action for r in found.rows}
            assert (trail.SENT if d is regisseur else trail.RECEIVED) in actions
            assert found.intact
        # Counts and ids only: no names in the sync entries.
        for detail in _entries(d, trail.SENT if d is regisseur else trail.RECEIVED).values():
            assert set(detail) <= {"ops", "rejected", "rows", "purged"}

"""Explicit involvements reach the device (decision 0093): a professional of another team whom
the region involves in a casus opens it on her laptop without breaking the glass; once the
involvement is taken back, the next round takes the list entry and the casus off her device
(that a casus still held without the involvement needs a reason again is proved in
tests/unit/services/test_access_scope.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from casedesk.errors import NotFound
from casedesk.regional import cli as regional_cli
from casedesk.services import access, cases
from casedesk.store.models import AuditEntry, Casus, Involvement
from casedesk.sync import trail
from tests.conftest import NOW
from tests.integration.conftest import OOST_1, WIJCHEN_1, Device, DeviceFactory, new_case
from tests.integration.regional import RunningStore

TODAY = NOW.date()


def _involvements(d: Device) -> list[str]:
    with d.store.session() as s:
        return list(s.scalars(select(Involvement.casus_id)))


def _reach(d: Device, casus_id: str) -> access.Reach:
    with d.store.session() as s:
        return access.reach(s, casus_id)


def test_an_explicit_involvement_opens_the_casus_without_breaking_the_glass(
    device: DeviceFactory, regional: RunningStore, capsys: pytest.CaptureFixture[str]
) -> None:
    oost, wijchen = device(OOST_1), device(WIJCHEN_1)
    casus_id = new_case(oost, "Gezin Yilmaz")
    other_id = new_case(oost, "Gezin Peters")
    oost.sync()
    wijchen.sync()
    assert _involvements(wijchen) == []

    assert regional_cli.main(["involve", casus_id, WIJCHEN_1, "--db", regional.db_url]) == 0
    wijchen.sync()
    assert _involvements(wijchen) == [casus_id]
    assert _reach(wijchen, casus_id) is access.Reach.INVOLVED
    with wijchen.store.session() as s:
        assert cases.case_detail(s, casus_id, today=TODAY).casus_id == casus_id  # no OutsideScope
        assert set(s.scalars(select(Casus.id).where(access.scope_condition(s)))) == {casus_id}
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == access.BREAK_GLASS)) is None
    # Her colleague's own team still sees both, as before; nothing of it reached her.
    assert _involvements(oost) == []
    with wijchen.store.session() as s:
        assert s.get(Casus, other_id) is None

    assert regional_cli.main(
        ["involve", casus_id, WIJCHEN_1, "--remove", "--db", regional.db_url]) == 0
    capsys.readouterr()
    report = wijchen.sync()
    assert _involvements(wijchen) == []
    # The store no longer sends the casus: every row of it is purged from her laptop.
    assert report.purged == 6
    with wijchen.store.session() as s:  # audited per casus (trail.py)
        purged = s.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == trail.RECEIVED, AuditEntry.entity == "casus",
            AuditEntry.entity_id == casus_id).order_by(AuditEntry.seq.desc())).first()
    assert purged == {"rows": 0, "purged": 3}  # the casus, its goal and its step log
    with pytest.raises(NotFound):
        _reach(wijchen, casus_id)
    assert wijchen.sync().purged == 0 and _involvements(wijchen) == []


"""``casedesk demo`` on a logged-in profile: its households are the user's team's, the region's
own rows (zittingen, table secretaries) are left to the regional store, so a sync moves every
demo row and a colleague's device receives the households."""

from __future__ import annotations

from sqlalchemy import func, select

from casedesk.region import load_region
from casedesk.services import demo
from casedesk.services.documents import version_doc
from casedesk.store.models import Aanmelding, Casus, Huishouden, PlanVersie, Professional, Zitting
from casedesk.sync.push import pending_count
from tests.conftest import NOW
from tests.integration.conftest import (
    OOST_1,
    OOST_4,
    SECRETARIS_OPH,
    TEAM_OOST,
    Device,
    DeviceFactory,
)


def _demo(device: Device, households: int) -> None:
    """What ``casedesk demo`` does on a logged-in profile: one team, the login's."""
    demo.generate(device.store.session, load_region(), households=households, seed=5,
                  today=NOW.date(), teams=[TEAM_OOST], home_team=TEAM_OOST)


def _ids(device: Device, model: type[Huishouden] | type[Casus] | type[PlanVersie]) -> set[str]:
    with device.store.session() as s:
        return set(s.scalars(select(model.id)))


def test_demo_households_sync_whole_to_a_colleague_in_the_team(device: DeviceFactory) -> None:
    mine = device(OOST_1)
    _demo(mine, 12)
    with mine.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Zitting)) == 0  # the region's, not mine
        assert set(s.scalars(select(Huishouden.team_id))) == {TEAM_OOST}
        assert s.scalar(select(func.count()).select_from(Aanmelding)) > 0  # waiting ones

    report = mine.sync()
    assert report.rejected == [] and report.conflicts == 0 and report.pushed > 300
    with mine.store.session() as s:
        assert pending_count(s) == 0
        # The demo made no professionals of its own: the store's directory had them all.
        assert s.scalar(select(func.count()).select_from(Professional)
                        .where(Professional.rev == 0)) == 0

    colleague = device(OOST_4)
    colleague.sync()
    assert _ids(colleague, Huishouden) == _ids(mine, Huishouden) != set()
    assert _ids(colleague, Casus) == _ids(mine, Casus)
    assert _ids(colleague, PlanVersie) == _ids(mine, PlanVersie) != set()
    with colleague.store.session() as s:
        for version in s.scalars(select(PlanVersie)):
            plan = version_doc(version, NOW.date()).inhoud  # the real snapshot, readable
            assert plan.doelen and plan.huishouden


def test_demo_after_a_first_sync_plans_into_the_regions_zittingen(
    device: DeviceFactory,
) -> None:
    mine = device(OOST_1)
    mine.sync()  # brings the region's zittingen
    with mine.store.session() as s:
        region_sessions = set(s.scalars(select(Zitting.id)))
    assert region_sessions
    _demo(mine, 12)
    with mine.store.session() as s:
        assert set(s.scalars(select(Zitting.id))) == region_sessions
        planned = {a.id: a.zitting_id for a in s.scalars(
            select(Aanmelding).where(Aanmelding.zitting_id.is_not(None)))}
    assert planned and set(planned.values()) <= region_sessions
    assert mine.sync().rejected == []

    # The OPH secretary sees the OPH aanmeldingen on the agendas of the zittingen it holds.
    secretary = device(SECRETARIS_OPH)
    secretary.sync()
    with secretary.store.session() as s:
        received = {a.id: a.zitting_id for a in s.scalars(select(Aanmelding))}
        sessions = set(s.scalars(select(Zitting.id)))
    on_agenda = {a: z for a, z in received.items() if z is not None}
    assert on_agenda and set(on_agenda.items()) <= set(planned.items())
    assert set(on_agenda.values()) <= sessions

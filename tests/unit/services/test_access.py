"""Need-to-know on the device: a casus opens for its team and its regie; outside that only by
breaking the glass with a typed reason, which is audited loudly. A teamleider gets counts, a
privacy officer the audit, and neither opens a file."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from casedesk.clock import fixed_clock
from casedesk.domain.vocabulary import CaseStatus, Role, Step
from casedesk.errors import AccessDenied, InvalidInput
from casedesk.services import access, cases, reference
from casedesk.store.models import AuditEntry, Casus, Professional
from tests.conftest import NOW
from tests.unit.services.test_tables_flow import TODAY, World
from tests.unit.services.test_tables_flow import world as world  # the fixture


def colleague(w: World, roles: list[Role], *, same_team: bool) -> str:
    with w.store.session() as s:
        team = s.get(Casus, w.casus).team_id if same_team else None  # type: ignore[union-attr]
        p = Professional(naam="Mw. Elders", gebruikersnaam=f"p-{len(roles)}-{same_team}",
                         rollen=[r.value for r in roles], team_id=team)
        s.add(p)
        s.flush()
        return p.id


def act_as(w: World, who: str) -> None:
    """The profile's user and the audit's actor, as after opening the profile as ``who``."""
    w.act_as(who)
    w.store.me = who


def test_the_team_and_the_regie_open_a_casus(world: World) -> None:
    assert world.call(access.reach, world.casus) is access.Reach.REGIE
    act_as(world, colleague(world, [Role.GEZINSCOACH], same_team=True))
    assert world.call(access.reach, world.casus) is access.Reach.TEAM
    assert world.call(cases.case_detail, world.casus, today=TODAY).casus_id == world.casus


def test_outside_the_scope_only_a_typed_reason_opens_it_and_it_is_audited(world: World) -> None:
    act_as(world, colleague(world, [Role.CASUSREGISSEUR], same_team=False))
    with pytest.raises(access.OutsideScope):
        world.call(cases.case_detail, world.casus, today=TODAY)
    for reason, code in (("", "required"), ("   spoed   ", "reason-too-short")):
        with pytest.raises(InvalidInput) as error:
            world.call(access.break_glass, world.casus, reason)
        assert [(e.field, e.code) for e in error.value.errors] == [("reden", code)]
    with pytest.raises(access.OutsideScope):  # a refused reason opened nothing
        world.call(cases.case_detail, world.casus, today=TODAY)

    reason = "Dienst Veilig Thuis belt, casusregisseur ziek"
    world.call(access.break_glass, world.casus, reason)
    assert world.call(access.reach, world.casus) is access.Reach.BREAK_GLASS
    assert world.call(cases.case_detail, world.casus, today=TODAY).casus_id == world.casus
    with world.store.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "break-glass")).one()
    assert entry.entity_id == world.casus and entry.detail["reden"] == reason
    log = world.call(access.break_glass_log)
    assert [(e.door, e.reden) for e in log] == [("Mw. Elders", reason)]


def test_a_break_the_glass_access_ends_after_the_working_day(world: World) -> None:
    act_as(world, colleague(world, [Role.CASUSREGISSEUR], same_team=False))
    world.call(access.break_glass, world.casus, "Waarneming tijdens het weekend, spoed")
    assert world.call(access.reach, world.casus) is access.Reach.BREAK_GLASS
    world.store.clock = fixed_clock(NOW + timedelta(hours=access.GRANT_HOURS, minutes=1))
    assert world.call(access.reach, world.casus) is access.Reach.NONE


@pytest.mark.parametrize("role", [Role.PRIVACY_OFFICER, Role.TEAMLEIDER, Role.TAFELSECRETARIS])
def test_roles_without_files_cannot_open_one_even_by_breaking_the_glass(
    world: World, role: Role
) -> None:
    act_as(world, colleague(world, [role], same_team=True))
    with pytest.raises(access.NoFileAccess):
        world.call(cases.case_detail, world.casus, today=TODAY)
    with pytest.raises(access.NoFileAccess):
        world.call(access.break_glass, world.casus, "Ik wil dit dossier echt even inzien.")
    profile = world.call(access.access_profile)
    assert not profile.opens_files
    assert profile.audit is (role is Role.PRIVACY_OFFICER)
    assert profile.team_aggregates is (role is Role.TEAMLEIDER)


def test_a_teamleider_sees_counts_of_the_team_and_nothing_else(world: World) -> None:
    act_as(world, colleague(world, [Role.TEAMLEIDER], same_team=True))
    counts = world.call(access.team_counts)
    assert dict(counts.per_stap)[Step.MIDDELEN] == 1 and counts.totaal_open == 1
    assert dict(counts.per_status)[CaseStatus.OPEN] == 1
    assert "van den Berg" not in repr(counts) and "Sophie" not in repr(counts)
    act_as(world, world.regisseur)
    with pytest.raises(AccessDenied):
        world.call(access.team_counts)


def test_a_profile_without_a_user_is_not_narrowed(world: World) -> None:
    with world.store.session() as s:
        reference.set_me(s, "")
    assert world.call(access.reach, world.casus) is access.Reach.TEAM

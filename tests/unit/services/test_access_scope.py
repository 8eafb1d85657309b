"""The case-list scope and ``reach`` agree: ``scope_condition`` holds exactly for the cases a
user opens without breaking the glass (team, regie, stand-in, an explicit involvement from the
regional store, a live grant), and an involvement that is taken back opens nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from casedesk.clock import fixed_clock
from casedesk.domain.vocabulary import Role
from casedesk.region import load_region
from casedesk.services import access, cases
from casedesk.services.cases import CaseQuery
from casedesk.store.models import Casus, Huishouden, Involvement, Professional
from casedesk.sync.apply import replace_involvements
from tests.conftest import NOW
from tests.unit.services.test_tables_flow import World
from tests.unit.services.test_tables_flow import world as world  # the fixture


def _case(w: World, team_id: str, **people: str) -> str:
    people.setdefault("casusregisseur_id", w.regisseur)
    with w.store.session() as s:
        gemeente = s.scalar(select(Casus.gemeente_id).limit(1))
        h = Huishouden(naam="Gezin Test", gemeente_id=gemeente, team_id=team_id,
                       straat="Laan 1", postcode="6500 AA", woonplaats="Nijmegen")
        s.add(h)
        s.flush()
        c = Casus(huishouden_id=h.id, team_id=team_id, gemeente_id=gemeente, verwijzer="school",
                  status="open", stap="vraaganalyse", regime="lokaal_vrijwillig",
                  geopend_op=date(2026, 10, 1), aanleiding="Zorgen.", **people)
        s.add(c)
        s.flush()
        return c.id


def _scoped(w: World) -> set[str]:
    with w.store.session() as s:
        return set(s.scalars(select(Casus.id).where(access.scope_condition(s))))


def _reached(w: World) -> dict[str, access.Reach]:
    with w.store.session() as s:
        ids = list(s.scalars(select(Casus.id)))
        return {c: access.reach(s, c) for c in ids}


def _coach_with_two_teams(w: World) -> tuple[str, str, str]:
    """(her team, another team, a gezinscoach of her team)."""
    teams = [t.id for t in load_region().teams]
    own, other = teams[1], teams[2]
    with w.store.session() as s:
        coach = Professional(naam="Mw. Coach", gebruikersnaam="coach",
                             rollen=[Role.GEZINSCOACH.value], team_id=own)
        s.add(coach)
        s.flush()
        return own, other, coach.id


def test_scope_condition_and_reach_agree_on_a_mixed_profile(world: World) -> None:
    own, other, me = _coach_with_two_teams(world)
    team_case = _case(world, own)
    regie = _case(world, other, casusregisseur_id=me)
    stand_in = _case(world, other, stand_in_id=me)
    involved = _case(world, other)
    broken_early = _case(world, other)  # a grant that has run out
    broken = _case(world, other)
    broken_by_another = _case(world, other)
    outside = _case(world, other)

    # Someone else's grant opens nothing for her.
    world.call(access.break_glass, broken_by_another, "Waarneming voor een collega, spoed")
    world.act_as(me)
    world.store.me = me
    world.store.clock = fixed_clock(NOW - timedelta(hours=access.GRANT_HOURS + 1))
    world.call(access.break_glass, broken_early, "Waarneming in het vorige weekend, spoed")
    world.store.clock = fixed_clock(NOW)
    world.call(access.break_glass, broken, "Veilig Thuis belt, de regisseur is ziek")
    with world.store.session() as s:
        replace_involvements(s, [involved])

    reached = _reached(world)
    assert {c: reached[c] for c in (team_case, regie, stand_in, involved, broken)} == {
        team_case: access.Reach.TEAM, regie: access.Reach.REGIE,
        stand_in: access.Reach.REGIE, involved: access.Reach.INVOLVED,
        broken: access.Reach.BREAK_GLASS,
    }
    assert {reached[c] for c in (broken_early, broken_by_another, outside, world.casus)} == {
        access.Reach.NONE}
    assert _scoped(world) == {c for c, r in reached.items() if r is not access.Reach.NONE}

    # The store takes the involvement back: the next page's list no longer names it.
    with world.store.session() as s:
        replace_involvements(s, [])
        assert s.scalars(select(Involvement.casus_id)).all() == []
    assert world.call(access.reach, involved) is access.Reach.NONE
    assert involved not in _scoped(world)
    assert _scoped(world) == {c for c, r in _reached(world).items() if r is not access.Reach.NONE}


def test_scope_condition_for_roles_without_files_and_without_a_user(world: World) -> None:
    with world.store.session() as s:
        officer = Professional(naam="Mw. FG", gebruikersnaam="fg",
                               rollen=[Role.PRIVACY_OFFICER.value], team_id=None)
        s.add(officer)
        s.flush()
        officer_id = officer.id
        replace_involvements(s, [world.casus])  # even named on it: no files for her
    world.act_as(officer_id)
    world.store.me = officer_id
    assert _scoped(world) == set()
    assert world.call(access.reach, world.casus) is access.Reach.NONE
    world.act_as("")
    assert _scoped(world) == {world.casus}  # need-to-know is a property of a person


def _ids_in_list(w: World, query: CaseQuery, limit: int = 1000, offset: int = 0) -> list[str]:
    with w.store.session() as s:
        page = cases.list_cases(s, query, today=NOW.date(), me=w.store.me, offset=offset,
                                limit=limit, count=False)
        return [r.casus_id for r in page.rows]


@pytest.mark.parametrize("descending", [False, True])
def test_the_case_list_holds_the_scope_in_name_order_whichever_way_it_is_read(
    world: World, descending: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The opening list merges the team's lines (lijstregel) with the other ways in; the
    general walk over every household must list the same cases in the same order."""
    own, other, me = _coach_with_two_teams(world)
    for _ in range(3):
        _case(world, own)
    regie = _case(world, other, casusregisseur_id=me)
    both = _case(world, other, casusregisseur_id=me, stand_in_id=me)  # two ways in: shown once
    involved = _case(world, other)
    _case(world, other)  # outside
    world.act_as(me)
    world.store.me = me
    broken = _case(world, other)
    world.call(access.break_glass, broken, "Veilig Thuis belt, de regisseur is ziek")
    with world.store.session() as s:
        replace_involvements(s, [involved])

    query = CaseQuery(descending=descending)
    merged = _ids_in_list(world, query)
    assert set(merged) == _scoped(world) and len(merged) == len(set(merged))
    assert {regie, both, involved, broken} <= set(merged)
    pages = [c for start in range(0, len(merged), 2)
             for c in _ids_in_list(world, query, limit=2, offset=start)]
    assert pages == merged
    monkeypatch.setattr(cases, "user_scope", lambda _session: None)  # the general walk
    assert _ids_in_list(world, query) == merged

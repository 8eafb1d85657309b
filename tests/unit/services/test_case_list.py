"""The case list on a demo profile: each filter against an independent count, every sort key in
both directions, paging, and the text search."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import or_, select

from casedesk.domain.dates import add_months, age_on, birthday
from casedesk.domain.evaluation import EvaluationState
from casedesk.domain.vocabulary import CaseStatus, MemberRole, Step
from casedesk.services import cases, dto
from casedesk.services.cases import CaseFilter, CaseQuery, SortKey, count_cases, list_cases
from casedesk.store.models import Casus, Gemeente, Huishouden, Persoon, Professional
from tests.unit.services.demo_profile import TODAY, DemoProfile, build

LIVE = (CaseStatus.OPEN.value, CaseStatus.WAAKVLAM.value)


@pytest.fixture(scope="module")
def profile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoProfile]:
    built = build(tmp_path_factory.mktemp("cases") / "profile")
    yield built
    built.store.close()


def _all(profile: DemoProfile, query: CaseQuery) -> dto.CasePage:
    with profile.store.session() as s:
        return list_cases(s, query, today=TODAY, me=profile.me, limit=10_000)


def _ids(page: dto.CasePage) -> set[str]:
    return {row.casus_id for row in page.rows}


def _live_ids(profile: DemoProfile, *where: Any) -> set[str]:
    with profile.store.session() as s:
        stmt = select(Casus.id).where(Casus.deleted_at.is_(None), Casus.status.in_(LIVE), *where)
        return set(s.scalars(stmt))


def test_the_default_list_holds_every_open_and_dormant_casus(profile: DemoProfile) -> None:
    page = _all(profile, CaseQuery())
    assert page.total == len(page.rows) > 50
    assert _ids(page) == _live_ids(profile)
    assert {row.status for row in page.rows} == {CaseStatus.OPEN, CaseStatus.WAAKVLAM}


def test_closed_cases_are_listed_when_asked_for(profile: DemoProfile) -> None:
    page = _all(profile, CaseQuery(status=frozenset({CaseStatus.GESLOTEN})))
    assert page.total > 0
    assert {row.status for row in page.rows} == {CaseStatus.GESLOTEN}


def test_mine_are_the_cases_i_hold_regie_of_or_stand_in_for(profile: DemoProfile) -> None:
    page = _all(profile, CaseQuery(filter=CaseFilter.MINE))
    expected = _live_ids(
        profile, or_(Casus.casusregisseur_id == profile.me, Casus.stand_in_id == profile.me)
    )
    assert _ids(page) == expected and expected
    assert all(row.mine for row in page.rows)
    others = _all(profile, CaseQuery()).rows
    assert any(not row.mine for row in others)


def test_evaluation_due_means_overdue_or_within_two_weeks(profile: DemoProfile) -> None:
    page = _all(profile, CaseQuery(filter=CaseFilter.EVALUATION_DUE))
    expected = _live_ids(profile, Casus.volgende_evaluatie <= TODAY + timedelta(days=14))
    assert _ids(page) == expected and expected
    assert {row.evaluatie for row in page.rows} <= {
        EvaluationState.OVERDUE,
        EvaluationState.DUE_SOON,
    }
    states = {row.evaluatie for row in page.rows}
    assert EvaluationState.OVERDUE in states and EvaluationState.DUE_SOON in states


def test_turning_18_lists_households_with_a_youth_turning_18_within_a_year(
    profile: DemoProfile,
) -> None:
    page = _all(profile, CaseQuery(filter=CaseFilter.TURNING_18))
    with profile.store.session() as s:
        youths = s.execute(
            select(Persoon.huishouden_id, Persoon.geboortedatum).where(
                Persoon.rol == MemberRole.JEUGDIGE.value,
                Persoon.deleted_at.is_(None),
                Persoon.geboortedatum.is_not(None),
            )
        ).all()
        households = {
            h
            for h, born in youths
            if TODAY <= birthday(born, 18) <= add_months(TODAY, 12) and age_on(born, TODAY) < 18
        }
    expected = _live_ids(profile, Casus.huishouden_id.in_(households))
    assert _ids(page) == expected and expected
    for row in page.rows:
        assert row.wordt_18_op is not None
        assert TODAY <= row.wordt_18_op <= add_months(TODAY, 12)


@pytest.mark.parametrize("step", list(Step))
def test_the_step_filter(profile: DemoProfile, step: Step) -> None:
    page = _all(profile, CaseQuery(step=step))
    assert _ids(page) == _live_ids(profile, Casus.stap == step.value)
    assert {row.stap for row in page.rows} <= {step}


def test_filters_combine(profile: DemoProfile) -> None:
    mine = _ids(_all(profile, CaseQuery(filter=CaseFilter.MINE)))
    mine_in_middelen = _ids(_all(profile, CaseQuery(filter=CaseFilter.MINE, step=Step.MIDDELEN)))
    in_middelen = _ids(_all(profile, CaseQuery(step=Step.MIDDELEN)))
    assert mine_in_middelen == mine & in_middelen


def test_text_search_narrows_the_list(profile: DemoProfile) -> None:
    with profile.store.session() as s:
        name = s.scalar(
            select(Huishouden.naam)
            .join(Casus)
            .where(Casus.status == "open")
            .order_by(Huishouden.id)
        )
        assert name
        expected = _live_ids(profile, Casus.huishouden_id.in_(
            select(Huishouden.id).where(Huishouden.naam == name)
        ))  # fmt: skip
    surname = name.removeprefix("Gezin ")
    page = _all(profile, CaseQuery(text=surname))
    assert expected <= _ids(page) < _live_ids(profile)
    assert _all(profile, CaseQuery(text="   ")).total == len(_live_ids(profile))
    assert _all(profile, CaseQuery(text="--")).total == 0
    assert _all(profile, CaseQuery(text="Qwxyzzy")).total == 0


def test_a_common_word_finds_every_case_it_matches(profile: DemoProfile) -> None:
    """The region's largest gemeente: all its cases, not a first batch of search hits."""
    page = _all(profile, CaseQuery(text="Nijmegen"))
    with profile.store.session() as s:
        nijmegen = s.scalar(select(Gemeente.id).where(Gemeente.naam == "Nijmegen"))
    in_nijmegen = _live_ids(profile, Casus.gemeente_id == nijmegen)
    assert page.total == len(page.rows)
    assert in_nijmegen and in_nijmegen <= _ids(page)


@pytest.mark.parametrize("text", ["Nijmegen", "de", "Jansen", "Emma van"])
def test_a_search_lists_the_same_page_whichever_way_it_reads_the_matches(
    profile: DemoProfile, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many matches are read through the list index, a few by their rows (decision 0045):
    the same lines in the same order, and the same count, either way."""
    pages = []
    for threshold in (0, 10**9):
        monkeypatch.setattr(cases, "MANY_MATCHES", threshold)
        with profile.store.session() as s:
            page = list_cases(s, CaseQuery(text=text), today=TODAY, me=profile.me, limit=50)
            counted = count_cases(s, CaseQuery(text=text), today=TODAY, me=profile.me)
        pages.append(([r.casus_id for r in page.rows], page.total, counted))
    assert pages[0] == pages[1]
    assert pages[0][0] or text == "Emma van"


SORT_VALUES: dict[SortKey, Any] = {
    SortKey.HUISHOUDEN: lambda r: r.huishouden,
    SortKey.GEMEENTE: lambda r: r.gemeente,
    SortKey.STAP: lambda r: r.stap.value,
    SortKey.EVALUATIE: lambda r: r.volgende_evaluatie,
    SortKey.GEOPEND: lambda r: r.geopend_op,
    SortKey.WORDT_18: lambda r: r.wordt_18_op,
    SortKey.REGISSEUR: lambda r: r.casusregisseur,
}


def _in_order(values: list[Any], descending: bool) -> bool:
    present = [v for v in values if v is not None]
    missing_at_end = values[len(present) :] == [None] * (len(values) - len(present))
    return missing_at_end and present == sorted(present, reverse=descending)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", list(SortKey))
def test_every_sort_key_orders_the_list_with_empty_values_last(
    profile: DemoProfile, key: SortKey, descending: bool
) -> None:
    page = _all(profile, CaseQuery(sort=key, descending=descending))
    values = [SORT_VALUES[key](row) for row in page.rows]
    assert len(set(values)) > 1
    assert _in_order(values, descending)


def test_the_regisseur_sort_is_by_name(profile: DemoProfile) -> None:
    rows = _all(profile, CaseQuery(sort=SortKey.REGISSEUR)).rows
    with profile.store.session() as s:
        names = set(s.scalars(select(Professional.naam)))
    assert [r.casusregisseur for r in rows] == sorted(r.casusregisseur for r in rows)
    assert names >= {r.casusregisseur for r in rows}


@pytest.mark.parametrize(
    "query",
    [
        CaseQuery(sort=SortKey.HUISHOUDEN),  # walks the household names (decision 0042)
        CaseQuery(sort=SortKey.HUISHOUDEN, descending=True),
        CaseQuery(sort=SortKey.HUISHOUDEN, text="a"),  # counts in the same pass as the page
        CaseQuery(sort=SortKey.EVALUATIE),
        CaseQuery(sort=SortKey.WORDT_18),
    ],
    ids=["huishouden", "huishouden-desc", "huishouden-search", "evaluatie", "wordt_18"],
)
def test_pages_fit_together_exactly(profile: DemoProfile, query: CaseQuery) -> None:
    everything = _all(profile, query)
    pages, offset = [], 0
    with profile.store.session() as s:
        while True:
            page = list_cases(s, query, today=TODAY, me=profile.me, offset=offset, limit=7)
            assert (page.total, page.offset) == (everything.total, offset)
            if not page.rows:
                break
            assert len(page.rows) <= 7
            pages.extend(page.rows)
            offset += 7
    assert pages == list(everything.rows)


@pytest.mark.parametrize("text", ["", "a"])
def test_a_page_past_the_end_is_empty_but_knows_the_total(
    profile: DemoProfile, text: str
) -> None:
    query = CaseQuery(text=text)
    with profile.store.session() as s:
        page = list_cases(s, query, today=TODAY, me=profile.me, offset=10_000, limit=50)
    assert page.rows == () and page.total == _all(profile, query).total > 0


@pytest.mark.parametrize("query", [CaseQuery(), CaseQuery(filter=CaseFilter.MINE),
                                   CaseQuery(text="a")], ids=["opening", "mine", "search"])
def test_a_first_page_without_its_count_has_the_same_rows_and_count_cases_follows(
    profile: DemoProfile, query: CaseQuery
) -> None:
    everything = _all(profile, query)
    with profile.store.session() as s:
        page = list_cases(s, query, today=TODAY, me=profile.me, limit=3, count=False)
        total = count_cases(s, query, today=TODAY, me=profile.me)
    assert page.rows == everything.rows[:3] and total == everything.total > 3
    # Only the opening list skips its count; the others count in the same pass anyway.
    opening = query == CaseQuery()
    assert page.counted is not opening
    assert page.total == (4 if opening else everything.total)  # a full page: more may follow


def test_rows_are_complete(profile: DemoProfile) -> None:
    for row in _all(profile, CaseQuery()).rows:
        assert row.huishouden.startswith("Gezin ")
        assert row.gemeente and row.team and row.casusregisseur
        assert row.geopend_op <= TODAY

"""Authorisation on every row: what an account sees and what it may change.

An account sees a casus through its team or an involvement (casusregisseur, stand-in or an
explicit one), and with it the casus's household; a table member sees that table's submitted
aanmeldingen, not their casus. Everyone sees the region's reference rows. The same rules run as
SQL (to select what a pull sends) and in Python (to check a pushed op and to decide purges).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, or_, select, union
from sqlalchemy.orm import Session

from casedesk.regional.models import Involvement, Record
from casedesk.regional.scopes import (
    REGION_ENTITIES,
    RULES,
    TABLE_FIELDS,
    TAFEL_ENTITIES,
    Kind,
    Scope,
)


@dataclass(frozen=True)
class Viewer:
    account_id: str
    team_id: str | None
    tafels: frozenset[str]
    device_id: str = ""
    # False for an account whose roles see no files (a privacy officer): no casus or household
    # row reaches its device, whatever its team or involvements (decision 0090).
    files: bool = True


def visible_casus_ids(viewer: Viewer) -> Select[Any]:
    if not viewer.files:
        return select(Record.id).where(false())
    through = Record.id.in_(
        select(Involvement.casus_id).where(Involvement.account_id == viewer.account_id)
    )
    team = Record.team_id == viewer.team_id if viewer.team_id else false()
    return select(Record.id).where(Record.entity == "casus", or_(team, through))


def visible_household_ids(viewer: Viewer) -> Select[Any]:
    own = select(Record.id).where(
        Record.entity == "huishouden",
        Record.team_id == viewer.team_id if viewer.team_id else false(),
    )
    of_cases = select(Record.huishouden_id).where(
        Record.entity == "casus", Record.id.in_(visible_casus_ids(viewer))
    )
    return select(union(own, of_cases).subquery().c[0])


def visible_clause(viewer: Viewer) -> ColumnElement[bool]:
    """SQL: the rows of ``record`` this viewer may receive."""
    tafel = (
        and_(Record.entity.in_(TAFEL_ENTITIES), Record.tafel_id.in_(sorted(viewer.tafels)))
        if viewer.tafels
        else false()
    )
    return or_(
        Record.entity.in_(REGION_ENTITIES),
        Record.casus_id.in_(visible_casus_ids(viewer)),
        and_(Record.casus_id.is_(None), Record.huishouden_id.in_(visible_household_ids(viewer))),
        tafel,
    )


class Visibility:
    """Which cases and households an account sees, asked per id (in batches) and cached; a
    push keeps the answers current as it changes cases and households."""

    def __init__(self, session: Session, viewer: Viewer) -> None:
        self.session, self.viewer = session, viewer
        self._cases: dict[str, bool] = {}
        self._households: dict[str, bool] = {}
        self._involved = set(session.scalars(
            select(Involvement.casus_id).where(Involvement.account_id == viewer.account_id)
        )) if viewer.files else set()

    def prefetch(
        self, casus_ids: Iterable[str | None], household_ids: Iterable[str | None]
    ) -> None:
        viewer = self.viewer
        cases = sorted({c for c in casus_ids if c and c not in self._cases})
        for chunk in _chunks(cases):
            teams = {
                casus_id: team
                for casus_id, team in self.session.execute(select(Record.id, Record.team_id)
                                                           .where(Record.entity == "casus",
                                                                  Record.id.in_(chunk)))
            }
            for casus_id in chunk:
                self._cases[casus_id] = casus_id in teams and (
                    casus_id in self._involved
                    or (viewer.team_id is not None and teams[casus_id] == viewer.team_id))
        households = sorted({h for h in household_ids if h and h not in self._households})
        for chunk in _chunks(households):
            seen = set(self.session.scalars(
                select(Record.id).where(
                    Record.entity == "huishouden", Record.id.in_(chunk),
                    Record.team_id == viewer.team_id if viewer.team_id else false())
                .union(select(Record.huishouden_id).where(
                    Record.entity == "casus", Record.huishouden_id.in_(chunk),
                    Record.id.in_(visible_casus_ids(viewer))))))
            for household_id in chunk:
                self._households[household_id] = household_id in seen

    def case_visible(self, casus_id: str | None) -> bool:
        if casus_id is None:
            return False
        self.prefetch((casus_id,), ())
        return self._cases[casus_id]

    def household_visible(self, household_id: str | None) -> bool:
        if household_id is None:
            return False
        self.prefetch((), (household_id,))
        return self._households[household_id]

    def sees(self, entity: str, scope: Scope) -> bool:
        kind = RULES[entity].kind
        if kind is Kind.REGION:
            return True
        if scope.casus_id is not None:
            return self.case_visible(scope.casus_id) or self.through_tafel(entity, scope)
        return self.household_visible(scope.huishouden_id)

    def through_tafel(self, entity: str, scope: Scope) -> bool:
        return entity in TAFEL_ENTITIES and scope.tafel_id in self.viewer.tafels

    def may_write_into(self, entity: str, scope: Scope) -> bool:
        """May this viewer create a row with this scope (or change one inside it)?"""
        viewer = self.viewer
        if entity == "professional":
            return scope.team_id is not None and scope.team_id == viewer.team_id
        if entity == "zitting":
            return scope.tafel_id in viewer.tafels
        if entity in ("huishouden", "casus"):
            return scope.team_id is not None and scope.team_id == viewer.team_id
        if scope.casus_id is not None:
            return self.case_visible(scope.casus_id)
        return self.household_visible(scope.huishouden_id)

    def may_change(
        self, entity: str, before: Scope, fields: set[str], own_row: bool
    ) -> bool:
        """May this viewer change (or delete) an existing row seen with scope ``before``?"""
        if not self.sees(entity, before):
            return False
        if entity == "professional":
            return own_row or self.may_write_into(entity, before)
        if entity in ("huishouden", "casus"):
            return True  # including handing it over to another team
        if self.may_write_into(entity, before):
            return True
        # Seen only through its tafel: the table's own fields, nothing else.
        return (entity == "aanmelding" and self.through_tafel(entity, before) and bool(fields)
                and fields <= TABLE_FIELDS)

    def note(self, entity: str, row_id: str, scope: Scope, involved: bool) -> None:
        """Keep the answers current after a pushed change to a casus or household."""
        own_team = self.viewer.team_id is not None and scope.team_id == self.viewer.team_id
        if entity == "casus":
            if involved:
                self._involved.add(row_id)
            self._cases[row_id] = own_team or involved
            if scope.huishouden_id is not None and (own_team or involved):
                self._households[scope.huishouden_id] = True
            elif scope.huishouden_id is not None:
                self._households.pop(scope.huishouden_id, None)  # ask again when needed
        elif entity == "huishouden":
            if own_team:
                self._households[row_id] = True
            else:
                self._households.pop(row_id, None)


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]

"""Authorisation on every row: what an account sees and what it may change.

An account sees a casus through its team or an involvement (casusregisseur, stand-in or an
explicit one), and with it the casus's household; a table member sees that table's submitted
aanmeldingen, not their casus. Everyone sees the region's reference rows. The same rules run as
SQL (to select what a pull sends) and in Python (to check a pushed op and to decide purges).
"""

from __future__ import annotations

from dataclasses import dataclass, field
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


def visible_casus_ids(viewer: Viewer) -> Select[Any]:
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


@dataclass
class Visibility:
    """The roots an account sees right now; kept current while a push changes them."""

    viewer: Viewer
    cases: set[str] = field(default_factory=set)
    households: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session, viewer: Viewer) -> Visibility:
        cases = set(session.scalars(visible_casus_ids(viewer)))
        households = set(session.scalars(visible_household_ids(viewer)))
        return cls(viewer, cases, households)

    def sees(self, entity: str, scope: Scope) -> bool:
        kind = RULES[entity].kind
        if kind is Kind.REGION:
            return True
        if scope.casus_id is not None:
            return scope.casus_id in self.cases or self.through_tafel(entity, scope)
        return scope.huishouden_id in self.households

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
            return scope.casus_id in self.cases
        return scope.huishouden_id in self.households

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
        """Keep the root sets current after a pushed change to a casus or household."""
        viewer = self.viewer
        if entity == "casus":
            if (viewer.team_id and scope.team_id == viewer.team_id) or involved:
                self.cases.add(row_id)
                if scope.huishouden_id:
                    self.households.add(scope.huishouden_id)
            else:
                self.cases.discard(row_id)
        elif entity == "huishouden" and viewer.team_id and scope.team_id == viewer.team_id:
            self.households.add(row_id)

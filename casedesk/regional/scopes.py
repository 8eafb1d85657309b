"""Which scope each synced entity lives in, and the scope columns a row gets from its data.

Three kinds of scope (docs/decisions/0012-row-authorisation.md):
- the *region*: reference rows everyone in the region receives (gemeenten, teams, tafels,
  professionals, zittingen);
- a *household*: the huishouden and its members and netwerk;
- a *casus*: the casus and everything hanging off it (plan work, tables' aanmeldingen, 18+).

A row's parent field (``huishouden_id``, ``casus_id``, ``plan_id``…) fixes its scope when it is
inserted and may not change afterwards, so a row only ever leaves a device's scope together
with its root (a casus or household moving out of the user's reach).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from casedesk.region import stable_id


class Kind(StrEnum):
    REGION = "region"
    HOUSEHOLD = "huishouden"
    CASE = "casus"


@dataclass(frozen=True)
class EntityRule:
    kind: Kind
    parent_field: str | None = None  # the field naming the row it hangs off
    parent_entity: str | None = None
    read_only: bool = False  # administered on the regional store, never pushed
    unique_field: str | None = None


def _case_child(parent_field: str = "casus_id", parent_entity: str = "casus") -> EntityRule:
    return EntityRule(Kind.CASE, parent_field, parent_entity)


RULES: dict[str, EntityRule] = {
    "gemeente": EntityRule(Kind.REGION, read_only=True),
    "team": EntityRule(Kind.REGION, read_only=True),
    "tafel": EntityRule(Kind.REGION, read_only=True),
    "professional": EntityRule(Kind.REGION, unique_field="gebruikersnaam"),
    "zitting": EntityRule(Kind.REGION, "tafel_id"),
    "huishouden": EntityRule(Kind.HOUSEHOLD),
    "persoon": EntityRule(Kind.HOUSEHOLD, "huishouden_id", "huishouden"),
    "netwerk_contact": EntityRule(Kind.HOUSEHOLD, "huishouden_id", "huishouden"),
    "casus": EntityRule(Kind.CASE, "huishouden_id", "huishouden"),
    "stap_log": _case_child(),
    "observatie": _case_child(),
    "eigen_woorden": _case_child(),
    "doel": _case_child(),
    "middel": _case_child(),
    "afspraak": _case_child(),
    "toetsing": _case_child(),
    "doel_toetsing": _case_child("toetsing_id", "toetsing"),
    "plan_versie": _case_child(),
    "bijdrage": _case_child(),
    "toestemming": _case_child(),
    "aanmelding": _case_child(),
    "plan18": _case_child(),
    "plan18_thema": _case_child("plan_id", "plan18"),
    "vernietigingsverzoek": _case_child(),
}

REGION_ENTITIES = tuple(sorted(e for e, r in RULES.items() if r.kind is Kind.REGION))

# What a table member (who sees an aanmelding through its tafel, not its casus) may change.
TABLE_FIELDS = frozenset(
    {
        "status",
        "zitting_id",
        "agenda_positie",
        "advies",
        "conclusie_gezin",
        "afspraken",
        "reden_niet_ontvankelijk",
    }
)
CONCEPT = "concept"  # an aanmelding its tafel does not see yet
# Rows a table member receives through the tafel: its submitted aanmeldingen, and consents
# given for sharing with that table (``toestemming.ontvanger`` is the table's code).
TAFEL_ENTITIES = ("aanmelding", "toestemming")
# Fields that fix a row's scope besides its parent field; like it, they never change.
SCOPE_FIELDS = {"aanmelding": "tafel_id", "toestemming": "ontvanger"}


@dataclass(frozen=True)
class Scope:
    huishouden_id: str | None = None
    casus_id: str | None = None
    team_id: str | None = None
    tafel_id: str | None = None


@dataclass(frozen=True)
class ParentScope:
    """The scope columns of the row a new row hangs off."""

    huishouden_id: str | None
    casus_id: str | None


def derive_scope(
    entity: str,
    row_id: str,
    data: dict[str, Any],
    parent: ParentScope | None,
    previous_tafel: str | None = None,
) -> Scope:
    """The scope columns of a row from its field values (and its parent's scope)."""
    rule = RULES[entity]
    if rule.kind is Kind.REGION:
        return Scope(team_id=data.get("team_id"), tafel_id=data.get("tafel_id"))
    if entity == "huishouden":
        return Scope(huishouden_id=row_id, team_id=data.get("team_id"))
    if entity == "casus":
        return Scope(huishouden_id=data.get("huishouden_id"), casus_id=row_id,
                     team_id=data.get("team_id"))
    if rule.kind is Kind.HOUSEHOLD:
        return Scope(huishouden_id=data.get("huishouden_id"))
    assert parent is not None
    tafel = None
    if entity == "aanmelding":
        # Once submitted, an aanmelding stays visible to its tafel.
        submitted = data.get("status") not in (None, CONCEPT)
        tafel = previous_tafel or (data.get("tafel_id") if submitted else None)
    elif entity == "toestemming" and isinstance(data.get("ontvanger"), str):
        tafel = stable_id("tafel", data["ontvanger"])  # no tafel has the id of "huisarts"
    return Scope(huishouden_id=parent.huishouden_id, casus_id=parent.casus_id, tafel_id=tafel)

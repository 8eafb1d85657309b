"""The region's reference data (gemeenten, teams, overlegtafels) from ``resources/regions``.

Pure parsing, shared by the client (a fresh profile) and the regional store (``init --demo``).
Ids are uuid5 of stable codes, so both sides agree on them without having synced yet.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import time
from importlib.resources import files
from typing import Any

from casedesk.domain.tables import Cadence, TableDefinition, definition_errors
from casedesk.errors import ValidationError

NAMESPACE = uuid.UUID("5f0c1f8e-3b0e-4c1a-9a43-0d6c2a1e7c11")


def stable_id(kind: str, code: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{code}"))


@dataclass(frozen=True)
class GemeenteRef:
    id: str
    code: str
    naam: str


@dataclass(frozen=True)
class TeamRef:
    id: str
    naam: str
    gemeente_id: str


@dataclass(frozen=True)
class TafelRef:
    id: str
    definition: TableDefinition
    raw: dict[str, Any]  # the JSON as configured, stored as the table's definitie


@dataclass(frozen=True)
class Region:
    naam: str
    gemeenten: tuple[GemeenteRef, ...]
    teams: tuple[TeamRef, ...]
    tafels: tuple[TafelRef, ...]


def load_region(name: str = "rijk-van-nijmegen") -> Region:
    text = (files("resources") / "regions" / f"{name}.json").read_text(encoding="utf-8")
    return parse_region(json.loads(text))


def parse_region(data: dict[str, Any]) -> Region:
    gemeenten: list[GemeenteRef] = []
    teams: list[TeamRef] = []
    for g in data["gemeenten"]:
        gemeente = GemeenteRef(stable_id("gemeente", g["code"]), g["code"], g["naam"])
        gemeenten.append(gemeente)
        teams.extend(TeamRef(stable_id("team", t), t, gemeente.id) for t in g["teams"])
    tafels = tuple(
        TafelRef(stable_id("tafel", t["code"]), parse_table(t), t) for t in data["tafels"]
    )
    return Region(data["regio"], tuple(gemeenten), tuple(teams), tafels)


def parse_table(raw: dict[str, Any]) -> TableDefinition:
    """Read one table definition; malformed configuration is refused with a clear message that
    names every wrong field (``table_errors`` gives them one by one, for an editor)."""
    table, errors = table_errors(raw)
    if table is None or errors:
        code = raw.get("code", "?") if isinstance(raw, dict) else "?"
        problems = "; ".join(f"{e.field}: {e}" for e in errors)
        raise ValidationError(
            "tafel", "invalid-table-config", f"table definition {code!r} is invalid: {problems}"
        )
    return table


def table_errors(raw: Any) -> tuple[TableDefinition | None, list[ValidationError]]:
    """The definition in ``raw`` and everything wrong with it: the JSON's shape (types, names
    of cadences, times) first, then the domain's rules (``definition_errors``)."""
    if not isinstance(raw, dict):
        return None, [ValidationError("tafel", "not-an-object", "a table definition is an object")]
    reader = _Reader(raw)
    table = TableDefinition(
        code=reader.text("code", required=True),
        name=reader.text("name", required=True),
        purpose=reader.text("purpose"),
        submitters=reader.texts("submitters"),
        participants=reader.participants(),
        min_age=reader.optional_int("min_age"),
        max_age=reader.optional_int("max_age"),
        required_documents=reader.texts("required_documents"),
        family_attends=reader.flag("family_attends"),
        children_attend_from=reader.optional_int("children_attend_from"),
        cadence=reader.cadence(),
        weekday=reader.integer("weekday", 0),
        start_time=reader.start_time(),
        slots=reader.integer("slots", 6),
        minutes_per_slot=reader.integer("minutes_per_slot", 30),
        anonymised=reader.flag("anonymised"),
        notes=reader.text("notes"),
    )
    failed = {e.field for e in reader.errors}
    errors = reader.errors + [e for e in definition_errors(table) if e.field not in failed]
    return (None if reader.errors else table), errors


class _Reader:
    """Reads fields of one raw definition, collecting an error per wrong field instead of
    stopping at the first; a wrong field reads as its default so the rest is still checked."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self.errors: list[ValidationError] = []

    def fail(self, name: str, code: str, message: str) -> None:
        self.errors.append(ValidationError(name, code, message))

    def text(self, name: str, *, required: bool = False) -> str:
        value = self.raw.get(name, "")
        if not isinstance(value, str):
            self.fail(name, "not-text", f"{name} must be text, not {value!r}")
            return ""
        if required and not value.strip():
            self.fail(name, "required", f"{name} is required")
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        value = self.raw.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(name, "not-a-list", f"{name} must be a list of texts, not {value!r}")
            return ()
        return tuple(value)

    def participants(self) -> tuple[tuple[str, str], ...]:
        value = self.raw.get("participants", [])
        pairs = value if isinstance(value, list) else None
        if pairs is None or not all(
            isinstance(p, list | tuple) and len(p) == 2 and all(isinstance(x, str) for x in p)
            for p in pairs
        ):
            self.fail(
                "participants",
                "invalid-participant",
                f"participants must be [role, who] pairs, not {value!r}",
            )
            return ()
        return tuple((role, who) for role, who in pairs)

    def integer(self, name: str, default: int) -> int:
        value = self.raw.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(name, "not-a-number", f"{name} must be a whole number, not {value!r}")
            return default
        return value

    def optional_int(self, name: str) -> int | None:
        if self.raw.get(name) is None:
            return None
        return self.integer(name, 0)

    def flag(self, name: str) -> bool:
        value = self.raw.get(name, False)
        if not isinstance(value, bool):
            self.fail(name, "not-a-flag", f"{name} must be true or false, not {value!r}")
            return False
        return value

    def cadence(self) -> Cadence:
        value = self.raw.get("cadence", Cadence.WEKELIJKS.value)
        try:
            return Cadence(value)
        except (TypeError, ValueError):
            names = ", ".join(c.value for c in Cadence)
            self.fail("cadence", "invalid-cadence", f"cadence is one of {names}, not {value!r}")
            return Cadence.WEKELIJKS

    def start_time(self) -> time:
        value = self.raw.get("start_time", "09:00")
        try:
            return time.fromisoformat(value)
        except (TypeError, ValueError):
            self.fail("start_time", "invalid-time", f"start_time must be HH:MM, not {value!r}")
            return time(9, 0)

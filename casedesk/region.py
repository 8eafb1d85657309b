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

from casedesk.domain.tables import Cadence, TableDefinition
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
    """Read one table definition; malformed configuration is refused with a clear message."""
    try:
        return TableDefinition(
            code=str(raw["code"]),
            name=str(raw["name"]),
            purpose=str(raw.get("purpose", "")),
            submitters=tuple(raw.get("submitters", ())),
            participants=tuple((str(r), str(w)) for r, w in raw.get("participants", ())),
            min_age=_optional_int(raw.get("min_age")),
            max_age=_optional_int(raw.get("max_age")),
            required_documents=tuple(raw.get("required_documents", ())),
            family_attends=bool(raw.get("family_attends", False)),
            children_attend_from=_optional_int(raw.get("children_attend_from")),
            cadence=Cadence(raw.get("cadence", "wekelijks")),
            weekday=int(raw.get("weekday", 0)),
            start_time=time.fromisoformat(raw.get("start_time", "09:00")),
            slots=int(raw.get("slots", 6)),
            minutes_per_slot=int(raw.get("minutes_per_slot", 30)),
            anonymised=bool(raw.get("anonymised", False)),
            notes=str(raw.get("notes", "")),
        )
    except (KeyError, ValueError, TypeError) as error:
        code = raw.get("code", "?") if isinstance(raw, dict) else "?"
        raise ValidationError(
            "tafel", "invalid-table-config", f"table definition {code!r} is invalid: {error!r}"
        ) from None


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)

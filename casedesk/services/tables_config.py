"""Table definitions as configuration: view, edit and import them (no code change needed when
the region's list of tables changes, 001 l.507-513).

A definition is stored as the same JSON the region file ships (``Tafel.definitie``), so an edit
in the app, an imported file and the shipped region are one format. Changing a definition
needs the beheerder or tafelsecretaris role.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.domain.tables import TableDefinition, definition_errors
from casedesk.domain.vocabulary import Role
from casedesk.errors import InvalidInput, RuleViolation, ValidationError
from casedesk.region import stable_id, table_errors
from casedesk.services.tables import current_user, list_tables
from casedesk.services.tables_dto import TableInfo
from casedesk.store import audit
from casedesk.store.models import Tafel

EDITORS = {Role.ADMIN.value, Role.TAFELSECRETARIS.value}


def to_json(table: TableDefinition) -> dict[str, Any]:
    """The definition in the region file's format."""
    return {
        "code": table.code,
        "name": table.name,
        "purpose": table.purpose,
        "submitters": list(table.submitters),
        "participants": [[role, who] for role, who in table.participants],
        "min_age": table.min_age,
        "max_age": table.max_age,
        "required_documents": list(table.required_documents),
        "family_attends": table.family_attends,
        "children_attend_from": table.children_attend_from,
        "cadence": table.cadence.value,
        "weekday": table.weekday,
        "start_time": table.start_time.strftime("%H:%M"),
        "slots": table.slots,
        "minutes_per_slot": table.minutes_per_slot,
        "anonymised": table.anonymised,
        "notes": table.notes,
    }


def can_edit(session: Session) -> bool:
    return bool(EDITORS & set(current_user(session).rollen))


def _require_editor(session: Session) -> None:
    if not can_edit(session):
        raise RuleViolation("not-table-editor", "only a beheerder or tafelsecretaris edits tables")


def table_configs(session: Session) -> tuple[tuple[TableInfo, ...], bool]:
    """Every valid table, and whether the current user may change them."""
    return list_tables(session), can_edit(session)


def _store(session: Session, table: TableDefinition, tafel: Tafel | None) -> TableInfo:
    if tafel is None:
        tafel = Tafel(id=stable_id("tafel", table.code), code=table.code)
        session.add(tafel)
    tafel.naam = table.name
    tafel.definitie = to_json(table)
    session.flush()
    return TableInfo(tafel.id, table)


def save_table(session: Session, tafel_id: str | None, table: TableDefinition) -> TableInfo:
    """Store an edited definition (``tafel_id`` None adds a table). Every wrong field is
    refused with its own error; a table's code is fixed once made (consents name it)."""
    _require_editor(session)
    table = _stripped(table)
    errors = definition_errors(table)
    tafel = session.get(Tafel, tafel_id) if tafel_id else None
    if tafel_id and (tafel is None or tafel.deleted_at is not None):
        raise RuleViolation("not-found", f"no table {tafel_id}")
    if tafel is not None and table.code != tafel.code:
        errors.append(ValidationError("code", "code-fixed", "a table's code cannot change"))
    elif tafel is None and _by_code(session, table.code) is not None:
        errors.append(ValidationError("code", "code-taken", f"a table {table.code} exists"))
    if errors:
        raise InvalidInput(errors)
    info = _store(session, table, tafel)
    audit.record(
        session, "update" if tafel_id else "create", "tafel", info.tafel_id, {"code": table.code}
    )
    return info


def _stripped(table: TableDefinition) -> TableDefinition:
    return replace(
        table,
        code=table.code.strip(),
        name=table.name.strip(),
        submitters=tuple(s.strip() for s in table.submitters),
        participants=tuple((r.strip(), w.strip()) for r, w in table.participants),
        required_documents=tuple(d.strip() for d in table.required_documents),
    )


def _by_code(session: Session, code: str) -> Tafel | None:
    return session.scalars(select(Tafel).where(Tafel.code == code)).first()


def import_tables(session: Session, text: str) -> tuple[TableInfo, ...]:
    """Import table definitions from JSON: one definition, a list of them, or a region file
    (``{"tafels": [...]}``). All or nothing: any malformed definition refuses the whole file,
    with one error per wrong field named ``"<code or position>.<field>"``."""
    _require_editor(session)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            [
                ValidationError(
                    "bestand",
                    "invalid-json",
                    f"not JSON: {error.msg} at line {error.lineno}, column {error.colno}",
                )
            ]
        ) from None
    if isinstance(data, dict) and "tafels" in data:
        data = data["tafels"]
    raws = data if isinstance(data, list) else [data]
    if not raws:
        raise InvalidInput([ValidationError("bestand", "no-tables", "the file holds no tables")])
    tables: list[TableDefinition] = []
    errors: list[ValidationError] = []
    for position, raw in enumerate(raws, start=1):
        table, problems = table_errors(raw)
        where = str(raw.get("code") or position) if isinstance(raw, dict) else str(position)
        errors += [ValidationError(f"{where}.{e.field}", e.code, str(e)) for e in problems]
        if table is not None and not problems:
            tables.append(table)
    codes = [t.code for t in tables]
    errors += [
        ValidationError(f"{code}.code", "code-duplicate", f"{code} appears twice in the file")
        for code in sorted({c for c in codes if codes.count(c) > 1})
    ]
    if errors:
        raise InvalidInput(errors)
    imported = tuple(_store(session, t, _by_code(session, t.code)) for t in tables)
    for info in imported:
        audit.record(session, "import", "tafel", info.tafel_id, {"code": info.definition.code})
    return imported

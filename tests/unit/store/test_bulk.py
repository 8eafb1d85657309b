"""Bulk insertion writes what the unit of work would have written: the rows, one outbox op per
row with the same content, and the search rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from casedesk.clock import fixed_clock
from casedesk.region import load_region
from casedesk.services import reference
from casedesk.store import bulk
from casedesk.store.database import Store, create_store
from casedesk.store.models import (
    SYNCED_MODELS,
    Casus,
    Huishouden,
    OutboxEntry,
    Persoon,
    Professional,
    Setting,
)
from casedesk.store.search import search_casus_rowids
from tests.conftest import NOW


def _family() -> list[Any]:
    """Children before parents, as a builder naturally produces them; all ids given."""
    region = load_region()
    team = region.teams[0]
    return [
        Persoon(id="p-1", huishouden_id="h-1", voornaam="Zoë", achternaam="Öztürk", rol="jeugdige",
                geboortedatum=date(2011, 4, 5), bsn="123456782"),
        Casus(id="c-1", huishouden_id="h-1", team_id=team.id, gemeente_id=team.gemeente_id,
              casusregisseur_id="r-1", verwijzer="school", status="open", stap="middelen",
              regime="lokaal_vrijwillig", geopend_op=date(2026, 5, 1)),
        Huishouden(id="h-1", naam="Gezin Öztürk", gemeente_id=team.gemeente_id, team_id=team.id,
                   postcode="6541 AB", woonplaats="Nijmegen"),
        Professional(id="r-1", naam="Sanne de Vries", gebruikersnaam="sanne", team_id=team.id),
    ]  # fmt: skip


def _store(path: Path) -> Store:
    store = create_store(path, clock=fixed_clock(NOW))
    with store.session() as s:
        reference.install_region(s, load_region())
    return store


def _contents(store: Store) -> tuple[list[Any], list[Any], list[Any]]:
    with store.engine.connect() as conn:
        rows = [
            (name, tuple(row))
            for name in sorted(SYNCED_MODELS)
            for row in conn.execute(text(f"SELECT * FROM {name} ORDER BY id"))
        ]
        ops = sorted(
            (o.entity, o.entity_id, o.kind, o.base_rev, str(o.nieuw), o.basis, o.author, o.at)
            for o in conn.execute(select(OutboxEntry))
        )
        fts = list(conn.execute(text("SELECT * FROM zoekindex ORDER BY namen")))
    return rows, ops, fts


def _load(store: Store, write: Callable[[Session, list[Any]], None]) -> None:
    with store.session("prof-1") as s:
        write(s, _family())


def test_bulk_insert_writes_exactly_what_a_flush_writes(tmp_path: Path) -> None:
    by_flush = _store(tmp_path / "flush")
    by_bulk = _store(tmp_path / "bulk")
    _load(by_flush, lambda s, objects: s.add_all(objects))
    _load(by_bulk, bulk.insert_new)
    try:
        flushed, bulked = _contents(by_flush), _contents(by_bulk)
        assert bulked == flushed
        rows, ops, fts = bulked
        assert {name for name, _row in rows} >= {"persoon", "casus", "huishouden"}
        assert len(ops) == 4 and {op[2] for op in ops} == {"insert"}
        assert len(fts) == 1
    finally:
        by_flush.close()
        by_bulk.close()


def test_bulk_inserted_rows_are_searchable_and_the_objects_stay_detached(store: Store) -> None:
    with store.session() as s:
        reference.install_region(s, load_region())
    family = _family()
    with store.session() as s:
        bulk.insert_new(s, family)
        assert family[0] not in s
        assert len(search_casus_rowids(s, "ozturk zoe")) == 1
        assert len(search_casus_rowids(s, "123456782")) == 1


def test_local_bookkeeping_cannot_be_bulk_inserted(store: Store) -> None:
    with pytest.raises(TypeError, match="setting"), store.session() as s:
        bulk.insert_new(s, [Setting(key="x", value=1)])

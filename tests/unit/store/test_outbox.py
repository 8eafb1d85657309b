"""Every change to a synced row records one outbox op in the same transaction, with the base
values a three-way merge needs; nothing else does."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casedesk.store.database import Store
from casedesk.store.models import Casus, Huishouden, OutboxEntry, Persoon, Setting
from casedesk.store.outbox import APPLYING_REMOTE
from tests.conftest import NOW
from tests.unit.store.conftest import Household


def _ops(s: Session, entity_id: str | None = None) -> list[OutboxEntry]:
    stmt = select(OutboxEntry).order_by(OutboxEntry.seq)
    if entity_id is not None:
        stmt = stmt.where(OutboxEntry.entity_id == entity_id)
    return list(s.scalars(stmt))


def _count(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def test_an_insert_records_every_field_including_defaults(
    store: Store, household: Household
) -> None:
    with store.session("prof-1") as s:
        before = _count(s)
        p = Persoon(
            huishouden_id=household.huishouden_id,
            voornaam="Daan",
            achternaam="Öztürk",
            rol="jeugdige",
            geboortedatum=date(2015, 7, 1),
        )
        s.add(p)
    with store.session() as s:
        assert _count(s) == before + 1
        [op] = _ops(s, p.id)
        stored = s.get(Persoon, p.id)
    assert (op.entity, op.kind, op.base_rev, op.basis) == ("persoon", "insert", 0, {})
    assert (op.author, op.device, op.at) == ("prof-1", store.device_id, NOW)
    assert op.nieuw["voornaam"] == "Daan"
    assert op.nieuw["geboortedatum"] == "2015-07-01"
    # Defaults travel as the row holds them, not as None.
    assert stored is not None
    assert op.nieuw["tussenvoegsel"] == stored.tussenvoegsel == ""
    assert op.nieuw["gezag"] is stored.gezag is False
    assert op.nieuw["bsn"] is None
    assert not {"id", "rev", "updated_at", "updated_by", "deleted_at"} & op.nieuw.keys()
    assert (stored.updated_at, stored.updated_by) == (NOW, "prof-1")


def test_an_update_records_only_the_changed_fields_with_their_base_values(
    store: Store, household: Household
) -> None:
    with store.session("prof-2") as s:
        h = s.get(Huishouden, household.huishouden_id)
        assert h is not None
        h.straat, h.telefoon = "Kerkstraat 3", "06 12345678"
    with store.session() as s:
        op = _ops(s, household.huishouden_id)[-1]
    assert op.kind == "update"
    assert op.nieuw == {"straat": "Kerkstraat 3", "telefoon": "06 12345678"}
    assert op.basis == {"straat": "Molenweg 12", "telefoon": ""}
    assert op.author == "prof-2"


def test_setting_a_field_to_its_current_value_records_nothing(
    store: Store, household: Household
) -> None:
    with store.session() as s:
        before = _count(s)
        h = s.get(Huishouden, household.huishouden_id)
        assert h is not None
        h.straat = "Molenweg 12"
    with store.session() as s:
        assert _count(s) == before


def test_a_tombstone_is_a_delete_op(store: Store, household: Household) -> None:
    with store.session() as s:
        p = s.get(Persoon, household.kind_id)
        assert p is not None
        p.deleted_at = NOW
    with store.session() as s:
        op = _ops(s, household.kind_id)[-1]
    assert (op.kind, op.entity, op.nieuw, op.basis) == ("delete", "persoon", {}, {})


def test_the_base_revision_is_the_rows_server_revision(store: Store, household: Household) -> None:
    with store.session() as s:
        s.info[APPLYING_REMOTE] = True  # as if pulled at rev 7
        c = s.get(Casus, household.casus_id)
        assert c is not None
        c.rev = 7
    with store.session() as s:
        c = s.get(Casus, household.casus_id)
        assert c is not None
        c.stap = "resultaat"
    with store.session() as s:
        op = _ops(s, household.casus_id)[-1]
    assert (op.base_rev, op.nieuw, op.basis) == (7, {"stap": "resultaat"}, {"stap": "vraaganalyse"})


def test_one_op_per_change_in_one_transaction(store: Store, household: Household) -> None:
    with store.session() as s:
        before = _count(s)
        h = s.get(Huishouden, household.huishouden_id)
        p = s.get(Persoon, household.ouder_id)
        assert h is not None and p is not None
        h.woonplaats = "Alverna"
        p.telefoon = "06 87654321"
        s.add(Persoon(huishouden_id=h.id, voornaam="Mees", achternaam="Öztürk", rol="jeugdige"))
    with store.session() as s:
        ops = _ops(s)[before:]
    assert sorted(op.kind for op in ops) == ["insert", "update", "update"]


def test_a_rolled_back_change_leaves_no_op(store: Store, household: Household) -> None:
    with store.session() as s:
        before = _count(s)
    with pytest.raises(RuntimeError), store.session() as s:
        h = s.get(Huishouden, household.huishouden_id)
        assert h is not None
        h.naam = "Gezin Yılmaz"
        s.flush()  # the op is written ...
        assert _count(s) == before + 1
        raise RuntimeError("... and the transaction fails afterwards")
    with store.session() as s:
        assert _count(s) == before
        h = s.get(Huishouden, household.huishouden_id)
        assert h is not None and h.naam == "Gezin Öztürk"


def test_applying_remote_changes_writes_no_op(store: Store, household: Household) -> None:
    with store.session() as s:
        before = _count(s)
        s.info[APPLYING_REMOTE] = True
        h = s.get(Huishouden, household.huishouden_id)
        assert h is not None
        h.naam = "Gezin Öztürk-Bakker"
        s.add(Persoon(huishouden_id=h.id, voornaam="Can", achternaam="Öztürk", rol="jeugdige"))
    with store.session() as s:
        assert _count(s) == before


def test_local_bookkeeping_is_not_synced(store: Store) -> None:
    with store.session() as s:
        before = _count(s)
        s.add(Setting(key="theme", value="donker"))
    with store.session() as s:
        assert _count(s) == before

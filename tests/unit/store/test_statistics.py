"""Closing a store leaves the planner's row counts (sqlite_stat1) and no STAT4 samples, which
every new connection would read and decode (decision 0044)."""

from __future__ import annotations

from casedesk.clock import fixed_clock
from casedesk.store.database import Store, open_store
from tests.conftest import NOW
from tests.unit.store.conftest import Household


def _count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one())


def test_closing_keeps_row_counts_but_no_samples(store: Store, household: Household) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")  # as PRAGMA optimize does for a table that grew
    assert _count(store, "sqlite_stat4") > 0  # this SQLCipher build samples (STAT4)
    path = store.profile.path
    store.close()
    again = open_store(path, clock=fixed_clock(NOW))
    try:
        assert _count(again, "sqlite_stat1") > 0
        assert _count(again, "sqlite_stat4") == 0
    finally:
        again.close()

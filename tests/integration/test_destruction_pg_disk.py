"""On PostgreSQL, a destroyed casus is gone from the files the server keeps on disk, not only
from the rows a client can select: after a checkpoint, the relation files of every table, index
and TOAST table of the store's database (and every other file in its directory) are read from
the cluster's data directory and searched for the person.

The cluster is the private one ``scripts/dev.sh test`` starts (as root, which reads the
postgres user's data directory). A server whose data directory is not on this machine cannot be
checked this way; the test says so and skips (it never does under ``.ci/run``).

What is out of reach here, by design: the WAL (``pg_wal``) holds the row images until its
segments are recycled, and the server's own backups (docs/privacy.md says so).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, select, text

from casedesk.regional import cli as regional_cli
from casedesk.store.models import Casus, Persoon
from tests.integration.conftest import OOST_1, PG_ENV, DeviceFactory, new_case
from tests.integration.regional import Databases, RunningStore, module_databases

BSN = "777888999"
TRACES = ("Wolterbeek", "Zorgen over schoolverzuim", BSN)


@pytest.fixture(scope="module", params=[pytest.param("postgresql", marks=pytest.mark.postgres)])
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Databases]:
    """PostgreSQL only (overrides the conftest's SQLite + PostgreSQL pair): SQLite's file is
    searched byte for byte by test_destruction_sync already."""
    pg_url = os.environ.get(PG_ENV)
    if not pg_url:
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server for this run (.ci/run starts one)")
    with module_databases("postgresql", pg_url, tmp_path_factory.mktemp("pg")) as dbs:
        yield dbs


def _superuser(db_url: str) -> Engine:
    return create_engine(db_url, isolation_level="AUTOCOMMIT")


def _relation_files(engine: Engine) -> tuple[list[Path], list[Path]]:
    """(files of the store's tables, indexes and TOAST tables; every file of the database's
    directory), after a CHECKPOINT wrote every dirty buffer out."""
    with engine.connect() as conn:
        conn.execute(text("CHECKPOINT"))
        data = Path(str(conn.scalar(text("SHOW data_directory"))))
        if not data.is_dir():
            pytest.skip(f"the server's data directory {data} is not on this machine")
        relations = conn.execute(text("""
            SELECT pg_relation_filepath(c.oid) FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'i')
            UNION
            SELECT pg_relation_filepath(t.oid) FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_class t ON t.oid = c.reltoastrelid
            WHERE n.nspname = current_schema()
            UNION
            SELECT pg_relation_filepath(i.indexrelid) FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_index i ON i.indrelid = c.reltoastrelid
            WHERE n.nspname = current_schema()""")).scalars().all()
        database_oid = conn.scalar(text(
            "SELECT oid FROM pg_database WHERE datname = current_database()"))
    files: list[Path] = []
    for relative in relations:
        assert relative is not None
        base = data / relative
        assert base.is_file(), base  # readable by this process: a real check, not a silent one
        files += [p for p in base.parent.iterdir()
                  if p.name == base.name or p.name.startswith(f"{base.name}.")
                  or p.name.startswith(f"{base.name}_")]
    everything = [p for p in (data / "base" / str(database_oid)).iterdir() if p.is_file()]
    return files, everything


def _found(files: list[Path]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in files:
        content = path.read_bytes()
        for trace in TRACES:
            if trace.encode("utf-8") in content:
                found.setdefault(trace, []).append(path.name)
    return found


def test_destroyed_casus_leaves_no_bytes_in_the_postgresql_files(
    device: DeviceFactory, regional: RunningStore
) -> None:
    regisseur = device(OOST_1)
    casus_id = new_case(regisseur, "Gezin Wolterbeek")
    with regisseur.store.session() as s:
        daan = s.scalar(select(Persoon).where(Persoon.voornaam == "Daan"))
        assert daan is not None
        daan.bsn = BSN
        casus = s.get(Casus, casus_id)
        assert casus is not None
        casus.status, casus.gesloten_op = "gesloten", date(2003, 5, 1)
    regisseur.sync()
    superuser = _superuser(regional.db_url)
    try:
        tables, everything = _relation_files(superuser)
        assert set(_found(tables)) == set(TRACES)  # the scan sees the rows: a real control

        assert regional_cli.main(["destroy", casus_id, "--db", regional.db_url,
                                  "--by", OOST_1]) == 0

        tables, everything = _relation_files(superuser)
        assert _found(tables) == {}
        assert _found(everything) == {}
    finally:
        superuser.dispose()

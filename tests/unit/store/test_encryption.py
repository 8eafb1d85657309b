"""No plaintext of a person's data in the database file, its WAL or its shared memory."""

from __future__ import annotations

from pathlib import Path

from casedesk.store.database import Store
from tests.unit.store.conftest import BSN, FIRST_NAME, STREET, SURNAME, write_person


def _plaintexts() -> list[bytes]:
    texts = [SURNAME, FIRST_NAME, BSN, STREET, "Wi\u015bniewski", "2009-12-24", "SQLite format 3"]
    return [t.encode(enc) for t in texts for enc in ("utf-8", "utf-16-le")]


def _database_files(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith("casedesk.db")]


def _assert_no_plaintext(folder: Path) -> None:
    for file in _database_files(folder):
        data = file.read_bytes()
        for needle in _plaintexts():
            assert needle not in data, f"{needle!r} readable in {file.name}"


def test_the_database_wal_and_shm_hold_no_plaintext_while_open(store: Store) -> None:
    write_person(store)
    names = {p.name for p in _database_files(store.profile.path)}
    assert {"casedesk.db", "casedesk.db-wal", "casedesk.db-shm"} <= names
    assert (store.profile.path / "casedesk.db-wal").stat().st_size > 0
    _assert_no_plaintext(store.profile.path)


def test_the_database_holds_no_plaintext_after_closing(store: Store) -> None:
    write_person(store)
    store.close()
    _assert_no_plaintext(store.profile.path)


def test_the_plaintext_needles_are_found_in_an_unencrypted_copy(tmp_path: Path) -> None:
    """The check above would find the data if it were there: write the same to plain SQLite."""
    import sqlite3

    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (a, b, c)")
        conn.execute("INSERT INTO t VALUES (?, ?, ?)", (SURNAME, BSN, FIRST_NAME))
    conn.close()
    data = path.read_bytes()
    assert all(t.encode() in data for t in (SURNAME, BSN, FIRST_NAME, "SQLite format 3"))

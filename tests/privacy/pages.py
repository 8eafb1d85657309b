"""Reading every page of a database file as the disk holds it, decrypted, to prove that bytes
of destroyed data are gone (not merely unreachable through SQL).

SQLCipher 4 defaults: 4096-byte pages, each ending in an 80-byte reserve (16-byte IV, 64-byte
HMAC-SHA512); AES-256-CBC with the raw data key (a raw ``x'…'`` key skips the KDF); page 1
starts with the 16-byte salt instead of the SQLite header. Free pages are decrypted too.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
WAL_HEADER, FRAME_HEADER = 32, 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    start = 16 if first else 0
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(database: Path, key: bytes) -> list[bytes]:
    """The plaintext of every page of the main file and of every frame in its WAL."""
    data = database.read_bytes()
    pages = [_decrypt_page(data[i : i + PAGE], key, i == 0) for i in range(0, len(data), PAGE)]
    wal = database.with_name(database.name + "-wal")
    if wal.exists():
        raw = wal.read_bytes()
        for offset in range(WAL_HEADER, len(raw) - PAGE + 1, FRAME_HEADER + PAGE):
            number = int.from_bytes(raw[offset : offset + 4], "big")
            frame = raw[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
            pages.append(_decrypt_page(frame, key, number == 1))
    return pages


def occurs(pages: list[bytes], text: str) -> bool:
    """Whether ``text`` appears in any page, as UTF-8 (and as the FTS index's folded tokens
    are ASCII-lowered, callers pass those forms too)."""
    needle = text.encode("utf-8")
    return any(needle in page for page in pages)

"""Writing a PDF to disk: optional AES-256 password, then an atomic replace.

ReportLab's own 256-bit encryption cannot be opened by poppler or pypdf (research/feasibility.md
§4.5), so the password is applied afterwards with pypdf (AES-256, PDF 2.0 revision 6). The file
appears complete or not at all: bytes go to a temporary file in the target folder, are fsynced,
and replace the target in one rename.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import tempfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from casedesk.errors import DiskFullError, ValidationError


def encrypt(pdf: bytes, password: str) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_atomically(path: Path, data: bytes) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError("output", "no-folder", f"the folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise _translate(error, path) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise _translate(error, path) from None
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened this way on Windows."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _translate(error: OSError, path: Path) -> Exception:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(f"the disk is full: cannot write {path}")
    return ValidationError("output", "not-writable", f"cannot write {path}: {error.strerror}")


def write_pdf(path: Path, pdf: bytes, password: str | None = None) -> None:
    write_atomically(path, encrypt(pdf, password) if password else pdf)

"""Writing many documents into one folder, with progress for a progress bar.

The documents are built (and their export audited) beforehand in one session; rendering never
needs the database, so this can run on a worker thread while the database worker goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from casedesk.errors import ValidationError
from casedesk.export.documents import Document
from casedesk.export.render import export_pdf

Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


def export_all(
    documents: Sequence[tuple[str, Document]],
    folder: Path,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Path]:
    """Write each (file name, document) into ``folder``; returns the paths written.

    ``progress(done, total)`` is called once before the first file and after each one.
    When ``cancelled()`` turns true, no further file is started; files already written stay.
    """
    if not folder.is_dir():
        raise ValidationError("out_dir", "no-folder", f"the folder {folder} does not exist")
    total = len(documents)
    written: list[Path] = []
    if progress:
        progress(0, total)
    for name, doc in documents:
        if cancelled and cancelled():
            break
        path = folder / name
        export_pdf(doc, path, password=password)
        written.append(path)
        if progress:
            progress(len(written), total)
    return written

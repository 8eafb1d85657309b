"""A rendered PDF as page images (pdftoppm) or, without poppler, as the text of each page.

The desktop client previews the very bytes it would write. QtPdf is not part of
PySide6-Essentials, so the pages are rasterised by poppler's ``pdftoppm`` (poppler-utils) in a
private temporary folder; the images are read into memory and the folder is removed before
this returns, so no picture of a family's plan stays on disk.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader

PDFTOPPM = "pdftoppm"
TIMEOUT_S = 120


def pdftoppm_available() -> bool:
    return shutil.which(PDFTOPPM) is not None


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def page_images(pdf: bytes, dpi: int = 96) -> list[bytes]:
    """Each page as PNG bytes, in order. Raises ``FileNotFoundError`` without pdftoppm and
    ``RuntimeError`` when it fails."""
    exe = shutil.which(PDFTOPPM)
    if exe is None:
        raise FileNotFoundError(PDFTOPPM)
    with tempfile.TemporaryDirectory(prefix="casedesk-preview-") as tmp:  # mode 0700
        folder = Path(tmp)
        source = folder / "document.pdf"
        source.write_bytes(pdf)
        done = subprocess.run(
            [exe, "-r", str(dpi), "-png", str(source), str(folder / "page")],
            capture_output=True, timeout=TIMEOUT_S, check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"pdftoppm failed: {done.stderr.decode(errors='replace')[:200]}")
        # pdftoppm pads the page number to the width of the last one: page-01.png … page-12.png
        pages = sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [p.read_bytes() for p in pages]


def page_texts(pdf: bytes) -> list[str]:
    """The text of each page (the preview without poppler)."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]

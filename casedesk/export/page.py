"""The page every document shares: A4, a header with classification, title, version and date,
a footer with "pagina x van y", the PDF metadata, and only the embedded font.

"van y" needs the page count before the first page is final, so the canvas keeps each page's
state and draws header and footer on all of them when the document is saved.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from casedesk.export import fonts
from casedesk.export.formatting import datum

CLASSIFICATIE = "Vertrouwelijk"
MARGIN = 18 * mm
HEADER_SPACE = 14 * mm
INK = colors.HexColor("#1d1d1b")
MUTED = colors.HexColor("#5b6670")
ACCENT = colors.HexColor("#1f4e79")
CLASSIFICATION_INK = colors.HexColor("#9b1c1c")


@dataclass(frozen=True)
class PageSetup:
    titel: str  # metadata title and the header's middle
    onderwerp: str  # metadata subject
    auteur: str
    versie: str  # "Versie 3", "Concept", "Uitgifte 2"
    datum: date  # the document's date
    groot: bool = False  # the family copy: larger header and footer type


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    def __init__(self, *args: Any, setup: PageSetup, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._setup = setup
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._decorate(number, total)
            super().showPage()
        super().save()

    def _decorate(self, number: int, total: int) -> None:
        s = self._setup
        size = 9.5 if s.groot else 7.5
        width, height = self._pagesize
        top = height - MARGIN + 4 * mm
        self.saveState()
        self.setFont(fonts.BOLD, size)
        self.setFillColor(CLASSIFICATION_INK)
        self.drawString(MARGIN, top, CLASSIFICATIE.upper())
        self.setFont(fonts.REGULAR, size)
        self.setFillColor(MUTED)
        self.drawCentredString(width / 2, top, s.titel)
        self.drawRightString(width - MARGIN, top, f"{s.versie} · {datum(s.datum)}")
        self.setStrokeColor(colors.HexColor("#c8d0d8"))
        self.setLineWidth(0.6)
        self.line(MARGIN, top - 2.2 * mm, width - MARGIN, top - 2.2 * mm)
        bottom = MARGIN - 8 * mm
        self.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        self.drawString(MARGIN, bottom, s.onderwerp)
        self.drawRightString(width - MARGIN, bottom, f"pagina {number} van {total}")
        self.restoreState()


def build_pdf(story: list[Flowable], setup: PageSetup, *, invariant: bool = False) -> bytes:
    """Lay out ``story`` and return the PDF bytes. ``invariant`` fixes the creation date and
    document id, so the same input gives the same bytes (golden tests)."""
    fonts.register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_SPACE - 6 * mm,
        bottomMargin=MARGIN,
        title=setup.titel,
        author=setup.auteur,
        subject=setup.onderwerp,
        creator="casedesk",
        producer="casedesk",
        lang="nl-NL",
        invariant=1 if invariant else 0,
        # The canvas's own default font would otherwise appear, unembedded, in the resources.
        initialFontName=fonts.REGULAR,
        initialFontSize=10,
    )
    doc.build(story, canvasmaker=partial(_NumberedCanvas, setup=setup))
    return out.getvalue()


FRAME_PADDING = 6  # SimpleDocTemplate's frame pads each side by 6 pt


def content_width() -> float:
    return float(A4[0] - 2 * MARGIN - 2 * FRAME_PADDING)

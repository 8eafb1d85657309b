"""The embedded font: DejaVu Sans from ``resources/fonts`` (Dutch diacritics, €, curly quotes).

The TTFs ship with casedesk instead of coming from the system, so every machine renders the
same glyphs and the PDF embeds them (no reliance on a reader's fonts).
"""

from __future__ import annotations

from importlib.resources import files

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", ITALIC: "DejaVuSans-Oblique.ttf"}


def register_fonts() -> None:
    """Register the family once per process (ReportLab's registry is global)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    folder = files("resources").joinpath("fonts")
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder.joinpath(filename))))
    # <b>, <i> and <b><i> in paragraphs pick these faces; bold italic falls back to bold.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)

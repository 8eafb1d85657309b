"""Paragraph styles: a compact set for professionals and a large, airy set for the family copy."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from casedesk.export import fonts
from casedesk.export.page import ACCENT, INK, MUTED

# Paragraphs resolve <b>/<i> to faces when they are made, so the family must exist first.
fonts.register_fonts()


@dataclass(frozen=True)
class Styles:
    titel: ParagraphStyle
    ondertitel: ParagraphStyle
    kop1: ParagraphStyle
    kop2: ParagraphStyle
    tekst: ParagraphStyle
    klein: ParagraphStyle
    cel: ParagraphStyle
    celkop: ParagraphStyle
    leeg: ParagraphStyle
    opsom: ParagraphStyle


def _styles(prefix: str, body: float, leading: float) -> Styles:
    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {
            "fontName": fonts.REGULAR, "bulletFontName": fonts.REGULAR, "fontSize": body,
            "leading": leading, "textColor": INK,
            "alignment": TA_LEFT,
        }
        base.update(kw)
        return ParagraphStyle(f"{prefix}-{name}", **base)

    cell = body - 1.2
    return Styles(
        titel=style("titel", fontName=fonts.BOLD, fontSize=body * 2, leading=body * 2.4,
                    textColor=ACCENT, spaceAfter=body * 0.3),
        ondertitel=style("ondertitel", fontSize=body * 1.15, leading=leading * 1.2,
                         textColor=MUTED, spaceAfter=body),
        kop1=style("kop1", fontName=fonts.BOLD, fontSize=body * 1.4, leading=body * 1.8,
                   textColor=ACCENT, spaceBefore=body * 1.4, spaceAfter=body * 0.5,
                   keepWithNext=1),
        kop2=style("kop2", fontName=fonts.BOLD, fontSize=body * 1.08, leading=leading * 1.1,
                   spaceBefore=body * 0.9, spaceAfter=body * 0.3, keepWithNext=1),
        tekst=style("tekst", spaceAfter=body * 0.45),
        klein=style("klein", fontSize=body * 0.85, leading=leading * 0.85, textColor=MUTED),
        cel=style("cel", fontSize=cell, leading=cell * 1.3),
        celkop=style("celkop", fontName=fonts.BOLD, fontSize=cell, leading=cell * 1.3,
                     textColor=ACCENT),
        leeg=style("leeg", fontName=fonts.ITALIC, textColor=MUTED, spaceAfter=body * 0.45),
        opsom=style("opsom", leftIndent=body * 1.3, bulletIndent=body * 0.3,
                    spaceAfter=body * 0.3),
    )


PROFESSIONAL = _styles("prof", 9.5, 13)
GEZIN = _styles("gezin", 13, 18.5)

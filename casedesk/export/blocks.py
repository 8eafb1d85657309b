"""Building blocks the documents share: escaped paragraphs, wrapping tables, label/value lists.

Every text from the database goes through ``para`` (XML-escaped, line breaks kept), so a "<" or
"&" in a note can never break the layout. Table cells are paragraphs, so long text wraps inside
its column, and ``splitInRow`` lets a row taller than a page continue on the next one.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from casedesk.export import fonts
from casedesk.export.formatting import NONE
from casedesk.export.page import content_width
from casedesk.export.styles import Styles

GRID = colors.HexColor("#c8d0d8")
HEAD_FILL = colors.HexColor("#e4ecf4")
ZEBRA = colors.HexColor("#f6f8fa")


def markup(text: str) -> str:
    """Escape stored text for a Paragraph and keep its line breaks."""
    return escape(text.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def text(styles: Styles, value: str, empty: str = "") -> Flowable:
    """Body text, or a muted note when nothing is recorded (``empty``)."""
    if value.strip():
        return Paragraph(markup(value), styles.tekst)
    return Paragraph(escape(empty or "Niet ingevuld."), styles.leeg)


def labelled(styles: Styles, label: str, value: str) -> Paragraph:
    """"<b>Label:</b> value" in one paragraph."""
    return Paragraph(f"<b>{escape(label)}:</b> {markup(value) or NONE}", styles.tekst)


def bullets(styles: Styles, items: Sequence[str]) -> list[Flowable]:
    return [Paragraph(markup(i), styles.opsom, bulletText="•") for i in items if i.strip()]


def table(
    styles: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
) -> Table:
    """A full-width table; ``widths`` are fractions of the text width, the header repeats."""
    total = content_width()
    data: list[list[Flowable]] = [[Paragraph(escape(h), styles.celkop) for h in header]]
    for row in rows:
        data.append([
            c if isinstance(c, Flowable) else Paragraph(markup(c) or NONE, styles.cel)
            for c in row
        ])
    result = Table(data, colWidths=[w * total for w in widths], repeatRows=1, splitInRow=1)
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, GRID),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, GRID),
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands.extend(("BACKGROUND", (0, i), (-1, i), ZEBRA) for i in range(2, len(data), 2))
    result.setStyle(TableStyle(commands))
    return result


def fields(styles: Styles, pairs: Sequence[tuple[str, str]], label_width: float = 0.3) -> Table:
    """A borderless two-column list of label and value."""
    total = content_width()
    data = [
        [Paragraph(escape(label), styles.celkop), Paragraph(markup(value) or NONE, styles.cel)]
        for label, value in pairs
    ]
    result = Table(data, colWidths=[label_width * total, (1 - label_width) * total],
                   splitInRow=1)
    result.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return result


def kept(heading: Flowable, blocks: Sequence[Sequence[Flowable]]) -> list[Flowable]:
    """Each block on one page where it fits, the heading together with the first block.

    A heading's ``keepWithNext`` does not bind to a KeepTogether in ReportLab, so the heading
    goes inside the first block instead.
    """
    if not blocks:
        return [heading]
    first, *rest = blocks
    return [KeepTogether([heading, *first]), *(KeepTogether(list(b)) for b in rest)]


def gap(height: float = 4) -> Spacer:
    return Spacer(1, height)

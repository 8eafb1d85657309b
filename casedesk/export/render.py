"""One entry point from a document to PDF bytes: picks the layout for the document's type."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from casedesk.export import gezinsplan, gezinsplan_gezin, inzage, plan18, tafel
from casedesk.export.documents import (
    AgendaDoc,
    Document,
    GezinsplanDoc,
    GezinsplanGezinDoc,
    InzageDoc,
    Plan18Doc,
    VerslagDoc,
)
from casedesk.export.output import write_pdf
from casedesk.export.page import PageSetup, build_pdf


def _layout(doc: Document) -> tuple[PageSetup, list[Flowable]]:
    if isinstance(doc, GezinsplanDoc):
        return gezinsplan.page_setup(doc), gezinsplan.story(doc)
    if isinstance(doc, GezinsplanGezinDoc):
        return gezinsplan_gezin.page_setup(doc), gezinsplan_gezin.story(doc)
    if isinstance(doc, Plan18Doc):
        return plan18.page_setup(doc), plan18.story(doc)
    if isinstance(doc, AgendaDoc):
        return tafel.agenda_setup(doc), tafel.agenda_story(doc)
    if isinstance(doc, VerslagDoc):
        return tafel.verslag_setup(doc), tafel.verslag_story(doc)
    if isinstance(doc, InzageDoc):
        return inzage.page_setup(doc), inzage.story(doc)
    raise TypeError(f"no layout for {type(doc).__name__}")


def render(doc: Document, *, invariant: bool = False) -> bytes:
    """The PDF of ``doc``. ``invariant`` makes the bytes depend on the content only."""
    setup, story = _layout(doc)
    return build_pdf(story, setup, invariant=invariant)


def export_pdf(doc: Document, path: Path, *, password: str | None = None) -> None:
    """Render ``doc`` and write it to ``path`` atomically, optionally password-protected."""
    write_pdf(path, render(doc), password)

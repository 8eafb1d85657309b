"""One entry point from a document to PDF bytes: picks the layout for the document's type."""

from __future__ import annotations

from reportlab.platypus import Flowable

from casedesk.export import gezinsplan
from casedesk.export.documents import Document, GezinsplanDoc
from casedesk.export.page import PageSetup, build_pdf

Layout = tuple[PageSetup, list[Flowable]]


def _layout(doc: Document) -> Layout:
    if isinstance(doc, GezinsplanDoc):
        return gezinsplan.page_setup(doc), gezinsplan.story(doc)
    raise TypeError(f"no layout for {type(doc).__name__}")


def render(doc: Document, *, invariant: bool = False) -> bytes:
    """The PDF of ``doc``. ``invariant`` makes the bytes depend on the content only."""
    setup, story = _layout(doc)
    return build_pdf(story, setup, invariant=invariant)

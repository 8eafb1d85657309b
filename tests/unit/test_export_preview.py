"""The client's export services: a preview builds the same document as the export but is
audited as a read, and does not count as an uitgifte; pages as images or text; the teams a
user may export in bulk."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest
from sqlalchemy import select

from casedesk.export import pages
from casedesk.export.render import render
from casedesk.services import reference
from casedesk.services.documents import (
    ExportKind,
    export_document,
    export_teams,
    preview_document,
)
from casedesk.store.database import Store
from casedesk.store.models import AuditEntry, Professional, Team
from tests.fixtures.plans import TEAM, TODAY, PlanFamily, make_family


@pytest.fixture
def family(store: Store) -> PlanFamily:
    with store.session() as s:
        return make_family(s)


def _actions(store: Store, entity_id: str) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(AuditEntry.action).where(
            AuditEntry.entity_id == entity_id).order_by(AuditEntry.seq)))


def test_preview_is_the_export_audited_as_a_read(store: Store, family: PlanFamily) -> None:
    with store.session() as s:
        preview = preview_document(s, ExportKind.INZAGE, family.anais_id, today=TODAY)
    with store.session() as s:
        exported = export_document(s, ExportKind.INZAGE, family.anais_id, today=TODAY)
    # Same document, same uitgifte: a preview is no export. Its read is in the person's own
    # logbook from then on (someone looked at her data).
    assert replace(preview, logboek=()) == replace(exported, logboek=())
    assert preview.uitgifte == exported.uitgifte == 1
    assert [e.actie for e in exported.logboek][-1] == "view-document"
    assert _actions(store, family.anais_id)[-2:] == ["view-document", "export"]


def test_plan18_preview_is_audited_on_the_plan(store: Store, family: PlanFamily) -> None:
    with store.session() as s:
        preview_document(s, ExportKind.PLAN18, family.casus_id, today=TODAY)  # by casus id
    assert _actions(store, family.plan18_id)[-1] == "view-document"


def test_pages_as_images_and_as_text(store: Store, family: PlanFamily) -> None:
    with store.session() as s:
        pdf = render(preview_document(s, ExportKind.GEZINSPLAN_GEZIN, family.casus_id,
                                      today=TODAY))
    texts = pages.page_texts(pdf)
    assert len(texts) == pages.page_count(pdf) and "Çelik" in texts[0]
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    images = pages.page_images(pdf, dpi=30)
    assert len(images) == len(texts)
    assert all(png.startswith(b"\x89PNG") for png in images)


def test_a_professional_exports_her_own_team_only(store: Store, family: PlanFamily) -> None:
    with store.session() as s:
        assert export_teams(s).mine is None  # no user: an administrator's profile
        assert TEAM in export_teams(s).teams
        team = s.scalars(select(Team).where(Team.naam == TEAM)).one()
        me = s.scalars(select(Professional).where(Professional.team_id == team.id)).first()
        assert me is not None
        reference.set_me(s, me.id)
    with store.session() as s:
        teams = export_teams(s)
    assert teams.teams == (TEAM,) and teams.mine == TEAM

"""What every PDF shares: embedded fonts only, the password, the atomic write, bulk export,
stable bytes (golden files) and pages that render."""

from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import reportlab
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from sqlalchemy import select

from casedesk.errors import DiskFullError, ValidationError
from casedesk.export import output
from casedesk.export.bulk import export_all
from casedesk.export.page import MARGIN
from casedesk.export.render import export_pdf
from casedesk.services.documents import ExportKind, export_document, team_plan_documents
from casedesk.store.database import Store
from casedesk.store.models import AuditEntry, PlanVersie
from tests.fixtures.plans import (
    TEAM,
    TODAY,
    PlanFamily,
    exported,
    make_family,
    pdf_pages,
    pdf_text,
)

GOLDEN = Path(__file__).parent.parent / "fixtures" / "pdf"
REGENERATE = os.environ.get("CASEDESK_REGEN_PDF") == "1"
ALL_KINDS = list(ExportKind)


@pytest.fixture
def family(store: Store) -> PlanFamily:
    with store.session() as s:
        return make_family(s)


def _entity(family: PlanFamily, kind: ExportKind) -> str:
    return {
        ExportKind.GEZINSPLAN: family.casus_id,
        ExportKind.GEZINSPLAN_GEZIN: family.casus_id,
        ExportKind.PLAN18: family.plan18_id,
        ExportKind.AGENDA: family.zitting_id,
        ExportKind.VERSLAG: family.zitting_id,
        ExportKind.INZAGE: family.anais_id,
    }[kind]


def _fonts(reader: PdfReader) -> list[DictionaryObject]:
    found = []
    for page in reader.pages:
        resources: Any = page.get("/Resources", {})
        for ref in resources.get("/Font", {}).values():
            found.append(ref.get_object())
    return found


@pytest.mark.parametrize("kind", ALL_KINDS, ids=lambda k: k.value)
def test_every_font_is_embedded_and_is_dejavu(
    store: Store, family: PlanFamily, kind: ExportKind
) -> None:
    fonts = _fonts(PdfReader(io.BytesIO(exported(store, kind, _entity(family, kind)))))
    assert fonts
    for font in fonts:
        assert font["/Subtype"] == "/TrueType", font
        assert "DejaVuSans" in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_finds_no_font_that_is_not_embedded(
    store: Store, family: PlanFamily, tmp_path: Path
) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(exported(store, ExportKind.GEZINSPLAN, family.casus_id))
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert listing
    for line in listing:
        name, *_, emb, _sub, _uni, _obj, _gen = line.split()
        assert emb == "yes", name


def test_a_password_protects_the_file_with_aes_256(
    store: Store, family: PlanFamily, tmp_path: Path
) -> None:
    with store.session() as s:
        doc = export_document(s, ExportKind.GEZINSPLAN, family.casus_id, today=TODAY)
    path = tmp_path / "plan.pdf"
    export_pdf(doc, path, password="Geheim-€-ë")
    reader = PdfReader(path)
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256
    assert not reader.decrypt("fout")
    text = " ".join(pdf_pages(path.read_bytes(), password="Geheim-€-ë"))
    assert "Gezin Çelik" in text and "pagina 1 van" in text


def test_writing_replaces_the_file_atomically_and_leaves_no_temporary_file(
    tmp_path: Path,
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    output.write_pdf(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_failed_write_keeps_the_old_file_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def refuse(_src: Any, _dst: Any) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(output.os, "replace", refuse)
    with pytest.raises(ValidationError) as caught:
        output.write_pdf(target, b"%PDF-new")
    assert caught.value.code == "not-writable"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_a_full_disk_is_a_known_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full)
    with pytest.raises(DiskFullError):
        output.write_pdf(tmp_path / "plan.pdf", b"%PDF")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        output.write_pdf(tmp_path / "nergens" / "plan.pdf", b"%PDF")
    assert caught.value.code == "no-folder"


def _team_with_plans(store: Store) -> tuple[PlanFamily, PlanFamily]:
    with store.session() as s:
        first = make_family(s, "een")
        second = make_family(s, "twee")
        make_family(s, "concept", agreed=False)  # no agreed version: not exported
        make_family(s, "elders", team="Wijkteam Wijchen")
        unreadable = make_family(s, "oud", agreed=False)
        s.add(PlanVersie(casus_id=unreadable.casus_id, versie=1, inhoud={"doelen": ["x"]},
                         akkoord_door="Ouders", akkoord_op=TODAY, akkoord_wijze="in_persoon"))
    return first, second


def test_a_bulk_export_writes_every_agreed_plan_of_the_team_with_progress(
    store: Store, tmp_path: Path
) -> None:
    first, second = _team_with_plans(store)
    with store.session() as s:
        batch = team_plan_documents(s, TEAM, today=TODAY)
    assert len(batch.plans) == 2 and len(batch.unreadable) == 1
    out = tmp_path / "uit"
    out.mkdir()
    seen: list[tuple[int, int]] = []
    written = export_all(batch.plans, out, progress=lambda d, t: seen.append((d, t)))
    assert seen == [(0, 2), (1, 2), (2, 2)]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)
    assert all(p.name.startswith("gezin-çelik-gezinsplan-v1-") for p in written)
    assert all("Versie 1 · 2 november 2026" in pdf_text(p.read_bytes()) for p in written)
    with store.session() as s:
        audited = set(s.scalars(select(AuditEntry.entity_id).where(
            AuditEntry.action == "export")))
    assert audited == {first.casus_id, second.casus_id}


def test_a_bulk_export_stops_when_cancelled(store: Store, tmp_path: Path) -> None:
    _team_with_plans(store)
    with store.session() as s:
        batch = team_plan_documents(s, TEAM, today=TODAY, family=True)
    seen: list[int] = []
    written = export_all(batch.plans, tmp_path, progress=lambda d, _t: seen.append(d),
                         cancelled=lambda: len(seen) > 1)
    assert len(written) == 1
    assert "Ons gezinsplan" in pdf_text(written[0].read_bytes())


def _golden_version() -> str:
    return (GOLDEN / "reportlab-version.txt").read_text().strip()


@pytest.mark.parametrize("kind", ALL_KINDS, ids=lambda k: k.value)
def test_bytes_match_the_golden_file(store: Store, family: PlanFamily, kind: ExportKind) -> None:
    """Invariant mode makes the bytes a function of the content. Regenerate after an intended
    layout change with CASEDESK_REGEN_PDF=1 (and look at the pages)."""
    pdf = exported(store, kind, _entity(family, kind), invariant=True)
    golden = GOLDEN / f"{kind.value}.pdf"
    if REGENERATE:
        golden.write_bytes(pdf)
        (GOLDEN / "reportlab-version.txt").write_text(reportlab.Version + "\n")
    if _golden_version() != reportlab.Version:
        pytest.skip(f"golden files are of ReportLab {_golden_version()}, "
                    f"this is {reportlab.Version}")
    assert pdf == golden.read_bytes(), (
        f"{golden.name} differs; if the change is intended: CASEDESK_REGEN_PDF=1")


def test_invariant_output_is_stable_within_a_run(store: Store, family: PlanFamily) -> None:
    one = exported(store, ExportKind.GEZINSPLAN, family.casus_id, invariant=True)
    two = exported(store, ExportKind.GEZINSPLAN, family.casus_id, invariant=True)
    assert one == two


def test_no_text_is_placed_outside_the_margins(store: Store, family: PlanFamily) -> None:
    for kind in ALL_KINDS:
        reader = PdfReader(io.BytesIO(exported(store, kind, _entity(family, kind))))
        for page in reader.pages:
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            spots: list[tuple[float, float]] = []
            page.extract_text(visitor_text=lambda t, cm, tm, _f, _s, spots=spots: spots.append(
                (tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5])) if t.strip() else None)
            for x, y in spots:
                assert MARGIN - 1 <= x <= width - MARGIN, (kind, x)
                assert MARGIN - 30 <= y <= height - MARGIN + 30, (kind, y)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pages_render_to_png(store: Store, family: PlanFamily, tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "plan.pdf"
    path.write_bytes(exported(store, ExportKind.GEZINSPLAN_GEZIN, family.casus_id))
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "page")],
                   check=True, capture_output=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(pdf_pages(path.read_bytes()))
    for png in pages:
        with Image.open(png) as image:
            assert image.convert("L").point(lambda v: 255 - v).getbbox() is not None

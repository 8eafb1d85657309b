"""``casedesk export-pdf``, end to end against an encrypted profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from casedesk.cli import main
from casedesk.store.database import Store
from tests.fixtures.plans import TEAM, PlanFamily, make_family, pdf_pages, pdf_text


@pytest.fixture
def family(store: Store) -> PlanFamily:
    with store.session() as s:
        return make_family(s)


def _run(store: Store, *args: str) -> int:
    return main(["export-pdf", "--profile", str(store.profile.path), *args])


@pytest.mark.parametrize(("kind", "attr", "expected"), [
    ("gezinsplan", "casus_id", "Stap 4 · Toetsing"),
    ("gezinsplan-gezin", "casus_id", "Wie doet wat"),
    ("plan18", "plan18_id", "Warme overdracht"),
    ("plan18", "casus_id", "Warme overdracht"),
    ("agenda", "zitting_id", "09:00–09:30"),
    ("verslag", "aanmelding_id", "1. Jeugdige van 14 jaar, gemeente Nijmegen"),
    ("verslag", "zitting_id", "Casus 1: jeugdige van 14 jaar, Nijmegen"),
    ("inzage", "noe_id", "Inzage persoonsgegevens"),
])
def test_each_kind_is_written_to_the_file(
    store: Store, family: PlanFamily, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    kind: str, attr: str, expected: str,
) -> None:
    out = tmp_path / f"{kind}.pdf"
    assert _run(store, "--kind", kind, getattr(family, attr), "-o", str(out)) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert expected in pdf_text(out.read_bytes())


def test_the_agenda_of_an_anonymising_table_shares_only_what_the_aanmelding_does(
    store: Store, family: PlanFamily, tmp_path: Path
) -> None:
    """The household has a 14-year-old (whom the aanmelding is about) and a 17-year-old; the
    CLI's agenda is built from the aanmelding alone, like the secretary's (decision 0075)."""
    out = tmp_path / "agenda.pdf"
    assert _run(store, "--kind", "agenda", family.zitting_id, "-o", str(out)) == 0
    text = pdf_text(out.read_bytes())
    assert "Casus 1: jeugdige van 14 jaar, Nijmegen" in text
    for leaked in ("Gezin Çelik", "Çelik", "Noë", "Anaïs", "17 jaar", "14 en 17"):
        assert leaked not in text, leaked


def test_versions_and_the_draft_are_chosen_by_option(
    store: Store, family: PlanFamily, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    assert _run(store, "--kind", "gezinsplan", family.casus_id, "--concept",
                "-o", str(out)) == 0
    assert "Concept · " in pdf_text(out.read_bytes())  # the CLI runs on the system clock
    assert _run(store, "--kind", "gezinsplan", family.casus_id, "--versie", "1",
                "-o", str(out)) == 0
    assert "Versie 1 · " in pdf_text(out.read_bytes())


def test_a_password_from_the_environment_protects_the_file(
    store: Store, family: PlanFamily, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLAN_WACHTWOORD", "kóffie-€")
    out = tmp_path / "plan.pdf"
    assert _run(store, "--kind", "gezinsplan-gezin", family.casus_id, "-o", str(out),
                "--password-env", "PLAN_WACHTWOORD") == 0
    assert "Ons gezinsplan" in " ".join(pdf_pages(out.read_bytes(), password="kóffie-€"))


@pytest.mark.parametrize(("args", "message"), [
    (["--kind", "brief", "X"], "unknown --kind 'brief'"),
    (["X"], "unknown --kind None"),
    (["--kind", "gezinsplan", "geen-casus"], "no casus geen-casus"),
    (["--kind", "inzage", "geen-persoon"], "no persoon geen-persoon"),
    (["--kind", "agenda", "geen-zitting"], "no zitting geen-zitting"),
    (["--kind", "verslag", "geen"], "no aanmelding or zitting geen"),
    (["--kind", "plan18", "geen"], "no toekomstplan or casus with a toekomstplan geen"),
    (["--kind", "gezinsplan"], "give an ID and -o FILE"),
    (["--kind", "agenda", "X", "--concept"], "apply to gezinsplan and gezinsplan-gezin only"),
    (["--kind", "gezinsplan", "X", "--versie", "een"], "--versie must be a version number"),
    (["--kind", "gezinsplan", "X", "--password-env", "NIET_GEZET"], "NIET_GEZET is not set"),
    (["--kind", "plan18", "--team", TEAM], "needs both --team and --out-dir"),
    (["--kind", "agenda", "--team", TEAM, "--out-dir", "."], "writes gezinsplannen"),
    (["--kind", "gezinsplan", "--team", "Geen team", "--out-dir", "."], "no team named"),
])
def test_bad_input_is_one_line_and_a_non_zero_exit(
    store: Store, family: PlanFamily, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, args: list[str], message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    has_output = "--team" in args or len(args) < 3
    code = _run(store, *args, *([] if has_output else ["-o", str(tmp_path / "x.pdf")]))
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and err.startswith("casedesk: "), err
    assert message in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_output_folder_is_refused_before_anything_is_exported(
    store: Store, family: PlanFamily, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _run(store, "--kind", "gezinsplan", family.casus_id,
                "-o", str(tmp_path / "nergens" / "plan.pdf"))
    assert code == 1
    assert "does not exist" in capsys.readouterr().err


def test_bulk_export_of_a_team_into_a_folder(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with store.session() as s:
        make_family(s, "een")
        make_family(s, "twee")
    out = tmp_path / "uit"
    out.mkdir()
    assert _run(store, "--kind", "gezinsplan", "--team", TEAM, "--out-dir", str(out)) == 0
    captured = capsys.readouterr()
    files = sorted(out.iterdir())
    assert len(files) == 2
    assert sorted(captured.out.split()) == sorted(str(f) for f in files)
    assert "2/2 gezinsplannen" in captured.err

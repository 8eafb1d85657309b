"""Plan services: typed input, validation, saving the four steps as a three-way merge, drafts
that survive a crash, agreed versions and their comparison, and the kitchen-table view."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from casedesk.clock import fixed_clock
from casedesk.domain.vocabulary import (
    AgreementMethod,
    Decision,
    GoalResult,
    Law,
    ObservationKind,
    Provider,
    SafetyAssessment,
    Step,
)
from casedesk.errors import InvalidInput, RuleViolation, ValidationError
from casedesk.services import plan, regie
from casedesk.services.plan_draft import (
    empty_afspraak,
    empty_goal,
    empty_middel,
    empty_observation,
    format_euro,
    parse_date,
    parse_euro,
    validate_draft,
)
from casedesk.store.database import Store, open_store
from casedesk.store.models import (
    AuditEntry,
    Casus,
    Doel,
    DoelToetsing,
    EigenWoorden,
    OutboxEntry,
    PlanVersie,
    Toetsing,
)
from tests.conftest import NOW
from tests.unit.services.casus_setup import CasusSetup, make_casus

TODAY = NOW.date()


@pytest.fixture
def setup(store: Store) -> CasusSetup:
    return make_casus(store, TODAY)


def base_of(store: Store, casus_id: str) -> dict[str, Any]:
    with store.session() as s:
        return plan.workspace(s, casus_id, today=TODAY).base


def filled_draft(setup: CasusSetup, base: dict[str, Any]) -> dict[str, Any]:
    draft = copy.deepcopy(base)
    va = draft["vraaganalyse"]
    va["veiligheid"] = SafetyAssessment.ZORGEN.value
    va["veiligheid_toelichting"] = "Ruzies tussen de ouders; de kinderen horen het."
    va["eigen_kracht"] = "Oma Ria helpt elke week."
    va["breedte"]["wonen"] = "Te klein huis."
    va["besproken"] = ["wonen", "onderwijs"]
    kracht = empty_observation(setup.members["Noë"], ObservationKind.KRACHT)
    kracht["tekst"] = "Noë kan goed tekenen."
    zorg = empty_observation(None, ObservationKind.ZORG)
    zorg["tekst"] = "Schulden bij de energieleverancier."
    va["observaties"] += [kracht, zorg]
    va["eigen_woorden"][setup.members["Noë"]] = {
        "id": None,
        "vraag": "Dat papa en mama geen ruzie maken.",
        "wensen": "Naar voetbal.",
        "dromen": "Dierenarts worden.",
    }
    goal = empty_goal(setup.members["Noë"])
    goal.update(
        omschrijving="Noë gaat weer elke dag naar school.",
        eindsituatie="Geen verzuim meer, een heel schooljaar.",
    )
    household_goal = empty_goal()
    household_goal.update(omschrijving="Rust in huis.", eindsituatie="Minder ruzie.")
    draft["doelen"] += [goal, household_goal]
    middel = empty_middel()
    middel.update(
        doel_id=goal["id"],
        omschrijving="Ambulante gezinsbegeleiding",
        aanbieder="Entrea Lindenhout",
        soort_aanbieder=Provider.AANBIEDER.value,
        wet=Law.JEUGDWET.value,
        productcode="45A07",
        start="01-12-2026",
        eind="31-05-2027",
        kosten="4.250,00",
        thuis_mogelijk=True,
    )
    draft["middelen"].append(middel)
    afspraak = empty_afspraak()
    afspraak.update(wie="Oma Ria", wat="Brengt Noë op maandag naar school.", wanneer="07-12-2026")
    draft["afspraken"].append(afspraak)
    return draft


# --- typed input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-03-2026", date(2026, 3, 12)),
        ("1-2-2027", date(2027, 2, 1)),
        ("12/03/2026", date(2026, 3, 12)),
        ("12.03.2026", date(2026, 3, 12)),
        ("2026-03-12", date(2026, 3, 12)),
        ("", None),
        ("  ", None),
    ],
)
def test_dates_are_read_as_people_type_them(text: str, expected: date | None) -> None:
    assert parse_date(text, "start") == expected


@pytest.mark.parametrize("text", ["31-02-2026", "morgen", "12-13-2026", "2026"])
def test_a_wrong_date_names_its_field(text: str) -> None:
    with pytest.raises(ValidationError) as bad:
        parse_date(text, "middelen.0.start")
    assert (bad.value.field, bad.value.code) == ("middelen.0.start", "invalid-date")


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1.234,50", 123450),
        ("1234,5", 123450),
        ("€ 80", 8000),
        ("12.50", 1250),
        ("1.000", 100000),
        ("0", 0),
        ("", None),
    ],
)
def test_amounts_are_read_the_dutch_way(text: str, cents: int | None) -> None:
    assert parse_euro(text, "kosten") == cents


@pytest.mark.parametrize(
    ("text", "code"),
    [("veel", "not-a-number"), ("-5", "negative-amount"), ("1,234", "too-many-decimals")],
)
def test_a_wrong_amount_is_refused(text: str, code: str) -> None:
    with pytest.raises(ValidationError) as bad:
        parse_euro(text, "kosten")
    assert bad.value.code == code


def test_amounts_are_shown_the_dutch_way() -> None:
    assert format_euro(123450) == "1.234,50" and format_euro(5) == "0,05"
    assert format_euro(None) == ""


def test_validation_reports_each_bad_field(store: Store, setup: CasusSetup) -> None:
    draft = filled_draft(setup, base_of(store, setup.casus_id))
    draft["middelen"][0].update(
        start="01-06-2027", eind="01-01-2027", kosten="veel", thuis_mogelijk=False
    )
    draft["afspraken"][0].update(wie="", wanneer="32-01-2027")
    draft["doelen"][1]["omschrijving"] = " "
    draft["toetsing"]["datum"] = "01-01-2027"
    errors = {(e.field, e.code) for e in validate_draft(draft, TODAY)}
    assert errors == {
        ("middelen.0.eind", "end-before-start"),
        ("middelen.0.kosten", "not-a-number"),
        ("middelen.0.niet_thuis_reden", "required"),
        ("afspraken.0.wie", "required"),
        ("afspraken.0.wanneer", "invalid-date"),
        ("doelen.1.omschrijving", "required"),
        ("toetsing.datum", "future-date"),
    }


def test_what_the_draft_did_not_touch_never_blocks_saving(store: Store, setup: CasusSetup) -> None:
    base = filled_draft(setup, base_of(store, setup.casus_id))
    base["middelen"][0].update(thuis_mogelijk=False, niet_thuis_reden="")  # stored like this
    draft = copy.deepcopy(base)
    draft["vraaganalyse"]["ernst"] = "Matig."
    assert validate_draft(draft, TODAY, base) == []
    draft["middelen"][0]["productcode"] = "45A08"
    assert [(e.field, e.code) for e in validate_draft(draft, TODAY, base)] == [
        ("middelen.0.niet_thuis_reden", "required")
    ]


# --- saving ----------------------------------------------------------------------------------


def test_saving_writes_every_step_and_reads_back_the_same(store: Store, setup: CasusSetup) -> None:
    base = base_of(store, setup.casus_id)
    draft = filled_draft(setup, base)
    with store.session(setup.regisseur) as s:
        result = plan.save_plan(s, setup.casus_id, base, draft)
    assert set(result.changed) == {"vraaganalyse", "doelen", "middelen", "afspraken"}
    again = base_of(store, setup.casus_id)
    # Everything typed comes back; only the id of new own-words rows is filled in.
    words_id = again["vraaganalyse"]["eigen_woorden"][setup.members["Noë"]].pop("id")
    draft["vraaganalyse"]["eigen_woorden"][setup.members["Noë"]].pop("id")
    assert words_id
    assert again == draft
    with store.session() as s:
        goal = s.get(Doel, draft["doelen"][0]["id"])
        assert goal is not None and goal.persoon_id == setup.members["Noë"]
        entities = set(s.scalars(select(OutboxEntry.entity)))
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == setup.casus_id)
        ).all()
    assert {"doel", "middel", "afspraak", "observatie", "eigen_woorden", "casus"} <= entities
    assert "plan-edit" in actions


def test_costs_and_dates_are_stored_typed(store: Store, setup: CasusSetup) -> None:
    base = base_of(store, setup.casus_id)
    draft = filled_draft(setup, base)
    with store.session(setup.regisseur) as s:
        plan.save_plan(s, setup.casus_id, base, draft)
    with store.session() as s:
        view = plan.workspace(s, setup.casus_id, today=TODAY).detail.middelen[0]
    assert (view.start, view.eind) == (date(2026, 12, 1), date(2027, 5, 31))


def test_saving_keeps_what_others_changed_meanwhile(store: Store, setup: CasusSetup) -> None:
    base = base_of(store, setup.casus_id)
    draft = copy.deepcopy(base)
    draft["vraaganalyse"]["ernst"] = "Ernstig: verzuim en schulden samen."
    with store.session(setup.stand_in) as s:  # e.g. a sync or the stand-in, after the base
        casus = s.get(Casus, setup.casus_id)
        assert casus is not None
        casus.aanleiding = "Verzuim en zorgen over de schulden."
    with store.session(setup.regisseur) as s:
        plan.save_plan(s, setup.casus_id, base, draft)
        casus = s.get(Casus, setup.casus_id)
        assert casus is not None
        assert casus.aanleiding == "Verzuim en zorgen over de schulden."
        assert casus.ernst == "Ernstig: verzuim en schulden samen."


def test_removing_an_item_tombstones_it(store: Store, setup: CasusSetup) -> None:
    base = base_of(store, setup.casus_id)
    draft = filled_draft(setup, base)
    with store.session(setup.regisseur) as s:
        plan.save_plan(s, setup.casus_id, base, draft)
    base = base_of(store, setup.casus_id)
    draft = copy.deepcopy(base)
    removed = draft["doelen"].pop(1)
    with store.session(setup.regisseur) as s:
        plan.save_plan(s, setup.casus_id, base, draft)
        row = s.get(Doel, removed["id"])
        assert row is not None and row.deleted_at is not None
    assert [g["id"] for g in base_of(store, setup.casus_id)["doelen"]] == [draft["doelen"][0]["id"]]


def test_an_invalid_draft_writes_nothing(store: Store, setup: CasusSetup) -> None:
    base = base_of(store, setup.casus_id)
    draft = filled_draft(setup, base)
    draft["middelen"][0]["eind"] = "01-01-2020"
    with store.session(setup.regisseur) as s, pytest.raises(InvalidInput) as bad:
        plan.save_plan(s, setup.casus_id, base, draft)
    assert [(e.field, e.code) for e in bad.value.errors] == [
        ("middelen.0.eind", "end-before-start")
    ]
    assert base_of(store, setup.casus_id) == base


def test_only_the_regiehouder_saves_the_plan(store: Store, setup: CasusSetup) -> None:
    base = base_of(store, setup.casus_id)
    with store.session(setup.colleague) as s, pytest.raises(RuleViolation) as refused:
        plan.save_plan(s, setup.casus_id, base, filled_draft(setup, base))
    assert refused.value.code == "not-regiehouder"


def test_toetsing_outcomes_are_saved_and_the_decision_closes_that_round(
    store: Store, setup: CasusSetup
) -> None:
    base = base_of(store, setup.casus_id)
    with store.session(setup.regisseur) as s:
        plan.save_plan(s, setup.casus_id, base, filled_draft(setup, base))
        for step in (Step.VRAAGANALYSE, Step.RESULTAAT, Step.MIDDELEN):
            regie.conclude_step(s, setup.casus_id, step=step)
    base = base_of(store, setup.casus_id)
    draft = copy.deepcopy(base)
    goal_id = draft["doelen"][0]["id"]
    draft["toetsing"]["uitkomsten"][goal_id] = {
        "resultaat": GoalResult.DEELS.value,
        "visie_gezin": "Het gaat al beter.",
        "visie_professional": "Verzuim gehalveerd.",
    }
    draft["toetsing"]["toelichting"] = "Samen met het gezin besproken."
    with store.session(setup.regisseur) as s:
        result = plan.save_plan(s, setup.casus_id, base, draft)
        regie.conclude_step(
            s, setup.casus_id, step=Step.TOETSING, decision=Decision.BIJSTELLEN_MIDDELEN
        )
        toetsing = s.scalars(select(Toetsing).where(Toetsing.casus_id == setup.casus_id)).one()
        outcome = s.scalars(
            select(DoelToetsing).where(DoelToetsing.toetsing_id == toetsing.id)
        ).one()
    assert result.changed == ("toetsing",)
    assert (toetsing.datum, toetsing.besluit) == (TODAY, "bijstellen_middelen")
    assert (outcome.doel_id, outcome.resultaat) == (goal_id, "deels")
    # The next round starts empty; the concluded one stays in the history.
    assert base_of(store, setup.casus_id)["toetsing"]["uitkomsten"] == {}


# --- drafts ----------------------------------------------------------------------------------


def test_a_draft_survives_closing_the_app_and_is_dropped_by_saving(
    store: Store, setup: CasusSetup
) -> None:
    base = base_of(store, setup.casus_id)
    draft = filled_draft(setup, base)
    with store.session(setup.regisseur) as s:
        plan.save_draft(s, setup.casus_id, base, draft)
    path = store.profile.path
    store.close()  # as if the app died: nothing but the draft was written
    reopened = open_store(path, clock=fixed_clock(NOW))
    try:
        with reopened.session() as s:
            stored = plan.workspace(s, setup.casus_id, today=TODAY).stored
        assert stored is not None and not stored.stale
        assert stored.draft == draft and stored.base == base and stored.saved_at == NOW
        with reopened.session(setup.regisseur) as s:
            plan.save_plan(s, setup.casus_id, stored.base, stored.draft)
        with reopened.session() as s:
            assert plan.stored_draft(s, setup.casus_id) is None
    finally:
        reopened.close()


def test_a_draft_on_an_outdated_base_is_marked_stale(store: Store, setup: CasusSetup) -> None:
    base = base_of(store, setup.casus_id)
    with store.session(setup.regisseur) as s:
        plan.save_draft(s, setup.casus_id, base, filled_draft(setup, base))
        casus = s.get(Casus, setup.casus_id)
        assert casus is not None
        casus.ernst = "Gewijzigd door een collega."
    with store.session() as s:
        stored = plan.stored_draft(s, setup.casus_id)
    assert stored is not None and stored.stale


def test_a_draft_can_be_discarded(store: Store, setup: CasusSetup) -> None:
    base = base_of(store, setup.casus_id)
    with store.session(setup.regisseur) as s:
        plan.save_draft(s, setup.casus_id, base, filled_draft(setup, base))
        plan.discard_draft(s, setup.casus_id)
        assert plan.stored_draft(s, setup.casus_id) is None


# --- versions --------------------------------------------------------------------------------


def test_agreeing_freezes_a_version_and_later_edits_start_a_new_one(
    store: Store, setup: CasusSetup
) -> None:
    base = base_of(store, setup.casus_id)
    with store.session(setup.regisseur) as s:
        plan.save_plan(s, setup.casus_id, base, filled_draft(setup, base))
    with store.session(setup.regisseur) as s, pytest.raises(InvalidInput) as bad:
        plan.agree_plan(s, setup.casus_id, "", date(2026, 12, 1), AgreementMethod.IN_PERSOON)
    assert {(e.field, e.code) for e in bad.value.errors} == {
        ("akkoord_door", "required"),
        ("akkoord_op", "future-date"),
    }
    with store.session(setup.regisseur) as s:
        v1 = plan.agree_plan(
            s, setup.casus_id, "Anaïs de Wit en Emre Çelik", TODAY, AgreementMethod.HANDTEKENING
        )
    assert (v1.versie, v1.doelen, v1.middelen, v1.afspraken) == (1, 2, 1, 1)
    with store.session() as s:
        ws = plan.workspace(s, setup.casus_id, today=TODAY)
        frozen = s.scalars(select(PlanVersie)).one().inhoud
    assert ws.versies[-1].versie == 1
    assert not plan.compare_versions(s, setup.casus_id, 1, None).changes  # nothing changed yet
    assert frozen["doelen"][0]["omschrijving"] == "Noë gaat weer elke dag naar school."

    draft = copy.deepcopy(ws.base)
    draft["doelen"][0]["eindsituatie"] = "Een heel schooljaar zonder verzuim."
    draft["middelen"][0]["eind"] = "30-06-2027"
    draft["afspraken"].clear()
    new_goal = empty_goal()
    new_goal["omschrijving"] = "Emre vindt werk."
    draft["doelen"].append(new_goal)
    with store.session(setup.regisseur) as s:
        plan.save_plan(s, setup.casus_id, ws.base, draft)
    with store.session() as s:
        ws = plan.workspace(s, setup.casus_id, today=TODAY)
        concept = plan.compare_versions(s, setup.casus_id, 1, None)
    assert concept.changes and frozen == s.scalars(select(PlanVersie)).one().inhoud
    with store.session(setup.regisseur) as s:
        v2 = plan.agree_plan(s, setup.casus_id, "Anaïs de Wit", TODAY, AgreementMethod.TELEFONISCH)
        compared = plan.compare_versions(s, setup.casus_id, 1, 2)
    assert v2.versie == 2 and compared.changes == concept.changes
    summary = {(c.section, c.kind, c.title): c.fields for c in compared.changes}
    assert set(summary) == {
        ("doelen", "gewijzigd", "Noë gaat weer elke dag naar school."),
        ("doelen", "toegevoegd", "Emre vindt werk."),
        ("middelen", "gewijzigd", "Ambulante gezinsbegeleiding"),
        ("afspraken", "verwijderd", "Brengt Noë op maandag naar school."),
    }
    changed_goal = summary[("doelen", "gewijzigd", "Noë gaat weer elke dag naar school.")]
    assert [(f.field, f.old, f.new) for f in changed_goal] == [
        (
            "eindsituatie",
            "Geen verzuim meer, een heel schooljaar.",
            "Een heel schooljaar zonder verzuim.",
        )
    ]
    assert [
        (f.field, f.new) for f in summary[("middelen", "gewijzigd", "Ambulante gezinsbegeleiding")]
    ] == [("eind", "2027-06-30")]
    with store.session() as s:
        actions = s.scalars(
            select(AuditEntry.action).where(AuditEntry.entity_id == setup.casus_id)
        ).all()
    assert actions.count("plan-agree") == 2


def test_a_reworded_goal_counts_as_changed_not_as_removed_and_added() -> None:
    old = {"doelen": ["Noë gaat weer elke dag naar school."]}  # the oldest snapshots
    new = {
        "doelen": [
            {
                "nummer": 1,
                "omschrijving": "Noë gaat weer iedere dag naar school.",
                "eindsituatie": "",
            }
        ]
    }
    changes = list(plan.diff_contents(old, new))
    # Only what both snapshots hold is compared: the old one had no end state.
    assert [(c.kind, [f.field for f in c.fields]) for c in changes] == [
        ("gewijzigd", ["omschrijving"])
    ]
    same = {
        "doelen": [
            {"nummer": 1, "omschrijving": "Noë gaat weer elke dag naar school.", "eindsituatie": ""}
        ]
    }
    assert list(plan.diff_contents(old, same)) == []


# --- the kitchen table -----------------------------------------------------------------------


def test_the_kitchen_view_holds_the_family_plan_without_internal_notes(
    store: Store, setup: CasusSetup
) -> None:
    base = base_of(store, setup.casus_id)
    with store.session(setup.regisseur) as s:
        plan.save_plan(s, setup.casus_id, base, filled_draft(setup, base))
        casus = s.get(Casus, setup.casus_id)
        assert casus is not None
        casus.ernst = "INTERN: ernstige situatie"
    with store.session(setup.colleague) as s:
        regie.add_contribution(s, setup.casus_id, "INTERN: overleg met de huisarts.")
    with store.session(setup.regisseur) as s:
        kitchen = plan.kitchen_plan(s, setup.casus_id)
        words = s.scalars(select(EigenWoorden)).one()
    assert kitchen.huishouden == "Gezin Çelik-de Wit"
    assert [g.omschrijving for g in kitchen.doelen] == [
        "Noë gaat weer elke dag naar school.",
        "Rust in huis.",
    ]
    assert kitchen.doelen[0].voor == "Noë"
    assert kitchen.hulp[0].wie == "Entrea Lindenhout"
    assert kitchen.eigen_woorden[0].vraag == words.vraag
    assert ("Noë", "Noë kan goed tekenen.") in kitchen.krachten
    text = repr(kitchen)
    for internal in ("INTERN", "Ruzies tussen de ouders", "45A07", "425000", "4.250"):
        assert internal not in text


def test_topics_with_a_note_count_as_discussed_until_the_checklist_is_used(
    store: Store, setup: CasusSetup
) -> None:
    with store.session() as s:
        casus = s.get(Casus, setup.casus_id)
        assert casus is not None
        casus.breedte = {"wonen": "Te klein huis.", "onderwijs": "Verzuim.", "trauma": ""}
    base = base_of(store, setup.casus_id)
    assert base["vraaganalyse"]["besproken"] == ["wonen", "onderwijs"]
    draft = copy.deepcopy(base)
    draft["vraaganalyse"]["besproken"] = ["onderwijs", "veiligheid"]
    with store.session(setup.regisseur) as s:
        plan.save_plan(s, setup.casus_id, base, draft)
        casus = s.get(Casus, setup.casus_id)
        assert casus is not None
        assert casus.breedte["besproken"] == ["veiligheid", "onderwijs"]
        assert casus.breedte["wonen"] == "Te klein huis."  # the note stays

"""The 18+ services on a real encrypted store: timeline, plan, checklist, agreement, warme
overdracht, the Tussen wal en schip aanmelding and the per-gemeente settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.transition18 import ChecklistAlert, ChecklistItem, TimelinePhase
from casedesk.domain.vocabulary import (
    AanmeldingStatus,
    AgreementMethod,
    CaseStatus,
    Financing18,
    MemberRole,
    Plan18Status,
    Regime,
    Role,
    Step,
    Theme18,
    ThemeStatus,
)
from casedesk.errors import InvalidInput, NotFound, RuleViolation
from casedesk.region import TeamRef, load_region
from casedesk.services import cases, reference
from casedesk.services import transition18 as t18
from casedesk.store.database import Store
from casedesk.store.models import (
    Aanmelding,
    Afspraak,
    AuditEntry,
    Casus,
    Gemeente,
    Huishouden,
    OutboxEntry,
    Persoon,
    Plan18,
    Plan18Thema,
    Professional,
    Tafel,
)
from tests.conftest import NOW

TODAY = NOW.date()  # 2026-11-02


@dataclass(frozen=True)
class World:
    me: str
    colleague: str
    casus: str
    other_casus: str
    team: str
    gemeente: str
    youths: dict[str, str]  # first name -> persoon id


def _household(
    s: Session, team: TeamRef, name: str, youths: dict[str, date | None]
) -> tuple[str, dict[str, str]]:
    h = Huishouden(naam=name, gemeente_id=team.gemeente_id, team_id=team.id)
    s.add(h)
    s.flush()
    ids = {}
    for first, born in youths.items():
        p = Persoon(
            huishouden_id=h.id,
            voornaam=first,
            achternaam=name.split()[-1],
            geboortedatum=born,
            rol=MemberRole.JEUGDIGE.value,
        )
        s.add(p)
        s.flush()
        ids[first] = p.id
    return h.id, ids


def _casus(s: Session, household: str, team: TeamRef, regisseur: str) -> str:
    c = Casus(
        huishouden_id=household,
        team_id=team.id,
        gemeente_id=team.gemeente_id,
        casusregisseur_id=regisseur,
        verwijzer="school",
        status=CaseStatus.OPEN.value,
        stap=Step.MIDDELEN.value,
        regime=Regime.LOKAAL_VRIJWILLIG.value,
        geopend_op=date(2026, 1, 5),
    )
    s.add(c)
    s.flush()
    return c.id


@pytest.fixture
def world(store: Store) -> World:
    region = load_region()
    team, other_team = region.teams[0], region.teams[1]
    with store.session() as s:
        reference.install_region(s, region)
    with store.session() as s:
        me = Professional(
            naam="Sanne de Vries",
            gebruikersnaam="sanne",
            team_id=team.id,
            rollen=[Role.CASUSREGISSEUR.value],
        )
        colleague = Professional(
            naam="Joris Bakker",
            gebruikersnaam="joris",
            team_id=other_team.id,
            rollen=[Role.CASUSREGISSEUR.value],
        )
        s.add_all([me, colleague])
        s.flush()
        household, youths = _household(
            s,
            team,
            "Gezin Çelik",
            {
                "Sem": date(2010, 5, 15),  # 16; plan due from 15 November 2026
                "Noör": date(2009, 3, 10),  # 17; 18 on 10 March 2027: at risk
                "Leap": date(2008, 2, 29),  # turned 18 on 1 March 2026
                "Onbekend": None,  # no known birth date
                "Kleine": date(2015, 6, 1),  # 11: not on the timeline
                "Oud": date(2007, 1, 1),  # 19
            },
        )
        casus = _casus(s, household, team, me.id)
        other_household, other_youths = _household(
            s, other_team, "Gezin Jansen", {"Daan": date(2009, 8, 1)}
        )
        other_casus = _casus(s, other_household, other_team, colleague.id)
        store.me = me.id
        return World(
            me.id,
            colleague.id,
            casus,
            other_casus,
            team.id,
            team.gemeente_id,
            youths | other_youths,
        )


def mine(store: Store, scope: t18.Scope = t18.Scope.MINE, team: str | None = None) -> t18.Timeline:
    with store.session() as s:
        return t18.timeline(s, t18.TimelineQuery(scope, team), today=TODAY, me=store.me)


def by_name(timeline: t18.Timeline) -> dict[str, t18.TimelineRow]:
    return {r.naam.split()[0]: r for r in timeline.rows}


class TestTimeline:
    def test_shows_everyone_from_16_with_a_phase(self, store: Store, world: World) -> None:
        rows = by_name(mine(store))
        assert set(rows) == {"Sem", "Noör", "Leap", "Onbekend", "Oud"}
        assert rows["Sem"].phase is TimelinePhase.TOO_EARLY
        assert rows["Noör"].phase is TimelinePhase.AT_RISK
        assert rows["Leap"].phase is TimelinePhase.OVERDUE
        assert rows["Onbekend"].phase is TimelinePhase.UNKNOWN
        assert rows["Sem"].plan_id is None and rows["Sem"].status is Plan18Status.NIET_GESTART
        assert rows["Sem"].open_items == len(ChecklistItem)
        assert rows["Noör"].milestones is not None
        assert rows["Noör"].milestones.eighteen == date(2027, 3, 10)
        assert all(r.mine for r in rows.values())

    def test_most_urgent_first_with_counts(self, store: Store, world: World) -> None:
        tl = mine(store)
        assert [r.phase for r in tl.rows][:2] == [TimelinePhase.OVERDUE, TimelinePhase.OVERDUE]
        assert tl.rows[-1].phase is TimelinePhase.TOO_EARLY
        assert dict(tl.counts) == {
            TimelinePhase.OVERDUE: 2,
            TimelinePhase.AT_RISK: 1,
            TimelinePhase.UNKNOWN: 1,
            TimelinePhase.TOO_EARLY: 1,
        }

    def test_scopes(self, store: Store, world: World) -> None:
        assert "Daan" not in by_name(mine(store))
        with store.session() as s:
            team = s.scalar(select(Casus.team_id).where(Casus.id == world.other_casus))
        assert set(by_name(mine(store, t18.Scope.TEAM, team))) == {"Daan"}
        region = by_name(mine(store, t18.Scope.REGION))
        assert "Daan" in region and not region["Daan"].mine
        with pytest.raises(InvalidInput):
            mine(store, t18.Scope.TEAM, None)

    def test_a_closed_casus_leaves_the_timeline(self, store: Store, world: World) -> None:
        with store.session() as s:
            c = s.get(Casus, world.casus)
            assert c is not None
            c.status = CaseStatus.GESLOTEN.value
        assert mine(store).rows == ()

    def test_handed_over_leaves_at_18_but_waakvlam_keeps_them(
        self, store: Store, world: World
    ) -> None:
        plan = start(store, world, "Oud")
        with store.session() as s:
            t18.hand_over(s, plan.plan_id, handover(op="01-10-2026"))
        assert "Oud" not in by_name(mine(store))
        with store.session() as s:
            t18.hand_over(s, plan.plan_id, handover(op="01-10-2026", waakvlam_tot="31-12-2026"))
        assert by_name(mine(store))["Oud"].phase is TimelinePhase.DONE

    def test_the_gemeentes_start_age_moves_the_due_date(self, store: Store, world: World) -> None:
        with store.session() as s:
            t18.update_gemeente_settings(
                s, world.gemeente, start_age_months=16 * 12, extended_until_age=23
            )
        rows = by_name(mine(store))
        assert rows["Sem"].phase is TimelinePhase.DUE
        assert rows["Sem"].verlengd_tot == 23


def start(store: Store, world: World, name: str) -> t18.PlanView:
    with store.session() as s:
        return t18.start_plan(s, world.casus, world.youths[name])


def handover(**overrides: str) -> t18.HandoverEdit:
    values = {
        "organisatie": "Wmo-team Nijmegen",
        "persoon": "Jeroen Kuipers",
        "op": "20-10-2026",
        "inhoud": "Toekomstplan en afspraken over wonen; kennismaking samen gedaan.",
        "vaste_contactpersoon": "Jeroen Kuipers",
        "waakvlam_tot": "",
    } | overrides
    return t18.HandoverEdit(**values)


def full_edit(action_date: str = "15-12-2026") -> t18.PlanEdit:
    themes = tuple(
        t18.ThemeEdit(
            theme,
            situatie=f"Situatie {theme.value}: woont bij moeder in Groesbeek.",
            doel=f"Ik wil zelf mijn zaken regelen ({theme.value}), ook na mijn 18e.",
            financiering=Financing18.WMO if theme is Theme18.WONEN else Financing18.GEEN,
            status=ThemeStatus.LOOPT,
            acties=(t18.ActionEdit("Inschrijven bij Entree", "Noör", action_date),)
            if theme is Theme18.WONEN
            else (),
        )
        for theme in Theme18
    )
    checklist = (
        t18.ChecklistEdit(ChecklistItem.DIGID, "Noör", gedaan=False),
        t18.ChecklistEdit(ChecklistItem.ZORGVERZEKERING, "Moeder", gedaan=True),
    )
    return t18.PlanEdit(themes=themes, checklist=checklist, verlengd=False)


class TestPlan:
    def test_start_makes_five_themes_and_the_checklist(self, store: Store, world: World) -> None:
        plan = start(store, world, "Noör")
        assert plan.status is Plan18Status.IN_UITVOERING
        assert plan.gestart_op == TODAY
        assert [t.thema for t in plan.themes] == list(Theme18)
        assert [c.item for c in plan.checklist] == list(ChecklistItem)
        assert not plan.adult
        assert start(store, world, "Noör").plan_id == plan.plan_id  # once per young person
        with store.session() as s:
            assert s.scalar(select(Plan18Thema.id).where(Plan18Thema.plan_id == plan.plan_id))
            actions = s.scalars(
                select(AuditEntry.action).where(AuditEntry.entity_id == plan.plan_id)
            ).all()
        assert "create" in actions and "view" in actions

    def test_only_for_a_jeugdige_of_the_casus(self, store: Store, world: World) -> None:
        with store.session() as s, pytest.raises(NotFound):
            t18.start_plan(s, world.casus, world.youths["Daan"])

    def test_save_stores_themes_actions_and_checklist(self, store: Store, world: World) -> None:
        plan = start(store, world, "Noör")
        with store.session() as s:
            saved = t18.save_plan(s, plan.plan_id, full_edit())
        wonen = saved.themes[1]
        assert wonen.thema is Theme18.WONEN
        assert wonen.doel == "Ik wil zelf mijn zaken regelen (wonen), ook na mijn 18e."
        assert wonen.financiering is Financing18.WMO
        assert wonen.acties[0].wat == "Inschrijven bij Entree"
        assert wonen.acties[0].wanneer == date(2026, 12, 15)
        checklist = {c.item: c for c in saved.checklist}
        assert checklist[ChecklistItem.ZORGVERZEKERING].gedaan
        assert checklist[ChecklistItem.DIGID].wie == "Noör"
        # Four months before 18 only DigiD warns (its lead time is six months).
        warned = {c.item: c.warning for c in saved.checklist if c.warning}
        assert set(warned) == {ChecklistItem.DIGID}
        assert warned[ChecklistItem.DIGID].alert is ChecklistAlert.SOON
        with store.session() as s:
            stored = s.scalar(
                select(Plan18Thema).where(
                    Plan18Thema.plan_id == plan.plan_id, Plan18Thema.thema == "wonen"
                )
            )
            assert stored is not None and stored.situatie.endswith("Groesbeek.")
            entities = set(s.scalars(select(OutboxEntry.entity)))
        assert {"plan18", "plan18_thema", "afspraak"} <= entities

    def test_actions_show_in_the_casus_as_afspraken(self, store: Store, world: World) -> None:
        plan = start(store, world, "Noör")
        with store.session() as s:
            saved = t18.save_plan(s, plan.plan_id, full_edit())
        action_id = saved.themes[1].acties[0].action_id
        with store.session() as s:
            detail = cases.case_detail(s, world.casus, today=TODAY)
        afspraak = next(a for a in detail.afspraken if a.afspraak_id == action_id)
        assert (afspraak.wat, afspraak.bron) == ("Inschrijven bij Entree", "plan18")
        # Saving again keeps the same afspraak; removing the action tombstones it.
        edit = full_edit()
        keep = tuple(
            t18.ThemeEdit(
                t.thema,
                acties=tuple(
                    t18.ActionEdit(a.wat, a.wie, a.wanneer, True, action_id) for a in t.acties
                ),
            )
            for t in edit.themes
        )
        with store.session() as s:
            again = t18.save_plan(s, plan.plan_id, t18.PlanEdit(themes=keep))
        assert again.themes[1].acties[0].action_id == action_id
        assert again.themes[1].acties[0].gedaan
        with store.session() as s:
            t18.save_plan(
                s, plan.plan_id, t18.PlanEdit(themes=tuple(t18.ThemeEdit(t) for t in Theme18))
            )
            row = s.get(Afspraak, action_id)
            assert row is not None and row.deleted_at is not None

    def test_bad_fields_are_all_reported_and_nothing_is_written(
        self, store: Store, world: World
    ) -> None:
        plan = start(store, world, "Noör")
        themes = (
            t18.ThemeEdit(
                Theme18.WONEN,
                situatie="nieuw",
                acties=(
                    t18.ActionEdit("", "Noör", "morgen"),
                    t18.ActionEdit("", "", ""),  # an empty row is ignored
                ),
            ),
        )
        with store.session() as s, pytest.raises(InvalidInput) as caught:
            t18.save_plan(s, plan.plan_id, t18.PlanEdit(themes=themes))
        assert {(e.field, e.code) for e in caught.value.errors} == {
            ("thema.wonen.actie.0.wat", "required"),
            ("thema.wonen.actie.0.wanneer", "invalid-date"),
        }
        with store.session() as s:
            assert t18.get_plan(s, plan.plan_id).themes[1].situatie == ""

    def test_writing_in_a_plan_that_was_not_started_starts_it(
        self, store: Store, world: World
    ) -> None:
        plan = start(store, world, "Noör")
        with store.session() as s:
            row = s.get(Plan18, plan.plan_id)
            assert row is not None
            row.status, row.gestart_op = Plan18Status.NIET_GESTART.value, None
        with store.session() as s:
            saved = t18.save_plan(s, plan.plan_id, full_edit())
        assert saved.status is Plan18Status.IN_UITVOERING and saved.gestart_op == TODAY

    def test_youths_for_the_casus_button(self, store: Store, world: World) -> None:
        plan = start(store, world, "Noör")
        with store.session() as s:
            youths = {
                y.naam.split()[0]: y for y in t18.youths_for_case(s, world.casus, today=TODAY)
            }
        assert set(youths) == {"Sem", "Noör", "Leap", "Onbekend", "Oud"}
        assert youths["Noör"].plan_id == plan.plan_id
        assert list(youths)[-1] == "Onbekend"


class TestAgreement:
    def test_before_18_parents_may_agree_as_well(self, store: Store, world: World) -> None:
        plan = start(store, world, "Noör")
        with store.session() as s:
            agreed = t18.record_agreement(
                s,
                plan.plan_id,
                op="01-11-2026",
                wijze=AgreementMethod.IN_PERSOON,
                parents_also=True,
            )
        assert agreed.status is Plan18Status.AFGESPROKEN
        assert agreed.akkoord_door is ConsentGiver.JEUGDIGE_EN_OUDERS
        assert agreed.akkoord_op == date(2026, 11, 1)

    def test_from_18_only_the_young_person(self, store: Store, world: World) -> None:
        plan = start(store, world, "Leap")
        assert plan.adult
        with store.session() as s, pytest.raises(RuleViolation) as caught:
            t18.record_agreement(
                s,
                plan.plan_id,
                op="02-11-2026",
                wijze=AgreementMethod.TELEFONISCH,
                parents_also=True,
            )
        assert caught.value.code == "adult-decides-alone"
        with store.session() as s:
            agreed = t18.record_agreement(
                s, plan.plan_id, op="02-11-2026", wijze=AgreementMethod.TELEFONISCH
            )
        assert agreed.akkoord_door is ConsentGiver.JEUGDIGE

    def test_date_and_way_are_checked(self, store: Store, world: World) -> None:
        plan = start(store, world, "Noör")
        with store.session() as s, pytest.raises(InvalidInput) as caught:
            t18.record_agreement(s, plan.plan_id, op="03-11-2026", wijze=None)
        assert {(e.field, e.code) for e in caught.value.errors} == {
            ("akkoord_op", "future-date"),
            ("akkoord_wijze", "required"),
        }


class TestHandover:
    def test_every_missing_field_is_named(self, store: Store, world: World) -> None:
        plan = start(store, world, "Noör")
        with store.session() as s, pytest.raises(InvalidInput) as caught:
            t18.hand_over(s, plan.plan_id, t18.HandoverEdit("", " ", "", "", ""))
        assert {e.field for e in caught.value.errors} == {
            "overdracht_organisatie",
            "overdracht_persoon",
            "overdracht_op",
            "overdracht_inhoud",
            "vaste_contactpersoon",
        }

    def test_dates(self, store: Store, world: World) -> None:
        plan = start(store, world, "Noör")
        with store.session() as s, pytest.raises(InvalidInput) as caught:
            t18.hand_over(s, plan.plan_id, handover(op="05-11-2026", waakvlam_tot="1-1-2026"))
        assert {(e.field, e.code) for e in caught.value.errors} == {
            ("overdracht_op", "future-date"),
            ("waakvlam_tot", "end-before-start"),
        }
        with store.session() as s, pytest.raises(InvalidInput) as caught:
            t18.hand_over(s, plan.plan_id, handover(waakvlam_tot="1-10-2026"))
        assert {(e.field, e.code) for e in caught.value.errors} == {
            ("waakvlam_tot", "end-before-start"),
        }

    def test_hand_over_is_stored(self, store: Store, world: World) -> None:
        plan = start(store, world, "Noör")
        with store.session() as s:
            done = t18.hand_over(s, plan.plan_id, handover(waakvlam_tot="20-1-2027"))
        assert done.status is Plan18Status.OVERGEDRAGEN
        assert done.phase is TimelinePhase.DONE
        assert done.overdracht == t18.HandoverView(
            "Wmo-team Nijmegen",
            "Jeroen Kuipers",
            date(2026, 10, 20),
            "Toekomstplan en afspraken over wonen; kennismaking samen gedaan.",
            "Jeroen Kuipers",
            date(2027, 1, 20),
        )
        with store.session() as s:
            assert (
                "handover"
                in s.scalars(
                    select(AuditEntry.action).where(AuditEntry.entity_id == plan.plan_id)
                ).all()
            )


class TestTussenWalEnSchip:
    def test_needs_a_stuck_theme(self, store: Store, world: World) -> None:
        plan = start(store, world, "Noör")
        with store.session() as s, pytest.raises(RuleViolation) as caught:
            t18.prepare_tws_aanmelding(s, plan.plan_id)
        assert caught.value.code == "no-stuck-theme"

    def test_prepares_one_concept_with_only_the_stuck_themes(
        self, store: Store, world: World
    ) -> None:
        plan = start(store, world, "Noör")
        edit = full_edit()
        themes = tuple(
            t
            if t.thema is not Theme18.WONEN
            else t18.ThemeEdit(
                t.thema,
                "Geen woonplek na het gezinshuis.",
                "Ik wil een kamer.",
                None,
                ThemeStatus.VASTGELOPEN,
            )
            for t in edit.themes
        )
        with store.session() as s:
            saved = t18.save_plan(s, plan.plan_id, t18.PlanEdit(themes=themes))
        assert saved.stuck == (Theme18.WONEN,)
        with store.session() as s:
            result = t18.prepare_tws_aanmelding(s, plan.plan_id)
        assert result.created and result.themes == (Theme18.WONEN,)
        with store.session() as s:
            a = s.get(Aanmelding, result.aanmelding_id)
            assert a is not None
            tafel = s.get(Tafel, a.tafel_id)
            assert tafel is not None and tafel.code == "TWS"
            assert a.status == AanmeldingStatus.CONCEPT.value
            assert a.casus_id == world.casus
            # The question names the stuck theme with its situation and the young person's goal;
            # the summary shares only the young person's own line of the casus.
            assert "Wonen: Geen woonplek na het gezinshuis." in a.vraag
            assert "Ik wil een kamer." in a.vraag
            assert "Inkomen" not in a.vraag and "Groesbeek" not in a.vraag
            assert "Noör Çelik: jeugdige, 17 jaar" in a.samenvatting
            assert "Sem" not in a.samenvatting
            assert a.documenten[0]["soort"] == "toekomstplan 18+"
        with store.session() as s:
            again = t18.prepare_tws_aanmelding(s, plan.plan_id)
            view = t18.get_plan(s, plan.plan_id)
        assert again.aanmelding_id == result.aanmelding_id and not again.created
        assert view.tws == t18.AanmeldingRef(result.aanmelding_id, AanmeldingStatus.CONCEPT)


class TestGemeenteSettings:
    def test_out_of_range_is_refused_field_by_field(self, store: Store, world: World) -> None:
        with store.session() as s, pytest.raises(InvalidInput) as caught:
            t18.update_gemeente_settings(
                s, world.gemeente, start_age_months=12, extended_until_age=30
            )
        assert {e.field for e in caught.value.errors} == {
            "start_age_months",
            "extended_until_age",
        }

    def test_stored_audited_and_sent_to_the_region(self, store: Store, world: World) -> None:
        with store.session() as s:
            t18.update_gemeente_settings(
                s, world.gemeente, start_age_months=17 * 12, extended_until_age=23
            )
        with store.session() as s:
            settings = {g.gemeente_id: g for g in t18.gemeente_settings(s)}
            g = s.get(Gemeente, world.gemeente)
            assert g is not None and (g.start18_maanden, g.verlengd_tot) == (204, 23)
            assert s.scalar(select(OutboxEntry.seq).where(OutboxEntry.entity == "gemeente"))
            assert (
                "settings"
                in s.scalars(
                    select(AuditEntry.action).where(AuditEntry.entity_id == world.gemeente)
                ).all()
            )
        assert settings[world.gemeente].start_age_months == 204
        assert len(settings) == 7

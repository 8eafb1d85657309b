"""Documents from the store: builds the frozen dataclasses of ``casedesk.export.documents``.

Building reads only; ``export_document`` and ``team_plan_documents`` also write the audit entry
every export needs (AVG) — before any file exists, so the log never misses an export.
``gezinsplan_snapshot`` is the one JSON form of a plan version: the plan-agreement service
freezes it into ``PlanVersie.inhoud`` and the export renders an agreed version from it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from casedesk.domain.consent import ConsentGiver
from casedesk.domain.dates import birthday
from casedesk.domain.vocabulary import (
    AgreementMethod,
    BreadthTopic,
    CaseStatus,
    Decision,
    Financing18,
    GoalResult,
    Law,
    MemberRole,
    NetworkKind,
    ObservationKind,
    Plan18Status,
    Provider,
    Regime,
    SafetyAssessment,
    Step,
    Theme18,
    ThemeStatus,
)
from casedesk.errors import NotFound, ValidationError
from casedesk.export import documents as d
from casedesk.export.snapshot import gezinsplan_from_snapshot, gezinsplan_to_snapshot
from casedesk.services.reference import me
from casedesk.store import audit
from casedesk.store.models import (
    Aanmelding,
    Afspraak,
    AuditEntry,
    Bijdrage,
    Casus,
    Doel,
    DoelToetsing,
    EigenWoorden,
    Gemeente,
    Huishouden,
    Middel,
    NetwerkContact,
    Observatie,
    Persoon,
    Plan18,
    Plan18Thema,
    PlanVersie,
    Professional,
    StapLog,
    Team,
    Toestemming,
    Toetsing,
)

M = TypeVar("M")
E = TypeVar("E", bound=StrEnum)


class ExportKind(StrEnum):
    GEZINSPLAN = "gezinsplan"
    GEZINSPLAN_GEZIN = "gezinsplan-gezin"
    PLAN18 = "plan18"
    AGENDA = "agenda"
    VERSLAG = "verslag"
    INZAGE = "inzage"


# --- small readers ---------------------------------------------------------------------------


def _live(model: type[M]) -> Select[M]:
    return select(model).where(model.deleted_at.is_(None))  # type: ignore[attr-defined]


def _get(session: Session, model: type[M], row_id: str, what: str) -> M:
    row = session.get(model, row_id)
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFound(f"no {what} {row_id}")
    return row


def _naam(p: Persoon) -> str:
    return " ".join(part for part in (p.voornaam, p.tussenvoegsel, p.achternaam) if part)


def _contact(p: Professional | None) -> d.Contact:
    if p is None:
        return d.Contact("")
    return d.Contact(p.naam, p.organisatie, p.telefoon, p.email)


def _enum(kind: type[E], code: str | None) -> E | None:
    """A stored code as its enum; empty or unknown (from a newer build) reads as missing."""
    try:
        return kind(code) if code else None
    except ValueError:
        return None


def _day(value: Any) -> date | None:
    """A date from JSON configuration or lists (ISO string); anything else reads as missing."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _acties(items: Iterable[Any]) -> tuple[d.Actie, ...]:
    return tuple(
        d.Actie(str(a.get("wat", "")), str(a.get("wie", "")), _day(a.get("wanneer")),
                bool(a.get("gedaan", False)))
        for a in items if isinstance(a, dict)
    )


def _members(session: Session, household_id: str) -> list[Persoon]:
    return list(session.scalars(
        _live(Persoon).where(Persoon.huishouden_id == household_id)
        .order_by(Persoon.geboortedatum.is_(None), Persoon.geboortedatum, Persoon.voornaam)
    ))


def _previous_exports(session: Session, entity: str, entity_id: str, kind: ExportKind) -> int:
    details = session.scalars(select(AuditEntry.detail).where(
        AuditEntry.action == "export", AuditEntry.entity == entity,
        AuditEntry.entity_id == entity_id))
    return sum(1 for detail in details if detail.get("kind") == kind.value)


# --- gezinsplan ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanRows:
    """The live rows one gezinsplan is made of, each list in plan order (see ``load_plans``)."""

    casus: Casus
    household: Huishouden
    gemeente: Gemeente
    team: Team
    regisseur: Professional | None
    stand_in: Professional | None
    members: Sequence[Persoon]
    network: Sequence[NetwerkContact]
    goals: Sequence[Doel]
    observations: Sequence[Observatie]
    eigen_woorden: Sequence[EigenWoorden]
    middelen: Sequence[Middel]
    afspraken: Sequence[Afspraak]
    toetsingen: Sequence[Toetsing]
    outcomes: Mapping[str, Sequence[DoelToetsing]]  # by toetsing id


def _grouped(session: Session, query: Select[M], key: Callable[[M], str]) -> dict[str, list[M]]:
    groups: dict[str, list[M]] = {}
    for row in session.scalars(query):
        groups.setdefault(key(row), []).append(row)
    return groups


def load_plans(session: Session, casus_ids: Collection[str]) -> dict[str, PlanRows]:
    """The rows of the plans of ``casus_ids``, with one query per table however many casussen
    (the demo freezes hundreds at a time). A casus, or its household, gemeente or team, that
    is missing or deleted raises ``NotFound``."""
    ids = list(casus_ids)
    cases = {c.id: c for c in session.scalars(_live(Casus).where(Casus.id.in_(ids)))}
    for casus_id in ids:
        if casus_id not in cases:
            raise NotFound(f"no casus {casus_id}")

    def by_id(model: type[M], wanted: set[str], what: str) -> dict[str, M]:
        found = {r.id: r for r in session.scalars(  # type: ignore[attr-defined]
            _live(model).where(model.id.in_(wanted)))}  # type: ignore[attr-defined]
        for row_id in wanted - found.keys():
            raise NotFound(f"no {what} {row_id}")
        return found

    household_ids = {c.huishouden_id for c in cases.values()}
    households = by_id(Huishouden, household_ids, "huishouden")
    gemeenten = by_id(Gemeente, {c.gemeente_id for c in cases.values()}, "gemeente")
    teams = by_id(Team, {c.team_id for c in cases.values()}, "team")
    people = {p.id: p for p in session.scalars(select(Professional).where(Professional.id.in_(
        {c.casusregisseur_id for c in cases.values()}
        | {c.stand_in_id for c in cases.values() if c.stand_in_id})))}
    members = _grouped(session, _live(Persoon).where(Persoon.huishouden_id.in_(household_ids))
                       .order_by(Persoon.huishouden_id, Persoon.geboortedatum.is_(None),
                                 Persoon.geboortedatum, Persoon.voornaam),
                       lambda p: p.huishouden_id)
    network = _grouped(session, _live(NetwerkContact).where(
        NetwerkContact.huishouden_id.in_(household_ids)).order_by(
        NetwerkContact.huishouden_id, NetwerkContact.nabijheid, NetwerkContact.naam),
        lambda n: n.huishouden_id)
    goals = _grouped(session, _live(Doel).where(Doel.casus_id.in_(ids)).order_by(
        Doel.casus_id, Doel.volgorde, Doel.id), lambda g: g.casus_id)
    observations = _grouped(session, _live(Observatie).where(Observatie.casus_id.in_(ids))
                            .order_by(Observatie.casus_id, Observatie.soort.desc(), Observatie.id),
                            lambda o: o.casus_id)
    own_words = _grouped(session, _live(EigenWoorden).where(EigenWoorden.casus_id.in_(ids))
                         .order_by(EigenWoorden.casus_id, EigenWoorden.id), lambda w: w.casus_id)
    middelen = _grouped(session, _live(Middel).where(Middel.casus_id.in_(ids)).order_by(
        Middel.casus_id, Middel.start.is_(None), Middel.start, Middel.id), lambda m: m.casus_id)
    afspraken = _grouped(session, _live(Afspraak).where(
        # a table's afspraken flow back into the plan; the 18+ plan keeps its own
        Afspraak.casus_id.in_(ids), Afspraak.bron.in_(("plan", "tafel"))).order_by(
        Afspraak.casus_id, Afspraak.wanneer.is_(None), Afspraak.wanneer, Afspraak.id),
        lambda a: a.casus_id)
    checks = _grouped(session, _live(Toetsing).where(Toetsing.casus_id.in_(ids)).order_by(
        Toetsing.casus_id, Toetsing.datum, Toetsing.id), lambda t: t.casus_id)
    outcomes = _grouped(session, _live(DoelToetsing).where(DoelToetsing.toetsing_id.in_(
        [t.id for rows in checks.values() for t in rows])), lambda u: u.toetsing_id)
    plans = {}
    for casus_id in ids:
        c = cases[casus_id]
        plans[casus_id] = PlanRows(
            casus=c,
            household=households[c.huishouden_id],
            gemeente=gemeenten[c.gemeente_id],
            team=teams[c.team_id],
            regisseur=people.get(c.casusregisseur_id),
            stand_in=people.get(c.stand_in_id) if c.stand_in_id else None,
            members=members.get(c.huishouden_id, []),
            network=network.get(c.huishouden_id, []),
            goals=goals.get(casus_id, []),
            observations=observations.get(casus_id, []),
            eigen_woorden=own_words.get(casus_id, []),
            middelen=middelen.get(casus_id, []),
            afspraken=afspraken.get(casus_id, []),
            toetsingen=checks.get(casus_id, []),
            outcomes=outcomes,
        )
    return plans


def gezinsplan_inhoud(session: Session, casus_id: str) -> d.GezinsplanInhoud:
    """The plan as it stands now (the draft), from the live rows."""
    return assemble_inhoud(load_plans(session, [casus_id])[casus_id])


def assemble_inhoud(rows: PlanRows) -> d.GezinsplanInhoud:
    """The plan made of its rows; no I/O."""
    casus, household, gemeente = rows.casus, rows.household, rows.gemeente
    names = {p.id: _naam(p) for p in rows.members}
    number = {g.id: i for i, g in enumerate(rows.goals, start=1)}
    return d.GezinsplanInhoud(
        huishouden=household.naam,
        gemeente=gemeente.naam,
        team=rows.team.naam,
        casusregisseur=_contact(rows.regisseur),
        regime=Regime(casus.regime),
        stap=Step(casus.stap),
        status=CaseStatus(casus.status),
        geopend_op=casus.geopend_op,
        adres=", ".join(x for x in (
            household.straat, f"{household.postcode} {household.woonplaats}".strip()) if x),
        stand_in=_contact(rows.stand_in) if rows.stand_in else None,
        vt_rollen=d.VeiligThuisRollen(casus.vt_aanspreekpunt, casus.vt_planschrijver,
                                      casus.vt_toezicht),
        leden=tuple(d.Lid(_naam(p), MemberRole(p.rol), p.geboortedatum, p.gezag)
                    for p in rows.members),
        netwerk=tuple(
            d.NetwerkLid(n.naam, n.relatie, NetworkKind(n.soort), n.organisatie, n.telefoon)
            for n in rows.network
        ),
        vraaganalyse=_vraaganalyse(rows, names),
        doelen=tuple(
            d.Doel(number[g.id], g.omschrijving, g.eindsituatie, names.get(g.persoon_id or "", ""))
            for g in rows.goals
        ),
        middelen=tuple(
            d.Middel(
                omschrijving=m.omschrijving, soort_aanbieder=Provider(m.soort_aanbieder),
                wet=Law(m.wet), aanbieder=m.aanbieder, productcode=m.productcode,
                start=m.start, eind=m.eind, kosten_cent=m.kosten_cent,
                thuis_mogelijk=m.thuis_mogelijk, niet_thuis_reden=m.niet_thuis_reden,
                doel_nummer=number.get(m.doel_id or ""),
            )
            for m in rows.middelen
        ),
        afspraken=tuple(d.Actie(a.wat, a.wie, a.wanneer, a.gedaan) for a in rows.afspraken),
        toetsingen=_toetsingen(rows, number),
        afschaal_voorwaarden=casus.afschaal_voorwaarden,
        volgende_evaluatie=casus.volgende_evaluatie,
        evaluatie_maanden=gemeente.evaluatie_maanden,
    )


def _vraaganalyse(rows: PlanRows, names: dict[str, str]) -> d.Vraaganalyse:
    casus = rows.casus
    return d.Vraaganalyse(
        aanleiding=casus.aanleiding,
        breedte=tuple((t, str(casus.breedte.get(t.value, ""))) for t in BreadthTopic),
        veiligheid=_enum(SafetyAssessment, casus.veiligheid) or SafetyAssessment.NIET_BEOORDEELD,
        veiligheid_toelichting=casus.veiligheid_toelichting,
        eigen_kracht=casus.eigen_kracht,
        ernst=casus.ernst,
        observaties=tuple(
            d.Observatie(ObservationKind(o.soort), o.tekst, names.get(o.persoon_id or "", ""))
            for o in rows.observations
        ),
        eigen_woorden=tuple(
            d.EigenWoorden(names.get(w.persoon_id, ""), w.vraag, w.wensen, w.dromen)
            for w in rows.eigen_woorden
        ),
    )


def _toetsingen(rows: PlanRows, number: dict[str, int]) -> tuple[d.Toetsing, ...]:
    result = []
    for t in rows.toetsingen:
        outcomes = [
            d.DoelUitkomst(number[u.doel_id], GoalResult(u.resultaat), u.visie_gezin,
                           u.visie_professional)
            for u in rows.outcomes.get(t.id, ())
            if u.doel_id in number  # outcomes of a goal deleted since are no longer in the plan
        ]
        result.append(d.Toetsing(
            t.datum, _enum(Decision, t.besluit), t.toelichting, t.volgende_evaluatie,
            tuple(sorted(outcomes, key=lambda u: u.doel_nummer)),
        ))
    return tuple(result)


def gezinsplan_snapshot(session: Session, casus_id: str) -> dict[str, Any]:
    """The live plan as JSON, to freeze in ``PlanVersie.inhoud`` when the family agrees."""
    return gezinsplan_to_snapshot(gezinsplan_inhoud(session, casus_id))


def _latest_version(session: Session, casus_id: str) -> PlanVersie | None:
    return session.scalars(_live(PlanVersie).where(PlanVersie.casus_id == casus_id).order_by(
        PlanVersie.versie.desc()).limit(1)).first()


def version_doc(v: PlanVersie, today: date) -> d.GezinsplanDoc:
    """An agreed version, rendered from its frozen snapshot (never from today's rows)."""
    return d.GezinsplanDoc(
        inhoud=gezinsplan_from_snapshot(v.inhoud),
        gemaakt_op=today,
        versie=v.versie,
        akkoord=d.Akkoord(v.akkoord_door, v.akkoord_op,
                          _enum(AgreementMethod, v.akkoord_wijze) or AgreementMethod.IN_PERSOON),
    )


def gezinsplan_doc(
    session: Session, casus_id: str, *, today: date, versie: int | None = None,
    concept: bool = False,
) -> d.GezinsplanDoc:
    """The plan to print: version ``versie``; else the draft if ``concept``; else the latest
    agreed version, or the draft while none is agreed yet."""
    _get(session, Casus, casus_id, "casus")
    if versie is not None:
        chosen = session.scalars(_live(PlanVersie).where(
            PlanVersie.casus_id == casus_id, PlanVersie.versie == versie)).first()
        if chosen is None:
            raise NotFound(f"casus {casus_id} has no plan version {versie}")
        return version_doc(chosen, today)
    latest = None if concept else _latest_version(session, casus_id)
    if latest is not None:
        return version_doc(latest, today)
    return d.GezinsplanDoc(gezinsplan_inhoud(session, casus_id), today)


# --- toekomstplan 18+ ------------------------------------------------------------------------


def _plan18_for(session: Session, plan_or_casus_id: str) -> Plan18:
    plan = session.get(Plan18, plan_or_casus_id)
    if plan is not None and plan.deleted_at is None:
        return plan
    plans = list(session.scalars(_live(Plan18).where(Plan18.casus_id == plan_or_casus_id)))
    if not plans:
        raise NotFound(f"no toekomstplan or casus with a toekomstplan {plan_or_casus_id}")
    if len(plans) > 1:
        raise ValidationError(
            "id", "ambiguous",
            f"casus {plan_or_casus_id} has {len(plans)} toekomstplannen; give the plan's id",
        )
    return plans[0]


def plan18_doc(session: Session, plan_or_casus_id: str, *, today: date) -> d.Plan18Doc:
    plan = _plan18_for(session, plan_or_casus_id)
    youth = _get(session, Persoon, plan.persoon_id, "persoon")
    casus = _get(session, Casus, plan.casus_id, "casus")
    household = _get(session, Huishouden, casus.huishouden_id, "huishouden")
    gemeente = _get(session, Gemeente, casus.gemeente_id, "gemeente")
    rows = {t.thema: t for t in session.scalars(
        _live(Plan18Thema).where(Plan18Thema.plan_id == plan.id))}
    themes = []
    for theme in Theme18:  # all five always appear, so an empty theme is visibly empty
        row = rows.get(theme.value)
        themes.append(d.Thema18(theme, ThemeStatus.OPEN) if row is None else d.Thema18(
            theme, _enum(ThemeStatus, row.status) or ThemeStatus.OPEN, row.situatie, row.doel,
            _enum(Financing18, row.financiering), _acties(row.acties)))
    return d.Plan18Doc(
        jongere=_naam(youth),
        huishouden=household.naam,
        gemeente=gemeente.naam,
        casusregisseur=_contact(session.get(Professional, casus.casusregisseur_id)),
        status=Plan18Status(plan.status),
        gemaakt_op=today,
        geboortedatum=youth.geboortedatum,
        wordt_18_op=birthday(youth.geboortedatum, 18) if youth.geboortedatum else None,
        gestart_op=plan.gestart_op,
        verlengd=plan.verlengd,
        verlengd_tot_leeftijd=gemeente.verlengd_tot,
        themas=tuple(themes),
        checklist=tuple(
            d.ChecklistPunt(str(item), str(v.get("wie", "")), bool(v.get("gedaan", False)))
            for item, v in plan.checklist.items() if isinstance(v, dict)
        ),
        overdracht=d.Overdracht(plan.overdracht_organisatie, plan.overdracht_persoon,
                                plan.overdracht_op, plan.overdracht_inhoud,
                                plan.vaste_contactpersoon),
        akkoord_op=plan.akkoord_op,
        akkoord_wijze=_enum(AgreementMethod, plan.akkoord_wijze),
        akkoord_door=_enum(ConsentGiver, plan.akkoord_door),
        waakvlam_tot=plan.waakvlam_tot,
    )


# --- inzage (AVG access request) -------------------------------------------------------------


def _record(row: Any) -> d.InzageRecord:
    """Every column of a stored row, as stored; JSON columns as readable JSON text.

    A plan version's frozen content is left out: it is the household's whole plan, with what
    concerns the other members, and the family holds it as the agreed gezinsplan already.
    """
    values: list[tuple[str, d.InzageWaarde]] = []
    for column in row.__table__.columns:
        if isinstance(row, PlanVersie) and column.key == "inhoud":
            continue
        value = getattr(row, column.key)
        if isinstance(value, dict | list):
            value = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
        values.append((column.key, value))
    return d.InzageRecord(row.__tablename__, tuple(values))


def inzage_doc(session: Session, persoon_id: str, *, today: date) -> d.InzageDoc:
    """Everything stored about one person: their own rows, their household's casussen and what
    those hold about them or the whole household, and who looked at it. Rows about other
    members only (their observations, their own words) are left out: those are someone
    else's personal data."""
    person = _get(session, Persoon, persoon_id, "persoon")
    household = _get(session, Huishouden, person.huishouden_id, "huishouden")
    rows: list[Any] = [person, household]
    rows += session.scalars(_live(NetwerkContact).where(
        NetwerkContact.huishouden_id == household.id).order_by(NetwerkContact.naam))
    cases = list(session.scalars(_live(Casus).where(
        Casus.huishouden_id == household.id).order_by(Casus.geopend_op)))
    about_me = (Observatie.persoon_id == person.id) | Observatie.persoon_id.is_(None)
    for c in cases:
        rows.append(c)
        goals = list(session.scalars(_live(Doel).where(
            Doel.casus_id == c.id, (Doel.persoon_id == person.id) | Doel.persoon_id.is_(None)
        ).order_by(Doel.volgorde)))
        goal_ids = [g.id for g in goals]
        checks = list(session.scalars(_live(Toetsing).where(Toetsing.casus_id == c.id)
                                      .order_by(Toetsing.datum)))
        rows += session.scalars(_live(StapLog).where(StapLog.casus_id == c.id)
                                .order_by(StapLog.op))
        rows += session.scalars(_live(Observatie).where(Observatie.casus_id == c.id, about_me))
        rows += session.scalars(_live(EigenWoorden).where(
            EigenWoorden.casus_id == c.id, EigenWoorden.persoon_id == person.id))
        rows += goals
        rows += session.scalars(_live(Middel).where(Middel.casus_id == c.id)
                                .order_by(Middel.start))
        rows += session.scalars(_live(Afspraak).where(Afspraak.casus_id == c.id)
                                .order_by(Afspraak.wanneer))
        rows += checks
        rows += session.scalars(_live(DoelToetsing).where(
            DoelToetsing.toetsing_id.in_([t.id for t in checks]),
            DoelToetsing.doel_id.in_(goal_ids)))
        rows += session.scalars(_live(PlanVersie).where(PlanVersie.casus_id == c.id)
                                .order_by(PlanVersie.versie))
        rows += session.scalars(_live(Bijdrage).where(Bijdrage.casus_id == c.id)
                                .order_by(Bijdrage.op))
        rows += session.scalars(_live(Toestemming).where(Toestemming.casus_id == c.id)
                                .order_by(Toestemming.gegeven_op))
        rows += session.scalars(_live(Aanmelding).where(Aanmelding.casus_id == c.id)
                                .order_by(Aanmelding.ingediend_op))
    plans = list(session.scalars(_live(Plan18).where(Plan18.persoon_id == person.id)))
    rows += plans
    rows += session.scalars(_live(Plan18Thema).where(
        Plan18Thema.plan_id.in_([p.id for p in plans])))
    ids = {person.id, household.id, *(c.id for c in cases), *(p.id for p in plans)}
    return d.InzageDoc(
        persoon=_naam(person),
        geboortedatum=person.geboortedatum,
        gemaakt_op=today,
        uitgifte=_previous_exports(session, "persoon", person.id, ExportKind.INZAGE) + 1,
        records=tuple(_record(r) for r in rows),
        logboek=_logbook(session, ids),
    )


def _logbook(session: Session, entity_ids: set[str]) -> tuple[d.InzageLog, ...]:
    entries = list(session.scalars(select(AuditEntry).where(
        AuditEntry.entity_id.in_(entity_ids)).order_by(AuditEntry.seq)))
    actors = {p.id: p.naam for p in session.scalars(select(Professional).where(
        Professional.id.in_({e.actor for e in entries})))}
    return tuple(d.InzageLog(e.at, actors.get(e.actor, e.actor), e.action, e.entity)
                 for e in entries)


# --- exporting (audited) ---------------------------------------------------------------------


@dataclass(frozen=True)
class PlanChoice:
    """Which gezinsplan to print: a version number, the draft, or (neither) the latest agreed."""

    versie: int | None = None
    concept: bool = False


def _build(
    session: Session, kind: ExportKind, entity_id: str, today: date, plan: PlanChoice
) -> tuple[d.Document, str, str, dict[str, Any]]:
    """The document of ``kind``, and the audit entity, id and detail its export records."""
    doc: d.Document
    detail: dict[str, Any] = {"kind": kind.value}
    if kind in (ExportKind.GEZINSPLAN, ExportKind.GEZINSPLAN_GEZIN):
        plan_doc = gezinsplan_doc(session, entity_id, today=today, versie=plan.versie,
                                  concept=plan.concept)
        detail["versie"] = plan_doc.versie
        doc = plan_doc if kind is ExportKind.GEZINSPLAN else d.GezinsplanGezinDoc(plan_doc)
        entity = "casus"
    elif kind is ExportKind.PLAN18:
        doc = plan18_doc(session, entity_id, today=today)
        entity_id, entity = _plan18_for(session, entity_id).id, "plan18"
    elif kind in (ExportKind.AGENDA, ExportKind.VERSLAG):
        # Built from the aanmeldingen alone, as the secretary's planning page does (decision
        # 0075); imported here because tables_export needs ExportKind from this module.
        from casedesk.services.tables_export import zitting_document

        doc, entity = zitting_document(session, kind, entity_id, today=today)
    else:
        doc, entity = inzage_doc(session, entity_id, today=today), "persoon"
    return doc, entity, entity_id, detail


def export_document(
    session: Session, kind: ExportKind, entity_id: str, *, today: date,
    plan: PlanChoice = PlanChoice(),
) -> d.Document:
    """Build the document of ``kind`` for ``entity_id`` and audit its export."""
    doc, entity, audited_id, detail = _build(session, kind, entity_id, today, plan)
    audit.record(session, "export", entity, audited_id, detail)
    return doc


def preview_document(
    session: Session, kind: ExportKind, entity_id: str, *, today: date,
    plan: PlanChoice = PlanChoice(),
) -> d.Document:
    """The document as ``export_document`` would build it, audited as a read
    ("view-document"): looking at a preview shows the same personal data as the file, but
    nothing left the application, so it does not count as an export (nor as an uitgifte)."""
    doc, entity, audited_id, detail = _build(session, kind, entity_id, today, plan)
    audit.record(session, "view-document", entity, audited_id, detail)
    return doc


@dataclass(frozen=True)
class BulkPlans:
    """The agreed plans of a team, each with a file name; versions that could not be read
    (a snapshot from a newer build) are listed by casus id instead of failing the batch."""

    plans: tuple[tuple[str, d.Document], ...]
    unreadable: tuple[str, ...]


def team_plan_documents(
    session: Session, team_name: str, *, today: date, family: bool = False
) -> BulkPlans:
    """The latest agreed gezinsplan of every open or dormant casus of a team; audited."""
    team = session.scalars(_live(Team).where(Team.naam == team_name)).first()
    if team is None:
        raise NotFound(f"no team named {team_name!r}")
    kind = ExportKind.GEZINSPLAN_GEZIN if family else ExportKind.GEZINSPLAN
    cases = session.execute(
        select(Casus.id, Huishouden.naam).join(Huishouden, Huishouden.id == Casus.huishouden_id)
        .where(Casus.team_id == team.id, Casus.deleted_at.is_(None),
               Casus.status != CaseStatus.GESLOTEN.value)
        .order_by(Huishouden.naam, Casus.id)
    ).all()
    plans: list[tuple[str, d.Document]] = []
    unreadable: list[str] = []
    for casus_id, household in cases:
        latest = _latest_version(session, casus_id)
        if latest is None:
            continue
        try:
            plan_doc = version_doc(latest, today)
        except ValidationError:
            unreadable.append(casus_id)
            continue
        audit.record(session, "export", "casus", casus_id,
                     {"kind": kind.value, "versie": latest.versie})
        name = f"{_slug(household)}-{kind.value}-v{latest.versie}-{casus_id[:8]}.pdf"
        plans.append((name, d.GezinsplanGezinDoc(plan_doc) if family else plan_doc))
    return BulkPlans(tuple(plans), tuple(unreadable))


@dataclass(frozen=True)
class ExportTeams:
    """The teams whose agreed plans this user may export in bulk, by name, and their own."""

    teams: tuple[str, ...]
    mine: str | None


def export_teams(session: Session) -> ExportTeams:
    """A professional exports her own team's plans only (need-to-know); a profile without a
    user (an administrator's) may choose any team, like the CLI."""
    professional = me(session)
    team = session.get(Team, professional.team_id) if professional and professional.team_id \
        else None
    if professional is not None:
        return ExportTeams((team.naam,), team.naam) if team is not None else ExportTeams((), None)
    names = tuple(session.scalars(
        select(Team.naam).where(Team.deleted_at.is_(None)).order_by(Team.naam)))
    return ExportTeams(names, None)


def _slug(text: str) -> str:
    """A file-name-safe form: letters and digits (diacritics kept), the rest as dashes."""
    slug = "".join(ch.lower() if ch.isalnum() else "-" for ch in text)
    return "-".join(part for part in slug.split("-") if part)


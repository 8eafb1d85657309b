"""Casusregie: concluding steps, reopening, the regie regime, the casusregisseur, and the
contributions of everyone else.

The rules are ``casedesk.domain.regie``; this module applies them to the stored casus, logs
every move in ``StapLog`` (bijstellen never erases history) and audits it. Only the
casusregisseur or the stand-in moves the cycle; others add a ``Bijdrage``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, literal_column, select
from sqlalchemy.orm import Session

from casedesk.domain import regie
from casedesk.domain.evaluation import next_evaluation
from casedesk.domain.vocabulary import CaseStatus, Decision, Regime, Role, Step
from casedesk.errors import InvalidInput, NotFound, RuleViolation, ValidationError
from casedesk.store import audit
from casedesk.store.models import Bijdrage, Casus, Gemeente, Professional, StapLog, Toetsing

CLOSING = frozenset({Decision.AFRONDEN, Decision.AFSCHALEN, Decision.GEEN_JEUGDHULP})


@dataclass(frozen=True)
class LogEntry:
    op: datetime
    soort: str  # stap | regime | heropend | regie | geopend
    van: str
    naar: str
    besluit: str
    reden: str
    door: str  # the professional's name


@dataclass(frozen=True)
class ContributionView:
    bijdrage_id: str
    auteur: str
    tekst: str
    bron: str
    op: datetime


@dataclass(frozen=True)
class RegieView:
    """Who holds regie and what the current user may do with the cycle."""

    casus_id: str
    stap: Step
    status: CaseStatus
    regime: Regime
    casusregisseur_id: str
    casusregisseur: str
    stand_in_id: str | None
    stand_in: str
    may_advance: bool
    refusal: str  # why the step controls are off: "not-regiehouder", "casus-closed" or ""
    may_change_regisseur: bool
    veilig_thuis: regie.VeiligThuisAfspraken
    reminders: tuple[str, ...]
    volgende_evaluatie: date | None
    evaluatie_maanden: int
    historie: tuple[LogEntry, ...]
    bijdragen: tuple[ContributionView, ...]


@dataclass(frozen=True)
class Candidate:
    professional_id: str
    naam: str
    same_team: bool


def get_casus(session: Session, casus_id: str) -> Casus:
    casus = session.get(Casus, casus_id)
    if casus is None or casus.deleted_at is not None:
        raise NotFound(f"no casus {casus_id}")
    return casus


def _actor(session: Session) -> str:
    actor: str = session.info["actor"]
    return actor


def _today(session: Session) -> date:
    now: datetime = session.info["now"]()
    return now.date()


def _vt(casus: Casus) -> regie.VeiligThuisAfspraken:
    return regie.VeiligThuisAfspraken(
        casus.vt_aanspreekpunt, casus.vt_planschrijver, casus.vt_toezicht
    )


def is_regiehouder(session: Session, casus: Casus) -> bool:
    return _actor(session) in regie.regiehouders(casus.casusregisseur_id, casus.stand_in_id)


def _is_teamleider(session: Session) -> bool:
    me = session.get(Professional, _actor(session))
    return me is not None and Role.TEAMLEIDER.value in (me.rollen or [])


def require_editor(session: Session, casus: Casus) -> None:
    """Changing the plan or the cycle: the regiehouder, on an open (or dormant) casus."""
    regie.require_regiehouder(_actor(session), casus.casusregisseur_id, casus.stand_in_id)
    if casus.status == CaseStatus.GESLOTEN.value:
        raise RuleViolation("casus-closed", "a closed casus must be reopened first")


def _log(session: Session, casus: Casus, soort: str, van: str, naar: str,
         besluit: str = "", reden: str = "") -> None:
    session.add(StapLog(
        casus_id=casus.id, soort=soort, van=van, naar=naar, besluit=besluit, reden=reden,
        door=_actor(session), op=session.info["now"](),
    ))


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = session.execute(
        select(Professional.id, Professional.naam).where(Professional.id.in_(ids)))
    return {row.id: row.naam for row in rows}


_LOG = select(StapLog).where(StapLog.casus_id == bindparam("casus_id"),
                            StapLog.deleted_at.is_(None)).order_by(
    StapLog.op, literal_column("stap_log.rowid"))
_CONTRIBUTIONS = select(Bijdrage).where(Bijdrage.casus_id == bindparam("casus_id"),
                                       Bijdrage.deleted_at.is_(None)).order_by(Bijdrage.op.desc())


def regie_view(session: Session, casus_id: str) -> RegieView:
    casus = get_casus(session, casus_id)
    # In the order written: several moves can share a second (saving, then concluding).
    log = list(session.scalars(_LOG, {"casus_id": casus.id}))
    contributions = list(session.scalars(_CONTRIBUTIONS, {"casus_id": casus.id}))
    people = {casus.casusregisseur_id, *(e.door for e in log)}
    if casus.stand_in_id:
        people.add(casus.stand_in_id)
    regie_ids = {e.van for e in log if e.soort == "regie"} | {
        e.naar for e in log if e.soort == "regie"}
    names = _names(session, people | regie_ids)
    gemeente = session.get(Gemeente, casus.gemeente_id)
    holder = is_regiehouder(session, casus)
    closed = casus.status == CaseStatus.GESLOTEN.value
    refusal = "not-regiehouder" if not holder else ("casus-closed" if closed else "")

    def shown(entry: StapLog, value: str) -> str:
        # A change of casusregisseur logs professional ids; show them as names.
        return names.get(value, value) if entry.soort == "regie" else value

    vt = _vt(casus)
    return RegieView(
        casus_id=casus.id,
        stap=Step(casus.stap),
        status=CaseStatus(casus.status),
        regime=Regime(casus.regime),
        casusregisseur_id=casus.casusregisseur_id,
        casusregisseur=names.get(casus.casusregisseur_id, ""),
        stand_in_id=casus.stand_in_id,
        stand_in=names.get(casus.stand_in_id or "", ""),
        may_advance=holder and not closed,
        refusal=refusal,
        may_change_regisseur=holder or _is_teamleider(session),
        veilig_thuis=vt,
        reminders=tuple(regie.regime_reminders(Regime(casus.regime), vt)),
        volgende_evaluatie=casus.volgende_evaluatie,
        evaluatie_maanden=gemeente.evaluatie_maanden if gemeente else 3,
        historie=tuple(
            LogEntry(e.op, e.soort, shown(e, e.van), shown(e, e.naar), e.besluit, e.reden,
                     names.get(e.door, ""))
            for e in log
        ),
        bijdragen=tuple(
            ContributionView(b.id, b.auteur, b.tekst, b.bron, b.op) for b in contributions
        ),
    )


# --- the cycle -------------------------------------------------------------------------------


def open_toetsing(session: Session, casus_id: str) -> Toetsing | None:
    """The toetsing of the current round: recorded, not yet concluded with a decision."""
    return session.scalars(
        select(Toetsing).where(
            Toetsing.casus_id == casus_id, Toetsing.besluit == "", Toetsing.deleted_at.is_(None)
        ).order_by(Toetsing.datum.desc(), literal_column("toetsing.rowid").desc()).limit(1)
    ).first()


def conclude_step(
    session: Session,
    casus_id: str,
    *,
    step: Step,
    decision: Decision | None = None,
    reason: str = "",
    volgende_evaluatie: date | None = None,
) -> RegieView:
    """Conclude ``step`` (the one the caller saw) and move the cycle on.

    Step 1 may end in "geen jeugdhulp nodig" (needs a reason; closes the casus). Step 4 needs a
    toetsing decision: afronden and afschalen close the casus (afschalen needs the conditions
    for return), bijstellen goes back to step 2 or 3, opschalen to step 3, waakvlam makes the
    casus dormant. Every move is logged; nothing of the earlier rounds is removed.
    """
    casus = get_casus(session, casus_id)
    require_editor(session, casus)
    if Step(casus.stap) is not step:
        raise RuleViolation("step-moved", f"the casus is in step {casus.stap}, not {step}")
    if decision is Decision.GEEN_JEUGDHULP and not reason.strip():
        raise InvalidInput([ValidationError("reden", "required", "say why no help is needed")])
    if decision is Decision.AFSCHALEN and not casus.afschaal_voorwaarden.strip():
        raise InvalidInput([ValidationError(
            "toetsing.afschaal_voorwaarden", "required",
            "afschalen needs the conditions under which the family may return")])
    outcome = regie.conclude_step(step, CaseStatus(casus.status), decision)
    today = _today(session)
    if step is Step.TOETSING:
        assert decision is not None
        _record_decision(session, casus, decision, reason, volgende_evaluatie, today)
    _log(session, casus, "stap", step.value, outcome.step.value,
         decision.value if decision else "", reason.strip())
    casus.stap, casus.status = outcome.step.value, outcome.status.value
    if outcome.status is CaseStatus.GESLOTEN:
        casus.gesloten_op = today
        casus.sluitreden = reason.strip()
        casus.volgende_evaluatie = None
    audit.record(session, "step", "casus", casus.id, {
        "van": step.value, "naar": outcome.step.value, "status": outcome.status.value,
        "besluit": decision.value if decision else "",
    })
    return regie_view(session, casus.id)


def _record_decision(session: Session, casus: Casus, decision: Decision, reason: str,
                     volgende: date | None, today: date) -> None:
    toetsing = open_toetsing(session, casus.id)
    if toetsing is None:
        toetsing = Toetsing(casus_id=casus.id, datum=today, toelichting="")
        session.add(toetsing)
    toetsing.besluit = decision.value
    if reason.strip():
        toetsing.toelichting = "\n\n".join(x for x in (toetsing.toelichting, reason.strip()) if x)
    if decision in CLOSING:
        toetsing.volgende_evaluatie = None
        return
    gemeente = session.get(Gemeente, casus.gemeente_id)
    months = gemeente.evaluatie_maanden if gemeente else 3
    chosen = volgende or toetsing.volgende_evaluatie or next_evaluation(today, months)
    toetsing.volgende_evaluatie = chosen
    casus.volgende_evaluatie = chosen


def reopen_case(session: Session, casus_id: str, reason: str) -> RegieView:
    """A closed or dormant casus opens again at the vraaganalyse; its history stays."""
    casus = get_casus(session, casus_id)
    regie.require_regiehouder(_actor(session), casus.casusregisseur_id, casus.stand_in_id)
    if not reason.strip():
        raise InvalidInput([ValidationError("reden", "required", "say why the casus reopens")])
    outcome = regie.reopen(CaseStatus(casus.status))
    _log(session, casus, "heropend", casus.status, outcome.step.value, reden=reason.strip())
    casus.stap, casus.status = outcome.step.value, outcome.status.value
    casus.gesloten_op = None
    casus.sluitreden = ""
    audit.record(session, "reopen", "casus", casus.id, {"naar": outcome.step.value})
    return regie_view(session, casus.id)


# --- regime ----------------------------------------------------------------------------------


def change_regime(
    session: Session,
    casus_id: str,
    regime: Regime,
    reason: str,
    veilig_thuis: regie.VeiligThuisAfspraken | None = None,
) -> RegieView:
    """Change who holds casusregie (lokaal, Veilig Thuis, GI). Under Veilig Thuis the three
    afspraken are recorded when given; the view reminds of the ones still missing."""
    casus = get_casus(session, casus_id)
    regie.require_regiehouder(_actor(session), casus.casusregisseur_id, casus.stand_in_id)
    old = Regime(casus.regime)
    try:
        regie.check_regime_change(old, regime, reason)
    except RuleViolation as refused:
        if refused.code == "reason-required":
            raise InvalidInput([ValidationError("reden", "required", str(refused))]) from None
        raise
    _log(session, casus, "regime", old.value, regime.value, reden=reason.strip())
    casus.regime = regime.value
    if veilig_thuis is not None:
        _set_vt(casus, veilig_thuis)
    audit.record(session, "regime", "casus", casus.id, {
        "van": old.value, "naar": regime.value,
        "ontbreekt": regie.regime_reminders(regime, _vt(casus)),
    })
    return regie_view(session, casus.id)


def _set_vt(casus: Casus, afspraken: regie.VeiligThuisAfspraken) -> None:
    casus.vt_aanspreekpunt = afspraken.aanspreekpunt.strip()
    casus.vt_planschrijver = afspraken.planschrijver.strip()
    casus.vt_toezicht = afspraken.toezicht.strip()


def set_veilig_thuis_afspraken(
    session: Session, casus_id: str, afspraken: regie.VeiligThuisAfspraken
) -> RegieView:
    casus = get_casus(session, casus_id)
    regie.require_regiehouder(_actor(session), casus.casusregisseur_id, casus.stand_in_id)
    _set_vt(casus, afspraken)
    audit.record(session, "vt-afspraken", "casus", casus.id,
                 {"ontbreekt": afspraken.missing()})
    return regie_view(session, casus.id)


# --- the casusregisseur ----------------------------------------------------------------------


def regisseur_candidates(session: Session, casus_id: str) -> tuple[Candidate, ...]:
    """Who can take over regie: casusregisseurs and gezinscoaches, the casus's team first."""
    casus = get_casus(session, casus_id)
    people = [
        p for p in session.scalars(
            select(Professional).where(Professional.deleted_at.is_(None))
            .order_by(Professional.naam)
        )
        if {Role.CASUSREGISSEUR.value, Role.GEZINSCOACH.value} & set(p.rollen or [])
        and p.id != casus.casusregisseur_id
    ]
    people.sort(key=lambda p: p.team_id != casus.team_id)
    return tuple(Candidate(p.id, p.naam, p.team_id == casus.team_id) for p in people)


def change_regisseur(
    session: Session, casus_id: str, professional_id: str, reason: str
) -> RegieView:
    """Hand regie to another professional (the casus is never without one). The holder or a
    teamleider may do it; the reason is logged."""
    casus = get_casus(session, casus_id)
    if not (is_regiehouder(session, casus) or _is_teamleider(session)):
        raise RuleViolation("not-regiehouder",
                            "only the regiehouder or a teamleider hands over regie")
    errors = []
    if not reason.strip():
        errors.append(ValidationError("reden", "required", "say why regie changes hands"))
    target = session.get(Professional, professional_id) if professional_id else None
    if target is None or target.deleted_at is not None:
        errors.append(ValidationError("regisseur", "required", "choose the new casusregisseur"))
    elif target.id == casus.casusregisseur_id:
        errors.append(ValidationError("regisseur", "same-regisseur",
                                      "this professional already holds regie"))
    if errors:
        raise InvalidInput(errors)
    assert target is not None
    old = regie.require_casusregisseur(casus.casusregisseur_id)
    _log(session, casus, "regie", old, target.id, reden=reason.strip())
    casus.casusregisseur_id = target.id
    if casus.stand_in_id == target.id:
        casus.stand_in_id = None  # nobody stands in for themselves
    audit.record(session, "regisseur", "casus", casus.id, {"van": old, "naar": target.id})
    return regie_view(session, casus.id)


# --- contributions ---------------------------------------------------------------------------


def add_contribution(session: Session, casus_id: str, tekst: str) -> RegieView:
    """A note from anyone involved; it never changes the plan, the regiehouder reads it."""
    casus = get_casus(session, casus_id)
    if not tekst.strip():
        raise InvalidInput([ValidationError("tekst", "required", "the contribution is empty")])
    me = session.get(Professional, _actor(session))
    session.add(Bijdrage(casus_id=casus.id, auteur=me.naam if me else _actor(session),
                         tekst=tekst.strip(), bron="notitie", op=session.info["now"]()))
    session.flush()
    audit.record(session, "contribution", "casus", casus.id)
    return regie_view(session, casus.id)

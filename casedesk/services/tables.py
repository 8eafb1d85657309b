"""Overlegtafels: the casusregisseur brings a casus to a table, the tafelsecretaris runs it.

The casusregisseur prepares an aanmelding from her casus: the question, a summary made of
fragments she explicitly chose (anonymised when the table pre-screens anonymously), document
references, and consent or a legal ground. Submitting runs the table's admission rules and
refuses with a reason per field. The secretary records the outcome (advice, afspraken) on the
aanmelding; once it is closed, the casusregisseur's client turns it into a ``Bijdrage`` and
``Afspraak`` rows of the casus (``casedesk.services.tables_outcome``).

The tafelsecretaris's functions read only the aanmelding, its table, its zitting, its consent
record and its submitter (need-to-know): ``_table_aanmelding`` is the one place their DTO is
made, and no query of theirs touches the casus or household tables.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from casedesk.domain.consent import ConsentGiver, ConsentRecord
from casedesk.domain.dates import age_on
from casedesk.domain.tables import (
    Action,
    Agenda,
    Capacity,
    Refusal,
    Submission,
    TableDefinition,
    admission_issues,
    agenda_times,
    check_plannable,
    check_transition,
    outcome_errors,
    scrub_names,
    session_dates,
    sharing_issue,
)
from casedesk.domain.vocabulary import (
    AanmeldingStatus,
    Law,
    LegalGround,
    MemberRole,
    ObservationKind,
    Role,
)
from casedesk.errors import AccessDenied, InvalidInput, NotFound, RuleViolation, ValidationError
from casedesk.labels import label_of
from casedesk.region import table_errors
from casedesk.services import reference
from casedesk.services.tables_dto import (
    AanmeldingDraft,
    AanmeldingForm,
    AgendaItem,
    ConsentOption,
    Deelnemer,
    DocumentRef,
    Fragment,
    FragmentKind,
    Inbox,
    Jeugdige,
    MyAanmelding,
    NewConsent,
    Planning,
    SharingBasis,
    TableAanmelding,
    TableInfo,
    ZittingRow,
    ZittingView,
)
from casedesk.store import audit
from casedesk.store.models import (
    Aanmelding,
    Casus,
    Doel,
    Gemeente,
    Huishouden,
    Middel,
    Observatie,
    Persoon,
    Professional,
    Tafel,
    Toestemming,
    Zitting,
)

S = AanmeldingStatus
# Statuses in which an aanmelding holds a place on a zitting's agenda.
ON_AGENDA = (S.INGEPLAND.value, S.BESPROKEN.value, S.AFGEROND.value)
# The secretary's inbox: everything submitted, up to and including discussed.
INBOX_STATUSES = frozenset({S.INGEDIEND, S.ONTVANKELIJK, S.INGEPLAND, S.BESPROKEN})
EDITABLE = (S.CONCEPT, S.NIET_ONTVANKELIJK)
# A local-team professional submits as "lokaal team" too (the tables list it as a submitter).
LOCAL_TEAM = "lokaal team"
MAX_PLANNING_WEEKS = 53


# --- who acts ---------------------------------------------------------------------------------


def current_user(session: Session) -> Professional:
    """The profile's user ("me"): the setting, or the session's actor when none is set."""
    me = reference.me(session) or session.get(Professional, session.info.get("actor", ""))
    if me is None:
        raise AccessDenied("this profile has no user")
    return me


def _roles(p: Professional) -> set[Role]:
    known = {r.value for r in Role}
    return {Role(r) for r in p.rollen if r in known}


def secretaries(session: Session) -> tuple[tuple[str, str], ...]:
    """(id, naam) of every tafelsecretaris, by name."""
    return tuple(
        (p.id, p.naam)
        for p in session.scalars(
            select(Professional)
            .where(Professional.deleted_at.is_(None))
            .order_by(Professional.naam, Professional.id)
        )
        if Role.TAFELSECRETARIS.value in p.rollen
    )


def my_roles(session: Session) -> frozenset[Role]:
    """The user's roles; none on a profile without a user yet (before its first login)."""
    me = reference.me(session) or session.get(Professional, session.info.get("actor", ""))
    return frozenset(_roles(me)) if me is not None else frozenset()


def require_secretary(session: Session) -> Professional:
    me = current_user(session)
    if Role.TAFELSECRETARIS not in _roles(me):
        raise RuleViolation("not-secretary", "only a tafelsecretaris may do this")
    return me


def submitter_roles(p: Professional) -> frozenset[str]:
    """What a table's "who may submit" list is matched against: roles and organisation."""
    roles = set(p.rollen) | ({p.organisatie} if p.organisatie else set())
    if p.team_id:
        roles.add(LOCAL_TEAM)
    return frozenset(roles)


# --- loading ---------------------------------------------------------------------------------


def _get(session: Session, model: Any, row_id: str | None, what: str) -> Any:
    row = session.get(model, row_id) if row_id else None
    if row is None or row.deleted_at is not None:
        raise NotFound(f"no {what} {row_id}")
    return row


def table_info(tafel: Tafel) -> TableInfo:
    definition, errors = table_errors(tafel.definitie)
    if definition is None or errors:
        raise RuleViolation("invalid-table-config", f"table {tafel.code} is misconfigured")
    return TableInfo(tafel.id, definition)


def list_tables(session: Session) -> tuple[TableInfo, ...]:
    """Every table whose configuration is valid, by name."""
    infos = []
    for tafel in session.scalars(
        select(Tafel).where(Tafel.deleted_at.is_(None)).order_by(Tafel.naam)
    ):
        definition, errors = table_errors(tafel.definitie)
        if definition is not None and not errors:
            infos.append(TableInfo(tafel.id, definition))
    return tuple(infos)


def _today(session: Session) -> date:
    now: datetime = session.info["now"]()
    return now.date()


# --- the summary a table may see -------------------------------------------------------------


def _full_name(p: Persoon) -> str:
    return " ".join(part for part in (p.voornaam, p.tussenvoegsel, p.achternaam) if part)


def _names(members: Iterable[Persoon], household: Huishouden) -> list[str]:
    """Everything that names the family, for scrubbing an anonymised summary."""
    names = [household.naam, household.naam.removeprefix("Gezin ").strip()]
    for p in members:
        surname = " ".join(x for x in (p.tussenvoegsel, p.achternaam) if x)
        names += [_full_name(p), p.voornaam, p.achternaam, surname]
    return names


def _who(p: Persoon | None, today: date, *, anonymous: bool) -> str:
    if p is None:
        return "hele huishouden"
    age = f", {age_on(p.geboortedatum, today)} jaar" if p.geboortedatum else ""
    role = label_of(MemberRole, p.rol).lower()
    return f"{role}{age}" if anonymous else f"{_full_name(p)}{age}"


def _member_line(p: Persoon, today: date, *, anonymous: bool) -> str:
    role = label_of(MemberRole, p.rol) + (" met gezag" if p.gezag else "")
    age = f", {age_on(p.geboortedatum, today)} jaar" if p.geboortedatum else ""
    return f"{role}{age}" if anonymous else f"{_full_name(p)}: {role.lower()}{age}"


def _fragment(kind: FragmentKind, row_id: str, named: str, anonymous: str) -> Fragment:
    return Fragment(f"{kind.value}:{row_id}", kind, named, anonymous)


def case_fragments(session: Session, casus: Casus, today: date) -> list[Fragment]:
    """Every piece of the casus a casusregisseur may choose to share, in summary order. The
    anonymous form names members by role and age and has every family name scrubbed."""
    household = _get(session, Huishouden, casus.huishouden_id, "huishouden")
    members = list(
        session.scalars(
            select(Persoon)
            .where(Persoon.huishouden_id == household.id, Persoon.deleted_at.is_(None))
            .order_by(Persoon.geboortedatum, Persoon.id)
        )
    )
    goals = list(
        session.scalars(
            select(Doel)
            .where(Doel.casus_id == casus.id, Doel.deleted_at.is_(None))
            .order_by(Doel.volgorde, Doel.id)
        )
    )
    observations = list(
        session.scalars(
            select(Observatie)
            .where(Observatie.casus_id == casus.id, Observatie.deleted_at.is_(None))
            .order_by(Observatie.soort.desc(), Observatie.id)
        )
    )
    middelen = list(
        session.scalars(
            select(Middel)
            .where(Middel.casus_id == casus.id, Middel.deleted_at.is_(None))
            .order_by(Middel.start, Middel.id)
        )
    )
    return fragments_of(household, members, goals, observations, middelen, today)


def fragments_of(
    household: Huishouden,
    members: Sequence[Persoon],
    goals: Iterable[Doel],
    observations: Iterable[Observatie],
    middelen: Iterable[Middel],
    today: date,
) -> list[Fragment]:
    """``case_fragments`` from the live rows, each in summary order; no I/O (the demo makes
    hundreds of aanmeldingen from rows it loads at once)."""
    by_id = {p.id: p for p in members}
    names = _names(members, household)

    def about(kind: FragmentKind, row_id: str, text: str, who: Persoon | None) -> Fragment:
        named = f"{text} ({_who(who, today, anonymous=False)})"
        anonymous = scrub_names(f"{text} ({_who(who, today, anonymous=True)})", names)
        return _fragment(kind, row_id, named, anonymous)

    fragments = [
        _fragment(
            FragmentKind.LID,
            p.id,
            _member_line(p, today, anonymous=False),
            _member_line(p, today, anonymous=True),
        )
        for p in members
    ]
    for d in goals:
        who = by_id.get(d.persoon_id or "")
        fragments.append(about(FragmentKind.DOEL, d.id, f"Doel: {d.omschrijving}", who))
    for o in observations:
        who = by_id.get(o.persoon_id or "")
        kind = label_of(ObservationKind, o.soort)
        fragments.append(about(FragmentKind.OBSERVATIE, o.id, f"{kind}: {o.tekst}", who))
    for m in middelen:
        provider = f" — {m.aanbieder}" if m.aanbieder else ""
        text = f"Hulp: {m.omschrijving}{provider} ({label_of(Law, m.wet)})"
        fragments.append(_fragment(FragmentKind.MIDDEL, m.id, text, scrub_names(text, names)))
    return fragments


SECTIONS = (
    (FragmentKind.LID, "Gezinsleden"),
    (FragmentKind.DOEL, "Doelen"),
    (FragmentKind.OBSERVATIE, "Zorgen en krachten"),
    (FragmentKind.MIDDEL, "Hulp en ondersteuning"),
)


def subject_line(household: str, gemeente: str, youth: Jeugdige | None, *, anonymous: bool) -> str:
    """The summary's first line: whom the aanmelding is about."""
    age = f"{youth.leeftijd} jaar" if youth and youth.leeftijd is not None else ""
    if anonymous:
        who = f"Jeugdige van {age}" if age else ("Jeugdige" if youth else "Huishouden")
        return f"{who}, gemeente {gemeente}"
    about = f" — over {youth.naam}" + (f", {age}" if age else "") if youth else ""
    return f"{household} ({gemeente}){about}"


def compose_summary(
    subject: str, fragments: Sequence[Fragment], chosen: Iterable[str], *, anonymous: bool
) -> str:
    """The text the table sees: the subject line, then the chosen fragments by section —
    nothing that was not chosen."""
    keys = set(chosen)
    lines = [subject]
    for kind, heading in SECTIONS:
        picked = [f for f in fragments if f.soort is kind and f.key in keys]
        if picked:
            lines += ["", heading]
            lines += [f"- {f.tekst_anoniem if anonymous else f.tekst}" for f in picked]
    return "\n".join(lines)


# --- the casusregisseur: preparing and submitting --------------------------------------------


def _jeugdigen(session: Session, casus: Casus, today: date) -> tuple[Jeugdige, ...]:
    return tuple(
        Jeugdige(p.id, _full_name(p), age_on(p.geboortedatum, today) if p.geboortedatum else None)
        for p in session.scalars(
            select(Persoon)
            .where(
                Persoon.huishouden_id == casus.huishouden_id,
                Persoon.deleted_at.is_(None),
                Persoon.rol == MemberRole.JEUGDIGE.value,
            )
            .order_by(Persoon.geboortedatum, Persoon.id)
        )
    )


def _consent_option(t: Toestemming) -> ConsentOption:
    return ConsentOption(
        t.id,
        t.doel,
        t.ontvanger,
        ConsentGiver(t.gegeven_door),
        t.namen,
        t.gegeven_op,
        t.geldig_tot,
        t.ingetrokken_op,
    )


def _consents(session: Session, casus_id: str) -> tuple[ConsentOption, ...]:
    return tuple(
        _consent_option(t)
        for t in session.scalars(
            select(Toestemming)
            .where(Toestemming.casus_id == casus_id, Toestemming.deleted_at.is_(None))
            .order_by(Toestemming.gegeven_op.desc(), Toestemming.id)
        )
    )


def _household_and_gemeente(session: Session, casus: Casus) -> tuple[str, str]:
    household = _get(session, Huishouden, casus.huishouden_id, "huishouden")
    gemeente = session.get(Gemeente, casus.gemeente_id)
    return household.naam, gemeente.naam if gemeente else ""


def aanmelding_form(
    session: Session, casus_id: str, aanmelding_id: str | None = None
) -> AanmeldingForm:
    """What the casusregisseur chooses from; with ``aanmelding_id``, that aanmelding's earlier
    choices (recovered from its summary) to edit and submit again."""
    casus = _get(session, Casus, casus_id, "casus")
    today = _today(session)
    household, gemeente = _household_and_gemeente(session, casus)
    tables = list_tables(session)
    jeugdigen = _jeugdigen(session, casus, today)
    fragments = tuple(case_fragments(session, casus, today))
    draft = None
    if aanmelding_id is not None:
        a = _get(session, Aanmelding, aanmelding_id, "aanmelding")
        if a.casus_id != casus.id:
            raise NotFound(f"aanmelding {aanmelding_id} is not of casus {casus_id}")
        info = next((t for t in tables if t.tafel_id == a.tafel_id), None)
        draft = _recover_draft(a, info, household, gemeente, jeugdigen, fragments)
    return AanmeldingForm(
        casus_id=casus.id,
        huishouden=household,
        gemeente=gemeente,
        vandaag=today,
        indiener_rollen=tuple(sorted(submitter_roles(current_user(session)))),
        tables=tables,
        jeugdigen=jeugdigen,
        fragments=fragments,
        consents=_consents(session, casus.id),
        draft=draft,
    )


def _recover_draft(
    a: Aanmelding,
    info: TableInfo | None,
    household: str,
    gemeente: str,
    jeugdigen: Sequence[Jeugdige],
    fragments: Sequence[Fragment],
) -> AanmeldingDraft:
    """The choices behind a stored summary: the summary is the only record of them (it is
    what the table saw), so each fragment whose line it holds counts as chosen."""
    anonymous = info.definition.anonymised if info else False
    lines = a.samenvatting.splitlines()
    subject = lines[0] if lines else ""
    youth = next(
        (
            j
            for j in jeugdigen
            if subject_line(household, gemeente, j, anonymous=anonymous) == subject
        ),
        None,
    )
    present = set(lines[1:])
    chosen = tuple(
        f.key for f in fragments if f"- {f.tekst_anoniem if anonymous else f.tekst}" in present
    )
    return AanmeldingDraft(
        casus_id=a.casus_id,
        tafel_id=a.tafel_id,
        vraag=a.vraag,
        jeugdige_id=youth.persoon_id if youth else None,
        fragment_keys=chosen,
        documenten=_documents(a.documenten),
        toestemming_id=a.toestemming_id,
        grondslag=LegalGround(a.grondslag) if a.grondslag else None,
        grondslag_reden=a.grondslag_reden,
        aanmelding_id=a.id,
    )


def _documents(raw: Iterable[Any]) -> tuple[DocumentRef, ...]:
    return tuple(
        DocumentRef(str(d.get("soort", "")), str(d.get("naam", "")))
        for d in raw
        if isinstance(d, dict)
    )


def record_consent(
    session: Session, casus_id: str, tafel_id: str, consent: NewConsent
) -> ConsentOption:
    """Record the family's consent to discuss the casus at this table."""
    casus = _get(session, Casus, casus_id, "casus")
    tafel = _get(session, Tafel, tafel_id, "tafel")
    errors = []
    if not consent.namen.strip():
        errors.append(ValidationError("namen", "required", "who consented is required"))
    if consent.gegeven_op > _today(session):
        errors.append(ValidationError("gegeven_op", "future-date", "consent date in the future"))
    if consent.geldig_tot is not None and consent.geldig_tot < consent.gegeven_op:
        errors.append(ValidationError("geldig_tot", "end-before-start", "expires before given"))
    if errors:
        raise InvalidInput(errors)
    row = Toestemming(
        casus_id=casus.id,
        doel=f"bespreken in {tafel.naam}",
        ontvanger=tafel.code,
        gegeven_door=consent.gegeven_door.value,
        namen=consent.namen.strip(),
        gegeven_op=consent.gegeven_op,
        geldig_tot=consent.geldig_tot,
    )
    session.add(row)
    session.flush()
    audit.record(
        session, "create", "toestemming", row.id, {"casus": casus.id, "ontvanger": tafel.code}
    )
    return _consent_option(row)


def _refusal_error(refusal: Refusal, detail: str) -> ValidationError:
    """Where the form shows a refusal: next to the field it concerns."""
    if refusal is Refusal.DOCUMENT_MISSING:
        return ValidationError(f"documenten.{detail}", refusal.value, f"missing: {detail}")
    field = {
        Refusal.NO_QUESTION: "vraag",
        Refusal.ROLE_NOT_ALLOWED: "tafel",
        Refusal.AGE_BELOW_RANGE: "jeugdige",
        Refusal.AGE_ABOVE_RANGE: "jeugdige",
        Refusal.AGE_UNKNOWN: "jeugdige",
        Refusal.NO_CONSENT_OR_GROUND: "toestemming",
    }[refusal]
    return ValidationError(field, refusal.value, f"{refusal.value} {detail}".strip())


def admission_errors(
    session: Session,
    draft: AanmeldingDraft,
    table: TableDefinition,
    submitter: Professional,
    youth: Jeugdige | None,
) -> list[ValidationError]:
    """Every reason the table's rules refuse ``draft``, each as a field error."""
    consent = None
    if draft.toestemming_id:
        row = _get(session, Toestemming, draft.toestemming_id, "toestemming")
        if row.casus_id != draft.casus_id:
            raise NotFound(f"toestemming {draft.toestemming_id} is not of this casus")
        consent = ConsentRecord(
            row.doel,
            row.ontvanger,
            ConsentGiver(row.gegeven_door),
            row.gegeven_op,
            row.geldig_tot,
            row.ingetrokken_op,
        )
    age = youth.leeftijd if youth else None
    sharing = sharing_issue(
        consent,
        draft.grondslag,
        draft.grondslag_reden,
        recipient=table.code,
        day=_today(session),
        age=age,
    )
    submission = Submission(
        submitter_roles=submitter_roles(submitter),
        child_age=age,
        documents=frozenset(d.soort for d in draft.documenten if d.naam.strip()),
        sharing_allowed=sharing is None,
        question=draft.vraag,
    )
    errors = []
    for issue in admission_issues(table, submission):
        if issue.refusal is Refusal.NO_CONSENT_OR_GROUND and sharing is not None:
            errors.append(sharing)
        else:
            errors.append(_refusal_error(issue.refusal, issue.detail))
    return errors


def save_aanmelding(session: Session, draft: AanmeldingDraft, *, submit: bool) -> MyAanmelding:
    """Store the aanmelding as a concept, or submit it (status ingediend) when the table's
    rules admit it; a refused submission stores nothing and says why, per field."""
    me = current_user(session)
    casus = _get(session, Casus, draft.casus_id, "casus")
    tafel = _get(session, Tafel, draft.tafel_id, "tafel")
    table = table_info(tafel).definition
    today = _today(session)
    household, gemeente = _household_and_gemeente(session, casus)
    jeugdigen = _jeugdigen(session, casus, today)
    youth = next((j for j in jeugdigen if j.persoon_id == draft.jeugdige_id), None)
    if draft.jeugdige_id and youth is None:
        raise NotFound(f"jeugdige {draft.jeugdige_id} is not in this household")
    if draft.aanmelding_id:
        a = _get(session, Aanmelding, draft.aanmelding_id, "aanmelding")
        status = S(a.status)
        if a.casus_id != casus.id or status not in EDITABLE:
            raise RuleViolation("not-editable", f"an aanmelding that is {status} is not edited")
        if status is S.NIET_ONTVANKELIJK:
            check_transition(status, S.CONCEPT, _roles(me))
    else:
        a = Aanmelding(casus_id=casus.id, status=S.CONCEPT.value)
    if submit:
        errors = admission_errors(session, draft, table, me, youth)
        if errors:
            raise InvalidInput(errors)
        check_transition(S.CONCEPT, S.INGEDIEND, _roles(me))
    fragments = case_fragments(session, casus, today)
    anonymous = table.anonymised
    a.tafel_id = tafel.id
    a.vraag = draft.vraag.strip()
    a.samenvatting = compose_summary(
        subject_line(household, gemeente, youth, anonymous=anonymous),
        fragments,
        draft.fragment_keys,
        anonymous=anonymous,
    )
    a.documenten = [
        {"soort": d.soort.strip(), "naam": d.naam.strip()}
        for d in draft.documenten
        if d.soort.strip() and d.naam.strip()
    ]
    a.toestemming_id = draft.toestemming_id if draft.grondslag is None else None
    a.grondslag = draft.grondslag.value if draft.grondslag else ""
    a.grondslag_reden = draft.grondslag_reden.strip() if draft.grondslag else ""
    a.ingediend_door = me.id
    a.reden_niet_ontvankelijk = ""
    if submit:
        a.status = S.INGEDIEND.value
        a.ingediend_op = session.info["now"]()
    else:
        a.status = S.CONCEPT.value
    session.add(a)
    session.flush()
    audit.record(
        session,
        "submit" if submit else "save",
        "aanmelding",
        a.id,
        {"casus": casus.id, "tafel": tafel.code, "status": a.status},
    )
    return _my_aanmelding(session, a)


def _my_aanmelding(session: Session, a: Aanmelding) -> MyAanmelding:
    casus = _get(session, Casus, a.casus_id, "casus")
    tafel = _get(session, Tafel, a.tafel_id, "tafel")
    household = session.get(Huishouden, casus.huishouden_id)
    zitting = session.get(Zitting, a.zitting_id) if a.zitting_id else None
    return MyAanmelding(
        aanmelding_id=a.id,
        casus_id=a.casus_id,
        huishouden=household.naam if household else "",
        tafel_id=tafel.id,
        tafel=tafel.naam,
        status=S(a.status),
        vraag=a.vraag,
        samenvatting=a.samenvatting,
        ingediend_op=a.ingediend_op,
        zitting_start=zitting.start if zitting else None,
        reden_niet_ontvankelijk=a.reden_niet_ontvankelijk,
        advies=a.advies,
        conclusie_gezin=a.conclusie_gezin,
        afspraken=parse_actions(a.afspraken),
    )


def my_aanmeldingen(session: Session, casus_id: str | None = None) -> tuple[MyAanmelding, ...]:
    """The aanmeldingen I made or that concern casussen I hold regie over (or stand in for);
    with ``casus_id``, every aanmelding of that casus. Newest first."""
    me = current_user(session)
    stmt = (
        select(Aanmelding, Huishouden.naam, Tafel.naam, Zitting.start)
        .join(Casus, Casus.id == Aanmelding.casus_id)
        .join(Huishouden, Huishouden.id == Casus.huishouden_id)
        .join(Tafel, Tafel.id == Aanmelding.tafel_id)
        .outerjoin(Zitting, Zitting.id == Aanmelding.zitting_id)
        .where(Aanmelding.deleted_at.is_(None))
    )
    if casus_id is not None:
        stmt = stmt.where(Aanmelding.casus_id == casus_id)
    else:
        stmt = stmt.where(
            or_(
                Aanmelding.ingediend_door == me.id,
                Casus.casusregisseur_id == me.id,
                Casus.stand_in_id == me.id,
            )
        )
    stmt = stmt.order_by(
        func.coalesce(Zitting.start, Aanmelding.ingediend_op, Aanmelding.updated_at).desc(),
        Aanmelding.id,
    )
    return tuple(
        MyAanmelding(
            aanmelding_id=a.id,
            casus_id=a.casus_id,
            huishouden=household,
            tafel_id=a.tafel_id,
            tafel=tafel,
            status=S(a.status),
            vraag=a.vraag,
            samenvatting=a.samenvatting,
            ingediend_op=a.ingediend_op,
            zitting_start=start,
            reden_niet_ontvankelijk=a.reden_niet_ontvankelijk,
            advies=a.advies,
            conclusie_gezin=a.conclusie_gezin,
            afspraken=parse_actions(a.afspraken),
        )
        for a, household, tafel, start in session.execute(stmt)
    )


# --- the tafelsecretaris: need-to-know DTOs --------------------------------------------------


def parse_actions(raw: Iterable[Any]) -> tuple[Action, ...]:
    """The afspraken stored on an aanmelding ({wie, wat, wanneer}) as actions."""
    actions = []
    for item in raw:
        if not isinstance(item, dict):
            continue
        when = item.get("wanneer")
        actions.append(
            Action(
                str(item.get("wie", "")),
                str(item.get("wat", "")),
                date.fromisoformat(when) if isinstance(when, str) and when else None,
            )
        )
    return tuple(actions)


def _sharing_basis(a: Aanmelding, consent: Toestemming | None) -> SharingBasis:
    if a.grondslag:
        return SharingBasis(grondslag=LegalGround(a.grondslag), grondslag_reden=a.grondslag_reden)
    if consent is None:
        return SharingBasis()
    return SharingBasis(
        toestemming_door=ConsentGiver(consent.gegeven_door),
        toestemming_op=consent.gegeven_op,
        toestemming_tot=consent.geldig_tot,
        toestemming_ingetrokken=consent.ingetrokken_op,
    )


@dataclass(frozen=True)
class _Related:
    """What a list of aanmeldingen refers to, loaded in one query per kind."""

    submitters: dict[str, Professional]
    consents: dict[str, Toestemming]
    zittingen: dict[str, Zitting]

    @classmethod
    def load(cls, session: Session, rows: Sequence[Aanmelding]) -> _Related:
        def by_id(model: Any, ids: set[str]) -> dict[str, Any]:
            if not ids:
                return {}
            return {r.id: r for r in session.scalars(select(model).where(model.id.in_(ids)))}

        return cls(
            by_id(Professional, {a.ingediend_door for a in rows if a.ingediend_door}),
            by_id(Toestemming, {a.toestemming_id for a in rows if a.toestemming_id}),
            by_id(Zitting, {a.zitting_id for a in rows if a.zitting_id}),
        )


def _table_aanmelding(a: Aanmelding, related: _Related) -> TableAanmelding:
    """The secretary's view of one aanmelding: only what the aanmelding holds."""
    submitter = related.submitters.get(a.ingediend_door or "")
    zitting = related.zittingen.get(a.zitting_id or "")
    lines = a.samenvatting.splitlines()
    return TableAanmelding(
        aanmelding_id=a.id,
        tafel_id=a.tafel_id,
        status=S(a.status),
        onderwerp=lines[0] if lines else "",
        vraag=a.vraag,
        samenvatting=a.samenvatting,
        documenten=_documents(a.documenten),
        deelbasis=_sharing_basis(a, related.consents.get(a.toestemming_id or "")),
        ingediend_door=submitter.naam if submitter else "",
        ingediend_door_contact=", ".join(x for x in (submitter.telefoon, submitter.email) if x)
        if submitter
        else "",
        ingediend_op=a.ingediend_op,
        reden_niet_ontvankelijk=a.reden_niet_ontvankelijk,
        zitting_id=a.zitting_id,
        zitting_start=zitting.start if zitting else None,
        agenda_positie=a.agenda_positie,
        advies=a.advies,
        conclusie_gezin=a.conclusie_gezin,
        afspraken=parse_actions(a.afspraken),
    )


def _table_aanmeldingen(session: Session, rows: Sequence[Aanmelding]) -> list[TableAanmelding]:
    related = _Related.load(session, rows)
    return [_table_aanmelding(a, related) for a in rows]


def _one(session: Session, a: Aanmelding) -> TableAanmelding:
    return _table_aanmeldingen(session, [a])[0]


def _zitting_rows(
    session: Session, tafel_id: str, *, since: datetime | None = None
) -> tuple[ZittingRow, ...]:
    planned = (
        select(Aanmelding.zitting_id, func.count().label("n"))
        .where(Aanmelding.deleted_at.is_(None), Aanmelding.status.in_(ON_AGENDA))
        .group_by(Aanmelding.zitting_id)
        .subquery()
    )
    stmt = (
        select(Zitting.id, Zitting.start, Zitting.plaats, Zitting.slots, planned.c.n)
        .outerjoin(planned, planned.c.zitting_id == Zitting.id)
        .where(Zitting.tafel_id == tafel_id, Zitting.deleted_at.is_(None))
        .order_by(Zitting.start)
    )
    if since is not None:
        stmt = stmt.where(Zitting.start >= since)
    return tuple(
        ZittingRow(zid, start, plaats, n or 0, slots)
        for zid, start, plaats, slots, n in session.execute(stmt)
    )


def inbox(
    session: Session, tafel_id: str, statuses: frozenset[AanmeldingStatus] = INBOX_STATUSES
) -> Inbox:
    """The aanmeldingen of one table in ``statuses``, oldest submission first, and the coming
    zittingen to plan them into."""
    require_secretary(session)
    info = table_info(_get(session, Tafel, tafel_id, "tafel"))
    rows = list(
        session.scalars(
            select(Aanmelding)
            .where(
                Aanmelding.tafel_id == tafel_id,
                Aanmelding.deleted_at.is_(None),
                Aanmelding.status.in_([s.value for s in statuses]),
            )
            .order_by(Aanmelding.ingediend_op, Aanmelding.id)
        )
    )
    return Inbox(
        info,
        tuple(_table_aanmeldingen(session, rows)),
        _zitting_rows(session, tafel_id, since=session.info["now"]()),
    )


def check_aanmelding(
    session: Session, aanmelding_id: str, *, ontvankelijk: bool, reden: str = ""
) -> TableAanmelding:
    """The secretary's check: ontvankelijk, or not with a reason that goes back to the
    submitter."""
    me = require_secretary(session)
    a = _get(session, Aanmelding, aanmelding_id, "aanmelding")
    new = S.ONTVANKELIJK if ontvankelijk else S.NIET_ONTVANKELIJK
    if not ontvankelijk and not reden.strip():
        raise InvalidInput([ValidationError("reden", "required", "a reason is required")])
    check_transition(S(a.status), new, _roles(me))
    a.status = new.value
    a.reden_niet_ontvankelijk = "" if ontvankelijk else reden.strip()
    session.flush()
    audit.record(session, "check", "aanmelding", a.id, {"status": new.value})
    return _one(session, a)


# --- zittingen and agendas -------------------------------------------------------------------


def _participants(table: TableDefinition) -> list[dict[str, Any]]:
    return [{"naam": who, "rol": role, "aanwezig": None} for role, who in table.participants]


def _first(table: TableDefinition, role: str) -> str:
    return next((who for r, who in table.participants if r == role), "")


def ensure_sessions(session: Session, tafel_id: str, *, weeks: int = 8) -> int:
    """Create the zittingen the table's cadence brings in the coming ``weeks`` (those not
    there yet), each with the table's participants invited. Returns how many were made."""
    require_secretary(session)
    if not 1 <= weeks <= MAX_PLANNING_WEEKS:
        raise InvalidInput([ValidationError("weken", "out-of-range", "1 to 53 weeks")])
    tafel = _get(session, Tafel, tafel_id, "tafel")
    table = table_info(tafel).definition
    today = _today(session)
    until = today + timedelta(weeks=weeks)
    existing = {
        start.date()
        for start in session.scalars(
            select(Zitting.start).where(
                Zitting.tafel_id == tafel_id,
                Zitting.deleted_at.is_(None),
                Zitting.start >= datetime.combine(today, time.min),
            )
        )
    }
    made = 0
    for moment in session_dates(table, today, until):
        if moment.date() in existing:
            continue
        session.add(
            Zitting(
                tafel_id=tafel_id,
                start=moment,
                voorzitter=_first(table, "voorzitter"),
                secretaris=_first(table, "secretaris"),
                deelnemers=_participants(table),
                slots=table.slots,
            )
        )
        made += 1
    session.flush()
    if made:
        audit.record(session, "plan-sessions", "tafel", tafel_id, {"created": made})
    return made


def planning(session: Session, tafel_id: str) -> Planning:
    """The table's calendar: every zitting with its occupation, and what waits to be planned."""
    require_secretary(session)
    info = table_info(_get(session, Tafel, tafel_id, "tafel"))
    waiting = list(
        session.scalars(
            select(Aanmelding)
            .where(
                Aanmelding.tafel_id == tafel_id,
                Aanmelding.deleted_at.is_(None),
                Aanmelding.status == S.ONTVANKELIJK.value,
            )
            .order_by(Aanmelding.ingediend_op, Aanmelding.id)
        )
    )
    return Planning(
        info,
        _zitting_rows(session, tafel_id),
        tuple(_table_aanmeldingen(session, waiting)),
        session.info["now"](),
    )


def _agenda_rows(session: Session, zitting_id: str) -> list[Aanmelding]:
    return list(
        session.scalars(
            select(Aanmelding)
            .where(
                Aanmelding.zitting_id == zitting_id,
                Aanmelding.deleted_at.is_(None),
                Aanmelding.status.in_(ON_AGENDA),
            )
            .order_by(Aanmelding.agenda_positie, Aanmelding.ingediend_op, Aanmelding.id)
        )
    )


def _deelnemers(raw: Iterable[Any]) -> tuple[Deelnemer, ...]:
    return tuple(
        Deelnemer(
            str(p.get("naam", "")),
            str(p.get("rol", "")),
            p.get("aanwezig") if isinstance(p.get("aanwezig"), bool) else None,
        )
        for p in raw
        if isinstance(p, dict)
    )


def _zitting_view(session: Session, z: Zitting) -> ZittingView:
    info = table_info(_get(session, Tafel, z.tafel_id, "tafel"))
    rows = _agenda_rows(session, z.id)
    items = _table_aanmeldingen(session, rows)
    times = agenda_times(z.start, info.definition.minutes_per_slot, len(items))
    return ZittingView(
        zitting_id=z.id,
        table=info,
        start=z.start,
        plaats=z.plaats,
        voorzitter=z.voorzitter,
        secretaris=z.secretaris,
        deelnemers=_deelnemers(z.deelnemers),
        slots=z.slots,
        items=tuple(AgendaItem(b, e, item) for (b, e), item in zip(times, items, strict=True)),
    )


def zitting_view(session: Session, zitting_id: str) -> ZittingView:
    """One zitting: its people and its agenda in order, with each item's slot time."""
    require_secretary(session)
    return _zitting_view(session, _get(session, Zitting, zitting_id, "zitting"))


def read_zitting(session: Session, zitting_id: str) -> ZittingView:
    """``zitting_view`` without the secretary's role check, for the agenda and verslag that
    whoever holds the zitting exports (the CLI): the same need-to-know DTO."""
    return _zitting_view(session, _get(session, Zitting, zitting_id, "zitting"))


def read_aanmelding(session: Session, aanmelding_id: str) -> TableAanmelding:
    """One aanmelding as the table sees it (no role check), for the verslag of one item."""
    return _one(session, _get(session, Aanmelding, aanmelding_id, "aanmelding"))


def _renumber(rows: Sequence[Aanmelding]) -> None:
    for position, row in enumerate(rows):
        if row.agenda_positie != position:
            row.agenda_positie = position


def plan(session: Session, aanmelding_id: str, zitting_id: str) -> ZittingView:
    """Put an ontvankelijk aanmelding (or one planned elsewhere) last on a zitting's agenda."""
    me = require_secretary(session)
    a = _get(session, Aanmelding, aanmelding_id, "aanmelding")
    z = _get(session, Zitting, zitting_id, "zitting")
    if z.tafel_id != a.tafel_id:
        raise RuleViolation("other-table", "the zitting belongs to another table")
    if a.zitting_id == z.id:
        return _zitting_view(session, z)
    status = S(a.status)
    if status is not S.INGEPLAND:
        check_transition(status, S.INGEPLAND, _roles(me))
    agenda = _agenda_rows(session, z.id)
    check_plannable(Capacity(z.slots, len(agenda)), z.start, session.info["now"]())
    previous = a.zitting_id
    a.zitting_id = z.id
    a.status = S.INGEPLAND.value
    a.agenda_positie = len(agenda)
    session.flush()
    if previous:
        _renumber(_agenda_rows(session, previous))
    audit.record(session, "plan", "aanmelding", a.id, {"zitting": z.id})
    return _zitting_view(session, z)


def unplan(session: Session, aanmelding_id: str) -> ZittingView:
    """Take an aanmelding off its zitting's agenda; it waits to be planned again."""
    me = require_secretary(session)
    a = _get(session, Aanmelding, aanmelding_id, "aanmelding")
    z = _get(session, Zitting, a.zitting_id, "zitting")
    check_transition(S(a.status), S.ONTVANKELIJK, _roles(me))
    a.status = S.ONTVANKELIJK.value
    a.zitting_id = None
    a.agenda_positie = 0
    session.flush()
    _renumber(_agenda_rows(session, z.id))
    audit.record(session, "unplan", "aanmelding", a.id, {"zitting": z.id})
    return _zitting_view(session, z)


def reorder_agenda(session: Session, zitting_id: str, order: Sequence[str]) -> ZittingView:
    """Set the agenda's order; ``order`` must hold every item of the agenda exactly once."""
    require_secretary(session)
    z = _get(session, Zitting, zitting_id, "zitting")
    rows = {a.id: a for a in _agenda_rows(session, z.id)}
    if sorted(order) != sorted(rows):
        raise RuleViolation("agenda-mismatch", "the new order must hold exactly the agenda")
    _renumber([rows[i] for i in order])
    session.flush()
    audit.record(session, "reorder", "zitting", z.id, {"items": len(order)})
    return _zitting_view(session, z)


def move_on_agenda(session: Session, aanmelding_id: str, delta: int) -> ZittingView:
    """Move one item up (negative) or down the agenda of its zitting."""
    a = _get(session, Aanmelding, aanmelding_id, "aanmelding")
    if a.zitting_id is None:
        raise RuleViolation("not-planned", "the aanmelding is on no agenda")
    z = _get(session, Zitting, a.zitting_id, "zitting")
    agenda = Agenda([r.id for r in _agenda_rows(session, z.id)])
    agenda.shift(a.id, delta)
    return reorder_agenda(session, z.id, agenda.items)


@dataclass(frozen=True)
class ZittingDetails:
    plaats: str
    voorzitter: str
    secretaris: str
    deelnemers: tuple[Deelnemer, ...]


def update_zitting(session: Session, zitting_id: str, details: ZittingDetails) -> ZittingView:
    """Where, who chairs, who is invited, and who attended."""
    require_secretary(session)
    z = _get(session, Zitting, zitting_id, "zitting")
    errors = [
        ValidationError(f"deelnemers.{i}.naam", "required", "a participant needs a name")
        for i, d in enumerate(details.deelnemers)
        if not d.naam.strip()
    ]
    if errors:
        raise InvalidInput(errors)
    z.plaats = details.plaats.strip()
    z.voorzitter = details.voorzitter.strip()
    z.secretaris = details.secretaris.strip()
    z.deelnemers = [
        {"naam": d.naam.strip(), "rol": d.rol.strip(), "aanwezig": d.aanwezig}
        for d in details.deelnemers
    ]
    session.flush()
    audit.record(session, "update", "zitting", z.id, {"deelnemers": len(details.deelnemers)})
    return _zitting_view(session, z)


# --- the outcome -----------------------------------------------------------------------------


def record_outcome(
    session: Session,
    aanmelding_id: str,
    *,
    advies: str,
    conclusie_gezin: str,
    afspraken: Sequence[Action],
    close: bool = False,
) -> TableAanmelding:
    """Record what the table advised on the aanmelding (status besproken). With ``close``,
    the aanmelding is afgerond: the casusregisseur's client then turns the advice into a
    contribution on the casus and every afspraak into an ``Afspraak`` with its owner and due
    date (``tables_outcome.receive_outcomes``). Nothing is written into the casus here: the
    secretary's device does not hold it."""
    me = require_secretary(session)
    a = _get(session, Aanmelding, aanmelding_id, "aanmelding")
    status = S(a.status)
    if status is S.INGEPLAND:
        check_transition(status, S.BESPROKEN, _roles(me))
    elif status is not S.BESPROKEN:
        raise RuleViolation("bad-transition", f"an aanmelding that is {status} has no outcome")
    errors = outcome_errors(advies, conclusie_gezin, afspraken, closing=close)
    if errors:
        raise InvalidInput(errors)
    a.advies = advies.strip()
    a.conclusie_gezin = conclusie_gezin.strip()
    a.afspraken = [
        {
            "wie": x.wie.strip(),
            "wat": x.wat.strip(),
            "wanneer": x.wanneer.isoformat() if x.wanneer else None,
        }
        for x in afspraken
    ]
    a.status = S.BESPROKEN.value
    if close:
        check_transition(S.BESPROKEN, S.AFGEROND, _roles(me))
        a.status = S.AFGEROND.value
    session.flush()
    audit.record(
        session,
        "close" if close else "outcome",
        "aanmelding",
        a.id,
        {"status": a.status, "afspraken": len(afspraken)},
    )
    return _one(session, a)

"""Finding and reading cases: the case list (paged, filtered, sorted in SQL) and the detail."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Integer,
    Join,
    Select,
    TextClause,
    bindparam,
    case,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased

from casedesk.domain import regie
from casedesk.domain.dates import add_months, age_on, birthday
from casedesk.domain.evaluation import DUE_SOON_DAYS, evaluation_state
from casedesk.domain.vocabulary import (
    BreadthTopic,
    CaseStatus,
    MemberRole,
    NetworkKind,
    Regime,
    SafetyAssessment,
    Step,
)
from casedesk.errors import NotFound
from casedesk.services import dto
from casedesk.services.access import Scope, require_case_access, scope_condition, user_scope
from casedesk.store import audit
from casedesk.store.models import (
    Afspraak,
    Casus,
    Doel,
    Gemeente,
    Huishouden,
    Middel,
    NetwerkContact,
    Observatie,
    Persoon,
    PlanVersie,
    Professional,
    StapLog,
    Team,
)
from casedesk.store.search import count_matches, matching_rowids

TURNING_18_MONTHS = 12


class CaseFilter(StrEnum):
    ALL = "all"
    MINE = "mine"
    EVALUATION_DUE = "evaluation_due"  # overdue or due within two weeks
    TURNING_18 = "turning_18"  # a jeugdige turns 18 within a year


class SortKey(StrEnum):
    HUISHOUDEN = "huishouden"
    GEMEENTE = "gemeente"
    STAP = "stap"
    EVALUATIE = "evaluatie"
    GEOPEND = "geopend"
    WORDT_18 = "wordt_18"
    REGISSEUR = "regisseur"


@dataclass(frozen=True)
class CaseQuery:
    filter: CaseFilter = CaseFilter.ALL
    step: Step | None = None
    status: frozenset[CaseStatus] = field(
        default_factory=lambda: frozenset({CaseStatus.OPEN, CaseStatus.WAAKVLAM})
    )
    text: str = ""
    sort: SortKey = SortKey.HUISHOUDEN
    descending: bool = False


def _under_18(today: date) -> list[ColumnElement[bool]]:
    return [
        Persoon.rol == MemberRole.JEUGDIGE.value,
        Persoon.deleted_at.is_(None),
        Persoon.geboortedatum > add_months(today, -18 * 12),
    ]


def _soonest_18(today: date) -> Any:
    """Birth date of the oldest jeugdige still under 18: their 18th birthday comes first."""
    return (
        select(func.min(Persoon.geboortedatum))
        .where(Persoon.huishouden_id == Casus.huishouden_id, *_under_18(today))
        .correlate(Casus)
        .scalar_subquery()
    )


def _soonest_18_per_household(today: date) -> Any:
    """The same for every household at once, to sort the whole list by it."""
    return (
        select(Persoon.huishouden_id, func.min(Persoon.geboortedatum).label("born"))
        .where(*_under_18(today))
        .group_by(Persoon.huishouden_id)
        .subquery("soonest_18")
    )


# From this many matches on, a search reads the casus list index rather than a casus row per
# match (decision 0045).
MANY_MATCHES = 1000


def _conditions(
    session: Session, query: CaseQuery, today: date, me: str, in_scope: ColumnElement[bool],
    *, by_index: bool = True,
) -> list[ColumnElement[bool]]:
    """The filters, all on the casus itself: counting needs no join. ``in_scope``: the user's
    ``scope_condition``, made once per call (it reads her opened cases). ``by_index``: the caller
    sorts by household name or only counts, which the list index (status, deleted_at,
    huishouden_id) answers without reading casus rows.

    Need-to-know: the list holds the cases the user may open (her team, regie, stand-in, an
    involvement, a live break-the-glass grant). A search looks through every casus on the
    device, so that one outside the scope can be found and opened with a reason; its line says
    it is outside (decision 0097)."""
    conditions: list[ColumnElement[bool]] = [
        Casus.deleted_at.is_(None),
        Casus.status.in_([s.value for s in query.status]),
    ]
    if not query.text.strip():
        # Inside a CASE the scope's OR is checked per index entry (ix_casus_huishouden_lijst
        # for the walk, ix_casus_bereik for the count hold every column it reads, 0007/0008);
        # as a bare OR SQLite answers it from the scope's separate indexes and reads a casus
        # row per case in scope (~10x slower to count at 10k).
        conditions.append(case((in_scope, 1), else_=0) == 1)
    if query.step is not None:
        conditions.append(Casus.stap == query.step.value)
    if query.filter is CaseFilter.MINE:
        conditions.append(or_(Casus.casusregisseur_id == me, Casus.stand_in_id == me))
    elif query.filter is CaseFilter.EVALUATION_DUE:
        due = date.fromordinal(today.toordinal() + DUE_SOON_DAYS)
        conditions.append(Casus.volgende_evaluatie <= due)
    elif query.filter is CaseFilter.TURNING_18:
        # A jeugdige under 18 today whose 18th birthday falls within the coming months.
        window_end = add_months(today, TURNING_18_MONTHS - 18 * 12)
        turning = select(Persoon.huishouden_id).where(
            *_under_18(today), Persoon.geboortedatum <= window_end
        )
        conditions.append(Casus.huishouden_id.in_(turning))
    if query.text.strip():
        conditions.append(_search(session, query.text, by_index))
    return conditions


def _search(session: Session, text: str, by_index: bool) -> ColumnElement[bool]:
    """The casus matches the search. SQLite drives a query by a rowid list when it can: a
    casus row read per match, ~6 µs each — the best plan for a few matches, 250 ms for
    40,000. With many matches the ``+ 0`` hides the rowid from the planner, which then scans
    the covering list index and probes each entry against the matches (a Bloom filter):
    ~8 ms at 100,000 cases plus ~1.5 µs a match."""
    matches = matching_rowids(text)
    if matches is None:
        return false()
    rowid: ColumnElement[int] = literal_column("casus.rowid", Integer)
    if by_index and count_matches(session, text) >= MANY_MATCHES:
        rowid = rowid + 0
    return rowid.in_(matches)


def _page_rowids(
    session: Session,
    query: CaseQuery,
    conditions: list[ColumnElement[bool]],
    today: date,
    offset: int,
    limit: int,
) -> tuple[list[int], int | None]:
    """The rowids of one page, joining only what the sort needs, and the number of filtered
    cases (``None`` for a page past the end). Rowids, not ids: the indexes of the list hold
    them, so finding a page reads no casus rows. The total is a window count over the same
    pass: a search evaluates its full-text match once, not once to count and once to sort."""
    rowid: ColumnClause[int] = literal_column("casus.rowid", Integer)
    stmt = select(rowid, func.count().over()).select_from(Casus).where(*conditions)
    order: Any
    match query.sort:
        case SortKey.HUISHOUDEN:
            stmt = stmt.join(Huishouden, Huishouden.id == Casus.huishouden_id)
            order = Huishouden.naam
        case SortKey.GEMEENTE:
            stmt = stmt.join(Gemeente, Gemeente.id == Casus.gemeente_id)
            order = Gemeente.naam
        case SortKey.REGISSEUR:  # the name shown, not the id
            regisseur = aliased(Professional)
            stmt = stmt.outerjoin(regisseur, regisseur.id == Casus.casusregisseur_id)
            order = regisseur.naam
        case SortKey.WORDT_18:
            soonest = _soonest_18_per_household(today)
            stmt = stmt.outerjoin(soonest, soonest.c.huishouden_id == Casus.huishouden_id)
            order = soonest.c.born
        case _:
            order = _SORT_COLUMNS[query.sort]
    order = order.desc() if query.descending else order.asc()
    stmt = stmt.order_by(order.nulls_last(), rowid).offset(offset).limit(limit)
    rows = session.execute(stmt).all()
    return [r[0] for r in rows], (rows[0][1] if rows else None)


class _OrderedJoin(Join):
    """An inner join SQLite must run in the order written (its ``CROSS JOIN``)."""

    inherit_cache = True


@compiles(_OrderedJoin, "sqlite")
def _compile_ordered_join(join: _OrderedJoin, compiler: Any, **kw: Any) -> str:
    return str(compiler.visit_join(join, **kw)).replace(" JOIN ", " CROSS JOIN ", 1)


def _walks_households(query: CaseQuery) -> bool:
    """The list as it opens (every case, by household name): walk the households in name
    order and stop after the page, rather than sort every case. A search or a narrow filter
    keeps the other way: it would walk far to fill a page."""
    return query.sort is SortKey.HUISHOUDEN and query.filter is CaseFilter.ALL and not (
        query.text.strip())


def _page_by_household(
    today: date, in_scope: ColumnElement[bool], conditions: list[ColumnElement[bool]],
    descending: bool, offset: int, limit: int,
) -> Select[*tuple[Any, ...]]:
    """The page's lines from the household name index (0005) outward: a few hundred index
    entries read instead of every case sorted. The planner would start from the status
    filter, which nearly every case passes; the join order is therefore fixed."""
    rowid: ColumnClause[int] = literal_column("casus.rowid", Integer)
    order = [Huishouden.naam, Huishouden.id]  # the index's order; naam is never NULL
    return (
        _rows(today, in_scope, households_first=True)
        .where(*conditions)
        .order_by(*(o.desc() if descending else o.asc() for o in order), rowid)
        .offset(offset)
        .limit(limit)
    )


# The opening list of a user with a team (decision 0098): her team's lines in household-name
# order (lijstregel), merged with her cases outside the team, each way in from its own index.
# SQLite merges the sorted arms and stops after the page. "Outside the team" as two ranges,
# not !=: the index then skips her own team's cases instead of reading them (thousands for a
# casusregisseur of the 100k demo). Text, not a SQLAlchemy union: the union took ~7 ms to
# compile, on every fresh connection's first page.
_IN_SCOPE_PAGE = """
SELECT casus_rowid AS r, naam, huishouden_id AS hid FROM lijstregel
WHERE team_id = :team AND status IN :statuses
UNION SELECT c.rowid, h.naam, h.id FROM casus c JOIN huishouden h ON h.id = c.huishouden_id
WHERE c.deleted_at IS NULL AND c.status IN :statuses AND c.casusregisseur_id = :person
  AND (c.team_id < :team OR c.team_id > :team)
UNION SELECT c.rowid, h.naam, h.id FROM casus c JOIN huishouden h ON h.id = c.huishouden_id
WHERE c.deleted_at IS NULL AND c.status IN :statuses AND c.stand_in_id = :person
  AND (c.team_id < :team OR c.team_id > :team)
UNION SELECT c.rowid, h.naam, h.id FROM casus c JOIN huishouden h ON h.id = c.huishouden_id
WHERE c.deleted_at IS NULL AND c.status IN :statuses AND c.team_id != :team
  AND c.id IN :opened
ORDER BY naam {direction}, hid {direction}, r LIMIT :limit OFFSET :offset
"""


def _page_in_scope(
    scope: Scope, query: CaseQuery, offset: int, limit: int
) -> TextClause:
    """The rowids of one page of the opening list of a user with a team; a casus reached
    two ways (regie and stand-in) shows once."""
    statement = text(_IN_SCOPE_PAGE.format(direction="DESC" if query.descending else "ASC"))
    return statement.bindparams(
        bindparam("statuses", [s.value for s in query.status], expanding=True),
        bindparam("opened", list(scope.opened_ids), expanding=True),
        team=scope.team_id, person=scope.person_id, limit=limit, offset=offset)


def _rows(
    today: date, in_scope: ColumnElement[bool], *, households_first: bool = False
) -> Select[*tuple[Any, ...]]:
    """What a line of the list shows; run for one page of rows only. ``households_first``
    walks the households and then their cases, in that order. ``_case_row`` unpacks these
    columns by position."""
    regisseur = aliased(Professional)
    stmt: Select[*tuple[Any, ...]] = select(
        literal_column("casus.rowid").label("rowid"),
        Casus.id,
        Huishouden.naam,
        Gemeente.naam.label("gemeente"),
        Team.naam.label("team"),
        regisseur.naam.label("regisseur"),
        Casus.stap,
        Casus.status,
        Casus.regime,
        Casus.geopend_op,
        Casus.volgende_evaluatie,
        Casus.casusregisseur_id,
        Casus.stand_in_id,
        _soonest_18(today).label("born"),
        in_scope.label("in_scope"),
    )
    if households_first:
        stmt = stmt.select_from(
            _OrderedJoin(Huishouden, Casus, Casus.huishouden_id == Huishouden.id))
    else:
        stmt = stmt.join(Huishouden, Huishouden.id == Casus.huishouden_id)
    return (
        stmt.join(Gemeente, Gemeente.id == Casus.gemeente_id)
        .join(Team, Team.id == Casus.team_id)
        .outerjoin(regisseur, regisseur.id == Casus.casusregisseur_id)
    )


_SORT_COLUMNS = {
    SortKey.STAP: Casus.stap,
    SortKey.EVALUATIE: Casus.volgende_evaluatie,
    SortKey.GEOPEND: Casus.geopend_op,
}


# The desktop client's page of the case list: a screen shows 25-40 lines, the next page comes as
# the list scrolls; every line of a cold first page costs ~0.1 ms to read (decisions 0044, 0045).
PAGE_SIZE = 50


def list_cases(
    session: Session,
    query: CaseQuery,
    *,
    today: date,
    me: str,
    offset: int = 0,
    limit: int = 200,
    count: bool = True,
) -> dto.CasePage:
    """One page of the case list, and how many cases the whole list holds.

    ``count=False`` lets the opening list skip its separate count (the client shows the page
    first and asks ``count_cases`` after it); every other list counts in the same pass anyway.

    In two steps: find the page's rows and the total (joining only what the sort needs), then
    read what the list shows — with its per-household birthday lookup — for those rows alone.
    The opening list walks the household names instead and counts on ``casus`` alone.
    """
    scope = user_scope(session) if _walks_households(query) and query.step is None else None
    if scope is not None and scope.team_id is not None:
        # Every line is in scope by construction: no per-line scope check to compile or run.
        page = list(session.scalars(_page_in_scope(scope, query, offset, limit)))
        shown = _shown(session, today, me, true(), page)
        if count:
            return dto.CasePage(shown, count_cases(session, query, today=today, me=me), offset)
        more = 1 if len(shown) == limit else 0
        return dto.CasePage(shown, offset + len(shown) + more, offset, counted=False)
    in_scope = scope_condition(session)
    conditions = _conditions(session, query, today, me, in_scope,
                             by_index=query.sort is SortKey.HUISHOUDEN)
    if _walks_households(query):
        # One pass: the walk reads the shown columns as it goes (the household name from
        # the index it walks), so no second statement looks the page's rows up again.
        walked = session.execute(_page_by_household(today, in_scope, conditions,
                                                    query.descending, offset, limit)).all()
        shown = tuple(_case_row(r, today, me) for r in walked)
        if count:
            return dto.CasePage(shown, _count(session, conditions), offset)
        more = 1 if len(shown) == limit else 0
        return dto.CasePage(shown, offset + len(shown) + more, offset, counted=False)
    page, counted = _page_rowids(session, query, conditions, today, offset, limit)
    total = counted if counted is not None else (0 if offset == 0 else _count(session, conditions))
    return dto.CasePage(_shown(session, today, me, in_scope, page), total, offset)


def _shown(
    session: Session, today: date, me: str, in_scope: ColumnElement[bool], page: list[int]
) -> tuple[dto.CaseRow, ...]:
    """What the list shows of these cases (by rowid), in the page's order."""
    rowid: ColumnClause[int] = literal_column("casus.rowid", Integer)
    rows = session.execute(_rows(today, in_scope).where(rowid.in_(page))).all()
    found = {r.rowid: r for r in rows}
    return tuple(_case_row(found[i], today, me) for i in page)


def count_cases(session: Session, query: CaseQuery, *, today: date, me: str) -> int:
    """How many cases the list of ``query`` holds (after a page read with ``count=False``)."""
    return _count(session, _conditions(session, query, today, me, scope_condition(session)))


def _count(session: Session, conditions: list[ColumnElement[bool]]) -> int:
    return session.scalar(select(func.count()).select_from(Casus).where(*conditions)) or 0


# Stored codes to members by a dict lookup: calling an Enum costs ~1.5 µs, three per line.
_STEPS = {s.value: s for s in Step}
_STATUSES = {s.value: s for s in CaseStatus}
_REGIMES = {r.value: r for r in Regime}


def _case_row(r: Any, today: date, me: str) -> dto.CaseRow:
    # Unpacked in the order of ``_rows``: a Row's attributes by name cost ~1.5 µs each, a
    # noticeable part of a cold first page.
    (_, casus_id, naam, gemeente, team, regisseur, stap, status, regime, geopend_op,
     volgende_evaluatie, regisseur_id, stand_in_id, born, in_scope) = r
    return dto.CaseRow(
        casus_id=casus_id,
        huishouden=naam,
        gemeente=gemeente,
        team=team,
        casusregisseur=regisseur or "",
        stap=_STEPS[stap],
        status=_STATUSES[status],
        regime=_REGIMES[regime],
        geopend_op=geopend_op,
        volgende_evaluatie=volgende_evaluatie,
        evaluatie=evaluation_state(volgende_evaluatie, today),
        wordt_18_op=birthday(born, 18) if born else None,
        mine=me in (regisseur_id, stand_in_id),
        in_scope=bool(in_scope),
    )


def full_name(p: Persoon) -> str:
    return " ".join(part for part in (p.voornaam, p.tussenvoegsel, p.achternaam) if part)


def _live(model: Any, **where: Any) -> Any:
    stmt = select(model).where(model.deleted_at.is_(None))
    for key, value in where.items():
        stmt = stmt.where(getattr(model, key) == value)
    return stmt


def case_detail(session: Session, casus_id: str, *, today: date) -> dto.CaseDetail:
    """Everything the case view shows. Reading a casus is audited (AVG)."""
    casus = session.get(Casus, casus_id)
    if casus is None or casus.deleted_at is not None:
        raise NotFound(f"no casus {casus_id}")
    require_case_access(session, casus.id)  # need-to-know: else break the glass first
    household = session.get(Huishouden, casus.huishouden_id)
    gemeente = session.get(Gemeente, casus.gemeente_id)
    team = session.get(Team, casus.team_id)
    regisseur = session.get(Professional, casus.casusregisseur_id)
    stand_in = session.get(Professional, casus.stand_in_id) if casus.stand_in_id else None
    assert household is not None and gemeente is not None and team is not None
    members = session.scalars(
        _live(Persoon, huishouden_id=household.id).order_by(Persoon.geboortedatum)
    ).all()
    names = {p.id: full_name(p) for p in members}
    audit.record(session, "view", "casus", casus.id)
    vt = regie.VeiligThuisAfspraken(
        casus.vt_aanspreekpunt, casus.vt_planschrijver, casus.vt_toezicht
    )
    return dto.CaseDetail(
        casus_id=casus.id,
        huishouden_id=household.id,
        huishouden=household.naam,
        adres=", ".join(
            x
            for x in (household.straat, f"{household.postcode} {household.woonplaats}".strip())
            if x
        ),
        gemeente=gemeente.naam,
        team=team.naam,
        casusregisseur=regisseur.naam if regisseur else "",
        casusregisseur_contact=", ".join(x for x in (regisseur.telefoon, regisseur.email) if x)
        if regisseur
        else "",
        stand_in=stand_in.naam if stand_in else "",
        verwijzer=casus.verwijzer,
        stap=Step(casus.stap),
        status=CaseStatus(casus.status),
        regime=Regime(casus.regime),
        regime_reminders=tuple(regie.regime_reminders(Regime(casus.regime), vt)),
        geopend_op=casus.geopend_op,
        gesloten_op=casus.gesloten_op,
        volgende_evaluatie=casus.volgende_evaluatie,
        evaluatie=evaluation_state(casus.volgende_evaluatie, today),
        aanleiding=casus.aanleiding,
        veiligheid=SafetyAssessment(casus.veiligheid),
        breedte=tuple((t, str(casus.breedte.get(t.value, ""))) for t in BreadthTopic),
        leden=tuple(_member(p, today) for p in members),
        netwerk=tuple(
            dto.NetworkView(
                n.id,
                n.naam,
                n.relatie,
                NetworkKind(n.soort),
                n.organisatie,
                n.telefoon,
                n.nabijheid,
            )
            for n in session.scalars(
                _live(NetwerkContact, huishouden_id=household.id).order_by(NetwerkContact.naam)
            )
        ),
        observaties=tuple(
            dto.ObservationView(names.get(o.persoon_id or "", ""), o.soort, o.tekst)
            for o in session.scalars(_live(Observatie, casus_id=casus.id))
        ),
        doelen=tuple(
            dto.GoalView(d.id, d.omschrijving, d.eindsituatie, names.get(d.persoon_id or "", ""))
            for d in session.scalars(_live(Doel, casus_id=casus.id).order_by(Doel.volgorde))
        ),
        middelen=tuple(
            dto.MiddelView(
                m.id,
                m.omschrijving,
                m.aanbieder,
                m.soort_aanbieder,
                m.wet,
                m.start,
                m.eind,
                m.thuis_mogelijk,
            )
            for m in session.scalars(_live(Middel, casus_id=casus.id).order_by(Middel.start))
        ),
        afspraken=tuple(
            dto.AfspraakView(a.id, a.wie, a.wat, a.wanneer, a.gedaan, a.bron)
            for a in session.scalars(_live(Afspraak, casus_id=casus.id).order_by(Afspraak.wanneer))
        ),
        historie=tuple(
            dto.HistoryEntry(h.op, h.soort, h.van, h.naar, h.besluit, h.reden, h.door)
            for h in session.scalars(_live(StapLog, casus_id=casus.id).order_by(StapLog.op))
        ),
        plan_versies=session.scalar(
            select(func.count()).select_from(PlanVersie).where(PlanVersie.casus_id == casus.id)
        )
        or 0,
    )


def _member(p: Persoon, today: date) -> dto.MemberView:
    age = age_on(p.geboortedatum, today) if p.geboortedatum else None
    turns_18 = (
        birthday(p.geboortedatum, 18)
        if p.geboortedatum and age is not None and age < 18 and p.rol == MemberRole.JEUGDIGE
        else None
    )
    return dto.MemberView(
        p.id,
        full_name(p),
        MemberRole(p.rol),
        p.geboortedatum,
        age,
        turns_18,
        p.bsn,
        p.gezag,
        p.telefoon,
        p.email,
    )

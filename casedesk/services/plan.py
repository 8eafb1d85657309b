"""The gezinsplan's content: the casus workspace the editor opens, drafts, saving the four
steps, agreed versions and comparing them, and the family's view at the kitchen table.

Saving applies the draft as changes against the base the draft was made from (a three-way
merge per field): what the professional did not touch is left as it is now, so a sync that
arrived meanwhile is never overwritten by a stale copy. See docs/decisions/0051-casus-drafts.md.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, func, literal_column, select
from sqlalchemy.orm import Session

from casedesk.domain.vocabulary import AgreementMethod, BreadthTopic, MemberRole, ObservationKind
from casedesk.errors import InvalidInput, NotFound, ValidationError
from casedesk.services import cases, dto, regie
from casedesk.services.documents import gezinsplan_snapshot
from casedesk.services.plan_draft import (
    DRAFT_FORMAT,
    empty_outcome,
    empty_toetsing,
    empty_words,
    format_date,
    format_euro,
    parse_date,
    parse_euro,
    validate_draft,
)
from casedesk.store import audit
from casedesk.store.models import (
    Afspraak,
    Casus,
    Doel,
    DoelToetsing,
    EigenWoorden,
    Huishouden,
    Middel,
    Observatie,
    Persoon,
    PlanVersie,
    Professional,
    Setting,
    Toetsing,
)

DRAFT_KEY = "draft:{}"
SECTIONS = ("doelen", "middelen", "afspraken")


@dataclass(frozen=True)
class StoredDraft:
    saved_at: datetime
    base: dict[str, Any]
    draft: dict[str, Any]
    stale: bool  # the casus was changed (elsewhere) since the draft's base was read


@dataclass(frozen=True)
class PlanVersionView:
    versie: int
    akkoord_door: str
    akkoord_op: date
    akkoord_wijze: str  # AgreementMethod code
    doelen: int
    middelen: int
    afspraken: int


@dataclass(frozen=True)
class Workspace:
    """Everything the casus view shows, read in one unit of work."""

    detail: dto.CaseDetail
    regie: regie.RegieView
    base: dict[str, Any]
    stored: StoredDraft | None
    versies: tuple[PlanVersionView, ...]  # whether the plan changed since: compare_versions
    wie: tuple[str, ...]  # who can own an afspraak: members, netwerk, regisseur


@dataclass(frozen=True)
class SaveResult:
    casus_id: str
    changed: tuple[str, ...]  # the parts of the plan that changed


def _rowid(model: Any) -> Any:
    return literal_column(f"{model.__tablename__}.rowid")


def _live(model: Any, casus_id: str) -> Any:
    return select(model).where(model.casus_id == casus_id, model.deleted_at.is_(None))


def _today(session: Session) -> date:
    now: datetime = session.info["now"]()
    return now.date()


# --- the draft as the rows hold it now -------------------------------------------------------


# Statements built once: opening a casus runs each of them, and building a statement costs
# more Python than the query costs SQLite.
_CASUS: Any = bindparam("casus_id")


def _of_casus(model: Any) -> Any:
    return select(model).where(model.casus_id == _CASUS, model.deleted_at.is_(None))


_WORDS = _of_casus(EigenWoorden).order_by(_rowid(EigenWoorden))
_OBSERVATIONS = _of_casus(Observatie).order_by(_rowid(Observatie))
_GOALS = _of_casus(Doel).order_by(Doel.volgorde, _rowid(Doel))
_MIDDELEN = _of_casus(Middel).order_by(_rowid(Middel))
_AFSPRAKEN = _of_casus(Afspraak).order_by(_rowid(Afspraak))
_OUTCOMES = select(DoelToetsing).where(DoelToetsing.toetsing_id == bindparam("toetsing_id"),
                                       DoelToetsing.deleted_at.is_(None))
_YOUTHS = select(Persoon.id).where(Persoon.huishouden_id == bindparam("huishouden_id"),
                                   Persoon.deleted_at.is_(None),
                                   Persoon.rol == MemberRole.JEUGDIGE.value)


def _discussed(breedte: dict[str, Any]) -> set[str]:
    """The breadth topics discussed; before the checklist existed, those with a note."""
    if "besproken" in breedte:
        return set(breedte["besproken"] or [])
    return {k for k, v in breedte.items() if v}


def draft_from_rows(session: Session, casus: Casus,
                    youths: Iterable[str] | None = None) -> dict[str, Any]:
    """The plan's rows as a draft; ``youths`` (the jeugdigen's ids) when already known."""
    key = {"casus_id": casus.id}
    breedte = casus.breedte or {}
    besproken = [t.value for t in BreadthTopic if t.value in _discussed(breedte)]
    words: dict[str, dict[str, Any]] = {}
    for w in session.scalars(_WORDS, key):
        words.setdefault(w.persoon_id, {"id": w.id, "vraag": w.vraag, "wensen": w.wensen,
                                        "dromen": w.dromen})
    if youths is None:
        youths = session.scalars(_YOUTHS, {"huishouden_id": casus.huishouden_id})
    for youth in youths:
        words.setdefault(youth, empty_words())  # a place for every child's own words
    goals = list(session.scalars(_GOALS, key))
    return {
        "formaat": DRAFT_FORMAT,
        "vraaganalyse": {
            "aanleiding": casus.aanleiding,
            "breedte": {t.value: str(breedte.get(t.value, "") or "") for t in BreadthTopic},
            "besproken": besproken,
            "veiligheid": casus.veiligheid,
            "veiligheid_toelichting": casus.veiligheid_toelichting,
            "eigen_kracht": casus.eigen_kracht,
            "ernst": casus.ernst,
            "observaties": [
                {"id": o.id, "persoon_id": o.persoon_id, "soort": o.soort, "tekst": o.tekst}
                for o in session.scalars(_OBSERVATIONS, key)
            ],
            "eigen_woorden": words,
        },
        "doelen": [
            {"id": g.id, "persoon_id": g.persoon_id, "omschrijving": g.omschrijving,
             "eindsituatie": g.eindsituatie}
            for g in goals
        ],
        "middelen": [
            {"id": m.id, "doel_id": m.doel_id, "omschrijving": m.omschrijving,
             "aanbieder": m.aanbieder, "soort_aanbieder": m.soort_aanbieder, "wet": m.wet,
             "productcode": m.productcode, "start": format_date(m.start),
             "eind": format_date(m.eind), "kosten": format_euro(m.kosten_cent),
             "thuis_mogelijk": m.thuis_mogelijk, "niet_thuis_reden": m.niet_thuis_reden}
            for m in session.scalars(_MIDDELEN, key)
        ],
        "afspraken": [
            {"id": a.id, "wie": a.wie, "wat": a.wat, "wanneer": format_date(a.wanneer),
             "gedaan": a.gedaan, "bron": a.bron}
            for a in session.scalars(_AFSPRAKEN, key)
        ],
        "toetsing": _toetsing_draft(session, casus, {g.id for g in goals}),
    }


def _toetsing_draft(session: Session, casus: Casus, goal_ids: set[str]) -> dict[str, Any]:
    draft = empty_toetsing()
    draft["afschaal_voorwaarden"] = casus.afschaal_voorwaarden
    t = regie.open_toetsing(session, casus.id)
    if t is not None:
        draft.update(id=t.id, datum=format_date(t.datum), toelichting=t.toelichting,
                     volgende_evaluatie=format_date(t.volgende_evaluatie))
        for u in session.scalars(_OUTCOMES, {"toetsing_id": t.id}):
            if u.doel_id in goal_ids:
                draft["uitkomsten"][u.doel_id] = {
                    "resultaat": u.resultaat, "visie_gezin": u.visie_gezin,
                    "visie_professional": u.visie_professional}
    return draft


# --- the workspace ---------------------------------------------------------------------------


def workspace(session: Session, casus_id: str, *, today: date) -> Workspace:
    """Open a casus: its detail, regie, the editable base, a stored draft, the versions."""
    detail = cases.case_detail(session, casus_id, today=today)
    casus = regie.get_casus(session, casus_id)
    youths = [m.persoon_id for m in detail.leden if m.rol is MemberRole.JEUGDIGE]
    base = draft_from_rows(session, casus, youths)
    versions = plan_versions(session, casus_id)
    regisseur = session.get(Professional, casus.casusregisseur_id)
    wie = [m.naam for m in detail.leden] + [n.naam for n in detail.netwerk]
    if regisseur is not None:
        wie.append(regisseur.naam)
    return Workspace(
        detail=detail,
        regie=regie.regie_view(session, casus_id),
        base=base,
        stored=_stored_draft(session, casus_id, base),
        versies=versions,
        wie=tuple(dict.fromkeys(wie)),
    )


# --- drafts ----------------------------------------------------------------------------------


def _stored_draft(session: Session, casus_id: str, base: dict[str, Any]) -> StoredDraft | None:
    row = session.get(Setting, DRAFT_KEY.format(casus_id))
    if row is None or not isinstance(row.value, dict):
        return None
    value = row.value
    if value.get("draft", {}).get("formaat") != DRAFT_FORMAT:
        return None  # a draft of another build's shape is not guessed at
    return StoredDraft(
        saved_at=datetime.fromisoformat(value["saved_at"]),
        base=value["base"],
        draft=value["draft"],
        stale=value["base"] != base,
    )


def save_draft(session: Session, casus_id: str, base: dict[str, Any],
               draft: dict[str, Any]) -> datetime:
    """Keep the editor's unsaved work (autosave). Local only: a draft is never synced."""
    regie.get_casus(session, casus_id)
    now: datetime = session.info["now"]()
    session.merge(Setting(key=DRAFT_KEY.format(casus_id), value={
        "saved_at": now.isoformat(), "base": base, "draft": draft}))
    return now


def discard_draft(session: Session, casus_id: str) -> None:
    row = session.get(Setting, DRAFT_KEY.format(casus_id))
    if row is not None:
        session.delete(row)


def stored_draft(session: Session, casus_id: str) -> StoredDraft | None:
    casus = regie.get_casus(session, casus_id)
    return _stored_draft(session, casus_id, draft_from_rows(session, casus))


# --- saving the draft ------------------------------------------------------------------------


def save_plan(session: Session, casus_id: str, base: dict[str, Any],
              draft: dict[str, Any]) -> SaveResult:
    """Write what the draft changed relative to ``base`` through to the plan's rows."""
    casus = regie.get_casus(session, casus_id)
    regie.require_editor(session, casus)
    errors = validate_draft(draft, _today(session), base)
    if errors:
        raise InvalidInput(errors)
    changed: list[str] = []
    if _apply_vraaganalyse(session, casus, base["vraaganalyse"], draft["vraaganalyse"]):
        changed.append("vraaganalyse")
    goal_rank = {g["id"]: i for i, g in enumerate(draft["doelen"])}
    for section, model, columns in (
        ("doelen", Doel, lambda item: _goal_columns(item, goal_rank)),
        ("middelen", Middel, _middel_columns),
        ("afspraken", Afspraak, _afspraak_columns),
    ):
        if _apply_list(session, casus.id, model, base[section], draft[section], columns):
            changed.append(section)
    session.flush()
    if _apply_toetsing(session, casus, base["toetsing"], draft["toetsing"]):
        changed.append("toetsing")
    discard_draft(session, casus.id)
    if changed:
        audit.record(session, "plan-edit", "casus", casus.id, {"onderdelen": changed})
    return SaveResult(casus.id, tuple(changed))


def _apply_fields(row: Any, base: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """Set the columns whose value the draft changed; leave the others as the row has them."""
    touched = False
    for column, value in new.items():
        if base.get(column) != value:
            setattr(row, column, value)
            touched = True
    return touched


def _apply_vraaganalyse(session: Session, casus: Casus, base: dict[str, Any],
                        draft: dict[str, Any]) -> bool:
    scalars = ("aanleiding", "veiligheid", "veiligheid_toelichting", "eigen_kracht", "ernst")
    touched = _apply_fields(casus, {k: base[k] for k in scalars}, {k: draft[k] for k in scalars})
    breedte = dict(casus.breedte or {})
    new_breedte = dict(breedte)
    for topic in BreadthTopic:
        if draft["breedte"].get(topic.value, "") != base["breedte"].get(topic.value, ""):
            new_breedte[topic.value] = draft["breedte"].get(topic.value, "")
    if set(draft["besproken"]) != set(base["besproken"]):
        now_discussed = _discussed(breedte)
        added = set(draft["besproken"]) - set(base["besproken"])
        removed = set(base["besproken"]) - set(draft["besproken"])
        new_breedte["besproken"] = [t.value for t in BreadthTopic
                                    if t.value in (now_discussed | added) - removed]
    if new_breedte != breedte:
        casus.breedte = new_breedte  # a new dict: JSON columns only notice reassignment
        touched = True
    touched |= _apply_list(session, casus.id, Observatie, base["observaties"],
                           draft["observaties"], _observation_columns)
    touched |= _apply_words(session, casus, base["eigen_woorden"], draft["eigen_woorden"])
    return touched


def _observation_columns(item: dict[str, Any]) -> dict[str, Any]:
    return {"persoon_id": item["persoon_id"], "soort": item["soort"],
            "tekst": item["tekst"].strip()}


def _goal_columns(item: dict[str, Any], rank: dict[str, int]) -> dict[str, Any]:
    return {"persoon_id": item["persoon_id"], "omschrijving": item["omschrijving"].strip(),
            "eindsituatie": item["eindsituatie"].strip(), "volgorde": rank.get(item["id"], 0)}


def _middel_columns(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "doel_id": item["doel_id"] or None,
        "omschrijving": item["omschrijving"].strip(),
        "aanbieder": item["aanbieder"].strip(),
        "soort_aanbieder": item["soort_aanbieder"],
        "wet": item["wet"],
        "productcode": item["productcode"].strip(),
        "start": parse_date(item["start"], "start"),
        "eind": parse_date(item["eind"], "eind"),
        "kosten_cent": parse_euro(item["kosten"], "kosten"),
        "thuis_mogelijk": bool(item["thuis_mogelijk"]),
        "niet_thuis_reden": "" if item["thuis_mogelijk"] else item["niet_thuis_reden"].strip(),
    }


def _afspraak_columns(item: dict[str, Any]) -> dict[str, Any]:
    return {"wie": item["wie"].strip(), "wat": item["wat"].strip(),
            "wanneer": parse_date(item["wanneer"], "wanneer"), "gedaan": bool(item["gedaan"]),
            "bron": item.get("bron") or "plan"}


def _apply_list(
    session: Session,
    casus_id: str,
    model: Any,
    base: list[dict[str, Any]],
    draft: list[dict[str, Any]],
    columns: Callable[[dict[str, Any]], dict[str, Any]],
) -> bool:
    """Insert what the draft added, tombstone what it removed, update what it changed."""
    base_by_id = {item["id"]: item for item in base}
    draft_ids = {item["id"] for item in draft}
    now = session.info["now"]()
    touched = False
    for item in draft:
        values = columns(item)
        row = session.get(model, item["id"])
        if row is not None and row.casus_id != casus_id:
            raise ValidationError("id", "foreign-row", "an item of another casus")
        if row is None:
            session.add(model(id=item["id"], casus_id=casus_id, **values))
            touched = True
        elif row.deleted_at is None:
            old = base_by_id.get(item["id"])
            touched |= _apply_fields(row, columns(old) if old else {}, values)
    for item_id in base_by_id.keys() - draft_ids:
        row = session.get(model, item_id)
        if row is not None and row.casus_id == casus_id and row.deleted_at is None:
            row.deleted_at = now
            touched = True
    return touched


def _apply_words(session: Session, casus: Casus, base: dict[str, Any],
                 draft: dict[str, Any]) -> bool:
    touched = False
    members = set(session.scalars(select(Persoon.id).where(
        Persoon.huishouden_id == casus.huishouden_id)))
    for persoon_id, words in draft.items():
        old = base.get(persoon_id, empty_words())
        fields = {k: words[k].strip() for k in ("vraag", "wensen", "dromen")}
        if fields == {k: old[k].strip() for k in fields} or persoon_id not in members:
            continue
        row = session.get(EigenWoorden, words["id"]) if words.get("id") else None
        if row is None:
            row = session.scalars(_live(EigenWoorden, casus.id).where(
                EigenWoorden.persoon_id == persoon_id)).first()
        if row is None:
            session.add(EigenWoorden(casus_id=casus.id, persoon_id=persoon_id, **fields))
        else:
            _apply_fields(row, {k: old[k].strip() for k in fields}, fields)
        touched = True
    return touched


def _apply_toetsing(session: Session, casus: Casus, base: dict[str, Any],
                    draft: dict[str, Any]) -> bool:
    touched = _apply_fields(casus, {"afschaal_voorwaarden": base["afschaal_voorwaarden"]},
                            {"afschaal_voorwaarden": draft["afschaal_voorwaarden"].strip()})
    own = {k: draft[k] for k in ("datum", "toelichting", "volgende_evaluatie")}
    outcomes_changed = {
        doel_id: outcome for doel_id, outcome in draft["uitkomsten"].items()
        if outcome != base["uitkomsten"].get(doel_id, empty_outcome())
    }
    if own == {k: base[k] for k in own} and not outcomes_changed:
        return touched
    toetsing = regie.open_toetsing(session, casus.id)
    if toetsing is None:
        toetsing = Toetsing(casus_id=casus.id, datum=_today(session), besluit="", toelichting="")
        session.add(toetsing)
    columns = {
        "datum": parse_date(draft["datum"], "datum") or toetsing.datum or _today(session),
        "toelichting": draft["toelichting"].strip(),
        "volgende_evaluatie": parse_date(draft["volgende_evaluatie"], "volgende_evaluatie"),
    }
    old_columns = {
        "datum": parse_date(base["datum"], "datum"),
        "toelichting": base["toelichting"].strip(),
        "volgende_evaluatie": parse_date(base["volgende_evaluatie"], "volgende_evaluatie"),
    }
    if toetsing.datum is None or not base["datum"]:
        old_columns.pop("datum")
        toetsing.datum = columns["datum"]
    _apply_fields(toetsing, old_columns, columns)
    session.flush()
    live_goals = set(session.scalars(select(Doel.id).where(
        Doel.casus_id == casus.id, Doel.deleted_at.is_(None))))
    for doel_id, outcome in outcomes_changed.items():
        if doel_id not in live_goals:
            continue
        row = session.scalars(select(DoelToetsing).where(
            DoelToetsing.toetsing_id == toetsing.id, DoelToetsing.doel_id == doel_id,
            DoelToetsing.deleted_at.is_(None))).first()
        values = {"resultaat": outcome["resultaat"], "visie_gezin": outcome["visie_gezin"].strip(),
                  "visie_professional": outcome["visie_professional"].strip()}
        if row is None:
            session.add(DoelToetsing(toetsing_id=toetsing.id, doel_id=doel_id, **values))
        else:
            old = base["uitkomsten"].get(doel_id, empty_outcome())
            _apply_fields(row, {k: old[k].strip() if k != "resultaat" else old[k]
                                for k in values}, values)
    return True


# --- agreed versions -------------------------------------------------------------------------


def _counts(inhoud: Mapping[str, Any]) -> tuple[int, int, int]:
    return tuple(len(inhoud.get(k) or []) for k in SECTIONS)  # type: ignore[return-value]


_VERSIONS = select(
    PlanVersie.versie, PlanVersie.akkoord_door, PlanVersie.akkoord_op, PlanVersie.akkoord_wijze,
    *(func.coalesce(func.json_array_length(PlanVersie.inhoud, f"$.{k}"), 0) for k in SECTIONS),
).where(PlanVersie.casus_id == _CASUS, PlanVersie.deleted_at.is_(None)).order_by(
    PlanVersie.versie)


def plan_versions(session: Session, casus_id: str) -> tuple[PlanVersionView, ...]:
    """The agreed versions, counted in SQL: a frozen plan can be large."""
    return tuple(PlanVersionView(*row) for row in session.execute(
        _VERSIONS, {"casus_id": casus_id}))


def agree_plan(
    session: Session,
    casus_id: str,
    akkoord_door: str,
    akkoord_op: date | None,
    wijze: AgreementMethod,
) -> PlanVersionView:
    """Freeze the plan as it stands as the next agreed version. The frozen content never
    changes; later edits are the draft of the next version."""
    casus = regie.get_casus(session, casus_id)
    regie.require_editor(session, casus)
    today = _today(session)
    errors = []
    if not akkoord_door.strip():
        errors.append(ValidationError("akkoord_door", "required", "who agreed"))
    if akkoord_op is None:
        errors.append(ValidationError("akkoord_op", "required", "when they agreed"))
    elif akkoord_op > today:
        errors.append(ValidationError("akkoord_op", "future-date", "agreement in the future"))
    if errors:
        raise InvalidInput(errors)
    assert akkoord_op is not None
    number = (session.scalar(select(func.max(PlanVersie.versie)).where(
        PlanVersie.casus_id == casus_id)) or 0) + 1
    version = PlanVersie(casus_id=casus_id, versie=number,
                         inhoud=gezinsplan_snapshot(session, casus_id),
                         akkoord_door=akkoord_door.strip(), akkoord_op=akkoord_op,
                         akkoord_wijze=wijze.value)
    session.add(version)
    session.flush()
    audit.record(session, "plan-agree", "casus", casus_id,
                 {"versie": number, "wijze": wijze.value})
    return PlanVersionView(number, version.akkoord_door, akkoord_op, wijze.value,
                           *_counts(version.inhoud))


def _version_content(session: Session, casus_id: str, versie: int | None) -> dict[str, Any]:
    if versie is None:
        return gezinsplan_snapshot(session, casus_id)
    row = session.scalars(_live(PlanVersie, casus_id).where(PlanVersie.versie == versie)).first()
    if row is None:
        raise NotFound(f"casus {casus_id} has no plan version {versie}")
    return dict(row.inhoud or {})


# --- comparing versions ----------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any  # JSON values of the snapshot: the UI formats them
    new: Any


@dataclass(frozen=True)
class ItemChange:
    section: str  # doelen | middelen | afspraken | vraaganalyse
    kind: str  # toegevoegd | verwijderd | gewijzigd
    title: str  # the item's description (new one when changed)
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class PlanComparison:
    left: int | None  # version number; None is the current plan (concept)
    right: int | None
    changes: tuple[ItemChange, ...]


TITLE_FIELD = {"doelen": "omschrijving", "middelen": "omschrijving", "afspraken": "wat"}
IGNORED_FIELDS = {"nummer", "doel_nummer"}  # numbering shifts when an earlier goal goes
SIMILAR = 0.6  # how alike two descriptions must be to count as one item reworded
VRAAGANALYSE_FIELDS = ("aanleiding", "veiligheid", "veiligheid_toelichting", "eigen_kracht",
                       "ernst")


def _items(content: Mapping[str, Any], section: str) -> list[dict[str, Any]]:
    """A snapshot's items; the earliest snapshots listed goals as bare strings."""
    key = TITLE_FIELD[section]
    return [item if isinstance(item, dict) else {key: str(item)}
            for item in content.get(section) or []]


def compare_versions(session: Session, casus_id: str, left: int | None,
                     right: int | None) -> PlanComparison:
    """What changed from version ``left`` to version ``right`` (None: the current plan)."""
    regie.get_casus(session, casus_id)
    old = _version_content(session, casus_id, left)
    new = _version_content(session, casus_id, right)
    return PlanComparison(left, right, tuple(diff_contents(old, new)))


def diff_contents(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterable[ItemChange]:
    va_old, va_new = old.get("vraaganalyse") or {}, new.get("vraaganalyse") or {}
    # The earliest snapshots held no vraaganalyse: nothing to compare it with, not "changed".
    fields = tuple(FieldChange(f, va_old.get(f), va_new.get(f)) for f in VRAAGANALYSE_FIELDS
                   if va_old and va_new and va_old.get(f) != va_new.get(f))
    if fields:
        yield ItemChange("vraaganalyse", "gewijzigd", "", fields)
    for section in SECTIONS:
        yield from _diff_items(section, _items(old, section), _items(new, section))


def _same(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Equal in every field both have (an old snapshot format has fewer fields)."""
    return all(a[k] == b[k] for k in a.keys() & b.keys() if k not in IGNORED_FIELDS)


def _diff_items(section: str, old: list[dict[str, Any]],
                new: list[dict[str, Any]]) -> Iterable[ItemChange]:
    key = TITLE_FIELD[section]
    unmatched_new = list(new)
    left_over: list[dict[str, Any]] = []
    for item in old:  # identical items first: they did not change
        twin = next((n for n in unmatched_new if _same(n, item)), None)
        if twin is not None:
            unmatched_new.remove(twin)
        else:
            left_over.append(item)
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for item in list(left_over):  # then the same or a similar description: changed
        scored = [(difflib.SequenceMatcher(None, str(item.get(key, "")),
                                           str(n.get(key, ""))).ratio(), i)
                  for i, n in enumerate(unmatched_new)]
        if scored:
            ratio, best = max(scored)
            if ratio >= SIMILAR:
                pairs.append((item, unmatched_new.pop(best)))
                left_over.remove(item)
    for before, after in pairs:
        # Fields only one side has come from different snapshot formats, not from an edit.
        names = [f for f in dict.fromkeys([*before, *after])
                 if f not in IGNORED_FIELDS and f in before and f in after]
        fields = tuple(FieldChange(f, before.get(f), after.get(f)) for f in names
                       if before.get(f) != after.get(f))
        if fields:
            yield ItemChange(section, "gewijzigd", str(after.get(key, "")), fields)
    for item in left_over:
        yield ItemChange(section, "verwijderd", str(item.get(key, "")), ())
    for item in unmatched_new:
        yield ItemChange(section, "toegevoegd", str(item.get(key, "")), ())


# --- the kitchen table -----------------------------------------------------------------------


@dataclass(frozen=True)
class KitchenGoal:
    nummer: int
    omschrijving: str
    eindsituatie: str
    voor: str


@dataclass(frozen=True)
class KitchenHelp:
    omschrijving: str
    wie: str
    start: date | None
    eind: date | None


@dataclass(frozen=True)
class KitchenWords:
    naam: str
    vraag: str
    wensen: str
    dromen: str


@dataclass(frozen=True)
class KitchenPlan:
    """Only what the family reads at their own table: no other families, no internal notes
    (no safety notes, severity, costs, codes, contributions or professional views)."""

    huishouden: str
    voornamen: tuple[str, ...]
    eigen_woorden: tuple[KitchenWords, ...]
    krachten: tuple[tuple[str, str], ...]  # (voor, tekst)
    zorgen: tuple[tuple[str, str], ...]
    doelen: tuple[KitchenGoal, ...]
    hulp: tuple[KitchenHelp, ...]
    afspraken: tuple[dto.AfspraakView, ...]
    volgende_evaluatie: date | None
    regisseur: str
    regisseur_telefoon: str
    versie: int | None  # the last agreed version, if any
    akkoord_op: date | None


def kitchen_plan(session: Session, casus_id: str) -> KitchenPlan:
    casus = regie.get_casus(session, casus_id)
    members = list(session.scalars(select(Persoon).where(
        Persoon.huishouden_id == casus.huishouden_id, Persoon.deleted_at.is_(None))
        .order_by(Persoon.geboortedatum)))
    first = {p.id: p.voornaam for p in members}
    home = session.get(Huishouden, casus.huishouden_id)
    observations = list(session.scalars(_live(Observatie, casus.id).order_by(
        _rowid(Observatie))))
    goals = list(session.scalars(_live(Doel, casus.id).order_by(Doel.volgorde, _rowid(Doel))))
    regisseur = session.get(Professional, casus.casusregisseur_id)
    latest = session.scalars(_live(PlanVersie, casus.id).order_by(
        PlanVersie.versie.desc()).limit(1)).first()
    audit.record(session, "view-kitchen", "casus", casus.id)

    def who(persoon_id: str | None) -> str:
        return first.get(persoon_id or "", "")

    return KitchenPlan(
        huishouden=home.naam if home else "",
        voornamen=tuple(p.voornaam for p in members),
        eigen_woorden=tuple(
            KitchenWords(who(w.persoon_id), w.vraag, w.wensen, w.dromen)
            for w in session.scalars(_live(EigenWoorden, casus.id).order_by(
                _rowid(EigenWoorden)))
            if any((w.vraag, w.wensen, w.dromen))
        ),
        krachten=tuple((who(o.persoon_id), o.tekst) for o in observations
                       if o.soort == ObservationKind.KRACHT.value),
        zorgen=tuple((who(o.persoon_id), o.tekst) for o in observations
                     if o.soort == ObservationKind.ZORG.value),
        doelen=tuple(KitchenGoal(i, g.omschrijving, g.eindsituatie, who(g.persoon_id))
                     for i, g in enumerate(goals, start=1)),
        hulp=tuple(
            KitchenHelp(m.omschrijving, m.aanbieder, m.start, m.eind)
            for m in session.scalars(_live(Middel, casus.id).order_by(
                Middel.start.is_(None), Middel.start, _rowid(Middel)))
        ),
        afspraken=tuple(
            dto.AfspraakView(a.id, a.wie, a.wat, a.wanneer, a.gedaan, a.bron)
            for a in session.scalars(_live(Afspraak, casus.id).order_by(
                Afspraak.wanneer.is_(None), Afspraak.wanneer, _rowid(Afspraak)))
        ),
        volgende_evaluatie=casus.volgende_evaluatie,
        regisseur=regisseur.naam if regisseur else "",
        regisseur_telefoon=regisseur.telefoon if regisseur else "",
        versie=latest.versie if latest else None,
        akkoord_op=latest.akkoord_op if latest else None,
    )

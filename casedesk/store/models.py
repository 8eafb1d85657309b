"""SQLAlchemy models of the local database.

Every table a person's work lands in is *synced*: it carries the sync columns of ``Synced``
(client-made UUID, server revision, who/when, tombstone) and each change to it writes an
outbox entry in the same transaction (see ``casedesk.store.outbox``). Local bookkeeping
(outbox, audit, settings, conflicts) is not synced.

Migrations never import this module; ``tests/unit/store/test_migrations.py`` proves the Alembic tree
builds exactly these tables.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Synced:
    """Columns every synced row carries (architecture: "Sync with the regional store")."""

    __synced__ = True
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    rev: Mapped[int] = mapped_column(Integer, default=0)  # server revision; 0 = never synced
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[str | None] = mapped_column(String(36))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)  # tombstone


# --- reference data: the region, served by the regional store -------------------------------


class Gemeente(Synced, Base):
    __tablename__ = "gemeente"
    code: Mapped[str] = mapped_column(String(16), unique=True)
    naam: Mapped[str] = mapped_column(String(100))
    regio: Mapped[str] = mapped_column(String(100))
    evaluatie_maanden: Mapped[int] = mapped_column(Integer, default=3)
    start18_maanden: Mapped[int] = mapped_column(Integer, default=198)  # 16.5 years
    verlengd_tot: Mapped[int] = mapped_column(Integer, default=21)
    bewaartermijn_jaren: Mapped[int] = mapped_column(Integer, default=20)


class Team(Synced, Base):
    __tablename__ = "team"
    naam: Mapped[str] = mapped_column(String(100), unique=True)
    gemeente_id: Mapped[str] = mapped_column(ForeignKey("gemeente.id"), index=True)


class Professional(Synced, Base):
    __tablename__ = "professional"
    naam: Mapped[str] = mapped_column(String(120))
    gebruikersnaam: Mapped[str] = mapped_column(String(60), unique=True)
    organisatie: Mapped[str] = mapped_column(String(120), default="")
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"), index=True)
    rollen: Mapped[list[Any]] = mapped_column(default=list)
    telefoon: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")


class Tafel(Synced, Base):
    """An overlegtafel; its rules are a JSON definition (configuration, not code)."""

    __tablename__ = "tafel"
    code: Mapped[str] = mapped_column(String(40), unique=True)
    naam: Mapped[str] = mapped_column(String(120))
    definitie: Mapped[dict[str, Any]] = mapped_column(default=dict)


# --- the household and its people -------------------------------------------------------------


class Huishouden(Synced, Base):
    __tablename__ = "huishouden"
    naam: Mapped[str] = mapped_column(String(120))  # e.g. "Gezin Jansen"
    gemeente_id: Mapped[str] = mapped_column(ForeignKey("gemeente.id"), index=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"), index=True)
    straat: Mapped[str] = mapped_column(String(120), default="")
    postcode: Mapped[str] = mapped_column(String(10), default="")
    woonplaats: Mapped[str] = mapped_column(String(80), default="")
    telefoon: Mapped[str] = mapped_column(String(40), default="")

    # The case list sorts by name: with this index it reads names without the rows.
    __table_args__ = (
        Index("ix_huishouden_id_naam", "id", "naam"),
        Index("ix_huishouden_naam", "naam", "id"),  # the case list walks names (0005)
    )


class Persoon(Synced, Base):
    __tablename__ = "persoon"
    # The case list's soonest 18th birthday per household, from the index alone (0005).
    __table_args__ = (Index("ix_persoon_jeugd", "huishouden_id", "rol", "deleted_at",
                            "geboortedatum"),)
    huishouden_id: Mapped[str] = mapped_column(ForeignKey("huishouden.id"), index=True)
    voornaam: Mapped[str] = mapped_column(String(80))
    tussenvoegsel: Mapped[str] = mapped_column(String(20), default="")
    achternaam: Mapped[str] = mapped_column(String(80))
    geboortedatum: Mapped[date | None] = mapped_column(Date)
    bsn: Mapped[str | None] = mapped_column(String(9), index=True)
    rol: Mapped[str] = mapped_column(String(20))  # MemberRole
    gezag: Mapped[bool] = mapped_column(Boolean, default=False)
    telefoon: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")


class NetwerkContact(Synced, Base):
    """Someone around the household: grandparent, neighbour, school, huisarts, steunfiguur."""

    __tablename__ = "netwerk_contact"
    huishouden_id: Mapped[str] = mapped_column(ForeignKey("huishouden.id"), index=True)
    naam: Mapped[str] = mapped_column(String(120))
    relatie: Mapped[str] = mapped_column(String(80))
    soort: Mapped[str] = mapped_column(String(20))  # NetworkKind
    organisatie: Mapped[str] = mapped_column(String(120), default="")
    telefoon: Mapped[str] = mapped_column(String(40), default="")
    nabijheid: Mapped[int] = mapped_column(Integer, default=2)  # 1 close .. 3 far, for the map


# --- the casus and casusregie -----------------------------------------------------------------


# What access.scope_condition reads of a casus: in the list indexes, so that scoping the
# case list reads no casus row it does not show.
_SCOPE_COLUMNS = ("team_id", "casusregisseur_id", "stand_in_id", "id")


class Casus(Synced, Base):
    __tablename__ = "casus"
    huishouden_id: Mapped[str] = mapped_column(ForeignKey("huishouden.id"), index=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("team.id"), index=True)
    gemeente_id: Mapped[str] = mapped_column(ForeignKey("gemeente.id"), index=True)
    casusregisseur_id: Mapped[str] = mapped_column(ForeignKey("professional.id"), index=True)
    stand_in_id: Mapped[str | None] = mapped_column(ForeignKey("professional.id"), index=True)
    verwijzer: Mapped[str] = mapped_column(String(30))
    verwijzer_toelichting: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    stap: Mapped[str] = mapped_column(String(20))
    regime: Mapped[str] = mapped_column(String(30))
    vt_aanspreekpunt: Mapped[str] = mapped_column(String(120), default="")
    vt_planschrijver: Mapped[str] = mapped_column(String(120), default="")
    vt_toezicht: Mapped[str] = mapped_column(String(120), default="")
    geopend_op: Mapped[date] = mapped_column(Date)
    gesloten_op: Mapped[date | None] = mapped_column(Date)
    sluitreden: Mapped[str] = mapped_column(Text, default="")
    volgende_evaluatie: Mapped[date | None] = mapped_column(Date, index=True)
    # Vraaganalyse (step 1)
    aanleiding: Mapped[str] = mapped_column(Text, default="")
    breedte: Mapped[dict[str, Any]] = mapped_column(default=dict)  # BreadthTopic -> notes
    veiligheid: Mapped[str] = mapped_column(String(20), default="niet_beoordeeld")
    veiligheid_toelichting: Mapped[str] = mapped_column(Text, default="")
    eigen_kracht: Mapped[str] = mapped_column(Text, default="")
    ernst: Mapped[str] = mapped_column(Text, default="")
    # Middelen: afschalen conditions for return (wonen, werk, schulden)
    afschaal_voorwaarden: Mapped[str] = mapped_column(Text, default="")

    # The case list counts and joins live cases from this index alone, without reading the
    # (wide) rows: on open, every page read is a page decrypted.
    __table_args__ = (
        # A search's matches probed in list order (0045); kept narrow: it is scanned whole.
        Index("ix_casus_lijst", "status", "deleted_at", "huishouden_id"),
        # The need-to-know scope from the index alone: the opening walk (0007), the count (0008).
        Index("ix_casus_huishouden_lijst", "huishouden_id", "status", "deleted_at",
              *_SCOPE_COLUMNS),
        Index("ix_casus_bereik", "status", "deleted_at", *_SCOPE_COLUMNS),
        # A user's own cases outside her team, for her list without reading casus rows (0098).
        Index("ix_casus_regisseur_lijst", "casusregisseur_id", "team_id", "status",
              "deleted_at", "huishouden_id"),
        Index("ix_casus_stand_in_lijst", "stand_in_id", "team_id", "status", "deleted_at",
              "huishouden_id"),
    )


class StapLog(Synced, Base):
    """History of the cycle: every step concluded, every bijstellen, reopen and regime change."""

    __tablename__ = "stap_log"
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    soort: Mapped[str] = mapped_column(String(20))  # stap | regime | heropend | regie
    van: Mapped[str] = mapped_column(String(30), default="")
    naar: Mapped[str] = mapped_column(String(30), default="")
    besluit: Mapped[str] = mapped_column(String(30), default="")
    reden: Mapped[str] = mapped_column(Text, default="")
    door: Mapped[str] = mapped_column(String(36))
    op: Mapped[datetime] = mapped_column(DateTime)


class Observatie(Synced, Base):
    """A zorg or kracht, of one member or of the household (persoon_id empty)."""

    __tablename__ = "observatie"
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    persoon_id: Mapped[str | None] = mapped_column(ForeignKey("persoon.id"), index=True)
    soort: Mapped[str] = mapped_column(String(10))  # ObservationKind
    tekst: Mapped[str] = mapped_column(Text)


class EigenWoorden(Synced, Base):
    """The child's (or parent's) own question, wishes and dreams: never pre-filled for them."""

    __tablename__ = "eigen_woorden"
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    persoon_id: Mapped[str] = mapped_column(ForeignKey("persoon.id"), index=True)
    vraag: Mapped[str] = mapped_column(Text, default="")
    wensen: Mapped[str] = mapped_column(Text, default="")
    dromen: Mapped[str] = mapped_column(Text, default="")


class Doel(Synced, Base):
    __tablename__ = "doel"
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    persoon_id: Mapped[str | None] = mapped_column(ForeignKey("persoon.id"), index=True)
    omschrijving: Mapped[str] = mapped_column(Text)  # in the family's words
    eindsituatie: Mapped[str] = mapped_column(Text, default="")  # when help can stop
    volgorde: Mapped[int] = mapped_column(Integer, default=0)


class Middel(Synced, Base):
    __tablename__ = "middel"
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    doel_id: Mapped[str | None] = mapped_column(ForeignKey("doel.id"), index=True)
    omschrijving: Mapped[str] = mapped_column(Text)
    aanbieder: Mapped[str] = mapped_column(String(120), default="")
    soort_aanbieder: Mapped[str] = mapped_column(String(30))  # Provider
    wet: Mapped[str] = mapped_column(String(30))  # Law
    productcode: Mapped[str] = mapped_column(String(20), default="")
    start: Mapped[date | None] = mapped_column(Date)
    eind: Mapped[date | None] = mapped_column(Date)
    kosten_cent: Mapped[int | None] = mapped_column(Integer)
    thuis_mogelijk: Mapped[bool] = mapped_column(Boolean, default=True)
    niet_thuis_reden: Mapped[str] = mapped_column(Text, default="")


class Afspraak(Synced, Base):
    """Who does what by when; from the plan, a table's outcome or the Veilig Thuis afspraken."""

    __tablename__ = "afspraak"
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    wie: Mapped[str] = mapped_column(String(120))
    wat: Mapped[str] = mapped_column(Text)
    wanneer: Mapped[date | None] = mapped_column(Date, index=True)
    gedaan: Mapped[bool] = mapped_column(Boolean, default=False)
    bron: Mapped[str] = mapped_column(String(20), default="plan")  # plan | tafel | plan18
    bron_id: Mapped[str | None] = mapped_column(String(36))


class Toetsing(Synced, Base):
    __tablename__ = "toetsing"
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    datum: Mapped[date] = mapped_column(Date)
    besluit: Mapped[str] = mapped_column(String(30), default="")
    toelichting: Mapped[str] = mapped_column(Text, default="")
    volgende_evaluatie: Mapped[date | None] = mapped_column(Date)


class DoelToetsing(Synced, Base):
    __tablename__ = "doel_toetsing"
    toetsing_id: Mapped[str] = mapped_column(ForeignKey("toetsing.id"), index=True)
    doel_id: Mapped[str] = mapped_column(ForeignKey("doel.id"), index=True)
    resultaat: Mapped[str] = mapped_column(String(10))  # GoalResult
    visie_gezin: Mapped[str] = mapped_column(Text, default="")
    visie_professional: Mapped[str] = mapped_column(Text, default="")


class PlanVersie(Synced, Base):
    """A frozen, agreed version of the gezinsplan: the snapshot never changes after agreement."""

    __tablename__ = "plan_versie"
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    versie: Mapped[int] = mapped_column(Integer)
    inhoud: Mapped[dict[str, Any]] = mapped_column(default=dict)
    akkoord_door: Mapped[str] = mapped_column(String(200))
    akkoord_op: Mapped[date] = mapped_column(Date)
    akkoord_wijze: Mapped[str] = mapped_column(String(20))  # AgreementMethod


class Bijdrage(Synced, Base):
    """A contribution to a casus by someone other than the regiehouder (note, table advice)."""

    __tablename__ = "bijdrage"
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    auteur: Mapped[str] = mapped_column(String(120))
    tekst: Mapped[str] = mapped_column(Text)
    bron: Mapped[str] = mapped_column(String(20), default="notitie")
    op: Mapped[datetime] = mapped_column(DateTime)


class Toestemming(Synced, Base):
    __tablename__ = "toestemming"
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    doel: Mapped[str] = mapped_column(String(200))  # purpose, e.g. "bespreken in OPH"
    ontvanger: Mapped[str] = mapped_column(String(120))  # e.g. a table code or "huisarts"
    gegeven_door: Mapped[str] = mapped_column(String(30))  # ConsentGiver
    namen: Mapped[str] = mapped_column(String(200), default="")
    gegeven_op: Mapped[date] = mapped_column(Date)
    geldig_tot: Mapped[date | None] = mapped_column(Date)
    ingetrokken_op: Mapped[date | None] = mapped_column(Date)


# --- overlegtafels ---------------------------------------------------------------------------


class Zitting(Synced, Base):
    __tablename__ = "zitting"
    tafel_id: Mapped[str] = mapped_column(ForeignKey("tafel.id"), index=True)
    start: Mapped[datetime] = mapped_column(DateTime, index=True)
    plaats: Mapped[str] = mapped_column(String(200), default="")
    voorzitter: Mapped[str] = mapped_column(String(120), default="")
    secretaris: Mapped[str] = mapped_column(String(120), default="")
    deelnemers: Mapped[list[Any]] = mapped_column(default=list)  # [{naam, rol, aanwezig}]
    slots: Mapped[int] = mapped_column(Integer, default=6)


class Aanmelding(Synced, Base):
    __tablename__ = "aanmelding"
    tafel_id: Mapped[str] = mapped_column(ForeignKey("tafel.id"), index=True)
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    zitting_id: Mapped[str | None] = mapped_column(ForeignKey("zitting.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))  # AanmeldingStatus
    vraag: Mapped[str] = mapped_column(Text, default="")
    samenvatting: Mapped[str] = mapped_column(Text, default="")  # all the table may see
    documenten: Mapped[list[Any]] = mapped_column(default=list)  # [{soort, naam}]
    toestemming_id: Mapped[str | None] = mapped_column(ForeignKey("toestemming.id"), index=True)
    grondslag: Mapped[str] = mapped_column(String(30), default="")
    grondslag_reden: Mapped[str] = mapped_column(Text, default="")
    ingediend_door: Mapped[str | None] = mapped_column(String(36))
    ingediend_op: Mapped[datetime | None] = mapped_column(DateTime)
    reden_niet_ontvankelijk: Mapped[str] = mapped_column(Text, default="")
    agenda_positie: Mapped[int] = mapped_column(Integer, default=0)
    advies: Mapped[str] = mapped_column(Text, default="")
    conclusie_gezin: Mapped[str] = mapped_column(Text, default="")
    afspraken: Mapped[list[Any]] = mapped_column(default=list)  # [{wie, wat, wanneer}]


# --- transition at 18 -------------------------------------------------------------------------


class Plan18(Synced, Base):
    __tablename__ = "plan18"
    casus_id: Mapped[str] = mapped_column(ForeignKey("casus.id"), index=True)
    persoon_id: Mapped[str] = mapped_column(ForeignKey("persoon.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))  # Plan18Status
    verlengd: Mapped[bool] = mapped_column(Boolean, default=False)  # verlengde jeugdhulp
    gestart_op: Mapped[date | None] = mapped_column(Date)
    akkoord_op: Mapped[date | None] = mapped_column(Date)
    akkoord_wijze: Mapped[str] = mapped_column(String(20), default="")
    akkoord_door: Mapped[str] = mapped_column(String(30), default="")  # ConsentGiver
    checklist: Mapped[dict[str, Any]] = mapped_column(default=dict)  # item -> {wie, gedaan}
    overdracht_organisatie: Mapped[str] = mapped_column(String(120), default="")
    overdracht_persoon: Mapped[str] = mapped_column(String(120), default="")
    overdracht_op: Mapped[date | None] = mapped_column(Date)
    overdracht_inhoud: Mapped[str] = mapped_column(Text, default="")
    vaste_contactpersoon: Mapped[str] = mapped_column(String(120), default="")
    waakvlam_tot: Mapped[date | None] = mapped_column(Date)


class Plan18Thema(Synced, Base):
    __tablename__ = "plan18_thema"
    plan_id: Mapped[str] = mapped_column(ForeignKey("plan18.id"), index=True)
    thema: Mapped[str] = mapped_column(String(20))  # Theme18
    situatie: Mapped[str] = mapped_column(Text, default="")
    doel: Mapped[str] = mapped_column(Text, default="")  # in the young person's words
    financiering: Mapped[str] = mapped_column(String(30), default="")  # Financing18
    status: Mapped[str] = mapped_column(String(20), default="open")  # ThemeStatus
    acties: Mapped[list[Any]] = mapped_column(default=list)  # [{wat, wie, wanneer, gedaan}]


# --- retention --------------------------------------------------------------------------------


class Vernietigingsverzoek(Synced, Base):
    """A request to destroy a casus, and once executed its stub: ids, dates and a reason code,
    never personal data, so it outlives the casus (``casus_id`` is no foreign key for that)."""

    __tablename__ = "vernietigingsverzoek"
    casus_id: Mapped[str] = mapped_column(String(36), index=True)
    reden: Mapped[str] = mapped_column(String(30))  # DestructionReason
    status: Mapped[str] = mapped_column(String(20))  # DestructionStatus
    aangevraagd_door: Mapped[str] = mapped_column(String(36))
    aangevraagd_op: Mapped[datetime] = mapped_column(DateTime)
    uitgevoerd_door: Mapped[str | None] = mapped_column(String(36))
    uitgevoerd_op: Mapped[datetime | None] = mapped_column(DateTime)


# --- local bookkeeping (not synced) -----------------------------------------------------------


class OutboxEntry(Base):
    """One local change waiting to be pushed; written in the same transaction as the change."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    base_rev: Mapped[int] = mapped_column(Integer)
    nieuw: Mapped[dict[str, Any]] = mapped_column(default=dict)
    basis: Mapped[dict[str, Any]] = mapped_column(default=dict)
    device: Mapped[str] = mapped_column(String(36))
    author: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    """Append-only (triggers refuse UPDATE/DELETE); each entry hashes the previous one."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)  # ids and codes, no names
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        # A user's live break-the-glass grants, for scoping the case list (decision 0093).
        Index("ix_audit_log_grant", "action", "actor", "at"),
    )


class Setting(Base):
    """Profile settings as JSON primitives (never pickles, never secrets)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class ListEntry(Base):
    """The case list's line order per team, derived like the search index (``store.search``
    keeps it current): a live casus's team, status and household name, so that a user's list
    walks her team's cases in name order and stops after a page (decision 0098). Keyed by the
    casus table's rowid. Holds the household name: destruction removes it with the casus."""

    __tablename__ = "lijstregel"
    __table_args__ = (
        Index("ix_lijstregel_team", "team_id", "naam", "huishouden_id", "casus_rowid", "status"),
    )
    casus_rowid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    team_id: Mapped[str] = mapped_column(String(36))
    naam: Mapped[str] = mapped_column(String(120))
    huishouden_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(20))


class Involvement(Base):
    """A casus the regional store explicitly involved this profile's account in (a GI worker,
    a coach of another team): it opens without breaking the glass. Each pulled page replaces
    the whole list (docs/decisions/0093-involvements-on-the-device.md)."""

    __tablename__ = "involvement"
    casus_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class Conflict(Base):
    """A field both sides changed differently: kept for a person to decide, never auto-resolved."""

    __tablename__ = "conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    basis: Mapped[Any] = mapped_column(JSON)
    mijn: Mapped[Any] = mapped_column(JSON)
    hun: Mapped[Any] = mapped_column(JSON)
    ontstaan_op: Mapped[datetime] = mapped_column(DateTime)
    opgelost_op: Mapped[datetime | None] = mapped_column(DateTime)
    keuze: Mapped[Any] = mapped_column(JSON)


SYNCED_MODELS: dict[str, type[Base]] = {
    m.__tablename__: m for m in Base.__subclasses__() if getattr(m, "__synced__", False)
}

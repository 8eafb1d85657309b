"""Full-text search over cases: household and member names, BSN, birth dates, address, gemeente.

One FTS5 row per casus, keyed by the casus table's rowid so an update is a rowid lookup, not a
scan. The index is kept current by ``reindex_households`` (called from the session hook for every
flush that touches a household, member or casus), and with it the case list's order per team
(``lijstregel``, decision 0098). A VACUUM may renumber rowids: run ``rebuild`` after one.
Diacritics are folded, so "Ozturk" finds "Öztürk".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Integer, TextualSelect, column, text
from sqlalchemy.orm import Session

from casedesk.store.models import Casus, Huishouden, NetwerkContact, Persoon

CREATE_INDEX = (
    "CREATE VIRTUAL TABLE zoekindex USING fts5("
    "namen, bsn, geboortedata, adres, gemeente, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)

_INSERT = """
INSERT INTO zoekindex(rowid, namen, bsn, geboortedata, adres, gemeente)
SELECT c.rowid,
       h.naam || ' ' || coalesce((SELECT group_concat(
            p.voornaam || ' ' || p.tussenvoegsel || ' ' || p.achternaam, ' ')
            FROM persoon p WHERE p.huishouden_id = h.id AND p.deleted_at IS NULL), ''),
       coalesce((SELECT group_concat(p.bsn, ' ') FROM persoon p
            WHERE p.huishouden_id = h.id AND p.deleted_at IS NULL), ''),
       coalesce((SELECT group_concat(p.geboortedatum, ' ') FROM persoon p
            WHERE p.huishouden_id = h.id AND p.deleted_at IS NULL), ''),
       h.straat || ' ' || h.postcode || ' ' || h.woonplaats,
       g.naam
FROM casus c JOIN huishouden h ON h.id = c.huishouden_id JOIN gemeente g ON g.id = h.gemeente_id
WHERE c.deleted_at IS NULL AND h.deleted_at IS NULL AND h.id IN ({ids})
"""

_DELETE = (
    "DELETE FROM zoekindex WHERE rowid IN (SELECT rowid FROM casus WHERE huishouden_id IN ({ids}))"
)

# The case list's order per team (models.ListEntry, decision 0098): one line per live casus.
_LIST_INSERT = """
INSERT OR REPLACE INTO lijstregel(casus_rowid, team_id, naam, huishouden_id, status)
SELECT c.rowid, c.team_id, h.naam, h.id, c.status
FROM casus c JOIN huishouden h ON h.id = c.huishouden_id
WHERE c.deleted_at IS NULL AND h.id IN ({ids})
"""

# By the households' cases' rowids (primary-key lookups, not a scan of every line); a casus
# that moved to another household is replaced by its new household's INSERT OR REPLACE.
_LIST_DELETE = (
    "DELETE FROM lijstregel WHERE casus_rowid IN "
    "(SELECT rowid FROM casus WHERE huishouden_id IN ({ids}))"
)

_BATCH = 500


def households_of(objects: Iterable[object]) -> set[str]:
    """The households whose search rows depend on these rows."""
    households: set[str] = set()
    for obj in objects:
        if isinstance(obj, Huishouden):
            households.add(obj.id)
        elif isinstance(obj, Persoon | Casus | NetwerkContact):
            households.add(obj.huishouden_id)
    return households


def reindex_households(session: Session, household_ids: Iterable[str]) -> None:
    ids = sorted(set(household_ids))
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        params = {f"h{i}": value for i, value in enumerate(chunk)}
        placeholders = ", ".join(f":h{i}" for i in range(len(chunk)))
        for statement in (_DELETE, _INSERT, _LIST_DELETE, _LIST_INSERT):
            session.execute(text(statement.format(ids=placeholders)), params)


def forget_cases(session: Session, casus_ids: Iterable[str]) -> None:
    """Drop the search and list lines of these cases; run while their casus rows still exist
    (both are keyed by the casus's rowid)."""
    ids = sorted(set(casus_ids))
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        params = {f"c{i}": value for i, value in enumerate(chunk)}
        rowids = "SELECT rowid FROM casus WHERE id IN ({})".format(
            ", ".join(f":c{i}" for i in range(len(chunk))))
        session.execute(text(f"DELETE FROM zoekindex WHERE rowid IN ({rowids})"), params)
        session.execute(text(f"DELETE FROM lijstregel WHERE casus_rowid IN ({rowids})"), params)


def rebuild(session: Session) -> None:
    session.execute(text("DELETE FROM zoekindex"))
    session.execute(text(_INSERT.format(ids="SELECT id FROM huishouden")))
    session.execute(text("DELETE FROM lijstregel"))
    session.execute(text(_LIST_INSERT.format(ids="SELECT id FROM huishouden")))


_DUTCH_DATE = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_POSTCODE = re.compile(r"^(\d{4})([A-Za-z]{2})$")  # "6541AB", stored as "6541 AB"
_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str) -> str | None:
    """Turn what a person types into an FTS5 query: every word must match as a prefix.

    A Dutch date (12-03-2010) is searched as the ISO date it is stored as, a postcode typed
    without its space (6541AB) as the postcode. Returns ``None`` when nothing searchable is left
    (only punctuation).
    """
    terms: list[str] = []
    for word in user_text.split():
        date_match = _DUTCH_DATE.match(word)
        if date_match:
            day, month, year = date_match.groups()
            word = f"{year}-{int(month):02d}-{int(day):02d}"
        postcode_match = _POSTCODE.match(word)
        if postcode_match:
            word = " ".join(postcode_match.groups())
        tokens = _TOKEN.findall(word)
        if len(tokens) > 1:
            terms.append('"' + " ".join(tokens) + '"')
        elif tokens:
            terms.append(f'"{tokens[0]}"*')
    return " AND ".join(terms) or None


def matching_rowids(user_text: str) -> TextualSelect | None:
    """The rowids of every casus matching ``user_text``, as a subquery to filter a list with
    (no cap on the number of matches); ``None`` when nothing searchable was typed."""
    query = fts_query(user_text)
    if query is None:
        return None
    return (
        text("SELECT rowid FROM zoekindex WHERE zoekindex MATCH :q")
        .bindparams(q=query)
        .columns(column("rowid", Integer))
    )


def count_matches(session: Session, user_text: str) -> int:
    """How many casus rows match: FTS5 counts its own doclists (~5 ms for 40,000 matches at
    100,000 households), without reading a casus row."""
    query = fts_query(user_text)
    if query is None:
        return 0
    counted = session.scalar(
        text("SELECT count(*) FROM zoekindex WHERE zoekindex MATCH :q"), {"q": query})
    return int(counted or 0)


def search_casus_rowids(session: Session, user_text: str, limit: int = 200) -> list[int]:
    query = fts_query(user_text)
    if query is None:
        return []
    rows = session.execute(
        text("SELECT rowid FROM zoekindex WHERE zoekindex MATCH :q ORDER BY rank LIMIT :n"),
        {"q": query, "n": limit},
    )
    return [row[0] for row in rows]

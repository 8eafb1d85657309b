"""Dutch labels for the audit log's codes: actions, record kinds and detail keys.

The log stores codes (``view``, ``casus``, ``break-glass``) so that its hash chain and its CSV
export stay stable and machine-readable; the privacy officer reads these labels instead
(docs/decisions/0096-audit-viewer-labels.md). One table per kind of code, marked for lupdate
and translated in the empty context when shown. An unknown code (a later build's) shows as
itself, never as nothing.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TR_NOOP

from ui.i18n import tr

ACTIONS = {
    "view": QT_TR_NOOP("Ingezien"),
    "view-document": QT_TR_NOOP("Document ingezien"),
    "view-kitchen": QT_TR_NOOP("Keukentafelweergave ingezien"),
    "break-glass": QT_TR_NOOP("Toegang doorbroken"),
    "create": QT_TR_NOOP("Aangemaakt"),
    "update": QT_TR_NOOP("Gewijzigd"),
    "delete": QT_TR_NOOP("Verwijderd"),
    "settings": QT_TR_NOOP("Instellingen gewijzigd"),
    "import": QT_TR_NOOP("Geïmporteerd"),
    "step": QT_TR_NOOP("Stap gezet"),
    "reopen": QT_TR_NOOP("Heropend"),
    "regime": QT_TR_NOOP("Regie gewijzigd"),
    "vt-afspraken": QT_TR_NOOP("Veilig Thuis-afspraken vastgelegd"),
    "regisseur": QT_TR_NOOP("Casusregisseur gewijzigd"),
    "contribution": QT_TR_NOOP("Bijdrage toegevoegd"),
    "plan-edit": QT_TR_NOOP("Gezinsplan bewerkt"),
    "plan-agree": QT_TR_NOOP("Gezinsplan akkoord"),
    "agree": QT_TR_NOOP("Akkoord vastgelegd"),
    "handover": QT_TR_NOOP("Overgedragen"),
    "tws": QT_TR_NOOP("Aangemeld bij Tussen wal en schip"),
    "withdraw": QT_TR_NOOP("Ingetrokken"),
    "share": QT_TR_NOOP("Gedeeld met ontvanger"),
    "export": QT_TR_NOOP("Geëxporteerd"),
    "save": QT_TR_NOOP("Concept opgeslagen"),
    "submit": QT_TR_NOOP("Ingediend"),
    "check": QT_TR_NOOP("Beoordeeld"),
    "plan-sessions": QT_TR_NOOP("Zittingen gepland"),
    "plan": QT_TR_NOOP("Ingepland"),
    "unplan": QT_TR_NOOP("Uit zitting gehaald"),
    "reorder": QT_TR_NOOP("Volgorde gewijzigd"),
    "outcome": QT_TR_NOOP("Uitkomst vastgelegd"),
    "close": QT_TR_NOOP("Afgerond"),
    "receive-outcome": QT_TR_NOOP("Uitkomst ontvangen"),
    "sync": QT_TR_NOOP("Gesynchroniseerd"),
    "sync-sent": QT_TR_NOOP("Verstuurd naar de regionale opslag"),
    "sync-received": QT_TR_NOOP("Ontvangen van de regionale opslag"),
    "conflict-opgelost": QT_TR_NOOP("Conflict opgelost"),
    "destroy-request": QT_TR_NOOP("Vernietiging aangevraagd"),
    "destroy": QT_TR_NOOP("Vernietigd"),
    "delete-backups": QT_TR_NOOP("Back-ups verwijderd"),
    "demo": QT_TR_NOOP("Demogegevens aangemaakt"),
}

ENTITIES = {
    "casus": QT_TR_NOOP("Casus"),
    "huishouden": QT_TR_NOOP("Huishouden"),
    "persoon": QT_TR_NOOP("Gezinslid"),
    "netwerk_contact": QT_TR_NOOP("Netwerkcontact"),
    "observatie": QT_TR_NOOP("Zorgen en krachten"),
    "eigen_woorden": QT_TR_NOOP("Eigen woorden"),
    "doel": QT_TR_NOOP("Doel"),
    "middel": QT_TR_NOOP("Hulp"),
    "afspraak": QT_TR_NOOP("Afspraak"),
    "toetsing": QT_TR_NOOP("Toetsing"),
    "doel_toetsing": QT_TR_NOOP("Toetsing van een doel"),
    "plan_versie": QT_TR_NOOP("Gezinsplanversie"),
    "stap_log": QT_TR_NOOP("Stap"),
    "bijdrage": QT_TR_NOOP("Bijdrage"),
    "toestemming": QT_TR_NOOP("Toestemming"),
    "aanmelding": QT_TR_NOOP("Aanmelding"),
    "zitting": QT_TR_NOOP("Zitting"),
    "tafel": QT_TR_NOOP("Overlegtafel"),
    "plan18": QT_TR_NOOP("18+-plan"),
    "plan18_thema": QT_TR_NOOP("Thema van het 18+-plan"),
    "vernietigingsverzoek": QT_TR_NOOP("Vernietigingsverzoek"),
    "gemeente": QT_TR_NOOP("Gemeente"),
    "team": QT_TR_NOOP("Team"),
    "professional": QT_TR_NOOP("Professional"),
    "setting": QT_TR_NOOP("Instelling"),
    "profile": QT_TR_NOOP("Dit apparaat"),
    "audit_log": QT_TR_NOOP("Auditlog"),
}

DETAIL_KEYS = {
    "casus": QT_TR_NOOP("casus"),
    "huishouden": QT_TR_NOOP("huishouden"),
    "aanmelding": QT_TR_NOOP("aanmelding"),
    "zitting": QT_TR_NOOP("zitting"),
    "tafel": QT_TR_NOOP("tafel"),
    "toestemming": QT_TR_NOOP("toestemming"),
    "ontvanger": QT_TR_NOOP("ontvanger"),
    "team": QT_TR_NOOP("team"),
    "reden": QT_TR_NOOP("reden"),
    "kind": QT_TR_NOOP("document"),
    "versie": QT_TR_NOOP("versie"),
    "status": QT_TR_NOOP("status"),
    "van": QT_TR_NOOP("van"),
    "naar": QT_TR_NOOP("naar"),
    "besluit": QT_TR_NOOP("besluit"),
    "ontbreekt": QT_TR_NOOP("ontbreekt"),
    "door": QT_TR_NOOP("door"),
    "wijze": QT_TR_NOOP("wijze"),
    "themes": QT_TR_NOOP("thema's"),
    "onderdelen": QT_TR_NOOP("onderdelen"),
    "afspraken": QT_TR_NOOP("afspraken"),
    "deelnemers": QT_TR_NOOP("deelnemers"),
    "items": QT_TR_NOOP("agendapunten"),
    "created": QT_TR_NOOP("aangemaakt"),
    "code": QT_TR_NOOP("code"),
    "rows": QT_TR_NOOP("rijen"),
    "jaren": QT_TR_NOOP("jaren"),
    "was": QT_TR_NOOP("was"),
    "before": QT_TR_NOOP("voor"),
    "after": QT_TR_NOOP("na"),
    "pushed": QT_TR_NOOP("verstuurd"),
    "pulled": QT_TR_NOOP("ontvangen"),
    "purged": QT_TR_NOOP("verwijderd"),
    "conflicts": QT_TR_NOOP("conflicten"),
    "ops": QT_TR_NOOP("wijzigingen"),
    "rejected": QT_TR_NOOP("geweigerd"),
    "field": QT_TR_NOOP("veld"),
    "keuze": QT_TR_NOOP("keuze"),
    "bestanden": QT_TR_NOOP("bestanden"),
    "start": QT_TR_NOOP("start (maanden)"),
    "horizon": QT_TR_NOOP("tot leeftijd"),
    "households": QT_TR_NOOP("huishoudens"),
    "seed": QT_TR_NOOP("seed"),
}

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def action_label(code: str) -> str:
    text = ACTIONS.get(code)
    return tr(text) if text is not None else code


def entity_label(code: str) -> str:
    text = ENTITIES.get(code)
    return tr(text) if text is not None else code


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr(QT_TR_NOOP("ja")) if value else tr(QT_TR_NOOP("nee"))
    if isinstance(value, str):
        return value[:8] if _UUID.match(value) else value  # ids as in the Id column
    if isinstance(value, list | tuple):
        return ", ".join(_value(v) for v in value) or "—"
    if isinstance(value, dict):
        return "(" + details_text(value) + ")"
    return str(value)


def details_text(detail: dict[str, Any]) -> str:
    """``sleutel: waarde`` pairs in the detail's order, separated by ``; `` ("" when empty)."""
    parts = []
    for key, value in detail.items():
        name = DETAIL_KEYS.get(key)
        parts.append(f"{tr(name) if name is not None else key}: {_value(value)}")
    return "; ".join(parts)

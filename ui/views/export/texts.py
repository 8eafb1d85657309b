"""Dutch sentences for what can go wrong while exporting, and the default file names."""

from __future__ import annotations

from datetime import date

from casedesk.errors import DiskFullError, NotFound, ValidationError
from casedesk.services.documents import ExportKind, PlanChoice
from ui.errors import user_message
from ui.i18n import tr


def _output_message(code: str) -> str | None:
    """Literal ``tr`` calls, so lupdate finds each text (decision 0062)."""
    return {
        "no-folder": tr("Deze map bestaat niet (meer). Kies een andere map."),
        "not-writable": tr("Het bestand kan daar niet worden geschreven. Kies een andere map "
                           "of controleer of het bestand ergens anders geopend is."),
        "snapshot-too-new": tr("Deze planversie is gemaakt met een nieuwere versie van "
                               "casedesk. Installeer de nieuwste versie om haar te exporteren."),
        "snapshot-unreadable": tr("Deze planversie kan niet worden gelezen."),
        "ambiguous": tr("Deze casus heeft meer toekomstplannen; open het plan van de jongere "
                        "zelf."),
    }.get(code)


def export_problem(error: BaseException) -> str:
    """What a person reads when preview or export fails; nothing typed is lost."""
    if isinstance(error, DiskFullError):
        return tr("De schijf is vol: het bestand is niet geschreven. Maak ruimte vrij of kies "
                  "een andere plek.")
    if isinstance(error, ValidationError) and (message := _output_message(error.code)):
        return message
    if isinstance(error, NotFound):
        return tr("Dit document bestaat niet (meer): het is intussen verwijderd.")
    if isinstance(error, FileNotFoundError | PermissionError | IsADirectoryError):
        return tr("Het bestand kan daar niet worden geschreven. Kies een andere map.")
    return user_message(error)


FILE_PREFIX = {
    ExportKind.GEZINSPLAN: "gezinsplan",
    ExportKind.GEZINSPLAN_GEZIN: "gezinsplan-gezin",
    ExportKind.PLAN18: "toekomstplan",
    ExportKind.AGENDA: "agenda",
    ExportKind.VERSLAG: "verslag",
    ExportKind.INZAGE: "inzage",
}


def default_file_name(kind: ExportKind, entity_id: str, today: date,
                      plan: PlanChoice | None = None) -> str:
    """``gezinsplan-1a2b3c4d-v2-2026-11-02.pdf``: kind, short id, version, date; no names
    (decision 0031: a file name travels further than its contents)."""
    parts = [FILE_PREFIX[kind], entity_id.replace("-", "")[:8]]
    if plan is not None and plan.versie is not None:
        parts.append(f"v{plan.versie}")
    elif plan is not None and plan.concept:
        parts.append("concept")
    parts.append(today.isoformat())
    return "-".join(parts) + ".pdf"

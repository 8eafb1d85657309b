"""PDF export from the client: the buttons that open the export dialog (casus, toekomstplan,
household members) and the bulk export of a team's agreed plans (case list)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from casedesk.services import plan
from casedesk.services.documents import ExportKind, PlanChoice
from casedesk.services.plan import PlanVersionView
from ui.context import AppContext
from ui.formatting import long_date
from ui.i18n import tr
from ui.main_window import MainWindow
from ui.views.export.bulk import BulkExportDialog
from ui.views.export.dialog import ExportDialog, ExportRequest
from ui.views.transition18.page import Transition18Page


def gezinsplan_request(casus_id: str, versions: tuple[PlanVersionView, ...],
                       unsaved: bool) -> ExportRequest:
    """The professional version and the family copy; every agreed version (latest first, the
    default) and the concept."""
    choices = [(PlanChoice(versie=v.versie),
                tr("Versie %1, akkoord op %2").replace("%1", str(v.versie))
                .replace("%2", long_date(v.akkoord_op)))
               for v in sorted(versions, key=lambda v: -v.versie)]
    choices.append((PlanChoice(concept=True), tr("Concept (de huidige stand, niet vastgesteld)")))
    note = tr("Er zijn niet-opgeslagen wijzigingen; die staan niet in het concept. Sla eerst "
              "op als ze mee moeten.") if unsaved else ""
    return ExportRequest(
        title=tr("Gezinsplan exporteren"),
        entity_id=casus_id,
        kinds=((ExportKind.GEZINSPLAN, tr("Gezinsplan (voor professionals)")),
               (ExportKind.GEZINSPLAN_GEZIN, tr("Gezinsplan voor het gezin (eenvoudige taal)"))),
        versions=tuple(choices),
        note=note,
    )


def plan18_request(plan_id: str, unsaved: bool) -> ExportRequest:
    return ExportRequest(
        title=tr("Toekomstplan exporteren"),
        entity_id=plan_id,
        kinds=((ExportKind.PLAN18, tr("Toekomstplan 18+")),),
        note=tr("Er zijn niet-opgeslagen wijzigingen; die staan niet in de PDF. Sla eerst op "
                "als ze mee moeten.") if unsaved else "",
    )


def inzage_request(persoon_id: str) -> ExportRequest:
    """An AVG access request: everything stored about one person. It usually leaves by
    e-mail, so a password is suggested."""
    return ExportRequest(
        title=tr("Inzage-export (AVG)"),
        entity_id=persoon_id,
        kinds=((ExportKind.INZAGE, tr("Inzage: alles wat over deze persoon is vastgelegd")),),
        password_suggested=True,
    )


def open_export(ctx: AppContext, request: ExportRequest, parent: QWidget) -> ExportDialog:
    dialog = ExportDialog(ctx, request, parent)
    dialog.open()  # window-modal, and the event loop goes on (the preview arrives later)
    return dialog


class ExportActions:
    """The installed entry points; the last dialogs opened, for tests and screenshots."""

    def __init__(self, window: MainWindow, ctx: AppContext, plus18: Transition18Page) -> None:
        self.window, self.ctx, self.plus18 = window, ctx, plus18
        self.dialog: ExportDialog | None = None
        self.bulk: BulkExportDialog | None = None
        detail = window.cases.detail
        self.case_button = detail.add_case_action(tr("Gezinsplan exporteren…"),
                                                  self.export_gezinsplan)
        self.plan18_button = plus18.plan.add_plan_action(tr("Toekomstplan exporteren…"),
                                                         self.export_plan18)
        household_window = window.household_window  # type: ignore[attr-defined]
        self.inzage_button = household_window.view.add_member_action(
            tr("Inzage-export…"), lambda persoon_id: self.export_inzage(
                persoon_id, household_window))
        self.inzage_button.setToolTip(tr("Alles wat over dit gezinslid is vastgelegd, als PDF "
                                         "(AVG-inzageverzoek)"))
        self.bulk_button = window.cases.list.add_list_action(tr("Plannen van team exporteren…"),
                                                             self.export_team)
        self.bulk_button.setToolTip(tr("Alle vastgestelde gezinsplannen van een team als PDF "
                                       "in één map"))

    def export_gezinsplan(self, casus_id: str) -> None:
        unsaved = self.window.cases.detail.dirty

        def open_with(versions: tuple[PlanVersionView, ...]) -> None:
            self.dialog = open_export(self.ctx, gezinsplan_request(casus_id, versions, unsaved),
                                      self.window)

        self.ctx.run(plan.plan_versions, casus_id, on_done=open_with)

    def export_plan18(self, plan_id: str) -> None:
        self.dialog = open_export(self.ctx, plan18_request(plan_id, self.plus18.plan.dirty),
                                  self.window)

    def export_inzage(self, persoon_id: str, parent: QWidget) -> None:
        self.dialog = open_export(self.ctx, inzage_request(persoon_id), parent)

    def export_team(self) -> None:
        self.bulk = BulkExportDialog(self.ctx, self.window)
        self.bulk.open()


def install_export(window: MainWindow, ctx: AppContext, plus18: Transition18Page) -> ExportActions:
    actions = ExportActions(window, ctx, plus18)
    window.export_actions = actions  # type: ignore[attr-defined]
    return actions

"""Referring and counting at the desk: Verwijzen, the basket button in Zoeken, the tally bar
at the desk, and the Beheer tabs Telling and Instellingen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QWidget

from wijkinfo.services.desk.referrals import ReferralSheets
from wijkinfo.services.desk.tallies import Tallies
from wijkinfo.services.events import SETTINGS, Change
from wijkinfo.ui.admin.point_settings_view import PointSettingsView
from wijkinfo.ui.admin.tally_report_view import TallyReportView
from wijkinfo.ui.desk.referral_basket import MAX_ITEMS, Basket, BasketItem
from wijkinfo.ui.desk.referral_view import ReferralView
from wijkinfo.ui.desk.search_view import SearchView
from wijkinfo.ui.desk.tally_bar import TallyBar
from wijkinfo.ui.desk_context import DeskContext
from wijkinfo.ui.shell import Shell


class ReferralAreas(QObject):
    """Holds the pieces so that tests (and the window) can reach them."""

    def __init__(self, shell: Shell, context: DeskContext, search: SearchView) -> None:
        super().__init__(context)
        self._shell, self._search = shell, search
        actor = context.actor  # the signed-in person at the moment of use
        store, tasks = context.store, context.tasks
        self.basket = Basket(self)
        self.view = ReferralView(ReferralSheets(store), self.basket, tasks, actor)
        self._row = shell.add_area(self.tr("Verwijzen"), self.view)

        self.add_action = QAction(self.tr("In verwijsmandje"), search)
        self.add_action.setShortcut(QKeySequence("Ctrl+P"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.setToolTip(self.tr("Zet deze dienst op de verwijsbrief (Ctrl+P)"))
        self.add_action.setEnabled(False)
        self.add_action.triggered.connect(self.add_current)
        self.add_button = search.add_detail_action(self.add_action)
        self.add_button.setEnabled(False)
        search.current_service_changed.connect(lambda sid: self.add_action.setEnabled(bool(sid)))

        tallies = Tallies(store)
        self.tally_bar = TallyBar(tallies, tasks, actor)
        self.dock = QDockWidget(self.tr("Contacten tellen"))
        self.dock.setObjectName("tallyDock")
        self.dock.setWidget(self.tally_bar)
        # no title bar: "Tel 1 contact over:" says what it is, and the line is worth more to
        # the results at large text on a 768 px screen
        self.dock.setTitleBarWidget(QWidget(self.dock))
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        shell.add_dock(self.dock)

        self.report = TallyReportView(tallies, tasks, actor)
        shell.add_admin_tab(self.tr("Telling"), self.report)
        self.settings = PointSettingsView(store, tasks, actor)
        shell.add_admin_tab(self.tr("Instellingen"), self.settings)

        context.changes.changed.connect(self._on_change)
        self.basket.changed.connect(self._update_title)

    def add_current(self) -> None:
        """Put the service in the detail pane into the basket."""
        detail = self._search.detail.detail()
        status = self._search.detail.status
        if detail is None:
            return
        if detail.do_not_refer or detail.status != "active":
            status.setText(
                self.tr("Niet op de brief: deze dienst is niet actief of verwijst u niet door.")
            )
            return
        if detail.id in self.basket:
            status.setText(self.tr("Staat al op de verwijsbrief."))
            return
        if not self.basket.add(BasketItem(detail.id, detail.name, detail.organization)):
            status.setText(self.tr("De verwijsbrief is vol ({0} diensten).").format(MAX_ITEMS))
            return
        status.setText(self.tr("Op de verwijsbrief gezet ({0}).").format(len(self.basket)))

    def _update_title(self) -> None:
        title = self.tr("Verwijzen")
        if len(self.basket):
            title += f" ({len(self.basket)})"
        self._shell.set_area_title(self._row, title)

    def _on_change(self, change: Change) -> None:
        self.tally_bar.on_change(change)
        self.report.on_change(change)
        if change.topic == SETTINGS:
            self.view.letterhead_changed()


def install_referral_areas(shell: Shell, context: DeskContext, search: SearchView) -> ReferralAreas:
    return ReferralAreas(shell, context, search)

"""Signalen: logging (everyone signed in), review and reports (coordinators), shift changes.

``install_signals(window)`` registers the area, signing in and out (the bar at the top right,
"Aanmelden"/"Wissel vrijwilliger", "Afmelden") and the privacy page on the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QTabWidget

from wijkinfo.services.events import SIGNALS, USERS
from wijkinfo.services.people.auth import ANONYMOUS_DESK, can
from wijkinfo.ui.admin.users_admin_tab import UsersAdminTab
from wijkinfo.ui.main_window import scrollable
from wijkinfo.ui.privacy_page import show_privacy_page
from wijkinfo.ui.sign_in_bar import SignInBar
from wijkinfo.ui.sign_in_dialog import SignInDialog
from wijkinfo.ui.signals.signal_form import SignalForm
from wijkinfo.ui.signals.signal_review_view import SignalReviewView

if TYPE_CHECKING:
    from wijkinfo.ui.main_window import MainWindow


class SignalsArea(QTabWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("signalsArea")
        self.window_ = window
        actor = lambda: window.actor  # noqa: E731 - always the person signed in now
        self.form = SignalForm(window.store, actor, self)
        self.review = SignalReviewView(window.store, window.tasks, actor, self)
        self.review.detail.letter_requested.connect(self._print_letter)
        self.addTab(scrollable(self.form), self.tr("Melden"))
        self.addTab(scrollable(self.review), self.tr("Beoordelen"))
        self.reports = None
        try:
            from wijkinfo.ui.signals.signal_reports_view import SignalReportsView
        except ImportError:  # QtCharts missing: the rest of Signalen still works
            pass
        else:
            self.reports = SignalReportsView(window.store, window.tasks, actor, self)
            self.addTab(scrollable(self.reports), self.tr("Rapportage"))
        window.changes.changed.connect(self._on_change)
        self.currentChanged.connect(self._tab_changed)
        self.update_for_actor()

    def update_for_actor(self) -> None:
        review = can(self.window_.actor, "signal.review")
        for i in range(1, self.count()):
            self.setTabVisible(i, review)
        if review:
            self.review.reload()
        if self.reports is not None and review:
            self.reports.refresh()

    def _tab_changed(self, index: int) -> None:
        if self.widget(index).isAncestorOf(self.form):
            self.form.focus_first()

    def _on_change(self, change) -> None:
        if change.topic in (SIGNALS, USERS) and can(self.window_.actor, "signal.review"):
            if change.topic == USERS:
                self.review.reload()
            else:
                self.review.refresh()
            if self.reports is not None:
                self.reports.refresh()

    def _print_letter(self, signal_id: str) -> None:
        from wijkinfo.ui.signals.status_letter_action import print_status_letter

        print_status_letter(self.window_, signal_id)


def install_signals(window: MainWindow) -> SignalsArea:
    area = SignalsArea(window)
    row = window.add_area(QCoreApplication.translate("MainWindow", "Signalen"), area)

    def follow_actor(_actor=None) -> None:
        # Logging needs a known person (for the audit log); the anonymous desk sees no Signalen.
        allowed = window.actor.user_id is not None and can(window.actor, "signal.create")
        window.nav.item(row).setHidden(not allowed)
        if not allowed and window.nav.currentRow() == row:
            window.show_search()
        area.form.actor_changed()
        area.update_for_actor()

    window.actor_changed.connect(follow_actor)
    follow_actor()

    switch = QAction(window)
    switch.setObjectName("switchVolunteer")
    switch.setShortcut(QKeySequence("Ctrl+Shift+W"))
    sign_out = QAction(QCoreApplication.translate("MainWindow", "&Afmelden"), window)
    sign_out.setObjectName("signOut")
    bar = SignInBar(switch, sign_out, window)
    window.menuBar().setCornerWidget(bar)
    bar.show()  # a corner widget added after the window was shown stays hidden otherwise

    def show_actor(actor) -> None:
        signed_in = actor.user_id is not None
        if signed_in:
            switch.setText(QCoreApplication.translate("MainWindow", "&Wissel vrijwilliger…"))
        else:
            switch.setText(QCoreApplication.translate("MainWindow", "&Aanmelden…"))
        sign_out.setEnabled(signed_in)
        bar.show_actor(actor)

    def switch_volunteer() -> None:
        signed_in = window.actor.user_id is not None
        dialog = SignInDialog(window.store, window, switching=signed_in)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None:
            area.form.save_draft()
            window.set_actor(dialog.actor)

    def sign_out_now() -> None:
        area.form.save_draft()  # the next person does not see it; it comes back at sign-in
        window.set_actor(ANONYMOUS_DESK)

    switch.triggered.connect(switch_volunteer)
    sign_out.triggered.connect(sign_out_now)
    window.actor_changed.connect(show_actor)
    show_actor(window.actor)
    menu = window.menuBar().actions()[0].menu()
    menu.insertAction(menu.actions()[0], switch)
    menu.insertAction(menu.actions()[1], sign_out)
    window.switch_volunteer_action = switch
    window.sign_out_action = sign_out
    window.sign_in_bar = bar
    privacy = QAction(QCoreApplication.translate("MainWindow", "&Privacy: wat bewaren we?"), window)
    privacy.setObjectName("privacyAction")
    privacy.triggered.connect(lambda: show_privacy_page(window))
    window.menuBar().actions()[-1].menu().addAction(privacy)
    admin = UsersAdminTab(window.store, lambda: window.actor, window)
    window.add_admin_tab(QCoreApplication.translate("MainWindow", "Gebruikers en privacy"), admin)
    window.actor_changed.connect(lambda _a: admin.refresh())
    return area

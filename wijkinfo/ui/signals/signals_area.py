"""Signalen: logging (everyone signed in), review and reports (coordinators), shift changes.

``install_signals(shell, context)`` registers the area, signing in and out (the bar at the top
right, "Aanmelden"/"Wissel vrijwilliger", "Afmelden") and the privacy page.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from wijkinfo.services.events import SIGNALS, USERS, VOCABULARY, Change
from wijkinfo.services.people.auth import ANONYMOUS_DESK, Actor, can
from wijkinfo.ui.admin.users_admin_tab import UsersAdminTab
from wijkinfo.ui.desk_context import DeskContext
from wijkinfo.ui.privacy_page import show_privacy_page
from wijkinfo.ui.shell import FILE_MENU, HELP_MENU, Shell, scrollable
from wijkinfo.ui.sign_in_bar import SignInBar
from wijkinfo.ui.sign_in_dialog import SignInDialog
from wijkinfo.ui.signals.signal_form import SignalForm
from wijkinfo.ui.signals.signal_review_view import SignalReviewView

if TYPE_CHECKING:
    from wijkinfo.ui.signals.signal_reports_view import SignalReportsView


class SignalsArea(QTabWidget):
    # a short message for the status bar (a status letter being made, or saved)
    status_message = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signalsArea")
        self._context = context
        actor = context.actor  # always the person signed in now
        self.form = SignalForm(context.store, context.tasks, actor, self)
        self.review = SignalReviewView(context.store, context.tasks, actor, self)
        self.review.detail.letter_requested.connect(self._print_letter)
        self.review.detail.letter_print_requested.connect(self.print_letter_now)
        self.addTab(scrollable(self.form), self.tr("Melden"))
        self.addTab(scrollable(self.review), self.tr("Beoordelen"))
        self.reports: SignalReportsView | None = None
        try:
            from wijkinfo.ui.signals.signal_reports_view import SignalReportsView
        except ImportError:  # QtCharts missing: the rest of Signalen still works
            pass
        else:
            self.reports = SignalReportsView(context.store, context.tasks, actor, self)
            self.addTab(scrollable(self.reports), self.tr("Rapportage"))
        context.changes.changed.connect(self._on_change)
        self.currentChanged.connect(self._tab_changed)
        self.update_for_actor()

    def update_for_actor(self) -> None:
        review = can(self._context.actor(), "signal.review")
        for i in range(1, self.count()):
            self.setTabVisible(i, review)
        if review:
            self.review.reload()
        if self.reports is not None and review:
            self.reports.refresh()

    def _tab_changed(self, index: int) -> None:
        page = self.widget(index)
        if page is not None and page.isAncestorOf(self.form):
            self.form.focus_first()

    def _on_change(self, change: Change) -> None:
        if change.topic == VOCABULARY:
            self.form.reload_lists()
        if change.topic in (SIGNALS, USERS) and can(self._context.actor(), "signal.review"):
            if change.topic == USERS:
                self.review.reload()
            else:
                self.review.refresh()
            if self.reports is not None:
                self.reports.refresh()

    def _print_letter(self, signal_id: str) -> None:
        from wijkinfo.ui.signals.status_letter_action import print_status_letter

        print_status_letter(
            self._context,
            signal_id,
            self,
            status=self.status_message.emit,
            language=self.review.detail.letter_language.currentData(),
        )

    def print_letter_now(self, signal_id: str, printer: object = None) -> None:
        """Print the letter for ``signal_id`` (a QPrinter ``printer`` skips the dialog)."""
        from wijkinfo.ui.signals.status_letter_action import print_status_letter_directly

        print_status_letter_directly(
            self._context,
            signal_id,
            self,
            status=self.status_message.emit,
            printer=printer,  # type: ignore[arg-type]
            language=self.review.detail.letter_language.currentData(),
        )


@dataclass(frozen=True)
class SignalsShell:
    """What ``install_signals`` put in place (tests and the window hold on to it)."""

    area: SignalsArea
    switch_volunteer: QAction
    sign_out: QAction
    sign_in_bar: SignInBar
    users: UsersAdminTab


def install_signals(shell: Shell, context: DeskContext) -> SignalsShell:
    area = SignalsArea(context)
    area.status_message.connect(shell.show_status)
    row = shell.add_area(QCoreApplication.translate("MainWindow", "Signalen"), area)

    def follow_actor(_actor: Actor | None = None) -> None:
        # Logging needs a known person (for the audit log); the anonymous desk sees no Signalen.
        actor = context.actor()
        shell.set_area_allowed(row, actor.user_id is not None and can(actor, "signal.create"))
        area.form.actor_changed()
        area.update_for_actor()

    context.actor_changed.connect(follow_actor)
    follow_actor()

    switch = QAction(context)
    switch.setObjectName("switchVolunteer")
    switch.setShortcut(QKeySequence("Ctrl+Shift+W"))
    sign_out = QAction(QCoreApplication.translate("MainWindow", "&Afmelden"), context)
    sign_out.setObjectName("signOut")
    bar = SignInBar(switch, sign_out)
    shell.set_corner_widget(bar)

    def show_actor(actor: Actor) -> None:
        signed_in = actor.user_id is not None
        if signed_in:
            switch.setText(QCoreApplication.translate("MainWindow", "&Wissel vrijwilliger…"))
        else:
            switch.setText(QCoreApplication.translate("MainWindow", "&Aanmelden…"))
        sign_out.setEnabled(signed_in)
        bar.show_actor(actor)

    def switch_volunteer() -> None:
        from wijkinfo.services.people.users import has_users

        # nobody made yet (the first-run dialog was skipped): make the first coordinator now
        context.tasks.run(partial(has_users, context.store), on_done=sign_in_or_first)

    def sign_in_or_first(anyone: bool) -> None:
        if not anyone:  # the coordinator and recovery steps of the first-run assistant
            from wijkinfo.ui.first_run.assistant import COORDINATOR_STEPS, open_first_run

            assistant = open_first_run(
                context.store, context.tasks, shell.dialog_parent(), steps=COORDINATOR_STEPS
            )
            assistant.completed.connect(
                lambda setup: context.set_actor(setup.actor) if setup.actor else None
            )
            return
        signed_in = context.actor().user_id is not None
        dialog = SignInDialog(
            context.store, context.tasks, shell.dialog_parent(), switching=signed_in
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None:
            area.form.save_draft()
            context.set_actor(dialog.actor)

    def sign_out_now() -> None:
        area.form.save_draft()  # the next person does not see it; it comes back at sign-in
        context.set_actor(ANONYMOUS_DESK)

    switch.triggered.connect(switch_volunteer)
    sign_out.triggered.connect(sign_out_now)
    context.actor_changed.connect(show_actor)
    show_actor(context.actor())
    file_menu = shell.menu(FILE_MENU)
    # signing in comes first in Bestand
    file_menu.insertActions(file_menu.actions()[0], [switch, sign_out])
    privacy = QAction(
        QCoreApplication.translate("MainWindow", "&Privacy: wat bewaren we?"), context
    )
    privacy.setObjectName("privacyAction")
    privacy.triggered.connect(
        lambda: show_privacy_page(context.store, context.tasks, shell.dialog_parent())
    )
    shell.menu(HELP_MENU).addAction(privacy)
    admin = UsersAdminTab(context.store, context.tasks, context.actor)
    shell.add_admin_tab(QCoreApplication.translate("MainWindow", "Gebruikers en privacy"), admin)
    context.actor_changed.connect(lambda _a: admin.refresh())
    return SignalsShell(area, switch, sign_out, bar, admin)

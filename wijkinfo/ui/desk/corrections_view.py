""" "Klopt er iets niet?" at the desk, and the queue of reports in Beheer (coordinators)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.desk.corrections import CorrectionService, CorrectionView
from wijkinfo.services.directory.services_edit import DirectoryEditor
from wijkinfo.services.events import CORRECTIONS, DIRECTORY, Change
from wijkinfo.services.people.auth import can
from wijkinfo.services.search.synonyms import SynonymService
from wijkinfo.ui.admin.directory_editor import DirectoryEditorView
from wijkinfo.ui.admin.organization_editor import OrganizationEditorView
from wijkinfo.ui.admin.synonyms_view import SynonymsView
from wijkinfo.ui.desk.search_view import SearchView
from wijkinfo.ui.desk_context import DeskContext
from wijkinfo.ui.dialog_keys import ask_text
from wijkinfo.ui.shell import Shell
from wijkinfo.ui.user_messages import error_text


class CorrectionsQueue(QWidget):
    """Beheer → Meldingen: what volunteers reported, oldest first; mark each as handled."""

    #: open this service (its id) in the editor, to correct what was reported
    edit_requested = Signal(str)

    def __init__(
        self, context: DeskContext, service: CorrectionService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context, self._service = context, service
        self._generation = 0  # a newer refresh wins over an older one still under way
        self.list = QListWidget(self)
        self.list.setObjectName("correctionsQueue")
        self.list.setWordWrap(True)
        self.done_button = QPushButton(self.tr("Afgehandeld"), self)
        self.done_button.clicked.connect(self.mark_done)
        self.edit_button = QPushButton(self.tr("Dienst bewerken"), self)
        self.edit_button.clicked.connect(self._edit)
        self.message = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Meldingen van vrijwilligers: wat klopt er niet?"), self))
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        context.changes.changed.connect(self._on_change)
        context.actor_changed.connect(lambda _a: self.refresh())
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.topic == CORRECTIONS:
            self.refresh()

    def refresh(self) -> None:
        """Read the open reports again, in the background."""
        self._generation += 1
        generation, actor = self._generation, self._context.actor()
        if not can(actor, "directory.edit"):
            self._show([])
            return
        self._context.tasks.run(
            partial(self._service.open_reports, actor=actor),
            on_done=partial(self._arrived, generation),
            on_error=self._failed,
        )

    def _arrived(self, generation: int, reports: list[CorrectionView]) -> None:
        if generation == self._generation:
            self._show(reports)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))

    def _show(self, reports: list[CorrectionView]) -> None:
        self.list.clear()
        for report in reports:
            text = f"{report.at.strftime('%d-%m-%Y %H:%M')} — {report.service_name}\n{report.text}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, report.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, report.service_id)
            self.list.addItem(item)
        self.done_button.setEnabled(self.list.count() > 0)
        self.edit_button.setEnabled(self.list.count() > 0)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _edit(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole + 1):
            self.edit_requested.emit(item.data(Qt.ItemDataRole.UserRole + 1))

    def mark_done(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._context.tasks.run(
            partial(
                self._service.resolve,
                actor=self._context.actor(),
                correction_id=item.data(Qt.ItemDataRole.UserRole),
            ),
            on_done=self._resolved,
            on_error=self._failed,
        )

    def _resolved(self, _result: object) -> None:
        self.message.setText(self.tr("Gemarkeerd als afgehandeld."))
        self.refresh()


def install_corrections(shell: Shell, context: DeskContext, view: SearchView) -> None:
    """The desk's report button under the detail pane (of ``view``), and the queue in Beheer."""
    store = context.store
    service = CorrectionService(store)
    action = QAction(QCoreApplication.translate("CorrectionsQueue", "Klopt er iets niet?"), view)

    def report() -> None:
        service_id = view.current_service_id()
        if not service_id:
            return
        text = ask_text(
            view,
            QCoreApplication.translate("CorrectionsQueue", "Klopt er iets niet?"),
            QCoreApplication.translate(
                "CorrectionsQueue", "Wat klopt er niet? Een coördinator past het aan."
            ),
        )
        if text is None:
            return
        context.tasks.run(
            partial(service.report, actor=context.actor(), service_id=service_id, text=text),
            on_done=lambda _r: view.detail.status.setText(
                QCoreApplication.translate(
                    "CorrectionsQueue", "Bedankt, de melding staat bij de coördinator."
                )
            ),
            on_error=lambda exc: view.detail.status.setText(error_text(exc)),
        )

    action.triggered.connect(report)

    def directory_changed(change: Change) -> None:
        # an edit in Beheer shows at once in the detail the volunteer is looking at
        if change.topic == DIRECTORY and view.current_service_id() in change.ids:
            view.refresh_detail()

    context.changes.changed.connect(directory_changed)
    view.add_detail_action(action).setObjectName("reportCorrectionButton")
    editor = DirectoryEditor(store)
    services_view = DirectoryEditorView(context, editor, view.current_service_id)
    organizations_view = OrganizationEditorView(context, editor)

    def edit_organization(organization_id: str) -> None:
        shell.show_admin_tab(organizations_view)
        organizations_view.select(organization_id)

    services_view.edit_organization_requested.connect(edit_organization)
    shell.add_admin_tab(
        QCoreApplication.translate("CorrectionsQueue", "Sociale kaart"), services_view
    )
    shell.add_admin_tab(
        QCoreApplication.translate("CorrectionsQueue", "Organisaties"), organizations_view
    )
    shell.add_admin_tab(
        QCoreApplication.translate("CorrectionsQueue", "Zoekwoorden"),
        SynonymsView(context, SynonymService(store)),
    )
    queue = CorrectionsQueue(context, service)

    def edit_service(service_id: str) -> None:
        shell.show_admin_tab(services_view)
        services_view.load(service_id)

    queue.edit_requested.connect(edit_service)
    shell.add_admin_tab(QCoreApplication.translate("CorrectionsQueue", "Meldingen"), queue)

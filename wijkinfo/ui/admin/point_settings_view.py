"""Beheer › Instellingen: the information point's letterhead on every referral sheet, and after how
many months the desk is warned that a service's details may be out of date. The same form and
box as in Bestand › Instellingen (``PointDetailsForm``, ``StaleWarningBox``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.desk.point_settings import PointSettings, load_point_settings
from wijkinfo.services.directory.staleness import stale_after_months
from wijkinfo.services.people.auth import Actor
from wijkinfo.ui.admin.point_details_form import PointDetailsForm
from wijkinfo.ui.admin.stale_warning_box import StaleWarningBox
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text


@dataclass(frozen=True)
class PointSettingsState:
    """The letterhead fields and the warning term typed over but not saved."""

    changed: tuple[tuple[str, str], ...] = ()
    stale_months: int | None = None


class PointSettingsView(QWidget):
    saved = Signal()

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._tasks, self._actor = store, tasks, actor
        self.form = PointDetailsForm(self)
        # the fields by their old names, for the views and tests that reach them
        self.name, self.address, self.phone = self.form.name, self.form.address, self.form.phone
        self.hours, self.logo = self.form.hours, self.form.logo
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.stale = StaleWarningBox(self, own_save=True)
        self.stale_months, self.stale_message = self.stale.months, self.stale.message
        assert self.stale.save_button is not None
        self.stale_save = self.stale.save_button
        self.stale_save.clicked.connect(self.save_stale_months)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Dit staat bovenaan en onderaan elke verwijsbrief."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addWidget(self.stale)
        layout.addStretch(1)
        self.load()

    def save_stale_months(self) -> None:
        self.stale_save.setEnabled(False)

        def done(months: int) -> None:
            self.stale_save.setEnabled(True)
            self.stale.show_months(months)
            self.stale_message.setText(self.stale.saved_text(months))

        def failed(exc: BaseException) -> None:
            self.stale_save.setEnabled(True)
            self.stale_message.setText(error_text(exc))

        self._tasks.run(self.stale.saver(self._store, self._actor()), on_done=done, on_error=failed)

    def keep(self) -> PointSettingsState:
        months = self.stale_months.value() if self.stale.is_changed() else None
        return PointSettingsState(tuple(self.form.changes().items()), months)

    def restore(self, state: PointSettingsState) -> None:
        """The unsaved changes over what is stored now (the fields left alone show that)."""
        self.form.put(dict(state.changed))
        if state.stale_months is not None:
            self.stale_months.setValue(state.stale_months)

    def load(self) -> None:
        self.stale.show_months(stale_after_months(self._store))
        self.form.show_settings(load_point_settings(self._store))

    def save(self) -> None:
        self.save_button.setEnabled(False)
        self._tasks.run(
            self.form.saver(self._store, self._actor()), on_done=self._saved, on_error=self._failed
        )

    def _saved(self, settings: PointSettings) -> None:
        self.save_button.setEnabled(True)
        self.form.show_settings(settings)
        self.message.setText(self.tr("Opgeslagen."))
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(error_text(exc))

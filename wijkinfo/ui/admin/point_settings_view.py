"""Beheer › Instellingen: the information point's letterhead on every referral sheet, and after how
many months the desk is warned that a service's details may be out of date."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.desk.point_settings import load_point_settings, save_point_settings
from wijkinfo.services.directory.staleness import (
    MOST_MONTHS,
    save_stale_after_months,
    stale_after_months,
)
from wijkinfo.services.errors import UserError
from wijkinfo.services.people.auth import Actor
from wijkinfo.ui.file_dialogs import open_file_name
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text


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
        self.name = QLineEdit(self)
        self.address = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(self.tr("Bijvoorbeeld: 030-1234567"))
        self.hours = QLineEdit(self)
        self.hours.setPlaceholderText(self.tr("Bijvoorbeeld: maandag t/m vrijdag 10:00–16:00"))
        self.logo = QLineEdit(self)
        choose = QPushButton(self.tr("Kies…"), self)
        choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("Adres"), self.address)
        form.addRow(self.tr("Telefoon"), self.phone)
        form.addRow(self.tr("Openingstijden"), self.hours)
        form.addRow(self.tr("Logo (PNG of JPG)"), logo_row)
        self.save_button = QPushButton(self.tr("Opslaan"), self)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Dit staat bovenaan en onderaan elke verwijsbrief."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addWidget(self._stale_group())
        layout.addStretch(1)
        self.load()

    def _stale_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Sociale kaart"), self)
        self.stale_months = QSpinBox(group)
        self.stale_months.setObjectName("staleMonths")
        self.stale_months.setRange(1, MOST_MONTHS)
        self.stale_months.setSuffix(self.tr(" maanden"))
        self.stale_save = QPushButton(self.tr("Opslaan"), group)
        self.stale_save.setObjectName("saveStaleMonths")
        self.stale_save.clicked.connect(self.save_stale_months)
        self.stale_message = QLabel(group)
        self.stale_message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.stale_months)
        row.addWidget(self.stale_save)
        row.addStretch(1)
        box = QVBoxLayout(group)
        explain = QLabel(
            self.tr("Waarschuw aan de balie als een dienst langer geleden is gecontroleerd dan:"),
            group,
        )
        explain.setWordWrap(True)
        box.addWidget(explain)
        box.addLayout(row)
        box.addWidget(self.stale_message)
        return group

    def save_stale_months(self) -> None:
        try:
            months = save_stale_after_months(
                self._store, actor=self._actor(), months=self.stale_months.value()
            )
        except UserError as exc:
            self.stale_message.setText(error_text(exc))
            return
        self.stale_message.setText(self.tr("Opgeslagen: waarschuwen na %n maand(en).", "", months))

    def load(self) -> None:
        self.stale_months.setValue(stale_after_months(self._store))
        s = load_point_settings(self._store)
        for field, value in (
            (self.name, s.name),
            (self.address, s.address),
            (self.phone, s.phone),
            (self.hours, s.hours),
            (self.logo, s.logo),
        ):
            field.setText(value)

    def _choose_logo(self) -> None:
        path = open_file_name(
            self, "logo", self.tr("Logo kiezen"), self.tr("Plaatjes (*.png *.jpg *.jpeg)")
        )
        if path is not None:
            self.logo.setText(str(path))

    def save(self) -> None:
        actor = self._actor()
        values = dict(
            name=self.name.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            hours=self.hours.text(),
            logo=self.logo.text(),
        )
        self.save_button.setEnabled(False)
        self._tasks.run(
            lambda: save_point_settings(self._store, actor=actor, **values),
            on_done=self._saved,
            on_error=self._failed,
        )

    def _saved(self, settings) -> None:
        self.save_button.setEnabled(True)
        self.phone.setText(settings.phone)
        self.logo.setText(settings.logo)
        self.message.setText(self.tr("Opgeslagen."))
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(error_text(exc))

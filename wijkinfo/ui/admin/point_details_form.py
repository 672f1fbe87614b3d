"""The information point's details as fields: name, address, phone, opening hours, logo.

One form for every place that edits them (Beheer › Instellingen and Bestand › Instellingen),
so the fields, their checks and their mnemonics never drift apart."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict
from functools import partial

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.desk.point_settings import PointSettings, save_point_settings
from wijkinfo.services.people.auth import Actor
from wijkinfo.ui.file_dialogs import open_file_name


class PointDetailsForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pointDetailsForm")
        self.name = QLineEdit(self)
        self.name.setObjectName("pointName")
        self.address = QLineEdit(self)
        self.address.setObjectName("pointAddress")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("pointPhone")
        self.phone.setPlaceholderText(self.tr("Bijvoorbeeld: 030-1234567"))
        self.hours = QLineEdit(self)
        self.hours.setObjectName("pointHours")
        self.hours.setPlaceholderText(self.tr("Bijvoorbeeld: maandag t/m vrijdag 10:00–16:00"))
        self.logo = QLineEdit(self)
        self.logo.setObjectName("pointLogo")
        self.choose = QPushButton(self.tr("&Kies…"), self)
        self.choose.setObjectName("chooseLogo")
        self.choose.setAccessibleName(self.tr("Logo kiezen"))
        self.choose.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.choose)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Adres"), self.address)
        form.addRow(self.tr("&Telefoon"), self.phone)
        form.addRow(self.tr("&Openingstijden"), self.hours)
        logo_label = QLabel(self.tr("&Logo (PNG of JPG)"), self)
        logo_label.setBuddy(self.logo)
        form.addRow(logo_label, logo_row)
        self._shown = PointSettings("", "", "", "", "")

    def show_settings(self, settings: PointSettings) -> None:
        self._shown = settings
        for field, value in (
            (self.name, settings.name),
            (self.address, settings.address),
            (self.phone, settings.phone),
            (self.hours, settings.hours),
            (self.logo, settings.logo),
        ):
            field.setText(value)

    def values(self) -> PointSettings:
        return PointSettings(
            name=self.name.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            hours=self.hours.text(),
            logo=self.logo.text(),
        )

    def is_changed(self) -> bool:
        return self.values() != self._shown

    def changes(self) -> dict[str, str]:
        """The fields typed over since they were shown, by their ``PointSettings`` names."""
        shown = asdict(self._shown)
        return {k: v for k, v in asdict(self.values()).items() if v != shown[k]}

    def put(self, changes: Mapping[str, str]) -> None:
        """Type ``changes`` over the fields shown (unsaved, as they were elsewhere)."""
        fields = {
            "name": self.name,
            "address": self.address,
            "phone": self.phone,
            "hours": self.hours,
            "logo": self.logo,
        }
        for key, value in changes.items():
            if key in fields:
                fields[key].setText(value)

    def set_editable(self, editable: bool) -> None:
        for field in (self.name, self.address, self.phone, self.hours, self.logo):
            field.setReadOnly(not editable)
        self.choose.setEnabled(editable)

    def saver(self, store: Store, actor: Actor) -> Callable[[], PointSettings]:
        """The save, to run through the task runner (the service checks the role)."""
        v = self.values()
        return partial(
            save_point_settings,
            store,
            actor=actor,
            name=v.name,
            address=v.address,
            phone=v.phone,
            hours=v.hours,
            logo=v.logo,
        )

    def _choose_logo(self) -> None:
        path = open_file_name(
            self, "logo", self.tr("Logo kiezen"), self.tr("Plaatjes (*.png *.jpg *.jpeg)")
        )
        if path is not None:
            self.logo.setText(str(path))

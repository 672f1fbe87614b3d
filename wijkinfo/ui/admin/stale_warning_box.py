"""After how many months the desk is warned that a service's details may be out of date.

Shown in Beheer › Instellingen (with its own Opslaan) and in Bestand › Instellingen (saved
with the dialog)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QSpinBox, QWidget

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.directory.staleness import MOST_MONTHS, save_stale_after_months
from wijkinfo.services.people.auth import Actor


class StaleWarningBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None, *, own_save: bool = False) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sociale kaart"))
        self.setObjectName("staleWarningBox")
        explain = QLabel(
            self.tr("Waarschuw aan de balie als een dienst langer geleden is gecontroleerd dan:"),
            self,
        )
        explain.setWordWrap(True)
        self.months = QSpinBox(self)
        self.months.setObjectName("staleMonths")
        self.months.setRange(1, MOST_MONTHS)
        self.months.setSuffix(self.tr(" maanden"))
        self.months.setAccessibleName(self.tr("Waarschuwen na"))
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("&Waarschuwen na"), self.months)
        self.save_button: QPushButton | None = None
        self.message = QLabel(self)
        self.message.setObjectName("staleMessage")
        self.message.setWordWrap(True)
        if own_save:
            self.save_button = QPushButton(self.tr("Opslaan"), self)
            self.save_button.setObjectName("saveStaleMonths")
            form.addRow(self.save_button)
            form.addRow(self.message)
        else:
            self.message.hide()
        self._shown = 0

    def show_months(self, months: int) -> None:
        self._shown = months
        self.months.setValue(months)

    def is_changed(self) -> bool:
        return self.months.value() != self._shown

    def set_editable(self, editable: bool) -> None:
        self.months.setReadOnly(not editable)
        if self.save_button is not None:
            self.save_button.setEnabled(editable)

    def saver(self, store: Store, actor: Actor) -> Callable[[], int]:
        return partial(save_stale_after_months, store, actor=actor, months=self.months.value())

    def saved_text(self, months: int) -> str:
        return self.tr("Opgeslagen: waarschuwen na %n maand(en).", "", months)

"""The retention terms (AVG): contact details wiped, and signals deleted, N days after closing.

Shown in Beheer › Gebruikers en privacy (with its own button) and in Bestand › Instellingen
(saved with the dialog)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QFormLayout, QGroupBox, QPushButton, QSpinBox, QWidget

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.people.auth import Actor
from wijkinfo.services.signals import retention
from wijkinfo.services.signals.retention import RetentionSettings


class RetentionBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None, *, own_save: bool = False) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bewaartermijnen (na het afsluiten van een signaal)"))
        self.setObjectName("retentionBox")
        self.anonymise = QSpinBox(self)
        self.anonymise.setObjectName("anonymiseDays")
        self.delete = QSpinBox(self)
        self.delete.setObjectName("deleteDays")
        for spin in (self.anonymise, self.delete):
            spin.setRange(1, retention.MAX_DAYS)
            spin.setSuffix(self.tr(" dagen"))
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Contactgegevens wissen na"), self.anonymise)
        form.addRow(self.tr("Signaal &verwijderen na"), self.delete)
        self.save_button: QPushButton | None = None
        if own_save:
            self.save_button = QPushButton(self.tr("Bewaartermijnen &opslaan"), self)
            self.save_button.setObjectName("saveTerms")
            form.addRow(self.save_button)
        self._shown = RetentionSettings(0, 0)

    def show_terms(self, terms: RetentionSettings) -> None:
        self._shown = terms
        self.anonymise.setValue(terms.anonymise_days)
        self.delete.setValue(terms.delete_days)

    def terms(self) -> RetentionSettings:
        return RetentionSettings(self.anonymise.value(), self.delete.value())

    def is_changed(self) -> bool:
        return self.terms() != self._shown

    def set_editable(self, editable: bool) -> None:
        for spin in (self.anonymise, self.delete):
            spin.setReadOnly(not editable)
        if self.save_button is not None:
            self.save_button.setEnabled(editable)

    def saver(self, store: Store, actor: Actor) -> Callable[[], None]:
        terms = self.terms()
        return partial(
            retention.set_retention,
            store,
            actor=actor,
            anonymise_days=terms.anonymise_days,
            delete_days=terms.delete_days,
        )

"""Bestand › Instellingen › Synchroniseren: what this desk syncs with, and the way to where it is
chosen (Beheer › Synchroniseren, coordinators)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wijkinfo.ui.admin.sync_view import when_text


class SyncTargetPage(QWidget):
    def __init__(self, open_sync: Callable[[], None] | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncTargetPage")
        self.target = QLabel(self.tr("wordt gelezen…"), self)
        self.target.setObjectName("syncTarget")
        self.target.setWordWrap(True)
        self.last = QLabel(self)
        self.last.setObjectName("syncLast")
        self.last.setWordWrap(True)
        self.automatic = QLabel(self)
        self.automatic.setObjectName("syncAutomatic")
        self.automatic.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Synchroniseert met"), self.target)
        form.addRow(self.tr("Laatste keer"), self.last)
        form.addRow(self.tr("Automatisch"), self.automatic)
        self.go = QPushButton(self.tr("Naar &Beheer › Synchroniseren"), self)
        self.go.setObjectName("openSyncAdmin")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if open_sync is not None:
            self.go.clicked.connect(open_sync)
            explain = self.tr("De syncmap of de server kiest u in Beheer › Synchroniseren.")
        else:
            self.go.setEnabled(False)
            explain = self.tr(
                "Een coördinator kiest de syncmap of de server, in Beheer › Synchroniseren."
            )
        note = QLabel(explain, self)
        note.setWordWrap(True)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(self.go)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_settings(self, settings: Any) -> None:
        from wijkinfo.services.sync.hub_settings import is_hub_target, split_address

        target = settings.folder
        if not target:
            self.target.setText(self.tr("nog niets: deze balie synchroniseert niet"))
        elif is_hub_target(target):
            server, login = split_address(target)
            self.target.setText(self.tr("de server {0} (login {1})").format(server, login))
        else:
            self.target.setText(self.tr("de map {0}").format(target))
        self.last.setText(when_text(settings.last_sync_at))
        if settings.auto:
            self.automatic.setText(
                self.tr(
                    "ja, bij het starten en elke %n minuut/minuten", "", settings.interval_minutes
                )
            )
        else:
            self.automatic.setText(self.tr("nee"))

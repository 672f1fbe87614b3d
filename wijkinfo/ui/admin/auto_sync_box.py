"""When this computer syncs by itself: at start, on close, every N minutes.

Only the controls: the view that holds them reads and saves the choice (Beheer ›
Synchroniseren saves it with the sync target; a settings dialog can save it alone with
``sync_settings.save_auto_sync``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSpinBox, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from wijkinfo.services.sync.sync_settings import AutoSync


class AutoSyncBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("autoSyncBox")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.at_start = QCheckBox(self.tr("Synchroniseren als wijkinfo start"), self)
        self.at_start.setObjectName("syncAutoStart")
        self.on_close = QCheckBox(self.tr("Synchroniseren als wijkinfo sluit"), self)
        self.on_close.setObjectName("syncAutoClose")
        every_row = QHBoxLayout()
        self.every = QCheckBox(self.tr("Synchroniseren elke"), self)
        self.every.setObjectName("syncAuto")
        self.interval = QSpinBox(self)
        self.interval.setObjectName("syncInterval")
        self.interval.setRange(1, 1440)
        self.interval.setValue(15)
        self.interval.setSuffix(self.tr(" minuten"))
        self.interval.setAccessibleName(self.tr("Aantal minuten tussen twee syncs"))
        self.every.toggled.connect(self.interval.setEnabled)
        self.interval.setEnabled(False)
        every_row.addWidget(self.every)
        every_row.addWidget(self.interval)
        every_row.addStretch(1)
        layout.addWidget(self.at_start)
        layout.addWidget(self.on_close)
        layout.addLayout(every_row)

    def show_choice(self, choice: AutoSync) -> None:
        self.at_start.setChecked(choice.at_start)
        self.on_close.setChecked(choice.on_close)
        self.every.setChecked(choice.every)
        self.interval.setValue(choice.interval_minutes)
        self.interval.setEnabled(choice.every)

    def choice(self) -> AutoSync:
        from wijkinfo.services.sync.sync_settings import AutoSync

        return AutoSync(
            at_start=self.at_start.isChecked(),
            on_close=self.on_close.isChecked(),
            every=self.every.isChecked(),
            interval_minutes=self.interval.value(),
        )

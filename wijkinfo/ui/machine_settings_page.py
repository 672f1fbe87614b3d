"""Bestand › Instellingen › Deze computer: language, text size, where the backups go and how
many stay. Settings of this laptop (machine.json), which anyone at the desk may change; the
text size shows at once, so a volunteer sees what a size does before keeping it."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.machine_settings import (
    LEAST_BACKUP_COUNT,
    MOST_BACKUP_COUNT,
    TEXT_SIZES,
)
from wijkinfo.services.datafolder.paths import DataPaths
from wijkinfo.ui.file_dialogs import existing_folder


def active_language() -> str:
    """The language the window shows now."""
    return "en" if QLocale().language() == QLocale.Language.English else "nl"


class MachineSettingsPage(QWidget):
    """``text_size_tried(percent)`` fires as soon as another size is picked."""

    text_size_tried = Signal(int)

    def __init__(self, paths: DataPaths, text_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("machineSettingsPage")
        self._paths = paths
        intro = QLabel(
            self.tr(
                "Deze instellingen gelden alleen op deze computer. Iedereen mag ze veranderen."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(active_language())))
        self._language_shown = active_language()
        language_hint = QLabel(
            self.tr("Na Opslaan toont het venster meteen de gekozen taal."), self
        )
        language_hint.setWordWrap(True)
        self.text_size = QComboBox(self)
        self.text_size.setObjectName("textSizeChoice")
        for percent in TEXT_SIZES:
            self.text_size.addItem(self.tr("{0} %").format(percent), percent)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(text_size)))
        self.text_size_shown = text_size
        self.text_size.currentIndexChanged.connect(
            lambda _i: self.text_size_tried.emit(int(self.text_size.currentData()))
        )
        self.backup_folder = QLineEdit(self)
        self.backup_folder.setObjectName("backupFolder")
        self.backup_folder.setPlaceholderText(str(paths.own_backups))
        if paths.backups != paths.own_backups:
            self.backup_folder.setText(str(paths.backups))
        choose = QPushButton(self.tr("&Kies…"), self)
        choose.setObjectName("chooseBackupFolder")
        choose.setAccessibleName(self.tr("Back-upmap kiezen"))
        choose.clicked.connect(self._choose_folder)
        default = QPushButton(self.tr("Standaard&map"), self)
        default.setObjectName("defaultBackupFolder")
        default.setToolTip(self.tr("De back-ups in de gegevensmap zelf"))
        default.clicked.connect(self.backup_folder.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(default)
        buttons.addStretch(1)
        folder_row = QVBoxLayout()
        folder_row.addWidget(self.backup_folder)
        folder_row.addLayout(buttons)
        self.backup_count = QSpinBox(self)
        self.backup_count.setObjectName("backupCount")
        self.backup_count.setRange(LEAST_BACKUP_COUNT, MOST_BACKUP_COUNT)
        self.backup_count.setValue(paths.keep_daily)
        backup_hint = QLabel(
            self.tr(
                "Elke dag bij het starten maakt wijkinfo een back-up. Leeg: in de gegevensmap. "
                "Kies bijvoorbeeld een USB-stick of een netwerkmap; zit die er niet in, dan gaat "
                "de back-up van die dag naar de gegevensmap."
            ),
            self,
        )
        backup_hint.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Taal"), self.language)
        form.addRow(language_hint)
        form.addRow(self.tr("Tekst&grootte"), self.text_size)
        folder_label = QLabel(self.tr("&Back-upmap"), self)
        folder_label.setBuddy(self.backup_folder)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Aantal dagelijkse back-ups"), self.backup_count)
        form.addRow(backup_hint)
        self.message = QLabel(self)
        self.message.setObjectName("machineMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#8a1c1c")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def language_changed(self) -> bool:
        return self.chosen_language() != self._language_shown

    def chosen_text_size(self) -> int:
        return int(self.text_size.currentData())

    def _choose_folder(self) -> None:
        folder = existing_folder(self, "backup", self.tr("Back-upmap kiezen"))
        if folder is not None:
            self.backup_folder.setText(str(folder))

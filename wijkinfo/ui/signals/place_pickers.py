"""Wijk and buurt in the signal form: picked from the shared list, by keyboard.

Type a few letters and the list shows the places that contain them (↓ and Enter pick one);
the buurt list holds the buurten of the chosen wijk, and a buurt picked first brings its wijk.
What is typed but not in the list is sent as typed, so that the service says it is not listed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from wijkinfo.services.vocabulary.places import PlaceEntry


def _picker(parent: QWidget, name: str, accessible: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(15)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


def picked(combo: QComboBox) -> str:
    """The code of the entry whose name is in the box, or the text as typed ("" for none)."""
    text = combo.currentText().strip()
    if not text:
        return ""
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    return str(combo.itemData(index)) if index >= 0 else text


def _choose(combo: QComboBox, code: str) -> None:
    index = combo.findData(code) if code else -1
    combo.setCurrentIndex(index)
    if index < 0:
        combo.setEditText(code)  # a draft's text from before the list: shown, not lost


class PlacePickers(QObject):
    """The two combo boxes and the list they pick from."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.wijk = _picker(parent, "signalWijk", self.tr("Wijk"))
        self.buurt = _picker(parent, "signalBuurt", self.tr("Buurt"))
        self._places: list[PlaceEntry] = []
        self.wijk.currentIndexChanged.connect(self._wijk_changed)
        self.buurt.currentIndexChanged.connect(self._buurt_changed)
        for combo in (self.wijk, self.buurt):
            line = combo.lineEdit()
            if line is not None:
                line.textEdited.connect(lambda _t: self.changed.emit())

    def set_places(self, places: list[PlaceEntry]) -> None:
        wijk, buurt = picked(self.wijk), picked(self.buurt)
        self._places = list(places)
        self.wijk.blockSignals(True)
        self.wijk.clear()
        for p in self._places:
            if p.is_wijk:
                self.wijk.addItem(p.name, p.code)
        self.wijk.blockSignals(False)
        self.set_codes(wijk, buurt)

    def _fill_buurten(self, wijk_code: str) -> None:
        self.buurt.blockSignals(True)
        self.buurt.clear()
        for p in self._places:
            if not p.is_wijk and (p.wijk_code == wijk_code or not wijk_code):
                self.buurt.addItem(p.name, p.code)
        self.buurt.setCurrentIndex(-1)
        self.buurt.blockSignals(False)

    def _wijk_changed(self, _index: int) -> None:
        keep = picked(self.buurt)
        self._fill_buurten(picked(self.wijk) if self.wijk.currentIndex() >= 0 else "")
        if keep and self.buurt.findData(keep) >= 0:
            self.buurt.setCurrentIndex(self.buurt.findData(keep))
        self.changed.emit()

    def _buurt_changed(self, index: int) -> None:
        code = self.buurt.itemData(index) if index >= 0 else None
        owner = next((p.wijk_code for p in self._places if p.code == code), "")
        if owner and picked(self.wijk) != owner:  # a buurt chosen first brings its wijk
            # after the list has finished choosing: then only that wijk's buurten are offered
            QTimer.singleShot(0, lambda: self.set_codes(owner, str(code)))
        self.changed.emit()

    def set_codes(self, wijk: str, buurt: str) -> None:
        """Show a stored pair (codes, or text from before the list)."""
        self.wijk.blockSignals(True)
        _choose(self.wijk, wijk)
        self.wijk.blockSignals(False)
        self._fill_buurten(picked(self.wijk) if self.wijk.currentIndex() >= 0 else "")
        self.buurt.blockSignals(True)
        _choose(self.buurt, buurt)
        self.buurt.blockSignals(False)

    def clear(self) -> None:
        self.set_codes("", "")

    def codes(self) -> tuple[str, str]:
        return picked(self.wijk), picked(self.buurt)

"""The filters above the results: theme, wijk/buurt, language, age, free, open now, and only
in the desk's own wijk.

In a window short in lines (large text on a 768 px screen) the less used ones fold behind
*Meer filters*, which says how many of them are on, so a filter is never on unseen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QPushButton, QSpinBox, QWidget

from wijkinfo.services.search.filters import SearchFilters
from wijkinfo.services.search.lookup import FilterChoices
from wijkinfo.ui.flow_layout import FlowLayout, fixed_height_policy
from wijkinfo.ui.short_window import WindowHeightWatch, window_is_short
from wijkinfo.ui.vocabulary_names import shown


class SearchFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = QComboBox(self)
        self.theme.setAccessibleName(self.tr("Thema"))
        self.wijk = QComboBox(self)
        self.wijk.setAccessibleName(self.tr("Wijk of buurt"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Taal"))
        self.age = QSpinBox(self)
        self.age.setRange(-1, 130)
        self.age.setSpecialValueText(self.tr("elke leeftijd"))
        self.age.setValue(-1)
        self.age.setSuffix(self.tr(" jaar"))
        self.age.setAccessibleName(self.tr("Leeftijd"))
        self.free = QCheckBox(self.tr("Gratis"), self)
        self.open_now = QCheckBox(self.tr("Nu open"), self)
        self.only_mine = QCheckBox(self.tr("Alleen in mijn wijk"), self)
        # codes to choose once the lists arrive (the same filters in a window built anew)
        self._wanted: dict[QComboBox, str] = {}
        # the filters wrap onto more lines when the text is large or the window narrow
        layout = FlowLayout(self)
        fixed_height_policy(self)
        self.more_button = QPushButton(self)
        self.more_button.setObjectName("moreFilters")
        self.more_button.setCheckable(True)
        self.more_button.hide()
        self.more_button.toggled.connect(lambda _on: self._fold())
        self.set_choices(FilterChoices((), (), ()))
        self._more: list[QWidget] = [
            self.wijk,
            self.language,
            self.age,
            self.free,
            self.open_now,
            self.only_mine,
        ]
        self.folded = False
        for widget in (self.theme, self.more_button, *self._more):
            layout.addWidget(widget)
        self.flow = layout
        for combo in (self.theme, self.wijk, self.language):
            # as narrow as a short name, so that large text never widens the window
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.age.valueChanged.connect(lambda _v: self.changed.emit())
        self.free.toggled.connect(lambda _v: self.changed.emit())
        self.open_now.toggled.connect(lambda _v: self.changed.emit())
        self.only_mine.toggled.connect(lambda _v: self.changed.emit())
        self.changed.connect(self._show_more_count)
        self._show_more_count()
        WindowHeightWatch(self, self._fold)

    def add_more(self, widget: QWidget) -> None:
        """Another filter control, folded with the less used ones."""
        self.flow.addWidget(widget)
        self._more.append(widget)
        self._fold()

    def _fold(self) -> None:
        folded = window_is_short(self)
        if folded != self.folded:
            self.folded = folded
            self.more_button.setVisible(folded)
        hide = folded and not self.more_button.isChecked()
        for widget in self._more:
            if widget.isHidden() != hide:
                if hide and widget.hasFocus():
                    self.more_button.setFocus()
                widget.setHidden(hide)
        self.updateGeometry()

    def _on_count(self) -> int:
        """How many of the foldable filters are on (read from the filters the search gets)."""
        f = self.filters()
        return sum(
            (
                f.wijk is not None,
                f.language is not None,
                f.age is not None,
                f.free,
                f.open_now,
                f.only_my_wijk,
            )
        )

    def _show_more_count(self) -> None:
        on = self._on_count()
        text = self.tr("Meer filters") if not on else self.tr("Meer filters ({0} aan)").format(on)
        self.more_button.setText(text)
        self.more_button.setAccessibleName(text)

    def set_choices(self, choices: FilterChoices) -> None:
        for combo, first, items in (
            (
                self.theme,
                self.tr("Alle thema's"),
                [("    " * t.depth + shown(t.name, t.name_en), t.code) for t in choices.themes],
            ),
            (
                self.wijk,
                self.tr("Alle wijken"),
                [("    " * t.depth + t.name, t.code) for t in choices.areas],
            ),
            (
                self.language,
                self.tr("Alle talen"),
                [(name, code) for code, name in choices.languages],
            ),
        ):
            combo.blockSignals(True)
            current = self._wanted.pop(combo, None) or combo.currentData()
            combo.clear()
            combo.addItem(first, None)
            for label, data in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)
        self._show_more_count()

    def filters(self) -> SearchFilters:
        return SearchFilters(
            theme=self.theme.currentData(),
            wijk=self.wijk.currentData(),
            language=self.language.currentData(),
            age=self.age.value() if self.age.value() >= 0 else None,
            free=self.free.isChecked(),
            open_now=self.open_now.isChecked(),
            only_my_wijk=self.only_mine.isChecked(),
        )

    def restore(self, filters: SearchFilters) -> None:
        """Show these filters without searching; a theme, wijk or language is chosen as soon
        as its list is there (``set_choices``)."""
        self.blockSignals(True)
        for combo, code in (
            (self.theme, filters.theme),
            (self.wijk, filters.wijk),
            (self.language, filters.language),
        ):
            index = combo.findData(code) if code else 0
            if index >= 0:
                combo.setCurrentIndex(index)
            else:
                self._wanted[combo] = str(code)
        self.age.setValue(filters.age if filters.age is not None else -1)
        self.free.setChecked(filters.free)
        self.open_now.setChecked(filters.open_now)
        self.only_mine.setChecked(filters.only_my_wijk)
        self.blockSignals(False)
        self._show_more_count()

    def reset(self) -> None:
        self.blockSignals(True)
        for combo in (self.theme, self.wijk, self.language):
            combo.setCurrentIndex(0)
        self.age.setValue(-1)
        self.free.setChecked(False)
        self.open_now.setChecked(False)
        self.only_mine.setChecked(False)
        self.blockSignals(False)

"""Beheer › Thema's en wijken: the one list that the tally, the signal form, the search filters
and the reports read. Add, rename, retire (never delete: old counts and signals name them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.events import SIGNALS, VOCABULARY, Change
from wijkinfo.services.people.auth import can
from wijkinfo.services.vocabulary import places, themes
from wijkinfo.services.vocabulary.places import PlaceEntry, Unlisted
from wijkinfo.services.vocabulary.themes import ThemeEntry
from wijkinfo.ui.desk.search_view import SearchView
from wijkinfo.ui.desk_context import DeskContext
from wijkinfo.ui.flow_layout import FlowLayout
from wijkinfo.ui.shell import Shell
from wijkinfo.ui.user_messages import error_text

ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class _Lists:
    themes: list[ThemeEntry]
    places: list[PlaceEntry]
    unlisted: list[Unlisted]


@dataclass(frozen=True)
class VocabularyState:
    """What is typed in the two forms, and the theme and the place chosen in the lists."""

    theme_code: str = ""
    theme_name: str = ""
    theme_name_en: str = ""
    theme_days: int = themes.DEFAULT_RESPONSE_DAYS
    place_code: str = ""
    place_name: str = ""
    place_wijk: str = ""


class VocabularyView(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._restored: VocabularyState | None = None  # shown again once the lists are read
        self.setObjectName("vocabularyView")
        self._themes: dict[str, ThemeEntry] = {}
        self._places: dict[str, PlaceEntry] = {}
        intro = QLabel(
            self.tr(
                "Eén lijst voor de telling, de signalen, het zoeken en de rapporten. Een thema of "
                "wijk die u niet meer gebruikt, blijft bewaard voor oude tellingen en signalen."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.theme_list = QListWidget(self)
        self.theme_list.setObjectName("vocabThemes")
        self.theme_list.setAccessibleName(self.tr("Thema's"))
        self.theme_name = QLineEdit(self)
        self.theme_name.setObjectName("vocabThemeName")
        self.theme_name_en = QLineEdit(self)
        self.theme_name_en.setObjectName("vocabThemeNameEn")
        self.theme_days = QSpinBox(self)
        self.theme_days.setObjectName("vocabThemeDays")
        self.theme_days.setRange(1, themes.MAX_RESPONSE_DAYS)
        self.theme_days.setValue(themes.DEFAULT_RESPONSE_DAYS)
        self.theme_days.setSuffix(self.tr(" werkdagen"))
        add_theme = self._button(self.tr("Thema &toevoegen"), "vocabAddTheme", self.add_theme)
        self.rename_theme_button = self._button(
            self.tr("Naam w&ijzigen"), "vocabRenameTheme", self.rename_theme
        )
        self.retire_theme_button = self._button(
            self.tr("Niet meer &gebruiken"), "vocabRetireTheme", self.toggle_theme
        )
        theme_box = QGroupBox(self.tr("Thema's"), self)
        theme_form = QFormLayout()
        theme_form.addRow(self.tr("&Naam"), self.theme_name)
        theme_form.addRow(self.tr("Naam in het &Engels"), self.theme_name_en)
        theme_form.addRow(self.tr("Reactietermijn &signalen"), self.theme_days)
        self._box(
            theme_box,
            self.theme_list,
            theme_form,
            [add_theme, self.rename_theme_button, self.retire_theme_button],
        )

        self.place_list = QListWidget(self)
        self.place_list.setObjectName("vocabPlaces")
        self.place_list.setAccessibleName(self.tr("Wijken en buurten"))
        for names in (self.theme_list, self.place_list):
            names.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            names.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.place_name = QLineEdit(self)
        self.place_name.setObjectName("vocabPlaceName")
        self.place_wijk = QComboBox(self)
        self.place_wijk.setObjectName("vocabPlaceWijk")
        add_place = self._button(
            self.tr("Wijk of buurt toe&voegen"), "vocabAddPlace", self.add_place
        )
        self.rename_place_button = self._button(
            self.tr("Naam wij&zigen"), "vocabRenamePlace", self.rename_place
        )
        self.retire_place_button = self._button(
            self.tr("Niet meer gebr&uiken"), "vocabRetirePlace", self.toggle_place
        )
        place_box = QGroupBox(self.tr("Wijken en buurten"), self)
        place_form = QFormLayout()
        place_form.addRow(self.tr("Naa&m"), self.place_name)
        place_form.addRow(self.tr("Hoort bi&j"), self.place_wijk)
        self._box(
            place_box,
            self.place_list,
            place_form,
            [add_place, self.rename_place_button, self.retire_place_button],
        )

        self.unlisted = QLabel(self)
        self.unlisted.setObjectName("vocabUnlisted")
        self.unlisted.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("vocabMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(theme_box, 1)
        layout.addWidget(place_box, 1)
        layout.addWidget(self.unlisted)
        layout.addWidget(self.message)
        self.theme_list.currentItemChanged.connect(self._theme_chosen)
        self.place_list.currentItemChanged.connect(self._place_chosen)
        context.changes.changed.connect(self._on_change)
        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _box(
        self, box: QGroupBox, items: QListWidget, form: QFormLayout, buttons: list[QPushButton]
    ) -> None:
        right = QVBoxLayout()
        right.addLayout(form)
        row = FlowLayout()  # wraps at large text instead of running past the edge
        for button in buttons:
            row.addWidget(button)
        right.addLayout(row)
        right.addStretch(1)
        inner = QHBoxLayout(box)
        inner.addWidget(items, 1)
        inner.addLayout(right, 1)

    # -- reading ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # another person may have signed in since
        super().showEvent(event)

    def _on_change(self, change: Change) -> None:
        if change.topic in (VOCABULARY, SIGNALS):
            self.refresh()

    def refresh(self) -> None:
        actor = self._context.actor()
        if not can(actor, "directory.edit"):
            return
        store = self._context.store

        def read() -> _Lists:
            unlisted = (
                places.unlisted_places(store, actor=actor) if can(actor, "signal.review") else []
            )
            return _Lists(
                themes.list_themes(store, retired=True),
                places.list_places(store, retired=True),
                unlisted,
            )

        self._context.tasks.run(read, on_done=self._show)

    def keep(self) -> VocabularyState:
        if self._restored is not None:  # the lists have not come yet
            return self._restored
        return VocabularyState(
            self._current(self.theme_list),
            self.theme_name.text(),
            self.theme_name_en.text(),
            self.theme_days.value(),
            self._current(self.place_list),
            self.place_name.text(),
            str(self.place_wijk.currentData() or ""),
        )

    def restore(self, state: VocabularyState) -> None:
        """The same choice and typing; the lists are chosen in when they arrive."""
        self._restored = state
        self._put(state)

    def _put(self, typed: VocabularyState) -> None:
        self.theme_name.setText(typed.theme_name)
        self.theme_name_en.setText(typed.theme_name_en)
        self.theme_days.setValue(typed.theme_days)
        self.place_name.setText(typed.place_name)
        self.place_wijk.setCurrentIndex(max(0, self.place_wijk.findData(typed.place_wijk)))

    def _show(self, lists: _Lists) -> None:
        # a list read again (the tab shown, a change) never takes away what is being typed
        typed, self._restored = self.keep(), None
        retired = self.tr(" (niet meer in gebruik)")
        chosen_theme = typed.theme_code
        self._themes = {t.code: t for t in lists.themes}
        self.theme_list.clear()
        for t in lists.themes:
            english = f" · {t.name_en}" if t.name_en else ""
            days = self.tr("{0} werkdagen").format(t.response_days)
            text = f"{t.name}{english} · {days}" + ("" if t.active else retired)
            self._add(self.theme_list, text, t.code, t.active)
        chosen_place = typed.place_code
        self._places = {p.code: p for p in lists.places}
        self.place_list.clear()
        wijk = self.place_wijk.currentData()
        self.place_wijk.clear()
        self.place_wijk.addItem(self.tr("— een nieuwe wijk —"), "")
        for p in lists.places:
            self._add(
                self.place_list,
                ("    " if not p.is_wijk else "") + p.name + ("" if p.active else retired),
                p.code,
                p.active,
            )
            if p.is_wijk and p.active:
                self.place_wijk.addItem(self.tr("buurt van {0}").format(p.name), p.code)
        self.place_wijk.setCurrentIndex(max(0, self.place_wijk.findData(wijk)))
        self._select(self.theme_list, chosen_theme)
        self._select(self.place_list, chosen_place)
        self._put(typed)
        if lists.unlisted:
            parts = [self.tr("‘{0}’ ({1}×)").format(u.text, u.count) for u in lists.unlisted[:20]]
            self.unlisted.setText(
                self.tr(
                    "Niet in de lijst (zo ingevuld vóór de lijst, bewaard zoals het er stond): "
                    "{0}. Voeg de wijk of buurt toe als die bestaat."
                ).format(", ".join(parts))
            )
        else:
            self.unlisted.clear()

    @staticmethod
    def _add(items: QListWidget, text: str, code: str, active: bool) -> None:
        item = QListWidgetItem(text)
        item.setToolTip(text)  # a long name ends in "…" in the list: the whole of it on hover
        item.setData(ROLE, code)
        if not active:
            item.setForeground(Qt.GlobalColor.darkGray)
        items.addItem(item)

    @staticmethod
    def _current(items: QListWidget) -> str:
        item = items.currentItem()
        return str(item.data(ROLE)) if item is not None else ""

    @staticmethod
    def _select(items: QListWidget, code: str) -> None:
        for i in range(items.count()):
            if items.item(i).data(ROLE) == code:
                items.setCurrentRow(i)

    def _theme_chosen(self, *_args: object) -> None:
        theme = self._themes.get(self._current(self.theme_list))
        if theme is not None:
            self.theme_name.setText(theme.name)
            self.theme_name_en.setText(theme.name_en)
            self.theme_days.setValue(theme.response_days)
            self.retire_theme_button.setText(
                self.tr("Niet meer &gebruiken") if theme.active else self.tr("Weer &gebruiken")
            )

    def _place_chosen(self, *_args: object) -> None:
        place = self._places.get(self._current(self.place_list))
        if place is not None:
            self.place_name.setText(place.name)
            self.place_wijk.setCurrentIndex(max(0, self.place_wijk.findData(place.wijk_code)))
            self.retire_place_button.setText(
                self.tr("Niet meer gebr&uiken") if place.active else self.tr("Weer gebr&uiken")
            )

    # -- writing ----------------------------------------------------------------------------
    def _write(self, work: Callable[[], Any], done: str) -> None:
        def shown(_result: object) -> None:
            self.message.setStyleSheet("color:#1a6b1a;font-weight:bold;")
            self.message.setText(done)

        def failed(exc: BaseException) -> None:
            self.message.setStyleSheet("color:#a00000;font-weight:bold;")
            self.message.setText(error_text(exc))

        self._context.tasks.run(work, on_done=shown, on_error=failed)

    def add_theme(self) -> None:
        store, actor = self._context.store, self._context.actor()
        name, english, days = (
            self.theme_name.text(),
            self.theme_name_en.text(),
            self.theme_days.value(),
        )
        self._write(
            lambda: themes.add_theme(
                store, actor=actor, name=name, name_en=english, response_days=days
            ),
            self.tr("Het thema staat in de lijst."),
        )

    def rename_theme(self) -> None:
        code = self._current(self.theme_list)
        if not code:
            self.message.setText(self.tr("Kies eerst een thema in de lijst."))
            return
        store, actor = self._context.store, self._context.actor()
        name, english = self.theme_name.text(), self.theme_name_en.text()
        self._write(
            lambda: themes.rename_theme(store, actor=actor, code=code, name=name, name_en=english),
            self.tr("De naam is gewijzigd."),
        )

    def toggle_theme(self) -> None:
        theme = self._themes.get(self._current(self.theme_list))
        if theme is None:
            self.message.setText(self.tr("Kies eerst een thema in de lijst."))
            return
        store, actor = self._context.store, self._context.actor()
        self._write(
            lambda: themes.set_theme_active(
                store, actor=actor, code=theme.code, active=not theme.active
            ),
            self.tr("Bewaard."),
        )

    def add_place(self) -> None:
        store, actor = self._context.store, self._context.actor()
        name, wijk = self.place_name.text(), str(self.place_wijk.currentData() or "")
        self._write(
            lambda: places.add_place(store, actor=actor, name=name, wijk_code=wijk),
            self.tr("De wijk of buurt staat in de lijst."),
        )

    def rename_place(self) -> None:
        code = self._current(self.place_list)
        if not code:
            self.message.setText(self.tr("Kies eerst een wijk of buurt in de lijst."))
            return
        store, actor, name = self._context.store, self._context.actor(), self.place_name.text()
        self._write(
            lambda: places.rename_place(store, actor=actor, code=code, name=name),
            self.tr("De naam is gewijzigd."),
        )

    def toggle_place(self) -> None:
        place = self._places.get(self._current(self.place_list))
        if place is None:
            self.message.setText(self.tr("Kies eerst een wijk of buurt in de lijst."))
            return
        store, actor = self._context.store, self._context.actor()
        self._write(
            lambda: places.set_place_active(
                store, actor=actor, code=place.code, active=not place.active
            ),
            self.tr("Bewaard."),
        )


def install_vocabulary(shell: Shell, context: DeskContext, search: SearchView) -> VocabularyView:
    """Beheer › Thema's en wijken; the search filters follow a change of the list."""
    view = VocabularyView(context)
    shell.add_admin_tab(QCoreApplication.translate("VocabularyView", "Thema's en wijken"), view)

    def follow(change: Change) -> None:
        if change.topic == VOCABULARY:
            search.reload_filter_choices()

    context.changes.changed.connect(follow)
    return view

"""Mijn wijk: which wijk and city this information point serves, beside the search filters.

Services there rank first; *Alleen in mijn wijk* (in the filter bar) shows only them. Setting
them is a coordinator's task (the service layer checks); everyone sees what is set.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.people.auth import Actor, can
from wijkinfo.services.search.desk_area import DeskArea, load_desk_area, save_desk_area
from wijkinfo.services.search.filters import TermChoice
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text


class DeskAreaDialog(QDialog):
    """Choose the desk's wijk from the directory's wijken and type its city."""

    def __init__(self, area: DeskArea, areas: tuple[TermChoice, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mijn wijk"))
        self.wijk = QComboBox(self)
        self.wijk.addItem(self.tr("geen wijk"), "")
        for term in areas:
            self.wijk.addItem("    " * term.depth + term.name, term.code)
        self.wijk.setCurrentIndex(max(0, self.wijk.findData(area.wijk)))
        self.city = QLineEdit(area.city, self)
        self.city.setPlaceholderText(self.tr("bijvoorbeeld Utrecht"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(
            QLabel(self.tr("Diensten in deze wijk en plaats komen bij het zoeken eerst."), self)
        )
        form.addRow(self.tr("Wijk"), self.wijk)
        form.addRow(self.tr("Plaats"), self.city)
        form.addRow(self.error)
        form.addRow(buttons)

    def chosen(self) -> DeskArea:
        return DeskArea(wijk=self.wijk.currentData() or "", city=self.city.text().strip())


class DeskAreaButton(QPushButton):
    """Shows the desk's wijk ("Mijn wijk: Oost"); a click lets a coordinator change it."""

    # the desk's area was saved (the search runs again)
    changed = Signal()
    # what to tell the volunteer when saving went wrong
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        actor: Callable[[], Actor] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._tasks, self._actor = store, tasks, actor
        self._area = DeskArea()
        self._areas: tuple[TermChoice, ...] = ()
        self.clicked.connect(self._edit)
        self._show(self._area)
        tasks.run(lambda: load_desk_area(store), on_done=self._show)

    def set_areas(self, areas: tuple[TermChoice, ...]) -> None:
        self._areas = areas
        self._show(self._area)

    def area(self) -> DeskArea:
        return self._area

    def _show(self, area: DeskArea) -> None:
        self._area = area
        name = next((t.name for t in self._areas if t.code == area.wijk), area.wijk)
        if name:
            self.setText(self.tr("Mijn wijk: {0}").format(name))
        else:
            self.setText(self.tr("Mijn wijk instellen…"))

    def _edit(self) -> None:
        actor = self._actor() if self._actor else None
        if actor is None or not can(actor, "settings.edit"):
            self.failed.emit(self.tr("Alleen een coördinator kan de wijk van het punt instellen."))
            return
        dialog = DeskAreaDialog(self._area, self._areas, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        self._tasks.run(
            lambda: save_desk_area(self._store, actor=actor, wijk=chosen.wijk, city=chosen.city),
            on_done=self._saved,
            on_error=lambda exc: self.failed.emit(error_text(exc)),
        )

    def _saved(self, area: DeskArea) -> None:
        self._show(area)
        self.changed.emit()

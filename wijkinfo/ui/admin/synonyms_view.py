"""Beheer → Zoekwoorden: coordinators add words residents use (geldzorgen → schulden)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.people.auth import can
from wijkinfo.services.search.synonyms import SynonymService, SynonymView
from wijkinfo.ui.desk_context import DeskContext
from wijkinfo.ui.user_messages import error_text


class SynonymsView(QWidget):
    def __init__(
        self, context: DeskContext, service: SynonymService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context, self._service = context, service
        self._generation = 0  # a newer refresh wins over an older one still under way
        self.list = QListWidget(self)
        self.term = QLineEdit(self)
        self.term.setPlaceholderText(self.tr("Zoekwoord, zoals: geldzorgen"))
        self.expands_to = QLineEdit(self)
        self.expands_to.setPlaceholderText(self.tr("Zoekt ook naar, zoals: schulden"))
        self.add_button = QPushButton(self.tr("Toevoegen"), self)
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.add_button.clicked.connect(self.add)
        self.expands_to.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.term)
        row.addWidget(self.expands_to)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Woorden die bewoners gebruiken, en waar de zoekfunctie dan ook naar zoekt. "
                "Veel woorden zitten er al in (geldzorgen, huisarts, eenzaam)."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.message)
        context.actor_changed.connect(lambda _a: self.refresh())
        self.refresh()

    def typed_fields(self) -> dict[str, QLineEdit]:
        """The lines a coordinator types in (carried over to the view built anew)."""
        return {"term": self.term, "expands_to": self.expands_to}

    def refresh(self) -> None:
        """Read the list again, in the background."""
        self._generation += 1
        generation, actor = self._generation, self._context.actor()
        if not can(actor, "directory.edit"):
            self.list.clear()
            return
        self._context.tasks.run(
            partial(self._service.list, actor=actor),
            on_done=partial(self._arrived, generation),
            on_error=self._failed,
        )

    def _arrived(self, generation: int, synonyms: list[SynonymView]) -> None:
        if generation != self._generation:
            return
        self.list.clear()
        for s in synonyms:
            item = QListWidgetItem(f"{s.term} → {s.expands_to}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.list.addItem(item)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))

    def add(self) -> None:
        self._context.tasks.run(
            partial(
                self._service.add,
                actor=self._context.actor(),
                term=self.term.text(),
                expands_to=self.expands_to.text(),
            ),
            on_done=self._added,
            on_error=self._failed,
        )

    def _added(self, _result: object) -> None:
        self.term.clear()
        self.expands_to.clear()
        self.message.setText(self.tr("Toegevoegd."))
        self.refresh()

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._context.tasks.run(
            partial(
                self._service.remove,
                actor=self._context.actor(),
                synonym_id=item.data(Qt.ItemDataRole.UserRole),
            ),
            on_done=lambda _r: self.refresh(),
            on_error=self._failed,
        )

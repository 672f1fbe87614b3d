"""Under a service's detail in Zoeken: for a coordinator, how many open signals concern it, and
the note volunteers see; for a volunteer only that note ("lange wachttijd, gemeld")."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from wijkinfo.services.events import DIRECTORY, SIGNALS, Change
from wijkinfo.services.people.auth import can
from wijkinfo.services.signals.links import ServiceSignals, service_signals, set_public_note
from wijkinfo.ui.desk.search_view import SearchView
from wijkinfo.ui.desk_context import DeskContext
from wijkinfo.ui.user_messages import error_text


class ServiceSignalsBar(QWidget):
    def __init__(self, context: DeskContext, search: SearchView) -> None:
        super().__init__(search.detail)
        self.setObjectName("serviceSignals")
        self._context, self._search = context, search
        self._generation = 0
        self._note: str | None = None
        self.label = QLabel(self)
        self.label.setObjectName("serviceSignalsText")
        self.label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Notitie voor vrijwilligers…"), self)
        self.edit_button.setObjectName("servicePublicNote")
        self.edit_button.clicked.connect(self.ask_note)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.edit_button)
        layout = search.detail.layout()
        assert layout is not None  # the detail view lays itself out in __init__
        layout.addWidget(self)
        search.detail.detail_shown.connect(lambda _sid: self.refresh())
        context.actor_changed.connect(lambda _a: self.refresh())
        context.changes.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change.topic in (SIGNALS, DIRECTORY):
            self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        service_id = self._search.current_service_id()
        actor = self._context.actor()
        self.edit_button.setVisible(service_id is not None and can(actor, "directory.edit"))
        if service_id is None:
            self.label.clear()
            self.setVisible(False)
            return
        self._context.tasks.run(
            partial(service_signals, self._context.store, actor=actor, service_id=service_id),
            on_done=partial(self._arrived, self._generation),
            on_error=lambda exc: self.label.setText(error_text(exc)),
        )

    def _arrived(self, generation: int, seen: ServiceSignals) -> None:
        if generation != self._generation:
            return
        self._note = seen.public_note
        parts = []
        if seen.public_note:
            parts.append(self.tr("Let op: {0}").format(seen.public_note))
        if seen.open_count:
            parts.append(self.tr("%n open signalen gaan over deze dienst.", "", seen.open_count))
        self.label.setText("  ".join(parts))
        self.setVisible(bool(parts) or self.edit_button.isVisible())

    def ask_note(self) -> None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Notitie voor vrijwilligers"),
            self.tr("Wat vrijwilligers bij deze dienst zien (leeg: geen notitie):"),
            text=self._note or "",
        )
        if ok:
            self.save_note(text)

    def save_note(self, text: str) -> None:
        service_id = self._search.current_service_id()
        if service_id is None:
            return
        self._context.tasks.run(
            partial(
                set_public_note,
                self._context.store,
                actor=self._context.actor(),
                service_id=service_id,
                text=text,
            ),
            on_done=lambda _r: self.refresh(),
            on_error=lambda exc: self.label.setText(error_text(exc)),
        )


def install_service_signals(context: DeskContext, search: SearchView) -> ServiceSignalsBar:
    return ServiceSignalsBar(context, search)

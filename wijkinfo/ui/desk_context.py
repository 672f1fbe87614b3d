"""What a view may use of the running desk: the data, the background runner, who is signed in,
and what changed. Views take this (or only the parts they need), never the main window, so that
a view can be built and tested on its own and the window stays a frame around the areas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from wijkinfo.services.people.auth import Actor
from wijkinfo.ui.change_relay import ChangeRelay
from wijkinfo.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from wijkinfo.services.datafolder.store import Store


class DeskContext(QObject):
    """The open data folder at one desk.

    ``actor()`` is always the person signed in at this moment (read it when acting, not when
    building a view); ``actor_changed`` fires at a shift change; ``changes.changed`` on the UI
    thread for every change the service layer announces.
    """

    actor_changed = Signal(object)

    def __init__(
        self, *, store: Store, tasks: TaskRunner, actor: Actor, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.changes = ChangeRelay(store.events, self)
        self._actor = actor

    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        self.actor_changed.emit(actor)

"""Opening the data folder for one command: it waits its turn behind another command."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wijkinfo.services.datafolder.paths import DataPaths

if TYPE_CHECKING:
    from wijkinfo.services.datafolder.store import Store

#: How long a command waits for another wijkinfo (a second command, the window starting up)
#: that has the data folder's lock, before it says so and stops.
LOCK_WAIT_SECONDS = 30.0


def say_waiting() -> None:
    from wijkinfo.cli.output import problem
    from wijkinfo.services.messages import Message

    problem(Message("een ander wijkinfo-programma gebruikt deze gegevensmap; even wachten…"))


def open_for_command(paths: DataPaths, *, writer: bool) -> Store:
    """The store for one command; a reader takes the lock only to create or migrate."""
    from wijkinfo.services.datafolder.store import open_store

    return open_store(paths, writer=writer, wait=LOCK_WAIT_SECONDS, on_wait=say_waiting)

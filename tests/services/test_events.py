"""Changes announced by services reach the window on the UI thread."""

from __future__ import annotations

import threading

from wijkinfo.services.events import DIRECTORY, Change, EventBus


def test_subscribers_hear_changes_until_they_unsubscribe():
    bus, heard = EventBus(), []
    unsubscribe = bus.subscribe(heard.append)
    bus.publish(Change(DIRECTORY, ("a",)))
    unsubscribe()
    bus.publish(Change(DIRECTORY, ("b",)))
    assert heard == [Change(DIRECTORY, ("a",))]


def test_relay_delivers_a_worker_threads_change_on_the_ui_thread(qtbot):
    from PySide6.QtCore import QThread

    from wijkinfo.ui.change_relay import ChangeRelay

    bus = EventBus()
    relay = ChangeRelay(bus)
    threads = []
    relay.changed.connect(lambda _c: threads.append(QThread.currentThread()))
    with qtbot.waitSignal(relay.changed, timeout=15000):
        worker = threading.Thread(target=bus.publish, args=(Change(DIRECTORY),))
        worker.start()
        worker.join()
    assert threads == [relay.thread()]

"""UI fixtures: the real main window on a real database."""

from __future__ import annotations

import pytest

from wijkinfo.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_store):
    """The main window on the demo, shown, as the volunteer sees it after start-up."""
    w = MainWindow(demo_store, demo=True, point_name="Test")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.tasks.wait()

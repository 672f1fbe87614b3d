"""Bestand › Tekstgrootte: the whole window grows at once and this computer remembers it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from wijkinfo.cli import build_parser
from wijkinfo.services.datafolder.machine_settings import read_machine_settings
from wijkinfo.ui.text_size import BASE_POINT_SIZE, current_text_size


@pytest.fixture
def keep_font(qapp):
    """The font and style sheet come back after the test, whatever size it chose."""
    font, sheet = qapp.font(), qapp.styleSheet()
    yield
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setProperty("wijkinfoTextSize", None)


def test_choosing_150_grows_every_open_widget_at_once_and_is_remembered(qtbot, window, keep_font):
    box_before = window.search_box.font().pointSizeF()
    window.text_size_menu.actions[150].trigger()
    QApplication.processEvents()
    assert QApplication.font().pointSizeF() == pytest.approx(BASE_POINT_SIZE * 1.5)
    assert window.search_box.font().pointSizeF() > box_before
    assert window.text_size_menu.actions[150].isChecked()
    assert read_machine_settings().text_size == 150


def test_ctrl_plus_and_minus_step_through_the_sizes(qtbot, window, keep_font):
    window.text_size_menu.choose(100)
    window.text_size_menu.bigger.trigger()
    assert current_text_size(QApplication.instance()) == 125
    window.text_size_menu.smaller.trigger()
    window.text_size_menu.smaller.trigger()  # not below 100
    assert current_text_size(QApplication.instance()) == 100
    for _ in range(6):
        window.text_size_menu.bigger.trigger()
    assert current_text_size(QApplication.instance()) == 200


def test_a_desk_shortcut_gives_the_size_on_the_command_line(capsys):
    assert build_parser().parse_args(["--text-size", "150"]).text_size == 150
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(["--text-size", "250"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "100 tot 200 procent" in err

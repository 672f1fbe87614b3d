"""This computer's own settings: a small JSON file beside, never inside, the shared database."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wijkinfo.services.datafolder.machine_settings import (
    CONFIG_NAME,
    MachineSettings,
    check_text_size,
    read_machine_settings,
    remember_folder,
    update_machine_settings,
)
from wijkinfo.services.errors import UserError


def test_a_new_computer_has_the_defaults(tmp_path):
    assert read_machine_settings(tmp_path) == MachineSettings()


def test_text_size_and_folders_are_kept_for_the_next_start(tmp_path):
    update_machine_settings(tmp_path, text_size=150)
    remember_folder("pdf", str(tmp_path / "brief.pdf"), tmp_path)
    again = read_machine_settings(tmp_path)
    assert again.text_size == 150
    assert again.folder("pdf") == str(tmp_path)


def test_the_config_dir_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("WIJKINFO_CONFIG_DIR", str(tmp_path / "cfg"))
    update_machine_settings(text_size=200)
    assert json.loads((tmp_path / "cfg" / CONFIG_NAME).read_text())["text_size"] == 200


@pytest.mark.parametrize(
    "content", ["", "{", "[1, 2]", '{"text_size": 999, "language": "fr"}', '{"folders": 3}']
)
def test_a_damaged_file_means_the_defaults_and_never_a_refusal_to_start(tmp_path, content):
    (tmp_path / CONFIG_NAME).write_text(content)
    assert read_machine_settings(tmp_path) == MachineSettings()


def test_a_bad_size_says_which_sizes_there_are_and_changes_nothing(tmp_path):
    update_machine_settings(tmp_path, text_size=125)
    with pytest.raises(UserError, match="100 tot 200 procent"):
        update_machine_settings(tmp_path, text_size=250)
    assert read_machine_settings(tmp_path).text_size == 125


@given(st.one_of(st.integers(-1000, 1000), st.text(max_size=5), st.none(), st.floats()))
def test_only_100_to_200_percent_is_a_text_size(value):
    try:
        size = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        size = None
    if size is not None and 100 <= size <= 200:
        assert check_text_size(value) == size
    else:
        with pytest.raises(UserError):
            check_text_size(value)

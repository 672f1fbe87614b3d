"""Start-up dialogs: a damaged database offers the backup; an empty one offers the demo."""

from __future__ import annotations

from wijkinfo.services import storage
from wijkinfo.services.demo import directory_is_empty, is_demo
from wijkinfo.services.store import open_store
from wijkinfo.ui.startup import offer_demo, open_store_interactive

from .message_boxes import click_in_next_message_box


def test_damaged_database_offers_the_newest_backup_and_keeps_the_damaged_file(
    qtbot, data_paths, demo_store
):
    demo_store.close()
    backup = storage.make_backup(data_paths)
    junk = b"kapot" * 500
    for side in ("wijkinfo.sqlite-wal", "wijkinfo.sqlite-shm"):
        (data_paths.root / side).unlink(missing_ok=True)
    data_paths.db.write_bytes(junk)
    seen: list[str] = []
    click_in_next_message_box("Back-up terugzetten", seen)
    store = open_store_interactive(data_paths)
    assert store is not None
    try:
        assert is_demo(store)
    finally:
        store.close()
    assert "beschadigd" in seen[0] and str(backup) in seen[0]
    kept = [p for p in data_paths.root.iterdir() if p.is_file() and p.read_bytes() == junk]
    assert len(kept) == 1 and kept[0] != data_paths.db


def test_choosing_to_quit_leaves_everything_as_it_was(qtbot, data_paths):
    data_paths.root.mkdir(parents=True)
    data_paths.db.write_bytes(b"kapot" * 500)
    seen: list[str] = []
    click_in_next_message_box("Afsluiten", seen)
    assert open_store_interactive(data_paths) is None
    assert data_paths.db.read_bytes() == b"kapot" * 500
    assert "geen back-up" in seen[0]


def test_second_window_on_the_same_folder_is_refused_with_a_message(qtbot, store, data_paths):
    seen: list[str] = []
    click_in_next_message_box("OK", seen)
    assert open_store_interactive(data_paths) is None
    assert "al geopend" in seen[0]


def test_empty_directory_offers_the_demo(qtbot, store):
    seen: list[str] = []
    click_in_next_message_box("Demo laden", seen)
    assert offer_demo(store)
    assert not directory_is_empty(store) and is_demo(store)
    assert "Lindestad" in seen[0]
    assert not offer_demo(store)  # asked once only


def test_declining_the_demo_keeps_it_empty(qtbot, data_paths):
    store = open_store(data_paths)
    try:
        click_in_next_message_box("Leeg beginnen", [])
        assert not offer_demo(store)
        assert directory_is_empty(store)
        assert not offer_demo(store)  # not asked again on the next start
    finally:
        store.close()

"""A phone number and e-mail typed into the real form are found nowhere as plain text: not in
the database file or its WAL, a backup, an export, the sync folder, nor the log."""

from __future__ import annotations

import logging
import sys
import threading

from tests.services.signals.signal_helpers import make_people
from tests.ui.signals.test_signals_area import _wait_saved, _window
from wijkinfo.logs import setup_logging
from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.exchange.hsds_export import export_hsds
from wijkinfo.services.signals import review
from wijkinfo.services.signals.export import export_csv
from wijkinfo.services.sync import folder_sync
from wijkinfo.sync.keys import KdfProfile

PHONE, EMAIL, NAME = "06-97531864", "verborgen.bewoner@example.nl", "Zeynep Kilic"
FAST = KdfProfile(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def _all_files(*folders):
    for folder in folders:
        if folder.is_file():
            yield folder
        elif folder.is_dir():
            yield from (p for p in folder.rglob("*") if p.is_file())


def _leaks(path) -> list[str]:
    data = path.read_bytes()
    needles = [PHONE, EMAIL, NAME, PHONE.replace("-", ""), "verborgen.bewoner"]
    found = [n for n in needles if n.encode("utf-8") in data or n.encode("utf-16-le") in data]
    return [f"{path.name}: {n}" for n in found]


def test_typed_contact_details_are_nowhere_in_plain_text(qtbot, demo_store, tmp_path):
    store, paths = demo_store, demo_store.paths
    hooks = (sys.excepthook, threading.excepthook)
    log_file = setup_logging(paths.root)
    try:
        kees, _f, ans = make_people(store)
        w = _window(qtbot, store, ans)
        form = w.signals_area.form
        form.theme.setCurrentIndex(0)
        qtbot.keyClicks(form.description, "Geen antwoord van de woningcorporatie.")
        form.wants_feedback.setChecked(True)
        qtbot.keyClicks(form.contact_name, NAME)
        qtbot.keyClicks(form.contact_phone, PHONE)
        qtbot.keyClicks(form.contact_email, EMAIL)
        form.consent.setChecked(True)
        form.save_button.click()
        _wait_saved(qtbot, form)
        qtbot.waitUntil(lambda: bool(form.message.text()), timeout=15000)
        assert "opgeslagen" in form.message.text(), form.message.text()
        sid = review.list_signals(store, actor=kees)[0].id
        # a coordinator reads them (audited), so every path that opens them has run
        assert review.read_contact(store, actor=kees, signal_id=sid).phone == PHONE

        storage.make_backup(paths)
        storage.daily_backup(paths)
        exports = tmp_path / "exports"
        exports.mkdir()
        export_csv(store, actor=kees, path=exports / "signalen.csv")
        export_hsds(store, actor=kees, folder=exports / "hsds", fmt="csv")
        cloud = tmp_path / "Nextcloud"
        cloud.mkdir()
        folder_sync.set_up_folder(
            store, actor=kees, folder=cloud, passphrase="de linde bloeit", profile=FAST
        )
        folder_sync.sync_once(store, actor=kees, folder=cloud)
        for handler in logging.getLogger("wijkinfo").handlers:
            handler.flush()
        scanned = list(_all_files(paths.db, paths.wal, paths.backups, exports, cloud, log_file))
        assert paths.wal.exists() and log_file.exists()
        assert len([p for p in scanned if p.parent == paths.backups]) >= 2
        leaks = [leak for path in scanned for leak in _leaks(path)]
        assert leaks == []
    finally:
        logger = logging.getLogger("wijkinfo")
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()
        sys.excepthook, threading.excepthook = hooks


def test_the_scan_would_see_plain_text():
    """The scan itself finds bytes written as they are (so a pass above means something)."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "x.bin"
        path.write_bytes(b"\x00junk" + PHONE.encode() + NAME.encode("utf-16-le"))
        assert len(_leaks(path)) == 2

"""The log file: where it is, that it stays small, that every uncaught error reaches it, and that
a resident's contact details and a signal's text never do."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading

import pytest

from tests.conftest import ROOT
from wijkinfo import logs
from wijkinfo.services.datafolder.files import DataPaths, portable_data_dir, resolve_data_dir


@pytest.fixture
def logged(tmp_path):
    """Logging set up on a data folder of our own, and the hooks put back afterwards."""
    hooks = (sys.excepthook, threading.excepthook)
    path = logs.setup_logging(tmp_path / "data")
    yield path
    for h in list(logs.log.handlers):
        logs.log.removeHandler(h)
        h.close()
    sys.excepthook, threading.excepthook = hooks


def test_the_log_is_in_the_data_folder_and_says_the_version(logged, tmp_path):
    assert logged == tmp_path / "data" / "logs" / "wijkinfo.log"
    assert f"wijkinfo {logs.__version__} start" in logged.read_text(encoding="utf-8")


def test_an_error_in_a_worker_thread_reaches_the_log_with_its_traceback(logged):
    seen: list[str] = []
    logs.add_crash_listener(seen.append)
    try:

        def work() -> None:
            raise RuntimeError("kapot in de achtergrond")

        t = threading.Thread(target=work)
        t.start()
        t.join()
    finally:
        logs.remove_crash_listener(seen.append)
    text = logged.read_text(encoding="utf-8")
    assert "RuntimeError: kapot in de achtergrond" in text
    assert "in work" in text  # the traceback, not only the message
    assert seen and "RuntimeError" in seen[0] and "Python" in seen[0]


def test_the_log_stays_small(logged):
    for i in range(30_000):
        logs.log.info("regel %d %s", i, "x" * 200)
    files = list(logged.parent.iterdir())
    assert sum(f.stat().st_size for f in files) <= (logs.BACKUPS + 1) * logs.MAX_BYTES * 1.01
    assert len(files) <= logs.BACKUPS + 1


def test_an_unwritable_data_folder_means_no_log_not_a_crash(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("geen map")
    assert logs.setup_logging(blocker) is None


def test_a_desk_visit_leaves_no_contact_details_or_signal_text_in_the_log(tmp_path):
    """A signal with contact details saved in a program with the log on, then a crash."""
    data = tmp_path / "data"
    phone, email, text = "06-12345678", "bewoner@example.org", "Kreeg geen antwoord op mijn brief"
    code = f"""
import sys
from pathlib import Path
from wijkinfo import logs
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.directory.demo import load_demo
from wijkinfo.services.signals.intake import ContactInput, log_signal
from tests.services.signals.signal_helpers import make_people
logs.setup_logging(DataPaths(Path({str(data)!r})).root)
store = open_store(DataPaths(Path({str(data)!r})))
load_demo(store)
kees, _fatima, ans = make_people(store)
log_signal(store, actor=ans, signal_date="2026-11-20", theme_code="geldzorgen", description={text!r},
           contact=ContactInput(name="Łukasz Özdemir", phone={phone!r}, email={email!r}, consent=True))
raise RuntimeError("na het opslaan")
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert (data / "logs" / "wijkinfo.log").exists(), run.stderr
    log_text = (data / "logs" / "wijkinfo.log").read_text(encoding="utf-8")
    assert "RuntimeError: na het opslaan" in log_text, run.stderr
    for secret in (phone, email, text, "geheim12", "Łukasz"):
        assert secret not in log_text


def test_a_wijkinfo_data_folder_beside_the_program_is_used(tmp_path, monkeypatch):
    assert portable_data_dir(tmp_path) is None
    (tmp_path / "wijkinfo-data").mkdir()
    assert portable_data_dir(tmp_path) == tmp_path / "wijkinfo-data"
    monkeypatch.delenv("WIJKINFO_DATA_DIR")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "wijkinfo.exe"))
    assert resolve_data_dir() == DataPaths(tmp_path / "wijkinfo-data")
    assert resolve_data_dir(tmp_path / "elders") == DataPaths(tmp_path / "elders")


def test_no_log_handler_is_left_behind_by_a_second_setup(logged, tmp_path):
    logs.setup_logging(tmp_path / "data")
    handlers = [h for h in logs.log.handlers if isinstance(h, logging.Handler)]
    assert len(handlers) == 1


def test_imports_backups_and_migrations_are_in_the_log(logged, data_paths):
    """What a helper reads first when a coordinator says "the import did something odd"."""
    from wijkinfo.services.datafolder.store import open_store
    from wijkinfo.services.exchange.hsds_import import import_hsds
    from wijkinfo.services.people.auth import CLI_ACTOR

    store = open_store(data_paths)  # a new folder: migrated from nothing
    try:
        example = ROOT / "tests" / "data" / "hsds-3.1" / "examples" / "service_full.json"
        result = import_hsds(store, actor=CLI_ACTOR, path=example)
    finally:
        store.close()
    text = logged.read_text(encoding="utf-8")
    assert "database bijgewerkt van leeg naar" in text
    assert f"import service_full.json: {result.new} nieuw" in text

"""Several programs started at once on one data folder: only the lock holder creates,
migrates or backs up; the others wait their turn or simply read."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.directory.demo import load_demo
from wijkinfo.services.people import users


def _start_all(data_dir, commands, tmp_path):
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "wijkinfo", "--data-dir", str(data_dir), *cmd],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
        )
        for cmd in commands
    ]
    return [(p.wait(timeout=240), *p.communicate()) for p in procs]


def test_readers_started_together_on_a_new_folder_all_succeed(tmp_path):
    data = tmp_path / "nieuw"
    commands = [
        # readers that need nobody signed in (a new folder has no coordinator yet)
        ["search", "schuld"],
        ["search", "geld"],
        ["search", "huisarts"],
        ["search", "wonen"],
        ["search", "zorg"],
    ]
    results = _start_all(data, commands, tmp_path)
    for (code, _out, err), cmd in zip(results, commands, strict=True):
        assert code == 0, (cmd, err)
        assert "Traceback" not in err
        # waiting is said in one line, nothing else
        assert all("even wachten" in line for line in err.splitlines()), err
    assert storage.integrity_problems(data / "wijkinfo.sqlite") == []


def test_first_start_of_the_day_by_several_programs_makes_one_daily_backup(data_paths, tmp_path):
    store = open_store(data_paths, today=date(2026, 1, 1))
    load_demo(store)
    users.create_first_coordinator(store, name="Kees", password="geheim12")
    store.close()
    secret = tmp_path / "kees.txt"
    secret.write_text("geheim12\n")
    who = ["--user", "Kees", "--password-file", str(secret)]
    commands = [[*who, "retention", "--dry-run"]] * 3 + [["search", "schuld"]] * 3
    results = _start_all(data_paths.root, commands, tmp_path)
    for code, _out, err in results:
        assert code == 0 and "Traceback" not in err, err
    today = f"dagelijks-{date.today().isoformat()}.sqlite"
    names = sorted(p.name for p in data_paths.backups.iterdir())
    assert names == [today]  # one, and no temp file beside it
    assert storage.quick_problems(data_paths.backups / today) == []

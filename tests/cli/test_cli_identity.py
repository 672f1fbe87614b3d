"""The command line asks who you are: ``--user`` and a password, the same lockout as the window."""

from __future__ import annotations

import hashlib
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.cli.coordinator import PASSWORD, coordinator_args
from tests.services.signals.signal_helpers import log
from wijkinfo.cli import main
from wijkinfo.db.models import AuditLog
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.people import users
from wijkinfo.services.signals import intake as signals


@pytest.fixture
def folder(tmp_path):
    """A data folder with a coordinator (Kees), a volunteer (Ans) and a signal with a contact."""
    root = tmp_path / "data"
    who = coordinator_args(root)
    store = open_store(DataPaths(root), backups=False)
    try:
        kees = users.sign_in(store, name="Kees", password=PASSWORD)
        users.create_user(store, actor=kees, name="Ans", password="2580")
        ans = users.sign_in(store, name="Ans", password="2580")
        contact = signals.ContactInput(phone="06-13572468", email="r@example.nl", consent=True)
        sid = log(store, ans, contact=contact).id
    finally:
        store.close()
    (tmp_path / "ans.txt").write_text("2580\n")
    (tmp_path / "fout.txt").write_text("niet-goed\n")
    return root, who, sid


def _run(capsys, root, *argv):
    code = main(["--data-dir", str(root), *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def _digest(root):
    return hashlib.sha256((root / "wijkinfo.sqlite").read_bytes()).hexdigest()


def _commands(sid):
    return {
        "user list": ["user", "list"],
        "retention": ["retention"],
        "export": ["signals", "export", "--csv", "{tmp}/s.csv"],
        "contact": ["contact", "show", sid],
        "hsds": ["export", "hsds", "{tmp}/hsds"],
        "grant": ["user", "grant", "Ans"],
    }


@pytest.mark.parametrize("command", list(_commands("x")))
@pytest.mark.parametrize("how", ["no user", "wrong password", "volunteer", "no password"])
def test_a_coordinator_command_without_a_coordinator_exits_2_and_changes_nothing(
    folder, tmp_path, capsys, monkeypatch, command, how
):
    root, _who, sid = folder
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no prompt possible
    argv = [a.replace("{tmp}", str(tmp_path)) for a in _commands(sid)[command]]
    who = {
        "no user": [],
        "wrong password": ["--user", "Kees", "--password-file", tmp_path / "fout.txt"],
        "volunteer": ["--user", "Ans", "--password-file", tmp_path / "ans.txt"],
        "no password": ["--user", "Kees"],
    }[how]
    before = _digest(root) if how in ("no user", "no password") else None
    code, out, err = _run(capsys, root, *who, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert "06-13572468" not in err
    if before is not None:
        assert _digest(root) == before
    assert not (tmp_path / "s.csv").exists() and not (tmp_path / "hsds").exists()


def test_five_wrong_tries_lock_the_cli_as_the_window(folder, tmp_path, capsys):
    root, who, sid = folder
    wrong = ["--user", "Kees", "--password-file", tmp_path / "fout.txt"]
    for _ in range(5):
        assert _run(capsys, root, *wrong, "contact", "show", sid)[0] == 2
    code, _, err = _run(capsys, root, *who, "contact", "show", sid)
    assert code == 2 and "op slot" in err


def test_the_audit_names_the_person_and_contact_commands_work(folder, tmp_path, capsys):
    root, who, sid = folder
    code, out, _ = _run(capsys, root, *who, "contact", "show", sid)
    assert code == 0 and "06-13572468" in out
    code, out, _ = _run(capsys, root, *who, "contact", "find", "+31 6 1357 2468")
    assert code == 0 and sid in out
    code, out, _ = _run(capsys, root, *who, "contact", "wipe", sid, "--yes")
    assert code == 0 and "gewist" in out
    code, out, _ = _run(capsys, root, *who, "contact", "show", sid)
    assert "geen contactgegevens" in out
    store = open_store(DataPaths(root), backups=False)
    try:
        with store.sessions() as s:
            rows = s.execute(select(AuditLog.action, AuditLog.detail)).all()
    finally:
        store.close()
    actions = {a for a, d in rows if d and d.startswith("Kees")}
    assert {"signal.contact.read", "signal.contact.search", "signal.contact.wipe"} <= actions
    assert not [(a, d) for a, d in rows if d and "opdrachtregel" in d]


def test_the_recovery_sheet_from_the_cli_restores_access(folder, tmp_path, capsys, monkeypatch):
    root, who, sid = folder
    sheet = tmp_path / "herstelblad.pdf"
    code, out, _ = _run(capsys, root, *who, "recovery-sheet", "--out", sheet)
    assert code == 0 and sheet.exists()
    text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert "Herstelcode" in text and "voor altijd" in text
    code_line = next(line for line in text.splitlines() if line.count("-") == 4)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{code_line.strip()}\nweer-binnen-1\n"))
    code, out, err = _run(capsys, root, "recover", "Kees")
    assert code == 0, err
    (tmp_path / "nieuw.txt").write_text("weer-binnen-1\n")
    code, out, _ = _run(
        capsys,
        root,
        "--user",
        "Kees",
        "--password-file",
        tmp_path / "nieuw.txt",
        "contact",
        "show",
        sid,
    )
    assert code == 0 and "06-13572468" in out


def test_only_the_very_first_coordinator_needs_no_user(tmp_path, capsys, monkeypatch):
    root = tmp_path / "leeg"
    monkeypatch.setattr("sys.stdin", io.StringIO("geheim12\n"))
    code, out, _ = _run(capsys, root, "user", "add", "Kees", "--role", "coordinator")
    assert code == 0 and "HERSTELCODE" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("geheim12\n"))
    code, _, err = _run(capsys, root, "user", "add", "Piet", "--role", "coordinator")
    assert code == 2 and "--user" in err


def test_no_command_acts_as_a_coordinator_without_a_person():
    """Every command takes its actor from cli/identity.py; CLI_ACTOR opens nothing anyway."""
    from pathlib import Path

    import wijkinfo.cli

    folder = Path(wijkinfo.cli.__file__).parent
    offenders = [p.name for p in folder.glob("*.py") if "CLI_ACTOR" in p.read_text()]
    assert offenders == []

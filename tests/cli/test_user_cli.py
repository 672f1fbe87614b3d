"""`wijkinfo user add` reads the password from standard input, never from the command line."""

from __future__ import annotations

import io

from wijkinfo.cli import main
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.people import users


def test_user_add_makes_the_first_coordinator_from_stdin(data_paths, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("geheim12\n"))
    rc = main(["--data-dir", str(data_paths.root), "user", "add", "Kees", "--role", "coordinator"])
    assert rc == 0
    assert "Kees" in capsys.readouterr().out
    store = open_store(data_paths)
    try:
        assert users.sign_in(store, name="Kees", password="geheim12").role == "coordinator"
    finally:
        store.close()


def test_first_user_must_be_a_coordinator(data_paths, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("geheim12\n"))
    rc = main(["--data-dir", str(data_paths.root), "user", "add", "Ans"])
    assert rc == 2
    assert "coördinator" in capsys.readouterr().err

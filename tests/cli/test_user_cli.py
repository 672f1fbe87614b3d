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


def _add(data_paths, monkeypatch, capsys, name, password="geheim12", *extra):
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    secret = data_paths.root.parent / "kees.txt"
    secret.write_text("geheim12\n")
    who = ["--user", "Kees", "--password-file", str(secret)] if name != "Kees" else []
    rc = main(["--data-dir", str(data_paths.root), *who, "user", "add", name, *extra])
    out, err = capsys.readouterr()
    return rc, out, err


def test_user_list_keeps_one_line_per_user_and_odd_names_are_refused(
    data_paths, monkeypatch, capsys
):
    assert (
        _add(data_paths, monkeypatch, capsys, "Kees", "geheim12", "--role", "coordinator")[0] == 0
    )
    for bad in ("Ans\tde Vries", "Ans\nadmin\tcoordinator"):
        rc, _, err = _add(data_paths, monkeypatch, capsys, bad)
        assert rc == 2 and "onzichtbaar teken" in err and len(err.strip().splitlines()) == 1
    rc, _, err = _add(data_paths, monkeypatch, capsys, "Ans", "1111")
    assert rc == 2 and "te makkelijk" in err
    assert _add(data_paths, monkeypatch, capsys, "Özlem")[0] == 0
    rc, _, err = _add(data_paths, monkeypatch, capsys, "ÖZLEM")
    assert rc == 2 and "al iemand" in err
    who = ["--user", "Kees", "--password-file", str(data_paths.root.parent / "kees.txt")]
    assert main(["--data-dir", str(data_paths.root), *who, "user", "list"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [line.split("\t")[0] for line in lines] == ["Kees", "Özlem"]


def test_search_limit_beyond_the_bound_says_the_bound(data_paths, capsys):
    rc = main(["--data-dir", str(data_paths.root), "search", "x", "--limit", "10001"])
    err = capsys.readouterr().err
    assert rc == 2 and "tussen 1 en 10" in err and "1 of meer" not in err

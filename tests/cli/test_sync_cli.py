"""``wijkinfo sync`` end to end: two data folders and one encrypted sync folder."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import text

from tests.sync.conftest import COORDINATORS, seed_people
from wijkinfo.cli import main
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.sync.tables import SYNCED_TABLES

PASS = "de linde bloeit"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_desks(tmp_path, migrated_template):
    """Two data folders that know the same people, as after a first snapshot."""
    dirs = []
    for name in ("coordinator", "desk"):
        root = tmp_path / name
        root.mkdir()
        shutil.copyfile(migrated_template, root / "wijkinfo.sqlite")
        seed_people(root / "wijkinfo.sqlite")
        dirs.append(root)
    return dirs


def add_service(root, name):
    store = open_store(DataPaths(root), backups=False)
    try:
        with store.unit_of_work(author=COORDINATORS[0]) as session:
            session.execute(
                text(
                    "INSERT INTO organization (id, name, description, last_modified) VALUES "
                    "('o1', 'Stichting Geldfit', '', '2026-01-01') ON CONFLICT DO NOTHING"
                )
            )
            session.execute(
                text(
                    "INSERT INTO service (id, organization_id, name, description, status, "
                    "do_not_refer, last_modified) VALUES (:n, 'o1', :n, '', 'active', 0, "
                    "'2026-01-01')"
                ),
                {"n": name},
            )
    finally:
        store.close()


def _coordinator_password(root, tmp_path) -> list[str]:
    from wijkinfo.db.models import User
    from wijkinfo.services.people.users import hash_password

    store = open_store(DataPaths(root), backups=False)
    try:
        with store.unit_of_work(author=COORDINATORS[0]) as session:
            session.get(User, COORDINATORS[0]).password_hash = hash_password("geheim12")
    finally:
        store.close()
    secret = tmp_path / "coordinator.txt"
    secret.write_text("geheim12\n")
    return ["--user", "coordinator 0", "--password-file", secret]


def test_two_data_folders_converge_through_the_cli(tmp_path, capsys, two_desks):
    a, b = two_desks
    folder = tmp_path / "Nextcloud"
    folder.mkdir()
    good, bad = tmp_path / "pass.txt", tmp_path / "wrong.txt"
    good.write_text(PASS + "\n")
    bad.write_text("niet het goede\n")
    add_service(a, "Schuldhulp Lindestad")

    code, _, err = run(capsys, "--data-dir", a, "sync", folder, "--init", "--passphrase-file", good)
    assert code == 2 and "--user" in err  # setting a folder up is for a coordinator
    who = _coordinator_password(a, tmp_path)
    code, out, _ = run(
        capsys, "--data-dir", a, *who, "sync", folder, "--init", "--passphrase-file", good
    )
    assert code == 0 and "Nieuwe syncmap ingericht" in out and "verstuurd" in out

    code, _, err = run(capsys, "--data-dir", b, "sync", folder)
    assert code == 2 and "kent het wachtwoord" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", b, "sync", folder, "--passphrase-file", bad)
    assert code == 2 and "klopt niet" in err and len(err.strip().splitlines()) == 1
    code, out, err = run(capsys, "--data-dir", b, "sync", folder, "--passphrase-file", good)
    assert code == 0 and "binnengekomen" in out, out + err
    code, out, _ = run(capsys, "--data-dir", b, "search", "schuldhulp")
    assert "Schuldhulp Lindestad" in out

    add_service(b, "Buurtbemiddeling")  # the desk's coordinator adds one too
    assert run(capsys, "--data-dir", b, "sync", folder)[0] == 0  # the key is remembered
    assert run(capsys, "--data-dir", a, "sync", folder)[0] == 0

    status = {}
    for root in (a, b):
        code, out, _ = run(capsys, "--data-dir", root, "sync", "--status", "--json")
        assert code == 0
        status[root] = json.loads(out)
    assert set(status[a]["tables"]) == set(SYNCED_TABLES)
    assert status[a]["tables"] == status[b]["tables"]
    assert status[a]["tables"]["service"]["rows"] == 2
    assert status[a]["replica"] != status[b]["replica"]
    assert status[a]["unsent"] == 0

    everything = b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    for secret in (b"Schuldhulp", b"Lindestad", b"Buurtbemiddeling", PASS.encode()):
        assert secret not in everything

    code, out, _ = run(capsys, "--data-dir", a, "sync", "--status")
    assert code == 0 and "Replica:" in out and "service:" in out


def test_a_missing_folder_stops_with_one_line(tmp_path, capsys, two_desks):
    a, _ = two_desks
    code, _, err = run(capsys, "--data-dir", a, "sync", tmp_path / "usb-stick")
    assert code == 2 and "is er niet" in err and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--data-dir", a, "sync")
    assert code == 2 and "nog geen syncmap gekozen" in err

"""``--out`` and ``--csv`` never destroy a file: not an existing one without --force, never one
in the data folder (the database itself least of all); a folder or an empty name is one line."""

from __future__ import annotations

import hashlib

import pytest

from tests.cli.coordinator import coordinator_args
from wijkinfo.cli import main
from wijkinfo.services.datafolder import files as storage


@pytest.fixture
def demo_dir(tmp_path, capsys, demo_data):
    d = tmp_path / "d"
    assert main(["--data-dir", str(d), "demo"]) == 0
    capsys.readouterr()
    return d, demo_data["services"][0]["id"]


def _digest(folder) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _commands(d, service_id, target):
    return {
        "referral": ["--data-dir", str(d), "referral", service_id, "--out", target],
        "backup": ["--data-dir", str(d), "backup", "--out", target],
        "signals": [
            "--data-dir",
            str(d),
            *coordinator_args(d),
            "signals",
            "export",
            "--csv",
            target,
        ],
    }


@pytest.mark.parametrize("command", ["referral", "backup", "signals"])
@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("wijkinfo.sqlite", "gegevensmap"),
        ("wijkinfo.sqlite-wal", "gegevensmap"),
        ("backups/nieuw.sqlite", "gegevensmap"),
        ("", "bestandsnaam"),
        ("   ", "bestandsnaam"),
        ("<map>", "is een map"),
        ("<bestaat>", "bestaat al"),
        ("<nergens>/x.pdf", "bestaat niet"),
    ],
)
def test_a_bad_out_is_one_line_and_changes_nothing(
    demo_dir, tmp_path, capsys, command, where, message
):
    d, service_id = demo_dir
    (tmp_path / "bestaat.pdf").write_bytes(b"mijn eigen bestand")
    target = {
        "<map>": str(tmp_path),
        "<bestaat>": str(tmp_path / "bestaat.pdf"),
        "<nergens>/x.pdf": str(tmp_path / "nergens" / "x.pdf"),
    }.get(where, str(d / where) if where.strip() else where)
    argv = _commands(d, service_id, target)[command]
    before = _digest(d)
    mine = (tmp_path / "bestaat.pdf").read_bytes()
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err, err
    assert _digest(d) == before
    assert (tmp_path / "bestaat.pdf").read_bytes() == mine
    assert storage.integrity_problems(d / "wijkinfo.sqlite") == []


def test_a_link_into_the_data_folder_is_refused_too(demo_dir, tmp_path, capsys):
    d, service_id = demo_dir
    link = tmp_path / "onschuldig.pdf"
    link.symlink_to(d / "wijkinfo.sqlite")
    argv = _commands(d, service_id, str(link))["referral"] + ["--force"]
    before = _digest(d)
    code = main(argv)
    assert code == 2 and "gegevensmap" in capsys.readouterr().err
    assert _digest(d) == before


@pytest.mark.parametrize("command", ["referral", "backup", "signals"])
def test_force_replaces_an_existing_file(demo_dir, tmp_path, capsys, command):
    d, service_id = demo_dir
    target = tmp_path / "oud.bestand"
    target.write_bytes(b"oud")
    code = main([*_commands(d, service_id, str(target))[command], "--force"])
    assert code == 0, capsys.readouterr().err
    assert target.read_bytes() != b"oud" and target.stat().st_size > 50
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".wijkinfo-tmp")] == []


def test_export_into_the_data_folder_is_refused(demo_dir, capsys):
    d, _ = demo_dir
    who = coordinator_args(d)
    before = _digest(d)
    code = main(["--data-dir", str(d), *who, "export", "hsds", str(d / "export")])
    assert code == 2 and "gegevensmap" in capsys.readouterr().err
    assert _digest(d) == before

"""The command line: exit codes, one clear line on bad input, nothing changed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from wijkinfo import __version__
from wijkinfo.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_search_json(tmp_path, capsys, demo_data):
    d = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data-dir", d, "demo")
    assert code == 0 and "Demo geladen" in out
    code, out, _ = run(capsys, "--data-dir", d, "search", "schuld", "--json")
    assert code == 0
    results = json.loads(out)
    assert results and all({"id", "name", "organization", "phones"} <= set(r) for r in results)
    demo_ids = {s["id"] for s in demo_data["services"] if "schuld" in s["name"].lower()}
    assert demo_ids & {r["id"] for r in results}


def test_search_text_output_and_limit(tmp_path, capsys):
    d = str(tmp_path / "d")
    run(capsys, "--data-dir", d, "demo")
    code, out, _ = run(capsys, "--data-dir", d, "search", "", "--limit", "3")
    assert code == 0 and len(out.strip().splitlines()) == 3
    code, out, _ = run(capsys, "--data-dir", d, "search", "qqqxxyzz")
    assert code == 0 and "Niets gevonden" in out


def test_data_dir_from_the_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WIJKINFO_DATA_DIR", str(tmp_path / "env"))
    assert run(capsys, "demo")[0] == 0
    assert (tmp_path / "env" / "wijkinfo.sqlite").exists()


def test_other_commands_never_load_the_demo(tmp_path, capsys):
    d = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data-dir", d, "search", "schuld", "--json")
    assert code == 0 and json.loads(out) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["search"],
        ["search", "x", "--limit", "veel"],
        ["bestaatniet"],
        ["search", "x", "--limit", "0"],
        ["search", "a" * 10_000],
    ],
)
def test_bad_usage_exits_2_with_one_line(tmp_path, capsys, argv):
    code, out, err = run_catching(capsys, "--data-dir", str(tmp_path / "d"), *argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("wijkinfo:")


def run_catching(capsys, *argv):
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_check_backup_restore_cycle(tmp_path, capsys):
    d = tmp_path / "d"
    run(capsys, "--data-dir", str(d), "demo")
    code, out, _ = run(capsys, "--data-dir", str(d), "check")
    assert code == 0 and "in orde" in out and "bijgewerkt" in out
    target = tmp_path / "mijn-backup.sqlite"
    code, out, _ = run(capsys, "--data-dir", str(d), "backup", "--out", str(target))
    assert code == 0 and target.exists()
    code, _, err = run(capsys, "--data-dir", str(d), "backup", "--out", str(target))
    assert code == 2 and "bestaat al" in err
    code, out, _ = run(capsys, "--data-dir", str(d), "restore", str(target))
    assert code == 0 and "bewaard als" in out
    code, out, _ = run(capsys, "--data-dir", str(d), "search", "schuld")
    assert code == 0 and "schuld" in out.lower()


def test_check_on_a_damaged_file_names_the_backup_and_keeps_the_file(tmp_path, capsys):
    d = tmp_path / "d"
    run(capsys, "--data-dir", str(d), "demo")
    run(capsys, "--data-dir", str(d), "backup")
    db = d / "wijkinfo.sqlite"
    for side in ("wijkinfo.sqlite-wal", "wijkinfo.sqlite-shm"):
        (d / side).unlink(missing_ok=True)
    db.write_bytes(b"kapot" * 1000)
    code, _, err = run(capsys, "--data-dir", str(d), "check")
    assert code == 1 and "beschadigd" in err and "wijkinfo restore" in err
    assert db.read_bytes() == b"kapot" * 1000
    code, _, err = run(capsys, "--data-dir", str(d), "search", "x")
    assert code == 1 and "beschadigd" in err


def test_restore_of_garbage_changes_nothing(tmp_path, capsys):
    d = tmp_path / "d"
    run(capsys, "--data-dir", str(d), "demo")
    junk = tmp_path / "junk.sqlite"
    junk.write_text("geen database")
    before = sorted(p.name for p in d.iterdir())
    code, _, err = run(capsys, "--data-dir", str(d), "restore", str(junk))
    assert code == 2 and "geen bruikbare" in err
    assert sorted(p.name for p in d.iterdir()) == before


def test_unwritable_data_dir_is_one_line_no_traceback(tmp_path, capsys):
    blocker = tmp_path / "een-bestand"
    blocker.write_text("x")
    code, _, err = run(capsys, "--data-dir", str(blocker / "data"), "demo")
    assert code == 2 and "kan niet schrijven" in err and "Traceback" not in err


def _env_without_display():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return env


def test_version_and_no_display_as_a_real_process(tmp_path):
    version = subprocess.run(
        [sys.executable, "-m", "wijkinfo", "--version"], capture_output=True, text=True
    )
    assert version.returncode == 0 and __version__ in version.stdout
    gui = subprocess.run(
        [sys.executable, "-m", "wijkinfo", "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        env=_env_without_display(),
        timeout=60,
    )
    assert gui.returncode == 2
    assert gui.stderr.count("\n") == 1 and "xvfb-run" in gui.stderr
    assert "Traceback" not in gui.stderr


def test_search_with_filters_and_score_order(tmp_path, capsys):
    d = str(tmp_path / "d")
    run(capsys, "--data-dir", d, "demo")
    code, out, _ = run(
        capsys,
        "--data-dir",
        d,
        "search",
        "huisarts",
        "--wijk",
        "Oostpoort",
        "--language",
        "tr",
        "--theme",
        "gezondheid-zorg",
        "--json",
    )
    assert code == 0
    results = json.loads(out)
    assert "Huisarts Oostpoort" in [r["name"] for r in results]
    scores = [r["score"] for r in results if r["referable"]]
    assert scores == sorted(scores, reverse=True)
    code, out, _ = run(capsys, "--data-dir", d, "search", "", "--open-now", "--json")
    assert code == 0 and isinstance(json.loads(out), list)


@pytest.mark.parametrize(
    "argv",
    [
        ["--theme", "bestaatniet"],
        ["--wijk", ""],
        ["--age", "-4"],
        ["--limit", "0"],
    ],
)
def test_search_bad_filters_exit_2_with_one_line(tmp_path, capsys, argv):
    d = str(tmp_path / "d")
    run(capsys, "--data-dir", d, "demo")
    code, out, err = run(capsys, "--data-dir", d, "search", "schuld", *argv)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1

"""The import and export commands: one-line summary, exit 2 and the first reasons on bad input."""

from __future__ import annotations

import json

from tests.cli.coordinator import coordinator_args
from wijkinfo.cli import main
from wijkinfo.services.directory.demo import demo_path


def test_import_dry_run_then_real_then_export(tmp_path, capsys):
    data = str(tmp_path / "data")
    who = coordinator_args(data)
    assert main(["--data-dir", data, *who, "import", "hsds", str(demo_path()), "--dry-run"]) == 0
    assert "Proef (niets opgeslagen): 76 nieuw" in capsys.readouterr().out
    assert main(["--data-dir", data, *who, "import", "hsds", str(demo_path())]) == 0
    assert "Ingelezen: 76 nieuw" in capsys.readouterr().out
    assert main(["--data-dir", data, *who, "export", "hsds", str(tmp_path / "out")]) == 0
    assert "76 diensten" in capsys.readouterr().out
    assert len(json.loads((tmp_path / "out" / "services.json").read_text())) == 76
    assert (
        main(["--data-dir", data, *who, "export", "hsds", str(tmp_path / "pkg"), "--format", "csv"])
        == 0
    )
    assert (tmp_path / "pkg" / "datapackage.json").exists()


def test_bad_record_exit_2_with_reason_and_nothing_written(tmp_path, capsys, demo_data):
    services = json.loads(json.dumps(demo_data["services"][:2]))
    services[0]["minimum_age"] = "twaalf"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**demo_data, "services": services}))
    data = str(tmp_path / "data")
    who = coordinator_args(data)
    assert main(["--data-dir", data, *who, "import", "hsds", str(path)]) == 2
    err = capsys.readouterr().err
    assert "bad.json, record 1, veld minimum_age" in err
    assert main(["--data-dir", data, "search", "huisarts"]) == 0
    assert "Niets gevonden" in capsys.readouterr().out
    assert main(["--data-dir", data, *who, "import", "hsds", str(path), "--skip-invalid"]) == 0
    assert "1 nieuw" in capsys.readouterr().out


def test_import_table_with_mapping(tmp_path, capsys):
    sheet = tmp_path / "lijst.csv"
    sheet.write_text("Activiteit;Telefoon\nKoffieochtend;030-2714400\n", encoding="utf-8")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"Activiteit": "naam"}))
    data = str(tmp_path / "data")
    who = coordinator_args(data)
    assert (
        main(
            [
                "--data-dir",
                data,
                *who,
                "import",
                "table",
                str(sheet),
                "--mapping",
                str(mapping),
                "--dry-run",
            ]
        )
        == 0
    )
    assert "Proef (niets opgeslagen): 1 nieuw" in capsys.readouterr().out
    assert main(["--data-dir", data, *who, "import", "table", str(sheet)]) == 2
    assert "naam van de dienst" in capsys.readouterr().err

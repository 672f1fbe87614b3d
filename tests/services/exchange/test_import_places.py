"""Each problem is reported in the file, row and field where the bad value is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.hsds_export import export_hsds
from wijkinfo.services.exchange.hsds_import import import_hsds
from wijkinfo.services.exchange.spreadsheet_import import import_table
from wijkinfo.services.people.auth import CLI_ACTOR
from wijkinfo.services.progress import Progress

from .test_import_bad_input import base, snapshot, u


def package(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "pakket"
    folder.mkdir()
    (folder / "datapackage.json").write_text('{"resources": []}')
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def refused(store, path: Path, **kw) -> str:
    before = snapshot(store)
    with pytest.raises(UserError) as info:
        if path.suffix == ".csv":
            import_table(store, actor=CLI_ACTOR, path=path, **kw)
        else:
            import_hsds(store, actor=CLI_ACTOR, path=path, **kw)
    assert snapshot(store) == before
    return str(info.value)


def test_line_breaks_in_a_package_cell_do_not_shift_row_numbers(demo_store, tmp_path):
    services = (
        "id,name,status,description\n"
        f'{u(1)},Koffieochtend,active,"Elke week\nkoffie\nen een praatje"\n'
        f"{u(2)},Taalcafé,dicht,\n"
    )
    message = refused(demo_store, package(tmp_path, {"services.csv": services}))
    assert "pakket/services.csv, rij 3, veld status" in message


def test_line_breaks_in_a_sheet_cell_do_not_shift_row_numbers(demo_store, tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_text('Naam;Omschrijving\nKoffie;"twee\nregels"\n;leeg\n', encoding="utf-8")
    assert "lijst.csv, rij 3, veld Naam" in refused(demo_store, path)


def test_dangling_organization_of_a_location_is_a_warning_in_locations_csv(demo_store, tmp_path):
    """HSDS does not require a location's organisation (the official example points nowhere)."""
    files = {
        "services.csv": f"id,name,status\n{u(1)},Koffieochtend,active\n",
        "locations.csv": f"id,organization_id,name\n{u(7)},{u(9997)},Buurthuis\n",
        "service_at_location.csv": f"id,service_id,location_id\n{u(6)},{u(1)},{u(7)}\n",
    }
    result = import_hsds(
        demo_store, actor=CLI_ACTOR, path=package(tmp_path, files), replace_missing=True
    )
    assert result.new == 1 and result.rejected_records == 0
    warnings = [str(w) for w in result.warnings if u(9997) in str(w)]
    assert len(warnings) == 1
    assert warnings[0].startswith("pakket/locations.csv, rij 2, veld organization_id")


def test_bad_phone_in_a_package_names_phones_csv_and_its_row(demo_store, tmp_path):
    files = {
        "services.csv": f"id,name,status\n{u(1)},Koffieochtend,active\n",
        "phones.csv": (
            f"id,service_id,number\n{u(3)},{u(1)},030-2714400\n{u(4)},{u(1)},{'1' * 60}\n"
        ),
    }
    message = refused(demo_store, package(tmp_path, files))
    assert "pakket/phones.csv, rij 3, veld number" in message


def test_bad_term_in_the_json_export_names_taxonomies_json(demo_store, tmp_path):
    export_hsds(demo_store, actor=CLI_ACTOR, folder=tmp_path / "uit")
    tax = tmp_path / "uit" / "taxonomies.json"
    bundle = json.loads(tax.read_text(encoding="utf-8"))
    bundle["taxonomy_terms"][1]["id"] = "geen-uuid"
    tax.write_text(json.dumps(bundle), encoding="utf-8")
    assert "taxonomies.json, record 2, veld taxonomy_term.id" in refused(
        demo_store, tmp_path / "uit"
    )


def test_progress_reports_the_bytes_read_up_to_the_whole_file(store, tmp_path):
    path = tmp_path / "veel.json"
    path.write_text(json.dumps([base(n) for n in range(300)]), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    result = import_hsds(
        store, actor=CLI_ACTOR, path=path, progress=Progress(lambda d, t: seen.append((d, t)))
    )
    assert result.new == 300
    size = path.stat().st_size
    assert seen[-1] == (size, size)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_likely_duplicate_names_its_file_and_record(demo_store, demo_data, tmp_path):
    other = json.loads(json.dumps(demo_data["services"][0]))
    other["id"] = u(1)
    other.pop("organization")
    for i, item in enumerate(other["phones"] + other["schedules"] + other["languages"]):
        item["id"] = u(100 + i)
    other["attributes"] = []
    other["service_at_locations"] = []
    path = tmp_path / "nieuw.json"
    path.write_text(json.dumps([base(5), other]), encoding="utf-8")
    result = import_hsds(demo_store, actor=CLI_ACTOR, path=path, dry_run=True)
    assert [(d.file, d.record) for d in result.duplicates] == [("nieuw.json", 2)]

"""Exporting HSDS 3.1: valid against the compiled schema, and a faithful round trip."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import select

from wijkinfo.db.models import Accessibility, Address, Location, ServiceAtLocation
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.directory.demo import demo_path
from wijkinfo.services.errors import PermissionDenied
from wijkinfo.services.exchange.hsds_export import escape_cell, export_hsds
from wijkinfo.services.exchange.hsds_import import import_hsds
from wijkinfo.services.exchange.hsds_rows import TABLES, columns
from wijkinfo.services.people.auth import CLI_ACTOR, VOLUNTEER, Actor

HSDS = Path(__file__).resolve().parents[2] / "data" / "hsds-3.1"  # copy of ../shared/data


def snapshot(store) -> dict[str, list[tuple]]:
    """Every directory row a service reaches, without timestamps, in a stable order."""
    out = {}
    used = select(ServiceAtLocation.location_id)
    with store.sessions() as session:
        for model in TABLES:
            table = model.__table__
            query = select(*[table.c[name] for name in columns(model)])
            if model is Location:
                query = query.where(table.c.id.in_(used))
            elif model in (Address, Accessibility):
                query = query.where(table.c.location_id.in_(used))
            out[model.__tablename__] = sorted(
                tuple(str(v) for v in row) for row in session.execute(query)
            )
    return out


@pytest.fixture
def full_store(store):
    """The demo plus the HSDS examples (the tabular example has one dangling organisation)."""
    import_hsds(store, actor=CLI_ACTOR, path=demo_path())
    import_hsds(store, actor=CLI_ACTOR, path=HSDS / "examples" / "service_full.json")
    # The list example is the short form of the full one: it drops its children, on purpose.
    import_hsds(
        store, actor=CLI_ACTOR, path=HSDS / "examples" / "service_list.json", replace_missing=True
    )
    import_hsds(store, actor=CLI_ACTOR, path=HSDS / "examples" / "csv", skip_invalid=True)
    return store


def test_json_export_validates_against_compiled_schema(full_store, tmp_path):
    result = export_hsds(full_store, actor=CLI_ACTOR, folder=tmp_path / "out")
    schema = json.loads((HSDS / "schema" / "compiled" / "service.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    services = json.loads((tmp_path / "out" / "services.json").read_text(encoding="utf-8"))
    assert len(services) == result.services == 77
    for service in services:
        errors = [e.message for e in validator.iter_errors(service)]
        assert errors == [], service["name"]


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_round_trip_into_empty_database(full_store, tmp_path, fmt):
    export_hsds(full_store, actor=CLI_ACTOR, folder=tmp_path / "out", fmt=fmt)
    other = open_store(DataPaths(tmp_path / "other"))
    try:
        result = import_hsds(other, actor=CLI_ACTOR, path=tmp_path / "out")
        assert result.new == 77 and result.rejected_records == 0
        assert snapshot(other) == snapshot(full_store)
    finally:
        other.close()


def test_tabular_package_has_hsds_files_and_escapes_formulas(store, demo_data, tmp_path):
    service = json.loads(json.dumps(demo_data["services"][0]))
    service["name"] = '=HYPERLINK("http://evil.example","klik")'
    service["description"] = "@SUM(A1:A9)"
    (tmp_path / "in.json").write_text(json.dumps({**demo_data, "services": [service]}))
    import_hsds(store, actor=CLI_ACTOR, path=tmp_path / "in.json")
    export_hsds(store, actor=CLI_ACTOR, folder=tmp_path / "pkg", fmt="csv")
    package = json.loads((tmp_path / "pkg" / "datapackage.json").read_text())
    assert {r["path"] for r in package["resources"]} >= {"services.csv", "phones.csv"}
    for path in (tmp_path / "pkg").glob("*.csv"):
        for row in csv.reader(path.open(encoding="utf-8")):
            for cell in row:
                assert not cell.startswith(("=", "+", "@")), (path.name, cell)
    rows = list(csv.DictReader((tmp_path / "pkg" / "services.csv").open(encoding="utf-8")))
    assert rows[0]["name"] == "'" + service["name"]
    # and it comes back as it was
    other = open_store(DataPaths(tmp_path / "other"))
    try:
        import_hsds(other, actor=CLI_ACTOR, path=tmp_path / "pkg")
        assert snapshot(other)["service"] == snapshot(store)["service"]
    finally:
        other.close()


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+31 20 1234567", "'+31 20 1234567"),
        ("-x", "'-x"),
        ("@A1", "'@A1"),
        ("-4.5", "-4.5"),
        ("gewoon", "gewoon"),
        (None, ""),
    ],
)
def test_escape_cell(value, cell):
    assert escape_cell(value) == cell


def test_volunteer_may_not_export(demo_store, tmp_path):
    with pytest.raises(PermissionDenied):
        export_hsds(demo_store, actor=Actor(None, "v", VOLUNTEER), folder=tmp_path / "x")
    assert not (tmp_path / "x").exists()


def test_infinite_coordinates_already_stored_export_as_valid_json(demo_store, tmp_path):
    from sqlalchemy import update

    with demo_store.unit_of_work() as session:
        session.execute(update(Location).values(latitude=float("inf"), longitude=float("nan")))
    export_hsds(demo_store, actor=CLI_ACTOR, folder=tmp_path / "out")

    def refuse(word):
        raise AssertionError(f"{word} in the export")

    text = (tmp_path / "out" / "services.json").read_text(encoding="utf-8")
    services = json.loads(text, parse_constant=refuse)
    locations = [s["location"] for x in services for s in x["service_at_locations"]]
    assert locations and all("latitude" not in loc for loc in locations)


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_demo_export_import_export_is_identical(demo_store, tmp_path, fmt):
    export_hsds(demo_store, actor=CLI_ACTOR, folder=tmp_path / "first", fmt=fmt)
    other = open_store(DataPaths(tmp_path / "other"))
    try:
        result = import_hsds(other, actor=CLI_ACTOR, path=tmp_path / "first")
        assert result.rejected_records == 0 and result.new == 76
        export_hsds(other, actor=CLI_ACTOR, folder=tmp_path / "second", fmt=fmt)
    finally:
        other.close()
    first, second = files_of(tmp_path / "first"), files_of(tmp_path / "second")
    assert first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], name


def test_attributes_of_schedules_and_locations_validate_with_terms(demo_store, tmp_path):
    from wijkinfo.db.models import Attribute

    with demo_store.unit_of_work() as session:
        location_id = session.scalars(select(Location.id).order_by(Location.id)).first()
        session.add(
            Attribute(link_entity="location", link_id=location_id, label="rolstoel", value="ja")
        )
    export_hsds(demo_store, actor=CLI_ACTOR, folder=tmp_path / "out")
    schema = json.loads((HSDS / "schema" / "compiled" / "service.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    services = json.loads((tmp_path / "out" / "services.json").read_text(encoding="utf-8"))
    schedule_attrs = [a for s in services for x in s["schedules"] for a in x.get("attributes", [])]
    locations = [x["location"] for s in services for x in s["service_at_locations"]]
    location_attrs = [a for loc in locations for a in loc["attributes"]]
    assert {a["label"] for a in schedule_attrs} == {"closed"}
    # the location may serve more than one service: it is nested under each
    assert {(a["label"], a["value"]) for a in location_attrs} == {("rolstoel", "ja")}
    for attr in schedule_attrs + location_attrs:
        term = attr["taxonomy_term"]
        assert attr["taxonomy_term_id"] == term["id"] and term["name"] == attr["label"]
        assert term["taxonomy_detail"]["name"] == "wijkinfo-kenmerk"
    for service in services:
        assert [e.message for e in validator.iter_errors(service)] == [], service["name"]

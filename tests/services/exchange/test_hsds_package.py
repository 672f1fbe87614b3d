"""The tabular export is the official HSDS 3.1 package, as Frictionless (the reference tool)
reads it: the official files, headers and datapackage.json, and not one error."""

from __future__ import annotations

import csv
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from frictionless import Package
from hypothesis import given, settings
from hypothesis import strategies as st

from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.exchange.hsds_export import export_hsds
from wijkinfo.services.exchange.hsds_import import import_hsds
from wijkinfo.services.people.auth import CLI_ACTOR

HSDS = Path(__file__).resolve().parents[2] / "data" / "hsds-3.1"  # copy of ../shared/data
OFFICIAL = json.loads((HSDS / "examples" / "csv" / "datapackage.json").read_text("utf-8"))
RESOURCES = {r["name"]: r for r in OFFICIAL["resources"]}
TABLES = {
    "organizations.csv",
    "services.csv",
    "attributes.csv",
    "service_at_location.csv",
    "locations.csv",
    "phones.csv",
    "addresses.csv",
    "schedules.csv",
    "required_documents.csv",
    "languages.csv",
    "accessibility.csv",
    "taxonomy_terms.csv",
    "taxonomies.csv",
    # empty: the foreign keys of services.program_id and phones.contact_id point at them
    "programs.csv",
    "contacts.csv",
}


def validate_against_official(folder: Path) -> list[str]:
    """Frictionless errors of the export, checked against the *official* description of the
    files the export holds (not against the export's own datapackage.json)."""
    present = {p.name for p in folder.glob("*.csv")}
    descriptor = {k: v for k, v in OFFICIAL.items() if k != "resources"}
    descriptor["resources"] = [r for r in OFFICIAL["resources"] if r["path"] in present]
    report = Package(descriptor, basepath=str(folder)).validate()
    errors = [e.message for e in report.errors]
    for task in report.tasks:
        errors += [f"{task.name}: {e.message}" for e in task.errors]
    return errors


def assert_official(folder: Path) -> None:
    written = json.loads((folder / "datapackage.json").read_text("utf-8"))
    assert {r["path"] for r in written["resources"]} == TABLES
    assert {p.name for p in folder.glob("*.csv")} == TABLES
    # the official description of each table, in the official order
    assert written["resources"] == [r for r in OFFICIAL["resources"] if r["path"] in TABLES]
    assert {k: v for k, v in written.items() if k != "resources"} == {
        k: v for k, v in OFFICIAL.items() if k != "resources"
    }
    for resource in written["resources"]:
        with (folder / resource["path"]).open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert header == [f["name"] for f in RESOURCES[resource["name"]]["schema"]["fields"]]
    assert validate_against_official(folder) == []


def rows(folder: Path, file: str) -> list[dict[str, str]]:
    with (folder / file).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_demo_export_is_the_official_package_without_errors(demo_store, tmp_path):
    export_hsds(demo_store, actor=CLI_ACTOR, folder=tmp_path / "pkg", fmt="csv")
    assert_official(tmp_path / "pkg")
    schedules = rows(tmp_path / "pkg", "schedules.csv")
    weekly = next(s for s in schedules if s["byday"])
    assert weekly["freq"] == "WEEKLY" and weekly["opens_at"].count(":") == 2
    # every attribute has a term, declared in taxonomy_terms.csv and taxonomies.csv
    terms = {t["id"]: t for t in rows(tmp_path / "pkg", "taxonomy_terms.csv")}
    taxonomies = {t["id"]: t for t in rows(tmp_path / "pkg", "taxonomies.csv")}
    attributes = rows(tmp_path / "pkg", "attributes.csv")
    assert attributes and all(a["taxonomy_term_id"] in terms for a in attributes)
    closed = [a for a in attributes if a["label"] == "closed"]
    assert closed and all(a["link_entity"] == "schedule" for a in closed)
    term = terms[closed[0]["taxonomy_term_id"]]
    assert term["name"] == "closed" and taxonomies[term["taxonomy_id"]]["name"] == (
        "wijkinfo-kenmerk"
    )


def test_official_examples_are_accepted_and_export_without_errors(store, tmp_path):
    result = import_hsds(store, actor=CLI_ACTOR, path=HSDS / "examples" / "csv")
    assert result.written and result.new == 1 and result.rejected_records == 0
    export_hsds(store, actor=CLI_ACTOR, folder=tmp_path / "pkg", fmt="csv")
    assert_official(tmp_path / "pkg")
    (service,) = rows(tmp_path / "pkg", "services.csv")
    assert service["name"] == "Community Counselling"
    assert service["last_modified"].startswith("2023-03-15T10:30:45")
    assert len(rows(tmp_path / "pkg", "phones.csv")) == 1


@pytest.mark.parametrize(
    ("place", "why"),
    [
        ("services.csv, rij 2, veld fees", "kolom niet"),
        ("schedules.csv, rij 2, veld timezone", "kolom niet"),
        ("contacts.csv, rij 2, veld id", "tabel contacts.csv niet"),
        ("attributes.csv, rij 2, veld link_entity", "‘link_entity’"),
    ],
)
def test_what_the_examples_hold_beyond_wijkinfo_is_said_once(store, place, why):
    result = import_hsds(store, actor=CLI_ACTOR, path=HSDS / "examples" / "csv", dry_run=True)
    found = [str(w) for w in result.warnings if place in str(w)]
    assert len(found) == 1 and why in found[0], [str(w) for w in result.warnings]


def read_all(folder: Path) -> list[tuple[str, object]]:
    from wijkinfo.services.exchange.hsds_tabular import read_package
    from wijkinfo.services.exchange.records import Record

    out: list[tuple[str, object]] = []
    for item in read_package(folder).items:
        if isinstance(item, Record):
            out.append((item.kind, (item.data, dict(item.origins), item.unstated)))
        else:
            out.append((type(item).__name__, str(item)))
    return sorted(out, key=repr)


def shuffle_columns(folder: Path, order: dict[str, list[int]]) -> None:
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            table = list(csv.reader(handle))
        if not table:
            continue
        width = len(table[0])
        keys = order.get(path.name) or []
        perm = sorted(range(width), key=lambda i: (keys[i] if i < len(keys) else i, i))
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([[row[i] for i in perm] for row in table])


@settings(max_examples=15, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(sorted(p.name for p in (HSDS / "examples" / "csv").glob("*.csv"))),
        st.lists(st.integers(0, 40), min_size=30, max_size=30),
    )
)
def test_columns_are_read_by_name_in_any_order(order):
    """The same records, warnings and places, however the columns of each file are ordered."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "csv"
        shutil.copytree(HSDS / "examples" / "csv", folder)
        before = read_all(folder)
        shuffle_columns(folder, order)
        assert read_all(folder) == before


def test_demo_export_with_columns_reversed_imports_the_same(demo_store, tmp_path):
    export_hsds(demo_store, actor=CLI_ACTOR, folder=tmp_path / "pkg", fmt="csv")
    shuffle_columns(
        tmp_path / "pkg", {p.name: list(range(99, 0, -1)) for p in (tmp_path / "pkg").iterdir()}
    )
    other = open_store(DataPaths(tmp_path / "other"))
    try:
        result = import_hsds(other, actor=CLI_ACTOR, path=tmp_path / "pkg")
        assert result.new == 76 and result.rejected_records == 0 and not result.warnings
        export_hsds(other, actor=CLI_ACTOR, folder=tmp_path / "again", fmt="csv")
    finally:
        other.close()
    export_hsds(demo_store, actor=CLI_ACTOR, folder=tmp_path / "first", fmt="csv")
    for path in sorted((tmp_path / "first").iterdir()):
        assert path.read_bytes() == (tmp_path / "again" / path.name).read_bytes(), path.name

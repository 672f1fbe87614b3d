"""Bad input of every kind: a clear message naming file, row/record and field, nothing changed."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.hsds_import import import_hsds
from wijkinfo.services.exchange.hsds_rows import TABLES
from wijkinfo.services.exchange.spreadsheet_import import import_table
from wijkinfo.services.people.auth import CLI_ACTOR


def u(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def base(n: int = 0) -> dict:
    """A small valid service; ``n`` keeps the ids of two records apart."""
    k = n * 100
    return {
        "id": u(k + 1),
        "name": f"Koffieochtend {n}",
        "status": "active",
        "organization": {"id": u(k + 2), "name": "Buurthuis"},
        "phones": [{"id": u(k + 3), "number": "030-2714400"}],
        "schedules": [
            {
                "id": u(k + 4),
                "freq": "WEEKLY",
                "byday": "MO",
                "opens_at": "09:00",
                "closes_at": "12:00",
            }
        ],
        "languages": [{"id": u(k + 5), "name": "Nederlands", "code": "nl"}],
        "service_at_locations": [
            {
                "id": u(k + 6),
                "location": {
                    "id": u(k + 7),
                    "location_type": "physical",
                    "addresses": [
                        {
                            "id": u(k + 8),
                            "address_1": "Kerkstraat 1",
                            "city": "Lindestad",
                            "postal_code": "3511 AB",
                            "country": "NL",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ],
        "attributes": [{"id": u(k + 9), "label": "trefwoorden", "value": "koffie"}],
    }


def sal(s):
    return s["service_at_locations"][0]


def addr(s):
    return sal(s)["location"]["addresses"][0]


# (case id, change to record 2, the field the message must name)
RECORD_CASES: list[tuple[str, Callable[[dict], object], str]] = [
    ("id missing", lambda s: s.pop("id"), "veld id"),
    ("id not uuid", lambda s: s.update(id="dienst-1"), "veld id"),
    ("id a number", lambda s: s.update(id=12), "veld id"),
    ("name missing", lambda s: s.pop("name"), "veld name"),
    ("name empty", lambda s: s.update(name=""), "veld name"),
    ("name a number", lambda s: s.update(name=7), "veld name"),
    ("name too long", lambda s: s.update(name="x" * 600), "veld name"),
    ("status unknown", lambda s: s.update(status="open"), "veld status"),
    ("status missing", lambda s: s.pop("status"), "veld status"),
    ("description 5 MB", lambda s: s.update(description="x" * 5_000_000), "veld description"),
    ("description a list", lambda s: s.update(description=["a"]), "veld description"),
    ("email no @", lambda s: s.update(email="geen-mail"), "veld email"),
    ("url too long", lambda s: s.update(url="https://" + "x" * 3000), "veld url"),
    ("age text", lambda s: s.update(minimum_age="twaalf"), "veld minimum_age"),
    ("age negative", lambda s: s.update(minimum_age=-1), "veld minimum_age"),
    ("age min above max", lambda s: s.update(minimum_age=20, maximum_age=10), "veld minimum_age"),
    ("age boolean", lambda s: s.update(minimum_age=True), "veld minimum_age"),
    ("date Dutch order", lambda s: s.update(assured_date="23-11-2026"), "veld assured_date"),
    ("date impossible", lambda s: s.update(assured_date="2026-02-30"), "veld assured_date"),
    ("organization text", lambda s: s.update(organization="Buurthuis"), "veld organization"),
    ("organization no name", lambda s: s["organization"].pop("name"), "veld organization.name"),
    ("organization bad id", lambda s: s["organization"].update(id="x"), "veld organization.id"),
    ("phones not a list", lambda s: s.update(phones={"number": "1"}), "veld phones"),
    ("phone no number", lambda s: s["phones"][0].pop("number"), "veld phones[1].number"),
    (
        "phone number a number",
        lambda s: s["phones"][0].update(number=302714400),
        "veld phones[1].number",
    ),
    ("phone no id", lambda s: s["phones"][0].pop("id"), "veld phones[1].id"),
    (
        "phone extension text",
        lambda s: s["phones"][0].update(extension="abc"),
        "veld phones[1].extension",
    ),
    ("freq unknown", lambda s: s["schedules"][0].update(freq="DAILY"), "veld schedules[1].freq"),
    ("byday Dutch", lambda s: s["schedules"][0].update(byday="MAANDAG"), "veld schedules[1].byday"),
    (
        "opens_at words",
        lambda s: s["schedules"][0].update(opens_at="9 uur"),
        "veld schedules[1].opens_at",
    ),
    (
        "opens_at 25:00",
        lambda s: s["schedules"][0].update(opens_at="25:00"),
        "veld schedules[1].opens_at",
    ),
    (
        "valid_from bad",
        lambda s: s["schedules"][0].update(valid_from="2026-13-01"),
        "veld schedules[1].valid_from",
    ),
    ("interval zero", lambda s: s["schedules"][0].update(interval=0), "veld schedules[1].interval"),
    (
        "language code long",
        lambda s: s["languages"][0].update(code="x" * 50),
        "veld languages[1].code",
    ),
    ("language not object", lambda s: s.update(languages=["nl"]), "veld languages[1]"),
    (
        "location type unknown",
        lambda s: sal(s)["location"].update(location_type="boot"),
        "veld service_at_locations[1].location.location_type",
    ),
    (
        "address no city",
        lambda s: addr(s).pop("city"),
        "veld service_at_locations[1].location.addresses[1].city",
    ),
    (
        "country long",
        lambda s: addr(s).update(country="Nederland"),
        "veld service_at_locations[1].location.addresses[1].country",
    ),
    (
        "address type unknown",
        lambda s: addr(s).update(address_type="thuis"),
        "veld service_at_locations[1].location.addresses[1].address_type",
    ),
    (
        "latitude text",
        lambda s: sal(s)["location"].update(latitude="noord"),
        "veld service_at_locations[1].location.latitude",
    ),
    (
        "location missing",
        lambda s: sal(s).pop("location"),
        "veld service_at_locations[1].location_id",
    ),
    (
        "location dangling",
        lambda s: sal(s).update(location=None, location_id=u(9999)),
        "veld service_at_locations.location_id",
    ),
    (
        "term dangling",
        lambda s: s["attributes"][0].update(taxonomy_term_id=u(9998)),
        "veld attributes.taxonomy_term_id",
    ),
    (
        "organization dangling",
        lambda s: (s.pop("organization"), s.update(organization_id=u(9997))),
        "veld organization_id",
    ),
    (
        "attribute value object",
        lambda s: s["attributes"][0].update(value={"a": 1}),
        "veld attributes[1].value",
    ),
    (
        "nested term no name",
        lambda s: s["attributes"][0].update(taxonomy_term={"id": u(9996), "description": ""}),
        "veld attributes[1].taxonomy_term.name",
    ),
    ("service id twice", lambda s: s.update(id=u(1)), "veld id"),
    ("phone id twice", lambda s: s["phones"][0].update(id=u(3)), "veld phone.id"),
    ("record not an object", None, "veld service"),
]


def snapshot(store) -> dict[str, list[tuple]]:
    """Every directory row (with its timestamps): any write would show."""
    with store.sessions() as s:
        return {
            m.__tablename__: sorted(tuple(map(str, r)) for r in s.execute(select(m.__table__)))
            for m in TABLES
        }


@pytest.mark.parametrize(
    ("change", "field"), [c[1:] for c in RECORD_CASES], ids=[c[0] for c in RECORD_CASES]
)
def test_bad_record_refused_naming_file_record_and_field(demo_store, tmp_path, change, field):
    second = base(1)
    if change is None:
        second = "Koffieochtend"
    else:
        change(second)
    path = tmp_path / "in.json"
    path.write_text(json.dumps([base(0), second]), encoding="utf-8")
    before = snapshot(demo_store)
    with pytest.raises(UserError) as info:
        import_hsds(demo_store, actor=CLI_ACTOR, path=path)
    message = str(info.value)
    assert "in.json, record 2, " + field in message
    assert "niets ingelezen" in message
    assert snapshot(demo_store) == before


def test_phone_id_of_another_service_is_refused(demo_store, demo_data, tmp_path):
    second = base(1)
    second["phones"][0]["id"] = demo_data["services"][0]["phones"][0]["id"]
    path = tmp_path / "in.json"
    path.write_text(json.dumps([base(0), second]))
    before = snapshot(demo_store)
    with pytest.raises(UserError, match=r"in\.json, record 2, veld phone\.id: .*andere dienst"):
        import_hsds(demo_store, actor=CLI_ACTOR, path=path)
    assert snapshot(demo_store) == before


def _zip(tmp_path: Path, files: dict[str, bytes]) -> Path:
    path = tmp_path / "pakket.zip"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return path


def _package(tmp_path: Path, files: dict[str, bytes]) -> Path:
    folder = tmp_path / "pakket"
    folder.mkdir()
    (folder / "datapackage.json").write_text('{"resources": []}')
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


SERVICES_CSV = ("id,name,status\n" + u(1) + ",Koffieochtend,active\n").encode()


def _xlsx(tmp_path: Path, merged: bool = False, sheets: int = 1) -> Path:
    book = Workbook()
    for i in range(sheets):
        ws = book.active if i == 0 else book.create_sheet(f"Blad{i + 1}")
        ws.append(["Naam", "Telefoon"])
        ws.append(["Koffieochtend", "030-2714400"])
        ws.append(["Taalcafé", "030-2714400"])
        if merged:
            ws.merge_cells("A2:A3")
    path = tmp_path / "lijst.xlsx"
    book.save(path)
    return path


def _csv(tmp_path: Path, text: str | bytes, name: str = "lijst.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


# (case id, make the input, hsds or table, words the message must hold)
FILE_CASES: list[tuple[str, Callable[[Path], Path], str, tuple[str, ...]]] = [
    (
        "truncated array",
        lambda t: _csv(t, json.dumps([base(0), base(1)])[:-40], "in.json"),
        "hsds",
        ("in.json, record 2", "afgebroken"),
    ),
    (
        "truncated object",
        lambda t: _csv(t, json.dumps(base(0))[:-10], "in.json"),
        "hsds",
        ("in.json, regel 1", "geen geldige JSON"),
    ),
    ("empty json", lambda t: _csv(t, "", "in.json"), "hsds", ("in.json is leeg",)),
    ("blank json", lambda t: _csv(t, "  \n ", "in.json"), "hsds", ("in.json is leeg",)),
    (
        "json number",
        lambda t: _csv(t, "42", "in.json"),
        "hsds",
        ("in.json bevat geen HSDS-diensten",),
    ),
    (
        "json not utf8",
        lambda t: _csv(t, '[{"name": "Caf\xe9"}]'.encode("cp1252"), "in.json"),
        "hsds",
        ("in.json", "UTF-8"),
    ),
    ("missing file", lambda t: t / "weg.json", "hsds", ("weg.json bestaat niet",)),
    (
        "folder without datapackage",
        lambda t: (t / "map").mkdir() or t / "map",
        "hsds",
        ("map", "geen datapackage.json"),
    ),
    (
        "zip without datapackage",
        lambda t: _zip(t, {"services.csv": SERVICES_CSV}),
        "hsds",
        ("pakket.zip", "geen datapackage.json"),
    ),
    (
        "zip damaged",
        lambda t: _csv(t, "geen zip", "pakket.zip"),
        "hsds",
        ("pakket.zip is geen leesbaar zip-bestand",),
    ),
    (
        "package without services",
        lambda t: _package(t, {}),
        "hsds",
        ("pakket", "geen services.csv"),
    ),
    (
        "package dangling phone",
        lambda t: _package(
            t,
            {
                "services.csv": SERVICES_CSV,
                "phones.csv": f"id,service_id,number\n{u(3)},{u(77)},030-2714400\n".encode(),
            },
        ),
        "hsds",
        ("pakket/phones.csv, rij 2, veld service_id", "niet in services.csv"),
    ),
    (
        "package ragged row",
        lambda t: _package(
            t, {"services.csv": SERVICES_CSV + f"{u(2)},Taalcafé,active,extra\n".encode()}
        ),
        "hsds",
        ("services.csv, rij 3", "4 cellen"),
    ),
    (
        "package not utf8",
        lambda t: _package(
            t, {"services.csv": SERVICES_CSV + f"{u(2)},Caf\xe9,active\n".encode("cp1252")}
        ),
        "hsds",
        ("services.csv, rij 3", "UTF-8"),
    ),
    (
        "package bad status",
        lambda t: _package(
            t, {"services.csv": f"id,name,status\n{u(1)},Koffieochtend,dicht\n".encode()}
        ),
        "hsds",
        ("pakket/services.csv, rij 2, veld status",),
    ),
    ("csv empty", lambda t: _csv(t, ""), "table", ("lijst.csv is leeg",)),
    ("csv only blank lines", lambda t: _csv(t, "\n\n"), "table", ("lijst.csv is leeg",)),
    (
        "csv ragged row",
        lambda t: _csv(t, "Naam;Telefoon\nKoffie;030-2714400\nTaal;1;2;3\n"),
        "table",
        ("lijst.csv, rij 3, veld kolom 3",),
    ),
    (
        "csv name empty",
        lambda t: _csv(t, "Naam;Telefoon\n;030-2714400\n"),
        "table",
        ("lijst.csv, rij 2, veld Naam",),
    ),
    (
        "csv address without city",
        lambda t: _csv(t, "Naam;Adres;Plaats\nKoffie;Kerkstraat 1;\n"),
        "table",
        ("lijst.csv, rij 2, veld Plaats",),
    ),
    (
        "csv city without address column",
        lambda t: _csv(t, "Naam;Plaats\nKoffie;Lindestad\n"),
        "table",
        ("lijst.csv, rij 2, veld Plaats", "geen adres"),
    ),
    (
        "csv bad postcode",
        lambda t: _csv(t, "Naam;Postcode\nKoffie;12345\n"),
        "table",
        ("lijst.csv, rij 2, veld Postcode",),
    ),
    (
        "csv bad email",
        lambda t: _csv(t, "Naam;E-mail\nKoffie;koffie-at-buurt\n"),
        "table",
        ("lijst.csv, rij 2, veld E-mail",),
    ),
    (
        "csv bad id",
        lambda t: _csv(t, "Naam;Id\nKoffie;nummer-1\n"),
        "table",
        ("lijst.csv, rij 2, veld Id",),
    ),
    (
        "csv name too long",
        lambda t: _csv(t, "Naam\n" + "x" * 600 + "\n"),
        "table",
        ("lijst.csv, rij 2, veld name",),
    ),
    (
        "csv utf16",
        lambda t: _csv(t, "Naam\nKoffie\n".encode("utf-16")),
        "table",
        ("lijst.csv", "UTF-16"),
    ),
    (
        "csv no name column",
        lambda t: _csv(t, "Telefoon\n030-2714400\n"),
        "table",
        ("lijst.csv", "naam"),
    ),
    (
        "csv header twice",
        lambda t: _csv(t, "Naam;naam\nA;B\n"),
        "table",
        ("lijst.csv, rij 1", "twee keer"),
    ),
    (
        "csv header empty cell",
        lambda t: _csv(t, "Naam;;Telefoon\nA;;1\n"),
        "table",
        ("lijst.csv, rij 1, kolom 2",),
    ),
    (
        "xlsx merged cells",
        lambda t: _xlsx(t, merged=True),
        "table",
        ("lijst.xlsx", "A2:A3", "samengevoegde"),
    ),
    (
        "xlsx several sheets",
        lambda t: _xlsx(t, sheets=2),
        "table",
        ("lijst.xlsx", "meerdere werkbladen", "Blad2"),
    ),
    (
        "xlsx damaged",
        lambda t: _csv(t, "geen excel", "lijst.xlsx"),
        "table",
        ("lijst.xlsx is geen leesbaar Excel-bestand",),
    ),
    ("old xls", lambda t: _csv(t, "oud", "lijst.xls"), "table", ("lijst.xls", ".xlsx")),
    ("table missing file", lambda t: t / "weg.csv", "table", ("weg.csv bestaat niet",)),
]


@pytest.mark.parametrize(
    ("make", "kind", "words"), [c[1:] for c in FILE_CASES], ids=[c[0] for c in FILE_CASES]
)
def test_bad_file_refused_with_clear_message(demo_store, tmp_path, make, kind, words):
    path = make(tmp_path)
    before = snapshot(demo_store)
    with pytest.raises(UserError) as info:
        if kind == "hsds":
            import_hsds(demo_store, actor=CLI_ACTOR, path=path)
        else:
            import_table(demo_store, actor=CLI_ACTOR, path=path)
    for word in words:
        assert word in str(info.value)
    assert snapshot(demo_store) == before


@pytest.mark.parametrize(
    ("mapping", "words"),
    [
        ({"Naam": "onzin"}, ("onzin", "bestaat niet")),
        ({"Bestaat niet": "naam"}, ("lijst.csv", "Bestaat niet")),
        ({"Naam": "naam", "Telefoon": "naam"}, ("Twee kolommen", "naam")),
    ],
)
def test_bad_mapping_refused(demo_store, tmp_path, mapping, words):
    path = _csv(tmp_path, "Naam;Telefoon\nKoffie;030-2714400\n")
    before = snapshot(demo_store)
    with pytest.raises(UserError) as info:
        import_table(demo_store, actor=CLI_ACTOR, path=path, mapping=mapping)
    for word in words:
        assert word in str(info.value)
    assert snapshot(demo_store) == before


def test_single_service_without_name_names_the_field(demo_store, tmp_path):
    service = base(0)
    service.pop("name")
    path = tmp_path / "een.json"
    path.write_text(json.dumps(service))
    before = snapshot(demo_store)
    with pytest.raises(UserError, match=r"een\.json, record 1, veld name"):
        import_hsds(demo_store, actor=CLI_ACTOR, path=path)
    assert snapshot(demo_store) == before

"""Flat spreadsheets: delimiters, encodings, XLSX, the guessed and corrected mapping."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from wijkinfo.db.models import Address, Attribute, Phone, Service
from wijkinfo.services.exchange.spreadsheet_import import (
    guess_mapping,
    import_table,
    load_mapping,
    preview_table,
)
from wijkinfo.services.people.auth import CLI_ACTOR
from wijkinfo.services.search.lookup import SearchService

HEADER = [
    "Naam",
    "Organisatie",
    "Omschrijving",
    "Telefoon",
    "Adres",
    "Postcode",
    "Plaats",
    "Website",
    "E-mail",
    "Thema",
    "Wijk",
    "Openingstijden",
]
ROW = [
    "Spreekuur geldzaken",
    "Buurtteam Oost",
    "Hulp bij brieven",
    "030-2714400",
    "Kerkstraat 1",
    "3511AB",
    "Lindestad",
    "www.voorbeeld.nl",
    "info@voorbeeld.nl",
    "Hulpvragen & initiatieven",
    "",
    "ma 9-12",
]


def write_csv(path, rows, delimiter=";", encoding="utf-8", bom=False):
    text = "\r\n".join(delimiter.join(r) for r in rows) + "\r\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("delimiter", "encoding", "bom"),
    [(";", "utf-8", False), (",", "utf-8", True), ("\t", "cp1252", False), (";", "cp1252", False)],
)
def test_csv_delimiters_and_encodings(demo_store, tmp_path, delimiter, encoding, bom):
    row = [*ROW]
    row[2] = "Hulp bij brieven, café"
    rows = [HEADER, [f'"{c}"' if delimiter in c else c for c in row]]
    path = write_csv(tmp_path / "lijst.csv", rows, delimiter, encoding, bom)
    result = import_table(demo_store, actor=CLI_ACTOR, path=path)
    assert (result.new, result.rejected_records) == (1, 0)
    hit = SearchService(demo_store).search("Spreekuur geldzaken")[0]
    with demo_store.sessions() as s:
        service = s.get(Service, hit.id)
        assert service.description == "Hulp bij brieven, café"
        assert service.url == "https://www.voorbeeld.nl"
        assert s.scalars(select(Address.postal_code)).all().count("3511 AB") == 1
        labels = s.scalars(
            select(Attribute.taxonomy_term_id).where(
                Attribute.link_id == hit.id, Attribute.label == "thema"
            )
        ).all()
        assert labels and labels[0] is not None  # linked to the demo's theme term


def test_reimport_updates(demo_store, tmp_path):
    path = write_csv(tmp_path / "lijst.csv", [HEADER, ROW])
    import_table(demo_store, actor=CLI_ACTOR, path=path)
    changed = [*ROW]
    changed[3] = "030-2714499"
    write_csv(path, [HEADER, changed])
    result = import_table(demo_store, actor=CLI_ACTOR, path=path)
    assert (result.new, result.changed) == (0, 1)
    with demo_store.sessions() as s:
        assert s.scalar(select(Phone.number).where(Phone.number == "030-2714499"))


def test_english_headers_are_guessed():
    mapping = guess_mapping(
        [
            "Name",
            "Organization",
            "Description",
            "Phone",
            "Address",
            "Postal code",
            "City",
            "URL",
            "Email",
            "Category",
            "Area",
            "Opening hours",
            "Notes",
        ]
    )
    assert mapping["Name"] == "naam" and mapping["Category"] == "thema"
    assert mapping["Postal code"] == "postcode" and mapping["Notes"] is None


def test_mapping_file_corrects_the_guess(demo_store, tmp_path):
    path = write_csv(
        tmp_path / "lijst.csv", [["Activiteit", "Bel"], ["Koffieochtend", "030-2714400"]]
    )
    (tmp_path / "map.json").write_text(json.dumps({"Activiteit": "naam", "Bel": "telefoon"}))
    result = import_table(
        demo_store, actor=CLI_ACTOR, path=path, mapping=load_mapping(tmp_path / "map.json")
    )
    assert result.new == 1
    assert SearchService(demo_store).search("Koffieochtend")[0].phones


def test_xlsx_with_sheet_choice(demo_store, tmp_path):
    book = Workbook()
    book.active.title = "Diensten"
    book.active.append(HEADER)
    book.active.append(ROW)
    other = book.create_sheet("Oud")
    other.append(HEADER)
    other.append(["Iets anders", *ROW[1:]])
    book.save(tmp_path / "lijst.xlsx")
    preview = preview_table(tmp_path / "lijst.xlsx", sheet="Diensten")
    assert preview.sheet_names == ("Diensten", "Oud") and preview.rows == 1
    result = import_table(
        demo_store, actor=CLI_ACTOR, path=tmp_path / "lijst.xlsx", sheet="Diensten"
    )
    assert result.new == 1
    assert SearchService(demo_store).search("Spreekuur geldzaken")


def test_unknown_theme_is_a_warning_naming_row_and_column(demo_store, tmp_path):
    path = write_csv(tmp_path / "lijst.csv", [["Naam", "Thema"], ["Breiclub", "Handwerk"]])
    result = import_table(demo_store, actor=CLI_ACTOR, path=path)
    assert result.new == 1
    assert str(result.warnings[0]).startswith("lijst.csv, rij 2, veld Thema: ‘Handwerk’")

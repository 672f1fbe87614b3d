"""Importing a flat spreadsheet (one row per service) with a column mapping.

The mapping is guessed from Dutch and English headers and can be corrected; each row becomes
a nested HSDS service with ids derived from the organisation and the name, so importing the
same sheet again updates instead of duplicating.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from wijkinfo.db.models import Taxonomy, TaxonomyTerm
from wijkinfo.db.models.taxonomy import AREA_TAXONOMY, THEME_TAXONOMY
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.csv_cells import unguard_cell
from wijkinfo.services.exchange.hsds_import import ImportResult, run_import
from wijkinfo.services.exchange.records import Item, Notice, Record, Rejection, Source
from wijkinfo.services.exchange.spreadsheet_read import Sheet, read_sheet
from wijkinfo.services.messages import Message
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.progress import Progress

_PARTNER = {"adres": "plaats", "plaats": "adres"}
# The nested lists of a service and the sheet columns that fill them.
_LISTS = {
    "phones": ("telefoon",),
    "schedules": ("openingstijden",),
    "languages": (),
    "required_documents": (),
    "service_at_locations": ("adres",),
    "attributes": ("thema", "wijk"),
}
_NS = uuid.UUID("b0a7c3de-2f4e-4c1b-8d0a-1e9f3c6a7b52")

#: field → (what a coordinator sees, headers that mean it; compared without case/spaces/signs)
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "id": ("Id (HSDS)", ("id", "uuid")),
    "naam": (
        "Naam van de dienst",
        ("naam", "name", "dienst", "naamdienst", "service", "servicename", "titel", "title"),
    ),
    "organisatie": (
        "Organisatie",
        ("organisatie", "organization", "organisation", "aanbieder", "provider", "instelling"),
    ),
    "omschrijving": (
        "Omschrijving",
        ("omschrijving", "beschrijving", "description", "toelichting"),
    ),
    "telefoon": (
        "Telefoon",
        ("telefoon", "telefoonnummer", "tel", "phone", "telephone", "phonenumber"),
    ),
    "adres": (
        "Adres (straat en huisnummer)",
        ("adres", "address", "straat", "street", "bezoekadres", "address1"),
    ),
    "postcode": ("Postcode", ("postcode", "postalcode", "zip", "zipcode", "postcode")),
    "plaats": ("Plaats", ("plaats", "woonplaats", "city", "town", "stad")),
    "website": ("Website", ("website", "url", "site", "internet", "web")),
    "email": ("E-mail", ("email", "mail", "emailadres", "e-mail")),
    "thema": (
        "Thema",
        ("thema", "themas", "categorie", "category", "categories", "theme", "rubriek"),
    ),
    "wijk": ("Wijk", ("wijk", "wijken", "buurt", "district", "area", "neighbourhood")),
    "openingstijden": (
        "Openingstijden",
        ("openingstijden", "openingstijd", "geopend", "openinghours", "hours", "opening"),
    ),
}


def _norm(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.lower())


def guess_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, str | None]:
    """Header → field (or None: not imported), guessed from common Dutch and English names."""
    mapping: dict[str, str | None] = {}
    taken: set[str] = set()
    for header in headers:
        key = _norm(header)
        found = next(
            (
                f
                for f, (_, names) in FIELDS.items()
                if f not in taken and key in {_norm(n) for n in names}
            ),
            None,
        )
        if found:
            taken.add(found)
        mapping[header] = found
    return mapping


def load_mapping(path: Path) -> dict[str, str | None]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise UserError(
            'De koppeling {file} is geen leesbaar JSON-bestand ({{"kolomkop": "veld"}}).',
            file=Path(path).name,
        ) from exc
    if not isinstance(data, dict):
        raise UserError(
            'De koppeling {file} moet een JSON-object zijn: {{"kolomkop": "veld"}}.',
            file=Path(path).name,
        )
    return {str(k): (None if v in (None, "") else str(v)) for k, v in data.items()}


def _check_mapping(sheet: Sheet, mapping: dict[str, str | None]) -> dict[str, str | None]:
    final = guess_mapping(sheet.headers)
    for header, fld in mapping.items():
        if header not in sheet.headers:
            raise UserError(
                "{file}: de koppeling noemt kolom ‘{header}’, maar die staat niet in rij 1.",
                file=sheet.file,
                header=header,
            )
        if fld is not None and fld not in FIELDS:
            raise UserError(
                "De koppeling zet kolom ‘{header}’ op ‘{field}’; dat veld bestaat "
                "niet. Kies uit: {fields}.",
                header=header,
                field=fld,
                fields=", ".join(FIELDS),
            )
        final[header] = fld
    used = [f for f in final.values() if f]
    double = next((f for f in used if used.count(f) > 1), None)
    if double:
        raise UserError(
            "Twee kolommen zijn gekoppeld aan ‘{field}’. Koppel elk veld aan één kolom.",
            field=double,
        )
    if "naam" not in used:
        raise UserError(
            "{file}: geen kolom is gekoppeld aan de naam van de dienst. Koppel "
            "een kolom aan ‘naam’.",
            file=sheet.file,
        )
    return final


@dataclass(frozen=True)
class TablePreview:
    file: str
    headers: tuple[str, ...]
    sample: tuple[tuple[str, ...], ...]
    mapping: dict[str, str | None]
    sheet_names: tuple[str, ...]
    rows: int
    encoding: str


def preview_table(path: Path, sheet: str | None = None) -> TablePreview:
    """The first rows and the guessed mapping, for the mapping step."""
    data = read_sheet(path, sheet)
    return TablePreview(
        data.file,
        data.headers,
        tuple(r for _, r in data.rows[:5]),
        guess_mapping(data.headers),
        data.sheet_names,
        len(data.rows),
        data.encoding,
    )


def _terms(store: Store) -> dict[str, dict[str, str]]:
    """label → lower-case name or code → term id, for thema and wijk columns."""
    out: dict[str, dict[str, str]] = {"thema": {}, "wijk": {}}
    with store.sessions() as session:
        rows = session.execute(
            select(Taxonomy.name, TaxonomyTerm.id, TaxonomyTerm.name, TaxonomyTerm.code)
            .join(Taxonomy, Taxonomy.id == TaxonomyTerm.taxonomy_id)
            .where(Taxonomy.name.in_((THEME_TAXONOMY, AREA_TAXONOMY)))
        )
        for taxonomy, term_id, name, code in rows:
            bucket = out["thema" if taxonomy == THEME_TAXONOMY else "wijk"]
            bucket[name.lower()] = term_id
            if code:
                bucket[code.lower()] = term_id
    return out


def _rows_to_services(
    sheet: Sheet, mapping: dict[str, str | None], terms: dict[str, dict[str, str]]
) -> Iterator[Item]:
    columns = {fld: sheet.headers.index(h) for h, fld in mapping.items() if fld}
    # A sheet without a column for a list says nothing about it (an empty cell does).
    unstated = frozenset(
        nested for nested, cols in _LISTS.items() if not any(c in columns for c in cols)
    )
    header_of = {fld: h for h, fld in mapping.items() if fld}
    width = len(sheet.headers)
    for number, cells in sheet.rows:
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            yield Rejection(
                sheet.file,
                number,
                Message("kolom {n}", n=width + 1),
                Message(
                    "deze rij heeft {cells} cellen, de kopregel {width}; controleer "
                    "scheidingstekens en aanhalingstekens",
                    cells=len(cells),
                    width=width,
                ),
                "rij",
            )
            continue
        values = {
            f: unguard_cell(cells[i].strip()) if i < len(cells) else "" for f, i in columns.items()
        }
        problem = _row_problem(values)
        if problem:
            fld, reason = problem
            # "plaats but no adres" may mean the sheet has no adres column: name the other one.
            column = header_of.get(fld) or header_of.get(_PARTNER.get(fld, ""), fld)
            yield Rejection(sheet.file, number, column, reason, "rij")
            continue
        service = _service(values, terms)
        for nested in _LISTS.keys() - unstated:
            service.setdefault(nested, [])
        for attr in service.get("attributes", []):
            if "taxonomy_term_id" not in attr:
                if attr["label"] == "thema":
                    note = Message(
                        "‘{value}’ staat niet in de lijst met thema's; het wordt als tekst bewaard",
                        value=attr["value"],
                    )
                else:
                    note = Message(
                        "‘{value}’ staat niet in de lijst met wijken; het wordt als tekst bewaard",
                        value=attr["value"],
                    )
                yield Notice(sheet.file, number, header_of[attr["label"]], note, "rij")
        yield Record("service", sheet.file, number, service, "rij", unstated=unstated)


def _row_problem(v: dict[str, str]) -> tuple[str, str] | None:
    if not v.get("naam"):
        return "naam", Message("de naam van de dienst is leeg")
    if v.get("adres") and not v.get("plaats"):
        return "plaats", Message("er staat een adres, maar geen plaats")
    if v.get("plaats") and not v.get("adres"):
        return "adres", Message("er staat een plaats, maar geen adres")
    postcode = v.get("postcode", "")
    if postcode and not re.fullmatch(r"\d{4}\s?[A-Za-z]{2}", postcode):
        return "postcode", Message("‘{value}’ is geen postcode zoals 1234 AB", value=postcode[:20])
    email = v.get("email", "")
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        return "email", Message("‘{value}’ is geen e-mailadres", value=email[:40])
    if v.get("id"):
        try:
            uuid.UUID(v["id"])
        except ValueError:
            return "id", Message("‘{value}’ is geen geldige UUID", value=v["id"][:40])
    return None


def _service(v: dict[str, str], terms: dict[str, dict[str, str]]) -> dict[str, Any]:
    org_name = v.get("organisatie", "")
    sid = v.get("id") or str(uuid.uuid5(_NS, f"service/{org_name.lower()}/{v['naam'].lower()}"))
    service: dict[str, Any] = {"id": sid, "name": v["naam"], "status": "active"}
    if v.get("omschrijving"):
        service["description"] = v["omschrijving"]
    if v.get("website"):
        url = v["website"]
        service["url"] = url if "://" in url else "https://" + url
    if v.get("email"):
        service["email"] = v["email"]
    if org_name:
        service["organization"] = {
            "id": str(uuid.uuid5(_NS, f"org/{org_name.lower()}")),
            "name": org_name,
        }
    if v.get("telefoon"):
        service["phones"] = [{"id": str(uuid.uuid5(_NS, f"{sid}/phone")), "number": v["telefoon"]}]
    if v.get("openingstijden"):
        service["schedules"] = [
            {"id": str(uuid.uuid5(_NS, f"{sid}/schedule")), "description": v["openingstijden"]}
        ]
    if v.get("adres"):
        loc_id = str(uuid.uuid5(_NS, f"{sid}/location"))
        postcode = v.get("postcode", "").upper().replace(" ", "")
        service["service_at_locations"] = [
            {
                "id": str(uuid.uuid5(_NS, f"{sid}/sal")),
                "location": {
                    "id": loc_id,
                    "location_type": "physical",
                    "name": org_name or v["naam"],
                    "addresses": [
                        {
                            "id": str(uuid.uuid5(_NS, f"{sid}/address")),
                            "address_1": v["adres"],
                            "city": v["plaats"],
                            "postal_code": f"{postcode[:4]} {postcode[4:]}" if postcode else None,
                            "country": "NL",
                            "address_type": "physical",
                        }
                    ],
                },
            }
        ]
    attributes = []
    for label in ("thema", "wijk"):
        for part in re.split(r"[;,/]", v.get(label, "")):
            name = part.strip()
            if not name:
                continue
            attr = {
                "id": str(uuid.uuid5(_NS, f"{sid}/{label}/{name.lower()}")),
                "label": label,
                "value": name,
            }
            term_id = terms[label].get(name.lower())
            if term_id:
                attr["taxonomy_term_id"] = term_id
            attributes.append(attr)
    if attributes:
        service["attributes"] = attributes
    return service


def import_table(
    store: Store,
    *,
    actor: Actor,
    path: Path,
    mapping: dict[str, str | None] | None = None,
    sheet: str | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    skip_duplicates: bool = False,
    replace_missing: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import a CSV or XLSX sheet, one service per row; ``mapping`` corrects the guess."""
    require(actor, "directory.import")
    data = read_sheet(Path(path), sheet)
    final = _check_mapping(data, mapping or {})
    total = len(data.rows)
    source = Source(
        data.file,
        _rows_to_services(data, final, _terms(store)),
        "rij",
        lambda done: (min(done, total), total),
    )
    return run_import(
        store,
        actor=actor,
        source=source,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        skip_duplicates=skip_duplicates,
        replace_missing=replace_missing,
        progress=progress,
    )

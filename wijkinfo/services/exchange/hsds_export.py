"""Writing the sociale kaart out as HSDS 3.1: nested JSON services or a tabular data package.

wijkinfo's Dutch additions travel as HSDS attributes: ``niet_doorverwijzen`` on a service and
``closed`` on a closure schedule (ids derived from the record, so exports are stable).
"""

from __future__ import annotations

import csv
import json
import math
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkinfo.db.models import (
    Accessibility,
    Address,
    Attribute,
    Language,
    Location,
    Organization,
    Phone,
    RequiredDocument,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.csv_cells import guard_cell
from wijkinfo.services.exchange.hsds_rows import CLOSED_LABEL, DO_NOT_REFER_LABEL
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.progress import Progress

_NS = uuid.UUID("6f1c3c1e-6a43-4d0e-9a55-5b0f8e1f2a10")

# HSDS tabular files and the columns wijkinfo fills (HSDS names, HSDS order).
#: A service's own fields, in this order in the JSON service and in services.csv.
SERVICE_FIELDS: tuple[str, ...] = (
    "id",
    "organization_id",
    "name",
    "alternate_name",
    "description",
    "url",
    "email",
    "status",
    "interpretation_services",
    "application_process",
    "fees_description",
    "wait_time",
    "eligibility_description",
    "minimum_age",
    "maximum_age",
    "assured_date",
    "assurer_email",
    "alert",
    "last_modified",
)

CSV_TABLES: dict[str, tuple[str, ...]] = {
    "organizations": (
        "id",
        "name",
        "alternate_name",
        "description",
        "email",
        "website",
        "logo",
        "parent_organization_id",
    ),
    "services": SERVICE_FIELDS,
    "locations": (
        "id",
        "location_type",
        "url",
        "organization_id",
        "name",
        "alternate_name",
        "description",
        "transportation",
        "latitude",
        "longitude",
    ),
    "addresses": (
        "id",
        "location_id",
        "attention",
        "address_1",
        "address_2",
        "city",
        "region",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ),
    "accessibility": ("id", "location_id", "description", "details", "url"),
    "service_at_location": ("id", "service_id", "location_id", "description"),
    "phones": ("id", "service_id", "number", "extension", "type", "description"),
    "schedules": (
        "id",
        "service_id",
        "valid_from",
        "valid_to",
        "dtstart",
        "until",
        "freq",
        "interval",
        "byday",
        "bymonthday",
        "description",
        "opens_at",
        "closes_at",
        "notes",
    ),
    "languages": ("id", "service_id", "name", "code", "note"),
    "required_documents": ("id", "service_id", "document", "uri"),
    "taxonomies": ("id", "name", "description", "uri", "version"),
    "taxonomy_terms": (
        "id",
        "code",
        "name",
        "description",
        "parent_id",
        "taxonomy",
        "language",
        "taxonomy_id",
        "term_uri",
    ),
    "attributes": (
        "id",
        "link_id",
        "taxonomy_term_id",
        "link_type",
        "link_entity",
        "value",
        "label",
    ),
}


@dataclass(frozen=True)
class ExportResult:
    services: int
    folder: Path
    files: tuple[str, ...]


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(_NS, "/".join(parts)))


def _plain(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None  # Infinity or NaN (an older import) is no JSON: leave the value out
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _fields(obj: Any, names: tuple[str, ...], required: tuple[str, ...] = ()) -> dict[str, Any]:
    """HSDS leaves unknown values out (its fields are not nullable); required ones become ''."""
    out: dict[str, Any] = {}
    for name in names:
        value = _plain(getattr(obj, name))
        if value is None and name in required:
            value = ""
        if value is not None:
            out[name] = value
    return out


class _Directory:
    """Everything loaded once, grouped by owner, so a nested export costs a few queries."""

    def __init__(self, session: Session) -> None:
        def group(model: type[Any], key: str) -> defaultdict[str, list[Any]]:
            out: defaultdict[str, list[Any]] = defaultdict(list)
            row: Any
            for row in session.scalars(select(model)):
                out[getattr(row, key)].append(row)
            return out

        self.services = list(session.scalars(select(Service).order_by(Service.name, Service.id)))
        self.orgs = {o.id: o for o in session.scalars(select(Organization))}
        self.locations = {loc.id: loc for loc in session.scalars(select(Location))}
        self.taxonomies = {t.id: t for t in session.scalars(select(Taxonomy))}
        self.terms = {t.id: t for t in session.scalars(select(TaxonomyTerm))}
        self.phones = group(Phone, "service_id")
        self.schedules = group(Schedule, "service_id")
        self.languages = group(Language, "service_id")
        self.documents = group(RequiredDocument, "service_id")
        self.sals = group(ServiceAtLocation, "service_id")
        self.addresses = group(Address, "location_id")
        self.accessibility = group(Accessibility, "location_id")
        self.attributes = defaultdict(list)
        for a in session.scalars(select(Attribute).where(Attribute.link_entity == "service")):
            self.attributes[a.link_id].append(a)


def _term_json(d: _Directory, term: TaxonomyTerm) -> dict[str, Any]:
    out = _fields(
        term,
        ("id", "code", "name", "description", "parent_id", "language", "taxonomy_id", "term_uri"),
        required=("description",),
    )
    tax = d.taxonomies.get(term.taxonomy_id or "")
    if tax:
        out["taxonomy"] = tax.name
        out["taxonomy_detail"] = _fields(
            tax, ("id", "name", "description", "uri", "version"), required=("description",)
        )
    return out


def _location_json(d: _Directory, loc: Location) -> dict[str, Any]:
    out = _fields(
        loc,
        (
            "id",
            "location_type",
            "url",
            "organization_id",
            "name",
            "alternate_name",
            "description",
            "transportation",
            "latitude",
            "longitude",
        ),
    )
    out["addresses"] = [
        _fields(
            a,
            (
                "id",
                "location_id",
                "attention",
                "address_1",
                "address_2",
                "city",
                "region",
                "state_province",
                "postal_code",
                "country",
                "address_type",
            ),
            required=("state_province", "postal_code", "country", "address_type"),
        )
        for a in d.addresses.get(loc.id, [])
    ]
    out["accessibility"] = [
        _fields(a, ("id", "location_id", "description", "details", "url"))
        for a in d.accessibility.get(loc.id, [])
    ]
    return out


def service_json(d: _Directory, s: Service) -> dict[str, Any]:
    out = _fields(s, SERVICE_FIELDS)
    org = d.orgs.get(s.organization_id or "")
    if org:
        out["organization"] = _fields(
            org,
            ("id", "name", "alternate_name", "description", "email", "website", "logo"),
            required=("description",),
        )
    out["phones"] = [
        _fields(p, ("id", "service_id", "number", "extension", "type", "description"))
        for p in d.phones.get(s.id, [])
    ]
    schedules = []
    for sch in d.schedules.get(s.id, []):
        item = _fields(
            sch,
            (
                "id",
                "service_id",
                "valid_from",
                "valid_to",
                "dtstart",
                "until",
                "freq",
                "interval",
                "byday",
                "bymonthday",
                "opens_at",
                "closes_at",
                "description",
                "notes",
            ),
        )
        if sch.is_closed:
            item["attributes"] = [
                {
                    "id": derived_id(sch.id, CLOSED_LABEL),
                    "link_id": sch.id,
                    "link_entity": "schedule",
                    "label": CLOSED_LABEL,
                    "value": "true",
                }
            ]
        schedules.append(item)
    out["schedules"] = schedules
    out["languages"] = [
        _fields(lang, ("id", "service_id", "name", "code", "note"))
        for lang in d.languages.get(s.id, [])
    ]
    out["required_documents"] = [
        _fields(doc, ("id", "service_id", "document", "uri")) for doc in d.documents.get(s.id, [])
    ]
    sals = []
    for sal in d.sals.get(s.id, []):
        item = _fields(sal, ("id", "service_id", "location_id", "description"))
        loc = d.locations.get(sal.location_id)
        if loc:
            item["location"] = _location_json(d, loc)
        sals.append(item)
    out["service_at_locations"] = sals
    attributes = []
    for a in d.attributes.get(s.id, []):
        item = _fields(
            a, ("id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "label", "value")
        )
        term = d.terms.get(a.taxonomy_term_id or "")
        if term:
            item["taxonomy_term"] = _term_json(d, term)
        attributes.append(item)
    if s.do_not_refer:
        dnr = {
            "id": derived_id(s.id, DO_NOT_REFER_LABEL),
            "link_id": s.id,
            "link_entity": "service",
            "label": DO_NOT_REFER_LABEL,
        }
        if s.do_not_refer_reason:
            dnr["value"] = s.do_not_refer_reason
        attributes.append(dnr)
    out["attributes"] = attributes
    return out


def escape_cell(value: Any) -> str:
    """A CSV cell a spreadsheet will show as text, never run as a formula."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return guard_cell(_plain(value))


def _tabular_rows(d: _Directory) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = defaultdict(list)
    used_locations: set[str] = set()
    for s in d.services:
        nested = service_json(d, s)
        tables["services"].append(nested)
        tables["phones"] += nested["phones"]
        tables["languages"] += nested["languages"]
        tables["required_documents"] += nested["required_documents"]
        for sch in nested["schedules"]:
            tables["schedules"].append(sch)
            tables["attributes"] += sch.get("attributes", [])
        for sal in nested["service_at_locations"]:
            tables["service_at_location"].append(sal)
            used_locations.add(sal["location_id"])
        tables["attributes"] += nested["attributes"]
    for org in d.orgs.values():
        tables["organizations"].append(_fields(org, CSV_TABLES["organizations"]))
    for loc_id in sorted(used_locations | set(d.locations)):
        loc = d.locations[loc_id]
        nested = _location_json(d, loc)
        tables["locations"].append(nested)
        tables["addresses"] += nested["addresses"]
        tables["accessibility"] += nested["accessibility"]
    for tax in d.taxonomies.values():
        tables["taxonomies"].append(_fields(tax, CSV_TABLES["taxonomies"]))
    for term in d.terms.values():
        tables["taxonomy_terms"].append(_term_json(d, term))
    return tables


def _write_package(d: _Directory, folder: Path) -> list[str]:
    tables = _tabular_rows(d)
    resources = []
    files = []
    for name, cols in CSV_TABLES.items():
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(cols)
            for row in tables.get(name, []):
                writer.writerow([escape_cell(row.get(c)) for c in cols])
        files.append(path.name)
        resources.append(
            {
                "name": name,
                "path": path.name,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "profile": "tabular-data-resource",
                "schema": {
                    "fields": [{"name": c, "type": "string"} for c in cols],
                    "primaryKey": "id",
                },
            }
        )
    package = {
        "name": "wijkinfo-sociale-kaart",
        "profile": "tabular-data-package",
        "title": "Sociale kaart (HSDS 3.1)",
        "resources": resources,
    }
    (folder / "datapackage.json").write_text(json.dumps(package, indent=2), encoding="utf-8")
    return ["datapackage.json", *files]


def export_hsds(
    store: Store,
    *,
    actor: Actor,
    folder: Path,
    fmt: str = "json",
    progress: Progress | None = None,
) -> ExportResult:
    """Write every service to ``folder`` as HSDS 3.1 (``json`` or ``csv``)."""
    require(actor, "directory.export")
    folder = Path(folder)
    if fmt not in ("json", "csv"):
        raise UserError("Onbekend formaat ‘{fmt}’; kies json of csv.", fmt=fmt)
    if folder.exists() and not folder.is_dir():
        raise UserError("{folder} is een bestand, geen map. Kies een map.", folder=folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            "De map {folder} kan niet worden gemaakt: {reason}", folder=folder, reason=exc.strerror
        ) from exc
    with store.sessions() as session:
        d = _Directory(session)
        if progress:
            progress.step(1, 3)
        if fmt == "json":
            services = []
            for i, s in enumerate(d.services):
                services.append(service_json(d, s))
                if progress and i % 200 == 0:
                    progress.step(1, 3)
            (folder / "services.json").write_text(
                json.dumps(services, ensure_ascii=False, indent=1), encoding="utf-8"
            )
            bundle = {
                "taxonomies": [
                    _fields(t, CSV_TABLES["taxonomies"], ("description",))
                    for t in d.taxonomies.values()
                ],
                "taxonomy_terms": [_term_json(d, t) for t in d.terms.values()],
            }
            (folder / "taxonomies.json").write_text(
                json.dumps(bundle, ensure_ascii=False, indent=1), encoding="utf-8"
            )
            files = ["services.json", "taxonomies.json"]
        else:
            files = _write_package(d, folder)
        if progress:
            progress.step(3, 3)
    return ExportResult(services=len(d.services), folder=folder, files=tuple(files))

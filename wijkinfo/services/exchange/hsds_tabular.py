"""Reading an HSDS 3 tabular data package (a folder or zip with datapackage.json and CSVs).

Files are found through ``datapackage.json`` (official resource names, or the plural names
older wijkinfo exports used) and columns by header name, in any order. The CSV rows are put
together into nested services, which then go through the same checks as HSDS JSON; each
nested part remembers the file and row it came from, so a problem is reported where the bad
value is. What wijkinfo does not keep — a table, a column, rows that belong to no service —
is reported once per file or column (a warning), never once per row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.hsds_csv_table import CsvTable, Row
from wijkinfo.services.exchange.hsds_own_taxonomy import OWN_TAXONOMY_ID
from wijkinfo.services.exchange.hsds_tabular_unread import unread_notices
from wijkinfo.services.exchange.package_files import Package
from wijkinfo.services.exchange.records import Item, Record, Rejection, Source
from wijkinfo.services.messages import Message

# Child tables of a service: the nested list they fill and the column naming the service.
CHILDREN = {
    "phone": ("phones", "service_id"),
    "schedule": ("schedules", "service_id"),
    "language": ("languages", "service_id"),
    "required_document": ("required_documents", "service_id"),
    "service_at_location": ("service_at_locations", "service_id"),
}
#: The official resources wijkinfo reads.
READ = (
    "organization",
    "service",
    "attribute",
    "service_at_location",
    "location",
    "phone",
    "address",
    "schedule",
    "required_document",
    "language",
    "accessibility",
    "taxonomy_term",
    "taxonomy",
)


def read_package(path: Path) -> Source:
    """Records of a tabular package: warnings about what is not read, taxonomies, terms, then
    nested services."""
    pkg = Package(Path(path))
    paths = pkg.paths()
    services = CsvTable(pkg, paths["service"])
    if not services.present:
        raise UserError(
            "In {file} staat geen services.csv; daar staan de diensten in.", file=pkg.name
        )
    tables = {name: CsvTable(pkg, paths[name]) for name in READ if name != "service"}
    tables["service"] = services
    others = {name: file for name, file in paths.items() if name not in READ}
    return Source(services.file, _items(pkg, tables, others), "rij")


def _items(pkg: Package, tables: dict[str, CsvTable], others: dict[str, str]) -> Iterator[Item]:
    services = tables["service"]
    service_ids = {s.get("id") for _, s in services.rows}
    yield from unread_notices(pkg, tables, others, service_ids)
    by: dict[tuple[str, Any], list[Row]] = defaultdict(list)
    unstated = frozenset(
        nested for table, (nested, key) in CHILDREN.items() if not tables[table].has(key)
    ) | (frozenset() if tables["attribute"].has("link_id") else frozenset({"attributes"}))
    for table, (_, key) in CHILDREN.items():
        for row, item in tables[table].rows:
            owner = item.get(key)
            if owner and owner not in service_ids:
                yield Rejection(
                    tables[table].file,
                    row,
                    key,
                    Message(
                        "verwijst naar dienst ‘{id}’, maar die staat niet in {file}",
                        id=owner,
                        file=services.name,
                    ),
                    "rij",
                )
            elif owner:
                by[(table, owner)].append((row, _clean(item, key)))
    orgs = {o["id"]: (r, _clean(o)) for r, o in tables["organization"].rows if o.get("id")}
    locations = {loc["id"]: (r, _clean(loc)) for r, loc in tables["location"].rows if loc.get("id")}
    parts: dict[tuple[str, str], list[int]] = defaultdict(list)
    for table, nested in (("address", "addresses"), ("accessibility", "accessibility")):
        for r, item in tables[table].rows:
            found = locations.get(item.get("location_id") or "")
            if found is not None:
                found[1].setdefault(nested, []).append(_clean(item))
                parts[(found[1]["id"], nested)].append(r)
    schedules = {s["id"]: s for sid in service_ids for _, s in by[("schedule", sid)]}
    schedule_attrs: dict[str, list[int]] = defaultdict(list)
    for r, attr in tables["attribute"].rows:
        entity, link = attr.get("link_entity"), attr.get("link_id")
        if entity == "schedule" and link in schedules:
            schedules[link].setdefault("attributes", []).append(_clean(attr))
            schedule_attrs[str(link)].append(r)
        elif entity == "service" and link in service_ids:
            by[("attribute", link)].append((r, _clean(attr, "link_id", "link_entity")))
    for number, tax in tables["taxonomy"].rows:
        if tax.get("id") != OWN_TAXONOMY_ID:  # wijkinfo's own labels, stored without terms
            yield Record("taxonomy", tables["taxonomy"].file, number, _clean(tax), "rij")
    terms = tables["taxonomy_term"]
    for number, term in terms.rows:
        if term.get("taxonomy_id") != OWN_TAXONOMY_ID:
            yield Record("taxonomy_term", terms.file, number, _clean(term, "taxonomy"), "rij")
    for number, cells in services.rows:
        yield _service(number, cells, tables, by, orgs, locations, parts, schedule_attrs, unstated)


def _service(
    number: int,
    cells: dict[str, Any],
    tables: dict[str, CsvTable],
    by: dict[tuple[str, Any], list[Row]],
    orgs: dict[str, tuple[int, dict[str, Any]]],
    locations: dict[str, tuple[int, dict[str, Any]]],
    parts: dict[tuple[str, str], list[int]],
    schedule_attrs: dict[str, list[int]],
    unstated: frozenset[str],
) -> Record:
    service = _clean(cells)
    sid = service.get("id")
    origins: dict[str, tuple[str, int]] = {}
    org = orgs.get(str(service.get("organization_id")))
    if org is not None:
        service["organization"] = org[1]
        origins["organization"] = (tables["organization"].file, org[0])
    for table, nested in (
        ("phone", "phones"),
        ("schedule", "schedules"),
        ("language", "languages"),
        ("required_document", "required_documents"),
        ("attribute", "attributes"),
    ):
        service[nested] = []
        for i, (r, item) in enumerate(by[(table, sid)], 1):
            service[nested].append(item)
            origins[f"{nested}[{i}]"] = (tables[table].file, r)
    for i, sched in enumerate(service["schedules"], 1):
        for j, r in enumerate(schedule_attrs.get(sched.get("id", ""), ()), 1):
            origins[f"schedules[{i}].attributes[{j}]"] = (tables["attribute"].file, r)
    sals = []
    for i, (r, sal) in enumerate(by[("service_at_location", sid)], 1):
        path = f"service_at_locations[{i}]"
        origins[path] = (tables["service_at_location"].file, r)
        found = locations.get(sal.get("location_id") or "")
        if found is not None:
            sal = {**sal, "location": found[1]}
            origins[path + ".location"] = (tables["location"].file, found[0])
            for table, nested in (("address", "addresses"), ("accessibility", "accessibility")):
                for j, pr in enumerate(parts[(found[1]["id"], nested)], 1):
                    origins[f"{path}.location.{nested}[{j}]"] = (tables[table].file, pr)
        sals.append(sal)
    service["service_at_locations"] = sals
    return Record("service", tables["service"].file, number, service, "rij", origins, unstated)


def _clean(item: dict[str, Any], *drop: str) -> dict[str, Any]:
    return {k: v for k, v in item.items() if v is not None and k not in drop}

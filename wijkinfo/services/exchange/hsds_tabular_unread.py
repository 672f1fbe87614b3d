"""What a tabular package holds that wijkinfo does not keep, said once per table or column.

A package from another tool may fill HSDS tables and columns wijkinfo has no place for
(contacts, programs, a phone of a location, ``fees``, ``timezone`` …). The coordinator sees
one warning per such table or column, with the first row that has a value and how many rows
do, instead of a warning for every row — and the import goes on with what wijkinfo keeps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.hsds_csv_table import CsvTable
from wijkinfo.services.exchange.hsds_nested import (
    ADDRESS_FIELDS,
    LOCATION_FIELDS,
    SCHEDULE_FIELDS,
    SERVICE_FIELDS,
    TAXONOMY_FIELDS,
)
from wijkinfo.services.exchange.package_files import Package
from wijkinfo.services.exchange.records import Notice
from wijkinfo.services.messages import Message

#: The columns wijkinfo reads, per official resource.
COLUMNS: dict[str, frozenset[str]] = {
    name: frozenset(cols)
    for name, cols in {
        "organization": (
            "id",
            "name",
            "alternate_name",
            "description",
            "email",
            "website",
            "logo",
        ),
        "service": SERVICE_FIELDS,
        "attribute": (
            "id",
            "link_id",
            "taxonomy_term_id",
            "link_type",
            "link_entity",
            "value",
            "label",
        ),
        "service_at_location": ("id", "service_id", "location_id", "description"),
        "location": LOCATION_FIELDS,
        "phone": ("id", "service_id", "number", "extension", "type", "description"),
        "address": ADDRESS_FIELDS,
        "schedule": SCHEDULE_FIELDS,
        "required_document": ("id", "service_id", "document", "uri"),
        "language": ("id", "service_id", "name", "code", "note"),
        "accessibility": ("id", "location_id", "description", "details", "url"),
        # ``taxonomy`` repeats the name of the term's taxonomy_id: written, never needed
        "taxonomy_term": (
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
        "taxonomy": TAXONOMY_FIELDS,
    }.items()
}
_OWNED = ("phone", "schedule", "language", "required_document", "service_at_location")


def _rows_with(table: CsvTable, test: Any) -> list[int]:
    return [r for r, item in table.rows if test(item)]


def unread_notices(
    pkg: Package,
    tables: Mapping[str, CsvTable],
    others: Mapping[str, str],
    service_ids: set[Any],
) -> Iterator[Notice]:
    """One warning per table, column or kind of row of the package that is not read."""
    for name, table in tables.items():
        for column in table.header or ():
            if column in COLUMNS[name]:
                continue
            rows = _rows_with(table, lambda item, c=column: item.get(c) is not None)
            if rows:
                yield Notice(
                    table.file,
                    rows[0],
                    column,
                    Message(
                        "wijkinfo leest deze kolom niet; overgeslagen in {count} rij(en)",
                        count=len(rows),
                    ),
                    "rij",
                )
    for name in _OWNED:
        table = tables[name]
        if table.has("service_id"):
            rows = _rows_with(table, lambda item: not item.get("service_id"))
            if rows:
                yield Notice(
                    table.file,
                    rows[0],
                    "service_id",
                    Message(
                        "is leeg in {count} rij(en); wijkinfo leest alleen wat bij een dienst "
                        "hoort, die rijen zijn overgeslagen",
                        count=len(rows),
                    ),
                    "rij",
                )
    yield from _unlinked(tables, service_ids)
    for file in others.values():
        yield from _other_table(pkg, file)


def _unlinked(tables: Mapping[str, CsvTable], service_ids: set[Any]) -> Iterator[Notice]:
    """Organisations, locations and attributes that no service of the package reaches."""
    services = tables["service"]
    used_orgs = {s.get("organization_id") for _, s in services.rows}
    sal = tables["service_at_location"]
    used_locations = {
        i.get("location_id") for _, i in sal.rows if i.get("service_id") in service_ids
    }
    for name, used in (("organization", used_orgs), ("location", used_locations)):
        table = tables[name]
        rows = _rows_with(table, lambda item, u=used: item.get("id") and item["id"] not in u)
        if rows:
            yield Notice(
                table.file,
                rows[0],
                "id",
                Message(
                    "{count} rij(en) horen bij geen enkele dienst; wijkinfo leest ze niet",
                    count=len(rows),
                ),
                "rij",
            )
    schedules = {
        i.get("id") for _, i in tables["schedule"].rows if i.get("service_id") in service_ids
    }
    links = {"service": service_ids, "schedule": schedules}
    attributes = tables["attribute"]
    skipped: Counter[str] = Counter()
    first: dict[str, int] = {}
    for r, item in attributes.rows:
        entity = str(item.get("link_entity") or "")
        if item.get("link_id") not in links.get(entity, ()):
            skipped[entity] += 1
            first.setdefault(entity, r)
    for entity, count in skipped.items():
        yield Notice(
            attributes.file,
            first[entity],
            "link_entity",
            Message(
                "kenmerken van ‘{entity}’ die niet bij een dienst of openingstijd in het pakket "
                "horen, leest wijkinfo niet; overgeslagen: {count}",
                entity=entity,
                count=count,
            ),
            "rij",
        )


def _other_table(pkg: Package, file: str) -> Iterator[Notice]:
    try:
        table = CsvTable(pkg, file)
    except UserError:
        table = None
    if table is None or table.rows:
        yield Notice(
            f"{pkg.name}/{file}",
            table.rows[0][0] if table else 2,
            "id",
            Message(
                "wijkinfo leest de tabel {file} niet; overgeslagen: {count} rij(en)",
                file=file,
                count=len(table.rows) if table else "?",
            ),
            "rij",
        )

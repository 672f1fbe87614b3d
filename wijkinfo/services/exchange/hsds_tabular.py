"""Reading an HSDS 3 tabular data package (a folder or zip with datapackage.json and CSVs).

The CSV rows are put together into nested services, which then go through the same checks
as HSDS JSON. Row numbers count rows as a spreadsheet shows them (the header is row 1; a
cell with line breaks is still one row), and each nested part remembers the file and row it
came from, so a problem is reported where the bad value is.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.csv_cells import unguard_cell
from wijkinfo.services.exchange.package_files import Package
from wijkinfo.services.exchange.records import Item, Record, Rejection, Source
from wijkinfo.services.messages import Message

_INTS = {"minimum_age", "maximum_age", "extension", "interval"}
_FLOATS = {"latitude", "longitude"}
# The csv module's own limit for one cell; the checks allow 20,000 characters of text anyway.
MAX_CELL = csv.field_size_limit()
# Child files of a service: the nested list they fill and the column naming the service.
CHILDREN = {
    "phones": ("phones", "service_id"),
    "schedules": ("schedules", "service_id"),
    "languages": ("languages", "service_id"),
    "required_documents": ("required_documents", "service_id"),
    "service_at_location": ("service_at_locations", "service_id"),
}

Row = tuple[int, dict[str, Any]]


def _value(key: str, text: str) -> Any:
    text = unguard_cell(text)
    if text == "":
        return None
    try:
        if key in _INTS:
            return int(text)
        if key in _FLOATS:
            return float(text)
    except ValueError:
        return text  # the checks name it as not a number
    return text


class _Table:
    """One CSV file of the package: its header (None when absent) and its rows."""

    def __init__(self, pkg: Package, file: str) -> None:
        self.file = f"{pkg.name}/{file}"
        self.header: list[str] | None = None
        self.rows: list[Row] = []
        raw = pkg.read(file)
        if raw is not None:
            self._parse(raw)

    def has(self, column: str) -> bool:
        return self.header is not None and column in self.header

    def _parse(self, raw: bytes) -> None:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise UserError(
                "{file}, rij {row}: dit is geen UTF-8-tekst. Sla het bestand op als CSV UTF-8.",
                file=self.file,
                row=line,
            ) from exc
        reader = csv.reader(io.StringIO(text, newline=""))
        row = 0
        try:
            header = next(reader, None)
            if not header:
                return
            self.header = header = [h.strip() for h in header]
            for row, cells in enumerate(reader, 2):
                if not any(c.strip() for c in cells):
                    continue
                if len(cells) != len(header):
                    raise UserError(
                        "{file}, rij {row}: {got} cellen, maar de kopregel heeft {want} "
                        "kolommen. Controleer scheidingstekens en aanhalingstekens.",
                        file=self.file,
                        row=row,
                        got=len(cells),
                        want=len(header),
                    )
                item = {k: _value(k, v) for k, v in zip(header, cells, strict=True)}
                self.rows.append((row, item))
        except csv.Error as exc:
            raise UserError(
                "{file}, rij {row}: deze CSV is niet te lezen ({reason}). Controleer de "
                "aanhalingstekens; een cel mag hoogstens {limit} tekens hebben.",
                file=self.file,
                row=row + 1,
                reason=str(exc),
                limit=f"{MAX_CELL:,}".replace(",", "."),
            ) from exc


def read_package(path: Path) -> Source:
    """Records of a tabular package: taxonomies, terms, then nested services."""
    pkg = Package(Path(path))
    paths = pkg.paths()
    services = _Table(pkg, paths["services"])
    if services.header is None and pkg.read(paths["services"]) is None:
        raise UserError(
            "In {file} staat geen services.csv; daar staan de diensten in.", file=pkg.name
        )
    tables = {name: _Table(pkg, file) for name, file in paths.items() if name != "services"}
    return Source(services.file, _items(services, tables), "rij")


def _items(services: _Table, tables: dict[str, _Table]) -> Iterator[Item]:
    service_ids = {s.get("id") for _, s in services.rows}
    by: dict[tuple[str, Any], list[Row]] = defaultdict(list)
    unstated = frozenset(
        nested for table, (nested, key) in CHILDREN.items() if not tables[table].has(key)
    ) | (frozenset() if tables["attributes"].has("link_id") else frozenset({"attributes"}))
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
                        file=services.file.rsplit("/", 1)[-1],
                    ),
                    "rij",
                )
            elif owner:
                by[(table, owner)].append((row, _clean(item, key)))
    orgs = {o["id"]: (r, _clean(o)) for r, o in tables["organizations"].rows if o.get("id")}
    locations = {
        loc["id"]: (r, _clean(loc)) for r, loc in tables["locations"].rows if loc.get("id")
    }
    parts: dict[tuple[str, str], list[int]] = defaultdict(list)
    for table in ("addresses", "accessibility"):
        for r, item in tables[table].rows:
            found = locations.get(item.get("location_id") or "")
            if found is not None:
                found[1].setdefault(table, []).append(_clean(item))
                parts[(found[1]["id"], table)].append(r)
    schedules = {s["id"]: s for sid in service_ids for _, s in by[("schedules", sid)]}
    schedule_attrs: dict[str, list[int]] = defaultdict(list)
    for r, attr in tables["attributes"].rows:
        entity, link = attr.get("link_entity"), attr.get("link_id")
        if entity == "schedule" and link in schedules:
            schedules[link].setdefault("attributes", []).append(_clean(attr))
            schedule_attrs[str(link)].append(r)
        elif entity == "service" and link in service_ids:
            by[("attributes", link)].append((r, _clean(attr, "link_id", "link_entity")))
    for number, tax in tables["taxonomies"].rows:
        yield Record("taxonomy", tables["taxonomies"].file, number, _clean(tax), "rij")
    terms = tables["taxonomy_terms"]
    for number, term in terms.rows:
        yield Record("taxonomy_term", terms.file, number, _clean(term, "taxonomy"), "rij")
    for number, cells in services.rows:
        service = _clean(cells, "last_modified")
        sid = service.get("id")
        origins: dict[str, tuple[str, int]] = {}
        org = orgs.get(service.get("organization_id"))
        if org is not None:
            service["organization"] = org[1]
            origins["organization"] = (tables["organizations"].file, org[0])
        for table, nested in (
            ("phones", "phones"),
            ("schedules", "schedules"),
            ("languages", "languages"),
            ("required_documents", "required_documents"),
            ("attributes", "attributes"),
        ):
            service[nested] = []
            for i, (r, item) in enumerate(by[(table, sid)], 1):
                service[nested].append(item)
                origins[f"{nested}[{i}]"] = (tables[table].file, r)
        for i, sched in enumerate(service["schedules"], 1):
            for j, r in enumerate(schedule_attrs.get(sched.get("id", ""), ()), 1):
                origins[f"schedules[{i}].attributes[{j}]"] = (tables["attributes"].file, r)
        sals = []
        for i, (r, sal) in enumerate(by[("service_at_location", sid)], 1):
            path = f"service_at_locations[{i}]"
            origins[path] = (tables["service_at_location"].file, r)
            found = locations.get(sal.get("location_id") or "")
            if found is not None:
                sal = {**sal, "location": found[1]}
                origins[path + ".location"] = (tables["locations"].file, found[0])
                for table in ("addresses", "accessibility"):
                    for j, pr in enumerate(parts[(found[1]["id"], table)], 1):
                        origins[f"{path}.location.{table}[{j}]"] = (tables[table].file, pr)
            sals.append(sal)
        service["service_at_locations"] = sals
        yield Record("service", services.file, number, service, "rij", origins, unstated)


def _clean(item: dict[str, Any], *drop: str) -> dict[str, Any]:
    return {k: v for k, v in item.items() if v is not None and k not in drop}

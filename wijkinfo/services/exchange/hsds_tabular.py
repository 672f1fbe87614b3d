"""Reading an HSDS 3 tabular data package (a folder or zip with datapackage.json and CSVs).

The CSV rows are put together into nested services, which then go through the same checks
as HSDS JSON. Row numbers are the spreadsheet's (the header is row 1).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.hsds_export import FORMULA_START
from wijkinfo.services.messages import Message

_INTS = {"minimum_age", "maximum_age", "extension", "interval"}
_FLOATS = {"latitude", "longitude"}
_FILES = (
    "services",
    "organizations",
    "locations",
    "addresses",
    "accessibility",
    "service_at_location",
    "phones",
    "schedules",
    "languages",
    "required_documents",
    "taxonomies",
    "taxonomy_terms",
    "attributes",
)


class _Package:
    def __init__(self, path: Path) -> None:
        self.name = path.name
        self.zip: zipfile.ZipFile | None = None
        self.prefix = ""
        if path.is_dir():
            self.root: Path | None = path
            if not (path / "datapackage.json").is_file():
                raise UserError(
                    "In de map {folder} staat geen datapackage.json. Kies de map van een HSDS "
                    "tabular data package, of een JSON-bestand.",
                    folder=path.name,
                )
        else:
            self.root = None
            try:
                self.zip = zipfile.ZipFile(path)
            except (OSError, zipfile.BadZipFile) as exc:
                raise UserError("{file} is geen leesbaar zip-bestand.", file=path.name) from exc
            names = [n for n in self.zip.namelist() if n.endswith("datapackage.json")]
            if not names:
                raise UserError(
                    "In {file} staat geen datapackage.json. Kies een HSDS tabular data package.",
                    file=path.name,
                )
            self.prefix = min(names, key=len)[: -len("datapackage.json")]

    def read(self, name: str) -> bytes | None:
        if self.root is not None:
            target = self.root / name
            return target.read_bytes() if target.is_file() else None
        assert self.zip is not None
        try:
            return self.zip.read(self.prefix + name)
        except KeyError:
            return None

    def paths(self) -> dict[str, str]:
        """Resource name → file; the standard HSDS names when the package lists none."""
        paths = {name: f"{name}.csv" for name in _FILES}
        try:
            meta = json.loads(self.read("datapackage.json") or b"{}")
        except (ValueError, UnicodeDecodeError):
            meta = {}  # e.g. a link left as text; the file names are standard anyway
        for res in meta.get("resources") or [] if isinstance(meta, dict) else []:
            if isinstance(res, dict) and res.get("name") in paths and res.get("path"):
                paths[res["name"]] = str(res["path"])
        return paths


def unescape(text: str) -> str:
    """Undo the apostrophe wijkinfo puts before formula-like cells when it exports."""
    if len(text) > 1 and text[0] == "'" and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text


def _value(key: str, text: str) -> Any:
    text = unescape(text)
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


def _rows(pkg: _Package, file: str) -> Iterator[tuple[int, dict[str, Any]]]:
    raw = pkg.read(file)
    if raw is None:
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UserError(
            "{file}, rij {row}: dit is geen UTF-8-tekst. Sla het bestand op als CSV UTF-8.",
            file=file,
            row=line,
        ) from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if not header:
        return
    header = [h.strip() for h in header]
    for cells in reader:
        row = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise UserError(
                "{file}, rij {row}: {got} cellen, maar de kopregel heeft {want} kolommen. "
                "Controleer scheidingstekens en aanhalingstekens.",
                file=file,
                row=row,
                got=len(cells),
                want=len(header),
            )
        yield row, {k: _value(k, v) for k, v in zip(header, cells, strict=True)}


def read_package(path: Path) -> Iterator[tuple[str, int, Any]]:
    """Records of a tabular package: taxonomies, terms, then nested services."""
    pkg = _Package(Path(path))
    paths = pkg.paths()
    if pkg.read(paths["services"]) is None:
        raise UserError(
            "In {file} staat geen services.csv; daar staan de diensten in.", file=pkg.name
        )
    tables: dict[str, list[tuple[int, dict[str, Any]]]] = {
        name: list(_rows(pkg, paths[name])) for name in _FILES if name != "services"
    }
    services = list(_rows(pkg, paths["services"]))
    service_ids = {s.get("id") for _, s in services}
    by = defaultdict(list)
    for table, key in (
        ("phones", "service_id"),
        ("schedules", "service_id"),
        ("languages", "service_id"),
        ("required_documents", "service_id"),
        ("service_at_location", "service_id"),
    ):
        for row, item in tables[table]:
            owner = item.get(key)
            if owner and owner not in service_ids:
                yield (
                    "reject",
                    row,
                    (
                        f"{pkg.name}/{paths[table]}",
                        key,
                        Message(
                            "verwijst naar dienst ‘{id}’, maar die staat niet in {file}",
                            id=owner,
                            file=paths["services"],
                        ),
                    ),
                )
            elif owner:
                by[(table, owner)].append(_clean(item, key))
    orgs = {o["id"]: _clean(o) for _, o in tables["organizations"] if o.get("id")}
    locations = {loc["id"]: _clean(loc) for _, loc in tables["locations"] if loc.get("id")}
    for table in ("addresses", "accessibility"):
        for _, item in tables[table]:
            loc = locations.get(item.get("location_id") or "")
            if loc is not None:
                loc.setdefault(table, []).append(_clean(item))
    schedules = {s["id"]: s for sid in service_ids for s in by[("schedules", sid)]}
    for _, attr in tables["attributes"]:
        entity, link = attr.get("link_entity"), attr.get("link_id")
        if entity == "schedule" and link in schedules:
            schedules[link].setdefault("attributes", []).append(_clean(attr))
        elif entity == "service" and link in service_ids:
            by[("attributes", link)].append(_clean(attr, "link_id", "link_entity"))
    for number, tax in tables["taxonomies"]:
        yield "taxonomy", number, _clean(tax)
    for number, term in tables["taxonomy_terms"]:
        yield "taxonomy_term", number, _clean(term, "taxonomy")
    for number, row in services:
        service = _clean(row, "last_modified")
        sid = service.get("id")
        org_id = service.get("organization_id")
        if org_id in orgs:
            service["organization"] = orgs[org_id]
        service["phones"] = by[("phones", sid)]
        service["schedules"] = by[("schedules", sid)]
        service["languages"] = by[("languages", sid)]
        service["required_documents"] = by[("required_documents", sid)]
        service["attributes"] = by[("attributes", sid)]
        sals = []
        for sal in by[("service_at_location", sid)]:
            loc = locations.get(sal.get("location_id") or "")
            if loc is not None:
                sal = {**sal, "location": loc}
            sals.append(sal)
        service["service_at_locations"] = sals
        yield "service", number, service


def _clean(item: dict[str, Any], *drop: str) -> dict[str, Any]:
    return {k: v for k, v in item.items() if v is not None and k not in drop}

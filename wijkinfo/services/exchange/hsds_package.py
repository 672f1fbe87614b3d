"""The official HSDS 3.1 tabular data package: which tables wijkinfo writes, with which columns.

The description is the one Open Referral publishes (``resources/hsds/datapackage.json``,
copied unchanged), so a package wijkinfo writes is read by any tool that knows HSDS: the same
file names, the same headers in the same order, the same ``datapackage.json`` — only with the
resources wijkinfo has data for (and the empty tables their foreign keys point at).
"""

from __future__ import annotations

import copy
import csv
import json
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from wijkinfo.resources import resources_dir
from wijkinfo.services.exchange.csv_cells import guard_cell

OFFICIAL_FILE = "hsds/datapackage.json"

#: The resources (official names) wijkinfo fills, in the order of the official package.
WRITTEN = (
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


@cache
def official_package() -> dict[str, Any]:
    """The official description, as published (read once)."""
    data: dict[str, Any] = json.loads((resources_dir() / OFFICIAL_FILE).read_text(encoding="utf-8"))
    return data


@cache
def _resources() -> dict[str, dict[str, Any]]:
    return {r["name"]: r for r in official_package()["resources"]}


def resource_file(name: str) -> str:
    """The file of an official resource: ``service`` → ``services.csv``."""
    return str(_resources()[name]["path"])


@cache
def official_columns(name: str) -> tuple[str, ...]:
    """The headers of an official resource, in the official order."""
    return tuple(f["name"] for f in _resources()[name]["schema"]["fields"])


def official_names() -> tuple[str, ...]:
    return tuple(_resources())


def with_references(names: Iterable[str]) -> list[str]:
    """``names`` plus every resource their foreign keys point at, in the official order."""
    wanted = set(names)
    todo = list(wanted)
    while todo:
        resource = _resources()[todo.pop()]
        for key in resource["schema"].get("foreignKeys", ()):
            target = key["reference"]["resource"]
            if target and target not in wanted:
                wanted.add(target)
                todo.append(target)
    return [name for name in _resources() if name in wanted]


def cell(value: Any) -> str:
    """A CSV cell a spreadsheet will show as text, never run as a formula."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return guard_cell(value)


def write_package(folder: Path, tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> list[str]:
    """Write ``tables`` (official resource name → rows of plain values) and the description.

    Every resource of ``WRITTEN`` is written, empty or not: an empty file says "none", a
    missing one "not stated". Returns the names of the files written.
    """
    names = with_references(WRITTEN)
    files = []
    for name in names:
        columns = official_columns(name)
        path = folder / resource_file(name)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in tables.get(name, ()):
                writer.writerow([cell(row.get(c)) for c in columns])
        files.append(path.name)
    package = {k: v for k, v in official_package().items() if k != "resources"}
    package["resources"] = [copy.deepcopy(_resources()[name]) for name in names]
    (folder / "datapackage.json").write_text(
        json.dumps(package, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    return ["datapackage.json", *files]

"""Writing the sociale kaart out as HSDS 3.1: nested JSON services or a tabular data package.

The JSON (``hsds_nested``) validates against the compiled service schema; the tabular package
(``hsds_table_rows``, ``hsds_package``) against the official HSDS 3.1 ``datapackage.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.hsds_nested import (
    TAXONOMY_FIELDS,
    Directory,
    fields,
    plain,
    service_json,
    term_json,
)
from wijkinfo.services.exchange.hsds_package import cell, write_package
from wijkinfo.services.exchange.hsds_table_rows import table_rows
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.progress import Progress


@dataclass(frozen=True)
class ExportResult:
    services: int
    folder: Path
    files: tuple[str, ...]


def escape_cell(value: Any) -> str:
    """A CSV cell a spreadsheet will show as text, never run as a formula."""
    return cell(plain(value))


def _write_json(d: Directory, folder: Path, progress: Progress | None) -> list[str]:
    services = []
    for i, s in enumerate(d.services):
        services.append(service_json(d, s))
        if progress and i % 200 == 0:
            progress.step(1, 3)
    (folder / "services.json").write_text(
        json.dumps(services, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    bundle = {
        "taxonomies": [fields(t, TAXONOMY_FIELDS, ("description",)) for t in d.taxonomies.values()],
        "taxonomy_terms": [term_json(d, t) for t in d.terms.values()],
    }
    (folder / "taxonomies.json").write_text(
        json.dumps(bundle, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return ["services.json", "taxonomies.json"]


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
        d = Directory(session)
        if progress:
            progress.step(1, 3)
        if fmt == "json":
            files = _write_json(d, folder, progress)
        else:
            files = write_package(folder, table_rows(d))
        if progress:
            progress.step(3, 3)
    return ExportResult(services=len(d.services), folder=folder, files=tuple(files))

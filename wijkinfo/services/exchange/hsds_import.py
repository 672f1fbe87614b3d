"""Importing the sociale kaart: check every record, preview, then one transaction.

Sources (HSDS JSON, a tabular data package, a spreadsheet) all become a stream of records
``(kind, number, data)``; ``run_import`` checks each, writes the good ones in batches inside
one transaction and then commits — or rolls everything back on a dry run, a cancel, an error,
or any refused record unless ``skip_invalid`` was chosen.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wijkinfo.db.engine import authored_by
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import DIRECTORY, Change
from wijkinfo.services.exchange.hsds_validate import (
    validate_service,
    validate_taxonomy,
    validate_term,
)
from wijkinfo.services.exchange.hsds_writer import BatchWriter
from wijkinfo.services.messages import Message
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.progress import Progress

BATCH = 500
_READ = 1 << 20
# Keep the preview readable; the count says how many more there were.
MAX_LISTED = 1000

Record = tuple[str, int, Any]


@dataclass(frozen=True)
class Rejection:
    """One refused record or warning; ``reason`` (and a column ``field``) may be a Message."""

    file: str
    record: int
    field: str
    reason: str
    unit: str = "record"  # "record" (JSON) or "rij" (a spreadsheet or CSV row)

    @property
    def message(self) -> Message:
        """The whole line, translatable: file, record or row, field, reason."""
        params = dict(file=self.file, record=self.record, field=self.field, reason=self.reason)
        if self.unit == "rij":
            return Message("{file}, rij {record}, veld {field}: {reason}", **params)
        return Message("{file}, record {record}, veld {field}: {reason}", **params)

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class Duplicate:
    record: int
    name: str
    existing_id: str
    existing_name: str
    why: str


@dataclass(frozen=True)
class ImportResult:
    file: str
    new: int
    changed: int
    unchanged: int
    rejected_records: int
    rejected: tuple[Rejection, ...]
    warnings: tuple[Rejection, ...]
    duplicates: tuple[Duplicate, ...]
    written: bool
    dry_run: bool
    skipped_duplicates: int = 0

    def summary(self) -> str:
        head = (
            "Proef (niets opgeslagen)"
            if self.dry_run
            else ("Ingelezen" if self.written else "Niet ingelezen")
        )
        return (
            f"{head}: {self.new} nieuw, {self.changed} gewijzigd, "
            f"{self.unchanged} ongewijzigd, {self.rejected_records} afgewezen, "
            f"{len(self.duplicates)} mogelijke dubbele"
            + (f" ({self.skipped_duplicates} overgeslagen)" if self.skipped_duplicates else "")
            + f", {len(self.warnings)} waarschuwingen "
            f"({self.file})"
        )


class ImportRefused(UserError):
    """Some records were refused and the coordinator did not choose to skip them."""

    def __init__(self, result: ImportResult) -> None:
        self.result = result
        first = result.rejected[0].message if result.rejected else ""
        super().__init__(
            "Er is niets ingelezen: {count} record(s) afgewezen. Eerste reden: {first}. "
            "Verbeter het bestand of kies ‘afgewezen records overslaan’.",
            count=result.rejected_records,
            first=first,
        )


def _truncated(name: str, record: int) -> UserError:
    return UserError(
        "{file}, record {record}: het bestand houdt midden in een record op of is geen geldige "
        "JSON. Is het afgebroken? Er is niets ingelezen.",
        file=name,
        record=record,
    )


def read_hsds_json(path: Path, counter: list[int] | None = None) -> Iterator[Record]:
    """The records of an HSDS JSON file, read piece by piece when it is a (long) list."""
    name = path.name
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as exc:
        raise UserError(
            "{file} kan niet worden geopend: {reason}", file=name, reason=exc.strerror
        ) from exc
    with handle:
        try:
            buf = handle.read(_READ)
        except UnicodeDecodeError as exc:
            raise UserError(
                "{file} is geen UTF-8-tekst; sla het op als UTF-8 JSON.", file=name
            ) from exc
        start = len(buf) - len(buf.lstrip())
        if not buf.strip():
            raise UserError("{file} is leeg. Kies een bestand met diensten.", file=name)
        if buf[start] == "[":
            yield from _stream_array(handle, buf, start + 1, name, counter)
            return
        try:
            data = json.loads(buf + handle.read())
        except UnicodeDecodeError as exc:
            raise UserError(
                "{file} is geen UTF-8-tekst; sla het op als UTF-8 JSON.", file=name
            ) from exc
        except json.JSONDecodeError as exc:
            raise UserError(
                "{file}, regel {line}, kolom {col}: dit is geen geldige JSON ({msg}). "
                "Is het bestand afgebroken? Er is niets ingelezen.",
                file=name,
                line=exc.lineno,
                col=exc.colno,
                msg=exc.msg,
            ) from exc
    yield from _records_of(data, name)


def _records_of(data: Any, name: str) -> Iterator[Record]:
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        for i, service in enumerate(data["contents"], 1):
            yield "service", i, service
    elif isinstance(data, dict) and (
        isinstance(data.get("services"), list) or isinstance(data.get("taxonomy_terms"), list)
    ):
        # wijkinfo's own bundle (the demo): taxonomies and terms first, then the services.
        for i, tax in enumerate(data.get("taxonomies") or [], 1):
            yield "taxonomy", i, tax
        for i, term in enumerate(data.get("taxonomy_terms") or [], 1):
            yield "taxonomy_term", i, term
        for i, service in enumerate(data.get("services") or [], 1):
            yield "service", i, service
    elif isinstance(data, dict) and ("id" in data or "name" in data):
        yield "service", 1, data
    elif isinstance(data, list):
        for i, service in enumerate(data, 1):
            yield "service", i, service
    else:
        raise UserError(
            "{file} bevat geen HSDS-diensten. Verwacht: één dienst, een lijst van diensten of "
            "een pagina met ‘contents’.",
            file=name,
        )


def _stream_array(
    handle, buf: str, pos: int, name: str, counter: list[int] | None
) -> Iterator[Record]:
    decoder = json.JSONDecoder()
    number = 0
    consumed = 0
    while True:
        while True:  # skip white space and one comma, reading more when needed
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            if pos < len(buf):
                break
            more = handle.read(_READ)
            if not more:
                raise _truncated(name, number + 1)
            consumed += pos
            buf, pos = more, 0
        if buf[pos] == "]":
            return
        if number:
            if buf[pos] != ",":
                raise _truncated(name, number + 1)
            pos += 1
            continue_ws = True
            while continue_ws:
                while pos < len(buf) and buf[pos] in " \t\r\n":
                    pos += 1
                if pos < len(buf):
                    continue_ws = False
                else:
                    more = handle.read(_READ)
                    if not more:
                        raise _truncated(name, number + 1)
                    consumed += pos
                    buf, pos = more, 0
        while True:
            try:
                obj, end = decoder.raw_decode(buf, pos)
                break
            except json.JSONDecodeError:
                more = handle.read(_READ)
                if not more:
                    raise _truncated(name, number + 1) from None
                consumed += pos
                buf, pos = buf[pos:] + more, 0
        number += 1
        if counter is not None:
            counter[0] = consumed + end
        yield "service", number, obj
        pos = end
        if pos > _READ:
            consumed += pos
            buf, pos = buf[pos:], 0


def run_import(
    store: Store,
    *,
    actor: Actor,
    source: str,
    records: Iterable[Record],
    unit: str = "record",
    dry_run: bool = False,
    skip_invalid: bool = False,
    skip_duplicates: bool = False,
    progress: Progress | None = None,
    position: Callable[[], tuple[int, int]] | None = None,
) -> ImportResult:
    """Check and write ``records`` in one transaction; see the module docstring."""
    require(actor, "directory.import")
    rejected: list[Rejection] = []
    warnings: list[Rejection] = []
    refused: set[int] = set()

    def refuse(number: int, fld: str, reason: str) -> None:
        refused.add(number)
        if len(rejected) < MAX_LISTED:
            rejected.append(Rejection(source, number, fld, reason, unit))

    with authored_by(actor.user_id), store.sessions() as session:
        tx = session.begin()
        try:
            writer = BatchWriter(session, skip_duplicates=skip_duplicates)
            batch: list[tuple[int, dict]] = []
            done = 0
            for kind, number, data in records:
                done += 1
                if kind == "reject":  # found while reading (a tabular package's other files)
                    file, fld, reason = data
                    refused.add(-number)
                    if len(rejected) < MAX_LISTED:
                        rejected.append(Rejection(file, number, fld, reason, unit))
                elif kind == "warn":
                    fld, reason = data
                    if len(warnings) < MAX_LISTED:
                        warnings.append(Rejection(source, number, fld, reason, unit))
                elif kind == "service":
                    problems, notes = validate_service(data)
                    for f in notes:
                        if len(warnings) < MAX_LISTED:
                            warnings.append(Rejection(source, number, f.field, f.reason, unit))
                    if problems:
                        for f in problems[:5]:
                            refuse(number, f.field, f.reason)
                    else:
                        batch.append((number, data))
                else:
                    check = validate_taxonomy if kind == "taxonomy" else validate_term
                    problems = check(data, kind)
                    if problems:
                        for f in problems[:5]:
                            refuse(number, f.field, f.reason)
                    elif kind == "taxonomy":
                        writer.taxonomy(number, data)
                    else:
                        writer.term(number, data)
                if len(batch) >= BATCH:
                    writer.services(batch)
                    batch = []
                if progress and done % 100 == 0:
                    progress.step(*(position() if position else (done, 0)))
            writer.services(batch)
            writer.finish()
            if progress:
                progress.step(*(position() if position else (done, done)))
            out = writer.out
            for number, fld, reason in out.rejected:
                refuse(number, fld, reason)
            for number, fld, reason in out.warnings:
                if len(warnings) < MAX_LISTED:
                    warnings.append(Rejection(source, number, fld, reason, unit))
            write = not dry_run and (skip_invalid or not refused)
            if write:
                tx.commit()
            else:
                tx.rollback()
        except BaseException:
            tx.rollback()
            raise
    rejected.sort(key=lambda r: r.record)
    result = ImportResult(
        file=source,
        new=len(out.new),
        changed=len(out.changed),
        unchanged=out.unchanged,
        rejected_records=len(refused),
        rejected=tuple(rejected),
        warnings=tuple(warnings),
        duplicates=tuple(Duplicate(*d) for d in out.duplicates),
        written=write,
        dry_run=dry_run,
        skipped_duplicates=out.skipped_duplicates,
    )
    if write and (out.new or out.changed):
        store.events.publish(Change(DIRECTORY, tuple(out.new + out.changed)[:MAX_LISTED]))
    if refused and not skip_invalid and not dry_run:
        raise ImportRefused(result)
    return result


def import_hsds(
    store: Store,
    *,
    actor: Actor,
    path: Path,
    dry_run: bool = False,
    skip_invalid: bool = False,
    skip_duplicates: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import an HSDS JSON file, or a tabular data package (folder or zip)."""
    require(actor, "directory.import")
    path = Path(path)
    if (
        path.is_dir()
        and not (path / "datapackage.json").exists()
        and (path / "services.json").is_file()
    ):
        # wijkinfo's own JSON export: the taxonomies (with unused terms) and the services.
        counter = [0]
        tax = path / "taxonomies.json"
        records = itertools.chain(
            read_hsds_json(tax) if tax.is_file() else (),
            read_hsds_json(path / "services.json", counter),
        )
        return run_import(
            store,
            actor=actor,
            source="services.json",
            records=records,
            dry_run=dry_run,
            skip_invalid=skip_invalid,
            skip_duplicates=skip_duplicates,
            progress=progress,
        )
    if path.is_dir() or path.suffix.lower() == ".zip":
        from wijkinfo.services.exchange.hsds_tabular import read_package

        # Problems in a service row name services.csv; the reader names the other files.
        records, unit = read_package(path), "rij"
        source = f"{path.name}/services.csv"
        position = None
    else:
        if not path.exists():
            raise UserError("{file} bestaat niet. Kies een bestaand bestand.", file=path.name)
        counter = [0]
        source = path.name
        size = max(path.stat().st_size, 1)
        records, unit = read_hsds_json(path, counter), "record"

        def position() -> tuple[int, int]:
            return min(counter[0], size), size

    return run_import(
        store,
        actor=actor,
        source=source,
        records=records,
        unit=unit,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        skip_duplicates=skip_duplicates,
        progress=progress,
        position=position,
    )

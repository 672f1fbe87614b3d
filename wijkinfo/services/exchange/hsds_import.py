"""Importing the sociale kaart: check every record, preview, then one transaction.

Sources (HSDS JSON, a tabular data package, a spreadsheet) all become a ``Source``: a stream
of typed records and of problems found while reading. ``run_import`` checks each record,
writes the good ones in batches inside one transaction and then commits — or rolls
everything back on a dry run, a cancel, an error, any refused record unless ``skip_invalid``
was chosen, or rows the source does not mention that would be deleted unless
``replace_missing`` was chosen.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass, field
from pathlib import Path

from wijkinfo.db.engine import authored_by
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import DIRECTORY, Change
from wijkinfo.services.exchange.hsds_json import JsonSource
from wijkinfo.services.exchange.hsds_validate import (
    validate_service,
    validate_taxonomy,
    validate_term,
)
from wijkinfo.services.exchange.hsds_writer import BatchWriter
from wijkinfo.services.exchange.records import (
    Duplicate,
    Notice,
    Record,
    Rejection,
    Source,
)
from wijkinfo.services.messages import Message
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.progress import Progress
from wijkinfo.services.vocabulary.adopt import adopt_directory_terms
from wijkinfo.sync.capture_batch import batched

log = logging.getLogger(__name__)

__all__ = ["Duplicate", "ImportRefused", "ImportResult", "Notice", "Rejection", "import_hsds"]

BATCH = 500
# Keep the preview readable; the count says how many more there were.
MAX_LISTED = 1000
# What the coordinator reads for each nested list the import would delete rows of.
REMOVED_WORDS = {
    "phones": "telefoonnummers",
    "schedules": "openingstijden",
    "languages": "talen",
    "required_documents": "mee te nemen documenten",
    "service_at_locations": "locaties",
    "attributes": "thema's en kenmerken",
}


@dataclass(frozen=True)
class ImportResult:
    file: str
    new: int
    changed: int
    unchanged: int
    rejected_records: int
    rejected: tuple[Rejection, ...]
    warnings: tuple[Notice, ...]
    duplicates: tuple[Duplicate, ...]
    written: bool
    dry_run: bool
    skipped_duplicates: int = 0
    #: rows of existing services this import deletes, per nested list (phones, schedules …)
    removes: dict[str, int] = field(default_factory=dict)
    #: … of which the source does not mention the list at all (a missing file, column, key)
    removes_unstated: dict[str, int] = field(default_factory=dict)

    @property
    def removal(self) -> Message | None:
        """“verwijdert 76 telefoonnummers, 40 openingstijden” — or None when nothing goes."""
        if not self.removes:
            return None
        parts = ", ".join(f"{n} {REMOVED_WORDS.get(k, k)}" for k, n in self.removes.items())
        return Message("verwijdert {parts}", parts=parts)

    def removal_lines(self) -> tuple[Message, ...]:
        """The same, one translatable line per kind of row, for the preview list."""
        return tuple(_removed(kind, count) for kind, count in self.removes.items())

    def summary(self) -> Message:
        """ "Ingelezen: 3 nieuw, 1 gewijzigd, …" — the counts of a run or a preview."""
        if self.dry_run:
            head = Message("Proef (niets opgeslagen)")
        else:
            head = Message("Ingelezen") if self.written else Message("Niet ingelezen")
        text = Message(
            "{head}: {new} nieuw, {changed} gewijzigd, {unchanged} ongewijzigd, "
            "{rejected} afgewezen, {duplicates} mogelijke dubbele",
            head=head,
            new=self.new,
            changed=self.changed,
            unchanged=self.unchanged,
            rejected=self.rejected_records,
            duplicates=len(self.duplicates),
        )
        if self.skipped_duplicates:
            text = Message(
                "{text} ({count} overgeslagen)", text=text, count=self.skipped_duplicates
            )
        text = Message("{text}, {count} waarschuwingen", text=text, count=len(self.warnings))
        if self.removal:
            text = Message("{text}; {removal}", text=text, removal=self.removal)
        return Message("{text} ({file})", text=text, file=self.file)


def _removed(kind: str, count: int) -> Message:
    # One literal template per kind, so that each can be translated whole.
    if kind == "phones":
        return Message("verwijdert {count} telefoonnummers", count=count)
    if kind == "schedules":
        return Message("verwijdert {count} openingstijden", count=count)
    if kind == "languages":
        return Message("verwijdert {count} talen", count=count)
    if kind == "required_documents":
        return Message("verwijdert {count} mee te nemen documenten", count=count)
    if kind == "service_at_locations":
        return Message("verwijdert {count} locaties", count=count)
    return Message("verwijdert {count} thema's en kenmerken", count=count)


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


class MissingRefused(UserError):
    """The source leaves out lists (a file, a key column) whose rows the import would delete."""

    def __init__(self, result: ImportResult) -> None:
        self.result = result
        parts = ", ".join(
            f"{n} {REMOVED_WORDS.get(k, k)}" for k, n in result.removes_unstated.items()
        )
        super().__init__(
            "Er is niets ingelezen: {file} noemt geen {what}, en inlezen zou die bij de "
            "bestaande diensten verwijderen ({parts}). Ontbreekt er een bestand of kolom? "
            "Verbeter het bestand, of kies ‘ontbrekende gegevens verwijderen’ "
            "(--replace-missing) als dat de bedoeling is.",
            file=result.file,
            what=", ".join(REMOVED_WORDS.get(k, k) for k in result.removes_unstated),
            parts=parts,
        )


class _Findings:
    """Rejections and warnings, listed up to MAX_LISTED; refused records counted once."""

    def __init__(self) -> None:
        self.rejected: list[Rejection] = []
        self.warnings: list[Notice] = []
        self.refused: set[tuple[str, int]] = set()

    def refuse(self, rejection: Rejection, record: tuple[str, int]) -> None:
        self.refused.add(record)
        if len(self.rejected) < MAX_LISTED:
            self.rejected.append(rejection)

    def warn(self, notice: Notice) -> None:
        if len(self.warnings) < MAX_LISTED:
            self.warnings.append(notice)

    def check(self, record: Record, writer: BatchWriter, batch: list[Record]) -> None:
        if record.kind == "service":
            problems, notes = validate_service(record.data)
            for f in notes:
                self.warn(record.notice(f.field, f.reason))
            if not problems:
                batch.append(record)
        else:
            check = validate_taxonomy if record.kind == "taxonomy" else validate_term
            problems = check(record.data, record.kind)
            if not problems:
                if record.kind == "taxonomy":
                    writer.taxonomy(record)
                else:
                    writer.term(record)
        for f in problems[:5]:
            self.refuse(record.rejection(f.field, f.reason), record.key)


def run_import(
    store: Store,
    *,
    actor: Actor,
    source: Source,
    dry_run: bool = False,
    skip_invalid: bool = False,
    skip_duplicates: bool = False,
    replace_missing: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Check and write the records of ``source`` in one transaction; see the module docstring."""
    require(actor, "directory.import")
    found = _Findings()
    with authored_by(actor.user_id), store.sessions() as session:
        tx = session.begin()
        try:
            # Thousands of rows: captured for sync set-based when the block ends.
            with batched(session.connection()):
                writer = BatchWriter(session, skip_duplicates=skip_duplicates)
                batch: list[Record] = []
                done = 0
                for item in source.items:
                    done += 1
                    if isinstance(item, Record):
                        found.check(item, writer, batch)
                    elif isinstance(item, Rejection):
                        found.refuse(item, (item.file, item.record))
                    else:
                        found.warn(item)
                    if len(batch) >= BATCH:
                        writer.services(batch)
                        batch = []
                    if progress and done % 100 == 0:
                        progress.step(*source.position(done))
                writer.services(batch)
                writer.finish()
                adopt_directory_terms(session)  # the tally and signal form offer them too
            if progress:
                progress.step(*source.position(done))
            out = writer.out
            for rejection, record in zip(out.rejected, out.refused, strict=True):
                found.refuse(rejection, record)
            for notice in out.warnings:
                found.warn(notice)
            missing = bool(out.removed_unstated) and not replace_missing
            write = not dry_run and not missing and (skip_invalid or not found.refused)
            if write:
                tx.commit()
            else:
                tx.rollback()
        except BaseException:
            tx.rollback()
            raise
    found.rejected.sort(key=lambda r: r.record)
    result = ImportResult(
        file=source.file,
        new=len(out.new),
        changed=len(out.changed),
        unchanged=out.unchanged,
        rejected_records=len(found.refused),
        rejected=tuple(found.rejected),
        warnings=tuple(found.warnings),
        duplicates=tuple(out.duplicates),
        written=write,
        dry_run=dry_run,
        skipped_duplicates=out.skipped_duplicates,
        removes=dict(out.removed),
        removes_unstated=dict(out.removed_unstated),
    )
    # Counts and the file name only: never a record's content.
    log.info(
        "import %s: %d nieuw, %d gewijzigd, %d ongewijzigd, %d afgewezen, %s",
        Path(source.file).name,
        result.new,
        result.changed,
        result.unchanged,
        result.rejected_records,
        "opgeslagen" if write else "niet opgeslagen",
    )
    if write and (out.new or out.changed):
        store.events.publish(Change(DIRECTORY, tuple(out.new + out.changed)[:MAX_LISTED]))
    if found.refused and not skip_invalid and not dry_run:
        raise ImportRefused(result)
    if missing and not dry_run:
        raise MissingRefused(result)
    return result


def hsds_source(path: Path) -> Source:
    """The records of an HSDS JSON file, wijkinfo's JSON export folder or a tabular package."""
    path = Path(path)
    if (
        path.is_dir()
        and not (path / "datapackage.json").exists()
        and (path / "services.json").is_file()
    ):
        # wijkinfo's own JSON export: the taxonomies (with unused terms) and the services.
        services = JsonSource(path / "services.json")
        tax = path / "taxonomies.json"
        if not tax.is_file():
            return services.source()
        items = itertools.chain(JsonSource(tax).items(), services.items())
        return Source(services.name, items, "record", services.position)
    if path.is_dir() or path.suffix.lower() == ".zip":
        from wijkinfo.services.exchange.hsds_tabular import read_package

        return read_package(path)
    if not path.exists():
        raise UserError("{file} bestaat niet. Kies een bestaand bestand.", file=path.name)
    return JsonSource(path).source()


def import_hsds(
    store: Store,
    *,
    actor: Actor,
    path: Path,
    dry_run: bool = False,
    skip_invalid: bool = False,
    skip_duplicates: bool = False,
    replace_missing: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import an HSDS JSON file, or a tabular data package (folder or zip)."""
    require(actor, "directory.import")
    return run_import(
        store,
        actor=actor,
        source=hsds_source(path),
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        skip_duplicates=skip_duplicates,
        replace_missing=replace_missing,
        progress=progress,
    )

"""Writing checked services in batches inside the caller's transaction, and counting them.

Each batch looks up what the database already holds (one query per table), sorts every
service into new / changed / unchanged, refuses records whose ids clash or that point at
records that are not there, and writes the rest with executemany. The search index is
refreshed once at the end.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkinfo.db import fts
from wijkinfo.db.base import utcnow
from wijkinfo.db.models import (
    Attribute,
    Location,
    Service,
    Taxonomy,
    TaxonomyTerm,
)
from wijkinfo.services.exchange.hsds_duplicates import DuplicateFinder
from wijkinfo.services.exchange.hsds_outcome import Batch, Existing, Outcome, chunks
from wijkinfo.services.exchange.hsds_references import ReferenceChecks
from wijkinfo.services.exchange.hsds_rows import (
    NESTED,
    OWNED,
    TABLES,
    Model,
    Rows,
    locate,
    service_rows,
    table_of,
    taxonomy_row,
)
from wijkinfo.services.exchange.hsds_rows import term_rows as _term_rows
from wijkinfo.services.exchange.hsds_term_parents import TermParents
from wijkinfo.services.exchange.records import Record
from wijkinfo.services.messages import Message

# Above this many touched services one full rebuild of the index is quicker.
_REBUILD_AT = 2000


class BatchWriter(ReferenceChecks, TermParents):
    """Writes checked records into the caller's transaction; ``out`` says what it did."""

    def __init__(self, session: Session, *, skip_duplicates: bool = False) -> None:
        self.session = session
        self.skip_duplicates = skip_duplicates
        self.conn = session.connection()
        self.out = Outcome()
        self.seen_services = set()
        self.pending_parents = {}
        self.duplicates = DuplicateFinder(self.conn)
        self._plans = {}
        # a new service keeps the last_modified its source gives (nothing changed here)
        self.stamps: dict[str, datetime] = {}

    # -- taxonomies and terms given on their own (the demo file, tabular packages)
    def taxonomy(self, record: Record) -> None:
        self._write({Taxonomy: [taxonomy_row(record.data)]}, {})

    def term(self, record: Record) -> None:
        rows: Rows = defaultdict(list)
        _term_rows(record.data, rows)
        self._check_taxonomies(record, rows, "")
        self._write(rows, {})
        self._link_parents(record, rows[TaxonomyTerm])

    # -- services
    def services(self, batch: list[Record]) -> None:
        records: Batch = []
        claimed: dict[tuple[Model, str], int] = {}
        for record in batch:
            rows = service_rows(record.data)
            sid = record.data["id"]
            if sid in self.seen_services:
                self.out.refuse(
                    record, "id", Message("dienst ‘{id}’ staat twee keer in het bestand", id=sid)
                )
                continue
            clash = next(
                ((m, r["id"]) for m in OWNED for r in rows.get(m, ()) if (m, r["id"]) in claimed),
                None,
            )
            if clash:
                self.out.refuse(
                    record,
                    locate(record.data, clash[0], clash[1]) + ".id",
                    Message(
                        "id ‘{id}’ staat ook in record {other}", id=clash[1], other=claimed[clash]
                    ),
                )
                continue
            for m in OWNED:
                for r in rows.get(m, ()):
                    claimed[(m, r["id"])] = record.number
            self.seen_services.add(sid)
            records.append((record, sid, rows))
        records = self._drop_dangling(records)
        existing = self._load_existing(records)
        records = self._drop_foreign_children(records, existing)
        for _, _, rows in records:
            service_org = rows[Service][0]["organization_id"]
            for loc in rows.get(Location, ()):
                if loc["organization_id"] is None:
                    old = existing[Location].get(loc["id"])
                    loc["organization_id"] = old["organization_id"] if old else service_org
        records = self._decide_duplicates(records, existing)
        self._hold_unknown_parents(records, existing)
        stale = self._stale_children(records, existing)
        merged: Rows = defaultdict(list)
        for record, sid, rows in records:
            differs = bool(stale.get(sid))
            for model, model_rows in rows.items():
                known = existing[model]
                for row in model_rows:
                    if not differs and known.get(row["id"]) != row:
                        differs = True
                    merged[model].append(row)
            if existing[Service].get(sid) is None:
                self.out.new.append(sid)
                stamp = _stamp(record.data.get("last_modified"))
                if stamp is not None:
                    self.stamps[sid] = stamp
            elif differs:
                self.out.changed.append(sid)
            else:
                self.out.unchanged += 1
        for model, ids in _by_model(stale).items():
            table = table_of(model)
            for chunk in chunks(ids):
                self.conn.execute(table.delete().where(table.c.id.in_(chunk)))
        self._write(merged, existing)
        for record, _sid, rows in records:
            self._link_parents(record, rows.get(TaxonomyTerm, []))

    def _load_existing(self, records: Batch) -> Existing:
        ids: dict[Model, set[str]] = defaultdict(set)
        for _, _, rows in records:
            for model, model_rows in rows.items():
                ids[model].update(r["id"] for r in model_rows)
        return defaultdict(dict, {m: self._plan(m).existing(self.conn, i) for m, i in ids.items()})

    def _stale_children(
        self, records: Batch, existing: Existing
    ) -> dict[str, list[tuple[Model, str]]]:
        """Rows the database holds for these services that the new version no longer has."""
        # Only a service already there can own rows (foreign keys): new ones need no query.
        by_sid = {sid: record for record, sid, _ in records if sid in existing[Service]}
        sids = list(by_sid)
        if not sids:
            return {}
        keep = {r["id"] for _, _, rows in records for m in OWNED for r in rows.get(m, ())}
        stale: dict[str, list[tuple[Model, str]]] = defaultdict(list)
        for model, key in OWNED.items():
            table = table_of(model)
            nested = NESTED[model]
            for chunk in chunks(sids):
                query = select(table.c.id, table.c[key]).where(table.c[key].in_(chunk))
                if model is Attribute:
                    query = query.where(table.c.link_entity == "service")
                for found in self.conn.execute(query):
                    row_id, sid = str(found[0]), str(found[1])
                    if row_id not in keep:
                        stale[sid].append((model, row_id))
                        self.out.removed[nested] += 1
                        record = by_sid[sid]
                        if nested in record.unstated or nested not in record.data:
                            self.out.removed_unstated[nested] += 1
        return stale

    def _write(self, rows: Rows, existing: Existing | dict[Model, Any]) -> None:
        for model in TABLES:
            model_rows = rows.get(model)
            if not model_rows:
                continue
            unique = list({r["id"]: r for r in model_rows}.values())
            known = existing.get(model) if existing else None
            if known is None:
                known = self._plan(model).existing(self.conn, [r["id"] for r in unique])
            if model is TaxonomyTerm:  # parents are linked afterwards (any order in a file)
                unique = [
                    {**r, "parent_id": known.get(r["id"], {}).get("parent_id")}
                    if r["id"] in known
                    else {**r, "parent_id": None}
                    for r in unique
                ]
            fresh = [r for r in unique if r["id"] not in known]
            changed = [r for r in unique if r["id"] in known and known[r["id"]] != r]
            plan = self._plan(model)
            if fresh:
                stamps = self.stamps if model is Service else None
                plan.insert_rows(self.conn, plan.params(fresh, utcnow(), key=False, stamps=stamps))
            if changed:
                self.conn.exec_driver_sql(plan.update, plan.params(changed, utcnow(), key=True))

    def _decide_duplicates(self, records: Batch, existing: Existing) -> Batch:
        """Note likely duplicates of new services; leave them out when the coordinator chose."""
        kept = []
        for record, sid, rows in records:
            if existing[Service].get(sid) is None:
                found = self.duplicates.find(record, rows)
                self.out.duplicates += found
                if found and self.skip_duplicates:
                    self.out.skipped_duplicates += 1
                    self.seen_services.discard(sid)
                    continue
            kept.append((record, sid, rows))
        return kept

    def finish(self) -> None:
        self._resolve_parents(final=True)
        touched = self.out.new + self.out.changed
        if len(touched) > _REBUILD_AT:
            fts.rebuild_index(self.session)
        elif touched:
            fts.reindex_services(self.session, touched)


def _by_model(stale: dict[str, list[tuple[Model, str]]]) -> dict[Model, list[str]]:
    out: dict[Model, list[str]] = defaultdict(list)
    for pairs in stale.values():
        for model, row_id in pairs:
            out[model].append(row_id)
    return out


def _stamp(value: Any) -> datetime | None:
    """An HSDS last_modified as wijkinfo stores it (UTC, no zone); None when it is no time."""
    if not isinstance(value, str) or len(value) < 19:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return when

"""Writing checked services in batches inside the caller's transaction, and counting them.

Each batch looks up what the database already holds (one query per table), sorts every
service into new / changed / unchanged, refuses records whose ids clash or that point at
records that are not there, and writes the rest with executemany. The search index is
refreshed once at the end.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from wijkinfo.db import fts
from wijkinfo.db.base import utcnow
from wijkinfo.db.models import (
    Attribute,
    Location,
    Organization,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from wijkinfo.services.exchange.hsds_duplicates import DuplicateFinder
from wijkinfo.services.exchange.hsds_plan import WritePlan
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
from wijkinfo.services.exchange.records import Duplicate, Notice, Record, Rejection
from wijkinfo.services.messages import Message

_CHUNK = 500
# Above this many touched services one full rebuild of the index is quicker.
_REBUILD_AT = 2000


@dataclass
class Outcome:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped_duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    # the record each rejection refuses (a rejection may name another file's row)
    refused: list[tuple[str, int]] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    # rows of existing services the import deletes, per nested list (phones, schedules …)
    removed: Counter[str] = field(default_factory=Counter)
    # … of which the source did not state the list at all (a missing file, column or key)
    removed_unstated: Counter[str] = field(default_factory=Counter)

    def refuse(self, record: Record, path: str, reason: str) -> None:
        self.rejected.append(record.rejection(path, reason))
        self.refused.append(record.key)

    def caution(self, record: Record, path: str, reason: str) -> None:
        self.warnings.append(record.notice(path, reason))


Batch = list[tuple[Record, str, Rows]]
Existing = dict[Model, dict[str, dict[str, Any]]]


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


class BatchWriter:
    """Writes checked records into the caller's transaction; ``out`` says what it did."""

    def __init__(self, session: Session, *, skip_duplicates: bool = False) -> None:
        self.session = session
        self.skip_duplicates = skip_duplicates
        self.conn = session.connection()
        self.out = Outcome()
        self.seen_services: set[str] = set()
        self.pending_parents: dict[str, tuple[Record, str]] = {}
        self.duplicates = DuplicateFinder(self.conn)
        self._plans: dict[Model, WritePlan] = {}

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
        for _record, sid, rows in records:
            differs = bool(stale.get(sid))
            for model, model_rows in rows.items():
                known = existing[model]
                for row in model_rows:
                    if not differs and known.get(row["id"]) != row:
                        differs = True
                    merged[model].append(row)
            if existing[Service].get(sid) is None:
                self.out.new.append(sid)
            elif differs:
                self.out.changed.append(sid)
            else:
                self.out.unchanged += 1
        for model, ids in _by_model(stale).items():
            table = table_of(model)
            for chunk in _chunks(ids):
                self.conn.execute(table.delete().where(table.c.id.in_(chunk)))
        self._write(merged, existing)
        for record, _sid, rows in records:
            self._link_parents(record, rows.get(TaxonomyTerm, []))

    def _hold_unknown_parents(self, records: Batch, existing: Existing) -> None:
        """A parent term not (yet) there is linked later; compare as if it were unchanged."""
        terms = [(rec, r) for rec, _, rows in records for r in rows.get(TaxonomyTerm, ())]
        parents = {r["parent_id"] for _, r in terms if r["parent_id"]}
        if not parents:
            return
        known = {r["id"] for _, r in terms} | self._known(TaxonomyTerm, parents)
        for record, r in terms:
            if r["parent_id"] and r["parent_id"] not in known:
                self.pending_parents[r["id"]] = (record, r["parent_id"])
                old = existing[TaxonomyTerm].get(r["id"])
                r["parent_id"] = old["parent_id"] if old else None

    def _load_existing(self, records: Batch) -> Existing:
        ids: dict[Model, set[str]] = defaultdict(set)
        for _, _, rows in records:
            for model, model_rows in rows.items():
                ids[model].update(r["id"] for r in model_rows)
        return defaultdict(dict, {m: self._plan(m).existing(self.conn, i) for m, i in ids.items()})

    def _known(self, model: Model, ids: set[str]) -> set[str]:
        return self._plan(model).ids(self.conn, ids) if ids else set()

    def _drop_dangling(self, records: Batch) -> Batch:
        """Refuse services that point at organisations, locations or terms that are nowhere."""
        wanted: dict[Model, set[str]] = defaultdict(set)
        given: dict[Model, set[str]] = defaultdict(set)
        for _, _, rows in records:
            for model in (Organization, Location, TaxonomyTerm, Taxonomy):
                given[model].update(r["id"] for r in rows.get(model, ()))
            wanted[Organization].update(
                r["organization_id"]
                for m in (Service, Location)
                for r in rows.get(m, ())
                if r["organization_id"]
            )
            wanted[Location].update(r["location_id"] for r in rows.get(ServiceAtLocation, ()))
            wanted[TaxonomyTerm].update(
                r["taxonomy_term_id"] for r in rows.get(Attribute, ()) if r["taxonomy_term_id"]
            )
        known = {m: given[m] | self._known(m, wanted[m] - given[m]) for m in wanted}
        kept = []
        for record, sid, rows in records:
            missing = self._missing(record, rows, known)
            if missing:
                path, what, ref = missing
                self.out.refuse(
                    record,
                    path,
                    Message(
                        "verwijst naar {what} ‘{id}’, maar die staat niet in het bestand en niet "
                        "in de sociale kaart",
                        what=what,
                        id=ref,
                    ),
                )
                self.seen_services.discard(sid)
                continue
            self._check_taxonomies(record, rows, None)
            kept.append((record, sid, rows))
        return kept

    @staticmethod
    def _missing(
        record: Record, rows: Rows, known: dict[Model, set[str]]
    ) -> tuple[str, str, str] | None:
        data = record.data
        for model in (Service, Location):
            for r in rows.get(model, ()):
                org = r["organization_id"]
                if org and org not in known[Organization]:
                    return (
                        _path(locate(data, model, r["id"]), "organization_id"),
                        Message("de organisatie"),
                        org,
                    )
        for r in rows.get(ServiceAtLocation, ()):
            if r["location_id"] not in known[Location]:
                return (
                    locate(data, ServiceAtLocation, r["id"]) + ".location_id",
                    Message("de locatie"),
                    r["location_id"],
                )
        for r in rows.get(Attribute, ()):
            if r["taxonomy_term_id"] and r["taxonomy_term_id"] not in known[TaxonomyTerm]:
                return (
                    locate(data, Attribute, r["id"]) + ".taxonomy_term_id",
                    Message("de term"),
                    r["taxonomy_term_id"],
                )
        return None

    def _check_taxonomies(self, record: Record, rows: Rows, path: str | None) -> None:
        wanted = {r["taxonomy_id"] for r in rows.get(TaxonomyTerm, ()) if r["taxonomy_id"]}
        if not wanted:
            return
        given = {r["id"] for r in rows.get(Taxonomy, ())}
        known = given | self._known(Taxonomy, wanted - given)
        for r in rows.get(TaxonomyTerm, ()):
            if r["taxonomy_id"] and r["taxonomy_id"] not in known:
                where = locate(record.data, TaxonomyTerm, r["id"]) if path is None else path
                self.out.caution(
                    record,
                    _path(where, "taxonomy_id"),
                    Message(
                        "taxonomie ‘{id}’ staat nergens; de term wordt zonder taxonomie ingelezen",
                        id=r["taxonomy_id"],
                    ),
                )
                r["taxonomy_id"] = None

    def _drop_foreign_children(self, records: Batch, existing: Existing) -> Batch:
        """A phone (schedule, …) id that already belongs to another service is a clash."""
        kept = []
        for record, sid, rows in records:
            clash = None
            for model, key in OWNED.items():
                known = existing[model]
                for r in rows.get(model, ()):
                    old = known.get(r["id"])
                    if old is not None and old[key] != sid:
                        clash = (model, r["id"], old[key])
            if clash:
                self.out.refuse(
                    record,
                    locate(record.data, clash[0], clash[1]) + ".id",
                    Message(
                        "id ‘{id}’ hoort al bij een andere dienst (‘{other}’)",
                        id=clash[1],
                        other=clash[2],
                    ),
                )
                self.seen_services.discard(sid)
                continue
            kept.append((record, sid, rows))
        return kept

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
            for chunk in _chunks(sids):
                query = select(table.c.id, table.c[key]).where(table.c[key].in_(chunk))
                if model is Attribute:
                    query = query.where(table.c.link_entity == "service")
                for row_id, sid in self.conn.execute(query).tuples():
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
                self.conn.exec_driver_sql(plan.insert, plan.params(fresh, utcnow(), key=False))
            if changed:
                self.conn.exec_driver_sql(plan.update, plan.params(changed, utcnow(), key=True))

    def _plan(self, model: Model) -> WritePlan:
        plan = self._plans.get(model)
        if plan is None:
            plan = self._plans[model] = WritePlan(model, self.conn.dialect)
        return plan

    def _link_parents(self, record: Record, terms: list[dict[str, Any]]) -> None:
        want = {r["id"]: r["parent_id"] for r in terms if r["parent_id"]}
        if not want:
            return
        for term_id, parent in want.items():
            self.pending_parents[term_id] = (record, parent)
        self._resolve_parents(final=False)

    def _resolve_parents(self, *, final: bool) -> None:
        if not self.pending_parents:
            return
        parents = {p for _, p in self.pending_parents.values()}
        known = self._known(TaxonomyTerm, parents)
        table = table_of(TaxonomyTerm)
        done = [(t, p) for t, (_, p) in self.pending_parents.items() if p in known]
        if done:
            self.conn.execute(
                table.update().where(table.c.id == bindparam("b_id")),
                [{"b_id": t, "parent_id": p} for t, p in done],
            )
        for t, _ in done:
            del self.pending_parents[t]
        if final:
            for term_id, (record, parent) in self.pending_parents.items():
                where = "" if record.kind == "taxonomy_term" else None
                path = locate(record.data, TaxonomyTerm, term_id) if where is None else where
                self.out.caution(
                    record,
                    _path(path, "parent_id"),
                    Message(
                        "de bovenliggende term ‘{parent}’ van ‘{id}’ staat nergens; de term "
                        "staat nu los",
                        parent=parent,
                        id=term_id,
                    ),
                )
            self.pending_parents.clear()

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


def _path(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _by_model(stale: dict[str, list[tuple[Model, str]]]) -> dict[Model, list[str]]:
    out: dict[Model, list[str]] = defaultdict(list)
    for pairs in stale.values():
        for model, row_id in pairs:
            out[model].append(row_id)
    return out

"""Writing checked services in batches inside the caller's transaction, and counting them.

Each batch looks up what the database already holds (one query per table), sorts every
service into new / changed / unchanged, refuses records whose ids clash or that point at
records that are not there, and writes the rest with executemany. The search index is
refreshed once at the end.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, select, text
from sqlalchemy.orm import Session

from wijkinfo.db import fts
from wijkinfo.db.models import (
    Address,
    Attribute,
    Location,
    Organization,
    Phone,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from wijkinfo.services.directory.phones import dial_string
from wijkinfo.services.exchange.hsds_rows import (
    OWNED,
    TABLES,
    Rows,
    columns,
    service_rows,
    taxonomy_row,
)
from wijkinfo.services.exchange.hsds_rows import term_rows as _term_rows
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
    # (record number, field, reason)
    rejected: list[tuple[int, str, str]] = field(default_factory=list)
    warnings: list[tuple[int, str, str]] = field(default_factory=list)
    # (record number, new name, existing id, existing name, why)
    duplicates: list[tuple[int, str, str, str, str]] = field(default_factory=list)


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _existing(conn: Connection, model: type, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    table = model.__table__
    cols = [table.c[name] for name in columns(model)]
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(ids)):
        for row in conn.execute(select(*cols).where(table.c.id.in_(chunk))):
            found[row.id] = row._asdict()
    return found


class BatchWriter:
    def __init__(self, session: Session, *, skip_duplicates: bool = False) -> None:
        self.session = session
        self.skip_duplicates = skip_duplicates
        self.conn = session.connection()
        self.out = Outcome()
        self.seen_services: set[str] = set()
        self.pending_parents: dict[str, tuple[int, str]] = {}
        self._by_name = self._names_before()

    def _names_before(self) -> dict[str, list[str]]:
        """Names of the services already there, to spot likely duplicates from elsewhere."""
        by_name: dict[str, list[str]] = defaultdict(list)
        for sid, name in self.conn.execute(text("SELECT id, lower(name) FROM service")):
            by_name[name.strip()].append(sid)
        return by_name

    # -- taxonomies and terms given on their own (the demo file, tabular packages)
    def taxonomy(self, number: int, data: dict[str, Any]) -> None:
        self._write({Taxonomy: [taxonomy_row(data)]}, {})

    def term(self, number: int, data: dict[str, Any]) -> None:
        rows: Rows = defaultdict(list)
        _term_rows(data, rows)
        if not self._check_taxonomies(number, rows):
            return
        self._write(rows, {})
        self._link_parents(number, rows[TaxonomyTerm])

    # -- services
    def services(self, batch: list[tuple[int, dict[str, Any]]]) -> None:
        records: list[tuple[int, str, Rows]] = []
        claimed: dict[tuple[type, str], int] = {}
        for number, data in batch:
            rows = service_rows(data)
            sid = data["id"]
            if sid in self.seen_services:
                self.out.rejected.append(
                    (number, "id", Message("dienst ‘{id}’ staat twee keer in het bestand", id=sid))
                )
                continue
            clash = next(
                ((m, r["id"]) for m in OWNED for r in rows.get(m, ()) if (m, r["id"]) in claimed),
                None,
            )
            if clash:
                self.out.rejected.append(
                    (
                        number,
                        f"{clash[0].__tablename__}.id",
                        Message(
                            "id ‘{id}’ staat ook in record {other}",
                            id=clash[1],
                            other=claimed[clash],
                        ),
                    )
                )
                continue
            for m in OWNED:
                for r in rows.get(m, ()):
                    claimed[(m, r["id"])] = number
            self.seen_services.add(sid)
            records.append((number, sid, rows))
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
        stale = self._stale_children([sid for _, sid, _ in records], records)
        merged: Rows = defaultdict(list)
        for _number, sid, rows in records:
            differs = bool(stale.get(sid))
            for model, model_rows in rows.items():
                for row in model_rows:
                    old = existing[model].get(row["id"])
                    if old != row:
                        differs = True
                    merged[model].append(row)
            if existing[Service].get(sid) is None:
                self.out.new.append(sid)
            elif differs:
                self.out.changed.append(sid)
            else:
                self.out.unchanged += 1
        for ids in stale.values():
            for model, row_id in ids:
                self.conn.execute(model.__table__.delete().where(model.__table__.c.id == row_id))
        self._write(merged, existing)
        for number, _sid, rows in records:
            self._link_parents(number, rows.get(TaxonomyTerm, []))

    def _hold_unknown_parents(self, records, existing) -> None:
        """A parent term not (yet) there is linked later; compare as if it were unchanged."""
        terms = [(n, r) for n, _, rows in records for r in rows.get(TaxonomyTerm, ())]
        parents = {r["parent_id"] for _, r in terms if r["parent_id"]}
        known = {r["id"] for _, r in terms} | self._known(TaxonomyTerm, parents)
        for number, r in terms:
            if r["parent_id"] and r["parent_id"] not in known:
                self.pending_parents[r["id"]] = (number, r["parent_id"])
                old = existing[TaxonomyTerm].get(r["id"])
                r["parent_id"] = old["parent_id"] if old else None

    def _load_existing(self, records) -> dict[type, dict[str, dict[str, Any]]]:
        ids: dict[type, set[str]] = defaultdict(set)
        for _, _, rows in records:
            for model, model_rows in rows.items():
                ids[model].update(r["id"] for r in model_rows)
        return defaultdict(dict, {m: _existing(self.conn, m, i) for m, i in ids.items()})

    def _known(self, model: type, ids: set[str]) -> set[str]:
        return set(_existing(self.conn, model, ids)) if ids else set()

    def _drop_dangling(self, records):
        """Refuse services that point at organisations, locations or terms that are nowhere."""
        wanted: dict[type, set[str]] = defaultdict(set)
        given: dict[type, set[str]] = defaultdict(set)
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
        for number, sid, rows in records:
            missing = None
            for r in rows.get(Service, []) + rows.get(Location, []):
                if r["organization_id"] and r["organization_id"] not in known[Organization]:
                    missing = ("organization_id", Message("de organisatie"), r["organization_id"])
            for r in rows.get(ServiceAtLocation, []):
                if r["location_id"] not in known[Location]:
                    missing = (
                        "service_at_locations.location_id",
                        Message("de locatie"),
                        r["location_id"],
                    )
            for r in rows.get(Attribute, []):
                if r["taxonomy_term_id"] and r["taxonomy_term_id"] not in known[TaxonomyTerm]:
                    missing = (
                        "attributes.taxonomy_term_id",
                        Message("de term"),
                        r["taxonomy_term_id"],
                    )
            if missing:
                self.out.rejected.append(
                    (
                        number,
                        missing[0],
                        Message(
                            "verwijst naar {what} ‘{id}’, maar die staat niet in het bestand en niet in "
                            "de sociale kaart",
                            what=missing[1],
                            id=missing[2],
                        ),
                    )
                )
                self.seen_services.discard(sid)
                continue
            if self._check_taxonomies(number, rows):
                kept.append((number, sid, rows))
        return kept

    def _check_taxonomies(self, number: int, rows: Rows) -> bool:
        given = {r["id"] for r in rows.get(Taxonomy, ())}
        wanted = {r["taxonomy_id"] for r in rows.get(TaxonomyTerm, ()) if r["taxonomy_id"]}
        known = given | self._known(Taxonomy, wanted - given)
        for r in rows.get(TaxonomyTerm, ()):
            if r["taxonomy_id"] and r["taxonomy_id"] not in known:
                self.out.warnings.append(
                    (
                        number,
                        "taxonomy_term.taxonomy_id",
                        Message(
                            "taxonomie ‘{id}’ staat nergens; de term wordt zonder taxonomie ingelezen",
                            id=r["taxonomy_id"],
                        ),
                    )
                )
                r["taxonomy_id"] = None
        return True

    def _drop_foreign_children(self, records, existing):
        """A phone (schedule, …) id that already belongs to another service is a clash."""
        kept = []
        for number, sid, rows in records:
            clash = None
            for model, key in OWNED.items():
                for r in rows.get(model, ()):
                    old = existing[model].get(r["id"])
                    if old is not None and old[key] != sid:
                        clash = (model.__tablename__, r["id"], old[key])
            if clash:
                self.out.rejected.append(
                    (
                        number,
                        f"{clash[0]}.id",
                        Message(
                            "id ‘{id}’ hoort al bij een andere dienst (‘{other}’)",
                            id=clash[1],
                            other=clash[2],
                        ),
                    )
                )
                self.seen_services.discard(sid)
                continue
            kept.append((number, sid, rows))
        return kept

    def _stale_children(self, sids: list[str], records) -> dict[str, list[tuple[type, str]]]:
        """Rows the database holds for these services that the new version no longer has."""
        keep = {r["id"] for _, _, rows in records for m in OWNED for r in rows.get(m, ())}
        stale: dict[str, list[tuple[type, str]]] = defaultdict(list)
        for model, key in OWNED.items():
            table = model.__table__
            for chunk in _chunks(sids):
                query = select(table.c.id, table.c[key]).where(table.c[key].in_(chunk))
                if model is Attribute:
                    query = query.where(table.c.link_entity == "service")
                for row_id, sid in self.conn.execute(query):
                    if row_id not in keep:
                        stale[sid].append((model, row_id))
        return stale

    def _write(self, rows: Rows, existing) -> None:
        for model in TABLES:
            model_rows = rows.get(model)
            if not model_rows:
                continue
            unique = list({r["id"]: r for r in model_rows}.values())
            known = existing.get(model) if existing else None
            if known is None:
                known = _existing(self.conn, model, [r["id"] for r in unique])
            if model is TaxonomyTerm:  # parents are linked afterwards (any order in a file)
                unique = [
                    {**r, "parent_id": known.get(r["id"], {}).get("parent_id")}
                    if r["id"] in known
                    else {**r, "parent_id": None}
                    for r in unique
                ]
            table = model.__table__
            fresh = [r for r in unique if r["id"] not in known]
            changed = [r for r in unique if r["id"] in known and known[r["id"]] != r]
            if fresh:
                self.conn.execute(table.insert(), fresh)
            if changed:
                stmt = table.update().where(table.c.id == bindparam("b_id"))
                self.conn.execute(
                    stmt,
                    [
                        {"b_id": r["id"], **{k: v for k, v in r.items() if k != "id"}}
                        for r in changed
                    ],
                )

    def _link_parents(self, number: int, terms: list[dict[str, Any]]) -> None:
        want = {r["id"]: r["parent_id"] for r in terms if r["parent_id"]}
        for term_id, parent in want.items():
            self.pending_parents[term_id] = (number, parent)
        self._resolve_parents(final=False)

    def _resolve_parents(self, *, final: bool) -> None:
        if not self.pending_parents:
            return
        parents = {p for _, p in self.pending_parents.values()}
        known = self._known(TaxonomyTerm, parents)
        table = TaxonomyTerm.__table__
        done = [(t, p) for t, (_, p) in self.pending_parents.items() if p in known]
        if done:
            self.conn.execute(
                table.update().where(table.c.id == bindparam("b_id")),
                [{"b_id": t, "parent_id": p} for t, p in done],
            )
        for t, _ in done:
            del self.pending_parents[t]
        if final:
            for term_id, (number, parent) in self.pending_parents.items():
                self.out.warnings.append(
                    (
                        number,
                        "taxonomy_term.parent_id",
                        Message(
                            "de bovenliggende term ‘{parent}’ van ‘{id}’ staat nergens; de term staat "
                            "nu los",
                            parent=parent,
                            id=term_id,
                        ),
                    )
                )
            self.pending_parents.clear()

    def _decide_duplicates(self, records, existing):
        """Note likely duplicates of new services; leave them out when the coordinator chose."""
        kept = []
        for number, sid, rows in records:
            if (
                existing[Service].get(sid) is None
                and self._spot_duplicate(number, rows)
                and self.skip_duplicates
            ):
                self.out.skipped_duplicates += 1
                self.seen_services.discard(sid)
                continue
            kept.append((number, sid, rows))
        return kept

    def _spot_duplicate(self, number: int, rows: Rows) -> bool:
        if not self._by_name:
            return False
        service = rows[Service][0]
        others = self._by_name.get(service["name"].strip().lower(), [])
        if not others:
            return False
        found = False
        mine_phones = {dial_string(r["number"]) for r in rows.get(Phone, ())}
        mine_addr = {
            (r["address_1"].strip().lower(), (r["postal_code"] or "").replace(" ", ""))
            for r in rows.get(Address, ())
        }
        for other in others:
            phones = {
                dial_string(n)
                for (n,) in self.conn.execute(select(Phone.number).where(Phone.service_id == other))
            }
            addrs = {
                (a.strip().lower(), (p or "").replace(" ", "").upper())
                for a, p in self.conn.execute(
                    select(Address.address_1, Address.postal_code)
                    .join(ServiceAtLocation, ServiceAtLocation.location_id == Address.location_id)
                    .where(ServiceAtLocation.service_id == other)
                )
            }
            mine_addr_up = {(a, p.upper()) for a, p in mine_addr}
            why = (
                Message("zelfde naam en telefoonnummer")
                if mine_phones & phones
                else Message("zelfde naam en adres")
                if mine_addr_up & addrs
                else ""
            )
            if why:
                name = self.conn.execute(
                    select(Service.name).where(Service.id == other)
                ).scalar_one()
                self.out.duplicates.append((number, service["name"], other, name, why))
                found = True
        return found

    def finish(self) -> None:
        self._resolve_parents(final=True)
        touched = self.out.new + self.out.changed
        if len(touched) > _REBUILD_AT:
            fts.rebuild_index(self.session)
        elif touched:
            fts.reindex_services(self.session, touched)

"""Checking what a batch of services points at: organisations, locations, terms, taxonomies.

A service that points at an organisation, a location or a term that is neither in the file nor
in the sociale kaart is refused; a location's own organisation or a term's taxonomy that is
nowhere is only a warning (HSDS does not require them), and the link is left out.
"""

from __future__ import annotations

from collections import defaultdict

from wijkinfo.db.models import (
    Attribute,
    Location,
    Organization,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from wijkinfo.services.exchange.hsds_outcome import Batch, Existing, WriterState, path_of
from wijkinfo.services.exchange.hsds_rows import OWNED, Model, Rows, locate
from wijkinfo.services.exchange.records import Record
from wijkinfo.services.messages import Message


class ReferenceChecks(WriterState):
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
            self._loose_locations(record, rows, known[Organization])
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

    def _loose_locations(self, record: Record, rows: Rows, orgs: set[str]) -> None:
        """A location's own organisation is optional in HSDS: one that is nowhere is left out."""
        for r in rows.get(Location, ()):
            org = r["organization_id"]
            if org and org not in orgs:
                self.out.caution(
                    record,
                    path_of(locate(record.data, Location, r["id"]), "organization_id"),
                    Message(
                        "organisatie ‘{id}’ staat nergens; de locatie wordt ingelezen bij de "
                        "organisatie van de dienst",
                        id=org,
                    ),
                )
                r["organization_id"] = None

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
                        path_of(locate(data, model, r["id"]), "organization_id"),
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
                    path_of(where, "taxonomy_id"),
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

"""Linking taxonomy terms to their parents, which may come later in the file or never.

A term is written without its parent first; the link is made as soon as the parent is there
(in this batch, a later one, or the database). A parent that never comes is a warning.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam

from wijkinfo.db.models import TaxonomyTerm
from wijkinfo.services.exchange.hsds_outcome import Batch, Existing, WriterState, path_of
from wijkinfo.services.exchange.hsds_rows import locate, table_of
from wijkinfo.services.exchange.records import Record
from wijkinfo.services.messages import Message


class TermParents(WriterState):
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
                    path_of(path, "parent_id"),
                    Message(
                        "de bovenliggende term ‘{parent}’ van ‘{id}’ staat nergens; de term "
                        "staat nu los",
                        parent=parent,
                        id=term_id,
                    ),
                )
            self.pending_parents.clear()

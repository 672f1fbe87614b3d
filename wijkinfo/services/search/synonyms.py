"""Search synonyms coordinators add (the shipped ones live in search_terms.BUILTIN_SYNONYMS)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from wijkinfo.db.models import SearchSynonym
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import DIRECTORY, Change
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.search.terms import words


@dataclass(frozen=True)
class SynonymView:
    id: str
    term: str
    expands_to: str


class SynonymService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self, *, actor: Actor) -> list[SynonymView]:
        require(actor, "directory.edit")
        with self.store.sessions() as session:
            return [
                SynonymView(s.id, s.term, s.expands_to)
                for s in session.scalars(select(SearchSynonym).order_by(SearchSynonym.term))
            ]

    def add(self, *, actor: Actor, term: str, expands_to: str) -> SynonymView:
        """When someone types ``term`` (one word), also search for ``expands_to``."""
        require(actor, "directory.edit")
        if not isinstance(term, str) or len(words(term)) != 1 or len(term) > 100:
            raise UserError("Vul één zoekwoord in, zoals: geldzorgen.")
        if not isinstance(expands_to, str) or not words(expands_to) or len(expands_to) > 100:
            raise UserError("Vul in waar het zoekwoord ook naar moet zoeken, zoals: schulden.")
        term, expands_to = words(term)[0], " ".join(words(expands_to))
        with self.store.unit_of_work(author=actor.user_id) as session:
            row = SearchSynonym(term=term, expands_to=expands_to, builtin=False)
            session.add(row)
            session.flush()
            view = SynonymView(row.id, term, expands_to)
        self.store.events.publish(Change(DIRECTORY, ()))
        return view

    def remove(self, *, actor: Actor, synonym_id: str) -> None:
        require(actor, "directory.edit")
        with self.store.unit_of_work(author=actor.user_id) as session:
            row = session.get(SearchSynonym, synonym_id)
            if row is None:
                raise UserError("Dit zoekwoord bestaat niet (meer).")
            session.delete(row)
        self.store.events.publish(Change(DIRECTORY, ()))

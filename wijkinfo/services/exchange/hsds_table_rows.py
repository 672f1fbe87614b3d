"""The sociale kaart as the rows of the official HSDS tables (``hsds_package`` writes them).

Rows hold plain values under the official column names; a column wijkinfo does not keep is
simply absent (an empty cell). Each service's rows follow the services in name order, so an
export of the same data is the same file, byte for byte.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from wijkinfo.db.models import Attribute, TaxonomyTerm
from wijkinfo.services.exchange.hsds_nested import Directory, plain
from wijkinfo.services.exchange.hsds_own_taxonomy import (
    derived_id,
    own_taxonomy,
    own_term,
    own_term_id,
)
from wijkinfo.services.exchange.hsds_package import official_columns
from wijkinfo.services.exchange.hsds_rows import CLOSED_LABEL, DO_NOT_REFER_LABEL

Tables = dict[str, list[dict[str, Any]]]


def _row(obj: Any, resource: str) -> dict[str, Any]:
    """The official columns of ``resource`` that the stored ``obj`` has."""
    out: dict[str, Any] = {}
    stored = obj.__table__.c  # columns only: ``taxonomy`` is also a term's relationship
    for name in official_columns(resource):
        if name in stored:
            value = plain(getattr(obj, name), seconds=True)
            if value is not None:
                out[name] = value
    return out


class _Attributes:
    """Attribute rows; a plain label gets (and declares) a term of wijkinfo's own taxonomy."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.labels: set[str | None] = set()

    def stored(self, d: Directory, a: Attribute) -> None:
        row = _row(a, "attribute")
        if a.taxonomy_term_id not in d.terms:
            row["taxonomy_term_id"] = self._own(a.label)
        self.rows.append(row)

    def flag(self, link_id: str, entity: str, label: str, value: str | None) -> None:
        self.rows.append(
            {
                "id": derived_id(link_id, label),
                "link_id": link_id,
                "taxonomy_term_id": self._own(label),
                "link_entity": entity,
                "value": value,
                "label": label,
            }
        )

    def _own(self, label: str | None) -> str:
        self.labels.add(label)
        return own_term_id(label)


def table_rows(d: Directory) -> Tables:
    """Every official table wijkinfo keeps, as rows (resource name → rows)."""
    tables: Tables = defaultdict(list)
    attributes = _Attributes()
    for org in d.orgs.values():
        tables["organization"].append(_row(org, "organization"))
        for a in d.attributes.get(("organization", org.id), ()):
            attributes.stored(d, a)
    for phone in d.phones.get(None, ()):  # an organisation's or a location's own number
        tables["phone"].append(_row(phone, "phone"))
    for s in d.services:
        tables["service"].append(_row(s, "service"))
        for a in d.attributes.get(("service", s.id), ()):
            attributes.stored(d, a)
        if s.do_not_refer:
            attributes.flag(s.id, "service", DO_NOT_REFER_LABEL, s.do_not_refer_reason or None)
        for sal in d.sals.get(s.id, ()):
            tables["service_at_location"].append(_row(sal, "service_at_location"))
        for phone in d.phones.get(s.id, ()):
            tables["phone"].append(_row(phone, "phone"))
        for sch in d.schedules.get(s.id, ()):
            tables["schedule"].append(_row(sch, "schedule"))
            if sch.is_closed:
                attributes.flag(sch.id, "schedule", CLOSED_LABEL, "true")
        for doc in d.documents.get(s.id, ()):
            tables["required_document"].append(_row(doc, "required_document"))
        for lang in d.languages.get(s.id, ()):
            tables["language"].append(_row(lang, "language"))
    for loc in d.locations.values():
        tables["location"].append(_row(loc, "location"))
        for a in d.attributes.get(("location", loc.id), ()):
            attributes.stored(d, a)
        for address in d.addresses.get(loc.id, ()):
            tables["address"].append(_row(address, "address"))
        for acc in d.accessibility.get(loc.id, ()):
            tables["accessibility"].append(_row(acc, "accessibility"))
    tables["attribute"] = attributes.rows
    for term in d.terms.values():
        tables["taxonomy_term"].append(_term_row(d, term))
    for tax in d.taxonomies.values():
        tables["taxonomy"].append(_row(tax, "taxonomy"))
    if attributes.labels:
        tables["taxonomy_term"] += [
            own_term(label) for label in sorted(attributes.labels, key=lambda x: x or "")
        ]
        tables["taxonomy"].append(own_taxonomy())
    return tables


def _term_row(d: Directory, term: TaxonomyTerm) -> dict[str, Any]:
    row = _row(term, "taxonomy_term")
    tax = d.taxonomies.get(term.taxonomy_id or "")
    if tax:
        row["taxonomy"] = tax.name
    return row

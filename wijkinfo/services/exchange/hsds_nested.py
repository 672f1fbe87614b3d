"""The sociale kaart as nested HSDS 3.1 JSON services (valid against the compiled schema).

Everything is loaded once (``Directory``), grouped by owner, so an export costs a few queries
whatever its size. wijkinfo's Dutch additions travel as HSDS attributes with a term of its own
taxonomy (``hsds_own_taxonomy``): ``niet_doorverwijzen`` on a service and ``closed`` on a
closure schedule, with ids derived from the record, so exports are stable.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkinfo.db.models import (
    Accessibility,
    Address,
    Attribute,
    Language,
    Location,
    Organization,
    Phone,
    RequiredDocument,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)
from wijkinfo.services.exchange.hsds_own_taxonomy import derived_id, own_term_id, own_term_json
from wijkinfo.services.exchange.hsds_rows import CLOSED_LABEL, DO_NOT_REFER_LABEL

#: A service's own fields, in this order in the JSON service.
SERVICE_FIELDS: tuple[str, ...] = (
    "id",
    "organization_id",
    "name",
    "alternate_name",
    "description",
    "url",
    "email",
    "status",
    "interpretation_services",
    "application_process",
    "fees_description",
    "wait_time",
    "eligibility_description",
    "minimum_age",
    "maximum_age",
    "assured_date",
    "assurer_email",
    "alert",
    "last_modified",
)
TAXONOMY_FIELDS = ("id", "name", "description", "uri", "version")
_TERM_FIELDS = ("id", "code", "name", "description", "parent_id", "language", "taxonomy_id")
LOCATION_FIELDS = (
    "id",
    "location_type",
    "url",
    "organization_id",
    "name",
    "alternate_name",
    "description",
    "transportation",
    "latitude",
    "longitude",
)
ADDRESS_FIELDS = (
    "id",
    "location_id",
    "attention",
    "address_1",
    "address_2",
    "city",
    "region",
    "state_province",
    "postal_code",
    "country",
    "address_type",
)
SCHEDULE_FIELDS = (
    "id",
    "service_id",
    "valid_from",
    "valid_to",
    "dtstart",
    "until",
    "freq",
    "interval",
    "byday",
    "bymonthday",
    "opens_at",
    "closes_at",
    "description",
    "notes",
)
_ATTRIBUTE_FIELDS = ("id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "label")


def plain(value: Any, *, seconds: bool = False) -> Any:
    """A stored value as HSDS writes it (times as HH:MM, or HH:MM:SS with ``seconds``)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None  # Infinity or NaN (an older import) is no JSON: leave the value out
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if seconds else "%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return value


def fields(obj: Any, names: tuple[str, ...], required: tuple[str, ...] = ()) -> dict[str, Any]:
    """HSDS leaves unknown values out (its fields are not nullable); required ones become ''."""
    out: dict[str, Any] = {}
    for name in names:
        value = plain(getattr(obj, name))
        if value is None and name in required:
            value = ""
        if value is not None:
            out[name] = value
    return out


class Directory:
    """Everything loaded once, grouped by owner, so a nested export costs a few queries."""

    def __init__(self, session: Session) -> None:
        def group(model: type[Any], key: str) -> defaultdict[Any, list[Any]]:
            out: defaultdict[Any, list[Any]] = defaultdict(list)
            row: Any
            for row in session.scalars(select(model).order_by(model.id)):
                out[getattr(row, key)].append(row)
            return out

        self.services = list(session.scalars(select(Service).order_by(Service.name, Service.id)))
        self.orgs = {
            o.id: o
            for o in session.scalars(
                select(Organization).order_by(Organization.name, Organization.id)
            )
        }
        self.locations = {
            loc.id: loc for loc in session.scalars(select(Location).order_by(Location.id))
        }
        self.taxonomies = {
            t.id: t for t in session.scalars(select(Taxonomy).order_by(Taxonomy.name, Taxonomy.id))
        }
        self.terms = {
            t.id: t
            for t in session.scalars(
                select(TaxonomyTerm).order_by(TaxonomyTerm.taxonomy_id, TaxonomyTerm.id)
            )
        }
        self.phones = group(Phone, "service_id")
        self.schedules = group(Schedule, "service_id")
        for rows in (*self.phones.values(), *self.schedules.values()):
            rows.sort(key=lambda r: (r.position, r.id))
        self.languages = group(Language, "service_id")
        self.documents = group(RequiredDocument, "service_id")
        self.sals = group(ServiceAtLocation, "service_id")
        self.addresses = group(Address, "location_id")
        self.accessibility = group(Accessibility, "location_id")
        #: (link_entity, link_id) → attributes
        self.attributes: defaultdict[tuple[str, str], list[Attribute]] = defaultdict(list)
        for a in session.scalars(select(Attribute).order_by(Attribute.id)):
            self.attributes[(a.link_entity, a.link_id)].append(a)


def term_json(d: Directory, term: TaxonomyTerm) -> dict[str, Any]:
    out = fields(term, (*_TERM_FIELDS, "term_uri"), required=("description",))
    tax = d.taxonomies.get(term.taxonomy_id or "")
    if tax:
        out["taxonomy"] = tax.name
        out["taxonomy_detail"] = fields(tax, TAXONOMY_FIELDS, required=("description",))
    return out


def attribute_json(d: Directory, a: Attribute) -> dict[str, Any]:
    """A stored attribute; a plain label gets its term of wijkinfo's own taxonomy."""
    item = fields(a, _ATTRIBUTE_FIELDS)
    if a.value is not None:
        item["value"] = a.value
    term = d.terms.get(a.taxonomy_term_id or "")
    if term:
        item["taxonomy_term"] = term_json(d, term)
    else:
        item["taxonomy_term_id"] = own_term_id(a.label)
        item["taxonomy_term"] = own_term_json(a.label)
    return item


def flag_json(link_id: str, entity: str, label: str, value: str | None) -> dict[str, Any]:
    """An attribute wijkinfo keeps as a column (closed, niet doorverwijzen), id derived."""
    item: dict[str, Any] = {
        "id": derived_id(link_id, label),
        "link_id": link_id,
        "link_entity": entity,
        "taxonomy_term_id": own_term_id(label),
        "label": label,
    }
    if value is not None:
        item["value"] = value
    item["taxonomy_term"] = own_term_json(label)
    return item


def location_json(d: Directory, loc: Location) -> dict[str, Any]:
    out = fields(loc, LOCATION_FIELDS)
    out["addresses"] = [
        fields(
            a,
            ADDRESS_FIELDS,
            required=("state_province", "postal_code", "country", "address_type"),
        )
        for a in d.addresses.get(loc.id, [])
    ]
    out["accessibility"] = [
        fields(a, ("id", "location_id", "description", "details", "url"))
        for a in d.accessibility.get(loc.id, [])
    ]
    out["attributes"] = [attribute_json(d, a) for a in d.attributes.get(("location", loc.id), [])]
    return out


def service_json(d: Directory, s: Service) -> dict[str, Any]:
    out = fields(s, SERVICE_FIELDS)
    org = d.orgs.get(s.organization_id or "")
    if org:
        out["organization"] = fields(
            org,
            ("id", "name", "alternate_name", "description", "email", "website", "logo"),
            required=("description",),
        )
    out["phones"] = [
        fields(p, ("id", "service_id", "number", "extension", "type", "description"))
        for p in d.phones.get(s.id, [])
    ]
    schedules = []
    for sch in d.schedules.get(s.id, []):
        item = fields(sch, SCHEDULE_FIELDS)
        if sch.is_closed:
            item["attributes"] = [flag_json(sch.id, "schedule", CLOSED_LABEL, "true")]
        schedules.append(item)
    out["schedules"] = schedules
    out["languages"] = [
        fields(lang, ("id", "service_id", "name", "code", "note"))
        for lang in d.languages.get(s.id, [])
    ]
    out["required_documents"] = [
        fields(doc, ("id", "service_id", "document", "uri")) for doc in d.documents.get(s.id, [])
    ]
    sals = []
    for sal in d.sals.get(s.id, []):
        item = fields(sal, ("id", "service_id", "location_id", "description"))
        loc = d.locations.get(sal.location_id)
        if loc:
            item["location"] = location_json(d, loc)
        sals.append(item)
    out["service_at_locations"] = sals
    attributes = [attribute_json(d, a) for a in d.attributes.get(("service", s.id), [])]
    if s.do_not_refer:
        attributes.append(
            flag_json(s.id, "service", DO_NOT_REFER_LABEL, s.do_not_refer_reason or None)
        )
    out["attributes"] = attributes
    return out

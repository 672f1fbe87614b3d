"""HSDS 3.1 JSON objects to wijkinfo rows: field names match, so this is a mapping.

Organisations, locations and taxonomy terms are shared: the same id means the same row.
Validation of untrusted files belongs to the importer; this module assumes checked input.
"""

from __future__ import annotations

from datetime import date, time
from typing import Any

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

DO_NOT_REFER_LABEL = "niet_doorverwijzen"
CLOSED_LABEL = "closed"

_SERVICE_FIELDS = (
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
    "assurer_email",
    "alert",
)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _time(value: str | None) -> time | None:
    if not value:
        return None
    hh, mm = value.split(":")[:2]
    return time(int(hh), int(mm))


def _is_free(fees: str | None) -> bool | None:
    if not fees:
        return None
    low = fees.lower()
    if low.startswith(("gratis", "kosteloos", "free")):
        return True
    if "€" in fees or "eur" in low:
        return False
    return None


def _get(session: Session, model, obj_id: str, **values):
    row = session.get(model, obj_id)
    if row is None:
        row = model(id=obj_id, **values)
        session.add(row)
    else:
        for key, value in values.items():
            setattr(row, key, value)
    return row


def add_taxonomy(session: Session, data: dict[str, Any]) -> Taxonomy:
    return _get(
        session,
        Taxonomy,
        data["id"],
        name=data["name"],
        description=data.get("description", ""),
        uri=data.get("uri"),
        version=data.get("version"),
    )


def add_taxonomy_term(session: Session, data: dict[str, Any]) -> TaxonomyTerm:
    return _get(
        session,
        TaxonomyTerm,
        data["id"],
        code=data.get("code"),
        name=data["name"],
        description=data.get("description", ""),
        parent_id=data.get("parent_id"),
        taxonomy_id=data.get("taxonomy_id"),
        language=data.get("language"),
        term_uri=data.get("term_uri"),
    )


def add_organization(session: Session, data: dict[str, Any]) -> Organization:
    return _get(
        session,
        Organization,
        data["id"],
        name=data["name"],
        alternate_name=data.get("alternate_name"),
        description=data.get("description", ""),
        email=data.get("email"),
        website=data.get("website"),
        logo=data.get("logo"),
    )


def add_location(session: Session, data: dict[str, Any], org_id: str | None) -> Location:
    loc = _get(
        session,
        Location,
        data["id"],
        organization_id=data.get("organization_id", org_id),
        location_type=data.get("location_type", "physical"),
        url=data.get("url"),
        name=data.get("name"),
        alternate_name=data.get("alternate_name"),
        description=data.get("description"),
        transportation=data.get("transportation"),
        latitude=data.get("latitude"),
        longitude=data.get("longitude"),
    )
    for a in data.get("addresses", []):
        _get(
            session,
            Address,
            a["id"],
            location_id=loc.id,
            attention=a.get("attention"),
            address_1=a["address_1"],
            address_2=a.get("address_2"),
            city=a["city"],
            region=a.get("region"),
            state_province=a.get("state_province"),
            postal_code=a.get("postal_code"),
            country=a.get("country", "NL"),
            address_type=a.get("address_type", "physical"),
        )
    for acc in data.get("accessibility", []):
        _get(
            session,
            Accessibility,
            acc["id"],
            location_id=loc.id,
            description=acc.get("description"),
            details=acc.get("details"),
            url=acc.get("url"),
        )
    return loc


def _closed(schedule: dict[str, Any]) -> bool:
    return any(
        a.get("label") == CLOSED_LABEL and str(a.get("value", "")).lower() == "true"
        for a in schedule.get("attributes", [])
    )


def add_service(session: Session, data: dict[str, Any]) -> Service:
    """Add (or update in place) one nested HSDS service with everything it holds."""
    org = data.get("organization")
    org_id = add_organization(session, org).id if org else data.get("organization_id")
    attributes = data.get("attributes", [])
    dnr = next((a for a in attributes if a.get("label") == DO_NOT_REFER_LABEL), None)
    values = {f: data.get(f) for f in _SERVICE_FIELDS}
    values["description"] = values["description"] or ""
    values["status"] = values["status"] or "active"
    service = _get(
        session,
        Service,
        data["id"],
        organization_id=org_id,
        assured_date=_date(data.get("assured_date")),
        do_not_refer=dnr is not None,
        do_not_refer_reason=(dnr or {}).get("value"),
        is_free=_is_free(data.get("fees_description")),
        **values,
    )
    for i, p in enumerate(data.get("phones", [])):
        _get(
            session,
            Phone,
            p["id"],
            service_id=service.id,
            number=p["number"],
            extension=p.get("extension"),
            type=p.get("type"),
            description=p.get("description"),
            position=i,
        )
    for i, s in enumerate(data.get("schedules", [])):
        _get(
            session,
            Schedule,
            s["id"],
            service_id=service.id,
            valid_from=_date(s.get("valid_from")),
            valid_to=_date(s.get("valid_to")),
            dtstart=_date(s.get("dtstart")),
            until=_date(s.get("until")),
            freq=s.get("freq"),
            interval=s.get("interval"),
            byday=s.get("byday"),
            bymonthday=s.get("bymonthday"),
            opens_at=_time(s.get("opens_at")),
            closes_at=_time(s.get("closes_at")),
            description=s.get("description"),
            notes=s.get("notes"),
            is_closed=_closed(s),
            position=i,
        )
    for lang in data.get("languages", []):
        _get(
            session,
            Language,
            lang["id"],
            service_id=service.id,
            name=lang.get("name"),
            code=lang.get("code"),
            note=lang.get("note"),
        )
    for doc in data.get("required_documents", []):
        _get(
            session,
            RequiredDocument,
            doc["id"],
            service_id=service.id,
            document=doc.get("document", ""),
            uri=doc.get("uri"),
        )
    for sal in data.get("service_at_locations", []):
        loc = sal.get("location")
        loc_id = add_location(session, loc, org_id).id if loc else sal["location_id"]
        _get(
            session,
            ServiceAtLocation,
            sal["id"],
            service_id=service.id,
            location_id=loc_id,
            description=sal.get("description"),
        )
    for a in attributes:
        if a.get("label") == DO_NOT_REFER_LABEL:
            continue
        term = a.get("taxonomy_term")
        if term:
            add_taxonomy_term(session, term)
        _get(
            session,
            Attribute,
            a["id"],
            link_id=service.id,
            link_type=a.get("link_type"),
            link_entity="service",
            taxonomy_term_id=a.get("taxonomy_term_id") or (term or {}).get("id"),
            label=a.get("label"),
            value=a.get("value"),
        )
    return service

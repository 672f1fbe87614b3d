"""A checked nested HSDS service as plain table rows, for bulk writing and comparing.

Every row holds every column (except ``last_modified``), so that rows of one table can be
written with one executemany and compared with what the database has.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time
from functools import cache
from typing import Any, cast

from sqlalchemy import Table

from wijkinfo.db.base import Base
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
from wijkinfo.services.exchange.hsds_own_taxonomy import is_own_term

#: wijkinfo's attribute labels on top of HSDS (see README, "Import and export")
DO_NOT_REFER_LABEL = "niet_doorverwijzen"
CLOSED_LABEL = "closed"


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _time(value: str | None) -> time | None:
    # The check allowed 09:30, 09:30:15.5, 09:30Z, 09:30+01:00: hours and minutes count.
    if not value:
        return None
    return time(int(value[0:2]), int(value[3:5]))


def _is_free(fees: str | None) -> bool | None:
    """A yes/no for the "gratis" filter from the fee text; None when it does not say."""
    if not fees:
        return None
    low = fees.lower()
    if low.startswith(("gratis", "kosteloos", "free")):
        return True
    if "€" in fees or "eur" in low:
        return False
    return None


# Written in this order (foreign keys), deleted in the reverse.
TABLES = (
    Organization,
    Taxonomy,
    TaxonomyTerm,
    Service,
    Location,
    Address,
    Accessibility,
    ServiceAtLocation,
    Phone,
    Schedule,
    Language,
    RequiredDocument,
    Attribute,
)
# Rows owned by one service: the key naming the service. Rows of the service that the new
# version no longer holds are deleted.
OWNED = {
    Phone: "service_id",
    Schedule: "service_id",
    Language: "service_id",
    RequiredDocument: "service_id",
    ServiceAtLocation: "service_id",
    Attribute: "link_id",
}
# The nested list of a service that holds each owned kind of row.
NESTED = {
    Phone: "phones",
    Schedule: "schedules",
    Language: "languages",
    RequiredDocument: "required_documents",
    ServiceAtLocation: "service_at_locations",
    Attribute: "attributes",
}
SKIP_COLUMNS = {"last_modified"}

Model = type[Base]
Rows = dict[Model, list[dict[str, Any]]]


def table_of(model: Model) -> Table:
    return cast(Table, model.__table__)


@cache
def _columns(model: Model) -> tuple[str, ...]:
    return tuple(c.name for c in table_of(model).columns if c.name not in SKIP_COLUMNS)


def columns(model: Model) -> list[str]:
    return list(_columns(model))


@cache
def _empty(model: Model) -> dict[str, Any]:
    return dict.fromkeys(_columns(model))


def _row(model: Model, **values: Any) -> dict[str, Any]:
    # Called for every row of every service: a copy of a ready dict is the quickest start.
    row = _empty(model).copy()
    row.update(values)
    return row


def _closed(schedule: dict[str, Any]) -> bool:
    return any(
        isinstance(a, dict)
        and a.get("label") == CLOSED_LABEL
        and str(a.get("value", "")).lower() == "true"
        for a in schedule.get("attributes") or []
    )


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def term_rows(term: dict[str, Any], rows: Rows) -> None:
    detail = term.get("taxonomy_detail")
    if isinstance(detail, dict):
        rows[Taxonomy].append(taxonomy_row(detail))
    rows[TaxonomyTerm].append(
        _row(
            TaxonomyTerm,
            id=term["id"],
            taxonomy_id=term.get("taxonomy_id") or (detail or {}).get("id"),
            parent_id=term.get("parent_id") or None,
            code=term.get("code"),
            name=term["name"],
            description=term.get("description") or "",
            language=term.get("language"),
            term_uri=term.get("term_uri"),
        )
    )


def taxonomy_row(data: dict[str, Any]) -> dict[str, Any]:
    return _row(
        Taxonomy,
        id=data["id"],
        name=data["name"],
        description=data.get("description") or "",
        uri=data.get("uri"),
        version=data.get("version"),
    )


def service_rows(data: dict[str, Any]) -> Rows:
    """All rows one nested service brings (its organisation, locations and terms too)."""
    rows: Rows = defaultdict(list)
    org = data.get("organization")
    org_id = org["id"] if org else data.get("organization_id")
    if org:
        rows[Organization].append(
            _row(
                Organization,
                id=org["id"],
                name=org["name"],
                alternate_name=org.get("alternate_name"),
                description=org.get("description") or "",
                email=org.get("email"),
                website=org.get("website"),
                logo=org.get("logo"),
                parent_organization_id=None,
            )
        )
    attributes = data.get("attributes") or []
    dnr = next((a for a in attributes if a.get("label") == DO_NOT_REFER_LABEL), None)
    sid = data["id"]
    rows[Service].append(
        _row(
            Service,
            id=sid,
            organization_id=org_id,
            name=data["name"],
            alternate_name=data.get("alternate_name"),
            description=data.get("description") or "",
            url=data.get("url"),
            email=data.get("email"),
            status=data.get("status") or "active",
            do_not_refer=dnr is not None,
            do_not_refer_reason=_text((dnr or {}).get("value")),
            interpretation_services=data.get("interpretation_services"),
            application_process=data.get("application_process"),
            fees_description=data.get("fees_description"),
            is_free=_is_free(data.get("fees_description")),
            wait_time=data.get("wait_time"),
            eligibility_description=data.get("eligibility_description"),
            minimum_age=_int(data.get("minimum_age")),
            maximum_age=_int(data.get("maximum_age")),
            assured_date=_date(data.get("assured_date")),
            assurer_email=data.get("assurer_email"),
            alert=data.get("alert"),
        )
    )
    for i, p in enumerate(data.get("phones") or []):
        rows[Phone].append(
            _row(
                Phone,
                id=p["id"],
                service_id=sid,
                number=p["number"].strip().strip('"'),
                extension=_int(p.get("extension")),
                type=p.get("type"),
                description=p.get("description"),
                position=i,
            )
        )
    for i, s in enumerate(data.get("schedules") or []):
        rows[Schedule].append(
            _row(
                Schedule,
                id=s["id"],
                service_id=sid,
                valid_from=_date(s.get("valid_from")),
                valid_to=_date(s.get("valid_to")),
                dtstart=_date(s.get("dtstart")),
                until=_date(s.get("until")),
                freq=s.get("freq"),
                interval=_int(s.get("interval")),
                byday=s.get("byday"),
                bymonthday=s.get("bymonthday"),
                opens_at=_time(s.get("opens_at")),
                closes_at=_time(s.get("closes_at")),
                description=s.get("description"),
                notes=s.get("notes"),
                is_closed=_closed(s),
                position=i,
            )
        )
    for lang in data.get("languages") or []:
        rows[Language].append(
            _row(
                Language,
                id=lang["id"],
                service_id=sid,
                name=lang.get("name"),
                code=lang.get("code"),
                note=lang.get("note"),
            )
        )
    for doc in data.get("required_documents") or []:
        rows[RequiredDocument].append(
            _row(
                RequiredDocument,
                id=doc["id"],
                service_id=sid,
                document=doc.get("document") or "",
                uri=doc.get("uri"),
            )
        )
    for sal in data.get("service_at_locations") or []:
        loc = sal.get("location")
        if loc:
            _location_rows(loc, rows)
        rows[ServiceAtLocation].append(
            _row(
                ServiceAtLocation,
                id=sal["id"],
                service_id=sid,
                location_id=loc["id"] if loc else sal["location_id"],
                description=sal.get("description"),
            )
        )
    for a in attributes:
        if a is dnr:
            continue
        term = a.get("taxonomy_term")
        term_id = a.get("taxonomy_term_id") or (term or {}).get("id")
        if is_own_term(term_id, a.get("label")):
            term = term_id = None  # wijkinfo keeps its own labels without a term
        if term:
            term_rows(term, rows)
        rows[Attribute].append(
            _row(
                Attribute,
                id=a["id"],
                link_id=sid,
                link_type=a.get("link_type"),
                link_entity="service",
                taxonomy_term_id=term_id,
                label=a.get("label"),
                value=_text(a.get("value")),
            )
        )
    return rows


def _location_rows(loc: dict[str, Any], rows: Rows) -> None:
    rows[Location].append(
        _row(
            Location,
            id=loc["id"],
            # Without its own organisation a shared location keeps the one it has (writer).
            organization_id=loc.get("organization_id") or None,
            location_type=loc.get("location_type") or "physical",
            url=loc.get("url"),
            name=loc.get("name"),
            alternate_name=loc.get("alternate_name"),
            description=loc.get("description"),
            transportation=loc.get("transportation"),
            latitude=loc.get("latitude"),
            longitude=loc.get("longitude"),
        )
    )
    for a in loc.get("addresses") or []:
        rows[Address].append(
            _row(
                Address,
                id=a["id"],
                location_id=loc["id"],
                attention=a.get("attention"),
                address_1=a["address_1"],
                address_2=a.get("address_2"),
                city=a["city"],
                region=a.get("region"),
                state_province=a.get("state_province") or None,
                postal_code=a.get("postal_code") or None,
                country=(a.get("country") or "NL").upper(),
                address_type=a.get("address_type") or "physical",
            )
        )
    for acc in loc.get("accessibility") or []:
        rows[Accessibility].append(
            _row(
                Accessibility,
                id=acc["id"],
                location_id=loc["id"],
                description=acc.get("description"),
                details=acc.get("details"),
                url=acc.get("url"),
            )
        )


def locate(data: dict[str, Any], model: Model, row_id: str) -> str:
    """Where in the nested service ``data`` the row ``row_id`` of ``model`` came from.

    Looked up only when something is wrong with the row, so the quick path builds no paths.
    """
    if model is Service:
        return ""
    if model is Organization:
        return "organization"
    key = NESTED.get(model)
    if key is not None:
        for i, item in enumerate(data.get(key) or [], 1):
            if item.get("id") == row_id:
                return f"{key}[{i}]"
    for i, sal in enumerate(data.get("service_at_locations") or [], 1):
        loc = sal.get("location") or {}
        path = f"service_at_locations[{i}].location"
        if model is Location and loc.get("id") == row_id:
            return path
        for sub in ("addresses", "accessibility"):
            for j, item in enumerate(loc.get(sub) or [], 1):
                if item.get("id") == row_id:
                    return f"{path}.{sub}[{j}]"
    for i, attr in enumerate(data.get("attributes") or [], 1):
        if model is TaxonomyTerm and (attr.get("taxonomy_term") or {}).get("id") == row_id:
            return f"attributes[{i}].taxonomy_term"
    return table_of(model).name

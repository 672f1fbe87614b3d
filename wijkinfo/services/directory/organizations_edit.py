"""Coordinators keep the organisations behind the services: create, edit, retire, bring back.

HSDS has no status for an organisation. A retired one carries the attribute ``niet_actief``
(a Dutch addition, like ``niet_doorverwijzen``); its value lists the services that retiring
made inactive, so that "weer actief" brings back exactly those and not ones retired earlier.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wijkinfo.db.models import Attribute, Organization, Phone, Service
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.directory.checks import (
    MAX_NAME,
    at_field,
    check_email,
    check_phone,
    check_url,
    text,
)
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import DIRECTORY, Change
from wijkinfo.services.people.auth import Actor, require

NOT_ACTIVE_LABEL = "niet_actief"
# Services that count as offered: these go inactive with their organisation.
_OFFERED = ("active", "temporarily closed")


@dataclass(frozen=True)
class OrganizationRow:
    """One line of the organisation list."""

    id: str
    name: str
    active: bool
    services: int


@dataclass(frozen=True)
class OrganizationForm:
    """An organisation as the editor shows it."""

    id: str
    name: str
    description: str
    website: str | None
    email: str | None
    phone: str | None
    active: bool
    active_services: int


def _marker(session: Session, organization_id: str) -> Attribute | None:
    return session.scalars(
        select(Attribute).where(
            Attribute.link_entity == "organization",
            Attribute.link_id == organization_id,
            Attribute.label == NOT_ACTIVE_LABEL,
        )
    ).first()


def _organization(session: Session, organization_id: str | None) -> Organization:
    org = session.get(Organization, organization_id or "")
    if org is None:
        raise UserError("Deze organisatie bestaat niet (meer). Kies er een uit de lijst.")
    return org


def _own_phone(session: Session, organization_id: str) -> Phone | None:
    """The organisation's general number (not one of a service or a location)."""
    return session.scalars(
        select(Phone)
        .where(
            Phone.organization_id == organization_id,
            Phone.service_id.is_(None),
            Phone.location_id.is_(None),
        )
        .order_by(Phone.position)
    ).first()


def organization_is_active(session: Session, organization_id: str) -> bool:
    return _marker(session, organization_id) is None


class OrganizationEditor:
    def __init__(self, store: Store) -> None:
        self.store = store

    def save_organization(
        self,
        *,
        actor: Actor,
        name: str,
        organization_id: str | None = None,
        description: str | None = None,
        website: str | None = None,
        email: str | None = None,
        phone: str | None = None,
    ) -> str:
        """Create or change an organisation; everything is checked before anything is saved."""
        require(actor, "directory.edit")
        name = text(name, "name", required=True, most=MAX_NAME)
        description = text(description, "description") or ""
        website, email = check_url(website, "website"), check_email(email)
        number = check_phone(phone, "phone", required=False)
        with self.store.unit_of_work(author=actor.user_id) as session:
            org = _organization(session, organization_id) if organization_id else Organization()
            twin = session.scalar(
                select(Organization.name).where(
                    func.lower(Organization.name) == name.lower(), Organization.id != org.id
                )
            )
            if twin is not None:
                with at_field("name"):
                    raise UserError(
                        "Er is al een organisatie ‘{name}’. Kies die in de lijst, "
                        "of geef deze een andere naam.",
                        name=twin,
                    )
            org.name, org.description, org.website, org.email = name, description, website, email
            session.add(org)
            session.flush()
            own = _own_phone(session, org.id)
            if number and own:
                own.number = number
            elif number:
                session.add(Phone(organization_id=org.id, number=number, position=0))
            elif own:
                session.delete(own)
            org_id = org.id
            service_ids = tuple(
                session.scalars(select(Service.id).where(Service.organization_id == org_id))
            )
        # the ids make an open detail of one of its services show the new name at once
        self.store.events.publish(Change(DIRECTORY, service_ids))
        return org_id

    def retire_organization(self, *, actor: Actor, organization_id: str) -> int:
        """No longer active: kept for history; its offered services go inactive with it.

        Returns how many services went inactive.
        """
        require(actor, "directory.edit")
        with self.store.unit_of_work(author=actor.user_id) as session:
            org = _organization(session, organization_id)
            if _marker(session, org.id) is not None:
                raise UserError("{name} staat al op niet actief.", name=org.name)
            services = list(
                session.scalars(
                    select(Service).where(
                        Service.organization_id == org.id, Service.status.in_(_OFFERED)
                    )
                )
            )
            for service in services:
                service.status = "inactive"
            ids = [s.id for s in services]
            session.add(
                Attribute(
                    link_entity="organization",
                    link_id=org.id,
                    label=NOT_ACTIVE_LABEL,
                    value=json.dumps(ids),
                )
            )
        self.store.events.publish(Change(DIRECTORY, tuple(ids)))
        return len(ids)

    def reactivate_organization(self, *, actor: Actor, organization_id: str) -> int:
        """Active again, with the services that retiring it made inactive; returns how many."""
        require(actor, "directory.edit")
        with self.store.unit_of_work(author=actor.user_id) as session:
            org = _organization(session, organization_id)
            marker = _marker(session, org.id)
            if marker is None:
                raise UserError("{name} is al actief.", name=org.name)
            try:
                retired_with = [str(i) for i in json.loads(marker.value or "[]")]
            except (ValueError, TypeError):
                retired_with = []
            services = list(
                session.scalars(
                    select(Service).where(
                        Service.id.in_(retired_with),
                        Service.organization_id == org.id,
                        Service.status == "inactive",
                    )
                )
            )
            for service in services:
                service.status = "active"
            session.delete(marker)
            ids = tuple(s.id for s in services)
        self.store.events.publish(Change(DIRECTORY, ids))
        return len(ids)

    def organization_list(self, *, actor: Actor) -> list[OrganizationRow]:
        """Every organisation, active ones first, by name, with its number of services."""
        require(actor, "directory.edit")
        with self.store.sessions() as session:
            retired = set(
                session.scalars(
                    select(Attribute.link_id).where(
                        Attribute.link_entity == "organization", Attribute.label == NOT_ACTIVE_LABEL
                    )
                )
            )
            counts = dict(
                session.execute(
                    select(Service.organization_id, func.count()).group_by(Service.organization_id)
                ).all()
            )
            rows = [
                OrganizationRow(org_id, name, org_id not in retired, counts.get(org_id, 0))
                for org_id, name in session.execute(select(Organization.id, Organization.name))
            ]
        return sorted(rows, key=lambda r: (not r.active, r.name.casefold()))

    def organization_form(self, *, actor: Actor, organization_id: str) -> OrganizationForm:
        require(actor, "directory.edit")
        with self.store.sessions() as session:
            org = _organization(session, organization_id)
            own = _own_phone(session, org.id)
            offered = session.scalar(
                select(func.count())
                .select_from(Service)
                .where(Service.organization_id == org.id, Service.status.in_(_OFFERED))
            )
            return OrganizationForm(
                id=org.id,
                name=org.name,
                description=org.description or "",
                website=org.website,
                email=org.email,
                phone=own.number if own else None,
                active=_marker(session, org.id) is None,
                active_services=offered or 0,
            )

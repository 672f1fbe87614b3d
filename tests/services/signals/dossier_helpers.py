"""A sociale kaart with one organisation and its service, and signals about them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from tests.services.signals.signal_helpers import TODAY, log
from wijkinfo.db.models import Organization, Service
from wijkinfo.services.signals import review


def org_and_service(store) -> tuple[str, str, str]:
    """(organisation id, its name, one of its services' id) from the demo."""
    with store.sessions() as s:
        service = s.scalars(select(Service).where(Service.organization_id.is_not(None))).first()
        org = s.get(Organization, service.organization_id)
        return org.id, org.name, service.id


def close(store, kees, signal_id, *, forwarded_on, closed_on, outcome="opgelost"):
    """Take a signal through in behandeling → doorgezet → afgehandeld on the given days."""
    version = review.get_signal(store, actor=kees, signal_id=signal_id, today=TODAY).row.version
    steps = [
        ("in_behandeling", forwarded_on, {}),
        ("doorgezet", forwarded_on, {"forwarded_to": "Geldfit"}),
        ("afgehandeld", closed_on, {"outcome": outcome}),
    ]
    for target, day, extra in steps:
        review.change_status(
            store,
            actor=kees,
            signal_id=signal_id,
            to_status=target,
            expected_version=version,
            now=datetime(day.year, day.month, day.day, 10),
            **extra,
        )
        version += 1


def signals_about(store, volunteer, org_id, service_id, n, **overrides):
    ids = []
    for i in range(n):
        args = dict(
            signal_date=date(2026, 10, 1 + i % 28),
            organization_ids=[org_id] if i % 2 == 0 else [],
            service_ids=[service_id] if i % 2 else [],
        )
        args.update(overrides)
        ids.append(log(store, volunteer, **args).id)
    return ids

"""Shared actors and a helper to log a signal, for the signal tests."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from wijkinfo.services.people import users
from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.services.signals import intake as signals
from wijkinfo.services.vocabulary import places

TODAY = date(2026, 11, 23)  # a Monday


def make_people(store) -> tuple[Actor, Actor, Actor]:
    """Two coordinators and a volunteer with real user rows."""
    users.create_first_coordinator(store, name="Kees", password="geheim12")
    kees = users.sign_in(store, name="Kees", password="geheim12")
    users.create_user(store, actor=kees, name="Fatima", password="geheim12", role="coordinator")
    users.create_user(store, actor=kees, name="Ans", password="2580", role="volunteer")
    fatima = users.sign_in(store, name="Fatima", password="geheim12")
    ans = users.sign_in(store, name="Ans", password="2580")
    return kees, fatima, ans


def log(store, actor, **overrides):
    args = dict(
        signal_date=date(2026, 11, 20),
        theme_code="geldzorgen",
        description="Bewoner kreeg drie maanden geen antwoord op een aanvraag bijzondere bijstand.",
        wijk="Oost",
        buurt="Bloemenbuurt",
        urgency="normaal",
        today=TODAY,
    )
    args.update(overrides)
    listed(store, args.get("wijk"), args.get("buurt"))
    return signals.log_signal(store, actor=actor, **args)


#: who keeps the list in these tests: a coordinator, not the command line
LIST_KEEPER = Actor(user_id=None, name="Coördinator (lijst)", role=COORDINATOR)


def listed(store, wijk: str | None, buurt: str | None = None) -> None:
    """Put a wijk (and a buurt of it) on the shared list, as a coordinator does in Beheer: the
    signal form offers only what the list has."""
    if not isinstance(wijk, str | None) or not isinstance(buurt, str | None):
        return  # bad input for the service to refuse
    known = {(p.name, p.wijk_code) for p in places.list_places(store, retired=True)}
    codes = {p.name: p.code for p in places.list_places(store, retired=True) if p.is_wijk}
    if wijk and (wijk, "") not in known and wijk not in codes.values():
        codes[wijk] = places.add_place(store, actor=LIST_KEEPER, name=wijk).code
    wijk_code = codes.get(wijk or "", wijk or "")
    if buurt and wijk_code and (buurt, wijk_code) not in known:
        places.add_place(store, actor=LIST_KEEPER, name=buurt, wijk_code=wijk_code)


def count(store, model) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))

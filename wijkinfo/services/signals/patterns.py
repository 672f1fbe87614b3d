"""Patterns: the earlier signals like the one being reviewed, and the combinations of
organisation and theme that keep coming back, per quarter with their trend.

"Like" means: about the same service or organisation, the same theme, and words in common.
Words are compared folded (the search index's fold, db/text_fold.py), so *wachtlijst* and
*Wachtlijst* match and so do *cafe* and *café*.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from wijkinfo.db.models import Organization, Signal, SignalOrganization, SignalService
from wijkinfo.db.models.signals import SignalTheme
from wijkinfo.db.text_fold import fold
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.signals.queue import summary_of

LOOK_BACK_DAYS = 365
CANDIDATES = 500
_WORD = re.compile(r"\w{4,}")
# Words every signal has: they say nothing about what went wrong.
_COMMON = frozenset(
    fold(w)
    for w in [
        "bewoner",
        "bewoonster",
        "niet",
        "geen",
        "heeft",
        "hebben",
        "werd",
        "worden",
        "wordt",
        "kreeg",
        "krijgt",
        "maar",
        "voor",
        "omdat",
        "door",
        "over",
        "naar",
        "want",
        "zijn",
        "haar",
        "hier",
        "daar",
        "deze",
        "weet",
        "weken",
        "maanden",
        "dagen",
        "niets",
        "staat",
        "hoort",
        "kwam",
        "komt",
        "zonder",
        "alle",
        "veel",
        "nog",
        "ook",
        "toen",
        "sinds",
        "heel",
    ]
)


@dataclass(frozen=True)
class SimilarSignal:
    id: str
    signal_date: date
    theme_name: str
    status: str
    summary: str
    same_service: bool
    same_organisation: bool
    same_theme: bool
    words: tuple[str, ...]  # words in common, folded


@dataclass(frozen=True)
class Similar:
    signals: tuple[SimilarSignal, ...]
    this_quarter: int  # this quarter's signals about the same service or organisation and theme


@dataclass(frozen=True)
class Recurring:
    organisation: str
    theme: str
    per_quarter: tuple[tuple[str, int], ...]  # ("2026-K3", 4), oldest first
    trend: str  # "meer", "minder", "gelijk"


def words_of(text: str | None) -> set[str]:
    return {w for w in _WORD.findall(fold(text or "")) if w not in _COMMON}


def quarter_of(day: date) -> str:
    return f"{day.year}-K{(day.month - 1) // 3 + 1}"


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _links(
    session: Session, model: type[SignalOrganization] | type[SignalService], ids: list[str]
) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    if model is SignalOrganization:
        rows = session.execute(
            select(SignalOrganization.signal_id, SignalOrganization.organization_id).where(
                SignalOrganization.signal_id.in_(ids)
            )
        )
    else:
        rows = session.execute(
            select(SignalService.signal_id, SignalService.service_id).where(
                SignalService.signal_id.in_(ids)
            )
        )
    for sid, other in rows:
        out[sid].add(other)
    return out


def similar_signals(store: Store, *, actor: Actor, signal_id: str, limit: int = 8) -> Similar:
    """Earlier signals like this one, most alike first."""
    require(actor, "signal.review")
    with store.sessions() as session:
        signal = session.get(Signal, signal_id)
        if signal is None:
            raise UserError("Dit signaal bestaat niet (meer). Vernieuw de lijst.")
        orgs = _links(session, SignalOrganization, [signal_id]).get(signal_id, set())
        services = _links(session, SignalService, [signal_id]).get(signal_id, set())
        mine = words_of(signal.description)
        since = signal.signal_date - timedelta(days=LOOK_BACK_DAYS)
        related = [Signal.theme_id == signal.theme_id]
        if orgs:
            related.append(
                Signal.id.in_(
                    select(SignalOrganization.signal_id).where(
                        SignalOrganization.organization_id.in_(orgs)
                    )
                )
            )
        if services:
            related.append(
                Signal.id.in_(
                    select(SignalService.signal_id).where(SignalService.service_id.in_(services))
                )
            )
        rows = session.execute(
            select(
                Signal.id,
                Signal.signal_date,
                Signal.theme_id,
                SignalTheme.name,
                Signal.status,
                Signal.description,
            )
            .join(SignalTheme, SignalTheme.id == Signal.theme_id)
            .where(
                Signal.id != signal_id,
                Signal.signal_date >= since,
                Signal.signal_date <= signal.signal_date,
                or_(*related),
            )
            .order_by(Signal.signal_date.desc())
            .limit(CANDIDATES)
        ).all()
        ids = [r[0] for r in rows]
        their_orgs = _links(session, SignalOrganization, ids)
        their_services = _links(session, SignalService, ids)
        theme_id = signal.theme_id
        quarter = quarter_start(signal.signal_date)
    found = []
    this_quarter = 0
    for sid, day, other_theme, theme_name, status, text in rows:
        same_service = bool(services & their_services.get(sid, set()))
        same_org = bool(orgs & their_orgs.get(sid, set()))
        same_theme = other_theme == theme_id
        common = tuple(sorted(mine & words_of(text)))
        if same_theme and (same_service or same_org) and day >= quarter:
            this_quarter += 1
        score = 3 * same_service + 2 * same_org + same_theme + min(3, len(common))
        if score >= 2:
            found.append(
                (
                    score,
                    day,
                    SimilarSignal(
                        sid,
                        day,
                        theme_name,
                        status,
                        summary_of(text),
                        same_service,
                        same_org,
                        same_theme,
                        common,
                    ),
                )
            )
    found.sort(key=lambda f: (-f[0], -f[1].toordinal()))
    return Similar(tuple(f[2] for f in found[:limit]), this_quarter)


def recurring(
    store: Store, *, actor: Actor, quarters: int = 4, today: date | None = None, minimum: int = 3
) -> list[Recurring]:
    """Organisation × theme combinations with at least ``minimum`` signals over the last
    ``quarters`` quarters, the latest quarter compared with the one before."""
    require(actor, "signal.review")
    today = today or date.today()
    start = quarter_start(today)
    for _ in range(quarters - 1):
        start = quarter_start(start - timedelta(days=1))
    keys = []
    day = start
    while day <= today:
        keys.append(quarter_of(day))
        day = quarter_start(day + timedelta(days=93))
    with store.sessions() as session:
        rows = session.execute(
            select(Organization.name, SignalTheme.name, Signal.signal_date)
            .join(SignalOrganization, SignalOrganization.signal_id == Signal.id)
            .join(Organization, Organization.id == SignalOrganization.organization_id)
            .join(SignalTheme, SignalTheme.id == Signal.theme_id)
            .where(Signal.signal_date >= start, Signal.signal_date <= today)
        ).all()
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for org, theme, day in rows:
        counts[(org, theme)][quarter_of(day)] += 1
    out = []
    for (org, theme), per in counts.items():
        if sum(per.values()) < minimum:
            continue
        series = tuple((k, per.get(k, 0)) for k in keys)
        last, before = series[-1][1], series[-2][1] if len(series) > 1 else 0
        trend = "meer" if last > before else "minder" if last < before else "gelijk"
        out.append(Recurring(org, theme, series, trend))
    out.sort(key=lambda r: (-sum(n for _q, n in r.per_quarter), r.organisation, r.theme))
    return out

"""The shared themes: one tally button each, the signal form's list, the search filter.

They live in ``signal_theme`` (every signal points to its row) with a response time for
signals and an optional English name. Coordinators add, rename and retire them; a retired theme
stays for the tallies and signals that name it, it is only no longer offered.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from wijkinfo.db.models.signals import SignalTheme
from wijkinfo.services.audit import write_audit
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import VOCABULARY, Change
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.vocabulary.codes import clean_name, key, slug, theme_id

DEFAULT_RESPONSE_DAYS = 10
MAX_RESPONSE_DAYS = 250


@dataclass(frozen=True)
class ThemeEntry:
    code: str
    name: str
    name_en: str
    response_days: int
    active: bool

    def shown(self, language: str) -> str:
        """The name for a UI in ``language`` ("en" shows the English name when there is one)."""
        return self.name_en if language == "en" and self.name_en else self.name


def _entry(t: SignalTheme) -> ThemeEntry:
    return ThemeEntry(t.code, t.name, t.name_en or "", t.response_days, t.active)


def read_themes(session: Session, *, retired: bool = False) -> list[ThemeEntry]:
    query = select(SignalTheme).order_by(SignalTheme.name)
    if not retired:
        query = query.where(SignalTheme.active)
    return [_entry(t) for t in session.scalars(query)]


def list_themes(store: Store, *, retired: bool = False) -> list[ThemeEntry]:
    """The themes in name order; ``retired`` also lists the ones no longer offered."""
    with store.sessions() as session:
        return read_themes(session, retired=retired)


def theme_names(session: Session) -> dict[str, ThemeEntry]:
    """Every theme by code, retired ones too: reports name what old rows counted."""
    return {t.code: _entry(t) for t in session.scalars(select(SignalTheme))}


def _english(value: object) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return clean_name(value, place=False)


def _days(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_RESPONSE_DAYS:
        raise UserError(
            "De reactietermijn is een aantal werkdagen van 1 tot {max}.", max=MAX_RESPONSE_DAYS
        )
    return value


def _same_name(session: Session, name: str, *, besides: str | None = None) -> SignalTheme | None:
    wanted = key(name)
    for theme in session.scalars(select(SignalTheme)):
        if theme.code != besides and key(theme.name) == wanted:
            return theme
    return None


def add_theme(
    store: Store,
    *,
    actor: Actor,
    name: str,
    name_en: str | None = None,
    response_days: int = DEFAULT_RESPONSE_DAYS,
) -> ThemeEntry:
    """A new theme, offered at once on the tally bar, in the signal form and the filters."""
    require(actor, "directory.edit")
    clean, english, days = (
        clean_name(name, place=False),
        _english(name_en),
        _days(response_days),
    )
    code = slug(clean)
    with store.unit_of_work(author=actor.user_id) as session:
        same = _same_name(session, clean) or session.scalar(
            select(SignalTheme).where(SignalTheme.code == code)
        )
        if same is not None:
            if same.active:
                raise UserError("Het thema ‘{name}’ staat al in de lijst.", name=same.name)
            same.active = True  # adding a retired theme again brings it back
            write_audit(session, actor, "theme.restore", entity="theme", entity_id=same.code)
            entry = _entry(same)
        else:
            theme = SignalTheme(
                id=theme_id(code), code=code, name=clean, name_en=english, response_days=days
            )
            theme.active = True
            session.add(theme)
            session.flush()
            write_audit(session, actor, "theme.add", entity="theme", entity_id=code)
            entry = _entry(theme)
    store.events.publish(Change(VOCABULARY, (entry.code,)))
    return entry


def _get(session: Session, code: str) -> SignalTheme:
    theme = session.scalar(select(SignalTheme).where(SignalTheme.code == code))
    if theme is None:
        raise UserError(
            "Het thema {code} bestaat niet (meer). Kies een thema uit de lijst.", code=code
        )
    return theme


def rename_theme(
    store: Store, *, actor: Actor, code: str, name: str, name_en: str | None = None
) -> ThemeEntry:
    """A better name (and English name); the code stays, so counts and signals keep theirs."""
    require(actor, "directory.edit")
    clean, english = clean_name(name, place=False), _english(name_en)
    with store.unit_of_work(author=actor.user_id) as session:
        theme = _get(session, code)
        other = _same_name(session, clean, besides=code)
        if other is not None:
            raise UserError("Het thema ‘{name}’ staat al in de lijst.", name=other.name)
        theme.name, theme.name_en = clean, english
        write_audit(session, actor, "theme.rename", entity="theme", entity_id=code)
        entry = _entry(theme)
    store.events.publish(Change(VOCABULARY, (code,)))
    return entry


def set_theme_active(store: Store, *, actor: Actor, code: str, active: bool) -> ThemeEntry:
    """Retire a theme (no longer offered; old counts keep it) or bring it back."""
    require(actor, "directory.edit")
    with store.unit_of_work(author=actor.user_id) as session:
        theme = _get(session, code)
        if not active and theme.active:
            left = [t for t in read_themes(session) if t.code != code]
            if not left:
                raise UserError("Dit is het laatste thema. Voeg eerst een ander thema toe.")
        theme.active = bool(active)
        write_audit(
            session,
            actor,
            "theme.restore" if active else "theme.retire",
            entity="theme",
            entity_id=code,
        )
        entry = _entry(theme)
    store.events.publish(Change(VOCABULARY, (code,)))
    return entry

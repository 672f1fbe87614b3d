"""The contact tally: one click per contact at the desk, anonymous, for the municipality's report.

A contact has a channel (balie, telefoon, e-mail), one or more themes, and optionally the wijk
the resident lives in. Nothing about who. A mistaken click is undone, not deleted, so that a
synced count can follow the undo.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import String, func, select

from wijkinfo.db.models import CHANNELS, ContactTally, ContactTallyTheme, Referral
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import TALLIES, Change
from wijkinfo.services.exchange.csv_cells import guard_cell
from wijkinfo.services.languages import check_language, csv_delimiter, text_in
from wijkinfo.services.messages import Message, Named
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.signals.words import CHANNEL_WORDS, word
from wijkinfo.services.vocabulary.places import place_names, read_places
from wijkinfo.services.vocabulary.themes import read_themes, theme_names

HEADER = (Message("maand"), Message("thema"), Message("wijk"), Message("kanaal"), Message("aantal"))
UNKNOWN = Message("onbekend")
CHANNEL_NAMES = {code: str(CHANNEL_WORDS[code]) for code in CHANNELS}
#: the "channel" of a referral sheet's row in the report
REFERRAL_CHANNEL = "verwijsbrief"


@dataclass(frozen=True)
class Choice:
    code: str
    name: str
    name_en: str = ""  # a theme's English name, when a coordinator gave one


@dataclass(frozen=True)
class TallyRecorded:
    id: str
    channel: str
    themes: tuple[str, ...]
    wijk: str | None


@dataclass(frozen=True)
class DeskTotals:
    today: int
    week: int


@dataclass(frozen=True)
class TallyTotal:
    """One row of the coordinator's report: contacts (or referral sheets) per month and theme."""

    month: str  # 2026-11
    theme: str
    wijk: str
    channel: str
    contacts: int
    # The codes behind the Dutch names, for a window in another language ("" = not known).
    theme_code: str = ""
    wijk_code: str = ""
    channel_code: str = ""  # balie, telefoon, e-mail, or verwijsbrief for a referral sheet


def csv_safe(value: object) -> str:
    """A cell a spreadsheet will not run as a formula: the one shared rule."""
    return guard_cell(value)


class Tallies:
    def __init__(self, store: Store) -> None:
        self.store = store

    def themes(self) -> list[Choice]:
        """The shared themes (services/vocabulary), one tally button each."""
        with self.store.sessions() as session:
            return [Choice(t.code, t.name, t.name_en) for t in read_themes(session)]

    def wijken(self) -> list[Choice]:
        """The shared list's wijken (no buurten: a count needs no more than the wijk)."""
        with self.store.sessions() as session:
            return [Choice(p.code, p.name) for p in read_places(session) if p.is_wijk]

    def record(
        self,
        *,
        actor: Actor,
        channel: str,
        themes: Sequence[str],
        wijk: str | None = None,
        now: datetime | None = None,
    ) -> TallyRecorded:
        """Count one contact."""
        require(actor, "tally.record")
        if channel not in CHANNELS:
            raise UserError(
                "Onbekend kanaal ‘{channel}’. Kies balie, telefoon of e-mail.", channel=channel
            )
        if isinstance(themes, str):
            themes = [themes]
        codes = tuple(dict.fromkeys(t for t in themes if t))
        if not codes:
            raise UserError("Kies minstens één thema voor dit contact.")
        known_themes = {c.code for c in self.themes()}
        unknown = [c for c in codes if c not in known_themes]
        if unknown:
            raise UserError(
                "Onbekend thema ‘{theme}’. Kies een thema uit de lijst.", theme=unknown[0]
            )
        if wijk and wijk not in {c.code for c in self.wijken()}:
            raise UserError("Onbekende wijk ‘{wijk}’. Kies een wijk uit de lijst.", wijk=wijk)
        now = now or datetime.now()
        replica = self.store.replica_id()
        with self.store.unit_of_work(author=actor.user_id) as session:
            tally = ContactTally(
                day=now.date(), channel=channel, wijk=wijk or None, origin_replica=replica
            )
            tally.themes = [ContactTallyTheme(theme_code=c) for c in codes]
            session.add(tally)
            session.flush()
            recorded = TallyRecorded(tally.id, channel, codes, wijk or None)
        self.store.events.publish(Change(TALLIES, (recorded.id,)))
        return recorded

    def undo(self, *, actor: Actor, tally_id: str) -> None:
        """Take back a mistaken click. It stays in the database, marked as undone."""
        require(actor, "tally.record")
        with self.store.unit_of_work(author=actor.user_id) as session:
            tally = session.get(ContactTally, tally_id)
            if tally is None or tally.undone:
                raise UserError("Dit contact is al ongedaan gemaakt of bestaat niet.")
            tally.undone = True
        self.store.events.publish(Change(TALLIES, (tally_id,)))

    def desk_totals(self, *, today: date | None = None) -> DeskTotals:
        """Contacts counted today and this week (Monday to Sunday)."""
        today = today or date.today()
        monday = today - timedelta(days=today.weekday())
        with self.store.sessions() as session:

            def count(start: date) -> int:
                return (
                    session.scalar(
                        select(func.count())
                        .select_from(ContactTally)
                        .where(
                            ContactTally.undone.is_(False),
                            ContactTally.day >= start,
                            ContactTally.day <= today,
                        )
                    )
                    or 0
                )

            return DeskTotals(today=count(today), week=count(monday))

    def totals(
        self, *, actor: Actor, date_from: date | None = None, date_to: date | None = None
    ) -> list[TallyTotal]:
        """Contacts per month, theme, wijk and channel (a contact about two themes counts in
        both), then referral sheets per month and theme as channel "verwijsbrief"."""
        require(actor, "report.view")
        if date_from and date_to and date_from > date_to:
            raise UserError("De begindatum ligt na de einddatum. Draai ze om.")
        with self.store.sessions() as session:
            # Named and Messages: a file made in English shows the English of each
            names: dict[str, str] = {
                code: Named(t.name, t.name_en) for code, t in theme_names(session).items()
            }
            names.update(place_names(session))
        month = func.strftime("%Y-%m", ContactTally.day, type_=String)
        with self.store.sessions() as session:
            query = (
                select(
                    month,
                    ContactTallyTheme.theme_code,
                    ContactTally.wijk,
                    ContactTally.channel,
                    func.count(),
                )
                .join(ContactTallyTheme, ContactTallyTheme.tally_id == ContactTally.id)
                .where(ContactTally.undone.is_(False))
                .group_by(
                    month, ContactTallyTheme.theme_code, ContactTally.wijk, ContactTally.channel
                )
            )
            ref_month = func.strftime("%Y-%m", Referral.day, type_=String)
            referrals = select(ref_month, Referral.theme_code, func.count()).group_by(
                ref_month, Referral.theme_code
            )
            if date_from:
                query = query.where(ContactTally.day >= date_from)
                referrals = referrals.where(Referral.day >= date_from)
            if date_to:
                query = query.where(ContactTally.day <= date_to)
                referrals = referrals.where(Referral.day <= date_to)
            rows = [
                TallyTotal(
                    m,
                    names.get(t, t),
                    names.get(w, w) if w else UNKNOWN,
                    word(CHANNEL_WORDS, c),
                    n,
                    theme_code=t or "",
                    wijk_code=w or "",
                    channel_code=c,
                )
                for m, t, w, c, n in session.execute(query)
            ]
            rows += [
                TallyTotal(
                    m,
                    names.get(t, t) if t else UNKNOWN,
                    "",
                    word(CHANNEL_WORDS, REFERRAL_CHANNEL),
                    n,
                    theme_code=t or "",
                    channel_code=REFERRAL_CHANNEL,
                )
                for m, t, n in session.execute(referrals)
            ]
        return sorted(rows, key=lambda r: (r.month, r.theme, r.wijk, r.channel))

    def export_csv(
        self,
        *,
        actor: Actor,
        path: Path,
        date_from: date | None = None,
        date_to: date | None = None,
        language: str = "nl",
    ) -> int:
        """Write the totals to a CSV file (UTF-8, opens in Excel) in ``language``: headings,
        theme, channel and numbers, with semicolons in Dutch and commas in English (what a
        spreadsheet in that language splits on); returns rows."""
        check_language(language)
        from wijkinfo.services.signals.suppression import count_text, get_threshold

        rows = self.totals(actor=actor, date_from=date_from, date_to=date_to)
        threshold = get_threshold(self.store)  # small counts leave the app as "< 5"
        path = Path(path)
        if not path.parent.is_dir():
            raise UserError(
                "De map {folder} bestaat niet. Kies een andere map.", folder=path.parent
            )
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, delimiter=csv_delimiter(language))
                writer.writerow([text_in(h, language) for h in HEADER])
                for r in rows:
                    writer.writerow(
                        [
                            csv_safe(r.month),
                            csv_safe(text_in(r.theme, language)),
                            csv_safe(text_in(r.wijk, language)),
                            csv_safe(text_in(r.channel, language)),
                            count_text(r.contacts, threshold, language),
                        ]
                    )
            os.replace(tmp, path)
        except OSError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise UserError(
                "Het bestand {file} kan niet worden geschreven ({reason}). Kies een andere plek.",
                file=path,
                reason=exc.strerror,
            ) from exc
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return len(rows)

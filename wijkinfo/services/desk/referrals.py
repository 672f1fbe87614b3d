"""Referral sheets: what the resident takes home, and the anonymous count of sheets handed out.

The resident's name, question and note are printed on the sheet and never stored: the count
keeps only which services, which day and which theme.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from wijkinfo.db.models import Attribute, Referral, ReferralService, Service, TaxonomyTerm
from wijkinfo.reports.referral_data import (
    Letterhead,
    SheetData,
    SheetService,
    labelled_fields,
    resident_date,
)
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.directory.hours import DAY_NAMES, DayHours
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import REFERRALS, Change
from wijkinfo.services.languages import check_language
from wijkinfo.services.languages import text_in as said
from wijkinfo.services.messages import Message
from wijkinfo.services.people.auth import Actor, require
from wijkinfo.services.search.lookup import SearchService, ServiceDetail
from wijkinfo.services.settings import get_setting

MAX_SERVICES = 20
MAX_QUESTION = 200
MAX_NOTE = 600
MAX_NAME = 100


@dataclass(frozen=True)
class ReferralSheet:
    pdf: bytes
    pages: int
    text: str  # the same sheet as plain text, for an e-mail or a text message
    service_ids: tuple[str, ...]
    service_names: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class ReferralCounted:
    id: str
    day: date
    theme_code: str | None
    service_ids: tuple[str, ...]


def _one_line(value: str | None) -> str:
    return " ".join((value or "").split())


def _clean_ids(service_ids: Sequence[str]) -> tuple[str, ...]:
    if isinstance(service_ids, str) or not all(isinstance(s, str) for s in service_ids):
        raise UserError("Geef de diensten op als een lijst van nummers (id's).")
    ids = tuple(dict.fromkeys(s.strip() for s in service_ids if s and s.strip()))
    if not ids:
        raise UserError("Kies eerst één of meer diensten voor de verwijsbrief.")
    if len(ids) > MAX_SERVICES:
        raise UserError(
            "Een verwijsbrief kan hoogstens {max} diensten bevatten. Kies de belangrijkste.",
            max=MAX_SERVICES,
        )
    return ids


ENGLISH_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def week_lines(week: Sequence[DayHours], language: str = "nl") -> tuple[str, ...]:
    """Opening hours of this week, consecutive days with the same hours taken together, in
    ``language`` (a closing note is what the coordinator typed)."""
    if not any(day.spans or day.closed_note for day in week):
        return ()
    names = ENGLISH_DAY_NAMES if language == "en" else DAY_NAMES
    texts = []
    for day in week:
        if day.closed_note:
            texts.append(said(Message("gesloten ({note})", note=day.closed_note), language))
        elif day.spans:
            texts.append(", ".join(day.spans))
        else:
            texts.append(said(Message("gesloten"), language))
    lines, start = [], 0
    for i in range(1, len(texts) + 1):
        if i == len(texts) or texts[i] != texts[start]:
            first, last = names[week[start].weekday], names[week[i - 1].weekday]
            if i - 1 == start:
                days = first
            elif i - 1 == start + 1:
                days = said(Message("{first} en {last}", first=first, last=last), language)
            else:
                days = said(Message("{first} t/m {last}", first=first, last=last), language)
            lines.append(f"{days}: {texts[start]}")
            start = i
    return tuple(lines)


def _sheet_service(d: ServiceDetail, language: str = "nl") -> SheetService:
    return SheetService(
        name=d.name,
        organization=d.organization,
        description=d.description,
        phones=tuple(
            p.display + (f" ({p.description})" if p.description else "") for p in d.phones
        ),
        addresses=d.addresses,
        hours=week_lines(d.week, language),
        documents=d.required_documents,
        fees=d.fees or "",
        email=d.email or "",
        url=d.url or "",
    )


def plain_text(data: SheetData) -> str:
    """The sheet as plain text, for copying into an e-mail or a text message: the same
    fields with the same labels as on the sheet, in the sheet's language."""
    lh, language = data.letterhead, data.language
    out = [lh.name, resident_date(data.day, language)]
    if data.resident_name:
        out.append(said(Message("Voor: {name}", name=data.resident_name), language))
    if data.question:
        out.append(said(Message("Uw vraag: {question}", question=data.question), language))
    if data.note:
        out.append(data.note)
    out.append("")
    out.append(said(Message("Hier kunt u terecht:"), language))
    for svc in data.services:
        out.append("")
        out.append(svc.name + (f" ({svc.organization})" if svc.organization else ""))
        for label, values in labelled_fields(svc, language):
            out.append(f"{label}: " + "; ".join(values))
    contact = " · ".join(p for p in (lh.name, lh.address, lh.phone, lh.hours) if p)
    out += ["", said(Message("Vragen? {contact}", contact=contact), language)]
    return "\n".join(out)


class ReferralSheets:
    """Builds referral sheets and counts the ones handed out."""

    def __init__(self, store: Store, search: SearchService | None = None) -> None:
        self.store = store
        self.search = search or SearchService(store)

    def letterhead(self) -> Letterhead:
        with self.store.sessions() as session:
            return Letterhead(
                name=get_setting(session, "point_name") or "Wijkinformatiepunt",
                address=get_setting(session, "point_address") or "",
                phone=get_setting(session, "point_phone") or "",
                hours=get_setting(session, "point_hours") or "",
                logo=get_setting(session, "point_logo") or "",
            )

    def build(
        self,
        *,
        actor: Actor,
        service_ids: Sequence[str],
        question: str | None = None,
        note: str | None = None,
        resident_name: str | None = None,
        now: datetime | None = None,
        language: str = "nl",
    ) -> ReferralSheet:
        """The sheet for these services (PDF and plain text) in the resident's ``language``
        ("nl" or "en"; the services' own texts stay as the coordinators wrote them). Nothing
        is stored."""
        require(actor, "referral.print")
        check_language(language)
        ids = _clean_ids(service_ids)
        question, resident_name = _one_line(question), _one_line(resident_name)
        if len(question) > MAX_QUESTION:
            raise UserError(
                "De vraag is te lang (meer dan {max} tekens). Schrijf de vraag in één korte zin.",
                max=MAX_QUESTION,
            )
        if len(resident_name) > MAX_NAME:
            raise UserError(
                "De naam is te lang (meer dan {max} tekens). Vul alleen de naam in.", max=MAX_NAME
            )
        note = (note or "").strip()
        if len(note) > MAX_NOTE:
            raise UserError(
                "De opmerking is te lang (meer dan {max} tekens). Maak hem korter.", max=MAX_NOTE
            )
        now = now or datetime.now()
        details = [self.search.detail(sid, now=now) for sid in ids]
        data = SheetData(
            letterhead=self.letterhead(),
            day=now.date(),
            services=tuple(_sheet_service(d, language) for d in details),
            question=question,
            note=note,
            resident_name=resident_name,
            language=language,
        )
        from wijkinfo.reports.referral_sheet import build_sheet  # reportlab only when printing

        result = build_sheet(data)
        return ReferralSheet(
            pdf=result.pdf,
            pages=result.pages,
            text=plain_text(data),
            service_ids=ids,
            service_names=tuple(d.name for d in details),
            warnings=result.warnings,
        )

    def record(
        self,
        *,
        actor: Actor,
        service_ids: Sequence[str],
        theme_code: str | None = None,
        day: date | None = None,
    ) -> ReferralCounted:
        """Count one sheet handed out: its services, the day and a theme. Nothing else."""
        require(actor, "referral.print")
        ids = _clean_ids(service_ids)
        day = day or date.today()
        replica = self.store.replica_id()
        with self.store.unit_of_work() as session:
            known = set(session.scalars(select(Service.id).where(Service.id.in_(ids))))
            missing = [sid for sid in ids if sid not in known]
            if missing:
                raise UserError("Deze dienst bestaat niet (meer): {id}.", id=missing[0])
            rows = session.execute(
                select(Attribute.link_id, TaxonomyTerm.code)
                .join(TaxonomyTerm, TaxonomyTerm.id == Attribute.taxonomy_term_id)
                .where(
                    Attribute.link_entity == "service",
                    Attribute.label == "thema",
                    Attribute.link_id.in_(ids),
                )
            ).all()
            if theme_code is None and rows:
                # the theme most of the services share; the first service decides a tie
                counts = Counter(code for _sid, code in rows)
                order = {sid: i for i, sid in enumerate(ids)}
                theme_code = min(
                    ((code, order[sid]) for sid, code in rows),
                    key=lambda pair: (-counts[pair[0]], pair[1]),
                )[0]
            referral = Referral(day=day, theme_code=theme_code, origin_replica=replica)
            referral.services = [
                ReferralService(service_id=sid, position=i) for i, sid in enumerate(ids)
            ]
            session.add(referral)
            session.flush()
            counted = ReferralCounted(referral.id, day, theme_code, ids)
        self.store.events.publish(Change(REFERRALS, (counted.id,)))
        return counted

"""The labelled fields of a service, in one order and with one set of labels, for everything
that shows a service: the referral sheet, its plain-text copy and the desk's detail pane.

Plain data without reportlab, so that the UI imports it too. The labels are Dutch ``Message``
templates: the sheet and its text print them as they are (the resident's sheet is Dutch), the
detail pane translates them (resources/translations/extract_messages.py collects them).
"""

from __future__ import annotations

from dataclasses import dataclass

from wijkinfo.services.messages import Message


@dataclass(frozen=True)
class ServiceField:
    #: what the field holds; each place that shows a service maps keys to values
    key: str
    label: Message
    #: also on the referral sheet and in its text, not only in the detail pane
    on_sheet: bool = True


FIELDS: tuple[ServiceField, ...] = (
    ServiceField("phones", Message("Telefoon")),
    ServiceField("addresses", Message("Adres")),
    ServiceField("hours", Message("Open deze week")),
    ServiceField("eligibility", Message("Voor wie"), on_sheet=False),
    ServiceField("application_process", Message("Aanmelden"), on_sheet=False),
    ServiceField("documents", Message("Neem mee")),
    ServiceField("fees", Message("Kosten")),
    ServiceField("email", Message("E-mail")),
    ServiceField("url", Message("Website")),
    ServiceField("languages", Message("Talen"), on_sheet=False),
    ServiceField("accessibility", Message("Toegankelijkheid"), on_sheet=False),
    ServiceField("themes_and_areas", Message("Thema en wijk"), on_sheet=False),
    ServiceField("checked", Message("Laatst gecontroleerd"), on_sheet=False),
)

SHEET_FIELDS: tuple[ServiceField, ...] = tuple(f for f in FIELDS if f.on_sheet)

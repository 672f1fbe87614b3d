"""What the signal form holds while it is being filled in, to fill the same form built anew (the
window in another language).

Unlike a draft (``services/signals/intake.py``), this never leaves memory, so it carries the
resident's contact details too: they are typed for this signal and would otherwise be lost."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

if TYPE_CHECKING:
    from wijkinfo.ui.signals.signal_form import SignalForm

_ID = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class SignalFormState:
    signal_date: str = ""
    theme_code: str | None = None
    wijk: str = ""
    buurt: str = ""
    # (id, name as listed) of the organisations and services chosen
    organizations: tuple[tuple[str, str], ...] = ()
    services: tuple[tuple[str, str], ...] = ()
    organization_text: str = ""
    service_text: str = ""
    description: str = ""
    urgency: str | None = None
    wants_feedback: bool = False
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    consent: bool = False


def _items(items: QListWidget) -> tuple[tuple[str, str], ...]:
    return tuple((str(items.item(i).data(_ID)), items.item(i).text()) for i in range(items.count()))


def _fill(items: QListWidget, entries: tuple[tuple[str, str], ...]) -> None:
    items.clear()
    for item_id, text in entries:
        item = QListWidgetItem(text)
        item.setData(_ID, item_id)
        items.addItem(item)


def read_form(form: SignalForm) -> SignalFormState:
    wijk, buurt = form.places.codes()
    return SignalFormState(
        signal_date=form.date.text(),
        theme_code=form.theme.currentData(),
        wijk=wijk,
        buurt=buurt,
        organizations=_items(form.orgs),
        services=_items(form.services.chosen),
        organization_text=form.org_picker.currentText(),
        service_text=form.services.search.text(),
        description=form.description.toPlainText(),
        urgency=form.urgency.currentData(),
        wants_feedback=form.wants_feedback.isChecked(),
        contact_name=form.contact_name.text(),
        contact_phone=form.contact_phone.text(),
        contact_email=form.contact_email.text(),
        consent=form.consent.isChecked(),
    )


def fill_form(form: SignalForm, state: SignalFormState) -> None:
    """Every field as in ``state`` (the form's draft timer is the caller's business)."""
    form.date.setText(state.signal_date)
    form.theme.setCurrentIndex(form.theme.findData(state.theme_code) if state.theme_code else -1)
    form.places.set_codes(state.wijk, state.buurt)
    _fill(form.orgs, state.organizations)
    _fill(form.services.chosen, state.services)
    form.org_picker.setEditText(state.organization_text)
    form.services.search.setText(state.service_text)
    form.description.setPlainText(state.description)
    form.urgency.setCurrentIndex(max(0, form.urgency.findData(state.urgency)))
    form.wants_feedback.setChecked(state.wants_feedback)
    form.contact_name.setText(state.contact_name)
    form.contact_phone.setText(state.contact_phone)
    form.contact_email.setText(state.contact_email)
    form.consent.setChecked(state.consent)

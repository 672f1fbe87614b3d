"""The detail pane: everything the volunteer reads out or writes down for the resident."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from wijkinfo.reports.service_fields import FIELDS
from wijkinfo.services.search.lookup import ServiceDetail
from wijkinfo.ui.flow_layout import FlowLayout
from wijkinfo.ui.user_messages import message_text


class ServiceDetailView(QWidget):
    phone_copied = Signal(str)
    # the service shown now (its id), or "" when none: for what other areas add under it
    detail_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: ServiceDetail | None = None
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # copy: links copy a number; others open outside
        self.browser.anchorClicked.connect(self._link)
        self.browser.setObjectName("serviceDetail")
        self.copy_button = QPushButton(self.tr("Kopieer telefoonnummer"), self)
        self.copy_button.setToolTip(self.tr("Kopieert het eerste telefoonnummer (Ctrl+C)"))
        self.copy_button.clicked.connect(self.copy_main_phone)
        self.copy_button.setEnabled(False)
        # Messages ("Gekopieerd: …", "Bedankt …") wrap on a line of their own under the
        # buttons, and the buttons wrap too: neither ever makes the window wider.
        self.status = QLabel(self)
        self.status.setObjectName("detailStatus")
        self.status.setWordWrap(True)
        buttons = FlowLayout()
        buttons.addWidget(self.copy_button)
        self.button_row = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.show_empty()

    def show_empty(self) -> None:
        self._detail = None
        self.copy_button.setEnabled(False)
        self.browser.setHtml(
            "<p style='color:#555'>"
            + escape(self.tr("Kies een dienst in de lijst om de gegevens te zien."))
            + "</p>"
        )
        self.detail_shown.emit("")

    def copy_main_phone(self) -> None:
        self.copy_phone(0)

    def copy_phone(self, position: int) -> None:
        if self._detail and 0 <= position < len(self._detail.phones):
            number = self._detail.phones[position].display
            QGuiApplication.clipboard().setText(number)
            self.status.setText(self.tr("Gekopieerd: {0}").format(number))
            self.phone_copied.emit(number)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "copy":
            self.copy_phone(int(url.path() or "0"))
        else:
            QDesktopServices.openUrl(url)

    def show_detail(self, d: ServiceDetail) -> None:
        self._detail = d
        self.status.clear()
        self.copy_button.setEnabled(bool(d.phones))
        self.browser.setHtml(self._html(d))
        self.detail_shown.emit(d.id)

    def detail(self) -> ServiceDetail | None:
        return self._detail

    def _row(self, label: str, value: str) -> str:
        return f"<tr><th align='left' valign='top'>{escape(label)}</th><td>{value}</td></tr>"

    def _html(self, d: ServiceDetail) -> str:
        parts = [f"<h3>{escape(d.name)}</h3>"]  # h2 at 200 % leaves room for the name alone
        if d.organization:
            parts.append(f"<p><b>{escape(d.organization)}</b></p>")
        if d.do_not_refer:
            reason = escape(d.do_not_refer_reason or "")
            label = escape(self.tr("Niet doorverwijzen"))
            parts.append(f"<p style='background:#fde2e1;padding:4px'><b>{label}</b> {reason}</p>")
        elif d.status != "active":
            label = escape(self.tr("Niet actief"))
            parts.append(f"<p style='background:#fff3cd'><b>{label}</b></p>")
        # the first number and whether it is open now, high up: at 200 % text that is what
        # shows without scrolling, and it is what the volunteer reads out
        first_line = []
        if d.phones:
            first_line.append(f"<b>{escape(d.phones[0].display)}</b>")  # Ctrl+C copies it
        if d.open_now is not None:
            text, color = (
                (self.tr("Nu open"), "#1d6b2f")
                if d.open_now
                else (self.tr("Nu gesloten"), "#8a1c1c")
            )
            shown = escape(text).replace(" ", "&nbsp;")  # "Nu gesloten" on one line
            first_line.append(f"<span style='color:{color}'><b>{shown}</b></span>")
        if first_line:
            parts.append("<p>" + " · ".join(first_line) + "</p>")
        if d.description:
            parts.append(f"<p>{escape(d.description)}</p>")
        values = self._values(d)
        rows = [self._row(message_text(f.label), values[f.key]) for f in FIELDS if values[f.key]]
        parts.append("<table cellpadding='4'>" + "".join(rows) + "</table>")
        return "".join(parts)

    def _values(self, d: ServiceDetail) -> dict[str, str]:
        """Each field of FIELDS as HTML (empty when the service has nothing there): the
        labels and their order are those of the referral sheet."""
        copy = escape(self.tr("kopieer"))
        phones = "<br>".join(
            f"<b>{escape(p.display)}</b> <a href='copy:{i}'>[{copy}]</a>"
            + (f" — {escape(p.description)}" if p.description else "")
            for i, p in enumerate(d.phones)
        )
        checked = (
            escape(d.assured_date.strftime("%d-%m-%Y"))
            if d.assured_date
            else escape(self.tr("nooit"))
        )
        if d.stale:
            checked += (
                " <span style='background:#fff3cd;color:#5c4400'><b>"
                + escape(
                    self.tr(
                        "Let op: langer dan {0} maanden niet gecontroleerd. "
                        "Bel even na of het nog klopt."
                    ).format(d.stale_after_months)
                )
                + "</b></span>"
            )
        has_week = any(day.spans or day.closed_note for day in d.week)
        return {
            "phones": phones,
            "addresses": "<br>".join(escape(a) for a in d.addresses),
            "hours": self._week(d) if has_week else "",
            "eligibility": escape(d.eligibility or ""),
            "application_process": escape(d.application_process or ""),
            "documents": "<br>".join(escape(x) for x in d.required_documents),
            "fees": escape(d.fees or ""),
            "email": f"<a href='mailto:{escape(d.email)}'>{escape(d.email)}</a>" if d.email else "",
            "url": f"<a href='{escape(d.url)}'>{escape(d.url)}</a>" if d.url else "",
            "languages": escape(", ".join(d.languages)),
            "accessibility": escape("; ".join(d.accessibility)),
            "themes_and_areas": escape(", ".join(d.themes + d.areas)),
            "checked": checked,
        }

    def _week(self, d: ServiceDetail) -> str:
        lines = []
        today = date.today().weekday()
        for day in d.week:
            if day.closed_note:
                text = self.tr("gesloten") + f" ({escape(day.closed_note)})"
            elif day.spans:
                text = escape(", ".join(day.spans))
            else:
                text = self.tr("gesloten")
            line = f"{escape(QLocale().dayName(day.weekday + 1))}: {text}"
            if day.weekday == today:  # today stands out: that is what the resident asks
                today_word = escape(self.tr("vandaag"))
                line = f"<span style='background:#dff0d8'><b>{line} ({today_word})</b></span>"
            lines.append(line)
        return "<br>".join(lines)

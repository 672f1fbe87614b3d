"""The detail pane: everything the volunteer reads out or writes down for the resident."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from wijkinfo.services.search import ServiceDetail


class ServiceDetailView(QWidget):
    phone_copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: ServiceDetail | None = None
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setObjectName("serviceDetail")
        self.copy_button = QPushButton(self.tr("Kopieer telefoonnummer"), self)
        self.copy_button.setToolTip(self.tr("Kopieert het eerste telefoonnummer (Ctrl+C)"))
        self.copy_button.clicked.connect(self.copy_main_phone)
        self.copy_button.setEnabled(False)
        self.status = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.status, 1)
        self.button_row = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.show_empty()

    def show_empty(self) -> None:
        self._detail = None
        self.copy_button.setEnabled(False)
        self.browser.setHtml(
            "<p style='color:#555'>"
            + escape(self.tr("Kies een dienst in de lijst om de gegevens te zien."))
            + "</p>"
        )

    def copy_main_phone(self) -> None:
        if self._detail and self._detail.phones:
            number = self._detail.phones[0].display
            QGuiApplication.clipboard().setText(number)
            self.status.setText(self.tr("Gekopieerd: {0}").format(number))
            self.phone_copied.emit(number)

    def show_detail(self, d: ServiceDetail) -> None:
        self._detail = d
        self.status.clear()
        self.copy_button.setEnabled(bool(d.phones))
        self.browser.setHtml(self._html(d))

    def detail(self) -> ServiceDetail | None:
        return self._detail

    def _row(self, label: str, value: str) -> str:
        return f"<tr><th align='left' valign='top'>{escape(label)}</th><td>{value}</td></tr>"

    def _html(self, d: ServiceDetail) -> str:
        parts = [f"<h2>{escape(d.name)}</h2>"]
        if d.organization:
            parts.append(f"<p><b>{escape(d.organization)}</b></p>")
        if d.do_not_refer:
            reason = escape(d.do_not_refer_reason or "")
            parts.append(
                f"<p style='background:#fde2e1;padding:4px'><b>{escape(self.tr('Niet doorverwijzen'))}"
                f"</b> {reason}</p>"
            )
        elif d.status != "active":
            parts.append(
                f"<p style='background:#fff3cd'><b>{escape(self.tr('Niet actief'))}</b></p>"
            )
        if d.open_now is not None:
            text, color = (
                (self.tr("Nu open"), "#1d6b2f") if d.open_now else (self.tr("Nu gesloten"), "#8a1c1c")
            )
            parts.append(f"<p style='color:{color}'><b>{escape(text)}</b></p>")
        if d.description:
            parts.append(f"<p>{escape(d.description)}</p>")
        rows = []
        if d.phones:
            phones = "<br>".join(
                f"<b>{escape(p.display)}</b>"
                + (f" — {escape(p.description)}" if p.description else "")
                for p in d.phones
            )
            rows.append(self._row(self.tr("Telefoon"), phones))
        if d.addresses:
            rows.append(self._row(self.tr("Adres"), "<br>".join(escape(a) for a in d.addresses)))
        if any(day.spans or day.closed_note for day in d.week):
            rows.append(self._row(self.tr("Open deze week"), self._week(d)))
        for label, value in (
            (self.tr("Voor wie"), d.eligibility),
            (self.tr("Kosten"), d.fees),
            (self.tr("Aanmelden"), d.application_process),
        ):
            if value:
                rows.append(self._row(label, escape(value)))
        if d.required_documents:
            rows.append(
                self._row(self.tr("Meenemen"), "<br>".join(escape(x) for x in d.required_documents))
            )
        if d.languages:
            rows.append(self._row(self.tr("Talen"), escape(", ".join(d.languages))))
        if d.accessibility:
            rows.append(self._row(self.tr("Toegankelijkheid"), escape("; ".join(d.accessibility))))
        if d.url:
            rows.append(
                self._row(self.tr("Website"), f"<a href='{escape(d.url)}'>{escape(d.url)}</a>")
            )
        if d.email:
            rows.append(self._row(self.tr("E-mail"), escape(d.email)))
        if d.themes or d.areas:
            rows.append(self._row(self.tr("Thema en wijk"), escape(", ".join(d.themes + d.areas))))
        if d.assured_date:
            date_text = QLocale().toString(d.assured_date, QLocale.FormatType.LongFormat)
            rows.append(self._row(self.tr("Laatst gecontroleerd"), escape(date_text)))
        parts.append("<table cellpadding='4'>" + "".join(rows) + "</table>")
        return "".join(parts)

    def _week(self, d: ServiceDetail) -> str:
        lines = []
        for day in d.week:
            if day.closed_note:
                text = self.tr("gesloten") + f" ({escape(day.closed_note)})"
            elif day.spans:
                text = escape(", ".join(day.spans))
            else:
                text = self.tr("gesloten")
            lines.append(f"{escape(QLocale().dayName(day.weekday + 1))}: {text}")
        return "<br>".join(lines)

"""One signal in full: facts, history, the next workflow steps, notes, assignment, contact."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.people.auth import Actor, can
from wijkinfo.services.signals import review
from wijkinfo.services.signals.followup import parse_follow_up
from wijkinfo.services.signals.patterns import Similar, similar_signals
from wijkinfo.services.signals.review import ContactDetails, SignalDetail
from wijkinfo.ui.flow_layout import FlowLayout
from wijkinfo.ui.signals.signal_words import (
    history_text,
    outcome_label,
    status_label,
    theme_label,
    urgency_label,
)
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text
from wijkinfo.ui.vocabulary_names import shown


class SignalDetailPane(QWidget):
    letter_requested = Signal(str)
    letter_print_requested = Signal(str)

    def __init__(
        self, store: Store, tasks: TaskRunner, actor: Callable[[], Actor], parent=None
    ) -> None:
        super().__init__(parent)
        self.store, self.tasks, self._actor = store, tasks, actor
        self.signal_id: str | None = None
        self.detail: SignalDetail | None = None
        self._generation = 0  # the signal asked for last wins over an older answer
        self.facts = QLabel(self)
        self.facts.setObjectName("signalFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(self.facts.textFormat().RichText)
        self.history = QListWidget(self)
        self.history.setObjectName("signalHistory")
        self.history.setMinimumHeight(60)
        self.similar_label = QLabel(self)
        self.similar_label.setObjectName("similarSummary")
        self.similar_label.setWordWrap(True)
        self.similar = QListWidget(self)
        self.similar.setObjectName("similarSignals")
        self.similar.setMaximumHeight(90)
        self.history.setWordWrap(True)  # a long note wraps instead of being cut
        self.message = QLabel(self)
        self.message.setObjectName("signalReviewMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#a00000;font-weight:bold;")
        self.step_row = QHBoxLayout()
        self.forward_to = QLineEdit(self)
        self.forward_to.setObjectName("forwardTo")
        self.forward_to.setPlaceholderText(self.tr("Doorgezet naar (gemeente of organisatie)"))
        self.agreement = QLineEdit(self)
        self.agreement.setObjectName("forwardAgreement")
        self.agreement.setPlaceholderText(self.tr("Wat is afgesproken (mag leeg)"))
        self.follow_up = QLineEdit(self)
        self.follow_up.setObjectName("followUpDate")
        self.follow_up.setPlaceholderText(self.tr("Navragen op (dd-mm-jjjj, mag leeg)"))
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("closeOutcome")
        self.outcome.addItem(self.tr("Uitkomst: onbekend"), "onbekend")
        self.outcome.addItem(self.tr("Uitkomst: opgelost"), "opgelost")
        self.outcome.addItem(self.tr("Uitkomst: deels opgelost"), "deels")
        self.outcome.addItem(self.tr("Uitkomst: niet opgelost"), "niet_opgelost")
        self.step_note = QLineEdit(self)
        self.step_note.setObjectName("stepNote")
        self.step_note.setPlaceholderText(self.tr("Toelichting bij de stap (mag leeg)"))
        self.note = QLineEdit(self)
        self.note.setObjectName("noteText")
        self.note.setPlaceholderText(self.tr("Interne notitie (de bewoner ziet dit niet)"))
        self.note.returnPressed.connect(self.add_note)
        add_note = QPushButton(self.tr("Notitie &toevoegen"), self)
        add_note.clicked.connect(self.add_note)
        self.assignee = QComboBox(self)
        self.assignee.setObjectName("assignee")
        assign = QPushButton(self.tr("Toe&wijzen"), self)
        assign.setObjectName("assignButton")
        assign.clicked.connect(self.assign)
        self.contact_button = QPushButton(self.tr("&Contactgegevens tonen"), self)
        self.contact_button.setObjectName("showContact")
        self.contact_button.clicked.connect(self.show_contact)
        self.contact = QLabel(self)
        self.contact.setObjectName("contactDetails")
        self.wipe_button = QPushButton(self.tr("Contactgegevens wissen"), self)
        self.wipe_button.setObjectName("wipeContact")
        self.wipe_button.clicked.connect(lambda: self.wipe_contact())
        self.letter_button = QPushButton(self.tr("Statusbrief (&PDF)…"), self)
        self.letter_button.setObjectName("letterButton")
        self.letter_button.clicked.connect(lambda: self.letter_requested.emit(self.signal_id))
        self.print_letter_button = QPushButton(self.tr("Statusbrief af&drukken…"), self)
        self.print_letter_button.setObjectName("printLetterButton")
        self.print_letter_button.clicked.connect(
            lambda: self.letter_print_requested.emit(self.signal_id)
        )
        # the resident reads the letter: its own language, Dutch by default
        self.letter_language = QComboBox(self)
        self.letter_language.setObjectName("letterLanguage")
        self.letter_language.setAccessibleName(self.tr("Taal van de statusbrief"))
        self.letter_language.setToolTip(self.tr("De taal van de statusbrief, voor de bewoner"))
        self.letter_language.addItem("Nederlands", "nl")
        self.letter_language.addItem("English", "en")

        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addWidget(QLabel(self.tr("Geschiedenis"), self))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.similar_label)
        layout.addWidget(self.similar)
        layout.addWidget(self.message)
        layout.addWidget(self.forward_to)
        forward_row = QHBoxLayout()
        forward_row.addWidget(self.agreement, 3)
        forward_row.addWidget(self.follow_up, 1)
        layout.addLayout(forward_row)
        layout.addWidget(self.outcome)
        layout.addWidget(self.step_note)
        layout.addLayout(self.step_row)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(add_note)
        layout.addLayout(note_row)
        bottom = FlowLayout()  # wraps at large text instead of widening the pane
        bottom.addWidget(self.assignee)
        bottom.addWidget(assign)
        bottom.addWidget(self.contact_button)
        bottom.addWidget(self.wipe_button)
        letter_in = QLabel(self.tr("Statusbrief in:"), self)
        letter_in.setBuddy(self.letter_language)
        bottom.addWidget(letter_in)
        bottom.addWidget(self.letter_language)
        bottom.addWidget(self.letter_button)
        bottom.addWidget(self.print_letter_button)
        layout.addLayout(bottom)
        layout.addWidget(self.contact)
        self.show_signal(None)

    def show_signal(self, signal_id: str | None) -> None:
        """Read this signal (and who it can go to) in the background, then show it."""
        if signal_id != self.signal_id:
            self.contact.clear()
            self.message.clear()
            self.detail = None  # no step may act on the signal shown before
            self.setEnabled(False)
        self.signal_id = signal_id
        self._generation += 1
        if signal_id is None:
            self.detail = None
            self._render([])
            return
        store, actor = self.store, self._actor()

        def read() -> tuple[SignalDetail, list[tuple[str, str]], Similar]:
            detail = review.get_signal(store, actor=actor, signal_id=signal_id)
            like = similar_signals(store, actor=actor, signal_id=signal_id)
            return detail, list(review.coordinators(store, actor=actor)), like

        self.tasks.run(
            read,
            on_done=partial(self._arrived, self._generation),
            on_error=partial(self._not_read, self._generation),
        )

    def _arrived(
        self, generation: int, answer: tuple[SignalDetail, list[tuple[str, str]], Similar]
    ) -> None:
        if generation == self._generation:
            self.detail, coordinators, like = answer
            self._render(coordinators)
            self._show_similar(like)

    def _show_similar(self, like: Similar) -> None:
        """Earlier signals like this one, so a pattern is seen while reviewing."""
        self.similar.clear()
        if like.this_quarter:
            self.similar_label.setText(
                self.tr(
                    "Dit kwartaal al %n eerdere signalen over dezelfde dienst of organisatie "
                    "met dit thema.",
                    "",
                    like.this_quarter,
                )
            )
        elif like.signals:
            self.similar_label.setText(self.tr("Eerdere signalen die hierop lijken:"))
        else:
            self.similar_label.setText(self.tr("Geen eerdere signalen die hierop lijken."))
        for s in like.signals:
            why = []
            if s.same_service:
                why.append(self.tr("zelfde dienst"))
            elif s.same_organisation:
                why.append(self.tr("zelfde organisatie"))
            if s.words:
                why.append(self.tr("woorden: {0}").format(", ".join(s.words[:4])))
            self.similar.addItem(
                f"{s.signal_date:%d-%m-%Y} · {theme_label(s.theme_name)} · {status_label(s.status)} · "
                f"{s.summary} ({'; '.join(why)})"
            )

    def _not_read(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.detail = None
            self.message.setText(error_text(exc))
            self._render([])

    def _render(self, coordinators: list[tuple[str, str]]) -> None:
        d = self.detail
        self.setEnabled(d is not None)
        while self.step_row.count():
            taken = self.step_row.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.history.clear()
        if d is None:
            self.similar.clear()
            self.similar_label.clear()
            self.facts.setText(self.tr("Kies een signaal in de lijst."))
            return
        r = d.row
        rows = [
            (self.tr("Datum"), r.signal_date.strftime("%d-%m-%Y")),
            (self.tr("Thema"), shown(r.theme_name, r.theme_name_en)),
            (self.tr("Wijk / buurt"), " / ".join(x for x in (r.wijk, r.buurt) if x) or "—"),
            (self.tr("Status"), status_label(r.status)),
            (self.tr("Urgentie"), urgency_label(r.urgency)),
            (
                self.tr("Uiterlijk klaar"),
                r.due.strftime("%d-%m-%Y") + (self.tr(" — te laat") if r.overdue else ""),
            ),
            (self.tr("Organisaties"), ", ".join(d.organizations) or "—"),
            (self.tr("Diensten"), ", ".join(d.services) or "—"),
            (self.tr("Doorgezet naar"), d.forwarded_to or "—"),
            (self.tr("Afspraak"), d.agreement or "—"),
            (
                self.tr("Navragen op"),
                d.follow_up_on.strftime("%d-%m-%Y") if d.follow_up_on else "—",
            ),
            (self.tr("Uitkomst"), outcome_label(d.outcome) if d.outcome else "—"),
        ]
        # The description is a paragraph under the table: in a table cell a long text stays
        # one line and is cut off at the edge of the pane.
        self.facts.setText(
            "<table>"
            + "".join(
                f"<tr><td><b>{html.escape(k)}</b>&nbsp;</td><td>{html.escape(v)}</td></tr>"
                for k, v in rows
            )
            + "</table>"
            + "<p><b>"
            + html.escape(self.tr("Wat ging er mis"))
            + "</b><br>"
            + html.escape(d.description).replace("\n", "<br>")
            + "</p>"
        )
        for entry in d.history:
            who = f" — {entry.who}" if entry.who else ""
            kind = self.tr("notitie") if entry.kind == "note" else self.tr("status")
            local = entry.at.replace(tzinfo=UTC).astimezone()  # stored in UTC, shown local
            self.history.addItem(f"{local:%d-%m-%Y %H:%M} [{kind}] {history_text(entry)}{who}")
        self.step_row.addWidget(QLabel(self.tr("Volgende stap:"), self))
        for target in d.allowed:
            button = QPushButton(status_label(target), self)
            button.setObjectName(f"step_{target}")
            button.clicked.connect(lambda _c=False, t=target: self.change_status(t))
            self.step_row.addWidget(button)
        self.step_row.addStretch(1)
        for widget in (self.forward_to, self.agreement, self.follow_up):
            widget.setVisible("doorgezet" in d.allowed)
        self.outcome.setVisible("afgehandeld" in d.allowed)
        self.contact_button.setVisible(d.has_contact and can(self._actor(), "signal.contact.read"))
        self.wipe_button.setVisible(self.contact_button.isVisibleTo(self))
        self.assignee.clear()
        self.assignee.addItem(self.tr("Niemand"), None)
        for user_id, name in coordinators:
            self.assignee.addItem(name, user_id)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(r.assigned_to)))

    def _run(self, fn: Callable[[], object], on_ok: Callable[[], object] | None = None) -> None:
        """Run a step in the background; then ``on_ok``, or say why not and show the signal
        as it is now, so the coordinator sees what another person changed."""

        def done(_result: object) -> None:
            self.message.clear()
            if on_ok is not None:
                on_ok()

        def failed(exc: BaseException) -> None:
            self.message.setText(error_text(exc))
            self.show_signal(self.signal_id)  # the same signal: the message stays

        self.tasks.run(fn, on_done=done, on_error=failed)

    def _clear_step_fields(self) -> None:
        self.step_note.clear()
        self.forward_to.clear()
        self.agreement.clear()
        self.follow_up.clear()
        self.outcome.setCurrentIndex(0)

    def change_status(self, target: str) -> None:
        d = self.detail
        if d is None:
            return
        follow_up = None
        if target == "doorgezet" and self.follow_up.text().strip():
            try:
                follow_up = parse_follow_up(self.follow_up.text())
            except UserError as exc:
                self.message.setText(error_text(exc))
                return
        self._run(
            partial(
                review.change_status,
                self.store,
                actor=self._actor(),
                signal_id=d.row.id,
                to_status=target,
                expected_version=d.row.version,
                note=self.step_note.text(),
                forwarded_to=self.forward_to.text(),
                agreement=self.agreement.text() if target == "doorgezet" else None,
                follow_up_on=follow_up,
                outcome=self.outcome.currentData() if target == "afgehandeld" else None,
            ),
            self._clear_step_fields,
        )

    def add_note(self) -> None:
        if self.detail is None:
            return
        self._run(
            partial(
                review.add_note,
                self.store,
                actor=self._actor(),
                signal_id=self.detail.row.id,
                text=self.note.text(),
            ),
            self.note.clear,
        )

    def assign(self) -> None:
        d = self.detail
        if d is None:
            return
        self._run(
            partial(
                review.assign,
                self.store,
                actor=self._actor(),
                signal_id=d.row.id,
                user_id=self.assignee.currentData(),
                expected_version=d.row.version,
            )
        )

    def show_contact(self) -> None:
        if self.detail is None:
            return
        self.tasks.run(
            partial(
                review.read_contact, self.store, actor=self._actor(), signal_id=self.detail.row.id
            ),
            on_done=self._show_contact,
            on_error=lambda exc: self.message.setText(error_text(exc)),
        )

    def wipe_contact(self, *, confirm: bool = True) -> None:
        """A resident asks to be forgotten: wipe the details, keep the signal (audited)."""
        if self.detail is None:
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Contactgegevens wissen"),
                self.tr("De contactgegevens bij dit signaal wissen? Dit kan niet terug."),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        from wijkinfo.services.privacy.residents import wipe_contact

        self.tasks.run(
            partial(wipe_contact, self.store, actor=self._actor(), signal_id=self.detail.row.id),
            on_done=lambda _r: self.contact.setText(self.tr("De contactgegevens zijn gewist.")),
            on_error=lambda exc: self.message.setText(error_text(exc)),
        )

    def _show_contact(self, c: ContactDetails | None) -> None:
        if c is None or c.anonymised:
            self.contact.setText(self.tr("Er zijn geen contactgegevens (meer)."))
            return
        self.contact.setText(
            self.tr("Naam: {0} — Telefoon: {1} — E-mail: {2} — Toestemming: {3}").format(
                c.name or "—", c.phone or "—", c.email or "—", c.consent_date.strftime("%d-%m-%Y")
            )
        )

"""Signaal melden: the volunteer's form, keyboard first, done in under two minutes.

While typing, a draft is saved (without contact details) so a crash or a closed window loses
nothing; it is restored when the form opens again and cleared after saving.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.people.auth import Actor, can
from wijkinfo.services.signals import intake as signals
from wijkinfo.services.vocabulary import places, themes
from wijkinfo.services.vocabulary.places import PlaceEntry
from wijkinfo.services.vocabulary.themes import ThemeEntry
from wijkinfo.ui.signals.place_pickers import PlacePickers
from wijkinfo.ui.signals.service_picker import ServicePicker
from wijkinfo.ui.signals.signal_form_state import SignalFormState, fill_form, read_form
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text
from wijkinfo.ui.vocabulary_names import shown

DRAFT_DELAY_MS = 600


class SignalForm(QWidget):
    saved = Signal(str)

    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self._tasks, self._actor = store, tasks, actor
        self._restoring = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        self.date = QLineEdit(self)
        self.date.setObjectName("signalDate")
        self.date.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.theme = QComboBox(self)
        self.theme.setObjectName("signalTheme")
        self.places = PlacePickers(self)
        self.wijk, self.buurt = self.places.wijk, self.places.buurt
        self._show_lists((themes.list_themes(store), places.list_places(store)))
        self.org_picker = QComboBox(self)
        self.org_picker.setObjectName("signalOrgPicker")
        self.org_picker.setEditable(True)
        self.org_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Filled when the form is first shown: a big directory must not slow the desk's start.
        self._orgs_loaded = False
        self._added_at_enter = False
        completer, line = self.org_picker.completer(), self.org_picker.lineEdit()
        assert completer is not None and line is not None  # an editable combo has both
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # The name chosen in the list (↓ + Enter) is the one added, not whatever the combo box
        # matched on the letters typed so far.
        completer.activated[str].connect(self._add_completed)  # type: ignore[index]
        line.returnPressed.connect(self._enter_in_picker)
        add_org = QPushButton(self.tr("Toevoegen"), self)
        add_org.clicked.connect(self.add_organization)
        self.orgs = QListWidget(self)
        self.orgs.setObjectName("signalOrgs")
        self.orgs.setAccessibleName(self.tr("Gekozen organisaties (Delete haalt er een af)"))
        self.orgs.setMaximumHeight(80)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.orgs, self._remove_org)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("signalDescription")
        self.description.setTabChangesFocus(True)
        self.hint = QLabel(
            self.tr("Geen namen, geen gezondheidsgegevens: beschrijf wat er misging.")
        )
        self.hint.setObjectName("signalHint")
        self.hint.setStyleSheet("color:#5c4400;font-weight:bold;")
        self.counter = QLabel(self)
        self.urgency = QComboBox(self)
        self.urgency.setObjectName("signalUrgency")
        for code, label in (
            ("laag", self.tr("laag")),
            ("normaal", self.tr("normaal")),
            ("hoog", self.tr("hoog")),
        ):
            self.urgency.addItem(label, code)
        self.urgency.setCurrentIndex(1)

        self.wants_feedback = QCheckBox(self.tr("De bewoner wil een terugkoppeling"), self)
        self.wants_feedback.setObjectName("signalWantsFeedback")
        self.contact_box = QGroupBox(self.tr("Contactgegevens (alleen coördinatoren zien dit)"))
        self.contact_name = QLineEdit(self)
        self.contact_name.setObjectName("contactName")
        self.contact_phone = QLineEdit(self)
        self.contact_phone.setObjectName("contactPhone")
        self.contact_email = QLineEdit(self)
        self.contact_email.setObjectName("contactEmail")
        self.consent = QCheckBox(self)
        self.consent.setObjectName("contactConsent")
        contact_form = QFormLayout(self.contact_box)
        contact_form.addRow(self.tr("Naam"), self.contact_name)
        contact_form.addRow(self.tr("Telefoon"), self.contact_phone)
        contact_form.addRow(self.tr("E-mail"), self.contact_email)
        contact_form.addRow(self.consent)
        self.contact_box.setVisible(False)
        self.wants_feedback.toggled.connect(self.contact_box.setVisible)

        self.message = QLabel(self)
        self.message.setObjectName("signalMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Signaal &opslaan (Ctrl+S)"), self)
        self.save_button.setObjectName("signalSave")
        self.save_button.clicked.connect(self.submit)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)

        form = QFormLayout()
        form.addRow(self.tr("&Datum"), self.date)
        form.addRow(self.tr("&Thema"), self.theme)
        form.addRow(self.tr("&Wijk"), self.wijk)
        form.addRow(self.tr("Buu&rt"), self.buurt)
        org_row = QHBoxLayout()
        org_row.addWidget(self.org_picker, 1)
        org_row.addWidget(add_org)
        org_label = QLabel(self.tr("Betrokken or&ganisaties"), self)
        org_label.setBuddy(self.org_picker)
        form.addRow(org_label, org_row)
        form.addRow("", self.orgs)
        self.services = ServicePicker(store, tasks, self)
        service_label = QLabel(self.tr("Betrokken dien&sten"), self)
        service_label.setBuddy(self.services.search)
        form.addRow(service_label, self.services)
        form.addRow(self.tr("Wat ging er &mis?"), self.description)
        form.addRow("", self.hint)
        form.addRow("", self.counter)
        form.addRow(self.tr("&Urgentie"), self.urgency)
        layout = QVBoxLayout(self)
        # Larger than the text around it at every text size (a fixed 16pt was smaller at 200%).
        title = QLabel(self)
        title.setText('<b style="font-size:x-large">' + self.tr("Signaal melden") + "</b>")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.wants_feedback)
        layout.addWidget(self.contact_box)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        self.date.textEdited.connect(self._changed)
        self.places.changed.connect(self._changed)
        self.description.textChanged.connect(self._changed)
        self.theme.currentIndexChanged.connect(self._changed)
        self.urgency.currentIndexChanged.connect(self._changed)
        self.reset()
        self.restore_draft()

    # -- form state -------------------------------------------------------------------------
    def reset(self) -> None:
        self._restoring = True
        self.date.setText(date.today().strftime("%d-%m-%Y"))
        self.theme.setCurrentIndex(-1)
        self.places.clear()
        self.orgs.clear()
        self.services.clear()
        self.description.clear()
        self.urgency.setCurrentIndex(1)
        self.wants_feedback.setChecked(False)
        for edit in (self.contact_name, self.contact_phone, self.contact_email):
            edit.clear()
        self.consent.setChecked(False)  # never pre-ticked
        self.consent.setText(
            self.tr("De bewoner geeft toestemming om deze gegevens te bewaren (datum: {0})").format(
                date.today().strftime("%d-%m-%Y")
            )
        )
        self._restoring = False
        self._update_counter()

    def reload_lists(self) -> None:
        """Read the shared themes and places again (a coordinator changed them in Beheer)."""
        store = self.store
        self._tasks.run(
            lambda: (themes.list_themes(store), places.list_places(store)),
            on_done=self._show_lists,
        )

    def _show_lists(self, lists: tuple[list[ThemeEntry], list[PlaceEntry]]) -> None:
        theme_list, place_list = lists
        current = self.theme.currentData()
        self.theme.blockSignals(True)
        self.theme.clear()
        for theme in theme_list:
            self.theme.addItem(shown(theme.name, theme.name_en), theme.code)
        self.theme.setCurrentIndex(self.theme.findData(current) if current else -1)
        self.theme.blockSignals(False)
        self.places.set_places(place_list)

    def focus_first(self) -> None:
        self.date.setFocus()
        self.date.selectAll()

    def _add_completed(self, name: str) -> None:
        if self._added_at_enter:  # this Enter already added the highlighted name
            self._added_at_enter = False
            QTimer.singleShot(0, self.org_picker.clearEditText)  # the list wrote its name there
            return
        self.add_organization(name)

    def _enter_in_picker(self) -> None:
        # Enter reaches the line before the list: take the name highlighted in the list then,
        # since afterwards the list has already moved back to its first row.
        completer = self.org_picker.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            name = str(popup.currentIndex().data())
            self._added_at_enter = True
            popup.hide()
            self.add_organization(name)
            return
        self.add_organization()

    def add_organization(self, name: str | None = None) -> None:
        self._ensure_organizations()
        text = self.org_picker.currentText() if name is None else name
        index = self.org_picker.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return
        org_id = self.org_picker.itemData(index)
        if org_id not in self.organization_ids():
            item = QListWidgetItem(self.org_picker.itemText(index))
            item.setData(Qt.ItemDataRole.UserRole, org_id)
            self.orgs.addItem(item)
            self._changed()
        self.org_picker.setCurrentIndex(-1)
        self.org_picker.clearEditText()

    def _remove_org(self) -> None:
        for item in self.orgs.selectedItems():
            self.orgs.takeItem(self.orgs.row(item))
        self._changed()

    def organization_ids(self) -> list[str]:
        return [self.orgs.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.orgs.count())]

    def _update_counter(self) -> None:
        length = len(self.description.toPlainText())
        self.counter.setText(self.tr("{0} van {1} tekens").format(length, signals.MAX_DESCRIPTION))
        over = length > signals.MAX_DESCRIPTION
        self.counter.setStyleSheet("color:#a00000;font-weight:bold;" if over else "")

    def _changed(self, *_args) -> None:
        self._update_counter()
        if not self._restoring:
            self._draft_timer.start()

    # -- drafts -----------------------------------------------------------------------------
    def draft(self) -> dict:
        return {
            "signal_date": self.date.text(),
            "theme_code": self.theme.currentData(),
            "wijk": self.places.codes()[0],
            "buurt": self.places.codes()[1],
            "description": self.description.toPlainText(),
            "urgency": self.urgency.currentData(),
            "organization_ids": self.organization_ids(),
        }

    def _ensure_organizations(self) -> None:
        if self._orgs_loaded:
            return
        self._orgs_loaded = True
        for org_id, name in signals.list_organizations(self.store):
            self.org_picker.addItem(name, org_id)
        self.org_picker.setCurrentIndex(-1)

    def showEvent(self, event) -> None:
        self._ensure_organizations()
        super().showEvent(event)

    def save_draft(self) -> None:
        actor = self._actor()
        if can(actor, "signal.create"):
            signals.save_draft(self.store, actor=actor, draft=self.draft())

    def restore_draft(self) -> None:
        actor = self._actor()
        if not can(actor, "signal.create"):
            return
        draft = signals.load_draft(self.store, actor=actor)
        written = ("wijk", "buurt", "description", "organization_ids")
        if not draft or not any(draft.get(key) for key in written):
            return  # an empty form was saved (signing out): nothing to come back to
        self._restoring = True
        self.date.setText(draft.get("signal_date") or self.date.text())
        self.theme.setCurrentIndex(self.theme.findData(draft.get("theme_code")))
        self.places.set_codes(draft.get("wijk") or "", draft.get("buurt") or "")
        self.description.setPlainText(draft.get("description") or "")
        self.urgency.setCurrentIndex(max(0, self.urgency.findData(draft.get("urgency"))))
        if draft.get("organization_ids"):
            self._ensure_organizations()
        for org_id in draft.get("organization_ids") or []:
            index = self.org_picker.findData(org_id)
            if index >= 0:
                item = QListWidgetItem(self.org_picker.itemText(index))
                item.setData(Qt.ItemDataRole.UserRole, org_id)
                self.orgs.addItem(item)
        self._restoring = False
        self._update_counter()
        self.message.setText(self.tr("Uw concept is teruggezet. U kunt verder waar u was."))

    def keep(self) -> SignalFormState:
        """What is in the form now; the draft is brought up to date first."""
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft()
        return read_form(self)

    def restore(self, state: SignalFormState) -> None:
        """The form as it was in the window this one replaces: the volunteer goes on typing, so
        no "draft restored" here (the form was never closed)."""
        self._draft_timer.stop()
        self._restoring = True
        fill_form(self, state)
        self._restoring = False
        self._update_counter()
        self.message.clear()

    def actor_changed(self) -> None:
        self._draft_timer.stop()
        self.reset()
        self.message.clear()
        self.restore_draft()

    # -- saving -----------------------------------------------------------------------------
    def submit(self) -> None:
        """Save the signal in the background; the button waits, the message says how it went."""
        if not self.save_button.isEnabled():
            return  # Ctrl+S twice: the first save is under way
        contact = None
        if self.wants_feedback.isChecked():
            contact = signals.ContactInput(
                name=self.contact_name.text(),
                phone=self.contact_phone.text(),
                email=self.contact_email.text(),
                consent=self.consent.isChecked(),
            )
        self._draft_timer.stop()
        store, actor = self.store, self._actor()
        log = partial(
            signals.log_signal,
            store,
            actor=actor,
            signal_date=self.date.text(),
            theme_code=self.theme.currentData(),
            description=self.description.toPlainText(),
            wijk=self.places.codes()[0],
            buurt=self.places.codes()[1],
            urgency=self.urgency.currentData(),
            organization_ids=self.organization_ids(),
            contact=contact,
            service_ids=self.services.service_ids(),
        )

        def log_and_clear_draft() -> str:
            logged = log()
            signals.clear_draft(store, actor=actor)
            return logged.id

        self.save_button.setEnabled(False)
        self._tasks.run(log_and_clear_draft, on_done=self._logged, on_error=self._not_logged)

    def _not_logged(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setStyleSheet("color:#a00000;font-weight:bold;")
        self.message.setText(error_text(exc))

    def _logged(self, signal_id: str) -> None:
        self.save_button.setEnabled(True)
        self.reset()
        self.message.setStyleSheet("color:#1a6b1a;font-weight:bold;")
        self.message.setText(self.tr("Het signaal is opgeslagen. Dank u wel."))
        self.focus_first()
        self.saved.emit(signal_id)

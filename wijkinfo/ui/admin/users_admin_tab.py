"""Beheer → Gebruikers en privacy: add volunteers and coordinators, set the retention terms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.people import users
from wijkinfo.services.people.auth import Actor, can
from wijkinfo.services.people.users import UserInfo
from wijkinfo.services.signals import filters as signal_filters
from wijkinfo.services.signals import intake as signals
from wijkinfo.services.signals import retention
from wijkinfo.services.signals.intake import ThemeInfo
from wijkinfo.services.signals.retention import RetentionSettings
from wijkinfo.ui.admin.retention_box import RetentionBox
from wijkinfo.ui.tasks import TaskRunner
from wijkinfo.ui.user_messages import error_text
from wijkinfo.ui.vocabulary_names import shown


@dataclass(frozen=True)
class _Page:
    """What the tab shows, read in one background step."""

    people: list[UserInfo]
    themes: list[ThemeInfo]
    terms: RetentionSettings


class UsersAdminTab(QWidget):
    def __init__(
        self,
        store: Store,
        tasks: TaskRunner,
        actor: Callable[[], Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self._actor, self._tasks = store, actor, tasks
        self._generation = 0  # the newest read wins over an older one
        self.setObjectName("usersAdminTab")
        self.list = QListWidget(self)
        self.list.setObjectName("userList")
        self.name = QLineEdit(self)
        self.name.setObjectName("newUserName")
        self.password = QLineEdit(self)
        self.password.setObjectName("newUserPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox(self)
        self.role.setObjectName("newUserRole")
        self.role.addItem(self.tr("vrijwilliger"), "volunteer")
        self.role.addItem(self.tr("coördinator"), "coordinator")
        add = QPushButton(self.tr("Gebruiker &toevoegen"), self)
        add.setObjectName("addUser")
        add.clicked.connect(self.add_user)
        self.message = QLabel(self)
        self.message.setObjectName("usersMessage")
        self.message.setWordWrap(True)
        people = QGroupBox(self.tr("Gebruikers"), self)
        form = QFormLayout()
        form.addRow(self.tr("Naam"), self.name)
        form.addRow(self.tr("Wachtwoord of pincode"), self.password)
        form.addRow(self.tr("Rol"), self.role)
        people_layout = QHBoxLayout(people)
        people_layout.addWidget(self.list, 2)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(add)
        right.addStretch(1)
        people_layout.addLayout(right, 3)  # the fields need the room more than the names do

        terms = RetentionBox(self, own_save=True)
        self.terms = terms
        self.anonymise, self.delete = terms.anonymise, terms.delete
        assert terms.save_button is not None
        terms.save_button.clicked.connect(self.save_terms)

        self.theme = QComboBox(self)
        self.theme.setObjectName("targetTheme")
        self.theme.currentIndexChanged.connect(self._show_target)
        self.target = QSpinBox(self)
        self.target.setObjectName("targetDays")
        self.target.setRange(1, signal_filters.MAX_RESPONSE_DAYS)
        self.target.setSuffix(self.tr(" werkdagen"))
        save_target = QPushButton(self.tr("Reactietermijn op&slaan"), self)
        save_target.setObjectName("saveTarget")
        save_target.clicked.connect(self.save_target)
        targets = QGroupBox(self.tr("Reactietermijn per thema"), self)
        target_row = QHBoxLayout(targets)
        target_row.addWidget(self.theme, 1)
        target_row.addWidget(self.target)
        target_row.addWidget(save_target)

        from wijkinfo.ui.admin.access_panel import AccessPanel

        self.access = AccessPanel(store, tasks, actor, self.list, self)
        self.access.changed.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(people, 1)
        layout.addWidget(self.access)
        layout.addWidget(terms)
        layout.addWidget(targets)
        layout.addWidget(self.message)
        self.refresh()

    def typed_fields(self) -> dict[str, QLineEdit]:
        """The name of a new user (carried over to the view built anew; the password is not)."""
        return {"name": self.name}

    def refresh(self) -> None:
        """Read the people, themes and terms in the background, then show them."""
        self._generation += 1
        actor = self._actor()
        if not can(actor, "user.manage"):
            self.list.clear()
            return
        store = self.store

        def read() -> _Page:
            return _Page(
                users.list_users(store, actor=actor),
                signals.list_themes(store),
                retention.get_retention(store),
            )

        self._tasks.run(
            read, on_done=partial(self._arrived, self._generation), on_error=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(error_text(exc))

    def _arrived(self, generation: int, page: _Page) -> None:
        if generation != self._generation:
            return
        self.list.clear()
        roles = {"volunteer": self.tr("vrijwilliger"), "coordinator": self.tr("coördinator")}
        for u in page.people:
            text = f"{u.name} — {roles.get(u.role, u.role)}"
            if u.contact_access:
                text += " — " + self.tr("toegang tot contactgegevens")
            if not u.active:
                text += " — " + self.tr("uit")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, u)
            self.list.addItem(item)
        current = self.theme.currentData()
        self.theme.blockSignals(True)
        self.theme.clear()
        for theme in page.themes:
            self.theme.addItem(shown(theme.name, theme.name_en), (theme.code, theme.response_days))
        self.theme.setCurrentIndex(
            max(
                0,
                next(
                    (i for i in range(self.theme.count()) if self.theme.itemData(i) == current), 0
                ),
            )
        )
        self.theme.blockSignals(False)
        self._show_target()
        self.terms.show_terms(page.terms)

    def _show_target(self, *_args) -> None:
        data = self.theme.currentData()
        if data:
            self.target.setValue(data[1])

    def save_target(self) -> None:
        data = self.theme.currentData()
        if not data:
            return
        self._tasks.run(
            partial(
                signal_filters.set_response_days,
                self.store,
                actor=self._actor(),
                theme_code=data[0],
                days=self.target.value(),
            ),
            on_done=lambda _r: self._saved(self.tr("De reactietermijn is opgeslagen.")),
            on_error=self._failed,
        )

    def _saved(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()

    def add_user(self) -> None:
        self._tasks.run(
            partial(
                users.create_user,
                self.store,
                actor=self._actor(),
                name=self.name.text(),
                password=self.password.text(),
                role=self.role.currentData(),
            ),
            on_done=self._user_added,
            on_error=self._failed,
        )

    def _user_added(self, info: UserInfo) -> None:
        self.name.clear()
        self.password.clear()
        self.message.setText(self.tr("{0} kan nu aanmelden.").format(info.name))
        self.refresh()

    def save_terms(self) -> None:
        self._tasks.run(
            self.terms.saver(self.store, self._actor()),
            on_done=lambda _r: self._terms_saved(),
            on_error=self._failed,
        )

    def _terms_saved(self) -> None:
        self.terms.show_terms(self.terms.terms())
        self.message.setText(self.tr("De bewaartermijnen zijn opgeslagen."))

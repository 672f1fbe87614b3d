"""Top right of the window: who is at the desk, with the buttons to sign in, switch or sign out.

Looking up, referring and counting work without signing in (the directory is public, the counts
are anonymous); signals and Beheer need a person, so the bar says so while nobody is signed in.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from wijkinfo.services.people.auth import COORDINATOR, Actor
from wijkinfo.ui.elided_label import ElidedLabel


class SignInBar(QWidget):
    def __init__(self, sign_in: QAction, sign_out: QAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signInBar")
        self.label = ElidedLabel(
            parent=self, most_characters=24
        )  # a long name shortens with …, whole on hover
        self.label.setObjectName("signedInLabel")
        self.sign_in_button = QPushButton(self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.clicked.connect(sign_in.trigger)
        self.sign_out_button = QPushButton(self.tr("Afmelden"), self)
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.clicked.connect(sign_out.trigger)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.sign_out_button)

    def show_actor(self, actor: Actor) -> None:
        if actor.user_id is None:
            self.label.setText(self.tr("Niet aangemeld — aanmelden is nodig voor signalen"))
            self.sign_in_button.setText(self.tr("Aanmelden…"))
            self.sign_out_button.hide()
            return
        role = self.tr("coördinator") if actor.role == COORDINATOR else self.tr("vrijwilliger")
        self.label.setText(self.tr("Aan de balie: {0} ({1})").format(actor.name, role))
        self.sign_in_button.setText(self.tr("Wissel vrijwilliger…"))
        self.sign_out_button.show()

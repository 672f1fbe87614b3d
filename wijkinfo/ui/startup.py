"""Opening the data folder from the window: plain dialogs for every way it can go wrong."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from wijkinfo.services import storage
from wijkinfo.services.demo import directory_is_empty, is_demo, load_demo
from wijkinfo.services.errors import DatabaseDamaged, UserError
from wijkinfo.services.settings import get_setting, set_setting
from wijkinfo.services.storage import DataPaths
from wijkinfo.services.store import Store, open_store
from wijkinfo.ui.user_messages import error_text


def open_store_interactive(paths: DataPaths, parent: QWidget | None = None) -> Store | None:
    """Open the store; on a damaged file offer the newest backup. None when the user stops."""
    while True:
        try:
            return open_store(paths)
        except DatabaseDamaged as exc:
            if not _offer_restore(exc, paths, parent):
                return None
        except UserError as exc:
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("Startup", "wijkinfo kan niet starten"),
                error_text(exc),
            )
            return None


def _offer_restore(exc: DatabaseDamaged, paths: DataPaths, parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setObjectName("damagedDatabaseBox")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Startup", "Database beschadigd"))
    box.setText(error_text(exc))
    restore = None
    if exc.newest_backup is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "Startup",
                "Het beschadigde bestand blijft bewaard. Wilt u de nieuwste back-up "
                "terugzetten?\n{0}",
            ).format(exc.newest_backup)
        )
        restore = box.addButton(
            QCoreApplication.translate("Startup", "Back-up terugzetten"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.addButton(
        QCoreApplication.translate("Startup", "Afsluiten"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    try:
        storage.restore_backup(paths, exc.newest_backup)
    except UserError as err:
        QMessageBox.critical(
            parent, QCoreApplication.translate("Startup", "Terugzetten lukt niet"), error_text(err)
        )
        return False
    return True


def offer_demo(store: Store, parent: QWidget | None = None) -> bool:
    """On an empty directory, ask once whether to load the demo. True when it was loaded."""
    if not directory_is_empty(store) or is_demo(store):
        return False
    with store.unit_of_work() as session:
        if get_setting(session, "demo_offered"):
            return False
        set_setting(session, "demo_offered", True)
    box = QMessageBox(parent)
    box.setObjectName("offerDemoBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Startup", "De sociale kaart is nog leeg"))
    box.setText(
        QCoreApplication.translate(
            "Startup",
            "Er staan nog geen diensten in wijkinfo. Wilt u de demo laden om het programma "
            "uit te proberen? De demo bevat verzonnen diensten van de stad Lindestad.",
        )
    )
    yes = box.addButton(
        QCoreApplication.translate("Startup", "Demo laden"), QMessageBox.ButtonRole.YesRole
    )
    box.addButton(
        QCoreApplication.translate("Startup", "Leeg beginnen"), QMessageBox.ButtonRole.NoRole
    )
    box.exec()
    if box.clickedButton() is not yes:
        return False
    load_demo(store)
    return True

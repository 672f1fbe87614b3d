"""`wijkinfo selftest`: a whole desk visit on a fresh, temporary data folder, to check that an
installation works (a bundle, a .deb, a laptop after an update): the window opens, the demo
loads, a search finds services, a referral sheet is made. The user's own data is not touched.
Runs offscreen when there is no screen. Prints one line; exit 0 when everything worked.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SEARCH = "schulden"
WAIT_MS = 60_000


def qt_speaks(language: str) -> bool:
    """Qt's own dialogs are in ``language``: its catalogue and our supplement are loaded."""
    from PySide6.QtCore import QCoreApplication

    if language != "nl":
        return True
    # Qt's strings, not ours: named through a table so that lupdate does not collect them.
    probes = (
        ("QPlatformTheme", "Cancel", "Annuleren"),
        ("QFileDialog", "&Look in:", "&Zoeken in:"),
    )
    return all(QCoreApplication.translate(ctx, text) == dutch for ctx, text, dutch in probes)


def run_selftest() -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from wijkinfo.services.datafolder.files import DataPaths
    from wijkinfo.services.datafolder.store import open_store
    from wijkinfo.services.desk.referrals import ReferralSheets
    from wijkinfo.services.directory.demo import load_demo
    from wijkinfo.services.people.auth import CLI_ACTOR
    from wijkinfo.ui.i18n import install_language
    from wijkinfo.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    language = os.environ.get("WIJKINFO_LANG", "nl")
    install_language(app, language)  # type: ignore[arg-type]
    if not qt_speaks(language):
        print(
            f"wijkinfo selftest: Qt's eigen vertaling (qtbase_{language}.qm) ontbreekt: "
            "knoppen en bestandsvensters zouden Engels zijn",
            file=sys.stderr,
        )
        return 1
    with tempfile.TemporaryDirectory(prefix="wijkinfo-selftest-") as tmp:
        store = open_store(DataPaths(Path(tmp) / "data"))
        try:
            load_demo(store)
            window = MainWindow(store, demo=True)
            window.show()
            found: list[int] = []

            def type_query() -> None:
                view = window.search_view
                assert view is not None

                def shown(count: int) -> None:
                    found.append(count)
                    app.quit()

                view.results_shown.connect(shown)
                QTest.keyClicks(window.search_box, SEARCH)

            QTimer.singleShot(0, type_query)
            QTimer.singleShot(WAIT_MS, app.quit)
            app.exec()
            window.tasks.wait()
            window.close()
            if not found or found[-1] == 0:
                print(
                    f"wijkinfo selftest: zoeken op ‘{SEARCH}’ gaf geen resultaten", file=sys.stderr
                )
                return 1
            model = window.search_view.model if window.search_view else None
            hits = [model.hit(row) for row in range(model.rowCount())] if model else []
            ids = [h.id for h in hits if h is not None and h.referable][:3]
            sheet = ReferralSheets(store).build(
                actor=CLI_ACTOR, service_ids=ids, question="Selftest"
            )
            if not sheet.pdf.startswith(b"%PDF") or sheet.pages < 1:
                print("wijkinfo selftest: de verwijsbrief is niet gemaakt", file=sys.stderr)
                return 1
        finally:
            store.close()
    print(
        f"wijkinfo selftest: in orde — {found[-1]} resultaten voor ‘{SEARCH}’, "
        f"verwijsbrief van {sheet.pages} pagina('s) met {len(ids)} diensten"
    )
    print(f"{KEYRING_LINE}{', '.join(keyring_kinds())}")
    return 0


#: The second line: which password stores (keyring backends) this installation knows, so that an
#: installer check can compare a bundle against the source.
KEYRING_LINE = "wachtwoordkluizen: "


def keyring_kinds() -> list[str]:
    """The keyring backends this installation can find. keyring finds them through its package
    metadata (entry points), which a bundle can lose: then passwords are only kept in memory."""
    from importlib.metadata import entry_points

    return sorted(e.name for e in entry_points(group="keyring.backends"))

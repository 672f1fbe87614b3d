"""The first run as a new information point lives it: an empty data folder, the window, then the
assistant over it — by keyboard only (Ctrl+Enter next, Esc skip), each step's work for real."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.services.signals.signal_helpers import log
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.desk.point_settings import load_point_settings
from wijkinfo.services.desk.referrals import ReferralSheets
from wijkinfo.services.people import users
from wijkinfo.services.people.auth import ANONYMOUS_DESK
from wijkinfo.services.privacy import access
from wijkinfo.services.signals import intake, review
from wijkinfo.ui.first_run.assistant import FirstRunAssistant
from wijkinfo.ui.first_run.steps import CoordinatorStep, PointStep, RecoveryStep
from wijkinfo.ui.main_window import MainWindow
from wijkinfo.ui.startup import DeskStart

PHONE = "06-87654321"


@pytest.fixture
def first_start(qtbot, data_paths):
    """``wijkinfo`` on an empty data folder: the window, the data opened behind it, then the
    assistant (returned once it is open, over a window that already searches)."""
    made: list[DeskStart] = []

    def start() -> tuple[MainWindow, DeskStart, FirstRunAssistant]:
        window = MainWindow(paths=data_paths)
        qtbot.addWidget(window)
        desk = DeskStart(window, data_paths)
        window.show()
        qtbot.waitExposed(window)
        desk.begin()
        made.append(desk)
        qtbot.waitUntil(lambda: desk.assistant is not None, timeout=20000)
        assert window.search_view is not None  # the desk already searches behind it
        assistant = desk.assistant
        qtbot.waitExposed(assistant)
        return window, desk, assistant

    yield start
    for desk in made:
        desk.window.tasks.wait()
        desk.close()


def ctrl_enter(qtbot, assistant: FirstRunAssistant) -> None:
    qtbot.keyClick(
        assistant.focusWidget() or assistant, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )


def esc(qtbot, assistant: FirstRunAssistant) -> None:
    qtbot.keyClick(assistant.focusWidget() or assistant, Qt.Key.Key_Escape)


def type_here(qtbot, assistant: FirstRunAssistant, text: str, *, tab: bool = True) -> None:
    """Type into the field that has the focus, then Tab to the next (as a volunteer does)."""
    widget = assistant.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)
    if tab:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def wait_step(qtbot, assistant: FirstRunAssistant, kind) -> None:
    qtbot.waitUntil(lambda: isinstance(assistant.step, kind) and not assistant._busy, timeout=20000)


def test_a_whole_first_run_by_keyboard(qtbot, first_start, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (240, 80), (0, 90, 160)).save(logo)
    window, desk, assistant = first_start()
    assert "Stap 1" in assistant.heading.text() and isinstance(assistant.step, PointStep)
    assert assistant.focusWidget() is assistant.step.name
    type_here(qtbot, assistant, "Wijkpunt De Linde")
    type_here(qtbot, assistant, "Lindeplein 4, 3512 AB Lindestad")
    type_here(qtbot, assistant, "030 123 45 67")
    type_here(qtbot, assistant, "ma-vr 9.00-12.00")
    type_here(qtbot, assistant, str(logo), tab=False)
    ctrl_enter(qtbot, assistant)
    wait_step(qtbot, assistant, CoordinatorStep)
    type_here(qtbot, assistant, "Kees")
    type_here(qtbot, assistant, "geheim-123")
    type_here(qtbot, assistant, "geheim-123", tab=False)
    ctrl_enter(qtbot, assistant)
    wait_step(qtbot, assistant, RecoveryStep)
    step = assistant.step
    code = step.code.text()
    assert code and code == assistant.setup.recovery_code
    assert "voor altijd weg" in step.intro.text()
    sheet = tmp_path / "herstelblad.pdf"
    step.save_sheet(sheet)  # the path a save dialog would give
    qtbot.waitUntil(lambda: "Opgeslagen" in step.message.text(), timeout=20000)
    sheet_text = "".join(p.extract_text() for p in PdfReader(sheet).pages)
    assert code.replace("-", "") in sheet_text.replace("-", "").replace(" ", "").replace("\n", "")
    ctrl_enter(qtbot, assistant)
    qtbot.waitUntil(lambda: "sociale kaart" in assistant.heading.text(), timeout=20000)
    assert assistant.step.choice() == "demo"
    with qtbot.waitSignal(assistant.completed, timeout=30000):
        ctrl_enter(qtbot, assistant)
    qtbot.waitUntil(lambda: window.actor.name == "Kees", timeout=20000)
    store = window.store
    assert "Wijkpunt De Linde" in window.windowTitle() and window.demo_banner.isVisible()
    # the details are on a real referral sheet
    search = window.search_view
    qtbot.keyClicks(window.search_box, "schuld")
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=20000)
    hit = search.model.hit(0)
    pdf = ReferralSheets(store).build(actor=ANONYMOUS_DESK, service_ids=[hit.id]).pdf
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for part in ("Wijkpunt De Linde", "Lindeplein 4", "030 123 4567", "ma-vr 9.00-12.00"):
        assert part in text, part
    assert load_point_settings(store).logo.startswith(str(store.paths.root))
    # the coordinator can sign in, and the recovery code really restores access
    kees = users.sign_in(store, name="Kees", password="geheim-123")
    users.create_user(store, actor=kees, name="Ans", password="2580")
    ans = users.sign_in(store, name="Ans", password="2580")
    contact = intake.ContactInput(name="Ayşe", phone=PHONE, email="", consent=True)
    sid = log(store, ans, contact=contact).id
    access.recover_with_code(store, code=code, name="Kees", new_password="weer-binnen-9")
    kees = users.sign_in(store, name="Kees", password="weer-binnen-9")
    assert review.read_contact(store, actor=kees, signal_id=sid).phone == PHONE


def test_skipping_every_step_still_leaves_a_desk_that_searches(qtbot, first_start):
    window, desk, assistant = first_start()
    esc(qtbot, assistant)  # the point's details
    wait_step(qtbot, assistant, CoordinatorStep)
    esc(qtbot, assistant)  # no coordinator: no recovery sheet either
    qtbot.waitUntil(lambda: "sociale kaart" in assistant.heading.text(), timeout=20000)
    assert not assistant.step.buttons["import"].isEnabled()  # importing is a coordinator's
    with qtbot.waitSignal(assistant.completed, timeout=20000):
        esc(qtbot, assistant)  # start empty
    assert window.isVisible() and window.actor.user_id is None
    assert "nog geen coördinator" in window.status_message()
    qtbot.keyClicks(window.search_box, "schuld")
    qtbot.waitUntil(lambda: window.search_view.count_label.text() != "", timeout=20000)
    assert not users.has_users(window.store)
    # not asked again on the next start
    window.tasks.wait()
    desk.close()
    store = open_store(window.paths)
    try:
        from wijkinfo.services.directory.demo import claim_demo_offer

        assert not claim_demo_offer(store)
    finally:
        store.close()


def test_closing_the_assistant_never_quits_wijkinfo(qtbot, first_start):
    window, desk, assistant = first_start()
    with qtbot.waitSignal(assistant.completed, timeout=20000):
        assistant.close()
    assert window.isVisible() and desk.exit_code == 0
    qtbot.keyClicks(window.search_box, "hulp")
    assert window.search_box.text() == "hulp"


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("name", "x" * 10_000, "naam is te lang"),
        ("phone", "12345", "telefoonnummer"),
        ("logo", "HOSTILE", "kan niet worden gebruikt"),
    ],
)
def test_bad_point_details_give_one_line_and_change_nothing(
    qtbot, first_start, tmp_path, field, value, message
):
    if value == "HOSTILE":
        hostile = tmp_path / "logo.png"
        hostile.write_bytes(b"MZ\x90\x00 dit is een programma" * 100)
        value = str(hostile)
    window, desk, assistant = first_start()
    before = load_point_settings(window.store)
    step = assistant.step
    step.name.setText("Wijkpunt")
    getattr(step, field).setText(value)
    getattr(step, field).setFocus()
    ctrl_enter(qtbot, assistant)
    qtbot.waitUntil(lambda: assistant.error.text() != "", timeout=20000)
    assert message in assistant.error.text() and "\n" not in assistant.error.text()
    assert isinstance(assistant.step, PointStep)  # still here, to put it right
    assert load_point_settings(window.store) == before
    assert not list(window.store.paths.root.glob("*logo*"))


def test_the_coordinator_step_refuses_unequal_or_short_passwords(qtbot, first_start):
    window, desk, assistant = first_start()
    esc(qtbot, assistant)
    wait_step(qtbot, assistant, CoordinatorStep)
    step = assistant.step
    step.name.setText("Kees")
    step.password.setText("geheim-123")
    step.repeat.setText("anders-123")
    ctrl_enter(qtbot, assistant)
    assert "niet gelijk" in assistant.error.text() and isinstance(assistant.step, CoordinatorStep)
    step.password.setText("kort")
    step.repeat.setText("kort")
    ctrl_enter(qtbot, assistant)
    qtbot.waitUntil(lambda: assistant.error.text() != "", timeout=20000)
    assert isinstance(assistant.step, CoordinatorStep) and not users.has_users(window.store)


def test_going_on_without_saving_the_recovery_sheet_asks_once(qtbot, first_start):
    window, desk, assistant = first_start()
    esc(qtbot, assistant)
    wait_step(qtbot, assistant, CoordinatorStep)
    step = assistant.step
    step.name.setText("Kees")
    step.password.setText("geheim-123")
    step.repeat.setText("geheim-123")
    ctrl_enter(qtbot, assistant)
    wait_step(qtbot, assistant, RecoveryStep)
    esc(qtbot, assistant)
    assert "nog niet opgeslagen" in assistant.error.text()
    assert isinstance(assistant.step, RecoveryStep)
    ctrl_enter(qtbot, assistant)  # the second time it goes on
    qtbot.waitUntil(lambda: "sociale kaart" in assistant.heading.text(), timeout=20000)
    assert not assistant.step.buttons["join"].isEnabled()  # a second organisation key: no
    assert QApplication.activeModalWidget() in (assistant, None)


def test_aanmelden_before_anyone_exists_makes_the_coordinator_and_shows_the_recovery_code(
    qtbot, first_start
):
    from wijkinfo.ui.sign_in_bar import SignInBar

    window, desk, assistant = first_start()
    with qtbot.waitSignal(assistant.completed, timeout=20000):
        assistant.close()
    qtbot.waitUntil(lambda: window.findChild(SignInBar, "signInBar") is not None, timeout=20000)
    window.findChild(SignInBar, "signInBar").sign_in_button.click()
    qtbot.waitUntil(
        lambda: isinstance(QApplication.activeModalWidget(), FirstRunAssistant), timeout=20000
    )
    again = QApplication.activeModalWidget()
    assert isinstance(again.step, CoordinatorStep)
    type_here(qtbot, again, "Kees")
    type_here(qtbot, again, "geheim-123")
    type_here(qtbot, again, "geheim-123", tab=False)
    ctrl_enter(qtbot, again)
    wait_step(qtbot, again, RecoveryStep)
    assert again.step.code.text() == again.setup.recovery_code != ""
    esc(qtbot, again)
    with qtbot.waitSignal(again.completed, timeout=20000):
        esc(qtbot, again)  # said once, then it goes on
    qtbot.waitUntil(lambda: window.actor.name == "Kees", timeout=20000)


@pytest.fixture
def organisation_folder(tmp_path):
    """Another desk's data: a coordinator, the demo, and the sync folder it set up."""
    from wijkinfo.services.datafolder.files import DataPaths
    from wijkinfo.services.directory.demo import load_demo
    from wijkinfo.services.sync import folder_sync

    folder = tmp_path / "syncmap"
    folder.mkdir()
    other = open_store(DataPaths(tmp_path / "coordinator-desk"))
    try:
        users.create_first_coordinator(other, name="Kees", password="geheim-123")
        kees = users.sign_in(other, name="Kees", password="geheim-123")
        load_demo(other, actor=kees)
        folder_sync.set_up_folder(other, actor=kees, folder=folder, passphrase="lindeboom-42")
        folder_sync.sync_once(other, actor=kees, folder=folder)
    finally:
        other.close()
    return folder


def test_joining_the_organisations_sync_folder_brings_the_people_and_the_kaart(
    qtbot, first_start, organisation_folder
):
    from wijkinfo.services.sync.sync_settings import read_settings

    window, desk, assistant = first_start()
    esc(qtbot, assistant)
    wait_step(qtbot, assistant, CoordinatorStep)
    esc(qtbot, assistant)
    qtbot.waitUntil(lambda: "sociale kaart" in assistant.heading.text(), timeout=20000)
    step = assistant.step
    qtbot.keyClick(step.buttons["demo"], Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: step.choice() == "join")  # a mnemonic clicks after a moment
    step.folder.setText(str(organisation_folder))
    step.passphrase.setText("verkeerd-wachtwoord")
    ctrl_enter(qtbot, assistant)
    qtbot.waitUntil(lambda: assistant.error.text() != "" and not assistant._busy, timeout=30000)
    assert "\n" not in assistant.error.text()
    assert read_settings(window.store).folder is None and not users.has_users(window.store)
    step.passphrase.setText("lindeboom-42")
    with qtbot.waitSignal(assistant.completed, timeout=60000):
        ctrl_enter(qtbot, assistant)
    assert read_settings(window.store).folder == str(organisation_folder)
    assert users.active_user_names(window.store) == ["Kees"]
    assert "syncmap" in window.status_message()
    qtbot.keyClicks(window.search_box, "schuld")
    qtbot.waitUntil(lambda: window.search_view.model.rowCount() > 0, timeout=20000)

"""What a volunteer has on screen and has typed but not saved, handed from a window to the one
built in its place (another language, ``wijkinfo.ui.window_settings``).

Each area says what it holds (``keep()``, a frozen dataclass) and shows it again
(``restore(state)``); this module only collects those and hands them over, so the window
itself knows nothing about what its areas hold."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wijkinfo.ui.admin.directory_editor import DirectoryEditorView
from wijkinfo.ui.admin.editor_form import EditorState
from wijkinfo.ui.admin.organization_editor import OrganizationEditorView
from wijkinfo.ui.admin.point_settings_view import PointSettingsState
from wijkinfo.ui.admin.synonyms_view import SynonymsView
from wijkinfo.ui.admin.users_admin_tab import UsersAdminTab
from wijkinfo.ui.admin.vocabulary_view import VocabularyState, VocabularyView
from wijkinfo.ui.desk.referral_view import ReferralState
from wijkinfo.ui.desk.search_view import SearchState
from wijkinfo.ui.desk.tally_bar import TallyState
from wijkinfo.ui.signals.review_state import ReviewState, keep_review, restore_review
from wijkinfo.ui.signals.signal_form_state import SignalFormState
from wijkinfo.ui.typed_text import TypedText, keep_texts, restore_texts

if TYPE_CHECKING:
    from wijkinfo.ui.main_window import MainWindow


@dataclass(frozen=True)
class WindowState:
    # the area in the navigation, the Beheer tab and the Signalen tab shown
    area: int = 0
    admin_tab: int = -1
    signals_tab: int = -1
    search: SearchState | None = None
    referral: ReferralState | None = None
    tally: TallyState | None = None
    signal_form: SignalFormState | None = None
    review: ReviewState | None = None
    # Beheer: unsaved edits are carried over (and stay unsaved), not asked about
    service_editor: EditorState | None = None
    organization_editor: EditorState | None = None
    point_settings: PointSettingsState | None = None
    vocabulary: VocabularyState | None = None
    # the lines typed in the smaller views, by view: Zoekwoorden, Gebruikers, Rapportage
    typed: tuple[tuple[str, TypedText], ...] = ()


def _editors(window: MainWindow) -> dict[str, Any]:
    """Beheer's editors by the name of their state (None where Beheer has no such tab)."""
    return {
        "service_editor": window.findChild(DirectoryEditorView),
        "organization_editor": window.findChild(OrganizationEditorView),
        "point_settings": window.referrals.settings if window.referrals is not None else None,
        "vocabulary": window.findChild(VocabularyView),
    }


def _typing_views(window: MainWindow) -> dict[str, Any]:
    """The views with a few lines to type in, by name (None where the window has none)."""
    signals = window.signals_area
    return {
        "synonyms": window.findChild(SynonymsView),
        "users": window.findChild(UsersAdminTab),
        "reports": signals.reports if signals is not None else None,
    }


def keep_window(window: MainWindow) -> WindowState:
    """Everything the areas of ``window`` hold now."""
    referrals, signals = window.referrals, window.signals_area
    editors = {name: view.keep() for name, view in _editors(window).items() if view is not None}
    return WindowState(
        area=window.nav.currentRow(),
        admin_tab=window.admin_tabs.currentIndex() if window.admin_tabs is not None else -1,
        signals_tab=signals.currentIndex() if signals is not None else -1,
        search=window.search_view.keep() if window.search_view is not None else None,
        referral=referrals.view.keep() if referrals is not None else None,
        tally=referrals.tally_bar.keep() if referrals is not None else None,
        signal_form=signals.form.keep() if signals is not None else None,
        review=keep_review(signals.review) if signals is not None else None,
        typed=tuple(
            (name, keep_texts(view.typed_fields()))
            for name, view in _typing_views(window).items()
            if view is not None
        ),
        **editors,
    )


def restore_window(window: MainWindow, state: WindowState) -> None:
    """Show ``state`` in ``window``, built on the same data for the same person."""
    referrals, signals = window.referrals, window.signals_area
    if state.search is not None and window.search_view is not None:
        window.search_view.restore(state.search)
    if referrals is not None:
        if state.referral is not None:
            referrals.view.restore(state.referral)
        if state.tally is not None:
            referrals.tally_bar.restore(state.tally)
    if signals is not None:
        if state.signal_form is not None:
            signals.form.restore(state.signal_form)
        if state.review is not None:
            restore_review(signals.review, state.review)
        if 0 <= state.signals_tab < signals.count():
            signals.setCurrentIndex(state.signals_tab)
    for name, view in _editors(window).items():
        kept = getattr(state, name)
        if view is not None and kept is not None:
            view.restore(kept)
    views = _typing_views(window)
    for name, typed in state.typed:
        view = views.get(name)
        if view is not None and restore_texts(view.typed_fields(), typed) and name == "reports":
            view.refresh()  # the counts of the period that was typed
    if window.admin_tabs is not None and 0 <= state.admin_tab < window.admin_tabs.count():
        window.admin_tabs.setCurrentIndex(state.admin_tab)
    nav = window.nav
    if 0 < state.area < nav.count() and not nav.item(state.area).isHidden():
        nav.setCurrentRow(state.area)
        nav.setFocus()  # not the search box of an area that is not shown

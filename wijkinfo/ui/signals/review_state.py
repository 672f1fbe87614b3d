"""What a coordinator has in *Beoordelen*: the queue's filters, the signal shown and the words
typed for its next step or note, to show again in the same view built anew (the window in
another language)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wijkinfo.ui.signals.signal_review_view import SignalReviewView


@dataclass(frozen=True)
class ReviewState:
    criteria: tuple[tuple[str, object], ...] = ()
    follow_up_due: bool = False
    signal_id: str | None = None
    forward_to: str = ""
    agreement: str = ""
    follow_up: str = ""
    step_note: str = ""
    note: str = ""
    outcome: str = ""


def keep_review(view: SignalReviewView) -> ReviewState:
    pane = view.detail
    return ReviewState(
        criteria=tuple(view.criteria().items()),
        follow_up_due=view.follow_up.isChecked(),
        signal_id=pane.signal_id,
        forward_to=pane.forward_to.text(),
        agreement=pane.agreement.text(),
        follow_up=pane.follow_up.text(),
        step_note=pane.step_note.text(),
        note=pane.note.text(),
        outcome=str(pane.outcome.currentData() or ""),
    )


def restore_review(view: SignalReviewView, state: ReviewState) -> None:
    """The same filters and signal; the queue is read again and chooses that signal in it."""
    pane = view.detail
    view.follow_up.blockSignals(True)
    view.follow_up.setChecked(state.follow_up_due)
    view.follow_up.blockSignals(False)
    view.apply_criteria(dict(state.criteria))
    if state.signal_id is not None:
        pane.show_signal(state.signal_id)
    for field, text in (
        (pane.forward_to, state.forward_to),
        (pane.agreement, state.agreement),
        (pane.follow_up, state.follow_up),
        (pane.step_note, state.step_note),
        (pane.note, state.note),
    ):
        field.setText(text)
    pane.outcome.setCurrentIndex(max(0, pane.outcome.findData(state.outcome)))

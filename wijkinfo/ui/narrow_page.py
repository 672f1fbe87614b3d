"""A page that gets narrower instead of scrolling sideways.

At 200 % text on a 1366 px screen a Beheer page has about 1,100 px: a form whose labels and
fields stand side by side, or a sentence on one line, would push the page wider than that, and
what is past the right edge is easily never seen. So on every page: a form puts a label above its
field when the two do not fit beside each other, and a sentence wraps."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from wijkinfo.ui.elided_label import ElidedLabel

#: a label of more characters than this is a sentence, and wraps
SENTENCE = 40


def fit_narrow(page: QWidget) -> None:
    for form in page.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    layout = page.layout()
    if isinstance(layout, QFormLayout):
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for label in page.findChildren(QLabel):
        if isinstance(label, ElidedLabel) or label.wordWrap():
            continue
        if len(label.text()) > SENTENCE:
            label.setWordWrap(True)

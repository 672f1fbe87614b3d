"""Column headings that stay readable: each column at least as wide as its heading.

Qt gives every column 100 px; at 150–200 % text "Maand", "Thema" and "Wijk" then show as
"aan", "hem", "ij" with nothing to say they were cut. The last column takes the room left."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QAbstractItemView, QHeaderView

from wijkinfo.ui.short_window import WindowHeightWatch


def fit_headings(view: QAbstractItemView) -> None:
    """Widen ``view``'s columns to their headings now, and again when the headings or the text
    size change."""
    header = getattr(view, "horizontalHeader", lambda: None)()
    if not isinstance(header, QHeaderView):
        return
    header.setStretchLastSection(True)

    def widen() -> None:
        if not shiboken6.isValid(header):  # the table is being taken down
            return
        for section in range(header.count() - 1):
            wanted = header.sectionSizeFromContents(section).width()
            if header.sectionSize(section) < wanted:
                header.resizeSection(section, wanted)

    header.sectionCountChanged.connect(lambda _old, _new: widen())
    header.geometriesChanged.connect(widen)
    WindowHeightWatch(view, widen)
    widen()

"""Which name of a list entry the UI shows: a theme's English name in the English UI, when a
coordinator gave one; otherwise the Dutch name they typed."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def shown(name: str, name_en: str = "") -> str:
    english = QLocale().language() == QLocale.Language.English
    return name_en if english and name_en else name

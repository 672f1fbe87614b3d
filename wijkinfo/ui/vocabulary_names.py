"""Which name of a list entry the UI shows: a theme's English name in the English UI, when a
coordinator gave one; otherwise the name they typed, translated while it is one of the names
wijkinfo ships (the nine signal themes, in the "SignalTheme" context of the catalogue)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale


def shown(name: str, name_en: str = "") -> str:
    english = QLocale().language() == QLocale.Language.English
    if english and name_en:
        return name_en
    return QCoreApplication.translate("SignalTheme", name) if name else name

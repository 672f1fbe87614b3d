"""Loading the translation: Dutch is the source language, English ships as a translation."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from wijkinfo.resources import resources_dir

LANGUAGES = ("nl", "en")


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Set the locale and install wijkinfo's and Qt's own translators for ``language``."""
    language = language if language in LANGUAGES else "nl"
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    if language == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resources_dir() / "translations")
    for name, folder in (("qtbase", qt_dir), ("wijkinfo", ours)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed

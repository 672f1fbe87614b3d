"""Loading the translation: Dutch is the source language, English ships as a translation."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from wijkinfo.resources import resources_dir

LANGUAGES = ("nl", "en")

#: the translators the last ``install_language`` put in, so that the next one takes them out
_installed: list[QTranslator] = []


class TranslationMissing(RuntimeError):
    """The chosen language's compiled translation is not where it should be: a broken build."""


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Set the locale and install wijkinfo's and Qt's own translators for ``language``.

    Dutch is the source language and needs no file; for any other language a missing or
    unreadable ``wijkinfo_<language>.qm`` raises TranslationMissing rather than silently
    showing Dutch to someone who asked for English. Installing another language takes the
    previous one's translators out first (then nothing is left to the old one)."""
    language = language if language in LANGUAGES else "nl"
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    if language == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resources_dir() / "translations")
    loaded: list[QTranslator] = []
    # Qt's own dialogs (file dialog, standard buttons) from Qt's catalogue; ours fills the few
    # strings Qt's Dutch lacks ("&Look in:"). A later translator is asked first.
    for name, folder in (("qtbase", qt_dir), ("qtbase_supplement", ours), ("wijkinfo", ours)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            loaded.append(translator)
        elif name == "wijkinfo" and language != "nl":
            raise TranslationMissing(
                f"wijkinfo: de vertaling '{language}' ontbreekt ({ours}/wijkinfo_{language}.qm). "
                "Installeer wijkinfo opnieuw, of bouw de vertalingen met `make translations`."
            )
    QLocale.setDefault(locale)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for translator in loaded:
        app.installTranslator(translator)
    _installed.extend(loaded)
    return loaded

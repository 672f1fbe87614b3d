"""Words of the signal workflow that come from data, in the user's language.

The nine signal themes are rows the first migration wrote in Dutch; a coordinator may rename
them. A name that is still one of those nine is shown translated, any other name as typed.
A history line is built from the status codes, not from the service's Dutch sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wijkinfo.services.signals.review import HistoryItem
from wijkinfo.ui.vocabulary_names import shown

# The names of wijkinfo/db/migrations/versions/0003_signal_themes.py, for lupdate.
DEFAULT_THEME_NAMES = (
    QT_TRANSLATE_NOOP("SignalTheme", "Geldzorgen & schulden"),
    QT_TRANSLATE_NOOP("SignalTheme", "Zorg & ondersteuning"),
    QT_TRANSLATE_NOOP("SignalTheme", "Wonen"),
    QT_TRANSLATE_NOOP("SignalTheme", "Werk & inkomen"),
    QT_TRANSLATE_NOOP("SignalTheme", "Eenzaamheid"),
    QT_TRANSLATE_NOOP("SignalTheme", "Veiligheid"),
    QT_TRANSLATE_NOOP("SignalTheme", "Jeugd & gezin"),
    QT_TRANSLATE_NOOP("SignalTheme", "Digitale overheid"),
    QT_TRANSLATE_NOOP("SignalTheme", "Anders"),
)


def status_label(status: str) -> str:
    labels = {
        "nieuw": QCoreApplication.translate("SignalStatus", "nieuw"),
        "in_behandeling": QCoreApplication.translate("SignalStatus", "in behandeling"),
        "doorgezet": QCoreApplication.translate("SignalStatus", "doorgezet"),
        "afgehandeld": QCoreApplication.translate("SignalStatus", "afgehandeld"),
        "geannuleerd": QCoreApplication.translate("SignalStatus", "geannuleerd"),
        "heropend": QCoreApplication.translate("SignalStatus", "heropend"),
    }
    return labels.get(status, status)


def outcome_label(outcome: str) -> str:
    labels = {
        "opgelost": QCoreApplication.translate("SignalOutcome", "opgelost"),
        "deels": QCoreApplication.translate("SignalOutcome", "deels opgelost"),
        "niet_opgelost": QCoreApplication.translate("SignalOutcome", "niet opgelost"),
        "onbekend": QCoreApplication.translate("SignalOutcome", "onbekend"),
    }
    return labels.get(outcome, outcome)


def urgency_label(urgency: str) -> str:
    labels = {
        "laag": QCoreApplication.translate("SignalUrgency", "laag"),
        "normaal": QCoreApplication.translate("SignalUrgency", "normaal"),
        "hoog": QCoreApplication.translate("SignalUrgency", "hoog"),
    }
    return labels.get(urgency, urgency)


def theme_label(name: str) -> str:
    """A signal theme's name as the user reads it (translated while it is a default name)."""
    return shown(name)


def history_text(entry: HistoryItem) -> str:
    """ "new → in progress: called the council" for a status change; a note as written."""
    if entry.kind != "status" or entry.to_status is None:
        return entry.note if entry.note is not None else entry.text
    text = status_label(entry.to_status)
    if entry.from_status:
        text = f"{status_label(entry.from_status)} → {text}"
    return f"{text}: {entry.note}" if entry.note else text

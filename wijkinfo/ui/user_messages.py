"""Showing the service layer's messages in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wijkinfo.services.errors import UserError


def error_text(exc: BaseException) -> str:
    """A UserError translated (template first, then its values); anything else, plainly."""
    if isinstance(exc, UserError):
        template = QCoreApplication.translate("UserError", exc.template)
        try:
            return template.format(**exc.params)
        except (KeyError, IndexError, ValueError):
            return str(exc)
    return QCoreApplication.translate(
        "UserError", "Er ging iets mis: {0}. Probeer het opnieuw of vraag hulp."
    ).format(exc)

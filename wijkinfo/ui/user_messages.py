"""Showing the service layer's messages in the user's language."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from wijkinfo.services.errors import UserError
from wijkinfo.services.messages import Message

log = logging.getLogger(__name__)


def _filled(template: str, params: Mapping[str, object]) -> str | None:
    """The template translated, then filled; values that are Messages are translated too."""
    values = {k: message_text(v) if isinstance(v, Message) else v for k, v in params.items()}
    try:
        return QCoreApplication.translate("UserError", template).format(**values)
    except (KeyError, IndexError, ValueError):
        return None


def message_text(value: object) -> str:
    """A service Message (an import finding, a rejection) in the user's language."""
    if isinstance(value, Message):
        text = _filled(value.template, value.params)
        return str(value) if text is None else text
    return str(value)


def error_text(exc: BaseException) -> str:
    """A UserError translated (template first, then its values); anything else, plainly."""
    if isinstance(exc, UserError):
        text = _filled(exc.template, exc.params)
        return str(exc) if text is None else text
    # The kind of error only: the message of a database error holds the statement and its
    # values (a signal's text, a name), which belong neither on the screen nor in the log.
    kind = type(exc).__name__
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("onverwachte fout (%s)\n%s", kind, frames)
    return QCoreApplication.translate(
        "UserError", "Er ging iets mis ({0}). Probeer het opnieuw of vraag hulp."
    ).format(kind)

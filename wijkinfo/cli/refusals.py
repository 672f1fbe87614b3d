"""The service layer's refusals (UserError, Message) on the command line in the user's language.

The window translates them with Qt; the command line has no Qt, so it reads the same English
from the window's catalogue through services/languages.py.
"""

from __future__ import annotations

from wijkinfo.services.errors import UserError
from wijkinfo.services.languages import english_templates, filled, text_in

__all__ = ["english_templates", "message_text", "refusal_text"]


def message_text(value: object, language: str) -> str:
    return text_in(value, language)


def refusal_text(exc: UserError, language: str) -> str:
    """``exc`` in ``language``: the English of its template, filled in; else its Dutch."""
    if language != "en":
        return str(exc)
    text = filled(exc.template, dict(exc.params), language)
    return str(exc) if text is None else text

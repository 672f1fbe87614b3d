"""The service layer's refusals (UserError, Message) on the command line in the user's language.

The window translates them with Qt; the command line has no Qt, so it reads the same English
from the window's catalogue (wijkinfo_en.ts, context "UserError"), once, only when it speaks
English and has something to say.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from wijkinfo.resources import resources_dir
from wijkinfo.services.errors import UserError
from wijkinfo.services.messages import Message


@cache
def english_templates() -> dict[str, str]:
    """Dutch template → English, from the shipped catalogue ({} when it is not there)."""
    path = resources_dir() / "translations" / "wijkinfo_en.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "UserError":
            continue
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") is None and tr.text:
                found[message.findtext("source") or ""] = tr.text
    return found


def _filled(template: str, params: dict[str, object], language: str) -> str | None:
    values = {
        k: message_text(v, language) if isinstance(v, Message) else v for k, v in params.items()
    }
    wanted = english_templates().get(template, template) if language == "en" else template
    try:
        return wanted.format(**values)
    except (KeyError, IndexError, ValueError):
        return None


def message_text(value: object, language: str) -> str:
    if isinstance(value, Message):
        text = _filled(value.template, value.params, language)
        return str(value) if text is None else text
    return str(value)


def refusal_text(exc: UserError, language: str) -> str:
    """``exc`` in ``language``: the English of its template, filled in; else its Dutch."""
    if language != "en":
        return str(exc)
    text = _filled(exc.template, dict(exc.params), language)
    return str(exc) if text is None else text

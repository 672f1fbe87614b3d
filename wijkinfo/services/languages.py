"""The service layer's texts in a language chosen by the caller, without Qt.

The window translates Messages with Qt. What is written outside the window — the command
line's output, a CSV made from the command line, a PDF — is made by code that has no Qt, so it
reads the same English from the window's catalogue (wijkinfo_en.ts, context "UserError"): one
place where the English of every service text is kept, and where a test checks it is complete.
The caller says which language it wants (``language="nl"|"en"``); nothing here guesses it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import date, datetime
from functools import cache

from wijkinfo.resources import resources_dir
from wijkinfo.services.messages import Message, Named

LANGUAGES = ("nl", "en")


@cache
def english_catalogue(context: str) -> dict[str, str]:
    """Dutch → English for one context of the shipped catalogue ({} when it is not there)."""
    path = resources_dir() / "translations" / "wijkinfo_en.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[str, str] = {}
    for each in root.iter("context"):
        if each.findtext("name") != context:
            continue
        for message in each.iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") is None and tr.text:
                found[message.findtext("source") or ""] = tr.text
    return found


def english_templates() -> dict[str, str]:
    """Dutch template → English of every service text (context "UserError")."""
    return english_catalogue("UserError")


def english_name(name: Named) -> str:
    """A list entry's English: the one a coordinator gave, else the shipped English of a name
    wijkinfo itself wrote (the nine signal themes), else the Dutch as typed."""
    return name.english or english_catalogue("SignalTheme").get(str(name), str(name))


def filled(template: str, params: Mapping[str, object], language: str) -> str | None:
    """``template`` in ``language``, filled with ``params`` (themselves shown in ``language``);
    None when the translation does not fit the values (then the caller keeps the Dutch)."""
    values = {k: _value(v, language) for k, v in params.items()}
    wanted = english_templates().get(template, template) if language == "en" else template
    try:
        return wanted.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return None


def _value(value: object, language: str) -> object:
    if isinstance(value, Message | Named):
        return text_in(value, language)
    return value


def text_in(value: object, language: str) -> str:
    """A Message (or Named) in ``language``; anything else as it is."""
    if isinstance(value, Named):
        return english_name(value) if language == "en" else str(value)
    if isinstance(value, Message):
        text = filled(value.template, value.params, language)
        return str(value) if text is None else text
    return str(value)


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        from wijkinfo.services.errors import UserError

        raise UserError("Kies Nederlands of English.")
    return language


def date_text(day: date | datetime | None, language: str) -> str:
    """A date in a file: 01-12-2026 in Dutch; 2026-12-01 in English, which no reader takes for
    the twelfth of January and every spreadsheet reads as a date."""
    if day is None:
        return ""
    return day.strftime("%Y-%m-%d" if language == "en" else "%d-%m-%Y")


def csv_delimiter(language: str) -> str:
    """A Dutch spreadsheet splits a CSV on semicolons (the comma is its decimal sign); an
    English one on commas."""
    return "," if language == "en" else ";"

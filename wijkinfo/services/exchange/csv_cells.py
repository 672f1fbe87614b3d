"""One rule for CSV cells a spreadsheet could run as a formula (CSV or formula injection).

Excel, LibreOffice and Google Sheets treat a cell that starts with ``=``, ``+``, ``-`` or ``@``
as a formula, and some of them first drop leading white space or read a tab or carriage return
as the start of one. Such a cell is written with an apostrophe in front: every spreadsheet
shows it as text and hides the apostrophe, and ``unguard_cell`` takes it off again on import.

Decided:

- the first character, after any spaces, tabs, line breaks or no-break spaces, is one of
  ``= + - @`` or their full-width forms (``＝ ＋ － ＠``, which Excel in East Asian locales
  also runs): guarded;
- a cell starting with a tab or a carriage return: guarded, whatever follows;
- a plain number such as ``-5`` or ``-52.37`` stays a number (coordinates, amounts); ``+5``,
  ``-1e5`` and ``-5 `` are not plain and are guarded — harmless, and a rule with no guesswork;
- a cell that already starts with apostrophes before a guarded start gets one more, so that
  ``unguard_cell(guard_cell(x)) == x`` for every text ``x`` (an exact round trip).
"""

from __future__ import annotations

import re

_STARTS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
_LEADING = " \t\r\n\u00a0\u3000"
_PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")


def _needs_guard(text: str) -> bool:
    if not text:
        return False
    if text[0] in "\t\r":
        return True
    rest = text.lstrip(_LEADING)
    return bool(rest) and rest[0] in _STARTS and not _PLAIN_NUMBER.fullmatch(text)


def guard_cell(value: object) -> str:
    """The text of a CSV cell that a spreadsheet shows as text and never runs."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if _needs_guard(text.lstrip("'")) else text


def unguard_cell(text: str) -> str:
    """Undo ``guard_cell``: take off the one apostrophe it put in front."""
    if text.startswith("'") and _needs_guard(text.lstrip("'")):
        return text[1:]
    return text

"""Folding text the way a volunteer types it: lower case, no accents, and the letters that
Unicode does not decompose written as their plain Latin look-alikes, so that `laczy` finds
*Stichting Łączy*, `ozlem` *Özlem*, `strasse` *Straße*, `ijs` *ĳs*, `kirmizi` *kırmızı*.

One function for both sides: the search index stores folded text (an SQL function registered on
every connection, see engine.py) and the search folds what is typed the same way. Scripts that
have no Latin look-alike (Arabic, Cyrillic, …) stay as they are; FTS5's tokenizer handles them.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters without a Unicode decomposition, as Dutch, Polish, Turkish, Scandinavian, Croatian,
# Maltese, Icelandic and German neighbours write them on a plain keyboard.
_PLAIN = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "đ": "d",
        "ð": "d",
        "ı": "i",
        "ħ": "h",
        "þ": "th",
        "ŧ": "t",
        "ŀ": "l",
        "\u00b7": "",  # what NFKD leaves of ŀ (Catalan l·l)
        "ĸ": "k",
        "ŋ": "n",
        "ſ": "s",
    }
)

SQL_FUNCTION = "wijkinfo_fold"


@lru_cache(maxsize=4096)
def _fold_word(text: str) -> str:
    # casefold again after NFKD: a compatibility letter such as 𝞐 (mathematical alpha)
    # decomposes to a capital, which must fold the same way the plain letter does
    decomposed = unicodedata.normalize("NFKD", text.casefold()).casefold()
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_PLAIN)


def fold(text: str | None) -> str:
    """``text`` folded for searching (None for a missing value becomes "")."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    return _fold_word(text) if len(text) < 64 else _fold_word.__wrapped__(text)

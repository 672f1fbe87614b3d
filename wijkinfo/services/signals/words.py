"""The fixed words of signals and tallies as Messages, for what is written outside the window.

A status, urgency, outcome or contact channel is stored as a code. The window shows its own
translation of each; the command line, a CSV and a PDF show these, in the language they are
made in (services/languages.py). An unknown code is shown as it is.
"""

from __future__ import annotations

from wijkinfo.services.messages import Message

STATUS_WORDS = {
    "nieuw": Message("nieuw"),
    "in_behandeling": Message("in behandeling"),
    "doorgezet": Message("doorgezet"),
    "afgehandeld": Message("afgehandeld"),
    "geannuleerd": Message("geannuleerd"),
    "heropend": Message("heropend"),
}
URGENCY_WORDS = {
    "laag": Message("laag"),
    "normaal": Message("normaal"),
    "hoog": Message("hoog"),
}
OUTCOME_WORDS = {
    "opgelost": Message("opgelost"),
    "deels": Message("deels opgelost"),
    "niet_opgelost": Message("niet opgelost"),
    "onbekend": Message("onbekend"),
}
CHANNEL_WORDS = {
    "balie": Message("Balie"),
    "telefoon": Message("Telefoon"),
    "e-mail": Message("E-mail"),
    "verwijsbrief": Message("Verwijsbrief"),
}
KIND_WORDS = {
    "organisatie": Message("organisatie"),
    "dienst": Message("dienst"),
}
ROLE_WORDS = {
    "volunteer": Message("vrijwilliger"),
    "coordinator": Message("coördinator"),
}


def word(words: dict[str, Message], code: str | None) -> Message | str:
    """The word for ``code``; the code itself when it has none; "" for no code."""
    if not code:
        return ""
    return words.get(code, code)

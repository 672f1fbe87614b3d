"""The command line in the user's language: Dutch by default, English with WIJKINFO_LANG=en.

Two kinds of text: wijkinfo's own (help texts, placeholders), written in Dutch in the parsers
and put into English from cli/english.py; and argparse's ("usage:", "invalid choice"), which
argparse asks gettext for and which get Dutch from cli/argparse_dutch.py.
"""

from __future__ import annotations

import argparse
import gettext
import os
from collections.abc import Callable, Iterator

from wijkinfo.cli.argparse_dutch import ARGPARSE_DUTCH
from wijkinfo.cli.english import ENGLISH

LANGUAGES = ("nl", "en")


def cli_language() -> str:
    """WIJKINFO_LANG, else the language this computer was set to, else Dutch."""
    chosen = os.environ.get("WIJKINFO_LANG", "")
    if chosen not in LANGUAGES:
        from wijkinfo.services.datafolder.machine_settings import read_machine_settings

        chosen = read_machine_settings().language
    return chosen if chosen in LANGUAGES else "nl"


class Catalogue(gettext.NullTranslations):
    """A gettext catalogue from a dict (msgid → text, or (singular, plural) for ngettext)."""

    def __init__(self, messages: dict[str, str | tuple[str, str]]) -> None:
        super().__init__()
        self._messages = messages

    def gettext(self, message: str) -> str:
        found = self._messages.get(message, message)
        return found if isinstance(found, str) else found[0]

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        found = self._messages.get(msgid1)
        if isinstance(found, tuple):
            return found[0] if n == 1 else found[1]
        return msgid1 if n == 1 else msgid2


_ARGPARSE_DEFAULTS = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]


def use_argparse_language(language: str) -> None:
    """argparse's messages in ``language`` from now on (in this process).

    argparse reads its module-level ``_``/``ngettext`` each time it writes a message, and uses
    the global gettext domain, which belongs to the whole process; so it gets its catalogue here
    rather than through ``gettext.textdomain``. Before a parser is built: some texts (the
    ``-h`` help, "options") are fixed when the parser is made."""
    if language == "nl":
        catalogue = Catalogue(ARGPARSE_DUTCH)
        argparse._ = catalogue.gettext  # type: ignore[attr-defined]
        argparse.ngettext = catalogue.ngettext  # type: ignore[attr-defined]
    else:
        argparse._, argparse.ngettext = _ARGPARSE_DEFAULTS  # type: ignore[attr-defined]


def cli_text(text: str, language: str | None = None) -> str:
    """One of wijkinfo's own command-line texts (written in Dutch) in ``language``."""
    language = language or cli_language()
    return ENGLISH.get(text, text) if language == "en" else text


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """``parser`` and every parser of its commands, each once."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from parsers(sub)


def _whole_number(name: str) -> Callable[[str], int]:
    def convert(text: str) -> int:
        return int(text)

    convert.__name__ = name  # argparse says "'x' is geen geheel getal" with this name
    return convert


def translate_parser(parser: argparse.ArgumentParser, language: str) -> None:
    """Put the parsers' Dutch help texts, descriptions and placeholders into ``language``."""
    number = _whole_number(cli_text("geheel getal", language))
    for each in parsers(parser):
        if each.description:
            each.description = cli_text(each.description, language)
        for action in each._actions:
            if action.help and action.help != argparse.SUPPRESS:
                action.help = cli_text(action.help, language)
            if isinstance(action.metavar, str):
                action.metavar = cli_text(action.metavar, language)
            if action.type is int:
                action.type = number
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        choice.help = cli_text(choice.help, language)
                    if isinstance(choice.metavar, str):
                        choice.metavar = cli_text(choice.metavar, language)

"""What the command line writes for a person to read, in the user's language.

Every line goes through :func:`say` as a ``Message("Dutch template", …)``: the template is
collected for translation like a service's message (``make lupdate``) and shown in English
with WIJKINFO_LANG=en; Dutch stays the default. A test fails on a ``print`` elsewhere in the
command line, so no line can stay Dutch by accident. :func:`data` is for what a program reads
(JSON), which has no language.
"""

from __future__ import annotations

import getpass
import sys

from wijkinfo.cli.language import cli_language
from wijkinfo.services.languages import text_in
from wijkinfo.services.messages import Message


def shown(message: Message) -> str:
    """``message`` in the command line's language."""
    return text_in(message, cli_language())


def say(message: Message, *, err: bool = False) -> None:
    """One line for the user: on standard output, or (``err``) on standard error."""
    if err:
        print(shown(message), file=sys.stderr, flush=True)
    else:
        print(shown(message))


def data(text: str) -> None:
    """Output for a program to read (JSON): not translated."""
    print(text)


def ask_secret(prompt: Message) -> str:
    """A password or code typed without echo, asked in the user's language."""
    return getpass.getpass(shown(prompt))


def ask(prompt: Message) -> str:
    return input(shown(prompt))


def problem(what: object) -> None:
    """``wijkinfo: …`` on standard error: a refusal, a Message or a warning from a service."""
    from wijkinfo.cli.refusals import refusal_text
    from wijkinfo.services.errors import UserError

    language = cli_language()
    text = refusal_text(what, language) if isinstance(what, UserError) else text_in(what, language)
    print(f"wijkinfo: {text}", file=sys.stderr, flush=True)

"""Who runs this command: ``--user NAAM`` and that person's password, as the window asks.

Every parser of the command line gets ``--user`` and ``--password-file`` (cli/__init__.py adds
them), so a command only calls :func:`command_actor`. The password comes from a prompt or from
the first line of ``--password-file``, never from the command line (shell history, process
list) and never from standard input (that carries a new user's own password). A wrong password
counts towards the same lockout as in the window; the audit log names the person.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wijkinfo.cli.output import ask_secret
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.messages import Message
from wijkinfo.services.people.auth import ANONYMOUS_DESK, Actor


def add_identity_options(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: an option given before the command is not overwritten by the command's parser
    parser.add_argument(
        "--user",
        metavar="NAAM",
        default=argparse.SUPPRESS,
        help="wie deze opdracht geeft (een coördinator); het wachtwoord wordt gevraagd",
    )
    parser.add_argument(
        "--password-file",
        type=Path,
        metavar="BESTAND",
        default=argparse.SUPPRESS,
        help="lees het wachtwoord van --user uit dit bestand (eerste regel)",
    )


def read_password(args: argparse.Namespace, name: str) -> str:
    """The password of ``--user`` from ``--password-file`` or a prompt."""
    path: Path | None = getattr(args, "password_file", None)
    if path is not None:
        try:
            return path.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError):
            raise UserError(
                "Het wachtwoordbestand {file} is niet te lezen of leeg. Er is niets veranderd.",
                file=path,
            ) from None
    if sys.stdin is not None and sys.stdin.isatty():
        return ask_secret(Message("Wachtwoord van {name}: ", name=name))
    raise UserError(
        "Er is geen wachtwoord voor {name}: typ het als wijkinfo erom vraagt, of geef "
        "--password-file BESTAND. Er is niets veranderd.",
        name=name,
    )


def command_actor(store: Store, args: argparse.Namespace, *, required: bool = True) -> Actor:
    """The signed-in person behind this command (with their keys when a coordinator).

    Without ``--user``: a UserError (exit 2, nothing changed) when ``required``, else the desk
    with nobody signed in, which may do what a desk may do without signing in.
    """
    from wijkinfo.services.people.users import sign_in

    name: str | None = getattr(args, "user", None)
    if not name:
        if not required:
            return ANONYMOUS_DESK
        raise UserError(
            "Deze opdracht is voor een coördinator: geef --user NAAM (het wachtwoord wordt "
            "gevraagd, of --password-file BESTAND). Er is niets veranderd."
        )
    return sign_in(store, name=name, password=read_password(args, name))

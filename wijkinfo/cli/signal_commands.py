"""Command-line commands for users, signals and retention (kept apart from cli.py).

The password is read from a prompt or from standard input, never from the command line, so it
does not end up in the shell history or the process list.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from wijkinfo.cli.identity import command_actor
from wijkinfo.cli.language import cli_language
from wijkinfo.cli.output import ask_secret, say
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.errors import UserError
from wijkinfo.services.messages import Message
from wijkinfo.services.signals.words import KIND_WORDS, ROLE_WORDS, word

if TYPE_CHECKING:
    from wijkinfo.services.datafolder.store import Store

EXIT_OK = 0
# the parser class the main command line gives its subcommands
_P = TypeVar("_P", bound=argparse.ArgumentParser)


def add_signal_commands(sub: argparse._SubParsersAction[_P]) -> None:
    p = sub.add_parser("user", help="gebruikers (vrijwilligers en coördinatoren)")
    user_sub = p.add_subparsers(dest="user_command", metavar="ACTIE", required=True)
    add = user_sub.add_parser("add", help="maak een gebruiker; het wachtwoord wordt gevraagd")
    add.add_argument("name", metavar="NAAM")
    add.add_argument(
        "--role",
        choices=["volunteer", "coordinator"],
        default="volunteer",
        help="de rol van de nieuwe gebruiker",
    )
    user_sub.add_parser("list", help="toon de gebruikers")
    from wijkinfo.cli.privacy_commands import add_privacy_commands, add_user_actions

    add_user_actions(user_sub)
    add_privacy_commands(sub)
    p = sub.add_parser("retention", help="bewaartermijnen toepassen op signalen")
    p.add_argument("--dry-run", action="store_true", help="toon alleen wat er zou veranderen")
    p = sub.add_parser("signals", help="signalen")
    sig_sub = p.add_subparsers(dest="signals_command", metavar="ACTIE", required=True)
    exp = sig_sub.add_parser(
        "export", help="signalen naar een CSV-bestand (zonder contactgegevens)"
    )
    exp.add_argument("--csv", required=True, metavar="BESTAND")
    exp.add_argument("--force", action="store_true", help="een bestaand bestand vervangen")
    exp.add_argument("--from", dest="date_from", metavar="DATUM", help="vanaf (jjjj-mm-dd)")
    exp.add_argument("--to", dest="date_to", metavar="DATUM", help="tot en met (jjjj-mm-dd)")
    dos = sig_sub.add_parser(
        "dossier",
        help="dossier van een organisatie of dienst als gespreksnotitie (PDF) of CSV",
    )
    dos.add_argument("subject", metavar="ORGANISATIE", help="naam of id (of een dienst)")
    rep = sig_sub.add_parser("report", help="rapport voor de gemeente als PDF of CSV")
    for cmd in (dos, rep):
        cmd.add_argument("--out", required=True, metavar="BESTAND", help="F.pdf of F.csv")
        cmd.add_argument("--force", action="store_true", help="een bestaand bestand vervangen")
        cmd.add_argument("--from", dest="date_from", metavar="DATUM", help="vanaf (jjjj-mm-dd)")
        cmd.add_argument("--to", dest="date_to", metavar="DATUM", help="tot en met (jjjj-mm-dd)")


def _open(paths: DataPaths, *, writer: bool = True) -> Store:
    from wijkinfo.cli.opening import open_for_command

    return open_for_command(paths, writer=writer)


def _read_password() -> str:
    if sys.stdin.isatty():
        first = ask_secret(Message("Wachtwoord of pincode: "))
        if ask_secret(Message("Nog een keer: ")) != first:
            raise UserError("De twee wachtwoorden zijn niet gelijk. Er is niets veranderd.")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_user(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.services.people import users

    store = _open(paths)
    try:
        from wijkinfo.cli.privacy_commands import USER_ACTIONS, cmd_user_action

        if args.user_command in USER_ACTIONS:
            return cmd_user_action(store, args)
        if args.user_command == "list":
            for u in users.list_users(store, actor=command_actor(store, args)):
                # a name from before control characters were refused must not break the columns
                name = "".join(c if c.isprintable() else "\ufffd" for c in u.name)
                state = Message("actief") if u.active else Message("uit")
                say(
                    Message(
                        "{name}\t{role}\t{state}",
                        name=name,
                        role=word(ROLE_WORDS, u.role),
                        state=state,
                    )
                )
            return EXIT_OK
        if users.has_users(store):
            actor = command_actor(store, args)  # before the new password is read
            password = _read_password()
            info = users.create_user(
                store, actor=actor, name=args.name, password=password, role=args.role
            )
        elif args.role != "coordinator":
            raise UserError(
                "De eerste gebruiker moet een coördinator zijn: gebruik --role coordinator."
            )
        else:
            # the one command without --user: the very first coordinator of an empty database
            password = _read_password()
            info = users.create_first_coordinator(store, name=args.name, password=password)
    finally:
        store.close()
    say(
        Message(
            "Gebruiker gemaakt: {name} ({role})", name=info.name, role=word(ROLE_WORDS, info.role)
        )
    )
    if info.recovery_code:
        from wijkinfo.cli.privacy_commands import print_recovery_code

        print_recovery_code(info.recovery_code)
    return EXIT_OK


def _parse_date(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            "{what} is geen goede datum: {text}. Schrijf het als jjjj-mm-dd.", what=what, text=text
        ) from None


def cmd_signals(paths: DataPaths, args: argparse.Namespace) -> int:
    if args.signals_command in ("dossier", "report"):
        return cmd_signal_documents(paths, args)
    from wijkinfo.cli.out_files import output_file
    from wijkinfo.services.signals.export import export_csv

    start = _parse_date(args.date_from, "--from")
    end = _parse_date(args.date_to, "--to")
    out = output_file(paths, args.csv, force=args.force, option="--csv")
    # a writer: the export is written in the audit log
    store = _open(paths, writer=True)
    try:
        count = export_csv(
            store,
            actor=command_actor(store, args),
            path=out,
            start=start,
            end=end,
            language=cli_language(),  # WIJKINFO_LANG, like every word the command line writes
        )
    finally:
        store.close()
    say(Message("{count} signalen geschreven naar {file}", count=count, file=args.csv))
    return EXIT_OK


def cmd_signal_documents(paths: DataPaths, args: argparse.Namespace) -> int:
    """``signals dossier`` and ``signals report``: the same files as Rapportage makes."""
    from wijkinfo.cli.out_files import output_file
    from wijkinfo.services.signals.dossier_files import output_kind, write_dossier
    from wijkinfo.services.signals.report_csv import write_report

    start = _parse_date(args.date_from, "--from")
    end = _parse_date(args.date_to, "--to")
    out = output_file(paths, args.out, force=args.force, option="--out")
    output_kind(out)
    language = cli_language()
    store = _open(paths, writer=True)  # a writer: the export is written in the audit log
    try:
        actor = command_actor(store, args)
        if args.signals_command == "report":
            write_report(store, actor=actor, path=out, start=start, end=end, language=language)
            say(Message("Rapport geschreven naar {file}", file=args.out))
            return EXIT_OK
        from wijkinfo.services.signals.dossier import find_subject

        subject = find_subject(store, actor=actor, text=args.subject)
        dossier = write_dossier(
            store, actor=actor, subject=subject, path=out, start=start, end=end, language=language
        )
    finally:
        store.close()
    say(
        Message(
            "Dossier van {name} ({kind}) geschreven naar {file}",
            name=subject.name,
            kind=word(KIND_WORDS, dossier.kind),
            file=args.out,
        )
    )
    return EXIT_OK


def cmd_retention(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.services.signals.retention import run_retention

    store = _open(paths)
    try:
        result = run_retention(store, actor=command_actor(store, args), dry_run=args.dry_run)
    finally:
        store.close()
    wiped, deleted = len(result.anonymised), len(result.deleted)
    if args.dry_run:
        say(Message("Zou contactgegevens wissen bij {count} signalen", count=wiped))
        say(Message("Zou signalen verwijderen: {count}", count=deleted))
    else:
        say(Message("contactgegevens wissen bij {count} signalen", count=wiped))
        say(Message("signalen verwijderen: {count}", count=deleted))
    for line in result.lines:
        say(Message("  {line}", line=line))
    if args.dry_run:
        say(Message("Proefdraai: er is niets veranderd."))
    return EXIT_OK


def _privacy_commands() -> dict[str, Callable[[DataPaths, argparse.Namespace], int]]:
    from wijkinfo.cli.privacy_commands import COMMANDS as privacy_commands

    return privacy_commands


COMMANDS: dict[str, Callable[[DataPaths, argparse.Namespace], int]] = {
    **_privacy_commands(),
    "user": cmd_user,
    "signals": cmd_signals,
    "retention": cmd_retention,
}

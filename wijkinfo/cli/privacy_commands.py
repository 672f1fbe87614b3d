"""Command-line commands for contact details, access and the recovery sheet.

``wijkinfo contact show|find|wipe``, ``wijkinfo user grant|reset|deactivate|activate|passwd``,
``wijkinfo recovery-sheet`` and ``wijkinfo recover``. Each names its person with ``--user``
(cli/identity.py), except ``recover``, which is for when no coordinator can sign in any more.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wijkinfo.cli.identity import command_actor
from wijkinfo.cli.language import cli_language
from wijkinfo.cli.output import ask, ask_secret, data, say
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.errors import UserError
from wijkinfo.services.messages import Message
from wijkinfo.services.signals.words import STATUS_WORDS, word

if TYPE_CHECKING:
    from wijkinfo.services.datafolder.store import Store

EXIT_OK = 0
USER_ACTIONS = ("grant", "reset", "deactivate", "activate", "passwd")


def add_user_actions(user_sub: Any) -> None:
    """More ``wijkinfo user`` actions (the user parser lives in signal_commands.py)."""
    for action, text in (
        ("grant", "geef een coördinator toegang tot contactgegevens"),
        ("reset", "nieuw wachtwoord voor iemand (het wordt gevraagd)"),
        ("deactivate", "zet iemand uit (blijft bewaard); een coördinator verliest de sleutel"),
        ("activate", "zet iemand weer aan"),
    ):
        p = user_sub.add_parser(action, help=text)
        p.add_argument("name", metavar="NAAM")
    user_sub.add_parser("passwd", help="nieuw wachtwoord voor uzelf (--user)")


def add_privacy_commands(sub: Any) -> None:
    p = sub.add_parser("contact", help="contactgegevens van bewoners (coördinator)")
    c = p.add_subparsers(dest="contact_command", metavar="ACTIE", required=True)
    c.add_parser("show", help="toon de contactgegevens bij een signaal").add_argument(
        "signal_id", metavar="SIGNAAL_ID"
    )
    c.add_parser("find", help="zoek een bewoner op telefoon, e-mail of naam").add_argument(
        "query", metavar="ZOEK"
    )
    w = c.add_parser("wipe", help="wis de contactgegevens bij een signaal")
    w.add_argument("signal_id", metavar="SIGNAAL_ID")
    w.add_argument("--yes", action="store_true", help="niet vragen of het zeker is")
    p = sub.add_parser("recovery-sheet", help="maak een nieuw herstelblad (PDF)")
    p.add_argument("--out", required=True, metavar="BESTAND.pdf")
    p.add_argument("--force", action="store_true", help="een bestaand bestand vervangen")
    p = sub.add_parser(
        "scrub-backups", help="wis leesbare contactgegevens uit back-ups van vóór de versleuteling"
    )
    p.add_argument("--yes", action="store_true", help="niet vragen of het zeker is")
    p = sub.add_parser("recover", help="met de herstelcode weer toegang (alle wachtwoorden kwijt)")
    p.add_argument("name", metavar="NAAM", help="de coördinator die een nieuw wachtwoord krijgt")


def _open(paths: DataPaths) -> Store:
    from wijkinfo.cli.opening import open_for_command

    return open_for_command(paths, writer=True)


def _secret(prompt: Message, *, twice: bool = False) -> str:
    if sys.stdin.isatty():
        first = ask_secret(prompt)
        if twice and ask_secret(Message("Nog een keer: ")) != first:
            raise UserError("De twee wachtwoorden zijn niet gelijk. Er is niets veranderd.")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def print_recovery_code(code: str) -> None:
    data("")
    # shown on purpose, once: the first coordinator writes it down (never logged)
    say(Message("HERSTELCODE: {code}", code=code))
    say(
        Message(
            "Schrijf deze code op papier of maak een herstelblad (wijkinfo recovery-sheet) en "
            "bewaar het op een veilige plek, niet bij de laptop. Met de code krijgt een "
            "coördinator weer toegang tot de contactgegevens als alle wachtwoorden kwijt zijn. "
            "Zonder de code zijn ze dan voor altijd weg. wijkinfo bewaart de code niet."
        )
    )


def cmd_user_action(store: Store, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from wijkinfo.db.models import User
    from wijkinfo.services.people import accounts, users
    from wijkinfo.services.privacy import access

    actor = command_actor(store, args)
    if args.user_command == "passwd":
        new = _secret(Message("Nieuw wachtwoord: "), twice=True)
        old = _password_again(args)
        accounts.change_own_password(store, actor=actor, old_password=old, new_password=new)
        say(Message("Wachtwoord van {name} veranderd.", name=actor.name))
        return EXIT_OK
    with store.sessions() as session:
        user_id = session.scalar(select(User.id).where(User.name_key == users.name_key(args.name)))
    if user_id is None:
        raise UserError("Er is geen gebruiker {name}. Er is niets veranderd.", name=args.name)
    if args.user_command == "grant":
        access.grant_access(store, actor=actor, user_id=user_id)
        say(Message("{name} heeft nu toegang tot de contactgegevens.", name=args.name))
    elif args.user_command == "reset":
        users.set_password(
            store,
            actor=actor,
            user_id=user_id,
            password=_secret(Message("Nieuw wachtwoord: "), twice=True),
        )
        say(Message("Nieuw wachtwoord voor {name} ingesteld.", name=args.name))
    else:
        active = args.user_command == "activate"
        accounts.set_active(store, actor=actor, user_id=user_id, active=active)
        if active:
            say(Message("{name} staat weer aan.", name=args.name))
        else:
            say(Message("{name} staat uit.", name=args.name))
    return EXIT_OK


def _password_again(args: argparse.Namespace) -> str:
    from wijkinfo.cli.identity import read_password

    return read_password(args, str(args.user))


def cmd_contact(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.services.privacy import residents
    from wijkinfo.services.signals import review

    store = _open(paths)
    try:
        actor = command_actor(store, args)
        if args.contact_command == "show":
            got = review.read_contact(store, actor=actor, signal_id=args.signal_id)
            if got is None or got.anonymised:
                say(Message("Bij dit signaal zijn geen contactgegevens (meer)."))
            else:
                say(Message("Naam: {name}", name=got.name or "—"))
                say(Message("Telefoon: {phone}", phone=got.phone or "—"))
                say(Message("E-mail: {email}", email=got.email or "—"))
                say(Message("Toestemming: {when:%d-%m-%Y}", when=got.consent_date))
        elif args.contact_command == "find":
            found = residents.find_contacts(store, actor=actor, query=args.query)
            if not found:
                say(Message("Geen contactgegevens gevonden."))
            for f in found:
                say(
                    Message(
                        "{signal}\t{when:%d-%m-%Y}\t{status}\t{name}\t{phone}\t{email}",
                        signal=f.signal_id,
                        when=f.signal_date,
                        status=word(STATUS_WORDS, f.status),
                        name=f.name or "—",
                        phone=f.phone or "—",
                        email=f.email or "—",
                    )
                )
        else:
            question = Message("De contactgegevens wissen? Dit kan niet terug.")
            if not args.yes and not _confirm(question):
                say(Message("Er is niets gewist."))
                return EXIT_OK
            if residents.wipe_contact(store, actor=actor, signal_id=args.signal_id):
                say(Message("Contactgegevens gewist."))
            else:
                say(Message("Bij dit signaal waren geen contactgegevens (meer)."))
    finally:
        store.close()
    return EXIT_OK


def _confirm(question: Message) -> bool:
    if not sys.stdin.isatty():
        raise UserError(
            "Bevestig met --yes (er is niemand om het te vragen). Er is niets veranderd."
        )
    answer = ask(Message("{question} [j/N] ", question=question))
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def cmd_recovery_sheet(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.cli.out_files import output_file
    from wijkinfo.services.privacy import access
    from wijkinfo.services.privacy.recovery_sheet import write_recovery_sheet

    out = output_file(paths, args.out, force=args.force)
    store = _open(paths)
    try:
        actor = command_actor(store, args)
        code = access.new_recovery_sheet(store, actor=actor)
        write_recovery_sheet(store, code=code, path=out, language=cli_language())
    finally:
        store.close()
    say(
        Message(
            "Herstelblad gemaakt: {out}. Druk het af, bewaar het veilig en wis daarna het bestand.",
            out=out,
        )
    )
    say(Message("Een eerder herstelblad werkt niet meer."))
    return EXIT_OK


def cmd_recover(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.services.privacy import access

    code = _secret(Message("Herstelcode van het herstelblad: "))
    password = _secret(Message("Nieuw wachtwoord voor {name}: ", name=args.name), twice=True)
    store = _open(paths)
    try:
        access.recover_with_code(store, code=code, name=args.name, new_password=password)
    finally:
        store.close()
    say(
        Message(
            "{name} kan weer aanmelden met het nieuwe wachtwoord en heeft weer toegang.",
            name=args.name,
        )
    )
    return EXIT_OK


def cmd_scrub_backups(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.services.datafolder import backup_retention

    store = _open(paths)
    try:
        actor = command_actor(store, args)
        if actor.role != "coordinator":
            raise UserError("Dit mag alleen een coördinator. Er is niets veranderd.")
        found = backup_retention.plain_text_backups(paths)
        if not found:
            say(Message("Geen back-up bevat leesbare contactgegevens."))
            return EXIT_OK
        question = Message(
            "{count} back-ups van vóór de versleuteling bevatten contactgegevens als "
            "leesbare tekst. Die gegevens eruit wissen?",
            count=len(found),
        )
        if not args.yes and not _confirm(question):
            say(Message("Er is niets veranderd."))
            return EXIT_OK
        result = backup_retention.scrub_plain_backups(paths)
    finally:
        store.close()
    say(
        Message(
            "Opgeschoond: {scrubbed} back-ups, verwijderd: {removed}.",
            scrubbed=len(result.scrubbed),
            removed=len(result.removed),
        )
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[DataPaths, argparse.Namespace], int]] = {
    "scrub-backups": cmd_scrub_backups,
    "contact": cmd_contact,
    "recovery-sheet": cmd_recovery_sheet,
    "recover": cmd_recover,
}

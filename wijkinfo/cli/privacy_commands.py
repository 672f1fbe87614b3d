"""Command-line commands for contact details, access and the recovery sheet.

``wijkinfo contact show|find|wipe``, ``wijkinfo user grant|reset|deactivate|activate|passwd``,
``wijkinfo recovery-sheet`` and ``wijkinfo recover``. Each names its person with ``--user``
(cli/identity.py), except ``recover``, which is for when no coordinator can sign in any more.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from wijkinfo.cli.identity import command_actor
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.errors import UserError

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


def _secret(prompt: str, *, twice: bool = False) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if twice and getpass.getpass("Nog een keer: ") != first:
            raise UserError("De twee wachtwoorden zijn niet gelijk. Er is niets veranderd.")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def print_recovery_code(code: str) -> None:
    print("")
    print(f"HERSTELCODE: {code}")
    print(
        "Schrijf deze code op papier of maak een herstelblad (wijkinfo recovery-sheet) en "
        "bewaar het op een veilige plek, niet bij de laptop. Met de code krijgt een "
        "coördinator weer toegang tot de contactgegevens als alle wachtwoorden kwijt zijn. "
        "Zonder de code zijn ze dan voor altijd weg. wijkinfo bewaart de code niet."
    )


def cmd_user_action(store: Store, args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from wijkinfo.db.models import User
    from wijkinfo.services.people import accounts, users
    from wijkinfo.services.privacy import access

    actor = command_actor(store, args)
    if args.user_command == "passwd":
        new = _secret("Nieuw wachtwoord: ", twice=True)
        old = _password_again(args)
        accounts.change_own_password(store, actor=actor, old_password=old, new_password=new)
        print(f"Wachtwoord van {actor.name} veranderd.")
        return EXIT_OK
    with store.sessions() as session:
        user_id = session.scalar(select(User.id).where(User.name_key == users.name_key(args.name)))
    if user_id is None:
        raise UserError("Er is geen gebruiker {name}. Er is niets veranderd.", name=args.name)
    if args.user_command == "grant":
        access.grant_access(store, actor=actor, user_id=user_id)
        print(f"{args.name} heeft nu toegang tot de contactgegevens.")
    elif args.user_command == "reset":
        users.set_password(
            store, actor=actor, user_id=user_id, password=_secret("Nieuw wachtwoord: ", twice=True)
        )
        print(f"Nieuw wachtwoord voor {args.name} ingesteld.")
    else:
        active = args.user_command == "activate"
        accounts.set_active(store, actor=actor, user_id=user_id, active=active)
        print(f"{args.name} staat {'weer aan' if active else 'uit'}.")
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
                print("Bij dit signaal zijn geen contactgegevens (meer).")
            else:
                print(f"Naam: {got.name or '—'}")
                print(f"Telefoon: {got.phone or '—'}")
                print(f"E-mail: {got.email or '—'}")
                print(f"Toestemming: {got.consent_date:%d-%m-%Y}")
        elif args.contact_command == "find":
            found = residents.find_contacts(store, actor=actor, query=args.query)
            if not found:
                print("Geen contactgegevens gevonden.")
            for f in found:
                print(
                    f"{f.signal_id}\t{f.signal_date:%d-%m-%Y}\t{f.status}\t"
                    f"{f.name or '—'}\t{f.phone or '—'}\t{f.email or '—'}"
                )
        else:
            if not args.yes and not _confirm("De contactgegevens wissen? Dit kan niet terug."):
                print("Er is niets gewist.")
                return EXIT_OK
            if residents.wipe_contact(store, actor=actor, signal_id=args.signal_id):
                print("Contactgegevens gewist.")
            else:
                print("Bij dit signaal waren geen contactgegevens (meer).")
    finally:
        store.close()
    return EXIT_OK


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise UserError(
            "Bevestig met --yes (er is niemand om het te vragen). Er is niets veranderd."
        )
    return input(f"{question} [j/N] ").strip().lower() in ("j", "ja", "y", "yes")


def cmd_recovery_sheet(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.cli.out_files import output_file
    from wijkinfo.services.privacy import access
    from wijkinfo.services.privacy.recovery_sheet import write_recovery_sheet

    out = output_file(paths, args.out, force=args.force)
    store = _open(paths)
    try:
        actor = command_actor(store, args)
        code = access.new_recovery_sheet(store, actor=actor)
        write_recovery_sheet(store, code=code, path=out)
    finally:
        store.close()
    print(f"Herstelblad gemaakt: {out}. Druk het af, bewaar het veilig en wis daarna het bestand.")
    print("Een eerder herstelblad werkt niet meer.")
    return EXIT_OK


def cmd_recover(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.services.privacy import access

    code = _secret("Herstelcode van het herstelblad: ")
    password = _secret(f"Nieuw wachtwoord voor {args.name}: ", twice=True)
    store = _open(paths)
    try:
        access.recover_with_code(store, code=code, name=args.name, new_password=password)
    finally:
        store.close()
    print(f"{args.name} kan weer aanmelden met het nieuwe wachtwoord en heeft weer toegang.")
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
            print("Geen back-up bevat leesbare contactgegevens.")
            return EXIT_OK
        question = (
            f"{len(found)} back-ups van vóór de versleuteling bevatten contactgegevens als "
            "leesbare tekst. Die gegevens eruit wissen?"
        )
        if not args.yes and not _confirm(question):
            print("Er is niets veranderd.")
            return EXIT_OK
        result = backup_retention.scrub_plain_backups(paths)
    finally:
        store.close()
    print(f"Opgeschoond: {len(result.scrubbed)} back-ups, verwijderd: {len(result.removed)}.")
    return EXIT_OK


COMMANDS: dict[str, Callable[[DataPaths, argparse.Namespace], int]] = {
    "scrub-backups": cmd_scrub_backups,
    "contact": cmd_contact,
    "recovery-sheet": cmd_recovery_sheet,
    "recover": cmd_recover,
}

"""Command-line commands for the PostgreSQL hub (kept apart from the rest of the CLI).

``wijkinfo hub init postgresql://…`` sets a hub up (the organisation's administrator);
``wijkinfo hub compact postgresql://…`` removes changes older than the horizon that a snapshot
holds (the administrator); ``wijkinfo hub sync postgresql://…`` syncs this desk with it, and ``run_hub_sync`` is what
``wijkinfo sync`` calls when its target is a postgresql:// address.

Passwords are never taken from the command line in plain sight: the login's password comes from
the address only if the user put it there, else from PGPASSWORD or ~/.pgpass (libpq reads those
itself); the passphrase of the data from --passphrase-file (as for a folder),
WIJKINFO_SYNC_PASSPHRASE or a prompt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wijkinfo.cli.output import ask_secret, say
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.errors import UserError
from wijkinfo.services.messages import Message

EXIT_OK = 0
PASSPHRASE_ENV = "WIJKINFO_SYNC_PASSPHRASE"


class HubTarget(str):
    """A ``wijkinfo sync`` target that is a hub address, kept as typed (a Path would fold //)."""


def add_hub_commands(sub: Any) -> None:
    sync_parser = sub.choices.get("sync")
    if sync_parser is not None:
        _accept_hub_addresses(sync_parser)
    p = sub.add_parser("hub", help="de PostgreSQL-server waarmee balies synchroniseren")
    hub_sub = p.add_subparsers(dest="hub_command", metavar="ACTIE", required=True)
    init = hub_sub.add_parser(
        "init", help="richt de server in (of werk de inrichting bij); voor de beheerder"
    )
    init.add_argument("address", metavar="postgresql://LOGIN@SERVER/DATABASE")
    init.add_argument(
        "--restored",
        action="store_true",
        help="na het terugzetten van een back-up: alle balies lezen de server opnieuw",
    )
    compact = hub_sub.add_parser(
        "compact",
        help="ruim oude wijzigingen op die in een momentopname staan; voor de beheerder",
    )
    compact.add_argument("address", metavar="postgresql://LOGIN@SERVER/DATABASE")
    compact.add_argument(
        "--horizon-days",
        type=int,
        default=180,
        metavar="DAGEN",
        help="bewaar wijzigingen van de laatste DAGEN dagen (standaard 180)",
    )
    sync = hub_sub.add_parser("sync", help="synchroniseer deze balie met de server")
    sync.add_argument("address", metavar="postgresql://LOGIN@SERVER/DATABASE")


def _accept_hub_addresses(sync_parser: Any) -> None:
    """Let ``wijkinfo sync`` take a postgresql:// address where it takes a folder."""
    from wijkinfo.sync.hub.connection import is_hub_address

    for action in sync_parser._actions:
        if action.dest == "folder":
            as_folder = action.type or Path

            def target(text: str, as_folder: Callable[[str], Any] = as_folder) -> Any:
                return HubTarget(text) if is_hub_address(text) else as_folder(text)

            action.type = target
            action.metavar = "MAP|postgresql://…"


def commands(folder_sync: Callable[[DataPaths, Any], int]) -> dict[str, Callable[..., int]]:
    """``hub``, and ``sync`` that hands a hub address to the hub and anything else on."""

    def cmd_sync(paths: DataPaths, args: Any) -> int:
        target = getattr(args, "folder", None)
        if isinstance(target, HubTarget):
            return run_hub_sync(paths, str(target), args)
        return folder_sync(paths, args)

    return {"hub": cmd_hub, "sync": cmd_sync}


def cmd_hub(paths: DataPaths, args: Any) -> int:
    from wijkinfo.sync.hub.connection import parse_address

    if args.hub_command == "init":
        from wijkinfo.sync.hub.schema import DESK_ROLE, init_hub

        address = parse_address(args.address)
        result = init_hub(address, restored=args.restored)
        if result.from_schema == result.to_schema:
            say(
                Message(
                    "De server {server} was al ingericht (versie {version}).",
                    server=address.label,
                    version=result.to_schema,
                )
            )
        elif result.from_schema == 0:
            say(
                Message(
                    "Server ingericht: {server} (versie {version}).",
                    server=address.label,
                    version=result.to_schema,
                )
            )
        else:
            say(
                Message(
                    "Inrichting bijgewerkt: {server} (versie {old} → {new}).",
                    server=address.label,
                    old=result.from_schema,
                    new=result.to_schema,
                )
            )
        if args.restored:
            say(Message("Alle balies lezen de server bij hun volgende sync opnieuw in."))
        if not result.granted_to_desks:
            say(
                Message(
                    "Let op: de rol {role} bestaat niet; balie-logins hebben nog geen rechten "
                    "(zie README, PostgreSQL-hub).",
                    role=DESK_ROLE,
                )
            )
        return EXIT_OK
    if args.hub_command == "compact":
        return _compact(args)
    return run_hub_sync(paths, args.address, args)


def _compact(args: Any) -> int:
    from wijkinfo.sync.hub.connection import parse_address
    from wijkinfo.sync.hub.hub_snapshot import compact_hub

    if args.horizon_days < 1:
        raise UserError("Geef bij --horizon-days een aantal dagen van 1 of meer.")
    address = parse_address(args.address)
    result = compact_hub(address, horizon_days=args.horizon_days)
    say(
        Message(
            "Opgeruimd op {server}: {removed} oude wijzigingen, {snapshots} oudere momentopnamen.",
            server=address.label,
            removed=result.removed,
            snapshots=result.snapshots_removed,
        )
    )
    if result.no_snapshot:
        say(
            Message(
                "Er zijn nog oudere wijzigingen die geen momentopname dekt; een balie schrijft "
                "er een bij een volgende sync."
            )
        )
    return EXIT_OK


def _passphrase(args: Any, *, ask: bool) -> str | None:
    """From --passphrase-file, WIJKINFO_SYNC_PASSPHRASE, or (when ``ask``) a prompt."""
    from_file: Path | None = getattr(args, "passphrase_file", None)
    if from_file:
        try:
            return from_file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError):
            raise UserError(
                "Het wachtwoordbestand {file} is niet te lezen of leeg.", file=from_file
            ) from None
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if ask and sys.stdin.isatty():
        return ask_secret(Message("Wachtwoord van de gegevens op de server: "))
    return None


def run_hub_sync(paths: DataPaths, target: str, args: Any) -> int:
    """Sync this desk with the hub at ``target``: the same summary line and exit codes as a sync
    with the folder."""
    from wijkinfo.cli.identity import command_actor
    from wijkinfo.services.datafolder.store import open_store
    from wijkinfo.services.sync.folder_sync import PassphraseNeeded
    from wijkinfo.services.sync.hub_sync import sync_hub_once

    allow = bool(getattr(args, "allow_deletes", False))
    store = open_store(paths, writer=True)
    try:
        actor = command_actor(store, args, required=allow)
        try:
            summary = sync_hub_once(
                store,
                actor=actor,
                address=target,
                passphrase=_passphrase(args, ask=False),
                allow_large_delete=allow,
            )
        except PassphraseNeeded:
            passphrase = _passphrase(args, ask=True)
            if passphrase is None:
                raise
            summary = sync_hub_once(
                store,
                actor=actor,
                address=target,
                passphrase=passphrase,
                allow_large_delete=allow,
            )
    finally:
        store.close()
    say(summary.line())
    return EXIT_OK if summary.ok else 1

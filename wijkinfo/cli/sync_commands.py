"""``wijkinfo sync``: sync with the folder once, set one up, or show where this replica stands.

The passphrase comes from a file (``--passphrase-file``) or a prompt, never from the command
line, so it does not end up in the shell history or the process list.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TypeVar

from wijkinfo.cli.identity import command_actor
from wijkinfo.cli.output import ask_secret, data, say
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.messages import Message

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


_P = TypeVar("_P", bound=argparse.ArgumentParser)


def add_sync_commands(sub: argparse._SubParsersAction[_P]) -> None:
    p = sub.add_parser("sync", help="synchroniseer met de syncmap (cloudmap of USB-stick)")
    p.add_argument("folder", nargs="?", type=Path, metavar="MAP", help="standaard: de gekozen map")
    p.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="BESTAND",
        help="lees het wachtwoord van de syncmap uit dit bestand (eerste regel)",
    )
    p.add_argument("--init", action="store_true", help="richt MAP in als nieuwe syncmap")
    p.add_argument(
        "--allow-deletes",
        action="store_true",
        help="sta toe dat deze sync veel van de sociale kaart verwijdert (coördinator)",
    )
    p.add_argument("--status", action="store_true", help="toon de stand van de sync")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON (met --status)")


def _passphrase(args: argparse.Namespace, *, needed: bool) -> str | None:
    if args.passphrase_file:
        try:
            return str(args.passphrase_file.read_text(encoding="utf-8").splitlines()[0])
        except (OSError, IndexError, UnicodeDecodeError):
            raise UserError(
                "Het wachtwoordbestand {file} is niet te lezen of leeg.", file=args.passphrase_file
            ) from None
    if needed and sys.stdin.isatty():
        return ask_secret(Message("Wachtwoord van de syncmap: "))
    return None


def cmd_sync(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.services.datafolder.store import open_store
    from wijkinfo.services.sync import folder_sync

    store = open_store(paths, writer=True)
    try:
        if args.status:
            return _status(store, as_json=args.json)
        # a desk syncs without anyone signed in; setting up and large deletes need a coordinator
        actor = command_actor(store, args, required=args.init or args.allow_deletes)
        if args.init:
            if args.folder is None:
                raise UserError(
                    "Geef de map op die de nieuwe syncmap wordt: wijkinfo sync MAP --init"
                )
            passphrase = _passphrase(args, needed=True)
            if passphrase is None:
                raise UserError("Geef een wachtwoord op met --passphrase-file BESTAND.")
            folder_sync.set_up_folder(store, actor=actor, folder=args.folder, passphrase=passphrase)
            say(
                Message(
                    "Nieuwe syncmap ingericht: {folder}", folder=args.folder.expanduser().absolute()
                )
            )
        from wijkinfo.services.sync import target

        summary = target.sync_once(  # the chosen folder, or the organisation's hub
            store,
            actor=actor,
            folder=args.folder,
            passphrase=None if args.init else _passphrase(args, needed=False),
            allow_large_delete=args.allow_deletes,
        )
    finally:
        store.close()
    say(summary.line())
    for skipped in summary.skipped[:5]:
        say(Message("  overgeslagen: {file}", file=skipped), err=True)
    return EXIT_OK if summary.ok else EXIT_PROBLEM


def _status(store: Store, *, as_json: bool) -> int:
    from wijkinfo.services.sync.status import sync_status

    status = sync_status(store)
    if as_json:
        data(json.dumps(status.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    say(Message("Replica: {replica}", replica=status.replica))
    if status.folder:
        say(Message("Syncmap: {folder}", folder=status.folder))
    else:
        say(Message("Syncmap: nog niet gekozen"))
    say(Message("Positie in het wijzigingenlog: {position}", position=status.position))
    say(Message("Nog te versturen: {count}", count=status.unsent))
    for state, n in sorted(status.waiting.items()):
        say(Message("Wachtend ({state}): {count}", state=state, count=n))
    if status.last_sync_at and status.last_summary:
        # the summary is kept as it was written then, in Dutch
        last = status.last_sync_at
        say(Message("Laatste sync: {when} {summary}", when=last, summary=status.last_summary))
    elif status.last_sync_at:
        say(Message("Laatste sync: {when}", when=status.last_sync_at))
    else:
        say(Message("Laatste sync: nog nooit"))
    for s in status.sources:
        say(
            Message(
                "  van {source} via {transport}: tot {position} ({updated_at})",
                source=s.source,
                transport=s.transport,
                position=s.position,
                updated_at=s.updated_at,
            )
        )
    for name, t in status.tables.items():
        say(
            Message(
                "  {table}: {rows} rijen, {digest}", table=name, rows=t["rows"], digest=t["digest"]
            )
        )
    return EXIT_OK


COMMANDS = {"sync": cmd_sync}

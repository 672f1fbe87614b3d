"""The command line: the same services as the window, scriptable, with --json where useful.

Exit codes: 0 done, 1 a check found a problem, 2 bad usage or bad input (nothing changed).
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from sqlalchemy.exc import SQLAlchemyError

from wijkinfo import __version__
from wijkinfo.cli.identity import add_identity_options, command_actor
from wijkinfo.cli.language import cli_language, cli_text, translate_parser, use_argparse_language
from wijkinfo.cli.opening import LOCK_WAIT_SECONDS, open_for_command, say_waiting
from wijkinfo.cli.out_files import output_file
from wijkinfo.cli.output import data, problem, say
from wijkinfo.cli.refusals import refusal_text
from wijkinfo.services.datafolder import files as storage
from wijkinfo.services.datafolder.faults import storage_fault
from wijkinfo.services.datafolder.files import DataPaths, resolve_data_dir
from wijkinfo.services.errors import DatabaseDamaged, UserError
from wijkinfo.services.messages import Message

if TYPE_CHECKING:
    from wijkinfo.services.datafolder.store import Store

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
Command = Callable[[DataPaths, argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # every command, also one added later, takes --user/--password-file (cli/identity.py)
        add_identity_options(self)

    def error(self, message: str) -> NoReturn:  # one clear line instead of usage + message
        self.exit(EXIT_USAGE, f"wijkinfo: {message} {cli_text('(zie: wijkinfo --help)')}\n")


def _text_size(value: str) -> int:
    from wijkinfo.services.datafolder.machine_settings import check_text_size

    try:
        return check_text_size(value)
    except UserError as exc:
        raise argparse.ArgumentTypeError(refusal_text(exc, cli_language())) from None


def build_parser(language: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, its help and argparse's own messages in ``language``
    (by default WIJKINFO_LANG or this computer's setting, else Dutch)."""
    language = language or cli_language()
    use_argparse_language(language)
    parser = _Parser(
        prog="wijkinfo",
        description="wijkinfo: de sociale kaart van het wijkinformatiepunt. "
        "Zonder opdracht start het venster.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"wijkinfo {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--data-dir",
        metavar="MAP",
        help="map met de gegevens (ook: WIJKINFO_DATA_DIR); handig vanaf een USB-stick",
    )
    parser.add_argument(
        "--text-size",
        type=_text_size,
        metavar="PROCENT",
        help="tekstgrootte van het venster, 100 tot 200 (bijvoorbeeld 150), alleen voor deze start",
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)
    sub.add_parser("demo", help="laad de demo-sociale kaart (Lindestad) in een lege database")
    p = sub.add_parser("search", help="zoek diensten")
    p.add_argument("query", metavar="ZOEKVRAAG")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="hoogstens N resultaten")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.add_argument("--theme", metavar="THEMA", help="alleen dit thema (code of naam)")
    p.add_argument("--wijk", metavar="WIJK", help="alleen deze wijk of buurt (code of naam)")
    p.add_argument("--open-now", action="store_true", help="alleen wat nu open is")
    p.add_argument("--language", metavar="TAAL", help="alleen in deze taal (code of naam)")
    p.add_argument("--age", type=int, metavar="JAAR", help="alleen voor deze leeftijd")
    p.add_argument("--free", action="store_true", help="alleen gratis")
    sub.add_parser("check", help="controleer de database en de versie van het schema")
    sub.add_parser("selftest", help="probeer een bezoek aan de balie op een tijdelijke map")
    p = sub.add_parser("backup", help="maak een back-up van de database")
    p.add_argument("--out", metavar="BESTAND", help="waar de back-up komt (buiten de gegevensmap)")
    p.add_argument("--force", action="store_true", help="een bestaand bestand vervangen")
    p = sub.add_parser("restore", help="zet een back-up terug (de huidige database blijft bewaard)")
    p.add_argument("file", type=Path, metavar="BESTAND")
    from wijkinfo.cli.signal_commands import add_signal_commands

    add_signal_commands(sub)
    from wijkinfo.cli.sync_commands import add_sync_commands

    add_sync_commands(sub)
    p = sub.add_parser("referral", help="maak een verwijsbrief (PDF) voor een of meer diensten")
    p.add_argument("service_ids", nargs="+", metavar="DIENST_ID")
    p.add_argument("--question", default="", metavar="TEKST", help="de vraag van de bewoner")
    p.add_argument("--out", required=True, metavar="BESTAND.pdf")
    p.add_argument("--force", action="store_true", help="een bestaand bestand vervangen")
    p.add_argument(
        "--sheet-language",
        choices=("nl", "en"),
        default="nl",
        help="de taal van de brief, voor de bewoner (standaard nl)",
    )
    _add_exchange_parsers(sub)
    from wijkinfo.cli.hub_commands import add_hub_commands

    add_hub_commands(sub)
    translate_parser(parser, language)
    return parser


def _add_exchange_parsers(sub: Any) -> None:
    p = sub.add_parser("import", help="lees diensten in (HSDS of een spreadsheet)")
    kinds = p.add_subparsers(dest="kind", metavar="SOORT", parser_class=_Parser, required=True)
    for kind, text in (
        ("hsds", "HSDS 3 JSON, of een map/zip met datapackage.json"),
        ("table", "een spreadsheet: CSV of XLSX, één rij per dienst"),
    ):
        k = kinds.add_parser(kind, help=text)
        k.add_argument("path", type=Path, metavar="PAD")
        if kind == "table":
            k.add_argument(
                "--mapping",
                type=Path,
                metavar="BESTAND",
                help="JSON: {kolomkop: veld}, verbetert de geraden kolommen",
            )
            k.add_argument("--sheet", metavar="BLAD", help="welk werkblad (XLSX)")
        k.add_argument("--dry-run", action="store_true", help="alleen controleren, niets opslaan")
        k.add_argument(
            "--skip-invalid",
            action="store_true",
            help="afgewezen records overslaan en de rest inlezen",
        )
        k.add_argument(
            "--skip-duplicates",
            action="store_true",
            help="nieuwe diensten die op een bestaande lijken niet inlezen",
        )
        k.add_argument(
            "--replace-missing",
            action="store_true",
            help="wat het bestand niet noemt (een ontbrekend bestand of kolom) ook verwijderen",
        )
    p = sub.add_parser("export", help="schrijf de sociale kaart weg als HSDS 3")
    kinds = p.add_subparsers(dest="kind", metavar="SOORT", parser_class=_Parser, required=True)
    k = kinds.add_parser("hsds", help="HSDS 3: JSON-diensten of een tabular data package")
    k.add_argument("dir", type=Path, metavar="MAP")
    k.add_argument(
        "--format", choices=("json", "csv"), default="json", help="het formaat van de export"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = resolve_data_dir(args.data_dir)
    if args.command is None:
        from wijkinfo.app import main as gui_main

        return gui_main(paths, text_size=args.text_size)
    try:
        return COMMANDS[args.command](paths, args)
    except DatabaseDamaged as exc:
        problem(exc)
        return EXIT_PROBLEM
    except UserError as exc:
        problem(exc)
        return EXIT_USAGE
    except (OSError, sqlite3.Error, SQLAlchemyError) as exc:
        fault = storage_fault(exc, paths.root)
        if fault is None:
            raise
        problem(fault)
        return EXIT_USAGE
    except KeyboardInterrupt:
        problem(Message("afgebroken; er is niets veranderd."))
        return EXIT_USAGE


def _open(paths: DataPaths, *, writer: bool) -> Store:
    return open_for_command(paths, writer=writer)


def cmd_demo(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.cli.identity import command_actor
    from wijkinfo.services.directory.demo import load_demo

    store = _open(paths, writer=True)
    try:
        # With --user the demo is a coordinator's and reaches other desks by sync; without, it
        # stays on this desk (trying wijkinfo out needs nobody signed in).
        actor = command_actor(store, args, required=False)
        result = load_demo(store, actor=actor if actor.user_id else None)
    finally:
        store.close()
    if result.already_loaded:
        say(
            Message(
                "De demo staat al klaar ({count} diensten) in {root}.",
                count=result.services,
                root=paths.root,
            )
        )
    else:
        say(
            Message(
                "Demo geladen: {count} diensten in {root}.", count=result.services, root=paths.root
            )
        )
    return EXIT_OK


def cmd_search(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.services.search.filters import SearchFilters
    from wijkinfo.services.search.lookup import SearchService

    filters = SearchFilters(
        theme=args.theme,
        wijk=args.wijk,
        language=args.language,
        age=args.age,
        free=args.free,
        open_now=args.open_now,
    )
    store = _open(paths, writer=False)
    try:
        hits = SearchService(store).search(args.query, limit=args.limit, filters=filters)
    finally:
        store.close()
    if args.json:
        out = []
        for hit in hits:
            item = asdict(hit)
            item["phones"] = [p.display for p in hit.phones]
            item["referable"] = hit.referable
            out.append(item)
        data(json.dumps(out, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not hits:
        say(Message("Niets gevonden. Probeer een ander woord."))
    for hit in hits:
        phone = hit.phones[0].display if hit.phones else Message("geen telefoonnummer")
        line = Message(
            "{name} — {organisation} — {phone}",
            name=hit.name,
            organisation=hit.organization,
            phone=phone,
        )
        if not hit.referable:
            line = Message("{line}  [niet doorverwijzen]", line=line)
        say(line)
    return EXIT_OK


def cmd_check(paths: DataPaths, _args: argparse.Namespace) -> int:
    from wijkinfo.db.migrate import head_revision
    from wijkinfo.services.datafolder.health import file_revision

    if not paths.db.exists() or paths.db.stat().st_size == 0:
        say(
            Message(
                "Er is nog geen database in {root}. Start wijkinfo of laad de demo.",
                root=paths.root,
            )
        )
        return EXIT_PROBLEM
    if storage.wal_lost(paths):
        problem(
            Message(
                "het bestand {wal} is verdwenen terwijl wijkinfo open was; de laatste "
                "wijzigingen van toen zijn kwijt. Start wijkinfo om verder te gaan.",
                wal=paths.wal,
            )
        )
        return EXIT_PROBLEM
    problems = storage.integrity_problems(paths.db)
    if problems:
        raise storage.damaged(paths, problems[0])
    current = file_revision(paths.db)
    head = head_revision()
    say(Message("Database: {db}", db=paths.db))
    say(Message("Controle: in orde"))
    if current == head:
        say(Message("Schema: bijgewerkt (versie {current})", current=current))
        return EXIT_OK
    say(
        Message(
            "Schema: versie {current}, nieuwste is {head}; start wijkinfo om bij te werken",
            current=current,
            head=head,
        )
    )
    return EXIT_PROBLEM


def cmd_backup(paths: DataPaths, args: argparse.Namespace) -> int:
    if not paths.db.exists():
        raise UserError(
            "Er is nog geen database in {root}; er valt niets te bewaren.", root=paths.root
        )
    out = None
    if args.out is not None:
        out = output_file(paths, args.out, force=args.force)
    made = storage.make_backup(paths, out)
    say(Message("Back-up gemaakt: {made}", made=made))
    return EXIT_OK


def cmd_restore(paths: DataPaths, args: argparse.Namespace) -> int:
    aside = storage.restore_backup(paths, args.file, wait=LOCK_WAIT_SECONDS, on_wait=say_waiting)
    say(Message("Back-up teruggezet: {file}", file=args.file))
    if aside:
        say(Message("De vorige database is bewaard als {aside}", aside=aside))
    return EXIT_OK


def _signal_commands() -> dict[str, Command]:
    from wijkinfo.cli.signal_commands import COMMANDS as signal_commands

    return signal_commands


def cmd_referral(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.services.datafolder.paths import write_atomically
    from wijkinfo.services.desk.referrals import ReferralSheets

    out = output_file(paths, args.out, force=args.force)
    store = _open(paths, writer=True)
    try:
        actor = command_actor(store, args, required=False)  # a desk refers without signing in
        sheets = ReferralSheets(store)
        sheet = sheets.build(
            actor=actor,
            service_ids=args.service_ids,
            question=args.question,
            language=args.sheet_language,  # the resident's language, not the command line's
        )
        write_atomically(out, sheet.pdf)
        sheets.record(actor=actor, service_ids=sheet.service_ids)
    finally:
        store.close()
    for warning in sheet.warnings:
        problem(warning)
    say(
        Message(
            "Verwijsbrief gemaakt: {out} ({pages} pagina's, {count} diensten)",
            out=out,
            pages=sheet.pages,
            count=len(sheet.service_ids),
        )
    )
    return EXIT_OK


def cmd_import(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.services.exchange.hsds_import import ImportRefused, import_hsds

    store = _open(paths, writer=True)
    try:
        actor = command_actor(store, args)
        if args.kind == "hsds":
            result = import_hsds(
                store,
                actor=actor,
                path=args.path,
                dry_run=args.dry_run,
                skip_invalid=args.skip_invalid,
                skip_duplicates=args.skip_duplicates,
                replace_missing=args.replace_missing,
            )
        else:
            from wijkinfo.services.exchange.spreadsheet_import import import_table, load_mapping

            mapping = load_mapping(args.mapping) if args.mapping else None
            result = import_table(
                store,
                actor=actor,
                path=args.path,
                mapping=mapping,
                sheet=args.sheet,
                dry_run=args.dry_run,
                skip_invalid=args.skip_invalid,
                skip_duplicates=args.skip_duplicates,
                replace_missing=args.replace_missing,
            )
    except ImportRefused as exc:
        problem(exc.result.summary())
        for rejection in exc.result.rejected[:5]:
            say(Message("  {rejection}", rejection=rejection), err=True)
        return EXIT_USAGE
    finally:
        store.close()
    say(result.summary())
    for rejection in result.rejected[:5] if result.dry_run or args.skip_invalid else ():
        say(Message("  afgewezen: {rejection}", rejection=rejection))
    for dup in result.duplicates[:5]:
        say(
            Message(
                "  mogelijk dubbel: record {record} ‘{name}’ lijkt op ‘{existing}’ ({why})",
                record=dup.record,
                name=dup.name,
                existing=dup.existing_name,
                why=dup.why,
            )
        )
    if result.removes_unstated and not args.replace_missing:
        say(
            Message(
                "  let op: het bestand noemt niet alles; inlezen kan alleen met --replace-missing"
            )
        )
    if result.rejected_records and result.dry_run and not args.skip_invalid:
        return EXIT_USAGE
    return EXIT_OK


def cmd_export(paths: DataPaths, args: argparse.Namespace) -> int:
    from wijkinfo.services.exchange.hsds_export import export_hsds

    if paths.holds(Path(args.dir)):
        raise UserError(
            "{out} ligt in de gegevensmap {root}. Kies een plek buiten die map, "
            "bijvoorbeeld uw map Documenten.",
            out=Path(args.dir).absolute(),
            root=paths.root,
        )

    store = _open(paths, writer=False)
    try:
        actor = command_actor(store, args)
        result = export_hsds(store, actor=actor, folder=args.dir, fmt=args.format)
    finally:
        store.close()
    say(
        Message(
            "Weggeschreven: {count} diensten als HSDS 3 ({format}) in {folder}",
            count=result.services,
            format=args.format,
            folder=result.folder,
        )
    )
    return EXIT_OK


def _sync_commands() -> dict[str, Command]:
    from wijkinfo.cli.sync_commands import COMMANDS as sync_commands

    return dict(sync_commands)


def _hub_commands() -> dict[str, Command]:
    """``hub``, and ``sync`` taking a postgresql:// address beside a folder."""
    from wijkinfo.cli.hub_commands import commands

    return commands(_sync_commands()["sync"])


COMMANDS: dict[str, Command] = {
    **_signal_commands(),
    **_sync_commands(),
    **_hub_commands(),
    "import": cmd_import,
    "export": cmd_export,
    "demo": cmd_demo,
    "search": cmd_search,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "referral": cmd_referral,
    "selftest": lambda _paths, _args: _selftest(),
}


def _selftest() -> int:
    from wijkinfo.ui.selftest import run_selftest

    return run_selftest()

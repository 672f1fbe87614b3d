"""The command line speaks Dutch by default and English with WIJKINFO_LANG=en: its own help
texts and argparse's words ("usage:", "invalid choice", "required"), run as a user runs it."""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from wijkinfo.cli import build_parser
from wijkinfo.cli.argparse_dutch import ARGPARSE_DUTCH
from wijkinfo.cli.english import ENGLISH
from wijkinfo.cli.language import parsers

# What a user types wrong, and asks for help on.
CALLS = {
    "help": ["--help"],
    "command help": ["search", "--help"],
    "nested help": ["import", "table", "--help"],
    "wrong choice": ["zoek", "schuld"],
    "missing argument": ["search"],
    "missing command": ["import"],
    "not a number": ["search", "schuld", "--limit", "veel"],
    "unknown option": ["search", "schuld", "--bogus"],
    "option without its value": ["search", "schuld", "--limit"],
    "wrong format": ["export", "hsds", "map", "--format", "xml"],
}
# Words of argparse's English and of our English help that must not show in Dutch.
ENGLISH_WORDS = {
    "usage", "options", "positional", "arguments", "argument", "show", "message", "exit",
    "invalid", "choice", "choose", "following", "required", "see", "expected", "value",
    "unrecognized", "the", "only", "output", "file", "folder", "number", "whole", "with",
}  # fmt: skip
DUTCH_WORDS = {
    "gebruik", "opties", "argumenten", "toon", "hulp", "stop", "ongeldige", "keuze", "kies",
    "uit", "zie", "opgeven", "moet", "geen", "geheel", "getal", "hoort", "waarde", "bij",
    "onbekend", "de", "het", "een", "alleen", "van", "voor", "fout", "map", "bestand",
}  # fmt: skip
# Words a help text shares between the languages, or names: commands, options, formats.
NAMES = {"wijkinfo", "json", "csv", "xml", "hsds", "pdf", "xlsx", "n", "id", "postgresql"}


def run_cli(args: list[str], language: str | None, tmp_path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "WIJKINFO_LANG"}
    env["WIJKINFO_CONFIG_DIR"] = str(tmp_path / "config")
    env["WIJKINFO_DATA_DIR"] = str(tmp_path / "data")
    if language:
        env["WIJKINFO_LANG"] = language
    done = subprocess.run(
        [sys.executable, "-m", "wijkinfo", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    return done.stdout + done.stderr


def words(text: str) -> set[str]:
    """The words of ``text``, without options (--limit), placeholders and quoted values."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"|\{[^}]*\}|--?[\w-]+|\b[A-Z_]{2,}\b", " ", text)
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", text)} - NAMES


@pytest.mark.parametrize("call", sorted(CALLS))
def test_dutch_by_default_english_on_request(call, tmp_path):
    dutch = run_cli(CALLS[call], None, tmp_path)
    english = run_cli(CALLS[call], "en", tmp_path)
    assert dutch.strip() and english.strip()
    assert "Traceback" not in dutch + english
    assert words(dutch) & ENGLISH_WORDS == set(), dutch
    assert words(english) & DUTCH_WORDS == set(), english
    # Dutch help says what argparse says in English.
    if "help" in call:
        assert dutch.startswith("gebruik: wijkinfo") and english.startswith("usage: wijkinfo")
        assert "toon deze hulp en stop" in dutch and "show this help message and exit" in english


def test_the_three_usual_mistakes_read_well_in_dutch(tmp_path):
    wrong = run_cli(CALLS["wrong choice"], None, tmp_path)
    assert "ongeldige keuze: 'zoek' (kies uit 'demo', 'search'" in wrong
    assert "(zie: wijkinfo --help)" in wrong and len(wrong.strip().splitlines()) == 1
    missing = run_cli(CALLS["missing argument"], None, tmp_path)
    assert missing.strip() == "wijkinfo: dit moet u ook opgeven: ZOEKVRAAG (zie: wijkinfo --help)"
    english = run_cli(CALLS["missing argument"], "en", tmp_path)
    assert "the following arguments are required: QUERY (see: wijkinfo --help)" in english


def _texts(parser: argparse.ArgumentParser) -> list[str]:
    out = []
    for each in parsers(parser):
        out += [each.description] if each.description else []
        for action in each._actions:
            out += [t for t in (action.help, action.metavar) if isinstance(t, str)]
            if isinstance(action, argparse._SubParsersAction):
                out += [c.help for c in action._choices_actions if c.help]
    return out


NEUTRAL = {"N", "postgresql://LOGIN@SERVER/DATABASE", argparse.SUPPRESS}


def test_every_help_text_placeholder_and_description_has_english():
    dutch, english = _texts(build_parser("nl")), _texts(build_parser("en"))
    assert len(dutch) == len(english) > 100
    untranslated = {d for d, e in zip(dutch, english, strict=True) if d == e} - NEUTRAL
    assert untranslated == set(), "add them to wijkinfo/cli/english.py"
    used = set(dutch) | {"(zie: wijkinfo --help)", "geheel getal"}
    assert set(ENGLISH) - used == set(), "no longer used: remove from wijkinfo/cli/english.py"
    build_parser("nl")  # the other tests in this process speak Dutch again


def test_the_dutch_catalogue_knows_every_message_of_this_pythons_argparse():
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    ids = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) in ("_", "ngettext")
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    assert len(ids) > 25
    assert ids - set(ARGPARSE_DUTCH) == set()
    for msgid, dutch in ARGPARSE_DUTCH.items():
        forms = dutch if isinstance(dutch, tuple) else (dutch,)
        wanted = sorted(re.findall(r"%(?:\(\w+\))?[srd]", msgid))
        assert all(sorted(re.findall(r"%(?:\(\w+\))?[srd]", f)) == wanted for f in forms), msgid


@pytest.mark.parametrize(
    ("args", "dutch", "english"),
    [
        (["--text-size", "300"], "De tekstgrootte is 100 tot 200", "The text size is 100 to 200"),
        (["search", "x", "--limit", "0"], "Het aantal resultaten", "The number of results"),
        (["user", "add", "Piet"], "De eerste gebruiker moet", "The first user must be"),
    ],
)
def test_refusals_in_the_chosen_language(args, dutch, english, tmp_path, capsys, monkeypatch):
    from wijkinfo.cli import main

    def exit_code(argv: list[str]) -> int:
        try:
            return main(argv)
        except SystemExit as exc:  # argparse's own refusal (--text-size)
            return int(exc.code or 0)

    monkeypatch.setenv("WIJKINFO_DATA_DIR", str(tmp_path / "data"))
    for language, wanted, unwanted in (("nl", dutch, english), ("en", english, dutch)):
        monkeypatch.setenv("WIJKINFO_LANG", language)
        assert exit_code(args) == 2
        err = capsys.readouterr().err
        assert wanted in err and unwanted not in err
    monkeypatch.delenv("WIJKINFO_LANG")
    build_parser("nl")


def test_every_refusal_the_cli_can_show_has_its_english_at_hand():
    """The command line reads the window's catalogue; it must be found and complete."""
    from wijkinfo.cli.refusals import english_templates

    english = english_templates()
    assert len(english) > 200
    assert english["Dit mag alleen een coördinator. Er is niets veranderd."].startswith("Only")

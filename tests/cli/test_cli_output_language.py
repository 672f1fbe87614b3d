"""What the command line writes for a person — results, status, confirmations, prompts — is
Dutch by default and English with WIJKINFO_LANG=en, run as a user runs it. Every such line is a
Message whose English lives in the window's catalogue; a test fails on a line written any
other way, and test_messages_have_english.py on a Message without English."""

from __future__ import annotations

import ast
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.coordinator import coordinator_args
from tests.conftest import ROOT
from tests.services.signals.signal_helpers import log, make_people
from wijkinfo.cli import build_parser, main
from wijkinfo.services.languages import text_in
from wijkinfo.services.messages import Message, Named
from wijkinfo.services.signals import intake, review

CLI = ROOT / "wijkinfo" / "cli"
# Words that give a Dutch line away (data such as names and paths are left out first).
DUTCH = {
    "de", "het", "een", "van", "naar", "is", "niet", "niets", "geen", "gemaakt", "geschreven",
    "bewaard", "nog", "wachtwoord", "signalen", "diensten", "rijen", "zou", "verwijderen",
    "wissen", "veranderd", "gevonden", "controle", "versie", "bijgewerkt", "laatste", "nooit",
    "syncmap", "te", "versturen", "proefdraai", "er", "bij", "contactgegevens", "actief", "uit",
    "gebruiker", "rapport", "geladen", "staat", "klaar", "teruggezet", "positie",
}  # fmt: skip


def _calls(name: str, tree: ast.AST) -> list[ast.Call]:
    return [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and (getattr(n.func, "id", None) == name or getattr(n.func, "attr", None) == name)
    ]


def test_every_line_the_command_line_writes_goes_through_say():
    """print, input and getpass would write Dutch that the English command line cannot
    translate; only cli/output.py calls them."""
    found = []
    for path in sorted(CLI.glob("*.py")):
        if path.name == "output.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name in ("print", "input", "getpass"):
            found += [f"{path.name}:{c.lineno} {name}" for c in _calls(name, tree)]
    assert found == [], "write it with cli/output.py: say(Message('…'))"


def test_a_line_to_say_is_a_message_with_a_literal_template():
    wrong = []
    for path in sorted(CLI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name in ("say", "ask", "ask_secret"):
            for call in _calls(name, tree):
                arg = call.args[0] if call.args else None
                if isinstance(arg, ast.JoinedStr | ast.Constant):
                    wrong.append(f"{path.name}:{call.lineno}")
    assert wrong == []


def _words(text: str, data: tuple[str, ...]) -> set[str]:
    for value in data:
        text = text.replace(value, " ")
    # paths, options, and ids and digests (hex holds words such as "de")
    text = re.sub(r"\S*[/\\]\S*|--[\w-]+|\S*\d\S*", " ", text)
    return {w.lower() for w in re.findall(r"[A-Za-zÀ-ÿ]+", text)}


@pytest.fixture
def desk(store, monkeypatch):
    """A data folder with people, one closed signal with contact details and one open one;
    retention's clock is moved past both terms."""
    kees, _f, ans = make_people(store)
    sid = log(
        store, ans, contact=intake.ContactInput(name="J. Jansen", phone="0612345678", consent=True)
    ).id
    for status, version in (("in_behandeling", 1), ("afgehandeld", 2)):
        review.change_status(
            store, actor=kees, signal_id=sid, to_status=status, expected_version=version
        )
    log(store, ans)
    monkeypatch.setattr(
        "wijkinfo.services.signals.retention.utcnow",
        lambda: review.utcnow() + timedelta(days=800),
    )
    root = store.paths.root
    store.close()
    return root, coordinator_args(root), sid


def _session(root: Path, who: list[str], sid: str, tmp: Path, language: str, capsys, monkeypatch):
    """A coordinator's commands; what each wrote, per command."""
    if language:
        monkeypatch.setenv("WIJKINFO_LANG", language)
    else:
        monkeypatch.delenv("WIJKINFO_LANG", raising=False)
    d = ["--data-dir", str(root)]
    out = tmp / (language or "nl")
    out.mkdir()
    runs = {
        "check": [*d, "check"],
        "users": [*d, *who, "user", "list"],
        "contact": [*d, *who, "contact", "show", sid],
        "backup": [*d, "backup", "--out", str(out / "b.sqlite")],
        "status": [*d, "sync", "--status"],
        "export": [*d, *who, "signals", "export", "--csv", str(out / "s.csv")],
        "report": [*d, *who, "signals", "report", "--out", str(out / "r.csv")],
        "dry run": [*d, *who, "retention", "--dry-run"],
        "search": [*d, "search", "qqqxxyzz"],
    }
    said = {}
    for name, argv in runs.items():
        assert main(argv) == 0, name
        captured = capsys.readouterr()
        said[name] = captured.out + captured.err
    build_parser("nl")
    return said


def test_a_coordinators_session_reads_in_english_and_stays_dutch_by_default(
    desk, tmp_path, capsys, monkeypatch
):
    root, who, sid = desk
    dutch = _session(root, who, sid, tmp_path, "", capsys, monkeypatch)
    english = _session(root, who, sid, tmp_path, "en", capsys, monkeypatch)
    assert "Controle: in orde" in dutch["check"] and "Check: all right" in english["check"]
    assert "Kees\tcoördinator\tactief" in dutch["users"]
    assert "Kees\tcoordinator\tactive" in english["users"]
    assert "Telefoon: 0612345678" in dutch["contact"]
    assert "Phone: 0612345678" in english["contact"]
    assert re.search(r"Toestemming: \d\d-\d\d-\d{4}", dutch["contact"])
    assert re.search(r"Consent: \d{4}-\d\d-\d\d", english["contact"])  # never 12-01 or 01-12
    assert "Back-up gemaakt:" in dutch["backup"] and "Backup made:" in english["backup"]
    assert "Syncmap: nog niet gekozen" in dutch["status"]
    assert "Sync folder: not chosen yet" in english["status"]
    assert "Last sync: never" in english["status"]
    assert "2 signalen geschreven naar" in dutch["export"]
    assert "2 signals written to" in english["export"]
    assert "Report written to" in english["report"]
    assert "Zou signalen verwijderen: 1" in dutch["dry run"]
    assert "Would delete signals: 1" in english["dry run"]
    assert "Dry run: nothing was changed." in english["dry run"]
    assert "(Money worries & debt): delete, only a count remains" in english["dry run"]
    assert "Nothing found. Try another word." in english["search"]
    data = ("Kees", "J. Jansen", "0612345678", str(root), str(tmp_path), sid)
    for name, text in english.items():
        assert _words(text, data) & DUTCH == set(), (name, text)
    for name, text in dutch.items():
        assert not {"written", "made", "found", "never", "nothing"} & _words(text, data), name


def test_the_recovery_code_is_shown_once_in_either_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("geheim1234\n"))
    monkeypatch.setenv("WIJKINFO_LANG", "en")
    assert (
        main(["--data-dir", str(tmp_path / "d"), "user", "add", "Kees", "--role", "coordinator"])
        == 0
    )
    out = capsys.readouterr().out
    assert "User added: Kees (coordinator)" in out
    code = re.search(r"RECOVERY CODE: (\S.*)", out)
    assert code and "Write this code down on paper" in out
    build_parser("nl")


def test_a_theme_name_and_a_date_follow_the_language_of_the_line():
    theme = Named("Geldzorgen & schulden")  # one of the names wijkinfo ships, with its English
    own = Named("Buurtgeld", "Neighbourhood money")  # a coordinator's, with their English
    label = Message("signaal van {when:%d-%m-%Y} ({theme})", when=date(2026, 3, 4), theme=theme)
    line = Message("{label}: contactgegevens wissen", label=label)
    dutch = "signaal van 04-03-2026 (Geldzorgen & schulden): contactgegevens wissen"
    assert text_in(line, "nl") == str(line) == dutch
    assert (
        text_in(line, "en") == "signal of 2026-03-04 (Money worries & debt): wipe contact details"
    )
    assert text_in(own, "en") == "Neighbourhood money" and text_in(own, "nl") == "Buurtgeld"

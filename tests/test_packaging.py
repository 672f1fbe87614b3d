"""What an installed wijkinfo carries: the compiled translations (current with their .ts), the
demo, fonts and migrations, also in a wheel installed without make — and a language whose file
is missing says so instead of showing Dutch."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

TRANSLATIONS = ROOT / "resources" / "translations"


def _lrelease() -> str:
    return shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda p: p.name)
def test_the_committed_translation_is_compiled_from_its_ts(ts, tmp_path):
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(fresh)], check=True)
    committed = ts.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} ontbreekt: run `make translations` en commit"
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is ouder dan {ts.name}: run `make translations` en commit"
    )


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory) -> Path:
    """wijkinfo built as a wheel and installed into a folder of its own, without make."""
    out = tmp_path_factory.mktemp("wheel")
    # A clean copy of the sources, as a fresh clone has them: no build/ left from before.
    source = out / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache"
        ),
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(source),
        ],
        check=True,
    )
    wheel = next(out.glob("wijkinfo-*.whl"))
    target = out / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(target)
    return target


def _run_installed(site: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=site
    )


def test_an_installed_wheel_speaks_english_and_has_its_demo(installed_wheel):
    run = _run_installed(
        installed_wheel,
        "import wijkinfo, wijkinfo.resources as r\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from wijkinfo.ui.i18n import install_language\n"
        "from wijkinfo.db.migrate import alembic_head\n"
        "app = QApplication([])\n"
        "install_language(app, 'en')\n"
        "print(wijkinfo.__file__)\n"
        "print(QCoreApplication.translate('MainWindow', '&Bestand'))\n"
        "print((r.resources_dir() / 'demo' / 'sociale_kaart_demo.json').is_file())\n"
        "print(alembic_head())\n",
    )
    assert run.returncode == 0, run.stderr
    where, menu, demo, head = run.stdout.split("\n")[:4]
    assert where.startswith(str(installed_wheel))  # not the checkout
    assert menu == "&File"
    assert demo == "True"
    from wijkinfo.db.migrate import HEAD_REVISION

    assert head == HEAD_REVISION


def test_an_installed_wheel_carries_qts_dutch_supplement_and_the_cli_english(installed_wheel):
    run = _run_installed(
        installed_wheel,
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from wijkinfo.ui.i18n import install_language\n"
        "from wijkinfo.cli.refusals import english_templates\n"
        "app = QApplication([])\n"
        "install_language(app, 'nl')\n"
        "print(QCoreApplication.translate('QFileDialog', '&Look in:'))\n"
        "print(len(english_templates()) > 200)\n",
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split("\n")[:2] == ["&Zoeken in:", "True"]


def test_a_missing_translation_is_said_not_shown_in_dutch(installed_wheel):
    for qm in installed_wheel.glob("wijkinfo/_resources/translations/wijkinfo_en.qm"):
        qm.rename(qm.with_suffix(".weg"))
    try:
        run = _run_installed(
            installed_wheel,
            "from PySide6.QtWidgets import QApplication\n"
            "from wijkinfo.ui.i18n import install_language, TranslationMissing\n"
            "app = QApplication([])\n"
            "try:\n    install_language(app, 'en')\nexcept TranslationMissing as e:\n    print(e)\n",
        )
    finally:
        for qm in installed_wheel.glob("wijkinfo/_resources/translations/wijkinfo_en.weg"):
            qm.rename(qm.with_suffix(".qm"))
    assert "de vertaling 'en' ontbreekt" in run.stdout, run.stderr


def _messages(ts: Path) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or "")
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def test_the_english_translation_knows_every_string_of_the_window(tmp_path):
    """A string added to the UI without `make lupdate` would show in Dutch in the English UI
    without any test noticing; lupdate on a copy must find nothing new and nothing gone."""
    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate")
    )
    copy = tmp_path / "wijkinfo_en.ts"
    shutil.copy(TRANSLATIONS / "wijkinfo_en.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "wijkinfo" / "ui").rglob("*.py"))
    subprocess.run(
        [lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    before, after = _messages(TRANSLATIONS / "wijkinfo_en.ts"), _messages(copy)
    assert sorted(after - before) == [], "run `make lupdate` and translate the new strings"
    assert sorted(before - after) == [], "run `make lupdate`: these strings are gone"


def _name(requirement: str) -> str:
    import re

    return re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_the_lock_file_pins_every_dependency_with_hashes():
    """make, CI, the bundle and the Windows workflow install from requirements.lock, so a
    dependency added to pyproject.toml without `make lock` would be missing there."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {_name(r) for r in project["dependencies"]}
    for extra in ("test", "bundle"):
        wanted |= {_name(r) for r in project["optional-dependencies"][extra]}
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pinned: dict[str, str] = {}
    hashed: set[str] = set()
    current = ""
    for line in lock.splitlines():
        if line and not line[0].isspace() and not line.startswith("#") and "==" in line:
            current, version = line.split(" ")[0].split("==")
            current = current.lower()
            pinned[current] = version
        elif "--hash=sha256:" in line and current:
            hashed.add(current)
    assert sorted(wanted - set(pinned)) == [], "run `make lock`"
    assert sorted(set(pinned) - hashed) == []
    minors = {
        ".".join(pinned[p].split(".")[:2])
        for p in ("pyside6-essentials", "pyside6-addons", "pyside6-pdf")
    }
    assert len(minors) == 1, f"the three PySide6 packages differ: {minors}"


def test_selftest_does_a_desk_visit_and_names_the_password_stores(tmp_path):
    """The installer check compares the bundle's second line against this one: a bundle that lost
    keyring's metadata would keep a hub password only in memory, without anyone noticing."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WIJKINFO_CONFIG_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "wijkinfo", "selftest"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-500:]
    first, second = done.stdout.strip().splitlines()
    assert "in orde" in first and "resultaten voor ‘schulden’" in first
    assert second.startswith("wachtwoordkluizen: ")
    assert "Windows" in second and "SecretService" in second  # keyring's own, from its metadata

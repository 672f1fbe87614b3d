"""Hostile files through `wijkinfo import`: one clear line, exit 2, the database unchanged.

Each case is a file an attacker or a broken tool could hand a coordinator. None may reach
Python's own limits (a traceback), run the laptop out of memory, read outside the package,
let a non-web link in, or silently delete what the file leaves out.
"""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.coordinator import coordinator_args
from wijkinfo.cli import main
from wijkinfo.services.datafolder.files import DataPaths
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.directory.demo import load_demo
from wijkinfo.services.exchange.hsds_export import export_hsds
from wijkinfo.services.exchange.package_files import MAX_FILE
from wijkinfo.services.exchange.spreadsheet_read import MAX_BYTES
from wijkinfo.services.people.auth import CLI_ACTOR

from .test_import_bad_input import base, snapshot, u


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> tuple[Path, Path, dict]:
    """A demo data folder and its own export as a package, made once for the whole table."""
    root = tmp_path_factory.mktemp("hostile")
    paths = DataPaths(root / "data")
    store = open_store(paths)
    load_demo(store)
    export_hsds(store, actor=CLI_ACTOR, folder=root / "pkg", fmt="csv")
    export_hsds(store, actor=CLI_ACTOR, folder=root / "json", fmt="json")
    store.close()
    first = json.loads((root / "json" / "services.json").read_text(encoding="utf-8"))[0]
    return paths.root, root / "pkg", first


def text(t: Path, content: str | bytes, name: str = "in.json") -> Path:
    path = t / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def one(**change) -> str:
    service = base(0)
    service.update(change)
    return json.dumps(service)


def located(**change) -> str:
    service = base(0)
    service["service_at_locations"][0]["location"].update(change)
    return json.dumps([service])


def package(t: Path, files: dict[str, str | bytes], meta: str = '{"resources": []}') -> Path:
    folder = t / "pakket"
    folder.mkdir()
    (folder / "datapackage.json").write_text(meta)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


def zipped(t: Path, files: dict[str, bytes], name: str = "pakket.zip") -> Path:
    path = t / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("datapackage.json", '{"resources": []}')
        for member, data in files.items():
            z.writestr(member, data)
    return path


SERVICES = f"id,name,status\n{u(1)},Koffieochtend,active\n"
DEEP = 100_000


def from_export(keep: tuple[str, ...], rename: dict[str, tuple[str, str]] | None = None):
    """The demo's own package with only ``keep`` (and a column renamed): an incomplete file."""

    def make(t: Path, pkg: Path) -> Path:
        folder = t / "pakket"
        folder.mkdir()
        for name in ("datapackage.json", *keep):
            shutil.copy(pkg / name, folder / name)
        for name, (old, new) in (rename or {}).items():
            shutil.copy(pkg / name, folder / name)
            lines = (folder / name).read_text(encoding="utf-8").split("\n", 1)
            (folder / name).write_text(lines[0].replace(old, new) + "\n" + lines[1])
        return folder

    return make


def corrupt_zip(t: Path) -> Path:
    path = zipped(t, {"services.csv": SERVICES.encode() * 50})
    raw = bytearray(path.read_bytes())
    start = raw.find(b"services.csv") + len("services.csv") + 10
    raw[start : start + 20] = b"\xff" * 20  # inside the deflated data: CRC or inflate error
    path.write_bytes(bytes(raw))
    return path


def symlinked(t: Path) -> Path:
    outside = text(t, SERVICES, "buiten.csv")
    folder = package(t, {})
    os.symlink(outside, folder / "services.csv")
    return folder


# (case, make the file from (tmp, demo package), words the line must hold)
Case = tuple[str, Callable[[Path, Path], Path], tuple[str, ...]]
CASES: list[Case] = [
    ("deep list", lambda t, p: text(t, "[" * DEEP + "]" * DEEP), ("dieper genest",)),
    (
        "deep object",
        lambda t, p: text(t, '{"name": ' + "[" * DEEP + "]" * DEEP + "}"),
        ("dieper genest",),
    ),
    (
        "deep after brackets inside a string",
        lambda t, p: text(t, '[{"name": "' + "[" * 500 + '"}, ' + "[" * 99 + "]" * 99 + "]"),
        ("in.json", "dieper genest"),
    ),
    (
        "huge integer in a list",
        lambda t, p: text(t, '[{"minimum_age": 1' + "0" * 5000 + "}]"),
        ("in.json, record 1", "te groot"),
    ),
    (
        "huge integer in one service",
        lambda t, p: text(t, '{"name": "x", "minimum_age": 1' + "0" * 5000 + "}"),
        ("in.json", "te groot"),
    ),
    (
        "1e400 becomes infinity",
        lambda t, p: text(t, located(latitude=1e400).replace("Infinity", "1e400")),
        ("in.json, record 1", "te groot"),
    ),
    (
        "invalid escape",
        lambda t, p: text(t, '[{"name": "Caf\\x"}]'),
        ("in.json, record 1", "geen geldige JSON"),
    ),
    (
        "invalid escape in one service",
        lambda t, p: text(t, '{"name": "Caf\\x"}'),
        ("in.json, regel 1", "geen geldige JSON"),
    ),
    (
        "Infinity in a list",
        lambda t, p: text(t, located(latitude=float("inf"))),
        ("in.json, record 1", "geen geldige JSON"),
    ),
    (
        "Infinity in one service",
        lambda t, p: text(t, json.dumps(json.loads(located(longitude=float("inf")))[0])),
        ("in.json", "Infinity"),
    ),
    ("NaN in one service", lambda t, p: text(t, one(minimum_age=float("nan"))), ("NaN",)),
    (
        "text after the list",
        lambda t, p: text(t, json.dumps([base(0)]) + "\n[1, 2]"),
        ("na het einde van de lijst", "record 1"),
    ),
    (
        "text after one service",
        lambda t, p: text(t, one() + " en nog wat"),
        ("in.json, regel 1", "geen geldige JSON"),
    ),
    (
        "impossible date-time",
        lambda t, p: text(t, one(assured_date="2026-01-31T25:61:00")),
        ("veld assured_date", "geen bestaande datum"),
    ),
    (
        "date with rubbish after it",
        lambda t, p: text(t, one(assured_date="2026-01-31 en verder")),
        ("veld assured_date",),
    ),
    (
        "lone surrogate",
        lambda t, p: text(t, one().replace('"Koffieochtend 0"', '"Koffie\\ud800"')),
        ("veld name", "tekens"),
    ),
    (
        "javascript: url",
        lambda t, p: text(t, one(url="javascript:alert(1)")),
        ("veld url", "http"),
    ),
    (
        "data: url",
        lambda t, p: text(t, one(url="data:text/html,<script>alert(1)</script>")),
        ("veld url", "http"),
    ),
    (
        "file: website",
        lambda t, p: text(
            t, one(organization={"id": u(2), "name": "B", "website": "file:///etc/passwd"})
        ),
        ("veld organization.website", "http"),
    ),
    (
        "javascript: location url",
        lambda t, p: text(t, located(url="JavaScript:alert(1)")),
        ("veld service_at_locations[1].location.url",),
    ),
    (
        "Infinity latitude in a package",
        lambda t, p: package(
            t,
            {
                "services.csv": SERVICES,
                "locations.csv": f"id,name,latitude\n{u(7)},Huis,Infinity\n",
                "service_at_location.csv": f"id,service_id,location_id\n{u(6)},{u(1)},{u(7)}\n",
            },
        ),
        ("pakket/locations.csv, rij 2, veld latitude",),
    ),
    (
        "nan longitude in a package",
        lambda t, p: package(
            t,
            {
                "services.csv": SERVICES,
                "locations.csv": f"id,name,longitude\n{u(7)},Huis,nan\n",
                "service_at_location.csv": f"id,service_id,location_id\n{u(6)},{u(1)},{u(7)}\n",
            },
        ),
        ("pakket/locations.csv, rij 2, veld longitude",),
    ),
    (
        "javascript: url in a package",
        lambda t, p: package(
            t, {"services.csv": f"id,name,status,url\n{u(1)},K,active,javascript:alert(1)\n"}
        ),
        ("pakket/services.csv, rij 2, veld url",),
    ),
    (
        "oversize CSV cell",
        lambda t, p: package(t, {"services.csv": SERVICES + f'{u(2)},"{"x" * 200_000}",active\n'}),
        ("pakket/services.csv, rij 3", "niet te lezen"),
    ),
    (
        "NUL in a CSV",
        lambda t, p: package(t, {"services.csv": SERVICES + f"{u(2)},Ta\x00al,active\n"}),
        ("pakket/services.csv, rij 3, veld name", "stuurteken"),
    ),
    (
        "oversize cell in a sheet",
        lambda t, p: text(t, 'Naam;Omschrijving\nK;"' + "x" * 200_000 + '"\n', "lijst.csv"),
        ("lijst.csv, rij 2", "niet te lezen"),
    ),
    (
        "zip cut off",
        lambda t, p: text(
            t, zipped(t, {"services.csv": SERVICES.encode()}).read_bytes()[:-30], "kapot.zip"
        ),
        ("kapot.zip is geen leesbaar zip-bestand",),
    ),
    ("zip with damaged data", lambda t, p: corrupt_zip(t), ("pakket.zip", "beschadigd")),
    (
        "zip bomb",
        lambda t, p: zipped(t, {"services.csv": b"\0" * (MAX_FILE + 1)}),
        ("pakket.zip", "groter dan"),
    ),
    (
        "package names a file above it",
        lambda t, p: (
            text(t, SERVICES, "buiten.csv"),
            package(t, {}, '{"resources": [{"name": "services", "path": "../buiten.csv"}]}'),
        )[1],
        ("buiten het pakket", "../buiten.csv"),
    ),
    (
        "package names an absolute path",
        lambda t, p: package(t, {}, '{"resources": [{"name": "services", "path": "/etc/passwd"}]}'),
        ("buiten het pakket", "/etc/passwd"),
    ),
    (
        "zip names a file above it",
        lambda t, p: (
            text(
                t,
                (lambda z: z.read_bytes())(zipped(t, {}, "x.zip")),
                "x.zip",
            )
            and _zip_with_meta(t, '{"resources": [{"name": "phones", "path": "../../phones.csv"}]}')
        ),
        ("buiten het pakket",),
    ),
    ("symlink out of the package", lambda t, p: symlinked(t), ("buiten het pakket",)),
    ("xlsx inflating beyond the bound", lambda t, p: big_xlsx(t), ("lijst.xlsx", "groter dan")),
    (
        "sheet CSV beyond the bound",
        lambda t, p: text(t, b"Naam\n" + b"x\n" * (MAX_BYTES // 2 + 1), "lijst.csv"),
        ("lijst.csv", "groter dan"),
    ),
    (
        "package with services and organisations only",
        from_export(("services.csv", "organizations.csv")),
        ("noemt geen telefoonnummers", "--replace-missing"),
    ),
    (
        "phones.csv with its key column spelled differently",
        from_export(
            tuple(
                f"{n}.csv"
                for n in [
                    "services",
                    "organizations",
                    "locations",
                    "addresses",
                    "accessibility",
                    "service_at_location",
                    "schedules",
                    "languages",
                    "required_documents",
                    "taxonomies",
                    "taxonomy_terms",
                    "attributes",
                ]
            ),
            {"phones.csv": ("service_id", "serviceid")},
        ),
        ("noemt geen telefoonnummers", "--replace-missing"),
    ),
]


def big_xlsx(t: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Naam"])
    book.active.append(["Koffieochtend"])
    path = t / "lijst.xlsx"
    book.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/media/leeg.bin", b"\0" * (MAX_BYTES + 1))
    return path


def _zip_with_meta(t: Path, meta: str) -> Path:
    path = t / "meta.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("datapackage.json", meta)
        z.writestr("services.csv", SERVICES)
    return path


def run(templates, tmp_path, argv_path: Path, *extra: str) -> tuple[int, str, dict, dict]:
    data, _, _ = templates
    folder = tmp_path / "data"
    shutil.copytree(data, folder)
    who = coordinator_args(folder)  # an import is a coordinator's: the command line asks who
    paths = DataPaths(folder)
    store = open_store(paths, backups=False)
    before = snapshot(store)
    store.close()
    kind = "table" if argv_path.suffix in (".csv", ".xlsx") else "hsds"
    code = main(["--data-dir", str(folder), *who, "import", kind, str(argv_path), *extra])
    store = open_store(paths, backups=False)
    after = snapshot(store)
    store.close()
    return code, "", before, after


@pytest.mark.parametrize(("make", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hostile_file_gets_one_clear_line_and_changes_nothing(
    templates, tmp_path, capsys, make, words
):
    path = make(tmp_path, templates[1])
    code, _, before, after = run(templates, tmp_path, path)
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err
    assert err.startswith("wijkinfo: ")
    for word in words:
        assert word in err
    assert after == before


def test_a_service_with_only_id_name_status_keeps_its_children(templates, tmp_path, capsys):
    _, _, first = templates
    slim = {k: first[k] for k in ("id", "name", "status")}
    path = text(tmp_path, json.dumps([slim]))
    code, _, before, after = run(templates, tmp_path, path)
    err = capsys.readouterr().err
    assert code == 2 and "noemt geen telefoonnummers" in err
    assert after == before


def test_preview_says_what_goes_and_replace_missing_confirms(templates, tmp_path, capsys):
    pkg = from_export(("services.csv", "organizations.csv"))(tmp_path, templates[1])
    code, _, before, after = run(templates, tmp_path, pkg, "--dry-run")
    out = capsys.readouterr().out
    assert code == 0 and after == before
    assert "verwijdert" in out and "telefoonnummers" in out and "openingstijden" in out
    shutil.rmtree(tmp_path / "data")
    code, _, before, after = run(templates, tmp_path, pkg, "--replace-missing")
    assert code == 0
    assert not after["phone"] and before["phone"]


def test_times_the_check_allows_are_written(templates, tmp_path, capsys):
    service = base(0)
    service["schedules"][0].update(opens_at="09:30:15.5+01:00", closes_at="12:00Z")
    path = text(tmp_path, json.dumps([service]))
    code, _, _, after = run(templates, tmp_path, path)
    assert code == 0, capsys.readouterr().err
    assert any("09:30" in " ".join(row) for row in after["schedule"])


def test_brackets_inside_texts_are_no_nesting(templates, tmp_path, capsys):
    service = base(0)
    service["description"] = "[{" * 5000 + '\\"' + "}]" * 100
    path = text(tmp_path, json.dumps([service]))
    code, _, _, after = run(templates, tmp_path, path)
    assert code == 0, capsys.readouterr().err

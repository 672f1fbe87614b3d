"""The files of a tabular data package, a folder or a zip — and only those.

A package is untrusted: its ``datapackage.json`` may name ``../../etc/passwd``, a folder may
hold symlinks to elsewhere, a zip may inflate 3 MB into 3 GB. Only regular files inside the
package are read, and no more than ``MAX_FILE`` bytes of any one of them (``MAX_TOTAL`` for
all together) are ever inflated or read.
"""

from __future__ import annotations

import json
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.hsds_package import official_names, resource_file

# A 100,000-service package is about 60 MB in all; these bounds leave room, not memory trouble.
MAX_FILE = 128 * 2**20
MAX_TOTAL = 512 * 2**20


def _outside(name: str, package: str) -> UserError:
    return UserError(
        "{package} noemt het bestand ‘{file}’, dat buiten het pakket ligt. Alleen bestanden in "
        "het pakket zelf worden gelezen; er is niets ingelezen.",
        package=package,
        file=name[:200],
    )


def _too_big(name: str, package: str) -> UserError:
    return UserError(
        "{package}: {file} is groter dan {mb} MB (uitgepakt). Zo groot is geen sociale kaart; "
        "er is niets ingelezen.",
        package=package,
        file=name[:200],
        mb=MAX_FILE // 2**20,
    )


def _inside(name: str, package: str) -> str:
    """``name`` as a plain relative path inside the package, or a refusal."""
    if "\\" in name or "\x00" in name or not name:
        raise _outside(name, package)
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or (pure.parts and ":" in pure.parts[0]):
        raise _outside(name, package)
    return str(pure)


class Package:
    """Read-only access to the files of one package."""

    def __init__(self, path: Path) -> None:
        self.name = path.name
        self.zip: zipfile.ZipFile | None = None
        self.prefix = ""
        self.total = 0
        if path.is_dir():
            self.root: Path | None = path.resolve()
            if not (path / "datapackage.json").is_file():
                raise UserError(
                    "In de map {folder} staat geen datapackage.json. Kies de map van een HSDS "
                    "tabular data package, of een JSON-bestand.",
                    folder=path.name,
                )
        else:
            self.root = None
            try:
                self.zip = zipfile.ZipFile(path)
            except (OSError, zipfile.BadZipFile, ValueError) as exc:
                raise UserError("{file} is geen leesbaar zip-bestand.", file=path.name) from exc
            names = [n for n in self.zip.namelist() if n.endswith("datapackage.json")]
            if not names:
                raise UserError(
                    "In {file} staat geen datapackage.json. Kies een HSDS tabular data package.",
                    file=path.name,
                )
            self.prefix = min(names, key=len)[: -len("datapackage.json")]

    def read(self, name: str) -> bytes | None:
        """The bytes of one file of the package; None when it is not there."""
        name = _inside(name, self.name)
        data = self._read_dir(name) if self.root is not None else self._read_zip(name)
        if data is not None:
            self.total += len(data)
            if self.total > MAX_TOTAL:
                raise _too_big(name, self.name)
        return data

    def _read_dir(self, name: str) -> bytes | None:
        assert self.root is not None
        target = self.root / name
        # A symlink anywhere on the way may point outside the package: refuse, do not follow.
        probe = self.root
        for part in PurePosixPath(name).parts:
            probe = probe / part
            if probe.is_symlink():
                raise _outside(name, self.name)
        if not target.is_file():
            return None
        try:
            with target.open("rb") as handle:
                data = handle.read(MAX_FILE + 1)
        except OSError as exc:
            raise UserError(
                "{package}: {file} kan niet worden gelezen: {reason}",
                package=self.name,
                file=name,
                reason=exc.strerror,
            ) from exc
        if len(data) > MAX_FILE:
            raise _too_big(name, self.name)
        return data

    def _read_zip(self, name: str) -> bytes | None:
        assert self.zip is not None
        try:
            info = self.zip.getinfo(self.prefix + name)
        except KeyError:
            return None
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _outside(name, self.name)
        if info.file_size > MAX_FILE:
            raise _too_big(name, self.name)
        try:
            with self.zip.open(info) as handle:
                # The size in the header may lie; never inflate more than the bound.
                data = handle.read(MAX_FILE + 1)
        except (
            OSError,
            zipfile.BadZipFile,
            zlib.error,
            ValueError,
            EOFError,
            NotImplementedError,
        ) as exc:
            raise UserError(
                "{package}: {file} in het zip-bestand is beschadigd ({reason}). Maak het "
                "zip-bestand opnieuw.",
                package=self.name,
                file=name,
                reason=str(exc)[:80],
            ) from exc
        except RuntimeError as exc:  # an encrypted member
            raise UserError(
                "{package}: {file} is met een wachtwoord beveiligd. Maak een zip-bestand "
                "zonder wachtwoord.",
                package=self.name,
                file=name,
            ) from exc
        if len(data) > MAX_FILE:
            raise _too_big(name, self.name)
        return data

    def paths(self) -> dict[str, str]:
        """Official resource name → file; the official file names when the package lists none.

        Older wijkinfo exports named resources after their files (``services``); those names
        are understood too. Resources that are not HSDS are listed under their own names.
        """
        paths = {name: resource_file(name) for name in official_names()}
        legacy = {PurePosixPath(file).stem: name for name, file in paths.items()}
        try:
            meta = json.loads(self.read("datapackage.json") or b"{}")
        except (ValueError, UnicodeDecodeError, RecursionError):
            meta = {}  # e.g. a link left as text; the file names are standard anyway
        resources = meta.get("resources") if isinstance(meta, dict) else None
        for res in resources if isinstance(resources, list) else []:
            if not isinstance(res, dict) or not isinstance(res.get("name"), str):
                continue
            given: str = res["name"]
            name = given if given in paths else legacy.get(given, given)
            if res.get("path") and isinstance(res["path"], str):
                paths[name] = _inside(res["path"], self.name)
        return paths

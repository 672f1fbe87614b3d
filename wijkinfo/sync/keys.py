"""The folder key: one random key per sync folder, wrapped by a key derived from the passphrase.

The key file (``wijkinfo-sleutel.json`` in the folder) holds the Argon2id parameters, the salt
and the wrapped key, sealed with the envelope format so that a wrong passphrase is told apart
from a damaged file. Changing the passphrase writes a new key file around the same folder key:
no change file is encrypted again, and desks that already know the folder key carry on.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from wijkinfo.services.errors import UserError
from wijkinfo.sync import envelope
from wijkinfo.sync.envelope import SealError, WrongKey

KEY_FILE = "wijkinfo-sleutel.json"
FORMAT = "wijkinfo-folder-key"
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class KdfProfile:
    """Argon2id cost. The default is RFC 9106's low-memory profile (64 MiB, 3 passes)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4


DEFAULT_PROFILE = KdfProfile()


@dataclass(frozen=True)
class FolderKey:
    folder_id: str
    key: bytes

    @property
    def key_id(self) -> str:
        return envelope.key_id(self.key).hex()

    def __repr__(self) -> str:  # never print the key itself
        return f"FolderKey(folder_id={self.folder_id!r}, key_id={self.key_id!r})"


class WrongPassphrase(UserError):
    """The passphrase does not open this folder's key."""


class NoFolderKey(UserError):
    """The folder has no key file (yet): not set up, or not downloaded yet."""


def has_key_file(folder: Path) -> bool:
    return (folder / KEY_FILE).is_file()


def create_folder_key(
    folder: Path, passphrase: str, *, profile: KdfProfile = DEFAULT_PROFILE
) -> FolderKey:
    """Set the folder up: a new random key, wrapped by ``passphrase``. Refuses to overwrite."""
    _check_passphrase(passphrase)
    if has_key_file(folder):
        raise UserError(
            "Deze syncmap heeft al een wachtwoord. Gebruik dat wachtwoord, of kies een lege map."
        )
    made = FolderKey(folder_id=str(uuid.uuid4()), key=os.urandom(envelope.KEY_BYTES))
    blob = _key_file_bytes(made, passphrase, profile)
    try:
        # Exclusive create: two desks setting up one folder at once cannot both win.
        with open(folder / KEY_FILE, "xb") as out:
            out.write(blob)
            out.flush()
            os.fsync(out.fileno())
    except FileExistsError:
        raise UserError(
            "Deze syncmap heeft al een wachtwoord. Gebruik dat wachtwoord, of kies een lege map."
        ) from None
    return unlock(folder, passphrase)


def unlock(folder: Path, passphrase: str) -> FolderKey:
    """The folder key, or one clear line: no key file, wrong passphrase, or a damaged file."""
    data = _read(folder)
    kdf = data["kdf"]
    kek = _derive(
        passphrase,
        base64.b64decode(kdf["salt"]),
        KdfProfile(kdf["time_cost"], kdf["memory_kib"], kdf["parallelism"]),
    )
    try:
        header, key = envelope.unseal(kek, base64.b64decode(data["wrapped"]))
    except WrongKey:
        raise WrongPassphrase(
            "Het wachtwoord van de syncmap klopt niet. Probeer het opnieuw (let op hoofdletters)."
        ) from None
    except SealError:
        raise _damaged(folder) from None
    if json.loads(header).get("folder_id") != data["folder_id"]:
        raise _damaged(folder)
    return FolderKey(folder_id=data["folder_id"], key=key)


def change_passphrase(
    folder: Path, old: str, new: str, *, profile: KdfProfile = DEFAULT_PROFILE
) -> FolderKey:
    """Wrap the same folder key with ``new``; a wrong ``old`` changes nothing."""
    _check_passphrase(new)
    current = unlock(folder, old)
    blob = _key_file_bytes(current, new, profile)
    target = folder / KEY_FILE
    tmp = folder / f".{KEY_FILE}.{uuid.uuid4().hex}.tmp"
    with open(tmp, "wb") as out:
        out.write(blob)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, target)
    return current


def folder_id(folder: Path) -> str | None:
    """The folder's id from its key file, without a passphrase (None when there is none)."""
    try:
        return str(_read(folder)["folder_id"])
    except NoFolderKey:
        return None


def _key_file_bytes(key: FolderKey, passphrase: str, profile: KdfProfile) -> bytes:
    salt = os.urandom(16)
    kek = _derive(passphrase, salt, profile)
    header = json.dumps({"folder_id": key.folder_id}).encode()
    data = {
        "format": FORMAT,
        "version": 1,
        "folder_id": key.folder_id,
        "kdf": {
            "name": "argon2id",
            "time_cost": profile.time_cost,
            "memory_kib": profile.memory_kib,
            "parallelism": profile.parallelism,
            "salt": base64.b64encode(salt).decode(),
        },
        "wrapped": base64.b64encode(envelope.seal(kek, header, key.key)).decode(),
    }
    return json.dumps(data, indent=2).encode()


def _read(folder: Path) -> dict[str, Any]:
    path = folder / KEY_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NoFolderKey(
            "In {folder} staat geen sleutel van wijkinfo. Is dit de goede map, en is de map "
            "helemaal gedownload?",
            folder=folder,
        ) from None
    except OSError as exc:
        raise UserError(
            "De syncmap {folder} is niet te lezen ({why}).", folder=folder, why=exc.strerror
        ) from None
    try:
        data: dict[str, Any] = json.loads(raw)
        if data.get("format") != FORMAT:
            raise ValueError
        if data.get("version", 0) > 1:
            raise UserError(
                "De sleutel van deze syncmap is gemaakt met een nieuwere wijkinfo. "
                "Werk wijkinfo bij."
            )
        kdf = data["kdf"]
        if kdf["name"] != "argon2id":
            raise ValueError
        int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"])
        str(data["folder_id"]), base64.b64decode(kdf["salt"]), base64.b64decode(data["wrapped"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _damaged(folder) from None
    return data


def _damaged(folder: Path) -> UserError:
    return UserError(
        "Het sleutelbestand in {folder} is beschadigd. Zet het terug uit de prullenbak of "
        "de versiegeschiedenis van de map, of vraag de coördinator.",
        folder=folder,
    )


@functools.lru_cache(maxsize=8)
def _derive(passphrase: str, salt: bytes, profile: KdfProfile) -> bytes:
    # Cached: Argon2id takes most of a second by design, once per sync is enough.
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=profile.time_cost,
        memory_cost=profile.memory_kib,
        parallelism=profile.parallelism,
        hash_len=envelope.KEY_BYTES,
        type=Type.ID,
    )


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(
            "Kies een wachtwoord van minstens {n} tekens; een zin van een paar woorden is het "
            "best te onthouden.",
            n=MIN_PASSPHRASE,
        )

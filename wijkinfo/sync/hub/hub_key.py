"""The hub's data key: the folder-key format of ``wijkinfo.sync.keys``, kept in the hub itself.

The first desk that syncs sets the passphrase: it makes a key file exactly as for a sync folder
and stores its bytes in ``hub_key`` (an insert that only one desk can win). The server holds the
wrapped key only; without the passphrase its operator cannot open an envelope. ``keys`` reads and
writes a folder, so the key file passes through a private temporary folder on this machine.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import psycopg

from wijkinfo.sync import keys
from wijkinfo.sync.hub.connection import HubAddress, HubUnavailable


def _stored(conn: psycopg.Connection) -> bytes | None:
    with conn.transaction():
        row = conn.execute("SELECT key_file FROM hub_key WHERE id = 1").fetchone()
    return str(row[0]).encode() if row else None


def unlock_hub_key(
    conn: psycopg.Connection,
    address: HubAddress,
    passphrase: str,
    *,
    profile: keys.KdfProfile = keys.DEFAULT_PROFILE,
) -> tuple[bytes, bool]:
    """The data key and whether this call set the passphrase (the hub had none yet)."""
    created = False
    stored = _stored(conn)
    if stored is None:
        with tempfile.TemporaryDirectory() as tmp:
            keys.create_folder_key(Path(tmp), passphrase, profile=profile)
            made = (Path(tmp) / keys.KEY_FILE).read_text(encoding="utf-8")
        with conn.transaction():
            cur = conn.execute(
                "INSERT INTO hub_key (id, key_file) VALUES (1, %s) ON CONFLICT (id) DO NOTHING",
                (made,),
            )
            created = cur.rowcount == 1
        stored = _stored(conn)
        assert stored is not None
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / keys.KEY_FILE).write_bytes(stored)
        try:
            return keys.unlock(Path(tmp), passphrase).key, created
        except keys.WrongPassphrase:
            raise HubUnavailable(
                "Het wachtwoord voor de gegevens op {label} klopt niet. Gebruik het wachtwoord "
                "dat de andere balies ook gebruiken (let op hoofdletters); er is niets veranderd.",
                label=address.label,
            ) from None

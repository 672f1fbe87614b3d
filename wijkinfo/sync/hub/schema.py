"""The hub's own tables and their versions, independent of the desks' Alembic schema.

A desk speaks exactly one hub schema (``HUB_SCHEMA``). ``hub init`` brings a hub up to it; a desk
that finds an older hub asks for ``hub init`` with the newer wijkinfo, one that finds a newer hub
asks to update wijkinfo. Steps are only ever appended.

Why the ``changes`` sequence may be trusted by readers: every push takes one transaction-level
advisory lock before it inserts, so sequence values become visible in the order they were handed
out and a reader's "after the last sequence I saw" never skips a late commit. (Reading below
``pg_snapshot_xmin`` with an xid cursor also works, but any long transaction on the server
stalls it and transaction ids do not survive a dump and restore of the hub.)
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import psycopg
from psycopg import sql

from wijkinfo.sync.hub.connection import HubAddress, HubUnavailable, connect, lost

DESK_ROLE = "wijkinfo_desk"  # group role that desk logins are members of (see README)
PUSH_LOCK = 0x77696A6B  # 'wijk': the one advisory lock every push holds while it inserts
_INIT_LOCK = PUSH_LOCK + 1

_STEPS: list[str] = [
    # 1: envelopes keyed by origin, a server sequence, where each desk's pushes got to, and the
    # data key wrapped by the desks' passphrase (set by the first desk, unreadable to the server).
    """
    CREATE TABLE hub_meta (
        key   text PRIMARY KEY,
        value text NOT NULL
    );
    CREATE TABLE changes (
        seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        origin_replica text   NOT NULL,
        origin_seq     bigint NOT NULL,
        envelope       bytea  NOT NULL,
        pushed_by      text   NOT NULL DEFAULT current_user,
        pushed_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT changes_origin_key UNIQUE (origin_replica, origin_seq)
    );
    CREATE TABLE desks (
        replica_id      text PRIMARY KEY,
        epoch           text   NOT NULL,
        pushed_position bigint NOT NULL,
        pushed_change   text   NOT NULL,
        last_push       timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE hub_key (
        id       int  PRIMARY KEY CHECK (id = 1),
        key_file text NOT NULL
    );
    """,
]
HUB_SCHEMA = len(_STEPS)


@dataclass(frozen=True)
class HubInfo:
    hub_id: str
    schema: int
    # Changes when the hub's tables are recreated (a restore from a dump): desks then start
    # their cursors over instead of trusting sequence numbers of an earlier life.
    epoch: str


@dataclass(frozen=True)
class InitResult:
    hub_id: str
    from_schema: int
    to_schema: int
    granted_to_desks: bool


def _schema_of(conn: psycopg.Connection) -> int:
    with conn.transaction():
        exists = conn.execute("SELECT to_regclass('hub_meta') IS NOT NULL").fetchone()
        if not exists or not exists[0]:
            return 0
        row = conn.execute("SELECT value FROM hub_meta WHERE key = 'schema'").fetchone()
    return int(row[0]) if row else 0


def init_hub(address: HubAddress, *, restored: bool = False) -> InitResult:
    """Create or upgrade the hub's tables in one transaction; refuses a hub from a newer wijkinfo.

    ``restored``: the hub was put back from a backup that kept its tables (a file-level backup or
    point-in-time recovery). A new epoch makes every desk read the hub again from the start and
    push again what the hub lacks, instead of trusting sequence numbers from after the backup.
    """
    with connect(address) as conn:
        try:
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_INIT_LOCK,))
            current = _schema_of(conn)
            if current > HUB_SCHEMA:
                raise _too_new(address, current)
            for step in _STEPS[current:]:
                conn.execute(step)
            if current == 0:
                conn.execute(
                    "INSERT INTO hub_meta (key, value) VALUES ('hub_id', %s)", (str(uuid.uuid4()),)
                )
            conn.execute(
                "INSERT INTO hub_meta (key, value) VALUES ('schema', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(HUB_SCHEMA),),
            )
            if restored:
                conn.execute(
                    "INSERT INTO hub_meta (key, value) VALUES ('restored', %s) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (str(uuid.uuid4()),),
                )
            granted = _grant_to_desks(conn)
            hub_id = conn.execute("SELECT value FROM hub_meta WHERE key = 'hub_id'").fetchone()
            conn.commit()
        except psycopg.errors.InsufficientPrivilege:
            raise HubUnavailable(
                "De login {label} mag op deze database geen tabellen maken. Gebruik de login van "
                "de eigenaar van de database (zie README, PostgreSQL-hub); er is niets veranderd.",
                label=address.label,
            ) from None
        except psycopg.OperationalError as exc:
            raise lost(exc, address) from None
    assert hub_id is not None
    return InitResult(str(hub_id[0]), current, HUB_SCHEMA, granted)


def _grant_to_desks(conn: psycopg.Connection) -> bool:
    """Desks may add and read changes and keep their own push position: never delete or edit."""
    role = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (DESK_ROLE,)).fetchone()
    if not role:
        return False
    desk = sql.Identifier(DESK_ROLE)
    conn.execute(sql.SQL("GRANT SELECT ON hub_meta TO {}").format(desk))
    conn.execute(sql.SQL("GRANT SELECT, INSERT ON changes TO {}").format(desk))
    conn.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE ON desks TO {}").format(desk))
    conn.execute(sql.SQL("GRANT SELECT, INSERT ON hub_key TO {}").format(desk))
    return True


def check_hub(conn: psycopg.Connection, address: HubAddress, *, want: int = HUB_SCHEMA) -> HubInfo:
    """The hub's identity, or HubUnavailable when it is not a hub this wijkinfo can use.

    ``want`` is the hub schema this wijkinfo speaks (a test passes another to play a newer desk).
    """
    current = _schema_of(conn)
    if current == 0:
        raise HubUnavailable(
            "{label} is nog geen wijkinfo-server. Laat de beheerder eerst "
            "‘wijkinfo hub init’ uitvoeren; er is niets veranderd.",
            label=address.label,
        )
    if current > want:
        raise _too_new(address, current, want)
    if current < want:
        raise HubUnavailable(
            "De server {label} heeft een oudere inrichting (versie {found}, deze wijkinfo "
            "gebruikt {want}). Laat de beheerder ‘wijkinfo hub init’ uitvoeren met deze "
            "versie van wijkinfo; er is niets veranderd.",
            label=address.label,
            found=current,
            want=want,
        )
    with conn.transaction():
        meta: dict[str, str] = dict(conn.execute("SELECT key, value FROM hub_meta").fetchall())
        table = conn.execute("SELECT 'changes'::regclass::oid").fetchone()
    assert table is not None
    epoch = f"{meta['hub_id']}/{table[0]}/{meta.get('restored', '-')}"
    return HubInfo(hub_id=str(meta["hub_id"]), schema=current, epoch=epoch)


def _too_new(address: HubAddress, found: int, want: int = HUB_SCHEMA) -> HubUnavailable:
    return HubUnavailable(
        "De server {label} is ingericht door een nieuwere wijkinfo (versie {found}, deze "
        "wijkinfo kent {want}). Werk wijkinfo bij; er is niets veranderd.",
        label=address.label,
        found=found,
        want=want,
    )

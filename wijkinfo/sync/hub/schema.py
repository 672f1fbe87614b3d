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
    # 2: snapshots for new desks and for desks away longer than the horizon (the changes before
    # it are compacted away), and every desk row bound to the login that writes it. Row-level
    # security lets a login write only under the replica ids bound to it: it may relay changes
    # of a desk without a login of its own (a folder desk), never forge another login's desk.
    """
    ALTER TABLE desks ADD COLUMN login text;
    UPDATE desks d SET login = (
        SELECT c.pushed_by FROM changes c WHERE c.origin_replica = d.replica_id
        ORDER BY c.seq DESC LIMIT 1);
    ALTER TABLE desks ALTER COLUMN login SET DEFAULT current_user;
    CREATE TABLE snapshots (
        id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        replica_id text   NOT NULL,
        upto_seq   bigint NOT NULL,
        envelope   bytea  NOT NULL,
        made_by    text   NOT NULL DEFAULT current_user,
        made_at    timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX snapshots_upto ON snapshots (upto_seq);
    -- Per origin, how far its sequence was complete on the hub when changes were compacted:
    -- a desk does not push those again (the hub had them; they are in the snapshot).
    CREATE TABLE compacted_origins (
        origin_replica text PRIMARY KEY,
        upto           bigint NOT NULL
    );
    INSERT INTO hub_meta (key, value) VALUES ('compacted_upto', '0');
    CREATE FUNCTION hub_may_write(replica text) RETURNS boolean
        LANGUAGE sql STABLE AS $$
        SELECT NOT EXISTS (SELECT 1 FROM desks d
                           WHERE d.replica_id = replica AND d.login <> current_user) $$;
    ALTER TABLE changes ENABLE ROW LEVEL SECURITY;
    CREATE POLICY changes_read ON changes FOR SELECT USING (true);
    CREATE POLICY changes_add ON changes FOR INSERT
        WITH CHECK (pushed_by = current_user AND hub_may_write(origin_replica));
    ALTER TABLE desks ENABLE ROW LEVEL SECURITY;
    CREATE POLICY desks_read ON desks FOR SELECT USING (true);
    CREATE POLICY desks_add ON desks FOR INSERT WITH CHECK (login = current_user);
    CREATE POLICY desks_own ON desks FOR UPDATE
        USING (login = current_user OR login IS NULL) WITH CHECK (login = current_user);
    ALTER TABLE snapshots ENABLE ROW LEVEL SECURITY;
    CREATE POLICY snapshots_read ON snapshots FOR SELECT USING (true);
    CREATE POLICY snapshots_add ON snapshots FOR INSERT
        WITH CHECK (made_by = current_user AND EXISTS (
            SELECT 1 FROM desks d
            WHERE d.replica_id = snapshots.replica_id AND d.login = current_user));
    CREATE POLICY snapshots_drop ON snapshots FOR DELETE USING (made_by = current_user);
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
    # Changes up to this server sequence were compacted away: a desk that has not read that far
    # needs a snapshot.
    compacted_upto: int = 0


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
    conn.execute(sql.SQL("GRANT SELECT, INSERT, DELETE ON snapshots TO {}").format(desk))
    conn.execute(sql.SQL("GRANT SELECT ON compacted_origins TO {}").format(desk))
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
    return HubInfo(
        hub_id=str(meta["hub_id"]),
        schema=current,
        epoch=epoch,
        compacted_upto=int(meta.get("compacted_upto", "0")),
    )


def _too_new(address: HubAddress, found: int, want: int = HUB_SCHEMA) -> HubUnavailable:
    return HubUnavailable(
        "De server {label} is ingericht door een nieuwere wijkinfo (versie {found}, deze "
        "wijkinfo kent {want}). Werk wijkinfo bij; er is niets veranderd.",
        label=address.label,
        found=found,
        want=want,
    )

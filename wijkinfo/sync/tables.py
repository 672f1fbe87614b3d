"""Which tables travel between replicas, and which stay on this machine.

Synced: the directory (HSDS tables, taxonomies, search words, the shared
themes (signal_theme) and wijken (area), users and their
public or sealed contact keys) and what the
desks produce (signals with their history, notes, contacts and traces; tallies; referral counts;
"klopt er iets niet" reports). Directory tables are *coordinator-owned*: a change to them is
accepted only when its author is a coordinator (checked again when applied).

Per machine: settings (the sync target, printer, point details), the audit log, saved signal
filters, the sync bookkeeping itself, the full-text index (rebuilt from the synced rows), and
the lockout columns of a user (failed attempts, locked until, locked at uptime): a desk's wrong passwords must not
lock the same person out at every other desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import Column, Float, Table

from wijkinfo.db.models import Base

COORDINATOR_TABLES: tuple[str, ...] = (
    "user",
    "key_holder",
    "org_key",
    "org_key_grant",
    "taxonomy",
    "taxonomy_term",
    "organization",
    "location",
    "service",
    "service_at_location",
    "address",
    "phone",
    "schedule",
    "language",
    "accessibility",
    "required_document",
    "attribute",
    "search_synonym",
    "signal_theme",
    "area",
    "service_public_note",
)
DESK_TABLES: tuple[str, ...] = (
    "signal",
    "signal_organization",
    "signal_service",
    "signal_status_change",
    "signal_note",
    "signal_contact",
    "signal_trace",
    "contact_tally",
    "contact_tally_theme",
    "referral",
    "referral_service",
    "directory_correction",
)
#: Parents before children, so that a snapshot loads and a digest reads in one fixed order.
SYNCED_TABLES: tuple[str, ...] = COORDINATOR_TABLES + DESK_TABLES

LOCAL_TABLES: tuple[str, ...] = (
    "setting",
    "audit_log",
    "saved_signal_filter",
    "replica",
    "outbox_change",
    "sync_cursor",
    "sync_conflict",
    "sync_origin",
)
#: Columns of synced tables that stay on this machine.
LOCAL_COLUMNS: dict[str, frozenset[str]] = {
    "user": frozenset({"failed_attempts", "locked_until", "locked_at_uptime"})
}


@dataclass(frozen=True)
class SyncedTable:
    name: str
    table: Table
    pk: tuple[str, ...]
    columns: tuple[str, ...]  # synced columns, primary key included
    floats: frozenset[str]  # REAL columns: carried as exact text (JSON would round them)
    coordinator_owned: bool
    local_defaults: dict[str, object]  # per-machine columns a new row from elsewhere starts with

    def row_id(self, row: dict[str, object]) -> str:
        return encode_row_id([row[c] for c in self.pk])


def encode_row_id(values: list[object]) -> str:
    """One key column: its value; more: a JSON array (as the triggers' json_array writes)."""
    import json

    if len(values) == 1:
        return str(values[0])
    return json.dumps(values, separators=(",", ":"), ensure_ascii=False)


def decode_row_id(spec: SyncedTable, row_id: str) -> dict[str, object]:
    import json

    if len(spec.pk) == 1:
        return {spec.pk[0]: row_id}
    return dict(zip(spec.pk, json.loads(row_id), strict=True))


@cache
def synced() -> dict[str, SyncedTable]:
    out: dict[str, SyncedTable] = {}
    for name in SYNCED_TABLES:
        table = Base.metadata.tables[name]
        local = LOCAL_COLUMNS.get(name, frozenset())
        cols: list[Column[object]] = [c for c in table.columns if c.name not in local]
        out[name] = SyncedTable(
            name=name,
            table=table,
            pk=tuple(c.name for c in table.primary_key.columns),
            columns=tuple(c.name for c in cols),
            floats=frozenset(c.name for c in cols if isinstance(c.type, Float)),
            coordinator_owned=name in COORDINATOR_TABLES,
            local_defaults={
                c.name: getattr(c.default, "arg", None)
                for c in table.columns
                if c.name in local and c.default is not None and c.default.is_scalar
            },
        )
    return out


def check_complete() -> list[str]:
    """Tables in the models that are neither synced nor declared per machine (should be none)."""
    known = set(SYNCED_TABLES) | set(LOCAL_TABLES)
    return sorted(t for t in Base.metadata.tables if t not in known)

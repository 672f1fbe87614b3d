"""The conflict list: values that lost a merge, beside the value that won, with who and when.

A coordinator may choose the other value: it is written as a new edit here (captured like any
edit, so it syncs to every desk and wins there by its newer clock), and the conflict is closed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text

from wijkinfo.services.datafolder.store import Store
from wijkinfo.services.errors import UserError
from wijkinfo.services.events import DIRECTORY, SIGNALS, Change
from wijkinfo.services.people.auth import Actor, require

#: Columns that say nothing to a person reading the list.
_HIDDEN = {"id", "created_at", "updated_at"}


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    row_id: str
    kind: str
    what: str  # "service · Geldfit · name"
    current: str  # the value now, of the columns that lost
    other: str  # the value that lost
    who: str  # the author of the value that lost (a name when known)
    when: str  # when the losing value was made (local time)


def open_conflicts(store: Store, *, limit: int = 200) -> list[Conflict]:
    from wijkinfo.sync.tables import synced

    specs = synced()
    found = []
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT c.id, c.table_name, c.row_id, c.kind, c.losing_hlc, c.losing_payload_json, "
            "coalesce(c.author, (SELECT o.author FROM outbox_change o WHERE o.hlc = c.losing_hlc "
            "AND o.origin_replica = c.losing_replica LIMIT 1)) "
            "FROM sync_conflict c WHERE c.resolved = 0 ORDER BY c.at DESC LIMIT ?",
            (limit,),
        ).all()
        names: dict[str, str] = {
            str(k): str(v) for k, v in conn.exec_driver_sql('SELECT id, name FROM "user"').all()
        }
        for cid, table_name, raw_row_id, kind, hlc, payload, author in rows:
            table, row_id = str(table_name), str(raw_row_id)
            spec = specs.get(table)
            if spec is None:
                continue
            lost = {k: v for k, v in json.loads(str(payload or "{}")).items() if k not in _HIDDEN}
            now = _current(conn, spec, row_id)
            label = (now or {}).get("name") or row_id[:8]
            cols = [c for c in lost if c in spec.columns]
            found.append(
                Conflict(
                    id=str(cid),
                    table=table,
                    row_id=row_id,
                    kind=str(kind),
                    what=f"{table} · {label} · {', '.join(cols)}",
                    current="(verwijderd)" if now is None else _show({c: now.get(c) for c in cols}),
                    other=_show({c: lost[c] for c in cols}),
                    who=names.get(str(author), str(author or "?")),
                    when=_when(None if hlc is None else str(hlc)),
                )
            )
    return found


def choose_other_value(store: Store, *, actor: Actor, conflict_id: str) -> None:
    """Write the losing value over the current one, as this coordinator's edit."""
    require(actor, "settings.edit")
    from wijkinfo.sync.tables import decode_row_id, synced

    with store.unit_of_work(author=actor.user_id) as session:
        row = session.execute(
            text(
                "SELECT table_name, row_id, losing_payload_json FROM sync_conflict "
                "WHERE id = :id AND resolved = 0"
            ),
            {"id": conflict_id},
        ).first()
        if row is None:
            raise UserError("Dit conflict is al opgelost. Vernieuw de lijst.")
        spec = synced()[row[0]]
        keys = decode_row_id(spec, row[1])
        values = {
            k: (float(v) if k in spec.floats and isinstance(v, str) else v)
            for k, v in json.loads(row[2] or "{}").items()
            if k in spec.columns and k not in spec.pk
        }
        if not values:
            raise UserError("Bij dit conflict is er geen andere waarde om te kiezen.")
        sets = ", ".join(f'"{c}" = :v_{i}' for i, c in enumerate(values))
        where = " AND ".join(f'"{c}" = :k_{i}' for i, c in enumerate(spec.pk))
        params: dict[str, Any] = {f"v_{i}": v for i, v in enumerate(values.values())}
        params |= {f"k_{i}": keys[c] for i, c in enumerate(spec.pk)}
        changed = session.execute(text(f'UPDATE "{spec.name}" SET {sets} WHERE {where}'), params)
        if changed.rowcount == 0:  # type: ignore[attr-defined]
            raise UserError(
                "De rij van dit conflict bestaat niet meer; de andere waarde kan niet terug."
            )
        session.execute(
            text("UPDATE sync_conflict SET resolved = 1 WHERE id = :id"), {"id": conflict_id}
        )
    store.events.publish(Change(DIRECTORY if spec.coordinator_owned else SIGNALS))


def _current(conn: Any, spec: Any, row_id: str) -> dict[str, Any] | None:
    from wijkinfo.sync.tables import decode_row_id

    keys = decode_row_id(spec, row_id)
    cols = ", ".join(f'"{c}"' for c in spec.columns)
    where = " AND ".join(f'"{c}" = ?' for c in spec.pk)
    found = conn.exec_driver_sql(
        f'SELECT {cols} FROM "{spec.name}" WHERE {where}', tuple(keys[c] for c in spec.pk)
    ).first()
    return dict(zip(spec.columns, found, strict=True)) if found is not None else None


def _show(values: dict[str, Any]) -> str:
    return "; ".join("" if v is None else str(v) for v in values.values())


def _when(hlc: str | None) -> str:
    try:
        ms = int(str(hlc).split("-", 1)[0])
    except ValueError:
        return ""
    return datetime.fromtimestamp(ms / 1000, UTC).astimezone().strftime("%d-%m-%Y %H:%M")

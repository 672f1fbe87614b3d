"""The INSERT and UPDATE of one directory table, ready for executemany on the driver.

An import writes hundreds of thousands of rows. Through SQLAlchemy Core each row would be
compiled into parameters one by one, which took more time than SQLite's own work; here the
statement is made once per table, rows become tuples at C speed (``itemgetter``), and only
the columns whose type needs it (dates, times, booleans) are converted — with SQLAlchemy's
own converters, so the database holds exactly what the ORM would have written.

New rows go in as multi-row INSERTs, not one statement per row: while the sync capture's
triggers are on a table, SQLite keeps a statement journal for every statement that writes more
than one row (the row and the trigger's note), so a statement per row paid for that journal
once per row, the largest part of what capture cost an import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Dialect

from wijkinfo.services.exchange.hsds_rows import Model, columns, table_of

_STAMP = "last_modified"
# SQLite allows 32,766 parameters per statement; 500 keeps each IN list small and quick.
_CHUNK = 500
# Rows per multi-row INSERT: far below the parameter limit, and enough to spread the
# statement's own cost over many rows.
_INSERT_ROWS = 100


class WritePlan:
    def __init__(self, model: Model, dialect: Dialect) -> None:
        table = table_of(model)
        quote = dialect.identifier_preparer.quote
        self.names = tuple(columns(model))
        self.stamped = _STAMP in table.c
        written = [*self.names, _STAMP] if self.stamped else list(self.names)
        self._insert_head = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in written)}) VALUES "
        )
        self._insert_row = f"({', '.join('?' for _ in written)})"
        self._insert_full = self._insert_head + ", ".join([self._insert_row] * _INSERT_ROWS)
        settable = [c for c in written if c != "id"]
        self.update = (
            f"UPDATE {quote(table.name)} SET {', '.join(quote(c) + ' = ?' for c in settable)} "
            f"WHERE {quote('id')} = ?"
        )
        self._insert_get = itemgetter(*self.names)
        self._update_get = itemgetter(*[c for c in self.names if c != "id"], "id")
        self._stamp_proc = _processor(table.c[_STAMP].type, dialect) if self.stamped else None

        def procs(order: list[str]) -> list[tuple[int, Callable[[Any], Any]]]:
            out = []
            for i, name in enumerate(order):
                proc = _processor(table.c[name].type, dialect)
                if proc is not None:
                    out.append((i, proc))
            return out

        self._select = (
            f"SELECT {', '.join(quote(c) for c in self.names)} FROM {quote(table.name)} "
            f"WHERE {quote('id')} IN "
        )
        self._select_ids = f"SELECT {quote('id')} FROM {quote(table.name)} WHERE {quote('id')} IN "
        self._results = [
            (i, proc)
            for i, name in enumerate(self.names)
            if (proc := _result(table.c[name].type, dialect)) is not None
        ]
        self._insert_procs = procs(list(self.names))
        self._update_procs = procs([c for c in self.names if c != "id"] + ["id"])

    def insert_rows(self, conn: Connection, params: list[Any]) -> None:
        """Insert driver tuples (from ``params(key=False)``) in order, many rows a statement."""
        for start in range(0, len(params), _INSERT_ROWS):
            chunk = params[start : start + _INSERT_ROWS]
            sql = self._insert_full
            if len(chunk) < _INSERT_ROWS:
                sql = self._insert_head + ", ".join([self._insert_row] * len(chunk))
            conn.exec_driver_sql(sql, tuple(chain.from_iterable(chunk)))

    def existing(self, conn: Connection, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """The rows with these ids as the database has them, id → row (as ``service_rows``)."""
        found: dict[str, dict[str, Any]] = {}
        names = self.names
        for chunk in _chunks(ids):
            sql = self._select + "(" + ",".join("?" * len(chunk)) + ")"
            for raw in conn.exec_driver_sql(sql, tuple(chunk)):
                values: list[Any] = list(raw)
                for i, proc in self._results:
                    values[i] = proc(values[i])
                row = dict(zip(names, values, strict=True))
                found[row["id"]] = row
        return found

    def ids(self, conn: Connection, ids: Iterable[str]) -> set[str]:
        """Which of these ids the table has."""
        found: set[str] = set()
        for chunk in _chunks(ids):
            sql = self._select_ids + "(" + ",".join("?" * len(chunk)) + ")"
            found.update(str(v) for (v,) in conn.exec_driver_sql(sql, tuple(chunk)))
        return found

    def params(
        self,
        rows: list[dict[str, Any]],
        now: datetime,
        *,
        key: bool,
        stamps: Mapping[str, datetime] | None = None,
    ) -> list[Any]:
        """Rows as driver tuples: for the UPDATE (``key``) the id comes last.

        ``stamps`` gives some rows (by id) their own ``last_modified`` instead of ``now``.
        """
        get = self._update_get if key else self._insert_get
        procs = self._update_procs if key else self._insert_procs
        convert = self._stamp_proc or (lambda value: value)
        stamp = convert(now)
        out: list[Any] = []
        for row in rows:
            values = get(row)
            if procs:
                values = list(values)
                for i, proc in procs:
                    if values[i] is not None:
                        values[i] = proc(values[i])
            if self.stamped:
                if stamps:
                    own = stamps.get(row["id"])
                    stamp = convert(own if own is not None else now)
                values = [*values[:-1], stamp, values[-1]] if key else [*values, stamp]
            out.append(tuple(values))
        return out


def _chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    chunk: list[str] = []
    for row_id in ids:
        chunk.append(row_id)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _result(kind: Any, dialect: Dialect) -> Callable[[Any], Any] | None:
    impl = kind.dialect_impl(dialect)
    proc: Callable[[Any], Any] | None = impl.result_processor(dialect, None)
    return proc


def _processor(kind: Any, dialect: Dialect) -> Callable[[Any], Any] | None:
    proc: Callable[[Any], Any] | None = kind.dialect_impl(dialect).bind_processor(dialect)
    return proc

"""What an import source gives and what checking it finds, as typed values.

Every source (HSDS JSON, a tabular data package, a flat spreadsheet) becomes one stream of
``Record``s, ``Rejection``s and ``Notice``s (a rejection or warning found while reading, such
as a phone row whose service is not in the package). A record knows the file and row it came
from and, for a record put together from several files, where each nested part came from —
so a problem is reported in the file, row and field where the bad value is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from wijkinfo.services.messages import Message

#: how a source counts: "record" (JSON) or "rij" (a spreadsheet or CSV row; header is row 1)
Unit = Literal["record", "rij"]
Kind = Literal["service", "taxonomy", "taxonomy_term"]


@dataclass(frozen=True)
class _Line:
    """A finding in one place: the file, the record or row there, and the field."""

    file: str
    record: int
    field: str
    reason: str
    unit: Unit = "record"

    @property
    def message(self) -> Message:
        """The whole line, translatable: file, record or row, field, reason."""
        params = dict(file=self.file, record=self.record, field=self.field, reason=self.reason)
        if self.unit == "rij":
            return Message("{file}, rij {record}, veld {field}: {reason}", **params)
        return Message("{file}, record {record}, veld {field}: {reason}", **params)

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class Rejection(_Line):
    """A refused value; the record it belongs to is not imported."""


@dataclass(frozen=True)
class Notice(_Line):
    """A warning: shown in the preview, the record is imported all the same."""


@dataclass(frozen=True)
class Record:
    """One item to import: a service (nested), a taxonomy or a taxonomy term.

    ``data`` is the parsed value as the file has it (the checks say when it is no object).
    ``origins`` maps a nested path (``phones[2]``, ``service_at_locations[1].location``) to
    the file and row it was read from, for records put together from several files.
    ``unstated`` names the child lists (``phones``, ``schedules`` …) the source does not
    state at all — a missing file, key column or JSON key — as opposed to an empty list.
    """

    kind: Kind
    file: str
    number: int
    data: Any
    unit: Unit = "record"
    origins: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    unstated: frozenset[str] = frozenset()

    @property
    def key(self) -> tuple[str, int]:
        return self.file, self.number

    def _place(self, path: str) -> tuple[str, int, str]:
        best = ""
        for prefix in self.origins:
            if len(prefix) > len(best) and (path == prefix or path.startswith(prefix + ".")):
                best = prefix
        if not best:
            return self.file, self.number, path
        file, row = self.origins[best]
        return file, row, path[len(best) + 1 :] or path.rsplit(".", 1)[-1]

    def rejection(self, path: str, reason: str) -> Rejection:
        """``reason`` about the value at ``path``, placed in the file and row it came from."""
        file, row, fld = self._place(path)
        return Rejection(file, row, fld, reason, self.unit)

    def notice(self, path: str, reason: str) -> Notice:
        file, row, fld = self._place(path)
        return Notice(file, row, fld, reason, self.unit)


Item = Record | Rejection | Notice


@dataclass(frozen=True)
class Duplicate:
    """A new service that looks like one already in the sociale kaart."""

    record: int
    name: str
    existing_id: str
    existing_name: str
    why: str
    file: str = ""


@dataclass(frozen=True)
class Source:
    """A readable import: its items, and how far reading them is (for the progress bar).

    ``position(done)`` gets the number of items handed out so far and says ``(done, total)``
    in whatever unit suits the source (bytes for a JSON file, rows for a sheet).
    """

    file: str
    items: Iterable[Item]
    unit: Unit = "record"
    position: Callable[[int], tuple[int, int]] = lambda done: (done, 0)

"""Reading HSDS JSON: a long list of services piece by piece (ijson), anything else whole.

A list is streamed, so a 100,000-service export never sits in memory at once; one service,
a page with ``contents`` or wijkinfo's own bundle is read whole. Whatever the file holds, the
result is records or one clear line naming the file and record — never Python's own error:
not JSON, cut off, text after the list, nesting deeper than any service, numbers beyond
range, ``Infinity``/``NaN``, invalid escapes, a file too big to be a directory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from itertools import accumulate
from pathlib import Path
from typing import IO, Any

import ijson

from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.records import Item, Record, Source

# Nesting beyond this is no HSDS service (a full one is about 8 deep): a hostile file, whose
# parse would otherwise need memory growing with the square of the depth.
MAX_DEPTH = 64
# A file that is not a list is read whole: one service or a small bundle, never gigabytes.
MAX_WHOLE = 200 * 2**20
_CHUNK = 1 << 16
_KEEP = bytes(range(256)).translate(None, b'"\\[]{}')
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_STRING = re.compile(rb'"[^"]*"')
_DELTA = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


class TooDeep(Exception):
    """The JSON nests deeper than MAX_DEPTH."""


class _DepthGuard:
    """A binary file that refuses, while ijson reads it, to hand out JSON nested too deep.

    Only brackets, quotes and backslashes matter for the depth; they are filtered out at C
    speed, escapes and strings dropped with two regular expressions, and the rest summed.
    """

    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.depth = 0
        self.carry = b""

    def read(self, size: int = -1) -> bytes:
        chunk = self.handle.read(size)
        marks = self.carry + chunk.translate(None, _KEEP)
        marks = _ESCAPE.sub(b"", marks)
        self.carry = b""
        if marks.endswith(b"\\"):  # the escaped character comes in the next chunk
            marks, self.carry = marks[:-1], b"\\"
        marks = _STRING.sub(b"", marks)
        if marks.count(b'"') % 2:  # a string goes on in the next chunk
            cut = marks.index(b'"')
            # What the string holds does not count, only that it is still open.
            marks, self.carry = marks[:cut], b'"' + self.carry
        if marks:
            steps = accumulate(map(_DELTA.__getitem__, marks), initial=self.depth)
            deepest = max(steps)
            self.depth += sum(map(_DELTA.__getitem__, marks))
            if deepest > MAX_DEPTH:
                raise TooDeep()
        return chunk


def _open_failed(name: str, exc: OSError) -> UserError:
    return UserError("{file} kan niet worden geopend: {reason}", file=name, reason=exc.strerror)


def _not_utf8(name: str) -> UserError:
    return UserError("{file} is geen UTF-8-tekst; sla het op als UTF-8 JSON.", file=name)


def _too_deep(name: str) -> UserError:
    # Found while reading ahead, so which record it is in is not known exactly.
    return UserError(
        "{file}: de gegevens zijn dieper genest dan {depth} niveaus; zo ziet geen dienst "
        "eruit. Er is niets ingelezen.",
        file=name,
        depth=MAX_DEPTH,
    )


def _first_byte(handle: IO[bytes]) -> bytes:
    """Skip a byte-order mark and white space; the first byte of the JSON, left unread."""
    while True:
        start = handle.tell()
        head = handle.read(4096)
        if start == 0 and head.startswith(b"\xef\xbb\xbf"):
            head = head[3:]
            start = 3
        stripped = head.lstrip(b" \t\r\n")
        if stripped or not head:
            handle.seek(start + len(head) - len(stripped))
            return stripped[:1]


class JsonSource:
    """The records of one HSDS JSON file, with the bytes read so far for the progress bar."""

    def __init__(self, path: Path, *, name: str | None = None) -> None:
        self.path = path
        self.name = name or path.name
        try:
            self.size = max(path.stat().st_size, 1)
        except OSError as exc:
            raise _open_failed(self.name, exc) from exc
        self._handle: IO[bytes] | None = None

    def source(self) -> Source:
        return Source(self.name, self.items(), "record", self.position)

    def position(self, done: int) -> tuple[int, int]:
        handle = self._handle
        if handle is None:  # not started yet (another file of the folder is read first)
            return 0, self.size
        read = self.size if handle.closed else handle.tell()
        return min(read, self.size), self.size

    def items(self) -> Iterator[Item]:
        name = self.name
        try:
            handle = self.path.open("rb")
        except OSError as exc:
            raise _open_failed(name, exc) from exc
        with handle:
            self._handle = handle
            first = _first_byte(handle)
            if not first:
                raise UserError("{file} is leeg. Kies een bestand met diensten.", file=name)
            if first == b"[":
                yield from self._stream(handle)
                return
            data = self._whole(handle)
        yield from _records_of(data, name)

    def _stream(self, handle: IO[bytes]) -> Iterator[Item]:
        number = 0
        try:
            for data in ijson.items(_DepthGuard(handle), "item", use_float=True):
                number += 1
                yield Record("service", self.name, number, data)
        except TooDeep:
            raise _too_deep(self.name) from None
        except UnicodeDecodeError:
            raise _not_utf8(self.name) from None
        except ijson.JSONError as exc:
            raise _broken(self.name, number, str(exc)) from None

    def _whole(self, handle: IO[bytes]) -> Any:
        name = self.name
        raw = handle.read(MAX_WHOLE + 1)
        if len(raw) > MAX_WHOLE:
            raise UserError(
                "{file} is groter dan {mb} MB en geen lijst van diensten. Exporteer de diensten "
                "als lijst ([…]).",
                file=name,
                mb=MAX_WHOLE // 2**20,
            )
        try:
            return json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
        except UnicodeDecodeError as exc:
            raise _not_utf8(name) from exc
        except json.JSONDecodeError as exc:
            raise UserError(
                "{file}, regel {line}, kolom {col}: dit is geen geldige JSON ({msg}). "
                "Is het bestand afgebroken? Er is niets ingelezen.",
                file=name,
                line=exc.lineno,
                col=exc.colno,
                msg=exc.msg,
            ) from exc
        except _Constant as exc:
            raise UserError(
                "{file}: ‘{word}’ is geen getal in JSON. Schrijf een getal of laat het veld weg. "
                "Er is niets ingelezen.",
                file=name,
                word=str(exc),
            ) from exc
        except RecursionError as exc:
            raise _too_deep(name) from exc
        except ValueError as exc:  # an integer beyond Python's digit limit
            raise UserError(
                "{file}: een getal in het bestand is te groot ({reason}). Er is niets ingelezen.",
                file=name,
                reason=str(exc)[:80],
            ) from exc


class _Constant(Exception):
    pass


def _no_constant(word: str) -> Any:
    raise _Constant(word)


def _broken(name: str, number: int, detail: str) -> UserError:
    # yajl's own text names the spot in the file; its first line says what is wrong.
    what = detail.splitlines()[0] if detail else ""
    if "UTF8" in what:
        return _not_utf8(name)
    if "trailing garbage" in what:
        return UserError(
            "{file}: na het einde van de lijst (na record {record}) staat nog tekst. Is het "
            "bestand aan een ander geplakt? Er is niets ingelezen.",
            file=name,
            record=number,
        )
    if "overflow" in what:
        return UserError(
            "{file}, record {record}: een getal is te groot of te lang. Er is niets ingelezen.",
            file=name,
            record=number + 1,
        )
    return UserError(
        "{file}, record {record}: het bestand houdt midden in een record op of is geen geldige "
        "JSON ({detail}). Is het afgebroken? Er is niets ingelezen.",
        file=name,
        record=number + 1,
        detail=what.strip()[:80],
    )


def _records_of(data: Any, name: str) -> Iterator[Record]:
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        for i, service in enumerate(data["contents"], 1):
            yield Record("service", name, i, service)
    elif isinstance(data, dict) and (
        isinstance(data.get("services"), list) or isinstance(data.get("taxonomy_terms"), list)
    ):
        # wijkinfo's own bundle (the demo): taxonomies and terms first, then the services.
        for i, tax in enumerate(data.get("taxonomies") or [], 1):
            yield Record("taxonomy", name, i, tax)
        for i, term in enumerate(data.get("taxonomy_terms") or [], 1):
            yield Record("taxonomy_term", name, i, term)
        for i, service in enumerate(data.get("services") or [], 1):
            yield Record("service", name, i, service)
    elif isinstance(data, dict) and ("id" in data or "name" in data):
        yield Record("service", name, 1, data)
    elif isinstance(data, list):
        for i, service in enumerate(data, 1):
            yield Record("service", name, i, service)
    else:
        raise UserError(
            "{file} bevat geen HSDS-diensten. Verwacht: één dienst, een lijst van diensten of "
            "een pagina met ‘contents’.",
            file=name,
        )

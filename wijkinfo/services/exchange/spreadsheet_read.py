"""Reading a flat spreadsheet: CSV (any common delimiter and encoding) or XLSX.

Gives the header and the rows as text, numbered as the spreadsheet numbers them (the header
is row 1). Anything that cannot be read reliably is refused with the file, row or cell named.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wijkinfo.services.errors import UserError

DELIMITERS = ";,\t"
# A sheet of 100,000 services is some 30 MB; more than this is no list to read whole.
MAX_BYTES = 64 * 2**20


@dataclass(frozen=True)
class Sheet:
    file: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    sheet_names: tuple[str, ...] = ()
    encoding: str = ""
    delimiter: str = ""


def read_sheet(path: Path, sheet: str | None = None) -> Sheet:
    path = Path(path)
    if not path.is_file():
        raise UserError(
            "{file} bestaat niet of is een map. Kies een CSV- of XLSX-bestand.", file=path.name
        )
    if path.stat().st_size == 0:
        raise UserError(
            "{file} is leeg. Kies een bestand met een kopregel en diensten.", file=path.name
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    if path.suffix.lower() == ".xls":
        raise UserError(
            "{file} is een oud Excel-bestand (.xls). Sla het op als .xlsx of CSV.", file=path.name
        )
    return _read_csv(path)


def _decode(path: Path, raw: bytes) -> tuple[str, str]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in raw[:4096]:
        raise UserError(
            "{file} is geen tekstbestand in UTF-8 of Windows-1252 (misschien "
            "UTF-16 of een ander soort bestand). Sla het op als CSV UTF-8.",
            file=path.name,
        )
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        row = raw[: exc.start].count(b"\n") + 1
        raise UserError(
            "{file}, rij {row}: onbekende tekens; dit is geen UTF-8 en geen "
            "Windows-1252. Sla het bestand op als CSV UTF-8.",
            file=path.name,
            row=row,
        ) from exc


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: first.count(d) for d in DELIMITERS}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _too_big(path: Path) -> UserError:
    return UserError(
        "{file} is groter dan {mb} MB (uitgepakt); zo groot is geen lijst met diensten. "
        "Verdeel de lijst over meer bestanden.",
        file=path.name,
        mb=MAX_BYTES // 2**20,
    )


def _read_csv(path: Path) -> Sheet:
    with path.open("rb") as handle:
        raw = handle.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise _too_big(path)
    text, encoding = _decode(path, raw)
    if not text.strip():
        raise UserError(
            "{file} is leeg. Kies een bestand met een kopregel en diensten.", file=path.name
        )
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    # Rows are counted as a spreadsheet shows them: a cell with line breaks is one row.
    number = 0
    try:
        header = next(reader)
        number = 1
        rows = []
        for number, cells in enumerate(reader, 2):
            if any(c.strip() for c in cells):
                rows.append((number, tuple(cells)))
    except csv.Error as exc:
        raise UserError(
            "{file}, rij {row}: de CSV is niet te lezen ({reason}).",
            file=path.name,
            row=number + 1,
            reason=str(exc),
        ) from exc
    return Sheet(path.name, _headers(path.name, header), tuple(rows), (), encoding, delimiter)


def _headers(file: str, header: list[str]) -> tuple[str, ...]:
    names = tuple(str(h or "").strip() for h in header)
    while names and not names[-1]:
        names = names[:-1]
    if not names:
        raise UserError("{file}: de eerste rij is leeg. Zet de kolomnamen in rij 1.", file=file)
    seen: set[str] = set()
    for i, name in enumerate(names, 1):
        if not name:
            raise UserError(
                "{file}, rij 1, kolom {col}: de kolom heeft geen naam.", file=file, col=i
            )
        if name.lower() in seen:
            raise UserError(
                "{file}, rij 1: de kolom ‘{name}’ staat er twee keer in.", file=file, name=name
            )
        seen.add(name.lower())
    return names


def _read_xlsx(path: Path, sheet: str | None) -> Sheet:
    from openpyxl import load_workbook

    # openpyxl keeps every cell in memory (hundreds of bytes each): a sheet at Excel's limits
    # (a million rows) or a zip bomb dressed as .xlsx would run the laptop out of memory.
    try:
        with zipfile.ZipFile(path) as archive:
            inflated = sum(info.file_size for info in archive.infolist())
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        raise UserError("{file} is geen leesbaar Excel-bestand (.xlsx).", file=path.name) from exc
    if inflated > MAX_BYTES:
        raise _too_big(path)
    try:
        book = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or wrong file
        raise UserError("{file} is geen leesbaar Excel-bestand (.xlsx).", file=path.name) from exc
    names = tuple(book.sheetnames)
    used = [n for n in names if book[n].max_row > 1 or book[n].max_column > 1]
    if sheet is None:
        if len(used) > 1:
            raise UserError(
                "{file} heeft meerdere werkbladen met gegevens ({sheets}). Kies er "
                "één (in de CLI met --sheet).",
                file=path.name,
                sheets=", ".join(used),
            )
        sheet = used[0] if used else names[0]
    if sheet not in names:
        raise UserError(
            "{file} heeft geen werkblad ‘{sheet}’. Er zijn: {sheets}.",
            file=path.name,
            sheet=sheet,
            sheets=", ".join(names),
        )
    ws = book[sheet]
    merged = list(ws.merged_cells.ranges)
    if merged:
        raise UserError(
            "{file}, werkblad {sheet}, cellen {cells}: samengevoegde cellen kunnen "
            "niet worden ingelezen. Maak de samenvoeging ongedaan en vul elke cel.",
            file=path.name,
            sheet=sheet,
            cells=str(merged[0]),
        )
    rows_iter: Iterator[tuple[Any, ...]] = ws.iter_rows(values_only=True)
    header = next(rows_iter, None)
    if header is None:
        raise UserError("{file}, werkblad {sheet} is leeg.", file=path.name, sheet=sheet)
    headers = _headers(path.name, list(header))
    rows = []
    for number, cells in enumerate(rows_iter, 2):
        values = tuple(_cell_text(c) for c in cells)
        while values and values[-1] == "" and len(values) > len(headers):
            values = values[:-1]
        if any(v.strip() for v in values):
            rows.append((number, values))
    return Sheet(path.name, headers, tuple(rows), names, "xlsx", "")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "strftime"):
        return str(value.strftime("%Y-%m-%d"))
    return str(value).strip()

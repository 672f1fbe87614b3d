"""One CSV file of a tabular package, read by header name: its header and its rows.

Columns are found by name, whatever their order. Row numbers count rows as a spreadsheet
shows them (the header is row 1; a cell with line breaks is still one row).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.csv_cells import unguard_cell
from wijkinfo.services.exchange.package_files import Package

_INTS = {"minimum_age", "maximum_age", "extension", "interval"}
_FLOATS = {"latitude", "longitude"}
# The csv module's own limit for one cell; the checks allow 20,000 characters of text anyway.
MAX_CELL = csv.field_size_limit()

Row = tuple[int, dict[str, Any]]


def _value(key: str, text: str) -> Any:
    text = unguard_cell(text)
    if text == "":
        return None
    try:
        if key in _INTS:
            return int(text)
        if key in _FLOATS:
            return float(text)
    except ValueError:
        return text  # the checks name it as not a number
    return text


class CsvTable:
    """One CSV file of the package: its header (None when absent) and its rows."""

    def __init__(self, pkg: Package, file: str) -> None:
        self.name = file
        self.file = f"{pkg.name}/{file}"
        self.header: list[str] | None = None
        self.rows: list[Row] = []
        raw = pkg.read(file)
        self.present = raw is not None
        if raw is not None:
            self._parse(raw)

    def has(self, column: str) -> bool:
        return self.header is not None and column in self.header

    def _parse(self, raw: bytes) -> None:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            raise UserError(
                "{file}, rij {row}: dit is geen UTF-8-tekst. Sla het bestand op als CSV UTF-8.",
                file=self.file,
                row=line,
            ) from exc
        reader = csv.reader(io.StringIO(text, newline=""))
        row = 0
        try:
            header = next(reader, None)
            if not header:
                return
            self.header = header = [h.strip() for h in header]
            for row, cells in enumerate(reader, 2):
                if not any(c.strip() for c in cells):
                    continue
                if len(cells) != len(header):
                    raise UserError(
                        "{file}, rij {row}: {got} cellen, maar de kopregel heeft {want} "
                        "kolommen. Controleer scheidingstekens en aanhalingstekens.",
                        file=self.file,
                        row=row,
                        got=len(cells),
                        want=len(header),
                    )
                item = {k: _value(k, v) for k, v in zip(header, cells, strict=True)}
                self.rows.append((row, item))
        except csv.Error as exc:
            raise UserError(
                "{file}, rij {row}: deze CSV is niet te lezen ({reason}). Controleer de "
                "aanhalingstekens; een cel mag hoogstens {limit} tekens hebben.",
                file=self.file,
                row=row + 1,
                reason=str(exc),
                limit=f"{MAX_CELL:,}".replace(",", "."),
            ) from exc

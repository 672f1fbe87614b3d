"""Any input to the JSON and CSV readers: records or one clear UserError, never a traceback.

The readers and checks run without a database here (quick enough for every CI run): what
they let through must also be turned into table rows without an error.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.hsds_json import JsonSource
from wijkinfo.services.exchange.hsds_rows import service_rows
from wijkinfo.services.exchange.hsds_tabular import read_package
from wijkinfo.services.exchange.hsds_validate import (
    validate_service,
    validate_taxonomy,
    validate_term,
)
from wijkinfo.services.exchange.records import Record
from wijkinfo.services.exchange.spreadsheet_import import (
    _check_mapping,
    _rows_to_services,
)
from wijkinfo.services.exchange.spreadsheet_read import read_sheet

from .test_import_bad_input import base

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KEYS = list(base(0)) + ["opens_at", "assured_date", "latitude", "url", "number", "byday"]
scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(["09:30", "25:00", "09:30Z", "2026-02-30", "javascript:x", "030-1234567"])
)
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=25,
)


def services_like() -> st.SearchStrategy[object]:
    """A valid service with a few of its values replaced by anything."""

    def mutate(changes: list[tuple[str, object]]) -> object:
        service = base(0)
        for key, value in changes:
            service[key] = value
        return service

    return st.lists(st.tuples(st.sampled_from(KEYS), values), max_size=3).map(mutate)


def consume(items) -> None:
    for item in items:
        if not isinstance(item, Record):
            continue
        if item.kind == "service":
            problems, _ = validate_service(item.data)
            if not problems:
                service_rows(item.data)
        elif item.kind == "taxonomy":
            validate_taxonomy(item.data)
        else:
            validate_term(item.data)


def read_json(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.json"
        path.write_bytes(raw)
        with contextlib.suppress(UserError):
            consume(JsonSource(path).items())


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_as_json(raw):
    read_json(raw)


@FUZZ
@given(st.lists(services_like() | values, max_size=3), st.integers(0, 400), st.binary(max_size=5))
def test_almost_valid_json_cut_and_spliced(services, cut, junk):
    text = json.dumps(services, allow_nan=True).encode()
    read_json(text[: len(text) - cut % (len(text) + 1)] + junk)
    read_json(json.dumps(services[0] if services else {}, allow_nan=True).encode() + junk)


cells = st.text(max_size=12) | st.sampled_from(["", "active", "Infinity", "1e999", "-5", '"'])


@FUZZ
@given(
    st.lists(st.lists(cells, min_size=3, max_size=4), max_size=4),
    st.text(max_size=80),
)
def test_any_package_csv(rows, phones):
    with tempfile.TemporaryDirectory() as folder:
        pkg = Path(folder) / "pakket"
        pkg.mkdir()
        (pkg / "datapackage.json").write_text('{"resources": []}')
        lines = ["id,name,status"] + [",".join(r) for r in rows]
        (pkg / "services.csv").write_text("\n".join(lines), encoding="utf-8")
        (pkg / "phones.csv").write_text("id,service_id,number\n" + phones, encoding="utf-8")
        with contextlib.suppress(UserError):
            consume(read_package(pkg).items)


@FUZZ
@given(st.binary(max_size=300) | st.text(max_size=200).map(lambda t: t.encode("utf-8")))
def test_any_sheet_csv(raw):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lijst.csv"
        path.write_bytes(b"Naam;Telefoon;Adres;Plaats;Postcode\n" + raw)
        try:
            sheet = read_sheet(path)
            mapping = _check_mapping(sheet, {})
            consume(_rows_to_services(sheet, mapping, {"thema": {}, "wijk": {}}))
        except UserError:
            pass

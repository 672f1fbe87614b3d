"""Migration 0010 keeps its own copy of how a theme's or a wijk's id and code are made (a
migration must not change when the app does). A desk upgraded by the migration and a desk where
a coordinator adds the same wijk in Beheer must still give it the same id, or sync would see
two wijken: so the copy and the app must agree, for every name."""

from __future__ import annotations

import importlib.util

from hypothesis import given, settings
from hypothesis import strategies as st

from wijkinfo.db import migrate
from wijkinfo.services.vocabulary import codes

_path = migrate.MIGRATIONS_DIR / "versions" / "0010_shared_vocabulary.py"
_spec = importlib.util.spec_from_file_location("migration_0010", _path)
assert _spec is not None and _spec.loader is not None
migration = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(migration)

NAMES = st.one_of(
    st.text(max_size=60),
    st.sampled_from(
        ["Overvecht", "Łódź-Oost", "Öztürkplein", "Zuilen ", "  ", "", "北区", "wijk-1"]
    ),
)


def test_the_namespace_is_the_same():
    assert migration.NS == codes.NS


@settings(max_examples=400, deadline=None)
@given(NAMES)
def test_ids_codes_and_keys_agree_for_every_name(name):
    assert migration.slug(name) == codes.slug(name)
    assert migration.key(name) == codes.key(name)
    code = f"wijk-{codes.slug(name)}"
    assert migration.area_id(code) == codes.area_id(code)
    assert migration.theme_id(code) == codes.theme_id(code)

"""The search index's table names and key layout, in a module that imports nothing, so that
the first search after start (services/search/early.py) reads the index before SQLAlchemy is
loaded. ``fts.py`` explains what the tables hold."""

from __future__ import annotations

import re

from wijkinfo.db.text_fold import fold

FTS_TABLE = "service_fts"
NAMES_TABLE = "service_fts_names"
LABELS_TABLE = "service_fts_labels"
KEY_TABLE = "service_fts_key"

#: Rank keys at or above this belong to services that are not active or not to be referred.
HIDDEN_KEY = 1 << 50
NAME_SHIFT = 36


def area_token_wijk(term_id: str) -> str:
    """The area token of a wijk or buurt (a taxonomy term id)."""
    return "wk" + re.sub(r"[^0-9a-z]", "", term_id.lower())


def area_token_city(city: str) -> str:
    """The area token of a city, however it is written ('s-Hertogenbosch = s hertogenbosch)."""
    return "ct" + re.sub(r"[^0-9a-z]", "", fold(city))

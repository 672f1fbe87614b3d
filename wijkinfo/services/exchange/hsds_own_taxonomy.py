"""wijkinfo's own taxonomy of attribute labels, so that every exported attribute has a term.

HSDS requires ``taxonomy_term_id`` on an attribute. Most of wijkinfo's attributes have one
(themes, wijken, buurten), but its Dutch additions are plain labels: ``closed`` on a holiday
closure, ``niet_doorverwijzen`` and ``trefwoorden`` on a service, ``niet_actief`` on an
organisation. An export gives each label a term in the taxonomy ``wijkinfo-kenmerk``, with ids
derived from the label, so every export names the same terms. An import recognises these
terms and stores the labels as wijkinfo keeps them (without a term).
"""

from __future__ import annotations

import uuid
from functools import cache
from typing import Any

_NS = uuid.UUID("6f1c3c1e-6a43-4d0e-9a55-5b0f8e1f2a10")

OWN_TAXONOMY = "wijkinfo-kenmerk"
_DESCRIPTIONS = {
    "closed": "Gesloten: de dienst is in deze periode dicht (bijvoorbeeld op een feestdag); "
    "waarde true.",
    "niet_doorverwijzen": "Niet doorverwijzen: de balie stuurt hier nu niemand heen; de "
    "waarde zegt waarom.",
    "trefwoorden": "Trefwoorden: woorden waarop de balie deze dienst ook vindt.",
    "niet_actief": "Niet meer actief: de organisatie is gestopt; de waarde noemt de diensten "
    "die daarbij op niet actief gingen.",
}


def derived_id(*parts: str) -> str:
    """A stable id for a record wijkinfo makes up from others (the same in every export)."""
    return str(uuid.uuid5(_NS, "/".join(parts)))


OWN_TAXONOMY_ID = derived_id("taxonomy", OWN_TAXONOMY)


def own_term_id(label: str | None) -> str:
    return _own_term_id(label or "")


@cache
def _own_term_id(label: str) -> str:
    return derived_id("taxonomy", OWN_TAXONOMY, "term", label)


def is_own_term(term_id: Any, label: Any) -> bool:
    """Whether ``term_id`` is the term an export gave the plain label ``label``."""
    return isinstance(term_id, str) and term_id == own_term_id(label if label else None)


def own_taxonomy() -> dict[str, Any]:
    return {
        "id": OWN_TAXONOMY_ID,
        "name": OWN_TAXONOMY,
        "description": "Kenmerken die wijkinfo aan diensten, openingstijden en organisaties "
        "geeft (Nederlandse aanvullingen op HSDS).",
    }


def own_term(label: str | None) -> dict[str, Any]:
    """The term of a plain label, as an HSDS taxonomy_term (tabular columns)."""
    name = label or "kenmerk"
    return {
        "id": own_term_id(label),
        "name": name,
        "description": _DESCRIPTIONS.get(name, f"Kenmerk ‘{name}’ uit wijkinfo."),
        "taxonomy": OWN_TAXONOMY,
        "taxonomy_id": OWN_TAXONOMY_ID,
    }


def own_term_json(label: str | None) -> dict[str, Any]:
    """The same term nested as in HSDS JSON, with its taxonomy."""
    return {**own_term(label), "taxonomy_detail": own_taxonomy()}

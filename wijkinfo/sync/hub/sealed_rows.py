"""Opening an envelope that came in a hub row, checked against that row.

The server could swap envelopes between rows: the header inside is authenticated, the row's
columns are not. So every envelope read from the hub is opened the same way: the key must fit,
the header must name the row it came in, and its schema must be one this build reads. Only the
words of the three refusals differ between a change and a snapshot.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from wijkinfo.services.errors import UserError
from wijkinfo.sync import envelope


@dataclass(frozen=True)
class Refusals:
    """What to say when the key does not fit, the envelope is not where it says, or it is newer."""

    wrong_key: UserError
    misplaced: UserError
    newer: UserError


def unseal_in_place(
    key: bytes,
    sealed: bytes,
    *,
    expected: Mapping[str, Any],
    schema_known: Callable[[str], bool],
    refusals: Refusals,
) -> tuple[dict[str, Any], bytes]:
    """The header and payload of ``sealed``, or the matching refusal (nothing is applied then)."""
    try:
        raw_header, payload = envelope.unseal(key, sealed)
    except envelope.WrongKey:
        raise refusals.wrong_key from None
    try:
        header = json.loads(raw_header)
    except ValueError:
        raise refusals.misplaced from None
    if not isinstance(header, dict) or any(header.get(k) != v for k, v in expected.items()):
        raise refusals.misplaced
    if not schema_known(str(header.get("schema"))):
        raise refusals.newer
    return header, payload

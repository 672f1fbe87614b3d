"""Queries that are not words: punctuation or emoji find nothing (not the whole directory),
phone numbers typed with full-width or Arabic-Indic digits are found, and a limit too high
says what the bound is."""

from __future__ import annotations

import pytest

from wijkinfo.services.errors import UserError
from wijkinfo.services.search.lookup import MAX_LIMIT, SearchService


@pytest.mark.parametrize("query", ["!!!", "...", "?", "-", "🙂", "🙂🙂 👍", "«»", "“”", "*"])
def test_a_query_of_only_punctuation_or_emoji_lists_nothing(demo_store, query):
    assert SearchService(demo_store).search(query) == []


def test_an_empty_query_still_lists_by_name(demo_store):
    assert len(SearchService(demo_store).search("", limit=5)) == 5


def _a_phone(demo_data) -> tuple[str, str]:
    for service in demo_data["services"]:
        for phone in service.get("phones", []):
            digits = "".join(c for c in phone["number"] if c.isdigit())
            if len(digits) == 10:
                return service["id"], digits
    raise AssertionError("the demo has phone numbers")


@pytest.mark.parametrize(
    "digits_of",
    [
        lambda d: d,
        lambda d: "".join(chr(0xFF10 + int(c)) for c in d),  # full-width ０３０…
        lambda d: "".join(chr(0x0660 + int(c)) for c in d),  # Arabic-Indic ٠٣٠…
        lambda d: "".join(chr(0x06F0 + int(c)) for c in d),  # Persian ۰۳۰…
        lambda d: chr(0xFF10) + d[1:3] + "－" + "".join(chr(0xFF10 + int(c)) for c in d[3:]),
    ],
    ids=["ascii", "full-width", "arabic-indic", "persian", "full-width-hyphen"],
)
def test_phone_search_takes_any_decimal_digits(demo_store, demo_data, digits_of):
    service_id, digits = _a_phone(demo_data)
    hits = SearchService(demo_store).search(digits_of(digits))
    assert service_id in [h.id for h in hits]


@pytest.mark.parametrize("limit", [0, -1, MAX_LIMIT + 1])
def test_a_limit_out_of_bounds_says_the_bounds(demo_store, limit):
    with pytest.raises(UserError) as exc:
        SearchService(demo_store).search("schuld", limit=limit)
    assert f"tussen 1 en {MAX_LIMIT}" in str(exc.value)

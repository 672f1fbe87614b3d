"""The import's quick phone check says exactly what the full Dutch parse says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wijkinfo.services.directory.phones import parse_dutch
from wijkinfo.services.errors import UserError
from wijkinfo.services.exchange.hsds_checks import phone_ok


def parses(number: str) -> bool:
    try:
        parse_dutch(number)
    except UserError:
        return False
    return True


notations = st.builds(
    lambda digits, sep, cut: "0" + digits[:cut] + sep + digits[cut:],
    st.text("0123456789", min_size=9, max_size=9),
    st.sampled_from(["", "-", " ", ".", "/"]),
    st.integers(1, 8),
)


# No deadline: a loaded CI machine is no reason to fail (speed belongs in bench/).
@settings(max_examples=300, deadline=None)
@given(notations)
def test_quick_check_agrees_with_the_full_parse(number):
    phone_ok.cache_clear()
    assert phone_ok(number) == parses(number)

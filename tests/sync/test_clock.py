"""The hybrid logical clock: its text sorts like the clock, and it never goes backwards."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wijkinfo.sync import clock

ms = st.integers(0, 10**15)
counter = st.integers(0, clock.COUNTER_MAX)
replica = st.sampled_from(["0a", "1b", "ff-desk", "c0ffee"])


@given(ms, counter, replica, ms, counter, replica)
def test_the_text_form_sorts_like_the_clock(m1, c1, r1, m2, c2, r2):
    a, b = clock.Hlc(m1, c1, r1), clock.Hlc(m2, c2, r2)
    assert (a.text() < b.text()) == ((m1, c1, r1) < (m2, c2, r2))
    assert clock.parse(a.text()) == a


@given(ms, counter, st.lists(st.tuples(st.booleans(), ms, counter, ms), max_size=30))
def test_send_and_receive_only_move_forward(m, c, events):
    state = (m, c)
    for remote, remote_ms, remote_counter, now in events:
        new = (
            clock.receive(*state, remote_ms, remote_counter, now)
            if remote
            else clock.tick(*state, now)
        )
        assert new > state
        if remote:
            assert new > (remote_ms, remote_counter)
        assert new[1] <= clock.COUNTER_MAX
        state = new


def test_a_clock_a_year_ahead_is_too_far_and_an_hour_is_not():
    now = 1_800_000_000_000
    assert clock.too_far_ahead(now + 365 * 24 * 3600 * 1000, now)
    assert not clock.too_far_ahead(now + 3600 * 1000, now)
    assert not clock.too_far_ahead(now - 365 * 24 * 3600 * 1000, now)

"""Hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks", 2014).

A timestamp is (wall milliseconds, counter, replica id). Its text form
``000001764578123456-000000-<replica>`` sorts as text in time order, ties broken by replica id,
so that the change log can compare clocks with plain string comparison.

The local clock ticks inside SQLite (the capture triggers, see wijkinfo.sync.capture) with the
same rule as :func:`tick`; applying a remote change calls :func:`receive`. A remote wall time more
than ``max_skew_ms`` ahead of ours is never absorbed: one desk whose clock is a year ahead would
otherwise win every later conflict. The change is quarantined instead (see wijkinfo.sync.engine).
"""

from __future__ import annotations

from dataclasses import dataclass

#: The counter's width in the text form; at its top the wall part moves on by one millisecond.
COUNTER_MAX = 999_999
DEFAULT_MAX_SKEW_MS = 24 * 3600 * 1000


@dataclass(frozen=True, order=True)
class Hlc:
    ms: int
    counter: int
    replica: str

    def text(self) -> str:
        return format_hlc(self.ms, self.counter, self.replica)


def format_hlc(ms: int, counter: int, replica: str) -> str:
    return f"{ms:018d}-{counter:06d}-{replica}"


#: The same format as SQLite's printf, used by the triggers.
SQL_FORMAT = "printf('%018d-%06d-%s', hlc_ms, hlc_counter, id)"


def parse(text: str) -> Hlc:
    ms, counter, replica = text.split("-", 2)
    return Hlc(int(ms), int(counter), replica)


def tick(ms: int, counter: int, now: int) -> tuple[int, int]:
    """The next local timestamp after (ms, counter) at wall time ``now``."""
    if now > ms:
        return now, 0
    if counter >= COUNTER_MAX:
        return ms + 1, 0
    return ms, counter + 1


def receive(
    ms: int, counter: int, remote_ms: int, remote_counter: int, now: int
) -> tuple[int, int]:
    """Merge a remote timestamp into the local state (the four cases of the paper)."""
    top = max(ms, remote_ms, now)
    if top == ms and top == remote_ms:
        new = max(counter, remote_counter) + 1
    elif top == ms:
        new = counter + 1
    elif top == remote_ms:
        new = remote_counter + 1
    else:
        new = 0
    if new > COUNTER_MAX:
        return top + 1, 0
    return top, new


def too_far_ahead(remote_ms: int, now: int, max_skew_ms: int = DEFAULT_MAX_SKEW_MS) -> bool:
    return remote_ms - now > max_skew_ms

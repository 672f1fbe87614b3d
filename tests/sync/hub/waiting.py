"""Waiting for another connection to reach a state, without a timed assertion."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_for(condition: Callable[[], object], *, limit_s: float = 60.0) -> None:
    """Poll until ``condition()`` is true; the limit only stops a broken test from hanging."""
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the other connection never got there")
        time.sleep(0.02)

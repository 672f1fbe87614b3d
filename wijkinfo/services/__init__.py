"""Use cases: plain arguments in, frozen dataclasses out. No Qt here."""

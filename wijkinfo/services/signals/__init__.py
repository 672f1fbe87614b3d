"""Signals: logging one at the desk, review, reports, exports and retention (AVG)."""

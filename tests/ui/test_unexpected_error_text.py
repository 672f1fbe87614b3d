"""An unexpected error in a background task: the volunteer reads one plain line with what to
do, never the database statement and its values (a signal's text, a resident's name), and the
log gets where it happened without those values either."""

from __future__ import annotations

import logging

from sqlalchemy import text

from wijkinfo.ui.user_messages import error_text

SECRET = "Łucja Öztürk 06-12345678"


def _database_error(store) -> BaseException:
    try:
        with store.unit_of_work() as session:
            session.execute(
                text("INSERT INTO audit_log (id, at, user_id, action) VALUES (:i, :a, :u, :x)"),
                {"i": "1", "a": "2026-12-01", "u": "nobody", "x": SECRET},
            )
    except Exception as exc:  # noqa: BLE001 - the error is what is tested
        return exc
    raise AssertionError("the insert was meant to fail")


def test_a_database_error_shows_one_plain_line_without_its_values(store, caplog):
    exc = _database_error(store)
    assert SECRET in str(exc)  # what Qt used to show as is
    with caplog.at_level(logging.ERROR):
        line = error_text(exc)
    assert SECRET not in line and "INSERT" not in line
    assert "Probeer het opnieuw of vraag hulp" in line and "\n" not in line
    assert SECRET not in caplog.text and "test_unexpected_error_text" in caplog.text


def test_in_english_too(store, language):
    language("en")
    line = error_text(_database_error(store))
    assert SECRET not in line and line.startswith("Something went wrong")

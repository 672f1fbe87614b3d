"""Migration 0007 seals the contact details that were stored as plain text before it."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from wijkinfo.db.engine import make_engine
from wijkinfo.db.migrate import alembic_config
from wijkinfo.services.datafolder.store import open_store
from wijkinfo.services.people import users
from wijkinfo.services.signals import review

PHONE, EMAIL = "06-55501234", "oud.adres@example.nl"


def _old_database(paths) -> None:
    paths.root.mkdir(parents=True)
    engine = make_engine(paths.db)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO replica (id, name, created_at, hlc_ms, hlc_counter, next_seq) VALUES ('r', '', '2026-01-01', 0, 0, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO user (id, name, name_key, role, password_hash, failed_attempts, "
                "active, created_at) VALUES ('u1', 'Kees', 'kees', 'coordinator', :h, 0, 1, "
                "'2026-01-01')"
            ),
            {"h": users.hash_password("geheim12")},
        )
        theme = conn.execute(text("SELECT id FROM signal_theme LIMIT 1")).scalar()
        conn.execute(
            text(
                "INSERT INTO signal (id, signal_date, created_at, theme_id, description, urgency, "
                "status, version) VALUES ('s1', '2026-11-20', '2026-11-20', :t, 'geen antwoord', "
                "'normaal', 'nieuw', 1)"
            ),
            {"t": theme},
        )
        conn.execute(
            text(
                "INSERT INTO signal_contact (signal_id, name, phone, email, consent_date) "
                "VALUES ('s1', 'Jan Oud', :p, :e, '2026-11-20')"
            ),
            {"p": PHONE, "e": EMAIL},
        )
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


def test_plain_contacts_are_sealed_and_a_coordinator_opens_them(data_paths):
    _old_database(data_paths)
    store = open_store(data_paths)
    try:
        backups = list(data_paths.backups.glob("*voor-update*"))
        assert backups, "a backup is made before the migration"
        with store.engine.connect() as conn:
            row = conn.execute(text("SELECT sealed FROM signal_contact")).one()
            assert row[0].startswith("wks1.")
            payloads = conn.execute(text("SELECT payload_json FROM outbox_change")).scalars().all()
            conn.commit()
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert not any(PHONE in p for p in payloads)
        for path in (data_paths.db, data_paths.wal):
            if path.exists():
                data = path.read_bytes()
                assert PHONE.encode() not in data and EMAIL.encode() not in data
        kees = users.sign_in(store, name="Kees", password="geheim12")
        got = review.read_contact(store, actor=kees, signal_id="s1")
        assert (got.name, got.phone, got.email) == ("Jan Oud", PHONE, EMAIL)
    finally:
        store.close()

"""Alembic owns the schema: an empty file migrates to head, and head matches the models."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from wijkinfo.db.engine import make_engine
from wijkinfo.db.migrate import alembic_config, current_revision, head_revision, upgrade_to_head
from wijkinfo.db.models import Base


def test_empty_file_migrates_to_head_with_every_table(tmp_path):
    engine = make_engine(tmp_path / "w.sqlite")
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "service_fts" in tables
    engine.dispose()


def test_models_and_migrations_agree(tmp_path):
    engine = make_engine(tmp_path / "w.sqlite")
    upgrade_to_head(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = [d for d in compare_metadata(ctx, Base.metadata) if "service_fts" not in str(d)]
    engine.dispose()
    assert diff == []


def test_downgrade_to_nothing_and_up_again(tmp_path):
    from alembic import command

    engine = make_engine(tmp_path / "w.sqlite")
    upgrade_to_head(engine)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_database_uses_wal_and_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    raw = sqlite3.connect(store.paths.db)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()

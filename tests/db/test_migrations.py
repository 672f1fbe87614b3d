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


def test_the_head_constant_matches_the_migration_files():
    """Start-up trusts HEAD_REVISION to skip importing Alembic; it must be Alembic's head."""
    from wijkinfo.db.migrate import HEAD_REVISION, alembic_head

    assert alembic_head() == HEAD_REVISION


def test_an_up_to_date_start_does_not_import_alembic(data_paths):
    import subprocess
    import sys

    from wijkinfo.services.datafolder.store import open_store

    open_store(data_paths).close()
    probe = (
        "import sys; from wijkinfo.services.datafolder.files import DataPaths; "
        "from wijkinfo.services.datafolder.store import open_store; "
        f"open_store(DataPaths(__import__('pathlib').Path({str(data_paths.root)!r}))).close(); "
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

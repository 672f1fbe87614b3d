"""Storage: SQLAlchemy models, engine and Alembic migrations. No Qt here."""

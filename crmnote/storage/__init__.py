"""SQLAlchemy storage: rows, engine, repositories and migrations."""

"""Offline field copies and sync (docs/sync.md): the change log of every kind, rounds between
two books, conflicts. Over any two databases crmnote opens (SQLite and PostgreSQL)."""

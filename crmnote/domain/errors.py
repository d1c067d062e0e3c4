"""Errors typed by blame: what the user typed, what the environment did, what was not found."""

from __future__ import annotations


class CrmError(Exception):
    """Base of every error crmnote reports to the user as one clear line."""


class ValidationError(CrmError):
    """A value the user gave is not acceptable; `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(CrmError):
    """A record named by id or name does not exist."""


class AmbiguousError(CrmError):
    """A name matches more than one record."""


class DatabaseError(CrmError):
    """The database cannot be used as it is (too new, damaged, locked…)."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer crmnote; opening it could lose data."""


class DatabaseDamagedError(DatabaseError):
    """The database file is not a sound SQLite database; it is left untouched."""


class DatabaseEmptyError(DatabaseDamagedError):
    """The database file is empty (0 bytes) but has backups: they are offered to restore; it
    never silently becomes a new empty book."""


class StorageError(CrmError):
    """The environment refused a write or a read (disk full, read-only, locked); nothing changed."""


class DatabaseUnreachableError(DatabaseError):
    """The database server cannot be reached now (down, refused, no answer, unknown host)."""

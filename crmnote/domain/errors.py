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


class NotAllowedError(DatabaseError):
    """The signed-in person's role may not do this (a viewer writing, staff erasing, a
    migration by anyone but the book's owner); nothing was changed."""


class StaleRecordError(CrmError):
    """A record was saved by someone else after it was read for editing: the edit is refused
    so that their change is not silently overwritten.

    `by` names who saved it last (empty when unknown), `at` when; `current` is the record as it
    now is, so a form can reload it or save its own values over it (version `current.version`).
    """

    def __init__(self, message: str, *, kind: str, by: str, at: object, current: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.by = by
        self.at = at
        self.current = current


class PasswordNeededError(DatabaseError):
    """The database server asks for a password it was not given, or refused the one given:
    the person may type it (the desktop app asks) or keep it in ~/.pgpass or the keyring."""


class ReadStoppedError(CrmError):
    """A read was stopped while it ran because a newer one made it useless (the list's filter
    overtaken by the next keystroke); nobody is shown it."""

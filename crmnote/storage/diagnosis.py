"""What opening a database file would meet, told apart before anything is written to it."""

from __future__ import annotations

import enum


class Diagnosis(enum.Enum):
    """A database file's state, named apart from a claim's verdict (domain.types.Verdict)."""

    OK = "ok"  # a crmnote book this version may open and change
    NEW = "new"  # no file yet: a new book
    EMPTY = "empty"  # a file of 0 bytes: a new book, unless it has backups to offer
    READ_ONLY = "read-only"  # a sound book that cannot be written: opened read-only
    NOT_ENCRYPTED = "not encrypted"
    WRONG_PASSPHRASE = "wrong passphrase"
    DAMAGED = "damaged"
    FOREIGN = "foreign"  # another application's SQLite database: refused, left as it is
    TOO_NEW = "too new"  # a book from a newer crmnote: refused, left as it is

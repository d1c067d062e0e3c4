"""What SQLite's and the operating system's refusals mean to a user, in a sentence."""

from __future__ import annotations

import errno

# What SQLite says when the environment is at fault, and what to tell the user.
ENVIRONMENT = (
    ("database is locked", "the database is busy in another program; try again in a moment"),
    ("database is busy", "the database is busy in another program; try again in a moment"),
    ("disk is full", "the disk is full; free some space and try again"),
    ("readonly database", "the database file is read-only"),
    ("disk i/o error", "the disk reported an error (it may be full)"),
    ("unable to open database", "the database file cannot be opened"),
)
# What SQLite says about a file whose pages are not what they should be.
DAMAGE = ("malformed", "file is not a database", "database corrupt")

_OS = {
    errno.ENOSPC: "the disk is full; free some space and try again",
    errno.EDQUOT: "the disk quota is used up; free some space and try again",
    errno.EFBIG: "the file would grow larger than this system allows",
    errno.EROFS: "it is on read-only media",
    errno.EACCES: "permission denied",
    errno.EPERM: "the operation is not permitted",
    errno.EIO: "the disk reported an error",
}


def environment_message(text: str) -> str | None:
    """The sentence for an environment failure SQLite reported as `text`, else None."""
    low = text.lower()
    return next((message for needle, message in ENVIRONMENT if needle in low), None)


def is_damage(text: str) -> bool:
    low = text.lower()
    return any(needle in low for needle in DAMAGE)


def os_message(exc: OSError) -> str:
    """An OSError in words, naming the file it was about."""
    what = _OS.get(exc.errno or 0) or exc.strerror or str(exc)
    name = exc.filename
    return f"{name}: {what}" if name else what


def explain(exc: BaseException) -> str:
    """Any SQLite or OS failure as one sentence."""
    if isinstance(exc, OSError):
        return os_message(exc)
    text = str(exc)
    message = environment_message(text)
    if message is not None:
        return message
    if is_damage(text):
        return f"the file is damaged ({text})"
    return text

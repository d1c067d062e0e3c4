"""What SQLite's and the operating system's refusals mean to a user, in a sentence (a message
id, crmnote/domain/reasons.py: told in the user's language)."""

from __future__ import annotations

import errno

from crmnote.domain.reasons import Reason, message, say

_BUSY = message("env.busy", "the database is busy in another program; try again in a moment")
_FULL = message("env.disk_full", "the disk is full; free some space and try again")

# What SQLite says when the environment is at fault, and what to tell the user.
ENVIRONMENT = (
    ("database is locked", _BUSY),
    ("database is busy", _BUSY),
    ("disk is full", _FULL),
    ("readonly database", message("env.read_only", "the database file is read-only")),
    ("disk i/o error", message("env.io_full", "the disk reported an error (it may be full)")),
    ("unable to open database", message("env.cannot_open", "the database file cannot be opened")),
)
# What SQLite says about a file whose pages are not what they should be.
DAMAGE = ("malformed", "file is not a database", "database corrupt")

_OS = {
    errno.ENOSPC: _FULL,
    errno.EDQUOT: message("env.quota", "the disk quota is used up; free some space and try again"),
    errno.EFBIG: message("env.too_big", "the file would grow larger than this system allows"),
    errno.EROFS: message("env.read_only_media", "it is on read-only media"),
    errno.EACCES: message("env.permission", "permission denied"),
    errno.EPERM: message("env.not_permitted", "the operation is not permitted"),
    errno.EIO: message("env.io", "the disk reported an error"),
}


def environment_message(text: str) -> str | None:
    """The sentence for an environment failure SQLite reported as `text`, else None."""
    low = text.lower()
    return next((Reason(msg_id) for needle, msg_id in ENVIRONMENT if needle in low), None)


def is_damage(text: str) -> bool:
    low = text.lower()
    return any(needle in low for needle in DAMAGE)


def os_message(exc: OSError) -> str:
    """An OSError in words, naming the file it was about (the system's own words for an error
    crmnote has none for)."""
    msg_id = _OS.get(exc.errno or 0)
    what = Reason(msg_id) if msg_id else exc.strerror or str(exc)
    name = exc.filename
    return say("env.file", "{file}: {what}", file=str(name), what=what) if name else what


def cannot_open(exc: OSError) -> str:
    """The book's file or folder cannot be created, read or renamed."""
    return say("env.cannot_open_db", "the database cannot be opened: {why}", why=os_message(exc))


def explain(exc: BaseException) -> str:
    """Any SQLite or OS failure as one sentence."""
    if isinstance(exc, OSError):
        return os_message(exc)
    text = str(exc)
    found = environment_message(text)
    if found is not None:
        return found
    if is_damage(text):
        return say("env.damaged", "the file is damaged ({detail})", detail=text)
    return text

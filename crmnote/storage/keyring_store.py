"""Secrets in the OS keyring, when the optional `keyring` package and a working backend are
there: an encrypted database's passphrase (otherwise crmnote asks for it at every start), and a
team member's PostgreSQL password (otherwise ~/.pgpass or PGPASSWORD give it).

A passphrase is stored under service "crmnote" with the database's absolute path as the user
name; a server password under "crmnote-postgresql" as `ROLE@HOST:PORT/DATABASE`.
"""

from __future__ import annotations

import getpass
import importlib
import logging
import os
from pathlib import Path
from types import ModuleType

from sqlalchemy import URL

SERVICE = "crmnote"
SERVER_SERVICE = "crmnote-postgresql"

log = logging.getLogger("crmnote")


def _keyring() -> ModuleType | None:
    try:
        return importlib.import_module("keyring")
    except ImportError:
        return None


def recall(db: Path) -> tuple[bool, str | None]:
    """(whether the keyring works here, the passphrase remembered for `db` or None)."""
    keyring = _keyring()
    if keyring is None:
        return False, None
    try:
        found = keyring.get_password(SERVICE, str(db.absolute()))
    # Backends fail in many ways (no backend at all, a locked or absent D-Bus service): any of
    # them means "no keyring here", never a reason not to start.
    except Exception as exc:
        log.info("no usable keyring: %s", exc)
        return False, None
    return True, found if isinstance(found, str) and found else None


def remember(db: Path, passphrase: str) -> bool:
    """Store the passphrase for `db`; False when the keyring refused."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVICE, str(db.absolute()), passphrase)
    except Exception as exc:  # as in `recall`: a refusal only means it is asked next time
        log.warning("the passphrase could not be stored in the keyring: %s", exc)
        return False
    return True


def server_account(url: URL) -> str:
    """The keyring's name for a sign-in: `ROLE@HOST:PORT/DATABASE`, with libpq's defaults
    (the login name, localhost, 5432, a database named as the role)."""
    role = url.username or getpass.getuser()
    return f"{role}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or role}"


def recall_server(url: URL) -> str | None:
    """The password kept for signing in to `url`'s server and database, if any."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        found = keyring.get_password(SERVER_SERVICE, server_account(url))
    except Exception as exc:  # no backend, a locked service: as if nothing were kept
        log.info("no usable keyring: %s", exc)
        return None
    return found if isinstance(found, str) and found else None


def remember_server(url: URL, password: str) -> bool:
    """Keep the password for `url`; False when there is no keyring or it refused."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        keyring.set_password(SERVER_SERVICE, server_account(url), password)
    except Exception as exc:
        log.info("the password could not be stored in the keyring: %s", exc)  # said by the caller
        return False
    return True


def forget_server(url: URL) -> bool:
    """Drop the password kept for `url`; True when one was kept."""
    keyring = _keyring()
    if keyring is None or recall_server(url) is None:
        return False
    try:
        keyring.delete_password(SERVER_SERVICE, server_account(url))
    except Exception as exc:
        log.info("the password could not be removed from the keyring: %s", exc)
        return False
    return True


def with_server_password(url: URL) -> URL:
    """`url` with the password the keyring keeps for it, unless one is given already (in the
    URL, libpq's `password` setting or PGPASSWORD) or none is kept: ~/.pgpass is then libpq's
    to read."""
    if url.password is not None or "password" in url.query or os.environ.get("PGPASSWORD"):
        return url
    found = recall_server(url)
    return url if found is None else url.set(password=found)

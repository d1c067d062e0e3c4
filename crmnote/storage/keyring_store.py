"""An encrypted database's passphrase in the OS keyring, when the optional `keyring` package
and a working backend are there; otherwise crmnote asks for it at every start.

Entries are stored under service "crmnote" with the database's absolute path as the user name.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from types import ModuleType

SERVICE = "crmnote"

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

"""Signing in to a team book with a password kept in the OS keyring: `crmnote team sign-in`
and the desktop app's password question. The password is tried on the server first, then
kept in the keyring (never in a file crmnote writes, a URL on screen or a command line); the
next connection to that server and database as that role takes it from there.
"""

from __future__ import annotations

from crmnote.domain.errors import DatabaseError
from crmnote.domain.reasons import Reason, message, say
from crmnote.storage import keyring_store
from crmnote.storage.engine import database_url
from crmnote.storage.server_probe import try_connecting
from crmnote.storage.sessions import URL

_NO_KEYRING = message(
    "db.no_keyring",
    "there is no system keyring on this computer to keep the password in (the keyring "
    "package with a Secret Service, KWallet, macOS Keychain or Windows Credential Locker): "
    "put it in ~/.pgpass instead (docs/team.md)",
)


def server_url(db: str) -> URL:
    """The team book's URL; refuses a SQLite file, which needs no sign-in."""
    url = database_url(db)
    if url.get_backend_name() != "postgresql":
        raise DatabaseError(
            say(
                "db.sign_in_file",
                "signing in is for a team book on a PostgreSQL server; a SQLite file is opened "
                "by whoever may read it",
            )
        )
    return url


def account(db: str) -> str:
    """Who signs in where: `ROLE@HOST:PORT/DATABASE`."""
    return keyring_store.server_account(server_url(db))


def try_password(db: str, password: str) -> None:
    """Connect once with `password`; a refusal (a wrong password, no such role, a server
    that does not answer) raises its one-sentence DatabaseError."""
    try_connecting(server_url(db).set(password=password))


def remember(db: str, password: str) -> None:
    """Keep the password in the keyring for this role, server and database."""
    if not keyring_store.remember_server(server_url(db), password):
        raise DatabaseError(Reason(_NO_KEYRING))


def sign_in(db: str, password: str) -> str:
    """Try the password, then keep it; returns the account it is kept for."""
    try_password(db, password)
    remember(db, password)
    return account(db)


def sign_out(db: str) -> bool:
    """Forget the kept password; True when one was kept."""
    return keyring_store.forget_server(server_url(db))


def password_with(db: str, password: str) -> str:
    """`db` with the password in it, for opening the book in this process only (the desktop
    app after asking for it): never shown, never passed on to another program."""
    return server_url(db).set(password=password).render_as_string(hide_password=False)

"""Passphrases of encrypted databases on the command line; `crmnote encrypt` and `decrypt`.

A passphrase never comes from a command-line argument, which every user of the machine can
read (`ps`): it comes from `--passphrase-file`, else `$CRMNOTE_PASSPHRASE`, else a prompt when
standard input is a terminal. It is asked only when the database is encrypted.
"""

from __future__ import annotations

import argparse
import getpass
import os
import stat
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from crmnote import paths
from crmnote.bootstrap import database_file, database_is_encrypted, open_database
from crmnote.cli import language
from crmnote.cli.failures import warn
from crmnote.domain.errors import CrmError, DatabaseError
from crmnote.domain.reasons import Typed, say
from crmnote.importers.parse_errors import not_utf8
from crmnote.storage.sqlite_errors import os_reason

ENV_PASSPHRASE = "CRMNOTE_PASSPHRASE"
COMMANDS = ("encrypt", "decrypt")


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="PATH",
        help=f"an encrypted database's passphrase: the first line of PATH (else ${ENV_PASSPHRASE},"
        " else asked when run in a terminal)",
    )


def add_encryption_commands(sub: Any) -> None:
    sub.add_parser(
        "encrypt",
        help="encrypt the database with a passphrase (SQLCipher); the plain original is kept "
        "aside for you to delete",
    )
    sub.add_parser(
        "decrypt", help="turn an encrypted database back into a plain one; the original is kept"
    )


class PassphraseNeededError(DatabaseError):
    """The database is encrypted and no passphrase source was given."""


def read_passphrase(
    args: argparse.Namespace, file: Path, prompt: str, *, confirm: bool = False
) -> str:
    """The passphrase of `file` from --passphrase-file, $CRMNOTE_PASSPHRASE or the terminal,
    in that order."""
    if args.passphrase_file:
        passphrase = _from_file(Path(args.passphrase_file).expanduser())
    elif os.environ.get(ENV_PASSPHRASE):
        passphrase = os.environ[ENV_PASSPHRASE]
    elif sys.stdin.isatty():
        passphrase = getpass.getpass(prompt)
        again = language.sentence(say("cli.passphrase.again", "The same passphrase again: "))
        if confirm and getpass.getpass(again) != passphrase:
            raise CrmError(
                say("cli.passphrases_differ", "the two passphrases differ; nothing was changed")
            )
    else:
        raise PassphraseNeededError(
            say(
                "cli.passphrase_needed",
                "{path} is encrypted: give its passphrase in ${variable} or with "
                "{option} PATH (or run crmnote in a terminal to be asked)",
                path=str(file),
                variable=ENV_PASSPHRASE,
                option=Typed("--passphrase-file"),
            )
        )
    if not passphrase:
        raise DatabaseError(say("cli.passphrase_empty", "the passphrase is empty"))
    return passphrase


def _from_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
        mode = path.stat().st_mode
    except (OSError, UnicodeDecodeError) as exc:
        raise CrmError(
            say(
                "cli.passphrase_file",
                "cannot read the passphrase file {path}: {why}",
                path=str(path),
                why=os_reason(exc) if isinstance(exc, OSError) else not_utf8(exc),
            )
        ) from None
    if os.name == "posix" and stat.S_IMODE(mode) & 0o077:
        said = say(
            "cli.passphrase.readable",
            "other users can read {path}; {command} it",
            path=str(path),
            command=Typed("chmod 600"),
        )
        warn(language.sentence(said))
    lines = text.splitlines()
    return lines[0] if lines else ""  # the newline an editor or `echo` adds is not part of it


def passphrase_for(args: argparse.Namespace) -> str | None:
    """The passphrase when the command needs one, else None: the database is encrypted, or a
    restore brings an encrypted backup where there is no plain database."""
    file = database_file(args.db)
    if file is None:
        return None
    needed = database_is_encrypted(args.db)
    if not needed and args.command == "restore":
        from crmnote.storage.backup import looks_like_sqlite
        from crmnote.storage.encryption import looks_encrypted

        plain_there = file.is_file() and file.stat().st_size > 0 and looks_like_sqlite(file)
        needed = not plain_there and looks_encrypted(Path(args.source).expanduser())
    if not needed:
        return None
    return read_passphrase(args, file, _passphrase_for(file))


def _passphrase_for(file: Path) -> str:
    return language.sentence(say("cli.passphrase.for", "Passphrase for {name}: ", name=file.name))


def run_encryption_command(args: argparse.Namespace) -> int:
    from crmnote.services.maintenance import MaintenanceService
    from crmnote.storage.backup import looks_like_sqlite
    from crmnote.storage.conversion import decrypt_in_place, encrypt_in_place
    from crmnote.storage.encryption import dbapi

    file = database_file(args.db)
    if file is None:
        raise DatabaseError(
            say(
                "cli.sqlite_only",
                "{command} works on SQLite database files",
                command=Typed(args.command),
            )
        )
    dbapi()  # a clear message when the optional sqlcipher3 package is missing
    encrypted = database_is_encrypted(args.db)
    if args.command == "encrypt":
        if encrypted:
            raise CrmError(
                say("cli.already_encrypted", "{path} is already encrypted", path=str(file))
            )
        if not file.exists() or file.stat().st_size == 0:
            prompt = say("cli.passphrase.new_book", "Passphrase for the new database: ")
            passphrase = read_passphrase(args, file, language.sentence(prompt), confirm=True)
            open_database(args.db, passphrase).close()
            created = say(
                "cli.encrypt.created", "created the encrypted database {path}", path=str(file)
            )
            print(language.sentence(created))
            return 0
        open_database(args.db).close()  # checked, and migrated: the copy is at today's schema
        prompt = say("cli.passphrase.new", "New passphrase for {name}: ", name=file.name)
        passphrase = read_passphrase(args, file, language.sentence(prompt), confirm=True)
        aside = encrypt_in_place(file, passphrase, datetime.now())
        care = MaintenanceService(file, paths.backup_dir_for(file), passphrase=passphrase)
        plain = [p for _, p in care.backups() if looks_like_sqlite(p)]
        made = care.backup(reason="encrypted")  # vouches for the passphrase if page 1 is damaged
        _say(
            say(
                "cli.encrypt.done",
                "{path} is now encrypted; an encrypted backup is at {backup}",
                path=str(file),
                backup=str(made),
            )
        )
        _say(
            say(
                "cli.encrypt.aside", "The unencrypted original was kept as {path}.", path=str(aside)
            )
        )
        if plain:
            _say(
                say(
                    "cli.encrypt.plain_backups",
                    "%n earlier backup(s) in {folder} are not encrypted either.",
                    n=len(plain),
                    folder=str(care.backup_dir),
                )
            )
        _say(
            say(
                "cli.encrypt.delete",
                "Anyone who can read those files can read your records: "
                "delete them yourself once crmnote opens the database with your passphrase.",
            )
        )
        return 0
    if not encrypted:
        raise CrmError(say("cli.not_encrypted", "{path} is not encrypted", path=str(file)))
    passphrase = read_passphrase(args, file, _passphrase_for(file))
    open_database(args.db, passphrase).close()
    aside = decrypt_in_place(file, passphrase, datetime.now())
    made = MaintenanceService(file, paths.backup_dir_for(file)).backup(reason="decrypted")
    _say(
        say(
            "cli.decrypt.done",
            "{path} is no longer encrypted; a plain backup is at {backup}",
            path=str(file),
            backup=str(made),
        )
    )
    _say(
        say(
            "cli.decrypt.aside",
            "The encrypted original was kept as {path}; earlier backups "
            "stay encrypted with the passphrase. Delete them yourself when you no longer need "
            "them.",
            path=str(aside),
        )
    )
    return 0


def _say(reason: str) -> None:
    print(language.sentence(reason))

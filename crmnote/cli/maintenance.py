"""`crmnote backup`, `restore` and `check`: commands that work on a broken database file, and
on a book on a PostgreSQL server (pg_dump, pg_restore into an empty database, logical checks)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crmnote import paths
from crmnote.cli import language
from crmnote.cli.check import add_check_command, run_check
from crmnote.domain.errors import DatabaseError
from crmnote.domain.reasons import Typed, say

if TYPE_CHECKING:  # the services load only when the command runs
    from sqlalchemy import URL

    from crmnote.services.maintenance import MaintenanceService

COMMANDS = ("backup", "restore", "check")


def add_maintenance_commands(sub: Any) -> None:
    backup = sub.add_parser(
        "backup", help="back up the database (online backup API, verified; pg_dump on a server)"
    )
    backup.add_argument("dest", nargs="?", help="file or folder (default: the backups folder)")
    restore = sub.add_parser(
        "restore",
        help="replace the database with a backup (a server book: into an empty database)",
    )
    restore.add_argument("source", help="a backup file")
    add_check_command(sub)


def maintenance_for(db: str | None, passphrase: str | None = None) -> MaintenanceService:
    """File-level care of the database; an encrypted one's with its passphrase."""
    from crmnote.services.maintenance import MaintenanceService
    from crmnote.storage.engine import database_url, sqlite_path

    path = sqlite_path(database_url(db or paths.default_db()))
    if path is None:
        raise DatabaseError(
            say(
                "cli.maintenance_sqlite_only",
                "backup, restore and check work on SQLite database files",
            )
        )
    return MaintenanceService(path, paths.backup_dir_for(path), passphrase=passphrase)


def run_maintenance_command(args: argparse.Namespace, passphrase: str | None = None) -> int:
    from crmnote.storage.engine import database_url

    url = database_url(args.db or paths.default_db())
    if url.get_backend_name() == "postgresql":
        return _on_server(args, url)
    care = maintenance_for(args.db, passphrase)
    if args.command == "backup":
        made = care.backup(Path(args.dest).expanduser() if args.dest else None)
        print(made)
        return 0
    if args.command == "restore":
        kept = care.restore(Path(args.source).expanduser())
        from crmnote.bootstrap import open_database  # migrates an older backup, after backing it up

        open_database(args.db, passphrase).close()
        if kept is not None:
            said = say(
                "cli.restore.kept", "the previous database was kept as {path}", path=str(kept)
            )
            print(language.sentence(said))
        restored = say(
            "cli.restore.done",
            "restored {source} into {target}",
            source=str(args.source),
            target=str(care.db),
        )
        print(language.sentence(restored))
        return 0
    return run_check(args, care, passphrase)


def _on_server(args: argparse.Namespace, url: URL) -> int:
    """The same commands for a book on a PostgreSQL server."""
    from crmnote.services.server_care import ServerCareService

    care = ServerCareService(url)
    if args.command == "backup":
        print(care.backup(Path(args.dest).expanduser() if args.dest else None))
        return 0
    if args.command == "restore":
        source = Path(args.source).expanduser()
        care.restore(source)
        from crmnote.bootstrap import open_database  # migrates a dump of an older crmnote

        open_database(args.db).close()
        restored = say(
            "cli.restore.done",
            "restored {source} into {target}",
            source=str(source),
            target=care.shown(),
        )
        print(language.sentence(restored))
        grants = say(
            "cli.restore.grants",
            "the restored tables belong to you; grants were not "
            "restored: give the team its rights again ({command})",
            command=Typed("crmnote team init"),
        )
        print(language.sentence(grants))
        return 0
    return run_check(args, None)

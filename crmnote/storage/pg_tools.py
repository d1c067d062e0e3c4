"""Backups of a server book with PostgreSQL's own tools: `pg_dump` in its custom format, and
`pg_restore` into an empty database, all or nothing.

The tools get the connection as a libpq URI without the password (a command line is visible
to every user of the computer); a password from the URL goes in their environment, else libpq
reads ~/.pgpass as it does for crmnote.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy import URL

from crmnote.domain.errors import DatabaseError, StorageError
from crmnote.domain.reasons import say
from crmnote.storage.backup import written_aside
from crmnote.storage.file_sentences import not_written
from crmnote.storage.private_files import private_dirs, stale_partials

PACKAGED = Path("/usr/lib/postgresql")  # Debian and Ubuntu: VERSION/bin/pg_dump
DUMP_MAGIC = b"PGDMP"  # the first bytes of a custom-format archive
DUMP_SUFFIX = ".dump"


def find_tool(name: str) -> str:
    """The path of `pg_dump` or `pg_restore`: on PATH, else the newest Debian-packaged one."""
    found = shutil.which(name)
    if found:
        return found
    packaged = sorted(
        PACKAGED.glob(f"*/bin/{name}"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if packaged:
        return str(packaged[-1])
    raise DatabaseError(
        say("pg.tool_missing", "{tool} was not found: {hint}", tool=name, hint=_hint())
    )


def libpq_target(url: URL) -> tuple[str, dict[str, str]]:
    """(a libpq URI without the password, the environment that carries the password)."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def is_dump(path: Path) -> bool:
    """True for a pg_dump custom-format archive."""
    try:
        with path.open("rb") as f:
            return f.read(len(DUMP_MAGIC)) == DUMP_MAGIC
    except OSError:
        return False


def _failed(what: str, result: subprocess.CompletedProcess[str]) -> DatabaseError:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    reason = re.sub(r"^(pg_dump|pg_restore): (error: )?", "", lines[0]) if lines else ""
    said: str = (
        say("pg.failed_because", "{what}: {why}", what=what, why=reason)
        if reason
        else say("pg.failed_exit", "{what} (exit code {code})", what=what, code=result.returncode)
    )
    if "server version mismatch" in reason or "aborting because of server version" in reason:
        said = say("pg.failed_hint", "{failed}; {hint}", failed=said, hint=_hint())
    return DatabaseError(said)


def _hint() -> str:
    return say(
        "pg.install_hint",
        "install PostgreSQL's client programs (Debian and Ubuntu: apt install postgresql-client; "
        "Fedora: dnf install postgresql; macOS: brew install libpq; Windows: the PostgreSQL "
        "installer's command line tools) of the server's version or newer, or put them on PATH",
    )


def dump(url: URL, dest: Path) -> Path:
    """A custom-format dump of the database at `url` into `dest` (owner-only, 0600), written
    under a temporary name, checked by `pg_restore --list` and only then given its name."""
    pg_dump, pg_restore = find_tool("pg_dump"), find_tool("pg_restore")
    target, env = libpq_target(url)
    dest = Path(os.path.abspath(dest))
    if dest.parent.exists():
        for leftover in stale_partials(dest.parent):
            leftover.unlink(missing_ok=True)
    with written_aside(dest) as tmp:
        try:
            with tmp.open("wb") as out:
                result = subprocess.run(
                    [
                        pg_dump,
                        "--format=custom",
                        "--no-password",
                        # settings has row security (staff keep two of its rows): without
                        # this, pg_dump refuses any role the policies apply to.
                        "--enable-row-security",
                        f"--dbname={target}",
                    ],
                    stdout=out,
                    stderr=subprocess.PIPE,
                    text=False,
                    env=env,
                    check=False,
                )
        except OSError as exc:
            raise StorageError(not_written(str(exc.strerror or exc))) from None
        if result.returncode != 0:
            stderr = result.stderr.decode("utf-8", "replace")
            raise _failed(
                not_written(say("pg.dump_failed", "pg_dump failed")), _text(result, stderr)
            )
        listed = subprocess.run(
            [pg_restore, "--list", str(tmp)], capture_output=True, text=True, check=False
        )
        if listed.returncode != 0 or "TABLE DATA" not in listed.stdout:
            raise _failed(not_written(say("pg.dump_unsound", "the dump failed its check")), listed)
    return dest


def _text(
    result: subprocess.CompletedProcess[bytes], stderr: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.CompletedProcess(result.args, result.returncode, "", stderr)


def restore(url: URL, source: Path) -> None:
    """Restore a dump into the (empty) database at `url` in one transaction: every object and
    row, or nothing. Objects belong to the role restoring; grants are not restored (the
    team's roles may not exist on this server)."""
    pg_restore = find_tool("pg_restore")
    target, env = libpq_target(url)
    result = subprocess.run(
        [
            pg_restore,
            "--single-transaction",
            "--exit-on-error",
            "--no-owner",
            "--no-privileges",
            "--no-password",
            f"--dbname={target}",
            str(source),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        raise _failed(
            say(
                "pg.restore_failed",
                "nothing was restored: pg_restore failed on {path}",
                path=str(source),
            ),
            result,
        )


def backup_folder(data_dir: Path, url: URL) -> Path:
    """Where a server book's backups go by default: one folder per server and database in
    crmnote's data folder (made owner-only)."""
    port = url.port or 5432
    name = re.sub(r"[^A-Za-z0-9._-]", "_", f"{url.host or 'localhost'}-{port}-{url.database}")
    folder = data_dir / "server-backups" / name
    private_dirs(folder)
    return folder

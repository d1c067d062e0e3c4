"""Care of a server book from the command line: `backup` writes an owner-only pg_dump file,
`restore` goes through pg_restore into an empty database only, `check [--repair]` runs the
logical checks on PostgreSQL (a repair backs up with pg_dump first); and without pg_dump, one
sentence saying how to install it."""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import URL, text

from crmnote.cli import main
from crmnote.storage import pg_tools
from crmnote.storage.book_digest import book_digest
from crmnote.storage.engine import make_engine
from tests.e2e import cli_runner

pytestmark = pytest.mark.postgres


def crmnote(home: Path, db: URL, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home)}
    env.pop("XDG_DATA_HOME", None)
    shown = db.render_as_string(hide_password=False)
    return cli_runner.crmnote(env, "--db", shown, *args)


@pytest.fixture
def book(pg_server: Any, demo_book: str) -> Iterator[URL]:
    """The demo book, this test's own copy."""
    url = pg_server.copy(demo_book)
    yield url
    pg_server.drop(url)


@pytest.fixture(scope="module")
def demo_book(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server book with the demo's 25 customers, made once: each test copies it."""
    url = pg_server.fresh()
    done = crmnote(tmp_path_factory.mktemp("demo"), url, "demo", "--customers", "25", "--seed", "8")
    assert done.returncode == 0, done.stderr
    assert url.database is not None
    yield url.database
    pg_server.drop(url)


@pytest.fixture
def empty(pg_server: Any) -> Iterator[URL]:
    url = pg_server.empty()
    yield url
    pg_server.drop(url)


def digest(url: URL) -> str:
    engine = make_engine(url)
    try:
        with engine.connect() as conn, conn.begin():
            return book_digest(conn).checksum
    finally:
        engine.dispose()


def test_backup_writes_an_owner_only_dump_that_restores_into_an_empty_database(
    book: URL, empty: URL, tmp_path: Path
) -> None:
    made = crmnote(tmp_path, book, "backup")
    assert made.returncode == 0, made.stderr
    dump = Path(made.stdout.strip())
    folder = tmp_path / ".local/share/crmnote/server-backups"
    assert dump.parent.parent == folder and dump.name.endswith("-manual.dump")
    assert stat.S_IMODE(dump.stat().st_mode) == 0o600
    assert stat.S_IMODE(dump.parent.stat().st_mode) == 0o700
    assert pg_tools.is_dump(dump)
    assert [p.name for p in dump.parent.iterdir()] == [dump.name]  # no partial file left
    into_folder = crmnote(tmp_path, book, "backup", str(tmp_path))
    assert Path(into_folder.stdout.strip()).parent == tmp_path
    restored = crmnote(tmp_path, empty, "restore", str(dump))
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"restored {dump} into ")
    assert digest(empty) == digest(book)
    checked = crmnote(tmp_path, empty, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.splitlines()[-1].endswith(": no problems found")


def test_restore_refuses_a_database_that_holds_anything(book: URL, tmp_path: Path) -> None:
    dump = Path(crmnote(tmp_path, book, "backup").stdout.strip())
    before = digest(book)
    refused = crmnote(tmp_path, book, "restore", str(dump))
    assert refused.returncode == 4
    assert refused.stderr.startswith("crmnote: error: the database ")
    assert "already holds" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert digest(book) == before


def test_restore_refuses_what_is_not_a_dump(empty: URL, tmp_path: Path) -> None:
    local = tmp_path / "local.sqlite3"
    env = {**os.environ, "HOME": str(tmp_path)}
    assert cli_runner.crmnote(env, "--db", str(local), "demo", "--customers", "2").returncode == 0
    refused = crmnote(tmp_path, empty, "restore", str(local))
    assert refused.returncode == 4
    assert "is not a pg_dump custom-format file" in refused.stderr
    assert "crmnote copy" in refused.stderr


def test_the_owner_restores_into_their_own_new_database(
    book: URL, pg_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No superuser: the book's owner (a plain role that owns the new database) restores."""
    dump = Path(crmnote(tmp_path, book, "backup").stdout.strip())
    role = "crmnote_move_owner"
    pg_server.execute(f"DROP ROLE IF EXISTS {role}")
    pg_server.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'owner-pass'")
    name = f"{pg_server.prefix}_owned"
    pg_server.execute(f"CREATE DATABASE {name} OWNER {role} TEMPLATE template0 ENCODING 'UTF8'")
    pg_server._made.add(name)
    target = pg_server.url_of(name).set(username=role)
    monkeypatch.setenv("PGPASSWORD", "owner-pass")
    try:
        restored = crmnote(tmp_path, target, "restore", str(dump))
        assert restored.returncode == 0, restored.stderr
        assert digest(target.set(password="owner-pass")) == digest(book)
    finally:
        pg_server.drop(target)
        pg_server.execute(f"DROP ROLE IF EXISTS {role}")


def test_check_and_repair_on_a_server(book: URL, tmp_path: Path) -> None:
    assert crmnote(tmp_path, book, "check").returncode == 0
    engine = make_engine(book)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE interactions SET mood = 9 WHERE id = 2"))
            conn.execute(text("UPDATE customers SET open_promises = 77 WHERE id = 3"))
            conn.execute(text("ALTER TABLE promises DISABLE TRIGGER search_promises_update"))
    finally:
        engine.dispose()
    found = crmnote(tmp_path, book, "check")
    assert found.returncode == 1
    lines = found.stdout.splitlines()
    assert (
        "interactions: 1 interaction with a mood outside -2 … +2 (scoring refuses it); "
        "the repair will clear the mood" in lines
    )
    assert any(line.startswith("customers: 1 customer whose list columns") for line in lines)
    assert any(line.startswith("search index: 1 trigger") for line in lines)
    assert "crmnote check --repair mends the logical ones, after a backup" in lines
    # The demo's records are in the change log: the mood written with plain SQL shows there too.
    assert any(
        line.startswith("change log: interaction 2 differs from its last logged version")
        for line in lines
    )
    repaired = crmnote(tmp_path, book, "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    backup = next(line for line in repaired.stdout.splitlines() if line.startswith("backed up"))
    assert backup.endswith("-before-repair.dump") and pg_tools.is_dump(Path(backup.split()[-1]))
    assert "repaired: interactions: 1 interaction with a mood outside" in repaired.stdout
    assert crmnote(tmp_path, book, "check").returncode == 0


def test_without_pg_dump_backup_says_how_to_install_it(
    book: URL, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pg_tools.shutil, "which", lambda name: None)
    monkeypatch.setattr(pg_tools, "PACKAGED", tmp_path / "nowhere")
    code = main(["--db", book.render_as_string(hide_password=False), "backup"])
    err = capsys.readouterr().err
    assert code == 4
    assert err.startswith("crmnote: error: pg_dump was not found: install PostgreSQL's client")
    assert "apt install postgresql-client" in err and len(err.splitlines()) == 1

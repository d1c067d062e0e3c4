"""The command line on a PostgreSQL server: the main commands, and every way a
connection can fail told in one sentence with its exit code, nothing written."""

from __future__ import annotations

import json
import os
import socket
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, create_engine, inspect
from sqlalchemy.pool import NullPool

from tests.e2e import cli_runner
from tests.pg.databases import PgServer

ON_SERVER = pytest.mark.parametrize(
    "backend", [pytest.param("postgresql", marks=pytest.mark.postgres)]
)


def crmnote(tmp_path: Path, db: str, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRMNOTE_DB": db, "HOME": str(tmp_path)}
    return cli_runner.crmnote(env, *args)


@pytest.fixture
def run(tmp_path: Path, database: str) -> Callable[..., subprocess.CompletedProcess[str]]:
    def go(*args: str | Path, code: int = 0) -> subprocess.CompletedProcess[str]:
        result = crmnote(tmp_path, database, *args)
        assert result.returncode == code, result.stderr
        return result

    return go


@ON_SERVER
def test_the_main_commands_on_a_server(
    run: Callable[..., subprocess.CompletedProcess[str]],
    databases: Callable[[], str],
    tmp_path: Path,
) -> None:
    assert "20 customer" in run("demo", "--customers", "20", "--seed", "3").stdout
    everyone = json.loads(run("customers", "--json").stdout)
    assert len(everyone) == 20
    # The filter is case-insensitive anywhere in the name.
    name = everyone[5]["name"]
    part = name[1:5].upper()
    found = {c["name"] for c in json.loads(run("customers", "--search", part, "--json").stdout)}
    assert name in found and all(part.lower() in n.lower() for n in found if n)
    hits = json.loads(run("search", "call*", "--json").stdout)
    assert hits and all(h["matches"] for h in hits)
    for hit in hits:
        marked = [hit["snippet"][a:b].lower() for a, b in hit["matches"]]
        assert any(m.startswith("call") for m in marked), hit
    assert json.loads(run("search", "'; DROP TABLE customers; --", "--json").stdout) == []

    run("add", "customer", "Zoë Ångström", "--company", "Fjord Bikes AS", "--tags", "vip")
    run("log", "Zoë", "--minutes", "12", "--mood", "-1", "--note", "Helmets arrived late")
    promise = run("add", "promise", "Zoë", "--text", "replace the helmets").stdout.strip()
    run("set", "promise", promise, "--status", "kept", "--evidence", "delivery note 4411")
    assert "delivery note 4411" in run("show", "promise", promise).stdout
    (zoe,) = json.loads(run("customers", "--search", "fjord bikes", "--json").stdout)
    assert zoe["name"] == "Zoë Ångström" and zoe["last_contact_at"] is not None
    hits = json.loads(run("search", "zoe AND helmets", "--json").stdout)
    assert {h["kind"] for h in json.loads(run("search", "helmets", "--json").stdout)} == {
        "interaction",
        "promise",
    }
    assert hits == [] or all(h["customer"] == "Zoë Ångström" for h in hits)
    scores = json.loads(run("scores", "Zoë", "--json").stdout)
    assert {"difficulty", "trust", "recommendation"} <= set(scores)
    history = json.loads(run("history", "promise", promise, "--json").stdout)
    assert [h["action"] for h in history] == ["add", "update"]
    assert "intact" in run("verify-log").stdout
    for report in ("cost", "insights", "followups", "standards"):
        run(report, "--json")
    pdf = tmp_path / "zoe.pdf"
    run("export-pdf", "Zoë", "-o", pdf)
    assert pdf.read_bytes().startswith(b"%PDF")

    # A whole book out as JSON and into another server database: the same export again.
    first = tmp_path / "book.json"
    run("export", first)
    other = databases()
    assert crmnote(tmp_path, other, "import", first).returncode == 0
    second = tmp_path / "again.json"
    assert crmnote(tmp_path, other, "export", second).returncode == 0
    assert second.read_text() == first.read_text()

    # The server's own care: a pg_dump archive for its owner only, the logical checks, and a
    # restore that never goes into a book holding records.
    dump = Path(run("backup").stdout.strip())
    assert dump.is_file() and dump.stat().st_mode & 0o777 == 0o600
    assert "no problems" in run("check").stdout
    refused = run("restore", dump, code=4)
    assert len(refused.stderr.strip().splitlines()) == 1
    for command in ("encrypt", "decrypt"):  # about a file: a server has TLS and its own disks
        refused = run(command, code=4)
        assert refused.stderr.strip().endswith("works on SQLite database files")


@pytest.fixture
def server(request: pytest.FixtureRequest) -> PgServer:
    return request.getfixturevalue("pg_server")


@pytest.fixture
def member(server: PgServer) -> Iterator[str]:
    """A login role with a password (the cluster asks every role but the setup role for one)."""
    name = f"{server.prefix}_anna"
    server.execute(f"CREATE ROLE {name} LOGIN PASSWORD 'right horse'")
    yield name
    server.execute(f"DROP ROLE IF EXISTS {name}")  # after the databases it may use


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tables(url: URL) -> set[str]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    finally:
        engine.dispose()


def _one_sentence(result: subprocess.CompletedProcess[str], code: int, words: str) -> None:
    assert result.returncode == code, result.stderr
    assert result.stdout == "" and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("crmnote: error: ") and words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.postgres
def test_every_way_to_miss_the_server_is_one_sentence(
    server: PgServer, member: str, tmp_path: Path
) -> None:
    url = server.url
    at = f"{url.host}:{url.port}"
    missing = f"{server.prefix}_missing"
    cases = [
        (url.set(port=_free_port(), database="crm"), 5, "cannot reach the PostgreSQL server"),
        (url.set(host="no-such-host.invalid", database="crm"), 5, "cannot find the database"),
        (url.set(username=member, password="wrong horse"), 4, f"password of role {member!r}"),
        (url.set(username=member, database="postgres"), 4, "asks for the password"),
        (url.set(database=missing), 4, f"no database {missing!r} on the PostgreSQL server at {at}"),
    ]  # fmt: skip
    for target, code, words in cases:
        result = crmnote(tmp_path, target.render_as_string(hide_password=False), "customers")
        _one_sentence(result, code, words)
        assert "wrong horse" not in result.stderr  # a password is never repeated
    assert missing not in _databases(server)
    for typo, words in (
        (
            f"postgresql+psycopg://{url.username}@{url.host}:{url.port}x/crm",
            "is not a database URL",
        ),
        ("mysql://crm@localhost/crm", "cannot use 'mysql' databases"),
        ("postgresql+asyncpg://crm@localhost/crm", "through psycopg 3"),
    ):
        _one_sentence(crmnote(tmp_path, typo, "customers"), 4, words)


@pytest.mark.postgres
def test_a_database_of_another_application_is_left_alone(server: PgServer, tmp_path: Path) -> None:
    other = server.empty()
    engine = create_engine(other, poolclass=NullPool)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE notes (id serial PRIMARY KEY, body text)")
    engine.dispose()
    shown = other.render_as_string(hide_password=False)
    _one_sentence(crmnote(tmp_path, shown, "demo"), 4, "not a crmnote database")
    assert _tables(other) == {"notes"}
    engine = create_engine(other, poolclass=NullPool)
    with engine.begin() as conn:  # another application that uses Alembic too
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY)")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e')")
    engine.dispose()
    _one_sentence(crmnote(tmp_path, shown, "add", "customer", "Ann"), 4, "another application")
    assert _tables(other) == {"notes", "alembic_version"}
    server.drop(other)


def _databases(server: PgServer) -> set[str]:
    engine = create_engine(server.url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return {r[0] for r in conn.exec_driver_sql("SELECT datname FROM pg_database")}
    finally:
        engine.dispose()

"""Shared fixtures: every test gets its own data directory and never sees the user's real one.

Back ends: the storage, services and command-line suites run each test that opens a database
(`opened`, `services`, `database`) on SQLite and on PostgreSQL (`pytest_generate_tests`), unless
it reads the SQLite file itself (`db_path`) or is marked `sqlite_only`. The PostgreSQL runs are
marked `postgres` and skip, saying why, when CRMNOTE_TEST_PG_URL names no server.
"""

from __future__ import annotations

import gc
import itertools
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings
from PySide6.QtCore import QSettings, QStandardPaths
from pytestqt.qtbot import QtBot
from sqlalchemy import URL

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.services.book_services import Services
from crmnote.storage.engine import make_engine
from tests import new_books
from tests.key_derivation import ROUNDS
from tests.pg.databases import SKIP_REASON, PgServer, setup_url
from tests.pg.team import TeamBook, make_team_book
from tests.shared_dialect import install as share_dialects

share_dialects()  # one compiled-statement cache per process (tests/shared_dialect.py)
new_books.install()  # new SQLite books copied from one migrated book (tests/new_books.py)

# No time limit on a hypothesis example: hypothesis's default (200 ms) is a timed assertion,
# and on a loaded machine (two CI runs, a PostgreSQL server beside them) a domain test's example
# took longer. Speed is bench/'s business, measured against a baseline in the same run.
settings.register_profile("crmnote", deadline=None)
settings.load_profile("crmnote")

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
# Suites whose tests run on both back ends (paths under tests/).
BOTH_BACKENDS = (("unit", "storage"), ("unit", "services"), ("unit", "ui"), ("e2e",))


def pytest_configure(config: pytest.Config) -> None:
    """SQLCipher derives keys with `TEST_ROUNDS` rounds in the test process, not 256,000
    (tests/key_derivation.py): a test needing the real count asks for `real_key_derivation`."""
    ROUNDS.lowered()


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection made (modules, classes, SQLAlchemy's mappers, Qt's wrappers, the test
    items) lives until the run ends: freeze it (after collecting what is already garbage),
    so the cyclic collector's full passes during the tests no longer walk it again and again
    (~10 % of a worker's CPU; the product's own start-up does the same, bootstrap.py)."""
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def _new_books(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test marked `real_migrations` migrates every new book (tests/new_books.py)."""
    new_books.enabled = request.node.get_closest_marker("real_migrations") is None
    yield
    new_books.enabled = True


@pytest.fixture
def real_key_derivation() -> Iterator[None]:
    """SQLCipher's real default round count in this test process, for a test whose encrypted
    files a child process (which has the real default) writes or reads too."""
    ROUNDS.restored()
    yield
    ROUNDS.lowered()


# pytest-qt gives up a wait after 5 s. A wait ends as soon as its condition holds, so a longer
# bound costs nothing when the code works; on a loaded two-core CI machine with a PostgreSQL
# server beside it, a worker's first read has taken longer than 5 s.
WAIT_MS = 15_000


class PatientBot(QtBot):
    """pytest-qt's QtBot whose waits default to WAIT_MS (a test's own timeout still wins)."""

    def waitUntil(self, callback: Callable[[], object], *, timeout: int = WAIT_MS) -> None:
        super().waitUntil(callback, timeout=timeout)

    def waitExposed(self, widget: object, *, timeout: int = WAIT_MS) -> object:
        return super().waitExposed(widget, timeout=timeout)

    def waitSignal(self, signal: object, *, timeout: int = WAIT_MS, **kwargs: object) -> object:
        return super().waitSignal(signal, timeout=timeout, **kwargs)


@pytest.fixture
def qtbot(qapp: object, request: pytest.FixtureRequest) -> QtBot:
    return PatientBot(request)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    names = metafunc.fixturenames
    if "backend" not in names or "db_path" in names:
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    for mark in metafunc.definition.iter_markers("parametrize"):
        if "backend" in mark.args[0]:
            return  # the test names its back ends itself
    parts = metafunc.definition.path.relative_to(Path(__file__).parent).parts
    if any(parts[: len(suite)] == suite for suite in BOTH_BACKENDS):
        metafunc.parametrize("backend", BACKENDS)


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without a server the PostgreSQL runs skip, said once per file in the summary. Tests of
    a team book share one worker (`make test` runs with --dist loadgroup): the group roles
    crmnote_owner, crmnote_staff and crmnote_viewer are the server's, not one database's.
    A module's tests of its shared book (`module_book`) share one too: it is filled once."""
    for item in items:
        names = getattr(item, "fixturenames", ())
        if item.get_closest_marker("team_roles") is not None or "team_book" in names:
            item.add_marker(pytest.mark.xdist_group("team_roles"))
        elif "module_book" in names and item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(f"module_book:{item.path.stem}"))
    if setup_url() is None:
        skip = pytest.mark.skip(reason=SKIP_REASON)
        for item in items:
            if item.get_closest_marker("postgres") is not None:
                item.add_marker(skip)


@pytest.fixture
def backend() -> str:
    """The back end a test's database is on: SQLite unless parametrized (see above)."""
    return "sqlite"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    url = setup_url()
    if url is None:
        pytest.skip(SKIP_REASON)
    server = PgServer(url)
    yield server
    server.close()


@pytest.fixture
def team_book(pg_server: PgServer) -> Iterator[TeamBook]:
    """A team book on PostgreSQL: owner, staff member and viewer, each their own login role
    (tests/pg/team.py)."""
    book = make_team_book(pg_server)
    yield book
    book.close()


@pytest.fixture
def databases(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[..., str]]:
    """Makes new databases at the current schema on the test's back end: SQLite files, or
    PostgreSQL URLs (dropped after the test). `opened=True`: a server's one as the app leaves
    a new book it opened (`opened` below; a SQLite file is copied there)."""
    made: list[URL] = []
    names = itertools.count(1)

    def make(opened: bool = False) -> str:
        if backend == "sqlite":
            n = next(names)
            return str(tmp_path / ("crm.sqlite3" if n == 1 else f"crm-{n}.sqlite3"))
        server: PgServer = request.getfixturevalue("pg_server")
        made.append(server.opened() if opened else server.fresh())
        return made[-1].render_as_string(hide_password=False)

    yield make
    for url in made:
        request.getfixturevalue("pg_server").drop(url)


@pytest.fixture
def database(databases: Callable[..., str], request: pytest.FixtureRequest) -> str:
    """A new database: a SQLite file path, or a PostgreSQL URL; the one a test's `opened`
    opens."""
    return databases(opened="opened" in request.fixturenames)


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("CRMNOTE_DB", str(tmp_path / "default.sqlite3"))
    # Never the user's own keyring, in this process or a `crmnote` it starts (`file_keyring`).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("CRMNOTE_TEST_KEYRING", raising=False)
    QStandardPaths.setTestModeEnabled(True)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A working keyring for this test and the `crmnote` processes it starts: a JSON file
    (tests/file_keyring.py), whose path is given."""
    import keyring

    from tests.file_keyring import NAME, FileKeyring

    file = tmp_path / "keyring.json"
    monkeypatch.setenv("CRMNOTE_TEST_KEYRING", str(file))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", NAME)
    before = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield file
    keyring.set_keyring(before)


class TickingClock:
    """A clock that starts at a fixed time and moves one second per reading."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        self.current += timedelta(seconds=1)
        return self.current


@pytest.fixture
def clock() -> TickingClock:
    return TickingClock(datetime(2026, 11, 2, 9, 0, 0))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A book at the current schema, migrated once per session: copying it costs ~15 ms where
    running every migration on a new file costs ~0.5 s (PostgreSQL clones its own template)."""
    home = tmp_path_factory.mktemp("template")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HOME", str(home))
        mp.setenv("XDG_DATA_HOME", str(home / "data"))
        mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
        open_database(str(home / "book.sqlite3")).close()
    return home / "book.sqlite3"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A book at the current schema holding nothing (no staff member either), migrated once
    per session: a copy opened with `open_database` is a new book with its own member and
    uuids, as a new file would be (the sync tests' laptops, tests/unit/services/sync_books.py)."""
    from crmnote.storage.engine import database_url
    from crmnote.storage.migrate import prepare_database

    file = tmp_path_factory.mktemp("migrated") / "book.sqlite3"
    prepare_database(database_url(file), None)
    return file


@pytest.fixture
def opened(database: str, backend: str, sqlite_template: Path) -> Iterator[OpenDatabase]:
    if backend == "sqlite" and not Path(database).exists():
        shutil.copyfile(sqlite_template, database)
    db = open_database(database)
    yield db
    db.close()


@pytest.fixture(scope="module")
def module_books() -> Iterator[dict[str, OpenDatabase]]:
    """One book per back end shared by a module's tests, which only read it (`module_book`)."""
    books: dict[str, OpenDatabase] = {}
    yield books
    for opened in books.values():
        opened.close()


@pytest.fixture
def module_book(
    backend: str,
    module_books: dict[str, OpenDatabase],
    sqlite_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    request: pytest.FixtureRequest,
) -> tuple[OpenDatabase, bool]:
    """The module's shared book on the test's back end, and whether it is new (to be filled
    by the module's own fixture). A PostgreSQL one is dropped with the run's other databases
    (PgServer.close)."""
    if backend in module_books:
        return module_books[backend], False
    if backend == "sqlite":
        where = tmp_path_factory.mktemp("shared") / "book.sqlite3"
        shutil.copyfile(sqlite_template, where)
        module_books[backend] = open_database(str(where))
    else:
        server: PgServer = request.getfixturevalue("pg_server")
        module_books[backend] = open_database(server.opened().render_as_string(hide_password=False))
    return module_books[backend], True


@pytest.fixture
def services(opened: OpenDatabase, clock: TickingClock) -> Services:
    """Services over a fresh migrated database, with a deterministic clock."""
    return Services.over(opened.engine, clock)


@pytest.fixture
def db_path(opened: OpenDatabase) -> Path:
    assert opened.engine.url.database is not None
    return Path(opened.engine.url.database)


__all__ = ["TickingClock", "make_engine"]


@pytest.fixture
def place(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[[str], str]]:
    """New databases by kind: a file path that does not exist yet, or an empty PostgreSQL
    database (no schema: a copy makes it); the PostgreSQL ones dropped afterwards."""
    made: list[URL] = []
    n = iter(range(1, 100))

    def new(kind: str) -> str:
        if kind == "sqlite":
            return str(tmp_path / f"book-{next(n)}.sqlite3")
        made.append(request.getfixturevalue("pg_server").empty())
        return made[-1].render_as_string(hide_password=False)

    yield new
    for url in made:
        request.getfixturevalue("pg_server").drop(url)

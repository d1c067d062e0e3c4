"""The benchmarks on a PostgreSQL server: `python -m bench --db URL` (`make bench DB=URL`).

URL names a role on the server that may create databases (its own database is only used to
connect). The bench book is the SQLite data set moved there once by `crmnote copy`'s service
(`BookCopyService`), into a database of its own, `crmnote_bench_<customers>_<heavy>`, and
reused while it holds the customers (a copy is all or nothing: an interrupted one leaves it
empty and the next run copies again). Benchmarks that write get a fresh database made from it
(`CREATE DATABASE … TEMPLATE`), dropped afterwards. Nothing else on the server is touched.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench.common import Config, warn
from bench.raw import Book

PREFIX = "crmnote_bench"  # the databases the bench makes: PREFIX_<customers>_<heavy>, PREFIX_work


def _work_name() -> str:
    return f"{PREFIX}_work"


def _admin(cfg: Config) -> Any:
    import psycopg
    from sqlalchemy import make_url

    assert cfg.server is not None
    url = make_url(cfg.server).set(drivername="postgresql")
    con = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
    return con


def _url(cfg: Config, name: str) -> str:
    from sqlalchemy import make_url

    assert cfg.server is not None
    url = make_url(cfg.server).set(database=name)
    return url.render_as_string(hide_password=False)


def _exists(con: Any, name: str) -> bool:
    found = con.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    return found is not None


def server_book(cfg: Config, source: Path) -> Book:
    """The bench book on the server, copied from the SQLite data set `source` when missing."""
    from crmnote.storage.engine import database_url
    from crmnote.storage.migrate import prepare_database

    name = f"{PREFIX}_{cfg.customers}_{cfg.heavy}"
    with _admin(cfg) as con:
        if not _exists(con, name):
            c_utf8 = con.execute(
                "SELECT 1 FROM pg_collation WHERE collname IN ('C.utf8', 'C.UTF-8')"
            ).fetchone()
            locale = " LOCALE 'C.UTF-8'" if c_utf8 else ""
            con.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'{locale}")
    url = _url(cfg, name)
    prepare_database(database_url(url), None)  # the schema at head (an older one upgraded)
    if not _holds_customers(url):
        _copy(source, url)
    return Book(url, source, "postgresql")


def _holds_customers(url: str) -> bool:
    import psycopg
    from sqlalchemy import make_url

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as con:
        return con.execute("SELECT count(*) FROM customers").fetchone()[0] > 0


def _copy(source: Path, url: str) -> None:
    from crmnote.bootstrap import open_database

    warn(f"copying {source.name} to the server ({url.rsplit('/', 1)[-1]})…")
    start = time.perf_counter()
    shown = [-1]

    def progress(p: Any) -> None:
        percent = int(p.fraction * 100)
        if percent // 10 != shown[0]:
            shown[0] = percent // 10
            warn(f"  {p.stage}: {percent}% ({p.table}, {time.perf_counter() - start:.0f} s)")

    opened = open_database(str(source))
    try:
        report = opened.services.book_copy.copy_to(url, progress)
    finally:
        opened.close()
    warn(f"copied {report.rows:,} rows in {time.perf_counter() - start:.0f} s")


def work_book(cfg: Config, book: Book) -> Book:
    """A fresh database made from the bench book, for a benchmark that writes."""
    from sqlalchemy import make_url

    name = make_url(book.db).database
    work = _work_name()
    with _admin(cfg) as con:
        con.execute(f"DROP DATABASE IF EXISTS {work} WITH (FORCE)")
        con.execute(f"CREATE DATABASE {work} TEMPLATE {name}")
    return Book(_url(cfg, work), book.file, "postgresql")


def drop_work(cfg: Config) -> None:
    with _admin(cfg) as con:
        con.execute(f"DROP DATABASE IF EXISTS {_work_name()} WITH (FORCE)")


def drop_all(cfg: Config) -> None:
    """Every database the bench made on the server (the tests' clean-up)."""
    with _admin(cfg) as con:
        names = [
            r[0]
            for r in con.execute(
                "SELECT datname FROM pg_database WHERE starts_with(datname, %s)", (PREFIX + "_",)
            )
        ]
        for name in names:
            con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def empty_work(cfg: Config, suffix: str) -> str:
    """A new, empty database `PREFIX_<suffix>` (UTF8) for a benchmark that makes its own
    book there; its URL."""
    name = f"{PREFIX}_{suffix}"
    with _admin(cfg) as con:
        con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        c_utf8 = con.execute(
            "SELECT 1 FROM pg_collation WHERE collname IN ('C.utf8', 'C.UTF-8')"
        ).fetchone()
        locale = " LOCALE 'C.UTF-8'" if c_utf8 else ""
        con.execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'{locale}")
    return _url(cfg, name)


def copy_of(cfg: Config, url: str, suffix: str) -> str:
    """A copy of the database at `url` (no one connected to it) as `PREFIX_<suffix>`; its
    libpq URL, for psycopg."""
    from sqlalchemy import make_url

    name = f"{PREFIX}_{suffix}"
    with _admin(cfg) as con:
        con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        con.execute(f"CREATE DATABASE {name} TEMPLATE {make_url(url).database}")
    copy = make_url(_url(cfg, name)).set(drivername="postgresql")
    return copy.render_as_string(hide_password=False)


def drop_named(cfg: Config, *suffixes: str) -> None:
    with _admin(cfg) as con:
        for suffix in suffixes:
            con.execute(f"DROP DATABASE IF EXISTS {PREFIX}_{suffix} WITH (FORCE)")


def cluster_cpu(url: str) -> float | None:
    """CPU seconds (user + system) the PostgreSQL cluster serving `url` has used so far: its
    postmaster's children (backends, autovacuum, writers) and those that ended (reaped, so in
    the postmaster's own children's times), read from /proc. None when the server does not run
    on this machine (or /proc cannot be read): then the benchmarks show the client's CPU only.
    A throwaway cluster of one's own (tests/pg/cluster.sh) counts the benchmark's work alone."""
    import os

    import psycopg
    from sqlalchemy import make_url

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        with psycopg.connect(plain) as con:
            backend = con.execute("SELECT pg_backend_pid()").fetchone()[0]
            parent = _stat(backend)
    except (OSError, ValueError, psycopg.Error):
        return None
    if parent is None or not _is_postgres(parent[0]):
        return None
    postmaster = parent[0]
    own = _stat(postmaster)
    if own is None:
        return None
    ticks = own[3]  # children that ended: reaped by the postmaster
    for name in os.listdir("/proc"):
        if name.isdigit():
            found = _stat(int(name))
            if found is not None and found[0] == postmaster:
                ticks += found[1] + found[2]
    return ticks / os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> tuple[int, int, int, int] | None:
    """(parent pid, user ticks, system ticks, ended children's ticks) of a process, or None."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    # after the name: state, ppid, …, utime (14th field overall), stime, cutime, cstime
    return int(fields[1]), int(fields[11]), int(fields[12]), int(fields[13]) + int(fields[14])


def _is_postgres(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/comm", encoding="ascii", errors="replace") as f:
            return f.read().strip() in ("postgres", "postmaster")
    except OSError:
        return False

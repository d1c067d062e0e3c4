"""The bench's work copy holds what the cached data set's WAL still holds (a file copy of a
WAL database with committed pages not yet folded in came out "database disk image is
malformed", or without them)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
if str(ROOT) not in sys.path:  # `bench` sits beside the package, not inside it
    sys.path.insert(0, str(ROOT))

from bench import dataset  # noqa: E402
from bench.common import Config  # noqa: E402

ROWS = 3000


def _wal_book(path: Path) -> sqlite3.Connection:
    """A WAL database whose commits are all still in its -wal file; the connection stays open
    (closing it would fold them in)."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA wal_autocheckpoint = 0")
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    con.execute("CREATE INDEX notes_body ON notes (body)")
    with con:
        con.execute("BEGIN IMMEDIATE")
        con.executemany(
            "INSERT INTO notes (body) VALUES (?)", ((f"note {n} " * 8,) for n in range(ROWS))
        )
    return con


def test_the_work_copy_holds_the_commits_still_in_the_wal(tmp_path: Path) -> None:
    tmp_path = tmp_path / "bench"
    tmp_path.mkdir()
    source = tmp_path / "cached.sqlite3"
    con = _wal_book(source)
    try:
        wal = Path(f"{source}-wal")
        assert wal.stat().st_size > source.stat().st_size  # the rows are in the WAL only
        copy = dataset.work_copy(Config(data=tmp_path), source, "work.sqlite3")
    finally:
        con.close()
    assert copy == tmp_path / "work.sqlite3"
    assert not Path(f"{copy}-wal").exists()  # the copy is one file
    out = sqlite3.connect(copy)
    try:
        assert out.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert out.execute("SELECT count(*) FROM notes").fetchone() == (ROWS,)
    finally:
        out.close()
    assert copy.stat().st_mode & 0o077 == 0  # owner-only, as crmnote's files
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cached.sqlite3", "work.sqlite3"]


def test_a_second_work_copy_replaces_the_first(tmp_path: Path) -> None:
    source = tmp_path / "cached.sqlite3"
    _wal_book(source).close()
    cfg = Config(data=tmp_path)
    first = dataset.work_copy(cfg, source, "work.sqlite3")
    with sqlite3.connect(first) as con:
        con.execute("DELETE FROM notes")
    con.close()
    again = dataset.work_copy(cfg, source, "work.sqlite3")
    out = sqlite3.connect(again)
    try:
        assert out.execute("SELECT count(*) FROM notes").fetchone() == (ROWS,)
    finally:
        out.close()

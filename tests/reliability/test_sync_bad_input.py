"""What keeps a field copy from syncing, as a salesperson meets it on the command line (issue
15, "Bad input"): a team book that turned out to be another book, a copy joined to another
team book, a team book at an older or newer schema, a disk that fills up during a pull. Each is
one line on stderr with its documented exit code; the field copy holds exactly what it held
and still works offline, and syncs once the cause is gone."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from crmnote.bootstrap import open_database
from crmnote.storage.engine import database_url
from crmnote.storage.migrate import prepare_database
from tests.reliability.disk_tools import make_book, one_line, run_cli

AT = datetime(2026, 11, 2, 10, 0)


def dump(book: Path) -> list[str]:
    """Everything the book holds, as SQL text."""
    con = sqlite3.connect(book)
    try:
        return list(con.iterdump())
    finally:
        con.close()


class Field:
    """A team book (a file) and a laptop joined to it, run as a user runs crmnote."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.env = {"HOME": str(tmp_path)}
        self.hub = make_book(tmp_path / "hub.sqlite3", customers=3, note_chars=100)
        self.laptop = tmp_path / "laptop.sqlite3"
        self.ok("team", "join", str(self.hub))
        self.ok("log", "Kunde 00000", "--note", "call on the train")

    def run(self, *args: str, limit_bytes: int | None = None) -> tuple[int, str, str]:
        done = run_cli("--db", str(self.laptop), *args, limit_bytes=limit_bytes, env=self.env)
        return done.returncode, done.stdout, done.stderr

    def ok(self, *args: str) -> str:
        code, out, err = self.run(*args)
        assert code == 0, err
        return out

    def refused(self, code: int, said: str, *args: str) -> None:
        """`crmnote ARGS` exits `code` with one line saying `said`, the laptop unchanged and
        still working offline."""
        before = dump(self.laptop)
        got, _out, err = self.run(*args)
        assert said in one_line(err), err
        assert got == code, err
        assert dump(self.laptop) == before
        self.ok("add", "customer", f"Offline {len(before)}")

    def replace_hub(self, other: Path) -> Path:
        """The team book's file is now `other`; the team book itself is kept aside."""
        kept = self.tmp / "hub-kept.sqlite3"
        os.replace(self.hub, kept)
        shutil.copyfile(other, self.hub)
        return kept


def test_a_team_book_that_turned_out_to_be_another_book_is_refused(tmp_path: Path) -> None:
    field = Field(tmp_path)
    stranger = make_book(tmp_path / "stranger.sqlite3", customers=2, note_chars=10)
    kept = field.replace_hub(stranger)
    field.refused(1, "belongs to another team book", "sync")
    os.replace(kept, field.hub)
    assert "pushed 2 changes" in field.ok("sync")  # the call and the customer added offline


def test_a_field_copy_is_not_synced_or_joined_with_another_team_book(tmp_path: Path) -> None:
    field = Field(tmp_path)
    other = make_book(tmp_path / "other-team.sqlite3", customers=2, note_chars=10)
    field.refused(1, "belongs to another team book", "sync", "--with", str(other))
    field.refused(1, "field copy of another team book", "team", "join", str(other))
    assert "pushed 3 changes" in field.ok("sync")


def test_a_team_book_at_an_older_or_newer_schema_is_refused(tmp_path: Path) -> None:
    field = Field(tmp_path)
    older = tmp_path / "older.sqlite3"
    prepare_database(database_url(str(older)), None, target="0010")
    kept = field.replace_hub(older)
    field.refused(4, "is at schema 0010, older than this crmnote's", "sync")
    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(kept, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.commit()
    con.close()
    shutil.copyfile(newer, field.hub)
    field.refused(3, "newer", "sync")
    os.replace(kept, field.hub)
    assert "pushed 3 changes" in field.ok("sync")


def test_a_disk_that_fills_during_a_pull_leaves_the_field_copy_as_it_was(
    tmp_path: Path,
) -> None:
    field = Field(tmp_path)
    field.ok("sync")  # nothing waits to be pushed: the round that meets the full disk pulls
    office = open_database(str(field.hub))
    try:
        fjord = office.services.records.list("customer")[0]
        for n in range(60):
            office.services.records.add(
                "interaction", {"at": AT, "summary": f"call {n}", "notes": "x" * 4000}, fjord.id
            )
    finally:
        office.close()
    before = dump(field.laptop)
    size = field.laptop.stat().st_size
    code, _out, err = field.run("sync", limit_bytes=size + 64 * 1024)
    assert "the disk reported an error (it may be full)" in one_line(err), err
    assert code == 4
    assert dump(field.laptop) == before
    field.ok("log", "Kunde 00001", "--note", "offline still")
    out = field.ok("sync")
    assert "pushed 1 change, pulled 60" in out, out

"""`crmnote sync --with` and `crmnote conflicts`: a desktop and a laptop that
began as copies end with the union; a conflict is listed and restored; a stranger is refused
in one sentence with nothing changed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e import cli_runner

pytestmark = pytest.mark.sqlite_only


def crmnote(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "CRMNOTE_DB": str(home / "default.sqlite3")}
    return cli_runner.crmnote(env, *args)


def ok(home: Path, *args: str) -> str:
    done = crmnote(home, *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def names(home: Path, db: Path) -> list[str]:
    return sorted(c["name"] for c in json.loads(ok(home, "--db", str(db), "customers", "--json")))


def test_two_books_end_with_the_union_and_a_conflict_is_restored(tmp_path: Path) -> None:
    desk, laptop = tmp_path / "desk.sqlite3", tmp_path / "laptop.sqlite3"
    ok(tmp_path, "--db", str(desk), "add", "customer", "Fjord Bikes AS")
    shutil.copyfile(desk, laptop)
    ok(tmp_path, "--db", str(laptop), "add", "customer", "Helmets Ltd")
    ok(tmp_path, "--db", str(laptop), "log", "Fjord Bikes AS", "--note", "call on the train")
    ok(tmp_path, "--db", str(desk), "set", "customer", "1", "--company", "Fjord (desk)")
    ok(tmp_path, "--db", str(laptop), "set", "customer", "1", "--company", "Fjord (laptop)")
    out = ok(tmp_path, "--db", str(desk), "sync", "--with", str(laptop))
    assert "pushed" in out and "1 sync conflict to look at" in out
    assert names(tmp_path, desk) == names(tmp_path, laptop) == ["Fjord Bikes AS", "Helmets Ltd"]
    listed = json.loads(ok(tmp_path, "--db", str(desk), "conflicts", "--json"))
    assert [(c["field"], c["kept"], c["set_aside"]) for c in listed] == [
        ("company", "Fjord (laptop)", "Fjord (desk)")
    ]
    ok(tmp_path, "--db", str(desk), "conflicts", "--restore", listed[0]["id"])
    ok(tmp_path, "--db", str(desk), "sync", "--with", str(laptop))
    shown = json.loads(ok(tmp_path, "--db", str(laptop), "show", "customer", "1", "--json"))
    assert shown["company"] == "Fjord (desk)"
    assert "no sync conflicts" in ok(tmp_path, "--db", str(laptop), "conflicts")
    again = ok(tmp_path, "--db", str(desk), "sync", "--with", str(laptop))
    assert "pushed 0 changes, pulled 0" in again


def test_a_book_without_a_shared_past_is_refused_in_one_sentence(tmp_path: Path) -> None:
    mine, stranger = tmp_path / "mine.sqlite3", tmp_path / "stranger.sqlite3"
    ok(tmp_path, "--db", str(mine), "add", "customer", "Fjord")
    ok(tmp_path, "--db", str(stranger), "add", "customer", "Someone")
    done = crmnote(tmp_path, "--db", str(mine), "sync", "--with", str(stranger))
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "share no past" in done.stderr
    assert names(tmp_path, stranger) == ["Someone"] and names(tmp_path, mine) == ["Fjord"]

"""`crmnote copy`: a percentage as it goes, the counts and checksum at the end,
one sentence and exit code 4 when refused, and a copy killed with SIGKILL half-way leaves the
target empty, so that running it again simply works."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from crmnote.storage.book_tables import row_counts
from crmnote.storage.engine import database_url, make_engine
from tests.e2e import cli_runner

PG = pytest.mark.postgres


def crmnote(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home), "CRMNOTE_DB": str(home / "default.sqlite3")}
    return cli_runner.crmnote(env, *args)


def counts(where: str) -> dict[str, int]:
    engine = make_engine(database_url(where))
    try:
        with engine.connect() as conn:
            return row_counts(conn)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> str:
    home = tmp_path_factory.mktemp("source")
    book = str(home / "source.sqlite3")
    done = crmnote(home, "--db", book, "demo", "--customers", "60", "--seed", "4")
    assert done.returncode == 0, done.stderr
    return book


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=PG)])
def test_copy_says_how_far_it_is_and_what_it_checked(
    tmp_path: Path, source: str, place: Callable[[str], str], kind: str
) -> None:
    target = place(kind)
    done = crmnote(tmp_path, "copy", "--from", source, "--to", target, "--batch", "100")
    assert done.returncode == 0, done.stderr
    percents = [line for line in done.stderr.splitlines() if "%" in line]
    assert percents[0].startswith("crmnote: copying: 0%")
    assert any(p.startswith("crmnote: verifying: ") for p in percents)
    assert percents[-1].startswith("crmnote: logging for sync: 100%")
    numbers = [int(p.split(": ")[2].split("%")[0]) for p in percents]
    assert numbers == sorted(numbers)
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"copied {sum(counts(source).values())} rows of source.sqlite3 into")
    listed = {line.split()[0]: int(line.split()[1]) for line in lines[1:-1]}
    assert listed == counts(source) == counts(target)
    assert lines[-1].startswith("per-table counts and content checksum match: sha256 ")
    # Copied back the other way, the checksum is the same.
    back = place("sqlite")
    again = crmnote(tmp_path, "copy", "--from", target, "--to", back)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[-1] == lines[-1]
    # The copy is a book: the commands read it (`customers` first brings the scores up to
    # today, a write, so after the copy back).
    found = crmnote(tmp_path, "--db", target, "customers", "--json")
    assert len(json.loads(found.stdout)) == 60


def test_copy_refusals_are_one_sentence(tmp_path: Path, source: str) -> None:
    full = crmnote(tmp_path, "copy", "--from", source, "--to", source)
    assert full.returncode == 4
    assert full.stderr == "crmnote: error: the target is this book itself: name another database\n"
    typo = crmnote(tmp_path, "copy", "--from", source, "--to", "postgresq://anna@host/crm")
    assert typo.returncode == 4 and len(typo.stderr.splitlines()) == 1
    assert "crmnote cannot use 'postgresq' databases" in typo.stderr
    other = tmp_path / "other.sqlite3"
    assert crmnote(tmp_path, "--db", str(other), "demo", "--customers", "2").returncode == 0
    held = crmnote(tmp_path, "copy", "--from", source, "--to", str(other))
    assert held.returncode == 4 and len(held.stderr.splitlines()) == 1
    assert "the target already holds records" in held.stderr
    usage = crmnote(tmp_path, "copy", "--from", source)
    assert usage.returncode == 2 and "--to" in usage.stderr
    # A source that is not there is not made (an empty book copied would look like success).
    missing = tmp_path / "laptop-export.json"
    gone = crmnote(tmp_path, "copy", "--from", str(missing), "--to", str(tmp_path / "new.sqlite3"))
    assert gone.returncode == 1
    assert (
        gone.stderr == f"crmnote: error: {missing}: no such book (copy reads a book that exists)\n"
    )
    assert not missing.exists() and not (tmp_path / "new.sqlite3").exists()
    missing.write_text('{"customers": []}\n')
    not_a_book = crmnote(tmp_path, "copy", "--from", str(missing), "--to", str(tmp_path / "n.db"))
    assert not_a_book.returncode == 4 and "not a database" in not_a_book.stderr
    assert missing.read_text() == '{"customers": []}\n' and not (tmp_path / "n.db").exists()


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=PG)])
def test_a_copy_killed_half_way_leaves_the_target_empty_and_runs_again(
    tmp_path: Path, source: str, place: Callable[[str], str], kind: str
) -> None:
    target = place(kind)
    env = {**os.environ, "HOME": str(tmp_path)}
    args = ["copy", "--from", source, "--to", target, "--batch", "5"]
    child = subprocess.Popen(
        [sys.executable, "-m", "crmnote", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stderr is not None
    try:
        for line in child.stderr:  # rows are going in: kill it there
            if line.startswith("crmnote: copying: ") and int(line.split()[2].rstrip("%")) >= 20:
                break
        else:
            pytest.fail("the copy ended before it was a fifth of the way")
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=60)
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    if kind == "sqlite":  # it filled with a rollback journal, which the next opening rolls back
        assert Path(f"{target}-journal").exists() and not Path(f"{target}-wal").exists()
    assert set(counts(target).values()) == {0}
    again = crmnote(tmp_path, *args)
    assert again.returncode == 0, again.stderr
    assert counts(target) == counts(source)

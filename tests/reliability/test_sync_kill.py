"""A sync round killed with SIGKILL at any instant of a push or a pull, then run again, ends
exactly where an uninterrupted round ends: the same records, the same change log (by change
uuid, nothing doubled), the same conflicts, on both books."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from crmnote.bootstrap import open_database
from crmnote.services.base import wall_clock
from crmnote.services.book_services import Services
from crmnote.services.sync.rounds import SyncService
from crmnote.storage import sync_records as records
from crmnote.storage.engine import make_sessionmaker
from crmnote.storage.sync_rows import SYNCED_TABLES

# The book filled once for this module is filled once per run: its tests share a worker.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("sync_kill")]
KILLER = Path(__file__).parent / "sync_killer.py"
AT = datetime(2026, 11, 2, 10, 0)


def _ms() -> int:
    return 1_793_000_000_000


def _books(base: Path) -> None:
    """desk and laptop share a past, then each makes changes of every sort (new records,
    edits, the same field on both, deletes): 19 changes to push and 19 to pull."""
    desk_file, laptop_file = base / "desk.sqlite3", base / "laptop.sqlite3"
    desk = open_database(str(desk_file))
    s = desk.services
    customers = [s.records.add("customer", {"name": f"Customer {i}"})[0] for i in range(6)]
    for c in customers:
        s.records.add("promise", {"text": f"promise to {c.name}", "made_at": AT}, c.id)
    desk.close()
    shutil.copyfile(desk_file, laptop_file)
    for file, who in ((desk_file, "desk"), (laptop_file, "laptop")):
        opened = open_database(str(file))
        s = opened.services
        for c in s.records.list("customer"):
            s.records.add("interaction", {"at": AT, "summary": f"{who} on {c.name}"}, c.id)
            s.records.update("customer", c.id, {"company": f"{who}'s company"})
        for i in range(3):
            new = s.records.add("customer", {"name": f"{who} new {i}"})[0]
            s.records.add("interaction", {"at": AT, "summary": f"{who} met {i}"}, new.id)
        gone = s.records.list("promise")[0 if who == "desk" else 1]
        s.records.delete("promise", gone.id)
        SyncService(make_sessionmaker(opened.engine), wall_clock, _ms).capture()
        opened.close()


def _outcome(file: Path) -> dict[str, Any]:
    opened = open_database(str(file))
    try:
        with make_sessionmaker(opened.engine)() as session:
            state: dict[str, Any] = {}
            for kind, table in SYNCED_TABLES.items():
                ids = session.execute(text(f"SELECT id FROM {table}")).scalars()
                found = [records.read_state(session, kind, i) for i in ids]
                state[kind] = sorted(json.dumps(f, sort_keys=True, default=str) for f in found)
            changes = set(session.execute(text("SELECT change_uuid FROM sync_changes")).scalars())
            conflicts = sorted(session.execute(text("SELECT id, resolved FROM sync_conflicts")))
            assert Services.over(opened.engine).audit.verify().ok
        return {"records": state, "changes": changes, "conflicts": conflicts}
    finally:
        opened.close()


def _round(base: Path, *kill: str) -> subprocess.CompletedProcess[str]:
    books = [str(base / "laptop.sqlite3"), str(base / "desk.sqlite3")]
    return subprocess.run(
        [sys.executable, str(KILLER), *books, *kill],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The two books before the round, and where an uninterrupted round leaves them."""
    base = tmp_path_factory.mktemp("before")
    _books(base)
    whole = tmp_path_factory.mktemp("whole")
    for name in ("desk.sqlite3", "laptop.sqlite3"):
        shutil.copyfile(base / name, whole / name)
    done = _round(whole)
    assert done.returncode == 0, done.stderr
    pushed, pulled = (int(w) for w in done.stdout.split()[1::2])
    assert pushed == pulled == 19  # four batches of 5 each way
    return base, {n: _outcome(whole / n) for n in ("desk.sqlite3", "laptop.sqlite3")}


@pytest.mark.parametrize(
    ("stage", "batch"),
    [("push-remote", 2), ("push-cursor", 3), ("pull-local", 2), ("pull-commit", 4)],
)
def test_a_round_killed_and_run_again_ends_as_an_uninterrupted_one(
    prepared: tuple[Path, dict[str, Any]], tmp_path: Path, stage: str, batch: int
) -> None:
    base, expected = prepared
    for name in ("desk.sqlite3", "laptop.sqlite3"):
        shutil.copyfile(base / name, tmp_path / name)
    killed = _round(tmp_path, stage, str(batch))
    assert killed.returncode == -9, killed.stderr
    resumed = _round(tmp_path)
    assert resumed.returncode == 0, resumed.stderr
    for name in ("desk.sqlite3", "laptop.sqlite3"):
        assert _outcome(tmp_path / name) == expected[name]
    again = _round(tmp_path)
    assert again.stdout.strip() == "pushed 0 pulled 0"


def test_the_uninterrupted_round_leaves_both_books_equal(
    prepared: tuple[Path, dict[str, Any]],
) -> None:
    desk, laptop = prepared[1]["desk.sqlite3"], prepared[1]["laptop.sqlite3"]
    assert desk["records"] == laptop["records"] and desk["changes"] == laptop["changes"]
    assert desk["conflicts"] == laptop["conflicts"] and len(desk["conflicts"]) == 6

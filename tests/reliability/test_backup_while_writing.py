"""Backups taken while another process writes are sound snapshots: a prefix of the commits."""

from __future__ import annotations

import time
from pathlib import Path

from crmnote.services.maintenance import MaintenanceService
from tests.reliability.conftest import Writer, assert_sound, connect_ro

BACKUPS = 10
TABLES = {
    "customer": "customers",
    "interaction": "interactions",
    "promise": "promises",
    "claim": "claims",
}


def contents(path: Path) -> set[tuple[str, int]]:
    con = connect_ro(path)
    try:
        return {
            (kind, int(r[0]))
            for kind, table in TABLES.items()
            for r in con.execute(f"SELECT id FROM {table}")
        }
    finally:
        con.close()


def test_backups_taken_during_writes_are_consistent_prefixes(tmp_path: Path) -> None:
    db = tmp_path / "live.sqlite3"
    stop = tmp_path / "stop"
    writer = Writer(db, tmp_path / "ack.log", seed=7, stop=stop)
    care = MaintenanceService(db, tmp_path / "backups")
    taken: list[tuple[Path, int]] = []
    try:
        writer.wait_writes(20)
        for n in range(BACKUPS):
            before = len(writer.acknowledged())
            taken.append((care.backup(), before))
            time.sleep(0.02 + 0.01 * n)
    finally:
        stop.touch()
        err = writer.finish()
    assert writer.proc.returncode == 0, err
    sequence = writer.acknowledged()  # every commit, in the order it happened
    sizes = []
    for path, before in taken:
        assert_sound(path)
        held = contents(path)
        flags = [item in held for item in sequence]
        size = flags.count(True)
        # A prefix: everything committed up to some moment, nothing after it.
        assert flags == [True] * size + [False] * (len(flags) - size), path.name
        assert size >= before, "a backup misses writes acknowledged before it started"
        assert held <= set(sequence)
        sizes.append(size)
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1] < len(sequence), sizes

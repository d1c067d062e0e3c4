"""Writers wait their turn (promise 1b of docs/reliability.md): with ten `crmnote log`
processes writing at once and a reader holding the book open as the desktop app does, no
write is refused; every transaction that may write begins with BEGIN IMMEDIATE.

A deferred BEGIN takes the write lock only at the first write; when another connection has
committed since the transaction's first read, SQLite refuses at once ("database is locked")
without calling the busy handler. Seen to fail with the engine's `BEGIN` put back.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import event

from crmnote.bootstrap import open_database
from tests.reliability.conftest import connect_ro

WRITERS = 10
# Three writes each: enough that every writer meets the others (with a deferred BEGIN all ten
# were refused), few enough that all writes together take well under the 5 s busy timeout on
# a loaded 2-core machine: SQLite's busy handler is not a queue, and a writer that keeps
# losing the lock past the timeout is refused, as documented.
WRITES = 3

# Each child waits for the go file, then logs WRITES interactions through the command line's
# own entry point, in-process (one interpreter start per writer, not per write).
WRITER = """
import sys, time
from pathlib import Path
from crmnote.cli import main
db, go, n, writes = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
while not go.exists():
    time.sleep(0.005)
codes = [main(["--db", db, "log", "1", "--note", f"writer {n} write {i}"]) for i in range(writes)]
sys.exit(max(codes))
"""

# The desktop app's part: the book open, reading the list and the data version in a loop.
READER = """
import sys, time
from pathlib import Path
from crmnote.bootstrap import open_database
from crmnote.storage.data_version import DataVersion
db, go, stop = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
opened = open_database(db)
probe = DataVersion.open(opened.engine)
while not go.exists():
    time.sleep(0.005)
while not stop.exists():  # far more often than the app looks for other programs' writes (1 s)
    opened.services.customers.summaries()
    probe.read()
    time.sleep(0.01)
probe.close()
opened.close()
"""


@pytest.mark.slow  # eleven child processes
def test_ten_writers_and_an_open_app_lose_no_write(tmp_path: Path) -> None:
    db = tmp_path / "busy.sqlite3"
    opened = open_database(str(db))
    opened.services.records.add("customer", {"name": "Busy Bee"})
    opened.close()
    go, stop = tmp_path / "go", tmp_path / "stop"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db), str(go), str(stop)], stderr=subprocess.PIPE
    )
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(go), str(n), str(WRITES)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(WRITERS)
    ]
    time.sleep(0.5)  # let the interpreters start, so that most writers begin together
    go.touch()
    failures = []
    for n, child in enumerate(writers):
        _, err = child.communicate(timeout=300)
        if child.returncode != 0:
            failures.append((n, err))
    stop.touch()
    _, reader_err = reader.communicate(timeout=60)
    assert failures == []
    assert reader.returncode == 0, reader_err
    con = connect_ro(db)
    try:
        notes = {r[0] for r in con.execute("SELECT notes FROM interactions")}
    finally:
        con.close()
    assert notes == {f"writer {n} write {i}" for n in range(WRITERS) for i in range(WRITES)}


def test_writes_begin_immediate_and_reads_deferred(tmp_path: Path) -> None:
    opened = open_database(str(tmp_path / "b.sqlite3"))
    begun: list[str] = []

    @event.listens_for(opened.engine, "before_cursor_execute")
    def _seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if statement.startswith("BEGIN"):
            begun.append(statement)

    try:
        opened.services.records.add("customer", {"name": "Ann"})
        assert begun == ["BEGIN IMMEDIATE"]
        begun.clear()
        opened.services.customers.summaries()
        assert begun == ["BEGIN"]
    finally:
        opened.close()

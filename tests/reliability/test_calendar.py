"""The tests do not depend on the calendar (promise 11 of docs/reliability.md): `make
test-future` (run by .ci/run) runs the suite with the clock a year ahead through libfaketime,
so a test that would fail on a coming date fails a year before it. These tests check that the
guard really moves the clock: Python's, SQLite's and child processes'."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, timedelta

import pytest

CLOCKS = (
    "import sqlite3, subprocess, sys\n"
    "from datetime import date\n"
    "print(date.today())\n"
    "con = sqlite3.connect(':memory:')\n"
    "print(con.execute(\"SELECT date('now', 'localtime')\").fetchone()[0])\n"
    "print(subprocess.run([sys.executable, '-c', 'import datetime; "
    "print(datetime.date.today())'], capture_output=True, text=True).stdout.strip())\n"
)


def test_the_future_run_moved_every_clock() -> None:
    real = os.environ.get("CRMNOTE_REAL_TODAY")
    if real is None:
        pytest.skip("not under make test-future")
    ahead = date.today() - date.fromisoformat(real)
    assert timedelta(days=364) <= ahead <= timedelta(days=366)
    # The variant for threaded programs: the plain library crashed a test worker (Makefile).
    assert "libfaketimeMT" in os.environ.get("LD_PRELOAD", "")
    con = sqlite3.connect(":memory:")
    try:
        (sql_today,) = con.execute("SELECT date('now', 'localtime')").fetchone()
    finally:
        con.close()
    assert abs(date.fromisoformat(sql_today) - date.today()) <= timedelta(days=1)


WAITER = (
    "import threading, time\n"
    "from crmnote.ui.background import Background\n"
    "gate = threading.Event()\n"
    "busy = threading.Thread(target=lambda: [time.sleep(0.01) for _ in iter(gate.is_set, True)])\n"
    "busy.start()\n"
    "Background.track(busy)\n"
    "time.sleep(0.05)\n"
    "print(Background.finish_all(0.2))\n"
    "gate.set()\n"
)


def test_the_future_run_lets_quitting_give_up_on_a_worker() -> None:
    """Under the shifted clock a timed wait that runs out never wakes (libfaketime moves the
    monotonic clock too, and the kernel waits for the shifted deadline). Quitting, and every
    widget test's end, waits for workers up to a limit: that wait must end at its limit, or a
    test that failed with a worker still running holds the run until CI kills it."""
    if os.environ.get("CRMNOTE_REAL_TODAY") is None:
        pytest.skip("not under make test-future")
    waited = subprocess.run(
        [sys.executable, "-c", WAITER],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert waited.stdout.strip() == "False"


@pytest.mark.skipif(shutil.which("faketime") is None, reason="faketime is not installed")
def test_faketime_moves_python_sqlite_and_child_processes() -> None:
    if "FAKETIME" in os.environ:
        pytest.skip("already under faketime")
    done = subprocess.run(
        ["faketime", "-m", "-f", "+365d", sys.executable, "-c", CLOCKS],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    seen = [date.fromisoformat(line) for line in done.stdout.split()]
    assert len(seen) == 3
    for day in seen:
        assert timedelta(days=364) <= day - date.today() <= timedelta(days=366)

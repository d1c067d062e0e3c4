"""A second launch on the same database raises the first window; a crash's lock does not block."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from crmnote.ui.startup.single_instance import SingleInstance, instance_key


def test_same_database_same_key(tmp_path: Path) -> None:
    a = instance_key(str(tmp_path / "crm.sqlite3"))
    assert a == instance_key(str(tmp_path / "sub" / ".." / "crm.sqlite3"))
    assert a != instance_key(str(tmp_path / "other.sqlite3"))


def test_second_launch_asks_the_first_to_come_forward(qtbot: Any, tmp_path: Path) -> None:
    db = str(tmp_path / "crm.sqlite3")
    first = SingleInstance(db)
    assert first.acquire()
    try:
        second = SingleInstance(db)
        assert not second.acquire()
        with qtbot.waitSignal(first.activated, timeout=10_000):
            assert second.ask_owner_to_raise()
        other = SingleInstance(str(tmp_path / "other.sqlite3"))
        assert other.acquire()
        other.release()
    finally:
        first.release()
    again = SingleInstance(db)
    assert again.acquire()
    again.release()


def test_a_lock_left_by_a_dead_process_is_taken_over(tmp_path: Path) -> None:
    db = str(tmp_path / "crm.sqlite3")
    guard = SingleInstance(db)
    lock_path = Path(guard.lock.fileName())
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    # The format QLockFile writes: pid, application name, host name.
    lock_path.write_text(f"999999\ncrmnote\n{socket.gethostname()}\n")
    assert guard.acquire()
    guard.release()
    assert not guard.ask_owner_to_raise(timeout_ms=200)

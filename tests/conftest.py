"""Shared fixtures: every test gets its own data directory and never sees the user's real one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from crmnote.bootstrap import OpenDatabase, open_database
from crmnote.services.book_services import Services
from crmnote.storage.engine import make_engine


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("CRMNOTE_DB", str(tmp_path / "default.sqlite3"))
    QStandardPaths.setTestModeEnabled(True)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


class TickingClock:
    """A clock that starts at a fixed time and moves one second per reading."""

    def __init__(self, start: datetime) -> None:
        self.current = start

    def __call__(self) -> datetime:
        self.current += timedelta(seconds=1)
        return self.current


@pytest.fixture
def clock() -> TickingClock:
    return TickingClock(datetime(2026, 11, 2, 9, 0, 0))


@pytest.fixture
def opened(tmp_path: Path) -> Iterator[OpenDatabase]:
    db = open_database(str(tmp_path / "crm.sqlite3"))
    yield db
    db.close()


@pytest.fixture
def services(opened: OpenDatabase, clock: TickingClock) -> Services:
    """Services over a fresh migrated database, with a deterministic clock."""
    return Services.over(opened.engine, clock)


@pytest.fixture
def db_path(opened: OpenDatabase) -> Path:
    assert opened.engine.url.database is not None
    return Path(opened.engine.url.database)


__all__ = ["TickingClock", "make_engine"]

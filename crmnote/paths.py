"""Where crmnote keeps its files: platformdirs locations, overridden by --db or CRMNOTE_DB."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "crmnote"
ENV_DB = "CRMNOTE_DB"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def default_db() -> str:
    """The database to open when none is named: $CRMNOTE_DB, else the user data directory."""
    return os.environ.get(ENV_DB) or str(data_dir() / "crmnote.sqlite3")


def backup_dir_for(db_file: Path) -> Path:
    """Backups live in a `backups` folder beside the database file."""
    return db_file.parent / "backups"

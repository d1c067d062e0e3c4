"""Sentences of file-level care shared by plain and encrypted books: a backup not written, a
file that cannot be backed up or restored (message ids, crmnote/domain/reasons.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crmnote.domain.reasons import say


def not_written(why: str, source: Path | None = None) -> str:
    """ "no backup (of source) was written: why" (a `Reason`)."""
    if source is None:
        return say("backup.not_written", "no backup was written: {why}", why=why)
    return say(
        "backup.not_written_of", "no backup of {path} was written: {why}", path=str(source), why=why
    )


def failed_check(problem: str) -> str:
    return say("backup.failed_check", "the copy failed its check ({problem})", problem=problem)


def cannot_back_up(source: Path, why: str) -> str:
    return say("backup.cannot", "{path} cannot be backed up: {why}", path=str(source), why=why)


def not_restored(target: Path, why: str) -> str:
    return say("restore.failed", "{path} could not be restored: {why}", path=str(target), why=why)


def exists(path: Path) -> str:
    return say("file.exists", "{path} already exists", path=str(path))


def read_only_older(path: Path, revision: str | None) -> str:
    return say(
        "file.read_only_older",
        "{path} is read-only and was written by an older crmnote (schema {revision}): copy it "
        "to a folder you can write to",
        path=str(path),
        revision=str(revision),
    )


def not_upgraded(path: Path | None, why: str) -> str:
    if path is None:
        return say(
            "migrate.failed_db",
            "the database could not be brought up to date: {why}; it was left as it was",
            why=why,
        )
    return say(
        "migrate.failed",
        "{path} could not be brought up to date: {why}; it was left as it was",
        path=str(path),
        why=why,
    )


def broken_after_migration(broken: Sequence[Any]) -> str:
    """A migration that left rows naming missing ones (the first few, as SQLite lists them)."""
    return say(
        "migrate.broken", "migration left broken references: {rows}", rows=str(list(broken[:5]))
    )

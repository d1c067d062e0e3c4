"""What `crmnote remind` sent today, per book, in a small file in the user's state folder.

Kept outside the book: on a team book every colleague's reminders are their own, and a reminder
run never writes to the database.
"""

from __future__ import annotations

import json
from pathlib import Path

from platformdirs import user_state_path

from crmnote.domain.reminders import SentLog
from crmnote.importers.files import write_private

FILE_NAME = "reminders.json"


def default_state_file() -> Path:
    return user_state_path("crmnote", appauthor=False) / FILE_NAME


class ReminderState:
    """The sent log of each book (named by its file path or URL) in one JSON file."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file or default_state_file()

    def _all(self) -> dict[str, object]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # none yet, or unreadable: start afresh rather than fail the reminder
        return data if isinstance(data, dict) else {}

    def load(self, book: str) -> SentLog:
        entry = self._all().get(book)
        return SentLog.from_json(entry) if isinstance(entry, dict) else SentLog()

    def save(self, book: str, log: SentLog) -> None:
        data = self._all()
        data[book] = log.to_json()
        text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False)
        write_private(self.file, text.encode("utf-8"))

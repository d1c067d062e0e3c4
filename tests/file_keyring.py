"""A keyring backend for the tests: entries in the JSON file CRMNOTE_TEST_KEYRING names, so a
`crmnote` subprocess and the test share one keyring. Used where a test names it (the
environment's PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring, or `keyring.set_keyring`)
with its file; without CRMNOTE_TEST_KEYRING keyring never takes it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

NAME = "tests.file_keyring.FileKeyring"


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        if "CRMNOTE_TEST_KEYRING" not in os.environ:
            raise RuntimeError("the tests' keyring is used only where a test names its file")
        return 1

    @staticmethod
    def _file() -> Path:
        return Path(os.environ["CRMNOTE_TEST_KEYRING"])

    def _entries(self) -> dict[str, str]:
        file = self._file()
        return json.loads(file.read_text()) if file.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}\t{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries() | {f"{service}\t{username}": password}
        self._file().write_text(json.dumps(entries))

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(f"{service}\t{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self._file().write_text(json.dumps(entries))

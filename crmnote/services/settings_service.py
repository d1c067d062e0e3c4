"""Reading and changing the business settings kept in the database."""

from __future__ import annotations

from typing import Any

from crmnote.domain.settings import Setting
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.storage.settings_store import read_setting, write_setting


class SettingsService(ServiceBase):
    def get(self, setting: Setting) -> Any:
        with self.reading() as repo:
            return read_setting(repo.session, setting)

    def set(self, setting: Setting, value: Any) -> Changes:
        with self.transaction() as repo:
            write_setting(repo.session, setting, value)
        return Changes(kinds=frozenset({"settings"}))

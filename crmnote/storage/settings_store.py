"""Settings kept in the database as JSON values under their declared keys."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from crmnote.domain.settings import Setting
from crmnote.storage.rows import SettingRow


def read_setting(session: Session, setting: Setting) -> Any:
    row = session.get(SettingRow, setting.key)
    return setting.default if row is None else json.loads(row.value)


def write_setting(session: Session, setting: Setting, value: Any) -> None:
    text = json.dumps(value, sort_keys=True)
    row = session.get(SettingRow, setting.key)
    if row is None:
        session.add(SettingRow(key=setting.key, value=text))
    else:
        row.value = text
    session.flush()

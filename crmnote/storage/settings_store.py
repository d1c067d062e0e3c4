"""Settings kept in the database as JSON values under their declared keys."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.orm import Session

from crmnote.domain.settings import Setting
from crmnote.storage.rows import SettingRow

_TABLE = cast(Table, SettingRow.__table__)

# Built once, of the table's columns: every logged record reads a setting or two, and
# building a statement costs more than SQLite takes to run it, as does the ORM's handling of
# `session.get` (a third of a millisecond here). The session flushes what it holds first, as
# it does before any statement (the writes below go through the ORM).
_ONE = select(_TABLE.c.value).where(_TABLE.c.key == bindparam("key"))
_SOME = select(_TABLE.c.key, _TABLE.c.value).where(
    _TABLE.c.key.in_(bindparam("keys", expanding=True))
)


def read_setting(session: Session, setting: Setting) -> Any:
    value = session.execute(_ONE, {"key": setting.key}).scalar()
    return setting.default if value is None else json.loads(value)


def read_settings(session: Session, *settings: Setting) -> tuple[Any, ...]:
    """Several settings in one statement, in the order asked."""
    keys = [s.key for s in settings]
    stored = dict(session.execute(_SOME, {"keys": keys}).all())
    return tuple(s.default if s.key not in stored else json.loads(stored[s.key]) for s in settings)


def write_setting(session: Session, setting: Setting, value: Any) -> None:
    text = json.dumps(value, sort_keys=True)
    row = session.get(SettingRow, setting.key)
    if row is None:
        session.add(SettingRow(key=setting.key, value=text))
    else:
        row.value = text
    session.flush()


def all_settings(session: Session) -> dict[str, Any]:
    """Every stored setting by key (in key order), declared or not: what an export carries."""
    rows = session.scalars(select(SettingRow).order_by(SettingRow.key))
    return {r.key: json.loads(r.value) for r in rows}


def put_settings(session: Session, values: Mapping[str, Any]) -> None:
    """Store these settings as they are, each replacing a stored one of its key."""
    for key, value in values.items():
        session.merge(SettingRow(key=key, value=json.dumps(value, sort_keys=True)))

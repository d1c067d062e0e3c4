"""Settings read with plain statements (storage/settings_store.py): a read sees what the same
transaction wrote, whichever way it was written, and the default when nothing is stored."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from crmnote.bootstrap import open_database
from crmnote.domain import settings as declared
from crmnote.storage.settings_store import put_settings, read_setting, read_settings, write_setting

KINDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.mark.parametrize("kind", KINDS)
def test_a_read_sees_the_writes_of_its_transaction(place: Callable[[str], str], kind: str) -> None:
    opened = open_database(place(kind))
    try:
        with Session(opened.engine) as session, session.begin():
            assert read_setting(session, declared.DUE_SOON_DAYS) == declared.DUE_SOON_DAYS.default
            write_setting(session, declared.DUE_SOON_DAYS, 9)
            assert read_setting(session, declared.DUE_SOON_DAYS) == 9
            write_setting(session, declared.DUE_SOON_DAYS, 10)  # the stored row changed
            put_settings(session, {declared.BUSINESS_NAME.key: "Ann's Bakery"})
            assert read_settings(session, declared.DUE_SOON_DAYS, declared.BUSINESS_NAME) == (
                10,
                "Ann's Bakery",
            )
            put_settings(session, {declared.DUE_SOON_DAYS.key: 4})  # a stored one replaced
            assert read_setting(session, declared.DUE_SOON_DAYS) == 4
        with Session(opened.engine) as session:
            assert read_setting(session, declared.BUSINESS_NAME) == "Ann's Bakery"
    finally:
        opened.close()

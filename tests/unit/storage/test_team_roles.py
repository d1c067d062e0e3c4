"""Group roles are the server's: two books' team init at the same moment both succeed (the
second finds the role its CREATE waited for, instead of failing on a duplicate name)."""

from __future__ import annotations

import os
import threading
import time

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from crmnote.storage import team_roles
from tests.pg.databases import PgServer

pytestmark = pytest.mark.postgres


def test_a_group_created_meanwhile_by_another_init_is_taken_as_made(pg_server: PgServer) -> None:
    group = f"crmnote_race_{os.getpid()}"
    engine = create_engine(pg_server.url, poolclass=NullPool)
    outcome: dict[str, object] = {}
    try:
        with engine.connect() as first, engine.connect() as second:
            first.begin()
            assert team_roles._create_group(first, group) is True  # not yet committed

            def other_init() -> None:
                try:
                    with second.begin():
                        outcome["made"] = team_roles._create_group(second, group)
                except Exception as exc:  # the assertion below shows it
                    outcome["error"] = exc

            thread = threading.Thread(target=other_init)
            thread.start()
            waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
            for _ in range(5000):  # until the second CREATE waits on the first (short sleeps)
                if first.exec_driver_sql(waiting).scalar():
                    break
                time.sleep(0.002)
            else:
                pytest.fail("the second CREATE ROLE never waited")
            first.commit()
            while thread.is_alive():
                time.sleep(0.002)
        assert outcome == {"made": False}
        with engine.connect() as conn:
            assert team_roles.role_exists(conn, group)
    finally:
        pg_server.execute(f"DROP ROLE IF EXISTS {group}")
        engine.dispose()

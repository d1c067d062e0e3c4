"""A read stopped from another thread ends on the database too (storage/interrupt.py): the
customer list stops the read a later keystroke overtook, so the server does not go on with it."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from crmnote.bootstrap import OpenDatabase
from crmnote.domain.errors import ReadStoppedError
from crmnote.services.customer_list import ListQuery
from crmnote.storage.interrupt import Interrupt

# A statement that would run for about half a minute.
SLOW = {
    "postgresql": "SELECT pg_sleep(30)",
    "sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
    "WHERE x < 400000000) SELECT count(*) FROM c",
}


def _running_on_server(opened: OpenDatabase) -> bool:
    with opened.engine.connect() as conn:
        found = conn.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                "AND query = :q AND pid <> pg_backend_pid()"
            ),
            {"q": SLOW["postgresql"]},
        ).scalar()
    return bool(found)


def _wait(condition: Any) -> None:
    for _ in range(3000):  # short sleeps, no timed waits (make test-future shifts the clock)
        if condition():
            return
        time.sleep(0.01)
    raise AssertionError("never happened")


def test_a_stopped_read_ends_its_statement_on_the_database(
    opened: OpenDatabase, backend: str
) -> None:
    stop = Interrupt()
    outcome: list[object] = []
    about_to_run = threading.Event()

    def read() -> None:
        try:
            with Session(opened.engine) as session, stop.guarding(session):
                about_to_run.set()
                outcome.append(session.execute(text(SLOW[backend])).scalar())
        except Exception as exc:
            outcome.append(exc)

    worker = threading.Thread(target=read)
    worker.start()
    assert about_to_run.wait(10)
    if backend == "postgresql":
        _wait(lambda: _running_on_server(opened))
    # Pressed until the read ends: SQLite ignores an interrupt that comes before the statement.
    _wait(lambda: stop.stop() or not worker.is_alive())
    worker.join()
    assert len(outcome) == 1 and isinstance(outcome[0], ReadStoppedError), outcome
    if backend == "postgresql":
        assert not _running_on_server(opened)


def test_a_read_begun_after_the_stop_is_refused_and_an_unstopped_one_answers(
    opened: OpenDatabase,
) -> None:
    service = opened.services.customer_list
    stop = service.interrupt()
    assert service.page(ListQuery(search="a"), 0, 10, stop) == []
    assert service.count_for_label(ListQuery(search="a"), stop) == (0, False)
    stop.stop()
    with pytest.raises(ReadStoppedError):
        service.page(ListQuery(search="a"), 0, 10, stop)
    with pytest.raises(ReadStoppedError):
        service.count_for_label(ListQuery(search="a"), stop)
    # The connection it held serves the next read as usual.
    assert service.page(ListQuery(search="a"), 0, 10) == []

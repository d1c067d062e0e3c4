"""Colleagues' changes on PostgreSQL: the notices the database sends at each commit (migration
0009's triggers, channel `crmnote_changes`), received on a connection of their own.

A notice names the kind, insert/update/delete, how many rows, up to 20 ids and customer ids,
the author's staff id and role, the backend that wrote it (so an app can skip its own) and its
transaction (so the notices of one commit can be told from the next one's).
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event

CHANNEL = "crmnote_changes"


@dataclass(frozen=True)
class Notice:
    """One table's rows changed by one statement of a committed transaction. `ids` and
    `customers` are None when there were too many to list."""

    kind: str
    op: str  # insert, update, delete
    count: int
    ids: tuple[int, ...] | None
    customers: tuple[int, ...] | None
    author: int | None
    role: str
    pid: int
    xact: int = 0

    @property
    def commit(self) -> tuple[int, int]:
        """Which commit sent it: the notices of one share it."""
        return (self.pid, self.xact)

    @staticmethod
    def parse(payload: str, pid: int) -> Notice | None:
        """A notice from its JSON payload; None for one crmnote did not send."""
        try:
            data = json.loads(payload)
            ids, customers = data.get("ids"), data.get("customers")
            return Notice(
                kind=str(data["kind"]),
                op=str(data["op"]),
                count=int(data.get("n") or 0),
                ids=None if ids is None else tuple(int(i) for i in ids),
                customers=None if customers is None else tuple(int(c) for c in customers),
                author=None if data.get("author") is None else int(data["author"]),
                role=str(data.get("role") or ""),
                pid=int(data.get("pid") or pid),
                xact=int(data.get("xact") or 0),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


class Wakeup:
    """Ends a `Listener.wait` at once from another thread (the window closing), instead of
    when its timeout runs out. A socket pair: `select` waits on it and on the connection
    alike, on every platform."""

    def __init__(self) -> None:
        self._ours, self._theirs = socket.socketpair()

    def fileno(self) -> int:
        return self._ours.fileno()

    def set(self) -> None:
        with contextlib.suppress(OSError):
            self._theirs.send(b"\0")

    def close(self) -> None:
        self._ours.close()
        self._theirs.close()


class Listener:
    """LISTEN on one connection held open outside the engine's pool (made by the engine: the
    same URL, TLS and password settings), in autocommit so notices arrive as they are sent."""

    def __init__(self, engine: Engine) -> None:
        raw = engine.raw_connection()
        raw.detach()  # ours alone: engine.dispose() leaves it, close() really closes it
        self._raw = raw
        conn: Any = raw.dbapi_connection
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn = conn
        self.errors: type[Exception] = engine.dialect.loaded_dbapi.Error

    def wait(self, timeout: float, wakeup: Wakeup | None = None) -> list[Notice]:
        """The notices that arrive within `timeout` seconds: as soon as one does, it and
        those sent with it (one commit sends several at once; commits that follow closely may
        come along too, told apart by `Notice.commit`). Nothing once `wakeup` is set. Raises
        the driver's Error when the connection is lost."""
        if wakeup is not None:
            # Each wait reads everything the socket holds, so nothing waits unseen in the
            # driver's buffers while select looks at the socket.
            ready, _, _ = select.select([self._conn.fileno(), wakeup], [], [], timeout)
            if not ready or wakeup in ready:
                return []
        found: list[Notice] = []
        for batch in (self._notifies(timeout, 1), self._notifies(0.05, None)):
            for n in batch:
                notice = Notice.parse(n.payload, n.pid)
                if notice is not None:
                    found.append(notice)
            if not found:
                break
        return found

    def _notifies(self, timeout: float, stop_after: int | None) -> Iterator[Any]:
        return iter(self._conn.notifies(timeout=timeout, stop_after=stop_after))

    def close(self) -> None:
        with contextlib.suppress(self.errors):
            self._raw.close()


def own_backends(engine: Engine) -> set[int]:
    """The server backend pids of the engine's connections, kept current as it opens more:
    notices from them are this app's own changes, already on its bus. Noted at every checkout
    from the pool, so connections opened before the watch began count too."""
    pids: set[int] = set()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        pids.add(int(dbapi_connection.info.backend_pid))

    return pids

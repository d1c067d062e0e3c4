"""The book's services while they are still loading, with quick answers for the first screen.

Start-up paints the main window with its customer list and Today before SQLAlchemy's ORM and
the services have loaded: those load on a worker (`app.py`), which then hands them over
(`DeferredServices.provide`). Until then the window talks to stand-ins with the services'
names (`services.customer_list.page(…)`): the few reads the first screen makes are answered
from plain SQL (`storage/first_screen.py`); anything else waits for the real services.

Everything read from a stand-in before the hand-over is taken to be a method (widgets call
services; they read no other attributes of them).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crmnote.domain.errors import DatabaseError
from crmnote.domain.reasons import say
from crmnote.domain.team import Access, Member
from crmnote.services import agenda as made
from crmnote.services.agenda import CLAIM_PENDING_DAYS, Agenda, FollowUps
from crmnote.services.list_query import ListQuery, is_plain
from crmnote.storage.first_screen import FirstScreenReader

if TYPE_CHECKING:
    from crmnote.services.book_services import Services

__all__ = ["DeferredServices", "FirstScreen"]


class FirstScreen:
    """The first screen's reads from plain SQL, and whether another process wrote meanwhile."""

    def __init__(self, reader: FirstScreenReader, today: Callable[[], date] = date.today) -> None:
        self._reader = reader
        self._today = today
        # Read before anything else: a commit by another process after this is news.
        self._seen = reader.data_version()
        self._news = False

    @staticmethod
    def open(path: Path, today: Callable[[], date] = date.today) -> FirstScreen | None:
        """For a plain SQLite book at this version's head; else None (opened the usual way)."""
        reader = FirstScreenReader.open(path)
        return None if reader is None else FirstScreen(reader, today)

    def close(self) -> None:
        """Last look for outside writes (kept as news), then close the connection."""
        self._look()
        self._reader.close()

    def take_news(self) -> bool:
        news, self._news = self._news, False
        return news

    def _look(self) -> None:
        version = self._reader.data_version()
        if version != self._seen:
            self._news = True
        self._seen = version

    # -- what the window asks at start-up ----------------------------------------------------

    def outside_changed(self) -> bool:
        """`OutsideWritesService.changed`: another process committed since the last look."""
        self._look()
        return self.take_news()

    def page(self, query: ListQuery, offset: int = 0, limit: int = 200) -> Any:
        if not is_plain(query):
            return NotImplemented
        return self._reader.page(query.order_by.value, query.descending, offset, limit)

    def count(self, query: ListQuery) -> Any:
        return self._reader.count() if is_plain(query) else NotImplemented

    def count_for_label(self, query: ListQuery) -> Any:
        return (self._reader.count(), False) if is_plain(query) else NotImplemented

    def tags(self) -> list[str]:
        return self._reader.tags()

    def customer_count(self) -> int:
        return self._reader.count()

    def agenda(self, today: date | None = None, limit: int = 500) -> Agenda:
        return made.agenda(self._reader, today or self._today(), limit)

    def due_by(self, today: date | None = None, limit: int = 1000) -> Any:
        return made.due_by(self._reader, today or self._today(), limit)

    def due_ids(self, today: date | None = None, limit: int = 1000) -> Any:
        return made.due_ids(self._reader, today or self._today(), limit)

    def followups(
        self,
        today: date | None = None,
        claims_older_than: int = CLAIM_PENDING_DAYS,
        limit: int = 500,
    ) -> FollowUps:
        return made.followups(self._reader, today or self._today(), claims_older_than, limit)

    def answers(self) -> dict[tuple[str, str], Callable[..., Any]]:
        """(service, method) → the quick answer; NotImplemented from one means "ask the
        service" (a filtered list)."""
        return {
            ("customer_list", "page"): self.page,
            ("customer_list", "count"): self.count,
            ("customer_list", "count_for_label"): self.count_for_label,
            ("customer_list", "tags"): self.tags,
            ("customers", "count"): self.customer_count,
            ("today", "agenda"): self.agenda,
            ("today", "due_by"): self.due_by,
            ("today", "due_ids"): self.due_ids,
            ("followups", "list"): self.followups,
            ("outside_writes", "changed"): self.outside_changed,
            # The service's probe opens at its first look after the hand-over: before it,
            # there is nothing to close, and quitting need not wait for the services.
            ("outside_writes", "close"): lambda: None,
            # A plain SQLite file (the only book read this way): its user is its owner, and
            # there are no colleagues' notices to listen for.
            ("team", "signed_in"): lambda: Member("", Access.OWNER),
            ("colleagues", "start"): lambda: False,
        }


class DeferredServices:
    """Stands in for `Services` until `provide` hands the real ones over (from any thread)."""

    def __init__(self, first: FirstScreen) -> None:
        self._first: FirstScreen | None = first
        self._answers = first.answers()
        self._ready = threading.Event()
        self._services: Services | None = None
        self._error: BaseException | None = None
        self._stand_ins: dict[str, _StandIn] = {}
        self._news = False
        self._owner_thread = threading.get_ident()
        self._before_waiting: Callable[[], None] | None = None

    def before_waiting(self, start: Callable[[], None]) -> None:
        """`start` is called (on the thread that made the stand-ins) before that thread
        waits for the services: the loading may not have been started yet."""
        self._before_waiting = start

    def provide(self, services: Services) -> None:
        self._services = services
        self._ready.set()

    def fail(self, error: BaseException) -> None:
        """Opening failed: whoever waits for the services gets a DatabaseError."""
        self._error = error
        self._ready.set()

    @property
    def ready(self) -> bool:
        return self._services is not None

    def settle(self) -> None:
        """After the hand-over (on the thread that made the stand-ins): close the first
        screen's connection; a write it saw by another process is news for the watcher."""
        first, self._first = self._first, None
        if first is not None:
            first.close()
            self._news = first.take_news()

    def wait(self) -> Services:
        """The real services, waiting for them if they are still loading."""
        start = self._before_waiting
        mine = threading.get_ident() == self._owner_thread
        if start is not None and mine and not self._ready.is_set():
            start()
        self._ready.wait()
        if self._services is None:
            raise DatabaseError(
                say(
                    "db.not_opened",
                    "the database could not be opened: {why}",
                    why=str(self._error),
                )
            )
        return self._services

    def quick(self, service: str, method: str) -> Callable[..., Any] | None:
        """The first screen's answer for `service.method`, while there is one."""
        if self._services is not None or self._first is None:
            return None
        return self._answers.get((service, method))

    def news(self) -> bool:
        """A write by another process seen before the hand-over, told once."""
        news, self._news = self._news, False
        return news

    def __getattr__(self, service: str) -> _StandIn:
        if service.startswith("_"):
            raise AttributeError(service)
        found = self._stand_ins.get(service)
        if found is None:
            found = self._stand_ins[service] = _StandIn(self, service)
        return found


class _StandIn:
    """One service's stand-in: `stand_in.method(…)` answers quickly or from the service."""

    def __init__(self, owner: DeferredServices, service: str) -> None:
        self._owner = owner
        self._service = service

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        owner, service = self._owner, self._service
        watching = (service, name) == ("outside_writes", "changed")
        if owner.ready and not watching:
            return getattr(getattr(owner.wait(), service), name)

        def call(*args: Any, **kwargs: Any) -> Any:
            quick = owner.quick(service, name)
            if quick is not None:
                answer = quick(*args, **kwargs)
                if answer is not NotImplemented:
                    return answer
            result = getattr(getattr(owner.wait(), service), name)(*args, **kwargs)
            # What the first screen saw before the hand-over is told with the next look.
            return owner.news() or result if watching else result

        call.__name__ = name
        return call

"""The customer list as the desktop app shows it: filters, SQL sorting and paging."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from crmnote.domain.types import CustomerStatus
from crmnote.domain.views import CustomerSummary
from crmnote.services.base import ServiceBase
from crmnote.services.list_query import ListQuery, SortKey
from crmnote.storage.interrupt import Interrupt
from crmnote.storage.list_queries import (
    all_tags,
    count_matching,
    first_page_and_count,
    is_scanned,
    sorted_summaries,
    summary_of,
)
from crmnote.storage.repository import Repository

COUNT_CAP = 1000


class CustomerListService(ServiceBase):
    @staticmethod
    def interrupt() -> Interrupt:
        """A stop button for the reads given it (`page`, `count_for_label`): `stop()` from any
        thread ends the statement under way on the database too (storage/interrupt.py)."""
        return Interrupt()

    @contextmanager
    def _reading(self, stop: Interrupt | None) -> Iterator[Repository]:
        with self.reading() as repo:
            if stop is None:
                yield repo
                return
            with stop.guarding(repo.session):
                yield repo

    def page(
        self,
        query: ListQuery,
        offset: int = 0,
        limit: int = 200,
        stop: Interrupt | None = None,
    ) -> list[CustomerSummary]:
        with self._reading(stop) as repo:
            return sorted_summaries(repo.session, *_listed(query), limit, offset)

    def count(self, query: ListQuery) -> int:
        with self.reading() as repo:
            return count_matching(repo.session, query.search, query.statuses, query.tag)

    def count_for_label(self, query: ListQuery, stop: Interrupt | None = None) -> tuple[int, bool]:
        """(count, whether it is only a lower bound). A search of one or two characters stops
        counting past COUNT_CAP: a common letter matches nearly every customer, and "more than
        1,000" says what the user needs while typing."""
        with self._reading(stop) as repo:
            cap = COUNT_CAP if is_scanned(query.search) else None
            n = count_matching(repo.session, query.search, query.statuses, query.tag, cap)
        return _labelled(n, cap)

    def first_page(
        self, query: ListQuery, limit: int = 200, stop: Interrupt | None = None
    ) -> tuple[list[CustomerSummary], tuple[int, bool]]:
        """`page(query, 0, limit)` and `count_for_label(query)` in one read: what the list
        shows at each keystroke (on a server, one statement may give both)."""
        cap = COUNT_CAP if is_scanned(query.search) else None
        with self._reading(stop) as repo:
            rows, n = first_page_and_count(repo.session, *_listed(query), limit, cap)
        return rows, _labelled(n, cap)

    def summary(self, customer_id: int) -> CustomerSummary | None:
        """One customer's list line (scores, last contact, open promises)."""
        with self.reading() as repo:
            return summary_of(repo.session, customer_id)

    def tags(self) -> list[str]:
        with self.reading() as repo:
            return all_tags(repo.session)


__all__: Sequence[str] = ("CustomerListService", "Interrupt", "ListQuery", "SortKey")


def _labelled(n: int, cap: int | None) -> tuple[int, bool]:
    """A count for the label: past the cap, (cap, True) reads "more than 1,000"."""
    return (cap, True) if cap is not None and n > cap else (n, False)


def _listed(query: ListQuery) -> tuple[str, Sequence[CustomerStatus], str | None, str, bool]:
    """What the list's storage reads take of a query: search, statuses, tag, order."""
    return query.search, query.statuses, query.tag, query.order_by.value, query.descending

"""The standards catalogue: versions in force, revisions, weaker promises, the standards report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from crmnote.domain import entities as e
from crmnote.domain import standards as st
from crmnote.domain.types import Category, PromiseStatus, Verdict
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.services.standards_versions import revise_standard, series
from crmnote.services.workdays import work_calendar
from crmnote.storage import report_queries as q


@dataclass(frozen=True)
class RequestStandards:
    """What a request is judged against: the standards in force the day it was raised.

    The judgment is the user's; `linked` is the standard the request names, if any, and
    `standards` every standard in force then (the linked one's category first).
    """

    request: e.Request
    linked: e.Standard | None
    standards: tuple[e.Standard, ...]


@dataclass(frozen=True)
class StandardReportRow:
    """One standard (all its versions) and how the promises made against it went."""

    series_id: int
    name: str
    category: Category
    target: str
    versions: int
    promises: int
    kept: int
    broken: int
    open: int
    claims: int
    substantiated: int


class StandardsService(ServiceBase):
    def catalogue(self) -> tuple[e.Standard, ...]:
        """Every version of every standard, by series then date."""
        with self.reading() as repo:
            return tuple(q.standards(repo.session))

    def versions(self, series_id: int) -> tuple[e.Standard, ...]:
        with self.reading() as repo:
            return tuple(series(repo, series_id))

    def in_force(
        self, on: date | None = None, category: Category | None = None
    ) -> tuple[e.Standard, ...]:
        """The standards in force on a day (default today), one version per series."""
        with self.reading() as repo:
            return st.all_in_force(q.standards(repo.session), on or self.now().date(), category)

    def revise(
        self, standard_id: int, changes: Mapping[str, Any], effective: date | None = None
    ) -> tuple[e.Standard, Changes]:
        """A new version from `effective` (default today); the current one ends the day before."""
        with self.transaction() as repo:
            current: e.Standard = repo.get("standard", standard_id)
            return revise_standard(repo, current, dict(changes), self.now(), effective)

    def check_promise(self, promise: e.Promise) -> tuple[st.WeakerPromise, ...]:
        """Standards in force that a promise (saved or still in a form) is weaker than."""
        with self.reading() as repo:
            return st.check_promise(promise, q.standards(repo.session), work_calendar(repo.session))

    def promise_warnings(self, promise_id: int) -> tuple[st.WeakerPromise, ...]:
        with self.reading() as repo:
            promise: e.Promise = repo.get("promise", promise_id)
            return st.check_promise(promise, q.standards(repo.session), work_calendar(repo.session))

    def for_request(self, request_id: int) -> RequestStandards:
        with self.reading() as repo:
            request: e.Request = repo.get("request", request_id)
            catalogue = q.standards(repo.session)
        day = request.raised_at.date()
        linked = None
        if request.standard_id is not None:
            named = next((s for s in catalogue if s.id == request.standard_id), None)
            if named is not None:
                linked = st.version_on(catalogue, named.series_id, day) or named
        found = st.all_in_force(catalogue, day)
        if linked is not None:
            found = tuple(sorted(found, key=lambda s: s.category is not linked.category))
        return RequestStandards(request, linked, found)

    def report(
        self, start: date | None = None, end: date | None = None
    ) -> tuple[StandardReportRow, ...]:
        """Per standard: promises made against it (by status) and claims against those promises."""
        with self.reading() as repo:
            catalogue = q.standards(repo.session)
            promises = q.promise_counts(repo.session, start, end)
            claims = q.claim_counts(repo.session, start, end)
        latest: dict[int, e.Standard] = {}
        counts: dict[int, int] = {}
        for s in catalogue:
            counts[s.series_id] = counts.get(s.series_id, 0) + 1
            held = latest.get(s.series_id)
            if held is None or (s.valid_from, s.id) > (held.valid_from, held.id):
                latest[s.series_id] = s
        rows = []
        for series_id, s in latest.items():
            p = promises.get(series_id, {})
            c = claims.get(series_id, {})
            rows.append(
                StandardReportRow(
                    series_id=series_id,
                    name=s.name,
                    category=s.category,
                    target=st.describe_target(s),
                    versions=counts[series_id],
                    promises=sum(p.values()),
                    kept=p.get(PromiseStatus.KEPT, 0),
                    broken=p.get(PromiseStatus.BROKEN, 0),
                    open=p.get(PromiseStatus.OPEN, 0),
                    claims=sum(c.values()),
                    substantiated=c.get(Verdict.SUBSTANTIATED, 0) + c.get(Verdict.PARTLY, 0),
                )
            )
        return tuple(sorted(rows, key=lambda r: (r.name.lower(), r.series_id)))

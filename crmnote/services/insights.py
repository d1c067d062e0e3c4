"""The insights board: complaints, suggestions and requests across customers, by theme."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from crmnote.domain import entities as e
from crmnote.domain.errors import NotFoundError, ValidationError
from crmnote.domain.reasons import say
from crmnote.domain.rules import validate
from crmnote.domain.themes import feedback_key, request_key
from crmnote.domain.types import FeedbackKind, Judgment
from crmnote.domain.views import Insight
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.storage import insight_queries as q

SEVERAL_CUSTOMERS = 3  # the same theme from this many customers is worth promoting
REASONABLE = frozenset({Judgment.WITHIN_STANDARD, Judgment.CHARGEABLE_EXTRA})
SHOWN_CUSTOMERS = 20


@dataclass(frozen=True)
class Theme:
    """One theme on the board. `key` is `feedback:<theme>` or `request:<normalised text>`."""

    key: str
    source: str
    label: str
    complaints: int
    suggestions: int
    requests: int
    reasonable: int
    customers: int
    months: tuple[tuple[str, int], ...]
    customer_ids: tuple[int, ...]
    insight: Insight | None

    @property
    def total(self) -> int:
        return self.complaints + self.suggestions + self.requests

    @property
    def promotable(self) -> bool:
        return self.reasonable > 0 or self.customers >= SEVERAL_CUSTOMERS


class _Group:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.months: Counter[str] = Counter()
        self.customers: Counter[int] = Counter()
        self.labels: Counter[str] = Counter()


class InsightsService(ServiceBase):
    def board(self, start: date | None = None, end: date | None = None) -> tuple[Theme, ...]:
        """Every theme with counts, monthly trend and customers; most customers first."""
        groups: dict[str, _Group] = defaultdict(_Group)
        request_keys: dict[str, str] = {}  # a few hundred texts over tens of thousands of rows
        with self.reading() as repo:  # rows are counted as read, never all held at once
            for theme, kind, customer, month, n in q.feedback_groups(repo.session, start, end):
                g = groups["feedback:" + feedback_key(theme)]
                g.counts["complaints" if kind is FeedbackKind.COMPLAINT else "suggestions"] += n
                g.months[month] += n
                g.customers[customer] += n
                g.labels[theme or "(no theme)"] += n
            for text, customer, judgment, month in q.request_rows(repo.session, start, end):
                key = request_keys.get(text)
                if key is None:
                    key = request_keys[text] = "request:" + request_key(text)
                g = groups[key]
                g.counts["requests"] += 1
                g.counts["reasonable"] += judgment in REASONABLE
                g.months[month] += 1
                g.customers[customer] += 1
                g.labels[text.strip()] += 1
            promoted = {i.key: i for i in q.insights(repo.session)}
        themes = [self._theme(key, g, promoted.get(key)) for key, g in groups.items()]
        return tuple(sorted(themes, key=lambda t: (-t.customers, -t.total, t.key)))

    @staticmethod
    def _theme(key: str, g: _Group, insight: Insight | None) -> Theme:
        return Theme(
            key=key,
            source=key.partition(":")[0],
            label=g.labels.most_common(1)[0][0],
            complaints=g.counts["complaints"],
            suggestions=g.counts["suggestions"],
            requests=g.counts["requests"],
            reasonable=g.counts["reasonable"],
            customers=len(g.customers),
            months=tuple(sorted(g.months.items())),
            customer_ids=tuple(c for c, _ in g.customers.most_common(SHOWN_CUSTOMERS)),
            insight=insight,
        )

    def theme(self, key: str, start: date | None = None, end: date | None = None) -> Theme:
        found = next((t for t in self.board(start, end) if t.key == key), None)
        if found is None:
            raise NotFoundError(
                say("svc.no_theme", "there is no theme '{key}' on the insights board", key=key)
            )
        return found

    def customers(self, key: str) -> list[tuple[int, str, int]]:
        """Every customer behind a theme: (id, name, how many times), most first (then by id).

        The texts that make the theme are picked from the distinct ones; the counting is
        SQL's (at 100,000 customers, reading every feedback and request row into Python held
        the interpreter for a second, beside the window)."""
        with self.reading() as repo:
            session = repo.session
            if key.startswith("feedback:"):
                themes = [
                    t for t in q.feedback_themes(session) if "feedback:" + feedback_key(t) == key
                ]
                counts = q.feedback_customers(session, themes)
            else:
                texts = [t for t in q.request_texts(session) if "request:" + request_key(t) == key]
                counts = q.request_customers(session, texts)
            names = q.customer_names(session, list(counts))
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return [(c, names.get(c, ""), n) for c, n in ranked]

    def insights(self) -> tuple[Insight, ...]:
        with self.reading() as repo:
            return tuple(q.insights(repo.session))

    def promote(self, key: str, note: str = "") -> tuple[Insight, Changes]:
        """Make a theme an insight: it needs a reasonable request or several customers."""
        theme = self.theme(key)
        if not theme.promotable:
            raise ValidationError(
                "theme",
                say(
                    "svc.not_promotable",
                    "needs a request judged reasonable or {several} customers (it has {has})",
                    several=SEVERAL_CUSTOMERS,
                    has=theme.customers,
                ),
            )
        with self.transaction() as repo:
            insight_id, insight = q.ensure_insight(
                repo.session, key, theme.label, theme.source, note, self.now()
            )
            return insight, Changes.of("insight", insight_id, None, new=True)

    def promote_request(self, request_id: int, note: str = "") -> tuple[Insight, Changes]:
        """Mark a request judged reasonable an insight, and its theme with it."""
        with self.transaction() as repo:
            request: e.Request = repo.get("request", request_id)
            marked = dataclasses.replace(request, insight=True, updated_at=self.now())
            validate(marked)  # only a request judged reasonable may be an insight
            repo.update(marked)
            key = "request:" + request_key(request.text)
            insight_id, insight = q.ensure_insight(
                repo.session, key, request.text.strip(), "request", note, self.now()
            )
            changes = Changes.of("request", request.id, request.customer_id)
            return insight, changes | Changes.of("insight", insight_id, None)

    def mark_acted(
        self, key: str, note: str = "", at: datetime | None = None
    ) -> tuple[Insight, Changes]:
        """Record that the business changed something in answer to an insight."""
        with self.transaction() as repo:
            acted = q.mark_acted(repo.session, key, at or self.now(), note, self.now())
            if acted is None:
                raise NotFoundError(
                    say("svc.not_insight", "'{key}' is not an insight; promote it first", key=key)
                )
            insight_id, insight = acted
            return insight, Changes.of("insight", insight_id, None)

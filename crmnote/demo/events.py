"""Demo data: what an interaction gives rise to (promises, claims, requests, feedback, money)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from crmnote.demo import mix as mix
from crmnote.demo import text as txt
from crmnote.demo.mix import Temper
from crmnote.domain.types import (
    Category,
    ClaimCategory,
    Judgment,
    MoneyKind,
    PromiseStatus,
    Resolution,
    TargetUnit,
    Verdict,
)

# Tables written, parents before children.
TABLES = (
    "customer",
    "contact",
    "tag",
    "interaction",
    "promise",
    "claim",
    "request",
    "feedback",
    "money",
    "effort",
    "decision",
)


@dataclass(frozen=True)
class StaffMember:
    """A staff member and how much customers' mood shifts when they deal with them."""

    id: int
    name: str
    bias: float


@dataclass(frozen=True)
class StandardVersion:
    """One dated version of a service standard, for linking promises and requests."""

    id: int
    category: Category
    value: float | None
    unit: TargetUnit | None
    valid_from: date
    valid_until: date | None


@dataclass
class _Promise:
    id: int
    category: ClaimCategory
    made: datetime
    our_fault: bool  # broken, or kept late


@dataclass
class CustomerState:
    """What the generator remembers about the customer it is writing."""

    id: int
    name: str
    temper: Temper
    order_size: float
    owner: StaffMember
    gone: bool  # referred, declined or archived: the history stops before today
    promises: list[_Promise] = field(default_factory=list)


def _add_working_days(day: date, n: int) -> date:
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def cents(value: float) -> Decimal:
    """An amount with exactly two decimals, at least 1.00."""
    return Decimal(max(100, round(value * 100))).scaleb(-2)


class Events:
    """Writes records as column dicts with ids from counters seeded by the caller."""

    def __init__(
        self,
        rng: random.Random,
        today: date,
        next_ids: dict[str, int],
        staff: list[StaffMember],
        standards: list[StandardVersion],
    ) -> None:
        self.rng = rng
        self.today = today
        self.end = datetime.combine(today, time())  # nothing happens from today on
        self.last = self.end - timedelta(minutes=1)
        self.ids = next_ids
        self.staff = staff
        self.standards_by_category: dict[Category, list[StandardVersion]] = {}
        for s in standards:
            self.standards_by_category.setdefault(s.category, []).append(s)
        self.order = "SO-10000"  # the order an interaction is about, named by all it gives rise to
        self.currency = "EUR"  # the book's home currency: demo money is all in it
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        # Values not yet produced in this run: the first records take them, so that even a
        # small data set shows every status, verdict and judgment.
        self.uncovered = {key: list(values) for key, values in mix.COVER.items()}

    def _id(self, name: str) -> int:
        n = self.ids[name]
        self.ids[name] = n + 1
        return n

    def _cover(self, key: str, natural: Any) -> Any:
        missing = self.uncovered[key]
        if not missing:
            return natural
        if natural in missing:
            missing.remove(natural)
            return natural
        return missing.pop(0)

    def _missing(self, key: str, value: Any) -> bool:
        return value in self.uncovered[key]

    def _seen(self, key: str, value: Any) -> None:
        if value in self.uncovered[key]:
            self.uncovered[key].remove(value)

    def _between(self, start: datetime, stop: datetime) -> datetime:
        """A moment in working hours after `start` up to `stop`, else shortly after `start`."""
        rng = self.rng
        if stop <= start:
            return start
        day = start.date() + timedelta(days=rng.randint(0, (stop.date() - start.date()).days))
        moment = datetime.combine(day, mix.OPENING) + timedelta(minutes=rng.randrange(600))
        if start < moment <= stop:
            return moment
        return min(start + timedelta(minutes=rng.randint(5, 90)), stop)

    def _fill(self, template: str, due: date | None = None) -> str:
        if "{" not in template:
            return template
        rng = self.rng
        v: dict[str, object] = {}
        if "{p}" in template:
            v["p"] = rng.choice(txt.PRODUCTS)
        if "{q}" in template:
            v["q"] = rng.choice(mix.QUANTITIES)
        if "{o}" in template:
            v["o"] = self.order
        if "{d}" in template:
            v["d"] = (
                f"{txt.WEEKDAYS[due.weekday()]} {due.isoformat()}"
                if due
                else rng.choice(txt.WEEKDAYS[:5])
            )
        if "{n}" in template:
            v["n"] = rng.randint(1000, 99999)
        if "{n2}" in template:
            v["n2"] = rng.randint(2, 9)
        if "{t}" in template:
            v["t"] = "1Z" + "".join(rng.choices(mix.ALNUM, k=16))
        return template.format(**v)

    def _standard(self, category: Category, day: date) -> StandardVersion | None:
        """One of the standards of that category in force on `day`, if any."""
        found = [
            s
            for s in self.standards_by_category.get(category, ())
            if s.valid_from <= day and (s.valid_until is None or day <= s.valid_until)
        ]
        return self.rng.choice(found) if found else None

    # -- records an interaction gives rise to -----------------------------------------------

    def _new_promise(self, c: CustomerState, made: datetime, staff: StaffMember, iid: int) -> None:
        rng = self.rng
        category = rng.choices(mix.PROMISE_CATS, cum_weights=mix.PROMISE_CAT_CW)[0]
        std = self._standard(category, made.date()) if rng.random() < 0.7 else None
        due = self._due(made, std) if rng.random() < 0.95 else None
        texts = txt.PROMISES[category][0]
        text = self._fill(rng.choice(texts), due)
        self._promise(c, made, staff, iid, category, text, std, due, None)

    def _due(self, made: datetime, std: StandardVersion | None) -> date:
        day = made.date()
        if std is None or std.value is None:
            return day + timedelta(days=self.rng.randint(1, 14))
        if std.unit is TargetUnit.WORKING_DAYS:
            return _add_working_days(day, math.ceil(std.value))
        if std.unit is TargetUnit.DAYS:
            return day + timedelta(days=math.ceil(std.value))
        if std.unit is TargetUnit.HOURS:
            return (made + timedelta(hours=std.value)).date()
        return day + timedelta(days=self.rng.randint(2, 10))

    def _promise(
        self,
        c: CustomerState,
        made: datetime,
        staff: StaffMember,
        iid: int | None,
        category: Category,
        text: str,
        std: StandardVersion | None,
        due: date | None,
        parent: int | None,
    ) -> None:
        rng = self.rng
        ref = due or made.date() + timedelta(days=14)
        if ref >= self.today:
            weights = mix.NOT_DUE_CW
        else:
            weights = mix.JUST_DUE_CW if (self.today - ref).days <= 14 else mix.LONG_DUE_CW
        status = rng.choices(mix.PROMISE_STATUSES, cum_weights=weights)[0]
        if parent is not None and status is PromiseStatus.RENEGOTIATED:
            status = PromiseStatus.KEPT
        if c.gone and status is PromiseStatus.OPEN:
            status = PromiseStatus.CANCELLED  # nothing stays open for a customer who left
        status = self._cover("promise", status)
        due_end = datetime.combine(ref, time(18))
        resolved: datetime | None = None
        evidence = ""
        late = False
        if status is PromiseStatus.KEPT:
            evidence = self._fill(rng.choice(txt.PROMISES[category][1]))
            late_from = due_end + timedelta(hours=15)
            if ref < self.today and rng.random() < 0.15 and late_from < self.last:
                resolved = self._between(late_from, min(due_end + timedelta(days=10), self.last))
                late = True
                evidence += f" ({(resolved.date() - ref).days} days late)"
            else:
                resolved = self._between(made, min(due_end, self.last))
        elif status is PromiseStatus.BROKEN:
            evidence = self._fill(rng.choice(txt.BROKEN_EVIDENCE))
            if due_end < self.last:
                resolved = self._between(due_end, min(due_end + timedelta(days=5), self.last))
            else:
                resolved = self._between(made, self.last)
        elif status is not PromiseStatus.OPEN:
            reneged = status is PromiseStatus.RENEGOTIATED
            evidence = rng.choice(txt.RENEGOTIATED_EVIDENCE if reneged else txt.CANCELLED_EVIDENCE)
            resolved = self._between(made, min(due_end, self.last))
        pid = self._id("promise")
        self.rows["promise"].append(
            {
                "id": pid,
                "customer_id": c.id,
                "text": text,
                "category": category,
                "made_at": made,
                "made_by": staff.id,
                "due": due,
                "standard_id": std.id if std else None,
                "interaction_id": iid,
                "status": status,
                "resolved_at": resolved,
                "evidence": evidence,
                "renegotiated_from_id": parent,
                "created_at": made,
                "updated_at": resolved or made,
            }
        )
        our_fault = late or status is PromiseStatus.BROKEN
        c.promises.append(_Promise(pid, mix.TO_CLAIM[category], made, our_fault))
        if status is PromiseStatus.RENEGOTIATED and parent is None and resolved is not None:
            new_due = max(resolved.date(), ref) + timedelta(days=rng.randint(2, 10))
            self._promise(c, resolved, staff, None, category, text, std, new_due, pid)

    def _claim(self, c: CustomerState, at: datetime, staff: StaffMember, iid: int) -> None:
        rng = self.rng
        weights = mix.CLAIM_CW_FRICTION if staff.bias < -0.5 else mix.CLAIM_CW
        category = self._cover(
            "claim_category", rng.choices(mix.CLAIM_CATS, cum_weights=weights)[0]
        )
        promise = None
        if rng.random() < 0.75:
            for p in reversed(c.promises):
                if p.category is category and p.made < at and (at - p.made).days <= 120:
                    promise = p
                    break
        if at >= self.end - timedelta(days=21) and rng.random() < 0.7:
            verdict = Verdict.PENDING
        else:
            our_fault = promise is not None and promise.our_fault
            weights = mix.OUR_FAULT_CW if our_fault else c.temper.verdicts
            verdict = rng.choices(mix.VERDICTS, cum_weights=weights)[0]
        verdict = self._cover("verdict", verdict)
        resolution = None
        resolved = None
        if verdict is not Verdict.PENDING:
            resolved = self._between(at, min(at + timedelta(days=14), self.last))
            resolution = rng.choices(mix.RESOLUTIONS, cum_weights=mix.RESOLUTION_CW[verdict])[0]
        self.rows["claim"].append(
            {
                "id": self._id("claim"),
                "customer_id": c.id,
                "raised_at": at,
                "category": category,
                "text": self._fill(rng.choice(txt.CLAIMS[category])),
                "promise_id": promise.id if promise else None,
                "interaction_id": iid,
                "staff_id": staff.id,
                "verdict": verdict,
                "verdict_note": rng.choice(txt.VERDICT_NOTES[verdict]),
                "resolution": resolution,
                "resolved_at": resolved,
                "created_at": at,
                "updated_at": resolved or at,
            }
        )
        if resolved is not None:
            if resolution in (Resolution.REFUND, Resolution.CREDIT):
                kind = MoneyKind.REFUND if resolution is Resolution.REFUND else MoneyKind.CREDIT
                amount = cents(c.order_size * rng.uniform(0.1, 0.6))
                self._money(c, resolved.date(), kind, amount, f"CN-{rng.randint(1000, 99999)}", iid)
            if rng.random() < 0.6:
                text = f"Paperwork for the claim of {at.date().isoformat()}"
                self._effort(c, resolved, staff, text)

    def _request(self, c: CustomerState, at: datetime, staff: StaffMember, iid: int) -> None:
        rng = self.rng
        kind = rng.choices(mix.REQUEST_KINDS, cum_weights=mix.REQUEST_KIND_CW)[0]
        kind = self._cover("request_kind", kind)
        _, template, std_category = rng.choice(mix.REQUESTS[kind])
        if at >= self.end - timedelta(days=14) and rng.random() < 0.6:
            judgment = Judgment.PENDING
        else:
            judgment = rng.choices(mix.JUDGMENTS, cum_weights=c.temper.judgments)[0]
        judgment = self._cover("judgment", judgment)
        outcome = None
        insight = False
        if judgment is not Judgment.PENDING:
            outcome = rng.choices(mix.OUTCOMES, cum_weights=mix.OUTCOME_CW[judgment])[0]
            if judgment is not Judgment.UNREASONABLE:
                insight = rng.random() < 0.25 or self._missing("insight", True)
                if insight:
                    self._seen("insight", True)
        note = rng.choice(txt.JUDGMENT_NOTES[judgment]) + (txt.INSIGHT_NOTE if insight else "")
        std = None
        if std_category is not None and rng.random() < 0.6:
            std = self._standard(std_category, at.date())
        self.rows["request"].append(
            {
                "id": self._id("request"),
                "customer_id": c.id,
                "raised_at": at,
                "kind": kind,
                "text": self._fill(template),
                "judgment": judgment,
                "judgment_note": note.strip(),
                "outcome": outcome,
                "insight": insight,
                "standard_id": std.id if std else None,
                "interaction_id": iid,
                "staff_id": staff.id,
                "created_at": at,
                "updated_at": at,
            }
        )

    def _feedback(
        self, c: CustomerState, at: datetime, staff: StaffMember, iid: int, mood: int | None
    ) -> None:
        rng = self.rng
        weights = c.temper.feedback
        if mood is not None and mood != 0:
            weights = mix.UNHAPPY_CW if mood < 0 else mix.HAPPY_CW
        kind = self._cover("feedback", rng.choices(txt.FEEDBACK_KINDS, cum_weights=weights)[0])
        theme = rng.choices(txt.THEMES, cum_weights=mix.THEME_CW)[0]
        self.rows["feedback"].append(
            {
                "id": self._id("feedback"),
                "customer_id": c.id,
                "at": at,
                "kind": kind,
                "theme": theme,
                "text": txt.FEEDBACK[theme][mix.FEEDBACK_INDEX[kind]],
                "interaction_id": iid,
                "staff_id": staff.id,
                "created_at": at,
                "updated_at": at,
            }
        )

    def _money(
        self,
        c: CustomerState,
        day: date,
        kind: MoneyKind,
        amount: Decimal,
        ref: str,
        iid: int | None,
    ) -> None:
        self._seen("money", kind)
        stamp = datetime.combine(day, time(12))
        self.rows["money"].append(
            {
                "id": self._id("money"),
                "customer_id": c.id,
                "at": day,
                "kind": kind,
                "amount": amount,
                "currency": self.currency,
                "rate": Decimal(1),
                "home_amount": amount,
                "reference": ref,
                "interaction_id": iid,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )

    def _effort(self, c: CustomerState, at: datetime, staff: StaffMember, text: str) -> None:
        at = min(at, self.last)
        self.rows["effort"].append(
            {
                "id": self._id("effort"),
                "customer_id": c.id,
                "at": at,
                "minutes": self.rng.randint(10, 150),
                "staff_id": staff.id,
                "text": text,
                "created_at": at,
                "updated_at": at,
            }
        )

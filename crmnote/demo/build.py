"""Demo data: whole customers with contacts, tags, interactions, sales and decisions."""

from __future__ import annotations

import math
import random
from datetime import date, datetime, time, timedelta

from crmnote.demo import text as txt
from crmnote.demo.events import (
    CustomerState,
    Events,
    StaffMember,
    StandardVersion,
    cents,
)
from crmnote.demo.mix import Temper, cw
from crmnote.domain.types import (
    Channel,
    ContactKind,
    CustomerStatus,
    DecisionAction,
    Direction,
    MoneyKind,
)

# Cumulative weights in enum order: channels, topics (txt.TOPICS order), statuses, verdicts
# (substantiated, partly, unsubstantiated, undeterminable), judgments (within standard, chargeable,
# unreasonable), feedback (complaint, suggestion, praise).
# fmt: off
_TEMPERS = (
    Temper("easy", 0.9, 0.7, 0.5, 1.0, 0.01, 0.03, 0.02, cw(25, 35, 8, 7, 20, 5),
           cw(32, 14, 8, 12, 4, 18, 12), cw(85, 2, 1, 0, 12), cw(45, 25, 15, 15),
           cw(50, 38, 12), cw(15, 35, 50)),
    Temper("demanding", 1.15, 0.0, 0.6, 1.2, 0.035, 0.07, 0.05, cw(35, 35, 8, 7, 12, 3),
           cw(26, 16, 12, 16, 10, 10, 10), cw(70, 15, 4, 1, 10), cw(30, 25, 30, 15),
           cw(30, 40, 30), cw(35, 40, 25)),
    Temper("difficult", 1.6, -0.8, 0.72, 1.7, 0.09, 0.14, 0.12, cw(42, 30, 5, 10, 10, 3),
           cw(20, 18, 16, 10, 22, 6, 8), cw(45, 25, 12, 8, 10), cw(10, 15, 60, 15),
           cw(12, 30, 58), cw(60, 30, 10)),
)
# fmt: on
_TEMPER_CW = cw(72, 19, 9)
_ACTIVITY_MEAN = sum(t.activity * w for t, w in zip(_TEMPERS, (0.72, 0.19, 0.09), strict=True))
_LOGNORM_MEAN = math.exp(0.6**2 / 2)  # mean of lognormvariate(0, 0.6)
_CHANNELS = tuple(Channel)
_MINUTES = {
    Channel.CALL: (2, 25),
    Channel.EMAIL: (2, 12),
    Channel.MEETING: (20, 90),
    Channel.VISIT: (15, 120),
    Channel.MESSAGE: (1, 4),
    Channel.OTHER: (1, 20),
}
_STATUSES = tuple(CustomerStatus)
_DECISION_FOR = {
    CustomerStatus.WATCH: DecisionAction.WATCH,
    CustomerStatus.REFERRED: DecisionAction.REFER,
    CustomerStatus.DECLINED: DecisionAction.DECLINE,
}
_GONE = (CustomerStatus.REFERRED, CustomerStatus.DECLINED, CustomerStatus.ARCHIVED)
_SEGMENTS = (("retail", 60.0), ("wholesale", 1200.0), ("b2b", 600.0))  # with typical order size


def _poisson(rng: random.Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 30:  # the normal approximation is close and O(1)
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


class Builder(Events):
    """Generates whole customers; `rows` holds their column dicts per table until taken."""

    def __init__(
        self,
        rng: random.Random,
        today: date,
        next_ids: dict[str, int],
        staff: list[StaffMember],
        standards: list[StandardVersion],
        per_customer: float,
    ) -> None:
        super().__init__(rng, today, next_ids, staff, standards)
        self.per_customer = per_customer / _ACTIVITY_MEAN / _LOGNORM_MEAN

    def customer(self) -> None:
        """One customer with a temperament, a status and a history up to yesterday."""
        rng = self.rng
        t = rng.choices(_TEMPERS, cum_weights=_TEMPER_CW)[0]
        segment, order_size = rng.choice(_SEGMENTS)
        status = self._cover("status", rng.choices(_STATUSES, cum_weights=t.statuses)[0])
        who = txt.person(rng, segment != "retail" or rng.random() < 0.1)
        owner = rng.choice(self.staff)
        c = CustomerState(self._id("customer"), who.name, t, order_size, owner, status in _GONE)
        span = rng.randint(14, 730)
        start = self.end - timedelta(days=span)
        stop = rng.randint(span // 3, span - 1) if status in _GONE else span - 1
        lam = self.per_customer * t.activity * rng.lognormvariate(0, 0.6)
        minutes = sorted(
            rng.randint(0, stop) * 1440 + 480 + rng.randrange(600)
            for _ in range(_poisson(rng, lam))
        )
        if minutes and status not in _GONE and rng.random() < 0.3:
            # A recent contact, so the Today view has promises coming due.
            recent = (span - rng.randint(1, 6)) * 1440 + 480 + rng.randrange(600)
            minutes[-1] = max(minutes[-1], recent)
        created = start + timedelta(hours=7, minutes=30)
        last_at = created
        for m in minutes:
            last_at = start + timedelta(minutes=m)
            self._interaction(c, last_at)
        self._customer_rows(c, who, segment, status, created, last_at)
        self._decision(c, status, last_at)

    def _customer_rows(
        self,
        c: CustomerState,
        who: txt.Person,
        segment: str,
        status: CustomerStatus,
        created: datetime,
        updated: datetime,
    ) -> None:
        rng = self.rng
        notes = rng.sample(txt.CUSTOMER_NOTES[c.temper.name], rng.randint(0, 2))
        self.rows["customer"].append(
            {
                "id": c.id,
                "name": who.name,
                "company": who.company,
                "address": who.address,
                "status": status,
                "owner_id": c.owner.id,
                "source": rng.choice(txt.SOURCES),
                "notes": " ".join(notes),
                "difficulty": None,
                "trust": None,
                "last_contact_at": None,
                "open_promises": 0,
                "next_due": None,
                "created_at": created,
                "updated_at": updated,
            }
        )
        points = [(ContactKind.EMAIL, v, label) for v, label in who.emails]
        points += [(ContactKind.PHONE, v, label) for v, label in who.phones]
        for position, (kind, value, label) in enumerate(points):
            self.rows["contact"].append(
                {
                    "id": self._id("contact"),
                    "customer_id": c.id,
                    "kind": kind,
                    "value": value,
                    "label": label,
                    "position": position,
                }
            )
        tags = {segment, "b2b"} if segment == "wholesale" else {segment}
        for tag, chance in (("vip", 0.08), ("newsletter", 0.25), ("export", 0.08)):
            if rng.random() < chance:
                tags.add(tag)
        if c.temper.name == "difficult" and rng.random() < 0.4:
            tags.add("late payer")
        self.rows["tag"].extend({"customer_id": c.id, "tag": tag} for tag in sorted(tags))

    def _interaction(self, c: CustomerState, at: datetime) -> None:
        rng = self.rng
        t = c.temper
        staff = c.owner if rng.random() < 0.7 else rng.choice(self.staff)
        self.order = f"SO-{rng.randint(10000, 99999)}"
        channel = rng.choices(_CHANNELS, cum_weights=t.channels)[0]
        low, high = _MINUTES[channel]
        mood = None
        if rng.random() >= (0.35 if channel in (Channel.EMAIL, Channel.MESSAGE) else 0.1):
            mood = max(-2, min(2, round(t.mood + staff.bias + rng.gauss(0, 0.7))))
        topic = rng.choices(txt.TOPIC_NAMES, cum_weights=t.topics)[0]
        summaries, openings = txt.TOPICS[topic]
        parts = (
            self._fill(rng.choice(openings)),
            rng.choice(txt.MOOD_LINES[0 if mood is None else mood]),
            self._fill(rng.choice(txt.CLOSERS)),
        )
        iid = self._id("interaction")
        self.rows["interaction"].append(
            {
                "id": iid,
                "customer_id": c.id,
                "at": at,
                "channel": channel,
                "direction": Direction.IN if rng.random() < t.inbound else Direction.OUT,
                "minutes": int(rng.randint(low, high) * t.minutes),
                "staff_id": staff.id,
                "summary": rng.choice(summaries),
                "notes": " ".join(p for p in parts if p),
                "mood": mood,
                "created_at": at,
                "updated_at": at,
            }
        )
        recent = at >= self.end - timedelta(days=10)
        if rng.random() < (0.6 if recent else 0.25):
            self._new_promise(c, at, staff, iid)
        if rng.random() < (0.5 if topic == "problem" else t.claim):
            self._claim(c, at, staff, iid)
        if rng.random() < t.request:
            self._request(c, at, staff, iid)
        if rng.random() < 0.06:
            self._feedback(c, at, staff, iid, mood)
        if topic == "order" and rng.random() < 0.9:
            self._sale(c, at, iid)
        if t.name == "difficult" and rng.random() < 0.05:
            when = self._between(at, min(at + timedelta(days=1), self.last))
            self._effort(c, when, staff, self._fill(rng.choice(txt.EFFORT)))

    # -- sales and decisions ---------------------------------------------------------------

    def _sale(self, c: CustomerState, at: datetime, iid: int) -> None:
        rng = self.rng
        day = at.date()
        amount = cents(c.order_size * rng.lognormvariate(0, 0.5))
        invoice = f"INV-{day.year}-{rng.randint(1, 99999):05d}"
        self._money(c, day, MoneyKind.SALE, amount, invoice, iid)
        if rng.random() < 0.07 or self._missing("money", MoneyKind.DISCOUNT):
            share = rng.choice((0.03, 0.05, 0.1))
            self._money(c, day, MoneyKind.DISCOUNT, cents(float(amount) * share), invoice, iid)
        back = day + timedelta(days=rng.randint(3, 30))
        if back >= self.today:
            return
        if rng.random() < c.temper.returns or self._missing("money", MoneyKind.RETURN):
            value = cents(float(amount) * rng.uniform(0.1, 1.0))
            rma = f"RMA-{rng.randint(1000, 99999)}"
            self._money(c, back, MoneyKind.RETURN, value, rma, None)
            settled = back + timedelta(days=rng.randint(1, 10))
            if settled < self.today:
                kind = MoneyKind.REFUND if rng.random() < 0.6 else MoneyKind.CREDIT
                if self._missing("money", MoneyKind.CREDIT):
                    kind = MoneyKind.CREDIT
                self._money(c, settled, kind, value, rma, None)
            if rng.random() < 0.7:
                when = datetime.combine(back, time(10)) + timedelta(minutes=rng.randrange(420))
                self._effort(c, when, c.owner, f"Handled return {rma}")

    def _decision(self, c: CustomerState, status: CustomerStatus, last_at: datetime) -> None:
        rng = self.rng
        action = _DECISION_FOR.get(status)
        if status is CustomerStatus.ACTIVE:
            chance = {"easy": 0.02, "demanding": 0.1, "difficult": 0.3}[c.temper.name]
            if rng.random() < chance:
                reprice = c.temper.name == "difficult" or rng.random() < 0.3
                action = DecisionAction.REPRICE if reprice else DecisionAction.KEEP
        if action is None:
            return
        at = self._between(last_at, min(last_at + timedelta(days=3), self.last))
        referral_to = message = ""
        if action is DecisionAction.REFER:
            referral_to, what = rng.choice(txt.REFERRALS)
            message = txt.REFERRAL_MESSAGE.format(
                name=c.name, to=referral_to, what=what, staff=c.owner.name
            )
        self.rows["decision"].append(
            {
                "id": self._id("decision"),
                "customer_id": c.id,
                "at": at,
                "action": action,
                "reason": rng.choice(txt.DECISION_REASONS[action]),
                "decided_by": c.owner.id,
                "referral_to": referral_to,
                "message": message,
                "created_at": at,
                "updated_at": at,
            }
        )

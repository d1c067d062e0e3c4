"""Working days: weekends and the public holidays of the business's country (`holidays` package).

A `WorkCalendar` is named by the Settings value `country`: an ISO 3166 code, optionally with a
subdivision (`DE`, `DE-BY`, `US-CA`); empty means weekends only (Saturday and Sunday). The
country's own weekend is used where it differs (Friday and Saturday in some countries).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from crmnote.domain import rule_messages as rm
from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Reason

_SAT_SUN = frozenset({5, 6})


@functools.lru_cache(maxsize=8)
def _country_holidays(country: str, subdivision: str) -> Any:
    # Imported here: loading the package costs ~40 ms that most commands never need.
    import holidays

    try:
        return holidays.country_holidays(country, subdiv=subdivision or None)
    except (NotImplementedError, KeyError, ValueError) as exc:
        # "Country ZZ not available", "Entity `DE` does not have subdivision XX"
        raise ValidationError("country", Reason(rm.NO_HOLIDAYS, why=str(exc))) from None


@dataclass(frozen=True)
class WorkCalendar:
    """Which days are working days: not the weekend, not a public holiday of `country`."""

    country: str = ""
    subdivision: str = ""

    @property
    def code(self) -> str:
        return f"{self.country}-{self.subdivision}" if self.subdivision else self.country

    def _holidays(self) -> Any:
        return _country_holidays(self.country, self.subdivision) if self.country else None

    @property
    def weekend(self) -> frozenset[int]:
        table = self._holidays()
        found = getattr(table, "weekend", None)
        return frozenset(found) if found else _SAT_SUN

    def holiday(self, day: date) -> str | None:
        """The public holiday's name on `day`, or None."""
        table = self._holidays()
        if table is None:
            return None
        name = table.get(day)
        return None if name is None else str(name)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() not in self.weekend and self.holiday(day) is None

    def add_working_days(self, start: date, n: int) -> date:
        """The day `n` working days after `start`."""
        day = start
        while n > 0:
            day += timedelta(days=1)
            if self.is_working_day(day):
                n -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (negative when `end` is earlier)."""
        if end < start:
            return -self.working_days_between(end, start)
        if not self.country:
            weeks, rest = divmod((end - start).days, 7)
            count = weeks * 5
            for k in range(1, rest + 1):
                if (start + timedelta(days=weeks * 7 + k)).weekday() < 5:
                    count += 1
            return count
        return sum(
            1 for k in range(1, (end - start).days + 1) if self.is_working_day(start + timedelta(k))
        )


WEEKENDS_ONLY = WorkCalendar()


def calendar_for(code: str | None) -> WorkCalendar:
    """The calendar of a Settings value such as `DE` or `US-CA`; raises naming `country`."""
    text = (code or "").strip().upper()
    if not text:
        return WEEKENDS_ONLY
    country, _, subdivision = text.partition("-")
    if not (len(country) == 2 and country.isalpha()):
        raise ValidationError("country", Reason(rm.COUNTRY_CODE, value=repr(code)))
    calendar = WorkCalendar(country, subdivision)
    calendar._holidays()  # raises for a code the package does not know
    return calendar

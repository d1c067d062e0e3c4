"""Dates, times, numbers and money in the user's locale (Qt's QLocale), for reports and the
UI alike. The C locale (no language set) keeps the ISO forms crmnote always showed:
`2026-03-14`, `2026-03-14 09:30`, `1,234.50`."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, QTime


def _locale() -> QLocale:
    return QLocale()  # the default: the system's, or what the app or command set


def _iso(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def _date_format(locale: QLocale) -> str:
    """The locale's short date with a four-digit year (`dd.MM.yyyy`, `M/d/yyyy`)."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    d = value.date() if isinstance(value, datetime) else value
    locale = _locale()
    if _iso(locale):
        return d.isoformat()
    return locale.toString(QDate(d.year, d.month, d.day), _date_format(locale))


def moment(value: datetime | None) -> str:
    """A date and time to the minute."""
    if value is None:
        return ""
    locale = _locale()
    if _iso(locale):
        return value.strftime("%Y-%m-%d %H:%M")
    time = locale.toString(
        QTime(value.hour, value.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
    )
    return f"{day(value)} {time}"


def time_of_day(value: datetime) -> str:
    """Hours and minutes (`10:42`, `10:42 AM`)."""
    locale = _locale()
    if _iso(locale):
        return value.strftime("%H:%M")
    return locale.toString(
        QTime(value.hour, value.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
    )


def recent(value: datetime, today: date) -> str:
    """The time alone on `today`, the date and time on another day."""
    return time_of_day(value) if value.date() == today else moment(value)


def number(value: Decimal | float, decimals: int = 2) -> str:
    locale = _locale()
    if _iso(locale):
        return f"{float(value):,.{decimals}f}"
    return locale.toString(float(value), "f", decimals)


def money(amount: Decimal | float, currency: str) -> str:
    """`1.234,50 EUR` in German, `1,234.50 EUR` in English: the code, as stored, after."""
    return f"{number(amount)} {currency}".strip()

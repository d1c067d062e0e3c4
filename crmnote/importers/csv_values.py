"""Cell values of interaction files as people write them: dates, durations, channels, moods."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from datetime import datetime
from enum import StrEnum

from crmnote.domain.errors import ValidationError
from crmnote.domain.reasons import Reason, Typed, listing, message, say
from crmnote.domain.types import Channel, Direction
from crmnote.importers.parse_errors import date_problem


class DateOrder(StrEnum):
    """How to read a numeric date such as 03/04/2026."""

    DMY = "dmy"  # day first: 3 April
    MDY = "mdy"  # month first: March 4


_MONTHS = {
    m: n
    for n, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for m in names
}
_TIME = r"(?:[ T,]+(?:at )?(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?))?"
_ISO = re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})" + _TIME + "$")
_NUMERIC = re.compile(
    r"^(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})" + _TIME + "$"
)
_DAY_NAME = re.compile(
    r"^(?P<d>\d{1,2})(?:st|nd|rd|th)?[ -](?P<mon>[a-z]+)\.?,?[ -](?P<y>\d{4})" + _TIME + "$"
)
_NAME_DAY = re.compile(
    r"^(?P<mon>[a-z]+)\.? (?P<d>\d{1,2})(?:st|nd|rd|th)?,? (?P<y>\d{4})" + _TIME + "$"
)
_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+")
_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:([ap])\.?m\.?)?$")


def ambiguous_order(text: str) -> tuple[int, int] | None:
    """The two leading numbers of a slash or dash date (03/04/2026), else None."""
    m = _NUMERIC.match(text.strip().lower())
    if m is None or m.group("sep") == ".":
        return None
    return int(m.group("a")), int(m.group("b"))


def decide_order(samples: Iterable[tuple[int, str]]) -> tuple[DateOrder | None, str]:
    """The order the file's own dates prove, with the row that proves it ("" if none does).

    Raises when one row can only be day-first and another only month-first.
    """
    seen: dict[DateOrder, tuple[int, str]] = {}
    for line, text in samples:
        pair = ambiguous_order(text)
        if pair is None:
            continue
        a, b = pair
        if a > 12 >= b:
            seen.setdefault(DateOrder.DMY, (line, text))
        elif b > 12 >= a:
            seen.setdefault(DateOrder.MDY, (line, text))
    if len(seen) == 2:
        (dl, dt), (ml, mt) = seen[DateOrder.DMY], seen[DateOrder.MDY]
        raise ValidationError(
            "dates",
            say(
                "import.dates_mixed",
                "the file has day-first (row {day_row}: {day_text}) and month-first "
                "(row {month_row}: {month_text}) dates; pass {dmy} or {mdy} to say which it uses",
                day_row=dl,
                day_text=repr(dt),
                month_row=ml,
                month_text=repr(mt),
                dmy=Typed("--dates dmy"),
                mdy=Typed("--dates mdy"),
            ),
        )
    for order, (line, text) in seen.items():
        return order, say("import.proved_by", "row {row}: {text}", row=line, text=repr(text))
    return None, ""


_NO_TIME = message("import.no_time", "{value} has no readable time of day")


def _clock(field: str, raw: str, text: str | None) -> tuple[int, int, int]:
    if not text:
        return 0, 0, 0
    m = _CLOCK.match(text.strip().lower())
    if m is None:
        raise ValidationError(field, Reason(_NO_TIME, value=repr(raw)))
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    if m.group(4):
        if not 1 <= hour <= 12:
            raise ValidationError(field, Reason(_NO_TIME, value=repr(raw)))
        hour = hour % 12 + (12 if m.group(4) == "p" else 0)
    return hour, minute, second


def _make(field: str, raw: str, y: int, mo: int, d: int, clock: str | None) -> datetime:
    hour, minute, second = _clock(field, raw, clock)
    try:
        return datetime(y, mo, d, hour, minute, second)
    except ValueError as exc:
        raise ValidationError(
            field,
            say(
                "import.invalid_date",
                "{value} is not a valid date ({why})",
                value=repr(raw),
                why=date_problem(exc),
            ),
        ) from None


def parse_when(field: str, raw: str, order: DateOrder | None) -> datetime:
    """A date with an optional time of day, in the ways spreadsheets and phones write them.

    ISO (2026-03-04 14:05, with an offset converted to local time), 04.03.2026 (day first),
    4 Mar 2026, March 4, 2026, and 03/04/2026 read by `order` (refused without one when the
    numbers could be either). Two-digit years are 20YY; a date alone is midnight.
    """
    text = raw.strip()
    if not text:
        raise ValidationError(field, say("import.required", "is required"))
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        pass
    else:
        return value.astimezone().replace(tzinfo=None) if value.tzinfo else value
    low = _WEEKDAY.sub("", text.lower())
    if m := _ISO.match(low):
        return _make(field, raw, int(m["y"]), int(m["m"]), int(m["d"]), m["time"])
    if m := _DAY_NAME.match(low) or _NAME_DAY.match(low):
        if m["mon"] not in _MONTHS:
            raise ValidationError(
                field,
                say(
                    "import.no_month",
                    "{value} is not a date ({month} is no month)",
                    value=repr(raw),
                    month=repr(m["mon"]),
                ),
            )
        return _make(field, raw, int(m["y"]), _MONTHS[m["mon"]], int(m["d"]), m["time"])
    if m := _NUMERIC.match(low):
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        year += 2000 if year < 100 else 0
        if m["sep"] == "." or order is DateOrder.DMY:
            day, month = a, b
        elif order is DateOrder.MDY:
            day, month = b, a
        elif a == b or a > 12 or b > 12:
            day, month = (a, b) if a > 12 or a == b else (b, a)
        else:
            raise ValidationError(
                field,
                say(
                    "import.date_ambiguous",
                    "{value} could be day-first or month-first and no date in the file decides; "
                    "pass {dmy} or {mdy}",
                    value=repr(raw),
                    dmy=Typed("--dates dmy"),
                    mdy=Typed("--dates mdy"),
                ),
            )
        return _make(field, raw, year, month, day, m["time"])
    raise ValidationError(
        field,
        say("import.not_date", "{value} is not a date (use YYYY-MM-DD HH:MM)", value=repr(raw)),
    )


def combine_time(field: str, when: datetime, raw: str) -> datetime:
    """`when` at the time of day written in a separate time column."""
    hour, minute, second = _clock(field, raw, raw.strip())
    return when.replace(hour=hour, minute=minute, second=second)


_UNIT_SECONDS = {
    **dict.fromkeys(("h", "hr", "hrs", "hour", "hours", "t"), 3600),
    **dict.fromkeys(("m", "min", "mins", "minute", "minutes", "'"), 60),
    **dict.fromkeys(("s", "sec", "secs", "second", "seconds", '"'), 1),
}
_NUMBER = r"\d+(?:[.,]\d+)?"
_PART = re.compile(rf"({_NUMBER})\s*([a-z]+|'|\")\s*(?:and\s+|,\s*)?")
_HMS = re.compile(r"^(\d+):(\d{1,2})(?::(\d{1,2}))?$")


def parse_duration(field: str, raw: str, unit: int = 60) -> int:
    """Whole minutes from "12", "12 min", "0:12" (h:mm), "1:02:30", "1h 5m", "1.5 h", "90 s".

    A bare number counts in `unit` seconds (60: minutes; 1 for a seconds column); partial
    minutes are rounded up, as phone bills do.
    """
    text = raw.strip().lower()
    if not text:
        return 0
    if re.fullmatch(_NUMBER, text):
        seconds = float(text.replace(",", ".")) * unit
    elif m := _HMS.match(text):
        seconds = int(m[1]) * 3600 + int(m[2]) * 60 + int(m[3] or 0)
    else:
        seconds, pos = 0.0, 0
        for part in _PART.finditer(text):
            if part.start() != pos or part[2] not in _UNIT_SECONDS:
                break
            seconds += float(part[1].replace(",", ".")) * _UNIT_SECONDS[part[2]]
            pos = part.end()
        if pos == 0 or pos != len(text):
            raise ValidationError(
                field,
                say(
                    "import.not_duration",
                    "{value} is not a duration (e.g. 12, 0:12 or 1h 5m)",
                    value=repr(raw),
                ),
            )
    return math.ceil(round(seconds, 6) / 60)


def _words(*pairs: tuple[str, tuple[str, ...]]) -> dict[str, str]:
    return {w: value for value, words in pairs for w in words}


_IN, _OUT = Direction.IN, Direction.OUT
_CHANNELS: dict[str, tuple[Channel, Direction | None]] = {
    **dict.fromkeys(
        ("call", "phone", "phone call", "telephone", "tel", "voice", "voice call", "mobile"),
        (Channel.CALL, None),
    ),
    **dict.fromkeys(("cell", "voicemail", "voice mail", "ring"), (Channel.CALL, None)),
    **dict.fromkeys(
        ("incoming", "incoming call", "inbound", "inbound call", "missed", "missed call"),
        (Channel.CALL, _IN),
    ),
    **dict.fromkeys(("received", "rejected", "declined", "blocked"), (Channel.CALL, _IN)),
    **dict.fromkeys(
        ("outgoing", "outgoing call", "outbound", "outbound call", "dialled", "dialed"),
        (Channel.CALL, _OUT),
    ),
    **dict.fromkeys(("email", "e-mail", "e mail", "mail", "emails"), (Channel.EMAIL, None)),
    **dict.fromkeys(
        ("meeting", "meet", "video", "video call", "zoom", "teams", "google meet", "conference"),
        (Channel.MEETING, None),
    ),
    **dict.fromkeys(("appointment", "webinar"), (Channel.MEETING, None)),
    **dict.fromkeys(
        ("visit", "site visit", "on site", "onsite", "home visit", "in person", "walk in"),
        (Channel.VISIT, None),
    ),
    **dict.fromkeys(("store visit", "shop visit", "walkin"), (Channel.VISIT, None)),
    **dict.fromkeys(
        ("message", "sms", "text", "text message", "whatsapp", "chat", "live chat", "signal"),
        (Channel.MESSAGE, None),
    ),
    **dict.fromkeys(
        ("telegram", "imessage", "messenger", "dm", "im", "mms", "messages"),
        (Channel.MESSAGE, None),
    ),
    **dict.fromkeys(("other", "note", "letter", "post", "fax"), (Channel.OTHER, None)),
}
_DIRECTIONS = _words(
    (_IN, ("in", "incoming", "inbound", "received", "from customer", "missed", "inb", "i")),
    (_OUT, ("out", "outgoing", "outbound", "sent", "dialled", "dialed", "to customer", "o")),
)
_MOODS = {
    **dict.fromkeys(("hostile", "angry", "furious", "abusive", "aggressive", "irate"), -2),
    **dict.fromkeys(("frustrated", "annoyed", "upset", "unhappy", "negative", "irritated"), -1),
    **dict.fromkeys(("neutral", "ok", "okay", "fine", "normal", "calm"), 0),
    **dict.fromkeys(("pleased", "happy", "positive", "satisfied", "good", "friendly"), 1),
    **dict.fromkeys(("delighted", "thrilled", "very happy", "excellent", "great"), 2),
}


def _key(text: str) -> str:
    return " ".join(text.strip().lower().replace("_", " ").replace("-", " ").split())


def parse_channel(field: str, raw: str) -> tuple[Channel, Direction | None]:
    """The channel of a word ("phone" is a call, "WhatsApp" a message) and the direction
    some words imply ("Outgoing" in a phone's call log is an outgoing call)."""
    key = _key(raw)
    found = _CHANNELS.get(key) or _CHANNELS.get(key.replace(" ", ""))
    if found is None:
        raise ValidationError(
            field,
            say(
                "import.not_channel",
                "{value} is not a channel ({names}, or a word for one)",
                value=repr(raw),
                names=listing(Channel),
            ),
        )
    return found


def parse_direction(field: str, raw: str) -> Direction:
    found = _DIRECTIONS.get(_key(raw))
    if found is None:
        raise ValidationError(
            field,
            say("import.not_direction", "{value} is not a direction (in or out)", value=repr(raw)),
        )
    return Direction(found)


def parse_mood(field: str, raw: str) -> int | None:
    """-2 … +2, or a word for one ("hostile", "neutral", "delighted"); empty is no mood."""
    text = " ".join(raw.strip().lower().split())
    if not text:
        return None
    if m := re.match(r"^([+\-−]?\d+)\b", text):
        value = int(m[1].replace("−", "-"))
    elif text in _MOODS:
        value = _MOODS[text]
    else:
        raise ValidationError(
            field,
            say(
                "import.not_mood",
                "{value} is not a mood (-2 hostile … +2 delighted)",
                value=repr(raw),
            ),
        )
    if not -2 <= value <= 2:
        raise ValidationError(
            field,
            say(
                "import.mood_range",
                "{value}: must be between -2 (hostile) and +2 (delighted)",
                value=repr(raw),
            ),
        )
    return value

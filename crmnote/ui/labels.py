"""Translated names for kinds, fields and values, and how values are shown in lists."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from crmnote import formats

NONE = "—"

_KINDS: dict[str, object] = {
    "customer": QT_TRANSLATE_NOOP("kinds", "Customer"),
    "staff": QT_TRANSLATE_NOOP("kinds", "Staff member"),
    "interaction": QT_TRANSLATE_NOOP("kinds", "Interaction"),
    "standard": QT_TRANSLATE_NOOP("kinds", "Standard"),
    "promise": QT_TRANSLATE_NOOP("kinds", "Promise"),
    "claim": QT_TRANSLATE_NOOP("kinds", "Claim"),
    "request": QT_TRANSLATE_NOOP("kinds", "Request"),
    "feedback": QT_TRANSLATE_NOOP("kinds", "Feedback"),
    "money": QT_TRANSLATE_NOOP("kinds", "Money"),
    "effort": QT_TRANSLATE_NOOP("kinds", "Effort"),
    "decision": QT_TRANSLATE_NOOP("kinds", "Decision"),
    "attachment": QT_TRANSLATE_NOOP("kinds", "Evidence file"),
}

_KINDS_PLURAL: dict[str, object] = {
    "customer": QT_TRANSLATE_NOOP("kinds", "Customers"),
    "staff": QT_TRANSLATE_NOOP("kinds", "Staff members"),
    "interaction": QT_TRANSLATE_NOOP("kinds", "Interactions"),
    "standard": QT_TRANSLATE_NOOP("kinds", "Standards"),
    "promise": QT_TRANSLATE_NOOP("kinds", "Promises"),
    "claim": QT_TRANSLATE_NOOP("kinds", "Claims"),
    "request": QT_TRANSLATE_NOOP("kinds", "Requests"),
    "feedback": QT_TRANSLATE_NOOP("kinds", "Feedback entries"),
    "money": QT_TRANSLATE_NOOP("kinds", "Money entries"),
    "effort": QT_TRANSLATE_NOOP("kinds", "Efforts"),
    "decision": QT_TRANSLATE_NOOP("kinds", "Decisions"),
    "attachment": QT_TRANSLATE_NOOP("kinds", "Evidence files"),
}

_MOODS: dict[int, object] = {
    -2: QT_TRANSLATE_NOOP("labels", "−2 hostile"),
    -1: QT_TRANSLATE_NOOP("labels", "−1 frustrated"),
    0: QT_TRANSLATE_NOOP("labels", "0 neutral"),
    1: QT_TRANSLATE_NOOP("labels", "+1 pleased"),
    2: QT_TRANSLATE_NOOP("labels", "+2 delighted"),
}


_ACCESS: dict[str, object] = {
    "owner": QT_TRANSLATE_NOOP("labels", "owner"),
    "staff": QT_TRANSLATE_NOOP("labels", "staff"),
    "viewer": QT_TRANSLATE_NOOP("labels", "viewer"),
}


def access_label(access: Enum | str) -> str:
    """What a team member may do, in a word: owner, staff, viewer."""
    key = access.value if isinstance(access, Enum) else access
    return QCoreApplication.translate("labels", str(_ACCESS.get(str(key), key)))


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def kind_label(kind: str) -> str:
    return tr("kinds", str(_KINDS.get(kind, kind)))


def kind_plural(kind: str) -> str:
    """ "Promises", "Money entries": a list of records of the kind."""
    return tr("kinds", str(_KINDS_PLURAL.get(kind, kind)))


def humanize(name: str) -> str:
    """`judgment_note` → `Judgment note`, `made_by` → `Made by`, `owner_id` → `Owner`."""
    return name.removesuffix("_id").replace("_", " ").capitalize()


def field_label(name: str) -> str:
    # Field names come from the entity dataclasses; translators get them in the "fields" context.
    return tr("fields", humanize(name))


def mood_label(mood: int | None) -> str:
    return NONE if mood is None else tr("labels", str(_MOODS.get(mood, mood)))


def mood_choices() -> list[tuple[str, int | None]]:
    return [(NONE, None), *((tr("labels", str(text)), m) for m, text in _MOODS.items())]


def enum_label(value: Enum | str) -> str:
    raw = value.value if isinstance(value, Enum) else value
    return tr("values", humanize(str(raw))) if raw else ""


# One order for the categories of promises, standards and claims, so the lists read alike.
_CATEGORY_ORDER = ("speed", "quality", "quantity", "communication", "price", "conduct", "other")


def ordered(enum: type[Enum]) -> list[Enum]:
    """An enum's members in the order to offer them: categories in one shared order."""
    members = list(enum)
    if all(m.value in _CATEGORY_ORDER for m in members):
        return sorted(members, key=lambda m: _CATEGORY_ORDER.index(m.value))
    return members


def show(value: Any) -> str:
    """A value as one short line of text."""
    locale = QLocale()
    if value is None:
        return NONE
    if isinstance(value, Enum):
        return enum_label(value)
    if isinstance(value, bool):
        return tr("labels", "yes") if value else tr("labels", "no")
    if isinstance(value, datetime):
        return formats.moment(value)
    if isinstance(value, date):
        return formats.day(value)
    if isinstance(value, Decimal):
        return locale.toString(float(value), "f", 2)
    if isinstance(value, float):
        return locale.toString(value, "f", 0)
    from crmnote.domain.entities import ContactPoint  # here: entities is not a start-up import

    if isinstance(value, ContactPoint):
        return f"{value.value} ({value.label})" if value.label else value.value
    if isinstance(value, tuple):
        return ", ".join(show(v) for v in value)
    return str(value)


def first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def score_event_label(kind: str) -> str:
    """What moved a score, e.g. `claim_unsubstantiated` → "Claim unsubstantiated" (the
    domain's label, shared with the command line and the reports)."""
    from crmnote import messages
    from crmnote.domain.scoring_events import contribution_label

    return messages.text(contribution_label(kind))

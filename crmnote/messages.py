"""Sentences the domain builds, in the user's language.

The domain hands over a `Reason` (crmnote/domain/reasons.py): a message id, its English
template and typed parameters. Here the template is looked up in the "reasons" translation
context and filled in for the locale: dates and numbers through `crmnote.formats` (QLocale),
day counts with the language's plural, known units by their translated names, and nested
reasons translated in turn. A plain `str` (the book's data, or a message nobody translated)
passes through unchanged. The desktop app, the reports and the command line all use this.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from crmnote import formats
from crmnote.domain.reasons import (
    MESSAGES,
    Days,
    Field,
    Kind,
    Listing,
    Reason,
    Typed,
    Unit,
    english,
    is_plural,
)

CONTEXT = "reasons"

# The units of measure crmnote knows (domain.measures.unit_label, domain.standards), as they
# follow a number; a unit the user typed ("helmets") is their data and is shown as typed.
UNITS = (
    QT_TRANSLATE_NOOP("reasons", "hour"),
    QT_TRANSLATE_NOOP("reasons", "hours"),
    QT_TRANSLATE_NOOP("reasons", "day"),
    QT_TRANSLATE_NOOP("reasons", "days"),
    QT_TRANSLATE_NOOP("reasons", "working day"),
    QT_TRANSLATE_NOOP("reasons", "working days"),
    QT_TRANSLATE_NOOP("reasons", "percent"),
    QT_TRANSLATE_NOOP("reasons", "unit"),
    QT_TRANSLATE_NOOP("reasons", "units"),
    QT_TRANSLATE_NOOP("reasons", "amount"),
)


# The kinds whose label is not their name capitalised (as crmnote.ui.labels names them).
_KIND_LABELS = {"staff": "Staff member", "attachment": "Evidence file"}


def _plural(text: str, n: int) -> str:
    """A plural in the "reasons" context (listed for lupdate by extra.py)."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def _label(name: str) -> str:
    """`valid_from` → `Valid from`: how crmnote.ui.labels names fields and values."""
    return name.removesuffix("_id").replace("_", " ").capitalize()


_SPEC = re.compile(r"(?P<sign>[+ ]?)(?P<width>\d*)(?:\.(?P<decimals>\d+))?(?P<kind>[fg%d]?)")


def _number(value: float, spec: str) -> str:
    """`{x:.1f}`, `{x:.0%}`, `{x:g}`, `{x}` and a signed, padded `{x:+6.1f}` in the locale's
    digits and separators."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    found = _SPEC.fullmatch(spec)
    if found is None:  # a format crmnote does not use: Python's, in its own digits
        return format(value, spec)
    kind = found["kind"] or "g"
    decimals = int(found["decimals"]) if found["decimals"] else -1
    if kind == "%":
        shown = locale.toString(value * 100, "f", max(decimals, 0)) + locale.percent()
    elif kind == "f":
        shown = locale.toString(value, "f", 6 if decimals < 0 else decimals)
    elif isinstance(value, int):
        shown = locale.toString(value)
    else:
        shown = locale.toString(value, "g", 12)
    if found["sign"] == "+" and value >= 0:
        shown = locale.positiveSign() + shown
    return shown.rjust(int(found["width"] or 0))


def number(value: float | Decimal, spec: str = "") -> str:
    """A number as `format(value, spec)` would write it, in the locale's digits."""
    return _number(float(value) if isinstance(value, Decimal) else value, spec)


class _Formatter(string.Formatter):
    """str.format's fields, each value formatted for the locale by its type."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Reason):
            return text(value)
        if isinstance(value, Days):
            counted = _plural("%n day(s)", int(value))
            return format(value, "") if "(s)" in counted else counted  # no translation loaded
        if isinstance(value, Unit):
            return QCoreApplication.translate(CONTEXT, str(value))
        if isinstance(value, Listing):
            return ", ".join(self.format_field(item, format_spec) for item in value)
        if isinstance(value, Typed):  # as typed, whatever the language: a name
            return QLocale().quoteString(str(value))
        if isinstance(value, Kind):
            # Here, not at the top: the record kinds' module is not a start-up import.
            from crmnote.domain.kinds import KINDS

            if value not in KINDS and value not in _KIND_LABELS:  # typed, or read from a file
                return QLocale().quoteString(str(value))
            label = _KIND_LABELS.get(value, _label(value))
            shown = QCoreApplication.translate("kinds", label)
            return str(value) if shown == label else shown
        if isinstance(value, Field):
            return QCoreApplication.translate("fields", _label(value))
        if isinstance(value, Enum):  # a status or verdict: the word lists and forms use
            word = _label(str(value.value))
            shown = QCoreApplication.translate("values", word)
            return str(value.value) if shown == word else shown
        if isinstance(value, datetime) and "%H" in format_spec:  # `{at:%Y-%m-%d %H:%M}`
            return formats.moment(value)
        if isinstance(value, date | datetime):
            return formats.day(value)
        if isinstance(value, Decimal):  # money's amount: `{cost:.2f}`
            return _number(float(value), format_spec)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return str(super().format_field(value, format_spec))
        return _number(value, format_spec)


_FORMATTER = _Formatter()


def text(reason: str) -> str:
    """A reason in the user's language; a plain `str` as it is."""
    if not isinstance(reason, Reason):
        return reason
    template = MESSAGES[reason.msg_id]
    params = dict(reason.params)
    if is_plural(template):  # Qt picks the language's form for n and fills in %n
        n = int(params.get("n", 0))
        translated = QCoreApplication.translate(CONTEXT, template, None, n)
        if "(s)" in translated or "(ies)" in translated:  # no translation loaded: the English rule
            translated = english(template, params)
    else:
        translated = QCoreApplication.translate(CONTEXT, template)
    try:
        return _FORMATTER.vformat(translated, (), params)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong field: English
        return _FORMATTER.vformat(english(template, params), (), params)


def lines(reasons: Iterable[str], bullet: str = "• ") -> str:
    return "\n".join(f"{bullet}{text(r)}" for r in reasons)

"""Translated words and formats for reports: vocabulary labels, dates, money and durations."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QCoreApplication

from crmnote import formats

# Spelled `translate("reports", …)` at every call so pyside6-lupdate finds the strings.
translate = QCoreApplication.translate


def vocabulary() -> dict[str, str]:
    """Labels for every stored vocabulary value (statuses, channels, verdicts…), translated."""
    return {
        # customer status
        "active": translate("reports", "active"),
        "watch": translate("reports", "watch"),
        "referred": translate("reports", "referred"),
        "declined": translate("reports", "declined"),
        "archived": translate("reports", "archived"),
        # channels and directions
        "call": translate("reports", "call"),
        "email": translate("reports", "email"),
        "meeting": translate("reports", "meeting"),
        "visit": translate("reports", "visit"),
        "message": translate("reports", "message"),
        "other": translate("reports", "other"),
        "in": translate("reports", "incoming"),
        "out": translate("reports", "outgoing"),
        # categories
        "speed": translate("reports", "speed"),
        "quality": translate("reports", "quality"),
        "quantity": translate("reports", "quantity"),
        "communication": translate("reports", "communication"),
        "price": translate("reports", "price"),
        "conduct": translate("reports", "conduct"),
        # promise status
        "open": translate("reports", "open"),
        "kept": translate("reports", "kept"),
        "broken": translate("reports", "broken"),
        "renegotiated": translate("reports", "renegotiated"),
        "cancelled": translate("reports", "cancelled"),
        # verdicts and judgments
        "pending": translate("reports", "pending"),
        "substantiated": translate("reports", "substantiated"),
        "partly": translate("reports", "partly substantiated"),
        "unsubstantiated": translate("reports", "unsubstantiated"),
        "undeterminable": translate("reports", "undeterminable"),
        "within_standard": translate("reports", "within standard"),
        "chargeable_extra": translate("reports", "chargeable extra"),
        "unreasonable": translate("reports", "unreasonable"),
        # resolutions, request kinds and outcomes
        "refund": translate("reports", "refund"),
        "replacement": translate("reports", "replacement"),
        "credit": translate("reports", "credit"),
        "apology": translate("reports", "apology"),
        "none": translate("reports", "none"),
        "extra": translate("reports", "extra"),
        "renegotiation": translate("reports", "renegotiation"),
        "exception": translate("reports", "exception"),
        "granted": translate("reports", "granted"),
        "alternative": translate("reports", "alternative offered"),
        # money
        "sale": translate("reports", "sale"),
        "return": translate("reports", "return"),
        "discount": translate("reports", "discount"),
        # recommendations
        "keep": translate("reports", "keep & nurture"),
        "fix_our_side": translate("reports", "fix our side"),
        "reprice": translate("reports", "reprice"),
        "refer": translate("reports", "refer elsewhere"),
        "decline": translate("reports", "decline"),
        # target units
        "hours": translate("reports", "hours"),
        "days": translate("reports", "days"),
        "working_days": translate("reports", "working days"),
        "percent": translate("reports", "percent"),
        "units": translate("reports", "units"),
        "amount": translate("reports", "amount"),
    }


class Words:
    """Label lookups and formats for one report (translations read once)."""

    def __init__(self) -> None:
        self._labels = vocabulary()

    def label(self, value: Enum | str | None) -> str:
        if value is None:
            return ""
        raw = str(value.value if isinstance(value, Enum) else value)
        return self._labels.get(raw, raw.replace("_", " "))

    @staticmethod
    def day(value: date | datetime | None) -> str:
        return formats.day(value)

    @staticmethod
    def moment(value: datetime | None) -> str:
        return formats.moment(value)

    @staticmethod
    def money(amount: Decimal | float, currency: str) -> str:
        return formats.money(amount, currency)

    @staticmethod
    def minutes(total: int) -> str:
        hours, rest = divmod(int(total), 60)
        if not hours:
            return translate("reports", "%1 min").replace("%1", str(rest))
        text = translate("reports", "%1 h %2 min")
        return text.replace("%1", str(hours)).replace("%2", f"{rest:02d}")

    @staticmethod
    def mood(value: int | None) -> str:
        if value is None:
            return ""
        names = {
            -2: translate("reports", "hostile"),
            -1: translate("reports", "frustrated"),
            0: translate("reports", "neutral"),
            1: translate("reports", "pleased"),
            2: translate("reports", "delighted"),
        }
        return f"{value:+d} {names.get(value, '')}".strip() if value else names[0]

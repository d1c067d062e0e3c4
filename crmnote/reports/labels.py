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
        "active": translate("reports", "Active"),
        "watch": translate("reports", "Watch"),
        "referred": translate("reports", "Referred"),
        "declined": translate("reports", "Declined"),
        "archived": translate("reports", "Archived"),
        # channels and directions
        "call": translate("reports", "Call"),
        "email": translate("reports", "Email"),
        "meeting": translate("reports", "Meeting"),
        "visit": translate("reports", "Visit"),
        "message": translate("reports", "Message"),
        "other": translate("reports", "Other"),
        "in": translate("reports", "Incoming"),
        "out": translate("reports", "Outgoing"),
        # categories
        "speed": translate("reports", "Speed"),
        "quality": translate("reports", "Quality"),
        "quantity": translate("reports", "Quantity"),
        "communication": translate("reports", "Communication"),
        "price": translate("reports", "Price"),
        "conduct": translate("reports", "Conduct"),
        # promise status
        "open": translate("reports", "Open"),
        "kept": translate("reports", "Kept"),
        "broken": translate("reports", "Broken"),
        "renegotiated": translate("reports", "Renegotiated"),
        "cancelled": translate("reports", "Cancelled"),
        # verdicts and judgments
        "pending": translate("reports", "Pending"),
        "substantiated": translate("reports", "Substantiated"),
        "partly": translate("reports", "Partly substantiated"),
        "unsubstantiated": translate("reports", "Unsubstantiated"),
        "undeterminable": translate("reports", "Undeterminable"),
        "within_standard": translate("reports", "Within standard"),
        "chargeable_extra": translate("reports", "Chargeable extra"),
        "unreasonable": translate("reports", "Unreasonable"),
        # resolutions, request kinds and outcomes
        "refund": translate("reports", "Refund"),
        "replacement": translate("reports", "Replacement"),
        "credit": translate("reports", "Credit"),
        "apology": translate("reports", "Apology"),
        "none": translate("reports", "None"),
        "extra": translate("reports", "Extra"),
        "renegotiation": translate("reports", "Renegotiation"),
        "exception": translate("reports", "Exception"),
        "granted": translate("reports", "Granted"),
        "alternative": translate("reports", "Alternative offered"),
        # money
        "sale": translate("reports", "Sale"),
        "return": translate("reports", "Return"),
        "discount": translate("reports", "Discount"),
        # recommendations
        "keep": translate("reports", "Keep & nurture"),
        "fix_our_side": translate("reports", "Fix our side"),
        "reprice": translate("reports", "Reprice"),
        "refer": translate("reports", "Refer elsewhere"),
        "decline": translate("reports", "Decline"),
        "too_early": translate("reports", "Not enough history yet"),
        # target units
        "hours": translate("reports", "Hours"),
        "days": translate("reports", "Days"),
        "working_days": translate("reports", "Working days"),
        "percent": translate("reports", "Percent"),
        "units": translate("reports", "Units"),
        "amount": translate("reports", "Amount"),
    }


class Words:
    """Label lookups and formats for one report (translations read once)."""

    def __init__(self) -> None:
        self._labels = vocabulary()

    def label(self, value: Enum | str | None) -> str:
        if value is None:
            return ""
        raw = str(value.value if isinstance(value, Enum) else value)
        found = self._labels.get(raw)
        if found is not None:
            return found
        words = raw.replace("_", " ")
        return words[:1].upper() + words[1:]

    def contact(self, channel: Enum | str, direction: Enum | str) -> str:
        """ "Incoming call", "Outgoing email": how a contact reads, not two stored words."""
        raw = str(direction.value if isinstance(direction, Enum) else direction)
        what = self.label(channel).lower()
        if raw == "in":
            return translate("reports", "Incoming %1").replace("%1", what)
        if raw == "out":
            return translate("reports", "Outgoing %1").replace("%1", what)
        return self.label(channel)

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

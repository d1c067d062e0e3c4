"""Typed ids and the closed vocabularies of the domain (statuses, channels, verdicts…)."""

from __future__ import annotations

from enum import StrEnum
from typing import NewType

CustomerId = NewType("CustomerId", int)
StaffId = NewType("StaffId", int)
InteractionId = NewType("InteractionId", int)
StandardId = NewType("StandardId", int)
PromiseId = NewType("PromiseId", int)
ClaimId = NewType("ClaimId", int)
RequestId = NewType("RequestId", int)
FeedbackId = NewType("FeedbackId", int)
MoneyId = NewType("MoneyId", int)
EffortId = NewType("EffortId", int)
DecisionId = NewType("DecisionId", int)
AttachmentId = NewType("AttachmentId", int)


class CustomerStatus(StrEnum):
    ACTIVE = "active"
    WATCH = "watch"
    REFERRED = "referred"
    DECLINED = "declined"
    ARCHIVED = "archived"


class Channel(StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    VISIT = "visit"
    MESSAGE = "message"
    OTHER = "other"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class Category(StrEnum):
    """What a standard or a promise is about."""

    SPEED = "speed"
    QUALITY = "quality"
    QUANTITY = "quantity"
    COMMUNICATION = "communication"
    PRICE = "price"
    OTHER = "other"


class TargetUnit(StrEnum):
    """Unit of a standard's measurable target."""

    HOURS = "hours"
    DAYS = "days"
    WORKING_DAYS = "working_days"
    PERCENT = "percent"
    UNITS = "units"
    AMOUNT = "amount"


class PromiseStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"
    RENEGOTIATED = "renegotiated"
    CANCELLED = "cancelled"


class ClaimCategory(StrEnum):
    QUALITY = "quality"
    SPEED = "speed"
    QUANTITY = "quantity"
    PRICE = "price"
    CONDUCT = "conduct"
    OTHER = "other"


class Verdict(StrEnum):
    PENDING = "pending"
    SUBSTANTIATED = "substantiated"
    PARTLY = "partly"
    UNSUBSTANTIATED = "unsubstantiated"
    UNDETERMINABLE = "undeterminable"


class Resolution(StrEnum):
    REFUND = "refund"
    REPLACEMENT = "replacement"
    CREDIT = "credit"
    APOLOGY = "apology"
    NONE = "none"


class RequestKind(StrEnum):
    EXTRA = "extra"
    RENEGOTIATION = "renegotiation"
    EXCEPTION = "exception"
    OTHER = "other"


class Judgment(StrEnum):
    PENDING = "pending"
    WITHIN_STANDARD = "within_standard"
    CHARGEABLE_EXTRA = "chargeable_extra"
    UNREASONABLE = "unreasonable"


class Outcome(StrEnum):
    GRANTED = "granted"
    DECLINED = "declined"
    ALTERNATIVE = "alternative"


class FeedbackKind(StrEnum):
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    PRAISE = "praise"


class MoneyKind(StrEnum):
    SALE = "sale"
    RETURN = "return"
    REFUND = "refund"
    CREDIT = "credit"
    DISCOUNT = "discount"


class DecisionAction(StrEnum):
    KEEP = "keep"
    FIX_OUR_SIDE = "fix_our_side"
    WATCH = "watch"
    REPRICE = "reprice"
    REFER = "refer"
    DECLINE = "decline"


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"

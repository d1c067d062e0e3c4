"""Declared settings with their defaults.

Business settings (name, hourly cost, score weights, backups) are stored in the database so the GUI
and the command line agree and they travel with the data; window layout stays in QSettings (ui).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    help: str


BUSINESS_NAME = Setting("business_name", "", "Business name printed on PDFs")
CURRENCY = Setting("currency", "EUR", "Currency for new money entries")
HOURLY_COST = Setting("hourly_cost", 60.0, "Cost of one hour of staff time, for cost to serve")
CURRENT_STAFF = Setting("current_staff_id", None, "Staff member who records by default")
SCORE_WEIGHTS = Setting("score_weights", None, "Score weights and half-life (None: defaults)")
BACKUP_KEEP_DAYS = Setting("backup_keep_days", 30, "Days of automatic backups to keep")
DUE_SOON_DAYS = Setting("due_soon_days", 3, "Promises due within this many days are 'due soon'")
PHONE_REGION = Setting(
    "phone_region", "", "Country (ISO 3166 code) of phone numbers written without +country code"
)
BOOK_ID = Setting("book_id", None, "This book's identity in calendar UIDs (made on first export)")

ALL = (
    BUSINESS_NAME,
    CURRENCY,
    HOURLY_COST,
    CURRENT_STAFF,
    SCORE_WEIGHTS,
    BACKUP_KEEP_DAYS,
    DUE_SOON_DAYS,
    PHONE_REGION,
    BOOK_ID,
)

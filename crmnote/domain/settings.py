"""Declared settings with their defaults.

Business settings (name, hourly cost, score weights, backups) are stored in the database so the GUI
and the command line agree and they travel with the data; window layout stays in QSettings (ui).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crmnote.domain.reasons import say


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    help: str


BUSINESS_NAME = Setting(
    "business_name", "", say("setting.business_name", "Business name printed on PDFs")
)
CURRENCY = Setting(
    "currency",
    "EUR",
    say(
        "setting.currency",
        "Home currency: costs, revenue and scores are in it; new money entries' default",
    ),
)
EXCHANGE_RATES = Setting(
    "exchange_rates",
    None,
    say(
        "setting.exchange_rates",
        "Default rates: what 1 unit of another currency is worth at home",
    ),
)
COUNTRY = Setting(
    "country",
    "",
    say(
        "setting.country",
        "Country (and region) whose public holidays are not working days: DE, US-CA",
    ),
)
ATTACHMENT_MAX_MB = Setting(
    "attachment_max_mb", 25, say("setting.attachment_max_mb", "Largest evidence file accepted (MB)")
)
ATTACHMENTS_TOTAL_MB = Setting(
    "attachments_total_mb",
    2000,
    say("setting.attachments_total_mb", "Most evidence files a book holds in all (MB)"),
)
HOURLY_COST = Setting(
    "hourly_cost",
    60.0,
    say("setting.hourly_cost", "Cost of one hour of staff time, for cost to serve"),
)
CURRENT_STAFF = Setting(
    "current_staff_id", None, say("setting.current_staff_id", "Staff member who records by default")
)
SCORE_WEIGHTS = Setting(
    "score_weights",
    None,
    say("setting.score_weights", "Score weights and half-life (None: defaults)"),
)
BACKUP_KEEP_DAYS = Setting(
    "backup_keep_days", 30, say("setting.backup_keep_days", "Days of automatic backups to keep")
)
DUE_SOON_DAYS = Setting(
    "due_soon_days",
    3,
    say("setting.due_soon_days", "Promises due within this many days are 'due soon'"),
)
PHONE_REGION = Setting(
    "phone_region",
    "",
    say(
        "setting.phone_region",
        "Country (ISO 3166 code) of phone numbers written without +country code",
    ),
)
BOOK_ID = Setting(
    "book_id",
    None,
    say("setting.book_id", "This book's identity in calendar UIDs (made on first export)"),
)

OVERDUE_CHECKED = Setting(
    "overdue_checked_on",
    None,
    say("setting.overdue_checked_on", "Day scores last took in promises that fell overdue"),
)
STAFF_TEAM = Setting(
    "staff_team",
    None,
    say(
        "setting.staff_team", "The latest team-wide staff comparison (staff report), for the advice"
    ),
)

ALL = (
    BUSINESS_NAME,
    CURRENCY,
    EXCHANGE_RATES,
    COUNTRY,
    ATTACHMENT_MAX_MB,
    ATTACHMENTS_TOTAL_MB,
    HOURLY_COST,
    CURRENT_STAFF,
    SCORE_WEIGHTS,
    BACKUP_KEEP_DAYS,
    DUE_SOON_DAYS,
    PHONE_REGION,
    BOOK_ID,
)

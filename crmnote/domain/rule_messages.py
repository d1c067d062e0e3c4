"""What the validation rules say when a value is refused, as message ids with parameters
(crmnote/domain/reasons.py): the `message` of a `ValidationError`, shown at its field in the
user's language (crmnote/messages.py)."""

from __future__ import annotations

from crmnote.domain.reasons import message

EMPTY = message("validation.empty", "must not be empty")
TOO_LONG = message("validation.too_long", "is too long ({length} characters, at most {limit})")
NUL = message("validation.nul", "contains a NUL character")
ONE_LINE = message("validation.one_line", "must be one line without control characters")
NEGATIVE = message("validation.negative", "must not be negative")
MONTH = message("validation.month_of_minutes", "is more than a month of minutes")
BEFORE = message("validation.before", "is before {field}")
NOT_EMAIL = message("validation.not_email", "{value} is not an email address")
NO_DIGITS = message("validation.no_digits", "{value} has no digits")
MOOD = message("validation.mood", "must be between -2 (hostile) and +2 (delighted)")
TARGET_BOTH = message("validation.target_both", "a target needs both a value and a unit")
INSIGHT = message("validation.insight", "only a request judged reasonable can be marked an insight")
POSITIVE = message("validation.positive", "must be positive (the kind says which way)")
DECIMALS = message("validation.decimals", "has more than two decimals")
CURRENCY = message("validation.currency", "must be a three-letter code such as EUR")
ABOVE_ZERO = message("validation.above_zero", "must be more than zero")
ZERO_OR_MORE = message("validation.zero_or_more", "must be zero or more")
FOLLOW_UP = message("validation.follow_up", "say what we will put right")
BY_WHEN = message("validation.by_when", "say by when")
BEFORE_DECISION = message("validation.before_decision", "is before the decision")
UNIT_QUANTITY = message("validation.unit_quantity", "a unit needs a quantity (e.g. 20 helmets)")
PERCENTAGE = message("validation.percentage", "a percentage cannot be over 100")
NO_QUANTITY = message("validation.no_quantity", "the promise holds no quantity to compare it with")
DELAY = message(
    "validation.delay", "a delay is measured from when the promise was kept (resolved at)"
)
NEEDS_RESOLUTION = message(
    "validation.needs_resolution", "a {status} promise needs a resolution time"
)
OPEN_RESOLVED = message("validation.open_resolved", "an open promise has no resolution time")
DUE_BEFORE = message("validation.due_before", "is before the promise was made")
TRANSITION = message(
    "validation.transition", "a {old} promise cannot become {new}; reopen it first"
)

# bounds and parsing
OUT_OF_RANGE = message("validation.out_of_range", "{value} is out of range")
NOT_USABLE_NUMBER = message("validation.number_unusable", "{value} is not a number crmnote can use")
NOT_USABLE_AMOUNT = message(
    "validation.amount_unusable", "{value} is not an amount crmnote can use (below 10^12)"
)
YEARS = message("validation.years", "{value} is outside the years {first}–{last}")
NOT_DATE = message("validation.not_date", "{value} is not a date (use YYYY-MM-DD)")
NOT_DATETIME = message(
    "validation.not_datetime",
    "{value} is not a date and time (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
)
NOT_ONE_OF = message("validation.not_one_of", "{value} is not one of: {allowed}")
NOT_YES_NO = message("validation.not_yes_no", "{value} is not yes or no")
NOT_WHOLE = message("validation.not_whole", "{value} is not a whole number")
NOT_NUMBER = message("validation.not_number", "{value} is not a number")
NOT_AMOUNT = message("validation.not_amount", "{value} is not an amount")

# evidence files
NO_FILE_NAME = message("validation.file_no_name", "has no usable name")
FILE_EMPTY = message("validation.file_empty", "{name} is empty")
FILE_TOO_BIG = message(
    "validation.file_too_big", "{name} is {size:.1f} MB; files of at most {most:.1f} MB are kept"
)
FILES_FULL = message(
    "validation.files_full",
    "{name} ({size:.1f} MB) would take the book's evidence files past {total:.1f} MB "
    "({held:.1f} MB held); raise the limit in Settings",
)
FILE_KIND = message("validation.file_kind", "{name} is {media}, which is not accepted: {accepted}")

# exchange rates
RATES_MAP = message("validation.rates_map", "must map currency codes to rates")
RATES_CODE = message("validation.rates_code", "{code} is not a three-letter code")
RATES_RATE = message("validation.rates_rate", "{rate} is not a rate for {currency}")
RATES_ZERO = message("validation.rates_zero", "the rate for {currency} must be more than 0")

# standards
REPLACED = message(
    "validation.standard_replaced",
    "version {id} was replaced from {since} by version {successor}; revise that one",
)
START_AFTER = message(
    "validation.standard_start_after",
    "a new version must start after {since}, when version {id} came into force",
)
RETIRED = message("validation.standard_retired", "version {id} was retired after {until}")
KEPT_BY_APP = message("validation.kept_by_app", "is kept by the application")

# decisions
REFER_TO = message("validation.refer_to", "name who you refer them to")
HOME_RATE = message("validation.home_rate", "{currency} is the home currency: its rate is 1")
NO_RATE = message(
    "validation.no_rate",
    "{currency} is not the home currency {home}: give the rate (what 1 {currency} is worth in "
    "{home}) or set a default rate in Settings",
)

# the scores' weights (Settings)
A_NUMBER = message("validation.weight_number", "must be a number, not {value}")
FINITE = message("validation.weight_finite", "must be a finite number, not {value}")
WHOLE = message("validation.weight_whole", "must be a whole number, not {value}")
WHOLE_AT_LEAST = message(
    "validation.weight_whole_at_least", "must be a whole number, at least {least}, not {value}"
)
WEIGHT_NON_NEGATIVE = message("validation.weight_non_negative", "must be zero or more, not {value}")
WEIGHT_POSITIVE = message("validation.weight_positive", "must be more than zero, not {value}")
WEIGHT_POINTS = message("validation.weight_points", "must be between 0 and 100, not {value}")
WEIGHT_BROKEN = message(
    "validation.weight_broken",
    "must be more than 1 (broken weighs more than kept), not {value}",
)
WEIGHT_SHARE = message("validation.weight_share", "must be between 0 and 1, not {value}")

# team members and the work calendar
SIGN_IN_NAME = message(
    "validation.sign_in_name",
    "{value} cannot be a sign-in name: use letters a-z, digits and _ (up to 63, not starting "
    "with a digit)",
)
RESERVED_NAME = message(
    "validation.reserved_name", "{value} is reserved (names starting pg_ or crmnote_)"
)
NO_HOLIDAYS = message("validation.no_holidays", "no public holidays are known for it ({why})")
COUNTRY_CODE = message(
    "validation.country_code", "{value} is not a two-letter country code (e.g. DE, or US-CA)"
)

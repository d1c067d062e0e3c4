"""`crmnote settings [NAME [VALUE]]`: the business settings of the book, as in Settings."""

from __future__ import annotations

import argparse
from typing import Any

from crmnote.cli import language
from crmnote.domain import rule_messages as m
from crmnote.domain import settings as declared
from crmnote.domain.errors import ValidationError
from crmnote.domain.money import rates_text, read_rates_text
from crmnote.domain.phones import normal_region
from crmnote.domain.reasons import Reason, say

COMMANDS = ("settings",)
# What the command may change; the others have their own commands or screens.
EDITABLE = (
    declared.BUSINESS_NAME,
    declared.CURRENCY,
    declared.HOURLY_COST,
    declared.DUE_SOON_DAYS,
    declared.BACKUP_KEEP_DAYS,
    declared.PHONE_REGION,
    declared.COUNTRY,
    declared.EXCHANGE_RATES,
    declared.ATTACHMENT_MAX_MB,
    declared.ATTACHMENTS_TOTAL_MB,
)


def add_settings_command(sub: Any) -> None:
    cmd = sub.add_parser("settings", help="show or change a business setting")
    cmd.add_argument("name", nargs="?", choices=[s.key for s in EDITABLE], metavar="NAME")
    cmd.add_argument("value", nargs="?", help="the new value (empty text clears)")


def parse_value(setting: declared.Setting, text: str) -> Any:
    """The value typed for `setting`, checked as the Settings dialog checks it."""
    text = text.strip()
    if setting is declared.PHONE_REGION:
        if text and normal_region(text) is None:
            raise ValidationError(
                setting.key,
                say("cli.region", "{value} is no country code such as DE or GB", value=repr(text)),
            )
        return normal_region(text) or ""
    if setting is declared.EXCHANGE_RATES:
        return read_rates_text(text)  # checked by the service, naming the code at fault
    if setting is declared.COUNTRY:
        return text.upper()  # the service checks it against the holidays package
    if setting is declared.CURRENCY:
        if len(text) != 3 or not text.isalpha():
            raise ValidationError(setting.key, Reason(m.CURRENCY))
        return text.upper()
    if isinstance(setting.default, bool | str):
        return text
    try:
        number = float(text.replace(",", ".")) if isinstance(setting.default, float) else int(text)
    except ValueError:
        raise ValidationError(setting.key, Reason(m.NOT_NUMBER, value=repr(text))) from None
    if number < 0:
        raise ValidationError(setting.key, Reason(m.NEGATIVE))
    return number


def run_settings_command(services: Any, args: argparse.Namespace) -> int:
    chosen = [s for s in EDITABLE if args.name in (None, s.key)]
    if args.value is not None:
        (setting,) = chosen
        services.settings.set(setting, parse_value(setting, args.value))
    for setting in chosen:
        value = services.settings.get(setting)
        if setting is declared.EXCHANGE_RATES:
            value = rates_text(value)
        print(f"{setting.key} = {value!r}  # {language.sentence(setting.help)}")
    return 0

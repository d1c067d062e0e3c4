"""Reading and changing the business settings kept in the database."""

from __future__ import annotations

from typing import Any

from crmnote.domain import settings as declared
from crmnote.domain.errors import ValidationError
from crmnote.domain.money import parse_rates
from crmnote.domain.reasons import say
from crmnote.domain.settings import Setting
from crmnote.domain.types import CustomerId
from crmnote.domain.workdays import calendar_for
from crmnote.services.base import ServiceBase
from crmnote.services.changes import Changes
from crmnote.services.score_context import CHUNK, ScoreContext
from crmnote.storage import money_queries
from crmnote.storage.settings_store import read_setting, read_settings, write_setting


def _checked(setting: Setting, value: Any) -> Any:
    """The value to store, or ValidationError naming the setting."""
    if setting is declared.CURRENCY:
        code = str(value or "").strip().upper()
        if len(code) != 3 or not code.isalpha():
            raise ValidationError(
                setting.key,
                say("svc.currency_code", "must be a three-letter code such as EUR"),
            )
        return code
    if setting is declared.EXCHANGE_RATES:
        return {code: str(rate) for code, rate in parse_rates(value).items()} or None
    if setting is declared.COUNTRY:
        return calendar_for(str(value or "")).code
    sizes = (declared.ATTACHMENT_MAX_MB, declared.ATTACHMENTS_TOTAL_MB)
    if setting in sizes and (
        isinstance(value, bool) or not isinstance(value, int | float) or value <= 0
    ):
        raise ValidationError(
            setting.key, say("svc.megabytes", "must be a number of megabytes above zero")
        )
    return value


class SettingsService(ServiceBase):
    def get(self, setting: Setting) -> Any:
        with self.reading() as repo:
            return read_setting(repo.session, setting)

    def get_many(self, *settings: Setting) -> dict[Setting, Any]:
        """Several settings read in one statement (a form showing them all)."""
        with self.reading() as repo:
            return dict(zip(settings, read_settings(repo.session, *settings), strict=True))

    def set(self, setting: Setting, value: Any) -> Changes:
        """Store a setting; a new home currency is refused while money in another one exists.

        Money already in the new home currency then counts at rate 1.
        """
        value = _checked(setting, value)
        changes = Changes(kinds=frozenset({"settings"}))
        with self.transaction() as repo:
            session = repo.session
            if setting is declared.CURRENCY and value != read_setting(session, setting):
                others = [c for c in money_queries.currencies(session) if c != value]
                if others:
                    raise ValidationError(
                        setting.key,
                        say(
                            "svc.currency_held",
                            "the book holds money in {codes}: the home currency "
                            "cannot change under it",
                            codes=", ".join(others),
                        ),
                    )
                rows, moved = money_queries.rebase(session, value)
                if rows:
                    changes |= Changes(kinds=frozenset({"money", "scores"}))
                # their kept cost-to-serve sums (and so their scores) counted the old amounts
                scores = ScoreContext(session, self.now())
                for start in range(0, len(moved), CHUNK):
                    scores.rebuild_many([CustomerId(c) for c in moved[start : start + CHUNK]])
            write_setting(session, setting, value)
        return changes

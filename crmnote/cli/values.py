"""The command line's own checks: numbers in their ranges, and one-line usage errors.

Every number an option takes is checked where argparse reads it, so that a 23-digit id, a
limit of 10**23 or `inf` is refused with one line and exit code 2 before anything runs
(docs/cli.md lists the ranges). Values of record fields (`--amount`, `--due`…) are checked by
the domain's parsing and rules (exit code 1).
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from typing import NoReturn

from crmnote.domain import rule_messages as m
from crmnote.domain.bounds import MAX_INT, MIN_INT
from crmnote.domain.reasons import Reason, figure, say

EXIT_USAGE = 2
MAX_CUSTOMERS = 1_000_000  # `demo`: the benchmarks' big data set is 100,000
MAX_DAYS = 36_500  # a hundred years: date arithmetic stays far inside its range


def _said(reason: str) -> str:
    """A refusal argparse prints as text: in the user's language already (LANG)."""
    from crmnote.cli import language

    return language.sentence(reason)


def whole(low: int = 0, high: int = MAX_INT) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(_said(Reason(m.NOT_WHOLE, value=repr(text)))) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                _said(
                    say(
                        "cli.whole_range",
                        "{value} is not between {low} and {high}",
                        value=text,
                        low=low,
                        high=high,
                    )
                )
            )
        return value

    parse.__name__ = "whole number"
    return parse


def number(low: float, high: float) -> Callable[[str], float]:
    """An argparse type: a finite number from `low` to `high` (not inf, not nan)."""

    def parse(text: str) -> float:
        try:
            value = float(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                _said(Reason(m.NOT_NUMBER, value=repr(text)))
            ) from None
        if not math.isfinite(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                _said(
                    say(
                        "cli.number_range",
                        "{value} is not a number from {low:g} to {high:g}",
                        value=text,
                        low=figure(low),
                        high=figure(high),
                    )
                )
            )
        return value

    parse.__name__ = "number"
    return parse


RECORD_ID = whole(1, MAX_INT)
COUNT = whole(0, MAX_INT)
SEED = whole(MIN_INT, MAX_INT)
DAYS = whole(0, MAX_DAYS)
CUSTOMERS = whole(0, MAX_CUSTOMERS)


class Parser(argparse.ArgumentParser):
    """argparse's parser, with a usage error on one line: `crmnote log: error: …`."""

    def error(self, message: str) -> NoReturn:
        hint = f" (see {self.prog} --help)"
        print(f"{self.prog}: error: {' '.join(message.split())}{hint}", file=sys.stderr)
        sys.exit(EXIT_USAGE)

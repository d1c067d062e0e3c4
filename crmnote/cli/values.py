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
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from crmnote.cli import language
from crmnote.cli.helptext import Formatter, speaking
from crmnote.domain import rule_messages as m
from crmnote.domain.bounds import MAX_INT, MIN_INT
from crmnote.domain.reasons import Reason, figure, say

EXIT_USAGE = 2
MAX_CUSTOMERS = 1_000_000  # `demo`: the benchmarks' big data set is 100,000
MAX_DAYS = 36_500  # a hundred years: date arithmetic stays far inside its range


def _said(reason: str) -> str:
    """A refusal argparse prints as text: in the user's language already (LANG)."""
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
    """argparse's parser speaking the user's language (helptext.py), with a usage error on one
    line: `crmnote log: error: … (see crmnote log --help)`."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(add_help=False, **kwargs)
        if add_help:  # argparse's own -h, with its help text in crmnote's catalogue
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help="show this help message and exit",
            )

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with speaking():
            return super().parse_known_args(args, namespace)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with speaking():
            return super().parse_args(args, namespace)

    def format_help(self) -> str:
        language.activate()  # the translations, when LANG is not English
        with speaking():
            return super().format_help()

    def format_usage(self) -> str:
        language.activate()
        with speaking():
            return super().format_usage()

    def error(self, message: str) -> NoReturn:
        language.activate()  # the translations, when LANG is not English
        hint = language.tr("help", "(see %(prog)s --help)")
        # `prog: error: ` is the same in every language: scripts find failures by it.
        line = f"{self.prog}: error: {' '.join(message.split())}"
        print(f"{line} {hint % {'prog': self.prog}}", file=sys.stderr)
        sys.exit(EXIT_USAGE)

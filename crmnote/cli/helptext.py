"""`crmnote --help` and the usage errors in the user's language (LANG), argparse's own words too.

The parsers are defined with English literals (`help="list customers"`), as argparse expects;
they are translated where they are shown, so that parsing costs nothing more and loads no Qt:

- `Formatter` (every crmnote parser's `formatter_class`) looks each help text, description and
  epilog up in the "help" context, each metavar that is a word (`CUSTOMER`, `FILE`, the ones
  argparse makes from an option's name) in "metavars", and the section headings and the
  "usage: " prefix in "argparse" — `language.tr`, English without Qt;
- argparse builds its messages ("the following arguments are required: %s", "invalid choice:
  …") with gettext's `_()` and `ngettext()` looked up in its module (the route the Python
  documentation names for translating argparse's output). `speaking()` binds those two names to
  crmnote's translations while a crmnote parser parses, prints its help or fails, and puts
  gettext's back afterwards; argparse's messages are the "argparse" context (`ARGPARSE`).

`update.py` lists every text of the parser (`texts(build_parser())`) and `ARGPARSE` in
extra_strings.py, so that they land in the .ts files like any other string.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from crmnote.cli import language

HELP = "help"
METAVARS = "metavars"
ARGPARSE_CONTEXT = "argparse"

# argparse's messages a person can meet (Python 3.11 to 3.14; Lib/argparse.py's `_()` and
# `ngettext()` texts). The ones only a programming mistake raises (conflicting option strings,
# `dest=` missing…) are left in English; tests/unit/test_cli_help_language.py checks the list
# against the running Python's argparse. The error frame "%(prog)s: error: %(message)s" is
# not among them: `prog: error: ` stays as it is in every language so that scripts can find a
# failure (docs/cli.md "Stable for scripts"), like crmnote's own `crmnote: error: ` lines.
ARGPARSE = (
    "usage: ",
    "positional arguments",
    "options",
    "subcommands",
    "%(heading)s:",
    "argument %(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s",
    "expected one argument",
    "expected at most one argument",
    "expected at least one argument",
    "expected %s argument",
    "expected %s arguments",
    "ignored explicit argument %r",
    "invalid %(type)s value: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)",
    "not allowed with argument %s",
    "one of the arguments %s is required",
    "the following arguments are required: %s",
    "unrecognized arguments: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
)
# Titles argparse gives every parser as it is made: shown through `Formatter.start_section`,
# so making a parser (a command's, while it is parsed) never loads the translations.
_HEADINGS = frozenset({"positional arguments", "options", "subcommands"})
# An epilog's line that lists a kind's options (`  promise: --text* --due …`): typed words.
_TYPED_LINE = re.compile(r"^[\w-]+: --")


# argparse's messages that name arguments (`%s`: names joined by ", " or " ").
_NAMING = frozenset(
    {
        "argument %(argument_name)s: %(message)s",
        "the following arguments are required: %s",
        "one of the arguments %s is required",
        "not allowed with argument %s",
    }
)


def argparse_text(text: str) -> str:
    """One of argparse's messages in the user's language (translations loaded on first need:
    an error or a help is being shown)."""
    if text not in _HEADINGS:
        language.activate()
    said = language.tr(ARGPARSE_CONTEXT, text)
    return _Naming(said) if text in _NAMING else said


def argument_name(name: str) -> str:
    """An argument as an error names it: an option as typed (`--due`, `-o/--output`), a
    positional by its metavar as the usage line shows it (`kunde`, `BEFEHL`)."""
    if not name or name.startswith(("-", "{")):
        return name
    return metavar(name)


class _Naming(str):
    """A message of argparse's whose `%` fills in argument names: each shown by `argument_name`."""

    def __mod__(self, values: Any) -> str:
        if isinstance(values, dict):
            values = {**values, "argument_name": argument_name(values.get("argument_name", ""))}
        elif isinstance(values, str):
            sep = ", " if ", " in values else " "
            values = sep.join(argument_name(v) for v in values.split(sep))
        filled: str = str(self) % values
        return filled


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    # Both forms are messages of their own, chosen by English's rule: argparse says these only
    # for options taking a fixed count of values, which crmnote has none of.
    return argparse_text(singular if n == 1 else plural)


_depth = [0]


@contextmanager
def speaking() -> Iterator[None]:
    """argparse's own messages in the user's language while the block runs (re-entrant: a
    command's parser parses inside the top-level one)."""
    if _depth[0] == 0:
        saved = (getattr(argparse, "_"), getattr(argparse, "ngettext"))  # noqa: B009
        setattr(argparse, "_", argparse_text)  # noqa: B010
        setattr(argparse, "ngettext", _argparse_plural)  # noqa: B010
    _depth[0] += 1
    try:
        yield
    finally:
        _depth[0] -= 1
        if _depth[0] == 0:
            setattr(argparse, "_", saved[0])  # noqa: B010
            setattr(argparse, "ngettext", saved[1])  # noqa: B010


def help_text(text: str) -> str:
    """A help text, description or epilog in the user's language; one with several lines line
    by line (an epilog's lines of option names stay as they are)."""
    if "\n" not in text:
        return language.tr(HELP, text)
    out = []
    for line in text.split("\n"):
        body = line.strip()
        if body and not _TYPED_LINE.match(body):
            line = line[: len(line) - len(line.lstrip())] + language.tr(HELP, body)
        out.append(line)
    return "\n".join(out)


def metavar(word: str) -> str:
    # Only while help or an error is shown: argparse also formats metavars when an argument is
    # added, and translating then would make a QCoreApplication before a PDF command can make
    # the QGuiApplication its fonts need (Qt allows one application per process).
    return language.tr(METAVARS, word) if _depth[0] else word


def _is_word(text: str) -> bool:
    return any(c.isalpha() for c in text) and not text.startswith(("{", "-"))


class Formatter(argparse.HelpFormatter):
    """argparse's formatter, showing crmnote's texts and argparse's frame translated."""

    def start_section(self, heading: str | None) -> None:
        if heading and heading is not argparse.SUPPRESS:
            heading = language.tr(ARGPARSE_CONTEXT, heading)
        super().start_section(heading)

    def add_text(self, text: str | None) -> None:
        if text and text is not argparse.SUPPRESS:
            text = help_text(text)
        super().add_text(text)

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = language.tr(ARGPARSE_CONTEXT, "usage: ")
        super().add_usage(usage, actions, groups, prefix)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help
        return help_text(text) if text and text is not argparse.SUPPRESS else text

    def _metavar_formatter(
        self, action: argparse.Action, default_metavar: str
    ) -> Callable[[int], tuple[str, ...]]:
        words = action.metavar
        # A command's line in the list of commands carries its name as metavar: typed.
        if words is None or isinstance(action, _COMMAND_LINE):
            return super()._metavar_formatter(action, default_metavar)
        shown: tuple[str, ...] | str = (
            tuple(metavar(w) if _is_word(w) else w for w in words)
            if isinstance(words, tuple)
            else metavar(words)
            if _is_word(words)
            else words
        )

        def format(size: int) -> tuple[str, ...]:
            return shown if isinstance(shown, tuple) else (shown,) * size

        return format

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        return metavar(action.dest.upper())

    def _get_default_metavar_for_positional(self, action: argparse.Action) -> str:
        return metavar(action.dest)


# argparse's class for a command's line under COMMAND (private, but in every Python 3).
_COMMAND_LINE: type = argparse._SubParsersAction._ChoicesPseudoAction


def texts(parser: argparse.ArgumentParser, where: str = "") -> Iterator[tuple[str, str, str]]:
    """(context, text, where) for every text `Formatter` translates in `parser` and its
    commands' parsers: what update.py lists and the tests check."""
    where = where or parser.prog
    for text in (parser.description, parser.epilog):
        yield from _help_lines(text, where)
    for group in parser._action_groups:
        yield from _help_lines(group.description, where)
    for action in parser._actions:
        name = f"{where} {'/'.join(action.option_strings) or action.dest}"
        yield from _help_lines(action.help, name)
        yield from _metavars(action, name)
        if isinstance(action, argparse._SubParsersAction):
            for line in action._choices_actions:
                yield from _help_lines(line.help, f"{where} {line.dest}")
            for command, sub in action.choices.items():
                if isinstance(sub, argparse.ArgumentParser):
                    yield from texts(_filled(sub), f"{where} {command}")


def _filled(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    fill = getattr(parser, "filled", None)
    return fill() if fill is not None else parser


def _help_lines(text: str | None, where: str) -> Iterator[tuple[str, str, str]]:
    if not text or text is argparse.SUPPRESS:
        return
    if "\n" not in text:
        yield HELP, text, where
        return
    for line in text.split("\n"):
        body = line.strip()
        if body and not _TYPED_LINE.match(body):
            yield HELP, body, where


def _metavars(action: argparse.Action, where: str) -> Iterator[tuple[str, str, str]]:
    words: Any = action.metavar
    if words is None:
        if action.nargs == 0 or (action.choices is not None and action.option_strings):
            return  # a flag, or an option's value chosen from a list shown as it is typed
        # A positional chosen from a list shows the list, but an error names it by its dest.
        words = action.dest.upper() if action.option_strings else action.dest
    for word in words if isinstance(words, tuple) else (words,):
        if _is_word(word) and word is not argparse.SUPPRESS:
            yield METAVARS, word, where


class RawDescriptionFormatter(Formatter, argparse.RawDescriptionHelpFormatter):
    """`Formatter` keeping the description's and epilog's line breaks (a table of options)."""

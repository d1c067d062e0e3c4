"""Reasons the rules give, as a message id with parameters that also reads as an English sentence.

A `Reason` is a `str` (the English text, so it prints, joins and serialises like the plain
sentences it replaces) that also carries `msg_id` and `params`: a translation looks the id up in
its own catalogue and formats that template with the same parameters. Templates use
`str.format` fields; every template of the domain is in `MESSAGES`, in one place, so a
translator (or a test) can list them.

Parameters keep their type so that a translation can format them for its locale: a `date`,
`Days`, a `Figure` or a float, a `Unit` of measure (a word the translation has), another
`Reason` (a clause of its own), a `Listing` of them, or a `str` that is the book's data (a
name, as typed). Their English forms (`__format__`) are the ones the plain sentences always had.

A template holding `%n` is a plural: its count is the parameter `n`, and its English forms
come from `(s)` and `y(ies)` ("%n row(s)": "1 row", "3 rows"); a translation has one form per
plural form of its language (Qt's numerus forms), so no language writes "Zeile(n)".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MESSAGES: dict[str, str] = {}


def message(msg_id: str, template: str) -> str:
    """Register a template under its id (once); returns the id."""
    if MESSAGES.get(msg_id, template) != template:
        raise ValueError(f"message {msg_id!r} registered twice with different texts")
    MESSAGES[msg_id] = template
    return msg_id


def say(msg_id: str, template: str, **params: Any) -> Reason:
    """`Reason(message(msg_id, template), **params)`: a sentence registered where it is said
    (resources/translations/extra.py lists the literal templates of both calls)."""
    return Reason(message(msg_id, template), **params)


class Reason(str):
    """An English sentence built from `MESSAGES[msg_id]` and `params`."""

    msg_id: str
    params: Mapping[str, Any]

    def __new__(cls, msg_id: str, **params: Any) -> Reason:
        try:
            template = MESSAGES[msg_id]
        except KeyError:
            raise KeyError(f"no message {msg_id!r}") from None
        reason = super().__new__(cls, english(template, params).format(**params))
        reason.msg_id = msg_id
        reason.params = dict(params)
        return reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.msg_id, dict(self.params)))

    def render(self, template: str) -> str:
        """The same reason through another template (a translation) of the same fields."""
        return template.format(**self.params)

    def counted(self, n: int) -> Reason:
        """The same plural phrase for `n` ("%n row(s) whose …" built before its count was
        known, as a check's problem is)."""
        return Reason(self.msg_id, **{**self.params, "n": n})


def _rebuild(msg_id: str, params: dict[str, Any]) -> Reason:
    return Reason(msg_id, **params)


def is_plural(template: str) -> bool:
    return "%n" in template


def english(template: str, params: Mapping[str, Any]) -> str:
    """A plural template's English form for its count `n` ("%n row(s)" → "3 rows"); any other
    template as it is. A count not known yet leaves the template as written."""
    n = params.get("n")
    if not is_plural(template) or not isinstance(n, int):
        return template
    one = n == 1
    return (
        template.replace("y(ies)", "y" if one else "ies")
        .replace("(s)", "" if one else "s")
        .replace("%n", str(n))
    )


class Listing(tuple[Any, ...]):
    """Several parameters of one kind in a row ("promise, claim"), each shown by its type:
    kinds by their labels, reasons translated; joined by a comma."""

    def __format__(self, spec: str) -> str:
        return ", ".join(format(item, spec) for item in self)


def listing(items: Any) -> Listing:
    return Listing(items)


class Days(int):
    """A number of days: `1 day`, `3 days` in English; a translation has its own plural."""

    def __format__(self, spec: str) -> str:
        return (
            (f"{int(self)} day" if self == 1 else f"{int(self)} days")
            if not spec
            else super().__format__(spec)
        )


class Figure(float):
    """A quantity as typed: `20`, `2.5`, `99`; a translation writes it in its locale."""

    def __format__(self, spec: str) -> str:
        return super().__format__(spec or "g")

    def __str__(self) -> str:
        return format(self)


class Unit(str):
    """A unit of measure crmnote knows (`working days`, `hour`, `percent`), which a
    translation names in its language; a unit typed by the user is a plain `str`."""


class Kind(str):
    """A kind of record (`promise`, `staff`), which a translation names by its label; a kind
    that is not one (typed by a person, read from a file) is shown as a name, in quotes."""


class Typed(str):
    """A word a person types as it is, whatever their language (a command's argument such as
    the kind `promise`, an option `--due`): a translation shows it as a name, in quotes."""


class Field(str):
    """A field's name (`valid_from`), which a translation shows by its label in a form."""


def days(n: int) -> Days:
    """`1 day`, `3 days` (a parameter value; translations format their own plural)."""
    return Days(n)


def figure(value: float) -> Figure:
    """A quantity as typed: `20`, `2.5`, `99`."""
    return Figure(value)

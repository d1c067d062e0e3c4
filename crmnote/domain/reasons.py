"""Reasons the rules give, as a message id with parameters that also reads as an English sentence.

A `Reason` is a `str` (the English text, so it prints, joins and serialises like the plain
sentences it replaces) that also carries `msg_id` and `params`: a translation looks the id up in
its own catalogue and formats that template with the same parameters. Templates use
`str.format` fields; every template of the domain is in `MESSAGES`, in one place, so a
translator (or a test) can list them.
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


class Reason(str):
    """An English sentence built from `MESSAGES[msg_id]` and `params`."""

    msg_id: str
    params: Mapping[str, Any]

    def __new__(cls, msg_id: str, **params: Any) -> Reason:
        try:
            template = MESSAGES[msg_id]
        except KeyError:
            raise KeyError(f"no message {msg_id!r}") from None
        reason = super().__new__(cls, template.format(**params))
        reason.msg_id = msg_id
        reason.params = dict(params)
        return reason

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.msg_id, dict(self.params)))

    def render(self, template: str) -> str:
        """The same reason through another template (a translation) of the same fields."""
        return template.format(**self.params)


def _rebuild(msg_id: str, params: dict[str, Any]) -> Reason:
    return Reason(msg_id, **params)


def days(n: int) -> str:
    """`1 day`, `3 days` (a parameter value; translations format their own plural)."""
    return f"{n} day" if n == 1 else f"{n} days"


def figure(value: float) -> str:
    """A quantity as typed: `20`, `2.5`, `99`."""
    return f"{value:g}"

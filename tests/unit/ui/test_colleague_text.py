"""The status bar's sentence for a colleague's change: who did what, to which customer."""

from __future__ import annotations

from typing import Any

import pytest

from crmnote.services.changes import Changes
from crmnote.services.colleagues import ColleagueChange
from crmnote.ui.window.colleague_text import colleague_sentence


def _change(**values: Any) -> ColleagueChange:
    return ColleagueChange(Changes(), **values)


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        (
            _change(author="Bob", kind="interaction", op="insert", count=1,
                    customer="Fjord Bikes", channel="visit"),
            "Bob logged a visit to Fjord Bikes",
        ),
        (
            _change(author="Bob", kind="interaction", op="insert", count=1,
                    customer="Fjord Bikes", channel="fax"),
            "Bob logged a contact with Fjord Bikes",
        ),
        (
            _change(author="Anna", kind="customer", op="insert", count=1, customer="Fjord Bikes"),
            "Anna added the customer Fjord Bikes",
        ),
        (
            _change(author="Anna", kind="customer", op="update", count=1, customer="Fjord Bikes"),
            "Anna changed Fjord Bikes",
        ),
        (
            _change(author="Anna", kind="promise", op="update", count=1, customer="Fjord Bikes"),
            "Anna changed: promise of Fjord Bikes",
        ),
        (
            _change(author="Anna", kind="promise", op="delete", count=1, customer="Fjord Bikes"),
            "Anna deleted: promise of Fjord Bikes",
        ),
        (_change(author="Anna", kind="standard", op="insert", count=1), "Anna added: standard"),
        (
            _change(author="Bob", kind="customer", op="insert", count=50),
            "Bob made 50 change(s): Customers",  # "changes" once translated
        ),
        (_change(kind="settings", op="update", count=1), "A colleague changed the book's settings"),
        (
            ColleagueChange(Changes.everything(), resync=True),
            "Back in touch with the team book: showing its latest state",
        ),
    ],
)  # fmt: skip
def test_each_change_is_one_plain_sentence(
    qapp: Any, change: ColleagueChange, sentence: str
) -> None:
    assert colleague_sentence(change) == sentence

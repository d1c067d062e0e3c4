"""Phone numbers as the world writes them, with the `phonenumbers` library (Google's
libphonenumber metadata): one key per number for finding duplicates, and a display form.

Two writings are the same number when they parse to the same E.164 number (and extension):
"030 1234567" in Germany and "+49 30 1234567" and "0049 (30) 123 45 67" match; "+44 20 7946
0000" and "+1 020 7946 0000" do not, though they end in the same digits. A number written
without its country code is read in the default region (Settings → Business → Country).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat

T = TypeVar("T", bound=Hashable)

MIN_DIGITS = 6  # fewer ("12", an extension) is no number to match on
_BUCKET = 6  # last digits: the subscriber number's end, the same however it is written


def regions() -> list[str]:
    """Every region (ISO 3166 code) phonenumbers has a numbering plan for, sorted."""
    return sorted(phonenumbers.SUPPORTED_REGIONS)


def normal_region(region: str | None) -> str | None:
    """An upper-case region code phonenumbers knows, or None."""
    code = (region or "").strip().upper()
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


def parse_phone(value: str, region: str | None) -> PhoneNumber | None:
    """The number, or None when the text is not a possible phone number (in `region` when
    it has no country code)."""
    if sum(ch.isdigit() for ch in value) < MIN_DIGITS:
        return None
    try:
        number = phonenumbers.parse(value, normal_region(region))
    except NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


def phone_key(value: str, region: str | None) -> str | None:
    """E.164 with the extension (`+493012345;ext=5`), the same for every writing of one number;
    None when the text is no possible number (then it matches nothing)."""
    number = parse_phone(value, region)
    if number is None:
        return None
    key = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return f"{key};ext={number.extension}" if number.extension else key


def format_phone(value: str, region: str | None) -> str:
    """For display: a number of the default region in its national format ("030 1234567"), a
    foreign one internationally ("+44 20 7946 0000"); text that is no valid number as typed."""
    number = parse_phone(value, region)
    if number is None or not phonenumbers.is_valid_number(number):
        return value
    home = normal_region(region)
    same = home is not None and phonenumbers.region_code_for_number(number) == home
    style = PhoneNumberFormat.NATIONAL if same else PhoneNumberFormat.INTERNATIONAL
    return str(phonenumbers.format_number(number, style))


_NOT_ASCII_DIGITS = re.compile(r"[^0-9]+")


def _bucket(value: str) -> int | str | None:
    """The number's last digits: as an int when they are 0-9 (half the size of their text,
    for 100,000 numbers), else as text."""
    if value.isascii():  # the digits are 0-9: one pass in C (an import's 100,000 numbers)
        digits = _NOT_ASCII_DIGITS.sub("", value)
        return int(digits[-_BUCKET:]) if len(digits) >= MIN_DIGITS else None
    digits = "".join(ch for ch in value if ch.isdigit())
    return digits[-_BUCKET:] if len(digits) >= MIN_DIGITS else None


class PhoneIndex(Generic[T]):
    """Who has which number, for matching at import on 100,000 customers.

    Adding is cheap (the number's last digits); a number is parsed only when a lookup meets
    another with the same last digits, and each writing is parsed once.
    """

    def __init__(self, region: str | None) -> None:
        self.region = normal_region(region)
        # by the last digits: one (number, owner), or a list of them when several end alike
        # (most numbers share their tail with none: no list for each of 100,000 numbers)
        self._by_tail: dict[int | str, tuple[str, T] | list[tuple[str, T]]] = {}
        self._keys: dict[str, str | None] = {}

    def key(self, value: str) -> str | None:
        if value not in self._keys:
            self._keys[value] = phone_key(value, self.region)
        return self._keys[value]

    def add(self, value: str, owner: T) -> None:
        tail = _bucket(value)
        if tail is None:
            return
        there = self._by_tail.get(tail)
        if there is None:
            self._by_tail[tail] = (value, owner)
        elif isinstance(there, list):
            there.append((value, owner))
        else:
            self._by_tail[tail] = [there, (value, owner)]

    def find(self, value: str) -> list[T]:
        """The owners of the same number, in the order they were added."""
        tail = _bucket(value)
        there = self._by_tail.get(tail) if tail is not None else None
        others = [there] if isinstance(there, tuple) else there or ()
        # Parsed only when another number ends the same way: a new number costs no parse.
        key = self.key(value) if others else None
        if key is None:
            return []
        found: list[T] = []
        for other, owner in others:
            if owner not in found and self.key(other) == key:
                found.append(owner)
        return found

    def same_number(self, a: str, b: str) -> bool:
        key = self.key(a)
        return key is not None and key == self.key(b)

    def extend(self, values: Iterable[tuple[str, T]]) -> None:
        for value, owner in values:
            self.add(value, owner)

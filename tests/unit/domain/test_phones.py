"""Phone numbers: one key per number however written, in the default region; never the same
key for numbers of different countries; a display form."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crmnote.domain.phones import PhoneIndex, format_phone, normal_region, phone_key, regions


def test_writings_of_one_number_share_a_key() -> None:
    same = ["+49 30 1234567", "0049 (30) 123 45 67", "030 1234567", "+49-30-123-4567"]
    assert {phone_key(v, "DE") for v in same} == {"+49301234567"}
    assert phone_key("020 7946 0000", "GB") == phone_key("+44 20 7946 0000", None)


def test_numbers_of_different_countries_never_match() -> None:
    # The last eight digits agree; the old digits rule matched these.
    uk, au = phone_key("+44 20 7946 0000", "DE"), phone_key("+61 2 7946 0000", "DE")
    assert uk and au and uk != au
    # The same national writing is a different number in another region.
    assert phone_key("030 1234567", "DE") != phone_key("030 1234567", "AT")


def test_no_key_without_a_possible_number_or_a_region() -> None:
    assert phone_key("123", "DE") is None
    assert phone_key("ext 12", "DE") is None
    assert phone_key("030 1234567", None) is None  # no +code and no region: unknown country
    assert phone_key("030 1234567", "XX") is None
    assert phone_key("+49 30 1234567 ext. 5", None) == "+49301234567;ext=5"


def test_display_is_national_at_home_and_international_abroad() -> None:
    assert format_phone("+49301234567", "DE") == "030 1234567"
    assert format_phone("0049 30 1234567", "DE") == "030 1234567"
    assert format_phone("+44 20 7946 0000", "DE") == "+44 20 7946 0000"
    assert format_phone("+49301234567", "") == "+49 30 1234567"
    assert format_phone("call reception", "DE") == "call reception"


def test_regions() -> None:
    assert (
        normal_region(" de ") == "DE" and normal_region("xx") is None and normal_region("") is None
    )
    assert "DE" in regions() and regions() == sorted(regions())


def test_index_finds_every_writing_and_keeps_order() -> None:
    index: PhoneIndex[str] = PhoneIndex("DE")
    index.extend([("+49 30 1234567", "a"), ("+44 20 7946 0000", "b"), ("030/1234567", "c")])
    assert index.find("0049 30 123 45 67") == ["a", "c"]
    assert index.find("+61 2 7946 0000") == []
    assert index.find("12") == []
    assert index.same_number("030 1234567", "+49 (0)30 1234567")


def test_a_number_no_other_ends_like_is_found_without_parsing_it() -> None:
    """Import looks up every new number; unique ones (most of them) cost no parse."""
    index: PhoneIndex[str] = PhoneIndex("DE")
    index.extend([("+49 30 1234567", "a"), ("+49 171 5550000", "b")])
    assert index.find("+49 40 9998887") == []
    assert index.find("+1 212 5550199") == []
    assert index._keys == {}  # nothing parsed
    assert index.find("030 1234567") == ["a"]
    assert set(index._keys) == {"030 1234567", "+49 30 1234567"}


@given(st.sampled_from(["DE", "GB", "FR", "US", "NO", "ES"]), st.integers(0, 10**6))
def test_key_survives_formatting(region: str, n: int) -> None:
    """A number formatted for display parses back to the same key."""
    import phonenumbers

    example = phonenumbers.example_number(region)
    assert example is not None
    national = str(example.national_number)
    value = f"+{example.country_code}{national[: -len(str(n))] or ''}{n}"[:16]
    key = phone_key(value, region)
    if key is not None:
        assert phone_key(format_phone(value, region), region) == key

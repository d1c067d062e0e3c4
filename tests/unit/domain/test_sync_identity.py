"""Record identity: version-7 uuids, time-ordered, checked when read."""

from __future__ import annotations

import uuid

import pytest

from crmnote.domain.sync.identity import check_uuid, new_uuid, uuid_ms


def test_new_uuids_are_version_7_unique_and_in_time_order() -> None:
    made = [new_uuid() for _ in range(2000)]
    assert len(set(made)) == len(made)
    assert all(uuid.UUID(u).version == 7 for u in made)
    times = [uuid_ms(u) for u in made]
    assert times == sorted(times)  # type: ignore[type-var]
    assert all(check_uuid(u) == u for u in made)


def test_check_uuid_gives_the_canonical_text() -> None:
    text = "0192F0C8-3A1B-7C2D-8E3F-405162738495"
    assert check_uuid(text) == text.lower()
    assert check_uuid(uuid.UUID(text)) == text.lower()
    assert uuid_ms(str(uuid.uuid4())) is None


@pytest.mark.parametrize("value", ["", "12", "x" * 36, None, 7, "0192f0c83a1b7c2d8e3f405162738495"])
def test_anything_else_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="not a record identity"):
        check_uuid(value)
